/* pf-fuel-editor.h — the runner's body, sweat, fuel choices and training
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pf-inputs-editor.h"
#include "pf-products-catalog.h"

G_BEGIN_DECLS

#define PF_TYPE_FUEL_EDITOR (pf_fuel_editor_get_type ())

/* A PfInputsEditor: its document and units are set there. */
G_DECLARE_FINAL_TYPE (PfFuelEditor, pf_fuel_editor, PF, FUEL_EDITOR, PfInputsEditor)

GtkWidget    *pf_fuel_editor_new          (void);
void               pf_fuel_editor_set_catalog (PfFuelEditor      *self,
                                               PfProductsCatalog *catalog);

void               pf_fuel_editor_focus_training (PfFuelEditor      *self);

G_END_DECLS
