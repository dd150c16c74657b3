/* pf-profile-filter.h — filters over an evenly sampled elevation profile
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* @in and @out of the median and the moving average are distinct arrays of @n values. */
void pf_filter_median          (const double *in,
                                double       *out,
                                gsize         n,
                                gsize         half_window);
void pf_filter_moving_average  (const double *in,
                                double       *out,
                                gsize         n,
                                gsize         half_window);
double pf_filter_select_median (double       *values,
                                gsize         n);
void pf_filter_climb           (const double *ele,
                                gsize         n,
                                double        hysteresis,
                                double       *ascent,
                                double       *descent);

G_END_DECLS
