/* pf-sweat.c
 *
 * Sweating exists to evaporate the heat that dry heat loss cannot remove (Gonzalez et al.
 * 2009; Cheuvront et al. 2023 forecast individual sweat loss from air temperature and running
 * energy expenditure with CCC 0.91). The heat balance below is the reference model of
 * docs/science.md §6, ISO 7933-style simplifications; its level differs between people,
 * which the field test calibrates.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-sweat"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pf-grade-model.h"
#include "pf-heat.h"
#include "pf-plan.h"
#include "pf-quantity.h"
#include "pf-sweat.h"

/* Latent heat of evaporation of sweat, J/g. */
#define LATENT_HEAT_J_PER_G 2430.0

/* Sweat loss (L/h) = (pre − post mass + fluid drunk − urine) / hours; 1 kg of sweat ≈ 1 L. */
double
pf_sweat_test_rate (const PfSweatTest *test)
{
  g_return_val_if_fail (test != NULL && test->minutes > 0.0, 0.0);

  return (test->pre_kg - test->post_kg + test->drank_l - test->urine_l) / (test->minutes / 60.0);
}

/* A test switched on but not filled in: no mass, no duration. */
gboolean
pf_sweat_test_is_empty (const PfSweatTest *test)
{
  g_return_val_if_fail (test != NULL, TRUE);

  return test->pre_kg == 0.0 && test->post_kg == 0.0 && test->minutes == 0.0
         && test->drank_l == 0.0 && test->urine_l == 0.0;
}

/* The model's rate (L/h) in the test's own conditions: on the flat, at its pace. */
double
pf_sweat_test_model_rate (const PfSweatTest *test,
                          double             mass_kg,
                          double             height_cm)
{
  g_return_val_if_fail (test != NULL && test->pace_s_per_km > 0.0, 0.0);

  return pf_sweat_model_rate (mass_kg, height_cm, 1000.0 / test->pace_s_per_km, 0.0,
                              test->temp_c, test->dew_point_c);
}

/* A field test carried to a stretch of the race where the model gives @model_rate (L/h),
 * the model giving @test_model_rate in the test's own conditions. Scaling the test by the
 * model's ratio (k × model, k = test / model at the test) reproduces the test in its own
 * conditions, but it also multiplies the extra heat of a hotter or faster race by k: a
 * runner who sweated 1.5 L/h where the model says 0.8 would sweat 3 L/h where it says 1.6.
 * What the heat balance justifies is the extra evaporation itself (model − model at the
 * test, in litres), so the transfer is at most the test's rate plus that (docs/science.md
 * §6). Cooler or slower than the test, the proportional scaling stands: it is the lower. */
double
pf_sweat_test_transfer (double test_rate,
                        double test_model_rate,
                        double model_rate)
{
  double scaled;

  g_return_val_if_fail (test_model_rate > 0.0, test_rate);

  scaled = test_rate / test_model_rate * model_rate;
  return MIN (scaled, test_rate + MAX (model_rate - test_model_rate, 0.0));
}

/* Refuses what cannot be a real test: nonsensical masses, negative volumes, a mass gain
 * with nothing drunk, a test too short to measure. */
gboolean
pf_sweat_test_check (const PfSweatTest  *test,
                     GError            **error)
{
  g_autofree char *problem = NULL;
  g_autofree char *low = NULL;
  g_autofree char *high = NULL;
  double rate;

  /* Each range is said in the runner's units: its two ends are quantities. */
  if (!(test->pre_kg >= 30.0 && test->pre_kg <= 250.0)
      || !(test->post_kg >= 30.0 && test->post_kg <= 250.0))
    {
      low = pf_quantity (PF_QUANTITY_MASS, 30.0, 0);
      high = pf_quantity (PF_QUANTITY_MASS, 250.0, 0);
      /* Translators: both %s are masses, "30 kg" and "250 kg" */
      problem = g_strdup_printf (_("the sweat test’s body masses must be between %s and %s"),
                                 low, high);
    }
  else if (!(test->drank_l >= 0.0 && test->drank_l <= 10.0)
           || !(test->urine_l >= 0.0 && test->urine_l <= 5.0))
    {
      low = pf_quantity (PF_QUANTITY_VOLUME, 0.0, 0);
      high = pf_quantity (PF_QUANTITY_VOLUME, 10.0, 0);
      /* Translators: both %s are volumes, "0 L" and "10 L" */
      problem = g_strdup_printf (_("the sweat test’s volumes must be between %s and %s"),
                                 low, high);
    }
  else if (!(test->minutes >= 20.0 && test->minutes <= 600.0))
    problem = g_strdup (_("a sweat test must last between 20 minutes and 10 hours"));
  else if (!(test->pace_s_per_km >= 120.0 && test->pace_s_per_km <= 1200.0))
    {
      low = pf_quantity (PF_QUANTITY_PACE, 120.0, 0);
      high = pf_quantity (PF_QUANTITY_PACE, 1200.0, 0);
      /* Translators: both %s are paces, "2:00 /km" and "20:00 /km" */
      problem = g_strdup_printf (_("the sweat test’s pace must be between %s and %s"),
                                 low, high);
    }
  else if (!(test->temp_c >= -30.0 && test->temp_c <= 50.0) || !isfinite (test->dew_point_c))
    {
      low = pf_quantity (PF_QUANTITY_TEMPERATURE, -30.0, 0);
      high = pf_quantity (PF_QUANTITY_TEMPERATURE, 50.0, 0);
      /* Translators: both %s are temperatures, "-30 °C" and "50 °C" */
      problem = g_strdup_printf (_("the sweat test’s temperature must be between %s and %s"),
                                 low, high);
    }
  else if ((rate = pf_sweat_test_rate (test)) <= 0.0)
    problem = g_strdup (_("the sweat test shows no loss: the mass after cannot exceed the mass before plus what was drunk"));
  else if (rate > 5.8)
    {
      high = pf_quantity (PF_QUANTITY_FLOW, 5.8, 1);
      /* Translators: %s is a sweat rate, "5.8 L/h" */
      problem = g_strdup_printf (_("the sweat test gives more than %s, beyond any measured runner: check the masses"),
                                 high);
    }

  if (problem != NULL)
    {
      g_set_error_literal (error, PF_PLAN_ERROR, PF_PLAN_ERROR_INVALID, problem);
      return FALSE;
    }

  return TRUE;
}

/* Saturated vapour pressure, kPa. */
static double
saturation_kpa (double temp_c)
{
  return 0.6105 * exp (17.27 * temp_c / (237.7 + temp_c));
}

/* The uncalibrated sweat rate (L/h) of a runner of this size at this speed and grade in this
 * weather, from the heat the body must lose by evaporation. */
/* DuBois body surface area (m²). */
double
pf_body_surface_area (double mass_kg,
                      double height_cm)
{
  return 0.007184 * pow (mass_kg, 0.425) * pow (height_cm, 0.725);
}

double
pf_sweat_model_rate (double mass_kg,
                     double height_cm,
                     double speed_m_per_s,
                     double grade,
                     double temp_c,
                     double dew_point_c)
{
  return pf_sweat_model_rate_bsa (mass_kg, pf_body_surface_area (mass_kg, height_cm),
                                  speed_m_per_s, grade, temp_c, dew_point_c);
}

/* As pf_sweat_model_rate, with the body surface area worked out once per runner. */
double
pf_sweat_model_rate_bsa (double mass_kg,
                         double bsa,
                         double speed_m_per_s,
                         double grade,
                         double temp_c,
                         double dew_point_c)
{
  double v = MAX (speed_m_per_s, 0.5);
  /* Metabolic rate (W): Minetti's cost of running (J/kg/m) times speed, plus resting. */
  double m = mass_kg * (pf_minetti_cost (grade) * v + 1.2);
  /* The vapour pressure is the saturation pressure at the dew point. */
  double pa = saturation_kpa (MIN (dew_point_c, temp_c));
  double e_res = 0.0014 * m * (34.0 - temp_c) + 0.0173 * m * (5.87 - pa);
  double t_skin = MIN (35.5, 32.5 + 0.1 * temp_c);
  double hc = 8.3 * sqrt (v), hr = 4.7;
  double dry = bsa * (t_skin - temp_c) / (0.03 + 1.0 / (hc + hr));
  double e_req = MAX (m - dry - e_res, 0.25 * m);
  double e_max = bsa * (saturation_kpa (t_skin) - pa) / (0.0025 + 1.0 / (16.5 * hc));
  double wettedness = e_max > 0.0 ? MIN (e_req / e_max, 1.0) : 1.0;
  double efficiency = MAX (0.5, 1.0 - wettedness * wettedness / 2.0);

  return e_req / (LATENT_HEAT_J_PER_G * efficiency) * 3.6;
}

/* The model's rate at the reference conditions of the population norm: 20 °C, dew point
 * 10 °C, 11 km/h on the flat. */
double
pf_sweat_reference_rate (double mass_kg,
                         double height_cm)
{
  return pf_sweat_model_rate (mass_kg, height_cm, 11.0 / 3.6, 0.0, 20.0, 10.0);
}

/* ---- sweat sodium ------------------------------------------------------------------- */

static const struct
{
  const char *name;      /* as pacefuel-cli --sweat-sodium-band takes it */
  double      mg_per_l;
} sodium_bands[PF_N_SODIUM_BANDS] = {
  [PF_SODIUM_BAND_LOW]     = { "low",     PF_SWEAT_SODIUM_LOW },
  [PF_SODIUM_BAND_TYPICAL] = { "typical", PF_SWEAT_SODIUM_TYPICAL },
  [PF_SODIUM_BAND_SALTY]   = { "salty",   PF_SWEAT_SODIUM_SALTY },
};

gboolean
pf_sweat_sodium_is_salty (double mg_per_l)
{
  return mg_per_l > PF_SWEAT_SODIUM_SALTY_THRESHOLD;
}

double
pf_sodium_band_get_mg_per_l (PfSodiumBand band)
{
  g_return_val_if_fail (band < PF_N_SODIUM_BANDS, PF_SWEAT_SODIUM_TYPICAL);

  return sodium_bands[band].mg_per_l;
}

/* "low", "typical" or "salty": not translated, a word of the command line. */
const char *
pf_sodium_band_to_string (PfSodiumBand band)
{
  g_return_val_if_fail (band < PF_N_SODIUM_BANDS, NULL);

  return sodium_bands[band].name;
}

gboolean
pf_sodium_band_from_string (const char   *text,
                            PfSodiumBand *band)
{
  g_return_val_if_fail (band != NULL, FALSE);

  for (guint i = 0; text != NULL && i < PF_N_SODIUM_BANDS; i++)
    if (g_str_equal (text, sodium_bands[i].name))
      {
        *band = i;
        return TRUE;
      }
  return FALSE;
}

/* The band @mg_per_l stands for (within half a milligram: a value saved from a band), or
 * FALSE for a value of its own, as a sweat test measures. */
gboolean
pf_sodium_band_find (double        mg_per_l,
                     PfSodiumBand *band)
{
  g_return_val_if_fail (band != NULL, FALSE);

  for (guint i = 0; i < PF_N_SODIUM_BANDS; i++)
    if (fabs (sodium_bands[i].mg_per_l - mg_per_l) < 0.5)
      {
        *band = i;
        return TRUE;
      }
  return FALSE;
}
