/* pf-fuel-view.h — the fuel page: the runner's inputs beside the schedule and checklist
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pf-products-catalog.h"
#include "pf-sidebar-page.h"

G_BEGIN_DECLS

#define PF_TYPE_FUEL_VIEW (pf_fuel_view_get_type ())

/* A PfSidebarPage: its document, units and inputs are set there. */
G_DECLARE_FINAL_TYPE (PfFuelView, pf_fuel_view, PF, FUEL_VIEW, PfSidebarPage)

GtkWidget    *pf_fuel_view_new                 (void);
void          pf_fuel_view_set_catalog         (PfFuelView        *self,
                                                PfProductsCatalog *catalog);

void               pf_fuel_view_show_training (PfFuelView        *self);

G_END_DECLS
