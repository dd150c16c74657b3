/* pf-bench-catalog.c — the runner's product catalog at the size of issue 19 (20 000 products)
 *
 *   pf-bench-catalog [N]    a catalog of N products (20 000 when not given)
 *
 * What the window does with the catalog at start and in the Add from My Catalog picker:
 * reading the file, asking for each of the plan's rows whether the catalog holds it (here:
 * every product), making the picker's items, a search over all of them, and adding one more
 * (written whole). Each step's time for the whole catalog, and per product: all of them are
 * linear now (a walk of the catalog per product once made 5 000 products cost 21 s).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-bench-catalog"

#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>

#include "document/pf-catalog-product.h"
#include "document/pf-products-catalog.h"

static void
report (const char *what,
        gint64      start_us,
        guint       n)
{
  double ms = (double) (g_get_monotonic_time () - start_us) / 1000.0;

  g_print ("  %-44s %9.1f ms  (%6.2f us a product)\n", what, ms, ms * 1000.0 / MAX (n, 1));
}

int
main (int    argc,
      char **argv)
{
  guint n = argc > 1 ? (guint) strtoul (argv[1], NULL, 10) : 20000;
  g_autofree char *dir = g_dir_make_tmp ("pf-bench-catalog-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "products.json", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PfProductsCatalog) catalog = pf_products_catalog_new (file);
  g_autoptr(GArray) products = pf_product_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) terms = pf_catalog_product_fold_search ("berry 12345");
  PfProduct added = { "bench", "Bench gel", 0, 30, 18, 12, 40, 0 };
  guint found = 0, matched = 0;
  gint64 start;

  for (guint i = 0; i < n; i++)
    {
      gboolean salt = i % 5 == 3;
      PfProduct p = { NULL, NULL, i % 5 == 2 ? 500 : 0, salt ? 0 : 25, salt ? 0 : 12,
                      salt ? 0 : 10, salt ? 215 : 50, 0 };

      p.id = g_strdup_printf ("p%u", i);
      p.name = g_strdup_printf ("Brand %u Gel Berry %05u", i % 10, i);
      g_array_append_val (products, p);
    }

  g_print ("Product catalog benchmark: %u products\n", n);

  start = g_get_monotonic_time ();
  if (!pf_product_catalog_save (file, products, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  report ("write the file", start, n);

  start = g_get_monotonic_time ();
  if (!pf_products_catalog_load (catalog, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  report ("read it (PfProductsCatalog)", start, n);

  start = g_get_monotonic_time ();
  for (guint i = 0; i < products->len; i++)
    found += pf_products_catalog_contains (catalog, &g_array_index (products, PfProduct, i));
  report ("find each product in it (a row's star)", start, n);

  start = g_get_monotonic_time ();
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (catalog)); i++)
    g_object_unref (g_list_model_get_item (G_LIST_MODEL (catalog), i));
  report ("make the picker's items", start, n);

  start = g_get_monotonic_time ();
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (catalog)); i++)
    {
      g_autoptr(PfCatalogProduct) item = g_list_model_get_item (G_LIST_MODEL (catalog), i);

      matched += pf_catalog_product_matches (item, (const char * const *) terms);
    }
  report ("first search (folds each name once)", start, n);

  start = g_get_monotonic_time ();
  matched = 0;
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (catalog)); i++)
    {
      g_autoptr(PfCatalogProduct) item = g_list_model_get_item (G_LIST_MODEL (catalog), i);

      matched += pf_catalog_product_matches (item, (const char * const *) terms);
    }
  report ("another search", start, n);

  start = g_get_monotonic_time ();
  if (!pf_products_catalog_add (catalog, &added, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  report ("add one product (the file written whole)", start, n);

  g_print ("  %u of %u found, %u matched \"berry 12345\"\n", found, n, matched);

  g_unlink (path);
  g_unlink (backup);
  g_rmdir (dir);
  return found == n ? 0 : 1;
}
