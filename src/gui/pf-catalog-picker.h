/* pf-catalog-picker.h — a popover to find one product of the user catalog and add it to the plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "pf-products-catalog.h"
#include "report/pf-units.h"

G_BEGIN_DECLS

#define PF_TYPE_CATALOG_PICKER (pf_catalog_picker_get_type ())

G_DECLARE_FINAL_TYPE (PfCatalogPicker, pf_catalog_picker, PF, CATALOG_PICKER, GtkPopover)

GtkWidget         *pf_catalog_picker_new         (void);
PfProductsCatalog *pf_catalog_picker_get_catalog (PfCatalogPicker   *self);
void               pf_catalog_picker_set_catalog (PfCatalogPicker   *self,
                                                  PfProductsCatalog *catalog);
PfUnitSystem       pf_catalog_picker_get_units   (PfCatalogPicker   *self);
void               pf_catalog_picker_set_units   (PfCatalogPicker   *self,
                                                  PfUnitSystem       units);
GListModel        *pf_catalog_picker_get_shown   (PfCatalogPicker   *self);

G_END_DECLS
