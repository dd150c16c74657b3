/* pf-course-timed.c
 *
 * The FIT and TCX courses draw the same line: the cleaned course's samples (every 10 m, in the
 * plan's scale, with the cleaned elevation), thinned to one every PF_TIMED_STEP_M — a watch
 * navigates as well on 50 m as on 10 m, and a 330 km course stays within a few thousand
 * points — plus a point at every split's end, so that the virtual partner passes each split
 * exactly at the plan's time. The timed GPX keeps the original track's points instead: it
 * must measure what the original file measured.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-course-timed"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pf-course-timed.h"

/* @point at @distance_m along @plan's course: position and elevation interpolated between the
 * samples around it, the time from the plan. */
void
pf_course_timed_at (const PfPlan *plan,
                    double        distance_m,
                    PfTimedPoint *point)
{
  PfCourse *course = pf_plan_get_course (plan);
  const PfCourseSample *s = pf_course_get_samples (course);
  guint n = pf_course_get_n_samples (course);
  guint lo = 0, hi = n - 1;
  double f;

  g_return_if_fail (n > 0);

  distance_m = CLAMP (distance_m, s[0].distance_m, s[n - 1].distance_m);
  /* The last sample at or before @distance_m. */
  while (hi - lo > 1)
    {
      guint mid = (lo + hi) / 2;

      if (s[mid].distance_m <= distance_m)
        lo = mid;
      else
        hi = mid;
    }
  if (s[hi].distance_m <= distance_m)
    lo = hi;
  hi = MIN (lo + 1, n - 1);
  f = s[hi].distance_m > s[lo].distance_m
      ? (distance_m - s[lo].distance_m) / (s[hi].distance_m - s[lo].distance_m) : 0.0;

  point->distance_m = distance_m;
  point->lat = s[lo].lat + f * (s[hi].lat - s[lo].lat);
  point->lon = s[lo].lon + f * (s[hi].lon - s[lo].lon);
  point->ele = pf_course_has_elevation (course) ? pf_course_elevation_at (course, distance_m)
                                                : NAN;
  point->elapsed_s = pf_plan_elapsed_at (plan, distance_m);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The course from start to finish as timed points, by distance (see above).
 *
 * Returns: (transfer full) (element-type PfTimedPoint): the points */
GArray *
pf_course_timed_points (const PfPlan *plan)
{
  PfCourse *course = pf_plan_get_course (plan);
  const PfCourseSample *s = pf_course_get_samples (course);
  guint n = pf_course_get_n_samples (course);
  g_autoptr(GArray) at = g_array_new (FALSE, FALSE, sizeof (double));
  GArray *points = g_array_new (FALSE, FALSE, sizeof (PfTimedPoint));
  double first, last, step, next;

  g_return_val_if_fail (n > 0, points);

  first = s[0].distance_m;
  last = s[n - 1].distance_m;
  step = MAX (PF_TIMED_STEP_M, (last - first) / PF_TIMED_MAX_POINTS);
  next = first;
  for (guint i = 0; i < n; i++)
    if (s[i].distance_m >= next - 1e-6 || i == n - 1)
      {
        g_array_append_val (at, s[i].distance_m);
        next = s[i].distance_m + step;
      }
  for (guint i = 0; i < pf_plan_get_n_splits (plan); i++)
    {
      double end = pf_plan_get_split (plan, i)->end_m;

      if (end > first && end < last)
        g_array_append_val (at, end);
    }
  g_array_sort (at, compare_doubles);

  /* A split ending on a sample (or within a centimetre of one) is that sample. */
  for (guint i = 0; i < at->len; i++)
    {
      double d = g_array_index (at, double, i);
      PfTimedPoint p;

      if (points->len > 0
          && d - g_array_index (points, PfTimedPoint, points->len - 1).distance_m < 0.01)
        continue;
      pf_course_timed_at (plan, d, &p);
      g_array_append_val (points, p);
    }

  return points;
}

/* What a watch shows for @station, the @index-th (from 0) of the plan: its name, or for one
 * without a name a short numbered label, since a watch's field holds ten to fifteen characters
 * and the stations are told apart by their order. */
char *
pf_course_timed_label (const PfAidStation *station,
                       guint               index)
{
  if (station->name[0] != '\0')
    return g_strdup (station->name);
  /* Translators: a course point on a watch, which shows at most 10 characters: keep it short */
  return g_strdup_printf (C_("watch", "Aid %u"), index + 1);
}
