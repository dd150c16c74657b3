/* pf-profile-chart.c — the elevation profile, drawn the same way on screen, paper and PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-profile-chart"

#include "config.h"

#include "pf-profile-chart.h"

#include <glib/gi18n.h>
#include "core/pf-duration.h"
#include <math.h>
#include <string.h>
#include <pango/pangocairo.h>

/* Pango and GTK both lay text out at 96 device units per inch: a point is 4/3 of a unit. */
#define UNITS_PER_POINT (96.0 / 72.0)

/* A course with less relief than this is drawn over this span, so that 10 m of wobble on a
 * flat city marathon does not fill the chart like a mountain. */
#define MIN_SPAN_METRIC_M   60.0
#define MIN_SPAN_IMPERIAL_FT 200.0

#define MAX_TICKS 32

/* The pace axis never spans less than this (s per km, s per mile): an even-pace plan is a
 * straight line in the middle, not noise blown up to the full height. */
#define MIN_PACE_SPAN_KM   20.0
#define MIN_PACE_SPAN_MILE 30.0
/* The pace range is read from this many points along the course, whatever the width, so that
 * the axis of a plan does not change as the window is resized. */
#define PACE_RANGE_SAMPLES 400

typedef struct
{
  double value;    /* in display units */
  double pos;      /* x or y, device units */
  char  *label;
} Tick;

/* Between the two lines of a legend that needs two. */
#define LEGEND_LINE_GAP 3

/* Everything pf_draw_profile needs, computed once so that hit-testing (the public layout) and
 * drawing always agree. */
typedef struct
{
  PfProfileLayout layout;
  gboolean        has_elevation;
  double          font_px;
  double          line_h;
  double          pad;
  double          marker_size;
  Tick            x_ticks[MAX_TICKS];
  guint           n_x_ticks;
  Tick            y_ticks[MAX_TICKS];
  guint           n_y_ticks;
  Tick            pace_ticks[MAX_TICKS];
  guint           n_pace_ticks;
  double          x_label_y;      /* top of the distance labels */
  double          legend_y;       /* top of the legend, when the plan layers are drawn */
  guint           legend_lines;   /* lines kept for it: one, or two when it does not fit */
} Geometry;

static void
rgba_set (PfRgba *c,
          guint32 rgb,
          double  alpha)
{
  c->red = ((rgb >> 16) & 0xff) / 255.0;
  c->green = ((rgb >> 8) & 0xff) / 255.0;
  c->blue = (rgb & 0xff) / 255.0;
  c->alpha = alpha;
}

static void
set_source (cairo_t      *cr,
            const PfRgba *c,
            double        alpha_scale)
{
  cairo_set_source_rgba (cr, c->red, c->green, c->blue, c->alpha * alpha_scale);
}

/* High contrast draws the lines of the data this much wider. */
#define HIGH_CONTRAST_LINE_SCALE 1.5

static void
set_line_width (cairo_t            *cr,
                const PfChartStyle *style,
                double              width)
{
  cairo_set_line_width (cr, style->high_contrast ? width * HIGH_CONTRAST_LINE_SCALE : width);
}

/* Secondary text (ticks, legend) is dimmed, except under high contrast. */
static double
muted (const PfChartStyle *style,
       double              alpha_scale)
{
  return style->high_contrast ? 1.0 : alpha_scale;
}

/* What the light and dark styles share: all but the colours. */
static void
init_common (PfChartStyle *style)
{
  style->font_family = "Sans";
  style->font_size = 9.0;
  style->units = PF_UNITS_METRIC;
  style->show_plan = FALSE;
  style->show_intakes = FALSE;
  style->show_warnings = FALSE;
  style->high_contrast = FALSE;
}

/* Colours from the GNOME palette (developer.gnome.org/hig/reference/palette.html); text follows
 * Adwaita's foreground so the chart sits well on a card. */
void
pf_chart_style_init_light (PfChartStyle *style)
{
  g_return_if_fail (style != NULL);

  rgba_set (&style->background, 0xffffff, 1.0);
  rgba_set (&style->foreground, 0x000000, 0.8);
  rgba_set (&style->grid, 0x000000, 0.1);
  rgba_set (&style->profile_fill, 0x33d17a, 0.35);  /* Green 3 */
  rgba_set (&style->profile_line, 0x26a269, 1.0);   /* Green 5 */
  rgba_set (&style->aid_station, 0x1c71d8, 1.0);    /* Blue 4 */
  rgba_set (&style->landmark, 0x77767b, 0.8);       /* Dark 1 */
  rgba_set (&style->cursor, 0xe66100, 1.0);         /* Orange 4 */
  rgba_set (&style->pace_line, 0x813d9c, 1.0);      /* Purple 4 */
  rgba_set (&style->intake_drink, 0x1a5fb4, 1.0);   /* Blue 5 */
  rgba_set (&style->intake_food, 0xc64600, 1.0);    /* Orange 5 */
  rgba_set (&style->warning_band, 0xe5a50a, 0.10);  /* Yellow 5 */
  rgba_set (&style->danger_band, 0xe01b24, 0.07);   /* Red 3 */
  rgba_set (&style->highlight, 0x3584e4, 0.22);     /* Blue 3 */
  init_common (style);
}

void
pf_chart_style_init_dark (PfChartStyle *style)
{
  g_return_if_fail (style != NULL);

  rgba_set (&style->background, 0x242424, 1.0);
  rgba_set (&style->foreground, 0xffffff, 1.0);
  rgba_set (&style->grid, 0xffffff, 0.1);
  rgba_set (&style->profile_fill, 0x26a269, 0.45);  /* Green 5 */
  rgba_set (&style->profile_line, 0x57e389, 1.0);   /* Green 2 */
  rgba_set (&style->aid_station, 0x62a0ea, 1.0);    /* Blue 2 */
  rgba_set (&style->landmark, 0x9a9996, 0.8);       /* Light 5 */
  rgba_set (&style->cursor, 0xffa348, 1.0);         /* Orange 2 */
  rgba_set (&style->pace_line, 0xdc8add, 1.0);      /* Purple 1 */
  rgba_set (&style->intake_drink, 0x99c1f1, 1.0);   /* Blue 1 */
  rgba_set (&style->intake_food, 0xffbe6f, 1.0);    /* Orange 1 */
  rgba_set (&style->warning_band, 0xf6d32d, 0.08);  /* Yellow 3 */
  rgba_set (&style->danger_band, 0xff7b63, 0.09);   /* Red 1 */
  rgba_set (&style->highlight, 0x78aeed, 0.26);     /* Blue 2 */
  init_common (style);
}

/* For Adwaita's high contrast style: text at full strength, a stronger grid, and darker (on
 * light) or lighter (on dark) shades that keep every line at 4.5:1 or more against the card. */
void
pf_chart_style_init_high_contrast (PfChartStyle *style,
                                   gboolean      dark)
{
  g_return_if_fail (style != NULL);

  if (dark)
    {
      pf_chart_style_init_dark (style);
      rgba_set (&style->background, 0x242424, 1.0);
      rgba_set (&style->foreground, 0xffffff, 1.0);
      rgba_set (&style->grid, 0xffffff, 0.3);
      rgba_set (&style->profile_fill, 0x2ec27e, 0.45);  /* Green 4 */
      rgba_set (&style->profile_line, 0x8ff0a4, 1.0);   /* Green 1 */
      rgba_set (&style->aid_station, 0x99c1f1, 1.0);    /* Blue 1 */
      rgba_set (&style->landmark, 0xdeddda, 1.0);       /* Light 3 */
      rgba_set (&style->cursor, 0xffbe6f, 1.0);         /* Orange 1 */
      rgba_set (&style->pace_line, 0xf0c2f0, 1.0);      /* lighter than Purple 1 */
      rgba_set (&style->intake_drink, 0x99c1f1, 1.0);   /* Blue 1 */
      rgba_set (&style->intake_food, 0xffbe6f, 1.0);    /* Orange 1 */
      rgba_set (&style->warning_band, 0xf8e45c, 0.16);  /* Yellow 2 */
      rgba_set (&style->danger_band, 0xf66151, 0.14);   /* Red 2 */
      rgba_set (&style->highlight, 0x99c1f1, 0.32);     /* Blue 1 */
    }
  else
    {
      pf_chart_style_init_light (style);
      rgba_set (&style->foreground, 0x000000, 1.0);
      rgba_set (&style->grid, 0x000000, 0.3);
      rgba_set (&style->profile_fill, 0x26a269, 0.4);   /* Green 5 */
      rgba_set (&style->profile_line, 0x15603a, 1.0);   /* darker than Green 5 */
      rgba_set (&style->aid_station, 0x1a5fb4, 1.0);    /* Blue 5 */
      rgba_set (&style->landmark, 0x3d3846, 1.0);       /* Dark 3 */
      rgba_set (&style->cursor, 0xa33800, 1.0);         /* darker than Orange 5 */
      rgba_set (&style->pace_line, 0x613583, 1.0);      /* Purple 5 */
      rgba_set (&style->intake_drink, 0x1a5fb4, 1.0);   /* Blue 5 */
      rgba_set (&style->intake_food, 0xa33800, 1.0);    /* darker than Orange 5 */
      rgba_set (&style->warning_band, 0xe5a50a, 0.2);   /* Yellow 5 */
      rgba_set (&style->danger_band, 0xe01b24, 0.14);   /* Red 3 */
      rgba_set (&style->highlight, 0x1c71d8, 0.3);      /* Blue 4 */
    }
  style->high_contrast = TRUE;
}

static PangoFontDescription *
style_font (const PfChartStyle *style)
{
  PangoFontDescription *font = pango_font_description_new ();

  pango_font_description_set_family (font, style->font_family ? style->font_family : "Sans");
  pango_font_description_set_size (font, (int) (MAX (style->font_size, 1.0) * PANGO_SCALE));
  return font;
}

static PangoLayout *
text_layout_new (PangoContext       *context,
                 const PfChartStyle *style,
                 const char         *text)
{
  g_autoptr(PangoFontDescription) font = style_font (style);
  PangoLayout *layout = pango_layout_new (context);
  PangoAttrList *attrs = pango_attr_list_new ();

  /* Tabular figures keep tick labels from jittering in width. */
  pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum"));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static void
text_size (PangoContext       *context,
           const PfChartStyle *style,
           const char         *text,
           double             *width,
           double             *height)
{
  g_autoptr(PangoLayout) layout = text_layout_new (context, style, text);
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  if (width)
    *width = (double) logical.width / PANGO_SCALE;
  if (height)
    *height = (double) logical.height / PANGO_SCALE;
}

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
ticks_clear (Tick  *ticks,
             guint *n_ticks)
{
  for (guint i = 0; i < *n_ticks; i++)
    g_clear_pointer (&ticks[i].label, g_free);
  *n_ticks = 0;
}

static void
geometry_clear (Geometry *geom)
{
  ticks_clear (geom->x_ticks, &geom->n_x_ticks);
  ticks_clear (geom->y_ticks, &geom->n_y_ticks);
  ticks_clear (geom->pace_ticks, &geom->n_pace_ticks);
}

static const PfSegment *
segment_at (const PfPlan *plan,
            double        distance_m)
{
  const PfSegment *seg = pf_plan_get_segments (plan);
  guint lo = 0, hi = pf_plan_get_n_segments (plan);

  if (hi == 0)
    return NULL;
  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;

      if (seg[mid].start_m <= distance_m)
        lo = mid;
      else
        hi = mid;
    }
  return &seg[lo];
}

/* Seconds per metre around @distance_m, averaged over PF_PROFILE_PACE_WINDOW_M (less at the
 * ends of the course), read from the plan's own timeline. */
double
pf_profile_pace_at (const PfPlan *plan,
                    double        distance_m)
{
  guint n;
  double total, a, b;
  const PfSegment *seg;

  g_return_val_if_fail (plan != NULL, 0.0);

  n = pf_plan_get_n_segments (plan);
  if (n == 0)
    return pf_plan_get_flat_pace (plan);

  total = pf_plan_get_segments (plan)[n - 1].end_m;
  a = CLAMP (distance_m - PF_PROFILE_PACE_WINDOW_M / 2, 0.0, total);
  b = CLAMP (distance_m + PF_PROFILE_PACE_WINDOW_M / 2, 0.0, total);
  if (b - a >= 1.0)
    return (pf_plan_elapsed_at (plan, b) - pf_plan_elapsed_at (plan, a)) / (b - a);

  seg = segment_at (plan, distance_m);
  return seg->time_s / MAX (seg->end_m - seg->start_m, 1e-6);
}

/* The air temperature the plan expects when the runner passes @distance_m; NAN without a
 * timeline. */
double
pf_profile_temperature_at (const PfPlan *plan,
                           double        distance_m)
{
  const PfSegment *seg;

  g_return_val_if_fail (plan != NULL, NAN);

  seg = segment_at (plan, distance_m);
  return seg != NULL ? seg->temp_c : NAN;
}

/* A fixed scale, so that 12 °C looks the same on every plan: blue when cool, yellow around
 * 18 °C, red from 30 °C. */
void
pf_temperature_colour (double  temp_c,
                       PfRgba *colour)
{
  static const struct { double temp_c; guint32 rgb; } stops[] = {
    { 0.0, 0x1c71d8 },   /* Blue 4 */
    { 10.0, 0x62a0ea },  /* Blue 2 */
    { 18.0, 0xf6d32d },  /* Yellow 3 */
    { 24.0, 0xff7800 },  /* Orange 3 */
    { 30.0, 0xe01b24 },  /* Red 3 */
  };
  guint i;
  double f;
  PfRgba a, b;

  g_return_if_fail (colour != NULL);

  if (!(temp_c > stops[0].temp_c))
    {
      rgba_set (colour, stops[0].rgb, 1.0);
      return;
    }
  for (i = 1; i < G_N_ELEMENTS (stops) && temp_c > stops[i].temp_c; i++)
    ;
  if (i == G_N_ELEMENTS (stops))
    {
      rgba_set (colour, stops[i - 1].rgb, 1.0);
      return;
    }

  rgba_set (&a, stops[i - 1].rgb, 1.0);
  rgba_set (&b, stops[i].rgb, 1.0);
  f = (temp_c - stops[i - 1].temp_c) / (stops[i].temp_c - stops[i - 1].temp_c);
  colour->red = a.red + (b.red - a.red) * f;
  colour->green = a.green + (b.green - a.green) * f;
  colour->blue = a.blue + (b.blue - a.blue) * f;
  colour->alpha = 1.0;
}

/* The right axis: pace per km or per mile on nice steps, fastest at the top. Returns the widest
 * label so the plot can end to its left. */
static double
compute_pace_ticks (Geometry           *geom,
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
  if (hi - lo < min_span)
    {
      double mid = (hi + lo) / 2.0;

      lo = mid - min_span / 2.0;
      hi = mid + min_span / 2.0;
    }

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
      Tick *tick = &geom->pace_ticks[geom->n_pace_ticks++];
      double w;

      tick->value = v;
      tick->label = pf_pace_format (v);
      text_size (context, style, tick->label, &w, NULL);
      widest = MAX (widest, w);
    }

  geom->layout.has_pace = TRUE;
  geom->layout.pace_min_s_per_m = axis_lo / unit_m;
  geom->layout.pace_max_s_per_m = axis_hi / unit_m;
  return widest;
}

/* Vertical axis: returns the widest label so the plot can start to its right. */
static double
compute_y_ticks (Geometry           *geom,
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

  if (hi - lo < min_span)
    {
      double mid = (hi + lo) / 2.0;

      lo = mid - min_span / 2.0;
      hi = mid + min_span / 2.0;
    }

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
      Tick *tick = &geom->y_ticks[geom->n_y_ticks++];
      double w;

      tick->value = v;
      tick->label = format_tick (v, decimals, symbol);
      text_size (context, style, tick->label, &w, NULL);
      widest = MAX (widest, w);
    }

  geom->layout.ele_min_m = axis_lo * pf_units_elevation_unit_m (style->units);
  geom->layout.ele_max_m = axis_hi * pf_units_elevation_unit_m (style->units);
  return widest;
}

static void
compute_x_ticks (Geometry           *geom,
                 PangoContext       *context,
                 const PfChartStyle *style)
{
  const char *symbol = pf_units_distance_symbol (style->units);
  double total = pf_units_distance_value (style->units, geom->layout.distance_max_m);
  double gap = geom->font_px * 1.5;
  double step, label_w;

  /* Start from labels as short as "5 km" and widen the step until the real labels fit, so the
   * axis gets the finest nice step that leaves room between its labels. */
  text_size (context, style, "0 km", &label_w, NULL);
  step = nice_step (total / MAX (1.0, floor (geom->layout.width / (label_w + gap))));

  for (guint attempt = 0; attempt < 24; attempt++)
    {
      int decimals = step_decimals (step);
      double widest = 0;

      ticks_clear (geom->x_ticks, &geom->n_x_ticks);
      for (double v = 0; v <= total + step * 1e-6 && geom->n_x_ticks < MAX_TICKS; v += step)
        {
          Tick *tick = &geom->x_ticks[geom->n_x_ticks++];
          double w;

          tick->value = v;
          tick->label = format_tick (v, decimals, symbol);
          text_size (context, style, tick->label, &w, NULL);
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

static void
geometry_compute_with (Geometry           *geom,
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
  text_size (context, style, "0123456789", NULL, &geom->line_h);
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
      y_label_w = compute_y_ticks (geom, context, style, course, geom->layout.height);
    }
  else
    {
      /* Elevation 0 lands three quarters down: a flat line, not a course at sea level. */
      geom->layout.ele_min_m = -1.0;
      geom->layout.ele_max_m = 3.0;
    }
  if (show_plan)
    pace_label_w = compute_pace_ticks (geom, context, style, plan);

  geom->layout.x = geom->pad + (y_label_w > 0 ? y_label_w + 6 : 0);
  geom->layout.width = MAX (width - geom->layout.x - geom->pad
                            - (pace_label_w > 0 ? pace_label_w + 6 : 0), 1.0);

  for (guint i = 0; i < geom->n_y_ticks; i++)
    {
      double metres = geom->y_ticks[i].value * pf_units_elevation_unit_m (style->units);

      geom->y_ticks[i].pos = pf_profile_layout_y_at_elevation (&geom->layout, metres);
    }
  for (guint i = 0; i < geom->n_pace_ticks; i++)
    geom->pace_ticks[i].pos = pf_profile_layout_y_at_pace (&geom->layout,
                                                           geom->pace_ticks[i].value
                                                           / pf_units_distance_unit_m (style->units));

  compute_x_ticks (geom, context, style);
  g_object_unref (context);
}

static guint legend_lines_needed (const Geometry     *geom,
                                  const PfChartStyle *style,
                                  const PfPlan       *plan);

/* The legend takes a second line only when one is too narrow for it, and the plot gives up
 * that height: so laid out twice when needed, the second time with the room known. */
static void
geometry_compute (Geometry           *geom,
                  const PfPlan       *plan,
                  const PfChartStyle *style,
                  double              width,
                  double              height)
{
  geometry_compute_with (geom, plan, style, width, height, 1);
  if (geom->layout.has_pace && legend_lines_needed (geom, style, plan) > 1)
    {
      geometry_clear (geom);
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
  Geometry geom;

  g_return_if_fail (layout != NULL);
  g_return_if_fail (style != NULL);

  geometry_compute (&geom, plan, style, width, height);
  *layout = geom.layout;
  geometry_clear (&geom);
}

double
pf_profile_layout_distance_at_x (const PfProfileLayout *layout,
                                 double                 x)
{
  double fraction = (x - layout->x) / layout->width;

  return CLAMP (fraction, 0.0, 1.0) * layout->distance_max_m;
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

/* Tens of thousands of samples on a few hundred pixels: keep each half-pixel column's lowest and
 * highest point so peaks survive while the path stays short. */
static void
append_profile_path (cairo_t         *cr,
                     const Geometry  *geom,
                     const PfCourse  *course)
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

static void
draw_text (cairo_t            *cr,
           PangoContext       *context,
           const PfChartStyle *style,
           const char         *text,
           double              x,
           double              y)
{
  g_autoptr(PangoLayout) layout = text_layout_new (context, style, text);

  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_grid_and_labels (cairo_t            *cr,
                      const Geometry     *geom,
                      const PfChartStyle *style)
{
  PangoContext *context = pango_cairo_create_context (cr);
  const PfProfileLayout *l = &geom->layout;
  double bottom = l->y + l->height;
  double last_right = -G_MAXDOUBLE;
  double gap = geom->font_px * 0.75;

  set_line_width (cr, style, 1.0);
  set_source (cr, &style->grid, 1.0);
  for (guint i = 0; i < geom->n_y_ticks; i++)
    {
      double y = round (geom->y_ticks[i].pos) + 0.5;

      cairo_move_to (cr, l->x, y);
      cairo_line_to (cr, l->x + l->width, y);
    }
  cairo_stroke (cr);

  /* The baseline and x tick marks are a little stronger than the grid. */
  set_source (cr, &style->grid, 2.0);
  cairo_move_to (cr, l->x, round (bottom) + 0.5);
  cairo_line_to (cr, l->x + l->width, round (bottom) + 0.5);
  for (guint i = 0; i < geom->n_x_ticks; i++)
    {
      double x = round (geom->x_ticks[i].pos) + 0.5;

      cairo_move_to (cr, x, round (bottom) + 0.5);
      cairo_line_to (cr, x, round (bottom) + 3.5);
    }
  cairo_stroke (cr);

  set_source (cr, &style->foreground, muted (style, 0.7));
  for (guint i = 0; i < geom->n_y_ticks; i++)
    {
      double w, h;

      text_size (context, style, geom->y_ticks[i].label, &w, &h);
      draw_text (cr, context, style, geom->y_ticks[i].label,
                 l->x - 6 - w, geom->y_ticks[i].pos - h / 2);
    }

  /* Pace labels on the right, in the pace line's colour, so it is clear which axis is whose. */
  set_source (cr, &style->pace_line, 1.0);
  for (guint i = 0; i < geom->n_pace_ticks; i++)
    {
      double h;

      text_size (context, style, geom->pace_ticks[i].label, NULL, &h);
      draw_text (cr, context, style, geom->pace_ticks[i].label,
                 l->x + l->width + 6, geom->pace_ticks[i].pos - h / 2);
    }

  set_source (cr, &style->foreground, muted (style, 0.7));
  for (guint i = 0; i < geom->n_x_ticks; i++)
    {
      double w, left;

      text_size (context, style, geom->x_ticks[i].label, &w, NULL);
      left = geom->x_ticks[i].pos - w / 2;
      /* Keep the end labels inside the chart rather than centred past its edges. */
      left = MAX (left, l->x);
      left = MIN (left, l->x + l->width + geom->pad * 0.5 - w);
      if (left < last_right + gap)
        continue;
      draw_text (cr, context, style, geom->x_ticks[i].label, left, geom->x_label_y);
      last_right = left + w;
    }

  g_object_unref (context);
}

static void
append_drop (cairo_t *cr,
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

static void
draw_waypoints (cairo_t            *cr,
                const Geometry     *geom,
                const PfChartStyle *style,
                const PfCourse     *course)
{
  const PfProfileLayout *l = &geom->layout;
  double bottom = l->y + l->height;
  double marker_top = geom->pad;
  const double dashes[] = { 2.0, 3.0 };
  double last_x;

  /* Landmarks: quiet dotted lines with a small dot, so aid stations stand out. */
  cairo_save (cr);
  set_line_width (cr, style, 1.0);
  cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
  set_source (cr, &style->landmark, 0.6);
  for (guint i = 0; i < pf_course_get_n_landmarks (course); i++)
    {
      const PfCoursePoint *p = pf_course_get_landmark (course, i);
      double x = round (pf_profile_layout_x_at_distance (l, p->distance_m)) + 0.5;

      cairo_move_to (cr, x, l->y);
      cairo_line_to (cr, x, bottom);
    }
  cairo_stroke (cr);
  cairo_restore (cr);

  /* Where markers would pile up, the lines still show every point; the symbols thin out. */
  set_source (cr, &style->landmark, 1.0);
  last_x = -G_MAXDOUBLE;
  for (guint i = 0; i < pf_course_get_n_landmarks (course); i++)
    {
      const PfCoursePoint *p = pf_course_get_landmark (course, i);
      double x = round (pf_profile_layout_x_at_distance (l, p->distance_m)) + 0.5;

      if (x - last_x < geom->marker_size * 0.6)
        continue;
      last_x = x;
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, l->y - geom->marker_size * 0.3, geom->marker_size * 0.18, 0, 2 * G_PI);
    }
  cairo_fill (cr);

  set_line_width (cr, style, 1.0);
  set_source (cr, &style->aid_station, 0.55);
  for (guint i = 0; i < pf_course_get_n_aid_stations (course); i++)
    {
      const PfCoursePoint *p = pf_course_get_aid_station (course, i);
      double x = round (pf_profile_layout_x_at_distance (l, p->distance_m)) + 0.5;

      cairo_move_to (cr, x, marker_top + geom->marker_size);
      cairo_line_to (cr, x, bottom);
    }
  cairo_stroke (cr);

  set_source (cr, &style->aid_station, 1.0);
  last_x = -G_MAXDOUBLE;
  for (guint i = 0; i < pf_course_get_n_aid_stations (course); i++)
    {
      const PfCoursePoint *p = pf_course_get_aid_station (course, i);
      double x = round (pf_profile_layout_x_at_distance (l, p->distance_m)) + 0.5;

      if (x - last_x < geom->marker_size * 0.8)
        continue;
      last_x = x;
      append_drop (cr, x, marker_top, geom->marker_size);
    }
  cairo_fill (cr);
}

static void
draw_profile (cairo_t            *cr,
              const Geometry     *geom,
              const PfChartStyle *style,
              const PfCourse     *course)
{
  const PfProfileLayout *l = &geom->layout;
  double bottom = l->y + l->height;

  cairo_save (cr);
  cairo_rectangle (cr, l->x, l->y - 1, l->width, l->height + 1);
  cairo_clip (cr);

  if (!geom->has_elevation)
    {
      double y = round (pf_profile_layout_y_at_elevation (l, 0)) + 0.5;

      set_line_width (cr, style, 2.0);
      set_source (cr, &style->landmark, 1.0);
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
  set_source (cr, &style->profile_fill, 1.0);
  cairo_fill (cr);

  cairo_new_path (cr);
  append_profile_path (cr, geom, course);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  set_line_width (cr, style, 1.5);
  set_source (cr, &style->profile_line, 1.0);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_pace (cairo_t            *cr,
           const Geometry     *geom,
           const PfChartStyle *style,
           const PfPlan       *plan)
{
  const PfProfileLayout *l = &geom->layout;
  PfRgba halo = style->background;

  cairo_save (cr);
  cairo_rectangle (cr, l->x, l->y - 2, l->width, l->height + 4);
  cairo_clip (cr);

  /* One point per pixel column is as fine as the eye (or a printer) can follow. */
  for (double x = l->x; x <= l->x + l->width + 0.5; x += 1.0)
    {
      double d = pf_profile_layout_distance_at_x (l, MIN (x, l->x + l->width));
      double y = pf_profile_layout_y_at_pace (l, pf_profile_pace_at (plan, d));

      cairo_line_to (cr, MIN (x, l->x + l->width), y);
    }
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

  /* A soft halo in the background colour (even when the background itself is left to the
   * card behind) keeps the line legible where it crosses the profile's outline. */
  halo.alpha = 0.6;
  set_line_width (cr, style, 4.0);
  set_source (cr, &halo, 1.0);
  cairo_stroke_preserve (cr);
  set_line_width (cr, style, 2.0);
  set_source (cr, &style->pace_line, 1.0);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* Where the runner is at each whole hour of the clock: the strip shows the temperature of the
 * hour they get there, with a notch at each hour. */
static double
distance_at_elapsed (const PfPlan *plan,
                     double        elapsed_s)
{
  const PfSegment *seg = pf_plan_get_segments (plan);
  guint lo = 0, hi = pf_plan_get_n_segments (plan);

  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;

      if (seg[mid].start_s <= elapsed_s)
        lo = mid;
      else
        hi = mid;
    }
  if (seg[lo].time_s <= 0)
    return seg[lo].start_m;
  return seg[lo].start_m + (seg[lo].end_m - seg[lo].start_m)
         * CLAMP ((elapsed_s - seg[lo].start_s) / seg[lo].time_s, 0.0, 1.0);
}

static void
draw_temperature_strip (cairo_t            *cr,
                        const Geometry     *geom,
                        const PfChartStyle *style,
                        const PfPlan       *plan)
{
  const PfProfileLayout *l = &geom->layout;
  double finish = pf_plan_get_finish_time (plan);
  gint64 start = pf_plan_get_inputs (plan)->start_time;
  double first_hour = 3600.0 - (double) (((start % 3600) + 3600) % 3600);
  double radius = l->strip_height / 2;
  PfRgba notch;

  cairo_save (cr);
  cairo_new_path (cr);
  /* Rounded ends, like a progress bar. */
  cairo_arc (cr, l->x + radius, l->strip_y + radius, radius, G_PI / 2, 3 * G_PI / 2);
  cairo_arc (cr, l->x + l->width - radius, l->strip_y + radius, radius, -G_PI / 2, G_PI / 2);
  cairo_close_path (cr);
  cairo_clip (cr);

  for (double x = floor (l->x); x < l->x + l->width; x += 1.0)
    {
      double d = pf_profile_layout_distance_at_x (l, x + 0.5);
      PfRgba colour;

      pf_temperature_colour (pf_profile_temperature_at (plan, d), &colour);
      set_source (cr, &colour, 1.0);
      cairo_rectangle (cr, x, l->strip_y, 1.0, l->strip_height);
      cairo_fill (cr);
    }

  notch = style->background;
  notch.alpha = 0.9;
  set_source (cr, &notch, 1.0);
  for (double e = first_hour; e < finish; e += 3600.0)
    {
      double x = round (pf_profile_layout_x_at_distance (l, distance_at_elapsed (plan, e)));

      cairo_rectangle (cr, x - 1.0, l->strip_y, 2.0, l->strip_height);
    }
  cairo_fill (cr);
  cairo_restore (cr);
}

static char *
format_temperature (const PfChartStyle *style,
                    double              temp_c)
{
  return g_strdup_printf ("%.0f", pf_units_temperature_value (style->units, temp_c));
}

/* The legend: what the pace line, the temperature strip and (on the fuel chart) the intake
 * markers mean — "━ Pace per km   ▬ Temperature 12–19 °C   💧 Drink   ■ Gel" — on one line
 * when it fits, else with the short temperature ("12–19 °C") and wrapped onto a second. */
typedef enum
{
  LEGEND_KEY_LINE,
  LEGEND_KEY_GRADIENT,
  LEGEND_KEY_DROP,
  LEGEND_KEY_SQUARE,
} LegendKey;

typedef struct
{
  LegendKey  key;
  char      *text;
  double     key_w;
  double     text_w;
  double     x;      /* where its key starts */
  guint      line;
} LegendItem;

typedef struct
{
  LegendItem items[4];
  guint      n_items;   /* placed, in order */
  guint      n_lines;
  double     lo_c, hi_c;
} Legend;

static void
legend_clear (Legend *legend)
{
  for (guint i = 0; i < G_N_ELEMENTS (legend->items); i++)
    g_clear_pointer (&legend->items[i].text, g_free);
}

static void
legend_item_set (LegendItem         *item,
                 PangoContext       *context,
                 const PfChartStyle *style,
                 LegendKey           key,
                 double              key_w,
                 char               *text)
{
  g_free (item->text);
  item->key = key;
  item->key_w = key_w;
  item->text = text;
  text_size (context, style, text, &item->text_w, NULL);
}

/* Places the items from @x0 within @width, in at most @max_lines lines; items that find no
 * room are left out. */
static void
legend_layout (Legend             *legend,
               PangoContext       *context,
               const Geometry     *geom,
               const PfChartStyle *style,
               const PfPlan       *plan,
               double              x0,
               double              width,
               guint               max_lines)
{
  const PfSegment *seg = pf_plan_get_segments (plan);
  guint n = pf_plan_get_n_segments (plan);
  double swatch = geom->font_px * 1.6, marker = round (geom->marker_size * 0.8);
  double gap = geom->font_px * 1.5, total = 0.0, x = x0;
  const char *temp_unit = pf_units_temperature_symbol (style->units);
  g_autofree char *lo_text = NULL;
  g_autofree char *hi_text = NULL;
  guint n_items = 0, line = 0;

  memset (legend, 0, sizeof *legend);
  legend->lo_c = G_MAXDOUBLE;
  legend->hi_c = -G_MAXDOUBLE;
  for (guint i = 0; i < n; i++)
    {
      legend->lo_c = MIN (legend->lo_c, seg[i].temp_c);
      legend->hi_c = MAX (legend->hi_c, seg[i].temp_c);
    }
  lo_text = format_temperature (style, legend->lo_c);
  hi_text = format_temperature (style, legend->hi_c);

  legend_item_set (&legend->items[n_items++], context, style, LEGEND_KEY_LINE, swatch,
                   /* Translators: legend of the pace line; %s is km or mi */
                   g_strdup_printf (_("Pace per %s"), pf_units_distance_symbol (style->units)));
  legend_item_set (&legend->items[n_items++], context, style, LEGEND_KEY_GRADIENT, swatch,
                   g_strcmp0 (lo_text, hi_text) == 0
                   /* Translators: legend of the temperature strip: value and unit, e.g. "12 °C" */
                   ? g_strdup_printf (_("Temperature %s %s"), lo_text, temp_unit)
                   /* Translators: legend of the temperature strip: a range and unit, e.g. "12–19 °C" */
                   : g_strdup_printf (_("Temperature %s–%s %s"), lo_text, hi_text, temp_unit));
  if (style->show_intakes)
    {
      legend_item_set (&legend->items[n_items++], context, style, LEGEND_KEY_DROP, marker,
                       g_strdup (_("Drink")));
      legend_item_set (&legend->items[n_items++], context, style, LEGEND_KEY_SQUARE,
                       round (marker * 0.7), g_strdup (_("Gel")));
    }

  for (guint i = 0; i < n_items; i++)
    total += (i > 0 ? gap : 0) + legend->items[i].key_w + 4 + legend->items[i].text_w;
  if (total > width)
    /* Narrow: the range alone still says what the colours mean. */
    legend_item_set (&legend->items[1], context, style, LEGEND_KEY_GRADIENT, swatch,
                     g_strcmp0 (lo_text, hi_text) == 0
                     ? g_strdup_printf ("%s %s", lo_text, temp_unit)
                     : g_strdup_printf ("%s–%s %s", lo_text, hi_text, temp_unit));

  for (guint i = 0; i < n_items; i++)
    {
      LegendItem *item = &legend->items[i];
      double item_w = item->key_w + 4 + item->text_w;

      if (x > x0 && x + item_w > x0 + width)
        {
          line++;
          x = x0;
        }
      if (line >= max_lines || item_w > width)
        break;
      item->x = x;
      item->line = line;
      legend->n_items = i + 1;
      legend->n_lines = line + 1;
      x += item_w + gap;
    }
}

static guint
legend_lines_needed (const Geometry     *geom,
                     const PfChartStyle *style,
                     const PfPlan       *plan)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  Legend legend;
  guint n_lines;

  legend_layout (&legend, context, geom, style, plan, geom->layout.x, geom->layout.width, 2);
  n_lines = legend.n_lines;
  legend_clear (&legend);
  g_object_unref (context);
  return n_lines;
}

static void
draw_legend (cairo_t            *cr,
             const Geometry     *geom,
             const PfChartStyle *style,
             const PfPlan       *plan)
{
  PangoContext *context = pango_cairo_create_context (cr);
  const PfProfileLayout *l = &geom->layout;
  Legend legend;

  legend_layout (&legend, context, geom, style, plan, l->x, l->width, geom->legend_lines);

  cairo_save (cr);
  for (guint i = 0; i < legend.n_items; i++)
    {
      const LegendItem *item = &legend.items[i];
      double top = geom->legend_y + item->line * (geom->line_h + LEGEND_LINE_GAP);
      double mid = top + geom->line_h / 2;
      double x = item->x;

      switch (item->key)
        {
        case LEGEND_KEY_LINE:
          set_line_width (cr, style, 2.0);
          cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
          set_source (cr, &style->pace_line, 1.0);
          cairo_move_to (cr, x + 1, round (mid));
          cairo_line_to (cr, x + item->key_w - 1, round (mid));
          cairo_stroke (cr);
          break;

        case LEGEND_KEY_GRADIENT:
          {
            cairo_pattern_t *gradient = cairo_pattern_create_linear (x, 0, x + item->key_w, 0);
            double sh = MAX (l->strip_height, 4);
            PfRgba a, b;

            pf_temperature_colour (legend.lo_c, &a);
            pf_temperature_colour (legend.hi_c, &b);
            cairo_pattern_add_color_stop_rgb (gradient, 0, a.red, a.green, a.blue);
            cairo_pattern_add_color_stop_rgb (gradient, 1, b.red, b.green, b.blue);
            cairo_set_source (cr, gradient);
            cairo_rectangle (cr, x, round (mid - sh / 2), item->key_w, sh);
            cairo_fill (cr);
            cairo_pattern_destroy (gradient);
          }
          break;

        case LEGEND_KEY_DROP:
          append_drop (cr, x + item->key_w / 2, round (mid - item->key_w / 2), item->key_w);
          set_source (cr, &style->intake_drink, 1.0);
          cairo_fill (cr);
          break;

        case LEGEND_KEY_SQUARE:
        default:
          cairo_rectangle (cr, x, round (mid - item->key_w / 2), item->key_w, item->key_w);
          set_source (cr, &style->intake_food, 1.0);
          cairo_fill (cr);
          break;
        }

      set_source (cr, &style->foreground, muted (style, 0.7));
      draw_text (cr, context, style, item->text, x + item->key_w + 4, top);
    }
  cairo_restore (cr);
  legend_clear (&legend);
  g_object_unref (context);
}

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
static void
draw_warning_bands (cairo_t            *cr,
                    const Geometry     *geom,
                    const PfChartStyle *style,
                    const PfPlan       *plan)
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
      set_source (cr, severity == PF_SEVERITY_DANGER ? &style->danger_band
                                                     : &style->warning_band, 1.0);
      cairo_fill (cr);
    }
  cairo_restore (cr);
}

static void
draw_highlight (cairo_t            *cr,
                const Geometry     *geom,
                const PfChartStyle *style,
                double              from_m,
                double              to_m)
{
  const PfProfileLayout *l = &geom->layout;
  double x0, x1;

  cairo_save (cr);
  append_band (cr, l, from_m, to_m);
  set_source (cr, &style->highlight, 1.0);
  cairo_fill (cr);

  /* Edges in the same colour, opaque enough to find the stretch at a glance. */
  x0 = round (pf_profile_layout_x_at_distance (l, CLAMP (from_m, 0, l->distance_max_m))) + 0.5;
  x1 = round (pf_profile_layout_x_at_distance (l, CLAMP (to_m, 0, l->distance_max_m))) - 0.5;
  set_line_width (cr, style, 1.0);
  set_source (cr, &style->highlight, MIN (3.0, 1.0 / MAX (style->highlight.alpha, 0.01)));
  cairo_move_to (cr, MAX (x0, l->x + 0.5), l->y);
  cairo_line_to (cr, MAX (x0, l->x + 0.5), l->y + l->height);
  cairo_move_to (cr, MIN (x1, l->x + l->width - 0.5), l->y);
  cairo_line_to (cr, MIN (x1, l->x + l->width - 0.5), l->y + l->height);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static gboolean
intake_has_food (const PfIntake *intake)
{
  for (guint i = 0; i < intake->n_items; i++)
    {
      const PfProduct *p = intake->items[i].product;

      if (p != NULL && g_strcmp0 (p->id, PF_PRODUCT_WATER) != 0
          && g_strcmp0 (p->id, PF_PRODUCT_DRINK) != 0
          && g_strcmp0 (p->id, PF_PRODUCT_SPORTS) != 0)
        return TRUE;
    }
  return FALSE;
}

/* Along the foot of the plot: a drop where the runner drinks and, above it, a small square
 * where they eat. Each has a ring in the background colour to stand off the profile. */
static void
draw_intakes (cairo_t            *cr,
              const Geometry     *geom,
              const PfChartStyle *style,
              const PfPlan       *plan)
{
  const PfProfileLayout *l = &geom->layout;
  const PfFuel *fuel = pf_plan_get_fuel (plan);
  double size = round (geom->marker_size * 0.8);
  double square = round (size * 0.7);
  double drop_top = l->y + l->height - size - 2;
  double food_top = drop_top - square - 2;
  double last_drink = -G_MAXDOUBLE, last_food = -G_MAXDOUBLE;
  PfRgba ring = style->background;

  if (fuel == NULL || fuel->schedule == NULL || l->height < 3 * size)
    return;

  ring.alpha = 0.9;
  cairo_save (cr);
  cairo_rectangle (cr, l->x, l->y, l->width, l->height);
  cairo_clip (cr);
  for (int pass = 0; pass < 2; pass++)
    {
      last_drink = last_food = -G_MAXDOUBLE;
      for (guint i = 0; i < fuel->schedule->len; i++)
        {
          const PfIntake *intake = &g_array_index (fuel->schedule, PfIntake, i);
          double x = round (pf_profile_layout_x_at_distance (l, intake->distance_m)) + 0.5;

          x = CLAMP (x, l->x + size / 2, l->x + l->width - size / 2);
          if (intake->fluid_ml > 0 && x - last_drink >= size * 0.9)
            {
              last_drink = x;
              append_drop (cr, x, drop_top, size);
              if (pass == 0)
                {
                  cairo_set_line_width (cr, 2.5);
                  set_source (cr, &ring, 1.0);
                  cairo_stroke (cr);
                }
              else
                {
                  set_source (cr, &style->intake_drink, 1.0);
                  cairo_fill (cr);
                }
            }
          if (intake_has_food (intake) && x - last_food >= square * 1.6)
            {
              last_food = x;
              cairo_rectangle (cr, round (x - square / 2), food_top, square, square);
              if (pass == 0)
                {
                  cairo_set_line_width (cr, 2.5);
                  set_source (cr, &ring, 1.0);
                  cairo_stroke (cr);
                }
              else
                {
                  set_source (cr, &style->intake_food, 1.0);
                  cairo_fill (cr);
                }
            }
        }
    }
  cairo_restore (cr);
}

static void
draw_no_elevation_label (cairo_t            *cr,
                         const Geometry     *geom,
                         const PfChartStyle *style)
{
  PangoContext *context = pango_cairo_create_context (cr);
  const PfProfileLayout *l = &geom->layout;
  const char *text = _("No elevation data");
  double w, h;
  double baseline = pf_profile_layout_y_at_elevation (l, 0);

  text_size (context, style, text, &w, &h);
  if (w <= l->width)
    {
      set_source (cr, &style->foreground, muted (style, 0.6));
      draw_text (cr, context, style, text,
                 l->x + (l->width - w) / 2, MAX (l->y, baseline - h - 4));
    }
  g_object_unref (context);
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
  set_source (cr, &ring, 1.0);
  cairo_fill (cr);
  cairo_arc (cr, x, y, 3.5, 0, 2 * G_PI);
  set_source (cr, colour, 1.0);
  cairo_fill (cr);
}

static void
draw_cursor (cairo_t            *cr,
             const Geometry     *geom,
             const PfChartStyle *style,
             const PfPlan       *plan,
             const PfCourse     *course,
             double              cursor_m)
{
  const PfProfileLayout *l = &geom->layout;
  double x = round (pf_profile_layout_x_at_distance (l, cursor_m)) + 0.5;
  double ele = geom->has_elevation ? pf_course_elevation_at (course, cursor_m) : 0.0;
  double y = pf_profile_layout_y_at_elevation (l, ele);

  set_line_width (cr, style, 1.0);
  set_source (cr, &style->cursor, 1.0);
  cairo_move_to (cr, x, l->y);
  cairo_line_to (cr, x, l->y + l->height);
  cairo_stroke (cr);

  draw_dot (cr, style, &style->cursor, x, y);
  if (l->has_pace)
    draw_dot (cr, style, &style->pace_line, x,
              pf_profile_layout_y_at_pace (l, pf_profile_pace_at (plan, cursor_m)));
}

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
  Geometry geom;
  PfCourse *course;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (style != NULL);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);

  if (style->background.alpha > 0)
    {
      set_source (cr, &style->background, 1.0);
      cairo_paint (cr);
    }

  geometry_compute (&geom, plan, style, width, height);
  course = plan ? pf_plan_get_course (plan) : NULL;

  draw_grid_and_labels (cr, &geom, style);
  if (course != NULL)
    {
      if (geom.layout.has_pace && style->show_warnings)
        draw_warning_bands (cr, &geom, style, plan);
      draw_profile (cr, &geom, style, course);
      if (to_m > from_m)
        draw_highlight (cr, &geom, style, from_m, to_m);
      draw_waypoints (cr, &geom, style, course);
      if (!geom.has_elevation)
        draw_no_elevation_label (cr, &geom, style);
      if (geom.layout.has_pace)
        {
          if (style->show_intakes)
            draw_intakes (cr, &geom, style, plan);
          draw_pace (cr, &geom, style, plan);
          draw_temperature_strip (cr, &geom, style, plan);
          draw_legend (cr, &geom, style, plan);
        }
      if (cursor_m >= 0 && cursor_m <= geom.layout.distance_max_m)
        draw_cursor (cr, &geom, style, plan, course, cursor_m);
    }

  geometry_clear (&geom);
  cairo_restore (cr);
}
