/* test-plan-file.c — plan documents, printouts and exports
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/pacefuel-core.h"
#include "report/pf-csv.h"
#include "report/pf-gpx-export.h"
#include "report/pf-report.h"
#include "pf-test-util.h"

static char *
temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("pf-plan-file-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

/* A plan with every kind of input set, on a copy of a licensed course. */
static void
full_inputs (PfPlanInputs *inputs,
             const char   *course_path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = pf_import_path (course_path, &error);
  PfWeatherHour hours[] = { { 8 * 3600, 11.0, 9.0 }, { 9 * 3600, 15.0, 10.0 }, { 12 * 3600, 23.0, 12.0 } };
  double aid[] = { 5000.0, 10000.0, 15000.0, 20000.0, 25000.0, 30000.0, 35000.0, 40000.0 };

  g_assert_no_error (error);
  pf_plan_inputs_init (inputs);
  pf_plan_inputs_set_track (inputs, track);
  inputs->official_distance_m = PF_DISTANCE_MARATHON;
  inputs->goal_time_s = 3 * 3600 + 40 * 60;
  g_assert_true (pf_start_time_parse ("2026-10-04T08:00", &inputs->start_time));
  pf_plan_inputs_add_race (inputs, 21097.5, 100 * 60);
  inputs->conditions.humidity_kind = PF_HUMIDITY_DEW_POINT;
  inputs->conditions.humidity = 10.0;
  g_array_append_vals (inputs->conditions.hours, hours, G_N_ELEMENTS (hours));
  inputs->grade_model = PF_GRADE_MODEL_MINETTI;
  inputs->heat_model = PF_HEAT_MODEL_MANTZIOS;
  inputs->strategy = PF_STRATEGY_NEGATIVE;
  inputs->strategy_pct = 2.0;
  inputs->split_unit = PF_SPLIT_MILE;
  inputs->runner.mass_kg = 64.5;
  inputs->runner.has_sweat_test = TRUE;
  inputs->runner.sweat_test = (PfSweatTest) { 64.5, 63.6, 0.3, 0.1, 60, 19, 11, 320 };
  inputs->runner.sweat_sodium_mg_per_l = 1250.0;
  inputs->runner.cramp_prone = TRUE;
  inputs->runner.gut_max_g_per_h = 75.0;
  inputs->fuel.carry_bottle_ml = 400.0;
  g_array_append_vals (inputs->fuel.extra_aid_m, aid, G_N_ELEMENTS (aid));
  inputs->training.weekly_km = 55.0;
  inputs->training.longest_run_km = 30.0;
  inputs->training.goal_pace_km = 12.0;
  {
    PfProduct gel = { g_strdup ("own-gel"), g_strdup ("Own gel"), 0, 28, 17, 11, 45, 50 };
    PfAidOffer offer = { 10000.0, PF_OFFERS_WATER | PF_OFFERS_GELS };

    g_array_append_val (inputs->fuel.products, gel);
    g_array_append_val (inputs->fuel.aid_offers, offer);
  }
  inputs->checklist[PF_CHECK_SLEEP] = PF_ANSWER_YES;
  inputs->checklist[PF_CHECK_NERVES] = PF_ANSWER_NO;
}

static char *
plan_json (const PfPlanInputs *inputs)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PfPlan) plan = pf_plan_compute (inputs, &error);
  g_autoptr(JsonNode) root = NULL;

  g_assert_no_error (error);
  root = pf_plan_to_json (plan);
  return json_to_string (root, TRUE);
}

/* Save, delete the course file, reopen: the same plan, to the last digit. */
static void
test_round_trip (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *source = pf_test_data_path ("activity_607442311.gpx");
  g_autofree char *copy = g_build_filename (dir, "course.gpx", NULL);
  g_autofree char *path = g_build_filename (dir, "race.pacefuel", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_auto(PfPlanInputs) inputs = { 0 };
  g_auto(PfPlanInputs) reopened = { 0 };
  gsize length;

  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (copy, contents, length, NULL));
  full_inputs (&inputs, copy);
  before = plan_json (&inputs);

  g_assert_true (pf_plan_file_save (&inputs, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_unlink (copy), ==, 0);

  pf_plan_inputs_init (&reopened);
  g_assert_true (pf_plan_file_load (file, &reopened, NULL, &error));
  g_assert_no_error (error);
  after = plan_json (&reopened);
  g_assert_cmpstr (before, ==, after);

  /* Saving again keeps the previous version as a backup. */
  g_assert_true (pf_plan_file_save (&reopened, file, NULL, &error));
  {
    g_autofree char *backup = g_strconcat (path, "~", NULL);

    g_assert_true (g_file_test (backup, G_FILE_TEST_IS_REGULAR));
  }

  pf_test_remove_tree (dir);
}

/* @data with the split unit @unit, and "split_unit_chosen" as @chosen says: "no" leaves it out,
 * as files from before the member did. */
static char *
with_split_unit (const char  *data,
                 PfSplitUnit  unit,
                 const char  *chosen)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = json_from_string (data, &error);
  JsonObject *pacing;

  g_assert_no_error (error);
  pacing = json_object_get_object_member (json_node_get_object (root), "pacing");
  g_assert_true (json_object_has_member (pacing, "split_unit_chosen"));
  json_object_set_int_member (pacing, "split_unit", unit);
  if (g_strcmp0 (chosen, "no") == 0)
    json_object_remove_member (pacing, "split_unit_chosen");
  else
    json_object_set_boolean_member (pacing, "split_unit_chosen", g_strcmp0 (chosen, "true") == 0);
  return json_to_string (root, TRUE);
}

/* Whether the runner chose the split unit is saved and read back; a file from before it was
 * saved reads per kilometre or per mile as not chosen (it may be the units' default), at aid
 * stations as chosen; and only a unit nobody chose follows the units. */
static void
test_split_unit_chosen (void)
{
  g_autofree char *course = pf_test_data_path ("route.gpx");
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autofree char *data = NULL;
  static const struct {
    PfSplitUnit unit;
    const char *chosen;     /* in the file: "true", "false" or "no" (no member) */
    gboolean    read;       /* as read */
    PfSplitUnit imperial;   /* the unit once it follows imperial units */
  } cases[] = {
    { PF_SPLIT_KM, "true", TRUE, PF_SPLIT_KM },
    { PF_SPLIT_KM, "false", FALSE, PF_SPLIT_MILE },
    { PF_SPLIT_MILE, "true", TRUE, PF_SPLIT_MILE },
    { PF_SPLIT_MILE, "false", FALSE, PF_SPLIT_MILE },
    { PF_SPLIT_AID, "true", TRUE, PF_SPLIT_AID },
    { PF_SPLIT_AID, "false", FALSE, PF_SPLIT_AID },
    { PF_SPLIT_KM, "no", FALSE, PF_SPLIT_MILE },
    { PF_SPLIT_MILE, "no", FALSE, PF_SPLIT_MILE },
    { PF_SPLIT_AID, "no", TRUE, PF_SPLIT_AID },
  };

  full_inputs (&inputs, course);

  /* New inputs: per kilometre, chosen by nobody. */
  {
    g_auto(PfPlanInputs) fresh = { 0 };

    pf_plan_inputs_init (&fresh);
    g_assert_cmpint (fresh.split_unit, ==, PF_SPLIT_KM);
    g_assert_false (fresh.split_unit_chosen);
  }

  /* The flag round-trips, both ways. */
  for (int chosen = FALSE; chosen <= TRUE; chosen++)
    {
      g_auto(PfPlanInputs) reopened = { 0 };
      g_autoptr(GError) error = NULL;
      gsize length;

      inputs.split_unit_chosen = chosen;
      g_clear_pointer (&data, g_free);
      data = pf_plan_file_to_data (&inputs, &length);
      pf_plan_inputs_init (&reopened);
      g_assert_true (pf_plan_file_from_data (data, length, "chosen.pacefuel", &reopened, &error));
      g_assert_no_error (error);
      g_assert_cmpint (reopened.split_unit, ==, PF_SPLIT_MILE);
      g_assert_cmpint (reopened.split_unit_chosen, ==, chosen);
    }

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *file = with_split_unit (data, cases[i].unit, cases[i].chosen);
      g_auto(PfPlanInputs) read = { 0 };
      g_autoptr(GError) error = NULL;
      PfSplitUnit unit;

      g_test_message ("split unit %d, chosen: %s", cases[i].unit, cases[i].chosen);
      pf_plan_inputs_init (&read);
      g_assert_true (pf_plan_file_from_data (file, strlen (file), "old.pacefuel", &read, &error));
      g_assert_no_error (error);
      g_assert_cmpint (read.split_unit, ==, cases[i].unit);
      g_assert_cmpint (read.split_unit_chosen, ==, cases[i].read);

      unit = read.split_unit;
      g_assert_cmpint (pf_plan_inputs_follow_split_unit (&read, PF_SPLIT_MILE), ==,
                       cases[i].imperial != unit);
      g_assert_cmpint (read.split_unit, ==, cases[i].imperial);
      /* And back to metric: what follows goes per kilometre, what was chosen stays. */
      pf_plan_inputs_follow_split_unit (&read, PF_SPLIT_KM);
      g_assert_cmpint (read.split_unit, ==,
                       read.split_unit_chosen || unit == PF_SPLIT_AID ? unit : PF_SPLIT_KM);
    }
}

/* The athlete's name, club and notes are saved and read back; a file without them (older, or
 * nameless) reads as no athlete; too long or multi-line names are refused with a message that
 * says which field. */
static void
test_athlete (void)
{
  g_autofree char *course = pf_test_data_path ("route.gpx");
  g_auto(PfPlanInputs) inputs = { 0 };
  g_auto(PfPlanInputs) reopened = { 0 };
  g_auto(PfPlanInputs) old = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *data = NULL;
  g_autofree char *nameless = NULL;
  g_autofree char *long_name = g_strnfill (PF_ATHLETE_NAME_MAX, 'x');
  g_autofree char *too_long = g_strnfill (PF_ATHLETE_NAME_MAX + 1, 'x');
  g_autofree char *label = NULL;
  gsize length;

  full_inputs (&inputs, course);
  /* Trimmed as typed, and an empty one is none. */
  pf_plan_inputs_set_athlete (&inputs, "  Zoë Müller-Łukasz ", "Harriers AC", "");
  g_assert_cmpstr (inputs.athlete.name, ==, "Zoë Müller-Łukasz");
  g_assert_null (inputs.athlete.notes);
  pf_plan_inputs_set_athlete (&inputs, inputs.athlete.name, inputs.athlete.club,
                              "Gels at 5 and 10 km.\nCoach: call at 30 km.");
  g_assert_cmpstr (inputs.athlete.name, ==, "Zoë Müller-Łukasz");
  g_assert_true (pf_plan_inputs_validate (&inputs, &error));
  g_assert_no_error (error);
  label = pf_athlete_label (&inputs.athlete);
  g_assert_cmpstr (label, ==, "Zoë Müller-Łukasz (Harriers AC)");

  data = pf_plan_file_to_data (&inputs, &length);
  pf_plan_inputs_init (&reopened);
  g_assert_true (pf_plan_file_from_data (data, length, "named.pacefuel", &reopened, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (reopened.athlete.name, ==, "Zoë Müller-Łukasz");
  g_assert_cmpstr (reopened.athlete.club, ==, "Harriers AC");
  g_assert_cmpstr (reopened.athlete.notes, ==, "Gels at 5 and 10 km.\nCoach: call at 30 km.");

  /* A copy owns its own strings. */
  {
    g_auto(PfPlanInputs) copy = { 0 };

    pf_plan_inputs_init (&copy);
    pf_plan_inputs_copy (&copy, &reopened);
    pf_plan_inputs_set_athlete (&reopened, "Someone Else", NULL, NULL);
    g_assert_cmpstr (copy.athlete.name, ==, "Zoë Müller-Łukasz");
    g_assert_cmpstr (copy.athlete.club, ==, "Harriers AC");
  }

  /* A file from before the athlete was kept reads as no athlete, and so does a nameless one,
   * which writes no member at all. */
  root = json_from_string (data, &error);
  g_assert_no_error (error);
  g_assert_true (json_object_has_member (json_node_get_object (root), "athlete"));
  json_object_remove_member (json_node_get_object (root), "athlete");
  nameless = json_to_string (root, TRUE);
  pf_plan_inputs_init (&old);
  g_assert_true (pf_plan_file_from_data (nameless, strlen (nameless), "old.pacefuel", &old,
                                         &error));
  g_assert_no_error (error);
  g_assert_null (old.athlete.name);
  g_assert_null (old.athlete.club);
  g_assert_null (old.athlete.notes);
  g_clear_pointer (&data, g_free);
  data = pf_plan_file_to_data (&old, &length);
  g_assert_null (strstr (data, "\"athlete\""));

  /* The limits: 80 characters on one line for a name and a club (counted in characters, not
   * bytes), 2000 for notes; valid UTF-8 everywhere. */
  {
    const char *wide = long_name;
    g_autofree char *accented = NULL;
    g_autofree char *notes = g_strnfill (PF_ATHLETE_NOTES_MAX + 1, 'n');
    GString *letters = g_string_new (NULL);

    for (guint i = 0; i < PF_ATHLETE_NAME_MAX; i++)
      g_string_append (letters, "é");
    accented = g_string_free (letters, FALSE);

    pf_plan_inputs_set_athlete (&inputs, wide, NULL, NULL);
    g_assert_true (pf_plan_inputs_validate (&inputs, NULL));
    pf_plan_inputs_set_athlete (&inputs, accented, accented, NULL);
    g_assert_true (pf_plan_inputs_validate (&inputs, NULL));

    pf_plan_inputs_set_athlete (&inputs, too_long, NULL, NULL);
    g_assert_false (pf_plan_inputs_validate (&inputs, &error));
    g_assert_error (error, PF_PLAN_ERROR, PF_PLAN_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "name"));
    g_assert_nonnull (strstr (error->message, "80"));
    g_clear_error (&error);

    pf_plan_inputs_set_athlete (&inputs, "Jane\nDoe", NULL, NULL);
    g_assert_false (pf_plan_inputs_validate (&inputs, &error));
    g_assert_nonnull (strstr (error->message, "one line"));
    g_clear_error (&error);

    pf_plan_inputs_set_athlete (&inputs, "Jane Doe", too_long, NULL);
    g_assert_false (pf_plan_inputs_validate (&inputs, &error));
    g_assert_nonnull (strstr (error->message, "club"));
    g_clear_error (&error);

    pf_plan_inputs_set_athlete (&inputs, "Jane Doe", NULL, notes);
    g_assert_false (pf_plan_inputs_validate (&inputs, &error));
    g_assert_nonnull (strstr (error->message, "notes"));
    g_clear_error (&error);

    pf_plan_inputs_set_athlete (&inputs, "Jane \xff Doe", NULL, NULL);
    g_assert_false (pf_plan_inputs_validate (&inputs, &error));
    g_clear_error (&error);

    /* A file holding too long a name is refused with the same message, naming the file. */
    pf_plan_inputs_set_athlete (&inputs, NULL, NULL, NULL);
    g_clear_pointer (&data, g_free);
    data = pf_plan_file_to_data (&inputs, &length);
    json_node_unref (root);
    root = json_from_string (data, &error);
    {
      JsonObject *athlete = json_object_new ();

      json_object_set_string_member (athlete, "name", too_long);
      json_object_set_object_member (json_node_get_object (root), "athlete", athlete);
    }
    g_clear_pointer (&nameless, g_free);
    nameless = json_to_string (root, FALSE);
    pf_plan_inputs_clear (&old);
    pf_plan_inputs_init (&old);
    g_assert_false (pf_plan_file_from_data (nameless, strlen (nameless), "long.pacefuel", &old,
                                            &error));
    g_assert_error (error, PF_PLAN_FILE_ERROR, PF_PLAN_FILE_ERROR_INVALID);
    g_assert_true (g_str_has_prefix (error->message, "long.pacefuel: "));
    g_assert_nonnull (strstr (error->message, "name"));
    g_assert_null (old.track);
    g_clear_error (&error);
  }
}

/* The strategy and the models in words a runner reads, not the command line's. */
static void
test_describe_models (void)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autofree char *plain = NULL;
  g_autofree char *other = NULL;

  pf_plan_inputs_init (&inputs);
  plain = pf_plan_inputs_describe_models (&inputs);
  g_assert_cmpstr (plain, ==, "Even effort; hills by Strava’s model (2017); heat by Hadley’s rule");
  inputs.strategy = PF_STRATEGY_NEGATIVE;
  inputs.strategy_pct = 2.0;
  inputs.grade_model = PF_GRADE_MODEL_MINETTI;
  inputs.heat_model = PF_HEAT_MODEL_MANTZIOS;
  other = pf_plan_inputs_describe_models (&inputs);
  g_assert_cmpstr (other, ==, "Negative split, the second half 2 % faster; hills by Minetti’s "
                   "energy cost (2002); heat by Mantzios’s model (2022)");
}

static void
assert_refused (const char     *text,
                gssize          length,
                PfPlanFileError code)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(GError) error = NULL;

  pf_plan_inputs_init (&inputs);
  inputs.goal_time_s = 1234.0;
  g_assert_false (pf_plan_file_from_data (text, length < 0 ? strlen (text) : (gsize) length,
                                          "bad.pacefuel", &inputs, &error));
  g_assert_error (error, PF_PLAN_FILE_ERROR, code);
  g_assert_true (g_str_has_prefix (error->message, "bad.pacefuel"));
  /* Nothing of it leaks into the inputs. */
  g_assert_null (inputs.track);
  g_assert_cmpfloat (inputs.goal_time_s, ==, 1234.0);
}

static void
test_corrupt_truncated_newer (void)
{
  g_autofree char *course = pf_test_data_path ("route.gpx");
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autofree char *good = NULL;
  gsize length = 0;

  assert_refused ("", -1, PF_PLAN_FILE_ERROR_CORRUPT);
  assert_refused ("not json at all", -1, PF_PLAN_FILE_ERROR_CORRUPT);
  assert_refused ("[1, 2, 3]", -1, PF_PLAN_FILE_ERROR_CORRUPT);
  assert_refused ("{\"format_version\": 1}", -1, PF_PLAN_FILE_ERROR_CORRUPT);
  assert_refused ("{\"format_version\": \"one\"}", -1, PF_PLAN_FILE_ERROR_CORRUPT);
  assert_refused ("{\"format_version\": 2, \"course\": {}}", -1, PF_PLAN_FILE_ERROR_NEWER);
  assert_refused ("{\"format_version\": 1, \"course\": {\"points\": [[1, 2, null, 0]]}}", -1,
                  PF_PLAN_FILE_ERROR_CORRUPT);
  assert_refused ("{\"format_version\": 1, \"course\": {\"points\": [[100, 2, null, 0], [1, 2, 3, 0]]}}",
                  -1, PF_PLAN_FILE_ERROR_CORRUPT);

  full_inputs (&inputs, course);
  good = pf_plan_file_to_data (&inputs, &length);
  /* Cut anywhere: refused, never half-read. */
  for (gsize cut = 1; cut < length; cut += length / 37 + 1)
    assert_refused (good, (gssize) cut, PF_PLAN_FILE_ERROR_CORRUPT);

  /* A wrong type deep inside. */
  {
    g_autoptr(GString) spoiled = g_string_new (good);

    g_string_replace (spoiled, "\"mass_kg\" : 64.5", "\"mass_kg\" : \"heavy\"", 1);
    assert_refused (spoiled->str, -1, PF_PLAN_FILE_ERROR_CORRUPT);
  }
}

/* @good with one member set to @value (JSON text): @path names objects from the root,
 * "course.points.3.2" the fourth point's elevation. */
static char *
spoil (const char *good,
       const char *path,
       const char *value)
{
  g_autoptr(JsonNode) root = json_from_string (good, NULL);
  g_autoptr(JsonNode) replacement = json_from_string (value, NULL);
  g_auto(GStrv) parts = g_strsplit (path, ".", -1);
  guint n = g_strv_length (parts);
  JsonNode *node = root;

  g_assert_nonnull (root);
  g_assert_nonnull (replacement);
  for (guint i = 0; i + 1 < n; i++)
    node = JSON_NODE_HOLDS_ARRAY (node)
           ? json_array_get_element (json_node_get_array (node), atoi (parts[i]))
           : json_object_get_member (json_node_get_object (node), parts[i]);
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);
      guint index = atoi (parts[n - 1]);
      g_autoptr(JsonArray) copy = json_array_new ();

      for (guint i = 0; i < json_array_get_length (array); i++)
        json_array_add_element (copy, i == index ? json_node_copy (replacement)
                                                 : json_node_copy (json_array_get_element (array, i)));
      json_node_set_array (node, copy);
    }
  else
    json_object_set_member (json_node_get_object (node), parts[n - 1],
                            json_node_copy (replacement));
  return json_to_string (root, TRUE);
}

/* Every value a plan file holds passes the checks the CLI and the editors apply, and is
 * refused with the file's name and the value (issue 19: an official distance of 1e300 took
 * 24 GB and was killed; an elevation of 1e300 made a marathon 11 900 km long and predicted
 * "−35:36:38"). */
static void
test_out_of_range (void)
{
  static const struct {
    const char *path;
    const char *value;
    PfPlanFileError code;
    const char *says;
  } spoiled[] = {
    { "official_distance_m", "1e300", PF_PLAN_FILE_ERROR_INVALID, "official distance" },
    { "official_distance_m", "-5", PF_PLAN_FILE_ERROR_INVALID, "official distance" },
    { "course.points.3.2", "1e300", PF_PLAN_FILE_ERROR_CORRUPT,
      "course point 4: the elevation 1e+300 is not between" },
    { "course.points.3.2", "-1e300", PF_PLAN_FILE_ERROR_CORRUPT, "course point 4: the elevation" },
    { "course.points.0.0", "91", PF_PLAN_FILE_ERROR_CORRUPT, "course point 1: the latitude 91" },
    { "course.points.1.1", "-1e300", PF_PLAN_FILE_ERROR_CORRUPT, "course point 2: the longitude" },
    { "course.waypoints", "[{\"name\": \"Top\", \"lat\": 45, \"lon\": -93, \"ele\": 1e300}]",
      PF_PLAN_FILE_ERROR_CORRUPT, "a waypoint out of range" },
    { "pacing.goal_time_s", "1e300", PF_PLAN_FILE_ERROR_INVALID, "goal time" },
    { "pacing.strategy_pct", "1e300", PF_PLAN_FILE_ERROR_INVALID, "split percentage" },
    { "pacing.drift_pct", "1e300", PF_PLAN_FILE_ERROR_INVALID, "drift" },
    { "pacing.start_time", "999999999999999", PF_PLAN_FILE_ERROR_CORRUPT,
      "start_time 999999999999999 is out of range: a year from 1900 to 9999" },
    /* 1800-01-01: a date GDateTime takes, but not a start the editors or --start take. */
    { "pacing.start_time", "-5364662400", PF_PLAN_FILE_ERROR_CORRUPT,
      "start_time -5364662400 is out of range: a year from 1900 to 9999" },
    { "races.0.distance_m", "1e300", PF_PLAN_FILE_ERROR_INVALID, "race distance" },
    { "races.0.date", "-999999999999999", PF_PLAN_FILE_ERROR_CORRUPT,
      "date -999999999999999 is out of range: a year from 1 to 9999" },
    { "conditions.humidity", "1e300", PF_PLAN_FILE_ERROR_INVALID, "temperature" },
    { "conditions.hours.1.temp_c", "60", PF_PLAN_FILE_ERROR_INVALID, "temperature" },
    { "conditions.hours.1.time", "999999999999999", PF_PLAN_FILE_ERROR_CORRUPT, "time" },
    { "runner.mass_kg", "1000", PF_PLAN_FILE_ERROR_INVALID, "body mass" },
    { "runner.height_cm", "1e300", PF_PLAN_FILE_ERROR_INVALID, "height" },
    { "runner.sweat_test.minutes", "1e300", PF_PLAN_FILE_ERROR_INVALID, "" },
    { "runner.sweat_sodium_mg_per_l", "1e300", PF_PLAN_FILE_ERROR_INVALID, "sodium" },
    { "fuel.carry_bottle_ml", "1e300", PF_PLAN_FILE_ERROR_INVALID, "bottle" },
    { "fuel.aid_stations_m.0", "1e300", PF_PLAN_FILE_ERROR_INVALID, "aid station" },
    { "training.weekly_km", "1e300", PF_PLAN_FILE_ERROR_INVALID, "training distances" },
    { "training.longest_run_km", "-1", PF_PLAN_FILE_ERROR_INVALID, "training distances" },
    { "training.goal_pace_km", "1e300", PF_PLAN_FILE_ERROR_INVALID, "training distances" },
    { "training.mean_pace_s_per_km", "1e300", PF_PLAN_FILE_ERROR_INVALID, "training pace" },
  };
  g_autofree char *course = pf_test_data_path ("twin_cities_marathon.gpx");
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autofree char *good = NULL;
  gsize length = 0;

  full_inputs (&inputs, course);
  good = pf_plan_file_to_data (&inputs, &length);

  for (guint i = 0; i < G_N_ELEMENTS (spoiled); i++)
    {
      g_autofree char *bad = spoil (good, spoiled[i].path, spoiled[i].value);
      g_auto(PfPlanInputs) read = { 0 };
      g_autoptr(GError) error = NULL;

      pf_plan_inputs_init (&read);
      g_test_message ("%s = %s", spoiled[i].path, spoiled[i].value);
      g_assert_false (pf_plan_file_from_data (bad, strlen (bad), "race.pacefuel", &read, &error));
      g_test_message ("%s", error->message);
      g_assert_error (error, PF_PLAN_FILE_ERROR, spoiled[i].code);
      g_assert_true (g_str_has_prefix (error->message, "race.pacefuel: "));
      g_assert_nonnull (strstr (error->message, spoiled[i].says));
      g_assert_null (read.track);
    }
}

/* A plan that is a named pipe or a link to /dev/zero or /dev/urandom is refused at once,
 * named (issue 19: blocked forever; "failed to allocate 4294967296 bytes"). */
static void
test_special_files (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *fifo = g_build_filename (dir, "pipe.pacefuel", NULL);
  g_autofree char *zero = g_build_filename (dir, "zero.pacefuel", NULL);
  g_autofree char *urandom = g_build_filename (dir, "random.pacefuel", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.pacefuel", NULL);
  struct { const char *path; const char *says; } files[] = {
    { fifo, "not a regular file (a named pipe)" },
    { zero, "not a regular file (a character device)" },
    { urandom, "not a regular file (a character device)" },
    { missing, "no such file" },
    { dir, "this is a folder, not a file" },
  };

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (symlink ("/dev/zero", zero), ==, 0);
  g_assert_cmpint (symlink ("/dev/urandom", urandom), ==, 0);

  /* A blocking open fails the test rather than hang it. */
  alarm (20);
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (files[i].path);
      g_autofree char *expected = g_strdup_printf ("%s: %s", files[i].path, files[i].says);
      g_auto(PfPlanInputs) inputs = { 0 };
      g_autoptr(GError) error = NULL;

      pf_plan_inputs_init (&inputs);
      g_assert_false (pf_plan_file_load (file, &inputs, NULL, &error));
      g_assert_error (error, PF_PLAN_FILE_ERROR, PF_PLAN_FILE_ERROR_IO);
      g_assert_cmpstr (error->message, ==, expected);
      g_assert_null (inputs.track);
    }
  alarm (0);

  g_unlink (fifo);
  g_unlink (zero);
  g_unlink (urandom);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* A plan's backup is a plan; a compressed plan says so. */
static void
test_backup_and_compressed (void)
{
  static const char gzip[] = "\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xab\x56\x4a\xcb";
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(GError) error = NULL;

  g_assert_true (pf_plan_file_is_plan_name ("race.pacefuel"));
  g_assert_true (pf_plan_file_is_plan_name ("/tmp/Race.PaceFuel"));
  g_assert_true (pf_plan_file_is_plan_name ("race.pacefuel~"));
  g_assert_false (pf_plan_file_is_plan_name ("race.gpx"));
  g_assert_false (pf_plan_file_is_plan_name ("race.pacefuel.gz"));

  /* A backup's plan is beside it; nothing else is a backup. */
  {
    g_autoptr(GFile) backup = g_file_new_for_path ("/plans/Race.PaceFuel~");
    g_autoptr(GFile) plan = g_file_new_for_path ("/plans/Race.PaceFuel");
    g_autoptr(GFile) backed_up = pf_plan_file_backed_up (backup);
    const char *others[] = { "/plans/race.pacefuel", "/plans/race.gpx~", "/plans/~",
                             "/plans/race.pacefuel~~" };

    g_assert_nonnull (backed_up);
    g_assert_true (g_file_equal (backed_up, plan));
    for (guint i = 0; i < G_N_ELEMENTS (others); i++)
      {
        g_autoptr(GFile) other = g_file_new_for_path (others[i]);
        g_autoptr(GFile) none = pf_plan_file_backed_up (other);

        g_assert_null (none);
      }
  }

  pf_plan_inputs_init (&inputs);
  g_assert_false (pf_plan_file_from_data (gzip, sizeof gzip - 1, "race.pacefuel", &inputs,
                                          &error));
  g_assert_error (error, PF_PLAN_FILE_ERROR, PF_PLAN_FILE_ERROR_CORRUPT);
  g_assert_cmpstr (error->message, ==,
                   "race.pacefuel: a compressed file (gzip); decompress it first");
}

static void
test_unwritable (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *course = pf_test_data_path ("route.gpx");
  g_autofree char *blocker = g_build_filename (dir, "not-a-folder", NULL);
  g_autofree char *inside = g_build_filename (blocker, "plan.pacefuel", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (inside);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GError) error = NULL;
  g_auto(PfPlanInputs) inputs = { 0 };

  full_inputs (&inputs, course);
  g_assert_true (g_file_set_contents (blocker, "x", 1, NULL));

  g_assert_false (pf_plan_file_save (&inputs, file, NULL, &error));
  g_assert_error (error, PF_PLAN_FILE_ERROR, PF_PLAN_FILE_ERROR_IO);
  g_clear_error (&error);

  /* Over a folder: refused, and the folder is left as it was. */
  g_assert_false (pf_plan_file_save (&inputs, folder, NULL, &error));
  g_assert_error (error, PF_PLAN_FILE_ERROR, PF_PLAN_FILE_ERROR_IO);
  g_assert_true (g_file_test (blocker, G_FILE_TEST_IS_REGULAR));

  pf_test_remove_tree (dir);
}

static char *
run_tool (const char *tool,
          const char *path)
{
  const char *argv[] = { tool, path, "-", NULL };
  g_autofree char *out = NULL;
  int status = 0;

  if (g_strcmp0 (tool, "pdfinfo") == 0)
    argv[2] = NULL;
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, &out, NULL, &status, NULL) || !g_spawn_check_wait_status (status, NULL))
    return NULL;

  return g_steal_pointer (&out);
}

static void
test_pdf (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *course = pf_test_data_path ("activity_607442311.gpx");
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(PfPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  static const struct { PfPaper paper; PfUnitSystem units; const char *size; } papers[] = {
    { PF_PAPER_A4, PF_UNITS_METRIC, "595.276 x 841.89 pts (A4)" },
    { PF_PAPER_LETTER, PF_UNITS_IMPERIAL, "612 x 792 pts (letter)" },
  };

  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");

  if (pdfinfo == NULL || pdftotext == NULL)
    {
      g_test_skip ("pdfinfo and pdftotext (poppler-utils) are not installed");
      return;
    }

  dir = temp_dir ();
  full_inputs (&inputs, course);
  /* Start and finish temperatures instead of the hourly table, to see them in both units. */
  g_array_set_size (inputs.conditions.hours, 0);
  inputs.conditions.start_temp_c = 10.0;
  inputs.conditions.finish_temp_c = 20.0;
  /* A coach's plan: the athlete on every page. */
  pf_plan_inputs_set_athlete (&inputs, "Jane Doe", "Harriers AC", NULL);
  plan = pf_plan_compute (&inputs, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (papers); i++)
    {
      g_autofree char *path = g_build_filename (dir, "plan.pdf", NULL);
      g_autofree char *band_path = g_build_filename (dir, "band.pdf", NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GFile) band = g_file_new_for_path (band_path);
      g_autoptr(PfReport) report = NULL;
      g_autofree char *info = NULL;
      g_autofree char *text = NULL;
      g_autofree char *band_info = NULL;
      g_autofree char *pages = NULL;
      g_autofree char *one_line = NULL;
      double w, h;

      g_assert_true (pf_report_write_pdf (plan, "Twin Cities", papers[i].units, papers[i].paper,
                                          file, &error));
      g_assert_no_error (error);
      pf_paper_size (papers[i].paper, &w, &h);
      report = pf_report_new (plan, "Twin Cities", papers[i].units, w, h);

      info = run_tool ("pdfinfo", path);
      g_assert_nonnull (info);
      g_assert_nonnull (strstr (info, papers[i].size));
      pages = g_strdup_printf ("Pages:           %u\n", pf_report_get_n_pages (report));
      g_assert_nonnull (strstr (info, pages));
      g_assert_cmpuint (pf_report_get_n_pages (report), >=, 3);

      text = run_tool ("pdftotext", path);
      g_assert_nonnull (text);
      g_assert_nonnull (strstr (text, "Twin Cities"));
      g_assert_nonnull (strstr (text, "Splits"));
      g_assert_nonnull (strstr (text, "Fuel schedule"));
      g_assert_nonnull (strstr (text, "If a cramp comes"));
      g_assert_nonnull (strstr (text, "Bottle recipe"));
      /* Page numbers in the footers. */
      g_assert_nonnull (strstr (text, "page 1 of"));
      /* The weather in the runner's units. */
      g_assert_nonnull (strstr (text, papers[i].units == PF_UNITS_IMPERIAL
                                      ? "Weather: 50 °F at the start, 68 °F at the finish"
                                      : "Weather: 10 °C at the start, 20 °C at the finish"));

      /* The models in plain words (the paragraph may wrap). */
      g_clear_pointer (&one_line, g_free);
      one_line = g_strdelimit (g_strdup (text), "\n", ' ');
      g_assert_nonnull (strstr (one_line, "Negative split, the second half 2 % faster; hills by "
                                      "Minetti’s energy cost (2002); heat by Mantzios’s model "
                                      "(2022)."));
      g_assert_null (strstr (text, "grade model"));
      /* Every page's header and footer say whose plan it is (pdftotext ends each page with a
       * form feed). */
      {
        g_auto(GStrv) page_texts = g_strsplit (text, "\f", -1);
        guint n_pages = 0;

        for (guint p = 0; page_texts[p] != NULL; p++)
          {
            g_autofree char *footer = NULL;

            if (*g_strstrip (page_texts[p]) == '\0')
              continue;
            n_pages++;
            footer = g_strdup_printf ("Jane Doe (Harriers AC) — Twin Cities — page %u of", n_pages);
            g_test_message ("page %u", n_pages);
            g_assert_true (g_str_has_prefix (page_texts[p], "Jane Doe (Harriers AC)"));
            g_assert_nonnull (strstr (page_texts[p], footer));
          }
        g_assert_cmpuint (n_pages, ==, pf_report_get_n_pages (report));
      }

      g_assert_true (pf_pace_band_write_pdf (plan, "Twin Cities", PF_UNITS_METRIC, papers[i].paper,
                                             band, &error));
      band_info = run_tool ("pdfinfo", band_path);
      g_assert_nonnull (strstr (band_info, "Pages:           1\n"));
      g_free (text);
      text = run_tool ("pdftotext", band_path);
      g_assert_true (g_str_has_prefix (text, "Jane Doe (Harriers AC) — Twin Cities — pace"));

      /* A plan saved under the name the Save dialog offers has the name in its title already:
       * said once. */
      g_assert_true (pf_report_write_pdf (plan, "Jane Doe — Twin Cities", papers[i].units,
                                          papers[i].paper, file, &error));
      g_free (text);
      text = run_tool ("pdftotext", path);
      g_assert_nonnull (strstr (text, "Jane Doe (Harriers AC) — Twin Cities — page 1 of"));
      g_assert_null (strstr (text, "Jane Doe — Jane Doe"));
      g_assert_null (strstr (text, "Twin Cities — Jane Doe"));
    }

  pf_test_remove_tree (dir);
}

/* The timed GPX reimports with the course's distance and spans the planned finish. */
static void
test_timed_gpx (void)
{
  g_autofree char *course = pf_test_data_path ("activity_607442311.gpx");
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(PfPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *gpx = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PfTrack) track = NULL;
  g_autoptr(PfCourse) again = NULL;
  const PfTrackPoint *p;
  guint n;

  full_inputs (&inputs, course);
  inputs.official_distance_m = 0.0;
  plan = pf_plan_compute (&inputs, &error);
  g_assert_no_error (error);

  gpx = pf_gpx_export_timed (plan);
  bytes = g_bytes_new (gpx, strlen (gpx));
  track = pf_import_bytes (bytes, "timed.gpx", &error);
  g_assert_no_error (error);
  again = pf_course_new (track, NULL, &error);
  g_assert_no_error (error);

  g_assert_cmpfloat_with_epsilon (pf_course_get_measured_distance (again),
                                  pf_course_get_distance (pf_plan_get_course (plan)), 1.0);
  p = pf_track_get_points (track);
  n = pf_track_get_n_points (track);
  g_assert_cmpfloat_with_epsilon ((p[n - 1].time_us - p[0].time_us) / 1e6,
                                  pf_plan_get_finish_time (plan), 0.01);
}

static void
test_csv (void)
{
  g_autofree char *course = pf_test_data_path ("activity_607442311.gpx");
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(PfPlan) plan = NULL;
  g_autofree char *schedule = NULL;
  g_auto(GStrv) lines = NULL;

  full_inputs (&inputs, course);
  plan = pf_plan_compute (&inputs, NULL);
  schedule = pf_csv_schedule (plan);
  lines = g_strsplit (schedule, "\r\n", -1);
  g_assert_true (g_str_has_prefix (lines[0],
                                   "elapsed_s,distance_m,clock,where,source,cups,items,fluid_ml"));
  g_assert_cmpuint (g_strv_length (lines), ==, pf_plan_get_fuel (plan)->schedule->len + 2);

  /* Each row says where its water comes from and, at a station, how many cups: the same as
   * the schedule. */
  for (guint i = 0; i < pf_plan_get_fuel (plan)->schedule->len; i++)
    {
      const PfIntake *in = &g_array_index (pf_plan_get_fuel (plan)->schedule, PfIntake, i);
      g_auto(GStrv) fields = g_strsplit (lines[i + 1], ",", -1);

      g_assert_cmpuint (g_strv_length (fields), >=, 6);
      g_assert_cmpstr (fields[4], ==, pf_intake_source_to_string (in->source));
      g_assert_cmpuint (g_ascii_strtoull (fields[5], NULL, 10), ==, pf_intake_cups (in));
    }
}

/* The one set of JSON writers (pf-json-write.h) the plan document, the CLI's JSON and the
 * product catalog use: what each member looks like once generated. */
static void
test_json_write (void)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GArray) numbers = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GPtrArray) notes = g_ptr_array_new ();
  g_autofree char *text = NULL;
  double values[] = { 1.5, NAN };

  g_array_append_vals (numbers, values, G_N_ELEMENTS (values));
  g_ptr_array_add (notes, (char *) "a \"note\"");
  g_assert_cmpfloat (pf_json_round (1234.5678, 0.01), ==, round (1234.5678 / 0.01) * 0.01);
  g_assert_cmpfloat (pf_json_round (-0.26, 0.5), ==, -0.5);

  json_builder_begin_object (builder);
  pf_json_add_string (builder, "s", "text");
  pf_json_add_string (builder, "none", NULL);
  pf_json_add_int (builder, "i", -42);
  pf_json_add_bool (builder, "b", TRUE);
  pf_json_add_double (builder, "d", 0.25);
  pf_json_add_double (builder, "nan", NAN);
  pf_json_add_double (builder, "inf", -INFINITY);
  pf_json_add_rounded (builder, "r", 2.0 / 3.0, 0.01);
  pf_json_add_rounded (builder, "rnan", NAN, 0.01);
  pf_json_add_doubles (builder, "ds", numbers);
  pf_json_add_doubles (builder, "empty", NULL);
  pf_json_add_strings (builder, "notes", notes);
  json_builder_set_member_name (builder, "plain");
  json_builder_begin_array (builder);
  pf_json_add_number (builder, 3.0);
  pf_json_add_number (builder, INFINITY);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  text = json_to_string (root, FALSE);

  /* A number that is not one is null, never json-glib's unreadable "nan.0". */
  g_assert_cmpstr (text, ==,
                   "{\"s\":\"text\",\"none\":null,\"i\":-42,\"b\":true,\"d\":0.25,"
                   "\"nan\":null,\"inf\":null,\"r\":0.67000000000000004,\"rnan\":null,"
                   "\"ds\":[1.5,null],\"empty\":[],\"notes\":[\"a \\\"note\\\"\"],"
                   "\"plain\":[3.0,null]}");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plan-file/round-trip", test_round_trip);
  g_test_add_func ("/plan-file/corrupt", test_corrupt_truncated_newer);
  g_test_add_func ("/plan-file/split-unit-chosen", test_split_unit_chosen);
  g_test_add_func ("/plan-file/athlete", test_athlete);
  g_test_add_func ("/plan-file/describe-models", test_describe_models);
  g_test_add_func ("/plan-file/unwritable", test_unwritable);
  g_test_add_func ("/plan-file/out-of-range", test_out_of_range);
  g_test_add_func ("/plan-file/special-files", test_special_files);
  g_test_add_func ("/plan-file/backup-and-compressed", test_backup_and_compressed);
  g_test_add_func ("/export/pdf", test_pdf);
  g_test_add_func ("/export/timed-gpx", test_timed_gpx);
  g_test_add_func ("/export/csv", test_csv);
  g_test_add_func ("/json-write", test_json_write);

  return g_test_run ();
}
