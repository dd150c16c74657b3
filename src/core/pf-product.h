/* pf-product.h — what runners drink and eat, with honest label values
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One serving of a product. Glucose includes maltodextrin and the glucose half of sucrose. */
typedef struct
{
  const char *id;
  const char *name;
  double      volume_ml;   /* fluid it brings (a drink, an isotonic gel) */
  double      carbs_g;
  double      glucose_g;
  double      fructose_g;
  double      sodium_mg;
  double      caffeine_mg;
} PfProduct;

/* The bottle mixed to the plan's recipe (per millilitre, see PfDrink). */
#define PF_PRODUCT_DRINK       "drink"
#define PF_PRODUCT_WATER       "water"
#define PF_PRODUCT_SPORTS      "sports-drink"
#define PF_PRODUCT_GEL         "gel"
#define PF_PRODUCT_ISO_GEL     "isotonic-gel"
#define PF_PRODUCT_HIGH_GEL    "high-carb-gel"
#define PF_PRODUCT_CHEWS       "chews"
#define PF_PRODUCT_SALT        "salt-capsule"

const PfProduct *pf_product_catalog (guint      *n_products);
const PfProduct *pf_product_lookup  (const char *id);

G_END_DECLS
