/* test-ui-document.c — plan documents in the window: save, open, dirty, autosave, print, export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-ui-document"

#include "config.h"

#include <cairo.h>
#include <glib/gstdio.h>
#include <string.h>

#include "gui/pf-application.h"
#include "gui/pf-window.h"
#include "gui/pf-window-private.h"
#include "report/pf-report.h"
#include "pf-test-ui.h"

/* The longest an autosave may take to land: generous, for a loaded machine under ASan. The
 * wait ends as soon as the file is there. */
#define AUTOSAVE_TIMEOUT_S 30

static PfApplication *app;
static char *tmp_dir;

static PfWindow *
window_new (void)
{
  PfWindow *window = pf_test_window_new_sized (app, 800, 600);

  pf_test_iterate_briefly ();
  return window;
}

static void
window_open_and_wait (PfWindow *window,
                      GFile    *file)
{
  pf_window_open (window, file);
  g_assert_true (_pf_window_is_loading (window));
  while (_pf_window_is_loading (window))
    g_main_context_iteration (NULL, TRUE);
  pf_test_iterate_briefly ();
}

static void
window_open_course (PfWindow *window)
{
  g_autofree char *path = pf_test_data_path ("activity_607442311.gpx");
  g_autoptr(GFile) file = g_file_new_for_path (path);

  window_open_and_wait (window, file);
  g_assert_nonnull (pf_document_get_plan (pf_window_get_document (window)));
}

static GFile *
tmp_file (const char *name)
{
  g_autofree char *path = g_build_filename (tmp_dir, name, NULL);

  return g_file_new_for_path (path);
}

static GtkWindow *
find_dialog (GtkWindow *transient_for)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel)
          && gtk_window_get_transient_for (toplevel) == transient_for)
        return toplevel;
    }

  return NULL;
}

/* Changes the goal by a minute: an edit as the plan editor makes it. */
static void
change_goal (PfDocument *document)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(GError) error = NULL;

  pf_plan_inputs_init (&inputs);
  pf_plan_inputs_copy (&inputs, pf_document_get_inputs (document));
  inputs.pace_mode = PF_PACE_MODE_GOAL;
  inputs.goal_time_s = (inputs.goal_time_s > 0 ? inputs.goal_time_s : 4 * 3600) + 60;
  g_assert_true (pf_document_set_inputs (document, &inputs, &error));
  g_assert_no_error (error);
}

static char *
inputs_data (const PfPlanInputs *inputs)
{
  gsize length;

  return pf_plan_file_to_data (inputs, &length);
}

static void
test_save_and_reopen (void)
{
  PfWindow *window = window_new ();
  PfDocument *document = pf_window_get_document (window);
  g_autoptr(GFile) file = tmp_file ("Boston.pacefuel");
  g_autoptr(GError) error = NULL;
  g_auto(PfPlanInputs) loaded = { 0 };
  g_autofree char *saved_data = NULL;
  g_autofree char *loaded_data = NULL;
  g_autofree char *course_title = NULL;
  GtkLabel *course_label = pf_test_template_child (pf_test_template_child (window, PF_TYPE_WINDOW,
                                                                          "course_view"),
                                                   PF_TYPE_COURSE_VIEW, "title_label");
  PfWindow *other;

  window_open_course (window);
  course_title = g_strdup (gtk_label_get_text (course_label));
  g_assert_cmpstr (course_title, !=, "");
  g_assert_false (pf_document_get_dirty (document));
  g_assert_null (pf_document_get_plan_file (document));

  change_goal (document);
  g_assert_true (pf_document_get_dirty (document));
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "•"));
  g_assert_cmpstr (adw_view_switcher_title_get_subtitle (
    pf_test_template_child (window, PF_TYPE_WINDOW, "switcher_title")),
                   ==, "Unsaved changes");

  g_assert_true (pf_document_save (document, file, &error));
  g_assert_no_error (error);
  g_assert_false (pf_document_get_dirty (document));
  g_assert_true (g_file_query_exists (file, NULL));
  g_assert_true (pf_document_get_plan_file (document) == file
                 || g_file_equal (pf_document_get_plan_file (document), file));
  g_assert_cmpstr (pf_document_get_title (document), ==, "Boston");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Boston");
  /* The plan is saved as "Boston"; the course keeps its own name (issue 17). */
  pf_test_iterate_briefly ();
  g_assert_cmpstr (course_title, !=, "Boston");
  g_assert_cmpstr (gtk_label_get_text (course_label), ==, course_title);

  /* The file holds exactly the inputs. */
  pf_plan_inputs_init (&loaded);
  g_assert_true (pf_plan_file_load (file, &loaded, NULL, &error));
  g_assert_no_error (error);
  saved_data = inputs_data (pf_document_get_inputs (document));
  loaded_data = inputs_data (&loaded);
  g_assert_cmpstr (saved_data, ==, loaded_data);

  /* Opened through the window, the plan is the same plan, under its name, unchanged. */
  other = window_new ();
  window_open_and_wait (other, file);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (other)), ==, "Boston");
  g_assert_cmpstr (gtk_label_get_text (pf_test_template_child (
    pf_test_template_child (other, PF_TYPE_WINDOW, "course_view"), PF_TYPE_COURSE_VIEW,
    "title_label")), ==, course_title);
  g_assert_false (pf_document_get_dirty (pf_window_get_document (other)));
  g_assert_nonnull (pf_document_get_plan (pf_window_get_document (other)));
  g_clear_pointer (&loaded_data, g_free);
  loaded_data = inputs_data (pf_document_get_inputs (pf_window_get_document (other)));
  g_assert_cmpstr (saved_data, ==, loaded_data);

  /* Saved and opened plans are recent plans. */
  {
    g_autofree char *uri = g_file_get_uri (file);

    g_assert_true (gtk_recent_manager_has_item (gtk_recent_manager_get_default (), uri));
  }

  gtk_window_destroy (GTK_WINDOW (other));

  /* Opening over unsaved changes opens a window of its own, leaving the changes alone. */
  {
    g_autofree char *uri = g_file_get_uri (file);
    g_autofree char *before = NULL;
    g_autofree char *after = NULL;
    guint n_windows = g_list_length (gtk_application_get_windows (GTK_APPLICATION (app)));
    PfWindow *opened;

    change_goal (document);
    before = inputs_data (pf_document_get_inputs (document));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-recent", "s", uri));
    g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==,
                      n_windows + 1);
    opened = PF_WINDOW (gtk_application_get_windows (GTK_APPLICATION (app))->data);
    g_assert_true (opened != window);
    while (_pf_window_is_loading (opened))
      g_main_context_iteration (NULL, TRUE);
    pf_test_iterate_briefly ();
    g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (opened)), ==, "Boston");
    after = inputs_data (pf_document_get_inputs (document));
    g_assert_cmpstr (before, ==, after);
    g_assert_true (pf_document_get_dirty (document));
    gtk_window_destroy (GTK_WINDOW (opened));
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_corrupt_plan (void)
{
  PfWindow *window = window_new ();
  PfDocument *document = pf_window_get_document (window);
  g_autoptr(GFile) file = tmp_file ("broken.pacefuel");
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  GtkWindow *dialog;
  const char *body;

  window_open_course (window);
  change_goal (document);
  before = inputs_data (pf_document_get_inputs (document));

  g_assert_true (g_file_replace_contents (file, "{\"pacefuel\": tru", 16, NULL, FALSE,
                                          G_FILE_CREATE_NONE, NULL, NULL, &error));
  g_assert_no_error (error);
  window_open_and_wait (window, file);

  dialog = find_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  body = adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog));
  g_assert_nonnull (strstr (body, "broken.pacefuel"));

  after = inputs_data (pf_document_get_inputs (document));
  g_assert_cmpstr (before, ==, after);
  g_assert_true (pf_document_get_dirty (document));
  g_assert_null (pf_document_get_plan_file (document));

  gtk_window_destroy (dialog);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_close_asks (void)
{
  PfWindow *window = window_new ();
  PfDocument *document = pf_window_get_document (window);
  GtkWindow *dialog;

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *)&window);
  window_open_course (window);
  change_goal (document);

  gtk_window_close (GTK_WINDOW (window));
  pf_test_iterate_briefly ();
  g_assert_nonnull (window);
  dialog = find_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)),
                            "Save changes to"));

  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  pf_test_iterate_briefly ();
  g_assert_nonnull (window);
  g_assert_true (pf_document_get_dirty (document));

  gtk_window_close (GTK_WINDOW (window));
  pf_test_iterate_briefly ();
  dialog = find_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "discard");
  for (guint i = 0; i < 100 && window != NULL; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_null (window);
}

static void
test_autosave (void)
{
  PfWindow *window = window_new ();
  PfDocument *document = pf_window_get_document (window);
  g_autoptr(GFile) autosave = tmp_file ("state/pacefuel/autosave.pacefuel");
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *expected = NULL;
  gsize length;

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *)&window);
  pf_window_set_autosave_file (window, autosave);
  _pf_window_set_autosave_delay (window, 50);
  window_open_course (window);
  g_assert_false (g_file_query_exists (autosave, NULL));

  change_goal (document);
  g_assert_true (pf_test_wait_for_file (autosave, AUTOSAVE_TIMEOUT_S));

  g_assert_true (g_file_load_contents (autosave, NULL, &contents, &length, NULL, &error));
  g_assert_no_error (error);
  expected = inputs_data (pf_document_get_inputs (document));
  g_assert_cmpstr (contents, ==, expected);

  /* Saved, the plan needs no autosave; a clean close leaves none behind. */
  {
    g_autoptr(GFile) file = tmp_file ("autosaved.pacefuel");

    change_goal (document);
    g_assert_true (pf_document_save (document, file, &error));
    g_assert_no_error (error);
    gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
    pf_test_iterate_briefly ();
    g_assert_false (g_file_query_exists (autosave, NULL));
  }

  change_goal (document);
  g_assert_true (pf_test_wait_for_file (autosave, AUTOSAVE_TIMEOUT_S));

  gtk_window_close (GTK_WINDOW (window));
  pf_test_iterate_briefly ();
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (find_dialog (GTK_WINDOW (window))),
                               "discard");
  for (guint i = 0; i < 100 && window != NULL; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_null (window);
  g_assert_false (g_file_query_exists (autosave, NULL));
}

static void
test_restore (void)
{
  PfWindow *window = window_new ();
  PfWindow *restored;
  g_autoptr(GFile) autosave = tmp_file ("restore/autosave.pacefuel");
  g_autofree char *expected = NULL;
  g_autofree char *got = NULL;

  /* Left behind by a window that never closed cleanly. */
  pf_window_set_autosave_file (window, autosave);
  _pf_window_set_autosave_delay (window, 10);
  window_open_course (window);
  change_goal (pf_window_get_document (window));
  g_assert_true (pf_test_wait_for_file (autosave, AUTOSAVE_TIMEOUT_S));
  expected = inputs_data (pf_document_get_inputs (pf_window_get_document (window)));

  restored = window_new ();
  pf_window_set_autosave_file (restored, autosave);
  pf_window_offer_restore (restored);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (restored), "win.restore-autosave",
                                             NULL));
  while (_pf_window_is_loading (restored))
    g_main_context_iteration (NULL, TRUE);
  pf_test_iterate_briefly ();

  got = inputs_data (pf_document_get_inputs (pf_window_get_document (restored)));
  g_assert_cmpstr (expected, ==, got);
  /* Restored work is unsaved work, in no file of its own. */
  g_assert_true (pf_document_get_dirty (pf_window_get_document (restored)));
  g_assert_null (pf_document_get_plan_file (pf_window_get_document (restored)));

  gtk_window_destroy (GTK_WINDOW (restored));
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
surface_has_ink (cairo_surface_t *surface)
{
  unsigned char *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  guint n_dark = 0;

  cairo_surface_flush (surface);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 pixel = *(guint32 *)(data + y * stride + x * 4);

        if ((pixel & 0xff) < 0x80)
          n_dark++;
      }

  return n_dark > 100;
}

/* Whether a button bound to @name would be sensitive: the window's actions as a user meets
 * them. The button is unparented before the next layout. */
static gboolean
action_enabled (PfWindow   *window,
                const char *name)
{
  GtkWidget *button = gtk_button_new ();
  gboolean sensitive;

  g_object_ref_sink (button);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), name);
  gtk_widget_set_parent (button, GTK_WIDGET (window));
  sensitive = gtk_widget_get_sensitive (button);
  gtk_widget_unparent (button);
  g_object_unref (button);
  return sensitive;
}

static void
test_print (void)
{
  PfWindow *window = window_new ();
  PfPlan *plan;
  g_autoptr(PfReport) report = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  double width, height;

  window_open_course (window);
  plan = pf_document_get_plan (pf_window_get_document (window));

  pf_paper_size (PF_PAPER_A4, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 595.3, 1);
  report = pf_report_new (plan, "Test", PF_UNITS_METRIC, width, height);
  g_assert_cmpuint (pf_report_get_n_pages (report), >=, 1);

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) width, (int) height);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  pf_report_draw_page (report, cr, 0);
  cairo_destroy (cr);
  g_assert_true (surface_has_ink (surface));
  cairo_surface_destroy (surface);

  /* The print operation, exported instead of shown: pages drawn in points on the sheet. */
  {
    g_autoptr(GtkPrintOperation) operation = _pf_window_new_print_operation (window);
    g_autoptr(GFile) printed = tmp_file ("printed.pdf");
    g_autofree char *path = g_file_get_path (printed);
    g_autofree char *contents = NULL;
    g_autoptr(GError) error = NULL;
    gsize length;

    gtk_print_operation_set_export_filename (operation, path);
    g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT,
                                              GTK_WINDOW (window), &error),
                     ==, GTK_PRINT_OPERATION_RESULT_APPLY);
    g_assert_no_error (error);
    g_assert_true (g_file_load_contents (printed, NULL, &contents, &length, NULL, &error));
    g_assert_true (g_str_has_prefix (contents, "%PDF"));
    g_assert_cmpuint (length, >, 5000);
  }

  g_assert_true (action_enabled (window, "win.print"));
  g_assert_true (action_enabled (window, "win.save"));

  /* Export… asks what to write first. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));
  pf_test_iterate_briefly ();
  {
    GtkWindow *dialog = find_dialog (GTK_WINDOW (window));

    g_assert_nonnull (dialog);
    gtk_window_destroy (dialog);
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_export (void)
{
  PfWindow *window = window_new ();
  g_autoptr(GFile) pdf = tmp_file ("plan.pdf");
  g_autoptr(GFile) band = tmp_file ("band.pdf");
  g_autoptr(GFile) csv = tmp_file ("splits.csv");
  g_autoptr(GFile) schedule = tmp_file ("schedule.csv");
  g_autoptr(GFile) gpx = tmp_file ("timed.gpx");
  g_autoptr(GFile) nowhere = tmp_file ("no/such/folder/plan.pdf");
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  window_open_course (window);

  g_assert_true (_pf_window_export (window, PF_EXPORT_PLAN_PDF, PF_PAPER_A4, pdf, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_load_contents (pdf, NULL, &contents, &length, NULL, &error));
  g_assert_true (g_str_has_prefix (contents, "%PDF"));
  g_clear_pointer (&contents, g_free);

  g_assert_true (_pf_window_export (window, PF_EXPORT_PACE_BAND_PDF, PF_PAPER_LETTER, band,
                                    &error));
  g_assert_no_error (error);

  g_assert_true (_pf_window_export (window, PF_EXPORT_SPLITS_CSV, PF_PAPER_A4, csv, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_load_contents (csv, NULL, &contents, &length, NULL, &error));
  g_assert_nonnull (strchr (contents, ','));
  g_assert_cmpuint (length, >, 100);
  g_clear_pointer (&contents, g_free);

  g_assert_true (_pf_window_export (window, PF_EXPORT_SCHEDULE_CSV, PF_PAPER_A4, schedule,
                                    &error));
  g_assert_no_error (error);
  g_assert_true (_pf_window_export (window, PF_EXPORT_TIMED_GPX, PF_PAPER_A4, gpx, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_load_contents (gpx, NULL, &contents, &length, NULL, &error));
  g_assert_nonnull (strstr (contents, "<gpx"));

  /* A place that cannot be written says so and leaves nothing behind. */
  g_assert_false (_pf_window_export (window, PF_EXPORT_PLAN_PDF, PF_PAPER_A4, nowhere, &error));
  g_assert_nonnull (error);
  g_assert_false (g_file_query_exists (nowhere, NULL));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_actions (void)
{
  PfWindow *window = window_new ();
  const char *names[] = { "save", "save-as", "print", "export", "open-recent" };

  /* Nothing to save or print without a course. */
  g_assert_false (action_enabled (window, "win.print"));
  g_assert_false (action_enabled (window, "win.save"));
  window_open_course (window);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *name = g_strconcat ("win.", names[i], NULL);
      gboolean found = FALSE;

      for (guint j = 0; ; j++)
        {
          GType owner;
          const char *action, *property;
          const GVariantType *parameter_type;

          if (!gtk_widget_class_query_action (GTK_WIDGET_GET_CLASS (window), j, &owner, &action,
                                              &parameter_type, &property))
            break;
          found |= g_str_equal (action, name);
        }
      g_assert_true (found);
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

static GBytes *
file_bytes (GFile *file)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = g_file_load_bytes (file, NULL, NULL, &error);

  g_assert_no_error (error);
  return bytes;
}

/* A plan's backup ("Boston.pacefuel~") opened in the window: Save never writes to the backup
 * (read as its plan, it would be backed up as "~~") nor over the plan without asking. As GNOME
 * Text Editor does with a document it recovered rather than opened, Save asks where (Save
 * As), proposing the plan the backup is of, which the chooser asks before replacing. */
static void
test_save_backup (void)
{
  PfWindow *author = window_new ();
  PfWindow *window = window_new ();
  PfDocument *document = pf_window_get_document (window);
  g_autoptr(GFile) folder = tmp_file ("backups");
  g_autoptr(GFile) file = tmp_file ("backups/Boston.pacefuel");
  g_autoptr(GFile) backup = tmp_file ("backups/Boston.pacefuel~");
  g_autoptr(GBytes) plan_bytes = NULL;
  g_autoptr(GBytes) backup_bytes = NULL;
  g_autoptr(GError) error = NULL;
  double older_goal;
  gint64 give_up = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  gboolean proposed = FALSE;

  g_assert_true (g_file_make_directory (folder, NULL, &error));
  window_open_course (author);
  for (int i = 0; i < 2; i++)
    {
      change_goal (pf_window_get_document (author));
      g_assert_true (pf_document_save (pf_window_get_document (author), file, &error));
      g_assert_no_error (error);
    }
  plan_bytes = file_bytes (file);
  backup_bytes = file_bytes (backup);

  window_open_and_wait (window, backup);
  older_goal = pf_document_get_inputs (document)->goal_time_s;
  g_assert_cmpfloat (older_goal, ==,
                     pf_document_get_inputs (pf_window_get_document (author))->goal_time_s - 60);
  g_assert_false (pf_document_get_dirty (document));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  pf_test_iterate_briefly ();
  g_assert_nonnull (window->save_chooser);
  while (!proposed && g_get_monotonic_time () < give_up)
    {
      g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (window->save_chooser));

      proposed = chosen != NULL && g_file_equal (chosen, file);
      if (!proposed)
        g_main_context_iteration (NULL, FALSE);
    }
  g_assert_true (proposed);
  /* Nothing written yet: both files as they were. */
  {
    g_autoptr(GBytes) plan_now = file_bytes (file);
    g_autoptr(GBytes) backup_now = file_bytes (backup);

    g_assert_true (g_bytes_equal (plan_now, plan_bytes));
    g_assert_true (g_bytes_equal (backup_now, backup_bytes));
  }

  /* Saved as the plan: the backup's plan is the plan again, the replaced one its backup. */
  g_signal_emit_by_name (window->save_chooser, "response", GTK_RESPONSE_ACCEPT);
  pf_test_iterate_briefly ();
  g_assert_null (window->save_chooser);
  g_assert_true (g_file_equal (pf_document_get_plan_file (document), file));
  {
    g_autoptr(GBytes) backup_now = file_bytes (backup);
    g_auto(PfPlanInputs) read = { 0 };

    g_assert_true (g_bytes_equal (backup_now, plan_bytes));
    g_assert_true (pf_plan_file_load (file, &read, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpfloat (read.goal_time_s, ==, older_goal);
  }

  gtk_window_destroy (GTK_WINDOW (author));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* The recent files list and any autosave stay in the test's own folder. */
  tmp_dir = pf_test_make_user_dirs ("pacefuel-ui-document-XXXXXX");
  app = pf_test_ui_init (&argc, &argv, "Test");
  if (app == NULL)
    {
      pf_test_remove_tree (tmp_dir);
      return PF_TEST_EXIT_SKIPPED;
    }

  g_test_add_func ("/ui/document/save-and-reopen", test_save_and_reopen);
  g_test_add_func ("/ui/document/corrupt-plan", test_corrupt_plan);
  g_test_add_func ("/ui/document/close-asks", test_close_asks);
  g_test_add_func ("/ui/document/autosave", test_autosave);
  g_test_add_func ("/ui/document/restore", test_restore);
  g_test_add_func ("/ui/document/save-backup", test_save_backup);
  g_test_add_func ("/ui/document/print", test_print);
  g_test_add_func ("/ui/document/export", test_export);
  g_test_add_func ("/ui/document/actions", test_actions);

  status = g_test_run ();
  g_clear_object (&app);
  pf_test_remove_tree (tmp_dir);
  g_clear_pointer (&tmp_dir, g_free);
  return status;
}
