/* pf-report.c — the printed plan
 *
 * One renderer for paper: the document is first laid out as a list of blocks (headings,
 * paragraphs, table rows, the chart) and cut into pages (pf-report-layout.c), then each page
 * is drawn here. The same page drawing serves the print dialog (GtkPrintOperation, in gui/)
 * and the PDF written without a display (pf-report-pdf.c). Print uses the light palette: it
 * reads in grey-scale too. What the blocks say is pf-report-content.c's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-report"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <cairo-pdf.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "pf-chart.h"
#include "pf-report.h"
#include "pf-report-private.h"

void
pf_paper_size (PfPaper  paper,
               double  *width_pt,
               double  *height_pt)
{
  gboolean letter = paper == PF_PAPER_LETTER || paper == PF_PAPER_LETTER_LANDSCAPE;
  gboolean landscape = paper == PF_PAPER_A4_LANDSCAPE || paper == PF_PAPER_LETTER_LANDSCAPE;
  /* ISO 216 A4 is 210 × 297 mm; US Letter 8.5 × 11 in. */
  double short_side = letter ? 612.0 : 595.2756, long_side = letter ? 792.0 : 841.8898;

  *width_pt = landscape ? long_side : short_side;
  *height_pt = landscape ? short_side : long_side;
}

gboolean
pf_paper_from_string (const char *text,
                      PfPaper    *paper)
{
  if (g_ascii_strcasecmp (text, "a4") == 0)
    *paper = PF_PAPER_A4;
  else if (g_ascii_strcasecmp (text, "letter") == 0)
    *paper = PF_PAPER_LETTER;
  else if (g_ascii_strcasecmp (text, "a4-landscape") == 0)
    *paper = PF_PAPER_A4_LANDSCAPE;
  else if (g_ascii_strcasecmp (text, "letter-landscape") == 0)
    *paper = PF_PAPER_LETTER_LANDSCAPE;
  else
    return FALSE;

  return TRUE;
}

/* Whose plan this is and of which race, as every printed page says it: "Jane Doe (Harriers) —
 * Berlin Marathon". @title is the document's (NULL: the course's name); one that starts with
 * the athlete's name already, as a plan saved under the name the Save dialog offers does
 * ("Jane Doe — Berlin Marathon"), does not say it twice. Without an athlete, the title. */
char *
_pf_report_page_title (const PfPlan *plan,
                       const char   *title)
{
  const PfAthlete *athlete = &pf_plan_get_inputs (plan)->athlete;
  const char *course = pf_course_get_name (pf_plan_get_course (plan));
  g_autofree char *who = pf_athlete_label (athlete);
  const char *rest = title != NULL ? title : course;

  if (who == NULL)
    return g_strdup (rest);

  if (rest != NULL && athlete->name != NULL && g_str_has_prefix (rest, athlete->name))
    {
      rest += strlen (athlete->name);
      /* The separator the file name put between them: " — ", " - ", " – ". */
      while (*rest == ' ' || *rest == '-' || g_str_has_prefix (rest, "—")
             || g_str_has_prefix (rest, "–"))
        rest = g_utf8_next_char (rest);
      if (*rest == '\0')
        rest = course;
    }
  if (rest == NULL || *rest == '\0')
    return g_steal_pointer (&who);
  return g_strdup_printf ("%s — %s", who, rest);
}

PfReport *
pf_report_new (const PfPlan *plan,
               const char   *title,
               PfUnitSystem  units,
               double        width_pt,
               double        height_pt)
{
  PfReport *self = g_new0 (PfReport, 1);

  g_return_val_if_fail (plan != NULL, NULL);

  self->plan = pf_plan_ref ((PfPlan *) plan);
  self->title = _pf_report_page_title (plan, title);
  self->units = units;
  self->width = width_pt;
  self->height = height_pt;
  self->blocks = g_array_new (FALSE, TRUE, sizeof (Block));
  g_array_set_clear_func (self->blocks, _pf_report_clear_block);
  self->tables = g_array_new (FALSE, TRUE, sizeof (Table));
  self->page_starts = g_array_new (FALSE, FALSE, sizeof (guint));

  /* Measure in points: a 72 dpi context, as the PDF surface is. */
  self->measure_surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  self->measure_cr = cairo_create (self->measure_surface);
  self->measure = pango_cairo_create_context (self->measure_cr);
  pango_cairo_context_set_resolution (self->measure, 72.0);
  /* Unhinted metrics, as a PDF or print surface lays text out: a column measured to its
   * widest cell here must hold that cell on the page, not wrap it for a rounding. */
  {
    cairo_font_options_t *options = cairo_font_options_create ();

    cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options (self->measure, options);
    cairo_font_options_destroy (options);
  }

  /* No page break after the summary: the chart follows it on the first page when it fits,
   * rather than leave half a page blank. */
  _pf_report_build_summary (self);
  _pf_report_add_heading (self, _("Course profile, pace and temperature"));
  _pf_report_add_block (self, BLOCK_CHART, NULL);
  _pf_report_build_splits (self);
  _pf_report_build_schedule (self);
  _pf_report_build_checklist (self);
  _pf_report_paginate (self);

  return self;
}

void
pf_report_free (PfReport *self)
{
  if (self == NULL)
    return;

  pf_plan_unref (self->plan);
  g_free (self->title);
  g_array_unref (self->blocks);
  g_array_unref (self->tables);
  g_array_unref (self->page_starts);
  g_object_unref (self->measure);
  cairo_destroy (self->measure_cr);
  cairo_surface_destroy (self->measure_surface);
  g_free (self);
}

guint
pf_report_get_n_pages (PfReport *self)
{
  return self->page_starts->len;
}

/* Draws @layout at (@x, @y); while a test traces the page, notes where it went. */
static void
show_layout (PfReport    *self,
             cairo_t     *cr,
             PangoLayout *layout,
             double       x,
             double       y,
             int          block,
             int          column,
             double       slot_x,
             double       slot_y,
             double       slot_w,
             double       slot_h)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  if (self->trace != NULL)
    {
      PangoRectangle logical;
      ReportBox box = { block, column, slot_x, slot_y, slot_w, slot_h, 0, 0, 0, 0 };

      pango_layout_get_extents (layout, NULL, &logical);
      box.x = x + (double) logical.x / PANGO_SCALE;
      box.y = y + (double) logical.y / PANGO_SCALE;
      box.w = (double) logical.width / PANGO_SCALE;
      box.h = (double) logical.height / PANGO_SCALE;
      g_array_append_val (self->trace, box);
    }
}

static void
draw_row (PfReport    *self,
          cairo_t     *cr,
          PangoContext *context,
          const Block *b,
          double       y)
{
  const Table *t = &g_array_index (self->tables, Table, b->table);
  guint index = b - &g_array_index (self->blocks, Block, 0);

  if (b->is_header)
    {
      cairo_set_source_rgb (cr, 0.92, 0.92, 0.92);
      cairo_rectangle (cr, MARGIN, y, _pf_report_text_width (self), b->height);
      cairo_fill (cr);
    }
  cairo_set_source_rgb (cr, 0.8, 0.8, 0.8);
  cairo_set_line_width (cr, 0.4);
  cairo_move_to (cr, MARGIN, y + b->height);
  cairo_line_to (cr, MARGIN + _pf_report_text_width (self), y + b->height);
  cairo_stroke (cr);

  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  for (guint c = 0; c < t->n_columns && b->cells[c] != NULL; c++)
    {
      g_autoptr(PangoLayout) layout = _pf_report_make_cell_layout (self, context, b, c);

      show_layout (self, cr, layout, t->x[c] + CELL_PAD, y + _pf_report_space_before (self, b),
                   index, c, t->x[c], y, t->w[c], b->height);
    }
}

void
pf_report_draw_page (PfReport *self,
                     cairo_t  *cr,
                     guint     page)
{
  PangoContext *context;
  guint first, last;
  double y = MARGIN + HEADER_H;

  g_return_if_fail (page < self->page_starts->len);

  first = g_array_index (self->page_starts, guint, page);
  last = page + 1 < self->page_starts->len ? g_array_index (self->page_starts, guint, page + 1)
                                           : self->blocks->len;

  context = pango_cairo_create_context (cr);
  pango_cairo_context_set_resolution (context, 72.0);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);

  /* Header and footer: whose plan it is (a coach hands out a pile of them), the plan's name,
   * and where in the document this page is. */
  {
    g_autofree char *footer = g_strdup_printf (_("%s — page %u of %u"), self->title, page + 1,
                                               self->page_starts->len);
    g_autofree char *escaped = g_markup_escape_text (footer, -1);
    g_autofree char *who = pf_athlete_label (&pf_plan_get_inputs (self->plan)->athlete);
    g_autofree char *who_markup = who != NULL ? g_markup_printf_escaped ("<b>%s</b>", who)
                                              : g_strdup ("<b>Pacefuel</b>");
    g_autoptr(PangoLayout) head = _pf_report_make_layout (context, who_markup, SMALL_SIZE, FALSE,
                                                          _pf_report_text_width (self) - 60.0);
    g_autoptr(PangoLayout) foot = _pf_report_make_layout (context, escaped, SMALL_SIZE, FALSE,
                                                          _pf_report_text_width (self));

    cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
    /* One line, whatever the name's length: the rule below it does not move. */
    pango_layout_set_ellipsize (head, PANGO_ELLIPSIZE_END);
    show_layout (self, cr, head, MARGIN, MARGIN, -1, -1, MARGIN, MARGIN,
                 _pf_report_text_width (self), HEADER_H - 8.0);
    if (who != NULL)
      {
        g_autoptr(PangoLayout) app = _pf_report_make_layout (context, "Pacefuel", SMALL_SIZE, FALSE,
                                                             _pf_report_text_width (self));

        pango_layout_set_alignment (app, PANGO_ALIGN_RIGHT);
        show_layout (self, cr, app, MARGIN, MARGIN, -1, -1, MARGIN, MARGIN,
                     _pf_report_text_width (self), HEADER_H - 8.0);
      }
    /* One line too: a long name and race lose their middle, never the page number. */
    pango_layout_set_alignment (foot, PANGO_ALIGN_RIGHT);
    pango_layout_set_ellipsize (foot, PANGO_ELLIPSIZE_MIDDLE);
    show_layout (self, cr, foot, MARGIN, self->height - MARGIN - SMALL_SIZE * 1.4, -1, -1,
                 MARGIN, self->height - MARGIN - FOOTER_H, _pf_report_text_width (self), FOOTER_H);
    cairo_set_line_width (cr, 0.5);
    cairo_move_to (cr, MARGIN, MARGIN + HEADER_H - 8.0);
    cairo_line_to (cr, self->width - MARGIN, MARGIN + HEADER_H - 8.0);
    cairo_stroke (cr);
  }

  /* A table that runs on from the last page repeats its header. */
  if (first < last && first > 0)
    {
      const Block *b = &g_array_index (self->blocks, Block, first);

      if (b->kind == BLOCK_ROW && !b->is_header)
        {
          const Table *t = &g_array_index (self->tables, Table, b->table);
          const Block *header = &g_array_index (self->blocks, Block, t->header);

          draw_row (self, cr, context, header, y);
          y += header->height;
        }
    }

  for (guint i = first; i < last; i++)
    {
      const Block *b = &g_array_index (self->blocks, Block, i);

      switch (b->kind)
        {
        case BLOCK_ROW:
          draw_row (self, cr, context, b, y);
          break;

        case BLOCK_CHART:
          {
            PfChartStyle style;

            pf_chart_style_init_light (&style);
            style.units = self->units;
            style.show_plan = TRUE;
            style.show_intakes = TRUE;
            style.show_warnings = TRUE;
            style.font_size = SMALL_SIZE;
            cairo_save (cr);
            cairo_translate (cr, MARGIN, y);
            pf_draw_profile (cr, self->plan, &style, _pf_report_text_width (self), b->content_h,
                             -1.0);
            cairo_restore (cr);
            if (self->trace != NULL)
              {
                ReportBox box = { (int) i, -1, MARGIN, y, _pf_report_text_width (self), b->height,
                                  MARGIN, y, _pf_report_text_width (self), b->content_h };

                g_array_append_val (self->trace, box);
              }
          }
          break;

        case BLOCK_TITLE:
        case BLOCK_HEADING:
        case BLOCK_TEXT:
          {
            g_autoptr(PangoLayout) layout = NULL;

            layout = _pf_report_make_layout (context, b->markup, _pf_report_block_font_size (b),
                                             b->kind != BLOCK_TEXT, _pf_report_text_width (self));

            cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
            show_layout (self, cr, layout, MARGIN, y + _pf_report_space_before (self, b),
                         (int) i, -1, MARGIN, y, _pf_report_text_width (self), b->height);
          }
          break;

        case BLOCK_BREAK:
        default:
          break;
        }
      y += b->height;
    }

  cairo_restore (cr);
  g_object_unref (context);
}

static cairo_status_t
discard (void                *closure,
         const unsigned char *data,
         unsigned int         length)
{
  return CAIRO_STATUS_SUCCESS;
}

/* Draws @page as pf_report_draw_page does, on a PDF surface as the printed plan's, and returns
 * what it drew there (ReportBox): the layout tests measure the very texts the page shows. */
GArray *
_pf_report_trace_page (PfReport *self,
                       guint     page)
{
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (discard, NULL, self->width,
                                                                  self->height);
  cairo_t *cr = cairo_create (surface);
  GArray *boxes = g_array_new (FALSE, TRUE, sizeof (ReportBox));

  self->trace = boxes;
  pf_report_draw_page (self, cr, page);
  self->trace = NULL;
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return boxes;
}
