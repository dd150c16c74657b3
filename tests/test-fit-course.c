/* test-fit-course.c — the plan on the watch: the FIT course, read back by Garmin's own FIT SDK,
 * and the TCX course, read back by libxml2
 *
 * The FIT file is decoded by tests/fit-decoder/decode.mjs (node and @garmin/fitsdk, installed by
 * build-aux/dev with npm ci): an independent decoder. Without node or the SDK the FIT checks are
 * skipped and the test exits 77 (meson's SKIP), the TCX checks still run.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <math.h>
#include <string.h>

#include "core/pacefuel-core.h"
#include "report/pf-course-timed.h"
#include "report/pf-export.h"
#include "report/pf-fit-course.h"
#include "report/pf-tcx-course.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlXPathContext, xmlXPathFreeContext)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlXPathObject, xmlXPathFreeObject)

static gboolean decoder_missing;

/* 2026-10-04 08:00 on the runner's wall clock. */
#define START 1791100800

typedef struct
{
  PfPlan *plan;
  char   *dir;
} Fixture;

/* A marathon with a station every 5 km, some renamed: a long name (cut on the watch), one with
 * a non-ASCII letter, one offering food, one offering nothing the plan knows of but water. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (g_getenv ("PF_TEST_DATA"), "activity_607442311.gpx",
                                            NULL);
  g_autoptr(PfTrack) track = NULL;
  g_autoptr(PfPlan) first = NULL;
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(GError) error = NULL;
  const GArray *stations;

  track = pf_import_path (path, &error);
  g_assert_no_error (error);
  pf_plan_inputs_init (&inputs);
  pf_plan_inputs_set_track (&inputs, track);
  inputs.goal_time_s = 4 * 3600;
  inputs.start_time = START;
  first = pf_plan_compute (&inputs, &error);
  g_assert_no_error (error);
  g_assert_true (pf_plan_inputs_add_aid_every (&inputs, pf_plan_get_course (first), 5000.0,
                                               NAN, NAN));
  fixture->plan = pf_plan_compute (&inputs, &error);
  g_assert_no_error (error);
  stations = pf_plan_get_aid_stations (fixture->plan);
  g_assert_cmpuint (stations->len, >=, 6);
  pf_plan_inputs_set_aid (&inputs, g_array_index (stations, PfAidStation, 0).distance_m,
                          PF_OFFERS_WATER, "Lake Harriet Bandshell Aid");
  pf_plan_inputs_set_aid (&inputs, g_array_index (stations, PfAidStation, 1).distance_m,
                          PF_OFFERS_WATER | PF_OFFERS_GELS, "Café Pré");
  pf_plan_inputs_set_aid (&inputs, g_array_index (stations, PfAidStation, 2).distance_m,
                          PF_OFFERS_FOOD | PF_OFFERS_SPORTS, "Summit");
  pf_plan_unref (fixture->plan);
  fixture->plan = pf_plan_compute (&inputs, &error);
  g_assert_no_error (error);
  fixture->dir = g_dir_make_tmp ("pf-fit-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
  pf_plan_unref (fixture->plan);
}

/* Writes @format as Export… does and returns the path. */
static char *
export (Fixture        *fixture,
        PfExportFormat  format)
{
  g_autofree char *name = pf_export_file_name ("Twin Cities", pf_export_format_get_suffix (format));
  char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (pf_export_write (fixture->plan, format, "Twin Cities Marathon 2026",
                                  PF_UNITS_METRIC, PF_PAPER_A4, file, &error));
  g_assert_no_error (error);
  return path;
}

static char *
decoder_dir (void)
{
  return g_build_filename (g_getenv ("PF_FIT_DECODER"), NULL);
}

static gboolean
have_decoder (void)
{
  g_autofree char *dir = decoder_dir ();
  g_autofree char *sdk = g_build_filename (dir, "node_modules", "@garmin", "fitsdk",
                                           "package.json", NULL);
  g_autofree char *node = g_find_program_in_path ("node");

  return node != NULL && g_file_test (sdk, G_FILE_TEST_EXISTS);
}

/* What Garmin's SDK makes of @path (see decode.mjs). */
static JsonNode *
decode (const char *path)
{
  g_autofree char *dir = decoder_dir ();
  g_autofree char *script = g_build_filename (dir, "decode.mjs", NULL);
  const char *argv[] = { "node", script, path, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  JsonNode *node;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("decode.mjs: %s\n%s", error->message, err);
  node = json_from_string (out, &error);
  g_assert_no_error (error);
  return node;
}

static JsonArray *
messages (JsonNode   *decoded,
          const char *name)
{
  JsonObject *all = json_object_get_object_member (json_node_get_object (decoded), "messages");

  g_assert_true (json_object_has_member (all, name));
  return json_object_get_array_member (all, name);
}

/* The record at @distance_m (to the centimetre), or NULL. */
static JsonObject *
record_at (JsonArray *records,
           double     distance_m)
{
  for (guint i = 0; i < json_array_get_length (records); i++)
    {
      JsonObject *r = json_array_get_object_element (records, i);

      if (fabs (json_object_get_double_member (r, "distance") - distance_m) < 0.01)
        return r;
    }
  return NULL;
}

static void
test_fit_decodes (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(JsonNode) decoded = NULL;
  JsonObject *root, *file_id, *course, *lap;
  JsonArray *records, *points, *events;
  const GArray *stations = pf_plan_get_aid_stations (fixture->plan);
  double finish = pf_plan_get_finish_time (fixture->plan);
  double length = pf_course_get_distance (pf_plan_get_course (fixture->plan));
  double previous_distance = -1.0, previous_time = 0.0;

  if (decoder_missing)
    {
      g_test_skip ("node or @garmin/fitsdk is missing (build-aux/dev installs them)");
      return;
    }

  path = export (fixture, PF_EXPORT_FIT_COURSE);
  decoded = decode (path);
  root = json_node_get_object (decoded);
  g_assert_true (json_object_get_boolean_member (root, "isFIT"));
  g_assert_true (json_object_get_boolean_member (root, "integrity"));  /* sizes and CRC */
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "errors")), ==, 0);

  g_assert_cmpuint (json_array_get_length (messages (decoded, "fileIdMesgs")), ==, 1);
  file_id = json_array_get_object_element (messages (decoded, "fileIdMesgs"), 0);
  g_assert_cmpstr (json_object_get_string_member (file_id, "type"), ==, "course");
  g_assert_cmpint (json_object_get_int_member (file_id, "timeCreated"), ==, START - PF_FIT_EPOCH);

  course = json_array_get_object_element (messages (decoded, "courseMesgs"), 0);
  g_assert_cmpstr (json_object_get_string_member (course, "sport"), ==, "running");
  /* 31 bytes of the title, its NUL the 32nd. */
  g_assert_cmpstr (json_object_get_string_member (course, "name"), ==, "Twin Cities Marathon 2026");

  g_assert_cmpuint (json_array_get_length (messages (decoded, "lapMesgs")), ==, 1);
  lap = json_array_get_object_element (messages (decoded, "lapMesgs"), 0);
  g_assert_cmpint (json_object_get_int_member (lap, "startTime"), ==, START - PF_FIT_EPOCH);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (lap, "totalDistance"), length,
                                  0.01);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (lap, "totalElapsedTime"),
                                  finish, 0.5 + 1e-9);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (lap, "totalTimerTime"),
                                  finish, 0.5 + 1e-9);

  /* The timer starts with the first record and stops with the last. */
  events = messages (decoded, "eventMesgs");
  g_assert_cmpuint (json_array_get_length (events), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (events, 0),
                                                  "eventType"), ==, "start");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (events, 1),
                                                  "eventType"), ==, "stopDisableAll");

  /* Records: in order, on the course, bounded, every one at the plan's time to the second. */
  records = messages (decoded, "recordMesgs");
  g_assert_cmpuint (json_array_get_length (records), >=, length / 100.0);
  g_assert_cmpuint (json_array_get_length (records), <=,
                    length / PF_TIMED_STEP_M + pf_plan_get_n_splits (fixture->plan) + 2);
  for (guint i = 0; i < json_array_get_length (records); i++)
    {
      JsonObject *r = json_array_get_object_element (records, i);
      double d = json_object_get_double_member (r, "distance");
      double t = json_object_get_int_member (r, "timestamp") - (double) (START - PF_FIT_EPOCH);

      g_assert_cmpfloat (d, >, previous_distance);
      g_assert_cmpfloat (t, >=, previous_time);
      g_assert_cmpfloat (fabs (t - pf_plan_elapsed_at (fixture->plan, d)), <=, 0.5 + 0.01);
      g_assert_true (json_object_has_member (r, "positionLat"));
      g_assert_true (json_object_has_member (r, "altitude"));
      previous_distance = d;
      previous_time = t;
    }
  g_assert_cmpfloat_with_epsilon (previous_distance, length, 0.01);

  /* The splits: a record at each one's end, at its elapsed time to the second. */
  for (guint i = 0; i + 1 < pf_plan_get_n_splits (fixture->plan); i++)
    {
      const PfSplit *split = pf_plan_get_split (fixture->plan, i);
      JsonObject *r = record_at (records, split->end_m);

      g_assert_nonnull (r);
      g_assert_cmpint (json_object_get_int_member (r, "timestamp") - (START - PF_FIT_EPOCH), ==,
                       (gint64) llround (split->elapsed_s));
    }

  /* One course point per aid station: its distance, its name as the watch shows it, its type,
   * and when the virtual partner passes. */
  points = messages (decoded, "coursePointMesgs");
  g_assert_cmpuint (json_array_get_length (points), ==, stations->len);
  for (guint i = 0; i < stations->len; i++)
    {
      const PfAidStation *s = &g_array_index (stations, PfAidStation, i);
      JsonObject *p = json_array_get_object_element (points, i);
      g_autofree char *label = pf_course_timed_label (s, i);
      g_autofree char *name = pf_fit_truncate_name (label, PF_FIT_POINT_NAME_SIZE);
      const char *type = (s->offers & (PF_OFFERS_FOOD | PF_OFFERS_GELS)) ? "food" : "water";

      g_assert_cmpfloat (fabs (json_object_get_double_member (p, "distance") - s->distance_m),
                         <=, 1.0);
      g_assert_cmpstr (json_object_get_string_member (p, "name"), ==, name);
      g_assert_cmpstr (json_object_get_string_member (p, "type"), ==, type);
      g_assert_cmpint (json_object_get_int_member (p, "timestamp") - (START - PF_FIT_EPOCH), ==,
                       (gint64) llround (pf_plan_elapsed_at (fixture->plan, s->distance_m)));
    }
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (points, 0),
                                                  "name"), ==, "Lake Harriet Ba");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (points, 1),
                                                  "name"), ==, "Café Pré");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (points, 1),
                                                  "type"), ==, "food");
  /* The fourth has no name: numbered. */
  g_assert_cmpstr (g_array_index (stations, PfAidStation, 3).name, ==, "");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (points, 3),
                                                  "name"), ==, "Aid 4");
}

/* Names cut to a FIT field on a character's boundary, never through one. */
static void
test_fit_truncate (void)
{
  g_autofree char *ascii = pf_fit_truncate_name ("Lake Harriet Bandshell", 16);
  g_autofree char *accents = pf_fit_truncate_name ("Ravitaillement é", 16);
  g_autofree char *short_name = pf_fit_truncate_name ("Mile 20", 16);

  g_assert_cmpstr (ascii, ==, "Lake Harriet Ba");
  g_assert_cmpstr (accents, ==, "Ravitaillement ");  /* "é" is two bytes: no room */
  g_assert_cmpstr (short_name, ==, "Mile 20");
}

/* A plan without a date (the default 08:00) keeps its time of day after FIT's epoch: a relative
 * time, as FIT reads any below 0x10000000. */
static void
test_fit_undated (Fixture       *fixture,
                  gconstpointer  data)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(PfPlan) plan = NULL;

  pf_plan_inputs_copy (&inputs, pf_plan_get_inputs (fixture->plan));
  inputs.start_time = 8 * 3600;
  plan = pf_plan_compute (&inputs, NULL);
  g_assert_nonnull (plan);
  g_assert_cmpuint (pf_fit_course_timestamp (plan, 0.0), ==, 8 * 3600);
  g_assert_cmpuint (pf_fit_course_timestamp (plan, 100.4), ==, 8 * 3600 + 100);
  g_assert_cmpuint (pf_fit_course_timestamp (fixture->plan, 0.0), ==, START - PF_FIT_EPOCH);
}

static char *
xpath_string (xmlXPathContext *context,
              const char      *expression)
{
  g_autoptr(xmlXPathObject) result = xmlXPathEvalExpression ((const xmlChar *) expression,
                                                             context);
  xmlChar *text = xmlXPathCastToString (result);
  char *copy = g_strdup ((const char *) text);

  xmlFree (text);
  return copy;
}

static void
test_tcx (Fixture       *fixture,
          gconstpointer  data)
{
  g_autofree char *path = export (fixture, PF_EXPORT_TCX_COURSE);
  const GArray *stations = pf_plan_get_aid_stations (fixture->plan);
  g_autoptr(xmlDoc) doc = xmlReadFile (path, NULL, XML_PARSE_NONET);
  g_autoptr(xmlXPathContext) context = NULL;
  g_autoptr(xmlXPathObject) points = NULL;
  g_autoptr(xmlXPathObject) trackpoints = NULL;
  g_autofree char *course_name = NULL;
  g_autofree char *first_name = NULL;

  g_assert_nonnull (doc);
  context = xmlXPathNewContext (doc);
  xmlXPathRegisterNs (context, (const xmlChar *) "t",
                      (const xmlChar *) "http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2");
  course_name = xpath_string (context, "string(/t:TrainingCenterDatabase/t:Courses/t:Course/t:Name)");
  g_assert_cmpstr (course_name, ==, "Twin Cities Mar");

  trackpoints = xmlXPathEvalExpression ((const xmlChar *) "//t:Track/t:Trackpoint", context);
  g_assert_cmpint (xmlXPathNodeSetGetLength (trackpoints->nodesetval), >, 400);

  points = xmlXPathEvalExpression ((const xmlChar *) "//t:Course/t:CoursePoint", context);
  g_assert_cmpint (xmlXPathNodeSetGetLength (points->nodesetval), ==, stations->len);
  for (guint i = 0; i < stations->len; i++)
    {
      const PfAidStation *s = &g_array_index (stations, PfAidStation, i);
      g_autofree char *name_xpath = g_strdup_printf ("string(//t:CoursePoint[%u]/t:Name)", i + 1);
      g_autofree char *time_xpath = g_strdup_printf ("string(//t:CoursePoint[%u]/t:Time)", i + 1);
      g_autofree char *type_xpath = g_strdup_printf ("string(//t:CoursePoint[%u]/t:PointType)",
                                                     i + 1);
      g_autofree char *name = xpath_string (context, name_xpath);
      g_autofree char *time = xpath_string (context, time_xpath);
      g_autofree char *type = xpath_string (context, type_xpath);
      g_autofree char *label = pf_course_timed_label (s, i);
      g_autofree char *expected = g_utf8_substring (label, 0, MIN (g_utf8_strlen (label, -1),
                                                                   PF_TCX_POINT_NAME_MAX));
      g_autoptr(GDateTime) when = g_date_time_new_from_iso8601 (time, NULL);

      g_strchomp (expected);
      g_assert_cmpstr (name, ==, expected);
      g_assert_cmpuint (g_utf8_strlen (name, -1), <=, 10);
      g_assert_nonnull (when);
      g_assert_cmpfloat (fabs ((double) (g_date_time_to_unix (when) - START)
                               + g_date_time_get_microsecond (when) / 1e6
                               - pf_plan_elapsed_at (fixture->plan, s->distance_m)), <, 0.002);
      g_assert_cmpstr (type, ==, (s->offers & (PF_OFFERS_FOOD | PF_OFFERS_GELS)) ? "Food"
                                                                                 : "Water");
    }
  first_name = xpath_string (context, "string(//t:CoursePoint[1]/t:Name)");
  g_assert_cmpstr (first_name, ==, "Lake Harri");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  decoder_missing = !have_decoder ();

  g_test_add ("/fit-course/decodes", Fixture, NULL, fixture_set_up, test_fit_decodes,
              fixture_tear_down);
  g_test_add ("/fit-course/undated", Fixture, NULL, fixture_set_up, test_fit_undated,
              fixture_tear_down);
  g_test_add_func ("/fit-course/truncate", test_fit_truncate);
  g_test_add ("/tcx-course/points", Fixture, NULL, fixture_set_up, test_tcx, fixture_tear_down);

  status = g_test_run ();
  /* The FIT file unchecked is not a pass: meson shows SKIP. */
  return status == 0 && decoder_missing ? 77 : status;
}
