/* pf-products-catalog.h — the runner's own products kept across plans (the user catalog)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "core/pacefuel-core.h"

G_BEGIN_DECLS

#define PF_TYPE_PRODUCTS_CATALOG (pf_products_catalog_get_type ())

G_DECLARE_FINAL_TYPE (PfProductsCatalog, pf_products_catalog, PF, PRODUCTS_CATALOG, GObject)

PfProductsCatalog *pf_products_catalog_new          (GFile             *file);
GFile             *pf_products_catalog_default_file (void);
GFile             *pf_products_catalog_get_file     (PfProductsCatalog *self);
gboolean           pf_products_catalog_load         (PfProductsCatalog *self,
                                                     GError           **error);
const GArray      *pf_products_catalog_get_products (PfProductsCatalog *self);
gboolean           pf_products_catalog_contains     (PfProductsCatalog *self,
                                                     const PfProduct   *product);
gboolean           pf_products_catalog_add          (PfProductsCatalog *self,
                                                     const PfProduct   *product,
                                                     GError           **error);

G_END_DECLS
