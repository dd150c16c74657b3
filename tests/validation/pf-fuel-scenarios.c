/* pf-fuel-scenarios.c — the reference race scenarios of docs/validation.md's fuel section
 *
 * Every number is read through pf-plan.h and pf-fuel.h's public types and summed from the
 * schedule's entries, so that the page and its tests survive a rewrite of the schedule builder.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-fuel-scenarios"

#include "config.h"

#include "pf-fuel-scenarios.h"

#include <math.h>

const PfFuelScenario pf_fuel_scenarios[] = {
  { "cool 3:30 marathon", "activity", PF_DISTANCE_MARATHON, 3.5 * 3600, 10.0, 3.0 },
  { "hot 3:30 marathon", "activity", PF_DISTANCE_MARATHON, 3.5 * 3600, 27.0, 20.0 },
  { "hot 4:45 marathon", "activity", PF_DISTANCE_MARATHON, 4.75 * 3600, 27.0, 20.0 },
  { "2:10 half marathon", "activity", PF_DISTANCE_HALF, 130 * 60.0, 12.0, 5.0 },
  { "12 h ultra (CCC)", "ccc", 0.0, 12 * 3600.0, 20.0, 10.0 },
};
const guint pf_fuel_n_scenarios = G_N_ELEMENTS (pf_fuel_scenarios);

#define RUNNER_KG 70.0
#define AID_EVERY_M 5000.0

PfPlan *
pf_fuel_scenario_plan (const PfFuelScenario *scenario,
                       PfTrack              *track,
                       gboolean              sweat_test,
                       GError              **error)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  double distance;

  pf_plan_inputs_init (&inputs);
  pf_plan_inputs_set_track (&inputs, track);
  inputs.official_distance_m = scenario->official_m;
  inputs.pace_mode = PF_PACE_MODE_GOAL;
  inputs.goal_time_s = scenario->goal_s;
  inputs.conditions.start_temp_c = scenario->temp_c;
  inputs.conditions.finish_temp_c = NAN;
  inputs.conditions.humidity_kind = PF_HUMIDITY_DEW_POINT;
  inputs.conditions.humidity = scenario->dew_point_c;
  inputs.runner.mass_kg = RUNNER_KG;
  distance = pf_plan_inputs_get_distance (&inputs);
  for (double d = AID_EVERY_M; d < distance - 500.0; d += AID_EVERY_M)
    g_array_append_val (inputs.fuel.extra_aid_m, d);
  if (sweat_test)
    {
      /* An hour at 5:00 /km on a 15 °C day: 1.5 kg lost, nothing drunk — 1.5 L/h. */
      inputs.runner.has_sweat_test = TRUE;
      inputs.runner.sweat_test = (PfSweatTest) {
        .pre_kg = RUNNER_KG, .post_kg = RUNNER_KG - 1.5, .drank_l = 0.0, .urine_l = 0.0,
        .minutes = 60.0, .temp_c = 15.0, .dew_point_c = 8.0, .pace_s_per_km = 300.0,
      };
    }
  return pf_plan_compute (&inputs, error);
}

/* The most of @field (an offset into PfIntake) the schedule gives in any 60 minutes: every
 * window that starts at an intake, the only places the sum can rise. */
static double
max_over_60 (const GArray *schedule,
             gsize         field)
{
  double best = 0.0;

  for (guint i = 0; i < schedule->len; i++)
    {
      const PfIntake *a = &g_array_index (schedule, PfIntake, i);
      double sum = 0.0;

      for (guint j = i; j < schedule->len; j++)
        {
          const PfIntake *b = &g_array_index (schedule, PfIntake, j);

          if (b->elapsed_s >= a->elapsed_s + 3600.0 - 1e-3)
            break;
          sum += G_STRUCT_MEMBER (double, (gpointer) b, field);
        }
      best = MAX (best, sum);
    }
  return best;
}

/* The least of @field in a full clock hour (a short last hour is not judged) and the most in
 * any clock hour, the last one included. */
static void
clock_hours (const GArray *schedule,
             gsize         field,
             double        finish_s,
             double       *least,
             double       *most)
{
  guint n = (guint) ceil (finish_s / 3600.0);
  double lo = G_MAXDOUBLE, hi = 0.0;

  for (guint h = 0; h < n; h++)
    {
      double sum = 0.0;

      for (guint i = 0; i < schedule->len; i++)
        {
          const PfIntake *in = &g_array_index (schedule, PfIntake, i);

          if (in->elapsed_s >= h * 3600.0 && in->elapsed_s < (h + 1) * 3600.0)
            sum += G_STRUCT_MEMBER (double, (gpointer) in, field);
        }
      if ((h + 1) * 3600.0 <= finish_s)
        lo = MIN (lo, sum);
      hi = MAX (hi, sum);
    }
  if (least != NULL)
    *least = lo == G_MAXDOUBLE ? 0.0 : lo;
  *most = hi;
}

void
pf_fuel_scenario_measure (const PfPlan *plan,
                          PfFuelRow    *row)
{
  const PfFuel *fuel = pf_plan_get_fuel (plan);
  const PfFeasibility *f = pf_plan_get_feasibility (plan);
  const PfPlanInputs *inputs = pf_plan_get_inputs (plan);
  double hours, fluid_ml = 0.0, sodium = 0.0, carbs = 0.0;

  row->finish_s = pf_plan_get_finish_time (plan);
  hours = row->finish_s / 3600.0;
  for (guint i = 0; i < fuel->schedule->len; i++)
    {
      const PfIntake *in = &g_array_index (fuel->schedule, PfIntake, i);

      fluid_ml += in->fluid_ml;
      sodium += in->sodium_mg;
      carbs += in->carbs_g;
    }
  row->n_intakes = fuel->schedule->len;
  row->sweat_l_per_h = fuel->totals.sweat_l / hours;
  row->fluid_l_per_h = fluid_ml / 1000.0 / hours;
  row->fluid_max_60_l = max_over_60 (fuel->schedule, G_STRUCT_OFFSET (PfIntake, fluid_ml))
                        / 1000.0;
  row->ceiling_l_per_h = inputs->fuel.fluid_ceiling_l_per_h;
  row->sodium_mg_per_h = sodium / hours;
  row->sodium_lost_mg_per_h = fuel->totals.sodium_lost_mg / hours;
  row->carbs_g_per_h = carbs / hours;
  row->carbs_max_60_g = max_over_60 (fuel->schedule, G_STRUCT_OFFSET (PfIntake, carbs_g));
  row->carbs_target_g_per_h = fuel->carbs_target_g_per_h;
  row->gut_g_per_h = inputs->runner.gut_max_g_per_h;

  clock_hours (fuel->schedule, G_STRUCT_OFFSET (PfIntake, fluid_ml), row->finish_s, NULL,
               &row->fluid_max_hour_l);
  row->fluid_max_hour_l /= 1000.0;
  clock_hours (fuel->schedule, G_STRUCT_OFFSET (PfIntake, carbs_g), row->finish_s,
               &row->carbs_min_hour_g, &row->carbs_max_hour_g);

  row->mass_loss_pct = f->mass_loss_pct;
  row->feasible = f->feasible;
  row->max_loss_pct = f->max_mass_loss_pct;
  row->n_changes = f->changes != NULL ? f->changes->len : 0;
}
