/* test-cli-profile.c — pacefuel-cli profile: what the profile rests on, the grade table in the
 * units asked for, saving, and the errors a user makes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "core/pacefuel-core.h"
#include "pf-test-util.h"

/* Two real recordings (the Twin Cities marathon with times, as GPX and as TCX) give a profile:
 * its runs and distance, the segments removed and why, a row for every knot, heat and fade. */
static void
test_profile_text (void)
{
  g_autofree char *gpx = pf_test_data_path ("activity_607442311.gpx");
  g_autofree char *tcx = pf_test_data_path ("twin_cities_marathon.tcx");
  g_auto(PfTestCliRun) run = { 0 };
  g_auto(PfTestCliRun) imperial = { 0 };

  if (!pf_test_cli_run (&run, "profile", "--units", "metric", gpx, tcx, NULL))
    return;
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_true (g_utf8_validate (run.out, -1, NULL));
  g_assert_true (g_str_has_prefix (run.out, "Runs: 2 of 2 used, "));
  g_assert_nonnull (strstr (run.out, " km\n"));
  g_assert_nonnull (strstr (run.out, "Segments: "));
  g_assert_nonnull (strstr (run.out, "GPS jumps"));
  g_assert_nonnull (strstr (run.out, "−30.0 %"));
  g_assert_nonnull (strstr (run.out, "+30.0 %"));
  g_assert_nonnull (strstr (run.out, "\nHeat: "));
  g_assert_nonnull (strstr (run.out, "\nFade: "));

  if (!pf_test_cli_run (&imperial, "profile", "--units", "imperial", gpx, NULL))
    return;
  g_assert_cmpint (imperial.status, ==, 0);
  g_assert_nonnull (strstr (imperial.out, " mi\n"));
  g_assert_null (strstr (imperial.out, " km"));
}

/* --save writes a profile that reads back, and --json prints the same document. */
static void
test_profile_save_and_json (void)
{
  g_autofree char *gpx = pf_test_data_path ("activity_607442311.gpx");
  g_autofree char *dir = g_dir_make_tmp ("pf-test-cli-profile-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "me.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PfRunnerProfile) saved = NULL, printed = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(PfTestCliRun) run = { 0 };

  if (!pf_test_cli_run (&run, "profile", "--model", "minetti", "--save", path, "--json", gpx,
                        NULL))
    return;
  g_assert_cmpint (run.status, ==, 0);
  saved = pf_runner_profile_load (file, &error);
  g_assert_no_error (error);
  g_assert_cmpint (saved->model, ==, PF_GRADE_MODEL_MINETTI);
  printed = pf_runner_profile_from_json (run.out, strlen (run.out), "stdout", &error);
  g_assert_no_error (error);
  g_assert_true (pf_runner_profile_equal (saved, printed));
  pf_test_remove_tree (dir);
}

/* Bad files are each named with their problem (exit 1); bad usage exits 2. */
static void
test_profile_errors (void)
{
  g_autofree char *bad = pf_test_data_path ("bad.gpx");
  g_autofree char *route = pf_test_data_path ("route.gpx");
  g_autofree char *empty = pf_test_data_path ("empty_trk.gpx");
  g_autofree char *gpx = pf_test_data_path ("activity_607442311.gpx");
  g_auto(PfTestCliRun) two_bad = { 0 };
  g_auto(PfTestCliRun) no_times = { 0 };
  g_auto(PfTestCliRun) no_run = { 0 };
  g_auto(PfTestCliRun) bad_model = { 0 };
  g_auto(PfTestCliRun) bad_option = { 0 };

  if (!pf_test_cli_run (&two_bad, "profile", bad, gpx, empty, NULL))
    return;
  g_assert_cmpint (two_bad.status, ==, 1);
  g_assert_cmpstr (two_bad.out, ==, "");
  g_assert_nonnull (strstr (two_bad.err, bad));
  g_assert_nonnull (strstr (two_bad.err, empty));

  /* A course without times has nothing to learn from. */
  g_assert_true (pf_test_cli_run (&no_times, "profile", route, NULL));
  g_assert_cmpint (no_times.status, ==, 1);
  g_assert_cmpstr (no_times.out, ==, "");
  g_assert_true (g_str_has_prefix (no_times.err, "pacefuel-cli: "));

  g_assert_true (pf_test_cli_run (&no_run, "profile", NULL));
  g_assert_cmpint (no_run.status, ==, 2);
  g_assert_true (pf_test_cli_run (&bad_model, "profile", "--model", "walking", gpx, NULL));
  g_assert_cmpint (bad_model.status, ==, 2);
  g_assert_nonnull (strstr (bad_model.err, "walking"));
  g_assert_true (pf_test_cli_run (&bad_option, "profile", "--frobnicate", gpx, NULL));
  g_assert_cmpint (bad_option.status, ==, 2);
}

/* plan --profile uses a saved profile and says what it changes; a plan saved with it carries it,
 * and --no-profile plans without; a missing profile is named (exit 1), both options at once are
 * bad usage (exit 2). */
static void
test_plan_with_profile (void)
{
  g_autofree char *gpx = pf_test_data_path ("activity_607442311.gpx");
  g_autofree char *course = pf_test_data_path ("twin_cities_marathon.gpx");
  g_autofree char *dir = g_dir_make_tmp ("pf-test-cli-profile-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "me.json", NULL);
  g_autofree char *plan = g_build_filename (dir, "race.pacefuel", NULL);
  g_autofree char *missing = g_build_filename (dir, "nobody.json", NULL);
  g_auto(PfTestCliRun) learn = { 0 };
  g_auto(PfTestCliRun) with = { 0 };
  g_auto(PfTestCliRun) again = { 0 };
  g_auto(PfTestCliRun) without = { 0 };
  g_auto(PfTestCliRun) gone = { 0 };
  g_auto(PfTestCliRun) both = { 0 };

  if (!pf_test_cli_run (&learn, "profile", "--save", path, gpx, NULL))
    return;
  g_assert_cmpint (learn.status, ==, 0);

  g_assert_true (pf_test_cli_run (&with, "plan", course, "--from-race", "half=1:55:00",
                                  "--units", "metric", "--profile", path, "--save", plan, NULL));
  g_assert_cmpint (with.status, ==, 0);
  g_assert_nonnull (strstr (with.out, "hills by your own profile (1 run"));
  g_assert_nonnull (strstr (with.out, "  Your profile (1 run) changes the finish by feel by "));
  g_assert_nonnull (strstr (with.out, "Your profile changes the splits by up to "));

  /* The saved plan keeps the profile; --no-profile takes it out. */
  g_assert_true (pf_test_cli_run (&again, "plan", plan, "--units", "metric", NULL));
  g_assert_cmpint (again.status, ==, 0);
  g_assert_nonnull (strstr (again.out, "Your profile (1 run)"));
  g_assert_true (pf_test_cli_run (&without, "plan", plan, "--no-profile", NULL));
  g_assert_cmpint (without.status, ==, 0);
  g_assert_null (strstr (without.out, "Your profile"));
  g_assert_null (strstr (without.out, "your own profile"));

  g_assert_true (pf_test_cli_run (&gone, "plan", course, "--goal", "3:30", "--profile", missing,
                                  NULL));
  g_assert_cmpint (gone.status, ==, 1);
  g_assert_cmpstr (gone.out, ==, "");
  g_assert_nonnull (strstr (gone.err, "nobody.json"));
  g_assert_true (pf_test_cli_run (&both, "plan", course, "--goal", "3:30", "--profile", path,
                                  "--no-profile", NULL));
  g_assert_cmpint (both.status, ==, 2);
  pf_test_remove_tree (dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/profile/text", test_profile_text);
  g_test_add_func ("/cli/profile/save-and-json", test_profile_save_and_json);
  g_test_add_func ("/cli/profile/errors", test_profile_errors);
  g_test_add_func ("/cli/profile/plan", test_plan_with_profile);

  return g_test_run ();
}
