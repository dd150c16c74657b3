/* pf-product.c — the built-in catalog of generic products
 *
 * Typical label values of the generic item, per serving, rounded; a runner's own products
 * replace them where they differ.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-product"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pf-product.h"

static const PfProduct catalog[] = {
  /* id, name, volume mL, carbohydrate g, glucose g, fructose g, sodium mg, caffeine mg */
  { PF_PRODUCT_WATER, N_("Water"), 1.0, 0.0, 0.0, 0.0, 0.0, 0.0 },
  /* Per mL: a 6 % sucrose–glucose drink with ~0.5 g/L sodium, as aid stations pour. */
  { PF_PRODUCT_SPORTS, N_("Sports drink"), 1.0, 0.06, 0.04, 0.02, 0.5, 0.0 },
  /* Maltodextrin + fructose 2:1, ~25 g. */
  { PF_PRODUCT_GEL, N_("Energy gel (25 g, 2:1)"), 0.0, 25.0, 16.7, 8.3, 50.0, 0.0 },
  /* Dilute gels carry their own water (~60 mL), less carbohydrate. */
  { PF_PRODUCT_ISO_GEL, N_("Isotonic gel (22 g)"), 60.0, 22.0, 22.0, 0.0, 20.0, 0.0 },
  /* Glucose:fructose 1:0.8 for more than 90 g/h, ~40 g. */
  { PF_PRODUCT_HIGH_GEL, N_("High-carbohydrate gel (40 g, 1:0.8)"), 0.0, 40.0, 22.2, 17.8, 100.0, 0.0 },
  /* Three chews. */
  { PF_PRODUCT_CHEWS, N_("Energy chews (3 pieces, 24 g)"), 0.0, 24.0, 16.0, 8.0, 50.0, 0.0 },
  { PF_PRODUCT_SALT, N_("Salt capsule (200 mg sodium)"), 0.0, 0.0, 0.0, 0.0, 200.0, 0.0 },
};

const PfProduct *
pf_product_catalog (guint *n_products)
{
  if (n_products != NULL)
    *n_products = G_N_ELEMENTS (catalog);

  return catalog;
}

const PfProduct *
pf_product_lookup (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (catalog); i++)
    {
      if (g_strcmp0 (catalog[i].id, id) == 0)
        return &catalog[i];
    }

  return NULL;
}
