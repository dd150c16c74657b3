/* pf-bench-plan.c — whole-plan recompute, the work done on every keystroke in the GUI
 *
 * For each course given: the first compute (import excluded, cleaning included), then the
 * mean of many recomputes with a changed goal (the cleaned course reused), against the
 * targets of the pacing issue: a marathon well under 1 ms, a 330 km ultra well under 20 ms.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-bench-plan"

#include "config.h"

#include "core/pacefuel-core.h"

#define ROUNDS 200

int
main (int    argc,
      char **argv)
{
  g_print ("Plan recompute benchmark (%d rounds each)\n", ROUNDS);

  for (int a = 1; a < argc; a++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PfTrack) track = pf_import_path (argv[a], &error);
      g_auto(PfPlanInputs) inputs = { 0 };
      g_autoptr(PfPlan) plan = NULL;
      g_autofree char *name = NULL;
      double distance_km, target_ms;
      gint64 start, first_us;

      if (track == NULL)
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }

      pf_plan_inputs_init (&inputs);
      pf_plan_inputs_set_track (&inputs, track);
      inputs.conditions.finish_temp_c = 24.0;

      start = g_get_monotonic_time ();
      plan = pf_plan_compute (&inputs, &error);
      first_us = g_get_monotonic_time () - start;
      g_assert_no_error (error);

      distance_km = pf_course_get_distance (pf_plan_get_course (plan)) / 1000.0;
      /* About 6 min/km on roads, 12 min/km on mountain trails: realistic goals. */
      inputs.goal_time_s = distance_km * (distance_km > 60.0 ? 720.0 : 360.0);

      start = g_get_monotonic_time ();
      for (int i = 0; i < ROUNDS; i++)
        {
          PfPlan *next;

          inputs.goal_time_s += 1.0;
          next = pf_plan_recompute (plan, &inputs, &error);
          g_assert_no_error (error);
          pf_plan_unref (plan);
          plan = next;
        }

      name = g_path_get_basename (argv[a]);
      target_ms = distance_km > 60.0 ? 20.0 : 1.0;
      g_print ("  %-28s %6.1f km  first compute %7.2f ms  recompute %7.3f ms  (target < %.0f ms)%s\n",
               name, distance_km, first_us / 1000.0,
               (g_get_monotonic_time () - start) / 1000.0 / ROUNDS, target_ms,
               (g_get_monotonic_time () - start) / 1000.0 / ROUNDS > target_ms ? "  OVER TARGET" : "");
    }

  return 0;
}
