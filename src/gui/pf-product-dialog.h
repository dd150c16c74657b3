/* pf-product-dialog.h — asks for one product's label values, checked as they are typed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "core/pacefuel-core.h"
#include "report/pf-units.h"

G_BEGIN_DECLS

#define PF_TYPE_PRODUCT_DIALOG (pf_product_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PfProductDialog, pf_product_dialog, PF, PRODUCT_DIALOG, AdwMessageDialog)

GtkWidget   *pf_product_dialog_new         (GtkWindow       *parent,
                                            PfUnitSystem     units);
PfUnitSystem pf_product_dialog_get_units   (PfProductDialog *self);
void         pf_product_dialog_set_units   (PfProductDialog *self,
                                            PfUnitSystem     units);
gboolean     pf_product_dialog_get_product (PfProductDialog *self,
                                            PfProduct       *product);

G_END_DECLS
