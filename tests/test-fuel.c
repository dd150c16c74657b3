/* test-fuel.c — sweat, and the fluid / sodium / carbohydrate schedule inside its rails
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "core/pacefuel-core.h"
#include "pf-test-course.h"

#define EPS 1e-6

static PfPlan *
compute (PfPlanInputs *inputs)
{
  g_autoptr(GError) error = NULL;
  PfPlan *plan = pf_plan_compute (inputs, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  return plan;
}

static void
test_field_test_arithmetic (void)
{
  /* 1 kg lost + 0.5 L drunk − 0.1 L urine in an hour: 1.4 L/h. */
  PfSweatTest test = { 70.0, 69.0, 0.5, 0.1, 60.0, 18.0, 10.0, 300.0 };
  g_autoptr(GError) error = NULL;

  g_assert_cmpfloat_with_epsilon (pf_sweat_test_rate (&test), 1.4, EPS);
  g_assert_true (pf_sweat_test_check (&test, &error));

  test.minutes = 90.0;
  g_assert_cmpfloat_with_epsilon (pf_sweat_test_rate (&test), 1.4 / 1.5, EPS);

  /* Heavier afterwards with nothing drunk: impossible. */
  test.post_kg = 70.5;
  test.drank_l = 0.0;
  test.urine_l = 0.0;
  g_assert_false (pf_sweat_test_check (&test, &error));
  g_assert_error (error, PF_PLAN_ERROR, PF_PLAN_ERROR_INVALID);
  g_clear_error (&error);

  test.post_kg = 69.0;
  test.drank_l = -0.2;
  g_assert_false (pf_sweat_test_check (&test, &error));
  g_clear_error (&error);

  test.drank_l = 0.2;
  test.pre_kg = 0.0;
  g_assert_false (pf_sweat_test_check (&test, &error));
  g_clear_error (&error);
  test.pre_kg = 300.0;
  g_assert_false (pf_sweat_test_check (&test, &error));
}

/* The reference model's figures (docs/science.md §6) for a 70 kg, 175 cm runner at 12 km/h. */
static void
test_sweat_model_reference (void)
{
  g_assert_cmpfloat_with_epsilon (pf_sweat_model_rate (70, 175, 12 / 3.6, 0, 10, 0), 0.41, 0.02);
  g_assert_cmpfloat_with_epsilon (pf_sweat_model_rate (70, 175, 12 / 3.6, 0, 20, 10), 0.81, 0.02);
  g_assert_cmpfloat_with_epsilon (pf_sweat_model_rate (70, 175, 12 / 3.6, 0, 27, 18), 1.24, 0.03);
  g_assert_cmpfloat_with_epsilon (pf_sweat_model_rate (70, 175, 12 / 3.6, 0, 30, 24), 1.97, 0.05);
}

static void
test_hotter_and_faster_sweat_more (void)
{
  double cool = pf_sweat_model_rate (70, 175, 3.0, 0, 12, 6);
  double hot = pf_sweat_model_rate (70, 175, 3.0, 0, 28, 16);
  double fast = pf_sweat_model_rate (70, 175, 4.0, 0, 12, 6);
  double uphill = pf_sweat_model_rate (70, 175, 3.0, 0.06, 12, 6);
  double humid = pf_sweat_model_rate (70, 175, 3.0, 0, 28, 24);

  g_assert_cmpfloat (hot, >, cool);
  g_assert_cmpfloat (fast, >, cool);
  g_assert_cmpfloat (uphill, >, cool);
  g_assert_cmpfloat (humid, >, hot);
  g_assert_cmpfloat (pf_sweat_model_rate (90, 185, 3.0, 0, 20, 10), >,
                     pf_sweat_model_rate (55, 160, 3.0, 0, 20, 10));
}

/* A race run in the test's own conditions and pace reproduces the test's rate. */
static void
test_calibration_reproduces_test (void)
{
  g_autoptr(PfTrack) flat = pf_test_course_new (15000.0, NULL);
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(PfPlan) plan = NULL;
  const PfFuel *fuel;

  pf_plan_inputs_init (&inputs);
  pf_plan_inputs_set_track (&inputs, flat);
  inputs.official_distance_m = 15000.0;
  inputs.goal_time_s = 15 * 330.0;  /* 5:30 /km */
  inputs.strategy = PF_STRATEGY_EVEN_PACE;
  inputs.conditions.humidity_kind = PF_HUMIDITY_DEW_POINT;
  inputs.conditions.humidity = 14.0;
  inputs.conditions.start_temp_c = 24.0;
  inputs.runner.mass_kg = 62.0;
  inputs.runner.height_cm = 168.0;
  inputs.runner.has_sweat_test = TRUE;
  inputs.runner.sweat_test = (PfSweatTest) { 62.0, 61.1, 0.4, 0.0, 60.0, 24.0, 14.0, 330.0 };
  plan = compute (&inputs);
  fuel = pf_plan_get_fuel (plan);

  g_assert_cmpfloat_with_epsilon (fuel->test_rate_l_per_h, 1.3, EPS);
  g_assert_cmpfloat_with_epsilon (fuel->sweat_rate_l_per_h, 1.3, 0.01);

  /* Without a test, the population norm: 15 mL/kg/h at 20 °C, dew point 10, 11 km/h. */
  inputs.runner.has_sweat_test = FALSE;
  g_assert_cmpfloat_with_epsilon (pf_fuel_calibration (&inputs.runner)
                                    * pf_sweat_reference_rate (62.0, 168.0),
                                  0.015 * 62.0, EPS);
  /* A typed rate is the rate at the reference conditions. */
  inputs.runner.sweat_rate_l_per_h = 1.6;
  g_assert_cmpfloat_with_epsilon (pf_fuel_calibration (&inputs.runner)
                                    * pf_sweat_reference_rate (62.0, 168.0), 1.6, EPS);
}

/* Issue 16: the rails hold over any 60 minutes, not per clock hour; intakes come as runners
 * take them (cups at stations, sips from a bottle, gels with water); station drinks count at
 * their own strength; every hour short of 90 % of its carbohydrate has a note. */
static void
assert_windows (const PfPlan       *plan,
                const PfPlanInputs *inputs)
{
  const PfFuel *fuel = pf_plan_get_fuel (plan);
  const GArray *schedule = fuel->schedule;
  double finish = g_array_index (fuel->hours, PfFuelHour, fuel->hours->len - 1).end_s;
  double w = pf_fuel_window_s (fuel), scale = w / 3600.0;
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (double));
  gboolean short_hour = FALSE, has_note = FALSE;

  for (guint i = 0; i < schedule->len; i++)
    {
      const PfIntake *in = &g_array_index (schedule, PfIntake, i);
      double s1 = in->elapsed_s, s2 = in->elapsed_s - w + 1e-3;

      g_array_append_val (starts, s1);
      g_array_append_val (starts, s2);

      /* Cups at a station, 150 mL each, one or two; sips of 100–200 mL from a bottle. */
      if (in->where != NULL)
        {
          guint cups = pf_intake_cups (in);
          double own = 0.0;

          g_assert_cmpuint (cups, <=, PF_CUPS_MAX);
          for (guint k = 0; k < in->n_items; k++)
            own += in->items[k].servings * in->items[k].product->volume_ml;
          g_assert_cmpfloat_with_epsilon (in->fluid_ml, cups * PF_CUP_ML + own, 1e-9);
          g_assert_cmpfloat_with_epsilon (in->water_ml, in->water_cups * PF_CUP_ML, 1e-9);
          g_assert_cmpint (in->source, ==, in->drink_cups > 0 ? PF_INTAKE_STATION_DRINK
                                           : in->water_cups > 0 ? PF_INTAKE_STATION_WATER
                                           : PF_INTAKE_CARRIED);
          /* The station's drink at its own strength, never the runner's mix. */
          {
            double from_items = 0.0;

            for (guint k = 0; k < in->n_items; k++)
              from_items += in->items[k].servings * in->items[k].product->sodium_mg;
            g_assert_cmpfloat_with_epsilon (in->sodium_mg - from_items,
                                            in->drink_cups * PF_CUP_ML
                                              * fuel->station_drink->sodium_mg, 1e-6);
          }
        }
      else
        {
          g_assert_true (fuel->bottle);
          g_assert_cmpuint (pf_intake_cups (in), ==, 0);
          if (in->fluid_ml > 0.0)
            {
              g_assert_cmpint (in->source, ==, PF_INTAKE_OWN_BOTTLE);
              g_assert_cmpfloat (in->fluid_ml, >=, PF_SIP_MIN_ML - 1e-9);
              g_assert_cmpfloat (in->fluid_ml, <=, PF_SIP_MAX_ML + 1e-9);
            }
        }
      /* A gel always with water, unless it brings its own. */
      for (guint k = 0; k < in->n_items; k++)
        if (pf_product_is_fuel (in->items[k].product) && in->items[k].product->volume_ml < 50.0)
          g_assert_cmpfloat (in->fluid_ml, >=, PF_SIP_MIN_ML - 1e-9);
    }
  for (guint k = 0; k <= fuel->hours->len; k++)
    {
      double a = k * 3600.0, b = k * 3600.0 - w, c = 0.0, d = finish - w;

      g_array_append_val (starts, a);
      g_array_append_val (starts, b);
      g_array_append_val (starts, c);
      g_array_append_val (starts, d);
    }

  /* Every window [s, s + W) inside the race. */
  for (guint k = 0; k < starts->len; k++)
    {
      double s = CLAMP (g_array_index (starts, double, k), 0.0, finish - w);
      double fluid = 0.0, carbs = 0.0, glucose = 0.0;

      for (guint i = 0; i < schedule->len; i++)
        {
          const PfIntake *in = &g_array_index (schedule, PfIntake, i);

          if (in->elapsed_s >= s && in->elapsed_s < s + w - 1e-3)  /* half-open, as the planner */
            {
              fluid += in->fluid_ml / 1000.0;
              carbs += in->carbs_g;
              glucose += in->glucose_g;
            }
        }
      g_assert_cmpfloat (fluid, <=, inputs->fuel.fluid_ceiling_l_per_h * scale + EPS);
      g_assert_cmpfloat (fluid, <=, pf_fuel_sweat_between (fuel, s, s + w) + EPS);
      g_assert_cmpfloat (carbs, <=, fuel->carbs_limit_g_per_h * scale + EPS);
      g_assert_cmpfloat (glucose, <=, PF_GLUCOSE_MAX_G_PER_H * scale + EPS);
    }

  /* ≥ 90 % of the carbohydrate of every hour (but a stub), or a note that says so. */
  for (guint h = 0; h < fuel->hours->len; h++)
    {
      const PfFuelHour *hour = &g_array_index (fuel->hours, PfFuelHour, h);

      if (hour->carbs_target_g >= fuel->carbs_target_g_per_h / 4.0
          && hour->carbs_g < 0.9 * hour->carbs_target_g - 1e-6)
        short_hour = TRUE;
    }
  for (guint i = 0; i < fuel->notes->len; i++)
    has_note |= strstr (g_ptr_array_index (fuel->notes, i), "falls short") != NULL;
  g_assert_true (short_hour == has_note);
}

static void
assert_rails (const PfPlan       *plan,
              const PfPlanInputs *inputs)
{
  const PfFuel *fuel = pf_plan_get_fuel (plan);
  const PfDrink *d = &fuel->drink;
  double finish = pf_plan_get_finish_time (plan);
  double fluid = 0, sodium = 0, carbs = 0, glucose = 0, fructose = 0, sweat = 0;
  double previous = 0.0;

  g_assert_cmpfloat (d->sodium_g_per_l, >=, PF_DRINK_SODIUM_MIN_G_PER_L - EPS);
  g_assert_cmpfloat (d->sodium_g_per_l, <=, PF_DRINK_SODIUM_MAX_G_PER_L + EPS);
  g_assert_cmpfloat (d->carbs_g_per_l, <=, PF_DRINK_CARBS_MAX_G_PER_L + EPS);
  g_assert_cmpfloat (d->carbs_g_per_l, >=, 0.0);
  if (inputs->fuel.carbs_per_hour_g == 0.0)
    {
      g_assert_cmpfloat (fuel->carbs_target_g_per_h, <=, inputs->runner.gut_max_g_per_h + EPS);
      g_assert_cmpfloat (fuel->carbs_limit_g_per_h, <=, inputs->runner.gut_max_g_per_h + EPS);
    }
  g_assert_cmpfloat (fuel->carbs_limit_g_per_h, <=, PF_CARBS_MAX_G_PER_H);

  for (guint h = 0; h < fuel->hours->len; h++)
    {
      const PfFuelHour *hour = &g_array_index (fuel->hours, PfFuelHour, h);
      double hours = (hour->end_s - hour->start_s) / 3600.0;

      /* Never more than the hour's sweat, never above the ceiling. */
      g_assert_cmpfloat (hour->fluid_l, <=, hour->sweat_l + EPS);
      g_assert_cmpfloat (hour->fluid_l, <=, inputs->fuel.fluid_ceiling_l_per_h * hours + EPS);
      g_assert_cmpfloat (hour->fluid_target_l, <=, hour->sweat_l + EPS);
      /* Sweat per hour within the model's clamps. */
      g_assert_cmpfloat (hour->sweat_l, >=, PF_SWEAT_MIN_L_PER_H * hours - EPS);
      g_assert_cmpfloat (hour->sweat_l, <=, PF_SWEAT_MAX_L_PER_H * hours + EPS);
      /* Carbohydrate inside the rate (capped by the gut unless set by hand), and glucose
       * inside what one transporter takes. */
      g_assert_cmpfloat (hour->carbs_g, <=, fuel->carbs_limit_g_per_h + EPS);
      g_assert_cmpfloat (hour->glucose_g, <=, PF_GLUCOSE_MAX_G_PER_H + EPS);
      sweat += hour->sweat_l;
    }

  for (guint i = 0; i < fuel->schedule->len; i++)
    {
      const PfIntake *intake = &g_array_index (fuel->schedule, PfIntake, i);

      double hours = intake->elapsed_s / 3600.0;
      double serving = fuel->gel != NULL ? fuel->gel->carbs_g : 0.0;

      g_assert_cmpfloat (intake->elapsed_s, >, previous);
      g_assert_cmpfloat (intake->elapsed_s, <, finish);
      g_assert_cmpfloat (intake->distance_m, >=, 0.0);
      g_assert_cmpfloat (intake->distance_m, <=, pf_course_get_distance (pf_plan_get_course (plan)));
      g_assert_true (intake->fluid_ml > 0.0 || intake->n_items > 0);
      for (guint k = 0; k < intake->n_items; k++)
        g_assert_cmpuint (intake->items[k].servings, >=, 1);
      previous = intake->elapsed_s;
      fluid += intake->fluid_ml / 1000.0;
      sodium += intake->sodium_mg;
      carbs += intake->carbs_g;
      glucose += intake->glucose_g;
      fructose += intake->fructose_g;
      /* Never more than one serving ahead of the rates: no front-loading. */
      g_assert_cmpfloat (carbs, <=, fuel->carbs_limit_g_per_h * hours + serving + EPS);
      g_assert_cmpfloat (glucose, <=, PF_GLUCOSE_MAX_G_PER_H * hours + serving + EPS);
    }

  /* The bottle never gives more than it holds between two places to refill it (a station
   * that pours something to drink). */
  {
    const GArray *stations = pf_plan_get_aid_stations (plan);
    double left = d->bottle_ml;
    guint next = 0;

    for (guint i = 0; i < fuel->schedule->len; i++)
      {
        const PfIntake *intake = &g_array_index (fuel->schedule, PfIntake, i);

        for (; next < stations->len
               && g_array_index (stations, PfAidStation, next).distance_m
                  <= intake->distance_m + 1.0; next++)
          if (g_array_index (stations, PfAidStation, next).offers
              & (PF_OFFERS_WATER | PF_OFFERS_SPORTS))
            left = d->bottle_ml;
        if (intake->source == PF_INTAKE_OWN_BOTTLE)
          {
            left -= intake->fluid_ml;
            g_assert_cmpfloat (left, >=, -EPS);
          }
      }
  }

  assert_windows (plan, inputs);

  /* The totals are the schedule's own sums; no planned gain of mass. */
  g_assert_cmpfloat_with_epsilon (fuel->totals.fluid_l, fluid, 1e-9);
  g_assert_cmpfloat_with_epsilon (fuel->totals.sodium_in_mg, sodium, 1e-6);
  g_assert_cmpfloat_with_epsilon (fuel->totals.carbs_g, carbs, 1e-9);
  g_assert_cmpfloat_with_epsilon (fuel->totals.glucose_g, glucose, 1e-9);
  g_assert_cmpfloat_with_epsilon (fuel->totals.fructose_g, fructose, 1e-9);
  g_assert_cmpfloat_with_epsilon (fuel->totals.sweat_l, sweat, 1e-9);
  g_assert_cmpfloat (fuel->totals.fluid_l, <=, fuel->totals.sweat_l + EPS);
  g_assert_cmpfloat (fuel->totals.mass_change_pct, <=, EPS);
}

/* Thousands of random runners on random days and courses: no plan breaks a rail. */
static void
test_rails_hold_for_random_runners (void)
{
  g_autoptr(GPtrArray) courses = g_ptr_array_new_with_free_func ((GDestroyNotify) pf_track_unref);
  guint rounds = g_test_slow () ? 5000 : 1500;

  g_ptr_array_add (courses, pf_test_course_new (5000.0, NULL));
  g_ptr_array_add (courses, pf_test_course_new (21097.5, NULL));
  g_ptr_array_add (courses, pf_test_course_new (42195.0, NULL));

  for (guint i = 0; i < rounds; i++)
    {
      g_auto(PfPlanInputs) inputs = { 0 };
      g_autoptr(PfPlan) plan = NULL;
      g_autoptr(GError) error = NULL;
      PfTrack *track = g_ptr_array_index (courses, g_test_rand_int_range (0, 3));
      guint n_aid;

      pf_plan_inputs_init (&inputs);
      pf_plan_inputs_set_track (&inputs, track);
      /* No runner beats the world record: the plan refuses such a goal. */
      inputs.goal_time_s = MAX (g_test_rand_double_range (3.0, 9.0) * 60.0
                                * (pf_track_get_n_points (track) * 20.0 / 1000.0),
                                pf_record_fastest (pf_track_get_length (track)));
      inputs.conditions.start_temp_c = g_test_rand_double_range (-5.0, 35.0);
      inputs.conditions.finish_temp_c = inputs.conditions.start_temp_c
                                        + g_test_rand_double_range (-5.0, 10.0);
      inputs.conditions.humidity = g_test_rand_double_range (5.0, 100.0);
      inputs.runner.mass_kg = g_test_rand_double_range (40.0, 120.0);
      inputs.runner.height_cm = g_test_rand_double_range (145.0, 205.0);
      inputs.runner.sweat_sodium_mg_per_l = g_test_rand_double_range (200.0, 2000.0);
      inputs.runner.cramp_prone = g_test_rand_bit ();
      inputs.runner.gut_max_g_per_h = g_test_rand_double_range (0.0, 120.0);
      switch (g_test_rand_int_range (0, 3))
        {
        case 0:
          inputs.runner.sweat_rate_l_per_h = g_test_rand_double_range (0.3, 3.0);
          break;
        case 1:
          inputs.runner.has_sweat_test = TRUE;
          inputs.runner.sweat_test.pre_kg = inputs.runner.mass_kg;
          inputs.runner.sweat_test.post_kg = inputs.runner.mass_kg - g_test_rand_double_range (0.1, 2.0);
          inputs.runner.sweat_test.drank_l = g_test_rand_double_range (0.0, 1.0);
          inputs.runner.sweat_test.urine_l = 0.0;
          inputs.runner.sweat_test.minutes = g_test_rand_double_range (45.0, 120.0);
          inputs.runner.sweat_test.temp_c = g_test_rand_double_range (0.0, 32.0);
          inputs.runner.sweat_test.dew_point_c = inputs.runner.sweat_test.temp_c - 8.0;
          inputs.runner.sweat_test.pace_s_per_km = g_test_rand_double_range (240.0, 480.0);
          break;
        default:
          break;
        }
      if (g_test_rand_bit ())
        inputs.fuel.carbs_per_hour_g = g_test_rand_double_range (0.0, 120.0);
      if (g_test_rand_bit ())
        inputs.fuel.fluid_per_hour_l = g_test_rand_double_range (0.0, 2.0);
      inputs.fuel.fluid_ceiling_l_per_h = g_test_rand_double_range (0.2, 1.2);
      inputs.fuel.drink_mode = g_test_rand_bit () ? PF_DRINK_THIRST : PF_DRINK_PLANNED;
      if (g_test_rand_bit ())
        inputs.fuel.carry_bottle_ml = g_test_rand_double_range (150.0, 1000.0);
      n_aid = g_test_rand_int_range (0, 12);
      for (guint k = 0; k < n_aid; k++)
        {
          double d = g_test_rand_double_range (0.0, 45000.0);

          g_array_append_val (inputs.fuel.extra_aid_m, d);
          /* What the station offers: any mix of water, sports drink, gels and food. */
          if (g_test_rand_bit ())
            {
              PfAidOffer offer = { d, g_test_rand_int_range (0, 16) };

              g_array_append_val (inputs.fuel.aid_offers, offer);
            }
        }
      /* A race's own sports drink, at its own strength, now and then. */
      if (g_test_rand_int_range (0, 4) == 0)
        {
          PfProduct own = { 0 };
          double carbs = g_test_rand_double_range (0.0, 0.08);

          own.id = g_strdup (PF_PRODUCT_SPORTS);
          own.name = g_strdup ("Race drink");
          own.volume_ml = 1.0;
          own.carbs_g = carbs;
          own.glucose_g = carbs * g_test_rand_double_range (0.5, 1.0);
          own.fructose_g = carbs - own.glucose_g;
          own.sodium_mg = g_test_rand_double_range (0.0, 1.0);
          g_array_append_val (inputs.fuel.products, own);
        }

      plan = pf_plan_compute (&inputs, &error);
      if (plan == NULL)
        {
          /* Only a sweat test beyond any measured runner may be refused here. */
          g_assert_error (error, PF_PLAN_ERROR, PF_PLAN_ERROR_INVALID);
          g_assert_true (inputs.runner.has_sweat_test);
          continue;
        }
      assert_rails (plan, &inputs);
    }
}

/* The sodium of the drink follows the runner: 0.5–0.7 g/L for most, more for salty
 * sweaters and crampers, never past 1.5 g/L. */
static void
test_drink_sodium (void)
{
  g_autoptr(PfTrack) course = pf_test_course_new (21097.5, NULL);
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(PfPlan) typical = NULL;
  g_autoptr(PfPlan) salty = NULL;
  g_autoptr(PfPlan) both = NULL;

  pf_plan_inputs_init (&inputs);
  pf_plan_inputs_set_track (&inputs, course);
  inputs.goal_time_s = 2 * 3600;
  typical = compute (&inputs);
  g_assert_cmpfloat (pf_plan_get_fuel (typical)->drink.sodium_g_per_l, >=, 0.5);
  g_assert_cmpfloat (pf_plan_get_fuel (typical)->drink.sodium_g_per_l, <=, 0.7);

  inputs.runner.sweat_sodium_mg_per_l = PF_SWEAT_SODIUM_SALTY;
  salty = compute (&inputs);
  g_assert_cmpfloat (pf_plan_get_fuel (salty)->drink.sodium_g_per_l, >,
                     pf_plan_get_fuel (typical)->drink.sodium_g_per_l);

  inputs.runner.sweat_sodium_mg_per_l = 2400.0;
  inputs.runner.cramp_prone = TRUE;
  both = compute (&inputs);
  g_assert_cmpfloat_with_epsilon (pf_plan_get_fuel (both)->drink.sodium_g_per_l, 1.5, EPS);
  /* The recipe's salt gives that concentration: NaCl is 39.3 % sodium. */
  g_assert_cmpfloat_with_epsilon (pf_plan_get_fuel (both)->drink.salt_g * 0.393
                                    / pf_plan_get_fuel (both)->drink.bottle_ml * 1000.0,
                                  1.5, 1e-6);
}

/* The questionnaire's sodium bands and the salty threshold have one home (pf-sweat.h): the
 * CLI's words, the app's rows and the fuel plan read them there. */
static void
test_sodium_bands (void)
{
  static const char * const words[] = { "low", "typical", "salty" };
  g_autoptr(PfTrack) course = pf_test_course_new (21097.5, NULL);
  g_auto(PfPlanInputs) inputs = { 0 };
  PfSodiumBand band;
  double drink[PF_N_SODIUM_BANDS];

  g_assert_cmpfloat (pf_sodium_band_get_mg_per_l (PF_SODIUM_BAND_LOW), ==, PF_SWEAT_SODIUM_LOW);
  g_assert_cmpfloat (pf_sodium_band_get_mg_per_l (PF_SODIUM_BAND_TYPICAL), ==,
                     PF_SWEAT_SODIUM_TYPICAL);
  g_assert_cmpfloat (pf_sodium_band_get_mg_per_l (PF_SODIUM_BAND_SALTY), ==, PF_SWEAT_SODIUM_SALTY);
  for (PfSodiumBand b = 0; b < PF_N_SODIUM_BANDS; b++)
    {
      g_assert_cmpstr (pf_sodium_band_to_string (b), ==, words[b]);
      g_assert_true (pf_sodium_band_from_string (words[b], &band));
      g_assert_cmpint (band, ==, b);
      g_assert_true (pf_sodium_band_find (pf_sodium_band_get_mg_per_l (b) + 0.4, &band));
      g_assert_cmpint (band, ==, b);
      /* Only the salty band is salty. */
      g_assert_cmpint (pf_sweat_sodium_is_salty (pf_sodium_band_get_mg_per_l (b)), ==,
                       b == PF_SODIUM_BAND_SALTY);
    }
  g_assert_false (pf_sodium_band_from_string ("Salty", &band));
  g_assert_false (pf_sodium_band_from_string ("", &band));
  g_assert_false (pf_sodium_band_from_string (NULL, &band));
  g_assert_false (pf_sodium_band_find (1100.0, &band));  /* measured */

  /* The threshold is where the drink starts to carry more sodium. */
  g_assert_false (pf_sweat_sodium_is_salty (PF_SWEAT_SODIUM_SALTY_THRESHOLD));
  g_assert_true (pf_sweat_sodium_is_salty (PF_SWEAT_SODIUM_SALTY_THRESHOLD + 1.0));
  pf_plan_inputs_init (&inputs);
  pf_plan_inputs_set_track (&inputs, course);
  inputs.goal_time_s = 2 * 3600;
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(PfPlan) plan = NULL;

      inputs.runner.sweat_sodium_mg_per_l = PF_SWEAT_SODIUM_SALTY_THRESHOLD + i;
      plan = compute (&inputs);
      drink[i] = pf_plan_get_fuel (plan)->drink.sodium_g_per_l;
    }
  g_assert_cmpfloat (drink[1], >, drink[0] + 0.3);
}

/* Carbohydrate by duration (Jeukendrup 2013), and glucose + fructose above 60 g/h. */
static void
test_carbohydrate_by_duration (void)
{
  g_autoptr(PfTrack) course = pf_test_course_new (21097.5, NULL);
  static const struct { double hours; double gut; double rate; } cases[] = {
    { 0.98, 60, 0 }, { 1.5, 60, 30 }, { 2.2, 60, 60 }, { 3.0, 60, 60 }, { 3.0, 90, 90 },
    { 3.0, 120, 90 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(PfPlanInputs) inputs = { 0 };
      g_autoptr(PfPlan) plan = NULL;
      const PfFuel *fuel;

      pf_plan_inputs_init (&inputs);
      pf_plan_inputs_set_track (&inputs, course);
      inputs.goal_time_s = cases[i].hours * 3600;
      inputs.runner.gut_max_g_per_h = cases[i].gut;
      inputs.fuel.carry_bottle_ml = 500.0;
      plan = compute (&inputs);
      fuel = pf_plan_get_fuel (plan);

      g_assert_cmpfloat_with_epsilon (fuel->carbs_target_g_per_h, cases[i].rate, EPS);
      if (cases[i].rate == 0.0)
        g_assert_cmpfloat (fuel->totals.carbs_g, ==, 0.0);
      else
        {
          double wanted = 0.0;

          /* Most of the target is met with whole servings, and fructose comes with it. The
           * target runs from the first carbohydrate (20 min) to the last intake (10 min
           * before the finish), no longer the whole race (issue 16). */
          for (guint h = 0; h < fuel->hours->len; h++)
            wanted += g_array_index (fuel->hours, PfFuelHour, h).carbs_target_g;
          g_assert_cmpfloat (wanted, <, cases[i].rate * cases[i].hours);
          g_assert_cmpfloat (wanted, >, cases[i].rate * (cases[i].hours - 0.5) - EPS);
          /* Gels only with water and no more than the gut takes in any 60 minutes: with a
           * cool day's few sips, 90 g/h does not all fit — the notes say by how much. */
          g_assert_cmpfloat (fuel->totals.carbs_g, >, 0.6 * wanted);
          g_assert_cmpfloat (fuel->totals.fructose_g, >, 0.0);
        }
    }
}

/* A finish on the hour ends the last hour: no empty hour after it (issue 15); one second
 * past the hour is an hour of its own. */
static void
test_hours_end_at_finish (void)
{
  g_autoptr(PfTrack) marathon = pf_test_course_new (42195.0, NULL);
  g_autoptr(PfTrack) hundred = pf_test_course_new (100000.0, NULL);
  static const struct { gboolean ultra; double goal_s; guint hours; } cases[] = {
    { TRUE, 12 * 3600, 12 }, { FALSE, 3 * 3600, 3 }, { FALSE, 3 * 3600 + 1, 4 },
    { FALSE, 3 * 3600 - 1, 3 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(PfPlanInputs) inputs = { 0 };
      g_autoptr(PfPlan) plan = NULL;
      const PfFuel *fuel;
      const PfFuelHour *last;

      pf_plan_inputs_init (&inputs);
      pf_plan_inputs_set_track (&inputs, cases[i].ultra ? hundred : marathon);
      inputs.goal_time_s = cases[i].goal_s;
      inputs.fuel.carry_bottle_ml = 500.0;
      plan = compute (&inputs);
      fuel = pf_plan_get_fuel (plan);

      g_assert_cmpuint (fuel->hours->len, ==, cases[i].hours);
      last = &g_array_index (fuel->hours, PfFuelHour, fuel->hours->len - 1);
      g_assert_cmpfloat (last->end_s, >, last->start_s);
      g_assert_cmpfloat (last->sweat_l, >, 0.0);
      g_assert_cmpfloat_with_epsilon (last->end_s, cases[i].goal_s, 1.0);
      assert_rails (plan, &inputs);
    }
}

/* Boston at 3:30 on a warm morning, with a station every mile: what to drink where,
 * which gels when, and the bottle recipe. */
static void
test_schedule_at_aid_stations (void)
{
  g_autoptr(PfTrack) course = pf_test_course_new (42195.0, NULL);
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(PfPlan) plan = NULL;
  const PfFuel *fuel;
  guint gels = 0;

  pf_plan_inputs_init (&inputs);
  pf_plan_inputs_set_track (&inputs, course);
  inputs.goal_time_s = 3.5 * 3600;
  inputs.conditions.start_temp_c = 18.0;
  inputs.conditions.finish_temp_c = 25.0;
  for (double d = 1609.344; d < 42195.0; d += 1609.344)
    g_array_append_val (inputs.fuel.extra_aid_m, d);
  plan = compute (&inputs);
  fuel = pf_plan_get_fuel (plan);

  assert_rails (plan, &inputs);
  g_assert_cmpuint (fuel->schedule->len, >, 15);
  for (guint i = 0; i < fuel->schedule->len; i++)
    {
      const PfIntake *intake = &g_array_index (fuel->schedule, PfIntake, i);

      /* Every drink is taken at a station: no bottle was chosen. */
      g_assert_nonnull (intake->where);
      for (guint k = 0; k < intake->n_items; k++)
        if (intake->items[k].product == fuel->gel)
          gels += intake->items[k].servings;
    }
  g_assert_cmpuint (gels, ==, fuel->gels_to_carry);
  /* The stations' own sports drink, a cup or two at every mile, now carries most of the
   * carbohydrate (issue 16: it counts at its own strength); gels top it up. */
  g_assert_cmpuint (gels, >=, 1);
  g_assert_cmpfloat (fuel->totals.carbs_g, >, 0.8 * 60.0 * (3.5 - 0.5));
  g_assert_cmpfloat (fuel->drink.sucrose_g + fuel->drink.maltodextrin_g, >, 0.0);
  /* The hourly fluid never exceeds the 0.8 L/h ceiling but keeps mass loss near 2 %. */
  g_assert_cmpfloat (fuel->totals.mass_change_pct, >, -3.5);
}

static void
test_impossible_inputs (void)
{
  g_autoptr(PfTrack) course = pf_test_course_new (5000.0, NULL);
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(GError) error = NULL;
  double masses[] = { 0.0, 29.0, 300.0, NAN };

  pf_plan_inputs_init (&inputs);
  pf_plan_inputs_set_track (&inputs, course);

  for (guint i = 0; i < G_N_ELEMENTS (masses); i++)
    {
      inputs.runner.mass_kg = masses[i];
      g_assert_null (pf_plan_compute (&inputs, &error));
      g_assert_error (error, PF_PLAN_ERROR, PF_PLAN_ERROR_INVALID);
      g_clear_error (&error);
    }
  inputs.runner.mass_kg = 70.0;

  inputs.fuel.fluid_per_hour_l = -0.5;
  g_assert_false (pf_plan_inputs_validate (&inputs, &error));
  g_clear_error (&error);
  inputs.fuel.fluid_per_hour_l = 0.0;

  inputs.fuel.carry_bottle_ml = -1.0;
  g_assert_false (pf_plan_inputs_validate (&inputs, &error));
  g_clear_error (&error);
  inputs.fuel.carry_bottle_ml = 0.0;

  inputs.runner.sweat_sodium_mg_per_l = 5000.0;
  g_assert_false (pf_plan_inputs_validate (&inputs, &error));
  g_clear_error (&error);
  inputs.runner.sweat_sodium_mg_per_l = 900.0;

  inputs.runner.has_sweat_test = TRUE;
  inputs.runner.sweat_test = (PfSweatTest) { 70.0, 71.0, 0.0, 0.0, 60.0, 20.0, 10.0, 300.0 };
  g_assert_false (pf_plan_inputs_validate (&inputs, &error));
  g_assert_nonnull (strstr (error->message, "sweat test"));
}

static PfProduct
own_product (const char *name,
             double      carbs,
             double      glucose,
             double      fructose,
             double      sodium)
{
  PfProduct p = { 0 };

  p.id = g_strdup (name);
  p.name = g_strdup (name);
  p.carbs_g = carbs;
  p.glucose_g = glucose;
  p.fructose_g = fructose;
  p.sodium_mg = sodium;
  return p;
}

/* The runner's own products are used before the catalog's; stations pour what they offer;
 * gels a station hands out are not carried. */
static void
test_own_products_and_offers (void)
{
  g_autoptr(PfTrack) course = pf_test_course_new (42195.0, NULL);
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(PfPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  PfProduct gel = own_product ("My gel", 30.0, 18.0, 12.0, 40.0);
  PfProduct salt = own_product ("My salt", 0.0, 0.0, 0.0, 250.0);
  PfAidOffer water_only = { 10000.0, PF_OFFERS_WATER };
  PfAidOffer gels_too = { 20000.0, PF_OFFERS_WATER | PF_OFFERS_SPORTS | PF_OFFERS_GELS };
  const PfFuel *fuel;
  guint gels = 0, gels_at_gel_station = 0;

  pf_plan_inputs_init (&inputs);
  pf_plan_inputs_set_track (&inputs, course);
  inputs.goal_time_s = 3.5 * 3600;
  inputs.runner.cramp_prone = TRUE;
  inputs.conditions.start_temp_c = 22.0;
  for (double d = 2500.0; d < 42000.0; d += 2500.0)
    g_array_append_val (inputs.fuel.extra_aid_m, d);
  g_array_append_val (inputs.fuel.products, gel);
  g_array_append_val (inputs.fuel.products, salt);
  g_array_append_val (inputs.fuel.aid_offers, water_only);
  g_array_append_val (inputs.fuel.aid_offers, gels_too);
  plan = pf_plan_compute (&inputs, &error);
  g_assert_no_error (error);
  fuel = pf_plan_get_fuel (plan);
  assert_rails (plan, &inputs);

  g_assert_cmpstr (fuel->gel->name, ==, "My gel");
  g_assert_cmpstr (fuel->salt->name, ==, "My salt");
  for (guint i = 0; i < fuel->schedule->len; i++)
    {
      const PfIntake *intake = &g_array_index (fuel->schedule, PfIntake, i);

      if (fabs (intake->distance_m - 10000.0) < 1.0)
        {
          /* Water only: no sodium or carbohydrate from the drink there. */
          g_assert_cmpfloat (intake->water_ml, ==, intake->fluid_ml);
        }
      for (guint k = 0; k < intake->n_items; k++)
        if (intake->items[k].product == fuel->gel)
          {
            gels += intake->items[k].servings;
            if (fabs (intake->distance_m - 20000.0) < 1.0)
              gels_at_gel_station += intake->items[k].servings;
          }
    }
  g_assert_cmpuint (fuel->gels_to_carry, ==, gels - gels_at_gel_station);

  /* A station that offers nothing is left out: no intake there. */
  {
    g_autoptr(PfPlan) without = NULL;
    PfAidOffer closed = { 15000.0, 0 };

    g_array_append_val (inputs.fuel.aid_offers, closed);
    without = pf_plan_compute (&inputs, &error);
    g_assert_no_error (error);
    for (guint i = 0; i < pf_plan_get_fuel (without)->schedule->len; i++)
      g_assert_cmpfloat (fabs (g_array_index (pf_plan_get_fuel (without)->schedule, PfIntake, i).distance_m
                               - 15000.0), >, 1.0);
  }

  /* A product whose sugars add up to more than its carbohydrate is refused. */
  {
    g_auto(PfPlanInputs) bad = { 0 };
    PfProduct wrong = own_product ("Wrong", 20.0, 15.0, 10.0, 0.0);

    pf_plan_inputs_init (&bad);
    pf_plan_inputs_set_track (&bad, course);
    g_array_append_val (bad.fuel.products, wrong);
    g_assert_false (pf_plan_inputs_validate (&bad, &error));
    g_assert_nonnull (strstr (error->message, "Wrong"));
  }
}

/* A straight 10 km east along 45° N with three stations in the file: at the start (no station
 * on the way), at about 2.4 km and 4.7 km. */
static PfTrack *
course_with_stations (void)
{
  g_autoptr(GString) gpx = g_string_new ("<?xml version=\"1.0\"?>\n"
                                         "<gpx version=\"1.1\" creator=\"test\" "
                                         "xmlns=\"http://www.topografix.com/GPX/1/1\">\n");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  PfTrack *track;
  const double station_lon[] = { 7.0, 7.03, 7.06 };

  for (guint i = 0; i < G_N_ELEMENTS (station_lon); i++)
    g_string_append_printf (gpx, "<wpt lat=\"45.0\" lon=\"%.3f\"><name>Water station</name>"
                            "<type>Water</type></wpt>\n", station_lon[i]);
  g_string_append (gpx, "<trk><name>Stations</name><trkseg>\n");
  for (guint i = 0; i <= 128; i++)
    g_string_append_printf (gpx, "<trkpt lat=\"45.0\" lon=\"%.3f\"><ele>100</ele></trkpt>\n",
                            7.0 + i * 0.001);
  g_string_append (gpx, "</trkseg></trk></gpx>\n");

  bytes = g_bytes_new (gpx->str, gpx->len);
  track = pf_import_bytes (bytes, "stations.gpx", &error);
  g_assert_no_error (error);
  return track;
}

/* Every page counts the stations the plan uses: the file's on the way, less the ones the
 * runner removed, and the ones the runner added. */
static void
test_aid_station_count (void)
{
  g_autoptr(PfTrack) track = course_with_stations ();
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(PfPlan) plan = NULL;
  guint n_course = 99, n_added = 99;
  PfAidOffer removed = { 0, 0 };

  pf_plan_inputs_init (&inputs);
  pf_plan_inputs_set_track (&inputs, track);
  inputs.goal_time_s = 3600.0;
  plan = pf_test_plan_compute (&inputs);
  g_assert_cmpuint (pf_course_get_n_aid_stations (pf_plan_get_course (plan)), ==, 3);
  g_assert_cmpuint (pf_plan_get_n_aid_stations (plan, &n_course, &n_added), ==, 2);
  g_assert_cmpuint (n_course, ==, 2);
  g_assert_cmpuint (n_added, ==, 0);
  removed.distance_m = pf_course_get_aid_station (pf_plan_get_course (plan), 2)->distance_m;
  g_clear_pointer (&plan, pf_plan_unref);

  /* Five added every 1.5 km from 1.5 km, and the file's second one removed. */
  g_assert_true (pf_plan_inputs_add_aid_every (&inputs, NULL, 1500.0, 1500.0, 8000.0));
  g_array_append_val (inputs.fuel.aid_offers, removed);
  plan = pf_test_plan_compute (&inputs);
  g_assert_cmpuint (inputs.fuel.extra_aid_m->len, ==, 5);
  g_assert_cmpuint (pf_plan_get_n_aid_stations (plan, &n_course, &n_added), ==, 1 + 5);
  g_assert_cmpuint (n_course, ==, 1);
  g_assert_cmpuint (n_added, ==, 5);
  g_assert_cmpuint (pf_plan_get_n_aid_stations (plan, NULL, NULL), ==, 6);
}

static PfPlan *
issue16_plan (double        km,
              double        hours,
              double        temp_c,
              const double *aid_km,
              guint         n_aid,
              gboolean      salty)
{
  g_autoptr(PfTrack) course = pf_test_course_new (km * 1000.0, NULL);
  g_auto(PfPlanInputs) inputs = { 0 };
  PfPlan *plan;

  pf_plan_inputs_init (&inputs);
  pf_plan_inputs_set_track (&inputs, course);
  inputs.goal_time_s = hours * 3600.0;
  inputs.conditions.start_temp_c = inputs.conditions.finish_temp_c = temp_c;
  if (salty)
    {
      inputs.runner.cramp_prone = TRUE;
      inputs.runner.sweat_sodium_mg_per_l = 1400.0;
      inputs.conditions.humidity = 65.0;
    }
  for (guint i = 0; i < n_aid; i++)
    {
      double d = aid_km[i] * 1000.0;

      g_array_append_val (inputs.fuel.extra_aid_m, d);
    }
  plan = compute (&inputs);
  assert_rails (plan, &inputs);

  return plan;
}

/* The concrete cases of issue 16. */
static void
test_issue16_cases (void)
{
  static const double every5[] = { 5, 10, 15, 20, 25, 30, 35, 40 };
  static const double half[] = { 5, 10, 15, 20 };
  static const double first[] = { 21 };

  /* A 2:10 half at 12 °C with four stations: gels with a cup of water, and something drunk. */
  {
    g_autoptr(PfPlan) plan = issue16_plan (21.0975, 2.0 + 10.0 / 60.0, 12.0, half, 4, FALSE);
    const PfFuel *fuel = pf_plan_get_fuel (plan);
    guint gels = 0;

    for (guint i = 0; i < fuel->schedule->len; i++)
      {
        const PfIntake *in = &g_array_index (fuel->schedule, PfIntake, i);

        g_assert_nonnull (in->where);
        for (guint k = 0; k < in->n_items; k++)
          if (in->items[k].product == fuel->gel)
            {
              gels++;
              g_assert_cmpuint (pf_intake_cups (in), >=, 1);
            }
      }
    g_assert_cmpuint (gels, >=, 2);
    g_assert_cmpfloat (fuel->totals.fluid_l, >=, 0.4);
  }

  /* A hot 3:30 with a salty, cramp-prone runner and stations every 5 km: each station's
   * fluid in one or two 150 mL cups, its sodium that of the station's drink (~0.45 g/L),
   * not the runner's own 1.5 g/L; the rest of the sodium from capsules, said so. */
  {
    g_autoptr(PfPlan) plan = issue16_plan (42.195, 3.5, 27.0, every5, 8, TRUE);
    const PfFuel *fuel = pf_plan_get_fuel (plan);
    gboolean said = FALSE;

    g_assert_cmpfloat_with_epsilon (fuel->station_drink->sodium_mg, 0.45, 1e-9);
    g_assert_cmpfloat_with_epsilon (fuel->station_drink->carbs_g, 0.06, 1e-9);
    for (guint i = 0; i < fuel->schedule->len; i++)
      {
        const PfIntake *in = &g_array_index (fuel->schedule, PfIntake, i);
        double capsules = 0.0, gel = 0.0;

        g_assert_cmpfloat (in->fluid_ml, <=, 2 * 150.0);
        for (guint k = 0; k < in->n_items; k++)
          {
            if (in->items[k].product == fuel->salt)
              capsules += in->items[k].servings * fuel->salt->sodium_mg;
            else
              gel += in->items[k].servings * in->items[k].product->sodium_mg;
          }
        g_assert_cmpfloat (in->sodium_mg - capsules - gel, <=, 300.0 * 0.45 + 1e-6);
      }
    g_assert_cmpuint (fuel->capsules_to_carry, >, 0);
    for (guint i = 0; i < fuel->notes->len; i++)
      said |= strstr (g_ptr_array_index (fuel->notes, i), "salt capsules") != NULL;
    g_assert_true (said);
  }

  /* Adding the first aid station never takes the water away, and a bottle never gives more
   * than it holds: without a station the 500 mL bottle is all there is, and the runner is
   * told it runs dry; with one at halfway it is refilled there. */
  {
    g_autoptr(PfPlan) none = issue16_plan (42.195, 3.5, 12.0, NULL, 0, FALSE);
    g_autoptr(PfPlan) one = issue16_plan (42.195, 3.5, 12.0, first, 1, FALSE);
    const PfFuel *fuel = pf_plan_get_fuel (none);
    double without = fuel->totals.fluid_l;
    double with = pf_plan_get_fuel (one)->totals.fluid_l;
    gboolean said = FALSE;

    g_assert_true (fuel->bottle);
    g_assert_true (pf_plan_get_fuel (one)->bottle);
    g_assert_cmpfloat (without, >=, 0.4);
    g_assert_cmpfloat (without, <=, fuel->drink.bottle_ml / 1000.0 + 1e-9);
    for (guint i = 0; i < fuel->notes->len; i++)
      {
        const char *note = g_ptr_array_index (fuel->notes, i);

        said |= strstr (note, "runs dry") != NULL;
        /* No advice that needs water the dry bottle no longer holds. */
        g_assert_null (strstr (note, "sip your drink more evenly"));
        g_assert_null (strstr (note, "with a sip from your bottle"));
      }
    g_assert_true (said);
    g_assert_cmpfloat (with, >, without);
    g_assert_cmpfloat (with, <=, 2 * fuel->drink.bottle_ml / 1000.0 + 0.3 + 1e-9);
  }
}

/* The user's catalog: saved and loaded back; a missing file is an empty catalog. */
static void
test_product_catalog (void)
{
  g_autofree char *dir = g_dir_make_tmp ("pf-catalog-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "products.json", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GArray) saved = pf_product_array_new ();
  g_autoptr(GArray) loaded = pf_product_array_new ();
  g_autoptr(GError) error = NULL;
  PfProduct gel = own_product ("Caffeine gel", 22.0, 14.0, 8.0, 30.0);

  gel.caffeine_mg = 100.0;
  g_assert_true (pf_product_catalog_load (file, loaded, &error));
  g_assert_cmpuint (loaded->len, ==, 0);

  g_array_append_val (saved, gel);
  g_assert_true (pf_product_catalog_save (file, saved, &error));
  g_assert_no_error (error);
  g_assert_true (pf_product_catalog_load (file, loaded, &error));
  g_assert_cmpuint (loaded->len, ==, 1);
  g_assert_cmpstr (g_array_index (loaded, PfProduct, 0).name, ==, "Caffeine gel");
  g_assert_cmpfloat (g_array_index (loaded, PfProduct, 0).caffeine_mg, ==, 100.0);

  g_assert_true (g_file_set_contents (path, "{\"products\": [{\"name\": 3}]}", -1, NULL));
  g_assert_false (pf_product_catalog_load (file, loaded, &error));
  g_clear_error (&error);
  g_assert_true (g_file_set_contents (path, "{\"products\": 3}", -1, NULL));
  g_assert_false (pf_product_catalog_load (file, loaded, &error));
  g_assert_cmpuint (loaded->len, ==, 1);

  g_unlink (path);
  g_unlink (backup);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sweat/field-test", test_field_test_arithmetic);
  g_test_add_func ("/sweat/model-reference", test_sweat_model_reference);
  g_test_add_func ("/sweat/hotter-faster", test_hotter_and_faster_sweat_more);
  g_test_add_func ("/sweat/calibration", test_calibration_reproduces_test);
  g_test_add_func ("/fuel/rails/random", test_rails_hold_for_random_runners);
  g_test_add_func ("/fuel/drink-sodium", test_drink_sodium);
  g_test_add_func ("/fuel/sodium-bands", test_sodium_bands);
  g_test_add_func ("/fuel/carbohydrate", test_carbohydrate_by_duration);
  g_test_add_func ("/fuel/schedule", test_schedule_at_aid_stations);
  g_test_add_func ("/fuel/hours-end-at-finish", test_hours_end_at_finish);
  g_test_add_func ("/fuel/impossible", test_impossible_inputs);
  g_test_add_func ("/fuel/own-products-offers", test_own_products_and_offers);
  g_test_add_func ("/fuel/aid-station-count", test_aid_station_count);
  g_test_add_func ("/fuel/product-catalog", test_product_catalog);
  g_test_add_func ("/fuel/issue16", test_issue16_cases);

  return g_test_run ();
}
