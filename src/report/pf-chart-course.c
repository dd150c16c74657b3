/* pf-chart-course.c — the course layers of the elevation profile: the elevation area, aid
 * stations and landmarks, or a flat line when the course has no elevation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-chart"

#include "config.h"

#include "pf-chart-private.h"

#include <glib/gi18n.h>
#include <math.h>

/* Tens of thousands of samples on a few hundred pixels: keep each half-pixel column's lowest and
 * highest point so peaks survive while the path stays short. */
static void
append_profile_path (cairo_t               *cr,
                     const PfChartGeometry *geom,
                     const PfCourse        *course)
{
  const PfCourseSample *samples = pf_course_get_samples (course);
  guint n_samples = pf_course_get_n_samples (course);
  gboolean have_bucket = FALSE;
  double bucket = 0, bucket_x = 0, lo = 0, hi = 0;

  for (guint i = 0; i < n_samples; i++)
    {
      double x = pf_profile_layout_x_at_distance (&geom->layout, samples[i].distance_m);
      double y = pf_profile_layout_y_at_elevation (&geom->layout, samples[i].ele);
      double b = floor (x * 2.0);

      if (have_bucket && b == bucket)
        {
          lo = MIN (lo, y);
          hi = MAX (hi, y);
          continue;
        }
      if (have_bucket)
        {
          cairo_line_to (cr, bucket_x, lo);
          if (hi != lo)
            cairo_line_to (cr, bucket_x, hi);
        }
      have_bucket = TRUE;
      bucket = b;
      bucket_x = x;
      lo = hi = y;
    }
  if (have_bucket)
    {
      cairo_line_to (cr, bucket_x, lo);
      if (hi != lo)
        cairo_line_to (cr, bucket_x, hi);
    }
}

void
_pf_chart_draw_profile (cairo_t               *cr,
                        const PfChartGeometry *geom,
                        const PfChartStyle    *style,
                        const PfCourse        *course)
{
  const PfProfileLayout *l = &geom->layout;
  double bottom = l->y + l->height;

  cairo_save (cr);
  cairo_rectangle (cr, l->x, l->y - 1, l->width, l->height + 1);
  cairo_clip (cr);

  if (!geom->has_elevation)
    {
      double y = round (pf_profile_layout_y_at_elevation (l, 0)) + 0.5;

      _pf_chart_set_line_width (cr, style, 2.0);
      _pf_chart_set_source (cr, &style->landmark, 1.0);
      cairo_move_to (cr, l->x, y);
      cairo_line_to (cr, l->x + l->width, y);
      cairo_stroke (cr);
      cairo_restore (cr);
      return;
    }

  cairo_move_to (cr, l->x, bottom);
  append_profile_path (cr, geom, course);
  cairo_line_to (cr, l->x + l->width, bottom);
  cairo_close_path (cr);
  _pf_chart_set_source (cr, &style->profile_fill, 1.0);
  cairo_fill (cr);

  cairo_new_path (cr);
  append_profile_path (cr, geom, course);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  _pf_chart_set_line_width (cr, style, 1.5);
  _pf_chart_set_source (cr, &style->profile_line, 1.0);
  cairo_stroke (cr);
  cairo_restore (cr);
}

void
_pf_chart_append_drop (cairo_t *cr,
                       double   x,
                       double   top,
                       double   size)
{
  double r = size * 0.34;
  double cy = top + size - r;
  double d = cy - top;
  double beta = acos (r / d);

  cairo_move_to (cr, x, top);
  cairo_arc (cr, x, cy, r, -G_PI / 2 + beta, 3 * G_PI / 2 - beta);
  cairo_close_path (cr);
}

/* Where each point (metres along the course, in order) stands on the pixel grid, left to
 * right. With @min_gap > 0, only those at least that far right of the last one kept: the
 * lines show every point, the symbols thin out where they would pile up. */
static GArray *
points_x (const PfProfileLayout *l,
          const GArray          *distances,
          double                 min_gap)
{
  GArray *xs = g_array_sized_new (FALSE, FALSE, sizeof (double), distances->len);
  double last_x = -G_MAXDOUBLE;

  for (guint i = 0; i < distances->len; i++)
    {
      double x = round (pf_profile_layout_x_at_distance (l, g_array_index (distances, double, i)))
                 + 0.5;

      if (min_gap > 0 && x - last_x < min_gap)
        continue;
      last_x = x;
      g_array_append_val (xs, x);
    }
  return xs;
}

/* The course's landmarks, or its aid stations as the file has them. */
static GArray *
course_points (const PfCourse *course,
               gboolean        aid_stations)
{
  guint n = aid_stations ? pf_course_get_n_aid_stations (course)
                         : pf_course_get_n_landmarks (course);
  GArray *distances = g_array_sized_new (FALSE, FALSE, sizeof (double), n);

  for (guint i = 0; i < n; i++)
    {
      const PfCoursePoint *p = aid_stations ? pf_course_get_aid_station (course, i)
                                            : pf_course_get_landmark (course, i);

      g_array_append_val (distances, p->distance_m);
    }
  return distances;
}

/* The waypoints on the profile: the course's landmarks, and the aid stations — with a plan,
 * those it uses (pf_plan_dup_aid_stations: the runner's own too, less those removed), so
 * that the profile shows what the schedule and the splits do. */
void
_pf_chart_draw_waypoints (cairo_t               *cr,
                          const PfChartGeometry *geom,
                          const PfChartStyle    *style,
                          const PfPlan          *plan,
                          const PfCourse        *course)
{
  const PfProfileLayout *l = &geom->layout;
  double bottom = l->y + l->height;
  double marker_top = geom->pad;
  const double dashes[] = { 2.0, 3.0 };
  g_autoptr(GArray) landmarks = course_points (course, FALSE);
  g_autoptr(GArray) stations = plan != NULL ? pf_plan_dup_aid_stations (plan, FALSE)
                                            : course_points (course, TRUE);
  g_autoptr(GArray) landmark_lines = points_x (l, landmarks, 0);
  g_autoptr(GArray) landmark_dots = points_x (l, landmarks, geom->marker_size * 0.6);
  g_autoptr(GArray) aid_lines = points_x (l, stations, 0);
  g_autoptr(GArray) aid_drops = points_x (l, stations, geom->marker_size * 0.8);

  /* Landmarks: quiet dotted lines with a small dot, so aid stations stand out. */
  cairo_save (cr);
  _pf_chart_set_line_width (cr, style, 1.0);
  cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
  _pf_chart_set_source (cr, &style->landmark, 0.6);
  for (guint i = 0; i < landmark_lines->len; i++)
    {
      cairo_move_to (cr, g_array_index (landmark_lines, double, i), l->y);
      cairo_line_to (cr, g_array_index (landmark_lines, double, i), bottom);
    }
  cairo_stroke (cr);
  cairo_restore (cr);

  _pf_chart_set_source (cr, &style->landmark, 1.0);
  for (guint i = 0; i < landmark_dots->len; i++)
    {
      cairo_new_sub_path (cr);
      cairo_arc (cr, g_array_index (landmark_dots, double, i), l->y - geom->marker_size * 0.3,
                 geom->marker_size * 0.18, 0, 2 * G_PI);
    }
  cairo_fill (cr);

  _pf_chart_set_line_width (cr, style, 1.0);
  _pf_chart_set_source (cr, &style->aid_station, 0.55);
  for (guint i = 0; i < aid_lines->len; i++)
    {
      cairo_move_to (cr, g_array_index (aid_lines, double, i), marker_top + geom->marker_size);
      cairo_line_to (cr, g_array_index (aid_lines, double, i), bottom);
    }
  cairo_stroke (cr);

  _pf_chart_set_source (cr, &style->aid_station, 1.0);
  for (guint i = 0; i < aid_drops->len; i++)
    _pf_chart_append_drop (cr, g_array_index (aid_drops, double, i), marker_top, geom->marker_size);
  cairo_fill (cr);
}

void
_pf_chart_draw_no_elevation_label (cairo_t               *cr,
                                   const PfChartGeometry *geom,
                                   const PfChartStyle    *style)
{
  PangoContext *context = pango_cairo_create_context (cr);
  const PfProfileLayout *l = &geom->layout;
  const char *text = _("No elevation data");
  double w, h;
  double baseline = pf_profile_layout_y_at_elevation (l, 0);

  _pf_chart_text_size (context, style, text, &w, &h);
  if (w <= l->width)
    {
      _pf_chart_set_source (cr, &style->foreground, _pf_chart_muted (style, 0.6));
      _pf_chart_draw_text (cr, context, style, text,
                           l->x + (l->width - w) / 2, MAX (l->y, baseline - h - 4));
    }
  g_object_unref (context);
}
