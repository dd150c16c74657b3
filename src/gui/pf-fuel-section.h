/* pf-fuel-section.h — the Fuel page's Fuel and Drink group: carbohydrate, fluid, drinking, bottle
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pf-editor-section.h"

G_BEGIN_DECLS

#define PF_TYPE_FUEL_SECTION (pf_fuel_section_get_type ())

G_DECLARE_FINAL_TYPE (PfFuelSection, pf_fuel_section, PF, FUEL_SECTION, PfEditorSection)

G_END_DECLS
