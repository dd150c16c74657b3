/* pf-bench-import.c — import + clean of a large GPX, against libxml2's own streaming parse
 *
 * Generates a GPX of at least --size-mb megabytes (the sample course repeated, shifted north
 * each lap, with elevation, time and heart-rate extensions like a real watch file), then
 * times `xmllint --stream --noout` on it and pf_import_path + pf_course_new on it, in turns,
 * best of five each, wall clock and CPU time (user + system, which other loads on a shared
 * machine disturb less), and reports the ratios (target ≤ 2, on CPU time) and the peak memory.
 * The first round is reported apart too: only it pays for fresh memory, as a real import does.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-bench-import"

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <sys/resource.h>

#include "core/pacefuel-core.h"

#define ROUNDS 5

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

/* Seconds of CPU (user + system) used so far by this process, or by its waited-for children. */
static double
cpu_seconds (int who)
{
  struct rusage usage;

  getrusage (who, &usage);
  return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec
         + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

/* Wall-clock and CPU seconds of one `xmllint --stream --noout`. */
static void
time_xmllint (const char *path,
              double     *wall,
              double     *cpu)
{
  const char *argv[] = { "xmllint", "--stream", "--noout", path, NULL };
  g_autoptr(GError) error = NULL;
  double cpu_start = cpu_seconds (RUSAGE_CHILDREN);
  gint64 start = g_get_monotonic_time ();
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                     &status, &error))
    g_error ("xmllint: %s", error->message);

  *wall = (g_get_monotonic_time () - start) / 1e6;
  *cpu = cpu_seconds (RUSAGE_CHILDREN) - cpu_start;
}

/* Wall-clock and CPU seconds of pf_import_path (the parse into a track, what xmllint's
 * streaming parse compares with) and of that plus pf_course_new (the cleaning on top). */
static void
time_import (const char *path,
             guint      *n_points,
             double     *distance_m,
             double     *parse_wall,
             double     *parse_cpu,
             double     *wall,
             double     *cpu)
{
  g_autoptr(GError) error = NULL;
  double cpu_start = cpu_seconds (RUSAGE_SELF);
  gint64 start = g_get_monotonic_time ();
  g_autoptr(PfTrack) track = pf_import_path (path, &error);
  g_autoptr(PfCourse) course = NULL;

  g_assert_no_error (error);
  *parse_wall = (g_get_monotonic_time () - start) / 1e6;
  *parse_cpu = cpu_seconds (RUSAGE_SELF) - cpu_start;
  course = pf_course_new (track, NULL, &error);
  g_assert_no_error (error);
  *wall = (g_get_monotonic_time () - start) / 1e6;
  *cpu = cpu_seconds (RUSAGE_SELF) - cpu_start;

  *n_points = pf_course_get_n_points (course);
  *distance_m = pf_course_get_measured_distance (course);
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
  double best_xmllint_cpu = G_MAXDOUBLE, best_import_cpu = G_MAXDOUBLE;
  double best_parse = G_MAXDOUBLE, best_parse_cpu = G_MAXDOUBLE;
  double first_import_cpu = 0.0, first_xmllint_cpu = 0.0;
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

  /* Taken in turns, so that both see the same machine (a shared one is never quiet). */
  for (int i = 0; i < ROUNDS; i++)
    {
      double wall, cpu, parse_wall, parse_cpu;

      time_xmllint (path, &wall, &cpu);
      best_xmllint = MIN (best_xmllint, wall);
      best_xmllint_cpu = MIN (best_xmllint_cpu, cpu);
      time_import (path, &n_points, &distance_m, &parse_wall, &parse_cpu, &wall, &cpu);
      best_parse = MIN (best_parse, parse_wall);
      best_parse_cpu = MIN (best_parse_cpu, parse_cpu);
      best_import = MIN (best_import, wall);
      best_import_cpu = MIN (best_import_cpu, cpu);
      if (i == 0)
        {
          first_import_cpu = cpu;
          first_xmllint_cpu = best_xmllint_cpu;
        }
    }
  getrusage (RUSAGE_SELF, &usage);

  g_print ("Import benchmark: %.1f MB GPX, %u points, %.0f km (best of %d, taken in turns)\n",
           st.st_size / 1048576.0, n_points, distance_m / 1000.0, ROUNDS);
  g_print ("  %-34s %8.3f s wall %8.3f s CPU\n", "xmllint --stream --noout (floor)",
           best_xmllint, best_xmllint_cpu);
  g_print ("  %-34s %8.3f s wall %8.3f s CPU   ratio %.2f wall, %.2f CPU (target <= 2.00)%s\n",
           "pacefuel import (parse to track)", best_parse, best_parse_cpu,
           best_parse / best_xmllint, best_parse_cpu / best_xmllint_cpu,
           best_parse_cpu / best_xmllint_cpu > 2.0 ? "  OVER TARGET" : "");
  g_print ("  %-34s %8.3f s wall %8.3f s CPU   ratio %.2f wall, %.2f CPU%s\n",
           "pacefuel import + clean", best_import, best_import_cpu, best_import / best_xmllint,
           best_import_cpu / best_xmllint_cpu,
           "  (cleaning: resample every 10 m, filter, count climb)");
  /* The later rounds reuse memory the process already has; the first pays for every page
   * on first touch, as an import in a fresh process does. */
  g_print ("  %-34s %8s        %8.3f s CPU   ratio %.2f CPU (the first round alone, fresh memory)\n",
           "pacefuel import + clean, first", "", first_import_cpu,
           first_import_cpu / first_xmllint_cpu);
  g_print ("  %-34s %8.1f MB  (file %.1f MB; points take %.1f MB)\n", "peak memory (RSS)",
           usage.ru_maxrss / 1024.0, st.st_size / 1048576.0,
           n_points * (double) sizeof (PfTrackPoint) / 1048576.0);

  g_unlink (path);
  g_rmdir (dir);
  return 0;
}
