/* test-ui-recompute.c — a plan too slow for a frame is computed in a worker thread
 *
 * Typing must never wait for the core: when a recompute costs more than the document's budget,
 * the inputs are taken at once, the plan follows from PfPlanWorker, and only the newest result
 * is applied. The budget is set to 0 here so that every edit takes the threaded path.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>

#include "gui/pf-document.h"
#include "gui/pf-plan-editor.h"
#include "gui/pf-plan-view-private.h"
#include "gui/pf-window-private.h"
#include "pf-test-ui.h"

static PfDocument *
document_with_marathon (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("PF_TEST_DATA"), "twin_cities_marathon.gpx",
                                            NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  PfDocument *document = pf_document_new ();
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  g_assert_true (pf_document_load_bytes (document, bytes, "twin_cities_marathon.gpx", &error));
  g_assert_no_error (error);
  return document;
}

static void
wait_until_idle (PfDocument *document)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (pf_document_get_busy (document))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
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

  wait_until_idle (document);
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
  g_autofree char *path = g_build_filename (g_getenv ("PF_TEST_DATA"), "route.gpx", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) bytes = NULL;
  PfPlan *loaded;
  gsize length;

  pf_document_set_budget (document, 0);
  g_assert_true (set_goal (document, 4 * 3600));
  g_assert_true (pf_document_get_busy (document));

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  g_assert_true (pf_document_load_bytes (document, bytes, "route.gpx", NULL));
  loaded = pf_document_get_plan (document);

  wait_until_idle (document);
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

/* In the window: typing a goal with the threaded path shows the spinner, then the new splits. */
static void
test_window_follows (void)
{
  g_autoptr(PfApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  PfWindow *window;
  PfDocument *document;
  PfPlanEditor *editor;
  GtkEditable *goal_entry;
  gint64 deadline;

  app = pf_application_new (APP_ID ".TestRecompute", G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  window = pf_test_window_with_course (app, "twin_cities_marathon.gpx");
  document = pf_window_get_document (window);
  editor = _pf_plan_view_get_editor (_pf_window_get_plan_view (window));
  goal_entry = pf_test_template_child (editor, PF_TYPE_GOAL_SECTION, "goal_entry");

  pf_document_set_budget (document, 0);
  gtk_editable_set_text (goal_entry, "3:15:00");
  g_assert_cmpfloat (pf_document_get_inputs (document)->goal_time_s, ==, 3 * 3600 + 15 * 60);

  deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  while (pf_plan_get_finish_time (pf_document_get_plan (document)) < 3 * 3600 + 14 * 60)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  wait_until_idle (document);
  g_assert_cmpfloat_with_epsilon (pf_plan_get_finish_time (pf_document_get_plan (document)),
                                  3 * 3600 + 15 * 60, 1.0);
  g_assert_cmpstr (gtk_editable_get_text (goal_entry), ==, "3:15:00");

  gtk_window_destroy (GTK_WINDOW (window));
  pf_test_iterate_briefly ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/recompute/newest-result-only", test_newest_result_only);
  g_test_add_func ("/recompute/refused-at-once", test_refused_at_once);
  g_test_add_func ("/recompute/load-wins", test_load_wins);
  g_test_add_func ("/recompute/dispose-while-computing", test_dispose_while_computing);

  /* The document needs no display; the window does. */
  if (gtk_init_check ())
    {
      g_test_add_func ("/recompute/window-follows", test_window_follows);
    }

  return g_test_run ();
}
