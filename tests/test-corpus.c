/* SPDX-License-Identifier: GPL-3.0-or-later */

/* test-corpus.c — every real course file we can find imports, or fails with a message
 *
 * The corpus lives in $PF_SHARED_DATA (../shared/data beside the checkout): third-party files
 * that may only be read in place. A user's checkout has no such folder, so every test here
 * skips when it is missing.
 *
 * The bands asserted for real races are the published figures of those races, widened for
 * what a GPS file of the course can show: big-city marathons are flat (Berlin ~75 m,
 * Chicago ~75 m, London ~120 m of climb in the organisers' own profiles), Boston loses
 * ~140 m net from Hopkinton to Boylston Street, UTMB climbs ~10 000 m and the Tor des Géants
 * ~24 000 m.
 */
#define G_LOG_DOMAIN "test-corpus"

#include <math.h>
#include <string.h>

#include "core/pf-course.h"
#include "core/pf-import.h"
#include "pf-test-util.h"

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Every file of a corpus folder, sorted; NULL after marking the test skipped. */
static GPtrArray *
list_folder (const char *folder)
{
  g_autofree char *dir_path = pf_test_shared_path (folder, NULL);
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) paths = NULL;
  const char *name;

  if (dir_path == NULL)
    return NULL;

  dir = g_dir_open (dir_path, 0, NULL);
  g_assert_nonnull (dir);
  paths = g_ptr_array_new_with_free_func (g_free);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      if (name[0] != '.')
        g_ptr_array_add (paths, g_build_filename (dir_path, name, NULL));
    }
  g_ptr_array_sort (paths, compare_paths);
  g_assert_cmpuint (paths->len, >, 0);

  return g_steal_pointer (&paths);
}

static PfCourse *
course_of (const char *folder,
           const char *name)
{
  g_autofree char *path = pf_test_shared_path (folder, name, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = NULL;
  PfCourse *course;

  if (path == NULL)
    return NULL;

  track = pf_import_path (path, &error);
  g_assert_no_error (error);
  course = pf_course_new (track, NULL, &error);
  g_assert_no_error (error);
  g_test_message ("%s: %.3f km, +%.0f/-%.0f m (raw +%.0f/-%.0f), %u aid stations, %u landmarks",
                  name, pf_course_get_distance (course) / 1000.0, pf_course_get_ascent (course),
                  pf_course_get_descent (course), pf_course_get_raw_ascent (course),
                  pf_course_get_raw_descent (course), pf_course_get_n_aid_stations (course),
                  pf_course_get_n_landmarks (course));
  return course;
}

static void
check_course (const PfCourse *course)
{
  const PfCourseSample *samples = pf_course_get_samples (course);
  guint n = pf_course_get_n_samples (course);

  g_assert_cmpuint (n, >=, 2);
  g_assert_cmpfloat (samples[0].distance_m, ==, 0.0);
  g_assert_cmpfloat_with_epsilon (samples[n - 1].distance_m, pf_course_get_distance (course),
                                  1e-6 * pf_course_get_distance (course));
  for (guint i = 1; i < n; i++)
    g_assert_cmpfloat (samples[i].distance_m, >, samples[i - 1].distance_m);
  for (guint i = 0; i < n; i++)
    {
      g_assert_true (isfinite (samples[i].ele));
      g_assert_cmpfloat (fabs (samples[i].grade), <=, 0.45);
    }
  g_assert_cmpfloat (pf_course_get_min_elevation (course), <=,
                     pf_course_get_max_elevation (course));
  g_assert_cmpfloat (pf_course_get_ascent (course), <=, pf_course_get_raw_ascent (course) + 1e-6);
  g_assert_cmpfloat (pf_course_get_descent (course), <=,
                     pf_course_get_raw_descent (course) + 1e-6);
  for (guint i = 1; i < pf_course_get_n_aid_stations (course); i++)
    g_assert_cmpfloat (pf_course_get_aid_station (course, i - 1)->distance_m, <=,
                       pf_course_get_aid_station (course, i)->distance_m);
}

/* Imports @path; either a usable course comes out, or an error that names the file. */
static void
import_or_explain (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = pf_import_path (path, &error);
  g_autoptr(PfCourse) course = NULL;

  if (track == NULL)
    {
      g_test_message ("%s: %s", path, error->message);
      g_assert_nonnull (error);
      g_assert_true (error->domain == PF_IMPORT_ERROR);
      g_assert_true (g_str_has_prefix (error->message, path));
      return;
    }

  g_assert_no_error (error);
  g_assert_cmpuint (pf_track_get_n_points (track), >=, 2);
  g_assert_true (g_utf8_validate (pf_track_get_name (track), -1, NULL));
  for (guint i = 0; i < pf_track_get_notes (track)->len; i++)
    {
      const char *note = g_ptr_array_index (pf_track_get_notes (track), i);

      g_assert_true (g_utf8_validate (note, -1, NULL));
      g_assert_true (g_str_has_prefix (note, path));
    }
  for (guint i = 0; i < pf_track_get_n_waypoints (track); i++)
    {
      const PfWaypoint *w = pf_track_get_waypoint (track, i);

      g_assert_true (w->name == NULL || g_utf8_validate (w->name, -1, NULL));
      g_assert_true (w->comment == NULL || g_utf8_validate (w->comment, -1, NULL));
    }

  course = pf_course_new (track, NULL, &error);
  if (course == NULL)
    {
      g_test_message ("%s: %s", path, error->message);
      g_assert_true (error->domain == PF_COURSE_ERROR);
      g_assert_true (g_str_has_prefix (error->message, path));
      return;
    }

  g_assert_no_error (error);
  g_test_message ("%s: %u points, %.3f km, +%.0f/-%.0f m", path, pf_track_get_n_points (track),
                  pf_course_get_distance (course) / 1000.0, pf_course_get_ascent (course),
                  pf_course_get_descent (course));
  check_course (course);
}

static void
test_corpus_folder (gconstpointer data)
{
  const char *folder = data;
  g_autoptr(GPtrArray) paths = list_folder (folder);

  if (paths == NULL)
    return;

  for (guint i = 0; i < paths->len; i++)
    import_or_explain (g_ptr_array_index (paths, i));
}

static void
test_corpus_truncated (void)
{
  g_autoptr(GPtrArray) paths = list_folder ("courses");
  static const guint percents[] = { 1, 10, 50, 90, 99 };

  if (paths == NULL)
    return;

  for (guint i = 0; i < paths->len; i++)
    {
      const char *path = g_ptr_array_index (paths, i);
      g_autofree char *name = g_path_get_basename (path);
      g_autofree char *contents = NULL;
      gsize length = 0;

      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      for (guint k = 0; k < G_N_ELEMENTS (percents); k++)
        {
          gsize cut = length * percents[k] / 100;
          g_autoptr(GBytes) bytes = g_bytes_new_static (contents, cut);
          g_autoptr(GError) error = NULL;
          g_autoptr(PfTrack) track = pf_import_bytes (bytes, name, &error);

          /* A file cut short is not well-formed XML: refused, with the line where it stops. */
          g_assert_null (track);
          g_assert_error (error, PF_IMPORT_ERROR, PF_IMPORT_ERROR_MALFORMED);
          g_assert_true (g_str_has_prefix (error->message, name));
          g_assert_true (g_ascii_isdigit (error->message[strlen (name) + 1]));
        }
    }
}

static void
test_corpus_big_city_marathons (void)
{
  static const char * const files[] = {
    "berlin_marathon.gpx", "chicago_marathon.gpx", "london_marathon.gpx",
  };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(PfCourse) course = course_of ("courses", files[i]);

      if (course == NULL)
        return;
      g_assert_true (pf_course_has_elevation (course));
      g_assert_cmpfloat (pf_course_get_ascent (course), <, 150.0);
      g_assert_cmpfloat (pf_course_get_descent (course), <, 150.0);
      g_assert_cmpfloat (pf_course_get_distance (course), >, 42000.0);
      g_assert_cmpfloat (pf_course_get_distance (course), <, 43500.0);
      check_course (course);
    }
}

static void
test_corpus_marathon_distances (void)
{
  /* Course exports and recordings of marathons measure 0–3 % over 42.195 km. */
  static const char * const files[] = {
    "athens_marathon.gpx", "boston.gpx", "boston_marathon.gpx", "new_york_marathon.gpx",
    "tokyo_marathon.gpx", "sydney_marathon.gpx", "wineglass.gpx", "marathon-tours.gpx",
    "twin_cities_marathon.gpx",
  };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(PfCourse) course = course_of ("courses", files[i]);
      PfCleanOptions options;
      g_autoptr(PfCourse) official = NULL;

      if (course == NULL)
        return;
      g_assert_cmpfloat (pf_course_get_distance (course), >, 42000.0);
      g_assert_cmpfloat (pf_course_get_distance (course), <, 43500.0);
      /* Road marathons: a few hundred metres of climb at most after cleaning. */
      g_assert_cmpfloat (pf_course_get_ascent (course), <, 400.0);

      /* Scaled to the certified distance, without a warning about the difference. */
      pf_clean_options_init (&options);
      options.official_distance_m = PF_DISTANCE_MARATHON;
      official = pf_course_new (pf_course_get_track (course), &options, NULL);
      g_assert_nonnull (official);
      g_assert_cmpfloat_with_epsilon (pf_course_get_distance (official), 42195.0, 1e-6);
      for (guint n = 0; n < pf_course_get_notes (official)->len; n++)
        g_assert_null (strstr (g_ptr_array_index (pf_course_get_notes (official), n), "official"));
    }
}

static void
test_corpus_boston (void)
{
  static const char * const files[] = { "boston_marathon.gpx", "boston.gpx" };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(PfCourse) course = course_of ("courses", files[i]);
      double net;

      if (course == NULL)
        return;
      /* A point-to-point course that drops from Hopkinton to Boston. */
      g_assert_cmpfloat (pf_course_get_descent (course), >, pf_course_get_ascent (course));
      net = pf_course_get_descent (course) - pf_course_get_ascent (course);
      g_assert_cmpfloat (net, >, 100.0);
      g_assert_cmpfloat (net, <, 180.0);
    }
}

static void
test_corpus_utmb (void)
{
  g_autoptr(PfCourse) course = course_of ("courses", "utmb-170.gpx");

  if (course == NULL)
    return;
  g_assert_cmpfloat (pf_course_get_ascent (course), >, 8000.0);
  g_assert_cmpfloat (pf_course_get_ascent (course), <, 11000.0);
  g_assert_cmpfloat (pf_course_get_distance (course), >, 165000.0);
  g_assert_cmpfloat (pf_course_get_distance (course), <, 180000.0);
  /* A loop from Chamonix (~1 035 m) over the Grand Col Ferret (2 537 m). */
  g_assert_cmpfloat (pf_course_get_max_elevation (course), >, 2400.0);
  g_assert_cmpfloat (pf_course_get_max_elevation (course), <, 2700.0);
  g_assert_cmpfloat (pf_course_get_min_elevation (course), >, 700.0);
  check_course (course);
}

static void
test_corpus_tor_des_geants (void)
{
  g_autoptr(PfCourse) course = course_of ("courses", "tor_330k.GPX");
  guint refreshment = 0;

  if (course == NULL)
    return;
  g_assert_cmpfloat (pf_course_get_ascent (course), >, 20000.0);
  g_assert_cmpfloat (pf_course_get_ascent (course), <, 27000.0);
  g_assert_cmpfloat (pf_course_get_distance (course), >, 320000.0);
  g_assert_cmpfloat (pf_course_get_distance (course), <, 360000.0);
  check_course (course);

  /* 37 waypoints say "Ristoro - Ravitaillement - Refreshment point" and 6 "Base vita - Base
   * vie - Life base" (the life bases, the biggest stations); the rest are cols and
   * villages. */
  for (guint i = 0; i < pf_course_get_n_aid_stations (course); i++)
    {
      const PfCoursePoint *p = pf_course_get_aid_station (course, i);

      if (p->comment != NULL && strstr (p->comment, "Refreshment point") != NULL)
        refreshment++;
    }
  g_assert_cmpuint (refreshment, ==, 37);
  for (guint i = 0; i < pf_course_get_n_landmarks (course); i++)
    {
      const PfCoursePoint *p = pf_course_get_landmark (course, i);

      g_test_message ("landmark: %s — %s", p->name, p->comment != NULL ? p->comment : "");
    }
  g_assert_cmpuint (pf_course_get_n_aid_stations (course), >=, 40);
  g_assert_cmpuint (pf_course_get_n_aid_stations (course) + pf_course_get_n_landmarks (course),
                    ==, 79);
}

static void
test_corpus_templiers (void)
{
  g_autoptr(PfCourse) course = course_of ("courses", "GrandTrailTempliers.gpx");

  if (course == NULL)
    return;
  /* Its 55 waypoints are turn directions, not stations. */
  g_assert_cmpuint (pf_course_get_n_aid_stations (course), ==, 0);
  g_assert_cmpuint (pf_course_get_n_landmarks (course), ==, 55);
  /* The Grand Trail des Templiers: ~80 km, ~3 500 m of climb. */
  g_assert_cmpfloat (pf_course_get_distance (course), >, 75000.0);
  g_assert_cmpfloat (pf_course_get_distance (course), <, 85000.0);
  g_assert_cmpfloat (pf_course_get_ascent (course), >, 2800.0);
  g_assert_cmpfloat (pf_course_get_ascent (course), <, 4000.0);
}

static void
test_corpus_same_run (void)
{
  g_autoptr(PfCourse) gpx = course_of ("courses", "new_river_50k.gpx");
  g_autoptr(PfCourse) tcx = NULL;

  if (gpx == NULL)
    return;
  tcx = course_of ("courses", "new_river_50k.tcx");
  /* The TCX has four extra trackpoints without a position: skipped, the rest identical. */
  g_assert_cmpuint (pf_course_get_n_points (tcx), ==, pf_course_get_n_points (gpx));
  g_assert_cmpfloat_with_epsilon (pf_course_get_distance (tcx), pf_course_get_distance (gpx), 1.0);
  g_assert_cmpfloat_with_epsilon (pf_course_get_ascent (tcx), pf_course_get_ascent (gpx), 1.0);
  /* A 50K along a rail trail: gentle, whatever the watch's altimeter says. */
  g_assert_cmpfloat (pf_course_get_ascent (gpx), <, 300.0);
  g_assert_cmpfloat (pf_course_get_raw_ascent (gpx), >, 2.0 * pf_course_get_ascent (gpx));
}

static void
test_corpus_tcx_course_points (void)
{
  g_autoptr(PfCourse) course = course_of ("edgecases", "gtrnctr-readcp.tcx");

  if (course == NULL)
    return;
  /* PointType Water, Food and First Aid are stations; Summit, Left, Generic … are not. */
  g_assert_cmpuint (pf_track_get_n_waypoints (pf_course_get_track (course)), ==, 16);
  g_assert_cmpuint (pf_course_get_n_aid_stations (course), ==, 3);
  g_assert_cmpuint (pf_course_get_n_landmarks (course), ==, 13);
  g_assert_cmpstr (pf_course_get_name (course), ==, "Test CP Reading");
}

static void
test_corpus_tcx_laps (void)
{
  g_autoptr(PfCourse) course = course_of ("edgecases", "gtrnctr-lap_s.tcx");

  if (course == NULL)
    return;
  /* 943 trackpoints, 15 of them without a position, in 14 laps. */
  g_assert_cmpuint (pf_course_get_n_points (course), ==, 928);
  g_assert_cmpuint (pf_track_get_n_parts (pf_course_get_track (course)), ==, 14);
}

static void
test_corpus_waypoint_recording (void)
{
  g_autoptr(PfCourse) course = course_of ("edgecases", "marathon.gpx");

  if (course == NULL)
    return;
  /* 1325 <wpt> under a bare <gpx>: the line itself. */
  g_assert_cmpint (pf_track_get_source (pf_course_get_track (course)), ==,
                   PF_TRACK_SOURCE_WAYPOINTS);
  g_assert_cmpuint (pf_course_get_n_points (course), ==, 1325);
  g_assert_cmpuint (pf_course_get_n_aid_stations (course) + pf_course_get_n_landmarks (course),
                    ==, 0);
}

static void
test_corpus_malformed (void)
{
  g_autofree char *path = pf_test_shared_path ("edgecases", "GPX_invalid_extensions.gpx", NULL);
  g_autofree char *prefix = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = NULL;

  if (path == NULL)
    return;
  track = pf_import_path (path, &error);
  prefix = g_strconcat (path, ":39: ", NULL);
  g_assert_null (track);
  g_assert_error (error, PF_IMPORT_ERROR, PF_IMPORT_ERROR_MALFORMED);
  g_assert_true (g_str_has_prefix (error->message, prefix));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/corpus/courses", "courses", test_corpus_folder);
  g_test_add_data_func ("/corpus/edgecases", "edgecases", test_corpus_folder);
  g_test_add_func ("/corpus/truncated", test_corpus_truncated);
  g_test_add_func ("/corpus/marathons/big-city", test_corpus_big_city_marathons);
  g_test_add_func ("/corpus/marathons/distances", test_corpus_marathon_distances);
  g_test_add_func ("/corpus/marathons/boston", test_corpus_boston);
  g_test_add_func ("/corpus/trail/utmb", test_corpus_utmb);
  g_test_add_func ("/corpus/trail/tor-des-geants", test_corpus_tor_des_geants);
  g_test_add_func ("/corpus/trail/templiers", test_corpus_templiers);
  g_test_add_func ("/corpus/same-run", test_corpus_same_run);
  g_test_add_func ("/corpus/tcx/course-points", test_corpus_tcx_course_points);
  g_test_add_func ("/corpus/tcx/laps", test_corpus_tcx_laps);
  g_test_add_func ("/corpus/waypoint-recording", test_corpus_waypoint_recording);
  g_test_add_func ("/corpus/malformed", test_corpus_malformed);

  return g_test_run ();
}
