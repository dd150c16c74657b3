/* test-products-catalog.c — PfProductsCatalog: the runner's own products kept in a file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-products-catalog"

#include "config.h"

#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "document/pf-products-catalog.h"
#include "pf-test-util.h"

static void
count_cb (guint *count)
{
  (*count)++;
}

/* A missing file is an empty catalog; adding makes the folder and the file, a product of the
 * same name is replaced rather than repeated, and a fresh catalog reads it all back. */
static void
test_add_and_reload (void)
{
  g_autofree char *dir = g_dir_make_tmp ("pacefuel-catalog-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "pacefuel", "products.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PfProductsCatalog) catalog = pf_products_catalog_new (file);
  g_autoptr(GError) error = NULL;
  PfProduct gel = { "gel-x", "Gel X", 0, 25, 15, 10, 0, 0 };
  PfProduct stronger = { "gel-x", "Gel X", 0, 30, 18, 12, 0, 0 };
  PfProduct caps = { "salt-caps", "Salt caps", 0, 0, 0, 0, 215, 0 };
  guint n_changed = 0;

  g_assert_true (g_file_equal (pf_products_catalog_get_file (catalog), file));
  g_signal_connect_swapped (catalog, "changed", G_CALLBACK (count_cb), &n_changed);
  g_assert_true (pf_products_catalog_load (catalog, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pf_products_catalog_get_products (catalog)->len, ==, 0);
  g_assert_false (g_file_query_exists (file, NULL));

  g_assert_true (pf_products_catalog_add (catalog, &gel, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_query_exists (file, NULL));
  g_assert_true (pf_products_catalog_contains (catalog, &gel));
  g_assert_true (pf_products_catalog_add (catalog, &caps, &error));
  g_assert_true (pf_products_catalog_add (catalog, &stronger, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pf_products_catalog_get_products (catalog)->len, ==, 2);
  g_assert_false (pf_products_catalog_contains (catalog, &gel));
  g_assert_true (pf_products_catalog_contains (catalog, &stronger));
  g_assert_cmpuint (n_changed, ==, 4);

  {
    g_autoptr(PfProductsCatalog) again = pf_products_catalog_new (file);

    g_assert_true (pf_products_catalog_load (again, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (pf_products_catalog_get_products (again)->len, ==, 2);
    g_assert_true (pf_products_catalog_contains (again, &stronger));
    g_assert_true (pf_products_catalog_contains (again, &caps));
  }

  pf_test_remove_tree (dir);
}

static void
test_catalog_unreadable (void)
{
  g_autofree char *dir = g_dir_make_tmp ("pacefuel-catalog-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "products.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PfProductsCatalog) catalog = pf_products_catalog_new (file);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  PfProduct gel = { "gel-x", "Gel X", 0, 25, 15, 10, 0, 0 };

  /* A file the user broke is never written over: saving says why. */
  g_assert_true (g_file_set_contents (path, "{\"products\": [", -1, NULL));
  g_assert_false (pf_products_catalog_load (catalog, &error));
  g_clear_error (&error);
  g_assert_false (pf_products_catalog_add (catalog, &gel, &error));
  g_assert_nonnull (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "{\"products\": [");

  g_unlink (path);
  g_rmdir (dir);
}

/* A catalog that is a named pipe or a link to /dev/zero or /dev/urandom (issue 19: the app
 * blocked, or aborted allocating 4 GB, at every start): refused at once, named, and never
 * written over. The alarm makes a blocking open fail the test rather than hang it. */
static void
test_catalog_special_files (void)
{
  g_autofree char *dir = g_dir_make_tmp ("pacefuel-catalog-XXXXXX", NULL);
  g_autofree char *fifo = g_build_filename (dir, "pipe.json", NULL);
  g_autofree char *zero = g_build_filename (dir, "zero.json", NULL);
  g_autofree char *urandom = g_build_filename (dir, "random.json", NULL);
  struct { const char *path; const char *says; } files[] = {
    { fifo, "not a regular file (a named pipe)" },
    { zero, "not a regular file (a character device)" },
    { urandom, "not a regular file (a character device)" },
  };

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (symlink ("/dev/zero", zero), ==, 0);
  g_assert_cmpint (symlink ("/dev/urandom", urandom), ==, 0);

  alarm (20);
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (files[i].path);
      g_autoptr(PfProductsCatalog) catalog = pf_products_catalog_new (file);
      g_autoptr(GError) error = NULL;
      g_autofree char *expected = g_strdup_printf ("%s: %s", files[i].path, files[i].says);
      PfProduct gel = { "gel-x", "Gel X", 0, 25, 15, 10, 0, 0 };

      g_assert_false (pf_products_catalog_load (catalog, &error));
      g_assert_cmpstr (error->message, ==, expected);
      g_assert_cmpuint (pf_products_catalog_get_products (catalog)->len, ==, 0);
      g_clear_error (&error);
      /* Not saved over: the catalog knows it could not read it. */
      g_assert_false (pf_products_catalog_add (catalog, &gel, &error));
      g_assert_nonnull (error);
    }
  alarm (0);

  g_unlink (fifo);
  g_unlink (zero);
  g_unlink (urandom);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/products-catalog/add-and-reload", test_add_and_reload);
  g_test_add_func ("/products-catalog/unreadable", test_catalog_unreadable);
  g_test_add_func ("/products-catalog/special-files", test_catalog_special_files);

  return g_test_run ();
}
