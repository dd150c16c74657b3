/* pf-course.c — from the raw line to the profile plans are made on
 *
 * Raw GPS or barometric elevation summed point to point overstates the climb several times
 * over (docs/science.md §1), and that is the first thing that makes a plan wrong. So: resample
 * the line every few metres, reject spikes with a running median, smooth along distance,
 * then count ascent and descent with a dead band. The raw figures are kept beside the
 * cleaned ones so the user can see what cleaning changed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-course"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "pf-big-array.h"
#include "pf-bisect.h"
#include "pf-course.h"
#include "pf-geo.h"
#include "pf-profile-filter.h"

G_DEFINE_QUARK (pf-course-error-quark, pf_course_error)

/* A gap this long between two parts of the line is worth telling the user about. */
#define NOTABLE_GAP_M 200.0
/* …and so is a jump this long between two consecutive points of the same part. */
#define NOTABLE_JUMP_M 1000.0
/* A waypoint this far from the line probably is not on the course. */
#define FAR_WAYPOINT_M 500.0
/* Resampling never makes more samples than this; longer lines get a longer step. */
#define MAX_SAMPLES 2000000
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

struct _PfCourse
{
  gatomicrefcount  ref_count;
  PfTrack         *track;
  PfCleanOptions   options;
  double           measured_m;
  double           scale;
  gboolean         has_elevation;
  double           ascent_m, descent_m;
  double           raw_ascent_m, raw_descent_m;
  double           min_ele_m, max_ele_m;
  double           step_m;
  double           smooth_window_m, hysteresis_m;  /* as adapted to the source's noise */
  PfCourseSample  *samples;        /* pf_big_array_new() */
  guint            n_samples;
  GArray          *aid_stations;   /* PfCoursePoint */
  GArray          *landmarks;      /* PfCoursePoint */
  GPtrArray       *notes;
};

G_DEFINE_BOXED_TYPE (PfCourse, pf_course, pf_course_ref, pf_course_unref)

void
pf_clean_options_init (PfCleanOptions *options)
{
  g_return_if_fail (options != NULL);

  options->official_distance_m = 0.0;
  options->step_m = 10.0;
  options->spike_window_m = 90.0;
  options->smooth_window_m = 150.0;
  options->hysteresis_m = 3.0;
  options->grade_base_m = 60.0;
}

static void
clear_course_point (gpointer data)
{
  PfCoursePoint *point = data;

  g_clear_pointer (&point->name, g_free);
  g_clear_pointer (&point->comment, g_free);
}

PfCourse *
pf_course_ref (PfCourse *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
pf_course_unref (PfCourse *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      pf_track_unref (self->track);
      pf_big_array_free (self->samples);
      g_array_unref (self->aid_stations);
      g_array_unref (self->landmarks);
      g_ptr_array_unref (self->notes);
      g_free (self);
    }
}

static void
add_note (PfCourse   *self,
          const char *format,
          ...) G_GNUC_PRINTF (2, 3);

static void
add_note (PfCourse   *self,
          const char *format,
          ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (self->notes, g_strdup_vprintf (format, args));
  va_end (args);
}

/* Cumulative distance along the raw line (pf_track_measure: parts are joined, a race course
 * is one line), with a note where a join or a step is long enough to matter. */
static double *
measure_line (PfCourse *self)
{
  const PfTrackPoint *points = pf_track_get_points (self->track);
  guint n = pf_track_get_n_points (self->track);
  double *cumulative = pf_track_measure (self->track);
  double largest_gap = 0.0, gap_at = 0.0, largest_jump = 0.0;
  guint n_gaps = 0, jump_line = 0;

  for (guint i = 1; i < n; i++)
    {
      double d = cumulative[i] - cumulative[i - 1];

      if (points[i].part == points[i - 1].part && d > largest_jump)
        {
          largest_jump = d;
          jump_line = points[i].line;
        }
      if (points[i].part != points[i - 1].part && d >= NOTABLE_GAP_M)
        {
          n_gaps++;
          if (d > largest_gap)
            {
              largest_gap = d;
              gap_at = cumulative[i - 1];
            }
        }
    }

  if (n_gaps > 0)
    add_note (self,
              g_dngettext (GETTEXT_PACKAGE,
                           "%s: %u gap between the parts of the line was joined straight (%.1f km at %.1f km)",
                           "%s: %u gaps between the parts of the line were joined straight (the largest %.1f km, at %.1f km)",
                           n_gaps),
              pf_track_get_display_name (self->track), n_gaps, largest_gap / 1000.0,
              gap_at / 1000.0);

  /* Recordings lose the signal in tunnels and between tall buildings. */
  if (largest_jump >= NOTABLE_JUMP_M)
    add_note (self, _("%s:%u: two consecutive points are %.1f km apart; the line between them is straight"),
              pf_track_get_display_name (self->track), jump_line, largest_jump / 1000.0);

  return cumulative;
}

/* Elevation at every raw point: missing values are interpolated along distance between the
 * known ones (held flat beyond the first and last). Returns NULL when the file has no
 * elevation at all — no value, or only zeros, which is a file without elevation, not a
 * course at sea level. */
static double *
fill_elevation (PfCourse     *self,
                const double *cumulative)
{
  const PfTrackPoint *points = pf_track_get_points (self->track);
  guint n = pf_track_get_n_points (self->track);
  g_autofree double *ele = g_new (double, n);
  guint n_known = 0, n_nonzero = 0;
  gint64 previous = -1;

  for (guint i = 0; i < n; i++)
    {
      if (isnan (points[i].ele))
        continue;
      n_known++;
      if (points[i].ele != 0.0)
        n_nonzero++;
    }

  if (n_nonzero == 0)
    return NULL;

  for (guint i = 0; i < n; i++)
    {
      if (isnan (points[i].ele))
        continue;

      ele[i] = points[i].ele;
      if (previous < 0)
        {
          for (guint j = 0; j < i; j++)
            ele[j] = ele[i];
        }
      else
        {
          double d0 = cumulative[previous], d1 = cumulative[i];

          for (guint j = (guint) previous + 1; j < i; j++)
            {
              double t = d1 > d0 ? (cumulative[j] - d0) / (d1 - d0) : 0.0;
              ele[j] = ele[previous] + t * (ele[i] - ele[previous]);
            }
        }
      previous = i;
    }
  for (guint j = (guint) previous + 1; j < n; j++)
    ele[j] = ele[previous];

  if (n_known < n)
    add_note (self,
              g_dngettext (GETTEXT_PACKAGE,
                           "%s: %u point has no elevation; it was interpolated from its neighbours",
                           "%s: %u points have no elevation; they were interpolated from their neighbours",
                           n - n_known),
              pf_track_get_display_name (self->track), n - n_known);

  return g_steal_pointer (&ele);
}

static void
raw_climb (PfCourse *self)
{
  const PfTrackPoint *points = pf_track_get_points (self->track);
  guint n = pf_track_get_n_points (self->track);
  double last = NAN;

  self->raw_ascent_m = self->raw_descent_m = 0.0;
  for (guint i = 0; i < n; i++)
    {
      if (isnan (points[i].ele))
        continue;
      if (!isnan (last))
        {
          if (points[i].ele > last)
            self->raw_ascent_m += points[i].ele - last;
          else
            self->raw_descent_m += last - points[i].ele;
        }
      last = points[i].ele;
    }
}

/* Samples every step along the raw line, interpolating position and elevation. */
static void
resample (PfCourse     *self,
          const double *cumulative,
          const double *ele,
          double        step)
{
  const PfTrackPoint *points = pf_track_get_points (self->track);
  guint n = pf_track_get_n_points (self->track);
  guint n_samples = (guint) ceil (self->measured_m / step) + 1;
  guint seg = 0;

  self->samples = pf_big_array_new (n_samples, sizeof (PfCourseSample));
  self->n_samples = n_samples;
  for (guint k = 0; k < n_samples; k++)
    {
      PfCourseSample *s = &self->samples[k];
      double d = MIN (k * step, self->measured_m);
      double t;

      while (seg + 2 < n && cumulative[seg + 1] < d)
        seg++;

      t = cumulative[seg + 1] > cumulative[seg]
            ? (d - cumulative[seg]) / (cumulative[seg + 1] - cumulative[seg])
            : 0.0;
      t = CLAMP (t, 0.0, 1.0);

      s->distance_m = d;
      s->lat = points[seg].lat + t * (points[seg + 1].lat - points[seg].lat);
      s->lon = points[seg].lon + t * (points[seg + 1].lon - points[seg].lon);
      s->ele_raw = ele != NULL ? ele[seg] + t * (ele[seg + 1] - ele[seg]) : 0.0;
      s->ele = s->ele_raw;
      s->grade = 0.0;
    }
}

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
static void
clean_elevation (PfCourse *self,
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

static int
compare_course_points (gconstpointer a,
                       gconstpointer b)
{
  const PfCoursePoint *x = a, *y = b;

  return (x->distance_m > y->distance_m) - (x->distance_m < y->distance_m);
}

/* Each waypoint goes to the nearest resampled point of the line (the first one on ties, so
 * a station at the start of a loop sits at 0 km, not at the finish). */
static void
place_waypoints (PfCourse *self)
{
  const PfCourseSample *samples = self->samples;
  guint n_samples = self->n_samples;
  guint n_far = 0;
  const char *far_name = NULL;

  for (guint w = 0; w < pf_track_get_n_waypoints (self->track); w++)
    {
      const PfWaypoint *wpt = pf_track_get_waypoint (self->track, w);
      double coslat = cos (wpt->lat * G_PI / 180.0);
      double best = G_MAXDOUBLE;
      guint best_k = 0;
      PfCoursePoint point = { 0 };

      /* An equirectangular distance is exact enough to find the nearest sample. */
      for (guint k = 0; k < n_samples; k++)
        {
          double dy = samples[k].lat - wpt->lat;
          double dx = (samples[k].lon - wpt->lon) * coslat;
          double d2 = dx * dx + dy * dy;

          if (d2 < best)
            {
              best = d2;
              best_k = k;
            }
        }

      point.name = g_strdup (wpt->name != NULL ? wpt->name : "");
      point.comment = g_strdup (wpt->comment);
      point.distance_m = samples[best_k].distance_m;
      point.offset_m = pf_geo_haversine_m (wpt->lat, wpt->lon,
                                           samples[best_k].lat, samples[best_k].lon);
      point.lat = wpt->lat;
      point.lon = wpt->lon;
      point.kind = wpt->kind;

      if (point.offset_m > FAR_WAYPOINT_M)
        {
          n_far++;
          far_name = far_name != NULL ? far_name : wpt->name;
        }

      g_array_append_val (wpt->kind == PF_WAYPOINT_AID_STATION ? self->aid_stations
                                                               : self->landmarks,
                          point);
    }

  g_array_sort (self->aid_stations, compare_course_points);
  g_array_sort (self->landmarks, compare_course_points);

  if (n_far > 0)
    add_note (self,
              g_dngettext (GETTEXT_PACKAGE,
                           "%s: %u waypoint (“%s”) lies more than %.1f km from the course",
                           "%s: %u waypoints (first: “%s”) lie more than %.1f km from the course",
                           n_far),
              pf_track_get_display_name (self->track), n_far,
              far_name != NULL ? far_name : "", FAR_WAYPOINT_M / 1000.0);
}

static void
apply_scale (PfCourse *self)
{
  for (guint k = 0; k < self->n_samples; k++)
    self->samples[k].distance_m *= self->scale;
  for (guint i = 0; i < self->aid_stations->len; i++)
    g_array_index (self->aid_stations, PfCoursePoint, i).distance_m *= self->scale;
  for (guint i = 0; i < self->landmarks->len; i++)
    g_array_index (self->landmarks, PfCoursePoint, i).distance_m *= self->scale;
}

PfCourse *
pf_course_new (PfTrack               *track,
               const PfCleanOptions  *options,
               GError               **error)
{
  g_autoptr(PfCourse) self = NULL;
  g_autofree double *cumulative = NULL;
  g_autofree double *ele = NULL;
  PfCleanOptions defaults;
  double official, step;

  g_return_val_if_fail (track != NULL, NULL);
  g_return_val_if_fail (pf_track_get_n_points (track) >= 2, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (options == NULL)
    {
      pf_clean_options_init (&defaults);
      options = &defaults;
    }

  official = options->official_distance_m;
  if (!isfinite (official) || official < 0.0)
    {
      g_set_error (error, PF_COURSE_ERROR, PF_COURSE_ERROR_BAD_DISTANCE,
                   _("the official distance must be a positive length"));
      return NULL;
    }

  self = g_new0 (PfCourse, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->track = pf_track_ref (track);
  self->options = *options;
  self->aid_stations = g_array_new (FALSE, FALSE, sizeof (PfCoursePoint));
  g_array_set_clear_func (self->aid_stations, clear_course_point);
  self->landmarks = g_array_new (FALSE, FALSE, sizeof (PfCoursePoint));
  g_array_set_clear_func (self->landmarks, clear_course_point);
  self->notes = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < pf_track_get_notes (track)->len; i++)
    g_ptr_array_add (self->notes, g_strdup (g_ptr_array_index (pf_track_get_notes (track), i)));

  cumulative = measure_line (self);
  self->measured_m = cumulative[pf_track_get_n_points (track) - 1];
  if (self->measured_m < 1.0)
    {
      g_set_error (error, PF_COURSE_ERROR, PF_COURSE_ERROR_TOO_SHORT,
                   _("%s: all points of the course are at the same place"),
                   pf_track_get_display_name (track));
      return NULL;
    }

  ele = fill_elevation (self, cumulative);
  self->has_elevation = ele != NULL;
  raw_climb (self);
  if (!self->has_elevation)
    add_note (self, _("%s has no elevation data: the course is treated as flat"),
              pf_track_get_display_name (track));

  step = MAX (options->step_m > 0.0 ? options->step_m : 10.0,
              self->measured_m / (MAX_SAMPLES - 1));
  resample (self, cumulative, ele, step);
  self->step_m = step;
  self->smooth_window_m = options->smooth_window_m;
  self->hysteresis_m = options->hysteresis_m;

  if (self->has_elevation)
    clean_elevation (self, step);
  else
    self->min_ele_m = self->max_ele_m = 0.0;

  place_waypoints (self);

  self->scale = official > 0.0 ? official / self->measured_m : 1.0;
  if (fabs (self->scale - 1.0) > 0.10)
    add_note (self, _("The official distance (%.3f km) differs from the measured one (%.3f km) by %.0f %%: check the file and the distance"),
              official / 1000.0, self->measured_m / 1000.0, fabs (self->scale - 1.0) * 100.0);
  apply_scale (self);

  return g_steal_pointer (&self);
}

PfTrack *
pf_course_get_track (const PfCourse *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->track;
}

const char *
pf_course_get_name (const PfCourse *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return pf_track_get_name (self->track);
}

guint
pf_course_get_n_points (const PfCourse *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return pf_track_get_n_points (self->track);
}

/* The length of the line as drawn in the file (haversine, parts joined). */
double
pf_course_get_measured_distance (const PfCourse *self)
{
  g_return_val_if_fail (self != NULL, 0.0);

  return self->measured_m;
}

/* The distance the course was scaled to, or 0 when it keeps its measured length. */
double
pf_course_get_official_distance (const PfCourse *self)
{
  g_return_val_if_fail (self != NULL, 0.0);

  return self->options.official_distance_m;
}

/* The distance plans are made on: the official one when set, else the measured one. */
double
pf_course_get_distance (const PfCourse *self)
{
  g_return_val_if_fail (self != NULL, 0.0);

  return self->measured_m * self->scale;
}

double
pf_course_get_scale (const PfCourse *self)
{
  g_return_val_if_fail (self != NULL, 1.0);

  return self->scale;
}

gboolean
pf_course_has_elevation (const PfCourse *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->has_elevation;
}

double
pf_course_get_ascent (const PfCourse *self)
{
  g_return_val_if_fail (self != NULL, 0.0);

  return self->ascent_m;
}

double
pf_course_get_descent (const PfCourse *self)
{
  g_return_val_if_fail (self != NULL, 0.0);

  return self->descent_m;
}

double
pf_course_get_raw_ascent (const PfCourse *self)
{
  g_return_val_if_fail (self != NULL, 0.0);

  return self->raw_ascent_m;
}

double
pf_course_get_raw_descent (const PfCourse *self)
{
  g_return_val_if_fail (self != NULL, 0.0);

  return self->raw_descent_m;
}

double
pf_course_get_min_elevation (const PfCourse *self)
{
  g_return_val_if_fail (self != NULL, 0.0);

  return self->min_ele_m;
}

double
pf_course_get_max_elevation (const PfCourse *self)
{
  g_return_val_if_fail (self != NULL, 0.0);

  return self->max_ele_m;
}

void
pf_course_get_start (const PfCourse *self,
                     double         *lat,
                     double         *lon)
{
  const PfTrackPoint *first;

  g_return_if_fail (self != NULL);

  first = pf_track_get_points (self->track);
  if (lat != NULL)
    *lat = first->lat;
  if (lon != NULL)
    *lon = first->lon;
}

guint
pf_course_get_n_samples (const PfCourse *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_samples;
}

const PfCourseSample *
pf_course_get_samples (const PfCourse *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->samples;
}

guint
pf_course_get_n_aid_stations (const PfCourse *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->aid_stations->len;
}

const PfCoursePoint *
pf_course_get_aid_station (const PfCourse *self,
                           guint           index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->aid_stations->len, NULL);

  return &g_array_index (self->aid_stations, PfCoursePoint, index);
}

guint
pf_course_get_n_landmarks (const PfCourse *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->landmarks->len;
}

const PfCoursePoint *
pf_course_get_landmark (const PfCourse *self,
                        guint           index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->landmarks->len, NULL);

  return &g_array_index (self->landmarks, PfCoursePoint, index);
}

/* How the profile was cleaned: the resampling step, and the smoothing window and climb dead
 * band as adapted to the noise of the source (wider for a watch's own altitude). */
void
pf_course_get_cleaning (const PfCourse *self,
                        double         *step_m,
                        double         *smooth_window_m,
                        double         *hysteresis_m)
{
  g_return_if_fail (self != NULL);

  if (step_m != NULL)
    *step_m = self->step_m;
  if (smooth_window_m != NULL)
    *smooth_window_m = self->smooth_window_m;
  if (hysteresis_m != NULL)
    *hysteresis_m = self->hysteresis_m;
}

/* The import notes followed by what cleaning had to say, one sentence each. */
GPtrArray *
pf_course_get_notes (const PfCourse *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->notes;
}

/* Index of the last sample at or before @distance_m, and the fraction towards the next. */
static guint
locate (const PfCourse *self,
        double          distance_m,
        double         *t)
{
  const PfCourseSample *samples = self->samples;
  guint n = self->n_samples;
  guint lo, hi;

  if (distance_m <= samples[0].distance_m)
    {
      *t = 0.0;
      return 0;
    }
  if (distance_m >= samples[n - 1].distance_m)
    {
      *t = 0.0;
      return n - 1;
    }

  /* Strictly inside the ends: the next sample exists and lies beyond @distance_m. */
  lo = PF_BISECT (PfCourseSample, samples, n, distance_m, distance_m);
  hi = lo + 1;
  *t = (distance_m - samples[lo].distance_m) / (samples[hi].distance_m - samples[lo].distance_m);
  return lo;
}

double
pf_course_elevation_at (const PfCourse *self,
                        double          distance_m)
{
  const PfCourseSample *samples;
  double t;
  guint i;

  g_return_val_if_fail (self != NULL, 0.0);

  samples = pf_course_get_samples (self);
  i = locate (self, distance_m, &t);
  if (t == 0.0)
    return samples[i].ele;

  return samples[i].ele + t * (samples[i + 1].ele - samples[i].ele);
}

double
pf_course_grade_at (const PfCourse *self,
                    double          distance_m)
{
  const PfCourseSample *samples;
  double t;
  guint i;

  g_return_val_if_fail (self != NULL, 0.0);

  samples = pf_course_get_samples (self);
  i = locate (self, distance_m, &t);
  if (t == 0.0)
    return samples[i].grade;

  return samples[i].grade + t * (samples[i + 1].grade - samples[i].grade);
}
