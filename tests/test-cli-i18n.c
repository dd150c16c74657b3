/* SPDX-License-Identifier: GPL-3.0-or-later */

/* test-cli-i18n.c — pacefuel-cli in German: translated text, German plurals, a decimal comma
 *
 * Builds a de_DE.UTF-8 locale into a temporary folder with localedef (test machines often have
 * only C.UTF-8 generated) and runs the built CLI ($PF_CLI) under it with LOCPATH, LANG, LC_ALL
 * and LANGUAGE=de, reading the catalogs the build just compiled (PACEFUEL_LOCALEDIR=<build>/po).
 * Readable text follows the locale — words, plural forms, numbers — while JSON and CSV, which
 * scripts read, stay the same in every locale. Exits 77 (skipped) when localedef or the
 * locale's sources (the `locales` package) are missing.
 */
#define G_LOG_DOMAIN "test-cli-i18n"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "pf-test-locale.h"
#include "pf-test-util.h"

static char *locale_root;  /* LOCPATH: holds de_DE.UTF-8/ */

/* Runs pacefuel-cli in German with the arguments given in a NULL-terminated list. */
static void
cli_run_german (PfTestCliRun *run,
                ...)
{
  g_auto(GStrv) env = g_get_environ ();
  gboolean ran;
  va_list args;

  env = g_environ_setenv (env, "LOCPATH", locale_root, TRUE);
  env = g_environ_setenv (env, "LANG", "de_DE.UTF-8", TRUE);
  env = g_environ_setenv (env, "LC_ALL", "de_DE.UTF-8", TRUE);
  env = g_environ_setenv (env, "LANGUAGE", "de", TRUE);
  env = g_environ_setenv (env, "PACEFUEL_LOCALEDIR", PF_BUILD_LOCALEDIR, TRUE);

  va_start (args, run);
  ran = pf_test_cli_run_valist (run, (const char * const *) env, args);
  va_end (args);
  g_assert_true (ran);
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("expected “%s” in:\n%s", needle, haystack);
}

static void
assert_lacks (const char *haystack,
              const char *needle)
{
  if (strstr (haystack, needle) != NULL)
    g_error ("did not expect “%s” in:\n%s", needle, haystack);
}

static void
test_help (void)
{
  g_auto(PfTestCliRun) run = { 0 };
  g_auto(PfTestCliRun) course = { 0 };

  cli_run_german (&run, "--help", NULL);
  g_assert_cmpint (run.status, ==, 0);
  assert_contains (run.out, "Befehle:");
  assert_contains (run.out, "Verpflegungsstellen");
  assert_lacks (run.out, "Commands:");
  assert_lacks (run.out, "aid stations");

  /* The options of a subcommand: GOptionContext translates them through our domain. */
  cli_run_german (&course, "course", "--help", NULL);
  g_assert_cmpint (course.status, ==, 0);
  assert_contains (course.out, "--official-distance");
  assert_contains (course.out, "JSON-Objekt");
  assert_lacks (course.out, "Print one JSON object");
}

static void
test_course_text (void)
{
  g_autofree char *path = pf_test_data_path ("twin_cities_marathon.gpx");
  g_auto(PfTestCliRun) run = { 0 };

  cli_run_german (&run, "course", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  assert_contains (run.out, "Distanz:");
  assert_contains (run.out, "gemessen");
  assert_lacks (run.out, "Distance:");
  /* 42.7 km with the German decimal comma, and the start's coordinates too. */
  assert_contains (run.out, "42,7 km");
  assert_lacks (run.out, "42.7");
  assert_contains (run.out, "44,97432");
}

/* JSON is for programs: the decimal point whatever the locale. */
static void
test_course_json (void)
{
  g_autofree char *path = pf_test_data_path ("twin_cities_marathon.gpx");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_auto(PfTestCliRun) run = { 0 };
  JsonObject *object;
  double distance;

  cli_run_german (&run, "course", path, "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (json_parser_load_from_data (parser, run.out, -1, &error));
  g_assert_no_error (error);
  object = json_node_get_object (json_parser_get_root (parser));
  distance = json_object_get_double_member (object, "distance_m");
  g_assert_cmpfloat (distance, >, 42000.0);
  g_assert_cmpfloat (distance, <, 43500.0);
  g_assert_true (g_regex_match_simple ("\"distance_m\" *: *4[23][0-9][0-9][0-9]\\.[0-9]",
                                       run.out, 0, 0));
  g_assert_true (g_regex_match_simple ("\"lat\" *: *44\\.97", run.out, 0, 0));
}

/* The plan: text in German with decimal commas; input and CSV with the decimal point. */
static void
test_plan (void)
{
  g_autofree char *path = pf_test_data_path ("twin_cities_marathon.gpx");
  g_auto(PfTestCliRun) text = { 0 };
  g_auto(PfTestCliRun) csv = { 0 };
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) header = NULL;
  g_auto(GStrv) first = NULL;

  /* Scripts pass "12.5" in any locale. */
  cli_run_german (&text, "plan", path, "--goal", "3:30:00", "--temp", "12.5", NULL);
  g_assert_cmpint (text.status, ==, 0);
  assert_contains (text.out, "Flüssigkeit, Natrium und Kohlenhydrate");
  assert_contains (text.out, "12,5");
  assert_lacks (text.out, "12.5");
  assert_lacks (text.out, "Fluid, sodium");

  cli_run_german (&csv, "plan", path, "--goal", "3:30:00", "--temp", "12.5", "--csv", NULL);
  g_assert_cmpint (csv.status, ==, 0);
  lines = g_strsplit (csv.out, "\n", 3);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);
  header = g_strsplit (lines[0], ",", -1);
  first = g_strsplit (lines[1], ",", -1);
  /* A decimal comma would split the numbers into more fields than the header has. */
  g_assert_cmpuint (g_strv_length (first), ==, g_strv_length (header));
  assert_contains (lines[1], "12.5");
}

static void
test_error_is_german (void)
{
  g_autofree char *path = pf_test_data_path ("does-not-exist.gpx");
  g_auto(PfTestCliRun) missing = { 0 };
  g_auto(PfTestCliRun) usage = { 0 };

  cli_run_german (&missing, "course", path, NULL);
  g_assert_cmpint (missing.status, ==, 1);
  g_assert_cmpstr (missing.out, ==, "");
  g_assert_true (g_str_has_prefix (missing.err, "pacefuel-cli: "));
  assert_contains (missing.err, "does-not-exist.gpx");
  assert_contains (missing.err, "keine solche Datei");
  assert_lacks (missing.err, "no such file");

  cli_run_german (&usage, "frobnicate", NULL);
  g_assert_cmpint (usage.status, ==, 2);
  assert_contains (usage.err, "unbekannter Befehl");
}

/* One gap and several gaps, one waypoint and several: the German singular and plural. */
static void
test_plurals (void)
{
  g_autofree char *one_gap = pf_test_data_path ("with_or_without_elev.gpx");
  g_autofree char *gaps = pf_test_data_path ("cerknicko-jezero-without-elevations.gpx");
  g_autofree char *one_waypoint = pf_test_data_path ("one_segment_mixed_times.gpx");
  g_auto(PfTestCliRun) one = { 0 };
  g_auto(PfTestCliRun) many = { 0 };
  g_auto(PfTestCliRun) one_far = { 0 };

  cli_run_german (&one, "course", one_gap, NULL);
  g_assert_cmpint (one.status, ==, 0);
  assert_contains (one.out, "Hinweise");
  assert_contains (one.out, ": 1 Lücke zwischen den Teilen der Linie wurde gerade verbunden");

  cli_run_german (&many, "course", gaps, NULL);
  g_assert_cmpint (many.status, ==, 0);
  assert_contains (many.out, ": 3 Lücken zwischen den Teilen der Linie wurden gerade verbunden");
  assert_contains (many.out, ": 4 Wegpunkte (erster: „");
  assert_contains (many.out, "liegen mehr als 0,5 km von der Strecke entfernt");

  cli_run_german (&one_far, "course", one_waypoint, NULL);
  g_assert_cmpint (one_far.status, ==, 0);
  assert_contains (one_far.out, ": 1 Wegpunkt („");
  assert_contains (one_far.out, "liegt mehr als 0,5 km von der Strecke entfernt");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *why_not = NULL;
  g_autofree char *catalog = g_build_filename (PF_BUILD_LOCALEDIR, "de", "LC_MESSAGES",
                                               "pacefuel.mo", NULL);
  const char *cli = g_getenv ("PF_CLI");
  int ret;

  g_test_init (&argc, &argv, NULL);

  if (cli == NULL || !g_file_test (cli, G_FILE_TEST_IS_EXECUTABLE))
    g_error ("PF_CLI does not name the built pacefuel-cli");
  if (!g_file_test (catalog, G_FILE_TEST_IS_REGULAR))
    g_error ("%s is missing: the German catalog was not built", catalog);

  locale_root = pf_test_make_locale ("de_DE", &why_not);
  if (locale_root == NULL)
    {
      g_print ("SKIP: cannot make a German locale: %s\n", why_not);
      return PF_TEST_EXIT_SKIPPED;
    }

  g_test_add_func ("/cli-i18n/help", test_help);
  g_test_add_func ("/cli-i18n/course-text", test_course_text);
  g_test_add_func ("/cli-i18n/course-json", test_course_json);
  g_test_add_func ("/cli-i18n/plan", test_plan);
  g_test_add_func ("/cli-i18n/error", test_error_is_german);
  g_test_add_func ("/cli-i18n/plurals", test_plurals);

  ret = g_test_run ();
  pf_test_remove_locale (g_steal_pointer (&locale_root));
  return ret;
}
