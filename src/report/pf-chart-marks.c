/* pf-chart-marks.c — what marks places on the elevation profile: warning tints, the stretch
 * the reader picked, and the cursor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-chart"

#include "config.h"

#include "pf-chart-private.h"

#include <math.h>

/* A stretch of the course as a band over the plot's full height, clipped to the plot. */
static void
append_band (cairo_t               *cr,
             const PfProfileLayout *l,
             double                 from_m,
             double                 to_m)
{
  double x0 = pf_profile_layout_x_at_distance (l, CLAMP (from_m, 0, l->distance_max_m));
  double x1 = pf_profile_layout_x_at_distance (l, CLAMP (to_m, 0, l->distance_max_m));

  /* A stretch shorter than a few pixels still shows. */
  if (x1 - x0 < 3)
    {
      double mid = (x0 + x1) / 2;

      x0 = mid - 1.5;
      x1 = mid + 1.5;
    }
  x0 = MAX (x0, l->x);
  x1 = MIN (x1, l->x + l->width);
  cairo_rectangle (cr, x0, l->y, x1 - x0, l->height);
}

/* Warnings about the whole race are not a stretch: tinting the whole chart says nothing. */
void
_pf_chart_draw_warning_bands (cairo_t               *cr,
                              const PfChartGeometry *geom,
                              const PfChartStyle    *style,
                              const PfPlan          *plan)
{
  const PfProfileLayout *l = &geom->layout;

  cairo_save (cr);
  for (int severity = PF_SEVERITY_WARNING; severity <= PF_SEVERITY_DANGER; severity++)
    {
      cairo_new_path (cr);
      for (guint i = 0; i < pf_plan_get_n_warnings (plan); i++)
        {
          const PfWarning *w = pf_plan_get_warning (plan, i);

          if ((int) w->severity != severity || w->to_m <= w->from_m)
            continue;
          if (w->from_m <= 1.0 && w->to_m >= l->distance_max_m - 1.0)
            continue;
          append_band (cr, l, w->from_m, w->to_m);
        }
      /* Overlapping stretches tint once, not twice. */
      cairo_set_fill_rule (cr, CAIRO_FILL_RULE_WINDING);
      _pf_chart_set_source (cr, severity == PF_SEVERITY_DANGER ? &style->danger_band
                                                               : &style->warning_band, 1.0);
      cairo_fill (cr);
    }
  cairo_restore (cr);
}

void
_pf_chart_draw_highlight (cairo_t               *cr,
                          const PfChartGeometry *geom,
                          const PfChartStyle    *style,
                          double                 from_m,
                          double                 to_m)
{
  const PfProfileLayout *l = &geom->layout;
  double x0, x1;

  cairo_save (cr);
  append_band (cr, l, from_m, to_m);
  _pf_chart_set_source (cr, &style->highlight, 1.0);
  cairo_fill (cr);

  /* Edges in the same colour, opaque enough to find the stretch at a glance. */
  x0 = round (pf_profile_layout_x_at_distance (l, CLAMP (from_m, 0, l->distance_max_m))) + 0.5;
  x1 = round (pf_profile_layout_x_at_distance (l, CLAMP (to_m, 0, l->distance_max_m))) - 0.5;
  _pf_chart_set_line_width (cr, style, 1.0);
  _pf_chart_set_source (cr, &style->highlight, MIN (3.0, 1.0 / MAX (style->highlight.alpha, 0.01)));
  cairo_move_to (cr, MAX (x0, l->x + 0.5), l->y);
  cairo_line_to (cr, MAX (x0, l->x + 0.5), l->y + l->height);
  cairo_move_to (cr, MIN (x1, l->x + l->width - 0.5), l->y);
  cairo_line_to (cr, MIN (x1, l->x + l->width - 0.5), l->y + l->height);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_dot (cairo_t            *cr,
          const PfChartStyle *style,
          const PfRgba       *colour,
          double              x,
          double              y)
{
  PfRgba ring = style->background;

  /* A ring in the background colour lifts the dot off the line beneath it. */
  ring.alpha = 1.0;
  cairo_arc (cr, x, y, 4.5, 0, 2 * G_PI);
  _pf_chart_set_source (cr, &ring, 1.0);
  cairo_fill (cr);
  cairo_arc (cr, x, y, 3.5, 0, 2 * G_PI);
  _pf_chart_set_source (cr, colour, 1.0);
  cairo_fill (cr);
}

void
_pf_chart_draw_cursor (cairo_t               *cr,
                       const PfChartGeometry *geom,
                       const PfChartStyle    *style,
                       const PfPlan          *plan,
                       const PfCourse        *course,
                       double                 cursor_m)
{
  const PfProfileLayout *l = &geom->layout;
  double x = round (pf_profile_layout_x_at_distance (l, cursor_m)) + 0.5;
  double ele = geom->has_elevation ? pf_course_elevation_at (course, cursor_m) : 0.0;
  double y = pf_profile_layout_y_at_elevation (l, ele);

  _pf_chart_set_line_width (cr, style, 1.0);
  _pf_chart_set_source (cr, &style->cursor, 1.0);
  cairo_move_to (cr, x, l->y);
  cairo_line_to (cr, x, l->y + l->height);
  cairo_stroke (cr);

  draw_dot (cr, style, &style->cursor, x, y);
  if (l->has_pace)
    draw_dot (cr, style, &style->pace_line, x,
              pf_profile_layout_y_at_pace (l, pf_profile_pace_at (plan, cursor_m)));
}
