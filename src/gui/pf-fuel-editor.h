/* pf-fuel-editor.h — the runner's body, sweat, fuel choices and training
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "pf-document.h"
#include "pf-products-catalog.h"
#include "report/pf-units.h"

G_BEGIN_DECLS

#define PF_TYPE_FUEL_EDITOR (pf_fuel_editor_get_type ())

G_DECLARE_FINAL_TYPE (PfFuelEditor, pf_fuel_editor, PF, FUEL_EDITOR, GtkWidget)

GtkWidget    *pf_fuel_editor_new          (void);
PfDocument   *pf_fuel_editor_get_document (PfFuelEditor *self);
void          pf_fuel_editor_set_document (PfFuelEditor *self,
                                           PfDocument   *document);
PfUnitSystem  pf_fuel_editor_get_units    (PfFuelEditor *self);
void          pf_fuel_editor_set_units    (PfFuelEditor *self,
                                           PfUnitSystem  units);
PfProductsCatalog *pf_fuel_editor_get_catalog (PfFuelEditor      *self);
void               pf_fuel_editor_set_catalog (PfFuelEditor      *self,
                                               PfProductsCatalog *catalog);

G_END_DECLS
