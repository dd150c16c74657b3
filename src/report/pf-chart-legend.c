/* pf-chart-legend.c — the legend of the elevation profile: what the pace line, the temperature
 * strip and the intake markers mean, on one line or two
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-chart"

#include "config.h"

#include "pf-chart-private.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

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
  _pf_chart_text_size (context, style, text, &item->text_w, NULL);
}

/* Places the items from @x0 within @width, in at most @max_lines lines; items that find no
 * room are left out. */
static void
legend_layout (Legend                *legend,
               PangoContext          *context,
               const PfChartGeometry *geom,
               const PfChartStyle    *style,
               const PfPlan          *plan,
               double                 x0,
               double                 width,
               guint                  max_lines)
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

guint
_pf_chart_legend_lines_needed (const PfChartGeometry *geom,
                               const PfChartStyle    *style,
                               const PfPlan          *plan)
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

void
_pf_chart_draw_legend (cairo_t               *cr,
                       const PfChartGeometry *geom,
                       const PfChartStyle    *style,
                       const PfPlan          *plan)
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
          _pf_chart_set_line_width (cr, style, 2.0);
          cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
          _pf_chart_set_source (cr, &style->pace_line, 1.0);
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
          _pf_chart_append_drop (cr, x + item->key_w / 2, round (mid - item->key_w / 2),
                                 item->key_w);
          _pf_chart_set_source (cr, &style->intake_drink, 1.0);
          cairo_fill (cr);
          break;

        case LEGEND_KEY_SQUARE:
        default:
          cairo_rectangle (cr, x, round (mid - item->key_w / 2), item->key_w, item->key_w);
          _pf_chart_set_source (cr, &style->intake_food, 1.0);
          cairo_fill (cr);
          break;
        }

      _pf_chart_set_source (cr, &style->foreground, _pf_chart_muted (style, 0.7));
      _pf_chart_draw_text (cr, context, style, item->text, x + item->key_w + 4, top);
    }
  cairo_restore (cr);
  legend_clear (&legend);
  g_object_unref (context);
}
