/* test-profile-store.c — PfProfileStore: the runner's profile learnt from runs and kept in a file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-profile-store"

#include "config.h"

#include <string.h>

#include "document/pf-profile-store.h"
#include "pf-test-util.h"

typedef struct
{
  gboolean   done;
  gboolean   ok;
  GError    *error;
  GPtrArray *unreadable;
} Learnt;

static void
learnt_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  Learnt *learnt = user_data;

  learnt->ok = pf_profile_store_learn_finish (PF_PROFILE_STORE (object), result,
                                              &learnt->unreadable, &learnt->error);
  learnt->done = TRUE;
}

static void
learnt_clear (Learnt *learnt)
{
  g_clear_error (&learnt->error);
  g_clear_pointer (&learnt->unreadable, g_ptr_array_unref);
}

/* Learns from the named test files (folders too) and waits for the answer. */
static void
learn (PfProfileStore *store,
       Learnt         *learnt,
       const char     *first,
       ...)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  va_list args;

  va_start (args, first);
  for (const char *name = first; name != NULL; name = va_arg (args, const char *))
    {
      g_autofree char *path = pf_test_data_path (name);

      g_ptr_array_add (files, g_file_new_for_path (path));
    }
  va_end (args);

  pf_profile_store_learn_async (store, (GFile **) files->pdata, files->len, NULL, learnt_cb,
                                learnt);
  g_assert_true (pf_profile_store_get_busy (store));
  while (!learnt->done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (pf_profile_store_get_busy (store));
}

static void
count_cb (guint *count)
{
  (*count)++;
}

/* No file: no profile and no complaint. Learning from a GPX, a TCX and a folder of FIT runs
 * gives a profile that rests on them, written to the file, which a new store reads back. */
static void
test_learn_save_load (void)
{
  g_autofree char *dir = g_dir_make_tmp ("pacefuel-profile-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "pacefuel", "runner-profile.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PfProfileStore) store = pf_profile_store_new (file);
  g_autoptr(PfProfileStore) again = pf_profile_store_new (file);
  g_autoptr(GError) error = NULL;
  Learnt learnt = { 0 };
  const PfRunnerProfile *p;
  guint n_changed = 0;

  g_assert_true (pf_profile_store_load (store, &error));
  g_assert_no_error (error);
  g_assert_null (pf_profile_store_get_profile (store));
  g_assert_null (pf_profile_store_get_load_error (store));

  g_signal_connect_swapped (store, "notify::profile", G_CALLBACK (count_cb), &n_changed);
  learn (store, &learnt, "activity_607442311.gpx", "twin_cities_marathon.tcx", "fit", NULL);
  g_assert_no_error (learnt.error);
  g_assert_true (learnt.ok);
  g_assert_cmpuint (n_changed, ==, 1);
  p = pf_profile_store_get_profile (store);
  g_assert_nonnull (p);
  /* The folder's three FIT files are runs given, as the two files named are. */
  g_assert_cmpuint (p->n_runs_given, ==, 2 + 3 - learnt.unreadable->len);
  g_assert_cmpuint (p->n_runs_used, >=, 2);
  g_assert_cmpfloat (p->distance_m, >, 30000.0);
  g_assert_true (g_file_query_exists (file, NULL));

  g_assert_true (pf_profile_store_load (again, &error));
  g_assert_no_error (error);
  g_assert_nonnull (pf_profile_store_get_profile (again));
  g_assert_true (pf_runner_profile_equal (p, pf_profile_store_get_profile (again)));

  /* Forgetting removes the file; the other store keeps what it read until it reads again. */
  g_assert_true (pf_profile_store_forget (store, &error));
  g_assert_no_error (error);
  g_assert_null (pf_profile_store_get_profile (store));
  g_assert_false (g_file_query_exists (file, NULL));
  g_assert_true (pf_profile_store_load (again, &error));
  g_assert_null (pf_profile_store_get_profile (again));

  learnt_clear (&learnt);
  pf_test_remove_tree (dir);
}

/* A run that cannot be read is named and left out; with nothing readable, learning fails with
 * the file's own message and the store is as it was. */
static void
test_learn_unreadable (void)
{
  g_autofree char *dir = g_dir_make_tmp ("pacefuel-profile-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "runner-profile.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PfProfileStore) store = pf_profile_store_new (file);
  Learnt some = { 0 };
  Learnt none = { 0 };

  learn (store, &some, "activity_607442311.gpx", "bad.gpx", NULL);
  g_assert_no_error (some.error);
  g_assert_cmpuint (some.unreadable->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (some.unreadable, 0), "bad.gpx"));
  g_assert_nonnull (pf_profile_store_get_profile (store));
  g_assert_cmpuint (pf_profile_store_get_profile (store)->n_runs_given, ==, 1);

  learn (store, &none, "bad.gpx", NULL);
  g_assert_false (none.ok);
  g_assert_nonnull (none.error);
  g_assert_nonnull (strstr (none.error->message, "bad.gpx"));
  g_assert_nonnull (pf_profile_store_get_profile (store));
  g_assert_cmpuint (pf_profile_store_get_profile (store)->n_runs_given, ==, 1);

  learnt_clear (&some);
  learnt_clear (&none);
  pf_test_remove_tree (dir);
}

/* A file that cannot be read: no profile, the reason names the file, and the file is left as it
 * was. Learning again is the runner's choice: it replaces the file and keeps the old as NAME~. */
static void
test_corrupt (void)
{
  g_autofree char *dir = g_dir_make_tmp ("pacefuel-profile-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "runner-profile.json", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PfProfileStore) store = pf_profile_store_new (file);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  const char *garbage = "{\"format\": \"pacefuel-runner-profile\", \"knots\": [";
  Learnt learnt = { 0 };

  g_assert_true (g_file_set_contents (path, garbage, -1, NULL));
  g_assert_false (pf_profile_store_load (store, &error));
  g_assert_nonnull (error);
  g_assert_null (pf_profile_store_get_profile (store));
  g_assert_nonnull (pf_profile_store_get_load_error (store));
  g_assert_nonnull (strstr (pf_profile_store_get_load_error (store), "runner-profile.json"));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, garbage);

  learn (store, &learnt, "activity_607442311.gpx", NULL);
  g_assert_no_error (learnt.error);
  g_assert_nonnull (pf_profile_store_get_profile (store));
  g_assert_null (pf_profile_store_get_load_error (store));
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (backup, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, garbage);

  learnt_clear (&learnt);
  pf_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/profile-store/learn-save-load", test_learn_save_load);
  g_test_add_func ("/profile-store/learn-unreadable", test_learn_unreadable);
  g_test_add_func ("/profile-store/corrupt", test_corrupt);

  return g_test_run ();
}
