/* pf-report.c — the printed plan
 *
 * One renderer for paper: the document is first laid out as a list of blocks (headings,
 * paragraphs, table rows, the chart), measured with Pango at the page width, then cut into
 * pages — a table that runs over a page repeats its header on the next one. The same page
 * drawing serves the print dialog (GtkPrintOperation, in gui/) and the PDF written without a
 * display (pf-report-pdf.c). Print uses the light palette: it reads in grey-scale too. What
 * the blocks say is pf-report-content.c's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-report"

#include "config.h"

#include <glib/gi18n-lib.h>
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

static void
clear_block (gpointer data)
{
  Block *b = data;

  g_clear_pointer (&b->markup, g_free);
  g_clear_pointer (&b->cells, g_strfreev);
}

static double
text_width (PfReport *self)
{
  return self->width - 2 * MARGIN;
}

static PangoLayout *
make_layout (PangoContext *context,
             const char   *markup,
             double        size,
             gboolean      bold,
             double        width)
{
  PangoLayout *layout = pango_layout_new (context);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (FONT);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_markup (layout, markup, -1);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  return (double) h / PANGO_SCALE;
}

static double
block_font_size (const Block *b)
{
  switch (b->kind)
    {
    case BLOCK_TITLE:
      return 20.0;
    case BLOCK_HEADING:
      return 13.0;
    case BLOCK_ROW:
      return SMALL_SIZE;
    case BLOCK_TEXT:
    case BLOCK_CHART:
    case BLOCK_BREAK:
    default:
      return BODY_SIZE;
    }
}

static double
measure_block (PfReport *self,
               Block    *b)
{
  switch (b->kind)
    {
    case BLOCK_CHART:
      return CHART_H + 8.0;
    case BLOCK_BREAK:
      return 0.0;
    case BLOCK_ROW:
      {
        const Table *t = &g_array_index (self->tables, Table, b->table);
        double tallest = 0.0;

        for (guint c = 0; c < t->n_columns && b->cells[c] != NULL; c++)
          {
            g_autoptr(PangoLayout) layout = make_layout (self->measure, b->cells[c], SMALL_SIZE,
                                                         b->is_header,
                                                         t->widths[c] * text_width (self) - 4.0);

            tallest = MAX (tallest, layout_height (layout));
          }
        return tallest + 5.0;
      }
    case BLOCK_TITLE:
    case BLOCK_HEADING:
    case BLOCK_TEXT:
    default:
      {
        g_autoptr(PangoLayout) layout = make_layout (self->measure, b->markup, block_font_size (b),
                                                     b->kind != BLOCK_TEXT, text_width (self));
        double space_before = b->kind == BLOCK_HEADING ? 10.0 : 0.0;

        return space_before + layout_height (layout) + (b->kind == BLOCK_TEXT ? 4.0 : 6.0);
      }
    }
}

void
_pf_report_add_block (PfReport  *self,
                      BlockKind  kind,
                      char      *markup)
{
  Block b = { kind, markup, NULL, -1, FALSE, 0.0 };

  b.height = measure_block (self, &b);
  g_array_append_val (self->blocks, b);
}

void
_pf_report_add_text (PfReport   *self,
                     const char *format,
                     ...)
{
  va_list args;
  char *markup;

  va_start (args, format);
  markup = g_markup_vprintf_escaped (format, args);
  va_end (args);
  _pf_report_add_block (self, BLOCK_TEXT, markup);
}

void
_pf_report_add_heading (PfReport   *self,
                        const char *text)
{
  _pf_report_add_block (self, BLOCK_HEADING, g_markup_escape_text (text, -1));
}

/* Starts a table: its columns, and the header row (repeated on every page it spans). */
int
_pf_report_begin_table (PfReport           *self,
                        guint               n_columns,
                        const double       *widths,
                        const gboolean     *right,
                        const char * const *header)
{
  Table t = { n_columns, { 0 }, { 0 }, self->blocks->len };
  Block b = { BLOCK_ROW, NULL, NULL, (int) self->tables->len, TRUE, 0.0 };
  GStrvBuilder *cells = g_strv_builder_new ();

  for (guint c = 0; c < n_columns; c++)
    {
      t.widths[c] = widths[c];
      t.right[c] = right[c];
      {
        g_autofree char *escaped = g_markup_escape_text (header[c], -1);

        g_strv_builder_add (cells, escaped);
      }
    }
  g_array_append_val (self->tables, t);
  b.cells = g_strv_builder_end (cells);
  g_strv_builder_unref (cells);
  b.height = measure_block (self, &b);
  g_array_append_val (self->blocks, b);

  return b.table;
}

/* A row of plain texts (escaped here). */
void
_pf_report_add_row (PfReport           *self,
                    int                 table,
                    const char * const *texts)
{
  const Table *t = &g_array_index (self->tables, Table, table);
  Block b = { BLOCK_ROW, NULL, NULL, table, FALSE, 0.0 };
  GStrvBuilder *cells = g_strv_builder_new ();

  for (guint c = 0; c < t->n_columns; c++)
    {
      g_autofree char *escaped = g_markup_escape_text (texts[c] != NULL ? texts[c] : "", -1);

      g_strv_builder_add (cells, escaped);
    }
  b.cells = g_strv_builder_end (cells);
  g_strv_builder_unref (cells);
  b.height = measure_block (self, &b);
  g_array_append_val (self->blocks, b);
}

/* Cuts the blocks into pages. */
static void
paginate (PfReport *self)
{
  double body_top = MARGIN + HEADER_H, body_bottom = self->height - MARGIN - FOOTER_H;
  double y = body_top;
  guint first = 0;

  g_array_append_val (self->page_starts, first);
  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *b = &g_array_index (self->blocks, Block, i);
      gboolean header_repeat = FALSE;
      double needed = b->height;

      /* A heading never ends a page: keep it with what follows. */
      if ((b->kind == BLOCK_HEADING || (b->kind == BLOCK_ROW && b->is_header))
          && i + 1 < self->blocks->len)
        needed += g_array_index (self->blocks, Block, i + 1).height;

      if (b->kind == BLOCK_BREAK || (y + needed > body_bottom && y > body_top))
        {
          guint start = b->kind == BLOCK_BREAK ? i + 1 : i;

          g_array_append_val (self->page_starts, start);
          y = body_top;
          header_repeat = b->kind == BLOCK_ROW && !b->is_header;
          if (header_repeat)
            {
              const Table *t = &g_array_index (self->tables, Table, b->table);

              y += g_array_index (self->blocks, Block, t->header).height;
            }
          if (b->kind == BLOCK_BREAK)
            continue;
        }
      y += b->height;
    }
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
  g_array_set_clear_func (self->blocks, clear_block);
  self->tables = g_array_new (FALSE, TRUE, sizeof (Table));
  self->page_starts = g_array_new (FALSE, FALSE, sizeof (guint));

  /* Measure in points: a 72 dpi context, as the PDF surface is. */
  self->measure_surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  self->measure_cr = cairo_create (self->measure_surface);
  self->measure = pango_cairo_create_context (self->measure_cr);
  pango_cairo_context_set_resolution (self->measure, 72.0);

  _pf_report_build_summary (self);
  _pf_report_add_block (self, BLOCK_BREAK, NULL);
  _pf_report_add_heading (self, _("Course profile, pace and temperature"));
  _pf_report_add_block (self, BLOCK_CHART, NULL);
  _pf_report_build_splits (self);
  _pf_report_build_schedule (self);
  _pf_report_build_checklist (self);
  paginate (self);

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

static void
show_layout (cairo_t     *cr,
             PangoLayout *layout,
             double       x,
             double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_row (PfReport    *self,
          cairo_t     *cr,
          PangoContext *context,
          const Block *b,
          double       y)
{
  const Table *t = &g_array_index (self->tables, Table, b->table);
  double x = MARGIN;

  if (b->is_header)
    {
      cairo_set_source_rgb (cr, 0.92, 0.92, 0.92);
      cairo_rectangle (cr, MARGIN, y, text_width (self), b->height);
      cairo_fill (cr);
    }
  cairo_set_source_rgb (cr, 0.8, 0.8, 0.8);
  cairo_set_line_width (cr, 0.4);
  cairo_move_to (cr, MARGIN, y + b->height);
  cairo_line_to (cr, MARGIN + text_width (self), y + b->height);
  cairo_stroke (cr);

  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  for (guint c = 0; c < t->n_columns && b->cells[c] != NULL; c++)
    {
      double w = t->widths[c] * text_width (self);
      g_autoptr(PangoLayout) layout = make_layout (context, b->cells[c], SMALL_SIZE, b->is_header,
                                                   w - 4.0);

      pango_layout_set_alignment (layout, t->right[c] ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
      show_layout (cr, layout, x + 2.0, y + 2.5);
      x += w;
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
    g_autoptr(PangoLayout) head = make_layout (context, who_markup, SMALL_SIZE, FALSE,
                                               text_width (self) - 60.0);
    g_autoptr(PangoLayout) foot = make_layout (context, escaped, SMALL_SIZE, FALSE,
                                               text_width (self));

    cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
    /* One line, whatever the name's length: the rule below it does not move. */
    pango_layout_set_ellipsize (head, PANGO_ELLIPSIZE_END);
    show_layout (cr, head, MARGIN, MARGIN);
    if (who != NULL)
      {
        g_autoptr(PangoLayout) app = make_layout (context, "Pacefuel", SMALL_SIZE, FALSE,
                                                  text_width (self));

        pango_layout_set_alignment (app, PANGO_ALIGN_RIGHT);
        show_layout (cr, app, MARGIN, MARGIN);
      }
    pango_layout_set_alignment (foot, PANGO_ALIGN_RIGHT);
    show_layout (cr, foot, MARGIN, self->height - MARGIN - SMALL_SIZE * 1.4);
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
            pf_draw_profile (cr, self->plan, &style, text_width (self), CHART_H, -1.0);
            cairo_restore (cr);
          }
          break;

        case BLOCK_TITLE:
        case BLOCK_HEADING:
        case BLOCK_TEXT:
          {
            g_autoptr(PangoLayout) layout = make_layout (context, b->markup, block_font_size (b),
                                                         b->kind != BLOCK_TEXT, text_width (self));

            cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
            show_layout (cr, layout, MARGIN, y + (b->kind == BLOCK_HEADING ? 10.0 : 0.0));
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
