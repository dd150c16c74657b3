/* pf-chart-hit.c — what lies under a point of the elevation profile: the distance under an
 * x, and the pace and temperature the plan has there (the widget's hover and tooltip)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-chart"

#include "config.h"

#include "pf-chart-private.h"

#include <math.h>

double
pf_profile_layout_distance_at_x (const PfProfileLayout *layout,
                                 double                 x)
{
  double fraction = (x - layout->x) / layout->width;

  return CLAMP (fraction, 0.0, 1.0) * layout->distance_max_m;
}

/* Seconds per metre around @distance_m, averaged over PF_PROFILE_PACE_WINDOW_M (less at the
 * ends of the course), read from the plan's own timeline. */
double
pf_profile_pace_at (const PfPlan *plan,
                    double        distance_m)
{
  guint n;
  double total, a, b;
  const PfSegment *seg;

  g_return_val_if_fail (plan != NULL, 0.0);

  n = pf_plan_get_n_segments (plan);
  if (n == 0)
    return pf_plan_get_flat_pace (plan);

  total = pf_plan_get_segments (plan)[n - 1].end_m;
  a = CLAMP (distance_m - PF_PROFILE_PACE_WINDOW_M / 2, 0.0, total);
  b = CLAMP (distance_m + PF_PROFILE_PACE_WINDOW_M / 2, 0.0, total);
  if (b - a >= 1.0)
    return (pf_plan_elapsed_at (plan, b) - pf_plan_elapsed_at (plan, a)) / (b - a);

  seg = pf_plan_segment_at (plan, distance_m);
  return seg->time_s / MAX (seg->end_m - seg->start_m, 1e-6);
}

/* The air temperature the plan expects when the runner passes @distance_m; NAN without a
 * timeline. */
double
pf_profile_temperature_at (const PfPlan *plan,
                           double        distance_m)
{
  const PfSegment *seg;

  g_return_val_if_fail (plan != NULL, NAN);

  seg = pf_plan_segment_at (plan, distance_m);
  return seg != NULL ? seg->temp_c : NAN;
}
