/* pf-pace-band.c — the pace band: at the checkpoints a runner sees, the elapsed and the clock
 * time and the pace since the row above, with the intakes marked, in strips to cut out and wear
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-report"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "core/pf-aid-stations.h"
#include "core/pf-duration.h"
#include "pf-report-private.h"

#define BAND_TEXT_SIZE   10.0
#define BAND_HEAD_SIZE   7.5
#define BAND_COUNT_SIZE  8.0
#define BAND_ROW_H       19.0
#define BAND_CAPTION_H   17.0
#define BAND_HEAD_H      13.0
#define BAND_GAP         30.0    /* between strips: room for the cut marks */
#define BAND_MARK_W      7.0
#define BAND_MARK_GAP    2.0
#define BAND_AID_BAR_W   3.0
/* Two checkpoints closer than this are one row: the runner sees one place (a station at the
 * 5 km marker is the 5 km row). */
#define BAND_MERGE_M     150.0
/* With coarse steps, every unit of the last few is a row too: where the runner counts down. */
#define BAND_LAST_UNITS  3

/* The checkpoints (docs/science.md §11, "The pace band"):
 *
 * 1. every kilometre or mile, as the units go, and the finish, when that gives at most
 *    BAND_MAX_ROWS rows with the aid stations (a 10 K, a half marathon in either units);
 * 2. otherwise the first of these steps that does — 5, 10, 20, 50 km or 2, 5, 10, 20, 50 mi —
 *    and with it the halfway point (a marathon's half-marathon mat) and each of the last
 *    BAND_LAST_UNITS kilometres or miles;
 * 3. the aid stations of the plan (pf_plan_get_aid_stations: the course's and the runner's)
 *    are rows of their own, marked with a bar, as long as the rows fit at all; if no step
 *    makes room for them, the band keeps the coarsest step without them.
 *
 * Points closer than BAND_MERGE_M are one row, at the marker's distance, so a station at the
 * 5 km marker is the 5 km row with the station's bar. */
static const double metric_steps[] = { 1.0, 5.0, 10.0, 20.0, 50.0 };
static const double imperial_steps[] = { 1.0, 2.0, 5.0, 10.0, 20.0, 50.0 };

typedef enum
{
  POINT_AID,
  POINT_HALFWAY,
  POINT_MARKER,
  POINT_FINISH,
} PointKind;  /* by precedence: a merged row keeps the distance of the highest */

typedef struct
{
  double    distance_m;
  PointKind kind;
  gboolean  aid;
} Point;

static int
compare_points (gconstpointer a,
                gconstpointer b)
{
  const Point *p = a, *q = b;

  return (p->distance_m > q->distance_m) - (p->distance_m < q->distance_m);
}

static void
add_point (GArray   *points,
           double    distance_m,
           PointKind kind)
{
  Point p = { distance_m, kind, kind == POINT_AID };

  g_array_append_val (points, p);
}

static GArray *
checkpoints (double        distance,
             double        unit_m,
             double        step,
             const GArray *stations)
{
  GArray *points = g_array_new (FALSE, FALSE, sizeof (Point));
  GArray *rows = g_array_new (FALSE, FALSE, sizeof (Point));
  double step_m = step * unit_m;

  for (guint k = 1; k * step_m < distance - BAND_MERGE_M; k++)
    add_point (points, k * step_m, POINT_MARKER);
  if (step > 1.0)
    {
      double last = floor ((distance - BAND_MERGE_M) / unit_m);

      add_point (points, distance / 2.0, POINT_HALFWAY);
      for (guint i = 0; i < BAND_LAST_UNITS && last - i >= 1.0; i++)
        add_point (points, (last - i) * unit_m, POINT_MARKER);
    }
  for (guint i = 0; stations != NULL && i < stations->len; i++)
    {
      double d = g_array_index (stations, PfAidStation, i).distance_m;

      if (d > 0.0 && d <= distance)
        add_point (points, d, POINT_AID);
    }
  add_point (points, distance, POINT_FINISH);
  g_array_sort (points, compare_points);

  for (guint i = 0; i < points->len; i++)
    {
      Point *p = &g_array_index (points, Point, i);
      Point *last = rows->len > 0 ? &g_array_index (rows, Point, rows->len - 1) : NULL;

      if (last == NULL || p->distance_m - last->distance_m >= BAND_MERGE_M)
        {
          g_array_append_val (rows, *p);
          continue;
        }
      last->aid |= p->aid;
      if (p->kind > last->kind)
        {
          last->distance_m = p->distance_m;
          last->kind = p->kind;
        }
    }
  g_array_unref (points);

  return rows;
}

/* An intake to eat (a gel, chews, a capsule) is a square; one only to drink, a drop. */
static gboolean
intake_eats (const PfIntake *intake)
{
  for (guint i = 0; i < intake->n_items; i++)
    if (pf_product_is_fuel (intake->items[i].product)
        || pf_product_is_salt (intake->items[i].product))
      return TRUE;
  return FALSE;
}

static void
band_row_clear (gpointer data)
{
  BandRow *row = data;

  for (guint c = 0; c < BAND_N_TEXT_COLUMNS; c++)
    g_free (row->cells[c]);
}

/* "5" at a marker, "21.1" between. */
static char *
format_distance (double value)
{
  return fabs (value - round (value)) < 0.05 ? g_strdup_printf ("%.0f", round (value))
                                             : g_strdup_printf ("%.1f", value);
}

PangoFontDescription *
_pf_pace_band_font (BandColumn column,
                    gboolean   head)
{
  PangoFontDescription *font = pango_font_description_from_string (FONT);

  pango_font_description_set_absolute_size (font, (head ? BAND_HEAD_SIZE
                                                    : column == BAND_COL_MARKS ? BAND_COUNT_SIZE
                                                    : BAND_TEXT_SIZE) * PANGO_SCALE);
  /* The elapsed time is what the runner compares with their watch. */
  pango_font_description_set_weight (font, !head && column == BAND_COL_ELAPSED
                                             ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  return font;
}

static double
text_width (PangoLayout *layout,
            BandColumn   column,
            gboolean     head,
            const char  *text)
{
  g_autoptr(PangoFontDescription) font = _pf_pace_band_font (column, head);
  int w;

  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_size (layout, &w, NULL);
  return (double) w / PANGO_SCALE;
}

/* The width one kind of mark takes: up to two symbols, else one and "×N". */
static double
kind_width (guint        count,
            PangoLayout *layout)
{
  g_autofree char *times = NULL;

  if (count <= 2)
    return count * (BAND_MARK_W + BAND_MARK_GAP);
  times = g_strdup_printf ("×%u", count);
  return BAND_MARK_W + BAND_MARK_GAP + text_width (layout, BAND_COL_MARKS, FALSE, times)
         + BAND_MARK_GAP;
}

double
_pf_pace_band_marks_width (const BandRow *row,
                           PangoLayout   *layout)
{
  return kind_width (row->n_drinks, layout) + kind_width (row->n_eats, layout);
}

/**
 * _pf_pace_band_new:
 * @measure: the context the texts are measured in (the PDF's, or an image's in tests)
 *
 * Lays the band out: the checkpoints, each row's texts and marks, the columns' widths and the
 * strips.
 */
PfPaceBand *
_pf_pace_band_new (const PfPlan *plan,
                   const char   *title,
                   PfUnitSystem  units,
                   PangoContext *measure)
{
  PfPaceBand *band = g_new0 (PfPaceBand, 1);
  g_autoptr(PangoLayout) layout = pango_layout_new (measure);
  g_autoptr(GArray) points = NULL;
  const PfCourse *course = pf_plan_get_course (plan);
  const GArray *stations = pf_plan_get_aid_stations (plan);
  const GArray *schedule = pf_plan_get_fuel (plan)->schedule;
  const gboolean imperial = units == PF_UNITS_IMPERIAL;
  const double *steps = imperial ? imperial_steps : metric_steps;
  guint n_steps = imperial ? G_N_ELEMENTS (imperial_steps) : G_N_ELEMENTS (metric_steps);
  double unit_m = pf_units_distance_unit_m (units);
  double distance = pf_course_get_distance (course);
  double finish = pf_plan_get_finish_time (plan);
  double prev_d = 0.0, prev_t = 0.0;
  guint n, per, extra;

  /* The finest step that fits with the stations, else the finest without them. */
  for (guint pass = 0; pass < 2 && points == NULL; pass++)
    for (guint s = 0; s < n_steps && points == NULL; s++)
      {
        GArray *candidate = checkpoints (distance, unit_m, steps[s], pass == 0 ? stations : NULL);

        if (candidate->len <= BAND_MAX_ROWS || (pass == 1 && s == n_steps - 1))
          {
            points = candidate;
            band->step_m = steps[s] * unit_m;
          }
        else
          g_array_unref (candidate);
      }

  band->rows = g_array_sized_new (FALSE, TRUE, sizeof (BandRow), points->len);
  g_array_set_clear_func (band->rows, band_row_clear);
  for (guint i = 0; i < points->len; i++)
    {
      const Point *p = &g_array_index (points, Point, i);
      BandRow row = { .distance_m = p->distance_m, .aid = p->aid };
      double t = pf_plan_elapsed_at (plan, p->distance_m);

      row.cells[BAND_COL_DISTANCE] = format_distance (p->distance_m / unit_m);
      row.cells[BAND_COL_ELAPSED] = pf_duration_format (t);
      row.cells[BAND_COL_CLOCK] = pf_plan_format_clock (plan, t);
      row.cells[BAND_COL_PACE] = pf_pace_format ((t - prev_t) / (p->distance_m - prev_d) * unit_m);
      g_array_append_val (band->rows, row);
      prev_d = p->distance_m;
      prev_t = t;
    }

  /* Each intake on the first row at or after it, give or take a merged row's reach, so that
   * a station's cups are on the station's row; one past the finish stays on the last. */
  for (guint i = 0; schedule != NULL && i < schedule->len; i++)
    {
      const PfIntake *intake = &g_array_index (schedule, PfIntake, i);
      guint r = 0;

      while (r + 1 < band->rows->len
             && g_array_index (band->rows, BandRow, r).distance_m
                < intake->distance_m - BAND_MERGE_M)
        r++;
      if (intake_eats (intake))
        g_array_index (band->rows, BandRow, r).n_eats++;
      else
        g_array_index (band->rows, BandRow, r).n_drinks++;
    }

  {
    g_autofree char *finish_text = pf_duration_format (finish);
    g_autofree char *pace = pf_format_quantity (units, PF_QUANTITY_PACE,
                                                finish / distance * 1000.0, 0);
    g_autofree char *start = pf_plan_format_clock (plan, 0.0);
    g_autofree char *length = pf_format_quantity (units, PF_QUANTITY_DISTANCE, distance, 1);

    /* Whose plan, of which race, as every printed page heads it. */
    g_autofree char *who = _pf_report_page_title (plan, title);

    /* Translators: %s is the athlete and the plan's title, or the course's name */
    band->title = g_strdup_printf (_("%s — pace band"), who);
    /* Translators: the pace band's second line: the finish time, the distance, the average
     * pace ("4:59 /km") and the start time of day */
    band->summary = g_strdup_printf (_("Finish %s over %s · average pace %s · start %s"),
                                     finish_text, length, pace, start);
    /* Translators: atop each strip of the pace band: the finish time and the average pace */
    band->caption = g_strdup_printf (_("%s at %s"), finish_text, pace);
  }
  band->heads[BAND_COL_DISTANCE] = g_strdup (pf_units_distance_symbol (units));
  /* Translators: a pace band's column head: the elapsed time since the start */
  band->heads[BAND_COL_ELAPSED] = g_strdup (C_("pace band", "Time"));
  /* Translators: a pace band's column head: the time of day */
  band->heads[BAND_COL_CLOCK] = g_strdup (C_("pace band", "Clock"));
  band->heads[BAND_COL_PACE] = g_strdup (pf_units_pace_symbol (units));

  /* Each column as wide as its widest text, its head included. */
  for (guint c = 0; c < BAND_N_TEXT_COLUMNS; c++)
    {
      double w = text_width (layout, c, TRUE, band->heads[c]);

      for (guint i = 0; i < band->rows->len; i++)
        w = MAX (w, text_width (layout, c, FALSE,
                                g_array_index (band->rows, BandRow, i).cells[c]));
      band->col_w[c] = ceil (w) + 2 * BAND_PAD;
    }
  band->col_w[BAND_COL_MARKS] = BAND_MARK_W + BAND_MARK_GAP;
  for (guint i = 0; i < band->rows->len; i++)
    band->col_w[BAND_COL_MARKS] = MAX (band->col_w[BAND_COL_MARKS],
                                       _pf_pace_band_marks_width (&g_array_index (band->rows,
                                                                                  BandRow, i),
                                                                  layout));
  band->col_w[BAND_COL_MARKS] = ceil (band->col_w[BAND_COL_MARKS]) + 2 * BAND_PAD;
  band->col_w[BAND_COL_DISTANCE] += BAND_AID_BAR_W;
  for (guint c = 0; c < BAND_N_COLUMNS; c++)
    band->band_w += band->col_w[c];

  /* As few strips as hold the rows, the rows shared out evenly: no strip of one or two. */
  n = band->rows->len;
  band->n_strips = MIN (BAND_MAX_STRIPS, (n + BAND_MAX_STRIP_ROWS - 1) / BAND_MAX_STRIP_ROWS);
  band->n_strips = MAX (band->n_strips, 1);
  per = n / band->n_strips;
  extra = n % band->n_strips;
  for (guint s = 0; s < band->n_strips; s++)
    band->strip_first[s + 1] = band->strip_first[s] + per + (s < extra ? 1 : 0);

  g_array_unref (g_steal_pointer (&points));

  return band;
}

void
_pf_pace_band_free (PfPaceBand *band)
{
  if (band == NULL)
    return;
  g_clear_pointer (&band->rows, g_array_unref);
  g_free (band->title);
  g_free (band->summary);
  g_free (band->caption);
  for (guint c = 0; c < BAND_N_TEXT_COLUMNS; c++)
    g_free (band->heads[c]);
  g_free (band);
}

/* A drop (to drink) or a square (to eat), BAND_MARK_W wide, centred on @cy. */
static void
draw_mark (cairo_t *cr,
           double   x,
           double   cy,
           gboolean eat)
{
  const double r = BAND_MARK_W / 2.0;

  cairo_set_source_rgb (cr, 0, 0, 0);
  if (eat)
    cairo_rectangle (cr, x + 0.5, cy - r + 0.5, BAND_MARK_W - 1.0, BAND_MARK_W - 1.0);
  else
    {
      double cx = x + r, by = cy + 1.0;

      cairo_move_to (cr, cx, cy - r - 1.5);
      cairo_curve_to (cr, cx + 0.5, by - r + 1.0, cx + r, by - 1.5, cx + r, by);
      cairo_arc (cr, cx, by, r, 0.0, G_PI);
      cairo_curve_to (cr, cx - r, by - 1.5, cx - 0.5, by - r + 1.0, cx, cy - r - 1.5);
      cairo_close_path (cr);
    }
  cairo_fill (cr);
}

static void
show_text (cairo_t     *cr,
           PangoLayout *layout,
           BandColumn   column,
           gboolean     head,
           const char  *text,
           double       x,
           double       y)
{
  g_autoptr(PangoFontDescription) font = _pf_pace_band_font (column, head);

  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

/* One kind of mark: up to two symbols, else one and "×N" (as kind_width measures). */
static double
draw_kind (cairo_t     *cr,
           PangoLayout *layout,
           double       x,
           double       cy,
           guint        count,
           gboolean     eat)
{
  g_autofree char *times = NULL;

  if (count <= 2)
    {
      for (guint i = 0; i < count; i++)
        draw_mark (cr, x + i * (BAND_MARK_W + BAND_MARK_GAP), cy, eat);
      return x + count * (BAND_MARK_W + BAND_MARK_GAP);
    }
  draw_mark (cr, x, cy, eat);
  times = g_strdup_printf ("×%u", count);
  show_text (cr, layout, BAND_COL_MARKS, FALSE, times, x + BAND_MARK_W + BAND_MARK_GAP,
             cy - BAND_COUNT_SIZE * 0.65);
  return x + kind_width (count, layout);
}

static void
draw_strip (cairo_t          *cr,
            PangoLayout      *layout,
            const PfPaceBand *band,
            guint             strip,
            double            x,
            double            y0)
{
  guint first = band->strip_first[strip], last = band->strip_first[strip + 1];
  double h = BAND_CAPTION_H + BAND_HEAD_H + (last - first) * BAND_ROW_H;
  double y = y0, cx;

  cairo_set_line_width (cr, 0.6);
  cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
  cairo_rectangle (cr, x, y0, band->band_w, h);
  cairo_stroke (cr);
  _pf_report_cut_marks (cr, x, y0, band->band_w, h);

  /* The caption: what the whole band is for, on every strip once they are cut apart. */
  {
    g_autoptr(PangoFontDescription) font = _pf_pace_band_font (BAND_COL_ELAPSED, FALSE);
    int w;

    pango_font_description_set_absolute_size (font, 9.0 * PANGO_SCALE);
    pango_layout_set_font_description (layout, font);
    pango_layout_set_text (layout, band->caption, -1);
    pango_layout_get_size (layout, &w, NULL);
    cairo_set_source_rgb (cr, 0, 0, 0);
    cairo_move_to (cr, x + (band->band_w - (double) w / PANGO_SCALE) / 2.0, y + 3.0);
    pango_cairo_show_layout (cr, layout);
  }
  y += BAND_CAPTION_H;

  cx = x;
  cairo_set_source_rgb (cr, 0.25, 0.25, 0.25);
  for (guint c = 0; c < BAND_N_TEXT_COLUMNS; c++)
    {
      double w = text_width (layout, c, TRUE, band->heads[c]);

      show_text (cr, layout, c, TRUE, band->heads[c], cx + band->col_w[c] - BAND_PAD - w,
                 y + 2.0);
      cx += band->col_w[c];
    }
  cairo_set_line_width (cr, 0.4);
  cairo_move_to (cr, x, y + BAND_HEAD_H - 0.5);
  cairo_line_to (cr, x + band->band_w, y + BAND_HEAD_H - 0.5);
  cairo_stroke (cr);
  y += BAND_HEAD_H;

  for (guint i = first; i < last; i++, y += BAND_ROW_H)
    {
      const BandRow *row = &g_array_index (band->rows, BandRow, i);
      double mx;

      if ((i - first) % 2 == 1)
        {
          cairo_set_source_rgb (cr, 0.92, 0.92, 0.92);
          cairo_rectangle (cr, x + 0.5, y, band->band_w - 1.0, BAND_ROW_H);
          cairo_fill (cr);
        }
      if (row->aid)
        {
          cairo_set_source_rgb (cr, 0, 0, 0);
          cairo_rectangle (cr, x + 0.5, y + 1.0, BAND_AID_BAR_W, BAND_ROW_H - 2.0);
          cairo_fill (cr);
        }
      cairo_set_source_rgb (cr, 0, 0, 0);
      cx = x;
      for (guint c = 0; c < BAND_N_TEXT_COLUMNS; c++)
        {
          double w = text_width (layout, c, FALSE, row->cells[c]);

          show_text (cr, layout, c, FALSE, row->cells[c], cx + band->col_w[c] - BAND_PAD - w,
                     y + 3.0);
          cx += band->col_w[c];
        }
      mx = draw_kind (cr, layout, cx + BAND_PAD, y + BAND_ROW_H / 2.0, row->n_drinks, FALSE);
      draw_kind (cr, layout, mx, y + BAND_ROW_H / 2.0, row->n_eats, TRUE);
    }
}

/* The page's header: the title, the summary, and the legend drawn with the band's own marks. */
static double
draw_heading (cairo_t          *cr,
              PangoLayout      *layout,
              const PfPaceBand *band,
              double            width)
{
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (FONT);
  const char *legend[] = {
    /* Translators: the pace band's legend: a drop marks a drink */
    C_("pace band", "drink"),
    /* Translators: the pace band's legend: a square marks something to eat */
    C_("pace band", "gel, chews or capsule"),
    /* Translators: the pace band's legend: a bar marks an aid station's row */
    C_("pace band", "aid station"),
    /* Translators: the pace band's legend, last */
    C_("pace band", "Cut along the marks."),
  };
  double y = MARGIN, x = MARGIN;
  int w, h;

  cairo_set_source_rgb (cr, 0, 0, 0);
  pango_layout_set_width (layout, (int) ((width - 2 * MARGIN) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_font_description_set_absolute_size (font, 13 * PANGO_SCALE);
  pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, band->title, -1);
  cairo_move_to (cr, MARGIN, y);
  pango_cairo_show_layout (cr, layout);
  pango_layout_get_size (layout, NULL, &h);
  y += (double) h / PANGO_SCALE + 3.0;

  pango_font_description_set_absolute_size (font, 10.5 * PANGO_SCALE);
  pango_font_description_set_weight (font, PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, band->summary, -1);
  cairo_move_to (cr, MARGIN, y);
  pango_cairo_show_layout (cr, layout);
  pango_layout_get_size (layout, NULL, &h);
  y += (double) h / PANGO_SCALE + 4.0;
  pango_layout_set_width (layout, -1);

  pango_font_description_set_absolute_size (font, 9 * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  for (guint i = 0; i < G_N_ELEMENTS (legend); i++)
    {
      cairo_set_source_rgb (cr, 0, 0, 0);
      if (i < 2)
        {
          draw_mark (cr, x, y + 6.5, i == 1);
          x += BAND_MARK_W + 3.0;
        }
      else if (i == 2)
        {
          cairo_rectangle (cr, x, y + 1.0, BAND_AID_BAR_W, 11.0);
          cairo_fill (cr);
          x += BAND_AID_BAR_W + 3.0;
        }
      pango_layout_set_text (layout, legend[i], -1);
      cairo_move_to (cr, x, y);
      pango_cairo_show_layout (cr, layout);
      pango_layout_get_size (layout, &w, &h);
      x += (double) w / PANGO_SCALE + 14.0;
    }

  return y + (double) h / PANGO_SCALE + 16.0;
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
  g_autoptr(PfPaceBand) band = NULL;
  g_autoptr(PangoLayout) layout = NULL;
  double width, height, y0;
  cairo_t *cr = _pf_report_pdf_begin (pdf, paper, NULL, &width, &height);

  layout = pango_cairo_create_layout (cr);
  pango_cairo_context_set_resolution (pango_layout_get_context (layout), 72.0);
  pango_cairo_update_layout (cr, layout);

  band = _pf_pace_band_new (plan, title, units, pango_layout_get_context (layout));
  y0 = draw_heading (cr, layout, band, width);
  for (guint s = 0; s < band->n_strips; s++)
    draw_strip (cr, layout, band, s, MARGIN + 10.0 + s * (band->band_w + BAND_GAP), y0);

  return _pf_report_finish_pdf (cr, pdf, file, error);
}
