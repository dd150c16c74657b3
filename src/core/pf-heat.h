/* pf-heat.h — humidity arithmetic and what heat costs a runner (Hadley 2013; Mantzios 2022)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Above this Hadley sum (°F) hard running is not recommended (Hadley 2013). */
#define PF_HADLEY_DANGER_F 180.0
/* From this shade WBGT (°C) on, the ACSM's highest risk category for races (Armstrong 2007). */
#define PF_WBGT_DANGER_C   28.0

/* How the weather of each hour becomes a slower pace (Hadley 2013; Mantzios 2022; Ely 2007). */
typedef enum
{
  PF_HEAT_MODEL_HADLEY,    /* temperature + dew point in °F, Hadley's bands */
  PF_HEAT_MODEL_MANTZIOS,  /* temperature and humidity, Mantzios 2022 through shade WBGT */
} PfHeatModel;

#define PF_HEAT_MODEL_DEFAULT PF_HEAT_MODEL_HADLEY
#define PF_HEAT_MODEL_LAST    PF_HEAT_MODEL_MANTZIOS

double pf_dew_point                    (double temp_c,
                                        double rh_pct);
double pf_relative_humidity            (double temp_c,
                                        double dew_point_c);
double pf_vapour_pressure_hpa          (double temp_c,
                                        double rh_pct);
gboolean pf_heat_is_extreme            (double hadley_sum_f,
                                        double wbgt_c);
double pf_wbgt_shade                   (double temp_c,
                                        double rh_pct);
double pf_hadley_sum_f                 (double temp_c,
                                        double dew_point_c);
double pf_heat_slowdown                (double temp_c,
                                        double dew_point_c);
double pf_heat_slowdown_mantzios       (double temp_c,
                                        double rh_pct);
/* The share of a heat model's cost that this runner pays: slower runners lose more in the
 * heat, acclimatised runners less (docs/science.md §3). 1 for an unacclimatised runner of
 * PF_HEAT_REFERENCE_MARATHON_S. */
#define PF_HEAT_REFERENCE_MARATHON_S (3.5 * 3600.0)
#define PF_HEAT_ACCLIMATISED_SHARE   0.75
double pf_heat_runner_scale            (double       marathon_equivalent_s,
                                        gboolean     acclimatised);
double pf_heat_model_slowdown          (PfHeatModel  model,
                                        double       temp_c,
                                        double       dew_point_c);
const char *pf_heat_model_to_string    (PfHeatModel  model);
gboolean    pf_heat_model_from_string  (const char  *text,
                                        PfHeatModel *model);

G_END_DECLS
