/* pf-course-line.c — the raw line made into the course: measured (with notes on gaps
 * and jumps), its missing elevation filled in, its raw climb summed, resampled every step, and
 * its waypoints placed on it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-course"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pf-big-array.h"
#include "pf-course-private.h"
#include "pf-geo.h"
#include "pf-quantity.h"
#include "pf-sample-tree.h"

/* A gap this long between two parts of the line is worth telling the user about. */
#define NOTABLE_GAP_M 200.0
/* …and so is a jump this long between two consecutive points of the same part. */
#define NOTABLE_JUMP_M 1000.0
/* A waypoint this far from the line probably is not on the course. */
#define FAR_WAYPOINT_M 500.0

/* Cumulative distance along the raw line (pf_track_measure: parts are joined, a race course
 * is one line), with a note where a join or a step is long enough to matter. */
double *
_pf_course_measure_line (PfCourse *self)
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
    {
      g_autofree char *gap = pf_quantity (PF_QUANTITY_DISTANCE, largest_gap, 1);
      g_autofree char *at = pf_quantity (PF_QUANTITY_DISTANCE, gap_at, 1);

      _pf_course_add_note (self,
                           g_dngettext (GETTEXT_PACKAGE,
                                        /* Translators: the first %s is a file name, the two
                                         * last are distances ("0.3 km" at "12.5 km") */
                                        "%s: %u gap between the parts of the line was joined straight (%s at %s)",
                                        "%s: %u gaps between the parts of the line were joined straight (the largest %s, at %s)",
                                        n_gaps),
                           pf_track_get_display_name (self->track), n_gaps, gap, at);
    }

  /* Recordings lose the signal in tunnels and between tall buildings. */
  if (largest_jump >= NOTABLE_JUMP_M)
    {
      g_autofree char *jump = pf_quantity (PF_QUANTITY_DISTANCE, largest_jump, 1);

      /* Translators: a file name, a line number, and a distance ("1.2 km") */
      _pf_course_add_note (self, _("%s:%u: two consecutive points are %s apart; the line between them is straight"),
                           pf_track_get_display_name (self->track), jump_line, jump);
    }

  return cumulative;
}

/* Elevation at every raw point: missing values are interpolated along distance between the
 * known ones (held flat beyond the first and last). Returns NULL when the file has no
 * elevation at all — no value, or only zeros, which is a file without elevation, not a
 * course at sea level. */
double *
_pf_course_fill_elevation (PfCourse     *self,
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
    _pf_course_add_note (self,
                         g_dngettext (GETTEXT_PACKAGE,
                                      "%s: %u point has no elevation; it was interpolated from its neighbours",
                                      "%s: %u points have no elevation; they were interpolated from their neighbours",
                                      n - n_known),
                         pf_track_get_display_name (self->track), n - n_known);

  return g_steal_pointer (&ele);
}

void
_pf_course_raw_climb (PfCourse *self)
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
void
_pf_course_resample (PfCourse     *self,
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

static int
compare_course_points (gconstpointer a,
                       gconstpointer b)
{
  const PfCoursePoint *x = a, *y = b;

  return (x->distance_m > y->distance_m) - (x->distance_m < y->distance_m);
}

/* Each waypoint goes to the nearest resampled point of the line (the first one on ties, so
 * a station at the start of a loop sits at 0 km, not at the finish). */
void
_pf_course_place_waypoints (PfCourse *self)
{
  const PfCourseSample *samples = self->samples;
  guint n_far = 0;
  const char *far_name = NULL;
  g_autoptr(PfSampleTree) tree = NULL;

  if (pf_track_get_n_waypoints (self->track) > 0 && self->n_samples > 0)
    tree = pf_sample_tree_new (samples, self->n_samples);

  for (guint w = 0; w < pf_track_get_n_waypoints (self->track) && self->n_samples > 0; w++)
    {
      const PfWaypoint *wpt = pf_track_get_waypoint (self->track, w);
      guint best_k = pf_sample_tree_nearest (tree, wpt->lat, wpt->lon);
      PfCoursePoint point = { 0 };

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
    {
      g_autofree char *far = pf_quantity (PF_QUANTITY_DISTANCE, FAR_WAYPOINT_M, 1);

      _pf_course_add_note (self,
                           g_dngettext (GETTEXT_PACKAGE,
                                        /* Translators: a file name, a count, a waypoint's
                                         * name and a distance ("0.5 km") */
                                        "%s: %u waypoint (“%s”) lies more than %s from the course",
                                        "%s: %u waypoints (first: “%s”) lie more than %s from the course",
                                        n_far),
                           pf_track_get_display_name (self->track), n_far,
                           far_name != NULL ? far_name : "", far);
    }
}
