/* pf-chart.c — the elevation profile, drawn the same way on screen, paper and PDF: the
 * layers in their order (see pf-chart-private.h for the file of each)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-chart"

#include "config.h"

#include "pf-chart-private.h"

void
pf_draw_profile (cairo_t            *cr,
                 const PfPlan       *plan,
                 const PfChartStyle *style,
                 double              width,
                 double              height,
                 double              cursor_m)
{
  pf_draw_profile_highlighted (cr, plan, style, width, height, cursor_m, -1, -1);
}

void
pf_draw_profile_highlighted (cairo_t            *cr,
                             const PfPlan       *plan,
                             const PfChartStyle *style,
                             double              width,
                             double              height,
                             double              cursor_m,
                             double              from_m,
                             double              to_m)
{
  PfChartGeometry geom;
  PfCourse *course;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (style != NULL);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);

  if (style->background.alpha > 0)
    {
      _pf_chart_set_source (cr, &style->background, 1.0);
      cairo_paint (cr);
    }

  _pf_chart_geometry_compute (&geom, plan, style, width, height);
  course = plan ? pf_plan_get_course (plan) : NULL;

  _pf_chart_draw_grid_and_labels (cr, &geom, style);
  if (course != NULL)
    {
      if (geom.layout.has_pace && style->show_warnings)
        _pf_chart_draw_warning_bands (cr, &geom, style, plan);
      _pf_chart_draw_profile (cr, &geom, style, course);
      if (to_m > from_m)
        _pf_chart_draw_highlight (cr, &geom, style, from_m, to_m);
      _pf_chart_draw_waypoints (cr, &geom, style, plan, course);
      if (!geom.has_elevation)
        _pf_chart_draw_no_elevation_label (cr, &geom, style);
      if (geom.layout.has_pace)
        {
          if (style->show_intakes)
            _pf_chart_draw_intakes (cr, &geom, style, plan);
          _pf_chart_draw_pace (cr, &geom, style, plan);
          _pf_chart_draw_temperature_strip (cr, &geom, style, plan);
          _pf_chart_draw_legend (cr, &geom, style, plan);
        }
      if (cursor_m >= 0 && cursor_m <= geom.layout.distance_max_m)
        _pf_chart_draw_cursor (cr, &geom, style, plan, course, cursor_m);
    }

  _pf_chart_geometry_clear (&geom);
  cairo_restore (cr);
}
