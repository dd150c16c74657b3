/* pf-pace-band.c — the pace band: the elapsed time at every km or mile, with the
 * intakes marked, in strips to cut out and wear
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-report"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/pf-duration.h"
#include "pf-report-private.h"

#define BAND_W      120.0
#define BAND_ROW_H  19.0
#define BAND_ROWS   25
#define BAND_GAP    24.0

static void
cut_marks (cairo_t *cr,
           double   x,
           double   y,
           double   w,
           double   h)
{
  const double m = 8.0;
  double xs[] = { x, x + w }, ys[] = { y, y + h };

  cairo_set_line_width (cr, 0.4);
  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint i = 0; i < 2; i++)
    for (guint j = 0; j < 2; j++)
      {
        double dx = i == 0 ? -1 : 1, dy = j == 0 ? -1 : 1;

        cairo_move_to (cr, xs[i] + dx * 2, ys[j]);
        cairo_line_to (cr, xs[i] + dx * (2 + m), ys[j]);
        cairo_move_to (cr, xs[i], ys[j] + dy * 2);
        cairo_line_to (cr, xs[i], ys[j] + dy * (2 + m));
      }
  cairo_stroke (cr);
}

/* Whether an intake (● drink, ▲ gel) falls in (from, to]. */
static const char *
intake_mark (const PfFuel *fuel,
             double        from_m,
             double        to_m)
{
  gboolean drink = FALSE, gel = FALSE;

  for (guint i = 0; i < fuel->schedule->len; i++)
    {
      const PfIntake *intake = &g_array_index (fuel->schedule, PfIntake, i);

      if (intake->distance_m > from_m && intake->distance_m <= to_m)
        {
          drink |= intake->fluid_ml > 0.0;
          gel |= intake->n_items > 0;
        }
    }

  return gel && drink ? "●▲" : gel ? "▲" : drink ? "●" : "";
}

gboolean
pf_pace_band_write_pdf (const PfPlan *plan,
                        const char   *title,
                        PfUnitSystem  units,
                        PfPaper       paper,
                        GFile        *file,
                        GError      **error)
{
  g_autoptr(GByteArray) pdf = g_byte_array_new ();
  g_autoptr(GArray) marks = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (FONT);
  const PfFuel *fuel = pf_plan_get_fuel (plan);
  double unit_m = pf_units_distance_unit_m (units);
  double distance = pf_course_get_distance (pf_plan_get_course (plan));
  double width, height, x0, y0 = MARGIN + 40.0;
  cairo_surface_t *surface;
  cairo_t *cr;
  PangoLayout *layout;
  guint n_bands;

  /* Cumulative times at every km or mile, and the finish. */
  for (double d = unit_m; d < distance - 1.0; d += unit_m)
    g_array_append_val (marks, d);
  g_array_append_val (marks, distance);
  n_bands = (marks->len + BAND_ROWS - 1) / BAND_ROWS;

  pf_paper_size (paper, &width, &height);
  surface = _pf_report_pdf_surface_new (pdf, width, height, NULL);
  cr = cairo_create (surface);
  cairo_surface_destroy (surface);
  layout = pango_cairo_create_layout (cr);
  pango_cairo_context_set_resolution (pango_layout_get_context (layout), 72.0);
  pango_cairo_update_layout (cr, layout);

  cairo_set_source_rgb (cr, 0, 0, 0);
  pango_font_description_set_absolute_size (font, 12 * PANGO_SCALE);
  pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  {
    g_autofree char *finish = pf_duration_format (pf_plan_get_finish_time (plan));
    g_autofree char *who = _pf_report_page_title (plan, title);
    g_autofree char *heading = g_strdup_printf (_("%s — pace band, finish %s. Cut along the marks; ● drink, ▲ gel."),
                                                who, finish);

    pango_layout_set_width (layout, (int) ((width - 2 * MARGIN) * PANGO_SCALE));
    pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    pango_layout_set_text (layout, heading, -1);
    cairo_move_to (cr, MARGIN, MARGIN);
    pango_cairo_show_layout (cr, layout);
  }

  pango_font_description_set_absolute_size (font, 10 * PANGO_SCALE);
  pango_layout_set_width (layout, -1);
  x0 = MARGIN + 10.0;
  for (guint band = 0; band < n_bands; band++)
    {
      guint first = band * BAND_ROWS, last = MIN (marks->len, first + BAND_ROWS);
      double x = x0 + band * (BAND_W + BAND_GAP);
      double h = (last - first) * BAND_ROW_H;

      cairo_set_line_width (cr, 0.6);
      cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
      cairo_rectangle (cr, x, y0, BAND_W, h);
      cairo_stroke (cr);
      cut_marks (cr, x, y0, BAND_W, h);

      for (guint i = first; i < last; i++)
        {
          double d = g_array_index (marks, double, i), prev = i > 0 ? g_array_index (marks, double, i - 1) : 0.0;
          double y = y0 + (i - first) * BAND_ROW_H;
          g_autofree char *at = g_strdup_printf ("%.1f", d / unit_m);
          g_autofree char *elapsed = pf_duration_format (pf_plan_elapsed_at (plan, d));
          const char *mark = intake_mark (fuel, prev, d);

          if ((i - first) % 2 == 1)
            {
              cairo_set_source_rgb (cr, 0.93, 0.93, 0.93);
              cairo_rectangle (cr, x + 0.5, y, BAND_W - 1.0, BAND_ROW_H);
              cairo_fill (cr);
            }
          cairo_set_source_rgb (cr, 0, 0, 0);
          pango_font_description_set_weight (font, PANGO_WEIGHT_NORMAL);
          pango_layout_set_font_description (layout, font);
          pango_layout_set_text (layout, at, -1);
          cairo_move_to (cr, x + 4.0, y + 3.0);
          pango_cairo_show_layout (cr, layout);
          pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
          pango_layout_set_font_description (layout, font);
          pango_layout_set_text (layout, elapsed, -1);
          cairo_move_to (cr, x + 38.0, y + 3.0);
          pango_cairo_show_layout (cr, layout);
          pango_layout_set_text (layout, mark, -1);
          cairo_move_to (cr, x + BAND_W - 26.0, y + 3.0);
          pango_cairo_show_layout (cr, layout);
        }
    }

  g_object_unref (layout);

  return _pf_report_finish_pdf (cr, pdf, file, error);
}

