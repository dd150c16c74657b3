/* test-pacing.c — the pacing plan: splits that add up, grades and heat that cost what the
 * models say, strategies that do what they promise
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "core/pacefuel-core.h"
#include "core/pf-bisect.h"
#include "pf-test-course.h"
#include "pf-test-util.h"

static double
steady_four_percent (double d)
{
  return 100.0 + 0.04 * d;
}

static double
rolling_hills (double d)
{
  return 200.0 + 40.0 * sin (d / 1500.0);
}

static PfPlan *
compute (PfPlanInputs *inputs)
{
  g_autoptr(GError) error = NULL;
  PfPlan *plan = pf_plan_compute (inputs, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  return plan;
}

static double
sum_of_splits (const PfPlan *plan)
{
  double total = 0.0;

  for (guint i = 0; i < pf_plan_get_n_splits (plan); i++)
    total += pf_plan_get_split (plan, i)->time_s;

  return total;
}

static void
assert_splits_add_up (PfPlanInputs *inputs,
                      double        goal_s)
{
  static const PfGradeModel models[] = {
    PF_GRADE_MODEL_STRAVA, PF_GRADE_MODEL_MINETTI, PF_GRADE_MODEL_ULTRAPACER
  };
  static const struct { PfStrategy strategy; double pct; } strategies[] = {
    { PF_STRATEGY_EVEN_EFFORT, 0 }, { PF_STRATEGY_EVEN_PACE, 0 },
    { PF_STRATEGY_NEGATIVE, 3 }, { PF_STRATEGY_POSITIVE, 5 },
  };
  static const PfSplitUnit units[] = { PF_SPLIT_KM, PF_SPLIT_MILE, PF_SPLIT_AID };

  inputs->pace_mode = PF_PACE_MODE_GOAL;
  inputs->goal_time_s = goal_s;

  for (guint m = 0; m < G_N_ELEMENTS (models); m++)
    for (guint s = 0; s < G_N_ELEMENTS (strategies); s++)
      for (guint u = 0; u < G_N_ELEMENTS (units); u++)
        {
          g_autoptr(PfPlan) plan = NULL;
          const PfSplit *last;

          inputs->grade_model = models[m];
          inputs->strategy = strategies[s].strategy;
          inputs->strategy_pct = strategies[s].pct;
          inputs->split_unit = units[u];
          plan = compute (inputs);

          g_assert_cmpfloat_with_epsilon (pf_plan_get_finish_time (plan), goal_s, 1.0);
          g_assert_cmpfloat_with_epsilon (sum_of_splits (plan), goal_s, 1.0);
          last = pf_plan_get_split (plan, pf_plan_get_n_splits (plan) - 1);
          g_assert_cmpfloat_with_epsilon (last->elapsed_s, goal_s, 1.0);
          g_assert_cmpfloat_with_epsilon (last->end_m,
                                          pf_course_get_distance (pf_plan_get_course (plan)), 0.01);
        }
}

static void
test_splits_sum_synthetic (void)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(PfTrack) flat = pf_test_course_new (10000.0, NULL);
  g_autoptr(PfTrack) hills = pf_test_course_new (21097.5, rolling_hills);

  pf_plan_inputs_init (&inputs);
  inputs.conditions.start_temp_c = 15.0;
  inputs.conditions.finish_temp_c = 24.0;

  pf_plan_inputs_set_track (&inputs, flat);
  assert_splits_add_up (&inputs, 45 * 60);
  pf_plan_inputs_set_track (&inputs, hills);
  assert_splits_add_up (&inputs, 1 * 3600 + 45 * 60 + 30);
}

/* Aid-station splits end at the stations the runner added too (issue 15): in order, named,
 * the ones at the start, the finish or past it making no split of their own. */
static void
test_splits_at_added_stations (void)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(PfTrack) flat = pf_test_course_new (21097.5, NULL);
  g_autoptr(PfPlan) plan = NULL;
  static const double added[] = { 15000.0, 5000.0, 0.0, 10000.0, 21097.5, 30000.0 };
  static const double ends[] = { 5000.0, 10000.0, 15000.0, 21097.5 };

  pf_plan_inputs_init (&inputs);
  pf_plan_inputs_set_track (&inputs, flat);
  inputs.goal_time_s = 1 * 3600 + 45 * 60;
  inputs.split_unit = PF_SPLIT_AID;
  g_array_append_vals (inputs.fuel.extra_aid_m, added, G_N_ELEMENTS (added));
  plan = compute (&inputs);

  g_assert_cmpuint (pf_plan_get_n_splits (plan), ==, G_N_ELEMENTS (ends));
  for (guint i = 0; i < G_N_ELEMENTS (ends); i++)
    {
      const PfSplit *s = pf_plan_get_split (plan, i);

      g_assert_cmpuint (s->index, ==, i + 1);
      /* The last split ends at the course's measured distance. */
      g_assert_cmpfloat_with_epsilon (s->end_m, i + 1 < G_N_ELEMENTS (ends) ? ends[i]
                                      : pf_course_get_distance (pf_plan_get_course (plan)), 0.01);
      if (i + 1 < G_N_ELEMENTS (ends))
        g_assert_nonnull (s->name);
      else
        g_assert_null (s->name);
    }
  g_assert_cmpfloat_with_epsilon (sum_of_splits (plan), inputs.goal_time_s, 1.0);

  /* Without added stations the synthetic course (no stations of its own) is one split. */
  g_array_set_size (inputs.fuel.extra_aid_m, 0);
  g_clear_pointer (&plan, pf_plan_unref);
  plan = compute (&inputs);
  g_assert_cmpuint (pf_plan_get_n_splits (plan), ==, 1);
}

/* A station every N km or mi in one step (issue 17): every spacing from the start, none
 * within 500 m of the finish, bounded by from and to, never twice at one place. */
static void
test_aid_every (void)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(PfTrack) flat = pf_test_course_new (42195.0, NULL);
  GArray *aid;

  pf_plan_inputs_init (&inputs);
  aid = inputs.fuel.extra_aid_m;
  /* Nothing to place them along yet. */
  g_assert_true (pf_plan_inputs_add_aid_every (&inputs, NULL, 5000.0, NAN, NAN));
  g_assert_cmpuint (aid->len, ==, 0);

  pf_plan_inputs_set_track (&inputs, flat);
  inputs.official_distance_m = PF_DISTANCE_MARATHON;
  g_assert_true (pf_plan_inputs_add_aid_every (&inputs, NULL, 5000.0, NAN, NAN));
  g_assert_cmpuint (aid->len, ==, 8);
  for (guint i = 0; i < aid->len; i++)
    g_assert_cmpfloat (g_array_index (aid, double, i), ==, 5000.0 * (i + 1));

  /* Asked again, nothing new; a station 30 m off one listed is that one. */
  g_assert_true (pf_plan_inputs_add_aid_every (&inputs, NULL, 5000.0, 0.0, 0.0));
  g_assert_cmpuint (aid->len, ==, 8);
  g_array_set_size (aid, 0);
  {
    double own[] = { 10030.0, 12000.0 };

    g_array_append_vals (aid, own, G_N_ELEMENTS (own));
  }
  g_assert_true (pf_plan_inputs_add_aid_every (&inputs, NULL, 5000.0, NAN, NAN));
  g_assert_cmpuint (aid->len, ==, 9);  /* 7 new, the runner's two kept, in order */
  g_assert_cmpfloat (g_array_index (aid, double, 1), ==, 10030.0);
  g_assert_cmpfloat (g_array_index (aid, double, 2), ==, 12000.0);
  g_assert_cmpfloat (g_array_index (aid, double, 3), ==, 15000.0);

  /* From 2 km to 30 km, every 2.5 km: 2, 4.5, …, 29.5 km. */
  g_array_set_size (aid, 0);
  g_assert_true (pf_plan_inputs_add_aid_every (&inputs, NULL, 2500.0, 2000.0, 30000.0));
  g_assert_cmpuint (aid->len, ==, 12);
  g_assert_cmpfloat (g_array_index (aid, double, 0), ==, 2000.0);
  g_assert_cmpfloat (g_array_index (aid, double, 11), ==, 29500.0);
  /* The bound is a station when it falls on one. */
  g_array_set_size (aid, 0);
  g_assert_true (pf_plan_inputs_add_aid_every (&inputs, NULL, 5000.0, NAN, 20000.0));
  g_assert_cmpuint (aid->len, ==, 4);
  g_assert_cmpfloat (g_array_index (aid, double, 3), ==, 20000.0);

  /* Every 3 miles stays on the miles, and the finish keeps its 500 m: on a 40.4 km course
   * the station at 40.2 km (25 mi) is left out. */
  g_array_set_size (aid, 0);
  g_assert_true (pf_plan_inputs_add_aid_every (&inputs, NULL, 3 * 1609.344, NAN, NAN));
  g_assert_cmpuint (aid->len, ==, 8);
  for (guint i = 0; i < aid->len; i++)
    g_assert_cmpfloat_with_epsilon (g_array_index (aid, double, i), 4828.032 * (i + 1), 1e-6);
  g_array_set_size (aid, 0);
  inputs.official_distance_m = 40400.0;
  g_assert_true (pf_plan_inputs_add_aid_every (&inputs, NULL, 1609.344, NAN, NAN));
  g_assert_cmpuint (aid->len, ==, 24);
  inputs.official_distance_m = PF_DISTANCE_MARATHON;

  /* Refused, adding nothing: closer than 500 m, not a number, a range ending before it starts. */
  g_array_set_size (aid, 0);
  g_assert_false (pf_plan_inputs_add_aid_every (&inputs, NULL, 499.0, NAN, NAN));
  g_assert_false (pf_plan_inputs_add_aid_every (&inputs, NULL, NAN, NAN, NAN));
  g_assert_false (pf_plan_inputs_add_aid_every (&inputs, NULL, INFINITY, NAN, NAN));
  g_assert_false (pf_plan_inputs_add_aid_every (&inputs, NULL, 5000.0, 10000.0, 8000.0));
  g_assert_false (pf_plan_inputs_add_aid_every (&inputs, NULL, 5000.0, NAN, 3000.0));
  g_assert_cmpuint (aid->len, ==, 0);
}

static void
test_splits_sum_real_courses (void)
{
  g_autofree char *shared = pf_test_shared_path ("courses", NULL);
  static const struct { const char *file; double goal_s; } courses[] = {
    { "boston_marathon.gpx", 3.5 * 3600 },
    { "berlin_marathon.gpx", 2 * 3600 + 59 * 60 + 59 },
    { "new_york_marathon.gpx", 4 * 3600 + 12 * 60 },
    { "lake-sonoma-55k.gpx", 7 * 3600 },
    { "utmb-170.gpx", 40 * 3600 },
  };

  if (shared == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (courses); i++)
    {
      g_autofree char *path = g_build_filename (shared, courses[i].file, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(PfTrack) track = pf_import_path (path, &error);
      g_auto(PfPlanInputs) inputs = { 0 };

      g_assert_no_error (error);
      pf_plan_inputs_init (&inputs);
      pf_plan_inputs_set_track (&inputs, track);
      inputs.conditions.start_temp_c = 10.0;
      inputs.conditions.finish_temp_c = 25.0;
      assert_splits_add_up (&inputs, courses[i].goal_s);
    }
}

static void
test_even_pace_flat (void)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(PfTrack) flat = pf_test_course_new (10000.0, NULL);
  g_autoptr(PfPlan) plan = NULL;

  pf_plan_inputs_init (&inputs);
  pf_plan_inputs_set_track (&inputs, flat);
  inputs.goal_time_s = 50 * 60;
  inputs.strategy = PF_STRATEGY_EVEN_PACE;
  inputs.official_distance_m = 10000.0;
  plan = compute (&inputs);

  g_assert_cmpuint (pf_plan_get_n_splits (plan), ==, 10);
  for (guint i = 0; i < 10; i++)
    g_assert_cmpfloat_with_epsilon (pf_plan_get_split (plan, i)->time_s, 300.0, 0.01);
}

/* On a steady +4 % grade, away from the smoothing at the ends, a kilometre takes exactly
 * the model's factor times the flat pace. */
static void
test_steady_grade_costs_model_factor (void)
{
  static const PfGradeModel models[] = {
    PF_GRADE_MODEL_STRAVA, PF_GRADE_MODEL_MINETTI, PF_GRADE_MODEL_ULTRAPACER
  };
  g_autoptr(PfTrack) climb = pf_test_course_new (6000.0, steady_four_percent);

  g_assert_cmpfloat_with_epsilon (pf_grade_factor (PF_GRADE_MODEL_STRAVA, 0.04), 1.135, 1e-9);

  for (guint m = 0; m < G_N_ELEMENTS (models); m++)
    {
      g_auto(PfPlanInputs) inputs = { 0 };
      g_autoptr(PfPlan) plan = NULL;
      const PfSplit *middle;
      double flat_pace, expected;

      pf_plan_inputs_init (&inputs);
      pf_plan_inputs_set_track (&inputs, climb);
      inputs.grade_model = models[m];
      inputs.goal_time_s = 40 * 60;
      plan = compute (&inputs);

      middle = pf_plan_get_split (plan, 2);  /* 2–3 km: far from both ends */
      flat_pace = pf_plan_get_flat_pace (plan);
      expected = (middle->end_m - middle->start_m) * flat_pace
                 * pf_grade_factor (models[m], 0.04);
      g_assert_cmpfloat_with_epsilon (middle->time_s / expected, 1.0, 0.002);
      /* Grade-adjusted pace removes the grade again. */
      g_assert_cmpfloat_with_epsilon (middle->flat_time_s,
                                      (middle->end_m - middle->start_m) * flat_pace, 0.5);
    }
}

static void
test_negative_and_positive_splits (void)
{
  g_autoptr(PfTrack) flat = pf_test_course_new (21097.5, NULL);
  static const struct { PfStrategy strategy; double pct; double ratio; } cases[] = {
    { PF_STRATEGY_NEGATIVE, 2.0, 0.98 },
    { PF_STRATEGY_NEGATIVE, 5.0, 0.95 },
    { PF_STRATEGY_POSITIVE, 4.0, 1.04 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(PfPlanInputs) inputs = { 0 };
      g_autoptr(PfPlan) plan = NULL;
      double distance, half_time;

      pf_plan_inputs_init (&inputs);
      pf_plan_inputs_set_track (&inputs, flat);
      inputs.goal_time_s = 1.5 * 3600;
      inputs.strategy = cases[i].strategy;
      inputs.strategy_pct = cases[i].pct;
      plan = compute (&inputs);

      distance = pf_course_get_distance (pf_plan_get_course (plan));
      half_time = pf_plan_elapsed_at (plan, distance / 2.0);
      g_assert_cmpfloat_with_epsilon ((pf_plan_get_finish_time (plan) - half_time) / half_time,
                                      cases[i].ratio, 1e-4);
    }
}

static void
test_cool_weather_costs_nothing (void)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(PfTrack) flat = pf_test_course_new (10000.0, NULL);
  g_autoptr(PfPlan) plan = NULL;

  pf_plan_inputs_init (&inputs);
  pf_plan_inputs_set_track (&inputs, flat);
  inputs.conditions.start_temp_c = 8.0;
  inputs.conditions.humidity = 70.0;
  plan = compute (&inputs);

  g_assert_cmpfloat (pf_plan_get_heat_cost (plan), ==, 0.0);
  g_assert_cmpfloat (pf_plan_get_max_hadley_f (plan), <, 100.0);
}

/* At even effort on a warming morning, the later kilometres are slower. */
static void
test_warming_day_slows_later_splits (void)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(PfTrack) flat = pf_test_course_new (21097.5, NULL);
  g_autoptr(PfPlan) plan = NULL;
  g_autoptr(PfPlan) hourly_plan = NULL;
  PfWeatherHour hours[] = {
    { 8 * 3600, 14.0, 12.0 }, { 9 * 3600, 24.0, 16.0 }, { 10 * 3600, 30.0, 20.0 },
  };
  const PfSplit *first, *last;

  pf_plan_inputs_init (&inputs);
  pf_plan_inputs_set_track (&inputs, flat);
  inputs.goal_time_s = 2 * 3600;
  inputs.conditions.humidity_kind = PF_HUMIDITY_DEW_POINT;
  inputs.conditions.humidity = 14.0;
  inputs.conditions.start_temp_c = 15.0;
  inputs.conditions.finish_temp_c = 28.0;
  plan = compute (&inputs);

  first = pf_plan_get_split (plan, 0);
  last = pf_plan_get_split (plan, 19);
  g_assert_cmpfloat (last->time_s, >, first->time_s * 1.015);
  g_assert_cmpfloat (last->temp_c, >, first->temp_c + 10.0);
  g_assert_cmpfloat (pf_plan_get_heat_cost (plan), >, 60.0);
  for (guint i = 1; i < 20; i++)
    g_assert_cmpfloat (pf_plan_get_split (plan, i)->time_s, >=,
                       pf_plan_get_split (plan, i - 1)->time_s - 1e-6);

  /* The same from an hourly table: the temperature where the runner is at that hour. */
  g_array_append_vals (inputs.conditions.hours, hours, G_N_ELEMENTS (hours));
  hourly_plan = compute (&inputs);
  first = pf_plan_get_split (hourly_plan, 0);
  last = pf_plan_get_split (hourly_plan, 19);
  g_assert_cmpfloat_with_epsilon (first->temp_c, 14.0 + 10.0 * (first->time_s / 2.0) / 3600.0, 0.5);
  /* Passing 19.5 km at about 1:51 — between the 9:00 (24 °C) and 10:00 (30 °C) hours. */
  g_assert_cmpfloat_with_epsilon (last->temp_c,
                                  24.0 + 6.0 * (pf_plan_elapsed_at (hourly_plan, 19500.0) - 3600.0) / 3600.0,
                                  0.5);
  g_assert_cmpfloat (last->time_s, >, first->time_s * 1.03);
}

/* Hadley's rule at its band midpoints (°F sums), and the Magnus dew point. */
static void
test_heat_model (void)
{
  /* 60 °F + 45 °F = 105 → 0.25 %; 80 + 65 = 145 → 3.75 % */
  double t1 = (60.0 - 32.0) * 5.0 / 9.0, d1 = (45.0 - 32.0) * 5.0 / 9.0;
  double t2 = (80.0 - 32.0) * 5.0 / 9.0, d2 = (65.0 - 32.0) * 5.0 / 9.0;

  g_assert_cmpfloat_with_epsilon (pf_heat_slowdown (t1, d1), 0.0025, 1e-9);
  g_assert_cmpfloat_with_epsilon (pf_heat_slowdown (t2, d2), 0.0375, 1e-9);
  g_assert_cmpfloat (pf_heat_slowdown (10.0, 0.0), ==, 0.0);
  g_assert_cmpfloat_with_epsilon (pf_heat_slowdown (40.0, 35.0), 0.10, 1e-9);

  g_assert_cmpfloat_with_epsilon (pf_dew_point (20.0, 50.0), 9.26, 0.05);
  g_assert_cmpfloat_with_epsilon (pf_relative_humidity (20.0, pf_dew_point (20.0, 50.0)), 50.0, 1e-6);
  /* WBGT (shade) ≈ 0.567 T + 0.393 e + 3.94: 30 °C, 50 % → e = 21.2 hPa → 29.3 °C */
  g_assert_cmpfloat_with_epsilon (pf_wbgt_shade (30.0, 50.0), 29.28, 0.05);
}

/* The alternative model reproduces Mantzios 2022's figures, rises with heat and with humidity,
 * and a plan on a hot day says which model it used. */
static void
test_heat_model_mantzios (void)
{
  static const struct { double t, rh, percent; } paper[] = {
    { 20, 50, 1.0 }, { 25, 50, 2.3 }, { 30, 50, 3.6 }, { 30, 70, 5.4 }, { 35, 70, 7.9 },
  };
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(PfTrack) flat = pf_test_course_new (10000, NULL);
  g_autoptr(PfPlan) hadley = NULL;
  g_autoptr(PfPlan) mantzios = NULL;
  PfHeatModel model;

  for (guint i = 0; i < G_N_ELEMENTS (paper); i++)
    g_assert_cmpfloat_with_epsilon (pf_heat_slowdown_mantzios (paper[i].t, paper[i].rh) * 100.0,
                                    paper[i].percent, 0.05);
  g_assert_cmpfloat (pf_heat_slowdown_mantzios (8.5, 50), ==, 0.0);
  for (double t = 0; t < 45; t += 0.5)
    {
      g_assert_cmpfloat (pf_heat_slowdown_mantzios (t + 0.5, 60), >=,
                         pf_heat_slowdown_mantzios (t, 60));
      g_assert_cmpfloat (pf_heat_slowdown_mantzios (t, 80), >=, pf_heat_slowdown_mantzios (t, 40));
      g_assert_cmpfloat (pf_heat_slowdown_mantzios (t, 100), <=, 0.10);
    }
  g_assert_cmpfloat_with_epsilon (pf_heat_model_slowdown (PF_HEAT_MODEL_MANTZIOS, 30.0,
                                                          pf_dew_point (30.0, 70.0)),
                                  0.054, 0.001);
  g_assert_cmpfloat (pf_heat_model_slowdown (PF_HEAT_MODEL_HADLEY, 25, 15), ==,
                     pf_heat_slowdown (25, 15));

  g_assert_cmpstr (pf_heat_model_to_string (PF_HEAT_MODEL_MANTZIOS), ==, "mantzios");
  g_assert_true (pf_heat_model_from_string ("hadley", &model));
  g_assert_cmpint (model, ==, PF_HEAT_MODEL_HADLEY);
  g_assert_false (pf_heat_model_from_string ("wbgt", &model));

  /* 30 °C at 70 %: Hadley's sum is 86 + 75 = 161 °F, about 6.2 %; Mantzios says 5.4 %. */
  pf_plan_inputs_init (&inputs);
  pf_plan_inputs_set_track (&inputs, flat);
  inputs.goal_time_s = 3000;
  inputs.conditions.start_temp_c = 30.0;
  inputs.conditions.finish_temp_c = 30.0;
  inputs.conditions.humidity = 70.0;
  hadley = compute (&inputs);
  inputs.heat_model = PF_HEAT_MODEL_MANTZIOS;
  mantzios = compute (&inputs);
  g_assert_cmpfloat (pf_plan_get_heat_cost (mantzios), <, pf_plan_get_heat_cost (hadley));
  g_assert_cmpfloat_with_epsilon (pf_plan_get_heat_cost (mantzios) / (3000 - pf_plan_get_heat_cost (mantzios)),
                                  0.054, 0.003);
}

static void
test_grade_models (void)
{
  /* Strava's points are exact; linear between them. */
  g_assert_cmpfloat_with_epsilon (pf_grade_factor (PF_GRADE_MODEL_STRAVA, -0.10), 0.876, 1e-9);
  g_assert_cmpfloat_with_epsilon (pf_grade_factor (PF_GRADE_MODEL_STRAVA, 0.0), 1.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (pf_grade_factor (PF_GRADE_MODEL_STRAVA, 0.03), 1.095, 1e-9);
  g_assert_cmpfloat_with_epsilon (pf_grade_factor (PF_GRADE_MODEL_STRAVA, 0.60), 4.286, 1e-9);
  /* Minetti: Cr(0) = 3.6 J/kg/m, f(0.1) = Cr(0.1)/3.6 */
  g_assert_cmpfloat_with_epsilon (pf_minetti_cost (0.0), 3.6, 1e-9);
  g_assert_cmpfloat_with_epsilon (pf_grade_factor (PF_GRADE_MODEL_MINETTI, 0.10),
                                  (155.4e-5 - 30.4e-4 - 43.3e-3 + 46.3e-2 + 1.95 + 3.6) / 3.6, 1e-9);
  /* ultraPacer: 0.0021 g² + 0.034 g + 1 at 10 %, linear beyond 16 % */
  g_assert_cmpfloat_with_epsilon (pf_grade_factor (PF_GRADE_MODEL_ULTRAPACER, 0.10), 1.55, 1e-9);
  g_assert_cmpfloat_with_epsilon (pf_grade_factor (PF_GRADE_MODEL_ULTRAPACER, 0.20), 2.4864, 1e-9);
}

/* Daniels' published table (VDOT 50: 5K 19:57, 10K 41:21, half 1:31:35, marathon 3:10:49). */
static void
test_predictions (void)
{
  double vdot = pf_vdot_from_race (5000.0, 19 * 60 + 57);
  g_autoptr(GArray) all = NULL;
  double distances[] = { 10000.0, 21097.5 };
  double times[] = { 45 * 60, 100 * 60 };

  g_assert_cmpfloat_with_epsilon (vdot, 50.0, 0.1);
  g_assert_cmpfloat_with_epsilon (pf_vdot_predict (50.0, 10000.0), 41 * 60 + 21, 10.0);
  g_assert_cmpfloat_with_epsilon (pf_vdot_predict (50.0, 21097.5), 3600 + 31 * 60 + 35, 20.0);
  g_assert_cmpfloat_with_epsilon (pf_vdot_predict (50.0, 42195.0), 3 * 3600 + 10 * 60 + 49, 40.0);
  g_assert_cmpfloat_with_epsilon (pf_vdot_predict (60.0, 5000.0), 17 * 60 + 3, 5.0);

  /* Riegel: T2 = T1 (D2/D1)^1.06 */
  g_assert_cmpfloat_with_epsilon (pf_riegel_predict (21097.5, 6000.0, 42195.0, 1.06),
                                  6000.0 * pow (2.0, 1.06), 1e-6);
  g_assert_cmpfloat_with_epsilon (pf_riegel_personal_exponent (10000.0, 2700.0, 21097.5, 6000.0),
                                  log (6000.0 / 2700.0) / log (2.10975), 1e-12);
  /* Cameron at equal distance gives the same time; longer is slower per metre. */
  g_assert_cmpfloat_with_epsilon (pf_cameron_predict (10000.0, 2700.0, 10000.0), 2700.0, 1e-9);
  g_assert_cmpfloat (pf_cameron_predict (10000.0, 2700.0, 42195.0), >, 2700.0 * 4.2195);

  all = pf_predict_all (distances, times, 2, 42195.0);
  g_assert_cmpuint (all->len, ==, 4);
  g_assert_cmpint (g_array_index (all, PfPrediction, 3).model, ==, PF_PREDICTION_RIEGEL_PERSONAL);
  /* From the half (nearest), with the personal exponent from 10K and half. */
  g_assert_cmpfloat_with_epsilon (g_array_index (all, PfPrediction, 3).time_s,
                                  6000.0 * pow (42195.0 / 21097.5,
                                                log (6000.0 / 2700.0) / log (2.10975)), 1e-6);
}

/* Effort mode: the flat pace comes from the prediction; on a flat, cool course the finish
 * is the VDOT prediction itself. */
static void
test_effort_mode (void)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(PfTrack) flat = pf_test_course_new (10000.0, NULL);
  g_autoptr(PfPlan) plan = NULL;

  pf_plan_inputs_init (&inputs);
  pf_plan_inputs_set_track (&inputs, flat);
  inputs.official_distance_m = 10000.0;
  inputs.pace_mode = PF_PACE_MODE_EFFORT;
  pf_plan_inputs_add_race (&inputs, 5000.0, 19 * 60 + 57);
  plan = compute (&inputs);

  g_assert_cmpfloat_with_epsilon (pf_plan_get_finish_time (plan),
                                  pf_vdot_predict (pf_vdot_from_race (5000.0, 19 * 60 + 57), 10000.0),
                                  0.5);
}

static void
test_invalid_inputs (void)
{
  g_autoptr(PfTrack) flat = pf_test_course_new (2000.0, NULL);
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(GError) error = NULL;

  pf_plan_inputs_init (&inputs);
  pf_plan_inputs_set_track (&inputs, flat);

  inputs.goal_time_s = 0.0;
  g_assert_false (pf_plan_inputs_validate (&inputs, &error));
  g_assert_error (error, PF_PLAN_ERROR, PF_PLAN_ERROR_INVALID);
  g_clear_error (&error);
  inputs.goal_time_s = 3600.0;

  inputs.conditions.start_temp_c = 80.0;
  g_assert_null (pf_plan_compute (&inputs, &error));
  g_assert_error (error, PF_PLAN_ERROR, PF_PLAN_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "80"));
  g_clear_error (&error);
  inputs.conditions.start_temp_c = 12.0;

  inputs.conditions.humidity = 120.0;
  g_assert_false (pf_plan_inputs_validate (&inputs, &error));
  g_clear_error (&error);
  inputs.conditions.humidity = 50.0;

  inputs.pace_mode = PF_PACE_MODE_EFFORT;
  g_assert_false (pf_plan_inputs_validate (&inputs, &error));
  g_clear_error (&error);
  pf_plan_inputs_add_race (&inputs, 5000.0, 60.0);  /* faster than any human */
  g_assert_false (pf_plan_inputs_validate (&inputs, &error));
  g_clear_error (&error);

}

static void
test_durations (void)
{
  double s = 0;
  gint64 t = 0;
  g_autofree char *a = pf_duration_format (3 * 3600 + 29 * 60 + 58.4);
  g_autofree char *b = pf_duration_format (45 * 60 + 10);
  g_autofree char *c = pf_pace_format (298.6);

  g_assert_true (pf_duration_parse ("3:30:00", &s));
  g_assert_cmpfloat (s, ==, 12600.0);
  g_assert_true (pf_duration_parse ("19:57", &s));
  g_assert_cmpfloat (s, ==, 1197.0);
  g_assert_true (pf_duration_parse ("1:45:00.5", &s));
  g_assert_cmpfloat (s, ==, 6300.5);
  g_assert_false (pf_duration_parse ("0:00:00", &s));
  g_assert_false (pf_duration_parse ("3:75:00", &s));
  g_assert_false (pf_duration_parse ("abc", &s));
  g_assert_false (pf_duration_parse ("3:3:00", &s));
  g_assert_false (pf_duration_parse ("-1:00:00", &s));
  /* A race time of two fields is minutes and seconds unless no human could run that fast. */
  g_assert_true (pf_race_time_parse ("3:30", 42195, &s));
  g_assert_cmpfloat (s, ==, 12600.0);
  g_assert_true (pf_race_time_parse ("1:45", 21097.5, &s));
  g_assert_cmpfloat (s, ==, 6300.0);
  g_assert_true (pf_race_time_parse ("19:57", 5000, &s));
  g_assert_cmpfloat (s, ==, 1197.0);
  g_assert_true (pf_race_time_parse ("45:10", 10000, &s));
  g_assert_cmpfloat (s, ==, 2710.0);
  g_assert_true (pf_race_time_parse ("3:30", 0, &s));
  g_assert_cmpfloat (s, ==, 210.0);
  g_assert_true (pf_race_time_parse ("3:30:00", 42195, &s));
  g_assert_cmpfloat (s, ==, 12600.0);
  g_assert_false (pf_race_time_parse ("3:75", 42195, &s));
  g_assert_cmpstr (a, ==, "3:29:58");
  g_assert_cmpstr (b, ==, "45:10");
  g_assert_cmpstr (c, ==, "4:59");

  /* Distances as typed: metres, or a number with its unit. */
  {
    static const struct { const char *text; double metres; } good[] = {
      { "5000", 5000.0 }, { "5km", 5000.0 }, { "5 km", 5000.0 }, { " 5KM ", 5000.0 },
      { "2.5km", 2500.0 }, { ".5km", 500.0 }, { "3mi", 4828.032 }, { "26.2mi", 42164.8128 },
      { "1609.344", 1609.344 }, { "800m", 800.0 }, { "0", 0.0 },
    };
    static const char * const bad[] = {
      "", " ", "km", "abc", "5 furlongs", "5k", "5 k m", "-5km", "-5000", "+5km", "2,5km",
      "1,000", "1e3", "0x10", "inf", "nan", "5..", "1.2.3", ".", "5km5", "5km/h",
    };

    for (guint i = 0; i < G_N_ELEMENTS (good); i++)
      {
        double m = -1.0;

        g_test_message ("%s", good[i].text);
        g_assert_true (pf_distance_parse (good[i].text, &m));
        g_assert_cmpfloat_with_epsilon (m, good[i].metres, 1e-9);
      }
    for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
      {
        g_test_message ("%s", bad[i]);
        g_assert_false (pf_distance_parse (bad[i], &s));
      }
    g_assert_false (pf_distance_parse (NULL, &s));
  }

  g_assert_true (pf_start_time_parse ("2026-04-20T10:00", &t));
  g_assert_cmpint (t % 86400, ==, 10 * 3600);
  g_assert_true (pf_start_time_parse ("07:30", &t));
  g_assert_cmpint (t, ==, 7 * 3600 + 30 * 60);
  g_assert_false (pf_start_time_parse ("2026-02-30T10:00", &t));
  g_assert_false (pf_start_time_parse ("25:00", &t));
}

/* The issue's own check: Boston at 3:30 on a warming day. The downhill start runs faster
 * than the flat-equivalent pace, the Newton hills (km 26–33) slower, the heat adds time,
 * and the splits add up to 3:30:00. */
/* pf_plan_segment_at is the segment whose stretch holds the distance (its start included),
 * the first before the start and the last past the finish; the timeline's other lookups and
 * the course's sample lookup share its bisection. */
static void
test_segment_at (void)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(PfTrack) hills = pf_test_course_new (12345.0, rolling_hills);
  g_autoptr(PfPlan) plan = NULL;
  const PfSegment *seg;
  const PfCourseSample *samples;
  guint n;
  typedef struct { double value; double key; } Keyed;
  static const Keyed sorted[] = { { 0, 1.0 }, { 0, 2.0 }, { 0, 2.0 }, { 0, 5.0 } };

  pf_plan_inputs_init (&inputs);
  pf_plan_inputs_set_track (&inputs, hills);
  plan = compute (&inputs);
  seg = pf_plan_get_segments (plan);
  n = pf_plan_get_n_segments (plan);
  g_assert_cmpuint (n, >, 2);

  for (guint i = 0; i < n; i++)
    {
      double mid = (seg[i].start_m + seg[i].end_m) / 2.0;

      g_assert_true (pf_plan_segment_at (plan, seg[i].start_m) == &seg[i]);
      g_assert_true (pf_plan_segment_at (plan, mid) == &seg[i]);
      g_assert_cmpfloat_with_epsilon (pf_plan_elapsed_at (plan, mid),
                                      seg[i].start_s + seg[i].time_s / 2.0, 1e-6);
      g_assert_cmpfloat_with_epsilon (pf_plan_distance_at (plan,
                                                           seg[i].start_s + seg[i].time_s / 2.0),
                                      mid, 1e-6);
    }
  g_assert_true (pf_plan_segment_at (plan, -50.0) == &seg[0]);
  g_assert_true (pf_plan_segment_at (plan, seg[n - 1].end_m + 50.0) == &seg[n - 1]);

  /* The course's samples by distance, through the same helper. */
  samples = pf_course_get_samples (pf_plan_get_course (plan));
  g_assert_cmpuint (PF_BISECT (PfCourseSample, samples,
                               pf_course_get_n_samples (pf_plan_get_course (plan)), distance_m,
                               samples[3].distance_m + 1.0), ==, 3);

  /* Equal keys: the last of them; below all: 0; none at all: 0. */
  g_assert_cmpuint (PF_BISECT (Keyed, sorted, G_N_ELEMENTS (sorted), key, 2.0), ==, 2);
  g_assert_cmpuint (PF_BISECT (Keyed, sorted, G_N_ELEMENTS (sorted), key, 0.5), ==, 0);
  g_assert_cmpuint (PF_BISECT (Keyed, sorted, G_N_ELEMENTS (sorted), key, 9.0), ==, 3);
  g_assert_cmpuint (PF_BISECT (Keyed, sorted, 0, key, 1.0), ==, 0);
}

static void
test_boston (void)
{
  g_autofree char *shared = pf_test_shared_path ("courses", NULL);
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = NULL;
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(PfPlan) plan = NULL;
  double flat_km, hills_time = 0.0, hills_flat = 0.0;

  if (shared == NULL)
    return;

  path = g_build_filename (shared, "boston_marathon.gpx", NULL);
  track = pf_import_path (path, &error);
  g_assert_no_error (error);

  pf_plan_inputs_init (&inputs);
  pf_plan_inputs_set_track (&inputs, track);
  inputs.official_distance_m = PF_DISTANCE_MARATHON;
  inputs.goal_time_s = 3.5 * 3600;
  g_assert_true (pf_start_time_parse ("2026-04-20T10:00", &inputs.start_time));
  inputs.conditions.start_temp_c = 12.0;
  inputs.conditions.finish_temp_c = 22.0;
  inputs.conditions.humidity_kind = PF_HUMIDITY_DEW_POINT;
  inputs.conditions.humidity = 8.0;
  plan = compute (&inputs);

  flat_km = pf_plan_get_flat_pace (plan) * 1000.0;
  g_assert_cmpfloat_with_epsilon (sum_of_splits (plan), 3.5 * 3600, 1.0);
  g_assert_cmpfloat (pf_plan_get_split (plan, 0)->time_s, <, flat_km * 0.97);
  for (guint i = 25; i < 33; i++)
    {
      hills_time += pf_plan_get_split (plan, i)->time_s;
      hills_flat += pf_plan_get_split (plan, i)->flat_time_s;
    }
  g_assert_cmpfloat (hills_time, >, hills_flat * 1.01);
  g_assert_cmpfloat (pf_plan_get_heat_cost (plan), >, 30.0);
  /* Hotter at the finish than at the start. */
  g_assert_cmpfloat (pf_plan_get_split (plan, 41)->temp_c, >,
                     pf_plan_get_split (plan, 0)->temp_c + 8.0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pacing/splits-sum/synthetic", test_splits_sum_synthetic);
  g_test_add_func ("/pacing/splits-sum/real-courses", test_splits_sum_real_courses);
  g_test_add_func ("/pacing/splits-aid/added-stations", test_splits_at_added_stations);
  g_test_add_func ("/inputs/aid-every", test_aid_every);
  g_test_add_func ("/pacing/even-pace-flat", test_even_pace_flat);
  g_test_add_func ("/pacing/steady-grade", test_steady_grade_costs_model_factor);
  g_test_add_func ("/pacing/negative-positive", test_negative_and_positive_splits);
  g_test_add_func ("/pacing/cool-weather", test_cool_weather_costs_nothing);
  g_test_add_func ("/pacing/warming-day", test_warming_day_slows_later_splits);
  g_test_add_func ("/pacing/effort-mode", test_effort_mode);
  g_test_add_func ("/pacing/invalid", test_invalid_inputs);
  g_test_add_func ("/pacing/boston", test_boston);
  g_test_add_func ("/pacing/segment-at", test_segment_at);
  g_test_add_func ("/models/heat", test_heat_model);
  g_test_add_func ("/models/heat-mantzios", test_heat_model_mantzios);
  g_test_add_func ("/models/grade", test_grade_models);
  g_test_add_func ("/models/predictions", test_predictions);
  g_test_add_func ("/format/durations", test_durations);

  return g_test_run ();
}
