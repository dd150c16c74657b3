/* pf-catalog-product.h — one product of the user catalog, as an item of its list model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "core/pacefuel-core.h"

G_BEGIN_DECLS

#define PF_TYPE_CATALOG_PRODUCT (pf_catalog_product_get_type ())

G_DECLARE_FINAL_TYPE (PfCatalogProduct, pf_catalog_product, PF, CATALOG_PRODUCT, GObject)

PfCatalogProduct *pf_catalog_product_new          (const PfProduct    *product,
                                                   guint               index);
const PfProduct  *pf_catalog_product_get_product  (PfCatalogProduct   *self);
const char       *pf_catalog_product_get_name     (PfCatalogProduct   *self);
guint             pf_catalog_product_get_index    (PfCatalogProduct   *self);
char            **pf_catalog_product_fold_search  (const char         *search);
gboolean          pf_catalog_product_matches      (PfCatalogProduct   *self,
                                                   const char * const *terms);

G_END_DECLS
