/* pf-products-catalog.c — the runner's own products kept across plans (the user catalog)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-products-catalog"

#include "config.h"

#include "pf-products-catalog.h"

#include <glib/gi18n.h>
#include <math.h>

#include "pf-catalog-product.h"

/* One catalog for the whole application (PfApplication owns it), shared by every window, so a
 * product saved in one plan shows up in the others at once: "changed" says so. The file is the
 * core's JSON (pf_product_catalog_load/save), written whole on every change.
 *
 * A catalog may hold tens of thousands of products (issue 19: 20 000 kept the window from
 * showing), so nothing here walks all of them per product: the products are found by name
 * through a hash table, and the catalog is a GListModel of PfCatalogProduct items, made when
 * first asked for, that a picker filters and sorts without a widget per product. */
struct _PfProductsCatalog
{
  GObject     parent_instance;

  GFile      *file;
  GArray     *products;
  GHashTable *by_name;     /* name → the index + 1 of the first product of that name */
  GPtrArray  *items;       /* PfCatalogProduct per product, NULL until asked for */
  char       *load_error;  /* the file exists but could not be read: never overwrite it */
};

static void pf_products_catalog_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PfProductsCatalog, pf_products_catalog, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      pf_products_catalog_list_model_init))

enum {
  PROP_0,
  PROP_FILE,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
pf_products_catalog_finalize (GObject *object)
{
  PfProductsCatalog *self = (PfProductsCatalog *)object;

  g_clear_object (&self->file);
  g_clear_pointer (&self->products, g_array_unref);
  g_clear_pointer (&self->by_name, g_hash_table_unref);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->load_error, g_free);

  G_OBJECT_CLASS (pf_products_catalog_parent_class)->finalize (object);
}

static void
pf_products_catalog_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PfProductsCatalog *self = PF_PRODUCTS_CATALOG (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pf_products_catalog_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  PfProductsCatalog *self = PF_PRODUCTS_CATALOG (object);

  switch (prop_id)
    {
    case PROP_FILE:
      self->file = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pf_products_catalog_class_init (PfProductsCatalogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pf_products_catalog_finalize;
  object_class->get_property = pf_products_catalog_get_property;
  object_class->set_property = pf_products_catalog_set_property;

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL,
                         G_TYPE_FILE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static GType
pf_products_catalog_get_item_type (GListModel *model)
{
  return PF_TYPE_CATALOG_PRODUCT;
}

static guint
pf_products_catalog_get_n_items (GListModel *model)
{
  return PF_PRODUCTS_CATALOG (model)->products->len;
}

static gpointer
pf_products_catalog_get_item (GListModel *model,
                              guint       position)
{
  PfProductsCatalog *self = PF_PRODUCTS_CATALOG (model);

  if (position >= self->products->len)
    return NULL;

  /* Made once: a filter asks for every item at each search. */
  if (g_ptr_array_index (self->items, position) == NULL)
    g_ptr_array_index (self->items, position) =
      pf_catalog_product_new (&g_array_index (self->products, PfProduct, position), position);

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
pf_products_catalog_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = pf_products_catalog_get_item_type;
  iface->get_n_items = pf_products_catalog_get_n_items;
  iface->get_item = pf_products_catalog_get_item;
}

/* Takes @products as the catalog's: indexes them by name, drops the items of the old ones, and
 * says so to the list's viewers (items-changed) and to the rest ("changed"). */
static void
set_products (PfProductsCatalog *self,
              GArray            *products)
{
  guint n_removed = self->products->len;

  g_clear_pointer (&self->products, g_array_unref);
  self->products = products;

  g_hash_table_remove_all (self->by_name);
  for (guint i = 0; i < products->len; i++)
    {
      const char *name = g_array_index (products, PfProduct, i).name;

      /* A file written by hand may repeat a name: the first is the one found, as before. */
      if (!g_hash_table_contains (self->by_name, name))
        g_hash_table_insert (self->by_name, (gpointer) name, GUINT_TO_POINTER (i + 1));
    }

  g_ptr_array_set_size (self->items, 0);
  g_ptr_array_set_size (self->items, products->len);

  g_list_model_items_changed (G_LIST_MODEL (self), 0, n_removed, products->len);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* The index of the catalog's product named @name, or -1. */
static int
find_name (PfProductsCatalog *self,
           const char        *name)
{
  gpointer found = name != NULL ? g_hash_table_lookup (self->by_name, name) : NULL;

  return found != NULL ? (int) GPOINTER_TO_UINT (found) - 1 : -1;
}

/* Items not made yet are NULL. */
static void
unref_item (gpointer item)
{
  if (item != NULL)
    g_object_unref (item);
}

static void
pf_products_catalog_init (PfProductsCatalog *self)
{
  self->products = pf_product_array_new ();
  /* The keys are the names in self->products, which outlive their entries. */
  self->by_name = g_hash_table_new (g_str_hash, g_str_equal);
  self->items = g_ptr_array_new_with_free_func (unref_item);
}

/* @file: where the catalog is kept; see pf_products_catalog_default_file(). */
PfProductsCatalog *
pf_products_catalog_new (GFile *file)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  return g_object_new (PF_TYPE_PRODUCTS_CATALOG, "file", file, NULL);
}

/* $XDG_DATA_HOME/pacefuel/products.json: in the Flatpak sandbox, the app's own data folder. */
GFile *
pf_products_catalog_default_file (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "pacefuel", "products.json",
                                            NULL);

  return g_file_new_for_path (path);
}

GFile *
pf_products_catalog_get_file (PfProductsCatalog *self)
{
  g_return_val_if_fail (PF_IS_PRODUCTS_CATALOG (self), NULL);

  return self->file;
}

/* Reads the file again; a missing file is an empty catalog. On error the catalog is left as it
 * was and will not be saved over the file, which the user may want to repair. */
gboolean
pf_products_catalog_load (PfProductsCatalog  *self,
                          GError            **error)
{
  g_autoptr(GArray) products = pf_product_array_new ();
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (PF_IS_PRODUCTS_CATALOG (self), FALSE);

  if (!pf_product_catalog_load (self->file, products, &local_error))
    {
      g_free (self->load_error);
      self->load_error = g_strdup (local_error->message);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  g_clear_pointer (&self->load_error, g_free);
  set_products (self, g_steal_pointer (&products));
  return TRUE;
}

const GArray *
pf_products_catalog_get_products (PfProductsCatalog *self)
{
  g_return_val_if_fail (PF_IS_PRODUCTS_CATALOG (self), NULL);

  return self->products;
}

static gboolean
same_product (const PfProduct *a,
              const PfProduct *b)
{
  return g_strcmp0 (a->name, b->name) == 0
         && fabs (a->volume_ml - b->volume_ml) < 1e-6
         && fabs (a->carbs_g - b->carbs_g) < 1e-6
         && fabs (a->glucose_g - b->glucose_g) < 1e-6
         && fabs (a->fructose_g - b->fructose_g) < 1e-6
         && fabs (a->sodium_mg - b->sodium_mg) < 1e-6
         && fabs (a->caffeine_mg - b->caffeine_mg) < 1e-6;
}

/* TRUE when the catalog holds this very product: same name, same label values. Looked up by
 * name (each plan's row asks), then among the few of that name a hand-written file may hold. */
gboolean
pf_products_catalog_contains (PfProductsCatalog *self,
                              const PfProduct   *product)
{
  int first;

  g_return_val_if_fail (PF_IS_PRODUCTS_CATALOG (self), FALSE);
  g_return_val_if_fail (product != NULL, FALSE);

  first = find_name (self, product->name);
  if (first < 0)
    return FALSE;
  if (same_product (&g_array_index (self->products, PfProduct, first), product))
    return TRUE;

  /* Names repeat only in a file written by hand: walking the rest then is rare. */
  for (guint i = (guint) first + 1; i < self->products->len; i++)
    if (same_product (&g_array_index (self->products, PfProduct, i), product))
      return TRUE;

  return FALSE;
}

/* Adds @product, or replaces the catalog's product of the same name, and writes the file
 * (creating its folder). Nothing changes when the product is invalid or the file can't be
 * written. */
gboolean
pf_products_catalog_add (PfProductsCatalog  *self,
                         const PfProduct    *product,
                         GError            **error)
{
  g_autoptr(GArray) products = pf_product_array_new ();
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean replaced = FALSE;

  g_return_val_if_fail (PF_IS_PRODUCTS_CATALOG (self), FALSE);
  g_return_val_if_fail (product != NULL, FALSE);

  if (self->load_error != NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s", self->load_error);
      return FALSE;
    }
  if (!pf_product_check (product, error))
    return FALSE;

  /* A new array, whole (linear in the catalog, as writing it is), so that the catalog is
   * unchanged when the file cannot be written. */
  for (guint i = 0; i < self->products->len; i++)
    {
      const PfProduct *old = &g_array_index (self->products, PfProduct, i);
      PfProduct copy;

      pf_product_copy (&copy, g_strcmp0 (old->name, product->name) == 0 ? product : old);
      replaced |= g_strcmp0 (old->name, product->name) == 0;
      g_array_append_val (products, copy);
    }
  if (!replaced)
    {
      PfProduct copy;

      pf_product_copy (&copy, product);
      g_array_append_val (products, copy);
    }

  folder = g_file_get_parent (self->file);
  if (folder != NULL && !g_file_make_directory_with_parents (folder, NULL, &local_error)
      && !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (!pf_product_catalog_save (self->file, products, error))
    return FALSE;

  set_products (self, g_steal_pointer (&products));
  return TRUE;
}
