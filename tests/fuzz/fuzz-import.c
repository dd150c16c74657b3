/* fuzz-import.c — libFuzzer target: any bytes through the GPX/TCX/FIT importer and the cleaner
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "core/pacefuel-core.h"
#include "pf-fuzz.h"

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = pf_import_bytes (bytes, "fuzz.gpx", &error);
  g_autoptr(PfCourse) course = NULL;

  g_assert ((track == NULL) != (error == NULL));
  if (track == NULL || pf_fuzz_track_is_long (track))
    return 0;

  course = pf_course_new (track, NULL, &error);
  g_assert ((course == NULL) != (error == NULL));
  return 0;
}
