/* pf-race-sheet.c — the race sheet: one page a runner takes to the start
 *
 * From the top: whose plan and which race; the goal, the finish by feel, the target pace,
 * the start and the weather, large; a strip of the course's profile with the aid stations
 * numbered; one table of the stops (start, each station, what is taken between them, the
 * finish) with the distance, the elapsed and clock time, what to drink and to take there and
 * the running totals of carbohydrate and fluid; what to carry and where to refill; the
 * warnings that matter most, in plain words. The full plan keeps everything else.
 *
 * It is laid out before it is drawn (_pf_race_sheet_new), so that tests check what fits: the
 * table's font shrinks step by step to RACE_SHEET_MIN_FONT, then what is taken between
 * stations is folded into the station after it, then the profile gets lower.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-report"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "core/pf-aid-stations.h"
#include "core/pf-duration.h"
#include "pf-race-sheet-private.h"
#include "pf-report-private.h"

#define TITLE_SIZE        18.0
#define SUBTITLE_SIZE     10.0
#define FACT_LABEL_SIZE   8.0
#define FACT_VALUE_SIZE   15.0
#define HEADING_SIZE      10.5
#define TEXT_SIZE         9.0
#define FOOTER_SIZE       7.0
#define GAP               10.0
#define PROFILE_H_MAX     80.0
#define PROFILE_H_MIN     40.0
#define TABLE_FONT_MAX    11.0
#define WATCH_MAX         3      /* the warnings the sheet has room to say */

enum
{
  COL_NUMBER,
  COL_WHERE,
  COL_DISTANCE,
  COL_ELAPSED,
  COL_CLOCK,
  COL_DRINK,
  COL_TAKE,
  COL_CARBS,
  COL_FLUID,
  N_COLUMNS,
};

/* A layout in the sheet's font at @size points. */
static PangoLayout *
sheet_layout_new (PangoContext *context,
                  double        size,
                  gboolean      bold)
{
  PangoLayout *layout = pango_layout_new (context);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (FONT);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  return layout;
}

/* One block of text at @size, wrapped to @width: its height, drawn when @cr is given. */
static double
text_block (PangoContext *context,
            cairo_t      *cr,
            const char   *markup,
            double        size,
            gboolean      bold,
            double        x,
            double        y,
            double        width)
{
  g_autoptr(PangoLayout) layout = sheet_layout_new (context, size, bold);
  int h;

  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_markup (layout, markup, -1);
  if (cr != NULL)
    {
      cairo_move_to (cr, x, y);
      pango_cairo_show_layout (cr, layout);
    }
  pango_layout_get_size (layout, NULL, &h);
  return (double) h / PANGO_SCALE;
}

static char *
escape (const char *text)
{
  return g_markup_escape_text (text, -1);
}

static char *
format_temperature_range (const PfPlan *plan,
                          PfUnitSystem  units)
{
  guint n = pf_plan_get_n_splits (plan);
  double lo = G_MAXDOUBLE, hi = -G_MAXDOUBLE;
  g_autofree char *start = NULL;
  g_autofree char *peak = NULL;

  if (n == 0)
    return g_strdup ("—");
  for (guint i = 0; i < n; i++)
    {
      lo = MIN (lo, pf_plan_get_split (plan, i)->temp_c);
      hi = MAX (hi, pf_plan_get_split (plan, i)->temp_c);
    }
  start = pf_format_quantity (units, PF_QUANTITY_TEMPERATURE, pf_plan_get_split (plan, 0)->temp_c, 0);
  if (hi - lo < 1.0)
    return g_steal_pointer (&start);
  peak = pf_format_quantity (units, PF_QUANTITY_TEMPERATURE, hi, 0);
  /* Translators: the race sheet's weather: the temperature at the start, then the warmest */
  return g_strdup_printf (C_("race sheet", "%s, up to %s"), start, peak);
}

static void
add_fact (PfRaceSheet *sheet,
          const char  *label,
          char        *value)
{
  sheet->fact_labels[sheet->n_facts] = g_strdup (label);
  sheet->fact_values[sheet->n_facts++] = value;
}

static void
write_facts (PfRaceSheet  *sheet,
             const PfPlan *plan,
             PfUnitSystem  units)
{
  const PfPlanInputs *inputs = pf_plan_get_inputs (plan);
  double finish = pf_plan_get_finish_time (plan);
  double distance = pf_course_get_distance (pf_plan_get_course (plan));
  g_autofree char *clock = pf_plan_format_clock (plan, 0.0);

  add_fact (sheet, inputs->pace_mode == PF_PACE_MODE_GOAL ? C_("race sheet", "Goal")
                                                          : C_("race sheet", "Planned finish"),
            pf_duration_format (finish));
  if (pf_plan_get_realistic (plan) != NULL)
    /* Translators: the race sheet's finish predicted when running by feel on the day */
    add_fact (sheet, C_("race sheet", "By feel"),
              pf_duration_format (pf_plan_get_realistic (plan)->finish_s));
  add_fact (sheet, C_("race sheet", "Target pace"),
            pf_format_quantity (units, PF_QUANTITY_PACE, finish / distance * 1000.0, 0));
  add_fact (sheet, C_("race sheet", "Start"), g_strndup (clock, 5));
  add_fact (sheet, C_("race sheet", "Weather"), format_temperature_range (plan, units));
}

/* What to carry from the start, and where the bottle is refilled. */
static char *
write_carry (const PfPlan *plan,
             const GArray *stops,
             PfUnitSystem  units)
{
  const PfFuel *fuel = pf_plan_get_fuel (plan);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) refills = g_string_new (NULL);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  guint n_stations = 0, n_refills = 0;

  if (fuel->bottle)
    {
      g_autofree char *bottle = pf_format_quantity (units, PF_QUANTITY_SMALL_VOLUME,
                                                    fuel->drink.bottle_ml / 1000.0, 0);

      /* Translators: on the race sheet, what to carry: "a 500 mL bottle of your drink" */
      g_ptr_array_add (items, g_strdup_printf (C_("race sheet", "a %s bottle of your drink"),
                                               bottle));
    }
  if (fuel->gels_to_carry > 0 && fuel->gel != NULL)
    g_ptr_array_add (items, g_strdup_printf ("%u × %s", fuel->gels_to_carry, _(fuel->gel->name)));
  if (fuel->capsules_to_carry > 0 && fuel->salt != NULL)
    g_ptr_array_add (items, g_strdup_printf ("%u × %s", fuel->capsules_to_carry,
                                             _(fuel->salt->name)));

  if (items->len == 0)
    g_string_append (text, C_("race sheet", "Nothing to carry: the stations give it all."));
  else
    {
      g_autofree char *list = NULL;

      g_ptr_array_add (items, NULL);
      list = g_strjoinv (", ", (char **) items->pdata);
      /* Translators: on the race sheet: "Carry from the start: a 500 mL bottle, 4 × Gel." */
      g_string_append_printf (text, C_("race sheet", "Carry from the start: %s."), list);
    }

  for (guint i = 0; i < stops->len; i++)
    {
      const RaceStop *stop = &g_array_index (stops, RaceStop, i);
      g_autofree char *where = NULL;

      n_stations += stop->kind == STOP_STATION;
      n_refills += stop->refill;
      if (!stop->refill)
        continue;
      where = pf_format_quantity (units, PF_QUANTITY_DISTANCE, stop->distance_m, 1);
      g_string_append_printf (refills, "%s%u (%s)", refills->len > 0 ? ", " : "", stop->number,
                              where);
    }
  if (n_refills > 1 && n_refills == n_stations)
    {
      g_string_append_c (text, ' ');
      g_string_append (text, C_("race sheet", "Refill the bottle with your mix at every station."));
    }
  else if (refills->len > 0)
    {
      g_string_append_c (text, ' ');
      /* Translators: on the race sheet: the numbered stations where the bottle is refilled,
       * "3 (15.0 km), 6 (30.0 km)" */
      g_string_append_printf (text, C_("race sheet", "Refill the bottle with your mix at stations %s."),
                              refills->str);
    }
  else if (fuel->bottle)
    {
      g_string_append_c (text, ' ');
      g_string_append (text, C_("race sheet", "The one bottle lasts the race."));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The warnings that matter most: dangers, then warnings, at most @max, each as what is
 * wrong and what to do; then how many more the full plan says. */
static GPtrArray *
write_watch (const PfPlan *plan,
             PfUnitSystem  units,
             guint         max)
{
  GPtrArray *watch = g_ptr_array_new_with_free_func (g_free);
  guint shown = 0, n = pf_plan_get_n_warnings (plan);

  for (int severity = PF_SEVERITY_DANGER; severity >= PF_SEVERITY_WARNING; severity--)
    for (guint i = 0; i < n && watch->len < max; i++)
      {
        const PfWarning *w = pf_plan_get_warning (plan, i);
        g_autofree char *message = NULL;
        g_autofree char *action = NULL;

        if ((int) w->severity != severity)
          continue;
        message = pf_units_expand (units, w->message);
        action = pf_units_expand (units, w->action);
        g_ptr_array_add (watch, g_markup_printf_escaped ("<b>%s</b> %s", message, action));
        shown++;
      }
  {
    guint serious = 0;

    for (guint i = 0; i < n; i++)
      serious += pf_plan_get_warning (plan, i)->severity >= PF_SEVERITY_WARNING;
    if (serious > shown)
      g_ptr_array_add (watch, g_markup_printf_escaped (
        g_dngettext (GETTEXT_PACKAGE, "%u more in the full plan.", "%u more in the full plan.",
                     serious - shown), serious - shown));
  }
  return watch;
}

static SheetTable *
write_table (const PfPlan *plan,
             const GArray *stops,
             PfUnitSystem  units)
{
  double unit_m = pf_units_distance_unit_m (units);
  /* Translators: the race sheet's column of fluid drunk so far, then its unit ("L") */
  g_autofree char *fluid_head = g_strdup_printf (C_("race sheet", "Fluid so far %s"),
                                                 pf_units_fluid_symbol (units, PF_QUANTITY_VOLUME));
  const SheetColumn columns[N_COLUMNS] = {
    [COL_NUMBER]   = { "#", TRUE, FALSE },
    [COL_WHERE]    = { C_("race sheet", "Where"), FALSE, TRUE, TRUE },
    [COL_DISTANCE] = { pf_units_distance_symbol (units), TRUE, FALSE },
    [COL_ELAPSED]  = { C_("race sheet", "Elapsed"), TRUE, FALSE },
    [COL_CLOCK]    = { C_("race sheet", "Clock"), TRUE, FALSE },
    [COL_DRINK]    = { C_("race sheet", "Drink"), FALSE, TRUE },
    [COL_TAKE]     = { C_("race sheet", "Take"), FALSE, TRUE },
    /* Translators: the race sheet's column of carbohydrate taken so far, in grams */
    [COL_CARBS]    = { C_("race sheet", "Carb. so far g"), TRUE, FALSE },
    [COL_FLUID]    = { fluid_head, TRUE, FALSE },
  };
  SheetTable *table = _pf_sheet_table_new (N_COLUMNS, columns);

  for (guint i = 0; i < stops->len; i++)
    {
      const RaceStop *stop = &g_array_index (stops, RaceStop, i);
      g_autofree char *number = stop->kind == STOP_STATION ? g_strdup_printf ("%u", stop->number)
                                                            : g_strdup ("");
      g_autofree char *at = g_strdup_printf ("%.1f", stop->distance_m / unit_m);
      g_autofree char *elapsed = pf_duration_format (stop->elapsed_s);
      g_autofree char *clock = pf_plan_format_clock (plan, stop->elapsed_s);
      g_autofree char *carbs = g_strdup_printf ("%.0f", stop->carbs_g);
      g_autofree char *fluid = g_strdup_printf ("%.*f", units == PF_UNITS_IMPERIAL ? 0 : 1,
                                                pf_units_fluid_value (units, PF_QUANTITY_VOLUME, stop->fluid_l));
      g_autofree char *take = g_strdup (stop->take);
      const char *where;
      SheetRowStyle style = SHEET_ROW_PLAIN;
      const char *cells[N_COLUMNS];

      switch (stop->kind)
        {
        case STOP_START:
          where = C_("race sheet", "Start");
          style = SHEET_ROW_BOLD;
          break;
        case STOP_FINISH:
          where = C_("race sheet", "Finish");
          style = SHEET_ROW_BOLD;
          break;
        case STOP_STATION:
          where = stop->name != NULL && *stop->name != '\0' ? stop->name
                                                            : C_("race sheet", "Aid station");
          style = SHEET_ROW_SHADED;
          break;
        case STOP_ON_THE_WAY:
        default:
          /* Translators: on the race sheet, an intake between two stations */
          where = C_("race sheet", "on the run");
          style = SHEET_ROW_ITALIC;
          break;
        }
      if (*stop->on_the_way != '\0')
        {
          g_autofree char *before = g_steal_pointer (&take);

          take = *before != '\0' ? g_strconcat (before, "; ", stop->on_the_way, NULL)
                                 : g_strdup (stop->on_the_way);
        }
      if (stop->refill)
        {
          g_autofree char *before = g_steal_pointer (&take);

          take = *before != '\0'
                 /* Translators: on the race sheet, added to what to take at a station */
                 ? g_strdup_printf (C_("race sheet", "%s; refill the bottle"), before)
                 : g_strdup (C_("race sheet", "refill the bottle"));
        }
      cells[COL_NUMBER] = number;
      cells[COL_WHERE] = where;
      cells[COL_DISTANCE] = at;
      cells[COL_ELAPSED] = elapsed;
      cells[COL_CLOCK] = clock;
      cells[COL_DRINK] = *stop->drink != '\0' ? stop->drink : "—";
      cells[COL_TAKE] = *take != '\0' ? take : "—";
      cells[COL_CARBS] = stop->kind == STOP_START ? "" : carbs;
      cells[COL_FLUID] = stop->kind == STOP_START ? "" : fluid;
      _pf_sheet_table_add_row (table, style, cells);
    }
  return table;
}

/* The height of everything above the profile and the table, and of what follows the table. */
static double
head_height (PfRaceSheet  *sheet,
             PangoContext *context)
{
  double width = sheet->width - 2 * RACE_SHEET_MARGIN;
  g_autofree char *title = escape (sheet->title);
  g_autofree char *subtitle = escape (sheet->subtitle);

  return text_block (context, NULL, title, TITLE_SIZE, TRUE, 0, 0, width) + 2.0
         + text_block (context, NULL, subtitle, SUBTITLE_SIZE, FALSE, 0, 0, width) + GAP
         + FACT_LABEL_SIZE * 1.3 + FACT_VALUE_SIZE * 1.35 + GAP;
}

static double
tail_height (PfRaceSheet  *sheet,
             PangoContext *context)
{
  double width = sheet->width - 2 * RACE_SHEET_MARGIN;
  g_autofree char *carry = escape (sheet->carry);
  double h = GAP + text_block (context, NULL, carry, TEXT_SIZE, FALSE, 0, 0, width);

  if (sheet->watch->len > 0)
    {
      h += GAP + text_block (context, NULL, C_("race sheet", "Watch for"), HEADING_SIZE, TRUE,
                             0, 0, width) + 2.0;
      for (guint i = 0; i < sheet->watch->len; i++)
        h += text_block (context, NULL, g_ptr_array_index (sheet->watch, i), TEXT_SIZE, FALSE,
                         0, 0, width - 10.0) + 2.0;
    }
  return h + GAP + FOOTER_SIZE * 1.4;
}

PfRaceSheet *
_pf_race_sheet_new (const PfPlan *plan,
                    const char   *title,
                    PfUnitSystem  units,
                    double        width,
                    double        height,
                    PangoContext *measure)
{
  PfRaceSheet *sheet = g_new0 (PfRaceSheet, 1);
  const PfPlanInputs *inputs = pf_plan_get_inputs (plan);
  PfCourse *course = pf_plan_get_course (plan);
  g_autofree char *distance = pf_format_distance (units, pf_course_get_distance (course));
  g_autofree char *climb = pf_format_elevation (units, pf_course_get_ascent (course));
  g_autofree char *who = pf_athlete_label (&inputs->athlete);
  const char *race = title != NULL ? title : pf_course_get_name (course);
  double body = width - 2 * RACE_SHEET_MARGIN;
  double above = 0.0, below = 0.0;

  sheet->width = width;
  sheet->height = height;
  sheet->units = units;
  sheet->title = who != NULL ? g_strdup (who) : g_strdup (race != NULL ? race : _("Plan"));
  {
    g_autofree char *page_title = _pf_report_page_title (plan, title);
    g_autofree char *day = NULL;

    if (inputs->start_time >= 86400)
      {
        g_autoptr(GDateTime) date = g_date_time_new_from_unix_utc (inputs->start_time);

        day = g_date_time_format (date, "%x");
      }
    /* The race, its day, its distance and climb; the athlete's title is the line above. */
    sheet->subtitle = g_strdup_printf ("%s%s%s · %s · %s %s",
                                       who != NULL && race != NULL ? race : C_("race sheet", "Race sheet"),
                                       day != NULL ? " · " : "", day != NULL ? day : "",
                                       distance, C_("race sheet", "climb"), climb);
    sheet->footer = g_strdup_printf (C_("race sheet", "%s — race sheet · Pacefuel"), page_title);
  }
  write_facts (sheet, plan, units);

  /* Shrink the table's font, then fold what is taken on the way, then lower the profile, then
   * say fewer warnings (the full plan has them all). */
  for (guint attempt = 0; attempt < 3 + WATCH_MAX && !sheet->fits; attempt++)
    {
      sheet->folded = attempt >= 1;
      sheet->profile_h = attempt >= 2 ? PROFILE_H_MIN : PROFILE_H_MAX;
      g_clear_pointer (&sheet->watch, g_ptr_array_unref);
      sheet->watch = write_watch (plan, units, attempt >= 3 ? WATCH_MAX - (attempt - 2)
                                                            : WATCH_MAX);
      g_clear_pointer (&sheet->stops, g_array_unref);
      g_clear_pointer (&sheet->table, _pf_sheet_table_free);
      g_clear_pointer (&sheet->carry, g_free);
      sheet->stops = _pf_race_stops_new (plan, units, sheet->folded ? PF_STOPS_FOLD_HOURLY
                                                                    : PF_STOPS_EACH);
      sheet->carry = write_carry (plan, sheet->stops, units);
      sheet->table = write_table (plan, sheet->stops, units);
      above = RACE_SHEET_MARGIN + head_height (sheet, measure) + sheet->profile_h + GAP;
      below = tail_height (sheet, measure) + RACE_SHEET_MARGIN;
      for (double size = TABLE_FONT_MAX; size >= RACE_SHEET_MIN_FONT - 0.01; size -= 0.5)
        if (_pf_sheet_table_layout (sheet->table, measure, size, body)
            && above + sheet->table->height + below <= height)
          {
            sheet->fits = TRUE;
            break;
          }
    }
  if (!sheet->fits)
    /* Nothing fits at a readable size (hundreds of stations): draw at the smallest size, and
     * say so to the caller. */
    _pf_sheet_table_layout (sheet->table, measure, RACE_SHEET_MIN_FONT, body);

  sheet->table_y = above;
  sheet->bottom = above + sheet->table->height + below - RACE_SHEET_MARGIN;
  return sheet;
}

void
_pf_race_sheet_free (PfRaceSheet *sheet)
{
  if (sheet == NULL)
    return;
  g_free (sheet->title);
  g_free (sheet->subtitle);
  for (guint i = 0; i < sheet->n_facts; i++)
    {
      g_free (sheet->fact_labels[i]);
      g_free (sheet->fact_values[i]);
    }
  g_free (sheet->carry);
  g_free (sheet->footer);
  g_clear_pointer (&sheet->watch, g_ptr_array_unref);
  g_clear_pointer (&sheet->stops, g_array_unref);
  g_clear_pointer (&sheet->table, _pf_sheet_table_free);
  g_free (sheet);
}

/* One line of plain text at @size; centred on @x within [from, to] when that is not empty. */
static void
show_small (cairo_t      *cr,
            PangoContext *context,
            const char   *text,
            double        size,
            gboolean      bold,
            double        x,
            double        y,
            double        centre_within_from,
            double        centre_within_to)
{
  g_autoptr(PangoLayout) layout = sheet_layout_new (context, size, bold);
  int tw;

  pango_layout_set_text (layout, text, -1);
  pango_layout_get_size (layout, &tw, NULL);
  /* Centred on @x, but never past either end of the strip. */
  if (centre_within_to > centre_within_from)
    x = CLAMP (x - (double) tw / PANGO_SCALE / 2.0, centre_within_from,
               centre_within_to - (double) tw / PANGO_SCALE);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

/* The course's shape between the stations' numbers (above) and the distance (below): where
 * the climbs come and where the next drink is. */
static void
draw_profile (PfRaceSheet  *sheet,
              const PfPlan *plan,
              cairo_t      *cr,
              PangoContext *context,
              double        x,
              double        y,
              double        w,
              double        h)
{
  PfCourse *course = pf_plan_get_course (plan);
  const PfCourseSample *samples = pf_course_get_samples (course);
  guint n = pf_course_get_n_samples (course);
  double distance = pf_course_get_distance (course);
  double lo = pf_course_get_min_elevation (course), hi = pf_course_get_max_elevation (course);
  const double label_h = 10.0;
  double top = y + label_h, plot_h = h - 2 * label_h, bottom = top + plot_h;
  /* A flat course stays flat on the page: at least 100 m from bottom to top. */
  double span = MAX (hi - lo, 100.0);
  guint stride = MAX (n / 600, 1u);
  double unit_m = pf_units_distance_unit_m (sheet->units);
  double units_total = distance / unit_m;
  double step = units_total > 100 ? 20.0 : units_total > 50 ? 10.0 : 5.0;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.82, 0.82, 0.82);
  cairo_move_to (cr, x, bottom);
  for (guint i = 0; i < n; i += stride)
    cairo_line_to (cr, x + samples[i].distance_m / distance * w,
                   bottom - (samples[i].ele - lo) / span * (plot_h - 2.0));
  cairo_line_to (cr, x + w, bottom);
  cairo_close_path (cr);
  cairo_fill_preserve (cr);
  cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
  cairo_set_line_width (cr, 0.6);
  cairo_stroke (cr);

  /* A tick every 5 km or mi (10 past 50, 20 past 100), so that a station's place reads. */
  cairo_set_line_width (cr, 0.5);
  for (double k = step; k < units_total - step / 4.0; k += step)
    {
      g_autofree char *label = g_strdup_printf ("%.0f", k);
      double tx = x + k * unit_m / distance * w;

      cairo_set_source_rgb (cr, 0.45, 0.45, 0.45);
      cairo_move_to (cr, tx, bottom);
      cairo_line_to (cr, tx, bottom + 2.5);
      cairo_stroke (cr);
      show_small (cr, context, label, 6.5, FALSE, tx, bottom + 2.0, x, x + w);
    }
  {
    g_autofree char *unit = g_strdup (pf_units_distance_symbol (sheet->units));

    show_small (cr, context, unit, 6.5, FALSE, x + w, bottom + 2.0, x, x + w);
  }

  /* The stations, numbered as in the table. */
  for (guint i = 0; i < sheet->stops->len; i++)
    {
      const RaceStop *stop = &g_array_index (sheet->stops, RaceStop, i);
      g_autofree char *number = NULL;
      double sx = x + stop->distance_m / distance * w;

      if (stop->kind != STOP_STATION)
        continue;
      cairo_set_source_rgb (cr, 0, 0, 0);
      cairo_set_line_width (cr, 0.9);
      cairo_move_to (cr, sx, top);
      cairo_line_to (cr, sx, bottom);
      cairo_stroke (cr);
      number = g_strdup_printf ("%u", stop->number);
      show_small (cr, context, number, 7.0, TRUE, sx, y, x, x + w);
    }

  /* The elevation's range, so that the shape reads as metres (or feet). */
  {
    g_autofree char *high = pf_format_elevation (sheet->units, hi);
    g_autofree char *low = pf_format_elevation (sheet->units, lo);

    cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
    show_small (cr, context, high, 6.5, FALSE, x + 2.0, top, 0, 0);
    show_small (cr, context, low, 6.5, FALSE, x + 2.0, bottom - 9.0, 0, 0);
  }
  cairo_restore (cr);
}

void
_pf_race_sheet_draw (PfRaceSheet  *sheet,
                     const PfPlan *plan,
                     cairo_t      *cr)
{
  PangoContext *context = _pf_sheet_context_new (cr);
  double x = RACE_SHEET_MARGIN, y = RACE_SHEET_MARGIN;
  double width = sheet->width - 2 * RACE_SHEET_MARGIN;
  g_autofree char *title = escape (sheet->title);
  g_autofree char *subtitle = escape (sheet->subtitle);
  g_autofree char *carry = escape (sheet->carry);
  g_autofree char *footer = escape (sheet->footer);
  double fact_w = width / sheet->n_facts;

  cairo_set_source_rgb (cr, 0, 0, 0);
  y += text_block (context, cr, title, TITLE_SIZE, TRUE, x, y, width) + 2.0;
  cairo_set_source_rgb (cr, 0.25, 0.25, 0.25);
  y += text_block (context, cr, subtitle, SUBTITLE_SIZE, FALSE, x, y, width) + GAP;

  /* The numbers to remember, large. */
  for (guint i = 0; i < sheet->n_facts; i++)
    {
      g_autofree char *label = escape (sheet->fact_labels[i]);
      g_autofree char *value = escape (sheet->fact_values[i]);

      cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
      text_block (context, cr, label, FACT_LABEL_SIZE, FALSE, x + i * fact_w, y, fact_w - 6.0);
      cairo_set_source_rgb (cr, 0, 0, 0);
      text_block (context, cr, value, FACT_VALUE_SIZE, TRUE, x + i * fact_w,
                  y + FACT_LABEL_SIZE * 1.3, fact_w - 6.0);
    }
  y += FACT_LABEL_SIZE * 1.3 + FACT_VALUE_SIZE * 1.35 + GAP;

  draw_profile (sheet, plan, cr, context, x, y, width, sheet->profile_h);
  y += sheet->profile_h + GAP;

  _pf_sheet_table_draw (sheet->table, cr, x, y);
  y += sheet->table->height + GAP;

  cairo_set_source_rgb (cr, 0, 0, 0);
  y += text_block (context, cr, carry, TEXT_SIZE, FALSE, x, y, width);
  if (sheet->watch->len > 0)
    {
      y += GAP;
      y += text_block (context, cr, C_("race sheet", "Watch for"), HEADING_SIZE, TRUE, x, y,
                       width) + 2.0;
      for (guint i = 0; i < sheet->watch->len; i++)
        {
          text_block (context, cr, "•", TEXT_SIZE, FALSE, x, y, 10.0);
          y += text_block (context, cr, g_ptr_array_index (sheet->watch, i), TEXT_SIZE, FALSE,
                           x + 10.0, y, width - 10.0) + 2.0;
        }
    }

  cairo_set_source_rgb (cr, 0.4, 0.4, 0.4);
  text_block (context, cr, footer, FOOTER_SIZE, FALSE, x,
              sheet->height - RACE_SHEET_MARGIN - FOOTER_SIZE * 1.4, width);
  g_object_unref (context);
}

gboolean
pf_race_sheet_write_pdf (const PfPlan *plan,
                         const char   *title,
                         PfUnitSystem  units,
                         PfPaper       paper,
                         GFile        *file,
                         GError      **error)
{
  g_autoptr(GByteArray) pdf = g_byte_array_new ();
  g_autoptr(PfRaceSheet) sheet = NULL;
  PangoContext *context;
  g_autofree char *page_title = _pf_report_page_title (plan, title);
  double width, height;
  cairo_t *cr = _pf_report_pdf_begin (pdf, paper, page_title, &width, &height);

  context = _pf_sheet_context_new (cr);

  sheet = _pf_race_sheet_new (plan, title, units, width, height, context);
  g_object_unref (context);
  _pf_race_sheet_draw (sheet, plan, cr);

  return _pf_report_finish_pdf (cr, pdf, file, error);
}
