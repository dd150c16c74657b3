/* pf-fuel-notes.c — the fuel schedule's totals and what to tell the runner
 *
 * The totals are summed from the schedule itself, so that they always add up. The notes
 * say where the plan falls short of its targets (carbohydrate under 90 % of an hour's
 * target, the mass loss the rails leave) and what to change.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-fuel"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pf-fuel-private.h"
#include "pf-plan.h"
#include "pf-quantity.h"
#include "pf-sweat.h"

/* The carbohydrate delivered in every hour: at least this share of the target, or a note. */
#define CARBS_HOUR_SHARE    0.9

/* How much more carbohydrate every window holding @t could take, the schedule being complete. */
static double
carbs_room (const PfFuel *fuel,
            double        t)
{
  double w = pf_fuel_window_s (fuel), finish = g_array_index (fuel->hours, PfFuelHour,
                                                               fuel->hours->len - 1).end_s;
  double room = G_MAXDOUBLE;

  for (double s = MAX (0.0, t - w + 1.0); s <= MIN (t, finish - w) + 1e-9; s += 30.0)
    {
      double carbs = 0.0;

      for (guint i = 0; i < fuel->schedule->len; i++)
        {
          const PfIntake *in = &g_array_index (fuel->schedule, PfIntake, i);

          if (in->elapsed_s >= s && in->elapsed_s < s + w)
            carbs += in->carbs_g;
        }
      room = MIN (room, fuel->carbs_limit_g_per_h * w / HOUR_S - carbs);
    }

  return room;
}

/* Every hour of the race gets at least CARBS_HOUR_SHARE of its carbohydrate target, or a
 * note says by how much it falls short, where, and what to change. */
/* Whether water is at hand at @t: a drink in the schedule within a bottle's sipping interval
 * of it (a bottle that has run dry is sipped from no more until it is refilled). */
static gboolean
water_near (const PfFuel *fuel,
            double        t)
{
  for (guint i = 0; i < fuel->schedule->len; i++)
    {
      const PfIntake *in = &g_array_index (fuel->schedule, PfIntake, i);

      if (in->fluid_ml > 0.0 && fabs (in->elapsed_s - t) <= 15 * 60.0)
        return TRUE;
    }
  return FALSE;
}

static void
carbs_short (PfFuel         *fuel,
             const PfPacing *pacing)
{
  guint short_hours = 0, worst = 0;
  double worst_gap = 0.0;

  for (guint h = 0; h < fuel->hours->len; h++)
    {
      const PfFuelHour *hour = &g_array_index (fuel->hours, PfFuelHour, h);

      /* A stub of an hour (less than a quarter of an hour's fuelling) takes no whole gel. */
      if (hour->carbs_target_g < fuel->carbs_target_g_per_h / 4.0
          || hour->carbs_g >= CARBS_HOUR_SHARE * hour->carbs_target_g - 1e-9)
        continue;
      short_hours++;
      if (1.0 - hour->carbs_g / hour->carbs_target_g > worst_gap)
        {
          worst_gap = 1.0 - hour->carbs_g / hour->carbs_target_g;
          worst = h;
        }
    }
  if (short_hours > 0)
    {
      const PfFuelHour *hour = &g_array_index (fuel->hours, PfFuelHour, worst);
      double finish = g_array_index (fuel->hours, PfFuelHour, fuel->hours->len - 1).end_s;
      double best_t = (hour->start_s + hour->end_s) / 2.0, best_room = -G_MAXDOUBLE;
      g_autofree char *gap = NULL;
      g_autofree char *advice = NULL;

      /* Where in that hour the windows leave the most room for another gel: anywhere the
       * bottle still holds water to take it with, else only at a station. */
      for (double t = MAX (hour->start_s, FIRST_CARBS_S);
           t <= MIN (hour->end_s, finish - LAST_INTAKE_S); t += 5 * 60.0)
        {
          double room;

          if (!fuel->bottle || !water_near (fuel, t))
            continue;
          room = carbs_room (fuel, t);
          if (room > best_room)
            {
              best_room = room;
              best_t = t;
            }
        }
      for (guint i = 0; i < fuel->schedule->len && !fuel->bottle; i++)
        {
          const PfIntake *in = &g_array_index (fuel->schedule, PfIntake, i);
          double room;

          if (in->source == PF_INTAKE_OWN_BOTTLE || in->source == PF_INTAKE_CARRIED
              || in->elapsed_s < MAX (hour->start_s, FIRST_CARBS_S)
              || in->elapsed_s > MIN (hour->end_s, finish - LAST_INTAKE_S))
            continue;
          room = carbs_room (fuel, in->elapsed_s);
          if (room > best_room)
            {
              best_room = room;
              best_t = in->elapsed_s;
            }
        }

      gap = g_strdup_printf (
        /* Translators: "… in 2 hours: the most in hour 1, only 35 g of the 60 g planned (42 % short)." */
        g_dngettext (GETTEXT_PACKAGE,
                     "Carbohydrate falls short in %u hour: in hour %u, only %.0f g of the %.0f g planned (%.0f %% short).",
                     "Carbohydrate falls short in %u hours: the most in hour %u, only %.0f g of the %.0f g planned (%.0f %% short).",
                     short_hours),
        short_hours, worst + 1, hour->carbs_g, hour->carbs_target_g, worst_gap * 100.0);
      if (fuel->gel != NULL && best_room >= fuel->gel->carbs_g - 1e-9)
        {
          g_autofree char *where = pf_quantity (PF_QUANTITY_DISTANCE,
                                                pf_pacing_distance_at (pacing, best_t), 1);

          advice = g_strdup_printf (fuel->bottle
                                      /* Translators: %s is a distance, "21.1 km" */
                                      ? _("Take another gel near %s, with a sip from your bottle.")
                                      /* Translators: %s is a distance, "21.1 km" */
                                      : _("Take another gel at the station at %s, with a cup of water."),
                                    where);
        }
      else if (fuel->bottle && best_room == -G_MAXDOUBLE)
        /* The bottle is dry all through that hour: nothing to take a gel with. */
        advice = g_strdup (_("No water is at hand then to take a gel with: add aid stations or places to refill your bottle."));
      else if (fuel->bottle)
        advice = g_strdup_printf (_("The hours around it already hold the %.0f g your gut takes in any 60 minutes: sip your drink more evenly between the stations, or train your gut for more."),
                                  fuel->carbs_limit_g_per_h);
      else
        advice = g_strdup_printf (_("Gels at the stations alone cannot spread it evenly within the %.0f g your gut takes in any 60 minutes: carry a soft flask of sports drink to sip between the stations, or train your gut for more."),
                                  fuel->carbs_limit_g_per_h);
      _pf_fuel_add_note (fuel, "%s %s", gap, advice);
    }
}

/* Salty sweaters and crampers in long races: what the drinks bring, and where the rest of
 * the sodium comes from. */
static void
sodium_note (PfFuel             *fuel,
             const PfPlanInputs *inputs,
             const PfPacing     *pacing)
{
  double from_drinks = 0.0;

  if (!(pf_sweat_sodium_is_salty (inputs->runner.sweat_sodium_mg_per_l)
        || inputs->runner.cramp_prone)
      || pacing->finish_s <= 2 * HOUR_S)
    return;

  for (guint i = 0; i < fuel->schedule->len; i++)
    {
      const PfIntake *intake = &g_array_index (fuel->schedule, PfIntake, i);
      double from_items = 0.0;

      for (guint k = 0; k < intake->n_items; k++)
        from_items += intake->items[k].servings * intake->items[k].product->sodium_mg;
      from_drinks += intake->sodium_mg - from_items;
    }
  _pf_fuel_add_note (fuel,
            _("The drinks bring %.0f mg of the %.0f mg of sodium you lose; the rest of what you need comes from salt capsules (%u in this schedule) or salty food."),
            from_drinks, fuel->totals.sodium_lost_mg, fuel->capsules_to_carry);
}

/* Totals from the schedule itself, so that they always add up; and what to tell the runner. */
void
_pf_fuel_summarise (PfFuel             *fuel,
                    const PfPlanInputs *inputs,
                    const PfPacing     *pacing)
{
  PfFuelTotals *t = &fuel->totals;
  double carbs_wanted = 0.0;

  for (guint h = 0; h < fuel->hours->len; h++)
    {
      const PfFuelHour *hour = &g_array_index (fuel->hours, PfFuelHour, h);

      t->sweat_l += hour->sweat_l;
      t->sodium_lost_mg += hour->sodium_lost_mg;
      carbs_wanted += hour->carbs_target_g;
    }
  for (guint i = 0; i < fuel->schedule->len; i++)
    {
      const PfIntake *intake = &g_array_index (fuel->schedule, PfIntake, i);

      t->fluid_l += intake->fluid_ml / 1000.0;
      t->sodium_in_mg += intake->sodium_mg;
      t->carbs_g += intake->carbs_g;
      t->glucose_g += intake->glucose_g;
      t->fructose_g += intake->fructose_g;
    }
  t->mass_change_pct = (t->fluid_l - t->sweat_l) / inputs->runner.mass_kg * 100.0;

  if (-t->mass_change_pct > PF_MASS_LOSS_TARGET_PCT + 0.05)
    {
      g_autofree char *hourly = pf_quantity (PF_QUANTITY_VOLUME,
                                             inputs->fuel.fluid_ceiling_l_per_h, 1);
      g_autofree char *lost = pf_quantity (PF_QUANTITY_MASS,
                                           -t->mass_change_pct * inputs->runner.mass_kg / 100.0,
                                           1);

      if (pf_fuel_held_by_course (fuel, inputs->runner.mass_kg))
        _pf_fuel_add_note (fuel,
                  /* Translators: %s is a mass ("2.1 kg") */
                  _("With the places to drink the course gives, you will lose about %.1f %% of your body mass (%s)."),
                  -t->mass_change_pct, lost);
      else
        _pf_fuel_add_note (fuel,
                  /* Translators: the first %s is a volume drunk each hour ("0.8 L"), the
                   * second a mass ("2.1 kg") */
                  _("Drinking within the safe limits (at most %s an hour, never more than you sweat), you will lose about %.1f %% of your body mass (%s)."),
                  hourly, -t->mass_change_pct, lost);
    }
  if (carbs_wanted > 0.0 && t->carbs_g < 0.8 * carbs_wanted)
    _pf_fuel_add_note (fuel,
              fuel->bottle_runs_dry
                ? _("Only %.0f g of the %.0f g of carbohydrate fit the places where water is at hand: add aid stations or places to refill your bottle.")
                : fuel->bottle
                ? _("Only %.0f g of the %.0f g of carbohydrate fit: whole servings, at least 20 minutes apart, within what your gut is trained for.")
                : _("Only %.0f g of the %.0f g of carbohydrate fit the places where water is at hand: carry a bottle, or add aid stations."),
              t->carbs_g, carbs_wanted);
  carbs_short (fuel, pacing);
  sodium_note (fuel, inputs, pacing);
  if (inputs->fuel.drink_mode == PF_DRINK_THIRST)
    _pf_fuel_add_note (fuel, _("Drink to thirst: each volume is the most to drink there, not a target."));
}

/* Whether the course, not the safe limits, holds the drinking back: drinking every hour's planned
 * volume (within the limits) would keep the loss to PF_MASS_LOSS_TARGET_PCT of @mass_kg, and only
 * the places to drink (no stations, a bottle that runs dry) keep the schedule from it. The heat
 * is then not the cause, and more places to drink are the answer. */
gboolean
pf_fuel_held_by_course (const PfFuel *fuel,
                        double        mass_kg)
{
  double rail_deficit = 0.0;

  g_return_val_if_fail (fuel != NULL, FALSE);

  for (guint h = 0; fuel->hours != NULL && h < fuel->hours->len; h++)
    {
      const PfFuelHour *hour = &g_array_index (fuel->hours, PfFuelHour, h);

      rail_deficit += hour->sweat_l - hour->fluid_target_l;
    }
  return rail_deficit <= PF_MASS_LOSS_TARGET_PCT / 100.0 * mass_kg;
}
