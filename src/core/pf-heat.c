/* pf-heat.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-heat"

#include "config.h"

#include <math.h>

#include "pf-heat.h"

/* Magnus formula constants (Sonntag 1990 set): b = 17.62, c = 243.12 °C. */
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

/* Where the heat warning becomes a danger: above Hadley's line or at the ACSM's. */
gboolean
pf_heat_is_extreme (double hadley_sum_f,
                    double wbgt_c)
{
  return hadley_sum_f > PF_HADLEY_DANGER_F || wbgt_c >= PF_WBGT_DANGER_C;
}

/* Ely et al. (2007) and El Helou et al. (2012): the same weather costs slower finishers more
 * of their time than faster ones; neither gives a law. We scale with the square root of the
 * time spent racing (a 2:30 runner pays 85 %, a 4:45 runner 117 % of a 3:30 runner's cost),
 * bounded to the levels those studies covered. Acclimatised runners pay three quarters
 * (Racinais et al. 2015 for the direction; the share is ours, §10). */
double
pf_heat_runner_scale (double   marathon_equivalent_s,
                      gboolean acclimatised)
{
  double level = isfinite (marathon_equivalent_s) && marathon_equivalent_s > 0.0
                 ? CLAMP (marathon_equivalent_s / PF_HEAT_REFERENCE_MARATHON_S, 0.5, 2.0)
                 : 1.0;

  return sqrt (level) * (acclimatised ? PF_HEAT_ACCLIMATISED_SHARE : 1.0);
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

/* Mantzios et al. 2022 (3,891 runners, 754 marathons) give the pace slowdown against ~8–9 °C
 * at five temperature–humidity pairs: 20 °C/50 % 1.0 %, 25 °C/50 % 2.3 %, 30 °C/50 % 3.6 %,
 * 30 °C/70 % 5.4 %, 35 °C/70 % 7.9 %. Put through the shade WBGT above (8.5 °C/50 %: 10.9) they
 * fall on one rising line, which is interpolated here; past the last pair its slope goes on
 * up to Hadley's 10 % ceiling, where the danger warning takes over. Ely 2007 saw the same
 * progressive decline with WBGT. Returns a fraction, like pf_heat_slowdown. */
double
pf_heat_slowdown_mantzios (double temp_c,
                           double rh_pct)
{
  static const struct { double wbgt, percent; } points[] = {
    { 10.94, 0.0 }, { 19.86, 1.0 }, { 24.32, 2.3 }, { 29.26, 3.6 }, { 32.58, 5.4 }, { 39.20, 7.9 },
  };
  double wbgt = pf_wbgt_shade (temp_c, CLAMP (rh_pct, 0.0, 100.0));
  guint n = G_N_ELEMENTS (points);
  double slope;

  if (wbgt <= points[0].wbgt)
    return 0.0;

  for (guint i = 1; i < n; i++)
    {
      if (wbgt <= points[i].wbgt)
        {
          double t = (wbgt - points[i - 1].wbgt) / (points[i].wbgt - points[i - 1].wbgt);

          return (points[i - 1].percent + t * (points[i].percent - points[i - 1].percent)) / 100.0;
        }
    }

  slope = (points[n - 1].percent - points[n - 2].percent) / (points[n - 1].wbgt - points[n - 2].wbgt);
  return MIN (points[n - 1].percent + slope * (wbgt - points[n - 1].wbgt), 10.0) / 100.0;
}

double
pf_heat_model_slowdown (PfHeatModel model,
                        double      temp_c,
                        double      dew_point_c)
{
  switch (model)
    {
    case PF_HEAT_MODEL_MANTZIOS:
      return pf_heat_slowdown_mantzios (temp_c,
                                        pf_relative_humidity (temp_c, MIN (dew_point_c, temp_c)));
    case PF_HEAT_MODEL_HADLEY:
    default:
      return pf_heat_slowdown (temp_c, dew_point_c);
    }
}

static const char * const heat_model_names[] = { "hadley", "mantzios" };

const char *
pf_heat_model_to_string (PfHeatModel model)
{
  g_return_val_if_fail (model <= PF_HEAT_MODEL_LAST, "hadley");

  return heat_model_names[model];
}

gboolean
pf_heat_model_from_string (const char  *text,
                           PfHeatModel *model)
{
  for (guint i = 0; i < G_N_ELEMENTS (heat_model_names); i++)
    {
      if (g_strcmp0 (text, heat_model_names[i]) == 0)
        {
          *model = (PfHeatModel) i;
          return TRUE;
        }
    }

  return FALSE;
}
