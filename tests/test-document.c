/* test-document.c — PfDocument without a window: a plan too slow for a frame is computed in a
 * worker thread; saving, the dirty flag and the title
 *
 * Typing must never wait for the core: when a recompute costs more than the document's budget,
 * the inputs are taken at once, the plan follows from PfPlanWorker, and only the newest result
 * is applied. The budget is set to 0 here so that every edit takes the threaded path.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-document"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "document/pf-document.h"
#include "pf-test-util.h"

static PfDocument *
document_with (const char *name)
{
  g_autoptr(GBytes) bytes = pf_test_data_bytes (name);
  g_autoptr(GError) error = NULL;
  PfDocument *document = pf_document_new ();

  g_assert_true (pf_document_load_bytes (document, bytes, name, &error));
  g_assert_no_error (error);
  return document;
}

static PfDocument *
document_with_marathon (void)
{
  return document_with ("twin_cities_marathon.gpx");
}

static gboolean
set_goal (PfDocument *document,
          double      goal_s)
{
  g_auto(PfPlanInputs) inputs = { 0 };

  pf_plan_inputs_init (&inputs);
  pf_plan_inputs_copy (&inputs, pf_document_get_inputs (document));
  inputs.pace_mode = PF_PACE_MODE_GOAL;
  inputs.goal_time_s = goal_s;
  return pf_document_set_inputs (document, &inputs, NULL);
}

static void
count_cb (guint *count)
{
  (*count)++;
}

/* Four quick edits: the inputs follow at once, the plan once, for the last of them. */
static void
test_newest_result_only (void)
{
  g_autoptr(PfDocument) document = document_with_marathon ();
  PfPlan *before = pf_document_get_plan (document);
  guint n_plans = 0;

  pf_document_set_budget (document, 0);
  g_signal_connect_swapped (document, "notify::plan", G_CALLBACK (count_cb), &n_plans);

  for (guint i = 0; i < 4; i++)
    g_assert_true (set_goal (document, 3 * 3600 + i * 600));

  g_assert_true (pf_document_get_busy (document));
  g_assert_true (pf_document_get_plan (document) == before);
  g_assert_cmpfloat (pf_document_get_inputs (document)->goal_time_s, ==, 3 * 3600 + 3 * 600);
  g_assert_true (pf_document_get_dirty (document));

  pf_test_wait_until_idle (document);
  g_assert_cmpuint (n_plans, ==, 1);
  g_assert_true (pf_document_get_plan (document) != before);
  g_assert_cmpfloat_with_epsilon (pf_plan_get_finish_time (pf_document_get_plan (document)),
                                  3 * 3600 + 3 * 600, 1.0);
  g_assert_null (pf_document_get_error_message (document));
}

/* What the core's checks refuse is refused at once, threaded or not, and nothing is queued. */
static void
test_refused_at_once (void)
{
  g_autoptr(PfDocument) document = document_with_marathon ();
  PfPlan *before = pf_document_get_plan (document);
  double goal_before = pf_document_get_inputs (document)->goal_time_s;

  pf_document_set_budget (document, 0);
  g_assert_false (set_goal (document, -60));
  g_assert_false (pf_document_get_busy (document));
  g_assert_nonnull (pf_document_get_error_message (document));
  g_assert_true (pf_document_get_plan (document) == before);
  g_assert_cmpfloat (pf_document_get_inputs (document)->goal_time_s, ==, goal_before);
}

/* A course opened while an edit of the previous one is computed keeps its own plan. */
static void
test_load_wins (void)
{
  g_autoptr(PfDocument) document = document_with_marathon ();
  g_autoptr(GBytes) bytes = pf_test_data_bytes ("route.gpx");
  PfPlan *loaded;

  pf_document_set_budget (document, 0);
  g_assert_true (set_goal (document, 4 * 3600));
  g_assert_true (pf_document_get_busy (document));

  g_assert_true (pf_document_load_bytes (document, bytes, "route.gpx", NULL));
  loaded = pf_document_get_plan (document);

  pf_test_wait_until_idle (document);
  g_assert_true (pf_document_get_plan (document) == loaded);
  g_assert_cmpstr (pf_document_get_display_name (document), ==, "route.gpx");
}

/* Closing the window mid-computation: the worker finishes on its own and reports to no one. */
static void
test_dispose_while_computing (void)
{
  PfDocument *document = document_with_marathon ();
  gint64 deadline = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;

  pf_document_set_budget (document, 0);
  g_assert_true (set_goal (document, 4 * 3600));
  g_object_unref (document);

  while (g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
}

static void
on_loaded_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static char *
inputs_data (const PfPlanInputs *inputs)
{
  gsize length;

  return pf_plan_file_to_data (inputs, &length);
}

/* An edit makes the document dirty; saving writes exactly the inputs, names the document after
 * the file and makes it clean; loading the file gives the same inputs back. */
static void
test_save_and_load (void)
{
  g_autoptr(PfDocument) document = document_with ("activity_607442311.gpx");
  g_autoptr(PfDocument) other = pf_document_new ();
  g_autofree char *dir = g_dir_make_tmp ("pacefuel-document-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "Boston.pacefuel", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(PfPlanInputs) loaded = { 0 };
  g_autofree char *saved_data = NULL;
  g_autofree char *loaded_data = NULL;

  pf_document_set_budget (document, G_MAXINT64);
  g_assert_false (pf_document_get_dirty (document));
  g_assert_null (pf_document_get_plan_file (document));
  g_assert_cmpstr (pf_document_get_display_name (document), ==, "activity_607442311.gpx");

  g_assert_true (set_goal (document, 4 * 3600 + 60));
  g_assert_true (pf_document_get_dirty (document));

  g_assert_true (pf_document_save (document, file, &error));
  g_assert_no_error (error);
  g_assert_false (pf_document_get_dirty (document));
  g_assert_true (g_file_query_exists (file, NULL));
  g_assert_true (g_file_equal (pf_document_get_plan_file (document), file));
  g_assert_cmpstr (pf_document_get_title (document), ==, "Boston");

  /* The file holds exactly the inputs. */
  pf_plan_inputs_init (&loaded);
  g_assert_true (pf_plan_file_load (file, &loaded, NULL, &error));
  g_assert_no_error (error);
  saved_data = inputs_data (pf_document_get_inputs (document));
  loaded_data = inputs_data (&loaded);
  g_assert_cmpstr (saved_data, ==, loaded_data);

  /* Loaded into another document, it is the same plan, under its name, unchanged. */
  pf_document_load_file_async (other, file, NULL, on_loaded_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (pf_document_load_file_finish (other, result, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (pf_document_get_title (other), ==, "Boston");
  g_assert_false (pf_document_get_dirty (other));
  g_assert_nonnull (pf_document_get_plan (other));
  g_clear_pointer (&loaded_data, g_free);
  loaded_data = inputs_data (pf_document_get_inputs (other));
  g_assert_cmpstr (saved_data, ==, loaded_data);

  /* Marked unsaved (a restored autosave), it is dirty again. */
  pf_document_mark_unsaved (other);
  g_assert_true (pf_document_get_dirty (other));
  g_assert_null (pf_document_get_plan_file (other));

  pf_test_remove_tree (dir);
}

/* The international mile (the document knows no units: report/pf-units.h does). */
#define METRES_PER_MILE 1609.344

static PfDocument *
load_plan (PfSplitUnit  units_split_unit,
           GFile       *file)
{
  PfDocument *document = pf_document_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  pf_document_follow_units (document, units_split_unit);
  pf_document_load_file_async (document, file, NULL, on_loaded_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (pf_document_load_file_finish (document, result, &error));
  g_assert_no_error (error);
  return document;
}

static double
first_split_m (PfDocument *document)
{
  return pf_plan_get_split (pf_document_get_plan (document), 0)->end_m;
}

/* What the window opens, in its worker thread: a plan's backup ("Boston.pacefuel~") as the
 * plan it backs up, where it was read as a course ("not a GPX or TCX file"); a named pipe or
 * a link to /dev/zero refused at once with its name, where the window never showed (issue 19).
 * The alarm makes a blocking open fail the test rather than hang it. */
static void
test_load_backup_and_special_files (void)
{
  g_autoptr(PfDocument) document = document_with ("activity_607442311.gpx");
  g_autofree char *dir = g_dir_make_tmp ("pacefuel-document-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "Boston.pacefuel", NULL);
  g_autofree char *backup_path = g_build_filename (dir, "Boston.pacefuel~", NULL);
  g_autofree char *fifo = g_build_filename (dir, "pipe.pacefuel", NULL);
  g_autofree char *zero = g_build_filename (dir, "zero.gpx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) backup = g_file_new_for_path (backup_path);
  g_autoptr(GError) error = NULL;
  const char *refused[] = { fifo, zero };

  g_assert_true (set_goal (document, 3 * 3600 + 59 * 60));
  g_assert_true (pf_document_save (document, file, &error));
  g_assert_true (g_file_copy (file, backup, G_FILE_COPY_NONE, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (symlink ("/dev/zero", zero), ==, 0);

  alarm (30);
  {
    g_autoptr(PfDocument) opened = load_plan (PF_SPLIT_KM, backup);
    g_autoptr(GFile) backed_up = pf_plan_file_backed_up (backup);

    g_assert_cmpfloat (pf_document_get_inputs (opened)->goal_time_s, ==, 3 * 3600 + 59 * 60);
    /* Read from the backup, but not the plan's own file: Save asks where (Save As), and
     * proposes the plan it backs up. */
    g_assert_true (g_file_equal (pf_document_get_file (opened), backup));
    g_assert_null (pf_document_get_plan_file (opened));
    g_assert_false (pf_document_get_dirty (opened));
    g_assert_true (g_file_equal (backed_up, file));
  }
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(PfDocument) other = pf_document_new ();
      g_autoptr(GFile) special = g_file_new_for_path (refused[i]);
      g_autoptr(GAsyncResult) result = NULL;
      g_autofree char *basename = g_path_get_basename (refused[i]);

      pf_document_load_file_async (other, special, NULL, on_loaded_cb, &result);
      while (result == NULL)
        g_main_context_iteration (NULL, TRUE);
      g_assert_false (pf_document_load_file_finish (other, result, &error));
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, "not a regular file"));
      g_assert_nonnull (strstr (error->message, basename));
      g_assert_null (pf_document_get_plan (other));
      g_clear_error (&error);
    }
  alarm (0);

  g_unlink (fifo);
  g_unlink (zero);
  pf_test_remove_tree (dir);
}

/* The splits follow the units (per kilometre, per mile) until the runner picks a unit: in the
 * plan at hand, recomputed once and not made dirty, and in a plan opened later; a picked unit
 * stays, saved and opened again. */
static void
test_split_unit_follows_units (void)
{
  g_autoptr(PfDocument) document = document_with_marathon ();
  g_autoptr(PfDocument) reopened = NULL;
  g_autofree char *dir = g_dir_make_tmp ("pacefuel-document-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "Twin Cities.pacefuel", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_auto(PfPlanInputs) inputs = { 0 };
  guint n_plans = 0;

  g_signal_connect_swapped (document, "notify::plan", G_CALLBACK (count_cb), &n_plans);
  g_assert_cmpint (pf_document_get_inputs (document)->split_unit, ==, PF_SPLIT_KM);
  g_assert_false (pf_document_get_inputs (document)->split_unit_chosen);

  /* Imperial units, through the worker thread as a long course would go. */
  pf_document_set_budget (document, 0);
  pf_document_follow_units (document, PF_SPLIT_MILE);
  pf_test_wait_until_idle (document);
  g_assert_cmpuint (n_plans, ==, 1);
  g_assert_cmpint (pf_document_get_inputs (document)->split_unit, ==, PF_SPLIT_MILE);
  g_assert_cmpfloat_with_epsilon (first_split_m (document), METRES_PER_MILE, 0.01);
  g_assert_false (pf_document_get_dirty (document));
  /* The same units again: nothing to do. */
  pf_document_follow_units (document, PF_SPLIT_MILE);
  pf_test_wait_until_idle (document);
  g_assert_cmpuint (n_plans, ==, 1);

  /* Saved per mile, never chosen: opened in metric units, per kilometre. */
  pf_document_set_budget (document, G_MAXINT64);
  g_assert_true (pf_document_save (document, file, &error));
  g_assert_no_error (error);
  reopened = load_plan (PF_SPLIT_KM, file);
  g_assert_cmpint (pf_document_get_inputs (reopened)->split_unit, ==, PF_SPLIT_KM);
  g_assert_cmpfloat_with_epsilon (first_split_m (reopened), 1000.0, 0.01);
  g_assert_false (pf_document_get_dirty (reopened));
  g_clear_object (&reopened);

  /* The runner picks per kilometre: an edit, and theirs whatever the units. */
  pf_document_copy_inputs (document, &inputs);
  inputs.split_unit = PF_SPLIT_KM;
  inputs.split_unit_chosen = TRUE;
  g_assert_true (pf_document_set_inputs (document, &inputs, NULL));
  g_assert_true (pf_document_get_dirty (document));
  pf_document_follow_units (document, PF_SPLIT_KM);
  pf_document_follow_units (document, PF_SPLIT_MILE);
  g_assert_cmpint (pf_document_get_inputs (document)->split_unit, ==, PF_SPLIT_KM);
  g_assert_cmpfloat_with_epsilon (first_split_m (document), 1000.0, 0.01);

  /* Saved and opened in imperial units, still per kilometre. */
  g_assert_true (pf_document_save (document, file, &error));
  g_assert_no_error (error);
  reopened = load_plan (PF_SPLIT_MILE, file);
  g_assert_cmpint (pf_document_get_inputs (reopened)->split_unit, ==, PF_SPLIT_KM);
  g_assert_true (pf_document_get_inputs (reopened)->split_unit_chosen);
  g_assert_cmpfloat_with_epsilon (first_split_m (reopened), 1000.0, 0.01);

  pf_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/document/recompute/newest-result-only", test_newest_result_only);
  g_test_add_func ("/document/recompute/refused-at-once", test_refused_at_once);
  g_test_add_func ("/document/recompute/load-wins", test_load_wins);
  g_test_add_func ("/document/recompute/dispose-while-computing", test_dispose_while_computing);
  g_test_add_func ("/document/save-and-load", test_save_and_load);
  g_test_add_func ("/document/load/backup-and-special-files", test_load_backup_and_special_files);
  g_test_add_func ("/document/split-unit/follows-units", test_split_unit_follows_units);

  return g_test_run ();
}
