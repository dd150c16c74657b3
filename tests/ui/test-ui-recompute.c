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

#include "document/pf-document.h"
#include "gui/pf-plan-editor.h"
#include "gui/pf-plan-view-private.h"
#include "gui/pf-window-private.h"
#include "pf-test-ui.h"

static PfApplication *app;

/* In the window: typing a goal with the threaded path shows the spinner, then the new splits. */
static void
test_window_follows (void)
{
  PfWindow *window;
  PfDocument *document;
  PfPlanEditor *editor;
  GtkEditable *goal_entry;
  gint64 deadline;

  window = pf_test_window_with_course (app, "twin_cities_marathon.gpx");
  document = pf_window_get_document (window);
  editor = _pf_plan_view_get_editor (pf_test_template_child (window, PF_TYPE_WINDOW, "plan_view"));
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
  pf_test_wait_until_idle (document);
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
  int status;

  app = pf_test_ui_init (&argc, &argv, "TestRecompute");
  if (app == NULL)
    return PF_TEST_EXIT_SKIPPED;

  /* The document's own threaded recompute is tested without a display, in test-document. */
  g_test_add_func ("/recompute/window-follows", test_window_follows);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
