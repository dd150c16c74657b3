/* pf-product.h — what runners drink and eat, with honest label values
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

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

/* Limits on a runner's own product's label values: beyond them it is a typo. */
#define PF_PRODUCT_MAX_CARBS_G    150.0
#define PF_PRODUCT_MAX_SODIUM_MG 2000.0
#define PF_PRODUCT_MAX_CAFFEINE_MG 400.0
#define PF_PRODUCT_MAX_VOLUME_ML 1000.0
/* A product's name, in characters (a label's name, not its description), and its id, in
 * bytes (made from the name: lower case, "-2" when taken). */
#define PF_PRODUCT_MAX_NAME_LENGTH 100
#define PF_PRODUCT_MAX_ID_LENGTH   (4 * PF_PRODUCT_MAX_NAME_LENGTH + 16)

const PfProduct *pf_product_catalog     (guint           *n_products);
const PfProduct *pf_product_lookup      (const char      *id);
gboolean         pf_product_is_fuel     (const PfProduct *product);
gboolean         pf_product_is_salt     (const PfProduct *product);
const char      *pf_product_kind_label  (const PfProduct *product);
void             pf_product_copy        (PfProduct       *dest,
                                         const PfProduct *src);
void             pf_product_clear       (PfProduct       *product);
gboolean         pf_product_check       (const PfProduct *product,
                                         GError         **error);
GArray          *pf_product_array_new   (void);
void             pf_products_to_json    (JsonBuilder     *builder,
                                         const GArray    *products);
gboolean         pf_products_from_json  (JsonArray       *array,
                                         GArray          *products,
                                         GError         **error);
gboolean         pf_product_catalog_load (GFile          *file,
                                          GArray         *products,
                                          GError        **error);
gboolean         pf_product_catalog_save (GFile          *file,
                                          const GArray   *products,
                                          GError        **error);

G_END_DECLS
