/* pf-race-card.c — the race card: 10 × 7 cm for the back of the bib or the wrist
 *
 * Each aid station's number, clock time and distance, and what to drink and take there; what
 * is taken between stations is said at the station after it ("on the way: …"). It is drawn
 * at its true size on A4 or Letter, twice (one for the bib, one spare), with cut marks.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-report"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/pf-duration.h"
#include "pf-race-sheet-private.h"
#include "pf-report-private.h"

#define CARD_PAD        6.0
#define CARD_TITLE_SIZE 8.5
#define CARD_FONT_MAX   8.0
#define CARD_GAP        6.0     /* between two halves of the table */
#define CARD_COPIES     2
#define CARD_SPACING    36.0    /* between copies on the page: room for the cut marks */

enum
{
  COL_NUMBER,
  COL_CLOCK,
  COL_DISTANCE,
  COL_INTAKE,
  N_COLUMNS,
};

/* A stop in a card's words: "2 cups of water, 1 × Energy gel; on the way: 2 sips; refill". */
static char *
card_intake (const RaceStop *stop)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const char *parts[] = {
    stop->kind == STOP_FINISH ? C_("race sheet", "Finish") : "",
    stop->card,
    stop->on_the_way_short,
    /* Translators: on the race card, where the bottle is refilled */
    stop->refill ? C_("race sheet", "refill") : "",
  };

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (*parts[i] != '\0')
      g_string_append_printf (text, "%s%s", text->len == 0 ? ""
                                              : i == 1 ? " " : "; ", parts[i]);
  if (text->len == 0)
    g_string_append (text, "—");
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static SheetTable *
card_table (const PfPlan *plan,
            const GArray *stops,
            guint         first,
            guint         last,
            PfUnitSystem  units)
{
  double unit_m = pf_units_distance_unit_m (units);
  const SheetColumn columns[N_COLUMNS] = {
    [COL_NUMBER]   = { "#", TRUE, FALSE },
    [COL_CLOCK]    = { C_("race sheet", "Clock"), TRUE, FALSE },
    [COL_DISTANCE] = { pf_units_distance_symbol (units), TRUE, FALSE },
    /* Translators: the race card's column of what to drink and take at a station */
    [COL_INTAKE]   = { C_("race sheet", "Drink and take"), FALSE, TRUE },
  };
  SheetTable *table = _pf_sheet_table_new (N_COLUMNS, columns);

  for (guint i = first; i < last; i++)
    {
      const RaceStop *stop = &g_array_index (stops, RaceStop, i);
      g_autofree char *number = stop->kind == STOP_STATION ? g_strdup_printf ("%u", stop->number)
                                                            : g_strdup ("");
      g_autofree char *clock = pf_plan_format_clock (plan, stop->elapsed_s);
      g_autofree char *at = g_strdup_printf ("%.1f", stop->distance_m / unit_m);
      g_autofree char *intake = NULL;
      const char *cells[N_COLUMNS];

      intake = card_intake (stop);
      cells[COL_NUMBER] = number;
      cells[COL_CLOCK] = clock;
      cells[COL_DISTANCE] = at;
      cells[COL_INTAKE] = intake;
      _pf_sheet_table_add_row (table, stop->kind == STOP_FINISH ? SHEET_ROW_BOLD
                                                                : SHEET_ROW_PLAIN, cells);
    }
  return table;
}

PfRaceCard *
_pf_race_card_new (const PfPlan *plan,
                   const char   *title,
                   PfUnitSystem  units,
                   PangoContext *measure)
{
  PfRaceCard *card = g_new0 (PfRaceCard, 1);
  g_autoptr(GArray) stops = _pf_race_stops_new (plan, units, PF_STOPS_FOLD);
  const PfPlanInputs *inputs = pf_plan_get_inputs (plan);
  g_autofree char *who = pf_athlete_label (&inputs->athlete);
  g_autofree char *finish = pf_duration_format (pf_plan_get_finish_time (plan));
  g_autofree char *start = pf_plan_format_clock (plan, 0.0);
  double inner_w = RACE_CARD_W - 2 * CARD_PAD, inner_h;
  guint first = 0;

  /* Only what is met on the way: the stations and the finish. */
  if (stops->len > 0 && g_array_index (stops, RaceStop, 0).kind == STOP_START)
    first = 1;

  /* The times first: a long name is cut, never them. */
  /* Translators: the race card's first line: the finish time, the start time, then who */
  card->title = g_strdup_printf (C_("race sheet", "Finish %s · start %s · %s"), finish, start,
                                 who != NULL ? who
                                 : title != NULL ? title
                                 : pf_course_get_name (pf_plan_get_course (plan)));
  {
    g_autoptr(PangoLayout) layout = pango_layout_new (measure);
    g_autoptr(PangoFontDescription) font = pango_font_description_from_string (FONT);
    int h;

    pango_font_description_set_absolute_size (font, CARD_TITLE_SIZE * PANGO_SCALE);
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
    pango_layout_set_font_description (layout, font);
    pango_layout_set_width (layout, (int) (inner_w * PANGO_SCALE));
    pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    pango_layout_set_text (layout, card->title, -1);
    pango_layout_get_size (layout, NULL, &h);
    card->title_h = (double) h / PANGO_SCALE + 2.0;
  }
  inner_h = RACE_CARD_H - 2 * CARD_PAD - card->title_h;

  /* One table if it fits at a readable size, else the rows in two halves side by side. */
  card->table = card_table (plan, stops, first, stops->len, units);
  for (double size = CARD_FONT_MAX; size >= RACE_CARD_MIN_FONT - 0.01 && !card->fits; size -= 0.5)
    card->fits = _pf_sheet_table_layout (card->table, measure, size, inner_w)
                 && card->table->height <= inner_h;
  /* Two halves: split where their heights balance, as the rows measure at each size. */
  for (double size = CARD_FONT_MAX - 1.0; size >= RACE_CARD_MIN_FONT - 0.01 && !card->fits;
       size -= 0.5)
    {
      double half_w = (inner_w - CARD_GAP) / 2.0, total = 0.0, above = 0.0, best = G_MAXDOUBLE;
      guint split = first + 1;

      _pf_sheet_table_layout (card->table, measure, size, half_w);
      for (guint r = 0; r < card->table->rows->len; r++)
        total += g_array_index (card->table->rows, SheetRow, r).height;
      for (guint r = 0; r + 1 < card->table->rows->len; r++)
        {
          above += g_array_index (card->table->rows, SheetRow, r).height;
          if (MAX (above, total - above) < best)
            {
              best = MAX (above, total - above);
              split = first + r + 1;
            }
        }
      /* The halves' columns differ from the whole's: try the rows either side too. */
      for (int shift = -2; shift <= 2 && !card->fits; shift++)
        {
          int at = (int) split + shift;
          g_autoptr(SheetTable) upper = NULL;
          g_autoptr(SheetTable) lower = NULL;

          if (at <= (int) first || at >= (int) stops->len)
            continue;
          upper = card_table (plan, stops, first, at, units);
          lower = card_table (plan, stops, at, stops->len, units);
          card->fits = _pf_sheet_table_layout (upper, measure, size, half_w)
                       && _pf_sheet_table_layout (lower, measure, size, half_w)
                       && MAX (upper->height, lower->height) <= inner_h;
          /* Kept when it fits, or as the last try at the smallest size. */
          if (card->fits || (size < RACE_CARD_MIN_FONT + 0.49 && card->second == NULL))
            {
              _pf_sheet_table_free (card->table);
              card->table = g_steal_pointer (&upper);
              g_clear_pointer (&card->second, _pf_sheet_table_free);
              card->second = g_steal_pointer (&lower);
            }
        }
    }
  return card;
}

void
_pf_race_card_free (PfRaceCard *card)
{
  if (card == NULL)
    return;
  g_free (card->title);
  g_clear_pointer (&card->table, _pf_sheet_table_free);
  g_clear_pointer (&card->second, _pf_sheet_table_free);
  g_free (card);
}

static void
draw_card (PfRaceCard   *card,
           cairo_t      *cr,
           PangoContext *context,
           double        x,
           double        y)
{
  g_autoptr(PangoLayout) layout = pango_layout_new (context);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (FONT);
  double inner_w = RACE_CARD_W - 2 * CARD_PAD;

  cairo_save (cr);
  cairo_set_line_width (cr, 0.5);
  cairo_set_source_rgb (cr, 0.4, 0.4, 0.4);
  cairo_rectangle (cr, x, y, RACE_CARD_W, RACE_CARD_H);
  cairo_stroke (cr);
  _pf_report_cut_marks (cr, x, y, RACE_CARD_W, RACE_CARD_H);

  pango_font_description_set_absolute_size (font, CARD_TITLE_SIZE * PANGO_SCALE);
  pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (inner_w * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_text (layout, card->title, -1);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_move_to (cr, x + CARD_PAD, y + CARD_PAD);
  pango_cairo_show_layout (cr, layout);

  /* Nothing leaves the card, even where a hundred stations could not fit. */
  cairo_rectangle (cr, x, y, RACE_CARD_W, RACE_CARD_H);
  cairo_clip (cr);
  _pf_sheet_table_draw (card->table, cr, x + CARD_PAD, y + CARD_PAD + card->title_h);
  if (card->second != NULL)
    _pf_sheet_table_draw (card->second, cr,
                          x + CARD_PAD + card->table->width + CARD_GAP,
                          y + CARD_PAD + card->title_h);
  cairo_restore (cr);
}

gboolean
pf_race_card_write_pdf (const PfPlan *plan,
                        const char   *title,
                        PfUnitSystem  units,
                        PfPaper       paper,
                        GFile        *file,
                        GError      **error)
{
  g_autoptr(GByteArray) pdf = g_byte_array_new ();
  g_autoptr(PfRaceCard) card = NULL;
  PangoContext *context;
  g_autoptr(PangoLayout) note = NULL;
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (FONT);
  g_autofree char *page_title = _pf_report_page_title (plan, title);
  double width, height, y;
  cairo_t *cr = _pf_report_pdf_begin (pdf, paper, page_title, &width, &height);

  context = _pf_sheet_context_new (cr);
  card = _pf_race_card_new (plan, title, units, context);

  /* How to print it: at its true size, or the card is not 10 × 7 cm. */
  note = pango_layout_new (context);
  pango_font_description_set_absolute_size (font, 9.0 * PANGO_SCALE);
  pango_layout_set_font_description (note, font);
  pango_layout_set_width (note, (int) ((width - 2 * MARGIN) * PANGO_SCALE));
  pango_layout_set_wrap (note, PANGO_WRAP_WORD_CHAR);
  {
    /* Translators: the race card page's note; %s is the athlete and the race */
    g_autofree char *text = g_strdup_printf (C_("race sheet", "%s — race card. Print at 100 %% "
                                                "(actual size), cut along the marks: one for the "
                                                "back of the bib, one for the wrist or a pocket."),
                                             page_title);
    int h;

    pango_layout_set_text (note, text, -1);
    cairo_set_source_rgb (cr, 0, 0, 0);
    cairo_move_to (cr, MARGIN, MARGIN);
    pango_cairo_show_layout (cr, note);
    pango_layout_get_size (note, NULL, &h);
    y = MARGIN + (double) h / PANGO_SCALE + CARD_SPACING;
  }

  for (guint i = 0; i < CARD_COPIES && y + RACE_CARD_H <= height - MARGIN; i++)
    {
      draw_card (card, cr, context, (width - RACE_CARD_W) / 2.0, y);
      y += RACE_CARD_H + CARD_SPACING;
    }

  g_clear_object (&note);
  g_object_unref (context);
  return _pf_report_finish_pdf (cr, pdf, file, error);
}
