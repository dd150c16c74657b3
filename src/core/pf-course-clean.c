/* pf-course-clean.c — the elevation profile cleaned: spikes out, smoothed along
 * distance as widely as the source's noise asks, unsettled ends of a noisy recording removed,
 * grades clamped to what runners can run, and the climb counted with a dead band
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-course"

#include "config.h"

#include <math.h>

#include "pf-big-array.h"
#include "pf-course-private.h"
#include "pf-profile-filter.h"

/* Grades steeper than this are GPS artefacts, not running surfaces (Minetti 2002: ±45 %). */
#define MAX_GRADE 0.45
/* Noise scores (see estimate_noise) between which cleaning widens, and how far. */
#define NOISE_REFERENCE_WINDOW_M 250.0
#define NOISE_CLEAN            0.20
#define NOISE_NOISY            0.36
#define NOISY_SMOOTH_WINDOW_M  800.0
#define NOISY_HYSTERESIS_M     15.0
/* How far from each end of a noisy recording an excursion is looked for (see edge_excursion). */
#define EDGE_ZONE_M            2000.0

static gsize
half_window (double window_m,
             double step_m)
{
  return (gsize) MAX (0.0, round (window_m / step_m / 2.0));
}

/* Two passes of a box filter make a triangular kernel: smooth without corners. */
static void
smooth (const double *despiked,
        double       *out,
        double       *scratch,
        gsize         n,
        double        smooth_window_m,
        double        step)
{
  gsize h = half_window (smooth_window_m / 2.0, step);

  pf_filter_moving_average (despiked, scratch, n, h);
  pf_filter_moving_average (scratch, out, n, h);
}

/* How noisy the source's elevation is, from 0 (a terrain model, a course planner) to 1 (a
 * watch's GPS or barometric altitude, which wanders by tens of metres). Smoothing leaves a
 * residual |raw − smoothed| on any profile; real terrain leaves one in proportion to its
 * steepness, noise leaves one whatever the grade. So the median residual is compared with
 * what the median grade explains. Calibrated on ../shared/data: course exports and trail
 * planners score 0–0.16, the same Twin Cities run scores 0.23 with terrain-corrected and
 * 0.36 with raw altitude; cleaning widens from 0.20 on, fully at 0.36. */
static double
estimate_noise (const double         *smoothed,
                const PfCourseSample *samples,
                gsize                 n,
                gsize                 grade_h,
                double               *work)
{
  double residual, grade;

  /* One work array serves both medians, one after the other. */
  for (gsize i = 0; i < n; i++)
    work[i] = fabs (samples[i].ele_raw - smoothed[i]);
  residual = pf_filter_select_median (work, n);

  for (gsize i = 0; i < n; i++)
    {
      gsize lo = i >= grade_h ? i - grade_h : 0;
      gsize hi = MIN (n - 1, i + grade_h);
      double run = samples[hi].distance_m - samples[lo].distance_m;

      work[i] = run > 0.0 ? fabs (smoothed[hi] - smoothed[lo]) / run : 0.0;
    }
  grade = pf_filter_select_median (work, n);

  return CLAMP ((residual / (100.0 * grade + 0.3) - NOISE_CLEAN) / (NOISE_NOISY - NOISE_CLEAN),
                0.0, 1.0);
}

/* An altitude excursion at the very start or finish of a watch's recording, which the running
 * median cannot see: it is hundreds of metres wide, where the median only removes spikes
 * narrower than half its window. The receiver's altitude is least settled in the first and
 * last minutes (the Twin Cities raw file climbs 96 m in 370 m from the start line and comes
 * back: 259 → 355 → 262 m, on flat streets). Such an excursion is recognised by two things
 * that real terrain cannot do together: it leaves the level of its end of the profile by
 * more than the dead band and comes back within @zone_n samples, and on the way it is
 * steeper than any running surface (MAX_GRADE over the grade base) somewhere. It is then
 * replaced by the straight line from the end to the foot of the flank that came back. A real
 * hill at the start keeps its place: its grades are possible, or it does not come back.
 * Works from the start, or from the finish backwards if @from_finish. Returns whether
 * anything changed. */
static gboolean
edge_excursion (double   *ele,
                gsize     n,
                gsize     zone_n,
                gsize     grade_h,
                double    grade_base_m,
                double    band_m,
                gboolean  from_finish)
{
  gsize last = MIN (zone_n, n - 1), back = 0;
  gboolean left = FALSE, impossible = FALSE;
#define AT(k) ele[from_finish ? n - 1 - (k) : (k)]
  double level = AT (0);

  for (gsize k = 1; k <= last; k++)
    {
      if (fabs (AT (k) - level) > band_m)
        left = TRUE;
      else if (left)
        {
          back = k;
          break;
        }
    }
  if (back == 0)
    return FALSE;
  /* Entering the band is not yet arriving: follow the flank to its foot. */
  while (back < last && fabs (AT (back + 1) - level) < fabs (AT (back) - level))
    back++;

  for (gsize k = 0; k + 2 * grade_h <= back && !impossible; k++)
    impossible = fabs (AT (k + 2 * grade_h) - AT (k)) > MAX_GRADE * grade_base_m;
  if (!impossible)
    return FALSE;

  for (gsize k = 1; k < back; k++)
    AT (k) = level + (AT (back) - level) * (double) k / (double) back;
#undef AT
  return TRUE;
}

/* Three profile-long arrays, no more: on a long course (420 000 samples for 4 200 km) the
 * fresh memory costs more than the filters themselves. @raw, once filtered, is the scratch
 * of the smoothing and of the noise estimate. */
void
_pf_course_clean_elevation (PfCourse *self,
                            double    step)
{
  PfCourseSample *samples = self->samples;
  gsize n = self->n_samples;
  double *raw = pf_big_array_new (n, sizeof (double));
  double *despiked = pf_big_array_new (n, sizeof (double));
  double *ele = pf_big_array_new (n, sizeof (double));
  double *scratch = raw;
  gsize grade_h = MAX (1, (gsize) ceil (self->options.grade_base_m / step / 2.0));
  double noise, window, hysteresis;
  gboolean edges_changed = FALSE;

  for (gsize i = 0; i < n; i++)
    raw[i] = samples[i].ele_raw;

  /* Spikes go first, once: a running median, then the smoothing (twice at most). */
  pf_filter_median (raw, despiked, n, half_window (self->options.spike_window_m, step));

  /* The noise is judged against a fixed reference smoothing, whatever the options. */
  smooth (despiked, ele, scratch, n, NOISE_REFERENCE_WINDOW_M, step);

  /* Noisy sources get a wider window and a wider dead band, in proportion to their noise:
   * the wandering of a watch's altitude is otherwise counted as climb several times over,
   * while a clean source keeps every real rise of a few metres. */
  noise = estimate_noise (ele, samples, n, grade_h, scratch);
  window = self->options.smooth_window_m
           + noise * MAX (0.0, NOISY_SMOOTH_WINDOW_M - self->options.smooth_window_m);
  hysteresis = self->options.hysteresis_m
               + noise * MAX (0.0, NOISY_HYSTERESIS_M - self->options.hysteresis_m);
  /* Only a noisy source has unsettled ends; a terrain model's are left as they are. */
  if (noise > 0.0)
    {
      gsize zone_n = (gsize) (EDGE_ZONE_M / step);
      double base_m = 2.0 * grade_h * step;

      edges_changed = edge_excursion (despiked, n, zone_n, grade_h, base_m, hysteresis, FALSE);
      edges_changed |= edge_excursion (despiked, n, zone_n, grade_h, base_m, hysteresis, TRUE);
    }
  if (window != NOISE_REFERENCE_WINDOW_M || edges_changed)
    smooth (despiked, ele, scratch, n, window, step);
  self->smooth_window_m = window;
  self->hysteresis_m = hysteresis;

  self->min_ele_m = G_MAXDOUBLE;
  self->max_ele_m = -G_MAXDOUBLE;
  for (gsize i = 0; i < n; i++)
    {
      samples[i].ele = ele[i];
      self->min_ele_m = MIN (self->min_ele_m, ele[i]);
      self->max_ele_m = MAX (self->max_ele_m, ele[i]);
    }

  /* Grade over ≥ grade_base_m of true (unscaled) ground distance. */
  for (gsize i = 0; i < n; i++)
    {
      gsize lo = i >= grade_h ? i - grade_h : 0;
      gsize hi = MIN (n - 1, i + grade_h);
      double run = samples[hi].distance_m - samples[lo].distance_m;
      double grade = run > 0.0 ? (ele[hi] - ele[lo]) / run : 0.0;

      samples[i].grade = CLAMP (grade, -MAX_GRADE, MAX_GRADE);
    }

  pf_filter_climb (ele, n, hysteresis, &self->ascent_m, &self->descent_m);

  pf_big_array_free (raw);
  pf_big_array_free (despiked);
  pf_big_array_free (ele);
}
