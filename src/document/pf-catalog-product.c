/* pf-catalog-product.c — one product of the user catalog, as an item of its list model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-catalog-product"

#include "config.h"

#include "pf-catalog-product.h"

#include <string.h>

/* PfProductsCatalog is a GListModel of these, so that a picker can filter and sort thousands of
 * products without a widget or a menu item each. An item holds its own copy of the product
 * (the catalog replaces its array whole on every change, and then its items with it) and its
 * place in the catalog, which is what "products.add-from-catalog" takes. */
struct _PfCatalogProduct
{
  GObject    parent_instance;

  PfProduct  product;
  guint      index;
  char      *search_key;   /* folded words of the name and the kind, made when first searched */
};

G_DEFINE_FINAL_TYPE (PfCatalogProduct, pf_catalog_product, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_INDEX,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pf_catalog_product_finalize (GObject *object)
{
  PfCatalogProduct *self = (PfCatalogProduct *)object;

  pf_product_clear (&self->product);
  g_clear_pointer (&self->search_key, g_free);

  G_OBJECT_CLASS (pf_catalog_product_parent_class)->finalize (object);
}

static void
pf_catalog_product_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PfCatalogProduct *self = PF_CATALOG_PRODUCT (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->product.name);
      break;

    case PROP_INDEX:
      g_value_set_uint (value, self->index);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pf_catalog_product_class_init (PfCatalogProductClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pf_catalog_product_finalize;
  object_class->get_property = pf_catalog_product_get_property;

  /* Read-only: an item is remade, never changed, when the catalog changes. */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_INDEX] =
    g_param_spec_uint ("index", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pf_catalog_product_init (PfCatalogProduct *self)
{
}

/* A copy of @product, the @index-th of the catalog's. */
PfCatalogProduct *
pf_catalog_product_new (const PfProduct *product,
                        guint            index)
{
  PfCatalogProduct *self;

  g_return_val_if_fail (product != NULL, NULL);

  self = g_object_new (PF_TYPE_CATALOG_PRODUCT, NULL);
  pf_product_copy (&self->product, product);
  self->index = index;
  return self;
}

const PfProduct *
pf_catalog_product_get_product (PfCatalogProduct *self)
{
  g_return_val_if_fail (PF_IS_CATALOG_PRODUCT (self), NULL);

  return &self->product;
}

const char *
pf_catalog_product_get_name (PfCatalogProduct *self)
{
  g_return_val_if_fail (PF_IS_CATALOG_PRODUCT (self), NULL);

  return self->product.name;
}

/* Its place in the catalog's products (pf_products_catalog_get_products). */
guint
pf_catalog_product_get_index (PfCatalogProduct *self)
{
  g_return_val_if_fail (PF_IS_CATALOG_PRODUCT (self), 0);

  return self->index;
}

/* Appends the folded words of @text, and their ASCII spellings ("cafe" for "café"), to @key,
 * each between spaces. */
static void
append_words (GString    *key,
              const char *text)
{
  g_auto(GStrv) alternates = NULL;
  g_auto(GStrv) words = g_str_tokenize_and_fold (text, NULL, &alternates);

  for (guint i = 0; words[i] != NULL; i++)
    g_string_append_printf (key, "%s ", words[i]);
  for (guint i = 0; alternates[i] != NULL; i++)
    g_string_append_printf (key, "%s ", alternates[i]);
}

/* What a search typed in a picker is matched with: its words, folded as the items' are
 * (case, accents kept, "ﬁ" as "fi"); NULL-terminated, empty for a blank search. */
char **
pf_catalog_product_fold_search (const char *search)
{
  return g_str_tokenize_and_fold (search != NULL ? search : "", NULL, NULL);
}

/* TRUE when every one of @terms (from pf_catalog_product_fold_search) is found in the
 * product's name or what it is (pf_product_kind_label): "lemon gel" finds "Lemon Gel 2:1",
 * "salt" every salt capsule, "00042" the product whose name holds that number. */
gboolean
pf_catalog_product_matches (PfCatalogProduct   *self,
                            const char * const *terms)
{
  g_return_val_if_fail (PF_IS_CATALOG_PRODUCT (self), FALSE);

  if (terms == NULL || terms[0] == NULL)
    return TRUE;

  /* Folded once, then each search is a few strstr over a short string. */
  if (self->search_key == NULL)
    {
      GString *key = g_string_new (" ");

      append_words (key, self->product.name);
      append_words (key, pf_product_kind_label (&self->product));
      self->search_key = g_string_free (key, FALSE);
    }

  for (guint i = 0; terms[i] != NULL; i++)
    if (strstr (self->search_key, terms[i]) == NULL)
      return FALSE;

  return TRUE;
}
