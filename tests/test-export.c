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

/* One format: what pf_export_write writes and what the chooser is told about it. */
typedef struct
{
  const char     *test_path;
  PfExportFormat  format;
  PfPaper         paper;
  const char     *prefix;
  char         *(*text) (const PfPlan *plan);  /* the writer's text, for the text formats */
  const char     *suffix;
  const char     *mime_type;
  gboolean        printed;
} Case;

static const Case cases[] = {
  /* Their contents: test-race-sheet. */
  { "/export/write/race-sheet-pdf", PF_EXPORT_RACE_SHEET_PDF, PF_PAPER_A4_LANDSCAPE, "%PDF",
    NULL, "-race-sheet.pdf", "application/pdf", TRUE },
  { "/export/write/race-card-pdf", PF_EXPORT_RACE_CARD_PDF, PF_PAPER_LETTER, "%PDF", NULL,
    "-race-card.pdf", "application/pdf", TRUE },
  { "/export/write/plan-pdf", PF_EXPORT_PLAN_PDF, PF_PAPER_A4, "%PDF", NULL,
    ".pdf", "application/pdf", TRUE },
  { "/export/write/pace-band-pdf", PF_EXPORT_PACE_BAND_PDF, PF_PAPER_LETTER, "%PDF", NULL,
    "-pace-band.pdf", "application/pdf", TRUE },
  { "/export/write/splits-csv", PF_EXPORT_SPLITS_CSV, PF_PAPER_A4, "", pf_csv_splits,
    "-splits.csv", "text/csv", FALSE },
  { "/export/write/schedule-csv", PF_EXPORT_SCHEDULE_CSV, PF_PAPER_A4, "elapsed_s,distance_m,",
    pf_csv_schedule, "-schedule.csv", "text/csv", FALSE },
  { "/export/write/timed-gpx", PF_EXPORT_TIMED_GPX, PF_PAPER_A4, "<?xml", pf_gpx_export_timed,
    ".gpx", "application/gpx+xml", FALSE },
  /* Their contents: test-fit-course. */
  { "/export/write/fit-course", PF_EXPORT_FIT_COURSE, PF_PAPER_A4, "\016\040", NULL,
    "-course.fit", "application/vnd.ant.fit", FALSE },
  { "/export/write/tcx-course", PF_EXPORT_TCX_COURSE, PF_PAPER_A4, "<?xml", NULL,
    "-course.tcx", "application/vnd.garmin.tcx+xml", FALSE },
};

static void
test_format (Fixture       *fixture,
             gconstpointer  data)
{
  const Case *c = data;
  g_autofree char *contents = export (fixture, c->format, c->paper);

  g_assert_true (g_str_has_prefix (contents, c->prefix));
  if (c->text != NULL)
    {
      g_autofree char *expected = c->text (fixture->plan);

      g_assert_cmpstr (contents, ==, expected);
    }
  g_assert_cmpstr (pf_export_format_get_suffix (c->format), ==, c->suffix);
  g_assert_cmpstr (pf_export_format_get_mime_type (c->format), ==, c->mime_type);
  g_assert_cmpint (pf_export_format_is_printed (c->format), ==, c->printed);
  g_assert_nonnull (pf_export_format_get_label (c->format));
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

/* The athlete's name comes first, once, and whatever they typed the name is one a file can
 * have anywhere the plan is sent: no separators, no Windows-reserved characters, no control
 * characters, no leading dot, no trailing dot or space, and not too long. */
static void
test_file_name_athlete (void)
{
  static const struct { const char *athlete, *title, *suffix, *expected; } names[] = {
    { "Jane Doe", "Berlin Marathon", ".pdf", "Jane Doe — Berlin Marathon.pdf" },
    /* Saved under the offered name already: not twice. */
    { "Jane Doe", "Jane Doe — Berlin Marathon", "-pace-band.pdf",
      "Jane Doe — Berlin Marathon-pace-band.pdf" },
    { "Jane Doe", NULL, ".pacefuel", "Jane Doe.pacefuel" },
    { NULL, "Berlin Marathon", ".gpx", "Berlin Marathon.gpx" },
    { "", "Berlin Marathon", ".gpx", "Berlin Marathon.gpx" },
    { "Zoë Łukasz-Müller", "Москва", ".pdf", "Zoë Łukasz-Müller — Москва.pdf" },
    { "A/B \\ C: \"D\" <E> |F| *G?", "Race", ".pdf", "A-B - C- -D- -E- -F- -G- — Race.pdf" },
    { "  ..Jane\tDoe  ", "Race\n2026.", ".csv", "Jane Doe — Race 2026.csv" },
    { "...", "...", ".pdf", "Plan.pdf" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *name = pf_export_file_name_for (names[i].athlete, names[i].title,
                                                       names[i].suffix);

      g_test_message ("%s / %s", names[i].athlete, names[i].title);
      g_assert_cmpstr (name, ==, names[i].expected);
    }

  /* A long name and a long title are cut between characters, the suffix kept whole. */
  {
    GString *long_name = g_string_new (NULL);
    g_autofree char *name = NULL;
    g_autofree char *athlete = NULL;

    for (guint i = 0; i < 80; i++)
      g_string_append (long_name, "ü");
    athlete = g_string_free (long_name, FALSE);
    name = pf_export_file_name_for (athlete, athlete, "-pace-band.pdf");
    g_assert_true (g_utf8_validate (name, -1, NULL));
    g_assert_cmpuint (strlen (name), <=, 200);
    g_assert_true (g_str_has_suffix (name, "ü-pace-band.pdf"));
    g_assert_true (g_str_has_prefix (name, athlete));
  }

  /* Invalid UTF-8 from a file name or a course file is made valid, not passed on. */
  {
    g_autofree char *name = pf_export_file_name_for ("Jane \xff Doe", "Race", ".pdf");

    g_assert_true (g_utf8_validate (name, -1, NULL));
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  G_STATIC_ASSERT (G_N_ELEMENTS (cases) == PF_N_EXPORT_FORMATS);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_test_add (cases[i].test_path, Fixture, &cases[i], fixture_set_up, test_format,
                fixture_tear_down);
  g_test_add ("/export/write/unwritable", Fixture, NULL, fixture_set_up, test_unwritable,
              fixture_tear_down);
  g_test_add_func ("/export/file-name-athlete", test_file_name_athlete);
  g_test_add_func ("/export/file-name", test_file_name);

  return g_test_run ();
}
