/* fuzz-common.c — what every fuzz target does once, under libFuzzer and in the replay
 *
 * A critical or a warning from GLib, json-glib or our own g_return_if_fail is a bug the
 * fuzzer found. G_DEBUG=fatal-warnings would turn it into G_BREAKPOINT, a SIGTRAP that
 * libFuzzer does not catch (no input kept); abort() instead, which it reports with the input.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "core/pf-geo.h"
#include "pf-fuzz.h"

static void
on_log_cb (const char     *domain,
           GLogLevelFlags  level,
           const char     *message,
           gpointer        user_data)
{
  if (level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    {
      fprintf (stderr, "%s: %s\n", domain != NULL ? domain : "(no domain)", message);
      abort ();
    }
}

static GLogWriterOutput
on_log_write_cb (GLogLevelFlags   level,
                 const GLogField *fields,
                 gsize            n_fields,
                 gpointer         user_data)
{
  if (level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    {
      for (gsize i = 0; i < n_fields; i++)
        if (g_strcmp0 (fields[i].key, "MESSAGE") == 0 && fields[i].length < 0)
          fprintf (stderr, "%s\n", (const char *) fields[i].value);
      abort ();
    }
  return G_LOG_WRITER_HANDLED;
}

gboolean
pf_fuzz_track_is_long (const PfTrack *track)
{
  const PfTrackPoint *points = pf_track_get_points (track);
  guint n = pf_track_get_n_points (track);
  double length = 0.0;

  for (guint i = 1; i < n && length <= PF_FUZZ_MAX_COURSE_M; i++)
    length += pf_geo_haversine_m (points[i - 1].lat, points[i - 1].lon, points[i].lat,
                                  points[i].lon);
  return length > PF_FUZZ_MAX_COURSE_M;
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_log_set_default_handler (on_log_cb, NULL);
  g_log_set_writer_func (on_log_write_cb, NULL, NULL);
  return 0;
}
