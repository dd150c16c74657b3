/* test-warnings.c — each warning fires on its cause, where the cause is, and stays quiet on
 * a sound plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "core/pacefuel-core.h"
#include "core/pf-records.h"
#include "report/pf-units.h"
#include "pf-test-course.h"

static PfTrack *flat_marathon;
static PfTrack *late_hill_marathon;

/* A 30 m climb at 3 % from 33 to 34 km, flat elsewhere. */
static double
late_hill (double d)
{
  if (d < 33000.0)
    return 50.0;
  if (d < 34000.0)
    return 50.0 + 0.03 * (d - 33000.0);
  return 80.0;
}

/* A well-trained runner with a realistic goal on a cool day (the sound plan):
 * 10K in 40:00 (VDOT ~52), 3:20 marathon goal, 80 km weeks, 32 km long run, 16 km at
 * goal pace, 10 °C all morning. */
static void
sound_inputs (PfPlanInputs *inputs,
              PfTrack      *track)
{
  pf_plan_inputs_init (inputs);
  pf_plan_inputs_set_track (inputs, track);
  inputs->official_distance_m = PF_DISTANCE_MARATHON;
  inputs->goal_time_s = 3 * 3600 + 20 * 60;
  pf_plan_inputs_add_race (inputs, 10000.0, 40 * 60);
  inputs->training.weekly_km = 80.0;
  inputs->training.longest_run_km = 32.0;
  inputs->training.goal_pace_km = 16.0;
  inputs->conditions.start_temp_c = 10.0;
  inputs->conditions.humidity = 60.0;
  for (double d = 5000.0; d < 42000.0; d += 5000.0)
    g_array_append_val (inputs->fuel.extra_aid_m, d);
}

static void
assert_complete (const PfWarning *w)
{
  g_assert_nonnull (w);
  g_assert_true (w->message != NULL && w->message[0] != '\0');
  g_assert_true (w->reason != NULL && w->reason[0] != '\0');
  g_assert_true (w->action != NULL && w->action[0] != '\0');
  g_assert_cmpfloat (w->from_m, <=, w->to_m);
}

static void
test_sound_plan_is_quiet (void)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(PfPlan) plan = NULL;

  sound_inputs (&inputs, flat_marathon);
  plan = pf_test_plan_compute (&inputs);

  for (guint i = 0; i < pf_plan_get_n_warnings (plan); i++)
    {
      const PfWarning *w = pf_plan_get_warning (plan, i);

      g_test_message ("%s: %s", w->id, w->message);
      g_assert_cmpint (w->severity, ==, PF_SEVERITY_INFO);
    }
}

/* The scenario: a 10 km of 50:03, a 3:15 marathon goal, an 18 km longest run and
 * a hot forecast. */
static void
test_cramp_scenario (void)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(PfPlan) plan = NULL;
  const PfWarning *goal, *long_run, *heat, *threshold;

  sound_inputs (&inputs, flat_marathon);
  g_array_set_size (inputs.races, 0);
  pf_plan_inputs_add_race (&inputs, 10000.0, 50 * 60 + 3);
  inputs.goal_time_s = 3 * 3600 + 15 * 60;
  inputs.training.longest_run_km = 18.0;
  inputs.training.weekly_km = 0.0;
  inputs.training.goal_pace_km = NAN;
  inputs.conditions.start_temp_c = 21.0;
  inputs.conditions.finish_temp_c = 29.0;
  inputs.conditions.humidity_kind = PF_HUMIDITY_DEW_POINT;
  inputs.conditions.humidity = 18.0;
  plan = pf_test_plan_compute (&inputs);

  goal = pf_test_plan_find_warning (plan, "goal-faster-than-fitness");
  assert_complete (goal);
  g_assert_cmpint (goal->severity, ==, PF_SEVERITY_DANGER);
  long_run = pf_test_plan_find_warning (plan, "beyond-long-run");
  assert_complete (long_run);
  g_assert_cmpfloat_with_epsilon (long_run->from_m, 18000.0, 1.0);
  g_assert_cmpfloat_with_epsilon (long_run->to_m, PF_DISTANCE_MARATHON, 1.0);
  heat = pf_test_plan_find_warning (plan, "heat");
  assert_complete (heat);
  g_assert_cmpint (heat->severity, >=, PF_SEVERITY_WARNING);
  threshold = pf_test_plan_find_warning (plan, "pace-above-threshold");
  assert_complete (threshold);
  /* Danger first. */
  g_assert_cmpint (pf_plan_get_warning (plan, 0)->severity, ==, PF_SEVERITY_DANGER);
}

static void
test_goal_faster_than_fitness (void)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(PfPlan) quiet = NULL;
  g_autoptr(PfPlan) warning = NULL;
  g_autoptr(PfPlan) danger = NULL;
  double best;

  sound_inputs (&inputs, flat_marathon);
  quiet = pf_test_plan_compute (&inputs);
  g_assert_null (pf_test_plan_find_warning (quiet, "goal-faster-than-fitness"));

  best = G_MAXDOUBLE;
  for (guint i = 0; i < pf_plan_get_n_predictions (quiet); i++)
    best = MIN (best, pf_plan_get_prediction (quiet, i)->time_s);

  inputs.goal_time_s = best * 0.98;
  warning = pf_test_plan_compute (&inputs);
  g_assert_cmpint (pf_test_plan_find_warning (warning, "goal-faster-than-fitness")->severity, ==, PF_SEVERITY_WARNING);
  inputs.goal_time_s = best * 0.93;
  danger = pf_test_plan_compute (&inputs);
  g_assert_cmpint (pf_test_plan_find_warning (danger, "goal-faster-than-fitness")->severity, ==, PF_SEVERITY_DANGER);
}

static void
test_pace_above_threshold (void)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(PfPlan) quiet = NULL;
  g_autoptr(PfPlan) fast = NULL;
  const PfWarning *w;

  sound_inputs (&inputs, flat_marathon);
  quiet = pf_test_plan_compute (&inputs);
  g_assert_null (pf_test_plan_find_warning (quiet, "pace-above-threshold"));

  /* A 3:00 goal with a 10 % negative split pushes the second half (~4:03 /km) past the
   * threshold pace of a 40:00 10K runner (~4:08 /km). */
  inputs.goal_time_s = 3 * 3600;
  inputs.strategy = PF_STRATEGY_NEGATIVE;
  inputs.strategy_pct = 10.0;
  fast = pf_test_plan_compute (&inputs);
  w = pf_test_plan_find_warning (fast, "pace-above-threshold");
  assert_complete (w);
  /* Located in the second half, where the faster pace is. */
  g_assert_cmpfloat (w->from_m, >=, PF_DISTANCE_MARATHON / 2.0 - 100.0);
}

static void
test_long_run_and_goal_pace (void)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(PfPlan) quiet = NULL;
  g_autoptr(PfPlan) loud = NULL;
  const PfWarning *w;

  sound_inputs (&inputs, flat_marathon);
  quiet = pf_test_plan_compute (&inputs);
  g_assert_null (pf_test_plan_find_warning (quiet, "beyond-long-run"));
  g_assert_null (pf_test_plan_find_warning (quiet, "little-goal-pace-training"));

  inputs.training.longest_run_km = 21.0;
  inputs.training.goal_pace_km = 5.0;
  loud = pf_test_plan_compute (&inputs);
  assert_complete (pf_test_plan_find_warning (loud, "beyond-long-run"));
  w = pf_test_plan_find_warning (loud, "little-goal-pace-training");
  assert_complete (w);
  g_assert_cmpfloat_with_epsilon (w->from_m, 5000.0, 1.0);
}

static void
test_fast_first_half (void)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(PfPlan) quiet = NULL;
  g_autoptr(PfPlan) loud = NULL;
  const PfWarning *w;

  sound_inputs (&inputs, flat_marathon);
  inputs.strategy = PF_STRATEGY_NEGATIVE;
  inputs.strategy_pct = 2.0;
  quiet = pf_test_plan_compute (&inputs);
  g_assert_null (pf_test_plan_find_warning (quiet, "fast-first-half"));

  inputs.strategy = PF_STRATEGY_POSITIVE;
  inputs.strategy_pct = 4.0;
  loud = pf_test_plan_compute (&inputs);
  w = pf_test_plan_find_warning (loud, "fast-first-half");
  assert_complete (w);
  g_assert_cmpfloat_with_epsilon (w->from_m, 25000.0, 1.0);
}

static void
test_late_hills (void)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(PfPlan) quiet = NULL;
  g_autoptr(PfPlan) loud = NULL;
  const PfWarning *w;

  sound_inputs (&inputs, flat_marathon);
  quiet = pf_test_plan_compute (&inputs);
  g_assert_null (pf_test_plan_find_warning (quiet, "late-hills"));

  pf_plan_inputs_set_track (&inputs, late_hill_marathon);
  inputs.official_distance_m = 0.0;
  loud = pf_test_plan_compute (&inputs);
  w = pf_test_plan_find_warning (loud, "late-hills");
  assert_complete (w);
  /* Where the climb is (the smoothing softens its ends by a few hundred metres). */
  g_assert_cmpfloat (w->from_m, >, 32500.0);
  g_assert_cmpfloat (w->from_m, <, 33500.0);
  g_assert_cmpfloat (w->to_m, >, 33700.0);
  g_assert_cmpfloat (w->to_m, <, 34500.0);
}

/* An ultra's long-run advice names more than the runner has already run: the distance at which
 * the warning stops (the race ÷ 1.5), not a marathoner's 35 km. */
static char *
format_km (PfQuantityKind kind,
           double         quantity,
           guint          digits,
           gpointer       user_data)
{
  g_assert_cmpint (kind, ==, PF_QUANTITY_DISTANCE);
  return g_strdup_printf ("%.*f km", (int) digits, quantity / 1000.0);
}

static void
test_long_run_ultra (void)
{
  g_autoptr(PfTrack) ultra = pf_test_course_new (99000.0, NULL);
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(PfPlan) plan = NULL;
  g_autofree char *action = NULL;
  const PfWarning *w;

  sound_inputs (&inputs, ultra);
  inputs.official_distance_m = 0.0;
  inputs.goal_time_s = 11 * 3600;
  inputs.training.longest_run_km = 50.0;
  plan = pf_test_plan_compute (&inputs);
  w = pf_test_plan_find_warning (plan, "beyond-long-run");
  assert_complete (w);
  action = pf_quantity_expand (w->action, format_km, NULL);
  g_assert_nonnull (strstr (action, "towards 66 km"));
  /* A marathon keeps its 35 km cap (0.75 × 42.2 km = 32 km). */
  inputs.training.longest_run_km = 21.0;
  pf_plan_inputs_set_track (&inputs, flat_marathon);
  inputs.official_distance_m = PF_DISTANCE_MARATHON;
  inputs.goal_time_s = 3 * 3600 + 20 * 60;
  g_clear_pointer (&plan, pf_plan_unref);
  plan = pf_test_plan_compute (&inputs);
  w = pf_test_plan_find_warning (plan, "beyond-long-run");
  assert_complete (w);
  g_free (action);
  action = pf_quantity_expand (w->action, format_km, NULL);
  g_assert_nonnull (strstr (action, "towards 32 km"));
}

/* Mountains: 1000 m up and down, then late a 20 m bump and a 300 m climb. The bump is 1 % of
 * the course's ascent, noise beside its real climbs: only the climb is a warning. */
static double
mountain (double d)
{
  if (d < 10000.0)
    return 500.0 + 0.1 * d;                       /* up 1000 m */
  if (d < 20000.0)
    return 1500.0 - 0.1 * (d - 10000.0);          /* and down */
  if (d < 35000.0)
    return 500.0;
  if (d < 35500.0)
    return 500.0 + 0.04 * (d - 35000.0);          /* a 20 m bump at 4 %… */
  if (d < 36000.0)
    return 520.0 - 0.04 * (d - 35500.0);          /* …and down again */
  if (d < 38000.0)
    return 500.0;
  if (d < 40000.0)
    return 500.0 + 0.15 * (d - 38000.0);          /* a 300 m climb at 15 % */
  return 800.0;
}

static void
test_late_hills_mountain (void)
{
  g_autoptr(PfTrack) track = pf_test_course_new (42195.0, mountain);
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(PfPlan) plan = NULL;
  guint climbs = 0;

  sound_inputs (&inputs, track);
  inputs.official_distance_m = 0.0;
  inputs.goal_time_s = 5 * 3600;
  plan = pf_test_plan_compute (&inputs);
  for (guint i = 0; i < pf_plan_get_n_warnings (plan); i++)
    {
      const PfWarning *w = pf_plan_get_warning (plan, i);

      if (g_strcmp0 (w->id, "late-hills") != 0)
        continue;
      climbs++;
      assert_complete (w);
      g_assert_cmpfloat (w->from_m, >, 37000.0);
    }
  g_assert_cmpuint (climbs, ==, 1);
}

static void
test_heat (void)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(PfPlan) cool = NULL;
  g_autoptr(PfPlan) warm = NULL;
  g_autoptr(PfPlan) warm_acclimatised = NULL;
  g_autoptr(PfPlan) extreme = NULL;
  const PfWarning *w;

  sound_inputs (&inputs, flat_marathon);
  cool = pf_test_plan_compute (&inputs);
  g_assert_null (pf_test_plan_find_warning (cool, "heat"));

  /* 18 → 26 °C, dew point 15: warm from part-way through. */
  inputs.conditions.start_temp_c = 18.0;
  inputs.conditions.finish_temp_c = 26.0;
  inputs.conditions.humidity_kind = PF_HUMIDITY_DEW_POINT;
  inputs.conditions.humidity = 15.0;
  warm = pf_test_plan_compute (&inputs);
  w = pf_test_plan_find_warning (warm, "heat");
  assert_complete (w);
  g_assert_cmpint (w->severity, ==, PF_SEVERITY_WARNING);
  g_assert_cmpfloat (w->to_m, >, w->from_m);
  /* Acclimatised runners tolerate more before the warning. */
  inputs.training.acclimatised = TRUE;
  warm_acclimatised = pf_test_plan_compute (&inputs);
  g_assert_true (pf_test_plan_find_warning (warm_acclimatised, "heat") == NULL
                 || pf_test_plan_find_warning (warm_acclimatised, "heat")->from_m > w->from_m);

  inputs.conditions.start_temp_c = 30.0;
  inputs.conditions.finish_temp_c = 34.0;
  inputs.conditions.humidity = 24.0;
  extreme = pf_test_plan_compute (&inputs);
  g_assert_cmpint (pf_test_plan_find_warning (extreme, "heat")->severity, ==, PF_SEVERITY_DANGER);
}

/* The danger line is Hadley's own 180 °F of temperature + dew point (Hadley 2013), or the
 * ACSM's 28 °C WBGT; 175 °F is hot but below Hadley's line. In the shade WBGT any
 * 175 °F day passes 28 °C, so the two lines are tested apart. */
static void
test_heat_danger_line (void)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(PfPlan) plan = NULL;

  g_assert_cmpfloat (PF_HADLEY_DANGER_F, ==, 180.0);
  g_assert_false (pf_heat_is_extreme (175.0, 27.0));
  g_assert_true (pf_heat_is_extreme (181.0, 27.0));
  g_assert_true (pf_heat_is_extreme (175.0, PF_WBGT_DANGER_C));
  g_assert_false (pf_heat_is_extreme (PF_HADLEY_DANGER_F, 27.9));

  /* 35 °C with a dew point of 30 °C: 95 + 86 = 181 °F. */
  sound_inputs (&inputs, flat_marathon);
  inputs.conditions.start_temp_c = 35.0;
  inputs.conditions.humidity_kind = PF_HUMIDITY_DEW_POINT;
  inputs.conditions.humidity = 30.0;
  plan = pf_test_plan_compute (&inputs);
  g_assert_cmpfloat (pf_plan_get_max_hadley_f (plan), >, 180.0);
  g_assert_cmpint (pf_test_plan_find_warning (plan, "heat")->severity, ==, PF_SEVERITY_DANGER);
  {
    const char *reason = pf_test_plan_find_warning (plan, "heat")->reason;
    g_autofree char *imperial = pf_units_expand (PF_UNITS_IMPERIAL, reason);
    g_autofree char *metric = pf_units_expand (PF_UNITS_METRIC, reason);

    /* Hadley's line in his own °F, and as the same sum in °C: (180 − 64) / 1.8. */
    g_assert_nonnull (strstr (imperial, "180 °F"));
    g_assert_nonnull (strstr (metric, "64 °C"));
    g_assert_null (strstr (metric, "°F"));
  }
}

/* No training entered: the plan says it cannot check the goal against training. */
static void
test_training_data (void)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(PfPlan) trained = NULL;
  g_autoptr(PfPlan) untrained = NULL;
  g_autoptr(PfPlan) long_run_only = NULL;

  sound_inputs (&inputs, flat_marathon);
  trained = pf_test_plan_compute (&inputs);
  g_assert_true (pf_plan_has_training_data (trained));

  inputs.training.weekly_km = 0.0;
  inputs.training.longest_run_km = 0.0;
  untrained = pf_test_plan_compute (&inputs);
  g_assert_false (pf_plan_has_training_data (untrained));

  inputs.training.longest_run_km = 30.0;
  long_run_only = pf_test_plan_compute (&inputs);
  g_assert_true (pf_plan_has_training_data (long_run_only));
}

static void
test_mass_loss_and_overdrinking (void)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(PfPlan) quiet = NULL;
  g_autoptr(PfPlan) dry = NULL;
  g_autoptr(PfPlan) wet = NULL;
  g_autoptr(PfPlan) slow = NULL;
  const PfWarning *w;

  sound_inputs (&inputs, flat_marathon);
  quiet = pf_test_plan_compute (&inputs);
  g_assert_null (pf_test_plan_find_warning (quiet, "mass-loss"));
  g_assert_null (pf_test_plan_find_warning (quiet, "overdrinking"));

  /* Warm, with a low ceiling: the loss passes 2 %, from somewhere on the course, but not
   * the limit past which the plan is not feasible (that danger says it instead). */
  inputs.conditions.start_temp_c = 14.0;
  inputs.conditions.humidity = 60.0;
  inputs.fuel.fluid_ceiling_l_per_h = 0.5;
  dry = pf_test_plan_compute (&inputs);
  g_assert_true (pf_plan_get_feasibility (dry)->feasible);
  w = pf_test_plan_find_warning (dry, "mass-loss");
  assert_complete (w);
  g_assert_cmpfloat (w->from_m, >, 0.0);
  g_assert_cmpfloat (w->from_m, <, PF_DISTANCE_MARATHON);
  /* The ceiling holds the drinking back: the reason says the safe limits. */
  g_assert_nonnull (strstr (w->reason, "safe limits"));
  g_assert_false (pf_fuel_held_by_course (pf_plan_get_fuel (dry), inputs.runner.mass_kg));

  /* A cool day with no station on the course: the places to drink hold it back, not the heat
   * nor the limits, and the warning says so (it said "in this heat" at 9 °C). */
  sound_inputs (&inputs, flat_marathon);
  g_array_set_size (inputs.fuel.extra_aid_m, 0);
  g_clear_pointer (&dry, pf_plan_unref);
  dry = pf_test_plan_compute (&inputs);
  w = pf_test_plan_find_warning (dry, "mass-loss");
  assert_complete (w);
  g_assert_true (pf_fuel_held_by_course (pf_plan_get_fuel (dry), inputs.runner.mass_kg));
  g_assert_null (strstr (w->reason, "heat"));
  g_assert_nonnull (strstr (w->reason, "places to drink"));
  g_assert_nonnull (strstr (w->action, "aid stations"));

  /* A fixed target above what a small runner sweats on a cool day: danger. */
  sound_inputs (&inputs, flat_marathon);
  inputs.runner.mass_kg = 50.0;
  inputs.runner.height_cm = 158.0;
  inputs.fuel.fluid_per_hour_l = 1.2;
  wet = pf_test_plan_compute (&inputs);
  g_assert_cmpint (pf_test_plan_find_warning (wet, "overdrinking")->severity, ==, PF_SEVERITY_DANGER);

  /* Slower than 4 h, drinking at every one of many stations: the plan's own schedule never
   * drinks more than the sweat of any hour, so it is not overdrinking (issue 16; it was a
   * warning before, judged on the count of stations). */
  sound_inputs (&inputs, flat_marathon);
  g_array_set_size (inputs.fuel.extra_aid_m, 0);
  for (double d = 2500.0; d < 42000.0; d += 2500.0)
    g_array_append_val (inputs.fuel.extra_aid_m, d);
  inputs.goal_time_s = 4.6 * 3600;
  g_array_set_size (inputs.races, 0);
  inputs.conditions.start_temp_c = 20.0;
  slow = pf_test_plan_compute (&inputs);
  g_assert_null (pf_test_plan_find_warning (slow, "overdrinking"));
}

static void
test_sodium_cramp_risk (void)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(PfPlan) cool = NULL;
  g_autoptr(PfPlan) hot = NULL;
  g_autoptr(PfPlan) typical_hot = NULL;

  sound_inputs (&inputs, flat_marathon);
  inputs.runner.cramp_prone = TRUE;
  cool = pf_test_plan_compute (&inputs);
  g_assert_null (pf_test_plan_find_warning (cool, "sodium-cramp-risk"));

  inputs.runner.cramp_prone = FALSE;
  inputs.conditions.start_temp_c = 24.0;
  typical_hot = pf_test_plan_compute (&inputs);
  g_assert_null (pf_test_plan_find_warning (typical_hot, "sodium-cramp-risk"));

  inputs.runner.cramp_prone = TRUE;
  hot = pf_test_plan_compute (&inputs);
  assert_complete (pf_test_plan_find_warning (hot, "sodium-cramp-risk"));
  /* Stations only: the advice does not speak of mixing a bottle the runner does not carry. */
  g_assert_false (pf_plan_get_fuel (hot)->bottle);
  g_assert_null (strstr (pf_test_plan_find_warning (hot, "sodium-cramp-risk")->action, "Mix"));
  /* With a bottle it names the strength the plan mixes (issue 16; it said 1.5 g/L whatever
   * the plan used). */
  {
    g_autoptr(PfPlan) bottle = NULL;
    g_autofree char *strength = NULL;

    inputs.fuel.carry_bottle_ml = 500.0;
    bottle = pf_test_plan_compute (&inputs);
    g_assert_true (pf_plan_get_fuel (bottle)->bottle);
    strength = g_strdup_printf ("%.2f g/L", pf_plan_get_fuel (bottle)->drink.sodium_g_per_l);
    g_assert_nonnull (strstr (pf_test_plan_find_warning (bottle, "sodium-cramp-risk")->action,
                              strength));
  }
}

static void
test_carbohydrate_warnings (void)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(PfPlan) quiet = NULL;
  g_autoptr(PfPlan) gut = NULL;
  g_autoptr(PfPlan) single = NULL;
  g_autoptr(PfPlan) strong = NULL;

  sound_inputs (&inputs, flat_marathon);
  quiet = pf_test_plan_compute (&inputs);
  g_assert_null (pf_test_plan_find_warning (quiet, "gut-carbs"));
  g_assert_null (pf_test_plan_find_warning (quiet, "single-source-carbs"));
  g_assert_null (pf_test_plan_find_warning (quiet, "strong-drink"));

  inputs.fuel.carbs_per_hour_g = 90.0;
  gut = pf_test_plan_compute (&inputs);
  assert_complete (pf_test_plan_find_warning (gut, "gut-carbs"));
  g_assert_null (pf_test_plan_find_warning (gut, "single-source-carbs"));

  inputs.fuel.drink_fructose_pct = 0.0;
  single = pf_test_plan_compute (&inputs);
  assert_complete (pf_test_plan_find_warning (single, "single-source-carbs"));

  inputs.fuel.carbs_per_hour_g = 0.0;
  inputs.fuel.drink_fructose_pct = NAN;
  inputs.fuel.drink_carbs_g_per_l = 100.0;
  strong = pf_test_plan_compute (&inputs);
  assert_complete (pf_test_plan_find_warning (strong, "strong-drink"));
  /* The rail holds all the same: the plan dilutes the mix to 8 %. */
  g_assert_cmpfloat (pf_plan_get_fuel (strong)->drink.carbs_g_per_l, <=, 80.0);
}

/* The goal cases against the run by feel on a flat marathon. A 3:29 goal from a
 * 45:16 10K (Daniels: 3:28:27) is sound on a cool day but not at 27 °C with a dew point of
 * 20 °C, where the same runner by feel needs some 3:37; a 3:30 goal on a cool day with the
 * training to match stays quiet. */
static void
test_goal_against_the_day (void)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(PfPlan) cool = NULL;
  g_autoptr(PfPlan) hot = NULL;
  const PfWarning *w;

  pf_plan_inputs_init (&inputs);
  pf_plan_inputs_set_track (&inputs, flat_marathon);
  inputs.official_distance_m = PF_DISTANCE_MARATHON;
  pf_plan_inputs_add_race (&inputs, 10000.0, 45 * 60 + 16);
  inputs.training.weekly_km = 60.0;
  inputs.training.longest_run_km = 32.0;
  inputs.goal_time_s = 3 * 3600 + 30 * 60;
  inputs.conditions.start_temp_c = 10.0;
  inputs.conditions.humidity = 60.0;
  cool = pf_test_plan_compute (&inputs);
  g_assert_null (pf_test_plan_find_warning (cool, "goal-faster-than-fitness"));
  g_assert_nonnull (pf_plan_get_realistic (cool));
  g_assert_cmpfloat (fabs (pf_plan_get_realistic (cool)->finish_s - (3 * 3600 + 28 * 60 + 27)),
                     <, 120.0);

  inputs.goal_time_s = 3 * 3600 + 29 * 60;
  inputs.conditions.start_temp_c = 27.0;
  inputs.conditions.humidity_kind = PF_HUMIDITY_DEW_POINT;
  inputs.conditions.humidity = 20.0;
  hot = pf_test_plan_compute (&inputs);
  w = pf_test_plan_find_warning (hot, "goal-faster-than-fitness");
  assert_complete (w);
  g_assert_cmpfloat (pf_plan_get_realistic (hot)->finish_s, >, 3 * 3600 + 35 * 60);
  g_assert_cmpfloat (pf_plan_get_realistic (hot)->heat_cost_s, >, 5 * 60);
}

/* Heat costs a slower runner more of their time and an acclimatised runner less (Ely 2007;
 * El Helou 2012; Racinais 2015): the same 27 °C / 20 °C day for a 2:30 and a 4:45 runner. */
static void
test_heat_by_level (void)
{
  double fast = pf_heat_runner_scale (2.5 * 3600, FALSE);
  double slow = pf_heat_runner_scale (4.75 * 3600, FALSE);
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(PfPlan) elite = NULL;
  g_autoptr(PfPlan) jogger = NULL;
  g_autoptr(PfPlan) adapted = NULL;
  double elite_pct, jogger_pct, adapted_pct;

  g_assert_cmpfloat (fast, <, 1.0);
  g_assert_cmpfloat (slow, >, 1.0);
  g_assert_cmpfloat (pf_heat_runner_scale (4.75 * 3600, TRUE), <, slow);

  pf_plan_inputs_init (&inputs);
  pf_plan_inputs_set_track (&inputs, flat_marathon);
  inputs.official_distance_m = PF_DISTANCE_MARATHON;
  inputs.conditions.start_temp_c = 27.0;
  inputs.conditions.humidity_kind = PF_HUMIDITY_DEW_POINT;
  inputs.conditions.humidity = 20.0;
  inputs.goal_time_s = 2.5 * 3600;
  elite = pf_test_plan_compute (&inputs);
  inputs.goal_time_s = 4.75 * 3600;
  jogger = pf_test_plan_compute (&inputs);
  inputs.training.acclimatised = TRUE;
  adapted = pf_test_plan_compute (&inputs);

  elite_pct = pf_plan_get_heat_cost (elite) / pf_plan_get_finish_time (elite);
  jogger_pct = pf_plan_get_heat_cost (jogger) / pf_plan_get_finish_time (jogger);
  adapted_pct = pf_plan_get_heat_cost (adapted) / pf_plan_get_finish_time (adapted);
  g_assert_cmpfloat (jogger_pct, >, elite_pct * 1.2);
  g_assert_cmpfloat (adapted_pct, <, jogger_pct * 0.8);
}

/* The record curve passes through the records, and the long ratios are the records' own:
 * 100 km / marathon = 6:05:41 / 2:00:35 ≈ 3.03 (the example). */
static void
test_record_curve (void)
{
  g_assert_cmpfloat_with_epsilon (pf_record_time (42195.0), 2 * 3600 + 35.0, 0.01);
  g_assert_cmpfloat_with_epsilon (pf_record_time (100000.0), 6 * 3600 + 5 * 60 + 41.0, 0.01);
  g_assert_cmpfloat_with_epsilon (pf_record_ratio (42195.0, 100000.0), 3.03, 0.01);
  for (double d = 1000.0; d < 2.0e6; d *= 1.1)
    g_assert_cmpfloat (pf_record_time (d * 1.1), >, pf_record_time (d));
  g_assert_cmpfloat_with_epsilon (pf_itra_effort_distance (101000.0, 6100.0), 162000.0, 0.01);
}

/* No prediction from a shorter race beats the world-record ratio, for any model, any level,
 * any distance from 5 km to 100 km; past the marathon only the record curve (and the
 * runner's own exponent) predicts. */
static void
test_predictions_never_beat_records (void)
{
  const double from[] = { 5000.0, 10000.0, 21097.5, 42195.0 };
  const double targets[] = { 5000.0, 10000.0, 21097.5, 30000.0, 42195.0, 50000.0, 100000.0 };

  for (guint f = 0; f < G_N_ELEMENTS (from); f++)
    for (double ratio = 1.0; ratio <= 2.5; ratio += 0.25)  /* world-record level to a jog */
      {
        double from_s = pf_record_time (from[f]) * ratio;
        double times[2] = { from_s, from_s * 2.2 };
        double dists[2] = { from[f], from[f] * 2.0 };

        for (guint t = 0; t < G_N_ELEMENTS (targets); t++)
          for (guint n = 1; n <= 2; n++)
            {
              g_autoptr(GArray) all = pf_predict_all (dists, times, n, targets[t]);

              g_assert_cmpuint (all->len, >, 0);
              for (guint i = 0; i < all->len; i++)
                {
                  const PfPrediction *p = &g_array_index (all, PfPrediction, i);

                  if (targets[t] > p->from_distance_m)
                    g_assert_cmpfloat (p->time_s, >=,
                                       p->from_time_s
                                       * pf_record_ratio (p->from_distance_m, targets[t]) - 0.01);
                  if (targets[t] > PF_ROAD_MODELS_MAX_M)
                    g_assert_true (p->model == PF_PREDICTION_RECORDS
                                   || p->model == PF_PREDICTION_RIEGEL_PERSONAL);
                }
            }
      }
}

/* The case: a 3:30 marathoner over 100 km. VDOT said 8:24 and Riegel 8:44 (2.4 ×);
 * the records say at least 3.03 ×. */
static void
test_ultra_prediction (void)
{
  double d = 42195.0, t = 3.5 * 3600.0;
  g_autoptr(GArray) all = pf_predict_all (&d, &t, 1, 100000.0);
  const PfPrediction *p = &g_array_index (all, PfPrediction, 0);

  g_assert_cmpuint (all->len, ==, 1);
  g_assert_cmpint (p->model, ==, PF_PREDICTION_RECORDS);
  g_assert_cmpfloat (p->time_s, >=, t * 3.03);
  g_assert_cmpfloat (p->time_s, <, t * 3.1);
  g_assert_nonnull (pf_prediction_model_get_basis (p->model));
}

static void
test_checklist (void)
{
  PfCheck check;

  for (guint i = 0; i < PF_N_CHECKS; i++)
    {
      g_assert_true (pf_check_from_id (pf_check_id (i), &check));
      g_assert_cmpint (check, ==, i);
      g_assert_true (g_str_has_suffix (pf_check_question (i), "?"));
    }
  g_assert_false (pf_check_from_id ("lucky-socks", &check));
  g_assert_nonnull (strstr (pf_cramp_response (), "stretch"));
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);

  flat_marathon = pf_test_course_new (42195.0, NULL);
  late_hill_marathon = pf_test_course_new (42195.0, late_hill);

  g_test_add_func ("/warnings/sound-plan", test_sound_plan_is_quiet);
  g_test_add_func ("/warnings/cramp-scenario", test_cramp_scenario);
  g_test_add_func ("/warnings/goal-faster-than-fitness", test_goal_faster_than_fitness);
  g_test_add_func ("/warnings/pace-above-threshold", test_pace_above_threshold);
  g_test_add_func ("/warnings/long-run-goal-pace", test_long_run_and_goal_pace);
  g_test_add_func ("/warnings/fast-first-half", test_fast_first_half);
  g_test_add_func ("/warnings/late-hills", test_late_hills);
  g_test_add_func ("/warnings/late-hills/mountain", test_late_hills_mountain);
  g_test_add_func ("/warnings/long-run/ultra", test_long_run_ultra);
  g_test_add_func ("/warnings/heat", test_heat);
  g_test_add_func ("/warnings/heat-danger-line", test_heat_danger_line);
  g_test_add_func ("/warnings/training-data", test_training_data);
  g_test_add_func ("/warnings/drinking", test_mass_loss_and_overdrinking);
  g_test_add_func ("/warnings/sodium", test_sodium_cramp_risk);
  g_test_add_func ("/warnings/carbohydrate", test_carbohydrate_warnings);
  g_test_add_func ("/predict/record-curve", test_record_curve);
  g_test_add_func ("/warnings/goal-against-the-day", test_goal_against_the_day);
  g_test_add_func ("/warnings/heat-by-level", test_heat_by_level);
  g_test_add_func ("/predict/never-beat-records", test_predictions_never_beat_records);
  g_test_add_func ("/predict/ultra", test_ultra_prediction);
  g_test_add_func ("/checklist", test_checklist);

  status = g_test_run ();
  pf_track_unref (flat_marathon);
  pf_track_unref (late_hill_marathon);
  return status;
}
