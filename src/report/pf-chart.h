/* pf-chart.h — the elevation profile, drawn the same way on screen, paper and PDF: the layout
 * of the plot, what lies under a point of it, and the drawing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "core/pf-plan.h"
#include "pf-chart-style.h"

G_BEGIN_DECLS

/* The plot area inside the widget or page, and the data ranges mapped onto it. */
typedef struct
{
  double x, y, width, height;     /* plot rectangle, device units */
  double distance_max_m;
  double ele_min_m, ele_max_m;
  gboolean has_pace;              /* the plan layers are drawn: the fields below are valid */
  double pace_min_s_per_m;        /* fastest pace on the axis, at the top … */
  double pace_max_s_per_m;        /* … slowest at the bottom: faster is higher */
  double strip_y, strip_height;   /* the temperature strip under the plot */
} PfProfileLayout;

/* The pace line is smoothed over this distance, so that 10 m wiggles of the profile do not
 * turn it into noise: the runner paces by the few hundred metres. */
#define PF_PROFILE_PACE_WINDOW_M 250.0

void   pf_profile_layout_compute          (PfProfileLayout       *layout,
                                           const PfPlan          *plan,
                                           const PfChartStyle    *style,
                                           double                 width,
                                           double                 height);
double pf_profile_layout_distance_at_x    (const PfProfileLayout *layout,
                                           double                 x);
double pf_profile_layout_x_at_distance    (const PfProfileLayout *layout,
                                           double                 distance_m);
double pf_profile_layout_y_at_elevation   (const PfProfileLayout *layout,
                                           double                 ele_m);
double pf_profile_layout_y_at_pace        (const PfProfileLayout *layout,
                                           double                 pace_s_per_m);
double pf_profile_pace_at                 (const PfPlan          *plan,
                                           double                 distance_m);
double pf_profile_temperature_at          (const PfPlan          *plan,
                                           double                 distance_m);
/* Draws the whole chart into (0, 0, width, height). @cursor_m is the hovered distance,
 * or a negative value for none. */
void   pf_draw_profile                    (cairo_t               *cr,
                                           const PfPlan          *plan,
                                           const PfChartStyle    *style,
                                           double                 width,
                                           double                 height,
                                           double                 cursor_m);
/* The same, with the stretch @from_m–@to_m highlighted (nothing when @to_m <= @from_m). */
void   pf_draw_profile_highlighted        (cairo_t               *cr,
                                           const PfPlan          *plan,
                                           const PfChartStyle    *style,
                                           double                 width,
                                           double                 height,
                                           double                 cursor_m,
                                           double                 from_m,
                                           double                 to_m);

G_END_DECLS
