/* test-inputs.c — input that means something (issue 19): numbers without NaN, hex or a tail,
 * goals a human could run, official distances near the course's own, dates the formats can
 * write, and outside text without control characters
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "core/pacefuel-core.h"
#include "pf-test-course.h"

static void
test_parse_double (void)
{
  static const struct { const char *text; double value; } good[] = {
    { "12", 12.0 }, { "-3.5", -3.5 }, { "+0.5", 0.5 }, { ".5", 0.5 }, { "5.", 5.0 },
    { " 1e3 ", 1000.0 }, { "2.5E-1", 0.25 }, { "\t70\n", 70.0 }, { "-0", 0.0 },
  };
  static const char * const bad[] = {
    "nan", "NaN", "-nan", "inf", "-inf", "Infinity", "0x10", "0X1p3", "12abc", "12 abc", "",
    "   ", "1e", "1e+", "1e999", "-1e999", "1,5", "--1", "+-1", "1.2.3", ".", "-", "e5",
    "12kg", "1_000",
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      double value = NAN;

      g_test_message ("“%s”", good[i].text);
      g_assert_true (pf_parse_double (good[i].text, &value));
      g_assert_cmpfloat (value, ==, good[i].value);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      double value = 42.0;

      g_test_message ("“%s”", bad[i]);
      g_assert_false (pf_parse_double (bad[i], &value));
      g_assert_cmpfloat (value, ==, 42.0);  /* left alone */
    }
  {
    double value = 42.0;

    g_assert_false (pf_parse_double (NULL, &value));
  }
}

/* The other readers of typed numbers refuse hex and exponents too ("0x10" was sixteen
 * seconds, "1e3" a thousand). */
static void
test_other_readers (void)
{
  PfStrategy strategy;
  double value, pct;

  g_assert_false (pf_duration_parse ("0x10", &value));
  g_assert_false (pf_duration_parse ("1e3", &value));
  g_assert_false (pf_duration_parse ("3:0x1", &value));
  g_assert_false (pf_duration_parse ("1.5.0", &value));
  g_assert_true (pf_duration_parse ("90", &value));
  g_assert_cmpfloat (value, ==, 90.0);
  g_assert_true (pf_duration_parse ("3:30:00.5", &value));

  g_assert_false (pf_strategy_from_string ("negative:nan", &strategy, &pct));
  g_assert_false (pf_strategy_from_string ("negative:0x5", &strategy, &pct));
  g_assert_true (pf_strategy_from_string ("negative:2.5", &strategy, &pct));
  g_assert_cmpfloat (pct, ==, 2.5);

  g_assert_false (pf_distance_parse ("0x10", &value));
  g_assert_false (pf_distance_parse ("nan", &value));
}

static void
goal_inputs (PfPlanInputs *inputs,
             PfTrack      *track,
             double        goal_s)
{
  pf_plan_inputs_init (inputs);
  pf_plan_inputs_set_track (inputs, track);
  inputs->pace_mode = PF_PACE_MODE_GOAL;
  inputs->goal_time_s = goal_s;
}

/* A finish predicted from races has the goal's ten-day limit: a 499 m race walked in 11 min,
 * scaled to 967 km, predicted 51 days (the fuzzer's input that took 21 s to plan); a race
 * faster than the world record is refused as a goal would be. A race of the same runner
 * nearer the distance plans. */
static void
test_prediction_too_long (void)
{
  g_autoptr(PfTrack) track = pf_test_course_new (967000.0, NULL);
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(PfPlan) plan = NULL;
  PfRaceResult walked = { .distance_m = 499.0, .time_s = 660.0 };
  PfRaceResult ultra = { .distance_m = 500000.0, .time_s = 60 * 3600.0 };

  pf_plan_inputs_init (&inputs);
  pf_plan_inputs_set_track (&inputs, track);
  inputs.pace_mode = PF_PACE_MODE_EFFORT;
  g_array_append_val (inputs.races, walked);
  plan = pf_plan_compute (&inputs, &error);
  g_assert_null (plan);
  g_assert_error (error, PF_PLAN_ERROR, PF_PLAN_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "ten days"));
  g_clear_error (&error);

  /* 6 km in 11 minutes: faster than the world record, refused before anything is scaled. */
  {
    PfRaceResult impossible = { .distance_m = 5996.0, .time_s = 660.0 };

    g_array_set_size (inputs.races, 0);
    g_array_append_val (inputs.races, impossible);
    g_assert_false (pf_plan_inputs_validate (&inputs, &error));
    g_assert_error (error, PF_PLAN_ERROR, PF_PLAN_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "faster than the world record"));
    g_clear_error (&error);
  }

  g_array_set_size (inputs.races, 0);
  g_array_append_val (inputs.races, ultra);
  plan = pf_plan_compute (&inputs, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (pf_plan_get_finish_time (plan), <=, 10 * 24 * 3600.0);
}

/* A goal faster than the world record is refused with its reason; a bare number that reads
 * as a goal in minutes is asked about. */
static void
test_goal_world_record (void)
{
  g_autoptr(PfTrack) marathon = pf_test_course_new (42195.0, NULL);
  g_autoptr(PfTrack) five_k = pf_test_course_new (5000.0, NULL);
  double seconds;

  /* Kiptum's 2:00:35; the 1500 m's 3:26 and the 3000 m's 7:20 below the road curve. */
  g_assert_cmpfloat_with_epsilon (pf_record_fastest (42195.0), 7235.0, 0.5);
  g_assert_cmpfloat_with_epsilon (pf_record_fastest (1500.0), 206.0, 0.5);
  g_assert_cmpfloat_with_epsilon (pf_record_fastest (3000.0), 440.0, 3.0);
  g_assert_cmpfloat (pf_record_fastest (5000.0), ==, pf_record_time (5000.0));

  {
    g_auto(PfPlanInputs) inputs = { 0 };
    g_autoptr(GError) error = NULL;

    /* "--goal 210": a bare number is seconds, and 3:30 for a marathon is refused. */
    goal_inputs (&inputs, marathon, 0.0);
    inputs.official_distance_m = PF_DISTANCE_MARATHON;
    g_assert_true (pf_plan_inputs_parse_goal (&inputs, "210", &seconds));
    g_assert_cmpfloat (seconds, ==, 210.0);
    inputs.goal_time_s = seconds;
    g_assert_false (pf_plan_inputs_validate (&inputs, &error));
    g_assert_error (error, PF_PLAN_ERROR, PF_PLAN_ERROR_INVALID);
    g_test_message ("%s", error->message);
    g_assert_nonnull (strstr (error->message, "a goal of 3:30 over"));
    g_assert_nonnull (strstr (error->message, "faster than the world record"));
    g_assert_nonnull (strstr (error->message, "(2:00:35)"));
    g_assert_nonnull (strstr (error->message, "did you mean 3:30:00?"));
  }
  {
    g_auto(PfPlanInputs) inputs = { 0 };
    g_autoptr(GError) error = NULL;

    /* "--goal 1": refused, and a minute is no better, so nothing is suggested. */
    goal_inputs (&inputs, marathon, 1.0);
    g_assert_false (pf_plan_inputs_validate (&inputs, &error));
    g_assert_nonnull (strstr (error->message, "faster than the world record"));
    g_assert_null (strstr (error->message, "did you mean"));
  }
  {
    g_auto(PfPlanInputs) inputs = { 0 };
    g_autoptr(GError) error = NULL;

    /* Just slower than the record, and a real runner's 3:30, pass. */
    goal_inputs (&inputs, marathon, 7236.0);
    g_assert_true (pf_plan_inputs_validate (&inputs, &error));
    g_assert_no_error (error);
    g_assert_true (pf_plan_inputs_parse_goal (&inputs, "3:30", &inputs.goal_time_s));
    g_assert_cmpfloat (inputs.goal_time_s, ==, 3.5 * 3600);
    g_assert_true (pf_plan_inputs_validate (&inputs, &error));
  }
  {
    g_auto(PfPlanInputs) inputs = { 0 };
    g_autoptr(GError) error = NULL;

    /* The official distance is the one the goal is for: 12:00 is no 5 km. */
    goal_inputs (&inputs, five_k, 12 * 60.0);
    g_assert_false (pf_plan_inputs_validate (&inputs, &error));
    g_clear_error (&error);
    inputs.goal_time_s = 13 * 60.0;
    g_assert_true (pf_plan_inputs_validate (&inputs, &error));
    /* Effort mode has no goal to check. */
    inputs.goal_time_s = 1.0;
    inputs.pace_mode = PF_PACE_MODE_EFFORT;
    pf_plan_inputs_add_race (&inputs, 10000.0, 45 * 60.0);
    g_assert_true (pf_plan_inputs_validate (&inputs, &error));
    g_assert_no_error (error);
  }
  {
    g_auto(PfPlanInputs) inputs = { 0 };
    g_autoptr(GError) error = NULL;
    g_autoptr(PfPlan) plan = NULL;

    /* pf_plan_compute goes through the same check. */
    goal_inputs (&inputs, marathon, 210.0);
    plan = pf_plan_compute (&inputs, &error);
    g_assert_null (plan);
    g_assert_error (error, PF_PLAN_ERROR, PF_PLAN_ERROR_INVALID);
  }
}

/* A goal carried to another course that no one could run there becomes the default goal
 * scaled to the course; a runnable one stays. */
static void
test_fit_goal (void)
{
  g_autoptr(PfTrack) ultra = pf_test_course_new (330000.0, NULL);
  g_autoptr(PfTrack) five_k = pf_test_course_new (5000.0, NULL);
  g_auto(PfPlanInputs) inputs = { 0 };

  goal_inputs (&inputs, ultra, 4 * 3600.0);
  g_assert_true (pf_plan_inputs_fit_goal (&inputs));
  g_assert_cmpfloat (inputs.goal_time_s, >, pf_record_fastest (330000.0));
  g_assert_cmpfloat (fmod (inputs.goal_time_s, 60.0), ==, 0.0);
  g_assert_true (pf_plan_inputs_check_goal (&inputs, NULL));

  pf_plan_inputs_set_track (&inputs, five_k);
  inputs.goal_time_s = 25 * 60.0;
  g_assert_false (pf_plan_inputs_fit_goal (&inputs));
  g_assert_cmpfloat (inputs.goal_time_s, ==, 25 * 60.0);
}

/* "--official-distance 3.5" on a marathon (3.5 m) was planned at 60000:00 /km with "No
 * warnings": a unit mistake is refused, a course scaled far from its length warned about. */
static void
test_official_distance (void)
{
  g_autoptr(PfTrack) marathon = pf_test_course_new (42195.0, NULL);
  const double refused[] = { 3.5, 42.195, 4000.0, 500000.0, 1e300 };
  const double warned[] = { 5000.0, 20000.0, 100000.0 };

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_auto(PfPlanInputs) inputs = { 0 };
      g_autoptr(GError) error = NULL;

      goal_inputs (&inputs, marathon, 4 * 3600.0);
      inputs.pace_mode = PF_PACE_MODE_EFFORT;  /* the distance alone */
      pf_plan_inputs_add_race (&inputs, 10000.0, 45 * 60.0);
      inputs.official_distance_m = refused[i];
      g_assert_false (pf_plan_inputs_validate (&inputs, &error));
      g_test_message ("%g: %s", refused[i], error->message);
      g_assert_nonnull (strstr (error->message, "the official distance"));
      /* Past the longest distance anyone races, that is the reason given. */
      if (refused[i] <= PF_PLAN_MAX_DISTANCE_M)
        g_assert_nonnull (strstr (error->message, "is it in the right unit?"));
    }

  for (guint i = 0; i < G_N_ELEMENTS (warned); i++)
    {
      g_auto(PfPlanInputs) inputs = { 0 };
      g_autoptr(PfPlan) plan = NULL;
      const PfWarning *w;

      goal_inputs (&inputs, marathon, 0.0);
      inputs.pace_mode = PF_PACE_MODE_EFFORT;
      pf_plan_inputs_add_race (&inputs, 10000.0, 45 * 60.0);
      inputs.official_distance_m = warned[i];
      plan = pf_test_plan_compute (&inputs);
      w = pf_test_plan_find_warning (plan, "official-distance-far");
      g_assert_nonnull (w);
      g_assert_cmpint (w->severity, ==, PF_SEVERITY_WARNING);
    }

  {
    g_auto(PfPlanInputs) inputs = { 0 };
    g_autoptr(PfPlan) plan = NULL;

    /* A course measured a little long is what the official distance is for. */
    goal_inputs (&inputs, marathon, 4 * 3600.0);
    inputs.official_distance_m = 42000.0;
    plan = pf_test_plan_compute (&inputs);
    g_assert_null (pf_test_plan_find_warning (plan, "official-distance-far"));
  }
}

/* A start past 9999 printed 232 GLib-CRITICALs and wrote <time>(null)</time>. */
static void
test_start_range (void)
{
  g_autoptr(PfTrack) marathon = pf_test_course_new (42195.0, NULL);
  const gint64 refused[] = { PF_START_TIME_END, PF_START_TIME_END + 86400 * 365,
                             PF_START_TIME_MIN - 60, G_MININT64, G_MAXINT64 };
  gint64 time;

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_auto(PfPlanInputs) inputs = { 0 };
      g_autoptr(GError) error = NULL;

      goal_inputs (&inputs, marathon, 4 * 3600.0);
      inputs.start_time = refused[i];
      g_assert_false (pf_plan_inputs_validate (&inputs, &error));
      g_assert_nonnull (strstr (error->message, "between the years 1900 and 9999"));
    }

  {
    g_auto(PfPlanInputs) inputs = { 0 };
    g_autoptr(GError) error = NULL;
    PfWeatherHour hour = { PF_START_TIME_END + 3600, 12.0, 60.0 };

    /* The weather table's hours too. */
    goal_inputs (&inputs, marathon, 4 * 3600.0);
    g_array_append_val (inputs.conditions.hours, hour);
    g_assert_false (pf_plan_inputs_validate (&inputs, &error));
    g_assert_nonnull (strstr (error->message, "between the years 1900 and 9999"));
  }

  g_assert_false (pf_start_time_parse ("1899-12-31T10:00", &time));
  g_assert_false (pf_start_time_parse ("0001-01-01T10:00", &time));
  g_assert_true (pf_start_time_parse ("9999-12-31T23:59", &time));
  {
    g_auto(PfPlanInputs) inputs = { 0 };
    g_autoptr(GError) error = NULL;

    goal_inputs (&inputs, marathon, 4 * 3600.0);
    inputs.start_time = time;
    g_assert_true (pf_plan_inputs_validate (&inputs, &error));
    g_assert_no_error (error);
  }
}

static void
test_sanitize (void)
{
  static const struct { const char *in; const char *out; } cases[] = {
    { "plain Zoë", "plain Zoë" },
    { "a\033[31mred\033[0m", "a[31mred[0m" },
    { "title\033]0;pwned\007!", "title]0;pwned!" },
    { "csi\xc2\x9b" "2J", "csi2J" },          /* C1 CSI, U+009B */
    { "del\x7f", "del" },
    { "tab\tand\r\nlines", "tab and  lines" },
    { "bad \xff byte", "bad \xef\xbf\xbd byte" },  /* U+FFFD */
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = pf_text_sanitize (cases[i].in);

      g_assert_cmpstr (out, ==, cases[i].out);
    }
  g_assert_null (pf_text_sanitize (NULL));
}

/* Names that came from files are cleaned where they enter: a course's, a waypoint's, the
 * notes that quote the file, a product's. */
static void
test_outside_names (void)
{
  GString *gpx = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                               "<gpx version=\"1.1\" xmlns=\"http://www.topografix.com/GPX/1/1\">"
                               "<wpt lat=\"45.01\" lon=\"7.0\"><name>Aid\xc2\x9b" "31m red\x7f"
                               "</name><type>aid</type></wpt>"
                               "<trk><name>Evil\xc2\x9b" "2J course</name><trkseg>");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = NULL;
  g_autoptr(GArray) products = pf_product_array_new ();
  g_autoptr(JsonParser) parser = json_parser_new ();

  for (guint i = 0; i < 40; i++)
    g_string_append_printf (gpx, "<trkpt lat=\"%.4f\" lon=\"7.0\"><ele>100</ele></trkpt>",
                            45.0 + i * 0.001);
  g_string_append (gpx, "</trkseg></trk></gpx>");
  bytes = g_string_free_to_bytes (gpx);
  track = pf_import_bytes (bytes, "evil\033[2J.gpx", &error);
  g_assert_no_error (error);

  g_assert_cmpstr (pf_track_get_name (track), ==, "Evil2J course");
  g_assert_cmpstr (pf_track_get_display_name (track), ==, "evil[2J.gpx");
  g_assert_cmpuint (pf_track_get_n_waypoints (track), ==, 1);
  g_assert_cmpstr (pf_track_get_waypoint (track, 0)->name, ==, "Aid31m red");

  json_parser_load_from_data (parser, "[{\"id\": \"gel\", \"name\": \"Gel\\u001b[2J\\u009b1m\","
                                      " \"volume_ml\": 0, \"carbs_g\": 25, \"glucose_g\": 15,"
                                      " \"fructose_g\": 10, \"sodium_mg\": 50,"
                                      " \"caffeine_mg\": 0}]", -1, &error);
  g_assert_no_error (error);
  g_assert_true (pf_products_from_json (json_node_get_array (json_parser_get_root (parser)),
                                        products, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (g_array_index (products, PfProduct, 0).name, ==, "Gel[2J1m");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/inputs/parse-double", test_parse_double);
  g_test_add_func ("/inputs/other-readers", test_other_readers);
  g_test_add_func ("/inputs/goal-world-record", test_goal_world_record);
  g_test_add_func ("/inputs/prediction-too-long", test_prediction_too_long);
  g_test_add_func ("/inputs/fit-goal", test_fit_goal);
  g_test_add_func ("/inputs/official-distance", test_official_distance);
  g_test_add_func ("/inputs/start-range", test_start_range);
  g_test_add_func ("/inputs/sanitize", test_sanitize);
  g_test_add_func ("/inputs/outside-names", test_outside_names);

  return g_test_run ();
}
