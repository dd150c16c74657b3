/* pf-fuel-view.h — the fuel page: the runner's inputs beside the schedule and checklist
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "pf-document.h"
#include "pf-products-catalog.h"
#include "report/pf-units.h"

G_BEGIN_DECLS

#define PF_TYPE_FUEL_VIEW (pf_fuel_view_get_type ())

G_DECLARE_FINAL_TYPE (PfFuelView, pf_fuel_view, PF, FUEL_VIEW, GtkWidget)

GtkWidget    *pf_fuel_view_new                 (void);
PfDocument   *pf_fuel_view_get_document        (PfFuelView *self);
void          pf_fuel_view_set_document        (PfFuelView *self,
                                                PfDocument *document);
PfUnitSystem  pf_fuel_view_get_units           (PfFuelView *self);
void          pf_fuel_view_set_units           (PfFuelView   *self,
                                                PfUnitSystem  units);
gboolean      pf_fuel_view_get_folded          (PfFuelView *self);
gboolean      pf_fuel_view_get_inputs_revealed (PfFuelView *self);
void          pf_fuel_view_set_inputs_revealed (PfFuelView *self,
                                                gboolean    revealed);
PfProductsCatalog *pf_fuel_view_get_catalog    (PfFuelView        *self);
void          pf_fuel_view_set_catalog         (PfFuelView        *self,
                                                PfProductsCatalog *catalog);

G_END_DECLS
