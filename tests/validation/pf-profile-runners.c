/* pf-profile-runners.c — synthetic runners with known curves and real noise, and the
 * leave-one-out that proves (or not) that the runner's own profile plans better
 *
 * A synthetic runner runs a stretch of a real course (its pace set on the cleaned profile, one
 * sample every 10 m; the recording the course file's own points) at a known pace: the model's grade factor times their own curve, their heat share and
 * their fade, times noise. The noise is not made up: it is what the grade model leaves
 * unexplained in two real recordings (pf_runner_profile_residuals), drawn in blocks of
 * consecutive 150 m segments so that it keeps their autocorrelation (a windy stretch, a crowded
 * start, the watch's own errors). docs/validation.md ("The runner's own profile") reports it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-profile-runners"

#include "config.h"

#include "pf-profile-runners.h"

#include <math.h>
#include <string.h>

#include "core/pf-track-private.h"

/* The residuals are per segment of about this length (SEGMENT_M in pf-runner-profile.c). */
#define NOISE_SEGMENT_M 150.0
/* The heat model's humidity when only a temperature is known, as the fit assumes. */
#define ASSUMED_RH      50.0
/* The runner's flat pace, and how far one run's effort strays from it (easy day, race). */
#define BASE_PACE_S_PER_M (5.0 * 60.0 / 1000.0)
#define LEVEL_SPREAD      0.08
#define MIN_TEMP_C        5.0
#define MAX_TEMP_C        28.0

const PfSyntheticRunner pf_synthetic_runners[] = {
  { "exactly the model",                0.0,  0.0,  0.0, 0.0 },
  { "strong climber (−10 % uphill)",   -0.10, 0.0,  0.0, 0.0 },
  { "poor descender (+12 % downhill)",  0.0,  0.12, 0.0, 0.0 },
  { "heat-sensitive (twice the model)", 0.0,  0.0,  1.0, 0.0 },
  { "fades 3 %/h",                      0.0,  0.0,  0.0, 0.03 },
};
const guint pf_n_synthetic_runners = G_N_ELEMENTS (pf_synthetic_runners);

/* Linear from the flat to ±10 %, held beyond: the profile's knots are every 5 %, so the fit
 * can match it exactly. */
double
pf_synthetic_truth (const PfSyntheticRunner *runner,
                    double                   grade)
{
  if (grade >= 0.0)
    return runner->uphill * MIN (grade / 0.10, 1.0);
  return runner->downhill * MIN (-grade / 0.10, 1.0);
}

/* The runner's grade response is the model's (their heat or fade may differ). */
gboolean
pf_synthetic_is_model (const PfSyntheticRunner *runner)
{
  return runner->uphill == 0.0 && runner->downhill == 0.0;
}

static PfTrack *
load (const char  *data_dir,
      const char  *name,
      GError     **error)
{
  g_autofree char *path = g_build_filename (data_dir, name, NULL);

  return pf_import_path (path, error);
}

GPtrArray *
pf_profile_real_runs (const char  *data_dir,
                      GError     **error)
{
  const char *names[] = { "twin_cities_marathon.tcx", "new_river_50k.gpx" };
  g_autoptr(GPtrArray) runs = g_ptr_array_new_with_free_func ((GDestroyNotify) pf_track_unref);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      PfTrack *track = load (data_dir, names[i], error);

      if (track == NULL)
        return NULL;
      g_ptr_array_add (runs, track);
    }
  return g_steal_pointer (&runs);
}

GPtrArray *
pf_profile_noise_new (GPtrArray *runs)
{
  GPtrArray *noise = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  for (guint i = 0; i < runs->len; i++)
    {
      GArray *r = pf_runner_profile_residuals (g_ptr_array_index (runs, i), PF_PROFILE_MODEL,
                                               NULL, NULL);

      if (r != NULL && r->len >= PF_PROFILE_NOISE_BLOCK)
        g_ptr_array_add (noise, r);
      else if (r != NULL)
        g_array_unref (r);
    }
  return noise;
}

/* Hilly and flat: the Twin Cities road marathon (rolling, its climbs late), the Drei Gipfel
 * Lauf (an Austrian trail race, steep both ways) and the New River Trail (a flat rail trail). */
GPtrArray *
pf_profile_courses_new (const char  *data_dir,
                        GError     **error)
{
  const char *names[] = { "rte.gpx", "activity_607442311.gpx", "new_river_50k.gpx" };
  g_autoptr(GPtrArray) courses = g_ptr_array_new_with_free_func ((GDestroyNotify) pf_course_unref);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(PfTrack) track = load (data_dir, names[i], error);
      PfCleanOptions options;
      PfCourse *course;

      if (track == NULL)
        return NULL;
      pf_clean_options_init (&options);
      course = pf_course_new (track, &options, error);
      if (course == NULL)
        return NULL;
      g_ptr_array_add (courses, course);
    }
  return g_steal_pointer (&courses);
}

/* One block of the real noise: PF_PROFILE_NOISE_BLOCK consecutive residuals of one recording,
 * the recording picked in proportion to its length, the start anywhere in it. */
static void
draw_block (GPtrArray *noise,
            GRand     *rand,
            double    *block)
{
  guint total = 0, pick;

  for (guint i = 0; i < noise->len; i++)
    total += ((GArray *) g_ptr_array_index (noise, i))->len - PF_PROFILE_NOISE_BLOCK + 1;
  pick = g_rand_int_range (rand, 0, (gint32) total);
  for (guint i = 0; i < noise->len; i++)
    {
      GArray *r = g_ptr_array_index (noise, i);
      guint starts = r->len - PF_PROFILE_NOISE_BLOCK + 1;

      if (pick < starts)
        {
          for (guint k = 0; k < PF_PROFILE_NOISE_BLOCK; k++)
            block[k] = g_array_index (r, double, pick + k);
          return;
        }
      pick -= starts;
    }
  g_assert_not_reached ();
}

/* The run's elapsed time at course distance @d, between the samples' times @t. */
static double
time_at (const double *d_of,
         const double *t,
         guint         n,
         double        d)
{
  guint k = 0;

  while (k + 2 < n && d_of[k + 1] < d)
    k++;
  if (n < 2 || d_of[k + 1] <= d_of[k])
    return t[k];
  return t[k] + (t[k + 1] - t[k]) * CLAMP ((d - d_of[k]) / (d_of[k + 1] - d_of[k]), 0.0, 1.0);
}

/* One run of @length_m from @start_m. The pace is set step by step on the course's cleaned
 * 10 m samples, where the truth and the model are defined and where the plan reads them; the
 * run records the course file's own points (their positions and raw altitude), timed at their
 * distance, as a watch would record the ground. The fit then cleans that recording once, as the
 * plan's course was cleaned: re-cleaning the cleaned samples instead would smooth a mountain's
 * summits twice and hand the fit a grade 0.11 rms away from the one the runner ran (the Drei
 * Gipfel trail; 0.001 on the road marathon). */
static PfTrack *
make_run (const PfSyntheticRunner *runner,
          const PfCourse          *course,
          double                   start_m,
          double                   length_m,
          double                   pace_s_per_m,
          double                   temp_c,
          gint64                   start_us,
          GPtrArray               *noise,
          GRand                   *rand)
{
  const PfCourseSample *s = pf_course_get_samples (course);
  guint n = pf_course_get_n_samples (course);
  PfTrack *raw = pf_course_get_track (course);
  const PfTrackPoint *rp = pf_track_get_points (raw);
  guint rn = pf_track_get_n_points (raw);
  g_autofree double *along = pf_track_measure (raw);
  g_autoptr(GArray) d_of = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) t_of = g_array_new (FALSE, FALSE, sizeof (double));
  PfTrack *track = _pf_track_new ("synthetic.fit", PF_TRACK_FORMAT_FIT);
  double slowdown = pf_heat_slowdown (temp_c, pf_dew_point (temp_c, ASSUMED_RH));
  double heat = 1.0 + (1.0 + runner->heat_extra) * slowdown;
  double t = 0.0, block[PF_PROFILE_NOISE_BLOCK], from, to;
  guint first = 0, drawn = 0;

  while (first + 1 < n && s[first].distance_m < start_m)
    first++;
  for (guint i = first; i < n && s[i].distance_m - s[first].distance_m <= length_m; i++)
    {
      double d = s[i].distance_m - s[first].distance_m;
      guint segment = (guint) (d / NOISE_SEGMENT_M);

      g_array_append_val (d_of, s[i].distance_m);
      g_array_append_val (t_of, t);
      if (i + 1 < n)
        {
          double step = s[i + 1].distance_m - s[i].distance_m;
          double g = s[i].grade;

          while (drawn <= segment / PF_PROFILE_NOISE_BLOCK)
            {
              draw_block (noise, rand, block);
              drawn++;
            }
          t += step * pace_s_per_m * heat * pf_grade_factor (PF_PROFILE_MODEL, g)
               * exp (pf_synthetic_truth (runner, g) + block[segment % PF_PROFILE_NOISE_BLOCK]
                      + runner->fade_per_hour * t / 3600.0);
        }
    }

  from = g_array_index (d_of, double, 0);
  to = g_array_index (d_of, double, d_of->len - 1);
  for (guint j = 0; j < rn; j++)
    {
      double d = along[j] * pf_course_get_scale (course);
      PfTrackPoint p = { 0 };

      if (d < from || d > to || !isfinite (rp[j].ele))
        continue;
      p.lat = rp[j].lat;
      p.lon = rp[j].lon;
      p.ele = rp[j].ele;
      p.time_us = start_us + (gint64) (time_at ((const double *) (gpointer) d_of->data,
                                                (const double *) (gpointer) t_of->data,
                                                d_of->len, d) * G_USEC_PER_SEC);
      p.distance_m = d - from;
      p.heart_rate = NAN;
      p.temperature_c = temp_c;
      g_array_append_val (track->points, p);
    }
  _pf_track_points_done (track);
  return track;
}

GPtrArray *
pf_synthetic_runs (const PfSyntheticRunner *runner,
                   const PfSyntheticSetup  *setup,
                   GPtrArray               *courses,
                   GPtrArray               *noise,
                   double                 **temps_c)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (setup->seed);
  GPtrArray *runs = g_ptr_array_new_with_free_func ((GDestroyNotify) pf_track_unref);

  *temps_c = g_new0 (double, MAX (setup->n_runs, 1));
  for (guint i = 0; i < setup->n_runs; i++)
    {
      /* Hilly and flat in turn: every set of two or more has both. */
      const PfCourse *course = g_ptr_array_index (courses, i % courses->len);
      double total = pf_course_get_distance (course);
      double length = MIN (g_rand_double_range (rand, setup->min_length_m,
                                                setup->max_length_m), total);
      double start = g_rand_double_range (rand, 0.0, total - length + 1.0);
      double pace = BASE_PACE_S_PER_M * exp (g_rand_double_range (rand, -LEVEL_SPREAD,
                                                                  LEVEL_SPREAD));
      double temp = g_rand_double_range (rand, MIN_TEMP_C, MAX_TEMP_C);
      /* A morning at 08:00 UTC, a week apart. */
      gint64 start_us = (1717228800 + (gint64) i * 7 * 86400) * G_USEC_PER_SEC;

      (*temps_c)[i] = temp;
      g_ptr_array_add (runs, make_run (runner, course, start, length, pace, temp, start_us,
                                       noise, rand));
    }
  return runs;
}

/* The run's elapsed time at @d along its measured line, between its timed points. */
static double
actual_at (const PfTrackPoint *p,
           const double       *along,
           guint               n,
           double              d)
{
  guint lo = G_MAXUINT, hi = G_MAXUINT;
  gint64 t0 = PF_TRACK_NO_TIME;

  for (guint i = 0; i < n; i++)
    {
      if (p[i].time_us == PF_TRACK_NO_TIME)
        continue;
      if (t0 == PF_TRACK_NO_TIME)
        t0 = p[i].time_us;
      if (along[i] <= d)
        lo = i;
      else
        {
          hi = i;
          break;
        }
    }
  if (lo == G_MAXUINT)
    return 0.0;
  if (hi == G_MAXUINT || along[hi] <= along[lo])
    return (p[lo].time_us - t0) / 1e6;
  return ((p[lo].time_us - t0) + (p[hi].time_us - p[lo].time_us)
          * (d - along[lo]) / (along[hi] - along[lo])) / 1e6;
}

/* The plan of @held_out as a course (its finish as the goal, its temperature as the weather)
 * against what was run: the squares of the pace errors (s/km) of its km and 5 km splits, added
 * to @sq_km and @sq_5km. A last split shorter than half its unit is left out. */
gboolean
pf_profile_plan_errors (PfTrack                *held_out,
                        double                  temp_c,
                        const PfRunnerProfile  *profile,
                        double                 *sq_km,
                        guint                  *n_km,
                        double                 *sq_5km,
                        guint                  *n_5km,
                        GError                **error)
{
  const PfTrackPoint *p = pf_track_get_points (held_out);
  guint n = pf_track_get_n_points (held_out);
  g_autofree double *along = pf_track_measure (held_out);
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(PfPlan) plan = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autofree char *start_text = NULL;
  double distance, finish;
  guint last = n;

  for (guint i = n; i-- > 0;)
    if (p[i].time_us != PF_TRACK_NO_TIME)
      {
        last = i;
        break;
      }
  g_return_val_if_fail (last < n, FALSE);
  finish = actual_at (p, along, n, along[last]);

  pf_plan_inputs_init (&inputs);
  pf_plan_inputs_set_track (&inputs, held_out);
  inputs.pace_mode = PF_PACE_MODE_GOAL;
  inputs.goal_time_s = finish;
  inputs.strategy = PF_STRATEGY_EVEN_EFFORT;
  inputs.grade_model = PF_PROFILE_MODEL;
  for (guint i = 0; i < n; i++)
    if (p[i].time_us != PF_TRACK_NO_TIME)
      {
        start = g_date_time_new_from_unix_utc (p[i].time_us / G_USEC_PER_SEC);
        break;
      }
  start_text = g_date_time_format (start, "%Y-%m-%dT%H:%M");
  if (!pf_start_time_parse (start_text, &inputs.start_time))
    g_return_val_if_reached (FALSE);
  inputs.conditions.start_temp_c = temp_c;
  inputs.conditions.finish_temp_c = NAN;
  inputs.conditions.humidity_kind = PF_HUMIDITY_RELATIVE;
  inputs.conditions.humidity = ASSUMED_RH;
  if (profile != NULL)
    pf_plan_inputs_set_profile (&inputs, profile);
  plan = pf_plan_compute (&inputs, error);
  if (plan == NULL)
    return FALSE;

  distance = MIN (pf_course_get_distance (pf_plan_get_course (plan)), along[last]);
  for (guint u = 0; u < 2; u++)
    {
      double unit = u == 0 ? 1000.0 : 5000.0;

      for (double a = 0.0; a < distance; a += unit)
        {
          double b = MIN (a + unit, distance);
          double planned = pf_plan_elapsed_at (plan, b) - pf_plan_elapsed_at (plan, a);
          double run = actual_at (p, along, n, b) - actual_at (p, along, n, a);
          double err = (planned - run) / ((b - a) / 1000.0);

          if (b - a < unit / 2.0)
            break;
          *(u == 0 ? sq_km : sq_5km) += err * err;
          (*(u == 0 ? n_km : n_5km))++;
        }
    }
  return TRUE;
}

/* Each of the first @n_runs runs held out in turn: the profile fitted on the others, the run
 * planned without and with it. */
gboolean
pf_profile_leave_one_out (GPtrArray     *runs,
                          const double  *temps_c,
                          guint          n_runs,
                          PfLooResult   *result,
                          GError       **error)
{
  double sq[4] = { 0 };
  guint nk = 0, n5 = 0, nk2 = 0, n52 = 0;

  memset (result, 0, sizeof *result);
  for (guint out = 0; out < n_runs; out++)
    {
      g_autoptr(GPtrArray) train = g_ptr_array_new ();
      g_autofree double *temps = g_new0 (double, n_runs);
      g_autoptr(PfRunnerProfile) profile = NULL;
      PfTrack *held_out = g_ptr_array_index (runs, out);
      guint k = 0;

      for (guint i = 0; i < n_runs; i++)
        if (i != out)
          {
            g_ptr_array_add (train, g_ptr_array_index (runs, i));
            temps[k++] = temps_c != NULL ? temps_c[i] : NAN;
          }
      profile = pf_runner_profile_fit (train, temps, PF_PROFILE_MODEL, error);
      if (profile == NULL)
        return FALSE;
      if (!pf_profile_plan_errors (held_out, temps_c != NULL ? temps_c[out] : 10.0, NULL,
                                   &sq[0], &nk, &sq[2], &n5, error)
          || !pf_profile_plan_errors (held_out, temps_c != NULL ? temps_c[out] : 10.0, profile,
                                      &sq[1], &nk2, &sq[3], &n52, error))
        return FALSE;
      result->n_folds++;
    }
  g_assert_cmpuint (nk, ==, nk2);
  g_assert_cmpuint (n5, ==, n52);
  result->n_km = nk;
  result->n_5km = n5;
  result->km_generic = sqrt (sq[0] / MAX (nk, 1));
  result->km_personal = sqrt (sq[1] / MAX (nk, 1));
  result->five_generic = sqrt (sq[2] / MAX (n5, 1));
  result->five_personal = sqrt (sq[3] / MAX (n5, 1));
  return TRUE;
}

void
pf_profile_coverage (const PfRunnerProfile   *profile,
                     const PfSyntheticRunner *runner,
                     guint                   *n_with_data,
                     guint                   *n_covered,
                     guint                   *n_near_model,
                     double                  *max_correction)
{
  *n_with_data = 0;
  *n_covered = 0;
  *n_near_model = 0;
  *max_correction = 0.0;
  for (guint k = 0; k < PF_RUNNER_PROFILE_N_KNOTS; k++)
    {
      const PfRunnerProfileKnot *x = &profile->knots[k];

      *max_correction = MAX (*max_correction, fabs (x->correction));
      /* The flat knot is 0 by construction: nothing to cover. */
      if (x->n_segments == 0 || k == PF_RUNNER_PROFILE_FLAT_KNOT)
        continue;
      (*n_with_data)++;
      if (fabs (x->correction - pf_synthetic_truth (runner, x->grade)) <= 1.96 * x->se)
        (*n_covered)++;
      if (fabs (x->correction) <= PF_PROFILE_NEAR)
        (*n_near_model)++;
    }
}

GArray *
pf_profile_rows (const char  *data_dir,
                 guint        max_runs,
                 guint        n_seeds,
                 GError     **error)
{
  g_autoptr(GPtrArray) real = pf_profile_real_runs (data_dir, error);
  g_autoptr(GPtrArray) noise = NULL;
  g_autoptr(GPtrArray) courses = NULL;
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (PfProfileRow));
  guint counts[5] = { 1, 2, 5, 10, 0 }, n_counts = 0;

  if (real == NULL || (courses = pf_profile_courses_new (data_dir, error)) == NULL)
    return NULL;
  noise = pf_profile_noise_new (real);
  max_runs = MAX (max_runs, 1);
  n_seeds = MAX (n_seeds, 1);
  for (guint i = 0; i < 4; i++)
    if (counts[i] <= max_runs)
      n_counts++;
  if (counts[n_counts - 1] < max_runs)
    counts[n_counts++] = max_runs;

  for (guint r = 0; r < pf_n_synthetic_runners; r++)
    for (guint c = 0; c < n_counts; c++)
      {
        PfProfileRow row = { &pf_synthetic_runners[r], counts[c] };
        double sq[4] = { 0 };

        for (guint seed = 0; seed < n_seeds; seed++)
          {
            PfSyntheticSetup setup = { counts[c], 10000.0, 30000.0, 1000 * r + seed + 1 };
            g_autofree double *temps = NULL;
            g_autoptr(GPtrArray) runs = pf_synthetic_runs (row.runner, &setup, courses, noise,
                                                           &temps);
            g_autoptr(PfRunnerProfile) all = pf_runner_profile_fit (runs, temps,
                                                                    PF_PROFILE_MODEL, error);
            guint with_data, covered, near_model;
            double max_correction;
            PfLooResult loo;

            if (all == NULL)
              return NULL;
            pf_profile_coverage (all, row.runner, &with_data, &covered, &near_model,
                                 &max_correction);
            if (g_getenv ("PF_VALIDATE_KNOTS") != NULL)
              for (guint k = 0; k < PF_RUNNER_PROFILE_N_KNOTS; k++)
                g_printerr ("%s, %u runs: knot %+.0f %%: %+.3f ± %.3f (truth %+.3f), "
                            "%u segments, %u runs\n", row.runner->name, counts[c],
                            all->knots[k].grade * 100, all->knots[k].correction,
                            1.96 * all->knots[k].se,
                            pf_synthetic_truth (row.runner, all->knots[k].grade),
                            all->knots[k].n_segments, all->knots[k].n_runs);
            row.with_data += with_data;
            row.covered += covered;
            row.near_model += near_model;
            row.max_correction = MAX (row.max_correction, max_correction);
            row.heat = all->heat;
            row.fade = all->fade;
            if (counts[c] < 2)
              continue;
            if (!pf_profile_leave_one_out (runs, temps, counts[c], &loo, error))
              return NULL;
            sq[0] += loo.km_generic * loo.km_generic * loo.n_km;
            sq[1] += loo.km_personal * loo.km_personal * loo.n_km;
            sq[2] += loo.five_generic * loo.five_generic * loo.n_5km;
            sq[3] += loo.five_personal * loo.five_personal * loo.n_5km;
            row.loo.n_km += loo.n_km;
            row.loo.n_5km += loo.n_5km;
            row.loo.n_folds += loo.n_folds;
          }
        if (row.loo.n_folds > 0)
          {
            row.loo.km_generic = sqrt (sq[0] / row.loo.n_km);
            row.loo.km_personal = sqrt (sq[1] / row.loo.n_km);
            row.loo.five_generic = sqrt (sq[2] / row.loo.n_5km);
            row.loo.five_personal = sqrt (sq[3] / row.loo.n_5km);
          }
        g_array_append_val (rows, row);
      }
  return g_steal_pointer (&rows);
}

void
pf_profile_verdicts (GArray            *rows,
                     PfProfileVerdicts *v)
{
  guint covered[2] = { 0 }, with_data[2] = { 0 }, thin_near = 0, thin_knots = 0;

  v->worst_ratio_model = 0.0;
  v->worst_ratio_other = 0.0;
  v->least_gain_other = 1.0;
  v->thin_max_correction = 0.0;
  for (guint i = 0; i < rows->len; i++)
    {
      const PfProfileRow *row = &g_array_index (rows, PfProfileRow, i);
      gboolean model = pf_synthetic_is_model (row->runner);

      covered[model] += row->covered;
      with_data[model] += row->with_data;
      if (model && row->n_runs <= 2)
        {
          v->thin_max_correction = MAX (v->thin_max_correction, row->max_correction);
          thin_near += row->near_model;
          thin_knots += row->with_data;
        }
      if (row->loo.n_folds == 0)
        continue;
      if (model)
        v->worst_ratio_model = MAX (v->worst_ratio_model,
                                    row->loo.km_personal / row->loo.km_generic);
      else
        {
          v->worst_ratio_other = MAX (v->worst_ratio_other,
                                      row->loo.km_personal / row->loo.km_generic);
          if (row->n_runs >= 5)
            v->least_gain_other = MIN (v->least_gain_other,
                                       1.0 - row->loo.km_personal / row->loo.km_generic);
        }
    }
  v->coverage_model = with_data[1] > 0 ? (double) covered[1] / with_data[1] : 1.0;
  v->coverage_other = with_data[0] > 0 ? (double) covered[0] / with_data[0] : 1.0;
  v->thin_near = thin_knots > 0 ? (double) thin_near / thin_knots : 1.0;
}
