/* pf-heat.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-heat"

#include "config.h"

#include <math.h>

#include "pf-heat.h"

/* Magnus formula constants (Sonntag 1990 set, as in DOMAIN.md §4): b = 17.62, c = 243.12 °C. */
#define MAGNUS_B 17.62
#define MAGNUS_C 243.12

double
pf_dew_point (double temp_c,
              double rh_pct)
{
  double rh = CLAMP (rh_pct, 0.1, 100.0);
  double gamma = log (rh / 100.0) + MAGNUS_B * temp_c / (MAGNUS_C + temp_c);

  return MAGNUS_C * gamma / (MAGNUS_B - gamma);
}

double
pf_relative_humidity (double temp_c,
                      double dew_point_c)
{
  double td = MIN (dew_point_c, temp_c);
  double rh = 100.0 * exp (MAGNUS_B * td / (MAGNUS_C + td) - MAGNUS_B * temp_c / (MAGNUS_C + temp_c));

  return CLAMP (rh, 0.0, 100.0);
}

double
pf_vapour_pressure_hpa (double temp_c,
                        double rh_pct)
{
  return rh_pct / 100.0 * 6.105 * exp (17.27 * temp_c / (237.7 + temp_c));
}

/* Australian Bureau of Meteorology's approximation of WBGT in the shade. */
double
pf_wbgt_shade (double temp_c,
               double rh_pct)
{
  return 0.567 * temp_c + 0.393 * pf_vapour_pressure_hpa (temp_c, rh_pct) + 3.94;
}

static double
c_to_f (double c)
{
  return c * 9.0 / 5.0 + 32.0;
}

double
pf_hadley_sum_f (double temp_c,
                 double dew_point_c)
{
  return c_to_f (temp_c) + c_to_f (MIN (dew_point_c, temp_c));
}

/* Hadley's temperature + dew point rule (both °F, summed), its bands interpolated linearly
 * between their midpoints: ≤ 100 costs nothing, 180 costs 10 % — beyond that hard running
 * is not recommended and the cost is held at 10 % (a warning says so). Returns the pace
 * slowdown as a fraction (0.025 = 2.5 % slower). */
double
pf_heat_slowdown (double temp_c,
                  double dew_point_c)
{
  static const struct { double sum_f, percent; } bands[] = {
    { 100, 0.0 }, { 105, 0.25 }, { 115, 0.75 }, { 125, 1.5 }, { 135, 2.5 }, { 145, 3.75 },
    { 155, 5.25 }, { 165, 7.0 }, { 175, 9.0 }, { 180, 10.0 },
  };
  double sum = pf_hadley_sum_f (temp_c, dew_point_c);
  guint n = G_N_ELEMENTS (bands);

  if (sum <= bands[0].sum_f)
    return 0.0;

  for (guint i = 1; i < n; i++)
    {
      if (sum <= bands[i].sum_f)
        {
          double t = (sum - bands[i - 1].sum_f) / (bands[i].sum_f - bands[i - 1].sum_f);

          return (bands[i - 1].percent + t * (bands[i].percent - bands[i - 1].percent)) / 100.0;
        }
    }

  return bands[n - 1].percent / 100.0;
}
