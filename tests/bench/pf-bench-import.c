/* pf-bench-import.c — import + clean of a large GPX, against libxml2's own streaming parse
 *
 * Generates a GPX of at least --size-mb megabytes (the sample course repeated, shifted north
 * each lap, with elevation, time and heart-rate extensions like a real watch file), then
 * times `xmllint --stream --noout` on it and pf_import_path + pf_course_new on it, best of
 * three each, and reports the ratio (target ≤ 2) and the peak memory.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-bench-import"

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <sys/resource.h>

#include "core/pacefuel-core.h"

static void
generate (const char *source_path,
          const char *path,
          double      size_mb)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) sample = pf_import_path (source_path, &error);
  FILE *out;
  const PfTrackPoint *points;
  guint n;
  gint64 t = 1412514473;
  goffset written = 0;

  g_assert_no_error (error);
  points = pf_track_get_points (sample);
  n = pf_track_get_n_points (sample);

  out = fopen (path, "w");
  g_assert_nonnull (out);
  written += fprintf (out,
                      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<gpx version=\"1.1\" creator=\"pf-bench-import\" "
                      "xmlns=\"http://www.topografix.com/GPX/1/1\" "
                      "xmlns:gpxtpx=\"http://www.garmin.com/xmlschemas/TrackPointExtension/v1\">\n"
                      "  <trk>\n    <name>Benchmark</name>\n    <trkseg>\n");

  for (guint lap = 0; written < size_mb * 1024 * 1024; lap++)
    {
      for (guint i = 0; i < n; i++, t++)
        {
          g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (t);
          g_autofree char *iso = g_date_time_format_iso8601 (dt);

          written += fprintf (out,
                              "      <trkpt lat=\"%.9f\" lon=\"%.9f\">\n"
                              "        <ele>%.1f</ele>\n"
                              "        <time>%s</time>\n"
                              "        <extensions>\n"
                              "          <gpxtpx:TrackPointExtension>\n"
                              "            <gpxtpx:hr>%u</gpxtpx:hr>\n"
                              "          </gpxtpx:TrackPointExtension>\n"
                              "        </extensions>\n"
                              "      </trkpt>\n",
                              points[i].lat + lap * 0.01, points[i].lon, points[i].ele, iso,
                              120 + i % 50);
        }
    }

  fprintf (out, "    </trkseg>\n  </trk>\n</gpx>\n");
  fclose (out);
}

static double
time_xmllint (const char *path)
{
  const char *argv[] = { "xmllint", "--stream", "--noout", path, NULL };
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                     &status, &error))
    g_error ("xmllint: %s", error->message);

  return (g_get_monotonic_time () - start) / 1e6;
}

static double
time_import (const char *path,
             guint      *n_points,
             double     *distance_m)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  g_autoptr(PfTrack) track = pf_import_path (path, &error);
  g_autoptr(PfCourse) course = NULL;
  double seconds;

  g_assert_no_error (error);
  course = pf_course_new (track, NULL, &error);
  g_assert_no_error (error);
  seconds = (g_get_monotonic_time () - start) / 1e6;

  *n_points = pf_course_get_n_points (course);
  *distance_m = pf_course_get_measured_distance (course);
  return seconds;
}

int
main (int    argc,
      char **argv)
{
  double size_mb = 48.0;
  g_autofree char *source = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  double best_xmllint = G_MAXDOUBLE, best_import = G_MAXDOUBLE, distance_m = 0.0;
  guint n_points = 0;
  struct rusage usage;
  GStatBuf st;

  if (argc < 2)
    {
      g_printerr ("usage: pf-bench-import SAMPLE.gpx [SIZE_MB]\n");
      return 2;
    }
  source = g_strdup (argv[1]);
  if (argc > 2)
    size_mb = g_ascii_strtod (argv[2], NULL);

  dir = g_dir_make_tmp ("pf-bench-XXXXXX", NULL);
  path = g_build_filename (dir, "bench.gpx", NULL);
  generate (source, path, size_mb);
  g_stat (path, &st);

  for (int i = 0; i < 3; i++)
    best_xmllint = MIN (best_xmllint, time_xmllint (path));
  for (int i = 0; i < 3; i++)
    best_import = MIN (best_import, time_import (path, &n_points, &distance_m));
  getrusage (RUSAGE_SELF, &usage);

  g_print ("Import benchmark: %.1f MB GPX, %u points, %.0f km\n",
           st.st_size / 1048576.0, n_points, distance_m / 1000.0);
  g_print ("  %-34s %8.3f s\n", "xmllint --stream --noout (floor)", best_xmllint);
  g_print ("  %-34s %8.3f s   ratio %.2f (target <= 2.00)%s\n", "pacefuel import + clean",
           best_import, best_import / best_xmllint,
           best_import / best_xmllint > 2.0 ? "  OVER TARGET" : "");
  g_print ("  %-34s %8.1f MB  (file %.1f MB; points take %.1f MB)\n", "peak memory (RSS)",
           usage.ru_maxrss / 1024.0, st.st_size / 1048576.0,
           n_points * (double) sizeof (PfTrackPoint) / 1048576.0);

  g_unlink (path);
  g_rmdir (dir);
  return 0;
}
