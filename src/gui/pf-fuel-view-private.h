/* pf-fuel-view-private.h — what the UI tests and pf-shot reach inside the fuel page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "pf-checklist-view.h"
#include "pf-fuel-editor.h"
#include "pf-fuel-view.h"
#include "pf-product-dialog.h"
#include "pf-products-editor.h"
#include "pf-schedule-view.h"

G_BEGIN_DECLS

PfFuelEditor   *_pf_fuel_view_get_editor            (PfFuelView     *self);
PfScheduleView *_pf_fuel_view_get_schedule_view     (PfFuelView     *self);
PfChecklistView *_pf_fuel_view_get_checklist        (PfFuelView     *self);
guint           _pf_schedule_view_get_n_rows        (PfScheduleView *self);
AdwActionRow   *_pf_schedule_view_get_recipe_row    (PfScheduleView *self);
GtkSpinButton  *_pf_fuel_editor_get_mass_spin       (PfFuelEditor   *self);
GtkSwitch      *_pf_fuel_editor_get_cramp_switch    (PfFuelEditor   *self);
AdwComboRow    *_pf_fuel_editor_get_sodium_row      (PfFuelEditor   *self);
GtkSpinButton  *_pf_fuel_editor_get_aid_spin        (PfFuelEditor   *self);
GtkButton      *_pf_fuel_editor_get_aid_add_button  (PfFuelEditor   *self);
AdwExpanderRow *_pf_fuel_editor_get_test_row        (PfFuelEditor   *self);
GtkButton      *_pf_fuel_editor_get_import_button  (PfFuelEditor   *self);
GtkSpinButton  *_pf_fuel_editor_get_weekly_spin     (PfFuelEditor   *self);
GtkSpinButton  *_pf_fuel_editor_get_longest_spin    (PfFuelEditor   *self);
AdwExpanderRow *_pf_fuel_editor_get_goal_pace_row   (PfFuelEditor   *self);
GtkSpinButton  *_pf_fuel_editor_get_goal_pace_spin  (PfFuelEditor   *self);
void            _pf_fuel_editor_import_files        (PfFuelEditor   *self,
                                                     GListModel     *files);
PfProductsEditor *_pf_fuel_editor_get_products_editor (PfFuelEditor   *self);
GtkToggleButton *_pf_fuel_editor_get_offer_toggle   (PfFuelEditor   *self,
                                                     double          distance_m,
                                                     PfOffers        offer);
PfProductDialog *_pf_products_editor_open_dialog    (PfProductsEditor *self);
guint           _pf_products_editor_get_n_rows      (PfProductsEditor *self);
GtkMenuButton  *_pf_products_editor_get_catalog_button (PfProductsEditor *self);
AdwActionRow   *_pf_products_editor_get_row         (PfProductsEditor *self,
                                                     guint             index);
GtkEditable    *_pf_product_dialog_get_field        (PfProductDialog  *self,
                                                     const char       *field);

G_END_DECLS
