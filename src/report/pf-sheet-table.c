/* pf-sheet-table.c — a table measured with Pango, for the race sheet and its card
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-report"

#include "config.h"

#include "pf-sheet-table.h"

#include "pf-report-private.h"

#define HEADER_RULE 0.8
#define ROW_RULE    0.3

/* A context that measures as @cr draws: points, not pixels. */
PangoContext *
_pf_sheet_context_new (cairo_t *cr)
{
  PangoContext *context = pango_cairo_create_context (cr);

  pango_cairo_context_set_resolution (context, 72.0);
  return context;
}

static void
clear_row (gpointer data)
{
  SheetRow *row = data;

  g_strfreev (row->cells);
}

SheetTable *
_pf_sheet_table_new (guint              n_columns,
                     const SheetColumn *columns)
{
  SheetTable *table = g_new0 (SheetTable, 1);

  g_return_val_if_fail (n_columns > 0 && n_columns <= SHEET_MAX_COLUMNS, NULL);

  table->n_columns = n_columns;
  for (guint c = 0; c < n_columns; c++)
    {
      table->columns[c] = columns[c];
      table->headers[c] = g_strdup (columns[c].header != NULL ? columns[c].header : "");
      table->columns[c].header = table->headers[c];
    }
  table->rows = g_array_new (FALSE, TRUE, sizeof (SheetRow));
  g_array_set_clear_func (table->rows, clear_row);
  return table;
}

void
_pf_sheet_table_free (SheetTable *table)
{
  if (table == NULL)
    return;
  g_array_unref (table->rows);
  for (guint c = 0; c < table->n_columns; c++)
    g_free (table->headers[c]);
  g_free (table);
}

void
_pf_sheet_table_add_row (SheetTable         *table,
                         SheetRowStyle       style,
                         const char * const *cells)
{
  SheetRow row = { .style = style };

  row.cells = g_new0 (char *, table->n_columns + 1);
  for (guint c = 0; c < table->n_columns; c++)
    row.cells[c] = g_strdup (cells[c] != NULL ? cells[c] : "");
  g_array_append_val (table->rows, row);
}

/* A layout of @text in the table's font as a row of @style shows it; @width < 0: one line. */
static PangoLayout *
cell_layout (SheetTable    *table,
             PangoContext  *context,
             SheetRowStyle  style,
             gboolean       header,
             const char    *text,
             double         width,
             gboolean       right)
{
  PangoLayout *layout = pango_layout_new (context);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (FONT);

  pango_font_description_set_absolute_size (font, (header ? table->font_size * 0.85
                                                          : table->font_size) * PANGO_SCALE);
  if (header || (style & SHEET_ROW_BOLD))
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  if (style & SHEET_ROW_ITALIC)
    pango_font_description_set_style (font, PANGO_STYLE_ITALIC);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  if (width > 0.0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_alignment (layout, right ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
    }
  return layout;
}

static void
layout_size (PangoLayout *layout,
             double      *width,
             double      *height)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  if (width != NULL)
    *width = (double) logical.width / PANGO_SCALE;
  if (height != NULL)
    *height = (double) logical.height / PANGO_SCALE;
}

/* The widest word of @text: a wrapped column is never narrower. */
static double
widest_word (SheetTable    *table,
             PangoContext  *context,
             SheetRowStyle  style,
             gboolean       header,
             const char    *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " ", -1);
  double widest = 0.0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autoptr(PangoLayout) layout = cell_layout (table, context, style, header, words[i],
                                                   -1.0, FALSE);
      double w;

      layout_size (layout, &w, NULL);
      widest = MAX (widest, w);
    }
  return widest;
}

/**
 * _pf_sheet_table_layout:
 * @width: the room across, in points
 *
 * Measures every cell at @font_size and gives each column its width and each row its
 * height. Returns %FALSE when the columns cannot fit @width at this size (the caller tries a
 * smaller one): the numbers on one line, the words no narrower than their widest word.
 */
gboolean
_pf_sheet_table_layout (SheetTable   *table,
                        PangoContext *context,
                        double        font_size,
                        double        width)
{
  double natural[SHEET_MAX_COLUMNS] = { 0 }, least[SHEET_MAX_COLUMNS] = { 0 };
  double fixed = 0.0, wrap_natural = 0.0, wrap_least = 0.0, room, x = 0.0;
  guint n_wraps = 0;

  table->font_size = font_size;
  table->width = width;

  for (guint c = 0; c < table->n_columns; c++)
    {
      const SheetColumn *column = &table->columns[c];

      for (int r = -1; r < (int) table->rows->len; r++)
        {
          const SheetRow *row = r >= 0 ? &g_array_index (table->rows, SheetRow, r) : NULL;
          const char *text = row != NULL ? row->cells[c] : column->header;
          SheetRowStyle style = row != NULL ? row->style : SHEET_ROW_PLAIN;
          g_autoptr(PangoLayout) layout = cell_layout (table, context, style, row == NULL, text,
                                                       -1.0, FALSE);
          double w;

          layout_size (layout, &w, NULL);
          natural[c] = MAX (natural[c], w + 2 * SHEET_PAD);
          if (column->wraps)
            least[c] = MAX (least[c], widest_word (table, context, style, row == NULL, text)
                                      + 2 * SHEET_PAD);
        }
      if (column->wraps && column->keep)
        least[c] = MAX (least[c], MIN (natural[c], width / 5.0));
      if (column->wraps)
        {
          n_wraps++;
          wrap_natural += natural[c];
          wrap_least += least[c];
        }
      else
        fixed += natural[c];
    }

  room = width - fixed;
  if (room < wrap_least - 0.01 || (n_wraps == 0 && room < -0.01))
    return FALSE;

  /* Words take what they need on one line when there is room, else shrink toward their
   * widest word, each in proportion to how much it could give; what is left goes to them too. */
  for (guint c = 0; c < table->n_columns; c++)
    {
      if (!table->columns[c].wraps)
        table->w[c] = natural[c] + (n_wraps == 0 ? room / table->n_columns : 0.0);
      else if (wrap_natural <= room)
        table->w[c] = natural[c] + (room - wrap_natural) * natural[c] / wrap_natural;
      else
        table->w[c] = least[c] + (room - wrap_least) * (natural[c] - least[c])
                                 / MAX (wrap_natural - wrap_least, 0.01);
      table->x[c] = x;
      x += table->w[c];
    }

  table->header_height = 0.0;
  for (guint c = 0; c < table->n_columns; c++)
    {
      g_autoptr(PangoLayout) layout = cell_layout (table, context, SHEET_ROW_PLAIN, TRUE,
                                                   table->columns[c].header,
                                                   table->w[c] - 2 * SHEET_PAD,
                                                   table->columns[c].right);
      double h;

      layout_size (layout, NULL, &h);
      table->header_height = MAX (table->header_height, h + 2 * SHEET_PAD);
    }
  table->height = table->header_height;
  for (guint r = 0; r < table->rows->len; r++)
    {
      SheetRow *row = &g_array_index (table->rows, SheetRow, r);

      row->height = 0.0;
      for (guint c = 0; c < table->n_columns; c++)
        {
          g_autoptr(PangoLayout) layout = cell_layout (table, context, row->style, FALSE,
                                                       row->cells[c],
                                                       table->w[c] - 2 * SHEET_PAD,
                                                       table->columns[c].right);
          double h;

          layout_size (layout, NULL, &h);
          row->height = MAX (row->height, h + 2 * SHEET_PAD);
        }
      table->height += row->height;
    }
  return TRUE;
}

/* The width cell (@row, @column) takes as drawn (−1: the header): the test's measure. */
double
_pf_sheet_table_cell_width (SheetTable   *table,
                            PangoContext *context,
                            guint         row,
                            guint         column)
{
  const SheetRow *r = row < table->rows->len ? &g_array_index (table->rows, SheetRow, row) : NULL;
  g_autoptr(PangoLayout) layout = NULL;
  PangoLayoutIter *iter;
  double widest = 0.0;

  g_return_val_if_fail (column < table->n_columns, 0.0);

  layout = cell_layout (table, context, r != NULL ? r->style : SHEET_ROW_PLAIN, r == NULL,
                        r != NULL ? r->cells[column] : table->columns[column].header,
                        table->w[column] - 2 * SHEET_PAD, table->columns[column].right);
  /* The widest line as set, not the layout's box (which is the column's width). */
  iter = pango_layout_get_iter (layout);
  do
    {
      PangoRectangle line;

      pango_layout_iter_get_line_extents (iter, NULL, &line);
      widest = MAX (widest, (double) line.width / PANGO_SCALE);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  return widest;
}

static void
draw_cell (SheetTable    *table,
           cairo_t       *cr,
           PangoContext  *context,
           SheetRowStyle  style,
           gboolean       header,
           guint          c,
           const char    *text,
           double         x,
           double         y)
{
  g_autoptr(PangoLayout) layout = cell_layout (table, context, style,
                                               header, text, table->w[c] - 2 * SHEET_PAD,
                                               table->columns[c].right);

  cairo_move_to (cr, x + table->x[c] + SHEET_PAD, y + SHEET_PAD);
  pango_cairo_show_layout (cr, layout);
}

void
_pf_sheet_table_draw (SheetTable *table,
                      cairo_t    *cr,
                      double      x,
                      double      y)
{
  /* No g_autoptr for a PangoContext before Pango 1.52. */
  PangoContext *context = _pf_sheet_context_new (cr);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
  for (guint c = 0; c < table->n_columns; c++)
    draw_cell (table, cr, context, SHEET_ROW_PLAIN, TRUE, c, table->columns[c].header, x, y);
  y += table->header_height;
  cairo_set_line_width (cr, HEADER_RULE);
  cairo_move_to (cr, x, y);
  cairo_line_to (cr, x + table->width, y);
  cairo_stroke (cr);

  for (guint r = 0; r < table->rows->len; r++)
    {
      const SheetRow *row = &g_array_index (table->rows, SheetRow, r);

      if (row->style & SHEET_ROW_SHADED)
        {
          cairo_set_source_rgb (cr, 0.9, 0.9, 0.9);
          cairo_rectangle (cr, x, y, table->width, row->height);
          cairo_fill (cr);
        }
      cairo_set_source_rgb (cr, 0, 0, 0);
      for (guint c = 0; c < table->n_columns; c++)
        draw_cell (table, cr, context, row->style, FALSE, c, row->cells[c], x, y);
      y += row->height;
      cairo_set_source_rgb (cr, 0.6, 0.6, 0.6);
      cairo_set_line_width (cr, ROW_RULE);
      cairo_move_to (cr, x, y);
      cairo_line_to (cr, x + table->width, y);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
  g_object_unref (context);
}
