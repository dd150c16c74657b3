/* pf-chart-axes.c — the axes of the elevation profile: distance, elevation and pace ticks on nice
 * steps, and the grid with its labels
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-chart"

#include "config.h"

#include "pf-chart-private.h"

#include <math.h>

#include "core/pf-duration.h"

/* A course with less relief than this is drawn over this span, so that 10 m of wobble on a
 * flat city marathon does not fill the chart like a mountain. */
#define MIN_SPAN_METRIC_M   60.0
#define MIN_SPAN_IMPERIAL_FT 200.0

/* The pace axis never spans less than this (s per km, s per mile): an even-pace plan is a
 * straight line in the middle, not noise blown up to the full height. */
#define MIN_PACE_SPAN_KM   20.0
#define MIN_PACE_SPAN_MILE 30.0
/* The pace range is read from this many points along the course, whatever the width, so that
 * the axis of a plan does not change as the window is resized. */
#define PACE_RANGE_SAMPLES 400

static double
nice_step (double raw)
{
  double magnitude;
  double fraction;

  if (!(raw > 0))
    return 1.0;

  magnitude = pow (10.0, floor (log10 (raw)));
  fraction = raw / magnitude;
  if (fraction <= 1.0 + 1e-9)
    return magnitude;
  if (fraction <= 2.0 + 1e-9)
    return 2.0 * magnitude;
  if (fraction <= 2.5 + 1e-9)
    return 2.5 * magnitude;
  if (fraction <= 5.0 + 1e-9)
    return 5.0 * magnitude;
  return 10.0 * magnitude;
}

static double
next_nice_step (double step)
{
  return nice_step (step * 1.01);
}

static int
step_decimals (double step)
{
  int decimals = 0;

  while (decimals < 4 && fabs (step * pow (10.0, decimals) - round (step * pow (10.0, decimals)))
         > 1e-6)
    decimals++;
  return decimals;
}

static char *
format_tick (double      value,
             int         decimals,
             const char *symbol)
{
  /* "%.*f" follows LC_NUMERIC, so a German desktop reads "2,5 km". */
  if (fabs (value) < 0.5 * pow (10.0, -decimals))
    value = 0.0;
  return g_strdup_printf ("%.*f %s", decimals, value, symbol);
}

static void
ticks_clear (PfChartTick *ticks,
             guint       *n_ticks)
{
  for (guint i = 0; i < *n_ticks; i++)
    g_clear_pointer (&ticks[i].label, g_free);
  *n_ticks = 0;
}

/* Adds a tick at @value with @label (taken) and returns the label's width. */
static double
add_tick (PfChartTick        *ticks,
          guint              *n_ticks,
          PangoContext       *context,
          const PfChartStyle *style,
          double              value,
          char               *label)
{
  PfChartTick *tick = &ticks[(*n_ticks)++];
  double w;

  tick->value = value;
  tick->label = label;
  _pf_chart_text_size (context, style, tick->label, &w, NULL);
  return w;
}

/* Widens @lo–@hi about its middle to @min_span, when narrower. */
static void
widen_to (double *lo,
          double *hi,
          double  min_span)
{
  if (*hi - *lo < min_span)
    {
      double mid = (*hi + *lo) / 2.0;

      *lo = mid - min_span / 2.0;
      *hi = mid + min_span / 2.0;
    }
}

void
_pf_chart_geometry_clear (PfChartGeometry *geom)
{
  ticks_clear (geom->x_ticks, &geom->n_x_ticks);
  ticks_clear (geom->y_ticks, &geom->n_y_ticks);
  ticks_clear (geom->pace_ticks, &geom->n_pace_ticks);
}

/* The right axis: pace per km or per mile on nice steps, fastest at the top. Returns the widest
 * label so the plot can end to its left. */
double
_pf_chart_compute_pace_ticks (PfChartGeometry    *geom,
                              PangoContext       *context,
                              const PfChartStyle *style,
                              const PfPlan       *plan)
{
  static const double steps[] = { 5, 10, 15, 20, 30, 60, 120, 300, 600, 1200, 1800, 3600 };
  double unit_m = pf_units_distance_unit_m (style->units);
  double total = geom->layout.distance_max_m;
  double min_span = style->units == PF_UNITS_IMPERIAL ? MIN_PACE_SPAN_MILE : MIN_PACE_SPAN_KM;
  guint max_intervals = (guint) CLAMP (floor (geom->layout.height / (geom->line_h * 2.0)), 1,
                                       MAX_TICKS - 1);
  double lo = G_MAXDOUBLE, hi = 0, step = steps[G_N_ELEMENTS (steps) - 1];
  double axis_lo, axis_hi;
  double widest = 0;

  for (guint i = 0; i <= PACE_RANGE_SAMPLES; i++)
    {
      double pace = pf_profile_pace_at (plan, total * i / PACE_RANGE_SAMPLES) * unit_m;

      lo = MIN (lo, pace);
      hi = MAX (hi, pace);
    }
  widen_to (&lo, &hi, min_span);

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      axis_lo = floor (lo / steps[i] + 1e-9) * steps[i];
      axis_hi = ceil (hi / steps[i] - 1e-9) * steps[i];
      if ((axis_hi - axis_lo) / steps[i] <= max_intervals + 1e-9)
        {
          step = steps[i];
          break;
        }
    }
  axis_lo = MAX (0.0, floor (lo / step + 1e-9) * step);
  axis_hi = MAX (axis_lo + step, ceil (hi / step - 1e-9) * step);

  for (double v = axis_lo; v <= axis_hi + step * 1e-6 && geom->n_pace_ticks < MAX_TICKS; v += step)
    {
      double w = add_tick (geom->pace_ticks, &geom->n_pace_ticks, context, style, v,
                           pf_pace_format (v));

      widest = MAX (widest, w);
    }

  geom->layout.has_pace = TRUE;
  geom->layout.pace_min_s_per_m = axis_lo / unit_m;
  geom->layout.pace_max_s_per_m = axis_hi / unit_m;
  return widest;
}

/* Vertical axis: returns the widest label so the plot can start to its right. */
double
_pf_chart_compute_y_ticks (PfChartGeometry    *geom,
                           PangoContext       *context,
                           const PfChartStyle *style,
                           const PfCourse     *course,
                           double              plot_h)
{
  const char *symbol = pf_units_elevation_symbol (style->units);
  double lo = pf_units_elevation_value (style->units, pf_course_get_min_elevation (course));
  double hi = pf_units_elevation_value (style->units, pf_course_get_max_elevation (course));
  double min_span = style->units == PF_UNITS_IMPERIAL ? MIN_SPAN_IMPERIAL_FT : MIN_SPAN_METRIC_M;
  guint max_intervals = (guint) CLAMP (floor (plot_h / (geom->line_h * 2.0)), 1, MAX_TICKS - 1);
  double axis_lo, axis_hi, step;
  int decimals;
  double widest = 0;

  widen_to (&lo, &hi, min_span);

  step = nice_step ((hi - lo) / max_intervals);
  for (;;)
    {
      axis_lo = floor (lo / step + 1e-9) * step;
      axis_hi = ceil (hi / step - 1e-9) * step;
      if ((axis_hi - axis_lo) / step <= max_intervals + 1e-9)
        break;
      step = next_nice_step (step);
    }

  decimals = step_decimals (step);
  for (double v = axis_lo; v <= axis_hi + step * 1e-6 && geom->n_y_ticks < MAX_TICKS; v += step)
    {
      double w = add_tick (geom->y_ticks, &geom->n_y_ticks, context, style, v,
                           format_tick (v, decimals, symbol));

      widest = MAX (widest, w);
    }

  geom->layout.ele_min_m = axis_lo * pf_units_elevation_unit_m (style->units);
  geom->layout.ele_max_m = axis_hi * pf_units_elevation_unit_m (style->units);
  return widest;
}

void
_pf_chart_compute_x_ticks (PfChartGeometry    *geom,
                           PangoContext       *context,
                           const PfChartStyle *style)
{
  const char *symbol = pf_units_distance_symbol (style->units);
  double total = pf_units_distance_value (style->units, geom->layout.distance_max_m);
  double gap = geom->font_px * 1.5;
  double step, label_w;

  /* Start from labels as short as "5 km" and widen the step until the real labels fit, so the
   * axis gets the finest nice step that leaves room between its labels. */
  _pf_chart_text_size (context, style, "0 km", &label_w, NULL);
  step = nice_step (total / MAX (1.0, floor (geom->layout.width / (label_w + gap))));

  for (guint attempt = 0; attempt < 24; attempt++)
    {
      int decimals = step_decimals (step);
      double widest = 0;

      ticks_clear (geom->x_ticks, &geom->n_x_ticks);
      for (double v = 0; v <= total + step * 1e-6 && geom->n_x_ticks < MAX_TICKS; v += step)
        {
          double w = add_tick (geom->x_ticks, &geom->n_x_ticks, context, style, v,
                               format_tick (v, decimals, symbol));

          widest = MAX (widest, w);
        }

      if (geom->n_x_ticks < MAX_TICKS &&
          (total <= 0 || step / total * geom->layout.width >= widest + gap))
        break;
      step = next_nice_step (step);
    }

  for (guint i = 0; i < geom->n_x_ticks; i++)
    {
      double metres = geom->x_ticks[i].value * pf_units_distance_unit_m (style->units);

      geom->x_ticks[i].pos = pf_profile_layout_x_at_distance (&geom->layout, metres);
    }
}

void
_pf_chart_draw_grid_and_labels (cairo_t               *cr,
                                const PfChartGeometry *geom,
                                const PfChartStyle    *style)
{
  PangoContext *context = pango_cairo_create_context (cr);
  const PfProfileLayout *l = &geom->layout;
  double bottom = l->y + l->height;
  double last_right = -G_MAXDOUBLE;
  double gap = geom->font_px * 0.75;

  _pf_chart_set_line_width (cr, style, 1.0);
  _pf_chart_set_source (cr, &style->grid, 1.0);
  for (guint i = 0; i < geom->n_y_ticks; i++)
    {
      double y = round (geom->y_ticks[i].pos) + 0.5;

      cairo_move_to (cr, l->x, y);
      cairo_line_to (cr, l->x + l->width, y);
    }
  cairo_stroke (cr);

  /* The baseline and x tick marks are a little stronger than the grid. */
  _pf_chart_set_source (cr, &style->grid, 2.0);
  cairo_move_to (cr, l->x, round (bottom) + 0.5);
  cairo_line_to (cr, l->x + l->width, round (bottom) + 0.5);
  for (guint i = 0; i < geom->n_x_ticks; i++)
    {
      double x = round (geom->x_ticks[i].pos) + 0.5;

      cairo_move_to (cr, x, round (bottom) + 0.5);
      cairo_line_to (cr, x, round (bottom) + 3.5);
    }
  cairo_stroke (cr);

  _pf_chart_set_source (cr, &style->foreground, _pf_chart_muted (style, 0.7));
  for (guint i = 0; i < geom->n_y_ticks; i++)
    {
      double w, h;

      _pf_chart_text_size (context, style, geom->y_ticks[i].label, &w, &h);
      _pf_chart_draw_text (cr, context, style, geom->y_ticks[i].label,
                           l->x - 6 - w, geom->y_ticks[i].pos - h / 2);
    }

  /* Pace labels on the right, in the pace line's colour, so it is clear which axis is whose. */
  _pf_chart_set_source (cr, &style->pace_line, 1.0);
  for (guint i = 0; i < geom->n_pace_ticks; i++)
    {
      double h;

      _pf_chart_text_size (context, style, geom->pace_ticks[i].label, NULL, &h);
      _pf_chart_draw_text (cr, context, style, geom->pace_ticks[i].label,
                           l->x + l->width + 6, geom->pace_ticks[i].pos - h / 2);
    }

  _pf_chart_set_source (cr, &style->foreground, _pf_chart_muted (style, 0.7));
  for (guint i = 0; i < geom->n_x_ticks; i++)
    {
      double w, left;

      _pf_chart_text_size (context, style, geom->x_ticks[i].label, &w, NULL);
      left = geom->x_ticks[i].pos - w / 2;
      /* Keep the end labels inside the chart rather than centred past its edges. */
      left = MAX (left, l->x);
      left = MIN (left, l->x + l->width + geom->pad * 0.5 - w);
      if (left < last_right + gap)
        continue;
      _pf_chart_draw_text (cr, context, style, geom->x_ticks[i].label, left, geom->x_label_y);
      last_right = left + w;
    }

  g_object_unref (context);
}
