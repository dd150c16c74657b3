/* pf-chart-plan.c — the plan layers of the elevation profile: the pace line, the temperature
 * strip with its hour notches, and the intakes of the fuel schedule
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-chart"

#include "config.h"

#include "pf-chart-private.h"

#include <math.h>

void
_pf_chart_draw_pace (cairo_t               *cr,
                     const PfChartGeometry *geom,
                     const PfChartStyle    *style,
                     const PfPlan          *plan)
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
  _pf_chart_set_line_width (cr, style, 4.0);
  _pf_chart_set_source (cr, &halo, 1.0);
  cairo_stroke_preserve (cr);
  _pf_chart_set_line_width (cr, style, 2.0);
  _pf_chart_set_source (cr, &style->pace_line, 1.0);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* The strip shows the temperature of the hour the runner gets to each point, with a notch
 * where they are at each whole hour of the clock. */
void
_pf_chart_draw_temperature_strip (cairo_t               *cr,
                                  const PfChartGeometry *geom,
                                  const PfChartStyle    *style,
                                  const PfPlan          *plan)
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
      _pf_chart_set_source (cr, &colour, 1.0);
      cairo_rectangle (cr, x, l->strip_y, 1.0, l->strip_height);
      cairo_fill (cr);
    }

  notch = style->background;
  notch.alpha = 0.9;
  _pf_chart_set_source (cr, &notch, 1.0);
  for (double e = first_hour; e < finish; e += 3600.0)
    {
      double x = round (pf_profile_layout_x_at_distance (l, pf_plan_distance_at (plan, e)));

      cairo_rectangle (cr, x - 1.0, l->strip_y, 2.0, l->strip_height);
    }
  cairo_fill (cr);
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
void
_pf_chart_draw_intakes (cairo_t               *cr,
                        const PfChartGeometry *geom,
                        const PfChartStyle    *style,
                        const PfPlan          *plan)
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
              _pf_chart_append_drop (cr, x, drop_top, size);
              if (pass == 0)
                {
                  cairo_set_line_width (cr, 2.5);
                  _pf_chart_set_source (cr, &ring, 1.0);
                  cairo_stroke (cr);
                }
              else
                {
                  _pf_chart_set_source (cr, &style->intake_drink, 1.0);
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
                  _pf_chart_set_source (cr, &ring, 1.0);
                  cairo_stroke (cr);
                }
              else
                {
                  _pf_chart_set_source (cr, &style->intake_food, 1.0);
                  cairo_fill (cr);
                }
            }
        }
    }
  cairo_restore (cr);
}
