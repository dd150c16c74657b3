/* pf-products-editor.h — the runner's own products in this plan, and the catalog they come from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pf-editor-section.h"
#include "pf-products-catalog.h"

G_BEGIN_DECLS

#define PF_TYPE_PRODUCTS_EDITOR (pf_products_editor_get_type ())

G_DECLARE_FINAL_TYPE (PfProductsEditor, pf_products_editor, PF, PRODUCTS_EDITOR, PfEditorSection)

GtkWidget         *pf_products_editor_new          (void);
PfProductsCatalog *pf_products_editor_get_catalog  (PfProductsEditor  *self);
void               pf_products_editor_set_catalog  (PfProductsEditor  *self,
                                                    PfProductsCatalog *catalog);

G_END_DECLS
