/* pf-units.h — turning SI values into text for people (metric or imperial)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "core/pf-quantity.h"

G_BEGIN_DECLS

typedef enum
{
  PF_UNITS_METRIC,
  PF_UNITS_IMPERIAL,
} PfUnitSystem;

#define PF_METRES_PER_MILE 1609.344
#define PF_METRES_PER_FOOT 0.3048

PfUnitSystem pf_units_from_locale       (void);
double       pf_units_distance_unit_m   (PfUnitSystem units);
double       pf_units_elevation_unit_m  (PfUnitSystem units);
double       pf_units_distance_value    (PfUnitSystem units,
                                         double       metres);
const char  *pf_units_distance_symbol   (PfUnitSystem units);
double       pf_units_elevation_value   (PfUnitSystem units,
                                         double       metres);
const char  *pf_units_elevation_symbol  (PfUnitSystem units);
double       pf_units_temperature_value (PfUnitSystem units,
                                         double       celsius);
const char  *pf_units_temperature_symbol (PfUnitSystem units);
double       pf_units_temperature_celsius (PfUnitSystem units,
                                           double       value);
const char  *pf_units_pace_symbol       (PfUnitSystem units);
double       pf_units_mass_value        (PfUnitSystem units,
                                         double       kg);
double       pf_units_mass_kg           (PfUnitSystem units,
                                         double       value);
const char  *pf_units_mass_symbol       (PfUnitSystem units);
double       pf_units_height_value      (PfUnitSystem units,
                                         double       metres);
double       pf_units_height_metres     (PfUnitSystem units,
                                         double       value);
const char  *pf_units_height_symbol     (PfUnitSystem units);
char        *pf_format_distance         (PfUnitSystem units,
                                         double       metres);
char        *pf_format_elevation        (PfUnitSystem units,
                                         double       metres);
char        *pf_format_grade            (double       grade);
char        *pf_format_quantity         (PfUnitSystem   units,
                                         PfQuantityKind kind,
                                         double         quantity,
                                         guint          digits);
char        *pf_units_expand            (PfUnitSystem   units,
                                         const char    *text);
double       pf_units_fluid_value       (PfUnitSystem   units,
                                         PfQuantityKind kind,
                                         double         litres);
double       pf_units_fluid_litres      (PfUnitSystem   units,
                                         PfQuantityKind kind,
                                         double         value);
const char  *pf_units_fluid_symbol      (PfUnitSystem   units,
                                         PfQuantityKind kind);

G_END_DECLS
