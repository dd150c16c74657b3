/* test-cli-plan.c — pacefuel-cli plan and predict, as a script would use them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "core/pacefuel-core.h"
#include "pf-test-units.h"
#include "pf-test-util.h"

static char *
sample_course (void)
{
  return pf_test_data_path ("activity_607442311.gpx");
}

static JsonObject *
parse_object (JsonParser *parser,
              const char *text)
{
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
  return json_node_get_object (json_parser_get_root (parser));
}

static void
test_plan_json (void)
{
  g_autofree char *course = sample_course ();
  g_auto(PfTestCliRun) run = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  static const char * const split_members[] = {
    "index", "start_m", "end_m", "distance_m", "time_s", "elapsed_s", "pace_s_per_km",
    "gap_s_per_km", "clock", "ascent_m", "descent_m", "temp_c", NULL
  };
  JsonObject *plan;
  JsonArray *splits;
  double sum = 0.0;

  pf_test_cli_run (&run, "plan", course, "--goal", "3:30:00", "--start", "2026-10-04T08:00",
                   "--temp", "10", "--temp-end", "21", "--dew-point", "8",
                   "--official-distance", "marathon", "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  plan = parse_object (parser, run.out);

  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (plan, "finish_s"), 12600.0, 1.0);
  g_assert_cmpfloat (json_object_get_double_member (plan, "heat_cost_s"), >, 0.0);
  g_assert_true (json_object_has_member (plan, "climb_cost_s"));
  g_assert_cmpstr (json_object_get_string_member (plan, "model"), ==, "strava");
  g_assert_cmpstr (json_object_get_string_member (plan, "heat_model"), ==, "hadley");
  g_assert_cmpstr (json_object_get_string_member (plan, "strategy"), ==, "even-effort");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (plan, "predictions")), ==, 0);

  splits = json_object_get_array_member (plan, "splits");
  g_assert_cmpuint (json_array_get_length (splits), ==, 43);
  for (guint i = 0; i < json_array_get_length (splits); i++)
    {
      JsonObject *split = json_array_get_object_element (splits, i);

      for (guint m = 0; split_members[m] != NULL; m++)
        g_assert_true (json_object_has_member (split, split_members[m]));
      sum += json_object_get_double_member (split, "time_s");
    }
  g_assert_cmpfloat_with_epsilon (sum, 12600.0, 1.0);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (splits, 42), "clock"),
                   ==, "11:30:00");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (json_array_get_object_element (splits, 42),
                                                                 "end_m"), 42195.0, 0.01);
  /* Later splits are hotter. */
  g_assert_cmpfloat (json_object_get_double_member (json_array_get_object_element (splits, 40), "temp_c"),
                     >, json_object_get_double_member (json_array_get_object_element (splits, 0), "temp_c") + 8.0);
}

static void
test_plan_effort_and_csv (void)
{
  g_autofree char *course = sample_course ();
  g_auto(PfTestCliRun) run = { 0 };
  g_auto(PfTestCliRun) csv = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(GStrv) lines = NULL;
  JsonObject *plan;

  pf_test_cli_run (&run, "plan", course, "--from-race", "half=1:40:00", "--from-race", "10k=45:00",
                   "--splits", "mile", "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  plan = parse_object (parser, run.out);
  g_assert_cmpstr (json_object_get_string_member (plan, "mode"), ==, "effort");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (plan, "predictions")), ==, 4);
  /* About 26.5 miles of course: 27 mile splits. */
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (plan, "splits")), ==, 27);

  /* "3:30" for a marathon is three and a half hours, as in the app; "19:57" stays minutes
   * for a 5K. */
  {
    g_auto(PfTestCliRun) short_goal = { 0 };
    g_auto(PfTestCliRun) five_k = { 0 };

    pf_test_cli_run (&short_goal, "plan", course, "--goal", "3:30", "--json", NULL);
    g_assert_cmpint (short_goal.status, ==, 0);
    g_assert_cmpfloat_with_epsilon (json_object_get_double_member (parse_object (parser, short_goal.out),
                                                                   "finish_s"), 3.5 * 3600, 1.0);
    pf_test_cli_run (&five_k, "plan", course, "--official-distance", "5k", "--goal", "19:57",
                             "--json", NULL);
    g_assert_cmpint (five_k.status, ==, 0);
    g_assert_cmpfloat_with_epsilon (json_object_get_double_member (parse_object (parser, five_k.out),
                                                                   "finish_s"), 19 * 60 + 57, 1.0);
  }

  pf_test_cli_run (&csv, "plan", course, "--goal", "4:00:00", "--csv", NULL);
  g_assert_cmpint (csv.status, ==, 0);
  lines = g_strsplit (csv.out, "\r\n", -1);
  g_assert_true (g_str_has_prefix (lines[0], "index,name,start_m,end_m,distance_m,time_s"));
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 43 + 1);  /* header, 43 splits, "" */
}

/* The training options take what the Fuel page's fields and a plan file take
 * (PF_TRAINING_MAX_KM): a plan saved from the window with 450 km a week is re-planned from the
 * command line with the same value; above the limit, refused with it. */
static void
test_plan_training_limit (void)
{
  static const char * const options[] = { "--training-week-km", "--longest-run",
                                          "--goal-pace-km" };
  g_autofree char *course = sample_course ();
  g_autofree char *limit = g_strdup_printf ("%g", PF_TRAINING_MAX_KM);
  g_autofree char *above = g_strdup_printf ("%g", PF_TRAINING_MAX_KM + 1.0);
  g_autofree char *says = g_strdup_printf ("pacefuel-cli: training distances must be between 0 "
                                           "and %g km\n", PF_TRAINING_MAX_KM);

  for (guint i = 0; i < G_N_ELEMENTS (options); i++)
    {
      g_auto(PfTestCliRun) taken = { 0 };
      g_auto(PfTestCliRun) refused = { 0 };

      pf_test_cli_run (&taken, "plan", course, "--goal", "3:30:00", options[i], limit,
                       "--json", NULL);
      g_test_message ("%s %s → %d: %s", options[i], limit, taken.status, taken.err);
      g_assert_cmpint (taken.status, ==, 0);

      pf_test_cli_run (&refused, "plan", course, "--goal", "3:30:00", options[i], above, NULL);
      g_assert_cmpint (refused.status, ==, 2);
      g_assert_true (g_str_has_prefix (refused.err, says));
      g_assert_cmpstr (refused.out, ==, "");
    }
}

static void
test_plan_refuses_bad_values (void)
{
  g_autofree char *course = sample_course ();
  const char *bad[][3] = {
    { "--goal", "0:00:00", NULL },
    { "--goal", "fast", NULL },
    { "--temp", "80", NULL },
    { "--rh", "130", NULL },
    { "--model", "magic", NULL },
    { "--heat-model", "sauna", NULL },
    { "--strategy", "negative:50", NULL },
    { "--splits", "furlong", NULL },
    { "--official-distance", "-5", NULL },
    { "--from-race", "5000=0:07:00", NULL },  /* faster than the world record */
    { "--start", "yesterday", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_auto(PfTestCliRun) run = { 0 };
      const char *goal = g_str_equal (bad[i][0], "--goal") || g_str_equal (bad[i][0], "--from-race")
                           ? "--json" : "--goal";

      if (g_str_equal (goal, "--goal"))
        pf_test_cli_run (&run, "plan", course, "--goal", "3:00:00", bad[i][0], bad[i][1], NULL);
      else
        pf_test_cli_run (&run, "plan", course, bad[i][0], bad[i][1], NULL);

      g_test_message ("%s %s → %d: %s", bad[i][0], bad[i][1], run.status, run.err);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_true (g_str_has_prefix (run.err, "pacefuel-cli: "));
      g_assert_cmpstr (run.out, ==, "");
    }

  {
    g_auto(PfTestCliRun) run = { 0 };

    pf_test_cli_run (&run, "plan", course, NULL);  /* neither goal nor race */
    g_assert_cmpint (run.status, ==, 2);
  }
  {
    g_auto(PfTestCliRun) run = { 0 };

    pf_test_cli_run (&run, "plan", "/nonexistent/course.gpx", "--goal", "3:00:00", NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_true (g_str_has_prefix (run.err, "pacefuel-cli: /nonexistent/course.gpx: "));
  }
}

static void
test_predict (void)
{
  g_auto(PfTestCliRun) run = { 0 };
  g_auto(PfTestCliRun) bad = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root;
  JsonArray *predictions;
  static const char * const models[] = { "vdot", "riegel", "cameron", "riegel-personal" };

  pf_test_cli_run (&run, "predict", "--race", "5000=19:57", "--race", "10000=41:21", "--json",
                   NULL);
  g_assert_cmpint (run.status, ==, 0);
  root = parse_object (parser, run.out);
  g_assert_cmpfloat (json_object_get_double_member (root, "distance_m"), ==, 42195.0);
  predictions = json_object_get_array_member (root, "predictions");
  g_assert_cmpuint (json_array_get_length (predictions), ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      JsonObject *p = json_array_get_object_element (predictions, i);

      g_assert_cmpstr (json_object_get_string_member (p, "model"), ==, models[i]);
      g_assert_cmpfloat (json_object_get_double_member (p, "time_s"), >, 2.9 * 3600);
      g_assert_cmpfloat (json_object_get_double_member (p, "time_s"), <, 3.5 * 3600);
    }
  /* VDOT 50: 3:10:49 in Daniels' table. */
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (json_array_get_object_element (predictions, 0),
                                                                 "time_s"), 11449.0, 60.0);

  pf_test_cli_run (&bad, "predict", "--race", "5000", NULL);
  g_assert_cmpint (bad.status, ==, 2);
}

/* `predict --units`: the distance, every pace and every basis in the units asked for, no unit
 * of the other system anywhere; the JSON stays SI whatever the units. */
static void
test_predict_units (void)
{
  static const struct { const char *name; PfUnitSystem units; const char *own[3]; } cases[] = {
    { "imperial", PF_UNITS_IMPERIAL, { "Predictions: 26.2 mi", " /mi ", "from 0.9 mi" } },
    { "metric", PF_UNITS_METRIC, { "Predictions: 42.2 km", " /km ", "from 1.5 km" } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(PfTestCliRun) run = { 0 };
      g_auto(PfTestCliRun) ultra = { 0 };
      g_auto(PfTestCliRun) json = { 0 };
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autofree char *foreign = NULL;
      g_autofree char *ultra_foreign = NULL;
      JsonObject *root;

      pf_test_cli_run (&run, "predict", "--race", "10k=45:00", "--race", "half=1:40:00",
                       "--units", cases[i].name, NULL);
      g_assert_cmpint (run.status, ==, 0);
      for (guint j = 0; j < G_N_ELEMENTS (cases[i].own); j++)
        if (strstr (run.out, cases[i].own[j]) == NULL)
          g_error ("no “%s” in predict --units %s:\n%s", cases[i].own[j], cases[i].name,
                   run.out);
      foreign = pf_test_units_foreign (cases[i].units, run.out);
      if (foreign != NULL)
        g_error ("predict --units %s: “%s”", cases[i].name, foreign);

      /* Beyond the marathon: the world-record curve, a distance typed in metres. */
      pf_test_cli_run (&ultra, "predict", "--race", "10k=45:00", "--distance", "100000",
                       "--units", cases[i].name, NULL);
      g_assert_cmpint (ultra.status, ==, 0);
      g_assert_nonnull (strstr (ultra.out, cases[i].units == PF_UNITS_IMPERIAL ? "62.1 mi"
                                                                                : "100.0 km"));
      ultra_foreign = pf_test_units_foreign (cases[i].units, ultra.out);
      if (ultra_foreign != NULL)
        g_error ("predict --distance 100000 --units %s: “%s”", cases[i].name, ultra_foreign);

      pf_test_cli_run (&json, "predict", "--race", "10k=45:00", "--units", cases[i].name,
                       "--json", NULL);
      g_assert_cmpint (json.status, ==, 0);
      root = parse_object (parser, json.out);
      g_assert_cmpfloat (json_object_get_double_member (root, "distance_m"), ==, 42195.0);
      g_assert_nonnull (strstr (json.out, "from 1.5 km"));
    }

  {
    g_auto(PfTestCliRun) bad = { 0 };

    pf_test_cli_run (&bad, "predict", "--race", "10k=45:00", "--units", "furlongs", NULL);
    g_assert_cmpint (bad.status, ==, 2);
  }
}

/* The fuel members of the JSON; the schedule adds up to the totals; odd inputs refused. */
static void
test_plan_fuel_json (void)
{
  g_autofree char *course = sample_course ();
  g_auto(PfTestCliRun) run = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  static const char * const hourly_members[] = {
    "start_s", "end_s", "sweat_l", "fluid_l", "sodium_mg", "carbs_g", "glucose_g", "fructose_g", NULL
  };
  static const char * const intake_members[] = {
    "elapsed_s", "distance_m", "clock", "where", "source", "items", "fluid_ml", "sodium_mg",
    "carbs_g", "glucose_g", "fructose_g", NULL
  };
  static const char * const total_members[] = {
    "sweat_l", "fluid_l", "sodium_lost_mg", "sodium_in_mg", "carbs_g", "glucose_g", "fructose_g",
    "mass_change_pct", NULL
  };
  JsonObject *plan, *totals, *drink;
  JsonArray *schedule, *hourly;
  double fluid = 0.0, carbs = 0.0;

  pf_test_cli_run (&run, "plan", course, "--goal", "3:45:00", "--temp", "18", "--temp-end", "26",
                   "--mass", "68", "--height", "172",
                   "--sweat-test",
                   "pre=68,post=67.2,drank=0.4,urine=0,minutes=60,temp=22,rh=55,pace=5:20",
                   "--sweat-sodium-band", "salty", "--gut-max", "75",
                   "--aid", "5,10,15,20,25,30,35,40",
                   "--carry-bottle", "500", "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  plan = parse_object (parser, run.out);

  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (plan, "sweat_test_rate_l_per_h"),
                                  1.2, 1e-6);
  g_assert_cmpfloat (json_object_get_double_member (plan, "sweat_rate_l_per_h"), >, 0.3);
  hourly = json_object_get_array_member (plan, "hourly");
  g_assert_cmpuint (json_array_get_length (hourly), ==, 4);
  for (guint i = 0; i < json_array_get_length (hourly); i++)
    for (guint m = 0; hourly_members[m] != NULL; m++)
      g_assert_true (json_object_has_member (json_array_get_object_element (hourly, i),
                                             hourly_members[m]));

  schedule = json_object_get_array_member (plan, "schedule");
  g_assert_cmpuint (json_array_get_length (schedule), >, 8);
  for (guint i = 0; i < json_array_get_length (schedule); i++)
    {
      JsonObject *intake = json_array_get_object_element (schedule, i);

      const char *source;

      for (guint m = 0; intake_members[m] != NULL; m++)
        g_assert_true (json_object_has_member (intake, intake_members[m]));
      /* Issue 16: where the fluid comes from, and the cups at a station (one or two). */
      source = json_object_get_string_member (intake, "source");
      if (g_strcmp0 (json_object_get_string_member (intake, "where"), "carried") != 0)
        {
          g_assert_true (g_str_has_prefix (source, "station-") || g_str_equal (source, "carried"));
          g_assert_cmpint (json_object_get_int_member (intake, "cups"), <=, 2);
          g_assert_cmpfloat (json_object_get_double_member (intake, "fluid_ml"), <=,
                             json_object_get_int_member (intake, "cups") * 150.0 + 100.0);
        }
      else
        {
          g_assert_false (json_object_has_member (intake, "cups"));
          g_assert_true (g_str_equal (source, "own-bottle") || g_str_equal (source, "carried"));
        }
      fluid += json_object_get_double_member (intake, "fluid_ml") / 1000.0;
      carbs += json_object_get_double_member (intake, "carbs_g");
    }

  totals = json_object_get_object_member (plan, "totals");
  for (guint m = 0; total_members[m] != NULL; m++)
    g_assert_true (json_object_has_member (totals, total_members[m]));
  /* Rounded in the JSON: within a few units of the rounding. */
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (totals, "fluid_l"), fluid, 0.02);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (totals, "carbs_g"), carbs, 1.0);
  g_assert_cmpfloat (json_object_get_double_member (totals, "mass_change_pct"), <=, 0.0);

  drink = json_object_get_object_member (plan, "drink");
  g_assert_cmpfloat (json_object_get_double_member (drink, "sodium_g_per_l"), >, 0.7);
  g_assert_cmpfloat (json_object_get_double_member (drink, "sodium_g_per_l"), <=, 1.5);
  g_assert_cmpfloat (json_object_get_double_member (drink, "carbs_g_per_l"), <=, 80.0);
  g_assert_true (json_object_has_member (drink, "glucose_fructose_ratio"));
}

static void
test_plan_fuel_refuses_impossible (void)
{
  g_autofree char *course = sample_course ();
  const char *bad[][2] = {
    { "--mass", "0" },
    { "--mass", "300" },
    { "--sweat-test", "pre=70,post=71,drank=0,minutes=60,temp=20,dew=10,pace=5:00" },
    { "--sweat-test", "pre=70,post=69,drank=-1,minutes=60,temp=20,dew=10,pace=5:00" },
    { "--sweat-test", "pre=70,post=69" },
    { "--carry-bottle", "-500" },
    { "--fluid-per-hour", "-1" },
    { "--sweat-sodium-band", "very" },
    { "--drink-mode", "always" },
    { "--aid", "5,x" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_auto(PfTestCliRun) run = { 0 };

      pf_test_cli_run (&run, "plan", course, "--goal", "3:30:00", bad[i][0], bad[i][1], NULL);
      g_test_message ("%s %s → %d: %s", bad[i][0], bad[i][1], run.status, run.err);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_cmpstr (run.out, ==, "");
    }
}

static gboolean
has_warning (JsonArray  *warnings,
             const char *id,
             const char *severity)
{
  for (guint i = 0; i < json_array_get_length (warnings); i++)
    {
      JsonObject *w = json_array_get_object_element (warnings, i);

      if (g_str_equal (json_object_get_string_member (w, "id"), id)
          && (severity == NULL
              || g_str_equal (json_object_get_string_member (w, "severity"), severity)))
        return TRUE;
    }

  return FALSE;
}

/* A trail is predicted for ITRA's effort distance and along the world-record curve: a 3:30
 * marathoner gets a mid-pack time on CCC and the Tor des Géants, never faster than the record
 * holders' ratio, and a 9-hour CCC goal is a danger (issue 15's cases). */
static void
test_plan_trails (void)
{
  struct { const char *file; double lo_h, hi_h; } trails[] = {
    { "ccc.gpx", 15.0, 24.0 },        /* winners ~10:30, cut-off 26:45 */
    { "tor_330k.GPX", 85.0, 150.0 },  /* winners ~67 h, cut-off 150 h */
  };

  for (guint i = 0; i < G_N_ELEMENTS (trails); i++)
    {
      g_autofree char *course = pf_test_shared_path ("courses", trails[i].file, NULL);
      g_auto(PfTestCliRun) run = { 0 };
      g_autoptr(JsonParser) parser = json_parser_new ();
      JsonObject *root, *prediction, *realistic;
      double effort, time_s;

      if (course == NULL)
        return;
      pf_test_cli_run (&run, "plan", course, "--from-race", "marathon=3:30:00", "--json", NULL);
      g_assert_cmpint (run.status, ==, 0);
      root = parse_object (parser, run.out);
      g_assert_true (json_object_get_boolean_member (root, "trail"));
      effort = json_object_get_double_member (root, "effort_distance_m");
      g_assert_cmpfloat (effort, >, json_object_get_double_member (root, "distance_m") * 1.2);
      prediction = json_array_get_object_element (json_object_get_array_member (root,
                                                                                "predictions"), 0);
      g_assert_cmpstr (json_object_get_string_member (prediction, "model"), ==, "records");
      g_assert_nonnull (json_object_get_string_member (prediction, "rests_on"));
      time_s = json_object_get_double_member (prediction, "time_s");
      g_assert_cmpfloat (time_s, >=, 3.5 * 3600 * pf_record_ratio (42195.0, effort) - 1.0);
      g_assert_cmpfloat (time_s / 3600.0, >, trails[i].lo_h);
      g_assert_cmpfloat (time_s / 3600.0, <, trails[i].hi_h);
      realistic = json_object_get_object_member (root, "realistic");
      g_assert_cmpfloat (json_object_get_double_member (realistic, "finish_s"), >=, time_s * 0.99);
    }

  {
    g_autofree char *ccc = pf_test_shared_path ("courses", "ccc.gpx", NULL);
    g_auto(PfTestCliRun) run = { 0 };
    g_autoptr(JsonParser) parser = json_parser_new ();
    JsonArray *warnings;
    gboolean danger = FALSE;

    if (ccc == NULL)
      return;
    pf_test_cli_run (&run, "plan", ccc, "--goal", "9:00:00", "--race", "42195=3:30:00", "--json",
                     NULL);
    g_assert_cmpint (run.status, ==, 0);
    warnings = json_object_get_array_member (parse_object (parser, run.out), "warnings");
    for (guint i = 0; i < json_array_get_length (warnings); i++)
      {
        JsonObject *w = json_array_get_object_element (warnings, i);

        danger |= g_str_equal (json_object_get_string_member (w, "id"), "goal-faster-than-fitness")
                  && g_str_equal (json_object_get_string_member (w, "severity"), "danger");
      }
    g_assert_true (danger);
  }
}

/* The run by feel in the JSON: the same fields as the plan's splits, covering the course,
 * adding up to its finish; with Tanda's training prediction slower than the race, it drifts. */
static void
test_plan_realistic_json (void)
{
  g_autofree char *course = sample_course ();
  g_auto(PfTestCliRun) run = { 0 };
  g_auto(PfTestCliRun) untrained = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonParser) parser2 = json_parser_new ();
  JsonObject *root, *realistic, *first, *plan_split;
  JsonArray *splits;
  double sum = 0.0, finish;
  g_autoptr(GList) members = NULL;
  g_autoptr(GList) plan_members = NULL;

  pf_test_cli_run (&run, "plan", course, "--official-distance", "marathon", "--goal", "3:30:00",
                   "--race", "10000=45:16", "--training-week-km", "70",
                   "--training-pace", "5:10", "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  root = parse_object (parser, run.out);
  realistic = json_object_get_object_member (root, "realistic");
  g_assert_nonnull (realistic);
  finish = json_object_get_double_member (realistic, "finish_s");
  splits = json_object_get_array_member (realistic, "splits");
  first = json_array_get_object_element (splits, 0);
  plan_split = json_array_get_object_element (json_object_get_array_member (root, "splits"), 0);
  members = json_object_get_members (first);
  plan_members = json_object_get_members (plan_split);
  g_assert_cmpuint (g_list_length (members), ==, g_list_length (plan_members));
  for (guint i = 0; i < json_array_get_length (splits); i++)
    sum += json_object_get_double_member (json_array_get_object_element (splits, i), "time_s");
  g_assert_cmpfloat (fabs (sum - finish), <, 1.0);
  /* Runners by feel start faster than they finish. */
  g_assert_cmpfloat (json_object_get_double_member (first, "pace_s_per_km"), <,
                     json_object_get_double_member (json_array_get_object_element (
                       splits, json_array_get_length (splits) - 1), "pace_s_per_km"));

  /* 70 km weeks at 5:10 give Tanda 3:24 or so: faster than the race, no drift added; 30 km
   * weeks at 6:30 give some 4:00, and the run by feel slows to it. */
  pf_test_cli_run (&untrained, "plan", course, "--official-distance", "marathon", "--goal",
                   "3:30:00", "--race", "10000=45:16", "--training-week-km", "30",
                   "--training-pace", "6:30", "--json", NULL);
  g_assert_cmpint (untrained.status, ==, 0);
  g_assert_cmpfloat (json_object_get_double_member (json_object_get_object_member (
                       parse_object (parser2, untrained.out), "realistic"), "finish_s"),
                     >, finish + 15 * 60);
}

/* Without training the text output says the goal cannot be checked against it and names
 * the options that give it (issue 15); with training it says nothing of the sort. Aid
 * splits end at the stations given with --aid. */
static void
test_plan_training_and_aid_splits (void)
{
  g_autofree char *course = sample_course ();
  g_auto(PfTestCliRun) untrained = { 0 };
  g_auto(PfTestCliRun) trained = { 0 };
  g_auto(PfTestCliRun) aid = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonArray *splits;

  pf_test_cli_run (&untrained, "plan", course, "--goal", "3:45:00", NULL);
  g_assert_cmpint (untrained.status, ==, 0);
  g_assert_nonnull (strstr (untrained.out, "Training not entered"));
  g_assert_nonnull (strstr (untrained.out, "--longest-run"));
  g_assert_nonnull (strstr (untrained.out, "--training-week-km"));

  pf_test_cli_run (&trained, "plan", course, "--goal", "3:45:00", "--longest-run", "30",
           "--training-week-km", "60", NULL);
  g_assert_cmpint (trained.status, ==, 0);
  g_assert_null (strstr (trained.out, "Training not entered"));

  pf_test_cli_run (&aid, "plan", course, "--goal", "3:45:00", "--splits", "aid", "--aid", "20,10",
           "--json", NULL);
  g_assert_cmpint (aid.status, ==, 0);
  splits = json_object_get_array_member (parse_object (parser, aid.out), "splits");
  g_assert_cmpuint (json_array_get_length (splits), >=, 3);
  g_assert_true (json_object_has_member (json_array_get_object_element (splits, 0), "name"));
  g_assert_true (json_object_has_member (json_array_get_object_element (splits, 1), "name"));
}

static double
split_end (JsonArray *splits,
           guint      i)
{
  return json_object_get_double_member (json_array_get_object_element (splits, i), "end_m");
}

/* Aid stations every 5 km in one option (issue 17): a marathon gets eight, 5 to 40 km, in the
 * aid splits and in the schedule's cups; every 3 mi they fall on the miles; a bad value is a
 * usage error naming the option and what was typed. */
static void
test_plan_aid_every (void)
{
  g_autofree char *course = sample_course ();
  g_auto(PfTestCliRun) km = { 0 };
  g_auto(PfTestCliRun) mi = { 0 };
  g_auto(PfTestCliRun) bounded = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GHashTable) places = g_hash_table_new (NULL, NULL);
  static const char * const bad[][4] = {
    { "--aid-every", "5 furlongs", "“5 furlongs” is not a distance", NULL },
    { "--aid-every", "-5km", "“-5km” is not a distance", NULL },
    { "--aid-every", "5", "“5” is less than 500 m", NULL },
    { "--aid-from", "2km", "--aid-from goes with --aid-every", NULL },
    { "--aid-from", "10km", "--aid-to: “3km” comes before the first station", "3km" },
    { "--aid-from", "0", "--aid-to: “3km” comes before the first station", "3km" },
    { "--aid-every", "50km", "--aid-every: “50km” puts the first station within 500 m", NULL },
  };
  JsonObject *plan;
  JsonArray *splits, *schedule;

  pf_test_cli_run (&km, "plan", course, "--official-distance", "marathon", "--goal", "3:30:00",
                   "--aid-every", "5km", "--splits", "aid", "--json", NULL);
  g_assert_cmpint (km.status, ==, 0);
  plan = parse_object (parser, km.out);
  splits = json_object_get_array_member (plan, "splits");
  g_assert_cmpuint (json_array_get_length (splits), ==, 8 + 1);  /* and the finish */
  for (guint i = 0; i < 8; i++)
    {
      JsonObject *split = json_array_get_object_element (splits, i);

      g_assert_true (json_object_has_member (split, "name"));
      g_assert_cmpfloat_with_epsilon (split_end (splits, i), 5000.0 * (i + 1), 0.01);
    }
  /* Every cup is taken at one of the eight, and each of them has cups. */
  schedule = json_object_get_array_member (plan, "schedule");
  for (guint i = 0; i < json_array_get_length (schedule); i++)
    {
      JsonObject *intake = json_array_get_object_element (schedule, i);
      double d = json_object_get_double_member (intake, "distance_m");

      if (!g_str_has_prefix (json_object_get_string_member (intake, "source"), "station"))
        continue;
      g_assert_cmpfloat_with_epsilon (fmod (d, 5000.0), 0.0, 0.01);
      g_hash_table_add (places, GINT_TO_POINTER ((int) round (d)));
    }
  g_assert_cmpuint (g_hash_table_size (places), ==, 8);

  /* The official distance reads its unit the same way. */
  pf_test_cli_run (&mi, "plan", course, "--official-distance", "42.195km", "--goal", "3:30:00",
                   "--aid-every", "3mi", "--splits", "aid", "--json", NULL);
  g_assert_cmpint (mi.status, ==, 0);
  plan = parse_object (parser, mi.out);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (plan, "distance_m"), 42195.0,
                                  0.01);
  splits = json_object_get_array_member (plan, "splits");
  g_assert_cmpuint (json_array_get_length (splits), ==, 8 + 1);  /* 3 to 24 mi */
  for (guint i = 0; i < 8; i++)
    g_assert_cmpfloat_with_epsilon (split_end (splits, i), 4828.032 * (i + 1), 0.01);

  /* From 1 mi to 30 km every 2.5 km, beside a station of --aid's: 1.6, 4, 4.1, …, 29.1 km. */
  pf_test_cli_run (&bounded, "plan", course, "--official-distance", "marathon", "--goal",
                   "3:30:00", "--aid-every=2.5 km", "--aid-from=1mi", "--aid-to", "30000",
                   "--aid", "4", "--splits", "aid", "--json", NULL);
  g_assert_cmpint (bounded.status, ==, 0);
  splits = json_object_get_array_member (parse_object (parser, bounded.out), "splits");
  g_assert_cmpuint (json_array_get_length (splits), ==, 12 + 1 + 1);
  g_assert_cmpfloat_with_epsilon (split_end (splits, 0), 1609.34, 0.01);
  g_assert_cmpfloat_with_epsilon (split_end (splits, 1), 4000.0, 0.01);
  g_assert_cmpfloat_with_epsilon (split_end (splits, 2), 4109.34, 0.01);
  g_assert_cmpfloat_with_epsilon (split_end (splits, 12), 29109.34, 0.01);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_auto(PfTestCliRun) run = { 0 };

      /* With --aid-to: after a spacing of 5 km (the stations start there unless told). */
      if (bad[i][3] != NULL)
        pf_test_cli_run (&run, "plan", course, "--official-distance", "marathon", "--goal",
                         "3:30:00", "--aid-every", "5km", bad[i][0], bad[i][1],
                         "--aid-to", bad[i][3], NULL);
      else
        pf_test_cli_run (&run, "plan", course, "--official-distance", "marathon", "--goal",
                         "3:30:00", bad[i][0], bad[i][1], NULL);
      g_test_message ("%s %s → %d: %s", bad[i][0], bad[i][1], run.status, run.err);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_true (g_str_has_prefix (run.err, "pacefuel-cli: "));
      g_assert_nonnull (strstr (run.err, bad[i][2]));
      g_assert_nonnull (strstr (run.err, "pacefuel-cli plan --help"));
    }
}

/* The warnings issue's scenario from the command line, the checklist, recorded runs. */
static void
test_plan_warnings_json (void)
{
  g_autofree char *course = sample_course ();
  g_autofree char *recorded = pf_test_data_path ("twin_cities_marathon.gpx");
  g_auto(PfTestCliRun) run = { 0 };
  g_auto(PfTestCliRun) trained = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonParser) trained_parser = json_parser_new ();
  JsonObject *plan;
  JsonArray *warnings, *checklist;

  pf_test_cli_run (&run, "plan", course, "--official-distance", "marathon", "--goal", "3:15:00",
                   "--race", "10000=50:03@2026-09-20", "--longest-run", "18", "--temp", "21",
                   "--temp-end", "29", "--dew-point", "18", "--answer", "sleep=yes",
                   "--answer", "heat-plan=no", "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  plan = parse_object (parser, run.out);
  warnings = json_object_get_array_member (plan, "warnings");
  g_assert_true (has_warning (warnings, "goal-faster-than-fitness", "danger"));
  g_assert_true (has_warning (warnings, "beyond-long-run", "warning"));
  g_assert_true (has_warning (warnings, "heat", NULL));
  for (guint i = 0; i < json_array_get_length (warnings); i++)
    {
      JsonObject *w = json_array_get_object_element (warnings, i);

      g_assert_true (json_object_has_member (w, "from_m"));
      g_assert_true (json_object_has_member (w, "to_m"));
      g_assert_true (json_object_has_member (w, "message"));
    }

  checklist = json_object_get_array_member (plan, "checklist");
  g_assert_cmpuint (json_array_get_length (checklist), ==, 8);
  for (guint i = 0; i < 8; i++)
    {
      JsonObject *c = json_array_get_object_element (checklist, i);
      const char *id = json_object_get_string_member (c, "id");
      const char *answer = json_object_get_string_member (c, "answer");

      g_assert_true (json_object_has_member (c, "question"));
      g_assert_cmpstr (answer, ==, g_str_equal (id, "sleep") ? "yes"
                                   : g_str_equal (id, "heat-plan") ? "no" : "unanswered");
    }
  g_assert_true (json_object_has_member (plan, "cramp_response"));

  /* A recorded run fills the training: its best efforts predict, its length is the long run. */
  pf_test_cli_run (&trained, "plan", course, "--goal", "4:00:00", "--training", recorded,
                           "--json", NULL);
  g_assert_cmpint (trained.status, ==, 0);
  plan = parse_object (trained_parser, trained.out);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (plan, "predictions")), >=, 3);
  g_assert_false (has_warning (json_object_get_array_member (plan, "warnings"), "beyond-long-run", NULL));
}

static void
test_plan_warnings_bad_usage (void)
{
  g_autofree char *course = sample_course ();
  const char *bad[][2] = {
    { "--answer", "lucky-socks=yes" },
    { "--answer", "sleep=maybe" },
    { "--race", "10000=50:03@yesterday" },
    { "--longest-run", "-3" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_auto(PfTestCliRun) run = { 0 };

      pf_test_cli_run (&run, "plan", course, "--goal", "3:30:00", bad[i][0], bad[i][1], NULL);
      g_test_message ("%s %s → %d: %s", bad[i][0], bad[i][1], run.status, run.err);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_cmpstr (run.out, ==, "");
    }

  /* A value out of range is refused with its limits in the units the option is typed in,
   * whatever --units says, and never with a raw quantity of the core's. */
  {
    g_auto(PfTestCliRun) run = { 0 };

    pf_test_cli_run (&run, "plan", course, "--goal", "3:30:00", "--mass", "500", "--units",
                     "imperial", NULL);
    g_assert_cmpint (run.status, !=, 0);
    g_assert_nonnull (strstr (run.err, "30 kg"));
    g_assert_nonnull (strstr (run.err, "250 kg"));
    g_assert_null (strstr (run.err, "\xee\x80\x80"));
  }

  /* A training file without times is bad input, named. */
  {
    g_auto(PfTestCliRun) run = { 0 };
    g_autofree char *route = pf_test_data_path ("route.gpx");

    pf_test_cli_run (&run, "plan", course, "--goal", "3:30:00", "--training", route, NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "route.gpx"));
  }
}

/* plan --save, plan PLAN.pacefuel with overrides, export; failures leave no file behind. */
static void
test_save_and_export (void)
{
  g_autofree char *course = sample_course ();
  g_autofree char *dir = g_dir_make_tmp ("pf-cli-export-XXXXXX", NULL);
  g_autofree char *plan_path = g_build_filename (dir, "race.pacefuel", NULL);
  g_autofree char *pdf = g_build_filename (dir, "race.pdf", NULL);
  g_autofree char *band = g_build_filename (dir, "band.pdf", NULL);
  g_autofree char *csv = g_build_filename (dir, "splits.csv", NULL);
  g_autofree char *gpx = g_build_filename (dir, "race.gpx", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "race.pdf", NULL);
  g_autofree char *corrupt = g_build_filename (dir, "corrupt.pacefuel", NULL);
  g_auto(PfTestCliRun) save = { 0 };
  g_auto(PfTestCliRun) reopen = { 0 };
  g_auto(PfTestCliRun) export = { 0 };
  g_auto(PfTestCliRun) failed = { 0 };
  g_auto(PfTestCliRun) broken = { 0 };
  g_auto(PfTestCliRun) nothing = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();

  pf_test_cli_run (&save, "plan", course, "--goal", "3:45:00", "--save", plan_path, NULL);
  g_assert_cmpint (save.status, ==, 0);
  g_assert_true (g_file_test (plan_path, G_FILE_TEST_IS_REGULAR));

  /* Reopened with an option on top: the saved goal stays, the new temperature applies. */
  pf_test_cli_run (&reopen, "plan", plan_path, "--temp", "20", "--json", NULL);
  g_assert_cmpint (reopen.status, ==, 0);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (parse_object (parser, reopen.out),
                                                                 "finish_s"), 13500.0, 1.0);

  pf_test_cli_run (&export, "export", plan_path, "--pdf", pdf, "--pace-band", band, "--csv", csv,
                   "--gpx", gpx, "--paper", "letter", NULL);
  g_assert_cmpint (export.status, ==, 0);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_test (band, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_test (csv, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_test (gpx, G_FILE_TEST_IS_REGULAR));

  pf_test_cli_run (&failed, "export", plan_path, "--pdf", missing, NULL);
  g_assert_cmpint (failed.status, ==, 1);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_assert_true (g_str_has_prefix (failed.err, "pacefuel-cli: "));

  g_assert_true (g_file_set_contents (corrupt, "{\"format_version\": 1, \"course\"", -1, NULL));
  pf_test_cli_run (&broken, "export", corrupt, "--pdf", pdf, NULL);
  g_assert_cmpint (broken.status, ==, 1);
  g_assert_nonnull (strstr (broken.err, "corrupt.pacefuel"));

  pf_test_cli_run (&nothing, "export", plan_path, NULL);
  g_assert_cmpint (nothing.status, ==, 2);

  {
    const char *names[] = { plan_path, pdf, band, csv, gpx, corrupt };
    g_autofree char *backup = g_strconcat (plan_path, "~", NULL);

    for (guint i = 0; i < G_N_ELEMENTS (names); i++)
      g_unlink (names[i]);
    g_unlink (backup);
    g_rmdir (dir);
  }
}

/* `plan --name --club`: the text's first line says whose plan it is, --save keeps them, a
 * reopened plan keeps them unless told otherwise ("" takes one out), and the export's PDF
 * carries the name; too long a name is a usage error that says which option. */
static void
test_plan_name (void)
{
  g_autofree char *course = sample_course ();
  g_autofree char *dir = g_dir_make_tmp ("pf-cli-name-XXXXXX", NULL);
  g_autofree char *plan_path = g_build_filename (dir, "jane.pacefuel", NULL);
  g_autofree char *pdf = g_build_filename (dir, "jane.pdf", NULL);
  g_autofree char *too_long = g_strnfill (81, 'x');
  g_autofree char *contents = NULL;
  g_auto(PfTestCliRun) save = { 0 };
  g_auto(PfTestCliRun) reopen = { 0 };
  g_auto(PfTestCliRun) renamed = { 0 };
  g_auto(PfTestCliRun) unnamed = { 0 };
  g_auto(PfTestCliRun) export = { 0 };
  g_auto(PfTestCliRun) refused = { 0 };
  g_auto(PfTestCliRun) nameless = { 0 };

  pf_test_cli_run (&save, "plan", course, "--goal", "3:45:00", "--name", "Zoë Doe", "--club",
                   "Harriers AC", "--units", "metric", "--save", plan_path, NULL);
  g_assert_cmpint (save.status, ==, 0);
  g_assert_true (g_str_has_prefix (save.out, "Zoë Doe (Harriers AC) — "));
  /* The models in plain words on the second line. */
  g_assert_nonnull (strstr (save.out, "Even effort; hills by Strava’s model (2017); heat by "
                                      "Hadley’s rule\n"));
  g_assert_true (g_file_get_contents (plan_path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "\"name\" : \"Zoë Doe\""));

  pf_test_cli_run (&reopen, "plan", plan_path, "--units", "metric", NULL);
  g_assert_cmpint (reopen.status, ==, 0);
  g_assert_true (g_str_has_prefix (reopen.out, "Zoë Doe (Harriers AC) — "));

  pf_test_cli_run (&renamed, "plan", plan_path, "--name", "Jane Roe", NULL);
  g_assert_true (g_str_has_prefix (renamed.out, "Jane Roe (Harriers AC) — "));
  pf_test_cli_run (&unnamed, "plan", plan_path, "--name", "", "--club", "", NULL);
  g_assert_cmpint (unnamed.status, ==, 0);
  g_assert_null (strstr (unnamed.out, "Zoë"));
  g_assert_null (strstr (unnamed.out, "Harriers"));

  pf_test_cli_run (&export, "export", plan_path, "--pdf", pdf, NULL);
  g_assert_cmpint (export.status, ==, 0);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));

  pf_test_cli_run (&refused, "plan", course, "--goal", "3:45:00", "--name", too_long, NULL);
  g_assert_cmpint (refused.status, ==, 2);
  g_assert_nonnull (strstr (refused.err, "name"));
  g_assert_nonnull (strstr (refused.err, "80"));

  /* Without a name the first line is as it was: the course and its distance. */
  pf_test_cli_run (&nameless, "plan", course, "--goal", "3:45:00", NULL);
  g_assert_cmpint (nameless.status, ==, 0);
  {
    g_auto(GStrv) lines = g_strsplit (nameless.out, "\n", 2);
    g_auto(GStrv) parts = g_strsplit (lines[0], " — ", -1);

    g_assert_cmpuint (g_strv_length (parts), ==, 2);
  }

  {
    g_autofree char *backup = g_strconcat (plan_path, "~", NULL);

    g_unlink (plan_path);
    g_unlink (pdf);
    g_unlink (backup);
    g_rmdir (dir);
  }
}

/* The athlete in `plan --json` (as in the plan document: members only when given) and the
 * notes, which only a plan document holds, on the text's second line. */
static void
test_plan_athlete_json_and_notes (void)
{
  g_autofree char *course = sample_course ();
  g_autofree char *dir = g_dir_make_tmp ("pf-cli-athlete-XXXXXX", NULL);
  g_autofree char *plan_path = g_build_filename (dir, "jane.pacefuel", NULL);
  g_autofree char *backup = g_strconcat (plan_path, "~", NULL);
  g_autoptr(JsonParser) file = json_parser_new ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonParser) nameless_parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GError) error = NULL;
  g_auto(PfTestCliRun) save = { 0 };
  g_auto(PfTestCliRun) json = { 0 };
  g_auto(PfTestCliRun) text = { 0 };
  g_auto(PfTestCliRun) nameless = { 0 };
  JsonObject *athlete;

  pf_test_cli_run (&save, "plan", course, "--goal", "3:45:00", "--name", "Zoë Doe", "--club",
                   "Harriers AC", "--save", plan_path, NULL);
  g_assert_cmpint (save.status, ==, 0);
  g_assert_null (strstr (save.out, "Notes:"));

  /* The coach's notes, as the app saves them. */
  json_parser_load_from_file (file, plan_path, &error);
  g_assert_no_error (error);
  athlete = json_object_get_object_member (json_node_get_object (json_parser_get_root (file)),
                                           "athlete");
  json_object_set_string_member (athlete, "notes", "Easy to 30 km.\nA gel at every station.");
  json_generator_set_root (generator, json_parser_get_root (file));
  json_generator_to_file (generator, plan_path, &error);
  g_assert_no_error (error);

  pf_test_cli_run (&json, "plan", plan_path, "--json", NULL);
  g_assert_cmpint (json.status, ==, 0);
  athlete = json_object_get_object_member (parse_object (parser, json.out), "athlete");
  g_assert_nonnull (athlete);
  g_assert_cmpstr (json_object_get_string_member (athlete, "name"), ==, "Zoë Doe");
  g_assert_cmpstr (json_object_get_string_member (athlete, "club"), ==, "Harriers AC");
  g_assert_cmpstr (json_object_get_string_member (athlete, "notes"), ==,
                   "Easy to 30 km.\nA gel at every station.");

  pf_test_cli_run (&text, "plan", plan_path, NULL);
  g_assert_cmpint (text.status, ==, 0);
  {
    g_auto(GStrv) lines = g_strsplit (text.out, "\n", 4);

    g_assert_true (g_str_has_prefix (lines[0], "Zoë Doe (Harriers AC) — "));
    g_assert_cmpstr (lines[1], ==, "Notes: Easy to 30 km.");
    g_assert_cmpstr (lines[2], ==, "A gel at every station.");
  }

  /* No athlete, no member. */
  pf_test_cli_run (&nameless, "plan", course, "--goal", "3:45:00", "--json", NULL);
  g_assert_cmpint (nameless.status, ==, 0);
  g_assert_false (json_object_has_member (parse_object (nameless_parser, nameless.out),
                                          "athlete"));

  g_unlink (plan_path);
  g_unlink (backup);
  g_rmdir (dir);
}

/* Where the first split of `plan PLAN --units UNITS` ends. */
static double
first_split_m (const char *plan_path,
               const char *units)
{
  g_auto(PfTestCliRun) run = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonArray *splits;

  pf_test_cli_run (&run, "plan", plan_path, "--units", units, "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  splits = json_object_get_array_member (parse_object (parser, run.out), "splits");
  return split_end (splits, 0);
}

/* A saved plan reopened in other units (issue 17): per kilometre or per mile as the units go,
 * unless its runner chose the unit (--splits, or in the app); a plan saved before the choice
 * was kept follows the units too. `export` prints it the same way. */
static void
test_plan_file_split_unit (void)
{
  g_autofree char *course = sample_course ();
  g_autofree char *dir = g_dir_make_tmp ("pf-cli-split-XXXXXX", NULL);
  g_autofree char *followed = g_build_filename (dir, "followed.pacefuel", NULL);
  g_autofree char *chosen = g_build_filename (dir, "chosen.pacefuel", NULL);
  g_autofree char *old = g_build_filename (dir, "old.pacefuel", NULL);
  g_autofree char *csv = g_build_filename (dir, "splits.csv", NULL);
  g_auto(PfTestCliRun) save = { 0 };
  g_auto(PfTestCliRun) save_chosen = { 0 };
  g_auto(PfTestCliRun) export = { 0 };
  const double mile = 1609.344;

  pf_test_cli_run (&save, "plan", course, "--goal", "3:45:00", "--units", "metric",
                   "--save", followed, NULL);
  g_assert_cmpint (save.status, ==, 0);
  pf_test_cli_run (&save_chosen, "plan", course, "--goal", "3:45:00", "--units", "metric",
                   "--splits", "km", "--save", chosen, NULL);
  g_assert_cmpint (save_chosen.status, ==, 0);

  g_assert_cmpfloat_with_epsilon (first_split_m (followed, "metric"), 1000.0, 0.01);
  g_assert_cmpfloat_with_epsilon (first_split_m (followed, "imperial"), mile, 0.01);
  g_assert_cmpfloat_with_epsilon (first_split_m (chosen, "imperial"), 1000.0, 0.01);
  g_assert_cmpfloat_with_epsilon (first_split_m (chosen, "metric"), 1000.0, 0.01);

  /* The chosen plan as an older Pacefuel wrote it: no "split_unit_chosen". */
  {
    g_autoptr(JsonParser) parser = json_parser_new ();
    g_autoptr(GError) error = NULL;
    JsonObject *pacing;
    g_autofree char *text = NULL;

    json_parser_load_from_file (parser, chosen, &error);
    g_assert_no_error (error);
    pacing = json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)),
                                            "pacing");
    g_assert_true (json_object_get_boolean_member (pacing, "split_unit_chosen"));
    json_object_remove_member (pacing, "split_unit_chosen");
    text = json_to_string (json_parser_get_root (parser), FALSE);
    g_assert_true (g_file_set_contents (old, text, -1, NULL));
  }
  g_assert_cmpfloat_with_epsilon (first_split_m (old, "imperial"), mile, 0.01);

  /* Printed in imperial units: the splits per mile. */
  pf_test_cli_run (&export, "export", followed, "--units", "imperial", "--csv", csv, NULL);
  g_assert_cmpint (export.status, ==, 0);
  {
    g_autofree char *text = NULL;
    g_auto(GStrv) lines = NULL;
    g_auto(GStrv) first = NULL;

    g_assert_true (g_file_get_contents (csv, &text, NULL, NULL));
    lines = g_strsplit (text, "\r\n", 3);
    g_assert_true (g_str_has_prefix (lines[0], "index,name,start_m,end_m,"));
    first = g_strsplit (lines[1], ",", -1);
    g_assert_cmpfloat_with_epsilon (g_ascii_strtod (first[3], NULL), mile, 0.01);
  }

  {
    const char *names[] = { followed, chosen, old, csv };

    for (guint i = 0; i < G_N_ELEMENTS (names); i++)
      g_unlink (names[i]);
    g_rmdir (dir);
  }
}

/* The goal "3:30" on the same course gives the same finish in pacefuel-cli as in the app:
 * both read it with pf_plan_inputs_parse_goal, for the distance the plan is made on. The
 * app's goal field used to read it for the cleaned course of its latest plan; that reading is
 * checked here too, so the rule is one whichever of the two a caller has at hand. */
static void
test_plan_goal_as_in_the_app (void)
{
  static const struct
  {
    const char *file;
    const char *official;  /* --official-distance, NULL: none */
    double      official_m;
    double      finish_s;
  } cases[] = {
    /* A marathon as recorded (42.66 km) and scaled to its official distance: hours. */
    { "twin_cities_marathon.gpx", NULL, 0.0, 3.5 * 3600 },
    { "twin_cities_marathon.gpx", "marathon", 42195.0, 3.5 * 3600 },
    /* A 3.2 km loop: 3:30 would be 15 m/s, so hours; on an official 1500 m, minutes (a
     * 3:30 over 2000 m would beat the world record, 4:44, and is refused). */
    { "ecology-trail-and-lovers-lane-loop.gpx", NULL, 0.0, 3.5 * 3600 },
    { "ecology-trail-and-lovers-lane-loop.gpx", "1500", 1500.0, 3.5 * 60 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = pf_test_data_path (cases[i].file);
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(PfTrack) track = pf_import_path (path, &error);
      g_autoptr(PfPlan) plan = NULL;
      g_auto(PfPlanInputs) inputs = { 0 };
      g_auto(PfTestCliRun) run = { 0 };
      double core_s, course_s, cli_s;

      if (cases[i].official != NULL)
        pf_test_cli_run (&run, "plan", path, "--official-distance", cases[i].official,
                         "--goal", "3:30",
                         "--json", NULL);
      else
        pf_test_cli_run (&run, "plan", path, "--goal", "3:30", "--json", NULL);
      g_assert_cmpint (run.status, ==, 0);
      cli_s = json_object_get_double_member (parse_object (parser, run.out), "finish_s");

      g_assert_no_error (error);
      pf_plan_inputs_init (&inputs);
      pf_plan_inputs_set_track (&inputs, track);
      inputs.official_distance_m = cases[i].official_m;
      g_assert_true (pf_plan_inputs_parse_goal (&inputs, "3:30", &core_s));
      inputs.goal_time_s = core_s;
      plan = pf_plan_compute (&inputs, &error);
      g_assert_no_error (error);
      g_assert_true (pf_race_time_parse ("3:30", pf_course_get_distance (pf_plan_get_course (plan)),
                                         &course_s));

      g_assert_cmpfloat (core_s, ==, cases[i].finish_s);
      g_assert_cmpfloat (course_s, ==, core_s);
      g_assert_cmpfloat_with_epsilon (pf_plan_get_finish_time (plan), core_s, 0.01);
      g_assert_cmpfloat_with_epsilon (cli_s, pf_plan_get_finish_time (plan), 0.01);
    }
}

/* Every number option refuses what is not a number: "nan" was taken silently as the default
 * by 19 of them, "0x10" read as sixteen, "70kg" as 70. */
static void
test_plan_refuses_non_numbers (void)
{
  g_autofree char *course = sample_course ();
  static const char * const options[] = {
    "--temp", "--temp-end", "--rh", "--dew-point", "--drift", "--mass", "--height",
    "--sweat-rate", "--sweat-sodium", "--gut-max", "--carbs-per-hour", "--fluid-per-hour",
    "--fluid-ceiling", "--carry-bottle", "--drink-carbs", "--drink-fructose",
    "--training-week-km", "--longest-run", "--goal-pace-km",
  };
  static const char * const values[] = { "nan", "0x10", "inf", "70kg", "1e999", "" };
  static const char * const others[][2] = {
    { "--goal", "0x10" },
    { "--goal", "1e3" },
    { "--strategy", "negative:nan" },
    { "--aid", "0x10" },
    { "--aid-offers", "nan=water" },
    { "--sweat-test", "pre=nan,post=69,drank=0.5,minutes=60,temp=18,dew=10,pace=5:00" },
    { "--product", "name=Gel,carbs=0x19,glucose=15,fructose=10,sodium=50,caffeine=0,volume=0" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (options); i++)
    {
      g_auto(PfTestCliRun) run = { 0 };
      g_autofree char *expected = g_strdup_printf ("pacefuel-cli: %s: “nan” is not a number\n",
                                                   options[i]);

      pf_test_cli_run (&run, "plan", course, "--goal", "3:30:00", options[i], "nan", NULL);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_true (g_str_has_prefix (run.err, expected));
      g_assert_cmpstr (run.out, ==, "");
    }
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_auto(PfTestCliRun) run = { 0 };
      g_autofree char *option = g_strconcat ("--temp=", values[i], NULL);

      pf_test_cli_run (&run, "plan", course, "--goal", "3:30:00", option, NULL);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_nonnull (strstr (run.err, "is not a number"));
    }
  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    {
      g_auto(PfTestCliRun) run = { 0 };

      pf_test_cli_run (&run, "plan", course, "--goal", "3:30:00", others[i][0], others[i][1],
                       NULL);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_cmpstr (run.out, ==, "");
    }

  /* Numbers as people write them still are: a sign, a point, spaces. */
  {
    g_auto(PfTestCliRun) run = { 0 };

    pf_test_cli_run (&run, "plan", course, "--goal", "3:30:00", "--temp", "-2.5",
                     "--mass", " 64.5 ", "--json", NULL);
    g_assert_cmpint (run.status, ==, 0);
  }
}

/* A goal or distance no human could run is refused with its reason, as a usage error. */
static void
test_plan_refuses_impossible_goals (void)
{
  g_autofree char *course = sample_course ();

  {
    g_auto(PfTestCliRun) run = { 0 };

    /* "210" is 3 min 30 s: refused, with the minutes reading offered. */
    pf_test_cli_run (&run, "plan", course, "--goal", "210", "--official-distance", "marathon",
                     NULL);
    g_assert_cmpint (run.status, ==, 2);
    g_assert_true (g_str_has_prefix (run.err, "pacefuel-cli: --goal: a goal of 3:30 over 42.2 km "
                                              "is faster than the world record for that "
                                              "distance (2:00:35); did you mean 3:30:00?\n"));
    g_assert_cmpstr (run.out, ==, "");
  }
  {
    g_auto(PfTestCliRun) run = { 0 };

    /* One second, on the course's own length (the check waits for the file). */
    pf_test_cli_run (&run, "plan", course, "--goal", "1", NULL);
    g_assert_cmpint (run.status, ==, 2);
    g_assert_nonnull (strstr (run.err, "--goal: a goal of 0:01 over"));
    g_assert_nonnull (strstr (run.err, "faster than the world record"));
    g_assert_null (strstr (run.err, "did you mean"));
  }
  {
    g_auto(PfTestCliRun) run = { 0 };

    /* 3.5 m for a marathon course: a unit mistake, refused; it was 60000:00 /km. */
    pf_test_cli_run (&run, "plan", course, "--goal", "3:30:00", "--official-distance", "3.5",
                     NULL);
    g_assert_cmpint (run.status, ==, 2);
    g_assert_nonnull (strstr (run.err, "--official-distance: the official distance, 0.0035 km, "
                                       "is less than a tenth of the course’s measured length "
                                       "(42.7 km): is it in the right unit?"));
  }
  {
    g_auto(PfTestCliRun) run = { 0 };

    pf_test_cli_run (&run, "course", course, "--official-distance", "3.5", NULL);
    g_assert_cmpint (run.status, ==, 2);
    g_assert_nonnull (strstr (run.err, "is it in the right unit?"));
  }
  {
    g_auto(PfTestCliRun) run = { 0 };
    g_autoptr(JsonParser) parser = json_parser_new ();
    JsonArray *warnings;
    gboolean found = FALSE;

    /* A 5 km official distance on a marathon course is planned, with a warning. */
    pf_test_cli_run (&run, "plan", course, "--goal", "20:00", "--official-distance", "5k",
                     "--json", NULL);
    g_assert_cmpint (run.status, ==, 0);
    warnings = json_object_get_array_member (parse_object (parser, run.out), "warnings");
    for (guint i = 0; i < json_array_get_length (warnings); i++)
      {
        JsonObject *warning = json_array_get_object_element (warnings, i);

        found |= g_str_equal (json_object_get_string_member (warning, "id"),
                              "official-distance-far");
      }
    g_assert_true (found);
  }
}

/* A start past 9999 printed 232 GLib-CRITICALs and wrote <time>(null).000Z</time>, exit 0:
 * refused, from the options and from a plan file. */
static void
test_plan_start_range (void)
{
  g_autofree char *course = sample_course ();
  g_autofree char *dir = g_dir_make_tmp ("pf-cli-start-XXXXXX", NULL);
  g_autofree char *plan_path = g_build_filename (dir, "far.pacefuel", NULL);
  g_autofree char *gpx_path = g_build_filename (dir, "far.gpx", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GRegex) start = g_regex_new ("\"start_time\"\\s*:\\s*-?[0-9]+", 0, 0, NULL);
  g_autofree char *far = NULL;

  {
    g_auto(PfTestCliRun) run = { 0 };

    pf_test_cli_run (&run, "plan", course, "--goal", "3:30:00", "--start", "1899-12-31T08:00",
                     NULL);
    g_assert_cmpint (run.status, ==, 2);
    g_assert_nonnull (strstr (run.err, "a year from 1900 to 9999"));
  }
  {
    g_auto(PfTestCliRun) run = { 0 };

    pf_test_cli_run (&run, "plan", course, "--goal", "3:30:00", "--start", "2026-10-04T08:00",
                     "--save", plan_path, NULL);
    g_assert_cmpint (run.status, ==, 0);
  }

  /* Year 10000, as a plan file can say it. */
  g_assert_true (g_file_get_contents (plan_path, &contents, NULL, NULL));
  far = g_regex_replace_literal (start, contents, -1, 0, "\"start_time\": 253402329600", 0,
                                 NULL);
  g_assert_cmpstr (far, !=, contents);
  g_assert_true (g_file_set_contents (plan_path, far, -1, NULL));
  {
    g_auto(PfTestCliRun) run = { 0 };

    pf_test_cli_run (&run, "plan", plan_path, NULL);
    /* Refused as the file's own value, with its name (the reader's range, which the
     * formats can write). */
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, plan_path));
    g_assert_nonnull (strstr (run.err, "start_time"));
    g_assert_null (strstr (run.err, "CRITICAL"));
    g_assert_cmpstr (run.out, ==, "");
  }
  {
    g_auto(PfTestCliRun) run = { 0 };

    pf_test_cli_run (&run, "export", plan_path, "--gpx", gpx_path, NULL);
    g_assert_cmpint (run.status, !=, 0);
    g_assert_null (strstr (run.err, "CRITICAL"));
    g_assert_false (g_file_test (gpx_path, G_FILE_TEST_EXISTS));
  }

  pf_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/plan/json", test_plan_json);
  g_test_add_func ("/cli/plan/effort-csv", test_plan_effort_and_csv);
  g_test_add_func ("/cli/plan/bad-values", test_plan_refuses_bad_values);
  g_test_add_func ("/cli/plan/training-limit", test_plan_training_limit);
  g_test_add_func ("/cli/plan/non-numbers", test_plan_refuses_non_numbers);
  g_test_add_func ("/cli/plan/impossible-goals", test_plan_refuses_impossible_goals);
  g_test_add_func ("/cli/plan/start-range", test_plan_start_range);
  g_test_add_func ("/cli/plan/goal-as-in-the-app", test_plan_goal_as_in_the_app);
  g_test_add_func ("/cli/predict", test_predict);
  g_test_add_func ("/cli/predict/units", test_predict_units);
  g_test_add_func ("/cli/plan/fuel-json", test_plan_fuel_json);
  g_test_add_func ("/cli/plan/fuel-impossible", test_plan_fuel_refuses_impossible);
  g_test_add_func ("/cli/plan/warnings", test_plan_warnings_json);
  g_test_add_func ("/cli/plan/training-aid-splits", test_plan_training_and_aid_splits);
  g_test_add_func ("/cli/plan/plan-file-split-unit", test_plan_file_split_unit);
  g_test_add_func ("/cli/plan/name", test_plan_name);
  g_test_add_func ("/cli/plan/aid-every", test_plan_aid_every);
  g_test_add_func ("/cli/plan/trails", test_plan_trails);
  g_test_add_func ("/cli/plan/realistic-json", test_plan_realistic_json);
  g_test_add_func ("/cli/plan/warnings-bad-usage", test_plan_warnings_bad_usage);
  g_test_add_func ("/cli/export", test_save_and_export);
  g_test_add_func ("/cli/plan/athlete-json-notes", test_plan_athlete_json_and_notes);

  return g_test_run ();
}
