/* test-plan-worker.c — PfPlanWorker: plans computed in a thread, only the newest reported
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-plan-worker"

#include "config.h"

#include "document/pf-plan-worker.h"
#include "pf-test-util.h"

typedef struct
{
  guint   n_finished;
  PfPlan *plan;
  GError *error;
} Finished;

static void
finished_clear (Finished *finished)
{
  g_clear_pointer (&finished->plan, pf_plan_unref);
  g_clear_error (&finished->error);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Finished, finished_clear)

static void
on_finished_cb (PfPlanWorker *worker,
                PfPlan       *plan,
                GError       *error,
                gint64        usec,
                Finished     *finished)
{
  finished_clear (finished);
  finished->n_finished++;
  finished->plan = plan != NULL ? pf_plan_ref (plan) : NULL;
  finished->error = error != NULL ? g_error_copy (error) : NULL;
  g_assert_cmpint (usec, >=, 0);
}

/* Inputs for the marathon course with a goal of @goal_s. */
static void
marathon_inputs (PfPlanInputs *inputs,
                 double        goal_s)
{
  g_autoptr(GBytes) bytes = pf_test_data_bytes ("twin_cities_marathon.gpx");
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = pf_import_bytes (bytes, "twin_cities_marathon.gpx", &error);

  g_assert_no_error (error);
  pf_plan_inputs_init (inputs);
  pf_plan_inputs_set_track (inputs, track);
  inputs->pace_mode = PF_PACE_MODE_GOAL;
  inputs->goal_time_s = goal_s;
}

/* Inputs submitted while a computation runs replace one another: one result, the newest. */
static void
test_newest_only (void)
{
  g_autoptr(PfPlanWorker) worker = pf_plan_worker_new ();
  g_auto(Finished) finished = { 0 };

  g_signal_connect (worker, "finished", G_CALLBACK (on_finished_cb), &finished);
  g_assert_false (pf_plan_worker_get_busy (worker));
  for (guint i = 0; i < 4; i++)
    {
      g_auto(PfPlanInputs) inputs = { 0 };

      marathon_inputs (&inputs, 3 * 3600 + i * 600);
      pf_plan_worker_submit (worker, NULL, &inputs);
      g_assert_true (pf_plan_worker_get_busy (worker));
    }
  g_assert_cmpuint (finished.n_finished, ==, 0);

  pf_test_wait_until_idle (worker);
  g_assert_cmpuint (finished.n_finished, ==, 1);
  g_assert_no_error (finished.error);
  g_assert_nonnull (finished.plan);
  g_assert_cmpfloat_with_epsilon (pf_plan_get_finish_time (finished.plan), 3 * 3600 + 3 * 600,
                                  1.0);
}

/* Inputs the core refuses come back as an error, not a plan. */
static void
test_refused (void)
{
  g_autoptr(PfPlanWorker) worker = pf_plan_worker_new ();
  g_auto(Finished) finished = { 0 };
  g_auto(PfPlanInputs) inputs = { 0 };

  g_signal_connect (worker, "finished", G_CALLBACK (on_finished_cb), &finished);
  marathon_inputs (&inputs, -60);
  pf_plan_worker_submit (worker, NULL, &inputs);
  pf_test_wait_until_idle (worker);
  g_assert_cmpuint (finished.n_finished, ==, 1);
  g_assert_null (finished.plan);
  g_assert_nonnull (finished.error);
}

/* Cancelled, the worker reports nothing of what was submitted before. */
static void
test_cancel (void)
{
  g_autoptr(PfPlanWorker) worker = pf_plan_worker_new ();
  g_auto(Finished) finished = { 0 };
  g_auto(PfPlanInputs) inputs = { 0 };
  gint64 deadline;

  g_signal_connect (worker, "finished", G_CALLBACK (on_finished_cb), &finished);
  marathon_inputs (&inputs, 4 * 3600);
  pf_plan_worker_submit (worker, NULL, &inputs);
  pf_plan_worker_submit (worker, NULL, &inputs);
  pf_plan_worker_cancel (worker);

  /* The computation already running finishes on its own; its result is dropped. */
  deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  while (pf_plan_worker_get_busy (worker) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  for (guint i = 0; i < 100; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (finished.n_finished, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plan-worker/newest-only", test_newest_only);
  g_test_add_func ("/plan-worker/refused", test_refused);
  g_test_add_func ("/plan-worker/cancel", test_cancel);

  return g_test_run ();
}
