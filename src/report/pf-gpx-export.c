/* pf-gpx-export.c
 *
 * The course's own points (so it measures what the original measured), with the cleaned
 * elevation, each stamped with the time the plan reaches it. The start's wall-clock time is
 * written as UTC: watches use the times only relative to the start.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-gpx-export"

#include "config.h"

#include <math.h>

#include "pf-gpx-export.h"

char *
pf_gpx_export_timed (const PfPlan *plan)
{
  PfCourse *course = pf_plan_get_course (plan);
  PfTrack *track = pf_course_get_track (course);
  const PfTrackPoint *p = pf_track_get_points (track);
  guint n = pf_track_get_n_points (track);
  double scale = pf_course_get_scale (course);
  g_autofree double *along = pf_track_measure (track);
  gint64 start = pf_plan_get_inputs (plan)->start_time;
  g_autofree char *name = g_markup_escape_text (pf_course_get_name (course), -1);
  GString *out = g_string_new (NULL);

  g_string_append_printf (out,
                          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<gpx version=\"1.1\" creator=\"Pacefuel %s\" "
                          "xmlns=\"http://www.topografix.com/GPX/1/1\">\n"
                          "  <metadata><name>%s</name></metadata>\n"
                          "  <trk>\n    <name>%s</name>\n    <trkseg>\n",
                          PACKAGE_VERSION, name, name);

  for (guint i = 0; i < n; i++)
    {
      double distance, elapsed;
      gint64 whole;
      g_autoptr(GDateTime) t = NULL;
      g_autofree char *stamp = NULL;
      char lat[G_ASCII_DTOSTR_BUF_SIZE], lon[G_ASCII_DTOSTR_BUF_SIZE], ele[G_ASCII_DTOSTR_BUF_SIZE];

      distance = along[i] * scale;
      elapsed = pf_plan_elapsed_at (plan, distance);
      whole = (gint64) floor (elapsed);
      t = g_date_time_new_from_unix_utc (start + whole);
      stamp = g_date_time_format (t, "%Y-%m-%dT%H:%M:%S");

      g_ascii_formatd (lat, sizeof lat, "%.8f", p[i].lat);
      g_ascii_formatd (lon, sizeof lon, "%.8f", p[i].lon);
      g_ascii_formatd (ele, sizeof ele, "%.1f", pf_course_elevation_at (course, distance));
      g_string_append_printf (out,
                              "      <trkpt lat=\"%s\" lon=\"%s\"><ele>%s</ele>"
                              "<time>%s.%03dZ</time></trkpt>\n",
                              lat, lon, ele, stamp, (int) floor ((elapsed - whole) * 1000.0));
    }

  g_string_append (out, "    </trkseg>\n  </trk>\n</gpx>\n");
  return g_string_free (out, FALSE);
}
