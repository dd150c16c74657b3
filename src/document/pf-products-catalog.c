/* pf-products-catalog.c — the runner's own products kept across plans (the user catalog)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-products-catalog"

#include "config.h"

#include "pf-products-catalog.h"

#include <glib/gi18n.h>
#include <math.h>

/* One catalog for the whole application (PfApplication owns it), shared by every window, so a
 * product saved in one plan shows up in the others at once: "changed" says so. The file is the
 * core's JSON (pf_product_catalog_load/save); it is small and written whole on every change. */
struct _PfProductsCatalog
{
  GObject  parent_instance;

  GFile   *file;
  GArray  *products;
  char    *load_error;   /* the file exists but could not be read: never overwrite it */
};

G_DEFINE_FINAL_TYPE (PfProductsCatalog, pf_products_catalog, G_TYPE_OBJECT)

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

static void
pf_products_catalog_init (PfProductsCatalog *self)
{
  self->products = pf_product_array_new ();
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
  g_clear_pointer (&self->products, g_array_unref);
  self->products = g_steal_pointer (&products);
  g_signal_emit (self, signals[CHANGED], 0);
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

/* TRUE when the catalog holds this very product: same name, same label values. */
gboolean
pf_products_catalog_contains (PfProductsCatalog *self,
                              const PfProduct   *product)
{
  g_return_val_if_fail (PF_IS_PRODUCTS_CATALOG (self), FALSE);
  g_return_val_if_fail (product != NULL, FALSE);

  for (guint i = 0; i < self->products->len; i++)
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

  g_clear_pointer (&self->products, g_array_unref);
  self->products = g_steal_pointer (&products);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}
