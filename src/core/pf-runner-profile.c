/* pf-runner-profile.c — the runner's own grade, heat and fade response, fitted from their runs
 *
 * Every planner's grade curve (Strava 2017, Minetti 2002, ultraPacer) is an average over many
 * runners. This file learns how one runner differs from the chosen curve, from their recorded
 * runs, and how sure it is: the fit itself, over the segments pf-runner-segments.c cuts from
 * each run. docs/science.md ("The runner's own profile") explains each step; the constants
 * below are the ones it lists.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-runner-profile"

#include "config.h"

#include "pf-runner-profile.h"
#include "pf-runner-profile-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "pf-heat.h"

/* The grade correction's prior: each knot is N(0, PRIOR_SD²) in log-pace — a runner within
 * ±15 % of the model at a grade is likely, ±30 % rare. With ridge (penalised least squares,
 * the posterior mean of this Gaussian prior), thin data leaves a knot near the model. */
#define KNOT_PRIOR_SD          0.08
/* Neighbouring knots' correction differ like N(0, SMOOTH_SD²): a smooth curve, but free enough
 * that uphill and downhill are learnt separately (the flat knot between them is fixed at 0). */
#define KNOT_SMOOTH_SD         0.05
/* The prior of the looser fit that measures how far KNOT_PRIOR_SD pulls each knot (fit_knots):
 * ±100 %, no pull toward the model to speak of, only the smoothness. */
#define LOOSE_PRIOR_SD         1.0
/* Segment residuals are correlated within a run (a windy day, tired or fresh legs on that hill):
 * each run's deviation at a grade is a random effect of this SD, so however many segments one
 * run has near a knot, it tells at most σ²/RUN_SD² segments' worth — a variance-components
 * (random-effects) weighting. Without it one long run would look like proof. */
#define RUN_SD                 0.05
/* Residuals beyond this many σ weigh less (Huber's M-estimator, 95 % efficient when the noise
 * is normal): the knots then follow the bulk of the segments, as the run's median level does. */
#define HUBER_K                1.345
/* Heat: the extra share of the model's heat slowdown is N(0, HEAT_PRIOR_SD²); below
 * HEAT_MIN_SPREAD of slowdown between the runs' coolest and hottest, temperature cannot be told
 * apart from the run's own effort. */
#define HEAT_PRIOR_SD          0.5
#define HEAT_MIN_SPREAD        0.01
#define HEAT_MIN_RUNS          3
/* Without a dew point the heat model is given this relative humidity (a temperate day). */
#define HEAT_ASSUMED_RH        50.0
/* Fade is learnt from runs of at least this long (shorter runs barely drift), shrunk toward 0
 * by N(0, FADE_PRIOR_SD²) per hour. */
#define FADE_MIN_S             (90.0 * 60.0)
#define FADE_PRIOR_SD          0.03
/* One run's slope strays from the runner's own fade by this much (log-pace per hour): in Boston
 * 2013's splits the slopes of runners of one finish band spread by 0.034–0.041 per hour (SD,
 * bands of 10 minutes from 2:30 to 4:10); with FADE_PRIOR_SD between runners, about 0.02 is
 * left for one runner's day-to-day (√(0.036² − 0.03²)). */
#define RUN_FADE_SD            0.02

G_DEFINE_QUARK (pf-runner-profile-error-quark, pf_runner_profile_error)
G_DEFINE_BOXED_TYPE (PfRunnerProfile, pf_runner_profile, pf_runner_profile_copy,
                     pf_runner_profile_free)

/* The grade of knot @k (decimal): -30 % … +30 % every 5 %. */
double
pf_runner_profile_knot_grade (guint k)
{
  return ((double) k - PF_RUNNER_PROFILE_FLAT_KNOT) * PF_RUNNER_PROFILE_KNOT_STEP;
}

/* The segment's correction: its knots' corrections by its loads. */
static double
segment_correction (const PfRunnerProfile *profile,
                    const PfRunSegment    *s)
{
  double c = 0.0;

  for (guint k = 0; k < PF_RUNNER_PROFILE_N_KNOTS; k++)
    c += s->load[k] * profile->knots[k].correction;
  return c;
}

/* Solves the symmetric positive-definite @a·x = @b in place (Cholesky); @a becomes its inverse's
 * diagonal in @diag_inverse. Small (12 × 12): no library needed. */
static void
solve_spd (double *a, double *b, guint n, double *diag_inverse)
{
  g_autofree double *l = g_new0 (double, n * n);

  for (guint i = 0; i < n; i++)
    for (guint j = 0; j <= i; j++)
      {
        double sum = a[i * n + j];

        for (guint k = 0; k < j; k++)
          sum -= l[i * n + k] * l[j * n + k];
        l[i * n + j] = i == j ? sqrt (MAX (sum, 1e-300)) : sum / l[j * n + j];
      }
  /* x: forward then back substitution. */
  for (guint i = 0; i < n; i++)
    {
      for (guint k = 0; k < i; k++)
        b[i] -= l[i * n + k] * b[k];
      b[i] /= l[i * n + i];
    }
  for (guint i = n; i-- > 0;)
    {
      for (guint k = i + 1; k < n; k++)
        b[i] -= l[k * n + i] * b[k];
      b[i] /= l[i * n + i];
    }
  /* The inverse's diagonal: column by column. */
  for (guint c = 0; c < n; c++)
    {
      g_autofree double *e = g_new0 (double, n);

      e[c] = 1.0;
      for (guint i = 0; i < n; i++)
        {
          for (guint k = 0; k < i; k++)
            e[i] -= l[i * n + k] * e[k];
          e[i] /= l[i * n + i];
        }
      for (guint i = n; i-- > 0;)
        {
          for (guint k = i + 1; k < n; k++)
            e[i] -= l[k * n + i] * e[k];
          e[i] /= l[i * n + i];
        }
      diag_inverse[c] = e[c];
    }
}

static guint
nearest_knot (double grade)
{
  double x = grade / PF_RUNNER_PROFILE_KNOT_STEP + PF_RUNNER_PROFILE_FLAT_KNOT;

  return (guint) CLAMP (round (x), 0.0, PF_RUNNER_PROFILE_N_KNOTS - 1.0);
}

/* Each segment's weight: 1 / (1 + n·RUN_SD²/σ²), n its run's segments near the same knot, so a
 * run's total weight there approaches σ²/RUN_SD² and never exceeds it. */
static void
set_weights (GArray       *segments,
             const guint  *near,
             double        sigma,
             double       *w)
{
  double ratio = RUN_SD * RUN_SD / (sigma * sigma);

  for (guint i = 0; i < segments->len; i++)
    {
      const PfRunSegment *s = &g_array_index (segments, PfRunSegment, i);
      guint n = near[s->run * PF_RUNNER_PROFILE_N_KNOTS + nearest_knot (s->grade)];

      w[i] = 1.0 / (1.0 + n * ratio);
    }
}

/* The free knots (all but the flat one) as an index 0 … N−2, or −1 for the flat knot. */
static int
free_index (guint k)
{
  return k == PF_RUNNER_PROFILE_FLAT_KNOT ? -1 : (int) k - (k > PF_RUNNER_PROFILE_FLAT_KNOT);
}

/* The joint fit's unknowns: the free knots (all but the flat one), then the fade slope. */
enum { N_FREE = PF_RUNNER_PROFILE_N_KNOTS - 1, FADE_TERM = N_FREE, N_TERMS };

/* Adds the priors to the normal matrix @a (N_TERMS × N_TERMS): each knot N(0, σ²/@lambda_prior)
 * toward the model, neighbours' first differences N(0, σ²/@lambda_smooth) (the flat knot fixed
 * at 0), and the fade N(0, σ²/@lambda_fade). */
static void
add_priors (double *a,
            double  lambda_prior,
            double  lambda_smooth,
            double  lambda_fade)
{
  for (guint k = 0; k < N_FREE; k++)
    a[k * N_TERMS + k] += lambda_prior;
  a[FADE_TERM * N_TERMS + FADE_TERM] += lambda_fade;
  for (guint k = 0; k + 1 < PF_RUNNER_PROFILE_N_KNOTS; k++)
    {
      int i = free_index (k), j = free_index (k + 1);

      if (i >= 0)
        a[i * N_TERMS + i] += lambda_smooth;
      if (j >= 0)
        a[j * N_TERMS + j] += lambda_smooth;
      if (i >= 0 && j >= 0)
        {
          a[i * N_TERMS + j] -= lambda_smooth;
          a[j * N_TERMS + i] -= lambda_smooth;
        }
    }
}

/* The grade correction, every run's level and the fade together, on @y (log-pace over the
 * model's factor), each segment weighted by @w: y ≈ level[run] + correction(grade) + fade·hours
 * (hours counted in runs of FADE_MIN_S or more, @long_run). The levels are free (no prior) and
 * each touches only its own run, so they are eliminated run by run (the Schur complement: each
 * run's weighted means are taken out of its segments) and the rest solved alone, 13 × 13. Each
 * @level is then its run's weighted mean less its correction — the run's mean flat pace, the
 * fade's part left in — and @mean_hours the run's weighted mean hour (the fade is @fade_slope ×
 * the hours from it).
 *
 * Fitting them apart — a run's level as the median of its pace, then the knots on what is
 * left — let the level soak up part of the runner's hills (a strong climber's run has many fast
 * climbing segments, and its median is faster for them), and the knots came out short by half
 * the truth on a hilly course (tests/validation, pf-profile-runners.c). The fade is here so
 * that the knots do not take it: on a course that climbs first and descends late, a runner who
 * fades looks like a good climber. The fade the profile reports is fitted afterwards, with each
 * run's own slope (see pf_runner_profile_fit). */
static void
fit_knots (PfRunnerProfile *profile,
           GArray          *segments,
           guint            n_runs,
           const gboolean  *long_run,
           const double    *y,
           const double    *w,
           double           sigma,
           double          *level,
           double          *mean_hours,
           double          *fade_slope)
{
  enum { P = N_TERMS };
  double a[P * P] = { 0 }, b[P] = { 0 }, diag[P], pull[P], loose[P * P], loose_diag[P];
  g_autofree double *run_w = g_new0 (double, MAX (n_runs, 1));
  g_autofree double *run_y = g_new0 (double, MAX (n_runs, 1));
  g_autofree double *run_x = g_new0 (double, (gsize) MAX (n_runs, 1) * P);
  double lambda_prior = sigma * sigma / (KNOT_PRIOR_SD * KNOT_PRIOR_SD);
  double lambda_smooth = sigma * sigma / (KNOT_SMOOTH_SD * KNOT_SMOOTH_SD);
  double lambda_fade = sigma * sigma / (FADE_PRIOR_SD * FADE_PRIOR_SD);

  for (guint i = 0; i < segments->len; i++)
    {
      const PfRunSegment *s = &g_array_index (segments, PfRunSegment, i);
      double x[P];
      guint used[P], n_used = 0;

      /* The segment's row of the design, and which of its entries are not 0 (two or three
       * knots, and the fade in a long run). */
      for (guint k = 0; k < PF_RUNNER_PROFILE_N_KNOTS; k++)
        {
          int j = free_index (k);

          if (j >= 0 && s->load[k] != 0.0)
            {
              x[j] = s->load[k];
              used[n_used++] = j;
            }
        }
      if (long_run[s->run])
        {
          x[FADE_TERM] = s->hours;
          used[n_used++] = FADE_TERM;
        }
      for (guint u = 0; u < n_used; u++)
        {
          b[used[u]] += w[i] * x[used[u]] * y[i];
          run_x[s->run * P + used[u]] += w[i] * x[used[u]];
          for (guint v = 0; v < n_used; v++)
            a[used[u] * P + used[v]] += w[i] * x[used[u]] * x[used[v]];
        }
      run_w[s->run] += w[i];
      run_y[s->run] += w[i] * y[i];
    }
  /* Each run's level out: A −= x·xᵀ/W and b −= x·Y/W per run (x, Y and W its weighted sums). */
  for (guint run = 0; run < n_runs; run++)
    {
      const double *x = &run_x[run * P];

      if (!(run_w[run] > 0.0))
        continue;
      for (guint u = 0; u < P; u++)
        {
          b[u] -= x[u] * run_y[run] / run_w[run];
          for (guint v = 0; v < P; v++)
            a[u * P + v] -= x[u] * x[v] / run_w[run];
        }
    }
  /* The same data held only by the smoothness (each knot's prior N(0, LOOSE_PRIOR_SD²)). */
  memcpy (loose, a, sizeof a);
  memcpy (pull, b, sizeof b);
  add_priors (a, lambda_prior, lambda_smooth, lambda_fade);
  solve_spd (a, b, P, diag);
  add_priors (loose, sigma * sigma / (LOOSE_PRIOR_SD * LOOSE_PRIOR_SD), lambda_smooth,
              lambda_fade);
  solve_spd (loose, pull, P, loose_diag);

  /* The prior toward the model pulls the knots by what the data say beyond it. A band of the
   * posterior's width alone misses a truth well away from the model, worst where the knots
   * move together: with one run on a mountain course (hardly any flat ground to set the run's
   * level) a poor descender's five downhill knots rose by 0.02 for a truth of 0.12, inside a
   * band of ±0.08, because five independent priors allow their common shift only a fifth of
   * the spread each allows alone. The pull is measured against the fit the smoothness alone
   * holds (the fit less the prior toward the model), and each knot's standard error is the root
   * mean square error √(se² + pull²): the band then widens by as much as the data disagree with
   * the model, and a runner's correction stays shrunk all the same. */
  for (guint k = 0; k < N_FREE; k++)
    pull[k] -= b[k];

  for (guint k = 0; k < PF_RUNNER_PROFILE_N_KNOTS; k++)
    {
      int i = free_index (k);

      profile->knots[k].grade = pf_runner_profile_knot_grade (k);
      profile->knots[k].correction = i >= 0 ? b[i] : 0.0;
      profile->knots[k].se = i >= 0 ? hypot (sigma * sqrt (diag[i]), pull[i]) : 0.0;
    }
  for (guint run = 0; run < n_runs; run++)
    {
      double explained = 0.0;

      for (guint u = 0; u < N_FREE; u++)
        explained += run_x[run * P + u] * b[u];
      level[run] = run_w[run] > 0.0 ? (run_y[run] - explained) / run_w[run] : NAN;
      mean_hours[run] = run_w[run] > 0.0 ? run_x[run * P + FADE_TERM] / run_w[run] : 0.0;
    }
  *fade_slope = b[FADE_TERM];
}

/* A one-coefficient ridge: y ≈ value·x, prior N(0, prior_sd²), weights w. */
static void
fit_term (PfRunnerProfileTerm *term,
          const double        *x,
          const double        *y,
          const double        *w,
          guint                n,
          double               sigma,
          double               prior_sd)
{
  double sxx = 0.0, sxy = 0.0, lambda = sigma * sigma / (prior_sd * prior_sd);

  for (guint i = 0; i < n; i++)
    {
      sxx += w[i] * x[i] * x[i];
      sxy += w[i] * x[i] * y[i];
    }
  term->value = sxy / (sxx + lambda);
  term->se = sigma / sqrt (sxx + lambda);
}

static double
mad_sigma (const double *r, guint n)
{
  g_autoptr(GArray) v = g_array_sized_new (FALSE, FALSE, sizeof (double), n);

  for (guint i = 0; i < n; i++)
    g_array_append_val (v, (double) { fabs (r[i]) });
  /* The median absolute residual × 1.4826 is the normal σ, untouched by the odd outlier. */
  return MAX (1.4826 * pf_runner_profile_median (v), 0.005);
}

/**
 * pf_runner_profile_fit:
 * @runs: (element-type PfTrack): recorded runs, with times
 * @temperatures_c: (nullable): one temperature per run given by the runner, NAN where the
 *   device's own should be used; NULL for the devices' everywhere
 * @model: the grade model the profile corrects
 *
 * Returns: (transfer full): the profile, or NULL with PF_RUNNER_PROFILE_ERROR_NO_DATA.
 */
PfRunnerProfile *
pf_runner_profile_fit (GPtrArray     *runs,
                       const double  *temperatures_c,
                       PfGradeModel   model,
                       GError       **error)
{
  g_autoptr(PfRunnerProfile) profile = g_new0 (PfRunnerProfile, 1);
  g_autoptr(GArray) segments = g_array_new (FALSE, FALSE, sizeof (PfRunSegment));
  g_autofree double *hours = NULL, *temps = NULL, *level = NULL, *r = NULL, *w = NULL;
  g_autofree double *flat = NULL, *mean_hours = NULL;
  /* Run @run's segments are [first[run], first[run + 1]): each run's are appended in turn. */
  g_autofree guint *first = NULL, *n_near = NULL;
  g_autofree gboolean *long_run = NULL;
  guint n_runs;
  double sigma = 0.05, fade_slope = 0.0;

  g_return_val_if_fail (runs != NULL, NULL);

  n_runs = runs->len;
  profile->model = model;
  profile->n_runs_given = n_runs;
  hours = g_new0 (double, MAX (n_runs, 1));
  temps = g_new0 (double, MAX (n_runs, 1));
  level = g_new0 (double, MAX (n_runs, 1));
  first = g_new0 (guint, n_runs + 1);
  for (guint i = 0; i < n_runs; i++)
    {
      guint before = segments->len;

      first[i] = before;
      temps[i] = NAN;
      if (pf_runner_profile_cut_run (g_ptr_array_index (runs, i), i, segments, profile,
                                     &hours[i], &temps[i])
          && segments->len > before)
        profile->n_runs_used++;
      if (temperatures_c != NULL && isfinite (temperatures_c[i]))
        temps[i] = temperatures_c[i];
    }
  first[n_runs] = segments->len;
  if (segments->len == 0)
    {
      g_set_error (error, PF_RUNNER_PROFILE_ERROR, PF_RUNNER_PROFILE_ERROR_NO_DATA,
                   _("No run has times, elevation and running segments to learn from"));
      return NULL;
    }

  r = g_new (double, segments->len);
  flat = g_new (double, segments->len);
  mean_hours = g_new0 (double, MAX (n_runs, 1));
  long_run = g_new0 (gboolean, MAX (n_runs, 1));
  w = g_new (double, segments->len);
  n_near = g_new0 (guint, (gsize) MAX (n_runs, 1) * PF_RUNNER_PROFILE_N_KNOTS);
  for (guint i = 0; i < segments->len; i++)
    {
      const PfRunSegment *s = &g_array_index (segments, PfRunSegment, i);

      n_near[s->run * PF_RUNNER_PROFILE_N_KNOTS + nearest_knot (s->grade)]++;
    }

  /* Level and grade correction together (fit_knots), by iteratively reweighted least squares:
   * a recording's pace residuals are skewed (a slow bend, a crowded stretch; never as much
   * faster), and plain means would put every knot but the pinned flat one slower than the
   * model for a runner who is exactly it (tests/validation, pf-profile-runners.c, with real
   * noise). Huber's weights (Huber 1964) make the levels and the knots robust alike; the first
   * round starts from each run's median. Six rounds settle the weights to well under the band. */
  for (guint i = 0; i < segments->len; i++)
    {
      const PfRunSegment *s = &g_array_index (segments, PfRunSegment, i);

      flat[i] = s->log_pace - s->log_model;
    }
  for (guint run = 0; run < n_runs; run++)
    {
      g_autoptr(GArray) v = g_array_new (FALSE, FALSE, sizeof (double));

      g_array_append_vals (v, &flat[first[run]], first[run + 1] - first[run]);
      level[run] = v->len > 0 ? pf_runner_profile_median (v) : NAN;
      long_run[run] = hours[run] * 3600.0 >= FADE_MIN_S;
    }
  for (guint round = 0; round < 6; round++)
    {
      for (guint i = 0; i < segments->len; i++)
        {
          const PfRunSegment *s = &g_array_index (segments, PfRunSegment, i);

          r[i] = flat[i] - level[s->run] - segment_correction (profile, s);
          if (long_run[s->run])
            r[i] -= fade_slope * (s->hours - mean_hours[s->run]);
        }
      sigma = mad_sigma (r, segments->len);
      set_weights (segments, n_near, sigma, w);
      for (guint i = 0; i < segments->len; i++)
        if (fabs (r[i]) > HUBER_K * sigma)
          w[i] *= HUBER_K * sigma / fabs (r[i]);
      fit_knots (profile, segments, n_runs, long_run, flat, w, sigma, level, mean_hours,
                 &fade_slope);
    }
  profile->residual_sd = sigma;

  /* What each knot rests on: the segments within one knot step. */
  for (guint k = 0; k < PF_RUNNER_PROFILE_N_KNOTS; k++)
    {
      g_autofree gboolean *seen = g_new0 (gboolean, MAX (n_runs, 1));

      for (guint i = 0; i < segments->len; i++)
        {
          const PfRunSegment *s = &g_array_index (segments, PfRunSegment, i);
          double near = 1.0 - fabs (s->grade - pf_runner_profile_knot_grade (k))
                               / PF_RUNNER_PROFILE_KNOT_STEP;

          if (near <= 0.0
              && !(k == 0 && s->grade < pf_runner_profile_knot_grade (0))
              && !(k == PF_RUNNER_PROFILE_N_KNOTS - 1
                   && s->grade > pf_runner_profile_knot_grade (k)))
            continue;
          profile->knots[k].n_segments++;
          profile->knots[k].distance_m += s->length_m * CLAMP (near, 0.0, 1.0);
          if (near <= 0.0)
            profile->knots[k].distance_m += s->length_m;
          if (!seen[s->run])
            {
              seen[s->run] = TRUE;
              profile->knots[k].n_runs++;
            }
        }
    }

  /* Residuals after level and grade, for fade (within runs) and heat (between runs). */
  for (guint i = 0; i < segments->len; i++)
    {
      const PfRunSegment *s = &g_array_index (segments, PfRunSegment, i);

      r[i] = flat[i] - level[s->run] - segment_correction (profile, s);
    }

  /* Fade: each long run's own slope of the residual against hours (centred per run, so the
   * run's level does not absorb it), then the runs together. A run's slope says as
   * much about the runner as the day allows: a crowded start, a late headwind or a finishing
   * kick tilt one run however many segments it has, so each run's slope carries RUN_FADE_SD of
   * its own beside its segments' noise, and the runs are weighed by both (a random slope per
   * run), with the prior N(0, FADE_PRIOR_SD²) on the runner's fade. */
  {
    double precision = 1.0 / (FADE_PRIOR_SD * FADE_PRIOR_SD), weighted = 0.0;

    for (guint run = 0; run < n_runs; run++)
      {
        double sx = 0.0, sy = 0.0, sw = 0.0, sxx = 0.0, sxy = 0.0, v;

        if (!long_run[run] || first[run] == first[run + 1])
          continue;
        for (guint i = first[run]; i < first[run + 1]; i++)
          {
            const PfRunSegment *s = &g_array_index (segments, PfRunSegment, i);

            sx += w[i] * s->hours;
            sy += w[i] * r[i];
            sw += w[i];
          }
        for (guint i = first[run]; i < first[run + 1]; i++)
          {
            const PfRunSegment *s = &g_array_index (segments, PfRunSegment, i);
            double dx = s->hours - sx / sw;

            sxx += w[i] * dx * dx;
            sxy += w[i] * dx * (r[i] - sy / sw);
          }
        if (!(sxx > 0.0))
          continue;
        v = sigma * sigma / sxx + RUN_FADE_SD * RUN_FADE_SD;
        precision += 1.0 / v;
        weighted += sxy / sxx / v;
        profile->fade.n_runs++;
        profile->fade.spread = MAX (profile->fade.spread, hours[run]);
      }
    if (profile->fade.n_runs > 0)
      {
        profile->fade.value = weighted / precision;
        profile->fade.se = 1.0 / sqrt (precision);
        profile->fade.known = TRUE;
      }
  }

  /* Heat: each run's level against the heat model's slowdown at its temperature. A run's level
   * is mostly its effort (easy day, race), which temperature cannot explain: the levels' own
   * spread is the noise, and only a clear spread of temperature can tell anything. */
  {
    g_autofree double *x = g_new0 (double, MAX (n_runs, 1));
    g_autofree double *y = g_new0 (double, MAX (n_runs, 1));
    g_autofree double *hw = g_new0 (double, MAX (n_runs, 1));
    double lo = G_MAXDOUBLE, hi = -G_MAXDOUBLE, sx = 0.0, sy = 0.0, sw = 0.0;
    guint n = 0;

    for (guint run = 0; run < n_runs; run++)
      {
        double slowdown;

        if (!isfinite (temps[run]) || !isfinite (level[run]))
          continue;
        slowdown = pf_heat_slowdown (temps[run], pf_dew_point (temps[run], HEAT_ASSUMED_RH));
        /* What the model already explains is taken out; the rest is what the runner adds. */
        x[n] = slowdown;
        y[n] = level[run] - log1p (slowdown);
        hw[n] = 1.0;
        lo = MIN (lo, slowdown);
        hi = MAX (hi, slowdown);
        sx += x[n];
        sy += y[n];
        sw += 1.0;
        n++;
      }
    profile->heat.n_runs = n;
    profile->heat.spread = n > 0 ? hi - lo : 0.0;
    if (n >= HEAT_MIN_RUNS && hi - lo >= HEAT_MIN_SPREAD)
      {
        g_autofree double *resid = g_new0 (double, n);
        double level_sigma;

        for (guint i = 0; i < n; i++)
          {
            x[i] -= sx / sw;
            y[i] -= sy / sw;
            resid[i] = y[i];
          }
        level_sigma = mad_sigma (resid, n);
        fit_term (&profile->heat, x, y, hw, n, level_sigma, HEAT_PRIOR_SD);
        profile->heat.known = TRUE;
      }
  }

  return g_steal_pointer (&profile);
}

PfRunnerProfile *
pf_runner_profile_copy (const PfRunnerProfile *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_memdup2 (self, sizeof *self);
}

void
pf_runner_profile_free (PfRunnerProfile *self)
{
  g_free (self);
}

gboolean
pf_runner_profile_equal (const PfRunnerProfile *a,
                         const PfRunnerProfile *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  /* Field by field: the struct's padding is not part of the value. */
  if (a->model != b->model || a->n_runs_given != b->n_runs_given
      || a->n_runs_used != b->n_runs_used || a->distance_m != b->distance_m
      || a->n_segments != b->n_segments || a->n_removed_stop != b->n_removed_stop
      || a->n_removed_walk != b->n_removed_walk || a->n_removed_spike != b->n_removed_spike
      || a->residual_sd != b->residual_sd)
    return FALSE;
  for (guint k = 0; k < PF_RUNNER_PROFILE_N_KNOTS; k++)
    {
      const PfRunnerProfileKnot *x = &a->knots[k], *y = &b->knots[k];

      if (x->grade != y->grade || x->correction != y->correction || x->se != y->se
          || x->n_runs != y->n_runs || x->n_segments != y->n_segments
          || x->distance_m != y->distance_m)
        return FALSE;
    }
  for (guint t = 0; t < 2; t++)
    {
      const PfRunnerProfileTerm *x = t ? &a->fade : &a->heat, *y = t ? &b->fade : &b->heat;

      if (x->known != y->known || x->value != y->value || x->se != y->se
          || x->n_runs != y->n_runs || x->spread != y->spread)
        return FALSE;
    }
  return TRUE;
}

/* The runner's correction (log-pace over the model's) on @grade: linear between knots. */
double
pf_runner_profile_correction (const PfRunnerProfile *self,
                              double                 grade)
{
  guint k0;
  double w0;

  g_return_val_if_fail (self != NULL, 0.0);

  if (!isfinite (grade))
    return 0.0;
  pf_runner_profile_knot_weights (grade, &k0, &w0);
  return w0 * self->knots[k0].correction + (1.0 - w0) * self->knots[k0 + 1].correction;
}

/* The runner's pace factor on @grade: the model's times their correction. This is what a plan
 * with the profile switched on uses in place of pf_grade_factor (). */
double
pf_runner_profile_factor (const PfRunnerProfile *self,
                          double                 grade)
{
  g_return_val_if_fail (self != NULL, 1.0);

  return pf_grade_factor (self->model, grade) * exp (pf_runner_profile_correction (self, grade));
}

/* The share of the heat model's slowdown this runner pays: 1 + what their runs showed beyond
 * the model, never below nothing; @fallback (the share their level suggests) when the runs did
 * not span enough temperatures to tell. */
double
pf_runner_profile_heat_scale (const PfRunnerProfile *self,
                              double                 fallback)
{
  g_return_val_if_fail (self != NULL, fallback);

  if (!self->heat.known)
    return fallback;
  return MAX (1.0 + self->heat.value, 0.0);
}

/* The runner's own fade over a race of @finish_s, as the shape the pacing uses (pf-fade.h):
 * the end slower than the start by the fitted drift per hour times the hours — never over more
 * hours than the longest run it was measured on (the profile does not guess past its data).
 * FALSE, and @fade untouched, when the runs had no long run to tell. */
gboolean
pf_runner_profile_fade (const PfRunnerProfile *self,
                        double                 finish_s,
                        PfFade                *fade)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (fade != NULL, FALSE);

  if (!self->fade.known || !(finish_s > 0.0))
    return FALSE;
  fade->linear = expm1 (self->fade.value * MIN (finish_s / 3600.0, self->fade.spread));
  fade->quadratic = 0.0;
  return TRUE;
}
