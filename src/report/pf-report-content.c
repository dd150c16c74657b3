/* pf-report-content.c — what the printed plan says: the summary (pacing, weather,
 * runner, fuel by the hour, warnings), the splits, the fuel schedule and the checklist
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-report"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "core/pf-checklist.h"
#include "core/pf-duration.h"
#include "pf-intake-text.h"
#include "pf-profile-text.h"
#include "pf-report-private.h"

/* Every unit the printed plan shows is formatted by pf-units.c in the report's units, and
 * every text of the core's has its quantities formatted there too (pf_units_expand()). */
static char *
quantity (PfReport       *self,
          PfQuantityKind  kind,
          double          value,
          guint           digits)
{
  return pf_format_quantity (self->units, kind, value, digits);
}

static char *
expand (PfReport   *self,
        const char *text)
{
  return text != NULL ? pf_units_expand (self->units, text) : g_strdup ("");
}

void
_pf_report_build_summary (PfReport *self)
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
  const char *hour_header[] = { _("Hour"), _("Sweat"), _("Drink"), _("Sodium mg"),
                                _("Carbohydrate g"), _("Sodium lost mg") };
  g_autofree char *why = expand (self, d->why);
  g_autofree char *models = pf_plan_inputs_describe_models (inputs);
  g_autofree char *rate = quantity (self, PF_QUANTITY_FLOW, fuel->sweat_rate_l_per_h, 2);
  g_autofree char *sweat_total = quantity (self, PF_QUANTITY_VOLUME, fuel->totals.sweat_l, 1);
  g_autofree char *drunk_total = quantity (self, PF_QUANTITY_VOLUME, fuel->totals.fluid_l, 2);
  g_autofree char *bottle = quantity (self, PF_QUANTITY_SMALL_VOLUME, d->bottle_ml / 1000.0, 0);
  g_autofree char *mass = quantity (self, PF_QUANTITY_MASS, inputs->runner.mass_kg, 0);
  g_autofree char *height = quantity (self, PF_QUANTITY_HEIGHT,
                                      inputs->runner.height_cm / 100.0, 0);
  int table;

  _pf_report_add_block (self, BLOCK_TITLE, g_markup_escape_text (self->title, -1));
  _pf_report_add_text (self, _("%s · climb %s · start %s%s%s · finish %s at %s"), distance,
                       ascent, day != NULL ? day : "", day != NULL ? " " : "", start, finish,
                       finish_clock);
  /* The coach's words to this runner, under the title where they are read first. */
  if (inputs->athlete.notes != NULL && *inputs->athlete.notes != '\0')
    {
      /* Translators: the athlete's notes, free text written by the coach or the runner */
      _pf_report_add_text (self, _("Notes: %s"), inputs->athlete.notes);
    }

  _pf_report_add_heading (self, _("Pacing"));
  /* Translators: the models in words ("Even effort; hills by Strava’s model (2017); heat by
   * Hadley’s rule"), then what the hills and the heat cost */
  _pf_report_add_text (self, _("%s. Hills %s%s, heat +%s."), models,
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
      _pf_report_add_text (self, _("Predicted from recent races: %s to %s."), lo_text, hi_text);
      if (pf_plan_get_realistic (plan) != NULL)
        {
          g_autofree char *by_feel = pf_duration_format (pf_plan_get_realistic (plan)->finish_s);

          g_autofree char *basis = pf_profile_by_feel_basis (plan);
          g_autofree char *effect = pf_profile_effect_describe (plan);

          /* The coach reads the prescribed plan against what the runner would do unguided.
           * Translators: the finish by feel, then what it rests on ("hills, heat at your
           * level, the fade of runners like you") */
          _pf_report_add_text (self, _("By feel on this day: %s (%s)."), by_feel, basis);
          if (effect != NULL)
            _pf_report_add_text (self, "%s.", effect);
        }
    }
  {
    g_autofree char *split = pf_profile_split_describe (plan, self->units);

    if (split != NULL)
      _pf_report_add_text (self, "%s.", split);
  }
  if (inputs->conditions.hours != NULL && inputs->conditions.hours->len > 0
      && inputs->conditions.forecast_source != NULL)
    {
      g_autoptr(GDateTime) fetched = g_date_time_new_from_unix_utc (inputs->conditions.forecast_fetched_at);
      g_autofree char *when = g_date_time_format (fetched, "%Y-%m-%d %H:%M UTC");

      _pf_report_add_text (self, _("Weather: the hourly forecast fetched %s. %s."), when,
                           PF_FORECAST_ATTRIBUTION);
    }
  else if (inputs->conditions.hours != NULL && inputs->conditions.hours->len > 0)
    _pf_report_add_text (self, _("Weather: an hourly table of %u hours."),
                         inputs->conditions.hours->len);
  else
    {
      const PfConditions *c = &inputs->conditions;
      gboolean dew = c->humidity_kind == PF_HUMIDITY_DEW_POINT;
      double finish_c = isnan (c->finish_temp_c) ? c->start_temp_c : c->finish_temp_c;
      g_autofree char *start_temp = quantity (self, PF_QUANTITY_TEMPERATURE, c->start_temp_c, 0);
      g_autofree char *finish_temp = quantity (self, PF_QUANTITY_TEMPERATURE, finish_c, 0);
      g_autofree char *humidity = dew ? quantity (self, PF_QUANTITY_TEMPERATURE, c->humidity, 0)
                                      : g_strdup_printf ("%.0f %%", c->humidity);

      /* Translators: "Weather: 14 °C at the start, 23 °C at the finish, dew point 12 °C." */
      _pf_report_add_text (self, _("Weather: %s at the start, %s at the finish, %s %s."),
                           start_temp, finish_temp, dew ? _("dew point") : _("humidity"),
                           humidity);
    }

  _pf_report_add_heading (self, _("Runner"));
  /* Translators: body mass and height ("70 kg, 175 cm" or "154 lb, 5 ft 9 in"), then … */
  _pf_report_add_text (self, _("%s, %s. Sweat sodium %.0f mg/L%s. Gut trained for %.0f g of carbohydrate an hour%s%s."),
                       mass, height,
                       inputs->runner.sweat_sodium_mg_per_l,
                       pf_runner_has_sweat_test (&inputs->runner)
                         ? _(", sweat rate from a field test") : "",
                       inputs->runner.gut_max_g_per_h,
                       inputs->runner.cramp_prone ? _("; a history of cramps") : "",
                       inputs->training.acclimatised ? _("; acclimatised to heat") : "");

  _pf_report_add_heading (self, _("Fluid, sodium and carbohydrate"));
  if (fuel->bottle)
    {
      /* Translators: the sweat rate (L/h or fl oz/h) and the volume sweated, then the drink */
      _pf_report_add_text (self, _("Sweat about %s, %s in all. The drink: %.2f g/L sodium, %.0f g/L carbohydrate. %s"),
                           rate, sweat_total, d->sodium_g_per_l, d->carbs_g_per_l, why);
      /* Translators: %s is the bottle's volume, "500 mL" or "16.9 fl oz" */
      _pf_report_add_text (self, _("Bottle recipe (%s): %.1f g table sugar, %.1f g maltodextrin%s, %.2f g table salt, water to %s."),
                           bottle, d->sucrose_g, d->maltodextrin_g,
                           d->fructose_g > 0.0 ? _(", fructose") : "", d->salt_g, bottle);
    }
  else
    {
      /* No bottle: the stations' cups are the drink, at their own strength. */
      _pf_report_add_text (self, _("Sweat about %s, %s in all. No bottle to carry: the drink is the stations’ cups."),
                           rate, sweat_total);
    }
  if (fuel->gels_to_carry > 0 || fuel->capsules_to_carry > 0)
    _pf_report_add_text (self, _("Carry from the start: %u × %s%s%s."), fuel->gels_to_carry,
                         fuel->gel != NULL ? _(fuel->gel->name) : "",
                         fuel->capsules_to_carry > 0 ? ", " : "",
                         fuel->capsules_to_carry > 0 ? _("salt capsules as in the schedule") : "");
  _pf_report_add_text (self, _("Totals: %s drunk (body mass %+.1f %%), %.0f of %.0f mg sodium replaced, %.0f g carbohydrate."),
                       drunk_total, fuel->totals.mass_change_pct,
                       fuel->totals.sodium_in_mg, fuel->totals.sodium_lost_mg,
                       fuel->totals.carbs_g);

  table = _pf_report_begin_table (self, 6, hour_widths, hour_right, hour_header);
  for (guint h = 0; h < fuel->hours->len; h++)
    {
      const PfFuelHour *hour = &g_array_index (fuel->hours, PfFuelHour, h);
      g_autofree char *n = g_strdup_printf ("%u", h + 1);
      g_autofree char *sweat = quantity (self, PF_QUANTITY_VOLUME, hour->sweat_l, 2);
      g_autofree char *fluid = quantity (self, PF_QUANTITY_VOLUME, hour->fluid_l, 2);
      g_autofree char *sodium = g_strdup_printf ("%.0f", hour->sodium_mg);
      g_autofree char *carbs = g_strdup_printf ("%.0f", hour->carbs_g);
      g_autofree char *lost = g_strdup_printf ("%.0f", hour->sodium_lost_mg);
      const char *cells[] = { n, sweat, fluid, sodium, carbs, lost };

      _pf_report_add_row (self, table, cells);
    }
  for (guint i = 0; i < fuel->notes->len; i++)
    {
      g_autofree char *note = expand (self, g_ptr_array_index (fuel->notes, i));

      _pf_report_add_text (self, "• %s", note);
    }

  _pf_report_add_heading (self, pf_plan_get_n_warnings (plan) > 0 ? _("Warnings")
                                                                  : _("No warnings"));
  for (guint i = 0; i < pf_plan_get_n_warnings (plan); i++)
    {
      const PfWarning *w = pf_plan_get_warning (plan, i);
      const char *label = w->severity == PF_SEVERITY_DANGER ? _("DANGER")
                          : w->severity == PF_SEVERITY_WARNING ? _("Warning") : _("Note");
      g_autofree char *from = g_strdup_printf ("%.1f", pf_units_distance_value (self->units,
                                                                               w->from_m));
      g_autofree char *to = quantity (self, PF_QUANTITY_DISTANCE, w->to_m, 1);
      g_autofree char *message = expand (self, w->message);
      g_autofree char *action = expand (self, w->action);

      _pf_report_add_block (self, BLOCK_TEXT,
                            g_markup_printf_escaped ("<b>%s</b> (%s–%s) %s <i>%s</i>",
                                                     label, from, to, message, action));
    }
}

void
_pf_report_build_splits (PfReport *self)
{
  const PfPlan *plan = self->plan;
  double unit_m = pf_units_distance_unit_m (self->units);
  static const double widths[] = { 0.06, 0.1, 0.11, 0.1, 0.1, 0.12, 0.13, 0.14, 0.14 };
  static const gboolean right[] = { TRUE, TRUE, TRUE, TRUE, TRUE, TRUE, TRUE, TRUE, TRUE };
  g_autofree char *pace_header = g_strdup_printf (_("Pace /%s"), pf_units_distance_symbol (self->units));
  const char *header[] = { "#", pf_units_distance_symbol (self->units), _("Split"), pace_header,
                           _("GAP"), _("Elapsed"), _("Clock"), _("Climb"), _("Temp.") };
  int table;

  _pf_report_add_heading (self, _("Splits"));
  table = _pf_report_begin_table (self, 9, widths, right, header);
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
      g_autofree char *temp = quantity (self, PF_QUANTITY_TEMPERATURE, s->temp_c, 0);
      const char *cells[] = { n, at, time, pace, gap, elapsed, clock, climb, temp };

      _pf_report_add_row (self, table, cells);
    }
}

void
_pf_report_build_schedule (PfReport *self)
{
  const PfPlan *plan = self->plan;
  const PfFuel *fuel = pf_plan_get_fuel (plan);
  PfDrinkMode mode = pf_plan_get_inputs (plan)->fuel.drink_mode;
  gboolean thirst = mode == PF_DRINK_THIRST;
  static const double widths[] = { 0.12, 0.09, 0.2, 0.11, 0.28, 0.1, 0.1 };
  static const gboolean right[] = { TRUE, TRUE, FALSE, TRUE, FALSE, TRUE, TRUE };
  const char *header[] = { _("Clock"), pf_units_distance_symbol (self->units), _("Where"),
                           thirst ? _("Up to") : _("Drink"), _("Take"), _("Sodium mg"),
                           _("Carb. g") };
  int table;

  _pf_report_add_heading (self, _("Fuel schedule"));
  /* A header over no rows reads as a page cut off: say it in words. */
  if (fuel->schedule->len == 0)
    {
      _pf_report_add_text (self, "%s", _("Nothing to drink or take on the way."));
      return;
    }
  table = _pf_report_begin_table (self, 7, widths, right, header);
  for (guint i = 0; i < fuel->schedule->len; i++)
    {
      const PfIntake *intake = &g_array_index (fuel->schedule, PfIntake, i);
      g_autoptr(GString) take = g_string_new (NULL);
      g_autofree char *clock = pf_plan_format_clock (plan, intake->elapsed_s);
      g_autofree char *at = g_strdup_printf ("%.1f", pf_units_distance_value (self->units,
                                                                             intake->distance_m));
      /* A gel taken on its own is no drink: a dash, not a 0 to read past. */
      g_autofree char *ml = intake->fluid_ml >= 1.0
                            ? quantity (self, PF_QUANTITY_SMALL_VOLUME,
                                        intake->fluid_ml / 1000.0, 0)
                            : g_strdup ("—");
      g_autofree char *sodium = g_strdup_printf ("%.0f", intake->sodium_mg);
      g_autofree char *carbs = g_strdup_printf ("%.0f", intake->carbs_g);
      g_autofree char *where = intake->where != NULL ? expand (self, intake->where) : NULL;
      g_autofree char *cups = pf_intake_describe_drink (intake, mode, self->units);
      g_autofree char *items = pf_intake_describe_take (intake, FALSE);
      const char *cells[7];

      /* At a station, its cups (pf-intake-text.c says them as every view does); the volume
       * has its own column. Then the products. */
      if (pf_intake_cups (intake) > 0)
        g_string_append (take, cups);
      if (*items != '\0')
        g_string_append_printf (take, "%s%s", take->len > 0 ? ", " : "", items);
      cells[0] = clock;
      cells[1] = at;
      cells[2] = where != NULL ? where : _("your bottle");
      cells[3] = ml;
      cells[4] = take->str;
      cells[5] = sodium;
      cells[6] = carbs;
      _pf_report_add_row (self, table, cells);
    }
}

void
_pf_report_build_checklist (PfReport *self)
{
  const PfPlanInputs *inputs = pf_plan_get_inputs (self->plan);

  _pf_report_add_heading (self, _("Before the race"));
  for (guint i = 0; i < PF_N_CHECKS; i++)
    {
      const char *box = inputs->checklist[i] == PF_ANSWER_YES ? "☑"
                        : inputs->checklist[i] == PF_ANSWER_NO ? "☒" : "☐";

      g_autofree char *question = expand (self, pf_check_question (i));

      _pf_report_add_text (self, "%s  %s", box, question);
    }
  _pf_report_add_heading (self, _("If a cramp comes"));
  {
    g_autofree char *response = expand (self, pf_cramp_response ());

    _pf_report_add_text (self, "%s", response);
  }
}
