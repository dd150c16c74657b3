/* pf-runner-segments.c — a recorded run cut into the segments the runner's profile is fitted on
 *
 * Each run becomes segments of about 150 m, each with its pace, its grade and what the grade
 * model charges for it step by step; stops, GPS jumps and walking breaks are left out. Also the
 * real noise the validation draws from (pf_runner_profile_residuals) and the folder walk that
 * finds a runner's activities. docs/science.md ("The runner's own profile") explains each
 * step; the constants below are the ones it lists.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-runner-profile"

#include "config.h"

#include "pf-runner-profile-private.h"

#include <math.h>
#include <string.h>

#include "pf-bisect.h"
#include "pf-course.h"

/* Segments of about this much distance: long enough that GPS noise (a few metres per fix)
 * and the altitude's noise average out of the speed and grade, short enough that a hill of a
 * few hundred metres still gives segments of its own grade. */
#define SEGMENT_M              150.0
/* A gap between two fixes longer than this while moving under STOP_SPEED is a stop (auto-pause,
 * a traffic light, a drink): its segment says nothing of the runner's pace. */
#define STOP_GAP_S             10.0
#define STOP_SPEED_MS          0.5
/* Faster than any runner over 150 m (Bolt's 100 m average is 10.4 m/s): a GPS jump. */
#define SPIKE_SPEED_MS         11.0
/* Above this many times the run's own 95th percentile speed: a jump, even when slower than
 * SPIKE_SPEED_MS (a slow runner's 9 m/s is as impossible as 11 m/s). */
#define SPIKE_OVER_P95         1.5
/* On runnable ground (|grade| under WALK_MAX_GRADE) a flat-equivalent pace this much slower than
 * the run's median is a walking break: walking 6–7 min/km against running 5 min/km is ≥ 1.3×,
 * and 1.6 leaves room for the runner's own easy stretches. Steeper ground is kept: walking a
 * steep climb is how the runner climbs, and the profile must learn it. */
#define WALK_OVER_MEDIAN       1.6
#define WALK_MAX_GRADE         0.08

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The median of @values (sorted in place), NAN when there are none. */
double
pf_runner_profile_median (GArray *values)
{
  guint n = values->len;

  if (n == 0)
    return NAN;
  g_array_sort (values, compare_double);
  return n % 2 ? g_array_index (values, double, n / 2)
               : 0.5 * (g_array_index (values, double, n / 2 - 1)
                        + g_array_index (values, double, n / 2));
}

/* The hat-function weights of @grade on its two knots (held at the ends). */
void
pf_runner_profile_knot_weights (double  grade,
                                guint  *k0,
                                double *w0)
{
  double x = grade / PF_RUNNER_PROFILE_KNOT_STEP + PF_RUNNER_PROFILE_FLAT_KNOT;

  x = CLAMP (x, 0.0, PF_RUNNER_PROFILE_N_KNOTS - 1.0);
  *k0 = MIN ((guint) floor (x), PF_RUNNER_PROFILE_N_KNOTS - 2);
  *w0 = 1.0 - (x - *k0);
}

/* The model's pace factor averaged over the course's 10 m samples from @from_m to @to_m (course
 * distance) — what the plan charges for that stretch, step by step — and each knot's @load
 * (see PfRunSegment). The factor of the mean grade is not it: the factor is convex, so a
 * segment over a bump costs more than its mean grade says, and a runner exactly the model
 * would look slower than the model uphill. */
static double
segment_model (const PfCourse *course,
               PfGradeModel    model,
               double          from_m,
               double          to_m,
               double         *load)
{
  const PfCourseSample *samples = pf_course_get_samples (course);
  guint n = pf_course_get_n_samples (course);
  double total = 0.0, length = 0.0;
  guint k = PF_BISECT (PfCourseSample, samples, n, distance_m, from_m), k0;
  double w0;

  memset (load, 0, PF_RUNNER_PROFILE_N_KNOTS * sizeof *load);
  for (; k + 1 < n && samples[k].distance_m < to_m; k++)
    {
      double a = MAX (samples[k].distance_m, from_m);
      double b = MIN (samples[k + 1].distance_m, to_m);
      double grade = (samples[k].grade + samples[k + 1].grade) / 2.0, time;

      if (b <= a)
        continue;
      time = (b - a) * pf_grade_factor (model, grade);
      pf_runner_profile_knot_weights (grade, &k0, &w0);
      load[k0] += time * w0;
      load[k0 + 1] += time * (1.0 - w0);
      total += time;
      length += b - a;
    }
  if (length > 0.0)
    {
      for (guint j = 0; j < PF_RUNNER_PROFILE_N_KNOTS; j++)
        load[j] /= total;
      return total / length;
    }
  else
    {
      double grade = (pf_course_elevation_at (course, to_m)
                      - pf_course_elevation_at (course, from_m)) / MAX (to_m - from_m, 1.0);

      pf_runner_profile_knot_weights (grade, &k0, &w0);
      load[k0] = w0;
      load[k0 + 1] = 1.0 - w0;
      return pf_grade_factor (model, grade);
    }
}

/* One run's kept segments appended to @segments. Distance is the device's own where every
 * timed point has it (a foot pod or the watch's filtered GPS is steadier than the positions'
 * steps), else the positions. Grade is the course cleaner's (resampled every 10 m, despiked,
 * smoothed, over ≥ its grade base), so runs and courses share one notion of grade. */
gboolean
pf_runner_profile_cut_run (PfTrack         *track,
                           guint            run,
                           GArray          *segments,
                           PfRunnerProfile *profile,
                           double          *run_hours,
                           double          *temperature_c)
{
  const PfTrackPoint *p = pf_track_get_points (track);
  guint n = pf_track_get_n_points (track);
  g_autofree double *along = NULL;
  g_autoptr(PfCourse) course = NULL;
  g_autoptr(GArray) speeds = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) flat = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) temps = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) raw = g_array_new (FALSE, FALSE, sizeof (PfRunSegment));
  gboolean device = TRUE;
  guint n_timed = 0, start = G_MAXUINT;
  double p95, median_flat;
  gint64 t0 = PF_TRACK_NO_TIME;
  PfCleanOptions options;

  for (guint i = 0; i < n; i++)
    if (p[i].time_us != PF_TRACK_NO_TIME)
      {
        n_timed++;
        if (!isfinite (p[i].distance_m))
          device = FALSE;
        if (isfinite (p[i].temperature_c))
          g_array_append_val (temps, (double) { p[i].temperature_c });
      }
  if (n_timed < 2)
    return FALSE;

  pf_clean_options_init (&options);
  course = pf_course_new (track, &options, NULL);
  if (course == NULL || !pf_course_has_elevation (course))
    return FALSE;
  along = pf_track_measure (track);

  for (guint i = 0; i < n; i++)
    if (p[i].time_us != PF_TRACK_NO_TIME)
      {
        t0 = p[i].time_us;
        start = i;
        break;
      }
  *run_hours = 0.0;
  *temperature_c = pf_runner_profile_median (temps);

  /* Cut into segments of SEGMENT_M, each from one timed point to the first past its length. */
  for (guint i = start + 1, a = start; i < n; i++)
    {
      double da, dt, stopped = 0.0;
      PfRunSegment s;

      if (p[i].time_us == PF_TRACK_NO_TIME || p[i].time_us <= p[a].time_us)
        continue;
      da = device ? p[i].distance_m - p[a].distance_m : along[i] - along[a];
      if (da < SEGMENT_M)
        continue;
      dt = (p[i].time_us - p[a].time_us) / 1e6;
      for (guint j = a + 1; j <= i; j++)
        {
          double gap = (p[j].time_us - p[j - 1].time_us) / 1e6;
          double step = device ? p[j].distance_m - p[j - 1].distance_m : along[j] - along[j - 1];

          if (p[j].time_us != PF_TRACK_NO_TIME && p[j - 1].time_us != PF_TRACK_NO_TIME
              && gap > STOP_GAP_S && step / gap < STOP_SPEED_MS)
            stopped += gap;
        }
      s.grade = (pf_course_elevation_at (course, along[i] * pf_course_get_scale (course))
                 - pf_course_elevation_at (course, along[a] * pf_course_get_scale (course)))
                / MAX (along[i] - along[a], 1.0);
      s.log_model = log (segment_model (course, profile->model,
                                        along[a] * pf_course_get_scale (course),
                                        along[i] * pf_course_get_scale (course), s.load));
      s.log_pace = log (dt / da);
      s.hours = ((p[a].time_us + p[i].time_us) / 2 - t0) / 3.6e9;
      s.length_m = da;
      s.run = run;
      *run_hours = MAX (*run_hours, (p[i].time_us - t0) / 3.6e9);
      a = i;
      if (stopped > 0.0 || da / dt < STOP_SPEED_MS)
        {
          profile->n_removed_stop++;
          continue;
        }
      g_array_append_val (raw, s);
      g_array_append_val (speeds, (double) { da / dt });
    }
  if (raw->len == 0)
    return FALSE;

  g_array_sort (speeds, compare_double);
  p95 = g_array_index (speeds, double, (guint) floor (0.95 * (speeds->len - 1)));
  for (guint i = 0; i < raw->len; i++)
    {
      PfRunSegment *s = &g_array_index (raw, PfRunSegment, i);

      if (fabs (s->grade) < WALK_MAX_GRADE)
        g_array_append_val (flat, (double) { s->log_pace
                                             - s->log_model });
    }
  median_flat = pf_runner_profile_median (flat);

  for (guint i = 0; i < raw->len; i++)
    {
      PfRunSegment *s = &g_array_index (raw, PfRunSegment, i);
      double speed = exp (-s->log_pace);

      if (speed > SPIKE_SPEED_MS || speed > SPIKE_OVER_P95 * p95)
        profile->n_removed_spike++;
      else if (isfinite (median_flat) && fabs (s->grade) < WALK_MAX_GRADE
               && s->log_pace - s->log_model
                  > median_flat + log (WALK_OVER_MEDIAN))
        profile->n_removed_walk++;
      else
        {
          g_array_append_val (segments, *s);
          profile->n_segments++;
          profile->distance_m += s->length_m;
        }
    }
  return TRUE;
}

/**
 * pf_runner_profile_residuals:
 * @track: one recorded run, with times
 * @model: the grade model
 * @grades: (out) (optional) (element-type double): each residual's segment grade (decimal)
 * @hours: (out) (optional) (element-type double): each segment's middle, hours from the start
 *
 * What the model cannot explain in one run: each kept segment's log-pace (the fit's segments,
 * about 150 m, stops, spikes and walking breaks removed) minus the run's level (the median
 * flat-equivalent log-pace) minus the model's grade factor, in the order they were run. Real
 * noise for synthetic runners (tests/validation): a windy stretch, a crowded start, the
 * recording's own errors, all autocorrelated as they are in a run.
 *
 * Returns: (transfer full) (element-type double): the residuals, or NULL when the run has
 *   nothing the fit would keep.
 */
GArray *
pf_runner_profile_residuals (PfTrack       *track,
                             PfGradeModel   model,
                             GArray       **grades,
                             GArray       **hours)
{
  PfRunnerProfile scratch = { .model = model };
  g_autoptr(GArray) segments = g_array_new (FALSE, FALSE, sizeof (PfRunSegment));
  g_autoptr(GArray) flat = g_array_new (FALSE, FALSE, sizeof (double));
  GArray *residuals;
  double run_hours, temperature, level;

  g_return_val_if_fail (track != NULL, NULL);

  if (!pf_runner_profile_cut_run (track, 0, segments, &scratch, &run_hours, &temperature)
      || segments->len == 0)
    return NULL;
  if (grades != NULL)
    *grades = g_array_sized_new (FALSE, FALSE, sizeof (double), segments->len);
  if (hours != NULL)
    *hours = g_array_sized_new (FALSE, FALSE, sizeof (double), segments->len);
  for (guint i = 0; i < segments->len; i++)
    {
      const PfRunSegment *s = &g_array_index (segments, PfRunSegment, i);

      g_array_append_val (flat, (double) { s->log_pace - s->log_model });
      if (grades != NULL)
        g_array_append_val (*grades, s->grade);
      if (hours != NULL)
        g_array_append_val (*hours, s->hours);
    }
  residuals = g_array_sized_new (FALSE, FALSE, sizeof (double), segments->len);
  /* flat is in run order until pf_runner_profile_median sorts it: the residuals are taken first. */
  g_array_append_vals (residuals, flat->data, flat->len);
  level = pf_runner_profile_median (flat);
  for (guint i = 0; i < residuals->len; i++)
    g_array_index (residuals, double, i) -= level;
  return residuals;
}

static gboolean
is_activity_name (const char *name)
{
  g_autofree char *lower = g_ascii_strdown (name, -1);

  return g_str_has_suffix (lower, ".gpx") || g_str_has_suffix (lower, ".tcx")
         || g_str_has_suffix (lower, ".fit");
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

/**
 * pf_runner_profile_collect_runs:
 * @path: a recorded run, or a folder of them
 * @paths: (element-type utf8): where the paths are appended
 * @error: the folder's error when it cannot be listed
 *
 * The runs @path names, as the CLI's `profile` and the Profile page take them: a file itself
 * (whatever its name: the importer tells its format), or the GPX, TCX and FIT files of a
 * folder, sorted, so that a profile never depends on the order a file system lists them in.
 */
gboolean
pf_runner_profile_collect_runs (const char  *path,
                                GPtrArray   *paths,
                                GError     **error)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = NULL;
  const char *name;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (paths != NULL, FALSE);

  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_ptr_array_add (paths, g_strdup (path));
      return TRUE;
    }
  dir = g_dir_open (path, 0, error);
  if (dir == NULL)
    return FALSE;
  names = g_ptr_array_new_with_free_func (g_free);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (is_activity_name (name))
      g_ptr_array_add (names, g_build_filename (path, name, NULL));
  g_ptr_array_sort (names, compare_paths);
  for (guint i = 0; i < names->len; i++)
    g_ptr_array_add (paths, g_strdup (g_ptr_array_index (names, i)));
  return TRUE;
}
