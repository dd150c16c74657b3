/* pf-cli-plan-text.c — the plan as `pacefuel-cli plan` prints it without --json or --csv
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-cli-plan"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>

#include "forecast/pf-forecast.h"
#include "pf-cli-plan-private.h"
#include "report/pf-intake-text.h"
#include "report/pf-profile-text.h"

/* Every unit of these lines is formatted by report/pf-units.c, in the units asked for
 * (--units), and every text of the core's goes through pf_units_expand(): its quantities
 * come out in the same units. */
static char *
quantity (PfUnitSystem   units,
          PfQuantityKind kind,
          double         value,
          guint          digits)
{
  return pf_format_quantity (units, kind, value, digits);
}

/* What the runner's own profile changes, so that switching it on is never a silent change. */
static void
print_profile_effect (const PfPlan *plan,
                      PfUnitSystem  units)
{
  const PfProfileEffect *effect = pf_plan_get_profile_effect (plan);
  g_autofree char *by_feel = pf_profile_effect_describe (plan);
  g_autofree char *split = pf_profile_split_describe (plan, units);

  if (by_feel != NULL)
    printf ("  %s\n", by_feel);
  /* With a goal the finish holds (to the rounding of the solve): only the splits move. */
  if (fabs (effect->plan_finish_s) >= 0.5)
    {
      g_autofree char *finish = pf_duration_format_change (effect->plan_finish_s);

      /* Translators: the change the runner's profile makes to the planned finish */
      printf (_("Your profile changes the planned finish by %s\n"), finish);
    }
  if (split != NULL)
    printf ("%s\n", split);
}

void
_pf_cli_plan_print_plan (const PfPlan *plan,
                         PfUnitSystem  units)
{
  const PfPlanInputs *inputs = pf_plan_get_inputs (plan);
  PfCourse *course = pf_plan_get_course (plan);
  gboolean miles = units == PF_UNITS_IMPERIAL;
  double unit_m = miles ? PF_METRES_PER_MILE : 1000.0;
  const char *unit = pf_units_distance_symbol (units);
  g_autofree char *distance = pf_format_distance (units, pf_course_get_distance (course));
  g_autofree char *finish = pf_duration_format (pf_plan_get_finish_time (plan));
  g_autofree char *start_clock = pf_plan_format_clock (plan, 0.0);
  g_autofree char *finish_clock = pf_plan_format_clock (plan, pf_plan_get_finish_time (plan));
  g_autofree char *flat = pf_pace_format (pf_plan_get_flat_pace (plan) * unit_m);
  g_autofree char *climb = pf_duration_format (pf_plan_get_climb_cost (plan));
  g_autofree char *heat = pf_duration_format (pf_plan_get_heat_cost (plan));
  g_autofree char *who = pf_athlete_label (&inputs->athlete);
  g_autofree char *models = pf_plan_inputs_describe_models (inputs);

  /* Whose plan first: a coach prints ten of them. */
  if (who != NULL)
    printf ("%s — %s — %s\n", who, pf_course_get_name (course), distance);
  else
    printf ("%s — %s\n", pf_course_get_name (course), distance);
  if (inputs->athlete.notes != NULL && *inputs->athlete.notes != '\0')
    {
      /* Translators: the athlete's notes, free text written by the coach or the runner */
      printf (_("Notes: %s"), inputs->athlete.notes);
      printf ("\n");
    }
  /* Translators: "…; Even effort; hills by Strava’s model (2017); heat by Hadley’s rule" */
  printf (_("Finish %s (%s → %s); %s\n"), finish, start_clock, finish_clock, models);
  printf (_("Flat-equivalent pace %s /%s · hills %s%s · heat +%s\n"), flat, unit,
          pf_plan_get_climb_cost (plan) >= 0 ? "+" : "", climb, heat);
  if (inputs->conditions.forecast_source != NULL && inputs->conditions.hours->len > 0)
    {
      g_autoptr(GDateTime) fetched =
        g_date_time_new_from_unix_utc (inputs->conditions.forecast_fetched_at);
      g_autofree char *when = fetched != NULL ? g_date_time_format (fetched, "%Y-%m-%d %H:%M UTC")
                                              : g_strdup ("?");

      /* Open-Meteo's licence (CC BY 4.0) asks for the attribution wherever its data shows. */
      printf (_("Hourly forecast fetched %s · %s (%s)\n"), when, pf_forecast_attribution (),
              PF_FORECAST_LICENSE);
    }

  if (pf_plan_get_n_predictions (plan) > 0)
    {
      const PfPacing *realistic = pf_plan_get_realistic (plan);
      g_autofree char *by_feel = pf_duration_format (realistic->finish_s);
      g_autofree char *feel_basis = pf_profile_by_feel_basis (plan);

      if (pf_plan_is_trail (plan))
        {
          g_autofree char *effort = pf_format_distance (units, pf_plan_get_effort_distance (plan));

          /* Translators: ITRA's "km-effort": distance plus a kilometre per 100 m of climb */
          printf (_("Trail: predicted for an effort distance of %s (ITRA)\n"), effort);
        }
      printf ("%s", _("Predictions:"));
      for (guint i = 0; i < pf_plan_get_n_predictions (plan); i++)
        {
          const PfPrediction *p = pf_plan_get_prediction (plan, i);
          g_autofree char *t = pf_duration_format (p->time_s);

          printf (" %s %s%s", pf_prediction_model_to_string (p->model), t,
                  i + 1 < pf_plan_get_n_predictions (plan) ? "," : "\n");
        }
      for (guint i = 0; i < pf_plan_get_n_predictions (plan); i++)
        {
          const PfPrediction *p = pf_plan_get_prediction (plan, i);

          g_autofree char *basis = pf_units_expand (units,
                                                    pf_prediction_model_get_basis (p->model));

          printf ("  %s: %s%s\n", pf_prediction_model_to_string (p->model), basis,
                  p->capped ? _(" (held at the world-record ratio)") : "");
        }
      /* Translators: the finish the runner's races predict if they run by feel on this day,
       * and what that rests on ("hills, heat at your level, the fade of runners like you") */
      printf (_("By feel on this day: %s (%s)\n"), by_feel, feel_basis);
    }
  print_profile_effect (plan, units);

  printf ("\n%4s %8s %8s %9s %6s %6s %11s %5s %5s %5s  %s\n", "#", unit, _("time"), _("elapsed"),
          _("pace"), _("GAP"), _("clock"), "+", "−",
          pf_units_temperature_symbol (units), "");
  for (guint i = 0; i < pf_plan_get_n_splits (plan); i++)
    {
      const PfSplit *s = pf_plan_get_split (plan, i);
      double length = s->end_m - s->start_m;
      g_autofree char *time = pf_duration_format (s->time_s);
      g_autofree char *elapsed = pf_duration_format (s->elapsed_s);
      g_autofree char *pace = pf_pace_format (s->time_s / length * unit_m);
      g_autofree char *gap = pf_pace_format (s->flat_time_s / length * unit_m);
      g_autofree char *clock = pf_plan_format_clock (plan, s->elapsed_s);
      g_autofree char *name = pf_units_expand (units, s->name);

      printf ("%4u %8.2f %8s %9s %6s %6s %11s %5.0f %5.0f %5.1f  %s\n", s->index,
              s->end_m / unit_m, time, elapsed, pace, gap, clock,
              pf_units_elevation_value (units, s->ascent_m),
              pf_units_elevation_value (units, s->descent_m),
              pf_units_temperature_value (units, s->temp_c),
              name != NULL ? name : "");
    }
}

void
_pf_cli_plan_print_fuel (const PfPlan *plan,
                         PfUnitSystem  units)
{
  const PfFuel *fuel = pf_plan_get_fuel (plan);
  const PfDrink *d = &fuel->drink;
  const PfFuelTotals *t = &fuel->totals;
  g_autofree char *rate = quantity (units, PF_QUANTITY_FLOW, fuel->sweat_rate_l_per_h, 2);
  g_autofree char *sweat = quantity (units, PF_QUANTITY_VOLUME, t->sweat_l, 1);
  g_autofree char *drunk_total = quantity (units, PF_QUANTITY_VOLUME, t->fluid_l, 2);
  g_autofree char *sweat_total = quantity (units, PF_QUANTITY_VOLUME, t->sweat_l, 2);

  printf ("\n%s\n", _("Fluid, sodium and carbohydrate"));
  /* Translators: the sweat rate (L/h or fl oz/h), the volume sweated, the sodium in it */
  printf (_("Sweat: %s on average, %s in all, %.0f mg of sodium\n"), rate, sweat,
          t->sodium_lost_mg);
  /* The runner's own drink only matters when the schedule has them carry a bottle. */
  if (fuel->bottle)
    {
      g_autofree char *why = pf_units_expand (units, d->why);
      g_autofree char *bottle = quantity (units, PF_QUANTITY_SMALL_VOLUME,
                                          d->bottle_ml / 1000.0, 0);

      printf (_("Drink: %.2f g/L sodium, %.0f g/L carbohydrate — %s\n"), d->sodium_g_per_l,
              d->carbs_g_per_l, why != NULL ? why : "");
      /* Translators: %s is the bottle's volume, "500 mL" or "16.9 fl oz" */
      printf (_("Recipe for a %s bottle: %.1f g table sugar, %.1f g maltodextrin, %.2f g table salt\n"),
              bottle, d->sucrose_g, d->maltodextrin_g, d->salt_g);
    }
  if (fuel->gels_to_carry > 0 || fuel->capsules_to_carry > 0)
    {
      printf ("%s", _("Carry from the start:"));
      if (fuel->gels_to_carry > 0)
        printf (" %u × %s", fuel->gels_to_carry, _(fuel->gel->name));
      if (fuel->capsules_to_carry > 0)
        printf (" %u × %s", fuel->capsules_to_carry, _(fuel->salt->name));
      printf ("\n");
    }

  printf ("\n%11s %8s %-22s %9s %8s %6s  %s\n", _("clock"), pf_units_distance_symbol (units),
          _("where"), _("fluid"), _("Na mg"), _("CHO g"), _("take"));
  for (guint i = 0; i < fuel->schedule->len; i++)
    {
      const PfIntake *intake = &g_array_index (fuel->schedule, PfIntake, i);
      g_autofree char *clock = pf_plan_format_clock (plan, intake->elapsed_s);
      /* As every view says it (pf-intake-text.c): cups at a station, the bottle's water and
       * drink, the products. */
      g_autofree char *items = pf_intake_describe (intake, pf_plan_get_inputs (plan)->fuel.drink_mode,
                                                   units);
      g_autofree char *fluid = NULL;
      g_autofree char *where = pf_units_expand (units, intake->where);

      /* A gel taken on its own is no drink: a dash, not a 0 to read past. */
      if (intake->fluid_ml >= 1.0)
        fluid = quantity (units, PF_QUANTITY_SMALL_VOLUME, intake->fluid_ml / 1000.0, 0);
      else
        fluid = g_strdup ("-");
      printf ("%11s %8.2f %-22.22s %9s %8.0f %6.1f  %s\n", clock,
              pf_units_distance_value (units, intake->distance_m),
              where != NULL ? where : _("(carried bottle)"), fluid,
              intake->sodium_mg, intake->carbs_g, items);
    }

  /* Translators: the volumes drunk and sweated, "3.10 L" or "105 fl oz" */
  printf (_("\nTotals: %s drunk of %s sweated (body mass %+.1f %%), %.0f of %.0f mg sodium, "
            "%.0f g carbohydrate (%.0f g glucose, %.0f g fructose)\n"),
          drunk_total, sweat_total, t->mass_change_pct, t->sodium_in_mg, t->sodium_lost_mg,
          t->carbs_g, t->glucose_g, t->fructose_g);
  for (guint i = 0; i < fuel->notes->len; i++)
    {
      g_autofree char *note = pf_units_expand (units, g_ptr_array_index (fuel->notes, i));

      printf ("  • %s\n", note);
    }
}

void
_pf_cli_plan_print_warnings (const PfPlan *plan,
                             PfUnitSystem  units)
{
  static const char * const marks[] = { "i", "!", "!!" };

  printf ("\n%s\n", pf_plan_get_n_warnings (plan) > 0 ? _("Warnings") : _("No warnings"));
  for (guint i = 0; i < pf_plan_get_n_warnings (plan); i++)
    {
      const PfWarning *w = pf_plan_get_warning (plan, i);

      const char *severity = w->severity == PF_SEVERITY_DANGER ? _("danger")
                             : w->severity == PF_SEVERITY_WARNING ? _("warning") : _("info");
      g_autofree char *from = g_strdup_printf ("%.1f", pf_units_distance_value (units, w->from_m));
      g_autofree char *to = quantity (units, PF_QUANTITY_DISTANCE, w->to_m, 1);
      g_autofree char *message = pf_units_expand (units, w->message);
      g_autofree char *reason = pf_units_expand (units, w->reason);
      g_autofree char *action = pf_units_expand (units, w->action);

      printf ("%2s %s (%s–%s) %s\n", marks[w->severity], severity, from, to, message);
      printf ("     %s %s\n", _("Why:"), reason);
      printf ("     %s %s\n", _("What to do:"), action);
    }

  /* Without training the checks above cannot tell whether the goal asks more than it: say
   * so, lest "No warnings" read as "within your training". */
  if (!pf_plan_has_training_data (plan))
    {
      printf ("%2s %s %s\n", marks[PF_SEVERITY_INFO], _("info"),
              _("Training not entered: the goal cannot be checked against your training."));
      printf ("     %s %s\n", _("What to do:"),
              _("Give your longest run (--longest-run KM) and your weekly distance "
                "(--training-week-km KM), or recorded runs (--training FILE)."));
    }
}
