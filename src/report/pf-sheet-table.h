/* pf-sheet-table.h — a table measured with Pango, for the race sheet and its card
 *
 * Internal to report/. Columns of numbers take the width of their widest cell; columns of
 * words share what is left, in proportion to what they would need on one line, and wrap. A
 * row is as tall as its tallest cell, so no cell ever reaches into another.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

G_BEGIN_DECLS

#define SHEET_MAX_COLUMNS 10

typedef enum
{
  SHEET_ROW_PLAIN  = 0,
  SHEET_ROW_BOLD   = 1 << 0,  /* the start and the finish */
  SHEET_ROW_ITALIC = 1 << 1,  /* an intake on the way, not at a station */
  SHEET_ROW_SHADED = 1 << 2,  /* an aid station: the rows a runner looks for */
} SheetRowStyle;

typedef struct
{
  const char *header;
  gboolean    right;    /* numbers and times: right-aligned, never wrapped */
  gboolean    wraps;    /* words: share the room left and wrap */
  gboolean    keep;     /* words kept on one line while they take at most a fifth of the
                         * table (a name), so that the long ones wrap first */
} SheetColumn;

typedef struct
{
  char         **cells;
  SheetRowStyle  style;
  double         height;   /* once laid out */
} SheetRow;

typedef struct
{
  guint        n_columns;
  SheetColumn  columns[SHEET_MAX_COLUMNS];     /* their headers are the table's copies */
  char        *headers[SHEET_MAX_COLUMNS];
  GArray      *rows;                            /* SheetRow */
  /* Laid out by _pf_sheet_table_layout: */
  double       font_size;
  double       width;
  double       header_height;
  double       height;
  double       x[SHEET_MAX_COLUMNS];            /* each column's left edge, from the table's */
  double       w[SHEET_MAX_COLUMNS];            /* and its width, padding included */
} SheetTable;

#define SHEET_PAD 3.0  /* each side of a cell's text */

PangoContext *_pf_sheet_context_new      (cairo_t            *cr);
SheetTable *_pf_sheet_table_new          (guint               n_columns,
                                          const SheetColumn  *columns);
void        _pf_sheet_table_free         (SheetTable         *table);
void        _pf_sheet_table_add_row      (SheetTable         *table,
                                          SheetRowStyle       style,
                                          const char * const *cells);
gboolean    _pf_sheet_table_layout       (SheetTable         *table,
                                          PangoContext       *context,
                                          double              font_size,
                                          double              width);
void        _pf_sheet_table_draw         (SheetTable         *table,
                                          cairo_t            *cr,
                                          double              x,
                                          double              y);
double      _pf_sheet_table_cell_width   (SheetTable         *table,
                                          PangoContext       *context,
                                          guint               row,
                                          guint               column);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SheetTable, _pf_sheet_table_free)

G_END_DECLS
