/* pf-window-files.c — PfWindow's files: recent, open, drop, save, the close question, autosave
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-window"

#include "config.h"

#include "pf-window.h"
#include "pf-window-private.h"

#include "pf-file-write.h"

#include <glib/gi18n.h>

/* Long enough that typing a value writes once, short enough that a crash loses little. */
#define AUTOSAVE_DELAY_MS 3000
#define MAX_RECENT_PLANS 8

/* ---- recent plans ----------------------------------------------------------------------- */

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
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
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

/* ---- opening ---------------------------------------------------------------------------- */

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
        _pf_window_show_error_dialog (self, error);
      return;
    }
  if (self->document == NULL)
    return;

  if (restoring)
    pf_document_mark_unsaved (self->document);
  else if (pf_document_get_plan_file (self->document) != NULL)
    add_recent_plan (self, pf_document_get_plan_file (self->document));
  _pf_window_show_notes_toast (self);
}

void
_pf_window_remember_folder (PfWindow *self,
                            GFile    *file)
{
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autofree char *uri = NULL;

  if (self->settings == NULL || folder == NULL)
    return;

  uri = g_file_get_uri (folder);
  g_settings_set_string (self->settings, "last-folder", uri);
}

/* Every chooser starts where the runner last opened, saved or exported a file. */
void
_pf_window_set_chooser_folder (PfWindow       *self,
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
on_chooser_response_cb (GtkNativeDialog *chooser,
                        int              response,
                        PfWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        {
          _pf_window_remember_folder (self, file);
          open_from_user (self, file);
        }
    }

  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->chooser);
}

/* The filter of what the window opens and saves: its own plans. */
static GtkFileFilter *
plans_filter_new (void)
{
  GtkFileFilter *plans = gtk_file_filter_new ();

  gtk_file_filter_set_name (plans, _("Pacefuel Plans"));
  gtk_file_filter_add_suffix (plans, "pacefuel");
  gtk_file_filter_add_mime_type (plans, PF_PLAN_FILE_MIME_TYPE);
  return plans;
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PfWindow *self = PF_WINDOW (widget);
  g_autoptr(GtkFileFilter) supported = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) courses = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) plans = plans_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

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
  gtk_file_filter_add_suffix (supported, "fit");
  gtk_file_filter_add_suffix (supported, "pacefuel");
  gtk_file_filter_add_mime_type (supported, PF_PLAN_FILE_MIME_TYPE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), supported);

  gtk_file_filter_set_name (courses, _("Course Files"));
  gtk_file_filter_add_suffix (courses, "gpx");
  gtk_file_filter_add_suffix (courses, "tcx");
  gtk_file_filter_add_suffix (courses, "fit");
  gtk_file_filter_add_mime_type (courses, "application/gpx+xml");
  gtk_file_filter_add_mime_type (courses, "application/vnd.garmin.tcx+xml");
  gtk_file_filter_add_mime_type (courses, "application/vnd.ant.fit");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), courses);

  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), plans);

  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all);

  _pf_window_set_chooser_folder (self, GTK_FILE_CHOOSER (self->chooser));

  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* ---- dropping --------------------------------------------------------------------------- */

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
      _pf_window_show_message (self, _("Could Not Save the Plan"), error->message);
      return FALSE;
    }

  _pf_window_remember_folder (self, file);
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

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PfWindow *self = PF_WINDOW (widget);
  g_autoptr(GtkFileFilter) plans = plans_filter_new ();
  GFile *plan_file = pf_document_get_plan_file (self->document);
  GFile *read_from = pf_document_get_file (self->document);
  g_autoptr(GFile) backed_up = read_from != NULL ? pf_plan_file_backed_up (read_from) : NULL;

  if (self->save_chooser != NULL)
    {
      gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->save_chooser));
      return;
    }

  self->save_chooser = gtk_file_chooser_native_new (_("Save Plan"), GTK_WINDOW (self),
                                                    GTK_FILE_CHOOSER_ACTION_SAVE,
                                                    _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->save_chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->save_chooser), plans);

  if (plan_file != NULL)
    {
      gtk_file_chooser_set_file (GTK_FILE_CHOOSER (self->save_chooser), plan_file, NULL);
    }
  else if (backed_up != NULL)
    {
      /* A backup opened ("plan.pacefuel~"): back where it came from is the plan it backs up,
       * which the chooser asks before replacing. */
      gtk_file_chooser_set_file (GTK_FILE_CHOOSER (self->save_chooser), backed_up, NULL);
    }
  else
    {
      g_autofree char *name =
        pf_export_file_name_for (pf_document_get_inputs (self->document)->athlete.name,
                                 pf_document_get_title (self->document), ".pacefuel");

      _pf_window_set_chooser_folder (self, GTK_FILE_CHOOSER (self->save_chooser));
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

  /* No file of its own (a course, a restored autosave, a plan's backup opened): Save asks. */
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

gboolean
_pf_window_may_close (PfWindow *self)
{
  if (pf_document_get_dirty (self->document) && !self->close_confirmed)
    {
      ask_before_closing (self);
      return FALSE;
    }

  remove_autosave (self);
  return TRUE;
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
  if (!pf_file_write_atomic (self->autosave_file, data, length, PF_FILE_WRITE_PRIVATE, NULL,
                             &error))
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

/* ---- the window's part ------------------------------------------------------------------ */

void
_pf_window_class_init_files (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.no-recent", NULL, NULL);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.restore-autosave", NULL,
                                   restore_autosave_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.save-as", NULL);
}

/* After the template and the document's signal group; before the document is its target. */
void
_pf_window_init_files (PfWindow *self)
{
  GtkDropTarget *drop_target;

  self->cancellable = g_cancellable_new ();
  self->autosave_delay_ms = AUTOSAVE_DELAY_MS;
  g_signal_group_connect_swapped (self->document_signals, "notify::dirty",
                                  G_CALLBACK (schedule_autosave), self);
  g_signal_group_connect_swapped (self->document_signals, "notify::plan",
                                  G_CALLBACK (schedule_autosave), self);
  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (update_recent_plans), self, G_CONNECT_SWAPPED);

  drop_target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (drop_target, "enter", G_CALLBACK (on_drop_target_enter_cb), self);
  g_signal_connect (drop_target, "leave", G_CALLBACK (on_drop_target_leave_cb), self);
  g_signal_connect (drop_target, "drop", G_CALLBACK (on_drop_target_drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->toast_overlay), GTK_EVENT_CONTROLLER (drop_target));

  update_recent_plans (self);
}

void
_pf_window_dispose_files (PfWindow *self)
{
  g_clear_handle_id (&self->autosave_id, g_source_remove);
  g_clear_object (&self->autosave_file);
  if (self->save_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->save_chooser));
  g_clear_object (&self->save_chooser);
  if (self->recent_list != NULL)
    g_signal_handlers_disconnect_by_data (gtk_recent_manager_get_default (), self);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
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

gboolean
_pf_window_is_loading (PfWindow *self)
{
  return self->n_loading > 0;
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
