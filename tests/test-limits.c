/* test-limits.c — absurd inputs are refused quickly, with a message, without eating memory
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "core/pacefuel-core.h"

/* A 1 GB file (sparse: it takes no disk) is refused before it is read. */
static void
test_huge_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("pf-limits-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "huge.gpx", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = NULL;
  const char head[] = "<?xml version=\"1.0\"?><gpx version=\"1.1\"><trk><trkseg>";
  gint64 start;
  FILE *f = fopen (path, "w");

  g_assert_nonnull (f);
  fwrite (head, 1, strlen (head), f);
  g_assert_cmpint (ftruncate (fileno (f), (off_t) 1024 * 1024 * 1024), ==, 0);
  fclose (f);

  start = g_get_monotonic_time ();
  track = pf_import_path (path, &error);
  g_assert_null (track);
  g_assert_error (error, PF_IMPORT_ERROR, PF_IMPORT_ERROR_TOO_LARGE);
  g_assert_true (g_str_has_prefix (error->message, path));
  /* Refused on its size: no parsing of a gigabyte (generous even under sanitizers). */
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);

  g_unlink (path);
  g_rmdir (dir);
}

/* More points than any course has: refused with the line where the limit was passed. */
static void
test_too_many_points (void)
{
  g_autoptr(GString) gpx = g_string_sized_new ((PF_IMPORT_MAX_POINTS + 2) * 26 + 200);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = NULL;

  g_string_append (gpx, "<?xml version=\"1.0\"?>\n<gpx version=\"1.1\"><trk><trkseg>\n");
  for (guint i = 0; i <= PF_IMPORT_MAX_POINTS; i++)
    g_string_append (gpx, "<trkpt lat=\"1\" lon=\"1\"/>\n");
  g_string_append (gpx, "</trkseg></trk></gpx>\n");

  bytes = g_bytes_new_static (gpx->str, gpx->len);
  track = pf_import_bytes (bytes, "many.gpx", &error);
  g_assert_null (track);
  g_assert_error (error, PF_IMPORT_ERROR, PF_IMPORT_ERROR_TOO_LARGE);
  g_assert_true (g_str_has_prefix (error->message, "many.gpx:"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/limits/huge-file", test_huge_file);
  g_test_add_func ("/limits/too-many-points", test_too_many_points);

  return g_test_run ();
}
