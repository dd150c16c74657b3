/* test-products-catalog.c — PfProductsCatalog: the runner's own products kept in a file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-products-catalog"

#include "config.h"

#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "document/pf-catalog-product.h"
#include "document/pf-products-catalog.h"
#include "pf-test-util.h"

/* Issue 19: 5 000 products in the catalog kept the window from showing for 21 s, 20 000 for
 * ever. The sizes it was seen at, and a bound meson's timeout puts on the whole test. */
#define BIG_CATALOG 20000

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

static guint
count_matches (GListModel *model,
               const char *search)
{
  g_auto(GStrv) terms = pf_catalog_product_fold_search (search);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(PfCatalogProduct) item = g_list_model_get_item (model, i);

      n += pf_catalog_product_matches (item, (const char * const *) terms);
    }
  return n;
}

/* A catalog of 20 000 products: read whole, listed as a model of as many items, each of the
 * runner's products found in it by name (the products section asks for each of its rows), a
 * search by name finding the one product, and one more added and found too. No timing: the
 * work each step did per product in the catalog (a walk of all of them, so 400 million steps
 * for the lot) is gone, and meson's timeout would catch its return. */
static void
test_big_catalog (void)
{
  g_autofree char *dir = g_dir_make_tmp ("pacefuel-catalog-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "products.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PfProductsCatalog) catalog = pf_products_catalog_new (file);
  g_autoptr(GError) error = NULL;
  g_autoptr(PfCatalogProduct) item = NULL;
  g_autoptr(GArray) copy = pf_product_array_new ();
  g_autofree char *wanted = pf_test_catalog_name (12345);
  GListModel *model = G_LIST_MODEL (catalog);
  const GArray *products;
  PfProduct added = { "mine", "My own gel", 0, 30, 18, 12, 40, 0 };
  PfProduct changed;
  guint n_added = 0;

  pf_test_write_catalog (path, BIG_CATALOG);
  g_assert_true (pf_products_catalog_load (catalog, &error));
  g_assert_no_error (error);
  products = pf_products_catalog_get_products (catalog);
  g_assert_cmpuint (products->len, ==, BIG_CATALOG);

  /* The list a picker shows: every product, in the catalog's order, with its place in it. */
  g_assert_true (g_list_model_get_item_type (model) == PF_TYPE_CATALOG_PRODUCT);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, BIG_CATALOG);
  item = g_list_model_get_item (model, 12345);
  g_assert_cmpstr (pf_catalog_product_get_name (item), ==, wanted);
  g_assert_cmpuint (pf_catalog_product_get_index (item), ==, 12345);
  g_assert_null (g_list_model_get_item (model, BIG_CATALOG));

  /* Every product is found, with its own values only. */
  for (guint i = 0; i < products->len; i++)
    g_assert_true (pf_products_catalog_contains (catalog,
                                                 &g_array_index (products, PfProduct, i)));
  pf_product_copy (&changed, &g_array_index (products, PfProduct, 12345));
  changed.sodium_mg += 1;
  g_assert_false (pf_products_catalog_contains (catalog, &changed));
  pf_product_clear (&changed);
  g_assert_false (pf_products_catalog_contains (catalog, &added));

  /* A search: the number only it has, its words in any order and case, what it is. */
  g_assert_cmpuint (count_matches (model, "12345"), ==, 1);
  g_assert_cmpstr (wanted, ==, "Huma Gel Berry 12345");
  g_assert_cmpuint (count_matches (model, "  berry GEL huma 12345 "), ==, 1);
  g_assert_cmpuint (count_matches (model, wanted), ==, 1);
  g_assert_cmpuint (count_matches (model, "99999"), ==, 0);
  g_assert_cmpuint (count_matches (model, "salt caps"), ==, BIG_CATALOG / 5);
  g_assert_cmpuint (count_matches (model, ""), ==, BIG_CATALOG);

  /* One more: written whole, the list says it changed, and the file holds all of them. */
  g_signal_connect_swapped (model, "items-changed", G_CALLBACK (count_cb), &n_added);
  g_assert_true (pf_products_catalog_add (catalog, &added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, BIG_CATALOG + 1);
  g_assert_true (pf_products_catalog_contains (catalog, &added));
  g_assert_cmpuint (count_matches (model, "my own"), ==, 1);
  g_assert_true (pf_product_catalog_load (file, copy, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (copy->len, ==, BIG_CATALOG + 1);
  g_assert_cmpstr (g_array_index (copy, PfProduct, BIG_CATALOG).name, ==, "My own gel");

  pf_test_remove_tree (dir);
}

/* A file written by hand may hold a name twice: both are found, each with its values. */
static void
test_repeated_name (void)
{
  g_autofree char *dir = g_dir_make_tmp ("pacefuel-catalog-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "products.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PfProductsCatalog) catalog = pf_products_catalog_new (file);
  g_autoptr(GError) error = NULL;
  PfProduct first = { "a", "Gel", 0, 25, 15, 10, 0, 0 };
  PfProduct second = { "b", "Gel", 0, 30, 18, 12, 0, 0 };
  PfProduct third = { "c", "Gel", 0, 40, 20, 20, 0, 0 };

  g_assert_true (g_file_set_contents (path,
                                      "{\"products\": ["
                                      "{\"id\": \"a\", \"name\": \"Gel\", \"carbs_g\": 25, "
                                      "\"glucose_g\": 15, \"fructose_g\": 10},"
                                      "{\"id\": \"b\", \"name\": \"Gel\", \"carbs_g\": 30, "
                                      "\"glucose_g\": 18, \"fructose_g\": 12}]}", -1, NULL));
  g_assert_true (pf_products_catalog_load (catalog, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (catalog)), ==, 2);
  g_assert_true (pf_products_catalog_contains (catalog, &first));
  g_assert_true (pf_products_catalog_contains (catalog, &second));
  g_assert_false (pf_products_catalog_contains (catalog, &third));

  pf_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/products-catalog/add-and-reload", test_add_and_reload);
  g_test_add_func ("/products-catalog/unreadable", test_catalog_unreadable);
  g_test_add_func ("/products-catalog/special-files", test_catalog_special_files);
  g_test_add_func ("/products-catalog/big", test_big_catalog);
  g_test_add_func ("/products-catalog/repeated-name", test_repeated_name);

  return g_test_run ();
}
