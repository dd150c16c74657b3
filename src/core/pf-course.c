/* pf-course.c — from the raw line to the profile plans are made on
 *
 * Raw GPS or barometric elevation summed point to point overstates the climb several times
 * over (docs/science.md §1), and that is the first thing that makes a plan wrong. So: resample
 * the line every few metres, reject spikes with a running median, smooth along distance,
 * then count ascent and descent with a dead band. The raw figures are kept beside the
 * cleaned ones so the user can see what cleaning changed.
 *
 * This file holds PfCourse itself: pf_course_new takes those steps in order, and the accessors
 * and look-ups read the result. The line is measured, resampled and given its waypoints in
 * pf-course-line.c; the elevation profile is cleaned in pf-course-clean.c.
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
#include "pf-course-private.h"
#include "pf-quantity.h"

G_DEFINE_QUARK (pf-course-error-quark, pf_course_error)

/* Resampling never makes more samples than this; longer lines get a longer step. */
#define MAX_SAMPLES 2000000

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

void
_pf_course_add_note (PfCourse   *self,
                     const char *format,
                     ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (self->notes, g_strdup_vprintf (format, args));
  va_end (args);
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

  cumulative = _pf_course_measure_line (self);
  self->measured_m = cumulative[pf_track_get_n_points (track) - 1];
  if (self->measured_m < 1.0)
    {
      g_set_error (error, PF_COURSE_ERROR, PF_COURSE_ERROR_TOO_SHORT,
                   _("%s: all points of the course are at the same place"),
                   pf_track_get_display_name (track));
      return NULL;
    }

  ele = _pf_course_fill_elevation (self, cumulative);
  self->has_elevation = ele != NULL;
  _pf_course_raw_climb (self);
  if (!self->has_elevation)
    _pf_course_add_note (self, _("%s has no elevation data: the course is treated as flat"),
                         pf_track_get_display_name (track));

  step = MAX (options->step_m > 0.0 ? options->step_m : 10.0,
              self->measured_m / (MAX_SAMPLES - 1));
  _pf_course_resample (self, cumulative, ele, step);
  self->step_m = step;
  self->smooth_window_m = options->smooth_window_m;
  self->hysteresis_m = options->hysteresis_m;

  if (self->has_elevation)
    _pf_course_clean_elevation (self, step);
  else
    self->min_ele_m = self->max_ele_m = 0.0;

  _pf_course_place_waypoints (self);

  self->scale = official > 0.0 ? official / self->measured_m : 1.0;
  if (fabs (self->scale - 1.0) > 0.10)
    {
      g_autofree char *official_q = pf_quantity (PF_QUANTITY_DISTANCE, official, 3);
      g_autofree char *measured = pf_quantity (PF_QUANTITY_DISTANCE, self->measured_m, 3);

      /* Translators: both %s are distances, "42.195 km" */
      _pf_course_add_note (self, _("The official distance (%s) differs from the measured one (%s) by %.0f %%: check the file and the distance"),
                           official_q, measured, fabs (self->scale - 1.0) * 100.0);
    }
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
