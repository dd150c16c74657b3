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
#include "pf-export-dialog.h"
#include "pf-fuel-view.h"
#include "pf-gui-enums.h"
#include "pf-plan-view.h"
#include "pf-plan-view-private.h"
#include "pf-warnings-list.h"
#include "report/pf-export.h"

#define SAMPLE_NAME     "activity_607442311.gpx"
#define SAMPLE_RESOURCE RESOURCE_BASE_PATH "/sample/" SAMPLE_NAME
/* Beyond this many, the notes dialog says how many more there are. */
#define MAX_NOTES_SHOWN 20
#define MAX_NOTES_UNSCROLLED 5
/* Long enough that typing a value writes once, short enough that a crash loses little. */
#define AUTOSAVE_DELAY_MS 3000
#define MAX_RECENT_PLANS 8

struct _PfWindow
{
  AdwApplicationWindow  parent_instance;

  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcherBar   *switcher_bar;
  GtkToggleButton      *inputs_button;
  GtkWidget            *save_button;
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
  GMenu                *recent_menu;
  GtkListBox           *recent_list;

  GSettings            *settings;
  PfDocument           *document;
  GtkFileChooserNative *chooser;
  GCancellable         *cancellable;
  AdwToast             *notes_toast;
  guint                 n_loading;
  guint                 inputs_button_idle;

  GtkFileChooserNative *save_chooser;
  GtkFileChooserNative *export_chooser;
  GFile                *autosave_file;
  guint                 autosave_delay_ms;
  guint                 autosave_id;
  gboolean              autosaved;
  gboolean              restoring;
  gboolean              close_confirmed;
  gboolean              close_after_save;
  PfExportFormat        export_format;
  PfPaper               export_paper;
};

G_DEFINE_FINAL_TYPE (PfWindow, pf_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void update_actions   (PfWindow *self);
static void add_recent_plan  (PfWindow *self,
                              GFile    *file);

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
    adw_view_switcher_title_set_subtitle (self->switcher_title,
                                          g_strcmp0 (display_name, title) != 0
                                          ? display_name : "");
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

/* Alt+1, 2, 3: the pages without reaching for the view switcher. */
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
                            _("The plan that was open before stays open."));

  /* The core's message names the file (and line), so the heading need not. */
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Could Not Open the File"), body->str);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The primary menu's Recent Plans and the start page list what GTK's recent files know. */
static int
compare_recent_cb (GtkRecentInfo *a,
                   GtkRecentInfo *b)
{
  gint64 ta = g_date_time_to_unix (gtk_recent_info_get_modified (a));
  gint64 tb = g_date_time_to_unix (gtk_recent_info_get_modified (b));

  return ta < tb ? 1 : ta > tb ? -1 : 0;
}

static void
update_recent_plans (PfWindow *self)
{
  GtkRecentManager *manager = gtk_recent_manager_get_default ();
  GList *items = gtk_recent_manager_get_items (manager);
  GtkWidget *child;
  guint n = 0;

  g_menu_remove_all (self->recent_menu);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recent_list))) != NULL)
    gtk_list_box_remove (self->recent_list, child);

  items = g_list_sort (items, (GCompareFunc) compare_recent_cb);
  for (GList *l = items; l != NULL && n < MAX_RECENT_PLANS; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      const char *uri = gtk_recent_info_get_uri (info);
      g_autofree char *name = NULL;
      g_autoptr(GMenuItem) item = NULL;
      GtkWidget *row;

      if (g_strcmp0 (gtk_recent_info_get_mime_type (info), PF_PLAN_FILE_MIME_TYPE) != 0
          || !gtk_recent_info_exists (info))
        continue;

      name = g_strdup (gtk_recent_info_get_display_name (info));
      if (g_str_has_suffix (name, ".pacefuel"))
        name[strlen (name) - strlen (".pacefuel")] = '\0';
      item = g_menu_item_new (name, NULL);
      g_menu_item_set_action_and_target (item, "win.open-recent", "s", uri);
      g_menu_append_item (self->recent_menu, item);

      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.open-recent");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", uri);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_append (self->recent_list, row);
      n++;
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);

  if (n == 0)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_("No Recent Plans"), "win.no-recent");

      g_menu_append_item (self->recent_menu, item);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->recent_list), n > 0);
}

static void
add_recent_plan (PfWindow *self,
                 GFile    *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  GtkRecentData data = {
    .mime_type = (char *) PF_PLAN_FILE_MIME_TYPE,
    .app_name = (char *) "Pacefuel",
    .app_exec = (char *) "pacefuel %u",
  };

  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

/* Unsaved changes are never replaced: with them, the file opens in a window of its own. */
static void
open_from_user (PfWindow *self,
                GFile    *file)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  if (pf_document_get_dirty (self->document) && application != NULL)
    g_application_open (G_APPLICATION (application), &file, 1, "");
  else
    pf_window_open (self, file);
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PfWindow *self = PF_WINDOW (widget);
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  open_from_user (self, file);
}

static void
on_document_load_file_cb (GObject      *source_object,
                          GAsyncResult *result,
                          gpointer      user_data)
{
  g_autoptr(PfWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  gboolean restoring = self->restoring;

  self->n_loading--;
  self->restoring = FALSE;

  if (!pf_document_load_file_finish (PF_DOCUMENT (source_object), result, &error))
    {
      /* A newer load replaced this one, or the window closed: nothing to report. */
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) && self->document != NULL)
        show_error_dialog (self, error);
      return;
    }
  if (self->document == NULL)
    return;

  if (restoring)
    pf_document_mark_unsaved (self->document);
  else if (pf_document_get_plan_file (self->document) != NULL)
    add_recent_plan (self, pf_document_get_plan_file (self->document));
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
          open_from_user (self, file);
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
  g_autoptr(GtkFileFilter) supported = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) courses = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) plans = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  g_autofree char *last_folder = NULL;

  if (self->chooser != NULL)
    {
      gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
      return;
    }

  self->chooser = gtk_file_chooser_native_new (_("Open Course or Plan"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);

  /* Suffixes match case-insensitively: watches and web sites write both .gpx and .GPX. */
  gtk_file_filter_set_name (supported, _("Courses and Plans"));
  gtk_file_filter_add_suffix (supported, "gpx");
  gtk_file_filter_add_suffix (supported, "tcx");
  gtk_file_filter_add_suffix (supported, "pacefuel");
  gtk_file_filter_add_mime_type (supported, PF_PLAN_FILE_MIME_TYPE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), supported);

  gtk_file_filter_set_name (courses, _("Course Files"));
  gtk_file_filter_add_suffix (courses, "gpx");
  gtk_file_filter_add_suffix (courses, "tcx");
  gtk_file_filter_add_mime_type (courses, "application/gpx+xml");
  gtk_file_filter_add_mime_type (courses, "application/vnd.garmin.tcx+xml");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), courses);

  gtk_file_filter_set_name (plans, _("Pacefuel Plans"));
  gtk_file_filter_add_suffix (plans, "pacefuel");
  gtk_file_filter_add_mime_type (plans, PF_PLAN_FILE_MIME_TYPE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), plans);

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

  open_from_user (self, files->data);
  g_slist_free (files);
  return TRUE;
}

/* ---- saving ----------------------------------------------------------------------------- */

static void
show_message (PfWindow   *self,
              const char *heading,
              const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
remove_autosave (PfWindow *self)
{
  g_clear_handle_id (&self->autosave_id, g_source_remove);
  if (self->autosave_file != NULL && self->autosaved)
    g_file_delete (self->autosave_file, NULL, NULL);
  self->autosaved = FALSE;
}

static gboolean
save_to (PfWindow *self,
         GFile    *file)
{
  g_autoptr(GError) error = NULL;

  if (!pf_document_save (self->document, file, &error))
    {
      show_message (self, _("Could Not Save the Plan"), error->message);
      return FALSE;
    }

  remember_folder (self, file);
  add_recent_plan (self, file);
  /* The plan is safe in its own file now. */
  remove_autosave (self);
  return TRUE;
}

static gboolean
close_idle_cb (gpointer user_data)
{
  gtk_window_close (GTK_WINDOW (user_data));
  return G_SOURCE_REMOVE;
}

/* Closes once the dialog that asked is gone: it still refers to this window as its parent. */
static void
close_confirmed (PfWindow *self)
{
  self->close_confirmed = TRUE;
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_idle_cb, g_object_ref (self), g_object_unref);
}

static void
finish_close_after_save (PfWindow *self,
                         gboolean  saved)
{
  if (!self->close_after_save)
    return;

  self->close_after_save = FALSE;
  if (saved)
    close_confirmed (self);
}

static void
on_save_chooser_response_cb (GtkNativeDialog *chooser,
                             int              response,
                             PfWindow        *self)
{
  gboolean saved = FALSE;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *basename = file ? g_file_get_basename (file) : NULL;

      /* A name typed without the suffix still opens with Pacefuel afterwards. */
      if (basename != NULL && !g_str_has_suffix (basename, ".pacefuel"))
        {
          g_autoptr(GFile) parent = g_file_get_parent (file);
          g_autofree char *name = g_strconcat (basename, ".pacefuel", NULL);
          g_autoptr(GFile) child = g_file_get_child (parent, name);

          g_set_object (&file, child);
        }
      if (file != NULL)
        saved = save_to (self, file);
    }

  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->save_chooser);
  finish_close_after_save (self, saved);
}

static char *
suggested_name (PfWindow   *self,
                const char *suffix)
{
  const char *title = pf_document_get_title (self->document);
  g_autofree char *name = g_strdup (title != NULL && *title != '\0' ? title : _("Plan"));

  /* A course name may hold characters a file name cannot. */
  g_strdelimit (name, "/\\:", '-');
  return g_strconcat (name, suffix, NULL);
}

static void
set_chooser_folder (PfWindow       *self,
                    GtkFileChooser *chooser)
{
  g_autofree char *last_folder = NULL;

  if (self->settings != NULL)
    last_folder = g_settings_get_string (self->settings, "last-folder");
  if (last_folder != NULL && *last_folder != '\0')
    {
      g_autoptr(GFile) folder = g_file_new_for_uri (last_folder);

      gtk_file_chooser_set_current_folder (chooser, folder, NULL);
    }
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PfWindow *self = PF_WINDOW (widget);
  g_autoptr(GtkFileFilter) plans = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  GFile *plan_file = pf_document_get_plan_file (self->document);

  if (self->save_chooser != NULL)
    {
      gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->save_chooser));
      return;
    }

  self->save_chooser = gtk_file_chooser_native_new (_("Save Plan"), GTK_WINDOW (self),
                                                    GTK_FILE_CHOOSER_ACTION_SAVE,
                                                    _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->save_chooser), TRUE);
  gtk_file_filter_set_name (plans, _("Pacefuel Plans"));
  gtk_file_filter_add_suffix (plans, "pacefuel");
  gtk_file_filter_add_mime_type (plans, PF_PLAN_FILE_MIME_TYPE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->save_chooser), plans);

  if (plan_file != NULL)
    {
      gtk_file_chooser_set_file (GTK_FILE_CHOOSER (self->save_chooser), plan_file, NULL);
    }
  else
    {
      set_chooser_folder (self, GTK_FILE_CHOOSER (self->save_chooser));
      name = suggested_name (self, ".pacefuel");
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->save_chooser), name);
    }

  g_signal_connect (self->save_chooser, "response",
                    G_CALLBACK (on_save_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->save_chooser));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PfWindow *self = PF_WINDOW (widget);
  GFile *plan_file = pf_document_get_plan_file (self->document);

  if (plan_file == NULL)
    {
      save_as_action (widget, "win.save-as", NULL);
      return;
    }

  finish_close_after_save (self, save_to (self, plan_file));
}

/* ---- closing ---------------------------------------------------------------------------- */

static void
on_close_dialog_response_cb (AdwMessageDialog *dialog,
                             const char       *response,
                             PfWindow         *self)
{
  if (g_str_equal (response, "discard"))
    close_confirmed (self);
  else if (g_str_equal (response, "save"))
    {
      self->close_after_save = TRUE;
      gtk_widget_activate_action (GTK_WIDGET (self), "win.save", NULL);
    }
}

static void
ask_before_closing (PfWindow *self)
{
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  /* Translators: %s is the plan's name */
  heading = g_strdup_printf (_("Save changes to “%s”?"), pf_document_get_title (self->document));
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                   _("Changes that are not saved will be lost."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_close_dialog_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- autosave --------------------------------------------------------------------------- */

static gboolean
autosave_cb (gpointer user_data)
{
  PfWindow *self = user_data;
  const PfPlanInputs *inputs = pf_document_get_inputs (self->document);
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize length = 0;

  self->autosave_id = 0;
  if (inputs->track == NULL || !pf_document_get_dirty (self->document))
    return G_SOURCE_REMOVE;

  folder = g_file_get_parent (self->autosave_file);
  if (!g_file_make_directory_with_parents (folder, NULL, &error)
      && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_warning ("Could not autosave the plan: %s", error->message);
      return G_SOURCE_REMOVE;
    }
  g_clear_error (&error);

  data = pf_plan_file_to_data (inputs, &length);
  if (!g_file_replace_contents (self->autosave_file, data, length, NULL, FALSE,
                                G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                                NULL, NULL, &error))
    {
      g_warning ("Could not autosave the plan: %s", error->message);
      return G_SOURCE_REMOVE;
    }

  self->autosaved = TRUE;
  return G_SOURCE_REMOVE;
}

static void
schedule_autosave (PfWindow *self)
{
  if (self->autosave_file == NULL || !pf_document_get_dirty (self->document))
    return;

  g_clear_handle_id (&self->autosave_id, g_source_remove);
  self->autosave_id = g_timeout_add (self->autosave_delay_ms, autosave_cb, self);
}

static void
restore_autosave_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  PfWindow *self = PF_WINDOW (widget);

  if (self->autosave_file == NULL || !g_file_query_exists (self->autosave_file, NULL))
    return;

  self->restoring = TRUE;
  /* Restored, the file is this window's again: a clean close removes it. */
  self->autosaved = TRUE;
  pf_window_open (self, self->autosave_file);
}

/* ---- printing and exporting ------------------------------------------------------------- */

PfUnitSystem
_pf_window_get_units (PfWindow *self)
{
  return pf_sidebar_page_get_units (PF_SIDEBAR_PAGE (self->plan_view));
}

static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   PfWindow          *self)
{
  PfPlan *plan = pf_document_get_plan (self->document);
  double width_pt, height_pt;
  PfReport *report;

  /* The context measures in device units at its resolution; the report draws in points. */
  width_pt = gtk_print_context_get_width (context) * 72.0 / gtk_print_context_get_dpi_x (context);
  height_pt = gtk_print_context_get_height (context) * 72.0 / gtk_print_context_get_dpi_y (context);
  report = pf_report_new (plan, pf_document_get_title (self->document),
                          _pf_window_get_units (self), width_pt, height_pt);
  g_object_set_data_full (G_OBJECT (operation), "pf-report", report,
                          (GDestroyNotify) pf_report_free);
  gtk_print_operation_set_n_pages (operation, pf_report_get_n_pages (report));
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page,
                 PfWindow          *self)
{
  PfReport *report = g_object_get_data (G_OBJECT (operation), "pf-report");
  cairo_t *cr = gtk_print_context_get_cairo_context (context);

  cairo_save (cr);
  cairo_scale (cr, gtk_print_context_get_dpi_x (context) / 72.0,
               gtk_print_context_get_dpi_y (context) / 72.0);
  pf_report_draw_page (report, cr, page);
  cairo_restore (cr);
}

/* The paper-size preference; "auto", and a window without settings, follow the locale. */
static PfPaper
preferred_paper (PfWindow *self)
{
  g_autofree char *paper = NULL;

  if (self->settings != NULL)
    paper = g_settings_get_string (self->settings, "paper-size");

  if (g_strcmp0 (paper, "a4") == 0)
    return PF_PAPER_A4;
  if (g_strcmp0 (paper, "letter") == 0)
    return PF_PAPER_LETTER;
  return pf_units_from_locale () == PF_UNITS_IMPERIAL ? PF_PAPER_LETTER : PF_PAPER_A4;
}

/* The print dialog's operation; tests run it with GTK_PRINT_OPERATION_ACTION_EXPORT. */
GtkPrintOperation *
_pf_window_new_print_operation (PfWindow *self)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) page_setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) paper = NULL;

  paper = gtk_paper_size_new (preferred_paper (self) == PF_PAPER_LETTER
                              ? GTK_PAPER_NAME_LETTER : GTK_PAPER_NAME_A4);
  gtk_page_setup_set_paper_size_and_default_margins (page_setup, paper);

  /* The report keeps its own margins: the page is the whole sheet. */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_default_page_setup (operation, page_setup);
  gtk_print_operation_set_job_name (operation, pf_document_get_title (self->document));
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect_object (operation, "begin-print", G_CALLBACK (on_begin_print_cb), self, 0);
  g_signal_connect_object (operation, "draw-page", G_CALLBACK (on_draw_page_cb), self, 0);
  return operation;
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PfWindow *self = PF_WINDOW (widget);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  if (pf_document_get_plan (self->document) == NULL)
    return;

  operation = _pf_window_new_print_operation (self);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_WINDOW (self), &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_message (self, _("Could Not Print the Plan"), error->message);
}

gboolean
_pf_window_export (PfWindow        *self,
                   PfExportFormat   format,
                   PfPaper          paper,
                   GFile           *file,
                   GError         **error)
{
  PfPlan *plan = pf_document_get_plan (self->document);
  const char *title = pf_document_get_title (self->document);
  PfUnitSystem units = _pf_window_get_units (self);

  g_return_val_if_fail (PF_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (plan == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           _("There is no plan to export yet"));
      return FALSE;
    }

  return pf_export_write (plan, format, title, units, paper, file, error);
}

static void
on_export_chooser_response_cb (GtkNativeDialog *chooser,
                               int              response,
                               PfWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GError) error = NULL;

      if (file != NULL && !_pf_window_export (self, self->export_format, self->export_paper,
                                              file, &error))
        show_message (self, _("Could Not Export the Plan"), error->message);
      else if (file != NULL)
        remember_folder (self, file);
    }

  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->export_chooser);
}

static void
choose_export_file (PfWindow *self)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  const char *suffix = pf_export_format_get_suffix (self->export_format);
  g_autofree char *name = suggested_name (self, suffix);

  if (self->export_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->export_chooser));
  g_clear_object (&self->export_chooser);

  self->export_chooser = gtk_file_chooser_native_new (_("Export Plan"), GTK_WINDOW (self),
                                                      GTK_FILE_CHOOSER_ACTION_SAVE,
                                                      _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->export_chooser), TRUE);
  gtk_file_filter_set_name (filter, pf_export_format_get_label (self->export_format));
  gtk_file_filter_add_mime_type (filter, pf_export_format_get_mime_type (self->export_format));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->export_chooser), filter);
  set_chooser_folder (self, GTK_FILE_CHOOSER (self->export_chooser));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->export_chooser), name);
  g_signal_connect (self->export_chooser, "response",
                    G_CALLBACK (on_export_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->export_chooser));
}

/* The choice stays with the window: the next Export… offers it again. */
static void
on_export_dialog_response_cb (PfExportDialog *dialog,
                              const char     *response,
                              PfWindow       *self)
{
  if (!g_str_equal (response, "export"))
    return;

  self->export_format = pf_export_dialog_get_format (dialog);
  self->export_paper = pf_export_dialog_get_paper (dialog);
  choose_export_file (self);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PfWindow *self = PF_WINDOW (widget);
  GtkWidget *dialog;

  if (pf_document_get_plan (self->document) == NULL)
    return;

  dialog = pf_export_dialog_new (GTK_WINDOW (self), self->export_format, self->export_paper);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_export_dialog_response_cb),
                           self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
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

static void
on_document_dirty_changed_cb (PfWindow *self)
{
  update_title (self);
  schedule_autosave (self);
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

/* Export… offers the preferred paper again once the preference changes. */
static void
on_paper_size_changed_cb (PfWindow *self)
{
  self->export_paper = preferred_paper (self);
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

  /* Connected before the first read: GSettings only reports changes to keys read since. */
  g_signal_connect_object (self->settings, "changed::paper-size",
                           G_CALLBACK (on_paper_size_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::default-grade-model",
                           G_CALLBACK (apply_plan_defaults), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::default-heat-model",
                           G_CALLBACK (apply_plan_defaults), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::default-fluid-ceiling",
                           G_CALLBACK (apply_plan_defaults), self, G_CONNECT_SWAPPED);
  on_paper_size_changed_cb (self);
  apply_plan_defaults (self);

  g_settings_bind (self->settings, "auto-forecast", _pf_plan_view_get_editor (self->plan_view),
                   "auto-forecast", G_SETTINGS_BIND_GET);
}

static gboolean
pf_window_close_request (GtkWindow *window)
{
  PfWindow *self = PF_WINDOW (window);

  if (pf_document_get_dirty (self->document) && !self->close_confirmed)
    {
      ask_before_closing (self);
      return TRUE;
    }
  remove_autosave (self);

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
  g_clear_handle_id (&self->autosave_id, g_source_remove);
  g_clear_object (&self->autosave_file);
  if (self->save_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->save_chooser));
  g_clear_object (&self->save_chooser);
  if (self->export_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->export_chooser));
  g_clear_object (&self->export_chooser);
  if (self->recent_list != NULL)
    g_signal_handlers_disconnect_by_data (gtk_recent_manager_get_default (), self);
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
  gtk_widget_class_bind_template_child (widget_class, PfWindow, save_button);
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
  gtk_widget_class_bind_template_child (widget_class, PfWindow, recent_menu);
  gtk_widget_class_bind_template_child (widget_class, PfWindow, recent_list);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.no-recent", NULL, NULL);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.restore-autosave", NULL,
                                   restore_autosave_action);
  gtk_widget_class_install_action (widget_class, "win.show-notes", NULL, show_notes_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export", NULL);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-inputs", NULL, toggle_inputs_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK, "win.show-page",
                                       "s", "course");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK, "win.show-page",
                                       "s", "plan");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_ALT_MASK, "win.show-page",
                                       "s", "fuel");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.toggle-inputs", NULL);
}

static void
pf_window_init (PfWindow *self)
{
  GtkDropTarget *drop_target;

  gtk_widget_init_template (GTK_WIDGET (self));

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  self->cancellable = g_cancellable_new ();
  self->autosave_delay_ms = AUTOSAVE_DELAY_MS;
  self->export_paper = preferred_paper (self);
  self->document = pf_document_new ();
  g_signal_connect_object (self->document, "notify::plan",
                           G_CALLBACK (on_document_plan_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "notify::title",
                           G_CALLBACK (update_title), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "notify::dirty",
                           G_CALLBACK (on_document_dirty_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "notify::plan",
                           G_CALLBACK (schedule_autosave), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (update_recent_plans), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "notify::busy",
                           G_CALLBACK (on_document_busy_changed_cb), self, G_CONNECT_SWAPPED);
  pf_course_view_set_document (self->course_view, self->document);
  pf_sidebar_page_set_document (PF_SIDEBAR_PAGE (self->plan_view), self->document);
  pf_sidebar_page_set_document (PF_SIDEBAR_PAGE (self->fuel_view), self->document);

  drop_target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (drop_target, "enter", G_CALLBACK (on_drop_target_enter_cb), self);
  g_signal_connect (drop_target, "leave", G_CALLBACK (on_drop_target_leave_cb), self);
  g_signal_connect (drop_target, "drop", G_CALLBACK (on_drop_target_drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->toast_overlay), GTK_EVENT_CONTROLLER (drop_target));

  on_document_plan_changed_cb (self);
  update_inputs_button (self);
  update_recent_plans (self);
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

/* Where this window keeps its unsaved inputs a few seconds after each change; NULL: nowhere.
 * Only PfApplication chooses the place, so tests and pf-shot leave the user's state alone. */
void
pf_window_set_autosave_file (PfWindow *self,
                             GFile    *file)
{
  g_return_if_fail (PF_IS_WINDOW (self));
  g_return_if_fail (!file || G_IS_FILE (file));

  g_set_object (&self->autosave_file, file);
}

/* After a crash or a lost session the autosave is still there: offer it back. */
void
pf_window_offer_restore (PfWindow *self)
{
  AdwToast *toast;

  g_return_if_fail (PF_IS_WINDOW (self));

  if (self->autosave_file == NULL || !g_file_query_exists (self->autosave_file, NULL))
    return;

  toast = adw_toast_new (_("Restore the plan you were working on?"));
  adw_toast_set_button_label (toast, _("_Restore"));
  adw_toast_set_action_name (toast, "win.restore-autosave");
  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
_pf_window_set_autosave_delay (PfWindow *self,
                               guint     delay_ms)
{
  self->autosave_delay_ms = delay_ms;
}
