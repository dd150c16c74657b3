/* pf-report.c — the printed plan
 *
 * One renderer for paper: the document is first laid out as a list of blocks (headings,
 * paragraphs, table rows, the chart), measured with Pango at the page width, then cut into
 * pages — a table that runs over a page repeats its header on the next one. The same page
 * drawing serves the print dialog (GtkPrintOperation, in gui/) and the PDF written here
 * without a display. Print uses the light palette: it reads in grey-scale too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-report"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "core/pf-checklist.h"
#include "core/pf-duration.h"
#include "pf-chart.h"
#include "pf-export.h"
#include "pf-report.h"

#define MARGIN       42.0    /* 15 mm */
#define HEADER_H     26.0
#define FOOTER_H     22.0
#define BODY_SIZE    9.5
#define SMALL_SIZE   8.0
#define CHART_H      250.0
#define FONT         "Cantarell, DejaVu Sans, sans-serif"
#define MAX_COLUMNS  10

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
  double      widths[MAX_COLUMNS];  /* fractions of the text width */
  gboolean    right[MAX_COLUMNS];
  guint       header;               /* index of the header row block */
} Table;

typedef struct
{
  BlockKind   kind;
  char       *markup;               /* title, heading, text */
  GStrv       cells;                /* row */
  int         table;                /* row: index into tables, else −1 */
  gboolean    is_header;
  double      height;
} Block;

struct _PfReport
{
  PfPlan      *plan;
  char        *title;
  PfUnitSystem units;
  double       width, height;
  GArray      *blocks;              /* Block */
  GArray      *tables;              /* Table */
  GArray      *page_starts;         /* guint: first block of each page */
  PangoContext *measure;
  cairo_surface_t *measure_surface;
  cairo_t     *measure_cr;
};

void
pf_paper_size (PfPaper  paper,
               double  *width_pt,
               double  *height_pt)
{
  /* ISO 216 A4 is 210 × 297 mm; US Letter 8.5 × 11 in. */
  *width_pt = paper == PF_PAPER_LETTER ? 612.0 : 595.2756;
  *height_pt = paper == PF_PAPER_LETTER ? 792.0 : 841.8898;
}

gboolean
pf_paper_from_string (const char *text,
                      PfPaper    *paper)
{
  if (g_ascii_strcasecmp (text, "a4") == 0)
    *paper = PF_PAPER_A4;
  else if (g_ascii_strcasecmp (text, "letter") == 0)
    *paper = PF_PAPER_LETTER;
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

static void
add_block (PfReport  *self,
           BlockKind  kind,
           char      *markup)
{
  Block b = { kind, markup, NULL, -1, FALSE, 0.0 };

  b.height = measure_block (self, &b);
  g_array_append_val (self->blocks, b);
}

static void
add_text (PfReport   *self,
          const char *format,
          ...) G_GNUC_PRINTF (2, 3);

static void
add_text (PfReport   *self,
          const char *format,
          ...)
{
  va_list args;
  char *markup;

  va_start (args, format);
  markup = g_markup_vprintf_escaped (format, args);
  va_end (args);
  add_block (self, BLOCK_TEXT, markup);
}

static void
add_heading (PfReport   *self,
             const char *text)
{
  add_block (self, BLOCK_HEADING, g_markup_escape_text (text, -1));
}

/* Starts a table: its columns, and the header row (repeated on every page it spans). */
static int
begin_table (PfReport           *self,
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
static void
add_row (PfReport           *self,
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

/* ---- the document ------------------------------------------------------------------- */

static void
build_summary (PfReport *self)
{
  const PfPlan *plan = self->plan;
  const PfPlanInputs *inputs = pf_plan_get_inputs (plan);
  PfCourse *course = pf_plan_get_course (plan);
  const PfFuel *fuel = pf_plan_get_fuel (plan);
  const PfDrink *d = &fuel->drink;
  g_autofree char *distance = pf_format_distance (self->units, pf_course_get_distance (course));
  g_autofree char *finish = pf_duration_format (pf_plan_get_finish_time (plan));
  g_autofree char *start = pf_plan_format_clock (plan, 0.0);
  g_autofree char *finish_clock = pf_plan_format_clock (plan, pf_plan_get_finish_time (plan));
  g_autofree char *climb = pf_duration_format (pf_plan_get_climb_cost (plan));
  g_autofree char *heat = pf_duration_format (pf_plan_get_heat_cost (plan));
  g_autofree char *ascent = pf_format_elevation (self->units, pf_course_get_ascent (course));
  g_autoptr(GDateTime) date = g_date_time_new_from_unix_utc (inputs->start_time);
  g_autofree char *day = inputs->start_time >= 86400 ? g_date_time_format (date, "%x") : NULL;
  static const double hour_widths[] = { 0.16, 0.16, 0.17, 0.17, 0.17, 0.17 };
  static const gboolean hour_right[] = { FALSE, TRUE, TRUE, TRUE, TRUE, TRUE };
  const char *hour_header[] = { _("Hour"), _("Sweat L"), _("Drink L"), _("Sodium mg"),
                                _("Carbohydrate g"), _("Sodium lost mg") };
  int table;

  add_block (self, BLOCK_TITLE, g_markup_escape_text (self->title, -1));
  add_text (self, _("%s · climb %s · start %s%s%s · finish %s at %s"), distance, ascent,
            day != NULL ? day : "", day != NULL ? " " : "", start, finish, finish_clock);

  add_heading (self, _("Pacing"));
  add_text (self, _("%s, %s grade model. Hills %s%s, heat +%s."),
            pf_strategy_to_string (inputs->strategy, inputs->strategy_pct),
            pf_grade_model_to_string (inputs->grade_model),
            pf_plan_get_climb_cost (plan) >= 0 ? "+" : "", climb, heat);
  if (pf_plan_get_n_predictions (plan) > 0)
    {
      double lo = G_MAXDOUBLE, hi = 0.0;
      g_autofree char *lo_text = NULL;
      g_autofree char *hi_text = NULL;

      for (guint i = 0; i < pf_plan_get_n_predictions (plan); i++)
        {
          lo = MIN (lo, pf_plan_get_prediction (plan, i)->time_s);
          hi = MAX (hi, pf_plan_get_prediction (plan, i)->time_s);
        }
      lo_text = pf_duration_format (lo);
      hi_text = pf_duration_format (hi);
      add_text (self, _("Predicted from recent races: %s to %s."), lo_text, hi_text);
    }
  if (inputs->conditions.hours != NULL && inputs->conditions.hours->len > 0
      && inputs->conditions.forecast_source != NULL)
    {
      g_autoptr(GDateTime) fetched = g_date_time_new_from_unix_utc (inputs->conditions.forecast_fetched_at);
      g_autofree char *when = g_date_time_format (fetched, "%Y-%m-%d %H:%M UTC");

      add_text (self, _("Weather: the hourly forecast fetched %s. %s."), when, PF_FORECAST_ATTRIBUTION);
    }
  else if (inputs->conditions.hours != NULL && inputs->conditions.hours->len > 0)
    add_text (self, _("Weather: an hourly table of %u hours."), inputs->conditions.hours->len);
  else
    {
      const PfConditions *c = &inputs->conditions;
      gboolean dew = c->humidity_kind == PF_HUMIDITY_DEW_POINT;
      double finish_c = isnan (c->finish_temp_c) ? c->start_temp_c : c->finish_temp_c;
      const char *symbol = pf_units_temperature_symbol (self->units);

      /* Translators: "Weather: 14 °C at the start, 23 °C at the finish, dew point 12 °C." */
      add_text (self, _("Weather: %.0f %s at the start, %.0f %s at the finish, %s %.0f %s."),
                pf_units_temperature_value (self->units, c->start_temp_c), symbol,
                pf_units_temperature_value (self->units, finish_c), symbol,
                dew ? _("dew point") : _("humidity"),
                dew ? pf_units_temperature_value (self->units, c->humidity) : c->humidity,
                dew ? symbol : "%");
    }

  add_heading (self, _("Runner"));
  add_text (self, _("%.0f kg, %.0f cm. Sweat sodium %.0f mg/L%s. Gut trained for %.0f g of carbohydrate an hour%s%s."),
            inputs->runner.mass_kg, inputs->runner.height_cm, inputs->runner.sweat_sodium_mg_per_l,
            inputs->runner.has_sweat_test ? _(", sweat rate from a field test") : "",
            inputs->runner.gut_max_g_per_h,
            inputs->runner.cramp_prone ? _("; a history of cramps") : "",
            inputs->training.acclimatised ? _("; acclimatised to heat") : "");

  add_heading (self, _("Fluid, sodium and carbohydrate"));
  add_text (self, _("Sweat about %.2f L an hour, %.1f L in all. The drink: %.2f g/L sodium, %.0f g/L carbohydrate. %s"),
            fuel->sweat_rate_l_per_h, fuel->totals.sweat_l, d->sodium_g_per_l, d->carbs_g_per_l,
            d->why);
  add_text (self, _("Bottle recipe (%.0f mL): %.1f g table sugar, %.1f g maltodextrin%s, %.2f g table salt, water to %.0f mL."),
            d->bottle_ml, d->sucrose_g, d->maltodextrin_g,
            d->fructose_g > 0.0 ? _(", fructose") : "", d->salt_g, d->bottle_ml);
  if (fuel->gels_to_carry > 0 || fuel->capsules_to_carry > 0)
    add_text (self, _("Carry from the start: %u × %s%s%s."), fuel->gels_to_carry,
              fuel->gel != NULL ? _(fuel->gel->name) : "",
              fuel->capsules_to_carry > 0 ? ", " : "",
              fuel->capsules_to_carry > 0 ? _("salt capsules as in the schedule") : "");
  add_text (self, _("Totals: %.2f L drunk (body mass %+.1f %%), %.0f of %.0f mg sodium replaced, %.0f g carbohydrate."),
            fuel->totals.fluid_l, fuel->totals.mass_change_pct, fuel->totals.sodium_in_mg,
            fuel->totals.sodium_lost_mg, fuel->totals.carbs_g);

  table = begin_table (self, 6, hour_widths, hour_right, hour_header);
  for (guint h = 0; h < fuel->hours->len; h++)
    {
      const PfFuelHour *hour = &g_array_index (fuel->hours, PfFuelHour, h);
      g_autofree char *n = g_strdup_printf ("%u", h + 1);
      g_autofree char *sweat = g_strdup_printf ("%.2f", hour->sweat_l);
      g_autofree char *fluid = g_strdup_printf ("%.2f", hour->fluid_l);
      g_autofree char *sodium = g_strdup_printf ("%.0f", hour->sodium_mg);
      g_autofree char *carbs = g_strdup_printf ("%.0f", hour->carbs_g);
      g_autofree char *lost = g_strdup_printf ("%.0f", hour->sodium_lost_mg);
      const char *cells[] = { n, sweat, fluid, sodium, carbs, lost };

      add_row (self, table, cells);
    }
  for (guint i = 0; i < fuel->notes->len; i++)
    add_text (self, "• %s", (const char *) g_ptr_array_index (fuel->notes, i));

  add_heading (self, pf_plan_get_n_warnings (plan) > 0 ? _("Warnings") : _("No warnings"));
  for (guint i = 0; i < pf_plan_get_n_warnings (plan); i++)
    {
      const PfWarning *w = pf_plan_get_warning (plan, i);
      const char *label = w->severity == PF_SEVERITY_DANGER ? _("DANGER")
                          : w->severity == PF_SEVERITY_WARNING ? _("Warning") : _("Note");

      add_block (self, BLOCK_TEXT,
                 g_markup_printf_escaped ("<b>%s</b> (%.1f–%.1f km) %s <i>%s</i>", label,
                                          w->from_m / 1000.0, w->to_m / 1000.0, w->message,
                                          w->action));
    }
}

static void
build_splits (PfReport *self)
{
  const PfPlan *plan = self->plan;
  double unit_m = pf_units_distance_unit_m (self->units);
  static const double widths[] = { 0.06, 0.1, 0.11, 0.1, 0.1, 0.12, 0.13, 0.14, 0.14 };
  static const gboolean right[] = { TRUE, TRUE, TRUE, TRUE, TRUE, TRUE, TRUE, TRUE, TRUE };
  g_autofree char *pace_header = g_strdup_printf (_("Pace /%s"), pf_units_distance_symbol (self->units));
  const char *header[] = { "#", pf_units_distance_symbol (self->units), _("Split"), pace_header,
                           _("GAP"), _("Elapsed"), _("Clock"), _("Climb"), _("Temp.") };
  int table;

  add_heading (self, _("Splits"));
  table = begin_table (self, 9, widths, right, header);
  for (guint i = 0; i < pf_plan_get_n_splits (plan); i++)
    {
      const PfSplit *s = pf_plan_get_split (plan, i);
      double length = s->end_m - s->start_m;
      g_autofree char *n = g_strdup_printf ("%u", s->index);
      g_autofree char *at = g_strdup_printf ("%.2f", s->end_m / unit_m);
      g_autofree char *time = pf_duration_format (s->time_s);
      g_autofree char *pace = pf_pace_format (s->time_s / length * unit_m);
      g_autofree char *gap = pf_pace_format (s->flat_time_s / length * unit_m);
      g_autofree char *elapsed = pf_duration_format (s->elapsed_s);
      g_autofree char *clock = pf_plan_format_clock (plan, s->elapsed_s);
      g_autofree char *climb = g_strdup_printf ("+%.0f −%.0f",
                                                pf_units_elevation_value (self->units, s->ascent_m),
                                                pf_units_elevation_value (self->units, s->descent_m));
      g_autofree char *temp = g_strdup_printf ("%.0f °C", s->temp_c);
      const char *cells[] = { n, at, time, pace, gap, elapsed, clock, climb, temp };

      add_row (self, table, cells);
    }
}

static void
build_schedule (PfReport *self)
{
  const PfPlan *plan = self->plan;
  const PfFuel *fuel = pf_plan_get_fuel (plan);
  gboolean thirst = pf_plan_get_inputs (plan)->fuel.drink_mode == PF_DRINK_THIRST;
  static const double widths[] = { 0.12, 0.09, 0.2, 0.11, 0.28, 0.1, 0.1 };
  static const gboolean right[] = { TRUE, TRUE, FALSE, TRUE, FALSE, TRUE, TRUE };
  const char *header[] = { _("Clock"), pf_units_distance_symbol (self->units), _("Where"),
                           thirst ? _("Up to mL") : _("Drink mL"), _("Take"), _("Sodium mg"),
                           _("Carb. g") };
  int table;

  add_heading (self, _("Fuel schedule"));
  table = begin_table (self, 7, widths, right, header);
  for (guint i = 0; i < fuel->schedule->len; i++)
    {
      const PfIntake *intake = &g_array_index (fuel->schedule, PfIntake, i);
      g_autoptr(GString) take = g_string_new (NULL);
      g_autofree char *clock = pf_plan_format_clock (plan, intake->elapsed_s);
      g_autofree char *at = g_strdup_printf ("%.1f", pf_units_distance_value (self->units,
                                                                             intake->distance_m));
      /* A gel taken on its own is no drink: a dash, not a 0 to read past. */
      g_autofree char *ml = intake->fluid_ml >= 1.0 ? g_strdup_printf ("%.0f", intake->fluid_ml)
                                                    : g_strdup ("—");
      g_autofree char *sodium = g_strdup_printf ("%.0f", intake->sodium_mg);
      g_autofree char *carbs = g_strdup_printf ("%.0f", intake->carbs_g);
      const char *cells[7];

      for (guint k = 0; k < intake->n_items; k++)
        g_string_append_printf (take, "%s%u × %s", k > 0 ? ", " : "", intake->items[k].servings,
                                _(intake->items[k].product->name));
      cells[0] = clock;
      cells[1] = at;
      cells[2] = intake->where != NULL ? intake->where : _("your bottle");
      cells[3] = ml;
      cells[4] = take->str;
      cells[5] = sodium;
      cells[6] = carbs;
      add_row (self, table, cells);
    }
}

static void
build_checklist (PfReport *self)
{
  const PfPlanInputs *inputs = pf_plan_get_inputs (self->plan);

  add_heading (self, _("Before the race"));
  for (guint i = 0; i < PF_N_CHECKS; i++)
    {
      const char *box = inputs->checklist[i] == PF_ANSWER_YES ? "☑"
                        : inputs->checklist[i] == PF_ANSWER_NO ? "☒" : "☐";

      add_text (self, "%s  %s", box, pf_check_question (i));
    }
  add_heading (self, _("If a cramp comes"));
  add_text (self, "%s", pf_cramp_response ());
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
  self->title = g_strdup (title != NULL ? title : pf_course_get_name (pf_plan_get_course (plan)));
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

  build_summary (self);
  add_block (self, BLOCK_BREAK, NULL);
  add_heading (self, _("Course profile, pace and temperature"));
  add_block (self, BLOCK_CHART, NULL);
  build_splits (self);
  build_schedule (self);
  build_checklist (self);
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

  /* Header and footer: the plan's name, and where in the document this page is. */
  {
    g_autofree char *footer = g_strdup_printf (_("%s — page %u of %u"), self->title, page + 1,
                                               self->page_starts->len);
    g_autofree char *escaped = g_markup_escape_text (footer, -1);
    g_autoptr(PangoLayout) head = make_layout (context, "<b>Pacefuel</b>", SMALL_SIZE, FALSE,
                                               text_width (self));
    g_autoptr(PangoLayout) foot = make_layout (context, escaped, SMALL_SIZE, FALSE,
                                               text_width (self));

    cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
    show_layout (cr, head, MARGIN, MARGIN);
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

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* PDF into memory, then into place atomically: never a half-written file. */
static gboolean
save_pdf (GByteArray  *pdf,
          GFile       *file,
          GError     **error)
{
  return pf_export_replace_contents (file, (const char *) pdf->data, pdf->len, error);
}

/* A PDF surface that writes into @pdf, with the app as creator and @title, when given. */
static cairo_surface_t *
pdf_surface_new (GByteArray *pdf,
                 double      width,
                 double      height,
                 const char *title)
{
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (append_bytes, pdf, width, height);

  if (title != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Pacefuel " PACKAGE_VERSION);
  return surface;
}

/* Ends the drawing (@cr is consumed), completes the PDF and puts it in place. */
static gboolean
finish_pdf (cairo_t     *cr,
            GByteArray  *pdf,
            GFile       *file,
            GError     **error)
{
  cairo_surface_t *surface = cairo_surface_reference (cairo_get_target (cr));

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);
  return save_pdf (pdf, file, error);
}

gboolean
pf_report_write_pdf (const PfPlan *plan,
                     const char   *title,
                     PfUnitSystem  units,
                     PfPaper       paper,
                     GFile        *file,
                     GError      **error)
{
  g_autoptr(GByteArray) pdf = g_byte_array_new ();
  g_autoptr(PfReport) report = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  double width, height;

  pf_paper_size (paper, &width, &height);
  report = pf_report_new (plan, title, units, width, height);

  surface = pdf_surface_new (pdf, width, height, report->title);
  cr = cairo_create (surface);
  cairo_surface_destroy (surface);
  for (guint page = 0; page < pf_report_get_n_pages (report); page++)
    {
      pf_report_draw_page (report, cr, page);
      cairo_show_page (cr);
    }

  return finish_pdf (cr, pdf, file, error);
}

/* ---- the pace band ------------------------------------------------------------------ */

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
  surface = pdf_surface_new (pdf, width, height, NULL);
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
    g_autofree char *heading = g_strdup_printf (_("%s — pace band, finish %s. Cut along the marks; ● drink, ▲ gel."),
                                                title != NULL ? title : pf_course_get_name (pf_plan_get_course (plan)),
                                                finish);

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

  return finish_pdf (cr, pdf, file, error);
}
