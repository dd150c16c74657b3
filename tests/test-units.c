/* test-units.c — the core's quantities, formatted in the runner's units in one place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "core/pf-quantity.h"
#include "report/pf-units.h"

/* @kind at @value, expanded in both unit systems. */
static void
assert_quantity (PfQuantityKind kind,
                 double         value,
                 guint          digits,
                 const char    *metric,
                 const char    *imperial)
{
  g_autofree char *marker = pf_quantity (kind, value, digits);
  g_autofree char *text = g_strdup_printf ("at %s, then", marker);
  g_autofree char *m = pf_units_expand (PF_UNITS_METRIC, text);
  g_autofree char *i = pf_units_expand (PF_UNITS_IMPERIAL, text);
  g_autofree char *want_m = g_strdup_printf ("at %s, then", metric);
  g_autofree char *want_i = g_strdup_printf ("at %s, then", imperial);

  g_assert_true (pf_quantity_in (text));
  g_assert_cmpstr (m, ==, want_m);
  g_assert_cmpstr (i, ==, want_i);
  g_assert_false (pf_quantity_in (m));
  g_assert_false (pf_quantity_in (i));
}

static void
test_kinds (void)
{
  assert_quantity (PF_QUANTITY_DISTANCE, 21097.5, 1, "21.1 km", "13.1 mi");
  assert_quantity (PF_QUANTITY_ELEVATION, 748.0, 0, "748 m", "2454 ft");
  assert_quantity (PF_QUANTITY_MASS, 4.9, 1, "4.9 kg", "10.8 lb");
  assert_quantity (PF_QUANTITY_HEIGHT, 1.75, 0, "175 cm", "5 ft 9 in");
  assert_quantity (PF_QUANTITY_SMALL_VOLUME, 0.5, 0, "500 mL", "17 fl oz");
  assert_quantity (PF_QUANTITY_SMALL_VOLUME, 0.1, 0, "100 mL", "3.4 fl oz");
  assert_quantity (PF_QUANTITY_VOLUME, 2.7, 1, "2.7 L", "91 fl oz");
  assert_quantity (PF_QUANTITY_FLOW, 0.8, 1, "0.8 L/h", "27 fl oz/h");
  assert_quantity (PF_QUANTITY_TEMPERATURE, 27.0, 0, "27 °C", "81 °F");
  assert_quantity (PF_QUANTITY_TEMPERATURE, -5.0, 0, "−5 °C", "23 °F");
  assert_quantity (PF_QUANTITY_TEMPERATURE, -20.0, 0, "−20 °C", "−4 °F");
  assert_quantity (PF_QUANTITY_TEMPERATURE, -0.2, 0, "0 °C", "32 °F");
  assert_quantity (PF_QUANTITY_TEMPERATURE_DIFF, 10.0, 0, "10 °C", "18 °F");
  assert_quantity (PF_QUANTITY_PACE, 298.0, 0, "4:58 /km", "8:00 /mi");
  assert_quantity (PF_QUANTITY_PACE, 300.0, 0, "5:00 /km", "8:03 /mi");
  /* Hadley's sum: 27 °C and a dew point of 20 °C are 80.6 + 68 = 148.6 °F, or 47 °C. */
  assert_quantity (PF_QUANTITY_HADLEY, 148.6, 0, "47 °C", "149 °F");
}

/* Several quantities, text around them kept byte for byte; anything that only looks like a
 * marker is left alone, never read past its end. */
static void
test_expand (void)
{
  g_autofree char *a = pf_quantity (PF_QUANTITY_DISTANCE, 5000.0, 1);
  g_autofree char *b = pf_quantity (PF_QUANTITY_ELEVATION, 100.0, 0);
  g_autofree char *text = g_strdup_printf ("«%s» – %s%s.", a, b, a);
  g_autofree char *metric = pf_units_expand (PF_UNITS_METRIC, text);
  const char *broken[] = {
    "\xee\x80\x80", "x\xee\x80\x80" "d1:5", "\xee\x80\x80" "z1:5\xee\x80\x81",
    "\xee\x80\x80" "d1:abc\xee\x80\x81", "\xee\x80\x80" "d:5\xee\x80\x81",
    "\xee\x80\x80\xee\x80\x81", "\xee\x80\x80" "d1:\xee\x80\x81",
  };

  g_assert_cmpstr (metric, ==, "«5.0 km» – 100 m5.0 km.");
  g_assert_null (pf_units_expand (PF_UNITS_METRIC, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (broken); i++)
    {
      g_autofree char *kept = pf_units_expand (PF_UNITS_IMPERIAL, broken[i]);

      g_assert_cmpstr (kept, ==, broken[i]);
    }
}

/* What a field shows and reads back (body mass, height, temperature) and the unit beside it:
 * the same conversion and the same symbol as the formatted text. */
static void
test_fields (void)
{
  static const PfUnitSystem systems[] = { PF_UNITS_METRIC, PF_UNITS_IMPERIAL };

  g_assert_cmpfloat_with_epsilon (pf_units_mass_value (PF_UNITS_IMPERIAL, 70.0), 154.32, 0.01);
  g_assert_cmpfloat_with_epsilon (pf_units_mass_value (PF_UNITS_METRIC, 70.0), 70.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (pf_units_height_value (PF_UNITS_IMPERIAL, 1.75), 68.90, 0.01);
  g_assert_cmpfloat_with_epsilon (pf_units_height_value (PF_UNITS_METRIC, 1.75), 175.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (pf_units_temperature_celsius (PF_UNITS_IMPERIAL, 50.0), 10.0,
                                  1e-9);
  g_assert_cmpstr (pf_units_mass_symbol (PF_UNITS_METRIC), ==, "kg");
  g_assert_cmpstr (pf_units_mass_symbol (PF_UNITS_IMPERIAL), ==, "lb");
  g_assert_cmpstr (pf_units_height_symbol (PF_UNITS_METRIC), ==, "cm");
  g_assert_cmpstr (pf_units_height_symbol (PF_UNITS_IMPERIAL), ==, "in");
  g_assert_cmpstr (pf_units_pace_symbol (PF_UNITS_METRIC), ==, "/km");
  g_assert_cmpstr (pf_units_pace_symbol (PF_UNITS_IMPERIAL), ==, "/mi");

  for (guint i = 0; i < G_N_ELEMENTS (systems); i++)
    {
      PfUnitSystem units = systems[i];
      g_autofree char *mass = pf_format_quantity (units, PF_QUANTITY_MASS, 70.0, 1);
      g_autofree char *pace = pf_format_quantity (units, PF_QUANTITY_PACE, 300.0, 0);
      double shown_temp = pf_units_temperature_value (units, 21.5);

      g_assert_cmpfloat_with_epsilon (pf_units_mass_kg (units, pf_units_mass_value (units, 70.0)),
                                      70.0, 1e-9);
      g_assert_cmpfloat_with_epsilon (pf_units_height_metres (units,
                                                              pf_units_height_value (units, 1.75)),
                                      1.75, 1e-9);
      g_assert_cmpfloat_with_epsilon (pf_units_temperature_celsius (units, shown_temp), 21.5, 1e-9);
      g_assert_true (g_str_has_suffix (mass, pf_units_mass_symbol (units)));
      g_assert_true (g_str_has_suffix (pace, pf_units_pace_symbol (units)));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/units/quantity-kinds", test_kinds);
  g_test_add_func ("/units/expand", test_expand);
  g_test_add_func ("/units/fields", test_fields);

  return g_test_run ();
}
