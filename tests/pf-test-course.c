/* pf-test-course.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "core/pf-track-private.h"
#include "pf-test-course.h"

/* Metres per degree of latitude on the mean sphere. */
#define M_PER_DEG (PF_EARTH_RADIUS_M * G_PI / 180.0)

/* A course along a meridian, a point every 20 m, elevation from @ele (flat when NULL),
 * read through the real importer. */
PfTrack *
pf_test_course_new (double          length_m,
                    PfTestElevation ele)
{
  g_autoptr(GString) gpx = g_string_new ("<?xml version=\"1.0\"?>\n"
                                         "<gpx version=\"1.1\" xmlns=\"http://www.topografix.com/GPX/1/1\">"
                                         "<trk><name>Synthetic</name><trkseg>\n");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  PfTrack *track;

  for (double d = 0.0; d <= length_m + 0.01; d += 20.0)
    {
      char lat[G_ASCII_DTOSTR_BUF_SIZE], e[G_ASCII_DTOSTR_BUF_SIZE];

      g_ascii_formatd (lat, sizeof lat, "%.9f", 45.0 + d / M_PER_DEG);
      g_ascii_formatd (e, sizeof e, "%.3f", ele != NULL ? ele (d) : 0.0);
      g_string_append_printf (gpx, "<trkpt lat=\"%s\" lon=\"7.0\"><ele>%s</ele></trkpt>\n", lat, e);
    }
  g_string_append (gpx, "</trkseg></trk></gpx>\n");

  bytes = g_bytes_new (gpx->str, gpx->len);
  track = pf_import_bytes (bytes, "synthetic.gpx", &error);
  g_assert_no_error (error);
  return track;
}

/* A long winding course built without the importer (@n_points points about 10 m apart,
 * snaking north so that it passes each latitude band several times), and @n_waypoints
 * waypoints scattered on and beside it, every other one an aid station: the sizes at which a
 * quadratic placement took minutes (issue 19: 400 000 on 400 000 took 236 s). The random
 * numbers come from g_test_rand_*, so a test's seed repeats it. */
PfTrack *
pf_test_course_winding (guint n_points,
                        guint n_waypoints)
{
  PfTrack *track = _pf_track_new ("winding.gpx", PF_TRACK_FORMAT_GPX);
  double lat = 45.0, lon = 7.0, heading = 0.0;

  _pf_track_set_name (track, "Winding");
  g_array_set_size (track->points, n_points);
  for (guint i = 0; i < n_points; i++)
    {
      PfTrackPoint *p = &g_array_index (track->points, PfTrackPoint, i);

      /* Turn slowly left and right: a meander of a few kilometres, heading north on average. */
      heading = 0.9 * sin (i / 400.0) + 0.3 * sin (i / 37.0);
      lat += 10.0 * cos (heading) / M_PER_DEG;
      lon += 10.0 * sin (heading) / (M_PER_DEG * cos (lat * G_PI / 180.0));
      *p = (PfTrackPoint) { .lat = lat, .lon = lon, .ele = 300.0 + 50.0 * sin (i / 900.0),
                            .time_us = PF_TRACK_NO_TIME, .part = 0, .line = i + 1,
                            .distance_m = NAN, .heart_rate = NAN, .temperature_c = NAN };
    }
  _pf_track_points_done (track);

  for (guint w = 0; w < n_waypoints && n_points > 0; w++)
    {
      const PfTrackPoint *near = &g_array_index (track->points, PfTrackPoint,
                                                 g_test_rand_int_range (0, (int) n_points));
      g_autofree char *name = g_strdup_printf ("%s %u", w % 2 == 0 ? "Aid" : "Bridge", w);
      /* Within about 300 m of the line, in any direction. */
      PfWaypoint waypoint = {
        .name = name,
        .lat = near->lat + g_test_rand_double_range (-0.0027, 0.0027),
        .lon = near->lon + g_test_rand_double_range (-0.0038, 0.0038),
        .ele = NAN,
        .kind = w % 2 == 0 ? PF_WAYPOINT_AID_STATION : PF_WAYPOINT_LANDMARK,
        .line = n_points + w + 1,
      };

      _pf_track_add_waypoint (track, &waypoint);
    }

  return track;
}

PfPlan *
pf_test_plan_compute (const PfPlanInputs *inputs)
{
  g_autoptr(GError) error = NULL;
  PfPlan *plan = pf_plan_compute (inputs, &error);

  g_assert_no_error (error);
  return plan;
}

const PfWarning *
pf_test_plan_find_warning (const PfPlan *plan,
                           const char   *id)
{
  for (guint i = 0; i < pf_plan_get_n_warnings (plan); i++)
    if (g_str_equal (pf_plan_get_warning (plan, i)->id, id))
      return pf_plan_get_warning (plan, i);
  return NULL;
}
