/* test-ui-path.c — from a course to the printouts in as few actions as a runner can take
 *
 * A new runner's evening, driven as they would (issue: "the path from course to printout"):
 * open a marathon course, stations every 5 km, a goal of 3:30, a hot day, their sweat test,
 * then the race sheet and the pace band as PDFs. Each step is one thing the runner does — a
 * click, a value typed, a file picked — and the test fails when the path grows past
 * MAX_ACTIONS, or when a step stops doing what the runner asked.
 *
 * The file choosers are GTK's own (no portal under the test's D-Bus): the file is put in the
 * chooser as the runner would pick it, and the chooser answers as its button does.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-ui-path"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "gui/pf-aid-section.h"
#include "gui/pf-course-view.h"
#include "gui/pf-export-dialog.h"
#include "gui/pf-goal-section.h"
#include "gui/pf-plan-editor.h"
#include "gui/pf-plan-view-private.h"
#include "gui/pf-sweat-section.h"
#include "gui/pf-weather-section.h"
#include "gui/pf-window.h"
#include "gui/pf-window-private.h"
#include "pf-test-ui.h"

/* The bar: the whole path in 20 actions or fewer. */
#define MAX_ACTIONS 20

static PfApplication *app;

typedef struct
{
  guint n;
} Path;

/* One thing the runner does; said in the test's log, so that a longer path reads as a list. */
static void
act (Path       *path,
     const char *what)
{
  path->n++;
  g_test_message ("%2u. %s", path->n, what);
}

static void
click (Path       *path,
       gpointer    button,
       const char *what)
{
  act (path, what);
  g_signal_emit_by_name (button, "clicked");
  pf_test_iterate_briefly ();
}

static void
type_value (Path       *path,
            gpointer    spin_button,
            double      value,
            const char *what)
{
  act (path, what);
  gtk_spin_button_set_value (spin_button, value);
  pf_test_iterate_briefly ();
}

static void
show_page (Path       *path,
           PfWindow   *window,
           const char *page)
{
  g_autofree char *what = g_strdup_printf ("the %s page", page);

  act (path, what);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", page);
  pf_test_iterate_briefly ();
}

/* The runner picks @file in @chooser and presses its button, once the chooser has gone to its
 * folder, as a runner waits to see the file. */
static void
pick_file (Path                 *path,
           GtkFileChooserNative *chooser,
           GFile                *file,
           const char           *what)
{
  gint64 give_up = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  gboolean picked = FALSE;

  g_assert_nonnull (chooser);
  act (path, what);
  g_assert_true (gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), file, NULL));
  while (!picked && g_get_monotonic_time () < give_up)
    {
      g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      picked = chosen != NULL && g_file_equal (chosen, file);
      if (!picked)
        g_main_context_iteration (NULL, FALSE);
    }
  g_assert_true (picked);
  g_signal_emit_by_name (chooser, "response", GTK_RESPONSE_ACCEPT);
  pf_test_iterate_briefly ();
}

/* The runner saves under the name the chooser suggests, in @folder: going there is one more
 * action unless the chooser is there already. Returns the file written. */
static GFile *
save_file (Path                 *path,
           GtkFileChooserNative *chooser,
           GFile                *folder)
{
  g_autoptr(GFile) current = NULL;
  gint64 give_up = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  gboolean there = FALSE;
  g_autofree char *name = NULL;
  GFile *file;

  g_assert_nonnull (chooser);
  current = gtk_file_chooser_get_current_folder (GTK_FILE_CHOOSER (chooser));
  if (current == NULL || !g_file_equal (current, folder))
    {
      act (path, "a folder for the printouts");
      g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder,
                                                          NULL));
    }
  name = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser));
  file = g_file_get_child (folder, name);
  /* Never Save elsewhere (next to the course, in tests/data) should the chooser not get there. */
  while (!there && g_get_monotonic_time () < give_up)
    {
      g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      there = chosen != NULL && g_file_equal (chosen, file);
      if (!there)
        g_main_context_iteration (NULL, FALSE);
    }
  g_assert_true (there);
  act (path, "Save");
  g_signal_emit_by_name (chooser, "response", GTK_RESPONSE_ACCEPT);
  pf_test_iterate_briefly ();
  return file;
}

/* The runner goes to @folder in a folder chooser and presses its button. */
static void
pick_folder (Path                 *path,
             GtkFileChooserNative *chooser,
             GFile                *folder)
{
  gint64 give_up = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  gboolean there = FALSE;

  g_assert_nonnull (chooser);
  g_assert_cmpint (gtk_file_chooser_get_action (GTK_FILE_CHOOSER (chooser)), ==,
                   GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER);
  act (path, "a folder for the printouts, Export Here");
  g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL));
  while (!there && g_get_monotonic_time () < give_up)
    {
      g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      there = chosen != NULL && g_file_equal (chosen, folder);
      if (!there)
        g_main_context_iteration (NULL, FALSE);
    }
  g_assert_true (there);
  g_signal_emit_by_name (chooser, "response", GTK_RESPONSE_ACCEPT);
  pf_test_iterate_briefly ();
}

/* Export…, the formats ticked besides the one offered, Export…, then the file (one format) or
 * the folder (several). */
static void
export (Path     *path,
        PfWindow *window,
        guint     formats,
        GFile    *folder)
{
  PfExportDialog *dialog;

  act (path, "Export…");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL);
  pf_test_iterate_briefly ();
  dialog = pf_test_find_toplevel (PF_TYPE_EXPORT_DIALOG, G_TYPE_INVALID);
  g_assert_nonnull (dialog);
  for (guint i = 0; i < PF_N_EXPORT_FORMATS; i++)
    {
      GtkCheckButton *check = pf_export_dialog_get_check (dialog, i);
      gboolean wanted = (formats & PF_EXPORT_FORMAT_BIT (i)) != 0;

      if (gtk_check_button_get_active (check) != wanted)
        {
          act (path, pf_export_format_get_label (i));
          gtk_check_button_set_active (check, wanted);
        }
    }
  act (path, "Export… in the dialog");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "export");
  pf_test_iterate_briefly ();
  if ((formats & (formats - 1)) != 0)
    pick_folder (path, window->export_chooser, folder);
  else
    g_object_unref (save_file (path, window->export_chooser, folder));
}

/* Where Export put @format: the suggested name in @folder. */
static GFile *
exported (PfWindow       *window,
          GFile          *folder,
          PfExportFormat  format)
{
  g_autofree char *name = pf_export_file_name (pf_document_get_title (pf_window_get_document (
                                                                        window)),
                                               pf_export_format_get_suffix (format));

  return g_file_get_child (folder, name);
}

static gboolean
is_pdf (GFile *file)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  return g_file_load_contents (file, NULL, &contents, &length, NULL, NULL)
         && length > 1000 && memcmp (contents, "%PDF-", 5) == 0;
}

static void
test_course_to_printouts (void)
{
  PfWindow *window = pf_test_window_new (app);
  PfDocument *document = pf_window_get_document (window);
  g_autofree char *course_path = pf_test_data_path ("twin_cities_marathon.gpx");
  g_autoptr(GFile) course = g_file_new_for_path (course_path);
  g_autofree char *dir = g_dir_make_tmp ("pacefuel-path-XXXXXX", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GFile) sheet = NULL;
  g_autoptr(GFile) band = NULL;
  PfPlanEditor *plan_editor = _pf_plan_view_get_editor (pf_test_template_child (window,
                                                                                PF_TYPE_WINDOW,
                                                                                "plan_view"));
  const PfPlanInputs *inputs;
  Path path = { 0 };

  /* Open the course: the Open button, then the file. */
  act (&path, "Open…");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open", NULL);
  pf_test_iterate_briefly ();
  pick_file (&path, window->chooser, course, "the course, Open");
  while (_pf_window_is_loading (window))
    g_main_context_iteration (NULL, TRUE);
  pf_test_iterate_briefly ();
  g_assert_nonnull (pf_document_get_plan (document));

  /* The Course page is where a course opens: its stations, every 5 km, in one click. */
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (
                     pf_test_template_child (window, PF_TYPE_WINDOW, "view_stack")), ==, "course");
  click (&path, pf_test_template_child (window, PF_TYPE_AID_SECTION, "every_add_button"),
         "Add One Every 5 km");
  g_assert_cmpuint (pf_document_get_inputs (document)->fuel.extra_aid_m->len, ==, 8);

  /* The goal and the day's heat. */
  show_page (&path, window, "plan");
  act (&path, "goal 3:30");
  gtk_editable_set_text (pf_test_template_child (plan_editor, PF_TYPE_GOAL_SECTION, "goal_entry"),
                         "3:30");
  pf_test_iterate_briefly ();
  type_value (&path, pf_test_template_child (plan_editor, PF_TYPE_WEATHER_SECTION,
                                             "start_temp_spin"), 27, "start temperature 27 °C");

  /* The sweat test: an hour at 20 °C, 70.0 kg before, 69.1 kg after, 0.4 L drunk. */
  show_page (&path, window, "fuel");
  act (&path, "Sweat Test on");
  adw_expander_row_set_enable_expansion (pf_test_template_child (window, PF_TYPE_SWEAT_SECTION,
                                                                 "test_row"), TRUE);
  pf_test_iterate_briefly ();
  type_value (&path, pf_test_template_child (window, PF_TYPE_SWEAT_SECTION, "test_pre_spin"),
              70.0, "weight before 70.0 kg");
  type_value (&path, pf_test_template_child (window, PF_TYPE_SWEAT_SECTION, "test_post_spin"),
              69.1, "weight after 69.1 kg");
  type_value (&path, pf_test_template_child (window, PF_TYPE_SWEAT_SECTION, "test_drank_spin"),
              0.4, "drank 0.4 L");

  inputs = pf_document_get_inputs (document);
  g_assert_cmpfloat_with_epsilon (inputs->goal_time_s, 3.5 * 3600, 1e-6);
  g_assert_cmpfloat_with_epsilon (inputs->conditions.start_temp_c, 27.0, 1e-6);
  g_assert_true (pf_runner_has_sweat_test (&inputs->runner));
  g_assert_cmpfloat_with_epsilon (inputs->runner.sweat_test.pre_kg, 70.0, 1e-6);
  g_assert_cmpfloat_with_epsilon (inputs->runner.sweat_test.post_kg, 69.1, 1e-6);
  g_assert_cmpfloat_with_epsilon (inputs->runner.sweat_test.drank_l, 0.4, 1e-6);
  g_assert_null (pf_document_get_error_message (document));

  /* The printouts. */
  /* Both printouts in one pass: the printed plan is offered, the band ticked. */
  export (&path, window,
          PF_EXPORT_FORMAT_BIT (PF_EXPORT_PLAN_PDF)
          | PF_EXPORT_FORMAT_BIT (PF_EXPORT_PACE_BAND_PDF),
          folder);
  sheet = exported (window, folder, PF_EXPORT_PLAN_PDF);
  band = exported (window, folder, PF_EXPORT_PACE_BAND_PDF);
  g_assert_true (is_pdf (sheet));
  g_assert_true (is_pdf (band));

  g_test_message ("%u actions from launch to the two PDFs", path.n);
  g_assert_cmpuint (path.n, <=, MAX_ACTIONS);

  gtk_window_destroy (GTK_WINDOW (window));
  pf_test_iterate_briefly ();
  g_file_delete (sheet, NULL, NULL);
  g_file_delete (band, NULL, NULL);
  g_rmdir (dir);
}

/* Several formats into a folder that has them already: nothing is replaced unasked. */
static void
test_export_again (void)
{
  PfWindow *window = pf_test_window_with_course (app, "twin_cities_marathon.gpx");
  g_autofree char *dir = g_dir_make_tmp ("pacefuel-again-XXXXXX", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GFile) sheet = exported (window, folder, PF_EXPORT_PLAN_PDF);
  g_autoptr(GFile) csv = exported (window, folder, PF_EXPORT_SPLITS_CSV);
  guint both = PF_EXPORT_FORMAT_BIT (PF_EXPORT_PLAN_PDF)
               | PF_EXPORT_FORMAT_BIT (PF_EXPORT_SPLITS_CSV);
  AdwMessageDialog *question;
  g_autofree char *kept = NULL;
  Path path = { 0 };

  export (&path, window, both, folder);
  g_assert_true (is_pdf (sheet));
  g_assert_true (g_file_query_exists (csv, NULL));
  g_assert_true (g_file_replace_contents (sheet, "mine", 4, NULL, FALSE, 0, NULL, NULL, NULL));

  /* Asked, and told no: the runner's file stays. */
  export (&path, window, both, folder);
  question = pf_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, PF_TYPE_EXPORT_DIALOG);
  g_assert_nonnull (question);
  g_assert_cmpstr (adw_message_dialog_get_heading (question), ==, "Replace 2 Files?");
  adw_message_dialog_response (question, "cancel");
  pf_test_iterate_briefly ();
  g_assert_true (g_file_load_contents (sheet, NULL, &kept, NULL, NULL, NULL));
  g_assert_cmpstr (kept, ==, "mine");

  /* Told yes: both written again. */
  export (&path, window, both, folder);
  question = pf_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, PF_TYPE_EXPORT_DIALOG);
  g_assert_nonnull (question);
  adw_message_dialog_response (question, "replace");
  pf_test_iterate_briefly ();
  g_assert_true (is_pdf (sheet));

  gtk_window_destroy (GTK_WINDOW (window));
  pf_test_iterate_briefly ();
  g_file_delete (sheet, NULL, NULL);
  g_file_delete (csv, NULL, NULL);
  g_rmdir (dir);
}

/* The labels under @widget whose text Pango had to cut short. */
static guint
count_cut_labels (GtkWidget *widget)
{
  guint n = 0;

  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget)
      && pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (widget))))
    {
      g_test_message ("cut: “%s”", gtk_label_get_text (GTK_LABEL (widget)));
      n++;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_cut_labels (child);
  return n;
}

/* Every format's name is read whole, on a phone's 360 pixels too. */
static void
test_export_dialog_narrow (void)
{
  PfWindow *window = pf_test_window_new_sized (app, 360, 720);
  PfExportDialog *dialog;

  pf_test_window_load (window, "twin_cities_marathon.gpx");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL);
  pf_test_iterate_briefly ();
  dialog = pf_test_find_toplevel (PF_TYPE_EXPORT_DIALOG, G_TYPE_INVALID);
  g_assert_nonnull (dialog);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (dialog)), <=, 360);
  g_assert_cmpuint (count_cut_labels (GTK_WIDGET (dialog)), ==, 0);

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
  pf_test_iterate_briefly ();
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = pf_test_ui_init (&argc, &argv, "TestPath");
  if (app == NULL)
    return PF_TEST_EXIT_SKIPPED;

  g_test_add_func ("/ui/path/course-to-printouts", test_course_to_printouts);
  g_test_add_func ("/ui/path/export-again", test_export_again);
  g_test_add_func ("/ui/path/export-dialog-narrow", test_export_dialog_narrow);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
