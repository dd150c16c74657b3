/* pf-profile-runners.h — synthetic runners with known curves and real noise, and the
 * leave-one-out that proves (or not) that the runner's own profile plans better
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "core/pacefuel-core.h"

G_BEGIN_DECLS

/* The grade model the profiles correct and the plans use. */
#define PF_PROFILE_MODEL PF_GRADE_MODEL_STRAVA
/* The real noise is drawn in blocks of this many consecutive 150 m residuals. */
#define PF_PROFILE_NOISE_BLOCK 10
/* Seeds pooled per row, in docs/validation.md and test-validation-profile alike: one seed's
 * coverage swung by ±5 points and four seeds' gain by ±5 %, enough to pass or fail a criterion
 * by luck (a change that only moved the draws did). */
#define PF_PROFILE_SEEDS 16

/* A runner whose truth is known: their grade response beyond the model (log-pace, linear
 * between the profile's knots so that a fit can match it), the share of the heat model's
 * slowdown they pay beyond the model's own, and how their pace drifts per hour. */
typedef struct
{
  const char *name;
  double      uphill;         /* log-pace reached from +10 % up (0: the model) */
  double      downhill;       /* log-pace reached from −10 % down */
  double      heat_extra;     /* as PfRunnerProfile.heat.value */
  double      fade_per_hour;  /* as PfRunnerProfile.fade.value */
} PfSyntheticRunner;

extern const PfSyntheticRunner pf_synthetic_runners[];
extern const guint             pf_n_synthetic_runners;

double     pf_synthetic_truth       (const PfSyntheticRunner *runner,
                                     double                   grade);
gboolean   pf_synthetic_is_model    (const PfSyntheticRunner *runner);

/* The real recordings (MIT, tests/data): Chris Joakim's Twin Cities Marathon 2014 and New River
 * Trail 50K 2015. */
GPtrArray *pf_profile_real_runs     (const char              *data_dir,
                                     GError                 **error);
/* Their residuals (GArray of double each, pf_runner_profile_residuals ()), in run order. */
GPtrArray *pf_profile_noise_new     (GPtrArray               *runs);
/* The courses the synthetic runs follow (PfCourse): hilly and flat, from tests/data. */
GPtrArray *pf_profile_courses_new   (const char              *data_dir,
                                     GError                 **error);

typedef struct
{
  guint  n_runs;            /* runs made for each runner; the sets of fewer are their first */
  double min_length_m;      /* each run a stretch of a course this long … */
  double max_length_m;      /* … to this long (or the whole course when shorter) */
  guint  seed;
} PfSyntheticSetup;

/* @setup->n_runs runs of @runner (PfTrack), with their temperatures (°C) in @temps_c. */
GPtrArray *pf_synthetic_runs        (const PfSyntheticRunner *runner,
                                     const PfSyntheticSetup  *setup,
                                     GPtrArray               *courses,
                                     GPtrArray               *noise,
                                     double                 **temps_c);

/* The pace error of the plans of held-out runs (s/km): per km and per 5 km, the root mean
 * square over every split of every held-out run. */
typedef struct
{
  guint  n_folds;
  guint  n_km, n_5km;
  double km_generic, km_personal;
  double five_generic, five_personal;
} PfLooResult;

gboolean   pf_profile_plan_errors   (PfTrack                 *held_out,
                                     double                   temp_c,
                                     const PfRunnerProfile   *profile,
                                     double                  *sq_km,
                                     guint                   *n_km,
                                     double                  *sq_5km,
                                     guint                   *n_5km,
                                     GError                 **error);
gboolean   pf_profile_leave_one_out (GPtrArray               *runs,
                                     const double            *temps_c,
                                     guint                    n_runs,
                                     PfLooResult             *result,
                                     GError                 **error);

/* The fitted curve against the truth: knots with data (a segment within one knot step), those
 * whose 95 % band holds the truth, those within ±PF_PROFILE_NEAR of the model, and the largest
 * |correction| of any knot. */
void       pf_profile_coverage      (const PfRunnerProfile   *profile,
                                     const PfSyntheticRunner *runner,
                                     guint                   *n_with_data,
                                     guint                   *n_covered,
                                     guint                   *n_near_model,
                                     double                  *max_correction);

/* One row of the table: a runner with @n_runs runs, @n_seeds sets of them pooled. */
typedef struct
{
  const PfSyntheticRunner *runner;
  guint                    n_runs;
  PfLooResult              loo;             /* n_folds 0 with one run: nothing to leave out */
  guint                    with_data;       /* knots with data, over the seeds */
  guint                    covered;         /* of them, the truth within their band */
  guint                    near_model;      /* of them, within ±PF_PROFILE_NEAR of the model */
  double                   max_correction;  /* the largest |correction|, over the seeds */
  PfRunnerProfileTerm      heat, fade;      /* the last seed's, fitted on all the runs */
} PfProfileRow;

/* Every runner with 1, 2, 5 and 10 runs (those up to @max_runs, and @max_runs). */
GArray    *pf_profile_rows          (const char              *data_dir,
                                     guint                    max_runs,
                                     guint                    n_seeds,
                                     GError                 **error);

/* A runner whose grade response is the model's may be planned this much worse (per-km error,
 * ratio) with a profile fitted on noise: there is nothing to learn, and a little is learnt. */
#define PF_PROFILE_TOLERANCE_MODEL 1.03

/* "Near the model" with one or two runs (issue 20): a correction within ±3 % (log-pace), for
 * 95 % of the knots at least (PF_PROFILE_NEAR_SHARE), and none beyond ±5 % (PF_PROFILE_FAR). A
 * largest correction over hundreds of knots is an extreme of the noise, and grows with the
 * seeds pooled; the share does not. */
#define PF_PROFILE_NEAR       0.03
#define PF_PROFILE_NEAR_SHARE 0.95
#define PF_PROFILE_FAR        0.05

/* The table against issue 20's criteria. "model": the runners whose grade response is the
 * model's; "other": the climber and the descender. */
typedef struct
{
  double worst_ratio_model, worst_ratio_other;  /* personal / generic per-km error, worst */
  double least_gain_other;     /* 1 − personal / generic with ≥ 5 runs, the least */
  double coverage_model, coverage_other;        /* knots within their band, pooled */
  double thin_max_correction;  /* the largest |correction| with 1–2 runs, model runners */
  double thin_near;            /* the share of those knots within ±PF_PROFILE_NEAR */
} PfProfileVerdicts;

void       pf_profile_verdicts      (GArray                  *rows,
                                     PfProfileVerdicts       *verdicts);

G_END_DECLS
