/* pf-units.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-units"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#ifdef __GLIBC__
# include <langinfo.h>
#endif

#include "pf-units.h"

/* The locale's LC_MEASUREMENT says whether its people think in miles (glibc only:
 * 1 = metric, 2 = US customary); elsewhere metric, as most of the world runs. */
PfUnitSystem
pf_units_from_locale (void)
{
#ifdef __GLIBC__
  const char *measurement = nl_langinfo (_NL_MEASUREMENT_MEASUREMENT);

  if (measurement != NULL && measurement[0] == 2)
    return PF_UNITS_IMPERIAL;
#endif

  return PF_UNITS_METRIC;
}

/* Metres in one unit of distance (a kilometre or a mile): what paces and splits are per. */
double
pf_units_distance_unit_m (PfUnitSystem units)
{
  return units == PF_UNITS_IMPERIAL ? PF_METRES_PER_MILE : 1000.0;
}

/* Metres in one unit of elevation (a metre or a foot). */
double
pf_units_elevation_unit_m (PfUnitSystem units)
{
  return units == PF_UNITS_IMPERIAL ? PF_METRES_PER_FOOT : 1.0;
}

double
pf_units_distance_value (PfUnitSystem units,
                         double       metres)
{
  return metres / pf_units_distance_unit_m (units);
}

const char *
pf_units_distance_symbol (PfUnitSystem units)
{
  /* Translators: abbreviations of kilometre and mile */
  return units == PF_UNITS_IMPERIAL ? C_("unit", "mi") : C_("unit", "km");
}

double
pf_units_elevation_value (PfUnitSystem units,
                          double       metres)
{
  return metres / pf_units_elevation_unit_m (units);
}

const char *
pf_units_elevation_symbol (PfUnitSystem units)
{
  /* Translators: abbreviations of metre and foot */
  return units == PF_UNITS_IMPERIAL ? C_("unit", "ft") : C_("unit", "m");
}

double
pf_units_temperature_value (PfUnitSystem units,
                            double       celsius)
{
  return units == PF_UNITS_IMPERIAL ? celsius * 9.0 / 5.0 + 32.0 : celsius;
}

const char *
pf_units_temperature_symbol (PfUnitSystem units)
{
  return units == PF_UNITS_IMPERIAL ? "°F" : "°C";
}

/* Two decimals below ten (a 5K's 5.03 km matters), one above (42.2 km). */
char *
pf_format_distance (PfUnitSystem units,
                    double       metres)
{
  double value = pf_units_distance_value (units, metres);

  return g_strdup_printf (value < 10.0 ? "%.2f %s" : "%.1f %s", value,
                          pf_units_distance_symbol (units));
}

char *
pf_format_elevation (PfUnitSystem units,
                     double       metres)
{
  return g_strdup_printf ("%.0f %s", pf_units_elevation_value (units, metres),
                          pf_units_elevation_symbol (units));
}

char *
pf_format_grade (double grade)
{
  double percent = grade * 100.0;

  /* No "−0.0 %" for a flat stretch. */
  if (percent > -0.05 && percent < 0.05)
    percent = 0.0;

  /* A true minus sign, as typographers and GNOME's HIG want. */
  return g_strdup_printf ("%s%.1f %%", percent < 0.0 ? "−" : "+", fabs (percent));
}
