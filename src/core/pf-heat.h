/* pf-heat.h — humidity arithmetic and what heat costs a runner (DOMAIN.md §4)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Above this Hadley sum (°F) hard running is not recommended. */
#define PF_HADLEY_DANGER_F 180.0

double pf_dew_point                    (double temp_c,
                                        double rh_pct);
double pf_relative_humidity            (double temp_c,
                                        double dew_point_c);
double pf_vapour_pressure_hpa          (double temp_c,
                                        double rh_pct);
double pf_wbgt_shade                   (double temp_c,
                                        double rh_pct);
double pf_hadley_sum_f                 (double temp_c,
                                        double dew_point_c);
double pf_heat_slowdown                (double temp_c,
                                        double dew_point_c);

G_END_DECLS
