/* pf-window.c — the main window: its pages, title and settings, and how it is put together
 *
 * Files (open, drop, save, close, autosave, recent plans) are in pf-window-files.c, print and
 * export in pf-window-export.c; pf-window-private.h holds what the three share.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-window"

#include "config.h"

#include "pf-window.h"
#include "pf-window-private.h"

#include <glib/gi18n.h>

#include "report/pf-report-enums.h"
#include "pf-plan-view-private.h"
#include "pf-warnings-list.h"

#define SAMPLE_NAME     "activity_607442311.gpx"
#define SAMPLE_RESOURCE RESOURCE_BASE_PATH "/sample/" SAMPLE_NAME
/* Beyond this many, the notes dialog says how many more there are. */
#define MAX_NOTES_SHOWN 20
#define MAX_NOTES_UNSCROLLED 5

G_DEFINE_FINAL_TYPE (PfWindow, pf_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  PROP_DOCUMENT,
  PROP_UNITS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void update_actions (PfWindow *self);

/* The plan's name, and whether it has changes that a close would lose. */
static void
update_title (PfWindow *self)
{
  const char *title = pf_document_get_title (self->document);
  const char *display_name = pf_document_get_display_name (self->document);
  gboolean dirty = pf_document_get_dirty (self->document);
  g_autofree char *window_title = NULL;

  if (title == NULL)
    title = _("Pacefuel");

  adw_view_switcher_title_set_title (self->switcher_title, title);
  if (dirty)
    adw_view_switcher_title_set_subtitle (self->switcher_title, _("Unsaved changes"));
  else
    {
      const PfPlanInputs *inputs = pf_document_get_inputs (self->document);
      const char *name = inputs != NULL ? inputs->athlete.name : NULL;
      g_autofree char *who = inputs != NULL ? pf_athlete_label (&inputs->athlete) : NULL;
      g_autoptr(GString) subtitle = g_string_new (NULL);

      /* Whose plan, unless its file's name says so already (the name Save offers does). */
      if (who != NULL && !(name != NULL && g_str_has_prefix (title, name)))
        g_string_append (subtitle, who);
      if (display_name != NULL && g_strcmp0 (display_name, title) != 0)
        g_string_append_printf (subtitle, "%s%s", subtitle->len > 0 ? " · " : "", display_name);
      adw_view_switcher_title_set_subtitle (self->switcher_title, subtitle->str);
    }
  /* Translators: the window title of a plan with unsaved changes */
  window_title = dirty ? g_strdup_printf (_("• %s"), title) : g_strdup (title);
  gtk_window_set_title (GTK_WINDOW (self), window_title);
  /* A wide header shows the view switcher, not the title: the button says it instead. */
  gtk_widget_set_visible (self->save_button, dirty);
}

/* The bottom switcher shows when the header is too narrow for its own, the libadwaita 1.2
 * way; without a course there is nothing to switch between. */
static void
update_switcher_bar (PfWindow *self)
{
  gboolean has_plan = self->document != NULL && pf_document_get_plan (self->document) != NULL;

  adw_view_switcher_bar_set_reveal (self->switcher_bar,
                                    has_plan
                                    && adw_view_switcher_title_get_title_visible (
                                      self->switcher_title));
}

/* The page shown, when it has its inputs in a sidebar (the plan and fuel pages). */
static PfSidebarPage *
visible_sidebar_page (PfWindow *self)
{
  GtkWidget *page = adw_view_stack_get_visible_child (self->view_stack);

  return page != NULL && PF_IS_SIDEBAR_PAGE (page) ? PF_SIDEBAR_PAGE (page) : NULL;
}

/* On a narrow window the inputs of the plan and fuel pages fold away; this button brings back
 * those of the page shown. */
static void
update_inputs_button (PfWindow *self)
{
  PfSidebarPage *page = visible_sidebar_page (self);
  gboolean folded = page != NULL && pf_sidebar_page_get_folded (page);
  gboolean revealed = page != NULL && pf_sidebar_page_get_inputs_revealed (page);

  gtk_widget_set_visible (GTK_WIDGET (self->inputs_button), folded);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.toggle-inputs", folded);
  if (gtk_toggle_button_get_active (self->inputs_button) != revealed)
    gtk_toggle_button_set_active (self->inputs_button, revealed);
}

static void
on_inputs_button_active_changed_cb (PfWindow *self)
{
  PfSidebarPage *page = visible_sidebar_page (self);

  if (page != NULL)
    pf_sidebar_page_set_inputs_revealed (page, gtk_toggle_button_get_active (self->inputs_button));
}

/* F9, as elsewhere in GNOME: the folded inputs in and out, like the header button. */
static void
toggle_inputs_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PfWindow *self = PF_WINDOW (widget);

  if (gtk_widget_get_visible (GTK_WIDGET (self->inputs_button)))
    gtk_toggle_button_set_active (self->inputs_button,
                                  !gtk_toggle_button_get_active (self->inputs_button));
}

/* Alt+1, 2, 3, 4: the pages without reaching for the view switcher. */
static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PfWindow *self = PF_WINDOW (widget);

  if (pf_document_get_plan (self->document) != NULL)
    adw_view_stack_set_visible_child_name (self->view_stack,
                                           g_variant_get_string (parameter, NULL));
}

/* From the Plan page's "Enter Training": the Fuel page, its inputs open at the training. */
static void
show_training_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PfWindow *self = PF_WINDOW (widget);

  if (pf_document_get_plan (self->document) == NULL)
    return;
  adw_view_stack_set_visible_child_name (self->view_stack, "fuel");
  pf_fuel_view_show_training (self->fuel_view);
}

/* From the Fuel page's Aid Stations row: the Course page, at its aid stations. */
static void
show_aid_stations_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  PfWindow *self = PF_WINDOW (widget);

  if (pf_document_get_plan (self->document) == NULL)
    return;
  adw_view_stack_set_visible_child_name (self->view_stack, "course");
  pf_course_view_show_aid_stations (self->course_view);
}

static gboolean
update_inputs_button_idle_cb (gpointer user_data)
{
  PfWindow *self = user_data;

  self->inputs_button_idle = 0;
  update_inputs_button (self);
  return G_SOURCE_REMOVE;
}

/* The flap folds in the middle of the window's size allocation, when the header bar must not
 * change: show or hide the button once the layout is done. */
static void
on_plan_view_folded_changed_cb (PfWindow *self)
{
  if (self->inputs_button_idle == 0)
    self->inputs_button_idle = g_idle_add (update_inputs_button_idle_cb, self);
}

/* A folding flap hides its sidebar during allocation too: the button follows afterwards. */
static void
on_inputs_revealed_changed_cb (PfWindow *self)
{
  on_plan_view_folded_changed_cb (self);
}

/* The plan page's switcher shows how many warnings ask for attention. */
static void
update_warnings_badge (PfWindow *self)
{
  PfPlan *plan = pf_document_get_plan (self->document);
  gboolean danger = FALSE;

  for (guint i = 0; plan != NULL && i < pf_plan_get_n_warnings (plan); i++)
    danger |= pf_plan_get_warning (plan, i)->severity == PF_SEVERITY_DANGER;
  adw_view_stack_page_set_badge_number (self->plan_page, pf_warnings_count_serious (plan));
  adw_view_stack_page_set_needs_attention (self->plan_page, danger);
}

static void
on_document_plan_changed_cb (PfWindow *self)
{
  gboolean has_plan = pf_document_get_plan (self->document) != NULL;

  gtk_stack_set_visible_child_name (self->stack, has_plan ? "main" : "empty");
  update_actions (self);
  update_warnings_badge (self);
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, has_plan);
  update_switcher_bar (self);
  update_title (self);
}

static void
on_document_busy_changed_cb (PfWindow *self)
{
  gboolean busy = pf_document_get_busy (self->document);

  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
  gtk_spinner_set_spinning (self->spinner, busy);
}

static GPtrArray *
current_notes (PfWindow *self)
{
  PfPlan *plan = pf_document_get_plan (self->document);

  return plan ? pf_course_get_notes (pf_plan_get_course (plan)) : NULL;
}

void
_pf_window_show_notes_toast (PfWindow *self)
{
  GPtrArray *notes = current_notes (self);
  g_autofree char *title = NULL;

  if (self->notes_toast != NULL)
    adw_toast_dismiss (self->notes_toast);

  if (notes == NULL || notes->len == 0)
    return;

  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "%u note about this file",
                                        "%u notes about this file",
                                        notes->len),
                           notes->len);
  self->notes_toast = adw_toast_new (title);
  g_object_add_weak_pointer (G_OBJECT (self->notes_toast), (gpointer *)&self->notes_toast);
  adw_toast_set_button_label (self->notes_toast, _("_Show"));
  adw_toast_set_action_name (self->notes_toast, "win.show-notes");
  adw_toast_set_timeout (self->notes_toast, 8);
  adw_toast_overlay_add_toast (self->toast_overlay, self->notes_toast);
}

static GtkWidget *
notes_list_new (GPtrArray    *notes,
                PfUnitSystem  units)
{
  GtkWidget *scroller;
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint i = 0; i < notes->len && i < MAX_NOTES_SHOWN; i++)
    {
      g_autofree char *note = pf_units_expand (units, g_ptr_array_index (notes, i));
      GtkWidget *label = gtk_label_new (note);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      /* Bounding the natural width lets the scroller ask for the wrapped height. */
      gtk_label_set_max_width_chars (GTK_LABEL (label), 48);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "pf-note");
      gtk_list_box_append (GTK_LIST_BOX (list), label);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (gtk_widget_get_parent (label)), FALSE);
    }

  /* Long lists scroll inside the dialog instead of growing it past the screen; short ones are
   * shown whole, since wrapped rows make the scroller's height guess fall short. */
  if (notes->len <= MAX_NOTES_UNSCROLLED)
    return list;

  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 360);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);
  return scroller;
}

static void
show_notes_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PfWindow *self = PF_WINDOW (widget);
  GPtrArray *notes = current_notes (self);
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (notes == NULL || notes->len == 0)
    return;

  if (notes->len > MAX_NOTES_SHOWN)
    body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "The first %u of %u notes",
                                         "The first %u of %u notes",
                                         MAX_NOTES_SHOWN),
                            MAX_NOTES_SHOWN, notes->len);
  else
    body = g_strdup (_("What Pacefuel noticed while reading the course"));

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Notes About This File"), body);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog),
                                      notes_list_new (notes, self->units));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_pf_window_show_message (PfWindow   *self,
                         const char *heading,
                         const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_pf_window_show_error_dialog (PfWindow     *self,
                              const GError *error)
{
  g_autoptr(GString) body = g_string_new (error->message);

  if (pf_document_get_plan (self->document) != NULL)
    g_string_append_printf (body, "\n\n%s",
                            _("The plan that was open before stays open."));

  /* The core's message names the file (and line), so the heading need not. */
  _pf_window_show_message (self, _("Could Not Open the File"), body->str);
}

/* One place that says which actions make sense now. */
static void
update_actions (PfWindow *self)
{
  gboolean has_plan = pf_document_get_plan (self->document) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", has_plan);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", has_plan);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", has_plan);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", has_plan);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.no-recent", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-page", has_plan);
}

static gboolean
units_from_setting (GValue   *value,
                    GVariant *variant,
                    gpointer  user_data)
{
  const char *units = g_variant_get_string (variant, NULL);

  if (g_strcmp0 (units, "metric") == 0)
    g_value_set_enum (value, PF_UNITS_METRIC);
  else if (g_strcmp0 (units, "imperial") == 0)
    g_value_set_enum (value, PF_UNITS_IMPERIAL);
  else
    g_value_set_enum (value, pf_units_from_locale ());

  return TRUE;
}

/* Fresh documents (no course yet, or the untouched sample) take the preferences' defaults for
 * new plans; a course opened into them plans with those. pf_document_set_defaults leaves plans
 * the runner made or opened alone. */
static void
apply_plan_defaults (PfWindow *self)
{
  pf_document_set_defaults (self->document,
                            (PfGradeModel) g_settings_get_enum (self->settings,
                                                                "default-grade-model"),
                            (PfHeatModel) g_settings_get_enum (self->settings,
                                                               "default-heat-model"),
                            g_settings_get_double (self->settings, "default-fluid-ceiling"));
}

/* Splits per kilometre or per mile as the units go, in any plan, opened or not, whose runner
 * did not pick a split unit (the document keeps the rule, pf_document_follow_units). */
static void
follow_units (PfWindow *self)
{
  pf_document_follow_units (self->document,
                            self->units == PF_UNITS_IMPERIAL ? PF_SPLIT_MILE : PF_SPLIT_KM);
}

static void
pf_window_constructed (GObject *object)
{
  PfWindow *self = (PfWindow *)object;

  G_OBJECT_CLASS (pf_window_parent_class)->constructed (object);

  _pf_window_follow_paper_setting (self);
  if (self->settings == NULL)
    return;

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  /* The pages take the units from the window's own property (see pf-window.ui). */
  g_settings_bind_with_mapping (self->settings, "units", self, "units",
                                G_SETTINGS_BIND_GET, units_from_setting, NULL, NULL, NULL);

  /* Connected before the first read: GSettings only reports changes to keys read since. */
  g_signal_connect_object (self->settings, "changed::default-grade-model",
                           G_CALLBACK (apply_plan_defaults), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::default-heat-model",
                           G_CALLBACK (apply_plan_defaults), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::default-fluid-ceiling",
                           G_CALLBACK (apply_plan_defaults), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self, "notify::units",
                           G_CALLBACK (follow_units), self, G_CONNECT_SWAPPED);
  apply_plan_defaults (self);
  follow_units (self);

  g_settings_bind (self->settings, "auto-forecast", _pf_plan_view_get_editor (self->plan_view),
                   "auto-forecast", G_SETTINGS_BIND_GET);
}

static gboolean
pf_window_close_request (GtkWindow *window)
{
  PfWindow *self = PF_WINDOW (window);

  if (!_pf_window_may_close (self))
    return TRUE;

  if (self->settings != NULL)
    {
      int width, height;

      /* The default size follows the window's unmaximized size, which is what to restore. */
      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
      g_settings_set_boolean (self->settings, "window-maximized",
                              gtk_window_is_maximized (window));
    }

  return GTK_WINDOW_CLASS (pf_window_parent_class)->close_request (window);
}

static void
pf_window_dispose (GObject *object)
{
  PfWindow *self = (PfWindow *)object;

  g_clear_handle_id (&self->inputs_button_idle, g_source_remove);
  _pf_window_dispose_files (self);
  _pf_window_dispose_export (self);
  if (self->notes_toast != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->notes_toast),
                                  (gpointer *)&self->notes_toast);
  self->notes_toast = NULL;

  gtk_widget_dispose_template (GTK_WIDGET (self), PF_TYPE_WINDOW);

  g_clear_object (&self->document_signals);
  g_clear_object (&self->document);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (pf_window_parent_class)->dispose (object);
}

static void
pf_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  PfWindow *self = PF_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_UNITS:
      g_value_set_enum (value, self->units);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pf_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  PfWindow *self = PF_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    case PROP_UNITS:
      if (self->units != (PfUnitSystem) g_value_get_enum (value))
        {
          self->units = g_value_get_enum (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pf_window_class_init (PfWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = pf_window_constructed;
  object_class->dispose = pf_window_dispose;
  object_class->get_property = pf_window_get_property;
  object_class->set_property = pf_window_set_property;

  window_class->close_request = pf_window_close_request;

  /* Only PfApplication creates GSettings; a window without them (tests) keeps its defaults. */
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  /* The template hands the document and the units to every page through bindings. */
  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         PF_TYPE_DOCUMENT,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  /* What the pages and printouts show: the units setting, resolved ("auto": the locale's). */
  properties[PROP_UNITS] =
    g_param_spec_enum ("units", NULL, NULL,
                       PF_TYPE_UNIT_SYSTEM, PF_UNITS_METRIC,
                       (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PF_TYPE_COURSE_VIEW);
  g_type_ensure (PF_TYPE_PLAN_VIEW);
  g_type_ensure (PF_TYPE_FUEL_VIEW);
  g_type_ensure (PF_TYPE_PROFILE_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/pf-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PfWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, PfWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, PfWindow, inputs_button);
  gtk_widget_class_bind_template_child (widget_class, PfWindow, save_button);
  gtk_widget_class_bind_template_child (widget_class, PfWindow, spinner);
  gtk_widget_class_bind_template_child (widget_class, PfWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PfWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, PfWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, PfWindow, course_view);
  gtk_widget_class_bind_template_child (widget_class, PfWindow, plan_view);
  gtk_widget_class_bind_template_child (widget_class, PfWindow, fuel_view);
  gtk_widget_class_bind_template_child (widget_class, PfWindow, profile_view);
  gtk_widget_class_bind_template_child (widget_class, PfWindow, plan_page);
  gtk_widget_class_bind_template_child (widget_class, PfWindow, fuel_page);
  gtk_widget_class_bind_template_child (widget_class, PfWindow, drop_hint);
  gtk_widget_class_bind_template_child (widget_class, PfWindow, recent_menu);
  gtk_widget_class_bind_template_child (widget_class, PfWindow, recent_list);
  gtk_widget_class_bind_template_callback (widget_class, on_inputs_button_active_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_inputs_revealed_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, update_switcher_bar);
  gtk_widget_class_bind_template_callback (widget_class, update_inputs_button);
  gtk_widget_class_bind_template_callback (widget_class, on_plan_view_folded_changed_cb);

  gtk_widget_class_install_action (widget_class, "win.show-notes", NULL, show_notes_action);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-inputs", NULL, toggle_inputs_action);
  gtk_widget_class_install_action (widget_class, "win.show-training", NULL, show_training_action);
  gtk_widget_class_install_action (widget_class, "win.show-aid-stations", NULL,
                                   show_aid_stations_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK, "win.show-page",
                                       "s", "course");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK, "win.show-page",
                                       "s", "plan");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_ALT_MASK, "win.show-page",
                                       "s", "fuel");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_4, GDK_ALT_MASK, "win.show-page",
                                       "s", "profile");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.toggle-inputs", NULL);

  _pf_window_class_init_files (widget_class);
  _pf_window_class_init_export (widget_class);
}

static void
pf_window_init (PfWindow *self)
{
  /* Before the template, whose bindings hand both to the pages at once. */
  self->units = PF_UNITS_METRIC;
  self->document = pf_document_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  self->document_signals = g_signal_group_new (PF_TYPE_DOCUMENT);
  g_signal_group_connect_swapped (self->document_signals, "notify::plan",
                                  G_CALLBACK (on_document_plan_changed_cb), self);
  g_signal_group_connect_swapped (self->document_signals, "notify::title",
                                  G_CALLBACK (update_title), self);
  g_signal_group_connect_swapped (self->document_signals, "notify::dirty",
                                  G_CALLBACK (update_title), self);
  g_signal_group_connect_swapped (self->document_signals, "notify::busy",
                                  G_CALLBACK (on_document_busy_changed_cb), self);
  _pf_window_init_files (self);
  g_signal_group_set_target (self->document_signals, self->document);

  on_document_plan_changed_cb (self);
  update_inputs_button (self);
}

PfWindow *
pf_window_new (GtkApplication *application,
               GSettings      *settings)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (!settings || G_IS_SETTINGS (settings), NULL);

  return g_object_new (PF_TYPE_WINDOW,
                       "application", application,
                       "settings", settings,
                       NULL);
}

PfDocument *
pf_window_get_document (PfWindow *self)
{
  g_return_val_if_fail (PF_IS_WINDOW (self), NULL);

  return self->document;
}

/* The runner's own products, which PfApplication keeps for every window's Fuel page. */
void
pf_window_set_catalog (PfWindow          *self,
                       PfProductsCatalog *catalog)
{
  g_return_if_fail (PF_IS_WINDOW (self));

  pf_fuel_view_set_catalog (self->fuel_view, catalog);
}

/* The runner's own profile, which PfApplication keeps for every window's Profile page. */
void
pf_window_set_profile_store (PfWindow       *self,
                             PfProfileStore *store)
{
  g_return_if_fail (PF_IS_WINDOW (self));

  pf_profile_view_set_store (self->profile_view, store);
}

/* The course shown at first start, embedded so the window is never empty. */
void
pf_window_open_sample (PfWindow *self)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (PF_IS_WINDOW (self));

  bytes = g_resources_lookup_data (SAMPLE_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes == NULL || !pf_document_load_bytes (self->document, bytes, SAMPLE_NAME, &error))
    {
      g_warning ("The embedded sample course does not load: %s", error->message);
      _pf_window_show_error_dialog (self, error);
      return;
    }

  _pf_window_show_notes_toast (self);
}
