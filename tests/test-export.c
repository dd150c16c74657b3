/* test-export.c — pf_export_write: every format the window and the CLI export, without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "core/pacefuel-core.h"
#include "report/pf-csv.h"
#include "report/pf-export.h"
#include "report/pf-gpx-export.h"

typedef struct
{
  PfPlan *plan;
  char   *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *course = g_build_filename (g_getenv ("PF_TEST_DATA"),
                                              "activity_607442311.gpx", NULL);
  g_autoptr(PfTrack) track = NULL;
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(GError) error = NULL;

  track = pf_import_path (course, &error);
  g_assert_no_error (error);
  pf_plan_inputs_init (&inputs);
  pf_plan_inputs_set_track (&inputs, track);
  inputs.goal_time_s = 4 * 3600;
  fixture->plan = pf_plan_compute (&inputs, &error);
  g_assert_no_error (error);
  fixture->dir = g_dir_make_tmp ("pf-export-XXXXXX", &error);
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

/* Writes @format into the fixture's folder under its default name and returns the contents. */
static char *
export (Fixture        *fixture,
        PfExportFormat  format,
        PfPaper         paper)
{
  g_autofree char *name = pf_export_file_name ("Twin Cities", pf_export_format_get_suffix (format));
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_assert_true (pf_export_write (fixture->plan, format, "Twin Cities", PF_UNITS_METRIC, paper,
                                  file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  return contents;
}

static void
test_plan_pdf (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *a4 = export (fixture, PF_EXPORT_PLAN_PDF, PF_PAPER_A4);

  g_assert_true (g_str_has_prefix (a4, "%PDF"));
  g_assert_true (pf_export_format_is_printed (PF_EXPORT_PLAN_PDF));
  g_assert_cmpstr (pf_export_format_get_mime_type (PF_EXPORT_PLAN_PDF), ==, "application/pdf");
  g_assert_cmpstr (pf_export_format_get_suffix (PF_EXPORT_PLAN_PDF), ==, ".pdf");
}

static void
test_pace_band_pdf (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *band = export (fixture, PF_EXPORT_PACE_BAND_PDF, PF_PAPER_LETTER);

  g_assert_true (g_str_has_prefix (band, "%PDF"));
  g_assert_true (pf_export_format_is_printed (PF_EXPORT_PACE_BAND_PDF));
  g_assert_cmpstr (pf_export_format_get_suffix (PF_EXPORT_PACE_BAND_PDF), ==, "-pace-band.pdf");
}

static void
test_splits_csv (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *csv = export (fixture, PF_EXPORT_SPLITS_CSV, PF_PAPER_A4);
  g_autofree char *expected = pf_csv_splits (fixture->plan);

  g_assert_cmpstr (csv, ==, expected);
  g_assert_false (pf_export_format_is_printed (PF_EXPORT_SPLITS_CSV));
  g_assert_cmpstr (pf_export_format_get_mime_type (PF_EXPORT_SPLITS_CSV), ==, "text/csv");
}

static void
test_schedule_csv (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *csv = export (fixture, PF_EXPORT_SCHEDULE_CSV, PF_PAPER_A4);
  g_autofree char *expected = pf_csv_schedule (fixture->plan);

  g_assert_cmpstr (csv, ==, expected);
  g_assert_true (g_str_has_prefix (csv, "elapsed_s,distance_m,"));
  g_assert_cmpstr (pf_export_format_get_suffix (PF_EXPORT_SCHEDULE_CSV), ==, "-schedule.csv");
}

static void
test_timed_gpx (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *gpx = export (fixture, PF_EXPORT_TIMED_GPX, PF_PAPER_A4);
  g_autofree char *expected = pf_gpx_export_timed (fixture->plan);

  g_assert_cmpstr (gpx, ==, expected);
  g_assert_nonnull (strstr (gpx, "<gpx"));
  g_assert_cmpstr (pf_export_format_get_mime_type (PF_EXPORT_TIMED_GPX), ==,
                   "application/gpx+xml");
}

/* Every format, written where it cannot be: an error naming the file, and no file. */
static void
test_unwritable (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "no-such-folder", "plan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  for (guint format = 0; format < PF_N_EXPORT_FORMATS; format++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (pf_export_write (fixture->plan, format, NULL, PF_UNITS_IMPERIAL,
                                       PF_PAPER_A4, file, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
      g_assert_nonnull (strstr (error->message, "no-such-folder"));
      g_assert_false (g_file_query_exists (file, NULL));
      g_assert_nonnull (pf_export_format_get_label (format));
    }
}

/* The chooser's name: the plan's title made safe for a file system, or "Plan". */
static void
test_file_name (void)
{
  g_autofree char *named = pf_export_file_name ("Berlin 2026: A/B\\C", ".gpx");
  g_autofree char *untitled = pf_export_file_name (NULL, "-splits.csv");
  g_autofree char *empty = pf_export_file_name ("", ".pacefuel");

  g_assert_cmpstr (named, ==, "Berlin 2026- A-B-C.gpx");
  g_assert_cmpstr (untitled, ==, "Plan-splits.csv");
  g_assert_cmpstr (empty, ==, "Plan.pacefuel");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/export/write/plan-pdf", test_plan_pdf);
  ADD ("/export/write/pace-band-pdf", test_pace_band_pdf);
  ADD ("/export/write/splits-csv", test_splits_csv);
  ADD ("/export/write/schedule-csv", test_schedule_csv);
  ADD ("/export/write/timed-gpx", test_timed_gpx);
  ADD ("/export/write/unwritable", test_unwritable);
#undef ADD
  g_test_add_func ("/export/file-name", test_file_name);

  return g_test_run ();
}
