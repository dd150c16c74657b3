/* pf-report-private.h — what the files of the printed plan share: the page geometry, the
 * blocks the document is laid out in, and how they are added
 *
 *   pf-report.c          PfReport: made, and its pages drawn
 *   pf-report-layout.c   its blocks added, measured with Pango, tables sized, cut into pages
 *   pf-report-content.c  what the printed plan says: summary, splits, fuel schedule, checklist
 *   pf-report-pdf.c      PDF files: written into memory, then put in place whole
 *   pf-pace-band.c       the pace band, cut out and worn on the wrist
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

#include "pf-report.h"

G_BEGIN_DECLS

#define MARGIN       42.0    /* 15 mm */
#define HEADER_H     26.0
#define FOOTER_H     22.0
#define BODY_SIZE    9.5
#define SMALL_SIZE   8.0
#define CHART_H      250.0
#define FONT         "Cantarell, DejaVu Sans, sans-serif"
#define MAX_COLUMNS  10
#define CELL_PAD     4.0     /* either side of a cell's text: 8 pt between two columns */

typedef enum
{
  BLOCK_TITLE,
  BLOCK_HEADING,
  BLOCK_TEXT,
  BLOCK_ROW,
  BLOCK_CHART,
  BLOCK_BREAK,
} BlockKind;

typedef struct
{
  guint       n_columns;
  double      widths[MAX_COLUMNS];  /* fractions of the text width: how spare room is shared */
  gboolean    right[MAX_COLUMNS];   /* a number: right-aligned, never wrapped; else text */
  guint       header;               /* index of the header row block */
  double      x[MAX_COLUMNS];       /* the columns as laid out (lay_out_table), in points, */
  double      w[MAX_COLUMNS];       /* each with CELL_PAD inside either side */
} Table;

typedef struct
{
  BlockKind   kind;
  char       *markup;               /* title, heading, text */
  GStrv       cells;                /* row */
  int         table;                /* row: index into tables, else −1 */
  gboolean    is_header;
  double      content_h;            /* the text's or chart's own height, measured once */
  double      height;               /* with the space around it, as the page spacing goes */
  gboolean    keep_with_next;       /* no page break between this block and the next */
} Block;

/* What pf_report_draw_page drew, for tests to measure (_pf_report_trace_page): one box per
 * text, table cell or chart, in points on the page. */
typedef struct
{
  int         block;                /* index into blocks; −1: the page's header or footer */
  int         column;               /* a table cell: its column; else −1 */
  double      slot_x, slot_y, slot_w, slot_h;  /* its place: the block's, or the cell's column */
  double      x, y, w, h;           /* what was drawn: the text's logical extents, the chart */
} ReportBox;

struct _PfReport
{
  PfPlan      *plan;
  char        *title;
  PfUnitSystem units;
  double       width, height;
  GArray      *blocks;              /* Block */
  GArray      *tables;              /* Table */
  GArray      *page_starts;         /* guint: first block of each page */
  double       spacing;             /* around blocks: 1 as designed, less to save a page */
  GArray      *trace;               /* ReportBox: while _pf_report_trace_page draws, else NULL */
  PangoContext *measure;
  cairo_surface_t *measure_surface;
  cairo_t     *measure_cr;
};

/* pf-report.c */
char            *_pf_report_page_title         (const PfPlan       *plan,
                                                const char         *title);
GArray          *_pf_report_trace_page         (PfReport           *self,
                                                guint               page);

/* pf-report-layout.c */
void             _pf_report_add_block          (PfReport           *self,
                                                BlockKind           kind,
                                                char               *markup);
void             _pf_report_add_text           (PfReport           *self,
                                                const char         *format,
                                                ...) G_GNUC_PRINTF (2, 3);
void             _pf_report_add_heading        (PfReport           *self,
                                                const char         *text);
int              _pf_report_begin_table        (PfReport           *self,
                                                guint               n_columns,
                                                const double       *widths,
                                                const gboolean     *right,
                                                const char * const *header);
void             _pf_report_add_row            (PfReport           *self,
                                                int                 table,
                                                const char * const *texts);
void             _pf_report_clear_block        (gpointer            data);
PangoLayout     *_pf_report_make_layout        (PangoContext       *context,
                                                const char         *markup,
                                                double              size,
                                                gboolean            bold,
                                                double              width);
double           _pf_report_block_font_size    (const Block        *b);
double           _pf_report_space_before       (const PfReport     *self,
                                                const Block        *b);
PangoLayout     *_pf_report_make_cell_layout   (PfReport           *self,
                                                PangoContext       *context,
                                                const Block        *b,
                                                guint               column);
void             _pf_report_paginate           (PfReport           *self);

/* The width the text takes between the margins, in points. */
static inline double
_pf_report_text_width (const PfReport *self)
{
  return self->width - 2 * MARGIN;
}

/* pf-report-pdf.c */
void             _pf_report_cut_marks          (cairo_t            *cr,
                                                double              x,
                                                double              y,
                                                double              w,
                                                double              h);

/* pf-report-content.c */
void             _pf_report_build_summary      (PfReport           *self);
void             _pf_report_build_splits       (PfReport           *self);
void             _pf_report_build_schedule     (PfReport           *self);
void             _pf_report_build_checklist    (PfReport           *self);

/* pf-pace-band.c: the band is laid out (rows chosen, texts written, columns measured) before
 * it is drawn, so that tests can check what the runner will read. */
typedef enum
{
  BAND_COL_DISTANCE,
  BAND_COL_ELAPSED,
  BAND_COL_CLOCK,
  BAND_COL_PACE,
  BAND_N_TEXT_COLUMNS,
  BAND_COL_MARKS = BAND_N_TEXT_COLUMNS,
  BAND_N_COLUMNS,
} BandColumn;

#define BAND_MAX_ROWS        25  /* a marathon's band, whatever the units */
#define BAND_MAX_STRIP_ROWS  13  /* one strip: about 9 cm, a forearm's length */
#define BAND_PAD             4.0 /* each side of a column's text */
#define BAND_MAX_STRIPS      ((BAND_MAX_ROWS + BAND_MAX_STRIP_ROWS - 1) / BAND_MAX_STRIP_ROWS)

typedef struct
{
  double      distance_m;
  gboolean    aid;                        /* an aid station here */
  guint       n_drinks;                   /* intakes since the row above: drinks only … */
  guint       n_eats;                     /* … and those with a gel, chews or a capsule */
  char       *cells[BAND_N_TEXT_COLUMNS];
} BandRow;

typedef struct
{
  GArray     *rows;                       /* BandRow, by distance; the last is the finish */
  double      step_m;                     /* between the regular checkpoints */
  char       *title;                      /* the page's first line */
  char       *summary;                    /* finish, average pace and start time */
  char       *caption;                    /* atop each strip: finish and average pace */
  char       *heads[BAND_N_TEXT_COLUMNS]; /* column heads, with the units */
  double      col_w[BAND_N_COLUMNS];      /* points, padding included */
  double      band_w;
  guint       n_strips;
  guint       strip_first[BAND_MAX_STRIPS + 1];  /* rows of strip s: [first[s], first[s + 1]) */
} PfPaceBand;

PfPaceBand           *_pf_pace_band_new        (const PfPlan       *plan,
                                                const char         *title,
                                                PfUnitSystem        units,
                                                PangoContext       *measure);
void                  _pf_pace_band_free       (PfPaceBand         *band);
PangoFontDescription *_pf_pace_band_font       (BandColumn          column,
                                                gboolean            head);
double                _pf_pace_band_marks_width (const BandRow     *row,
                                                PangoLayout        *layout);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PfPaceBand, _pf_pace_band_free)

/* pf-report-pdf.c */
cairo_t         *_pf_report_pdf_begin          (GByteArray         *pdf,
                                                PfPaper             paper,
                                                const char         *title,
                                                double             *width,
                                                double             *height);
gboolean         _pf_report_finish_pdf         (cairo_t            *cr,
                                                GByteArray         *pdf,
                                                GFile              *file,
                                                GError            **error);

G_END_DECLS
