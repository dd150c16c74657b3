/* pf-test-util.c — what every test shares: its data files, a scratch home, running pacefuel-cli
 *
 * The test environment (tests/meson.build) names the places: PF_TEST_DATA (tests/data, always
 * there), PF_SHARED_DATA (the third-party corpus beside the checkout, which a user's checkout
 * does not have) and PF_CLI (the pacefuel-cli this build made).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-test-util"

#include "config.h"

#include "pf-test-util.h"

#include <glib/gstdio.h>
#include <stdio.h>

/* tests/data. */
const char *
pf_test_data_dir (void)
{
  const char *dir = g_getenv ("PF_TEST_DATA");

  g_assert_nonnull (dir);
  return dir;
}

/* The path of @name (which may hold a folder: "forecast/x.json") in tests/data. */
char *
pf_test_data_path (const char *name)
{
  return g_build_filename (pf_test_data_dir (), name, NULL);
}

/* The contents of @name in tests/data; fails the test when it cannot be read. */
GBytes *
pf_test_data_bytes (const char *name)
{
  g_autofree char *path = pf_test_data_path (name);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

/* The path of a file or folder of the shared corpus, in elements as g_build_filename() takes
 * them ("courses", "boston_marathon.gpx", NULL), or NULL after marking the test skipped when the
 * corpus, or that file, is not here. */
char *
pf_test_shared_path (const char *first_element,
                     ...)
{
  const char *dir = g_getenv ("PF_SHARED_DATA");
  g_autofree char *relative = NULL;
  g_autofree char *path = NULL;
  va_list ap;

  va_start (ap, first_element);
  relative = g_build_filename_valist (first_element, &ap);
  va_end (ap);

  if (dir != NULL && dir[0] != '\0')
    path = g_build_filename (dir, relative, NULL);
  if (path == NULL || !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_test_skip_printf ("%s of the shared corpus (PF_SHARED_DATA) is not here", relative);
      return NULL;
    }
  return g_steal_pointer (&path);
}

/* The recorded Open-Meteo answer of tests/data/forecast, and the day it starts. */
#define RECORDED_FORECAST "forecast/twin-cities-2026-10-04.json"
#define RECORDED_DAY "2026-10-04"
#define RECORDED_NEXT_DAY "2026-10-05"

/* What a test's forecast server answers for @start_date ("2026-10-11"): the recorded answer,
 * its two days moved to that day and the next, so a race a few days from now finds its hours
 * (the real service only forecasts two weeks ahead). As recorded when @start_date is NULL; NULL
 * when it is not a date. */
GBytes *
pf_test_recorded_forecast (const char *start_date)
{
  g_autoptr(GBytes) recorded = pf_test_data_bytes (RECORDED_FORECAST);
  g_autoptr(GString) body = g_string_new_len (g_bytes_get_data (recorded, NULL),
                                              g_bytes_get_size (recorded));
  int year, month, day;
  GDate date;
  char next[16];

  if (start_date == NULL)
    return g_string_free_to_bytes (g_steal_pointer (&body));
  if (sscanf (start_date, "%d-%d-%d", &year, &month, &day) != 3
      || !g_date_valid_dmy (day, month, year))
    return NULL;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  g_date_add_days (&date, 1);
  g_snprintf (next, sizeof next, "%04u-%02u-%02u", g_date_get_year (&date),
              g_date_get_month (&date), g_date_get_day (&date));
  /* Through placeholders, in case the requested day is the recorded next day. */
  g_string_replace (body, RECORDED_DAY "T", "\001T", 0);
  g_string_replace (body, RECORDED_NEXT_DAY "T", "\002T", 0);
  g_string_replace (body, "\001", start_date, 0);
  g_string_replace (body, "\002", next, 0);
  return g_string_free_to_bytes (g_steal_pointer (&body));
}

/* Runs this thread's main context until @object's :busy property is FALSE (a PfDocument or
 * PfPlanWorker computing in a thread); fails the test after 30 s. */
void
pf_test_wait_until_idle (gpointer object)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  gboolean busy;

  g_assert_true (G_IS_OBJECT (object));
  for (g_object_get (object, "busy", &busy, NULL);
       busy;
       g_object_get (object, "busy", &busy, NULL))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
}

/* A new scratch folder made from @tmpl ("pacefuel-ui-document-XXXXXX") that the test takes as
 * the user's data folder (DIR/data: recent files, the product catalog) and state folder
 * (DIR/state: the autosave), so a test never reads or writes the real ones. Call before anything
 * asks GLib for those folders, which it remembers; remove with pf_test_remove_tree(). */
char *
pf_test_make_user_dirs (const char *tmpl)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp (tmpl, &error);
  g_autofree char *data = NULL;
  g_autofree char *state = NULL;

  g_assert_no_error (error);
  data = g_build_filename (dir, "data", NULL);
  state = g_build_filename (dir, "state", NULL);
  g_setenv ("XDG_DATA_HOME", data, TRUE);
  g_setenv ("XDG_STATE_HOME", state, TRUE);
  return g_steal_pointer (&dir);
}

/* Removes @path and, when it is a folder, all it holds (symbolic links are not followed). */
void
pf_test_remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          pf_test_remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    {
      g_unlink (path);
    }
}

void
pf_test_cli_run_clear (PfTestCliRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

typedef struct
{
  GBytes   *out;
  GBytes   *err;
  GError   *error;
  gboolean  done;
} Communicated;

static void
on_communicated_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  Communicated *communicated = user_data;

  g_subprocess_communicate_finish (G_SUBPROCESS (source), result, &communicated->out,
                                   &communicated->err, &communicated->error);
  communicated->done = TRUE;
}

/* @bytes as a string (NUL added), taking it. */
static char *
bytes_to_string (GBytes *bytes)
{
  gsize length = 0;
  char *data;

  if (bytes == NULL)
    return g_strdup ("");
  data = g_bytes_unref_to_data (bytes, &length);
  data = g_realloc (data, length + 1);
  data[length] = '\0';
  return data;
}

/* Runs pacefuel-cli with the argument vector @args (no shell) in the environment @env (NULL: this
 * process's), and waits for it while this thread's main context runs — so a server of the test
 * process (test-forecast) can answer it meanwhile. Fills @run with the exit status and what the
 * program wrote; a crash fails the test. Returns FALSE, the test marked skipped, when PF_CLI does
 * not name the built program. Both outputs must be UTF-8 text. */
gboolean
pf_test_cli_runv (PfTestCliRun       *run,
                  const char * const *env,
                  const char * const *args)
{
  const char *cli = g_getenv ("PF_CLI");
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  Communicated communicated = { NULL, NULL, NULL, FALSE };

  if (cli == NULL || !g_file_test (cli, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("PF_CLI does not name the built pacefuel-cli");
      return FALSE;
    }

  g_ptr_array_add (argv, (gpointer) cli);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE
                                        | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  if (env != NULL)
    g_subprocess_launcher_set_environ (launcher, (char **) env);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);

  g_subprocess_communicate_async (process, NULL, NULL, on_communicated_cb, &communicated);
  while (!communicated.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (communicated.error);
  g_subprocess_wait (process, NULL, &error);
  g_assert_no_error (error);

  pf_test_cli_run_clear (run);
  run->out = bytes_to_string (communicated.out);
  run->err = bytes_to_string (communicated.err);
  g_assert_true (g_subprocess_get_if_exited (process));  /* never a crash */
  run->status = g_subprocess_get_exit_status (process);

  g_test_message ("exit %d\nstdout: %.2000s\nstderr: %s", run->status, run->out, run->err);
  /* Whatever the locale, the program writes UTF-8 text. */
  g_assert_true (g_utf8_validate (run->out, -1, NULL));
  g_assert_true (g_utf8_validate (run->err, -1, NULL));
  return TRUE;
}

/* As pf_test_cli_runv, with the arguments in @args, a NULL-terminated list. */
gboolean
pf_test_cli_run_valist (PfTestCliRun       *run,
                        const char * const *env,
                        va_list             args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  const char *arg;

  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  g_ptr_array_add (argv, NULL);

  return pf_test_cli_runv (run, env, (const char * const *) argv->pdata);
}

/* As pf_test_cli_runv, in this process's environment, with the arguments given in a
 * NULL-terminated list. */
gboolean
pf_test_cli_run (PfTestCliRun *run,
                 ...)
{
  gboolean ran;
  va_list args;

  va_start (args, run);
  ran = pf_test_cli_run_valist (run, NULL, args);
  va_end (args);
  return ran;
}

/* The name of the @i-th product of pf_test_write_catalog's: a brand, what it is, a flavour and
 * the number that only it has ("Maurten Gel Lemon 00042"). */
char *
pf_test_catalog_name (guint i)
{
  static const char * const brands[] = {
    "Maurten", "SiS", "GU", "Precision", "Spring", "Huma", "Clif", "Tailwind", "Skratch",
    "Neversecond",
  };
  static const char * const kinds[] = { "Gel", "Chews", "Drink mix", "Salt caps", "Bar" };
  static const char * const flavours[] = {
    "Lemon", "Cola", "Berry", "Orange", "Vanilla", "Salted caramel", "Mango", "Neutral",
  };

  return g_strdup_printf ("%s %s %s %05u", brands[i % G_N_ELEMENTS (brands)],
                          kinds[i % G_N_ELEMENTS (kinds)],
                          flavours[(i / 10) % G_N_ELEMENTS (flavours)], i);
}

/* Writes a product catalog (the file of PfProductsCatalog) of @n_products at @path, the
 * products named by pf_test_catalog_name: gels, chews, drinks, salt capsules and bars in
 * turn, with label values the products' checks accept. Written here rather than through the
 * catalog so that reading a large one is tested apart from writing it. */
void
pf_test_write_catalog (const char *path,
                       guint       n_products)
{
  /* volume mL, carbohydrate g, sodium mg for each kind of pf_test_catalog_name; whole
   * numbers, written the same in any locale */
  static const guint values[][3] = {
    { 0, 25, 50 }, { 0, 24, 50 }, { 500, 30, 300 }, { 0, 0, 215 }, { 0, 40, 100 },
  };
  g_autoptr(GString) json = g_string_new ("{\"products\": [\n");
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < n_products; i++)
    {
      g_autofree char *name = pf_test_catalog_name (i);
      const guint *v = values[i % G_N_ELEMENTS (values)];

      g_string_append_printf (json,
                              "  {\"id\": \"p%u\", \"name\": \"%s\", \"volume_ml\": %u, "
                              "\"carbs_g\": %u, \"glucose_g\": %u, \"fructose_g\": %u, "
                              "\"sodium_mg\": %u, \"caffeine_mg\": 0}%s\n",
                              i, name, v[0], v[1], v[1] / 2, v[1] * 2 / 5, v[2],
                              i + 1 < n_products ? "," : "");
    }
  g_string_append (json, "]}\n");

  g_file_set_contents (path, json->str, (gssize) json->len, &error);
  g_assert_no_error (error);
}
