/* pf-sweat.h — how much a runner sweats, from heat balance, calibrated by a field test
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Rails on any predicted race sweat rate (Baker 2016 range 0.26–5.73 L/h; docs/science.md §6). */
#define PF_SWEAT_MIN_L_PER_H 0.3
#define PF_SWEAT_MAX_L_PER_H 3.5
/* The population norm (Baker 2016, n = 506): 15 mL·kg⁻¹·h⁻¹ at the reference conditions. */
#define PF_SWEAT_NORM_ML_PER_KG_H 15.0
/* 1 mmol of sodium weighs 22.99 mg. */
#define PF_SODIUM_MG_PER_MMOL 22.99

/* Sweat sodium as the questionnaire asks it ("white salt marks on kit" → salty), in the order
 * it offers them; pf_sodium_band_get_mg_per_l () says what each stands for. */
typedef enum
{
  PF_SODIUM_BAND_LOW,
  PF_SODIUM_BAND_TYPICAL,
  PF_SODIUM_BAND_SALTY,
  PF_N_SODIUM_BANDS
} PfSodiumBand;

/* What each band stands for, mg/L. */
#define PF_SWEAT_SODIUM_LOW     500.0
#define PF_SWEAT_SODIUM_TYPICAL 900.0
#define PF_SWEAT_SODIUM_SALTY  1400.0
/* Sweat saltier than this (mg/L) is salty: the drink carries more sodium, capsules join the
 * schedule of long races and the heat warns about sodium (pf_sweat_sodium_is_salty). The
 * salty band lies above it, the typical one below. */
#define PF_SWEAT_SODIUM_SALTY_THRESHOLD 1200.0

/* A sweat test run by the runner: weigh, run, weigh again. */
typedef struct
{
  double pre_kg;
  double post_kg;
  double drank_l;
  double urine_l;
  double minutes;
  double temp_c;
  double dew_point_c;
  double pace_s_per_km;
} PfSweatTest;

double   pf_sweat_test_rate        (const PfSweatTest *test);
gboolean pf_sweat_test_is_empty    (const PfSweatTest *test);
double   pf_sweat_test_model_rate  (const PfSweatTest *test,
                                    double             mass_kg,
                                    double             height_cm);
double   pf_sweat_test_transfer    (double             test_rate,
                                    double             test_model_rate,
                                    double             model_rate);
gboolean pf_sweat_test_check       (const PfSweatTest *test,
                                    GError           **error);
double   pf_sweat_model_rate       (double             mass_kg,
                                    double             height_cm,
                                    double             speed_m_per_s,
                                    double             grade,
                                    double             temp_c,
                                    double             dew_point_c);
double   pf_sweat_model_rate_bsa   (double             mass_kg,
                                    double             bsa_m2,
                                    double             speed_m_per_s,
                                    double             grade,
                                    double             temp_c,
                                    double             dew_point_c);
double   pf_body_surface_area      (double             mass_kg,
                                    double             height_cm);
double   pf_sweat_reference_rate   (double             mass_kg,
                                    double             height_cm);

gboolean    pf_sweat_sodium_is_salty     (double        mg_per_l);
double      pf_sodium_band_get_mg_per_l  (PfSodiumBand  band);
const char *pf_sodium_band_to_string     (PfSodiumBand  band);
gboolean    pf_sodium_band_from_string   (const char   *text,
                                          PfSodiumBand *band);
gboolean    pf_sodium_band_find          (double        mg_per_l,
                                          PfSodiumBand *band);

G_END_DECLS
