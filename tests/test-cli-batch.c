/* test-cli-batch.c — pacefuel-cli batch: a squad from a roster, a folder each, bad rows skipped
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-cli-batch"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "pf-test-util.h"

static gboolean
is_pdf (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  return g_file_get_contents (path, &contents, &length, NULL) && length > 1000
         && memcmp (contents, "%PDF-", 5) == 0;
}

/* What a coach checks: a folder per athlete with the plan document, the printed plan and the
 * band; the bad rows named by line and skipped without stopping the others; the summary. */
static void
test_roster (void)
{
  g_autofree char *course = pf_test_data_path ("twin_cities_marathon.gpx");
  g_autofree char *dir = g_dir_make_tmp ("pf-test-batch-XXXXXX", NULL);
  g_autofree char *roster = g_build_filename (dir, "roster.csv", NULL);
  g_autofree char *out = g_build_filename (dir, "out", NULL);
  g_autofree char *eve = g_build_filename (out, "Eve Negative", NULL);
  const char *text =
    "name,mass,goal,sweat-rate,sweat-sodium-band,cramp-prone,from-race\n"
    "Jane Doe,58,3:30,1.1,salty,yes,\n"
    "\"Smith, John\",80,,0.9,typical,no,10000=42:00;21097.5=1:32:00\n"
    "Short Row,70,3:30\n"
    "Eve Negative,-5,3:30,,,no,\n"
    "\n"
    "Ann Lee,64,4:10,,low,,\n";
  static const char * const planned[] = { "Jane Doe", "Smith, John", "Ann Lee" };
  g_auto(PfTestCliRun) run = { 0 };

  g_assert_true (g_file_set_contents (roster, text, -1, NULL));
  g_assert_true (pf_test_cli_run (&run, "batch", roster, course, "--temp=16", "--units=metric",
                                  "--out", out, NULL));
  g_assert_cmpint (run.status, ==, 1);

  for (guint i = 0; i < G_N_ELEMENTS (planned); i++)
    {
      g_autofree char *base = g_build_filename (out, planned[i], planned[i], NULL);
      g_autofree char *document = g_strconcat (base, ".pacefuel", NULL);
      g_autofree char *pdf = g_strconcat (base, ".pdf", NULL);
      g_autofree char *band = g_strconcat (base, "-pace-band.pdf", NULL);
      g_autofree char *race_sheet = g_strconcat (base, "-race-sheet.pdf", NULL);
      g_autofree char *card = g_strconcat (base, "-race-card.pdf", NULL);
      g_autofree char *saved = NULL;

      g_assert_true (g_file_test (document, G_FILE_TEST_IS_REGULAR));
      g_assert_true (is_pdf (pdf));
      g_assert_true (is_pdf (band));
      g_assert_true (is_pdf (race_sheet));
      g_assert_true (is_pdf (card));
      /* The athlete is in their plan. */
      g_assert_true (g_file_get_contents (document, &saved, NULL, NULL));
      g_assert_nonnull (strstr (saved, planned[i]));
      g_assert_nonnull (strstr (run.out, planned[i]));
    }
  g_assert_nonnull (strstr (run.out, "3 athletes planned, 2 skipped"));
  /* The bad rows, by line, and no folder left for them. */
  g_assert_nonnull (strstr (run.err, "roster.csv:4: 3 cells where the first line names 7"));
  g_assert_nonnull (strstr (run.err, "roster.csv:5: Eve Negative:"));
  g_assert_false (g_file_test (eve, G_FILE_TEST_EXISTS));

  pf_test_remove_tree (dir);
}

/* A coach's squad, each runner with their own profile or none: the column is `plan`'s
 * --profile, and each plan carries only its own runner's. */
static void
test_profiles (void)
{
  g_autofree char *course = pf_test_data_path ("twin_cities_marathon.gpx");
  g_autofree char *run_file = pf_test_data_path ("activity_607442311.gpx");
  g_autofree char *dir = g_dir_make_tmp ("pf-test-batch-XXXXXX", NULL);
  g_autofree char *roster = g_build_filename (dir, "roster.csv", NULL);
  g_autofree char *profile = g_build_filename (dir, "anna.json", NULL);
  g_autofree char *out = g_build_filename (dir, "out", NULL);
  g_autofree char *anna = g_build_filename (out, "Anna", "Anna.pacefuel", NULL);
  g_autofree char *ben = g_build_filename (out, "Ben", "Ben.pacefuel", NULL);
  g_autofree char *text = NULL, *anna_plan = NULL, *ben_plan = NULL;
  g_auto(PfTestCliRun) learn = { 0 };
  g_auto(PfTestCliRun) run = { 0 };

  if (!pf_test_cli_run (&learn, "profile", "--save", profile, run_file, NULL))
    return;
  g_assert_cmpint (learn.status, ==, 0);
  text = g_strdup_printf ("name,goal,profile\nAnna,3:30,%s\nBen,3:45,\n", profile);
  g_assert_true (g_file_set_contents (roster, text, -1, NULL));
  g_assert_true (pf_test_cli_run (&run, "batch", roster, course, "--out", out, NULL));
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (anna, &anna_plan, NULL, NULL));
  g_assert_true (g_file_get_contents (ben, &ben_plan, NULL, NULL));
  g_assert_nonnull (strstr (anna_plan, "\"runner_profile\""));
  g_assert_null (strstr (ben_plan, "\"runner_profile\""));
  pf_test_remove_tree (dir);
}

static void
test_usage (void)
{
  g_autofree char *course = pf_test_data_path ("twin_cities_marathon.gpx");
  g_autofree char *dir = g_dir_make_tmp ("pf-test-batch-XXXXXX", NULL);
  g_autofree char *roster = g_build_filename (dir, "roster.csv", NULL);
  g_autofree char *nameless = g_build_filename (dir, "nameless.csv", NULL);
  g_auto(PfTestCliRun) run = { 0 };

  g_assert_true (g_file_set_contents (roster, "name,goal\nJane,3:30\n", -1, NULL));
  g_assert_true (g_file_set_contents (nameless, "who,goal\nJane,3:30\n", -1, NULL));

  /* No folder to write into. */
  g_assert_true (pf_test_cli_run (&run, "batch", roster, course, NULL));
  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  pf_test_cli_run_clear (&run);

  /* Where each plan goes is batch's to say. */
  g_assert_true (pf_test_cli_run (&run, "batch", roster, course, "--out", dir, "--save=x.pacefuel",
                                  NULL));
  g_assert_cmpint (run.status, ==, 2);
  pf_test_cli_run_clear (&run);

  /* A roster without a name column. */
  g_assert_true (pf_test_cli_run (&run, "batch", nameless, course, "--out", dir, NULL));
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "nameless.csv:1:"));

  pf_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/batch/roster", test_roster);
  g_test_add_func ("/cli/batch/profiles", test_profiles);
  g_test_add_func ("/cli/batch/usage", test_usage);

  return g_test_run ();
}
