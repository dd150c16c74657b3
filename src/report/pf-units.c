/* pf-units.c — SI values as text for people, metric or imperial: the one place units are formatted
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

#include "core/pf-duration.h"

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

/* A temperature as typed into a field in @units, back in °C. */
double
pf_units_temperature_celsius (PfUnitSystem units,
                              double       value)
{
  return units == PF_UNITS_IMPERIAL ? (value - 32.0) * 5.0 / 9.0 : value;
}

/* "/km" or "/mi", beside a pace field. */
const char *
pf_units_pace_symbol (PfUnitSystem units)
{
  g_autofree char *symbol = g_strconcat ("/", pf_units_distance_symbol (units), NULL);

  /* Interned: the caller keeps it without freeing, and there is one per language. */
  return g_intern_string (symbol);
}

#define PF_KG_PER_LB     0.45359237
#define PF_METRES_PER_IN 0.0254

/* For a field the runner types their body mass into: kilograms or pounds. */
double
pf_units_mass_value (PfUnitSystem units,
                     double       kg)
{
  return units == PF_UNITS_IMPERIAL ? kg / PF_KG_PER_LB : kg;
}

double
pf_units_mass_kg (PfUnitSystem units,
                  double       value)
{
  return units == PF_UNITS_IMPERIAL ? value * PF_KG_PER_LB : value;
}

const char *
pf_units_mass_symbol (PfUnitSystem units)
{
  /* Translators: abbreviations of kilogram and pound */
  return units == PF_UNITS_IMPERIAL ? C_("unit", "lb") : C_("unit", "kg");
}

/* For a field the runner types their height into: centimetres or inches (a field holds one
 * number; the feet and inches of pf_format_quantity() are for reading). */
double
pf_units_height_value (PfUnitSystem units,
                       double       metres)
{
  return units == PF_UNITS_IMPERIAL ? metres / PF_METRES_PER_IN : metres * 100.0;
}

double
pf_units_height_metres (PfUnitSystem units,
                        double       value)
{
  return units == PF_UNITS_IMPERIAL ? value * PF_METRES_PER_IN : value / 100.0;
}

const char *
pf_units_height_symbol (PfUnitSystem units)
{
  /* "in" as every translation keeps it in the height's "%ld ft %ld in" below, which is where
   * a translator sees it. */
  if (units == PF_UNITS_IMPERIAL)
    return "in";
  /* Translators: abbreviation of centimetre */
  return C_("unit", "cm");
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

#define PF_LITRES_PER_FL_OZ 0.0295735295625   /* the US fluid ounce */

/* A number with @digits decimals and its symbol, separated by a space. */
static char *
with_symbol (double      value,
             guint       digits,
             const char *symbol)
{
  return g_strdup_printf ("%.*f %s", (int) digits, value, symbol);
}

/* Fluid ounces: whole ones, but one decimal under ten (a 100 mL sip is 3.4 fl oz). */
static char *
fluid_ounces (double      litres,
              const char *symbol)
{
  double ounces = litres / PF_LITRES_PER_FL_OZ;

  return with_symbol (ounces, fabs (ounces) < 10.0 ? 1 : 0, symbol);
}

/**
 * pf_format_quantity:
 * @kind: what @quantity measures (pf-quantity.h)
 * @digits: decimals in metric units; imperial units choose theirs by their size
 *
 * The one place a quantity of the core becomes text: every view, printout and CLI line
 * formats through here (through pf_units_expand() for the core's texts).
 */
char *
pf_format_quantity (PfUnitSystem   units,
                    PfQuantityKind kind,
                    double         quantity,
                    guint          digits)
{
  gboolean imperial = units == PF_UNITS_IMPERIAL;

  switch (kind)
    {
    case PF_QUANTITY_DISTANCE:
      return with_symbol (pf_units_distance_value (units, quantity), digits,
                          pf_units_distance_symbol (units));
    case PF_QUANTITY_ELEVATION:
      return with_symbol (pf_units_elevation_value (units, quantity), 0,
                          pf_units_elevation_symbol (units));
    case PF_QUANTITY_MASS:
      return with_symbol (pf_units_mass_value (units, quantity), digits,
                          pf_units_mass_symbol (units));
    case PF_QUANTITY_HEIGHT:
      if (imperial)
        {
          long inches = lround (pf_units_height_value (units, quantity));

          /* Translators: a body height in feet and inches, e.g. "5 ft 9 in" */
          return g_strdup_printf (C_("unit", "%ld ft %ld in"), inches / 12, inches % 12);
        }
      return with_symbol (pf_units_height_value (units, quantity), 0,
                          pf_units_height_symbol (units));
    case PF_QUANTITY_SMALL_VOLUME:
      /* Translators: abbreviations of millilitre and (US) fluid ounce */
      return imperial ? fluid_ounces (quantity, C_("unit", "fl oz"))
                      : with_symbol (quantity * 1000.0, 0, C_("unit", "mL"));
    case PF_QUANTITY_VOLUME:
      /* Translators: abbreviation of litre */
      return imperial ? fluid_ounces (quantity, C_("unit", "fl oz"))
                      : with_symbol (quantity, digits, C_("unit", "L"));
    case PF_QUANTITY_FLOW:
      /* Translators: litres and (US) fluid ounces an hour */
      return imperial ? fluid_ounces (quantity, C_("unit", "fl oz/h"))
                      : with_symbol (quantity, digits, C_("unit", "L/h"));
    case PF_QUANTITY_TEMPERATURE:
      {
        double value = pf_units_temperature_value (units, quantity);
        g_autofree char *text = with_symbol (fabs (value), digits,
                                             pf_units_temperature_symbol (units));

        /* A true minus sign below zero, as typographers and GNOME's HIG want; none for
         * what rounds to zero. */
        return value < 0.0 && g_ascii_strtod (text, NULL) != 0.0 ? g_strconcat ("−", text, NULL)
                                                                 : g_steal_pointer (&text);
      }
    case PF_QUANTITY_TEMPERATURE_DIFF:
      return with_symbol (imperial ? quantity * 9.0 / 5.0 : quantity, digits,
                          pf_units_temperature_symbol (units));
    case PF_QUANTITY_PACE:
      {
        g_autofree char *pace = pf_pace_format (quantity / 1000.0
                                                * pf_units_distance_unit_m (units));

        return g_strdup_printf ("%s /%s", pace, pf_units_distance_symbol (units));
      }
    case PF_QUANTITY_HADLEY:
      /* Hadley adds two temperatures in °F; in Celsius the same sum is (F − 64) / 1.8. */
      return imperial ? with_symbol (quantity, digits, "°F")
                      : with_symbol ((quantity - 64.0) / 1.8, digits, "°C");
    case PF_QUANTITY_N_KINDS:
    default:
      g_return_val_if_reached (g_strdup (""));
    }
}

static char *
format_cb (PfQuantityKind kind,
           double         quantity,
           guint          digits,
           gpointer       user_data)
{
  return pf_format_quantity (GPOINTER_TO_INT (user_data), kind, quantity, digits);
}

/**
 * pf_units_expand:
 * @text: (nullable): a text of the core's, which may hold quantities (pf-quantity.h)
 *
 * Returns: (transfer full) (nullable): @text in the runner's units
 */
char *
pf_units_expand (PfUnitSystem  units,
                 const char   *text)
{
  return pf_quantity_expand (text, format_cb, GINT_TO_POINTER (units));
}

/* For a field the runner types a fluid into (PF_QUANTITY_SMALL_VOLUME: mL or fl oz;
 * PF_QUANTITY_VOLUME: L or fl oz; PF_QUANTITY_FLOW: L/h or fl oz/h): litres (an hour) as the
 * number the field shows, the number typed back as litres, and the unit beside the field. */
double
pf_units_fluid_value (PfUnitSystem   units,
                      PfQuantityKind kind,
                      double         litres)
{
  if (units == PF_UNITS_IMPERIAL)
    return litres / PF_LITRES_PER_FL_OZ;
  return kind == PF_QUANTITY_SMALL_VOLUME ? litres * 1000.0 : litres;
}

double
pf_units_fluid_litres (PfUnitSystem   units,
                       PfQuantityKind kind,
                       double         value)
{
  if (units == PF_UNITS_IMPERIAL)
    return value * PF_LITRES_PER_FL_OZ;
  return kind == PF_QUANTITY_SMALL_VOLUME ? value / 1000.0 : value;
}

const char *
pf_units_fluid_symbol (PfUnitSystem   units,
                       PfQuantityKind kind)
{
  switch (kind)
    {
    case PF_QUANTITY_SMALL_VOLUME:
      return units == PF_UNITS_IMPERIAL ? C_("unit", "fl oz") : C_("unit", "mL");
    case PF_QUANTITY_VOLUME:
      return units == PF_UNITS_IMPERIAL ? C_("unit", "fl oz") : C_("unit", "L");
    case PF_QUANTITY_FLOW:
      return units == PF_UNITS_IMPERIAL ? C_("unit", "fl oz/h") : C_("unit", "L/h");
    default:
      g_return_val_if_reached ("");
    }
}
