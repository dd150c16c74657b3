/* pf-fade.h — how a runner's pace drifts over a race run by feel, by level (Boston 2013 splits)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Fitted on the Boston Marathon 2013 official splits with the course's own effect divided out
 * (pf-fade.c says exactly how; docs/validation.md shows how well it predicts held-out rows and
 * Boston 2014). The level is the runner's marathon-equivalent finish (Riegel 1981). Only
 * marathons were measured: a shorter race fades in proportion to its length (an assumption),
 * a longer one keeps the marathon's fade spread over its whole distance, never more.
 *
 * The shape of a race run by feel, relative to the runner's own average pace:
 * factor(x) = 1 + linear·(x − ½) + quadratic·((x − ½)² − 1/12), x the fraction of the distance.
 * Both terms have a mean of zero over 0..1, so the shape never changes the finish time. */
typedef struct
{
  double linear;     /* how much slower the end is than the start, as a fraction of the pace */
  double quadratic;  /* > 0: both ends slower than the middle */
} PfFade;

/* The marathon finishes (hours) the fit covers, the middles of its first and last 10-minute
 * bands (2:35 and 3:55): slower or faster levels get the fade of the nearest end. */
#define PF_FADE_MIN_HOURS (155.0 / 60.0)
#define PF_FADE_MAX_HOURS (235.0 / 60.0)

void   pf_fade_for_level (double        finish_s,
                          double        distance_m,
                          PfFade       *fade);
double pf_fade_factor    (const PfFade *fade,
                          double        fraction);
double pf_fade_mean_over (const PfFade *fade,
                          double        from,
                          double        to);

G_END_DECLS
