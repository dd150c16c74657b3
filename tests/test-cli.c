/* SPDX-License-Identifier: GPL-3.0-or-later */

/* test-cli.c — pacefuel-cli course: the command-line contract, from the outside
 *
 * Runs the built binary ($PF_CLI) with argument vectors (no shell) and checks what a script
 * relies on: the exit status (0 ok, 1 bad input, 2 bad usage), JSON on stdout with every
 * documented member, "pacefuel-cli: FILE:LINE: message" on stderr, and nothing on stdout
 * when the command fails.
 */
#define G_LOG_DOMAIN "test-cli"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/pf-course.h"
#include "core/pf-import.h"
#include "pf-test-util.h"

/* A failed command says why on stderr and leaves stdout empty: never a partial result. */
static void
assert_failed (const PfTestCliRun *run,
               int                 status,
               const char         *stderr_prefix)
{
  g_assert_cmpint (run->status, ==, status);
  g_assert_cmpstr (run->out, ==, "");
  g_assert_true (g_str_has_prefix (run->err, stderr_prefix));
  g_assert_true (g_utf8_validate (run->err, -1, NULL));
}

static JsonObject *
parse_object (const char  *text,
              JsonParser **parser_out)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonNode *root;

  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  g_assert_no_error (error);
  root = json_parser_get_root (parser);
  g_assert_nonnull (root);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));
  *parser_out = g_steal_pointer (&parser);
  return json_node_get_object (root);
}

static void
assert_number_member (JsonObject *object,
                      const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  g_test_message ("member %s", member);
  g_assert_nonnull (node);
  g_assert_true (JSON_NODE_HOLDS_VALUE (node));
  g_assert_true (json_node_get_value_type (node) == G_TYPE_DOUBLE
                 || json_node_get_value_type (node) == G_TYPE_INT64);
}

static void
assert_summary_members (JsonObject *root)
{
  static const char * const numbers[] = {
    "points", "distance_m", "ascent_m", "descent_m", "raw_ascent_m", "raw_descent_m",
    "min_elevation_m", "max_elevation_m",
  };
  static const char * const arrays[] = { "aid_stations", "landmarks", "notes" };
  JsonObject *start;

  g_assert_true (json_object_has_member (root, "name"));
  g_assert_nonnull (json_object_get_string_member (root, "name"));
  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    assert_number_member (root, numbers[i]);
  g_assert_true (json_object_has_member (root, "official_distance_m"));
  g_assert_true (json_object_has_member (root, "has_elevation"));
  g_assert_true (json_node_get_value_type (json_object_get_member (root, "has_elevation"))
                 == G_TYPE_BOOLEAN);

  g_assert_true (json_object_has_member (root, "start"));
  start = json_object_get_object_member (root, "start");
  g_assert_nonnull (start);
  assert_number_member (start, "lat");
  assert_number_member (start, "lon");

  for (guint i = 0; i < G_N_ELEMENTS (arrays); i++)
    {
      g_test_message ("member %s", arrays[i]);
      g_assert_true (json_object_has_member (root, arrays[i]));
      g_assert_true (JSON_NODE_HOLDS_ARRAY (json_object_get_member (root, arrays[i])));
    }
}

/* ---- course --json ------------------------------------------------------------------- */

static void
test_cli_course_json (void)
{
  g_autofree char *path = pf_test_data_path ("activity_607442311.gpx");
  g_auto(PfTestCliRun) run = { 0 };
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(PfTrack) track = NULL;
  g_autoptr(PfCourse) course = NULL;
  JsonObject *root, *start;

  if (!pf_test_cli_run (&run, "course", path, "--json", NULL))
    return;
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  root = parse_object (run.out, &parser);
  assert_summary_members (root);

  g_assert_cmpstr (json_object_get_string_member (root, "name"), ==,
                   "Twin Cities Marathon 2014 - Chris Joakim");
  g_assert_cmpint (json_object_get_int_member (root, "points"), ==, 2256);
  g_assert_true (json_object_get_null_member (root, "official_distance_m"));
  g_assert_true (json_object_get_boolean_member (root, "has_elevation"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "aid_stations")),
                    ==, 0);
  start = json_object_get_object_member (root, "start");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (start, "lat"), 44.97432, 1e-5);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (start, "lon"), -93.26310, 1e-5);

  /* The same figures as the library's, in SI units. */
  track = pf_import_path (path, NULL);
  g_assert_nonnull (track);
  course = pf_course_new (track, NULL, NULL);
  g_assert_nonnull (course);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (root, "distance_m"),
                                  pf_course_get_measured_distance (course), 0.01);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (root, "ascent_m"),
                                  pf_course_get_ascent (course), 0.01);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (root, "descent_m"),
                                  pf_course_get_descent (course), 0.01);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (root, "raw_ascent_m"),
                                  pf_course_get_raw_ascent (course), 0.01);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (root, "min_elevation_m"),
                                  pf_course_get_min_elevation (course), 0.01);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (root, "max_elevation_m"),
                                  pf_course_get_max_elevation (course), 0.01);
  g_assert_cmpfloat (json_object_get_double_member (root, "distance_m"), >, 42195.0);
}

static void
test_cli_course_json_official (void)
{
  static const struct {
    const char *arg;
    double      metres;
  } cases[] = {
    { "42195", 42195.0 },
    { "marathon", 42195.0 },
    { "half", 21097.5 },
    { "10k", 10000.0 },
    { "42195.0", 42195.0 },
  };
  g_autofree char *path = pf_test_data_path ("activity_607442311.gpx");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(PfTestCliRun) run = { 0 };
      g_autoptr(JsonParser) parser = NULL;
      JsonObject *root;

      if (!pf_test_cli_run (&run, "course", "--official-distance", cases[i].arg, "--json", path,
                            NULL))
        return;
      g_assert_cmpint (run.status, ==, 0);
      root = parse_object (run.out, &parser);
      assert_summary_members (root);
      assert_number_member (root, "official_distance_m");
      g_assert_cmpfloat_with_epsilon (json_object_get_double_member (root, "official_distance_m"),
                                      cases[i].metres, 1e-6);
      /* The measured length is still reported beside it. */
      g_assert_cmpfloat_with_epsilon (json_object_get_double_member (root, "distance_m"),
                                      42662.0, 5.0);
    }
}

static void
test_cli_course_json_points (void)
{
  /* A small course with a station and a landmark, written to a temporary file. */
  static const char text[] =
    "<?xml version=\"1.0\"?>\n"
    "<gpx version=\"1.1\" xmlns=\"http://www.topografix.com/GPX/1/1\">\n"
    "<wpt lat=\"45.005\" lon=\"7.0001\"><name>Ravito 1</name><cmt>eau, coca</cmt></wpt>\n"
    "<wpt lat=\"45.002\" lon=\"7.0\"><name>Pont</name></wpt>\n"
    "<rte><name>Petit tour</name>\n"
    "<rtept lat=\"45.000\" lon=\"7.0\"/><rtept lat=\"45.005\" lon=\"7.0\"/><rtept lat=\"45.010\" lon=\"7.0\"/>\n"
    "</rte></gpx>\n";
  g_autofree char *dir = g_dir_make_tmp ("pf-test-cli-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "petit tour.gpx", NULL);
  g_auto(PfTestCliRun) run = { 0 };
  g_autoptr(JsonParser) parser = NULL;
  JsonObject *root, *station;
  JsonArray *stations, *landmarks, *notes;

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  if (pf_test_cli_run (&run, "course", "--json", path, NULL))
    {
      g_assert_cmpint (run.status, ==, 0);
      root = parse_object (run.out, &parser);
      assert_summary_members (root);
      g_assert_cmpstr (json_object_get_string_member (root, "name"), ==, "Petit tour");
      g_assert_false (json_object_get_boolean_member (root, "has_elevation"));
      g_assert_cmpfloat (json_object_get_double_member (root, "ascent_m"), ==, 0.0);

      stations = json_object_get_array_member (root, "aid_stations");
      landmarks = json_object_get_array_member (root, "landmarks");
      g_assert_cmpuint (json_array_get_length (stations), ==, 1);
      g_assert_cmpuint (json_array_get_length (landmarks), ==, 1);
      station = json_array_get_object_element (stations, 0);
      g_assert_cmpstr (json_object_get_string_member (station, "name"), ==, "Ravito 1");
      g_assert_cmpfloat_with_epsilon (json_object_get_double_member (station, "distance_m"),
                                      0.005 * 111195.08, 10.0);
      assert_number_member (station, "offset_m");
      assert_number_member (station, "lat");
      assert_number_member (station, "lon");
      g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (landmarks, 0),
                                                      "name"), ==, "Pont");

      /* The file has no elevation, and says so. */
      notes = json_object_get_array_member (root, "notes");
      g_assert_cmpuint (json_array_get_length (notes), >=, 1);
      g_assert_nonnull (strstr (json_array_get_string_element (notes, 0), "flat"));
    }

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* ---- the human summary --------------------------------------------------------------- */

static void
test_cli_course_summary (void)
{
  g_autofree char *path = pf_test_data_path ("activity_607442311.gpx");
  g_auto(PfTestCliRun) run = { 0 };
  g_auto(PfTestCliRun) imperial = { 0 };

  if (!pf_test_cli_run (&run, "course", path, NULL))
    return;
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_true (g_utf8_validate (run.out, -1, NULL));
  g_assert_true (g_str_has_prefix (run.out, "Twin Cities Marathon 2014 - Chris Joakim\n"));
  g_assert_nonnull (strstr (run.out, "42.7 km"));
  g_assert_nonnull (strstr (run.out, path));
  /* Not JSON. */
  g_assert_null (strstr (run.out, "\"distance_m\""));

  if (!pf_test_cli_run (&imperial, "course", "--units", "imperial", path, NULL))
    return;
  g_assert_cmpint (imperial.status, ==, 0);
  g_assert_nonnull (strstr (imperial.out, "26.5 mi"));
  g_assert_null (strstr (imperial.out, " km"));
}

/* ---- errors -------------------------------------------------------------------------- */

static void
test_cli_malformed (void)
{
  g_autofree char *path = pf_test_data_path ("GPX_invalid_extensions.gpx");
  g_autofree char *prefix = g_strconcat ("pacefuel-cli: ", path, ":39: ", NULL);
  g_auto(PfTestCliRun) run = { 0 };
  g_auto(PfTestCliRun) json = { 0 };

  if (!pf_test_cli_run (&run, "course", path, NULL))
    return;
  assert_failed (&run, 1, prefix);
  /* One line. */
  g_assert_true (g_str_has_suffix (run.err, "\n"));
  g_assert_true (strchr (run.err, '\n') == run.err + strlen (run.err) - 1);

  if (!pf_test_cli_run (&json, "course", "--json", path, NULL))
    return;
  assert_failed (&json, 1, prefix);
}

static void
test_cli_bad_input (void)
{
  g_autofree char *dir = g_dir_make_tmp ("pf-test-cli-XXXXXX", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.gpx", NULL);
  g_autofree char *missing_prefix = g_strconcat ("pacefuel-cli: ", missing, ": ", NULL);
  g_autofree char *empty_trk = pf_test_data_path ("empty_trk.gpx");
  g_autofree char *empty_prefix = g_strconcat ("pacefuel-cli: ", empty_trk, ": ", NULL);
  g_autofree char *kml = g_build_filename (dir, "route.kml", NULL);
  g_autofree char *kml_prefix = g_strconcat ("pacefuel-cli: ", kml, ":", NULL);
  g_autofree char *dir_prefix = g_strconcat ("pacefuel-cli: ", dir, ": ", NULL);
  g_auto(PfTestCliRun) run_missing = { 0 };
  g_auto(PfTestCliRun) run_empty = { 0 };
  g_auto(PfTestCliRun) run_kml = { 0 };
  g_auto(PfTestCliRun) run_dir = { 0 };

  g_assert_true (g_file_set_contents (kml, "<kml xmlns=\"http://www.opengis.net/kml/2.2\"/>\n",
                                      -1, NULL));
  if (pf_test_cli_run (&run_missing, "course", "--json", missing, NULL))
    {
      assert_failed (&run_missing, 1, missing_prefix);

      g_assert_true (pf_test_cli_run (&run_empty, "course", "--json", empty_trk, NULL));
      assert_failed (&run_empty, 1, empty_prefix);

      g_assert_true (pf_test_cli_run (&run_kml, "course", kml, NULL));
      assert_failed (&run_kml, 1, kml_prefix);

      g_assert_true (pf_test_cli_run (&run_dir, "course", dir, NULL));
      assert_failed (&run_dir, 1, dir_prefix);
    }

  g_assert_cmpint (g_remove (kml), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_cli_bad_usage (void)
{
  g_autofree char *path = pf_test_data_path ("route.gpx");
  const char *cases[][5] = {
    { NULL },
    { "course", NULL },
    { "course", "--json", NULL },
    { "course", path, path, NULL },
    { "course", "--frobnicate", path, NULL },
    { "course", "--official-distance", "-5", path, NULL },
    { "course", "--official-distance", "abc", path, NULL },
    { "course", "--official-distance", "0", path, NULL },
    { "course", "--official-distance", "nan", path, NULL },
    { "course", "--units", "furlongs", path, NULL },
    { "frobnicate", path, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(PfTestCliRun) run = { 0 };

      g_test_message ("case %u", i);
      if (!pf_test_cli_runv (&run, NULL, cases[i]))
        return;
      g_assert_cmpint (run.status, ==, 2);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_cmpstr (run.err, !=, "");
      if (i > 0)
        g_assert_true (g_str_has_prefix (run.err, "pacefuel-cli: "));
    }
}

/* ---- hostile files (issue 19) --------------------------------------------------------- */

typedef struct
{
  GBytes   *out;
  GBytes   *err;
  gboolean  done;
  gboolean  timed_out;
} Deadline;

static void
on_deadline_communicated_cb (GObject      *source,
                             GAsyncResult *result,
                             gpointer      user_data)
{
  Deadline *deadline = user_data;

  g_subprocess_communicate_finish (G_SUBPROCESS (source), result, &deadline->out,
                                   &deadline->err, NULL);
  deadline->done = TRUE;
}

static gboolean
on_deadline_passed_cb (gpointer user_data)
{
  Deadline *deadline = user_data;

  deadline->timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

static char *
take_text (GBytes *bytes)
{
  gsize length = 0;
  const char *data = bytes != NULL ? g_bytes_get_data (bytes, &length) : NULL;
  char *text = g_strndup (data != NULL ? data : "", length);

  g_clear_pointer (&bytes, g_bytes_unref);
  return text;
}

/* pacefuel-cli with @args, given 30 s: a program that blocks (on a named pipe, say) is
 * killed and fails the test, rather than hang it. FALSE, skipped, without PF_CLI. */
static gboolean
run_with_deadline (PfTestCliRun       *run,
                   const char * const *args)
{
  const char *cli = g_getenv ("PF_CLI");
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  Deadline deadline = { NULL, NULL, FALSE, FALSE };
  guint timeout_id;

  if (cli == NULL || !g_file_test (cli, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("PF_CLI does not name the built pacefuel-cli");
      return FALSE;
    }
  g_ptr_array_add (argv, (gpointer) cli);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_newv ((const char * const *) argv->pdata,
                               G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE,
                               &error);
  g_assert_no_error (error);
  g_subprocess_communicate_async (process, NULL, NULL, on_deadline_communicated_cb, &deadline);
  timeout_id = g_timeout_add_seconds (30, on_deadline_passed_cb, &deadline);
  while (!deadline.done && !deadline.timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (deadline.timed_out)
    {
      g_subprocess_force_exit (process);
      while (!deadline.done)
        g_main_context_iteration (NULL, TRUE);
      g_assert_not_reached ();
    }
  g_source_remove (timeout_id);
  g_subprocess_wait (process, NULL, &error);
  g_assert_no_error (error);

  pf_test_cli_run_clear (run);
  run->out = take_text (deadline.out);
  run->err = take_text (deadline.err);
  run->status = g_subprocess_get_if_exited (process) ? g_subprocess_get_exit_status (process) : -1;
  return TRUE;
}

/* A copy of the plan document @good with the member @member of @object (NULL: the root) set
 * to @value, or the fourth course point's elevation when @member is NULL. */
static void
write_spoiled_plan (const char *good,
                    const char *path,
                    const char *object,
                    const char *member,
                    double      value)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  JsonObject *root;

  g_assert_true (json_parser_load_from_file (parser, good, &error));
  root = json_node_get_object (json_parser_get_root (parser));
  if (member == NULL)
    {
      JsonArray *points = json_object_get_array_member (json_object_get_object_member (root,
                                                                                         "course"),
                                                        "points");
      JsonArray *point = json_array_get_array_element (points, 3);
      g_autoptr(JsonArray) spoiled = json_array_new ();

      for (guint i = 0; i < json_array_get_length (point); i++)
        json_array_add_element (spoiled, i == 2 ? json_node_init_double (json_node_alloc (), value)
                                                : json_node_copy (json_array_get_element (point, i)));
      json_node_take_array (json_array_get_element (points, 3), g_steal_pointer (&spoiled));
    }
  else
    json_object_set_double_member (object != NULL ? json_object_get_object_member (root, object)
                                                  : root, member, value);
  text = json_to_string (json_parser_get_root (parser), TRUE);
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
}

/* Named pipes and links to devices are refused by every command at once, by name: they
 * blocked forever or allocated gigabytes (issue 19). */
static void
test_cli_special_files (void)
{
  g_autofree char *dir = g_dir_make_tmp ("pf-test-cli-XXXXXX", NULL);
  g_autofree char *fifo = g_build_filename (dir, "pipe.gpx", NULL);
  g_autofree char *fifo_plan = g_build_filename (dir, "pipe.pacefuel", NULL);
  g_autofree char *zero = g_build_filename (dir, "zero.gpx", NULL);
  g_autofree char *random_plan = g_build_filename (dir, "random.pacefuel", NULL);
  g_autofree char *csv = g_build_filename (dir, "splits.csv", NULL);
  g_autofree char *out = g_build_filename (dir, "out", NULL);
  g_autofree char *course = pf_test_data_path ("route.gpx");
  g_autofree char *pipe_says = g_strdup_printf ("pacefuel-cli: %s: not a regular file (a named pipe)\n",
                                                fifo);
  g_autofree char *pipe_plan_says =
    g_strdup_printf ("pacefuel-cli: %s: not a regular file (a named pipe)\n", fifo_plan);
  g_autofree char *zero_says =
    g_strdup_printf ("pacefuel-cli: %s: not a regular file (a character device)\n", zero);
  g_autofree char *random_says =
    g_strdup_printf ("pacefuel-cli: %s: not a regular file (a character device)\n", random_plan);
  g_autofree char *training = g_strconcat ("--training=", fifo, NULL);
  g_autofree char *csv_option = g_strconcat ("--csv=", csv, NULL);
  struct { const char *args[6]; const char *says; } cases[] = {
    { { "course", fifo, NULL }, pipe_says },
    { { "course", zero, NULL }, zero_says },
    { { "plan", fifo, "--goal=1:00:00", NULL }, pipe_says },
    { { "plan", fifo_plan, NULL }, pipe_plan_says },
    { { "plan", random_plan, NULL }, random_says },
    { { "plan", course, "--goal=1:00:00", training, NULL }, pipe_says },
    { { "export", fifo_plan, csv_option, NULL }, pipe_plan_says },
    { { "export", random_plan, csv_option, NULL }, random_says },
    { { "batch", fifo, course, "--out", out, NULL }, pipe_says },
  };

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (mkfifo (fifo_plan, 0600), ==, 0);
  g_assert_cmpint (symlink ("/dev/zero", zero), ==, 0);
  g_assert_cmpint (symlink ("/dev/urandom", random_plan), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(PfTestCliRun) run = { 0 };

      g_test_message ("%s %s", cases[i].args[0], cases[i].args[1]);
      if (!run_with_deadline (&run, cases[i].args))
        break;
      assert_failed (&run, 1, cases[i].says);
      g_assert_cmpstr (run.err, ==, cases[i].says);
    }
  g_assert_false (g_file_test (csv, G_FILE_TEST_EXISTS));

  g_unlink (fifo);
  g_unlink (fifo_plan);
  g_unlink (zero);
  g_unlink (random_plan);
  pf_test_remove_tree (dir);
}

/* A value out of range in a plan file: exit 1 with the file's name and the value, quickly —
 * not 24 GB and a kill, not exit 2 ("bad usage") without the name (issue 19). A plan's
 * backup opens as the plan it backs up; a compressed course says so. */
static void
test_cli_hostile_plans (void)
{
  g_autofree char *dir = g_dir_make_tmp ("pf-test-cli-XXXXXX", NULL);
  g_autofree char *course = pf_test_data_path ("route.gpx");
  g_autofree char *good = g_build_filename (dir, "good.pacefuel", NULL);
  g_autofree char *backup = g_build_filename (dir, "good.pacefuel~", NULL);
  g_autofree char *far = g_build_filename (dir, "far.pacefuel", NULL);
  g_autofree char *high = g_build_filename (dir, "high.pacefuel", NULL);
  g_autofree char *heavy = g_build_filename (dir, "heavy.pacefuel", NULL);
  g_autofree char *csv = g_build_filename (dir, "splits.csv", NULL);
  g_autofree char *gz = g_build_filename (dir, "route.gpx.gz", NULL);
  g_autofree char *save = g_strconcat ("--save=", good, NULL);
  g_autofree char *csv_option = g_strconcat ("--csv=", csv, NULL);
  g_autofree char *far_says = g_strdup_printf ("pacefuel-cli: %s: the official distance must be "
                                               "at most 10000 km\n", far);
  g_autofree char *high_says = g_strdup_printf ("pacefuel-cli: %s: not a valid plan: course point "
                                                "4: the elevation 1e+300 is not between -500 m "
                                                "and 9000 m\n", high);
  g_autofree char *heavy_says = g_strdup_printf ("pacefuel-cli: %s: the body mass must be "
                                                 "between 30 kg and 250 kg\n", heavy);
  g_autofree char *gz_says = g_strdup_printf ("pacefuel-cli: %s: a compressed file (gzip); "
                                              "decompress it first\n", gz);
  g_autofree char *contents = NULL;
  gsize length = 0;
  const char * const saving[] = { "plan", course, "--goal=1:00:00", save, NULL };
  struct { const char *args[5]; const char *says; } cases[] = {
    { { "plan", far, NULL }, far_says },
    { { "plan", far, "--json", NULL }, far_says },
    { { "export", far, csv_option, NULL }, far_says },
    { { "plan", high, NULL }, high_says },
    { { "export", high, csv_option, NULL }, high_says },
    { { "plan", heavy, NULL }, heavy_says },
    { { "plan", heavy, "--goal=1:00:00", NULL }, heavy_says },
    { { "course", gz, NULL }, gz_says },
  };
  g_auto(PfTestCliRun) saved = { 0 };
  g_auto(PfTestCliRun) from_plan = { 0 };
  g_auto(PfTestCliRun) from_backup = { 0 };

  if (!run_with_deadline (&saved, saving))
    {
      pf_test_remove_tree (dir);
      return;
    }
  g_assert_cmpint (saved.status, ==, 0);
  write_spoiled_plan (good, far, NULL, "official_distance_m", 1e300);
  write_spoiled_plan (good, high, NULL, NULL, 1e300);
  write_spoiled_plan (good, heavy, "runner", "mass_kg", 1000);
  g_assert_true (g_file_get_contents (good, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (backup, contents, (gssize) length, NULL));
  /* A gzip header and a few bytes: what `gzip route.gpx` starts with. */
  g_assert_true (g_file_set_contents (gz, "\x1f\x8b\x08\x08\x00\x00\x00\x00\x00\x03route.gpx",
                                      20, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(PfTestCliRun) run = { 0 };

      g_test_message ("%s %s %s", cases[i].args[0], cases[i].args[1],
                      cases[i].args[2] != NULL ? cases[i].args[2] : "");
      g_assert_true (run_with_deadline (&run, cases[i].args));
      assert_failed (&run, 1, cases[i].says);
      g_assert_cmpstr (run.err, ==, cases[i].says);
    }
  g_assert_false (g_file_test (csv, G_FILE_TEST_EXISTS));

  /* The backup reads as the plan it backs up, not as a course. */
  {
    const char * const plan_args[] = { "plan", good, NULL };
    const char * const backup_args[] = { "plan", backup, NULL };

    g_assert_true (run_with_deadline (&from_plan, plan_args));
    g_assert_true (run_with_deadline (&from_backup, backup_args));
    g_assert_cmpint (from_backup.status, ==, 0);
    g_assert_cmpstr (from_backup.err, ==, "");
    g_assert_cmpstr (from_backup.out, ==, from_plan.out);
  }

  pf_test_remove_tree (dir);
}

static void
test_cli_help (void)
{
  g_auto(PfTestCliRun) top = { 0 };
  g_auto(PfTestCliRun) course = { 0 };
  g_auto(PfTestCliRun) version = { 0 };

  if (!pf_test_cli_run (&top, "--help", NULL))
    return;
  g_assert_cmpint (top.status, ==, 0);
  g_assert_nonnull (strstr (top.out, "course"));
  g_assert_cmpstr (top.err, ==, "");

  g_assert_true (pf_test_cli_run (&course, "course", "--help", NULL));
  g_assert_cmpint (course.status, ==, 0);
  g_assert_nonnull (strstr (course.out, "--official-distance"));
  g_assert_nonnull (strstr (course.out, "--json"));

  g_assert_true (pf_test_cli_run (&version, "--version", NULL));
  g_assert_cmpint (version.status, ==, 0);
  g_assert_true (g_str_has_prefix (version.out, "pacefuel-cli "));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/course/json", test_cli_course_json);
  g_test_add_func ("/cli/course/json/official-distance", test_cli_course_json_official);
  g_test_add_func ("/cli/course/json/points", test_cli_course_json_points);
  g_test_add_func ("/cli/course/summary", test_cli_course_summary);
  g_test_add_func ("/cli/error/malformed", test_cli_malformed);
  g_test_add_func ("/cli/error/bad-input", test_cli_bad_input);
  g_test_add_func ("/cli/error/bad-usage", test_cli_bad_usage);
  g_test_add_func ("/cli/help", test_cli_help);
  g_test_add_func ("/cli/error/special-files", test_cli_special_files);
  g_test_add_func ("/cli/error/hostile-plans", test_cli_hostile_plans);

  return g_test_run ();
}
