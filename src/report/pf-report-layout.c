/* pf-report-layout.c — the printed plan laid out: blocks, tables and pages
 *
 * The document is a list of blocks (headings, paragraphs, table rows, the chart) that
 * pf-report-content.c adds; here they are measured with Pango at the page width, the
 * tables' columns sized to what they hold, and the blocks cut into pages at the loosest
 * spacing that takes the fewest pages — a table that runs over a page repeats its header
 * on the next one, a heading never ends a page. pf-report.c draws the pages.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-report"

#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "pf-report-private.h"

#define MIN_TEXT_COLUMN  48.0  /* narrowest a text column gets when its words must break */
#define MIN_ROWS         3     /* rows of a table kept together at each end of a page */
#define SHORT_SECTION    0.3   /* a section up to this share of a page's body is never cut */
#define CHART_MIN_H      (0.7 * CHART_H)  /* the chart, shortened to stay on a page */

/* The spacing between blocks, loosest first (_pf_report_paginate). */
static const double spacings[] = { 1.0, 0.8, 0.6 };

void
_pf_report_clear_block (gpointer data)
{
  Block *b = data;

  g_clear_pointer (&b->markup, g_free);
  g_clear_pointer (&b->cells, g_strfreev);
}

PangoLayout *
_pf_report_make_layout (PangoContext *context,
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

/* The width of @layout's text as laid out, in points. */
static double
layout_width (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.width / PANGO_SCALE;
}

double
_pf_report_block_font_size (const Block *b)
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

/* The space above a block's text (a row's: inside its rule) and below it, at the document's
 * spacing (_pf_report_paginate); the texts themselves never shrink. */
double
_pf_report_space_before (const PfReport *self,
                         const Block    *b)
{
  const Block *first = &g_array_index (self->blocks, Block, 0);

  switch (b->kind)
    {
    case BLOCK_HEADING:
      return 10.0 * self->spacing;
    case BLOCK_ROW:
      return 2.5 * self->spacing;
    case BLOCK_TEXT:
      /* A paragraph right under a table (the notes under the hourly targets) keeps off the
       * table's last rule. */
      return b > first && b[-1].kind == BLOCK_ROW ? 4.0 * self->spacing : 0.0;
    case BLOCK_TITLE:
    case BLOCK_CHART:
    case BLOCK_BREAK:
    default:
      return 0.0;
    }
}

static double
space_after (const PfReport *self,
             const Block    *b)
{
  switch (b->kind)
    {
    case BLOCK_TITLE:
    case BLOCK_HEADING:
      return 6.0 * self->spacing;
    case BLOCK_TEXT:
      return 4.0 * self->spacing;
    case BLOCK_ROW:
      return 2.5 * self->spacing;
    case BLOCK_CHART:
      return 8.0 * self->spacing;
    case BLOCK_BREAK:
    default:
      return 0.0;
    }
}

/* A table cell's text, laid out in its column (which must be laid out already). */
PangoLayout *
_pf_report_make_cell_layout (PfReport     *self,
                             PangoContext *context,
                             const Block  *b,
                             guint         column)
{
  const Table *t = &g_array_index (self->tables, Table, b->table);
  PangoLayout *layout = _pf_report_make_layout (context, b->cells[column], SMALL_SIZE, b->is_header,
                                                t->w[column] - 2 * CELL_PAD);

  pango_layout_set_alignment (layout, t->right[column] ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
  return layout;
}

/* How tall a block's text or chart is; its columns are laid out already. */
static double
measure_block (PfReport *self,
               Block    *b)
{
  switch (b->kind)
    {
    case BLOCK_CHART:
      return CHART_H;
    case BLOCK_BREAK:
      return 0.0;
    case BLOCK_ROW:
      {
        const Table *t = &g_array_index (self->tables, Table, b->table);
        double tallest = 0.0;

        for (guint c = 0; c < t->n_columns && b->cells[c] != NULL; c++)
          {
            g_autoptr(PangoLayout) layout = _pf_report_make_cell_layout (self, self->measure, b, c);

            tallest = MAX (tallest, layout_height (layout));
          }
        return tallest;
      }
    case BLOCK_TITLE:
    case BLOCK_HEADING:
    case BLOCK_TEXT:
    default:
      {
        g_autoptr(PangoLayout) layout = NULL;

        layout = _pf_report_make_layout (self->measure, b->markup, _pf_report_block_font_size (b),
                                         b->kind != BLOCK_TEXT, _pf_report_text_width (self));

        return layout_height (layout);
      }
    }
}

void
_pf_report_add_block (PfReport  *self,
                      BlockKind  kind,
                      char      *markup)
{
  Block b = { kind, markup, NULL, -1, FALSE, 0.0, 0.0, FALSE };

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

/* Starts a table: its columns, and the header row (repeated on every page it spans). @widths
 * are only how the room left over is shared: each column is as wide as its widest cell
 * (lay_out_table), whatever they say. */
int
_pf_report_begin_table (PfReport           *self,
                        guint               n_columns,
                        const double       *widths,
                        const gboolean     *right,
                        const char * const *header)
{
  Table t = { n_columns, { 0 }, { 0 }, self->blocks->len, { 0 }, { 0 } };
  Block b = { BLOCK_ROW, NULL, NULL, (int) self->tables->len, TRUE, 0.0, 0.0, FALSE };
  GStrvBuilder *cells = g_strv_builder_new ();

  g_return_val_if_fail (n_columns <= MAX_COLUMNS, -1);

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
  Block b = { BLOCK_ROW, NULL, NULL, table, FALSE, 0.0, 0.0, FALSE };
  GStrvBuilder *cells = g_strv_builder_new ();

  for (guint c = 0; c < t->n_columns; c++)
    {
      g_autofree char *escaped = g_markup_escape_text (texts[c] != NULL ? texts[c] : "", -1);

      g_strv_builder_add (cells, escaped);
    }
  b.cells = g_strv_builder_end (cells);
  g_strv_builder_unref (cells);
  g_array_append_val (self->blocks, b);
}

/* How wide a cell's text is on one line (@widest_word: its widest word, where it may wrap). */
static double
cell_width (PfReport   *self,
            const char *markup,
            gboolean    bold,
            gboolean    widest_word)
{
  g_autoptr(PangoLayout) layout = _pf_report_make_layout (self->measure, markup, SMALL_SIZE, bold,
                                                          1.0);

  /* No width: one line. A width of nothing, broken only between words: a word a line. */
  if (!widest_word)
    pango_layout_set_width (layout, -1);
  else
    pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  return layout_width (layout);
}

/* Sizes a table's columns to what they hold, measured with Pango: each column is as wide as
 * its widest cell, header included, with CELL_PAD either side (so two cells are never closer
 * than twice that), and the room left over is shared as the table's fractions say. When the
 * cells do not fit the page's width, the columns give way in steps, each only as far as
 * needed: first a header wraps between its words ("Sodium / mg"), then a text column wraps
 * between words, then inside them. A number never wraps and is never cut. */
enum { FIT_ONE_LINE, FIT_HEADER_WRAPS, FIT_TEXT_WRAPS, FIT_TEXT_BREAKS, N_FITS };

static void
lay_out_table (PfReport *self,
               guint     index)
{
  Table *t = &g_array_index (self->tables, Table, index);
  double page_w = _pf_report_text_width (self);
  double body[MAX_COLUMNS] = { 0 }, body_word[MAX_COLUMNS] = { 0 };
  double head[MAX_COLUMNS] = { 0 }, head_word[MAX_COLUMNS] = { 0 };
  double fit[N_FITS][MAX_COLUMNS], sum[N_FITS] = { 0 };
  guint step;
  double x = MARGIN;

  for (guint i = t->header; i < self->blocks->len; i++)
    {
      const Block *b = &g_array_index (self->blocks, Block, i);

      if (b->kind != BLOCK_ROW || b->table != (int) index)
        continue;
      for (guint c = 0; c < t->n_columns; c++)
        {
          if (b->is_header)
            {
              head[c] = cell_width (self, b->cells[c], TRUE, FALSE);
              head_word[c] = cell_width (self, b->cells[c], TRUE, TRUE);
              continue;
            }
          body[c] = MAX (body[c], cell_width (self, b->cells[c], FALSE, FALSE));
          if (!t->right[c])
            body_word[c] = MAX (body_word[c], cell_width (self, b->cells[c], FALSE, TRUE));
        }
    }

  for (guint c = 0; c < t->n_columns; c++)
    {
      double numbers = t->right[c] ? body[c] : 0.0;

      fit[FIT_ONE_LINE][c] = MAX (body[c], head[c]);
      fit[FIT_HEADER_WRAPS][c] = MAX (body[c], head_word[c]);
      fit[FIT_TEXT_WRAPS][c] = MAX (MAX (numbers, body_word[c]), head_word[c]);
      fit[FIT_TEXT_BREAKS][c] = t->right[c] ? fit[FIT_TEXT_WRAPS][c]
                                            : MIN (fit[FIT_TEXT_WRAPS][c], MIN_TEXT_COLUMN);
      for (step = 0; step < N_FITS; step++)
        {
          /* A point to spare: a surface's own rounding never wraps the widest cell. */
          fit[step][c] = ceil (fit[step][c]) + 1.0 + 2 * CELL_PAD;
          sum[step] += fit[step][c];
        }
    }

  for (step = 0; step < N_FITS && sum[step] > page_w; step++)
    ;

  if (step == 0)
    {
      /* All on one line: each column at least its fraction of the width, then what that takes
       * past the width given back by the columns wider than their cells, in proportion. */
      double total = 0.0, spare = 0.0;

      for (guint c = 0; c < t->n_columns; c++)
        {
          t->w[c] = MAX (fit[0][c], t->widths[c] * page_w);
          total += t->w[c];
          spare += t->w[c] - fit[0][c];
        }
      for (guint c = 0; c < t->n_columns; c++)
        {
          if (total > page_w && spare > 0.0)
            t->w[c] -= (t->w[c] - fit[0][c]) * (total - page_w) / spare;
          else if (total < page_w)
            t->w[c] += (page_w - total) / t->n_columns;
        }
    }
  else if (step < N_FITS)
    {
      /* Between this step and the one before: each column gives way in proportion. */
      double share = (page_w - sum[step]) / (sum[step - 1] - sum[step]);

      for (guint c = 0; c < t->n_columns; c++)
        t->w[c] = fit[step][c] + (fit[step - 1][c] - fit[step][c]) * share;
    }
  else
    {
      /* Cannot happen with the report's tables at A4 or Letter; should it, every column
       * shrinks alike, and the layout test says so. */
      for (guint c = 0; c < t->n_columns; c++)
        t->w[c] = fit[N_FITS - 1][c] * page_w / sum[N_FITS - 1];
    }

  for (guint c = 0; c < t->n_columns; c++)
    {
      t->x[c] = x;
      x += t->w[c];
    }
}

/* Where the page breaks may fall. A block glued to the next (keep_with_next) goes to the next
 * page with it. The rules, so that no page ends on a heading and no page holds a lone scrap:
 *  - a title and a heading stay with what follows them;
 *  - a table's header stays with its first MIN_ROWS rows, and its last MIN_ROWS rows stay
 *    together: a table cut in two leaves at least MIN_ROWS rows on each page;
 *  - a short section (a heading and what follows it, up to the next heading, no taller than
 *    SHORT_SECTION of a page's body) is never cut;
 *  - a short last section stays with the block before it: the last page never holds only a
 *    lone paragraph (the cramp advice) with the page before it full.
 * A group taller than a page is cut where it must (paginate). */
static void
glue_blocks (PfReport *self,
             double    body_h)
{
  guint n = self->blocks->len;
  guint last_heading = G_MAXUINT;

  for (guint i = 0; i < n; i++)
    {
      Block *b = &g_array_index (self->blocks, Block, i);

      b->keep_with_next = FALSE;
      if (i + 1 == n)
        break;
      if (b->kind == BLOCK_TITLE || b->kind == BLOCK_HEADING)
        b->keep_with_next = TRUE;
      else if (b->kind == BLOCK_ROW)
        {
          const Table *t = &g_array_index (self->tables, Table, b->table);
          const Block *next = &g_array_index (self->blocks, Block, i + 1);
          guint row = i - t->header, n_rows = 0;

          for (guint j = t->header + 1; j < n; j++)
            {
              const Block *r = &g_array_index (self->blocks, Block, j);

              if (r->kind != BLOCK_ROW || r->table != b->table)
                break;
              n_rows++;
            }
          /* Rows counted from 1; the header is row 0. */
          if (next->kind == BLOCK_ROW && next->table == b->table
              && (row < MIN_ROWS || row + MIN_ROWS >= n_rows + 1))
            b->keep_with_next = TRUE;
        }
    }

  /* Short sections, whole. */
  for (guint i = 0; i <= n; i++)
    {
      gboolean ends = i == n || g_array_index (self->blocks, Block, i).kind == BLOCK_HEADING;

      if (!ends)
        continue;
      if (last_heading != G_MAXUINT)
        {
          double h = 0.0;

          for (guint j = last_heading; j < i; j++)
            h += g_array_index (self->blocks, Block, j).height;
          if (h <= SHORT_SECTION * body_h)
            for (guint j = last_heading; j + 1 < i; j++)
              g_array_index (self->blocks, Block, j).keep_with_next = TRUE;
          /* The last section: with what comes before it, if short. */
          if (i == n && h <= SHORT_SECTION * body_h && last_heading > 0)
            g_array_index (self->blocks, Block, last_heading - 1).keep_with_next = TRUE;
        }
      last_heading = i;
    }
}

/* The height of a table's header row when @i, a body row, opens a page (it is repeated). */
static double
repeated_header (PfReport *self,
                 guint     i)
{
  const Block *b = &g_array_index (self->blocks, Block, i);

  if (b->kind != BLOCK_ROW || b->is_header)
    return 0.0;
  return g_array_index (self->blocks, Block,
                        g_array_index (self->tables, Table, b->table).header).height;
}

/* Cuts the blocks into pages, a glued group at a time (glue_blocks): a group that does not fit
 * what is left of the page opens the next; one taller than a whole page is cut block by block. */
static void
paginate (PfReport *self)
{
  double body_top = MARGIN + HEADER_H, body_bottom = self->height - MARGIN - FOOTER_H;
  double body_h = body_bottom - body_top;
  double y = body_top;
  guint first = 0;
  gboolean fresh = TRUE;  /* nothing on this page yet (a repeated header aside) */

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *b = &g_array_index (self->blocks, Block, i);

      if (b->kind == BLOCK_CHART)
        b->content_h = CHART_H;
      b->height = _pf_report_space_before (self, b) + b->content_h + space_after (self, b);
    }
  glue_blocks (self, body_h);

  g_array_set_size (self->page_starts, 0);
  g_array_append_val (self->page_starts, first);
  for (guint i = 0; i < self->blocks->len;)
    {
      const Block *b = &g_array_index (self->blocks, Block, i);
      guint end = i;
      double group = b->height;

      if (b->kind == BLOCK_BREAK)
        {
          guint start = i + 1;

          if (start < self->blocks->len)
            g_array_append_val (self->page_starts, start);
          y = body_top;
          fresh = TRUE;
          i++;
          continue;
        }

      while (g_array_index (self->blocks, Block, end).keep_with_next && end + 1 < self->blocks->len)
        group += g_array_index (self->blocks, Block, ++end).height;

      /* The chart may lose 30 % of its height to stay on the page with what precedes it
       * (the summary), rather than leave the foot of that page blank. */
      if (y + group > body_bottom && !fresh)
        for (guint j = i; j <= end; j++)
          {
            Block *chart = &g_array_index (self->blocks, Block, j);
            double cut = y + group - body_bottom + 0.01;  /* and no rounding left over */

            if (chart->kind == BLOCK_CHART && cut <= chart->content_h - CHART_MIN_H)
              {
                chart->content_h -= cut;
                chart->height -= cut;
                group -= cut;
              }
          }

      if (y + group > body_bottom && !fresh)
        {
          g_array_append_val (self->page_starts, i);
          y = body_top + repeated_header (self, i);
        }
      fresh = FALSE;
      if (y + group <= body_bottom)
        {
          y += group;
          i = end + 1;
          continue;
        }

      /* Taller than a page: block by block, the first where the group began. */
      for (guint start = i; i <= end; i++)
        {
          const Block *part = &g_array_index (self->blocks, Block, i);

          if (y + part->height > body_bottom && i > start)
            {
              g_array_append_val (self->page_starts, i);
              y = body_top + repeated_header (self, i);
            }
          y += part->height;
        }
    }
}

/* Lays the blocks out and cuts them into pages, at the loosest spacing that takes the fewest
 * pages: when the space between blocks (paragraphs, headings and rows closer together, the
 * texts unchanged) is all that pushes a section onto one more page, the document closes up
 * and that section joins the page before it instead of leaving a page nearly empty. */
void
_pf_report_paginate (PfReport *self)
{
  guint fewest = G_MAXUINT;
  double best = spacings[0];

  for (guint t = 0; t < self->tables->len; t++)
    lay_out_table (self, t);
  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *b = &g_array_index (self->blocks, Block, i);

      b->content_h = measure_block (self, b);
    }

  for (guint s = 0; s < G_N_ELEMENTS (spacings); s++)
    {
      self->spacing = spacings[s];
      paginate (self);
      if (self->page_starts->len < fewest)
        {
          fewest = self->page_starts->len;
          best = spacings[s];
        }
    }
  self->spacing = best;
  paginate (self);
}
