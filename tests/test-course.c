/* SPDX-License-Identifier: GPL-3.0-or-later */

/* test-course.c — from a raw track to the cleaned course plans are made on
 *
 * Synthetic lines run due north along 7° E, so that their length is known exactly
 * (a degree of latitude is PF_EARTH_RADIUS_M · π / 180 on a meridian); their elevation is
 * whatever profile the test is about.
 */
#define G_LOG_DOMAIN "test-course"

#include <math.h>
#include <string.h>

#include "core/pf-course.h"
#include "core/pf-geo.h"
#include "core/pf-import.h"
#include "core/pf-plan.h"
#include "core/pf-plan-file.h"
#include "core/pf-plan-inputs.h"
#include "core/pf-profile-filter.h"
#include "core/pf-waypoint-kind.h"
#include "report/pf-units.h"
#include "pf-test-course.h"
#include "pf-test-util.h"

#define DEGREE_M (PF_EARTH_RADIUS_M * G_PI / 180.0)
#define GPX11_OPEN \
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
  "<gpx version=\"1.1\" creator=\"test\" xmlns=\"http://www.topografix.com/GPX/1/1\">\n"

/* ---- helpers ------------------------------------------------------------------------- */

static PfTrack *
import_data (const char *name)
{
  g_autofree char *path = pf_test_data_path (name);
  g_autoptr(GError) error = NULL;
  PfTrack *track = pf_import_path (path, &error);

  g_assert_no_error (error);
  return track;
}

static PfTrack *
import_text (const char *text,
             const char *display_name)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  PfTrack *track = pf_import_bytes (bytes, display_name, &error);

  g_assert_no_error (error);
  g_assert_nonnull (track);
  return track;
}

/* A GPX track of @n points @step_deg apart due north from 45° N 7° E. @ele (may be NULL)
 * gives each point's elevation; NAN leaves the point without <ele>. @extra goes before
 * the track (waypoints). */
static PfTrack *
line_track (guint         n,
            double        step_deg,
            const double *ele,
            const char   *extra)
{
  g_autoptr(GString) s = g_string_new (GPX11_OPEN);
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (extra != NULL)
    g_string_append (s, extra);
  g_string_append (s, "<trk><name>Synthetic</name><trkseg>\n");
  for (guint i = 0; i < n; i++)
    {
      g_string_append_printf (s, "<trkpt lat=\"%s\" lon=\"7.0\">",
                              g_ascii_formatd (buffer, sizeof buffer, "%.7f", 45.0 + i * step_deg));
      if (ele != NULL && !isnan (ele[i]))
        g_string_append_printf (s, "<ele>%s</ele>",
                                g_ascii_formatd (buffer, sizeof buffer, "%.4f", ele[i]));
      g_string_append (s, "</trkpt>\n");
    }
  g_string_append (s, "</trkseg></trk>\n</gpx>\n");

  return import_text (s->str, "synthetic.gpx");
}

static PfCourse *
course_new_or_fail (PfTrack              *track,
                    const PfCleanOptions *options)
{
  g_autoptr(GError) error = NULL;
  PfCourse *course = pf_course_new (track, options, &error);

  g_assert_no_error (error);
  g_assert_nonnull (course);
  return course;
}

static gboolean
has_note (const PfCourse *course,
          const char     *needle)
{
  GPtrArray *notes = pf_course_get_notes (course);

  /* Notes hold quantities (core/pf-quantity.h): matched as the runner reads them. */
  for (guint i = 0; i < notes->len; i++)
    {
      g_autofree char *note = pf_units_expand (PF_UNITS_METRIC, g_ptr_array_index (notes, i));

      if (strstr (note, needle) != NULL)
        return TRUE;
    }

  for (guint i = 0; i < notes->len; i++)
    {
      g_autofree char *note = pf_units_expand (PF_UNITS_METRIC, g_ptr_array_index (notes, i));

      g_test_message ("note: %s", note);
    }
  g_test_message ("no note contains “%s”", needle);
  return FALSE;
}

/* What must hold on every course, whatever its source. */
static void
assert_course_invariants (const PfCourse *course,
                          double          step_m)
{
  const PfCourseSample *samples = pf_course_get_samples (course);
  guint n = pf_course_get_n_samples (course);
  double scale = pf_course_get_scale (course);
  double min = pf_course_get_min_elevation (course);
  double max = pf_course_get_max_elevation (course);

  g_assert_cmpuint (n, >=, 2);
  g_assert_cmpfloat (samples[0].distance_m, ==, 0.0);
  g_assert_cmpfloat_with_epsilon (samples[n - 1].distance_m, pf_course_get_distance (course),
                                  1e-6 * pf_course_get_distance (course));
  g_assert_cmpfloat_with_epsilon (pf_course_get_distance (course),
                                  pf_course_get_measured_distance (course) * scale, 1e-6);
  for (guint i = 1; i < n; i++)
    {
      double gap = samples[i].distance_m - samples[i - 1].distance_m;

      g_assert_cmpfloat (gap, >, 0.0);
      /* Every step_m of ground, the last step possibly shorter. */
      if (i < n - 1)
        g_assert_cmpfloat_with_epsilon (gap, step_m * scale, 1e-6);
      else
        g_assert_cmpfloat (gap, <=, step_m * scale + 1e-6);
    }

  g_assert_cmpfloat (min, <=, max);
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpfloat (samples[i].ele, >=, min - 1e-9);
      g_assert_cmpfloat (samples[i].ele, <=, max + 1e-9);
      g_assert_cmpfloat (fabs (samples[i].grade), <=, 0.45 + 1e-12);
      g_assert_true (isfinite (samples[i].lat) && isfinite (samples[i].lon));
    }

  g_assert_cmpfloat (pf_course_get_ascent (course), >=, 0.0);
  g_assert_cmpfloat (pf_course_get_descent (course), >=, 0.0);
  g_assert_cmpfloat (pf_course_get_ascent (course), <=, pf_course_get_raw_ascent (course) + 1e-6);
  g_assert_cmpfloat (pf_course_get_descent (course), <=, pf_course_get_raw_descent (course) + 1e-6);

  if (!pf_course_has_elevation (course))
    {
      g_assert_cmpfloat (pf_course_get_ascent (course), ==, 0.0);
      g_assert_cmpfloat (pf_course_get_descent (course), ==, 0.0);
      for (guint i = 0; i < n; i++)
        g_assert_cmpfloat (samples[i].grade, ==, 0.0);
    }
}

/* Ground distance between consecutive points of line_track(). */
static double
line_step_m (double step_deg)
{
  return pf_geo_haversine_m (45.0, 7.0, 45.0 + step_deg, 7.0);
}

/* ---- distance ------------------------------------------------------------------------ */

static void
test_distance_straight_line (void)
{
  static const guint sizes[] = { 2, 11, 101, 1001 };

  for (guint k = 0; k < G_N_ELEMENTS (sizes); k++)
    {
      guint n = sizes[k];
      g_autoptr(PfTrack) track = line_track (n, 0.001, NULL, NULL);
      g_autoptr(PfCourse) course = course_new_or_fail (track, NULL);

      g_assert_cmpfloat_with_epsilon (pf_course_get_measured_distance (course),
                                      (n - 1) * 111.195, 0.5);
      g_assert_cmpfloat (pf_course_get_distance (course), ==,
                         pf_course_get_measured_distance (course));
      g_assert_cmpfloat (pf_course_get_official_distance (course), ==, 0.0);
      g_assert_cmpfloat (pf_course_get_scale (course), ==, 1.0);
      g_assert_cmpuint (pf_course_get_n_points (course), ==, n);
      g_assert_cmpstr (pf_course_get_name (course), ==, "Synthetic");
      g_assert_true (pf_course_get_track (course) == track);
      assert_course_invariants (course, 10.0);
      /* ceil (distance / step) + 1 samples */
      g_assert_cmpuint (pf_course_get_n_samples (course), ==,
                        (guint) ceil (pf_course_get_measured_distance (course) / 10.0) + 1);
    }
}

static void
test_distance_start (void)
{
  g_autoptr(PfTrack) track = line_track (5, 0.001, NULL, NULL);
  g_autoptr(PfCourse) course = course_new_or_fail (track, NULL);
  const PfCourseSample *samples = pf_course_get_samples (course);
  guint n = pf_course_get_n_samples (course);
  double lat = 0, lon = 0;

  pf_course_get_start (course, &lat, &lon);
  g_assert_cmpfloat (lat, ==, 45.0);
  g_assert_cmpfloat (lon, ==, 7.0);
  /* Samples follow the line from its start to its end. */
  g_assert_cmpfloat_with_epsilon (samples[0].lat, 45.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (samples[n - 1].lat, 45.004, 1e-9);
  g_assert_cmpfloat_with_epsilon (samples[n / 2].lat,
                                  45.0 + samples[n / 2].distance_m / DEGREE_M, 1e-7);
}

static void
test_distance_parts_joined (void)
{
  static const char text[] =
    GPX11_OPEN
    "<trk><trkseg>\n"
    "<trkpt lat=\"45.000\" lon=\"7.0\"/><trkpt lat=\"45.001\" lon=\"7.0\"/>\n"
    "</trkseg><trkseg>\n"
    "<trkpt lat=\"45.011\" lon=\"7.0\"/><trkpt lat=\"45.012\" lon=\"7.0\"/>\n"
    "</trkseg></trk></gpx>\n";
  g_autoptr(PfTrack) track = import_text (text, "gap.gpx");
  g_autoptr(PfCourse) course = course_new_or_fail (track, NULL);

  g_assert_cmpuint (pf_track_get_n_parts (track), ==, 2);
  /* A race course is one line: the 1.1 km gap is part of it, and the user is told. */
  g_assert_cmpfloat_with_epsilon (pf_course_get_measured_distance (course), 12 * 111.195, 0.5);
  g_assert_true (has_note (course, "gap.gpx"));
  g_assert_true (has_note (course, "gap"));
  assert_course_invariants (course, 10.0);
}

static void
test_distance_small_gap_quiet (void)
{
  /* Segments split by a GPS pause at the same place are not worth a note. */
  static const char text[] =
    GPX11_OPEN
    "<trk><trkseg>\n"
    "<trkpt lat=\"45.000\" lon=\"7.0\"/><trkpt lat=\"45.001\" lon=\"7.0\"/>\n"
    "</trkseg><trkseg>\n"
    "<trkpt lat=\"45.0011\" lon=\"7.0\"/><trkpt lat=\"45.002\" lon=\"7.0\"/>\n"
    "</trkseg></trk></gpx>\n";
  g_autoptr(PfTrack) track = import_text (text, "pause.gpx");
  g_autoptr(PfCourse) course = course_new_or_fail (track, NULL);

  g_assert_cmpfloat_with_epsilon (pf_course_get_measured_distance (course), 2 * 111.195, 0.5);
  g_assert_cmpuint (pf_course_get_notes (course)->len, ==, 1);  /* "no elevation" only */
}

static void
test_distance_too_short (void)
{
  static const char text[] =
    GPX11_OPEN
    "<trk><trkseg>\n"
    "<trkpt lat=\"45.0\" lon=\"7.0\"/><trkpt lat=\"45.0\" lon=\"7.0\"/><trkpt lat=\"45.0\" lon=\"7.0\"/>\n"
    "</trkseg></trk></gpx>\n";
  g_autoptr(PfTrack) track = import_text (text, "still.gpx");
  g_autoptr(GError) error = NULL;
  g_autoptr(PfCourse) course = pf_course_new (track, NULL, &error);

  g_assert_null (course);
  g_assert_error (error, PF_COURSE_ERROR, PF_COURSE_ERROR_TOO_SHORT);
  g_assert_true (g_str_has_prefix (error->message, "still.gpx"));
}

/* One track length (pf_track_get_length) for every reader: the course, the timed GPX, the
 * goal time; the same whether the track comes from a file or from a plan document. */
static void
test_distance_track_length (void)
{
  static const char text[] =
    GPX11_OPEN
    "<trk><trkseg>\n"
    "<trkpt lat=\"45.000\" lon=\"7.0\"/><trkpt lat=\"45.001\" lon=\"7.0\"/>\n"
    "</trkseg><trkseg>\n"
    "<trkpt lat=\"45.011\" lon=\"7.0\"/><trkpt lat=\"45.012\" lon=\"7.01\"/>\n"
    "</trkseg></trk></gpx>\n";
  g_autoptr(PfTrack) track = import_text (text, "length.gpx");
  g_autoptr(PfCourse) course = course_new_or_fail (track, NULL);
  g_autofree double *along = pf_track_measure (track);
  g_auto(PfPlanInputs) inputs = { 0 };
  g_auto(PfPlanInputs) reopened = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  double sum = 0.0;
  gsize length;

  g_assert_cmpfloat (pf_track_get_step (track, 0), ==, 0.0);
  g_assert_cmpfloat (along[0], ==, 0.0);
  for (guint i = 1; i < pf_track_get_n_points (track); i++)
    {
      g_assert_cmpfloat (pf_track_get_step (track, i), ==,
                         pf_geo_haversine_m (pf_track_get_points (track)[i - 1].lat,
                                             pf_track_get_points (track)[i - 1].lon,
                                             pf_track_get_points (track)[i].lat,
                                             pf_track_get_points (track)[i].lon));
      sum += pf_track_get_step (track, i);
      g_assert_cmpfloat (along[i], ==, sum);
    }
  /* Parts joined straight: the 1.1 km between them counts. */
  g_assert_cmpfloat_with_epsilon (sum,
                                  11 * 111.195 + pf_geo_haversine_m (45.011, 7.0, 45.012, 7.01),
                                  0.5);
  g_assert_cmpfloat (pf_track_get_length (track), ==, sum);
  g_assert_cmpfloat (pf_course_get_measured_distance (course), ==, sum);

  /* The distance a plan is made on, known from the inputs as from the cleaned course. */
  pf_plan_inputs_init (&inputs);
  g_assert_cmpfloat (pf_plan_inputs_get_distance (&inputs), ==, 0.0);
  pf_plan_inputs_set_track (&inputs, track);
  g_assert_cmpfloat (pf_plan_inputs_get_distance (&inputs), ==, pf_course_get_distance (course));
  inputs.official_distance_m = 1500.0;
  g_assert_cmpfloat (pf_plan_inputs_get_distance (&inputs), ==, 1500.0);

  /* A plan document carries the points, and so the length, exactly. */
  inputs.official_distance_m = 0.0;
  data = pf_plan_file_to_data (&inputs, &length);
  pf_plan_inputs_init (&reopened);
  g_assert_true (pf_plan_file_from_data (data, length, "length.pacefuel", &reopened, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (pf_track_get_length (reopened.track), ==, sum);
  g_assert_cmpfloat (pf_plan_inputs_get_distance (&reopened), ==, sum);
}

/* ---- official distance --------------------------------------------------------------- */

static void
test_official_scaling (void)
{
  /* 384 points 0.001° apart: 42.59 km, like a GPS export of a marathon. */
  static const char extra[] =
    "<wpt lat=\"45.2\" lon=\"7.0001\"><name>Water 1</name></wpt>\n"
    "<wpt lat=\"45.1\" lon=\"7.0\"><name>Bridge</name></wpt>\n";
  g_autoptr(PfTrack) track = line_track (384, 0.001, NULL, extra);
  g_autoptr(PfCourse) plain = course_new_or_fail (track, NULL);
  g_autoptr(PfCourse) course = NULL;
  PfCleanOptions options;
  double measured, scale;

  pf_clean_options_init (&options);
  g_assert_cmpfloat (options.official_distance_m, ==, 0.0);
  options.official_distance_m = PF_DISTANCE_MARATHON;
  course = course_new_or_fail (track, &options);

  measured = pf_course_get_measured_distance (course);
  g_assert_cmpfloat_with_epsilon (measured, 383 * 111.195, 0.5);
  g_assert_cmpfloat (measured, ==, pf_course_get_measured_distance (plain));
  g_assert_cmpfloat (pf_course_get_official_distance (course), ==, 42195.0);
  g_assert_cmpfloat_with_epsilon (pf_course_get_distance (course), 42195.0, 1e-6);
  scale = pf_course_get_scale (course);
  g_assert_cmpfloat_with_epsilon (scale, 42195.0 / measured, 1e-12);

  /* Samples, aid stations and landmarks are all in the official scale. */
  g_assert_cmpuint (pf_course_get_n_samples (course), ==, pf_course_get_n_samples (plain));
  for (guint i = 0; i < pf_course_get_n_samples (course); i++)
    g_assert_cmpfloat_with_epsilon (pf_course_get_samples (course)[i].distance_m,
                                    pf_course_get_samples (plain)[i].distance_m * scale, 1e-6);
  g_assert_cmpuint (pf_course_get_n_aid_stations (course), ==, 1);
  g_assert_cmpuint (pf_course_get_n_landmarks (course), ==, 1);
  g_assert_cmpfloat_with_epsilon (pf_course_get_aid_station (course, 0)->distance_m,
                                  pf_course_get_aid_station (plain, 0)->distance_m * scale, 1e-6);
  g_assert_cmpfloat_with_epsilon (pf_course_get_aid_station (course, 0)->distance_m,
                                  200 * 111.195 * scale, 10.0);
  g_assert_cmpfloat_with_epsilon (pf_course_get_landmark (course, 0)->distance_m,
                                  pf_course_get_landmark (plain, 0)->distance_m * scale, 1e-6);
  /* Offsets are ground distances: not scaled. */
  g_assert_cmpfloat (pf_course_get_aid_station (course, 0)->offset_m, ==,
                     pf_course_get_aid_station (plain, 0)->offset_m);
  assert_course_invariants (course, 10.0);

  /* 1 % off is what GPS exports measure: no warning. */
  for (guint i = 0; i < pf_course_get_notes (course)->len; i++)
    g_assert_null (strstr (g_ptr_array_index (pf_course_get_notes (course), i), "official"));
}

static void
test_official_invalid (void)
{
  static const double bad[] = { -1.0, -42195.0, NAN, INFINITY, -INFINITY };
  g_autoptr(PfTrack) track = line_track (11, 0.001, NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      PfCleanOptions options;
      g_autoptr(GError) error = NULL;
      g_autoptr(PfCourse) course = NULL;

      pf_clean_options_init (&options);
      options.official_distance_m = bad[i];
      course = pf_course_new (track, &options, &error);
      g_assert_null (course);
      g_assert_error (error, PF_COURSE_ERROR, PF_COURSE_ERROR_BAD_DISTANCE);
    }
}

static void
test_official_mismatch (void)
{
  g_autoptr(PfTrack) track = line_track (101, 0.001, NULL, NULL);
  PfCleanOptions options;
  g_autoptr(PfCourse) longer = NULL;
  g_autoptr(PfCourse) shorter = NULL;

  pf_clean_options_init (&options);
  options.official_distance_m = 1.5 * 100 * 111.195;
  longer = course_new_or_fail (track, &options);
  g_assert_true (has_note (longer, "50 %"));
  g_assert_cmpfloat_with_epsilon (pf_course_get_distance (longer), options.official_distance_m,
                                  1e-6);

  options.official_distance_m = PF_DISTANCE_5K;
  shorter = course_new_or_fail (track, &options);
  g_assert_true (has_note (shorter, "official"));
  g_assert_cmpfloat_with_epsilon (pf_course_get_distance (shorter), 5000.0, 1e-6);
  assert_course_invariants (shorter, 10.0);
}

static void
test_official_presets (void)
{
  g_assert_cmpfloat (PF_DISTANCE_5K, ==, 5000.0);
  g_assert_cmpfloat (PF_DISTANCE_10K, ==, 10000.0);
  g_assert_cmpfloat (PF_DISTANCE_HALF, ==, 21097.5);
  g_assert_cmpfloat (PF_DISTANCE_MARATHON, ==, 42195.0);
}

/* ---- elevation sources --------------------------------------------------------------- */

static void
test_elevation_none (void)
{
  static const char * const files[] = {
    "route.gpx", "cerknicko-jezero-with-elevations-zero.gpx",
    "cerknicko-jezero-without-elevations.gpx",
  };

  for (guint f = 0; f < G_N_ELEMENTS (files); f++)
    {
      g_autoptr(PfTrack) track = import_data (files[f]);
      g_autoptr(PfCourse) course = course_new_or_fail (track, NULL);
      const PfCourseSample *samples = pf_course_get_samples (course);

      g_test_message ("%s", files[f]);
      /* All zeros is a file without elevation, not a course at sea level. */
      g_assert_false (pf_course_has_elevation (course));
      g_assert_cmpfloat (pf_course_get_ascent (course), ==, 0.0);
      g_assert_cmpfloat (pf_course_get_descent (course), ==, 0.0);
      g_assert_cmpfloat (pf_course_get_raw_ascent (course), ==, 0.0);
      g_assert_true (has_note (course, "flat"));
      g_assert_true (has_note (course, files[f]));
      for (guint i = 0; i < pf_course_get_n_samples (course); i++)
        {
          g_assert_cmpfloat (samples[i].ele, ==, 0.0);
          g_assert_cmpfloat (samples[i].grade, ==, 0.0);
        }
      assert_course_invariants (course, 10.0);
    }
}

static void
test_elevation_partial_real (void)
{
  g_autoptr(PfTrack) track = import_data ("first_and_last_elevation.gpx");
  g_autoptr(PfCourse) course = course_new_or_fail (track, NULL);
  const PfTrackPoint *points = pf_track_get_points (track);
  const PfCourseSample *samples = pf_course_get_samples (course);
  guint n = pf_course_get_n_samples (course);

  g_assert_true (pf_course_has_elevation (course));
  g_assert_true (has_note (course, "interpolated"));
  g_assert_cmpfloat_with_epsilon (samples[0].ele_raw, points[0].ele, 1e-9);
  g_assert_cmpfloat_with_epsilon (samples[n - 1].ele_raw, points[9].ele, 1e-9);
  assert_course_invariants (course, 10.0);
}

static void
test_elevation_partial_interpolated (void)
{
  double ele[11];
  g_autoptr(PfTrack) track = NULL;
  g_autoptr(PfCourse) course = NULL;
  const PfCourseSample *samples;
  guint n;

  for (guint i = 0; i < 11; i++)
    ele[i] = NAN;
  ele[0] = 100.0;
  ele[10] = 200.0;
  track = line_track (11, 0.001, ele, NULL);
  course = course_new_or_fail (track, NULL);
  samples = pf_course_get_samples (course);
  n = pf_course_get_n_samples (course);

  g_assert_true (pf_course_has_elevation (course));
  g_assert_true (has_note (course, "9 points"));
  /* Linear along distance between the known points. */
  for (guint i = 0; i < n; i++)
    g_assert_cmpfloat_with_epsilon (samples[i].ele_raw,
                                    100.0 + 100.0 * samples[i].distance_m
                                            / pf_course_get_distance (course), 1e-6);
  g_assert_cmpfloat_with_epsilon (pf_course_elevation_at (course, pf_course_get_distance (course) / 2),
                                  150.0, 1.0);
  /* The raw climb counts only the points that have an elevation. */
  g_assert_cmpfloat_with_epsilon (pf_course_get_raw_ascent (course), 100.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (pf_course_get_ascent (course), 100.0, 3.0);
  assert_course_invariants (course, 10.0);
}

static void
test_elevation_held_at_ends (void)
{
  double ele[11];
  g_autoptr(PfTrack) track = NULL;
  g_autoptr(PfCourse) course = NULL;

  for (guint i = 0; i < 11; i++)
    ele[i] = NAN;
  ele[5] = 321.0;
  track = line_track (11, 0.001, ele, NULL);
  course = course_new_or_fail (track, NULL);

  g_assert_true (pf_course_has_elevation (course));
  for (guint i = 0; i < pf_course_get_n_samples (course); i++)
    g_assert_cmpfloat_with_epsilon (pf_course_get_samples (course)[i].ele, 321.0, 1e-9);
  g_assert_cmpfloat (pf_course_get_ascent (course), ==, 0.0);
  g_assert_cmpfloat_with_epsilon (pf_course_get_min_elevation (course),
                                  pf_course_get_max_elevation (course), 1e-9);
}

/* ---- cleaning ------------------------------------------------------------------------ */

#define FINE_STEP_DEG 0.0001  /* 11.12 m between points */

static void
test_clean_flat_jitter (void)
{
  const guint n = 1001;
  g_autofree double *ele = g_new (double, n);
  g_autoptr(PfTrack) track = NULL;
  g_autoptr(PfCourse) course = NULL;

  for (guint i = 0; i < n; i++)
    ele[i] = 100.0 + g_test_rand_double_range (-0.5, 0.5);
  track = line_track (n, FINE_STEP_DEG, ele, NULL);
  course = course_new_or_fail (track, NULL);

  g_assert_true (pf_course_has_elevation (course));
  g_test_message ("raw +%.1f, cleaned +%.1f", pf_course_get_raw_ascent (course),
                  pf_course_get_ascent (course));
  /* Summed point to point, the jitter looks like a hilly course; cleaned, it is flat. */
  g_assert_cmpfloat (pf_course_get_raw_ascent (course), >, 100.0);
  g_assert_cmpfloat (pf_course_get_ascent (course), <, 5.0);
  g_assert_cmpfloat (pf_course_get_descent (course), <, 5.0);
  g_assert_cmpfloat (pf_course_get_min_elevation (course), >=, 99.5);
  g_assert_cmpfloat (pf_course_get_max_elevation (course), <=, 100.5);
  for (guint i = 0; i < pf_course_get_n_samples (course); i++)
    {
      const PfCourseSample *sample = &pf_course_get_samples (course)[i];

      if (sample->distance_m > 500.0 && sample->distance_m < pf_course_get_distance (course) - 500.0)
        g_assert_cmpfloat (fabs (sample->grade), <, 0.01);
    }
  assert_course_invariants (course, 10.0);
}

static void
test_clean_spike (void)
{
  const guint n = 500;
  g_autofree double *ele = g_new (double, n);
  g_autoptr(PfTrack) track = NULL;
  g_autoptr(PfCourse) course = NULL;

  for (guint i = 0; i < n; i++)
    ele[i] = 200.0;
  ele[250] = 250.0;
  track = line_track (n, FINE_STEP_DEG, ele, NULL);
  course = course_new_or_fail (track, NULL);

  g_assert_cmpfloat (pf_course_get_raw_ascent (course), >=, 50.0);
  g_assert_cmpfloat (pf_course_get_raw_descent (course), >=, 50.0);
  g_assert_cmpfloat (pf_course_get_ascent (course), <, 3.0);
  g_assert_cmpfloat (pf_course_get_descent (course), <, 3.0);
  g_assert_cmpfloat (pf_course_get_max_elevation (course), <, 203.0);
  g_assert_cmpfloat (fabs (pf_course_grade_at (course, 250 * line_step_m (FINE_STEP_DEG))), <,
                     0.02);
  assert_course_invariants (course, 10.0);
}

static void
test_clean_spike_at_ends (void)
{
  /* Watches often log a wild altitude on the first fix, or the last: a spike there is as
   * false as anywhere else. */
  const guint n = 500;
  g_autofree double *ele = g_new (double, n);
  g_autoptr(PfTrack) track = NULL;
  g_autoptr(PfCourse) course = NULL;

  for (guint i = 0; i < n; i++)
    ele[i] = 200.0;
  ele[0] = 250.0;
  ele[n - 1] = 160.0;
  track = line_track (n, FINE_STEP_DEG, ele, NULL);
  course = course_new_or_fail (track, NULL);

  g_test_message ("cleaned +%.1f / -%.1f, %.1f to %.1f m", pf_course_get_ascent (course),
                  pf_course_get_descent (course), pf_course_get_min_elevation (course),
                  pf_course_get_max_elevation (course));
  g_assert_cmpfloat (pf_course_get_raw_descent (course), >=, 90.0);
  g_assert_cmpfloat (pf_course_get_ascent (course), <, 3.0);
  g_assert_cmpfloat (pf_course_get_descent (course), <, 3.0);
  g_assert_cmpfloat (pf_course_get_max_elevation (course), <, 203.0);
  g_assert_cmpfloat (pf_course_get_min_elevation (course), >, 197.0);
  assert_course_invariants (course, 10.0);
}

/* A noisy flat line (a watch's altitude, ±2 m) with @excursion added at its start and its
 * finish: @excursion (i, d, n) gives the metres added at point @i, @d metres from the start. */
static PfCourse *
noisy_course_with (double (*excursion) (guint i, double d, guint n),
                   guint    n)
{
  const double step = line_step_m (FINE_STEP_DEG);
  g_autofree double *ele = g_new (double, n);
  g_autoptr(GRand) rand = g_rand_new_with_seed (15);
  g_autoptr(PfTrack) track = NULL;

  for (guint i = 0; i < n; i++)
    ele[i] = 200.0 + g_rand_double_range (rand, -2.0, 2.0) + excursion (i, i * step, n);
  track = line_track (n, FINE_STEP_DEG, ele, NULL);
  return course_new_or_fail (track, NULL);
}

/* The Twin Cities start in miniature: 70 m up in 120 m (58 %), a plateau, back down in
 * 150 m (47 %) to where it started, 900 m after the start; at the finish, a 50 m hole with
 * walls as steep. No street does that. */
static double
impossible_ends (guint  i,
                 double d,
                 guint  n)
{
  double from_end = (n - 1 - i) * line_step_m (FINE_STEP_DEG);
  double up = CLAMP ((d - 200.0) / 120.0, 0.0, 1.0);
  double down = CLAMP ((d - 750.0) / 150.0, 0.0, 1.0);
  double hole = MIN (CLAMP ((from_end - 100.0) / 100.0, 0.0, 1.0),
                     CLAMP ((600.0 - from_end) / 100.0, 0.0, 1.0));

  return 70.0 * (up - down) - 50.0 * hole;
}

/* A real hill at the start: 40 m up at 8 %, then down again at 8 %. */
static double
possible_start_hill (guint  i,
                     double d,
                     guint  n)
{
  return 0.08 * MAX (0.0, MIN (d - 200.0, 1200.0 - d));
}

static double
max_elevation_within (const PfCourse *course,
                      double          from_m,
                      double          to_m)
{
  const PfCourseSample *samples = pf_course_get_samples (course);
  double top = -G_MAXDOUBLE;

  for (guint i = 0; i < pf_course_get_n_samples (course); i++)
    if (samples[i].distance_m >= from_m && samples[i].distance_m <= to_m)
      top = MAX (top, samples[i].ele);
  return top;
}

static double
min_elevation_within (const PfCourse *course,
                      double          from_m,
                      double          to_m)
{
  const PfCourseSample *samples = pf_course_get_samples (course);
  double bottom = G_MAXDOUBLE;

  for (guint i = 0; i < pf_course_get_n_samples (course); i++)
    if (samples[i].distance_m >= from_m && samples[i].distance_m <= to_m)
      bottom = MIN (bottom, samples[i].ele);
  return bottom;
}

static void
test_clean_excursion_at_ends (void)
{
  /* An unsettled altitude at the start and the finish of a recording, hundreds of metres
   * wide: far too wide for the running median, and steeper than any running surface. */
  const guint n = 500;  /* 5.5 km */
  g_autoptr(PfCourse) course = noisy_course_with (impossible_ends, n);
  g_autoptr(PfCourse) hill = noisy_course_with (possible_start_hill, n);
  double length = pf_course_get_measured_distance (course);

  g_test_message ("cleaned +%.1f / -%.1f, %.1f to %.1f m", pf_course_get_ascent (course),
                  pf_course_get_descent (course), pf_course_get_min_elevation (course),
                  pf_course_get_max_elevation (course));
  g_assert_cmpfloat (pf_course_get_raw_ascent (course), >=, 120.0);
  g_assert_cmpfloat (pf_course_get_ascent (course), <, 5.0);
  g_assert_cmpfloat (pf_course_get_descent (course), <, 5.0);
  g_assert_cmpfloat (max_elevation_within (course, 0.0, 1500.0), <, 205.0);
  g_assert_cmpfloat (min_elevation_within (course, length - 1500.0, length), >, 195.0);
  g_assert_cmpfloat (fabs (pf_course_get_samples (course)[0].ele - 200.0), <, 3.0);
  assert_course_invariants (course, 10.0);

  /* The same noisy recording with a hill a road can have keeps its hill. */
  g_test_message ("real hill: cleaned +%.1f / -%.1f, top %.1f m", pf_course_get_ascent (hill),
                  pf_course_get_descent (hill), max_elevation_within (hill, 0.0, 1500.0));
  g_assert_cmpfloat (max_elevation_within (hill, 0.0, 1500.0), >, 225.0);
  /* (Its 29 m top counts as one 15 m step: the dead band of a noisy source.) */
  g_assert_cmpfloat (pf_course_get_ascent (hill), >, 14.0);
  assert_course_invariants (hill, 10.0);
}

static void
test_clean_hill (void)
{
  /* A steady 6 % for 5 km up, then down again: 300 m of real climb. */
  const double step = line_step_m (FINE_STEP_DEG);
  const guint n = (guint) ceil (10000.0 / step) + 1;
  g_autofree double *ele = g_new (double, n);
  g_autoptr(PfTrack) track = NULL;
  g_autoptr(PfCourse) course = NULL;

  for (guint i = 0; i < n; i++)
    {
      double d = i * step;

      ele[i] = 100.0 + 0.06 * MIN (d, MAX (0.0, 10000.0 - d));
    }
  track = line_track (n, FINE_STEP_DEG, ele, NULL);
  course = course_new_or_fail (track, NULL);

  g_test_message ("cleaned +%.1f / -%.1f", pf_course_get_ascent (course),
                  pf_course_get_descent (course));
  g_assert_cmpfloat_with_epsilon (pf_course_get_ascent (course), 300.0, 9.0);
  g_assert_cmpfloat_with_epsilon (pf_course_get_descent (course), 300.0, 9.0);
  g_assert_cmpfloat_with_epsilon (pf_course_get_raw_ascent (course), 300.0, 0.5);
  g_assert_cmpfloat_with_epsilon (pf_course_get_max_elevation (course), 400.0, 9.0);
  g_assert_cmpfloat_with_epsilon (pf_course_get_min_elevation (course), 100.0, 1.0);
  /* Mid-climb and mid-descent the grade is the real one. */
  g_assert_cmpfloat_with_epsilon (pf_course_grade_at (course, 2500.0), 0.06, 0.002);
  g_assert_cmpfloat_with_epsilon (pf_course_grade_at (course, 7500.0), -0.06, 0.002);
  g_assert_cmpfloat_with_epsilon (pf_course_elevation_at (course, 2500.0), 250.0, 1.0);
  /* A clean profile is not called noisy. */
  for (guint i = 0; i < pf_course_get_notes (course)->len; i++)
    g_assert_null (strstr (g_ptr_array_index (pf_course_get_notes (course), i), "noisy"));
  assert_course_invariants (course, 10.0);
}

static void
test_clean_grade (void)
{
  /* 1 km flat, 3 km at +4 %, 1 km flat. */
  const double step = line_step_m (FINE_STEP_DEG);
  const guint n = (guint) ceil (5000.0 / step) + 1;
  g_autofree double *ele = g_new (double, n);
  g_autoptr(PfTrack) track = NULL;
  g_autoptr(PfCourse) course = NULL;
  const PfCourseSample *samples;

  for (guint i = 0; i < n; i++)
    ele[i] = 50.0 + 0.04 * CLAMP (i * step - 1000.0, 0.0, 3000.0);
  track = line_track (n, FINE_STEP_DEG, ele, NULL);
  course = course_new_or_fail (track, NULL);
  samples = pf_course_get_samples (course);

  for (guint i = 0; i < pf_course_get_n_samples (course); i++)
    {
      double d = samples[i].distance_m;

      /* Away from the breaks of slope, where smoothing rounds the corners. */
      if (d > 1500.0 && d < 3500.0)
        g_assert_cmpfloat_with_epsilon (samples[i].grade, 0.04, 0.002);
      else if (d < 500.0 || d > 4500.0)
        g_assert_cmpfloat_with_epsilon (samples[i].grade, 0.0, 0.002);
    }
  g_assert_cmpfloat_with_epsilon (pf_course_grade_at (course, 2345.0), 0.04, 0.002);
  g_assert_cmpfloat_with_epsilon (pf_course_get_ascent (course), 120.0, 3.0);
  g_assert_cmpfloat_with_epsilon (pf_course_get_descent (course), 0.0, 1e-9);
  /* Beyond the ends the profile holds its end values. */
  g_assert_cmpfloat_with_epsilon (pf_course_elevation_at (course, -100.0), 50.0, 1e-6);
  g_assert_cmpfloat_with_epsilon (pf_course_elevation_at (course, 1e9), 170.0, 1e-6);
  assert_course_invariants (course, 10.0);
}

static void
test_clean_grade_clamped (void)
{
  /* A 60 % wall for 1 km is a GPS artefact: the grade stops at ±45 %. */
  const double step = line_step_m (FINE_STEP_DEG);
  const guint n = (guint) ceil (3000.0 / step) + 1;
  g_autofree double *ele = g_new (double, n);
  g_autoptr(PfTrack) track = NULL;
  g_autoptr(PfCourse) course = NULL;
  double steepest = 0.0, lowest = 0.0;

  for (guint i = 0; i < n; i++)
    {
      double d = i * step;

      ele[i] = 100.0 + 0.6 * CLAMP (d - 1000.0, 0.0, 1000.0);
      if (d > 2000.0)
        ele[i] -= 0.6 * MIN (d - 2000.0, 1000.0);
    }
  track = line_track (n, FINE_STEP_DEG, ele, NULL);
  course = course_new_or_fail (track, NULL);

  for (guint i = 0; i < pf_course_get_n_samples (course); i++)
    {
      steepest = MAX (steepest, pf_course_get_samples (course)[i].grade);
      lowest = MIN (lowest, pf_course_get_samples (course)[i].grade);
    }
  g_assert_cmpfloat (steepest, ==, 0.45);
  g_assert_cmpfloat (lowest, ==, -0.45);
  g_assert_cmpfloat (pf_course_grade_at (course, 1500.0), ==, 0.45);
  assert_course_invariants (course, 10.0);
}

static void
test_clean_options (void)
{
  PfCleanOptions options;
  const double step = line_step_m (FINE_STEP_DEG);
  const guint n = (guint) ceil (2000.0 / step) + 1;
  g_autofree double *ele = g_new (double, n);
  g_autoptr(PfTrack) track = NULL;
  g_autoptr(PfCourse) course = NULL;

  pf_clean_options_init (&options);
  /* docs/science.md §1: 10–25 m step, spike and smoothing windows of ~100–300 m, a hysteresis of a
   * few metres, grade over ≥ 50 m. */
  g_assert_cmpfloat (options.step_m, >=, 10.0);
  g_assert_cmpfloat (options.step_m, <=, 25.0);
  g_assert_cmpfloat (options.smooth_window_m, >=, 100.0);
  g_assert_cmpfloat (options.smooth_window_m, <=, 300.0);
  g_assert_cmpfloat (options.hysteresis_m, >, 0.0);
  g_assert_cmpfloat (options.hysteresis_m, <, 10.0);
  g_assert_cmpfloat (options.grade_base_m, >=, 50.0);

  for (guint i = 0; i < n; i++)
    ele[i] = 100.0 + 0.02 * i * step;
  track = line_track (n, FINE_STEP_DEG, ele, NULL);
  options.step_m = 25.0;
  course = course_new_or_fail (track, &options);
  assert_course_invariants (course, 25.0);
  g_assert_cmpfloat_with_epsilon (pf_course_get_ascent (course), 0.02 * (n - 1) * step, 1.0);
}

static void
test_clean_invariants_real (void)
{
  static const char * const files[] = {
    "activity_607442311.gpx", "twin_cities_marathon.gpx", "twin_cities_marathon.tcx",
    "rte.gpx", "big.gpx", "multitrackgpx.gpx", "garmin-activity.gpx", "test.tcx",
    "ecology-trail-and-lovers-lane-loop.gpx", "missing_hr.gpx", "with_empty_tracks.gpx",
    "ISSUE-151.gpx", "one_segment_mixed_times.gpx", "track-with-empty-segment.gpx",
    "gpx1.1_with_all_fields.gpx", "with_or_without_elev.gpx", "ISSUE-170.gpx",
  };

  for (guint f = 0; f < G_N_ELEMENTS (files); f++)
    {
      g_autoptr(PfTrack) track = import_data (files[f]);
      g_autoptr(PfCourse) course = course_new_or_fail (track, NULL);

      g_test_message ("%s: %.0f m, +%.0f/-%.0f (raw +%.0f/-%.0f)", files[f],
                      pf_course_get_distance (course), pf_course_get_ascent (course),
                      pf_course_get_descent (course), pf_course_get_raw_ascent (course),
                      pf_course_get_raw_descent (course));
      assert_course_invariants (course, 10.0);
      /* Every import note is kept among the course's notes. */
      g_assert_cmpuint (pf_course_get_notes (course)->len, >=, pf_track_get_notes (track)->len);
    }
}

static void
test_twin_cities (void)
{
  g_autoptr(PfTrack) corrected_track = import_data ("activity_607442311.gpx");
  g_autoptr(PfTrack) gpx_track = import_data ("twin_cities_marathon.gpx");
  g_autoptr(PfTrack) tcx_track = import_data ("twin_cities_marathon.tcx");
  g_autoptr(PfCourse) corrected = course_new_or_fail (corrected_track, NULL);
  g_autoptr(PfCourse) gpx = course_new_or_fail (gpx_track, NULL);
  g_autoptr(PfCourse) tcx = course_new_or_fail (tcx_track, NULL);
  PfCourse *all[] = { corrected, gpx, tcx };
  double ratio;

  /* The same 2256 points: the same distance, whatever the format. */
  g_assert_cmpfloat_with_epsilon (pf_course_get_measured_distance (gpx),
                                  pf_course_get_measured_distance (corrected), 1.0);
  g_assert_cmpfloat_with_epsilon (pf_course_get_measured_distance (tcx),
                                  pf_course_get_measured_distance (corrected), 1.0);
  /* A marathon as run: a few hundred metres over 42.195 km. */
  g_assert_cmpfloat (pf_course_get_measured_distance (corrected), >, 42195.0);
  g_assert_cmpfloat (pf_course_get_measured_distance (corrected), <, 43000.0);

  /* The two raw files carry the same altitude. */
  g_assert_cmpfloat_with_epsilon (pf_course_get_ascent (gpx), pf_course_get_ascent (tcx), 1e-6);
  g_assert_cmpfloat_with_epsilon (pf_course_get_descent (gpx), pf_course_get_descent (tcx), 1e-6);
  g_assert_cmpfloat_with_epsilon (pf_course_get_raw_ascent (gpx), pf_course_get_raw_ascent (tcx),
                                  1e-6);

  /* Cleaning brings the raw watch altitude close to the terrain-corrected climb … */
  ratio = pf_course_get_ascent (gpx) / pf_course_get_ascent (corrected);
  g_test_message ("cleaned ascent: raw %.1f m, corrected %.1f m (ratio %.2f)",
                  pf_course_get_ascent (gpx), pf_course_get_ascent (corrected), ratio);
  g_assert_cmpfloat (ratio, <, 1.6);
  g_assert_cmpfloat (ratio, >, 1.0 / 1.6);
  ratio = pf_course_get_descent (gpx) / pf_course_get_descent (corrected);
  g_assert_cmpfloat (ratio, <, 1.6);
  g_assert_cmpfloat (ratio, >, 1.0 / 1.6);

  /* … and always counts less than the raw point-to-point sum. */
  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    {
      g_assert_cmpfloat (pf_course_get_ascent (all[i]), <, pf_course_get_raw_ascent (all[i]));
      g_assert_cmpfloat (pf_course_get_descent (all[i]), <, pf_course_get_raw_descent (all[i]));
      assert_course_invariants (all[i], 10.0);
    }
  /* The raw watch altitude sums to several times the real climb (docs/science.md §1). */
  g_assert_cmpfloat (pf_course_get_raw_ascent (gpx), >, 2.0 * pf_course_get_ascent (gpx));
}

/* The raw Twin Cities recording starts with its altitude unsettled: 259 → 355 → 262 m in the
 * first kilometre, on flat streets. Cleaned, it must not plan a hill there (issue 15). */
static void
test_twin_cities_ends (void)
{
  const char *raw_files[] = { "twin_cities_marathon.gpx", "twin_cities_marathon.tcx" };
  g_autoptr(PfTrack) corrected_track = import_data ("activity_607442311.gpx");
  g_autoptr(PfCourse) corrected = course_new_or_fail (corrected_track, NULL);
  const PfCourseSample *model = pf_course_get_samples (corrected);
  guint n_model = pf_course_get_n_samples (corrected);

  for (guint f = 0; f < G_N_ELEMENTS (raw_files); f++)
    {
      g_autoptr(PfTrack) track = import_data (raw_files[f]);
      g_autoptr(PfCourse) course = course_new_or_fail (track, NULL);
      const PfCourseSample *samples = pf_course_get_samples (course);
      guint n = pf_course_get_n_samples (course);
      g_auto(PfPlanInputs) inputs = { NULL, 0.0 };
      g_autoptr(GError) error = NULL;
      g_autoptr(PfPlan) plan = NULL;
      const PfSplit *first, *last;
      double average, first_pace, last_pace;

      pf_plan_inputs_init (&inputs);
      pf_plan_inputs_set_track (&inputs, track);
      inputs.pace_mode = PF_PACE_MODE_GOAL;
      inputs.goal_time_s = 4 * 3600 + 14 * 60 + 24;
      inputs.split_unit = PF_SPLIT_KM;
      plan = pf_plan_compute (&inputs, &error);
      g_assert_no_error (error);

      average = pf_plan_get_finish_time (plan) / pf_course_get_distance (pf_plan_get_course (plan));
      first = pf_plan_get_split (plan, 0);
      last = pf_plan_get_split (plan, pf_plan_get_n_splits (plan) - 2);  /* the last full km */
      first_pace = first->time_s / (first->end_m - first->start_m);
      last_pace = last->time_s / (last->end_m - last->start_m);
      g_test_message ("%s: km 1 at %.0f s/km, last full km at %.0f s/km, average %.0f s/km",
                      raw_files[f], 1000.0 * first_pace, 1000.0 * last_pace, 1000.0 * average);
      g_assert_cmpfloat (fabs (first_pace / average - 1.0), <, 0.10);
      g_assert_cmpfloat (fabs (last_pace / average - 1.0), <, 0.10);

      /* The cleaned ends lie where the terrain model puts them, and so does the first km. */
      g_test_message ("start %.1f m (model %.1f), finish %.1f m (model %.1f)", samples[0].ele,
                      model[0].ele, samples[n - 1].ele, model[n_model - 1].ele);
      g_assert_cmpfloat (fabs (samples[0].ele - model[0].ele), <, 8.0);
      g_assert_cmpfloat (fabs (samples[n - 1].ele - model[n_model - 1].ele), <, 8.0);
      g_assert_cmpfloat (max_elevation_within (course, 0.0, 1000.0), <,
                         max_elevation_within (corrected, 0.0, 1000.0) + 20.0);
    }
}

/* ---- aid stations and landmarks ------------------------------------------------------ */

static void
test_waypoint_kind_guess (void)
{
  static const char * const aid[] = {
    "Ravitaillement", "Ristoro - Ravitaillement - Refreshment point", "Verpflegungsstelle 3",
    "Water", "Aid Station 2", "Avituallamiento", "Labestation", "RAVITO", "ravitaillement complet",
    "Water station", "Getränke", "Hidratación", "Feed zone", "Drinks", "Aid",
    /* The life bases of the Tor des Géants: its biggest stations, with hot food. */
    "Base vita - Base vie - Life base Docce - Douches - Showers Medico - Medecin - Doctor",
  };
  static const char * const landmarks[] = {
    "Summit", "Turn left", "Waterfall", "Col du Bonhomme", "Start", "Finish", "Km 21",
    "Bridge", "Saidstone", "Waterloo", "", "Breakwater",
  };

  for (guint i = 0; i < G_N_ELEMENTS (aid); i++)
    {
      const char *texts[] = { aid[i], NULL };

      g_test_message ("aid: %s", aid[i]);
      g_assert_cmpint (pf_waypoint_kind_guess (texts, G_N_ELEMENTS (texts)), ==, PF_WAYPOINT_AID_STATION);
    }
  for (guint i = 0; i < G_N_ELEMENTS (landmarks); i++)
    {
      const char *texts[] = { landmarks[i], NULL };

      g_test_message ("landmark: %s", landmarks[i]);
      g_assert_cmpint (pf_waypoint_kind_guess (texts, G_N_ELEMENTS (texts)), ==, PF_WAYPOINT_LANDMARK);
    }

  {
    /* Any of the texts may say it: name, comment, description, symbol or type. */
    const char *texts[] = { "Km 12", "Col de Balme", "Drinking Water", NULL };
    const char *none[] = { NULL };

    g_assert_cmpint (pf_waypoint_kind_guess (texts, G_N_ELEMENTS (texts)), ==, PF_WAYPOINT_AID_STATION);
    g_assert_cmpint (pf_waypoint_kind_guess (none, G_N_ELEMENTS (none)), ==, PF_WAYPOINT_LANDMARK);
    g_assert_cmpint (pf_waypoint_kind_guess (NULL, 0), ==, PF_WAYPOINT_LANDMARK);
  }
}

static void
test_waypoint_kind_tcx (void)
{
  const char *plain[] = { "CP", NULL };
  const char *wordy[] = { "Checkpoint 3", "water and gels", NULL };

  g_assert_cmpint (pf_waypoint_kind_from_tcx_point_type ("Water", plain, G_N_ELEMENTS (plain)), ==, PF_WAYPOINT_AID_STATION);
  g_assert_cmpint (pf_waypoint_kind_from_tcx_point_type ("Food", plain, G_N_ELEMENTS (plain)), ==, PF_WAYPOINT_AID_STATION);
  g_assert_cmpint (pf_waypoint_kind_from_tcx_point_type ("Aid", plain, G_N_ELEMENTS (plain)), ==, PF_WAYPOINT_AID_STATION);
  g_assert_cmpint (pf_waypoint_kind_from_tcx_point_type ("First Aid", plain, G_N_ELEMENTS (plain)), ==,
                   PF_WAYPOINT_AID_STATION);
  g_assert_cmpint (pf_waypoint_kind_from_tcx_point_type ("Generic", plain, G_N_ELEMENTS (plain)), ==, PF_WAYPOINT_LANDMARK);
  g_assert_cmpint (pf_waypoint_kind_from_tcx_point_type ("Summit", plain, G_N_ELEMENTS (plain)), ==, PF_WAYPOINT_LANDMARK);
  g_assert_cmpint (pf_waypoint_kind_from_tcx_point_type ("Left", plain, G_N_ELEMENTS (plain)), ==, PF_WAYPOINT_LANDMARK);
  g_assert_cmpint (pf_waypoint_kind_from_tcx_point_type (NULL, plain, G_N_ELEMENTS (plain)), ==, PF_WAYPOINT_LANDMARK);
  g_assert_cmpint (pf_waypoint_kind_from_tcx_point_type ("Generic", wordy, G_N_ELEMENTS (wordy)), ==,
                   PF_WAYPOINT_AID_STATION);
}

static void
test_waypoint_kind_from_any_gpx_field (void)
{
  /* Garmin devices often write a waypoint as <name> + <sym> only, or with no <name>:
   * the symbol or the description alone must still make it an aid station. */
  static const char extra[] =
    "<wpt lat=\"45.001\" lon=\"7.0\"><name>Km 1</name><sym>Drinking Water</sym></wpt>\n"
    "<wpt lat=\"45.002\" lon=\"7.0\"><desc>Refreshment point</desc></wpt>\n"
    "<wpt lat=\"45.003\" lon=\"7.0\"><name>CP3</name><type>Aid Station</type></wpt>\n"
    "<wpt lat=\"45.004\" lon=\"7.0\"><name>CP4</name><cmt>Ravitaillement</cmt></wpt>\n"
    "<wpt lat=\"45.005\" lon=\"7.0\"><name>Col</name><sym>Summit</sym></wpt>\n";
  g_autoptr(PfTrack) track = line_track (11, 0.001, NULL, extra);
  static const PfWaypointKind expected[] = {
    PF_WAYPOINT_AID_STATION, PF_WAYPOINT_AID_STATION, PF_WAYPOINT_AID_STATION,
    PF_WAYPOINT_AID_STATION, PF_WAYPOINT_LANDMARK,
  };

  g_assert_cmpuint (pf_track_get_n_waypoints (track), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_test_message ("waypoint %u", i);
      g_assert_cmpint (pf_track_get_waypoint (track, i)->kind, ==, expected[i]);
    }
}

static void
test_waypoint_placement (void)
{
  /* 201 points 0.0001° apart; waypoints beside the line, in no particular order. */
  static const char extra[] =
    "<wpt lat=\"45.0150\" lon=\"7.0\"><name>Water 2</name></wpt>\n"
    "<wpt lat=\"45.0100\" lon=\"7.0003\"><name>Aid Station 1</name></wpt>\n"
    "<wpt lat=\"45.0050\" lon=\"6.9999\"><name>Church</name></wpt>\n"
    "<wpt lat=\"45.0010\" lon=\"7.0\"><name>Arch</name></wpt>\n"
    "<wpt lat=\"45.0100\" lon=\"7.1000\"><name>Far away hut</name></wpt>\n";
  g_autoptr(PfTrack) track = line_track (201, FINE_STEP_DEG, NULL, extra);
  g_autoptr(PfCourse) course = course_new_or_fail (track, NULL);
  const double step = line_step_m (FINE_STEP_DEG);
  const PfCoursePoint *p;

  g_assert_cmpuint (pf_course_get_n_aid_stations (course), ==, 2);
  g_assert_cmpuint (pf_course_get_n_landmarks (course), ==, 3);

  /* Sorted along the course. */
  p = pf_course_get_aid_station (course, 0);
  g_assert_cmpstr (p->name, ==, "Aid Station 1");
  g_assert_cmpint (p->kind, ==, PF_WAYPOINT_AID_STATION);
  g_assert_cmpfloat_with_epsilon (p->distance_m, 100 * step, 10.0);
  g_assert_cmpfloat_with_epsilon (p->offset_m, 0.0003 * DEGREE_M * cos (45.01 * G_PI / 180), 2.0);
  g_assert_cmpfloat (p->lat, ==, 45.01);
  g_assert_cmpfloat (p->lon, ==, 7.0003);
  p = pf_course_get_aid_station (course, 1);
  g_assert_cmpstr (p->name, ==, "Water 2");
  g_assert_cmpfloat_with_epsilon (p->distance_m, 150 * step, 10.0);
  g_assert_cmpfloat (p->offset_m, <, 10.0);

  p = pf_course_get_landmark (course, 0);
  g_assert_cmpstr (p->name, ==, "Arch");
  g_assert_cmpfloat_with_epsilon (p->distance_m, 10 * step, 10.0);
  for (guint i = 1; i < pf_course_get_n_landmarks (course); i++)
    g_assert_cmpfloat (pf_course_get_landmark (course, i - 1)->distance_m, <=,
                       pf_course_get_landmark (course, i)->distance_m);

  /* The hut 7.9 km east is placed, but the user is told it is off the course. */
  g_assert_true (has_note (course, "Far away hut"));
}

static void
test_waypoint_placement_loop (void)
{
  /* Out and back: start and finish at the same place. A station there is at 0 km. */
  static const char extra[] =
    "<wpt lat=\"45.0\" lon=\"7.0\"><name>Start / finish water</name></wpt>\n";
  double ele[21];
  g_autoptr(GString) s = g_string_new (GPX11_OPEN);
  g_autoptr(PfTrack) track = NULL;
  g_autoptr(PfCourse) course = NULL;

  g_string_append (s, extra);
  g_string_append (s, "<trk><trkseg>\n");
  for (guint i = 0; i < 21; i++)
    {
      ele[i] = 100.0;
      g_string_append_printf (s, "<trkpt lat=\"%.4f\" lon=\"7.0\"><ele>%.0f</ele></trkpt>\n",
                              45.0 + 0.001 * (i <= 10 ? i : 20 - i), ele[i]);
    }
  g_string_append (s, "</trkseg></trk></gpx>\n");
  track = import_text (s->str, "loop.gpx");
  course = course_new_or_fail (track, NULL);

  g_assert_cmpfloat_with_epsilon (pf_course_get_distance (course), 20 * 111.195, 0.5);
  g_assert_cmpuint (pf_course_get_n_aid_stations (course), ==, 1);
  g_assert_cmpfloat (pf_course_get_aid_station (course, 0)->distance_m, ==, 0.0);
}

/* ---- the plan ------------------------------------------------------------------------ */

static void
test_plan_course (void)
{
  g_autoptr(PfTrack) track = import_data ("activity_607442311.gpx");
  g_autoptr(PfCourse) course = course_new_or_fail (track, NULL);
  g_auto(PfPlanInputs) inputs = { NULL, 0.0 };
  g_auto(PfPlanInputs) copy = { NULL, 0.0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(PfPlan) plan = NULL;
  g_autoptr(PfPlan) official = NULL;
  PfCourse *planned;

  pf_plan_inputs_init (&inputs);
  pf_plan_inputs_set_track (&inputs, track);
  g_assert_true (inputs.track == track);

  plan = pf_plan_compute (&inputs, &error);
  g_assert_no_error (error);
  planned = pf_plan_get_course (plan);
  g_assert_nonnull (planned);
  g_assert_cmpfloat (pf_course_get_distance (planned), ==, pf_course_get_distance (course));
  g_assert_cmpfloat (pf_course_get_ascent (planned), ==, pf_course_get_ascent (course));
  g_assert_cmpfloat (pf_course_get_descent (planned), ==, pf_course_get_descent (course));
  g_assert_cmpuint (pf_course_get_n_samples (planned), ==, pf_course_get_n_samples (course));
  for (guint i = 0; i < pf_course_get_n_samples (course); i++)
    {
      g_assert_cmpfloat (pf_course_get_samples (planned)[i].ele, ==,
                         pf_course_get_samples (course)[i].ele);
      g_assert_cmpfloat (pf_course_get_samples (planned)[i].grade, ==,
                         pf_course_get_samples (course)[i].grade);
    }

  /* The official distance chosen in the inputs applies. */
  pf_plan_inputs_copy (&copy, &inputs);
  copy.official_distance_m = PF_DISTANCE_MARATHON;
  official = pf_plan_compute (&copy, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (pf_course_get_distance (pf_plan_get_course (official)),
                                  42195.0, 1e-6);
  g_assert_cmpfloat (pf_course_get_official_distance (pf_plan_get_course (official)), ==,
                     42195.0);
  g_assert_cmpfloat (pf_course_get_measured_distance (pf_plan_get_course (official)), ==,
                     pf_course_get_measured_distance (course));
  /* The copy did not change the original inputs. */
  g_assert_cmpfloat (inputs.official_distance_m, ==, 0.0);
  g_assert_true (copy.track == inputs.track);

  /* A bad distance is an error, not a plan (refused by the inputs' check or the course). */
  copy.official_distance_m = -5.0;
  g_assert_null (pf_plan_compute (&copy, &error));
  g_assert_nonnull (error);
  g_assert_true (g_error_matches (error, PF_PLAN_ERROR, PF_PLAN_ERROR_INVALID)
                 || g_error_matches (error, PF_COURSE_ERROR, PF_COURSE_ERROR_BAD_DISTANCE));
  g_assert_nonnull (strstr (error->message, "distance"));

  /* The plan is a value: recomputing gives the same result. */
  {
    g_autoptr(PfPlan) again = pf_plan_compute (&inputs, NULL);

    g_assert_nonnull (again);
    g_assert_cmpfloat (pf_course_get_ascent (pf_plan_get_course (again)), ==,
                       pf_course_get_ascent (planned));
  }

  pf_plan_inputs_set_track (&inputs, NULL);
  g_assert_null (inputs.track);
}

/* ---- profile filters ----------------------------------------------------------------- */

static void
test_filter_median (void)
{
  double in[41], out[41];

  for (guint i = 0; i < 41; i++)
    in[i] = 100.0;
  in[20] = 150.0;
  in[30] = 60.0;
  pf_filter_median (in, out, 41, 2);
  for (guint i = 0; i < 41; i++)
    g_assert_cmpfloat (out[i], ==, 100.0);

  /* A real step stays a step, where it is. */
  for (guint i = 0; i < 41; i++)
    in[i] = i < 20 ? 100.0 : 110.0;
  pf_filter_median (in, out, 41, 4);
  for (guint i = 0; i < 41; i++)
    g_assert_cmpfloat (out[i], ==, in[i]);

  /* A zero window is the identity. */
  for (guint i = 0; i < 41; i++)
    in[i] = g_test_rand_double_range (0, 1000);
  pf_filter_median (in, out, 41, 0);
  g_assert_cmpmem (in, sizeof in, out, sizeof out);

  /* A steady slope keeps its values, its ends included … */
  for (guint i = 0; i < 41; i++)
    in[i] = 300.0 + 0.8 * i;
  pf_filter_median (in, out, 41, 5);
  for (guint i = 0; i < 41; i++)
    g_assert_cmpfloat_with_epsilon (out[i], in[i], 1e-9);

  /* … while a spike on the very first or last point goes like any other. */
  for (guint i = 0; i < 41; i++)
    in[i] = 100.0;
  in[0] = 160.0;
  in[40] = 20.0;
  pf_filter_median (in, out, 41, 4);
  for (guint i = 0; i < 41; i++)
    g_assert_cmpfloat_with_epsilon (out[i], 100.0, 1e-9);

  /* A window wider than the profile. */
  in[0] = 10.0;
  in[1] = 11.0;
  in[2] = 12.0;
  pf_filter_median (in, out, 3, 10);
  for (guint i = 0; i < 3; i++)
    g_assert_cmpfloat_with_epsilon (out[i], in[i], 1e-9);
  pf_filter_median (in, out, 1, 3);
  g_assert_cmpfloat (out[0], ==, 10.0);
}

static void
test_filter_moving_average (void)
{
  double in[50], out[50];

  for (guint i = 0; i < 50; i++)
    in[i] = 273.5;
  pf_filter_moving_average (in, out, 50, 7);
  for (guint i = 0; i < 50; i++)
    g_assert_cmpfloat_with_epsilon (out[i], 273.5, 1e-9);

  /* Symmetric windows keep a steady slope, even at the ends. */
  for (guint i = 0; i < 50; i++)
    in[i] = 10.0 + 0.5 * i;
  pf_filter_moving_average (in, out, 50, 6);
  for (guint i = 0; i < 50; i++)
    g_assert_cmpfloat_with_epsilon (out[i], in[i], 1e-9);

  /* It smooths: a single bump spreads and flattens. */
  for (guint i = 0; i < 50; i++)
    in[i] = i == 25 ? 13.0 : 0.0;
  pf_filter_moving_average (in, out, 50, 6);
  g_assert_cmpfloat_with_epsilon (out[25], 1.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (out[19], 1.0, 1e-9);
  g_assert_cmpfloat (out[18], ==, 0.0);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
test_filter_select_median (void)
{
  for (guint n = 1; n < 60; n++)
    {
      g_autofree double *values = g_new (double, n);
      g_autofree double *sorted = g_new (double, n);

      for (guint i = 0; i < n; i++)
        values[i] = (n % 3 == 0) ? (double) g_test_rand_int_range (0, 4)
                                 : g_test_rand_double_range (-100, 100);
      memcpy (sorted, values, n * sizeof (double));
      qsort (sorted, n, sizeof (double), compare_doubles);
      g_assert_cmpfloat (pf_filter_select_median (values, n), ==, sorted[n / 2]);
    }
}

/* The running median slides a sorted window; it must give, at every sample, the middle of
 * the window sorted afresh, whatever the values: ties (quantised barometric elevation),
 * repeats, and a NaN that should never arrive but must not derail what follows it. */
static void
test_filter_median_slides (void)
{
  const gsize n = 400;
  g_autofree double *in = g_new (double, n);
  g_autofree double *out = g_new (double, n);

  for (gsize h = 1; h <= 12; h++)
    {
      gsize len = 2 * h + 1;

      for (gsize i = 0; i < n; i++)
        in[i] = h % 2 == 0 ? (double) g_test_rand_int_range (0, 5)
                           : g_test_rand_double_range (-50, 3000);
      pf_filter_median (in, out, n, h);

      /* Away from the ends (which are continued along the trend) the window is plain. */
      for (gsize i = h; i + h < n; i++)
        {
          double window[25];

          memcpy (window, in + i - h, len * sizeof (double));
          qsort (window, len, sizeof (double), compare_doubles);
          g_assert_cmpfloat (out[i], ==, window[h]);
        }
    }

  for (gsize i = 0; i < n; i++)
    in[i] = 100.0 + (double) (i % 7);
  in[200] = NAN;
  pf_filter_median (in, out, n, 3);
  for (gsize i = 3; i + 3 < n; i++)
    if (i + 3 < 200 || i > 200 + 3)
      {
        double window[7];

        memcpy (window, in + i - 3, sizeof window);
        qsort (window, 7, sizeof (double), compare_doubles);
        g_assert_cmpfloat (out[i], ==, window[3]);
      }
}

static void
test_filter_climb (void)
{
  double stairs[31], ascent, descent;
  double wave[100];
  double updown[] = { 0, 10, 20, 10, 0, 10, 20 };

  /* 1 m stairs up 30 m, with a 3 m dead band: all of it, counted in threes. */
  for (guint i = 0; i < 31; i++)
    stairs[i] = i;
  pf_filter_climb (stairs, 31, 3.0, &ascent, &descent);
  g_assert_cmpfloat (ascent, ==, 30.0);
  g_assert_cmpfloat (descent, ==, 0.0);

  /* 5 m steps, each above the dead band. */
  for (guint i = 0; i < 31; i++)
    stairs[i] = 500.0 - 5.0 * (i / 3);
  pf_filter_climb (stairs, 31, 3.0, &ascent, &descent);
  g_assert_cmpfloat (ascent, ==, 0.0);
  g_assert_cmpfloat (descent, ==, 50.0);

  /* ±1 m wobble never leaves a 3 m dead band: only the net change from the first point
   * (199 m) to the last (201 m) counts, so that ascent − descent = finish − start. */
  for (guint i = 0; i < 100; i++)
    wave[i] = 200.0 + (i % 2 ? 1.0 : -1.0);
  pf_filter_climb (wave, 100, 3.0, &ascent, &descent);
  g_assert_cmpfloat (ascent, ==, 2.0);
  g_assert_cmpfloat (descent, ==, 0.0);
  /* … but with no dead band it is all climb. */
  pf_filter_climb (wave, 100, 0.0, &ascent, &descent);
  g_assert_cmpfloat (ascent, ==, 2.0 * 50);
  g_assert_cmpfloat (descent, ==, 2.0 * 49);

  pf_filter_climb (updown, G_N_ELEMENTS (updown), 3.0, &ascent, &descent);
  g_assert_cmpfloat (ascent, ==, 40.0);
  g_assert_cmpfloat (descent, ==, 20.0);

  pf_filter_climb (updown, 0, 3.0, &ascent, &descent);
  g_assert_cmpfloat (ascent, ==, 0.0);
  g_assert_cmpfloat (descent, ==, 0.0);
  pf_filter_climb (updown, 1, 3.0, &ascent, &descent);
  g_assert_cmpfloat (ascent, ==, 0.0);
}

/* ---- units --------------------------------------------------------------------------- */

static void
assert_format (char       *text,
               const char *expected)
{
  g_assert_cmpstr (text, ==, expected);
  g_free (text);
}

static void
test_units_format (void)
{
  assert_format (pf_format_distance (PF_UNITS_METRIC, 42195.0), "42.2 km");
  assert_format (pf_format_distance (PF_UNITS_IMPERIAL, 42195.0), "26.2 mi");
  assert_format (pf_format_distance (PF_UNITS_METRIC, 5000.0), "5.00 km");
  assert_format (pf_format_distance (PF_UNITS_METRIC, 5030.0), "5.03 km");
  assert_format (pf_format_distance (PF_UNITS_IMPERIAL, PF_DISTANCE_HALF), "13.1 mi");
  assert_format (pf_format_distance (PF_UNITS_IMPERIAL, 1609.344), "1.00 mi");
  assert_format (pf_format_distance (PF_UNITS_METRIC, 0.0), "0.00 km");

  assert_format (pf_format_elevation (PF_UNITS_METRIC, 123.4), "123 m");
  assert_format (pf_format_elevation (PF_UNITS_IMPERIAL, 100.0), "328 ft");
  assert_format (pf_format_elevation (PF_UNITS_METRIC, 8848.0), "8848 m");

  assert_format (pf_format_grade (0.04), "+4.0 %");
  /* A true minus sign (U+2212). */
  assert_format (pf_format_grade (-0.065), "\xE2\x88\x92" "6.5 %");
  assert_format (pf_format_grade (0.45), "+45.0 %");
  assert_format (pf_format_grade (0.0), "+0.0 %");

  /* A flat stretch never reads "-0.0 %". */
  for (double g = -0.002; g <= 0.002; g += 0.00001)
    {
      g_autofree char *text = pf_format_grade (g);

      g_assert_null (strstr (text, "-0.0 "));
      g_assert_null (strstr (text, "\xE2\x88\x92" "0.0 "));
    }
  assert_format (pf_format_grade (-0.0), "+0.0 %");
  assert_format (pf_format_grade (-0.0004), "+0.0 %");
}

static void
test_units_values (void)
{
  g_assert_cmpfloat_with_epsilon (pf_units_distance_value (PF_UNITS_METRIC, 1500.0), 1.5, 1e-12);
  g_assert_cmpfloat_with_epsilon (pf_units_distance_value (PF_UNITS_IMPERIAL, 1609.344), 1.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (pf_units_elevation_value (PF_UNITS_METRIC, 12.0), 12.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (pf_units_elevation_value (PF_UNITS_IMPERIAL, 0.3048), 1.0, 1e-12);
  g_assert_cmpstr (pf_units_distance_symbol (PF_UNITS_METRIC), ==, "km");
  g_assert_cmpstr (pf_units_distance_symbol (PF_UNITS_IMPERIAL), ==, "mi");
  g_assert_cmpstr (pf_units_elevation_symbol (PF_UNITS_METRIC), ==, "m");
  g_assert_cmpstr (pf_units_elevation_symbol (PF_UNITS_IMPERIAL), ==, "ft");
  /* The tests run under C.UTF-8, whose measurement system is metric. */
  if (g_strcmp0 (g_getenv ("LC_ALL"), "C.UTF-8") == 0)
    g_assert_cmpint (pf_units_from_locale (), ==, PF_UNITS_METRIC);
}

/* The distance along @course of the sample nearest @p, the first on ties, by looking at every
 * sample: what the k-d tree (pf-sample-tree.c) must agree with. */
static double
nearest_by_every_sample (const PfCourse      *course,
                         const PfCoursePoint *p)
{
  const PfCourseSample *samples = pf_course_get_samples (course);
  guint n_samples = pf_course_get_n_samples (course), best_k = 0;
  double coslat = cos (p->lat * G_PI / 180.0), best = G_MAXDOUBLE;

  for (guint k = 0; k < n_samples; k++)
    {
      double dy = samples[k].lat - p->lat, dx = (samples[k].lon - p->lon) * coslat;

      if (dx * dx + dy * dy < best)
        {
          best = dx * dx + dy * dy;
          best_k = k;
        }
    }
  return samples[best_k].distance_m;
}

/* Waypoints go to the nearest sample of the course, the first one on ties, however many there
 * are: the k-d tree that finds it (pf-sample-tree.c) agrees with looking at every sample, on two
 * laps of a loop (where each place is passed twice) with waypoints on and off the course. */
static void
test_waypoints_nearest (void)
{
  g_autoptr(GString) gpx = g_string_new ("<?xml version=\"1.0\"?>\n<gpx version=\"1.1\" "
                                         "xmlns=\"http://www.topografix.com/GPX/1/1\">\n");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = NULL;
  g_autoptr(PfCourse) course = NULL;
  guint n_points = 0;

  for (guint w = 0; w < 300; w++)
    {
      char lat[G_ASCII_DTOSTR_BUF_SIZE], lon[G_ASCII_DTOSTR_BUF_SIZE];

      /* Around a loop of about 3 km radius, some far off it. */
      g_ascii_formatd (lat, sizeof lat, "%.7f", 45.0 + g_test_rand_double_range (-0.06, 0.06));
      g_ascii_formatd (lon, sizeof lon, "%.7f", 7.0 + g_test_rand_double_range (-0.08, 0.08));
      g_string_append_printf (gpx, "<wpt lat=\"%s\" lon=\"%s\"><name>%s %u</name></wpt>\n",
                              lat, lon, w % 2 == 0 ? "Aid station" : "Bridge", w);
    }
  g_string_append (gpx, "<trk><trkseg>\n");
  for (guint i = 0; i <= 2 * 360; i++)
    {
      char lat[G_ASCII_DTOSTR_BUF_SIZE], lon[G_ASCII_DTOSTR_BUF_SIZE];
      double a = i * G_PI / 180.0;

      g_ascii_formatd (lat, sizeof lat, "%.7f", 45.0 + 0.027 * sin (a));
      g_ascii_formatd (lon, sizeof lon, "%.7f", 7.0 + 0.038 * cos (a) * (1.0 + 0.2 * sin (3 * a)));
      g_string_append_printf (gpx, "<trkpt lat=\"%s\" lon=\"%s\"><ele>500</ele></trkpt>\n",
                              lat, lon);
    }
  g_string_append (gpx, "</trkseg></trk></gpx>\n");
  bytes = g_bytes_new (gpx->str, gpx->len);
  track = pf_import_bytes (bytes, "loops.gpx", &error);
  g_assert_no_error (error);
  course = pf_course_new (track, NULL, &error);
  g_assert_no_error (error);

  for (guint list = 0; list < 2; list++)
    {
      guint n = list == 0 ? pf_course_get_n_aid_stations (course)
                          : pf_course_get_n_landmarks (course);

      for (guint i = 0; i < n; i++)
        {
          const PfCoursePoint *p = list == 0 ? pf_course_get_aid_station (course, i)
                                             : pf_course_get_landmark (course, i);

          g_assert_cmpfloat (p->distance_m, ==, nearest_by_every_sample (course, p));
          n_points++;
        }
    }
  g_assert_cmpuint (n_points, ==, 300);
}

/* The sizes: 400 000 waypoints on a course of 400 000 points (4 000 km) are placed
 * (quadratic placement took 236 s; the meson timeout bounds this test), each at its nearest
 * sample — checked against every sample for a few hundred of them. */
static void
test_waypoints_many (void)
{
  g_autoptr(PfTrack) track = pf_test_course_winding (400000, 400000);
  g_autoptr(GError) error = NULL;
  g_autoptr(PfCourse) course = pf_course_new (track, NULL, &error);
  guint n_aid, n_landmarks;

  g_assert_no_error (error);
  n_aid = pf_course_get_n_aid_stations (course);
  n_landmarks = pf_course_get_n_landmarks (course);
  g_assert_cmpfloat (pf_course_get_measured_distance (course), >, 3.9e6);
  g_assert_cmpuint (n_aid + n_landmarks, >, 0);

  for (guint check = 0; check < 300; check++)
    {
      gboolean aid = check % 2 == 0 && n_aid > 0;
      const PfCoursePoint *p = aid ? pf_course_get_aid_station (course,
                                                                g_test_rand_int_range (0, (int) n_aid))
                                   : pf_course_get_landmark (course,
                                                             g_test_rand_int_range (0, (int) MAX (n_landmarks, 1)));

      g_assert_cmpfloat (p->distance_m, ==, nearest_by_every_sample (course, p));
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/course/distance/straight-line", test_distance_straight_line);
  g_test_add_func ("/course/distance/start", test_distance_start);
  g_test_add_func ("/course/distance/parts-joined", test_distance_parts_joined);
  g_test_add_func ("/course/distance/small-gap", test_distance_small_gap_quiet);
  g_test_add_func ("/course/distance/too-short", test_distance_too_short);
  g_test_add_func ("/course/distance/track-length", test_distance_track_length);
  g_test_add_func ("/course/official/scaling", test_official_scaling);
  g_test_add_func ("/course/official/invalid", test_official_invalid);
  g_test_add_func ("/course/official/mismatch", test_official_mismatch);
  g_test_add_func ("/course/official/presets", test_official_presets);
  g_test_add_func ("/course/elevation/none", test_elevation_none);
  g_test_add_func ("/course/elevation/partial-real", test_elevation_partial_real);
  g_test_add_func ("/course/elevation/partial-interpolated", test_elevation_partial_interpolated);
  g_test_add_func ("/course/elevation/held-at-ends", test_elevation_held_at_ends);
  g_test_add_func ("/course/clean/flat-jitter", test_clean_flat_jitter);
  g_test_add_func ("/course/clean/spike", test_clean_spike);
  g_test_add_func ("/course/clean/spike-at-ends", test_clean_spike_at_ends);
  g_test_add_func ("/course/clean/excursion-at-ends", test_clean_excursion_at_ends);
  g_test_add_func ("/course/clean/hill", test_clean_hill);
  g_test_add_func ("/course/clean/grade", test_clean_grade);
  g_test_add_func ("/course/clean/grade-clamped", test_clean_grade_clamped);
  g_test_add_func ("/course/clean/options", test_clean_options);
  g_test_add_func ("/course/clean/invariants-real", test_clean_invariants_real);
  g_test_add_func ("/course/clean/twin-cities", test_twin_cities);
  g_test_add_func ("/course/clean/twin-cities-ends", test_twin_cities_ends);
  g_test_add_func ("/course/waypoints/kind-guess", test_waypoint_kind_guess);
  g_test_add_func ("/course/waypoints/kind-tcx", test_waypoint_kind_tcx);
  g_test_add_func ("/course/waypoints/kind-any-field", test_waypoint_kind_from_any_gpx_field);
  g_test_add_func ("/course/waypoints/placement", test_waypoint_placement);
  g_test_add_func ("/course/waypoints/placement-loop", test_waypoint_placement_loop);
  g_test_add_func ("/course/plan", test_plan_course);
  g_test_add_func ("/course/filter/median", test_filter_median);
  g_test_add_func ("/course/filter/moving-average", test_filter_moving_average);
  g_test_add_func ("/course/filter/select-median", test_filter_select_median);
  g_test_add_func ("/course/filter/median-slides", test_filter_median_slides);
  g_test_add_func ("/course/filter/climb", test_filter_climb);
  g_test_add_func ("/course/units/format", test_units_format);
  g_test_add_func ("/course/units/values", test_units_values);
  g_test_add_func ("/course/waypoints/nearest", test_waypoints_nearest);
  g_test_add_func ("/course/waypoints/many", test_waypoints_many);

  return g_test_run ();
}
