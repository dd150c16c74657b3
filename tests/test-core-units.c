/* test-core-units.c — every text of the core a runner reads, in imperial units holds no metric
 * unit, and in metric no imperial one (issue 17)
 *
 * The core writes its quantities as markers (core/pf-quantity.h) and never a unit: here many
 * plans are computed — hot and cool, a 12 h ultra, a sweat test far from the race, a salty
 * crampy runner, late climbs — and every warning, fuel note, feasibility change, course note,
 * refusal, prediction basis and checklist text is expanded in both unit systems and searched
 * for the other system's units and for markers left over.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "core/pacefuel-core.h"
#include "core/pf-checklist.h"
#include "core/pf-quantity.h"
#include "report/pf-units.h"
#include "pf-test-course.h"

static PfTrack *flat_marathon;
static PfTrack *hill_marathon;
static PfTrack *ultra;

static GRegex *metric_units;
static GRegex *imperial_units;

/* What the texts that went through the check said, and how many held a quantity. */
static GHashTable *warning_ids;
static guint n_texts;
static guint change_kinds;  /* a bit for each PfFeasibilityKind met */
static guint n_quantities;

/* A climb of 60 m at 6 % from 33 to 34 km, flat elsewhere: late, steep. */
static double
late_climb (double d)
{
  if (d < 33000.0)
    return 50.0;
  if (d < 34000.0)
    return 50.0 + 0.06 * (d - 33000.0);
  return 110.0;
}

/* @text expanded in both systems: no unit of the other one, no marker left. */
static void
assert_text (const char *where,
             const char *text)
{
  g_autofree char *metric = NULL;
  g_autofree char *imperial = NULL;
  g_autoptr(GMatchInfo) match = NULL;

  if (text == NULL)
    return;

  metric = pf_units_expand (PF_UNITS_METRIC, text);
  imperial = pf_units_expand (PF_UNITS_IMPERIAL, text);
  g_test_message ("%s: %s", where, imperial);
  n_texts++;

  if (g_regex_match (metric_units, imperial, 0, &match))
    {
      g_autofree char *unit = g_match_info_fetch (match, 0);

      g_error ("%s, in imperial units, holds the metric “%s”: %s", where, unit, imperial);
    }
  g_clear_pointer (&match, g_match_info_free);
  if (g_regex_match (imperial_units, metric, 0, &match))
    {
      g_autofree char *unit = g_match_info_fetch (match, 0);

      g_error ("%s, in metric units, holds the imperial “%s”: %s", where, unit, metric);
    }
  g_assert_false (pf_quantity_in (metric));
  g_assert_false (pf_quantity_in (imperial));

  /* A quantity in the text turns into the runner's unit, not into nothing. */
  if (pf_quantity_in (text))
    {
      n_quantities++;
      g_assert_true (g_regex_match (imperial_units, imperial, 0, NULL));
      g_assert_true (g_regex_match (metric_units, metric, 0, NULL));
    }
}

/* Everything a plan says in words. */
static void
assert_plan (const char   *name,
             const PfPlan *plan)
{
  const PfFeasibility *f = pf_plan_get_feasibility (plan);
  const PfFuel *fuel = pf_plan_get_fuel (plan);
  GPtrArray *course_notes = pf_course_get_notes (pf_plan_get_course (plan));

  for (guint i = 0; i < pf_plan_get_n_warnings (plan); i++)
    {
      const PfWarning *w = pf_plan_get_warning (plan, i);
      g_autofree char *where = g_strdup_printf ("%s, warning %s", name, w->id);

      g_hash_table_add (warning_ids, g_strdup (w->id));
      assert_text (where, w->message);
      assert_text (where, w->reason);
      assert_text (where, w->action);
    }
  for (guint i = 0; i < f->changes->len; i++)
    {
      const PfFeasibilityChange *c = &g_array_index (f->changes, PfFeasibilityChange, i);

      change_kinds |= 1u << c->kind;
      assert_text (name, c->text);
    }
  for (guint i = 0; i < fuel->notes->len; i++)
    assert_text (name, g_ptr_array_index (fuel->notes, i));
  assert_text (name, fuel->drink.why);
  for (guint i = 0; course_notes != NULL && i < course_notes->len; i++)
    assert_text (name, g_ptr_array_index (course_notes, i));
  for (guint i = 0; i < pf_plan_get_n_predictions (plan); i++)
    {
      const PfPrediction *p = pf_plan_get_prediction (plan, i);

      assert_text (name, pf_prediction_model_get_name (p->model));
      assert_text (name, pf_prediction_model_get_basis (p->model));
    }
}

/* A marathon on the flat with aid every 5 km and a goal time. */
static void
marathon_inputs (PfPlanInputs *inputs,
                 PfTrack      *track,
                 double        goal_s,
                 double        temp_c,
                 double        dew_point_c)
{
  pf_plan_inputs_init (inputs);
  pf_plan_inputs_set_track (inputs, track);
  inputs->official_distance_m = PF_DISTANCE_MARATHON;
  inputs->goal_time_s = goal_s;
  inputs->conditions.start_temp_c = temp_c;
  inputs->conditions.humidity_kind = PF_HUMIDITY_DEW_POINT;
  inputs->conditions.humidity = dew_point_c;
  for (double d = 5000.0; d < 42000.0; d += 5000.0)
    g_array_append_val (inputs->fuel.extra_aid_m, d);
}

/* A trained runner: a 40:00 10K, 80 km weeks, a 32 km long run, 16 km at goal pace. */
static void
add_training (PfPlanInputs *inputs)
{
  pf_plan_inputs_add_race (inputs, 10000.0, 40 * 60);
  inputs->training.weekly_km = 80.0;
  inputs->training.longest_run_km = 32.0;
  inputs->training.goal_pace_km = 16.0;
}

static void
check_plan (const char         *name,
            const PfPlanInputs *inputs)
{
  g_autoptr(PfPlan) plan = pf_test_plan_compute (inputs);

  assert_plan (name, plan);
}

static void
test_plans (void)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  const char *expected[] = {
    "not-feasible", "heat", "goal-faster-than-fitness", "beyond-long-run",
    "little-goal-pace-training", "fast-first-half", "late-hills", "pace-above-threshold",
    "mass-loss", "overdrinking", "sodium-cramp-risk", "sweat-test-far", "strong-drink",
  };

  /* Hot and fast: not feasible, with the changes that make it so. */
  marathon_inputs (&inputs, flat_marathon, 2 * 3600 + 59 * 60, 30.0, 24.0);
  check_plan ("hot marathon", &inputs);
  /* The same with a fixed fluid target, acclimatised, and with a bottle. */
  inputs.fuel.fluid_per_hour_l = 0.4;
  check_plan ("hot marathon, fixed target", &inputs);
  inputs.fuel.fluid_per_hour_l = 0.0;
  inputs.training.acclimatised = TRUE;
  check_plan ("hot marathon, acclimatised", &inputs);
  inputs.fuel.carry_bottle_ml = 500.0;
  check_plan ("hot marathon, bottle", &inputs);

  /* A warm 4 h: the places to drink are short. */
  marathon_inputs (&inputs, flat_marathon, 4.0 * 3600, 27.0, 20.0);
  check_plan ("warm marathon", &inputs);

  /* Slower and sweating less: the ceiling would do for the acclimatised; or only the
   * places to drink are short. */
  marathon_inputs (&inputs, flat_marathon, 4.75 * 3600, 27.0, 20.0);
  inputs.training.acclimatised = TRUE;
  check_plan ("slow warm marathon, acclimatised", &inputs);
  marathon_inputs (&inputs, flat_marathon, 4.0 * 3600, 22.0, 14.0);
  g_array_set_size (inputs.fuel.extra_aid_m, 0);
  for (double d = 7000.0; d < 42000.0; d += 7000.0)
    g_array_append_val (inputs.fuel.extra_aid_m, d);
  check_plan ("sparse stations", &inputs);
  marathon_inputs (&inputs, flat_marathon, 4.0 * 3600, 23.0, 14.0);
  g_array_set_size (inputs.fuel.extra_aid_m, 0);
  for (double d = 10000.0; d < 42000.0; d += 10000.0)
    g_array_append_val (inputs.fuel.extra_aid_m, d);
  inputs.fuel.carry_bottle_ml = 250.0;
  check_plan ("sparse stations, small bottle", &inputs);

  /* Cool and sound. */
  marathon_inputs (&inputs, flat_marathon, 3.5 * 3600, 12.0, 5.0);
  add_training (&inputs);
  check_plan ("cool marathon", &inputs);

  /* The cramp scenario: too fast a goal, a short long run, warming up. */
  marathon_inputs (&inputs, flat_marathon, 3 * 3600 + 15 * 60, 21.0, 18.0);
  pf_plan_inputs_add_race (&inputs, 10000.0, 50 * 60 + 3);
  inputs.training.longest_run_km = 18.0;
  inputs.conditions.finish_temp_c = 29.0;
  check_plan ("cramp scenario", &inputs);

  /* Late, steep climbs, little long-run and goal-pace training, a positive split. */
  marathon_inputs (&inputs, hill_marathon, 3 * 3600 + 20 * 60, 10.0, 5.0);
  add_training (&inputs);
  inputs.official_distance_m = 0.0;
  inputs.training.longest_run_km = 21.0;
  inputs.training.goal_pace_km = 5.0;
  inputs.strategy = PF_STRATEGY_POSITIVE;
  inputs.strategy_pct = 4.0;
  check_plan ("late climbs", &inputs);

  /* Past threshold in the second half of a negative split. */
  marathon_inputs (&inputs, flat_marathon, 3 * 3600, 10.0, 5.0);
  add_training (&inputs);
  inputs.strategy = PF_STRATEGY_NEGATIVE;
  inputs.strategy_pct = 10.0;
  check_plan ("negative split", &inputs);

  /* A low ceiling: the loss passes 2 %. A small runner with a high fixed target. */
  marathon_inputs (&inputs, flat_marathon, 3 * 3600 + 20 * 60, 14.0, 8.0);
  add_training (&inputs);
  inputs.fuel.fluid_ceiling_l_per_h = 0.5;
  check_plan ("low ceiling", &inputs);
  marathon_inputs (&inputs, flat_marathon, 3 * 3600 + 20 * 60, 10.0, 5.0);
  add_training (&inputs);
  inputs.runner.mass_kg = 50.0;
  inputs.runner.height_cm = 158.0;
  inputs.fuel.fluid_per_hour_l = 1.2;
  check_plan ("fixed target", &inputs);

  /* A salty, cramp-prone runner in the heat, with a strong drink mix and with none. */
  marathon_inputs (&inputs, flat_marathon, 3.5 * 3600, 24.0, 16.0);
  inputs.runner.cramp_prone = TRUE;
  inputs.runner.sweat_sodium_mg_per_l = 1400.0;
  check_plan ("salty crampy, stations", &inputs);
  inputs.fuel.carry_bottle_ml = 500.0;
  inputs.fuel.drink_carbs_g_per_l = 100.0;
  check_plan ("salty crampy, bottle", &inputs);
  inputs.runner.sweat_sodium_mg_per_l = 800.0;
  inputs.fuel.carbs_per_hour_g = 90.0;
  inputs.fuel.drink_fructose_pct = 0.0;
  check_plan ("typical crampy, glucose", &inputs);

  /* A sweat test on a mild day, far from a hot race. */
  marathon_inputs (&inputs, flat_marathon, 3.5 * 3600, 28.0, 20.0);
  inputs.runner.has_sweat_test = TRUE;
  inputs.runner.sweat_test.pre_kg = 70.0;
  inputs.runner.sweat_test.post_kg = 68.5;
  inputs.runner.sweat_test.minutes = 60.0;
  inputs.runner.sweat_test.temp_c = 15.0;
  inputs.runner.sweat_test.dew_point_c = 8.0;
  inputs.runner.sweat_test.pace_s_per_km = 300.0;
  check_plan ("sweat test far", &inputs);

  /* The 12 h ultra: in the heat (not feasible, the ultra's limit), and on a cool day. */
  pf_plan_inputs_init (&inputs);
  pf_plan_inputs_set_track (&inputs, ultra);
  inputs.goal_time_s = 12 * 3600.0;
  inputs.conditions.start_temp_c = 30.0;
  inputs.conditions.humidity_kind = PF_HUMIDITY_DEW_POINT;
  inputs.conditions.humidity = 10.0;
  check_plan ("hot ultra", &inputs);
  inputs.training.acclimatised = TRUE;
  check_plan ("hot ultra, acclimatised", &inputs);
  inputs.conditions.start_temp_c = 15.0;
  inputs.fuel.carry_bottle_ml = 500.0;
  for (double d = 5000.0; d < 100000.0; d += 5000.0)
    g_array_append_val (inputs.fuel.extra_aid_m, d);
  check_plan ("cool ultra", &inputs);

  /* Every warning that speaks of a quantity was among the texts checked. */
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      if (!g_hash_table_contains (warning_ids, expected[i]))
        g_error ("no plan raised the warning %s", expected[i]);
    }
  /* …and every kind of change the feasibility check proposes. */
  g_assert_cmpuint (change_kinds, ==, (1u << PF_FEASIBILITY_SLOWER) | (1u << PF_FEASIBILITY_BOTTLE)
                                      | (1u << PF_FEASIBILITY_STATIONS)
                                      | (1u << PF_FEASIBILITY_CEILING));
  g_assert_cmpuint (n_quantities, >, 40);
  g_test_message ("%u texts, %u with quantities", n_texts, n_quantities);
}

/* A course drawn with a gap between two parts, a jump of more than a kilometre within one,
 * a waypoint far off it, and an official distance far from the measured one. */
static void
test_course_notes (void)
{
  static const char text[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<gpx version=\"1.1\" creator=\"test\" xmlns=\"http://www.topografix.com/GPX/1/1\">\n"
    "<wpt lat=\"45.0100\" lon=\"7.1000\"><name>Far away hut</name></wpt>\n"
    "<trk><trkseg>\n"
    "<trkpt lat=\"45.000\" lon=\"7.0\"/><trkpt lat=\"45.001\" lon=\"7.0\"/>\n"
    "<trkpt lat=\"45.012\" lon=\"7.0\"/><trkpt lat=\"45.013\" lon=\"7.0\"/>\n"
    "</trkseg><trkseg>\n"
    "<trkpt lat=\"45.023\" lon=\"7.0\"/><trkpt lat=\"45.024\" lon=\"7.0\"/>\n"
    "</trkseg></trk></gpx>\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = pf_import_bytes (bytes, "notes.gpx", &error);
  g_autoptr(PfCourse) course = NULL;
  PfCleanOptions options;
  GPtrArray *notes;
  guint with_quantity = 0;

  g_assert_no_error (error);
  pf_clean_options_init (&options);
  options.official_distance_m = 5000.0;
  course = pf_course_new (track, &options, &error);
  g_assert_no_error (error);

  notes = pf_course_get_notes (course);
  for (guint i = 0; i < notes->len; i++)
    {
      with_quantity += pf_quantity_in (g_ptr_array_index (notes, i));
      assert_text ("course note", g_ptr_array_index (notes, i));
    }
  /* The gap, the jump, the far waypoint and the official distance. */
  g_assert_cmpuint (with_quantity, >=, 4);
}

/* What the core refuses, it says in the runner's units. */
static void
test_refusals (void)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  PfProduct product = { "bad", "Bad bottle", 5000.0, 0.0, 0.0, 0.0, 0.0, 0.0 };
  PfSweatTest tests[5];
  g_autoptr(GError) error = NULL;
  guint refused = 0;

#define REFUSE(what, change)                                        \
  G_STMT_START {                                                    \
    marathon_inputs (&inputs, flat_marathon, 3.5 * 3600, 12.0, 5.0); \
    change;                                                         \
    g_clear_error (&error);                                         \
    g_assert_false (pf_plan_inputs_validate (&inputs, &error));     \
    g_assert_nonnull (error);                                       \
    assert_text (what, error->message);                             \
    refused += pf_quantity_in (error->message);                     \
  } G_STMT_END

  REFUSE ("mass", inputs.runner.mass_kg = 20.0);
  REFUSE ("height", inputs.runner.height_cm = 100.0);
  REFUSE ("sweat rate", inputs.runner.sweat_rate_l_per_h = 7.0);
  REFUSE ("fluid target", inputs.fuel.fluid_per_hour_l = 3.0);
  REFUSE ("ceiling", inputs.fuel.fluid_ceiling_l_per_h = 2.0);
  REFUSE ("bottle", inputs.fuel.carry_bottle_ml = 3000.0);
  REFUSE ("temperature", inputs.conditions.start_temp_c = 70.0);
  REFUSE ("race distance", pf_plan_inputs_add_race (&inputs, 100.0, 60.0));
  REFUSE ("walk", pf_plan_inputs_add_race (&inputs, 10000.0, 10 * 3600.0));
  REFUSE ("training pace", inputs.training.mean_pace_s_per_km = 2000.0);
#undef REFUSE
  g_assert_cmpuint (refused, ==, 10);

  /* The sweat test's ranges, one spoilt at a time. */
  for (guint i = 0; i < G_N_ELEMENTS (tests); i++)
    {
      tests[i] = (PfSweatTest) { .pre_kg = 70.0, .post_kg = 69.0, .drank_l = 0.5, .minutes = 60.0,
                                 .temp_c = 15.0, .dew_point_c = 8.0, .pace_s_per_km = 300.0 };
    }
  tests[0].pre_kg = 20.0;
  tests[1].drank_l = 20.0;
  tests[2].pace_s_per_km = 60.0;
  tests[3].temp_c = 60.0;
  tests[4].post_kg = 60.0;  /* 10 L in an hour */
  for (guint i = 0; i < G_N_ELEMENTS (tests); i++)
    {
      g_clear_error (&error);
      g_assert_false (pf_sweat_test_check (&tests[i], &error));
      assert_text ("sweat test", error->message);
      g_assert_true (pf_quantity_in (error->message));
    }

  g_clear_error (&error);
  g_assert_false (pf_product_check (&product, &error));
  assert_text ("product", error->message);
  g_assert_true (pf_quantity_in (error->message));
}

/* The texts of no plan: the checklist, the cramp response, every model's basis. */
static void
test_fixed_texts (void)
{
  for (PfCheck c = 0; c < PF_N_CHECKS; c++)
    assert_text ("checklist", pf_check_question (c));
  assert_text ("cramp response", pf_cramp_response ());
  for (PfPredictionModel m = PF_PREDICTION_VDOT; m <= PF_PREDICTION_TANDA; m++)
    {
      assert_text ("prediction", pf_prediction_model_get_name (m));
      assert_text ("prediction", pf_prediction_model_get_basis (m));
    }
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);

  /* Metric units as words (never inside one), and numbers in metres or litres; imperial
   * ones likewise. A concentration (g/L, mg/L) is the same in both systems. */
  metric_units = g_regex_new ("\\b(km|kg|mL|cm|L/h)\\b|°C|kilomet|\\d m\\b|\\d L\\b",
                              G_REGEX_OPTIMIZE, 0, NULL);
  imperial_units = g_regex_new ("\\b(mi|lb|ft|fl oz)\\b|°F|\\bmile", G_REGEX_OPTIMIZE, 0, NULL);
  warning_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  flat_marathon = pf_test_course_new (42195.0, NULL);
  hill_marathon = pf_test_course_new (42195.0, late_climb);
  ultra = pf_test_course_new (100000.0, NULL);

  g_test_add_func ("/core-units/plans", test_plans);
  g_test_add_func ("/core-units/course-notes", test_course_notes);
  g_test_add_func ("/core-units/refusals", test_refusals);
  g_test_add_func ("/core-units/fixed-texts", test_fixed_texts);

  status = g_test_run ();

  pf_track_unref (flat_marathon);
  pf_track_unref (hill_marathon);
  pf_track_unref (ultra);
  g_hash_table_unref (warning_ids);
  g_regex_unref (metric_units);
  g_regex_unref (imperial_units);
  return status;
}
