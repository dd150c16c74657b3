/* test-units-display.c — in imperial units no metric unit where a runner reads, and the
 * reverse: the CLI's text, its JSON and the printed documents of a plan full of warnings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "core/pacefuel-core.h"
#include "pf-test-course.h"
#include "pf-test-units.h"
#include "pf-test-util.h"
#include "report/pf-report.h"

static const char * const unit_names[] = { "metric", "imperial" };

/* A 2 km climb at 8 % from km 30: the late-hills warning has distances and a climb. */
static double
steep_late_climb (double d)
{
  return 50.0 + 0.08 * CLAMP (d - 30000.0, 0.0, 2000.0);
}

/* A hot marathon with a steep climb, a runner prone to cramps whose longest run is short,
 * a station every 5 km and a bottle: warnings, notes and fuel lines that all have units. */
static void
hot_marathon_inputs (PfPlanInputs *inputs)
{
  g_autoptr(PfTrack) track = pf_test_course_new (42195.0, steep_late_climb);

  pf_plan_inputs_init (inputs);
  pf_plan_inputs_set_track (inputs, track);
  inputs->goal_time_s = 3.5 * 3600.0;
  inputs->start_time = 1790000000;
  inputs->conditions.start_temp_c = 26.0;
  inputs->conditions.finish_temp_c = 31.0;
  inputs->conditions.humidity_kind = PF_HUMIDITY_DEW_POINT;
  inputs->conditions.humidity = 20.0;
  inputs->runner.cramp_prone = TRUE;
  inputs->training.longest_run_km = 20.0;
  inputs->training.weekly_km = 40.0;
  inputs->fuel.carry_bottle_ml = 500.0;
  for (double km = 5.0; km < 42.0; km += 5.0)
    {
      double m = km * 1000.0;

      g_array_append_val (inputs->fuel.extra_aid_m, m);
    }
}

/* Fails the test, saying where, when @text holds a unit of the other system than @units. */
static void
assert_in_units (const char   *where,
                 PfUnitSystem  units,
                 const char   *text)
{
  g_autofree char *checked = pf_test_units_squeeze (text);
  g_autofree char *foreign = pf_test_units_foreign (units, checked);

  if (foreign != NULL)
    g_error ("%s in %s units: “%s”", where, unit_names[units], foreign);
}

static char *
temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("pf-units-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_file (const char *dir,
             const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_unlink (path);
}

/* `pacefuel-cli plan PLAN --units …`: every line of the text in those units; the JSON in SI
 * with its texts formatted (no quantity left as a marker). */
static void
test_cli (gconstpointer data)
{
  PfUnitSystem units = GPOINTER_TO_INT (data);
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(PfPlan) plan = NULL;
  g_autofree char *dir = temp_dir ();
  g_autofree char *path = g_build_filename (dir, "hot.pacefuel", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_auto(PfTestCliRun) text = { 0 };
  g_auto(PfTestCliRun) json = { 0 };

  hot_marathon_inputs (&inputs);
  plan = pf_test_plan_compute (&inputs);
  g_assert_cmpuint (pf_plan_get_n_warnings (plan), >=, 3);
  g_assert_true (pf_plan_file_save (&inputs, file, NULL, &error));
  g_assert_no_error (error);

  pf_test_cli_run (&text, "plan", path, "--units", unit_names[units], NULL);
  g_assert_cmpint (text.status, ==, 0);
  /* What the runner should see is there at all: the fuel lines and the warnings. */
  g_assert_nonnull (strstr (text.out, "Recipe for a"));
  g_assert_nonnull (strstr (text.out, "Totals:"));
  g_assert_nonnull (strstr (text.out, "What to do:"));
  g_assert_nonnull (strstr (text.out, units == PF_UNITS_IMPERIAL ? " fl oz" : " mL"));
  assert_in_units ("plan's text", units, text.out);

  pf_test_cli_run (&json, "plan", path, "--units", unit_names[units], "--json", NULL);
  g_assert_cmpint (json.status, ==, 0);
  g_assert_null (strstr (json.out, "\xee\x80\x80"));

  remove_file (dir, "hot.pacefuel");
  g_rmdir (dir);
}

/* The JSON stays SI: a quantity in a text (here in the course's name, standing in for the core's
 * texts) comes out formatted in metric, never as a marker. */
static void
test_cli_json_markers (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *path = g_build_filename (dir, "marker.gpx", NULL);
  g_autofree char *name = pf_quantity (PF_QUANTITY_DISTANCE, 5000.0, 1);
  g_autoptr(GString) gpx = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  static const char * const commands[] = { "course", "plan" };

  g_string_append_printf (gpx, "<?xml version=\"1.0\"?>\n"
                          "<gpx version=\"1.1\" xmlns=\"http://www.topografix.com/GPX/1/1\">"
                          "<trk><name>Lap %s</name><trkseg>\n", name);
  for (guint i = 0; i < 300; i++)
    g_string_append_printf (gpx, "<trkpt lat=\"45.%06u\" lon=\"7.0\"><ele>100</ele></trkpt>\n",
                            i * 180);
  g_string_append (gpx, "</trkseg></trk></gpx>\n");
  g_assert_true (g_file_set_contents (path, gpx->str, gpx->len, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_auto(PfTestCliRun) run = { 0 };

      pf_test_cli_run (&run, commands[i], path, "--units", "imperial", "--json",
                       i == 1 ? "--goal" : NULL, "0:30:00", NULL);
      g_assert_cmpint (run.status, ==, 0);
      g_assert_null (strstr (run.out, "\xee\x80\x80"));
      g_assert_nonnull (strstr (run.out, "\"Lap 5.0 km\""));
    }

  remove_file (dir, "marker.gpx");
  g_rmdir (dir);
}

/* Without --splits the splits are per unit of --units; --splits wins. */
static void
test_cli_split_unit (void)
{
  g_autofree char *course = pf_test_data_path ("twin_cities_marathon.gpx");
  static const struct { const char *units; const char *splits; double first_m; } cases[] = {
    { "imperial", NULL, PF_METRES_PER_MILE },
    { "metric", NULL, 1000.0 },
    { "imperial", "km", 1000.0 },
    { "metric", "mile", PF_METRES_PER_MILE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(PfTestCliRun) run = { 0 };
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GError) error = NULL;
      JsonArray *splits;
      JsonObject *first;

      if (cases[i].splits != NULL)
        pf_test_cli_run (&run, "plan", course, "--goal", "3:30:00", "--units", cases[i].units,
                         "--splits", cases[i].splits, "--json", NULL);
      else
        pf_test_cli_run (&run, "plan", course, "--goal", "3:30:00", "--units", cases[i].units,
                         "--json", NULL);
      g_assert_cmpint (run.status, ==, 0);
      json_parser_load_from_data (parser, run.out, -1, &error);
      g_assert_no_error (error);
      splits = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                             "splits");
      first = json_array_get_object_element (splits, 0);
      g_assert_cmpfloat_with_epsilon (json_object_get_double_member (first, "end_m"),
                                      cases[i].first_m, 0.5);
    }
}

static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", path, "-", NULL };
  g_autofree char *out = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, &out, NULL, &status, NULL)
      || !g_spawn_check_wait_status (status, NULL))
    return NULL;
  return g_steal_pointer (&out);
}

/* The printed plan and the pace band: every word on the paper in the units asked for. */
static void
test_pdf (gconstpointer data)
{
  PfUnitSystem units = GPOINTER_TO_INT (data);
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(PfPlan) plan = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *plan_path = NULL;
  g_autofree char *band_path = NULL;
  g_autoptr(GFile) plan_file = NULL;
  g_autoptr(GFile) band_file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *plan_text = NULL;
  g_autofree char *band_text = NULL;

  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return;
    }

  hot_marathon_inputs (&inputs);
  inputs.split_unit = units == PF_UNITS_IMPERIAL ? PF_SPLIT_MILE : PF_SPLIT_KM;
  plan = pf_test_plan_compute (&inputs);
  dir = temp_dir ();
  plan_path = g_build_filename (dir, "plan.pdf", NULL);
  band_path = g_build_filename (dir, "band.pdf", NULL);
  plan_file = g_file_new_for_path (plan_path);
  band_file = g_file_new_for_path (band_path);

  g_assert_true (pf_report_write_pdf (plan, "Hot", units, PF_PAPER_LETTER, plan_file, &error));
  g_assert_no_error (error);
  g_assert_true (pf_pace_band_write_pdf (plan, "Hot", units, PF_PAPER_LETTER, band_file, &error));
  g_assert_no_error (error);
  plan_text = pdf_text (plan_path);
  band_text = pdf_text (band_path);
  g_assert_nonnull (plan_text);
  g_assert_nonnull (band_text);

  g_assert_nonnull (strstr (plan_text, "Bottle recipe"));
  g_assert_nonnull (strstr (plan_text, units == PF_UNITS_IMPERIAL ? "lb" : "kg"));
  assert_in_units ("printed plan", units, plan_text);
  assert_in_units ("pace band", units, band_text);

  remove_file (dir, "plan.pdf");
  remove_file (dir, "band.pdf");
  g_rmdir (dir);
}

/* The checker itself: it finds what it is for, and lets the right units through. */
static void
test_checker (void)
{
  char *found;

  found = pf_test_units_foreign (PF_UNITS_IMPERIAL, "from 21.1 km on");
  g_assert_nonnull (found);
  g_free (found);
  found = pf_test_units_foreign (PF_UNITS_IMPERIAL, "26 °C, 0.8 L/h, 500 mL, 5 m");
  g_assert_nonnull (found);
  g_free (found);
  found = pf_test_units_foreign (PF_UNITS_IMPERIAL, "a marker \xee\x80\x80" "d1:5000\xee\x80\x81");
  g_assert_nonnull (found);
  g_free (found);
  g_assert_null (pf_test_units_foreign (PF_UNITS_IMPERIAL,
                                        "13.1 mi, 79 °F, 27 fl oz/h, 154 lb, 7:31 /mi, 10 min"));
  found = pf_test_units_foreign (PF_UNITS_METRIC, "13.1 mi at 7:31 /mi");
  g_assert_nonnull (found);
  g_free (found);
  g_assert_null (pf_test_units_foreign (PF_UNITS_METRIC, "21.1 km, 26 °C, 0.8 L/h, 70 kg, 5 mg"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/units/checker", test_checker);
  g_test_add_data_func ("/units/cli/imperial", GINT_TO_POINTER (PF_UNITS_IMPERIAL), test_cli);
  g_test_add_data_func ("/units/cli/metric", GINT_TO_POINTER (PF_UNITS_METRIC), test_cli);
  g_test_add_func ("/units/cli/split-unit", test_cli_split_unit);
  g_test_add_func ("/units/cli/json-markers", test_cli_json_markers);
  g_test_add_data_func ("/units/pdf/imperial", GINT_TO_POINTER (PF_UNITS_IMPERIAL), test_pdf);
  g_test_add_data_func ("/units/pdf/metric", GINT_TO_POINTER (PF_UNITS_METRIC), test_pdf);

  return g_test_run ();
}
