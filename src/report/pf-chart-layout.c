/* pf-chart-layout.c — where the plot of the elevation profile goes inside the chart, and
 * where a distance, an elevation or a pace lands on it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-chart"

#include "config.h"

#include "pf-chart-private.h"

#include <math.h>
#include <string.h>

static void
geometry_compute_with (PfChartGeometry    *geom,
                       const PfPlan       *plan,
                       const PfChartStyle *style,
                       double              width,
                       double              height,
                       guint               legend_lines)
{
  PangoContext *context;
  PfCourse *course = plan ? pf_plan_get_course (plan) : NULL;
  gboolean show_plan = style->show_plan && plan != NULL && pf_plan_get_n_segments (plan) > 0;
  double y_label_w = 0, pace_label_w = 0;
  double below, plot_h;

  memset (geom, 0, sizeof *geom);
  geom->legend_lines = legend_lines;

  context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  geom->font_px = MAX (style->font_size, 1.0) * UNITS_PER_POINT;
  _pf_chart_text_size (context, style, "0123456789", NULL, &geom->line_h);
  geom->pad = round (geom->font_px * 0.6);
  geom->marker_size = round (geom->font_px * 1.1);
  geom->has_elevation = course != NULL && pf_course_has_elevation (course);

  geom->layout.distance_max_m = course ? MAX (pf_course_get_distance (course), 1.0) : 1000.0;
  geom->layout.y = geom->pad + geom->marker_size + 2;

  /* Below the plot: [temperature strip], the distance labels, [the legend]. */
  below = geom->line_h + 4 + geom->pad;
  if (show_plan)
    {
      geom->layout.strip_height = round (geom->font_px * 0.6);
      below += geom->layout.strip_height + 4 + geom->line_h + 6
               + (legend_lines - 1) * (geom->line_h + LEGEND_LINE_GAP);
    }
  plot_h = height - geom->layout.y - below;
  geom->layout.height = MAX (plot_h, 1.0);

  if (show_plan)
    {
      geom->layout.strip_y = geom->layout.y + geom->layout.height + 4;
      geom->x_label_y = geom->layout.strip_y + geom->layout.strip_height + 3;
      geom->legend_y = geom->x_label_y + geom->line_h + 6;
    }
  else
    {
      geom->x_label_y = geom->layout.y + geom->layout.height + 4;
    }

  if (geom->has_elevation)
    {
      y_label_w = _pf_chart_compute_y_ticks (geom, context, style, course, geom->layout.height);
    }
  else
    {
      /* Elevation 0 lands three quarters down: a flat line, not a course at sea level. */
      geom->layout.ele_min_m = -1.0;
      geom->layout.ele_max_m = 3.0;
    }
  if (show_plan)
    pace_label_w = _pf_chart_compute_pace_ticks (geom, context, style, plan);

  geom->layout.x = geom->pad + (y_label_w > 0 ? y_label_w + 6 : 0);
  geom->layout.width = MAX (width - geom->layout.x - geom->pad
                            - (pace_label_w > 0 ? pace_label_w + 6 : 0), 1.0);

  for (guint i = 0; i < geom->n_y_ticks; i++)
    {
      double metres = geom->y_ticks[i].value * pf_units_elevation_unit_m (style->units);

      geom->y_ticks[i].pos = pf_profile_layout_y_at_elevation (&geom->layout, metres);
    }
  for (guint i = 0; i < geom->n_pace_ticks; i++)
    {
      double pace_s_per_m = geom->pace_ticks[i].value / pf_units_distance_unit_m (style->units);

      geom->pace_ticks[i].pos = pf_profile_layout_y_at_pace (&geom->layout, pace_s_per_m);
    }

  _pf_chart_compute_x_ticks (geom, context, style);
  g_object_unref (context);
}

/* The legend takes a second line only when one is too narrow for it, and the plot gives up
 * that height: so laid out twice when needed, the second time with the room known. */
void
_pf_chart_geometry_compute (PfChartGeometry    *geom,
                            const PfPlan       *plan,
                            const PfChartStyle *style,
                            double              width,
                            double              height)
{
  geometry_compute_with (geom, plan, style, width, height, 1);
  if (geom->layout.has_pace && _pf_chart_legend_lines_needed (geom, style, plan) > 1)
    {
      _pf_chart_geometry_clear (geom);
      geometry_compute_with (geom, plan, style, width, height, 2);
    }
}

void
pf_profile_layout_compute (PfProfileLayout    *layout,
                           const PfPlan       *plan,
                           const PfChartStyle *style,
                           double              width,
                           double              height)
{
  PfChartGeometry geom;

  g_return_if_fail (layout != NULL);
  g_return_if_fail (style != NULL);

  _pf_chart_geometry_compute (&geom, plan, style, width, height);
  *layout = geom.layout;
  _pf_chart_geometry_clear (&geom);
}

double
pf_profile_layout_x_at_distance (const PfProfileLayout *layout,
                                 double                 distance_m)
{
  return layout->x + distance_m / layout->distance_max_m * layout->width;
}

double
pf_profile_layout_y_at_elevation (const PfProfileLayout *layout,
                                  double                 ele_m)
{
  double span = layout->ele_max_m - layout->ele_min_m;

  if (!(span > 0))
    return layout->y + layout->height;
  return layout->y + layout->height - (ele_m - layout->ele_min_m) / span * layout->height;
}

double
pf_profile_layout_y_at_pace (const PfProfileLayout *layout,
                             double                 pace_s_per_m)
{
  double span = layout->pace_max_s_per_m - layout->pace_min_s_per_m;

  if (!(span > 0))
    return layout->y + layout->height / 2;
  return layout->y + (pace_s_per_m - layout->pace_min_s_per_m) / span * layout->height;
}
