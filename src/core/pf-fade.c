/* pf-fade.c — how a runner's pace drifts over a race run by feel, by level
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-fade"

#include "config.h"

#include <math.h>

#include "pf-fade.h"

#define MARATHON_M 42195.0
/* Riegel 1981's exponent: T2 = T1 (D2 / D1)^1.06, to place any race on the marathon's scale. */
#define LEVEL_EXPONENT 1.06

/* How real marathoners' pace drifts, once the course's own hills are divided out. Fitted on the
 * Boston Marathon 2013 official splits (../shared/data/races/boston-2013-splits.csv, from
 * llimllib/bostonmarathon @ f49b449, MIT), the EVEN data rows only (the 2nd, 4th, … after the
 * header; the odd rows are held out for the validation suite), aggregated into 10-minute bands
 * of finish time in tests/data/races/boston-2013-bands.csv. For each band from 2:30 to 4:00
 * with at least 50 finishers: the band's mean segment-pace ratios (segment pace / the
 * finisher's own average) at the nine official splits, divided by those of the even-effort
 * plan for the band's middle on boston.gpx (goal mode, 10 °C, dew point 3 °C: no heat cost),
 * least squares of factor − 1 over the segments; then linear and quadratic each a straight
 * line in the band's middle in hours, every band weighing the same. Recomputed by
 *   _build/tests/validation/pf-validate fit tests/data/races/boston-2013-bands.csv \
 *     ../shared/data/courses/boston.gpx
 * (build-aux/dev validate prints the same and docs/validation.md shows the result; the
 * validation suite fails when these constants and the refit differ by more than 0.002). A 3:00
 * runner ends about 8.6 % (of their average pace) slower than they start; each hour slower
 * adds 8.8 points. */
#define FADE_LINEAR_AT_3H        0.0862
#define FADE_LINEAR_PER_HOUR     0.0877
#define FADE_QUADRATIC_AT_3H     0.2363
#define FADE_QUADRATIC_PER_HOUR -0.0213

void
pf_fade_for_level (double  finish_s,
                   double  distance_m,
                   PfFade *fade)
{
  double hours, scale = 1.0;

  g_return_if_fail (fade != NULL);

  fade->linear = 0.0;
  fade->quadratic = 0.0;
  if (!(finish_s > 0.0) || !(distance_m > 0.0) || !isfinite (finish_s) || !isfinite (distance_m))
    return;

  /* The level is the marathon this runner would run (Riegel 1981), so a 10K and an ultra
   * runner are placed on the marathon's scale; outside the levels the data covers, the nearest
   * covered level's fade. */
  hours = finish_s * pow (MARATHON_M / distance_m, LEVEL_EXPONENT) / 3600.0;
  hours = CLAMP (hours, PF_FADE_MIN_HOURS, PF_FADE_MAX_HOURS);

  /* Only marathons were measured. Shorter races are assumed to fade in proportion to their
   * length (ours, no data); longer ones keep the marathon's fade over their whole distance,
   * so the shape never grows without bound. */
  if (distance_m < MARATHON_M)
    scale = distance_m / MARATHON_M;

  fade->linear = scale * (FADE_LINEAR_AT_3H + FADE_LINEAR_PER_HOUR * (hours - 3.0));
  fade->quadratic = scale * (FADE_QUADRATIC_AT_3H + FADE_QUADRATIC_PER_HOUR * (hours - 3.0));
}

double
pf_fade_factor (const PfFade *fade,
                double        fraction)
{
  double x;

  g_return_val_if_fail (fade != NULL, 1.0);

  x = CLAMP (fraction, 0.0, 1.0) - 0.5;
  return 1.0 + fade->linear * x + fade->quadratic * (x * x - 1.0 / 12.0);
}

/* The mean of pf_fade_factor over [@from, @to] (fractions of the distance), exactly: what a
 * split between them costs relative to the runner's average pace. */
double
pf_fade_mean_over (const PfFade *fade,
                   double        from,
                   double        to)
{
  double a, b;

  g_return_val_if_fail (fade != NULL, 1.0);

  a = CLAMP (from, 0.0, 1.0) - 0.5;
  b = CLAMP (to, 0.0, 1.0) - 0.5;
  if (fabs (b - a) < 1e-12)
    return pf_fade_factor (fade, from);

  return 1.0 + fade->linear * (a + b) / 2.0
         + fade->quadratic * ((b * b * b - a * a * a) / (3.0 * (b - a)) - 1.0 / 12.0);
}
