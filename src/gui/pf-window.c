/* pf-window.c — the main window: one course document, its summary and profile
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-window"

#include "config.h"

#include "pf-window.h"
#include "pf-window-private.h"

#include <glib/gi18n.h>

#include "pf-course-view.h"
#include "pf-fuel-view.h"
#include "pf-gui-enums.h"
#include "pf-plan-view.h"
#include "pf-warnings-list.h"

#define SAMPLE_NAME     "activity_607442311.gpx"
#define SAMPLE_RESOURCE RESOURCE_BASE_PATH "/sample/" SAMPLE_NAME
/* Beyond this many, the notes dialog says how many more there are. */
#define MAX_NOTES_SHOWN 20
#define MAX_NOTES_UNSCROLLED 5

struct _PfWindow
{
  AdwApplicationWindow  parent_instance;

  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcherBar   *switcher_bar;
  GtkToggleButton      *inputs_button;
  GtkSpinner           *spinner;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *stack;
  AdwViewStack         *view_stack;
  PfCourseView         *course_view;
  PfPlanView           *plan_view;
  PfFuelView           *fuel_view;
  AdwViewStackPage     *plan_page;
  AdwViewStackPage     *fuel_page;
  GtkWidget            *drop_hint;

  GSettings            *settings;
  PfDocument           *document;
  GtkFileChooserNative *chooser;
  GCancellable         *cancellable;
  AdwToast             *notes_toast;
  guint                 n_loading;
  guint                 inputs_button_idle;
};

G_DEFINE_FINAL_TYPE (PfWindow, pf_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_title (PfWindow *self)
{
  const char *title = pf_document_get_title (self->document);
  const char *display_name = pf_document_get_display_name (self->document);

  if (title == NULL)
    title = _("Pacefuel");

  adw_view_switcher_title_set_title (self->switcher_title, title);
  adw_view_switcher_title_set_subtitle (self->switcher_title,
                                        g_strcmp0 (display_name, title) != 0 ? display_name : "");
  gtk_window_set_title (GTK_WINDOW (self), title);
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

/* On a narrow window the inputs of the plan and fuel pages fold away; this button brings back
 * those of the page shown. */
static void
update_inputs_button (PfWindow *self)
{
  const char *page = adw_view_stack_get_visible_child_name (self->view_stack);
  gboolean folded = FALSE, revealed = FALSE;

  if (g_strcmp0 (page, "plan") == 0)
    {
      folded = pf_plan_view_get_folded (self->plan_view);
      revealed = pf_plan_view_get_inputs_revealed (self->plan_view);
    }
  else if (g_strcmp0 (page, "fuel") == 0)
    {
      folded = pf_fuel_view_get_folded (self->fuel_view);
      revealed = pf_fuel_view_get_inputs_revealed (self->fuel_view);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->inputs_button), folded);
  if (gtk_toggle_button_get_active (self->inputs_button) != revealed)
    gtk_toggle_button_set_active (self->inputs_button, revealed);
}

static void
on_inputs_button_active_changed_cb (PfWindow *self)
{
  const char *page = adw_view_stack_get_visible_child_name (self->view_stack);
  gboolean active = gtk_toggle_button_get_active (self->inputs_button);

  if (g_strcmp0 (page, "plan") == 0)
    pf_plan_view_set_inputs_revealed (self->plan_view, active);
  else if (g_strcmp0 (page, "fuel") == 0)
    pf_fuel_view_set_inputs_revealed (self->fuel_view, active);
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

static void
show_notes_toast (PfWindow *self)
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
notes_list_new (GPtrArray *notes)
{
  GtkWidget *scroller;
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint i = 0; i < notes->len && i < MAX_NOTES_SHOWN; i++)
    {
      GtkWidget *label = gtk_label_new (g_ptr_array_index (notes, i));

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
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), notes_list_new (notes));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_error_dialog (PfWindow     *self,
                   const GError *error)
{
  g_autoptr(GString) body = g_string_new (error->message);
  GtkWidget *dialog;

  if (pf_document_get_plan (self->document) != NULL)
    g_string_append_printf (body, "\n\n%s",
                            _("The course that was open before stays open."));

  /* The core's message names the file (and line), so the heading need not. */
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Could Not Open the Course"), body->str);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_document_load_file_cb (GObject      *source_object,
                          GAsyncResult *result,
                          gpointer      user_data)
{
  g_autoptr(PfWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  self->n_loading--;

  if (!pf_document_load_file_finish (PF_DOCUMENT (source_object), result, &error))
    {
      /* A newer load replaced this one, or the window closed: nothing to report. */
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) && self->document != NULL)
        show_error_dialog (self, error);
      return;
    }
  if (self->document == NULL)
    return;

  show_notes_toast (self);
}

static void
remember_folder (PfWindow *self,
                 GFile    *file)
{
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autofree char *uri = NULL;

  if (self->settings == NULL || folder == NULL)
    return;

  uri = g_file_get_uri (folder);
  g_settings_set_string (self->settings, "last-folder", uri);
}

static void
on_chooser_response_cb (GtkNativeDialog *chooser,
                        int              response,
                        PfWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        {
          remember_folder (self, file);
          pf_window_open (self, file);
        }
    }

  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->chooser);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PfWindow *self = PF_WINDOW (widget);
  g_autoptr(GtkFileFilter) courses = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  g_autofree char *last_folder = NULL;

  if (self->chooser != NULL)
    {
      gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
      return;
    }

  self->chooser = gtk_file_chooser_native_new (_("Open Course"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);

  /* Suffixes match case-insensitively: watches and web sites write both .gpx and .GPX. */
  gtk_file_filter_set_name (courses, _("Course Files"));
  gtk_file_filter_add_suffix (courses, "gpx");
  gtk_file_filter_add_suffix (courses, "tcx");
  gtk_file_filter_add_mime_type (courses, "application/gpx+xml");
  gtk_file_filter_add_mime_type (courses, "application/vnd.garmin.tcx+xml");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), courses);

  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all);

  if (self->settings != NULL)
    last_folder = g_settings_get_string (self->settings, "last-folder");
  if (last_folder != NULL && *last_folder != '\0')
    {
      g_autoptr(GFile) folder = g_file_new_for_uri (last_folder);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder, NULL);
    }

  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static GdkDragAction
on_drop_target_enter_cb (GtkDropTarget *target,
                         double         x,
                         double         y,
                         PfWindow      *self)
{
  gtk_widget_set_visible (self->drop_hint, TRUE);
  return GDK_ACTION_COPY;
}

static void
on_drop_target_leave_cb (GtkDropTarget *target,
                         PfWindow      *self)
{
  gtk_widget_set_visible (self->drop_hint, FALSE);
}

static gboolean
on_drop_target_drop_cb (GtkDropTarget *target,
                        const GValue  *value,
                        double         x,
                        double         y,
                        PfWindow      *self)
{
  GSList *files;

  gtk_widget_set_visible (self->drop_hint, FALSE);
  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  /* One course per window: the first file wins. */
  files = gdk_file_list_get_files (g_value_get_boxed (value));
  if (files == NULL)
    return FALSE;

  pf_window_open (self, files->data);
  g_slist_free (files);
  return TRUE;
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

static void
pf_window_constructed (GObject *object)
{
  PfWindow *self = (PfWindow *)object;

  G_OBJECT_CLASS (pf_window_parent_class)->constructed (object);

  if (self->settings == NULL)
    return;

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  g_settings_bind_with_mapping (self->settings, "units", self->course_view, "units",
                                G_SETTINGS_BIND_GET, units_from_setting, NULL, NULL, NULL);
  g_settings_bind_with_mapping (self->settings, "units", self->plan_view, "units",
                                G_SETTINGS_BIND_GET, units_from_setting, NULL, NULL, NULL);
  g_settings_bind_with_mapping (self->settings, "units", self->fuel_view, "units",
                                G_SETTINGS_BIND_GET, units_from_setting, NULL, NULL, NULL);
}

static gboolean
pf_window_close_request (GtkWindow *window)
{
  PfWindow *self = PF_WINDOW (window);

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
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  if (self->notes_toast != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->notes_toast),
                                  (gpointer *)&self->notes_toast);
  self->notes_toast = NULL;

  gtk_widget_dispose_template (GTK_WIDGET (self), PF_TYPE_WINDOW);

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
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

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         PF_TYPE_DOCUMENT,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PF_TYPE_COURSE_VIEW);
  g_type_ensure (PF_TYPE_PLAN_VIEW);
  g_type_ensure (PF_TYPE_FUEL_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/pf-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PfWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, PfWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, PfWindow, inputs_button);
  gtk_widget_class_bind_template_child (widget_class, PfWindow, spinner);
  gtk_widget_class_bind_template_child (widget_class, PfWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PfWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, PfWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, PfWindow, course_view);
  gtk_widget_class_bind_template_child (widget_class, PfWindow, plan_view);
  gtk_widget_class_bind_template_child (widget_class, PfWindow, fuel_view);
  gtk_widget_class_bind_template_child (widget_class, PfWindow, plan_page);
  gtk_widget_class_bind_template_child (widget_class, PfWindow, fuel_page);
  gtk_widget_class_bind_template_callback (widget_class, on_inputs_button_active_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_inputs_revealed_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, update_switcher_bar);
  gtk_widget_class_bind_template_callback (widget_class, update_inputs_button);
  gtk_widget_class_bind_template_callback (widget_class, on_plan_view_folded_changed_cb);
  gtk_widget_class_bind_template_child (widget_class, PfWindow, drop_hint);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.show-notes", NULL, show_notes_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
}

static void
pf_window_init (PfWindow *self)
{
  GtkDropTarget *drop_target;

  gtk_widget_init_template (GTK_WIDGET (self));

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  self->cancellable = g_cancellable_new ();
  self->document = pf_document_new ();
  g_signal_connect_object (self->document, "notify::plan",
                           G_CALLBACK (on_document_plan_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "notify::title",
                           G_CALLBACK (update_title), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "notify::busy",
                           G_CALLBACK (on_document_busy_changed_cb), self, G_CONNECT_SWAPPED);
  pf_course_view_set_document (self->course_view, self->document);
  pf_plan_view_set_document (self->plan_view, self->document);
  pf_fuel_view_set_document (self->fuel_view, self->document);

  drop_target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (drop_target, "enter", G_CALLBACK (on_drop_target_enter_cb), self);
  g_signal_connect (drop_target, "leave", G_CALLBACK (on_drop_target_leave_cb), self);
  g_signal_connect (drop_target, "drop", G_CALLBACK (on_drop_target_drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->toast_overlay), GTK_EVENT_CONTROLLER (drop_target));

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

/* Loads @file in the background; on failure the current course stays and a dialog says why. */
void
pf_window_open (PfWindow *self,
                GFile    *file)
{
  g_return_if_fail (PF_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  self->n_loading++;
  pf_document_load_file_async (self->document, file, self->cancellable,
                               on_document_load_file_cb, g_object_ref (self));
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
      show_error_dialog (self, error);
      return;
    }

  show_notes_toast (self);
}

PfCourseView *
_pf_window_get_course_view (PfWindow *self)
{
  return self->course_view;
}

AdwViewSwitcherTitle *
_pf_window_get_switcher_title (PfWindow *self)
{
  return self->switcher_title;
}

PfPlanView *
_pf_window_get_plan_view (PfWindow *self)
{
  return self->plan_view;
}

AdwViewStack *
_pf_window_get_view_stack (PfWindow *self)
{
  return self->view_stack;
}

gboolean
_pf_window_is_loading (PfWindow *self)
{
  return self->n_loading > 0;
}

PfFuelView *
_pf_window_get_fuel_view (PfWindow *self)
{
  return self->fuel_view;
}

AdwViewStackPage *
_pf_window_get_plan_page (PfWindow *self)
{
  return self->plan_page;
}
