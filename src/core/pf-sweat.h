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

G_END_DECLS
