/* pf-feasibility.c — whether the plan can be raced as set, and what would make it so
 *
 * The schedule never lets a runner drink more than they sweat or more than the hourly
 * ceiling (ACSM 2007), so in the heat, over a long race or with few places to drink, the
 * loss of body mass it leaves can pass what anyone races on: a plan that projects −10 % or
 * −24 % is not a plan. Here the loss is set against the limit for the race, and, when it is
 * past it, the changes that bring it back are worked out on the plan's own models — the
 * slower finish (pacing and sweat recomputed, bisected), a bottle or more stations, and a
 * higher ceiling for the runner acclimatised to heat (docs/science.md §7).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-feasibility"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "pf-duration.h"
#include "pf-feasibility.h"
#include "pf-quantity.h"

/* The slower finish is searched up to this multiple of the plan's, in steps of 10 %, then
 * bisected to the minute. */
#define SLOWEST_FACTOR   3.0
#define SEARCH_STEP      0.1
#define BISECT_ROUNDS    16
#define MINUTE_S         60.0
/* The bottle offered to a runner who carries none. */
#define OFFERED_BOTTLE_ML 500.0

/* The loss (% of body mass) if the runner drank all the ceiling allows, never more than the
 * hour's sweat, wherever water is: what no change of stations can improve on. */
static double
ceiling_loss (const PfFuel *fuel,
              double        ceiling_l_per_h,
              double        mass_kg)
{
  double deficit = 0.0;

  for (guint h = 0; h < fuel->hours->len; h++)
    {
      const PfFuelHour *hour = &g_array_index (fuel->hours, PfFuelHour, h);
      double hours = (hour->end_s - hour->start_s) / 3600.0;

      deficit += hour->sweat_l - MIN (hour->sweat_l, ceiling_l_per_h * hours);
    }
  return deficit / mass_kg * 100.0;
}

static double
plan_loss (const PfFuel *fuel)
{
  return -fuel->totals.mass_change_pct;
}

/* The limit for a race of this length. */
static double
limit_for (double finish_s)
{
  return finish_s > PF_FEASIBLE_ULTRA_S ? PF_FEASIBLE_LOSS_ULTRA_PCT : PF_FEASIBLE_LOSS_PCT;
}

typedef struct
{
  double finish_s;
  double ceiling_pct;
  double plan_pct;
} Outcome;

/* The plan's models again with @inputs changed: the pacing solved for a finish of
 * @finish_s (0: as the plan has it, @pacing), and its fuel. */
static Outcome
evaluate (const PfCourse       *course,
          const PfPacing       *pacing,
          const PfPlanInputs   *inputs,
          const PfPacingRunner *runner,
          double                finish_s)
{
  PfPacing slower = { 0 };
  PfFuel fuel;
  Outcome out;

  if (finish_s > 0.0)
    {
      g_auto(PfPlanInputs) goal = { 0 };

      pf_plan_inputs_init (&goal);
      pf_plan_inputs_copy (&goal, inputs);
      goal.pace_mode = PF_PACE_MODE_GOAL;
      goal.goal_time_s = finish_s;
      pf_pacing_solve_runner (&slower, course, &goal, 0.0, runner);
      pacing = &slower;
    }
  pf_fuel_plan (&fuel, course, pacing, inputs);
  /* The goal asked for, which the solve meets to within a fraction of a second: the finish
   * a runner types. */
  out.finish_s = finish_s > 0.0 ? finish_s : pacing->finish_s;
  out.ceiling_pct = ceiling_loss (&fuel, inputs->fuel.fluid_ceiling_l_per_h,
                                  inputs->runner.mass_kg);
  out.plan_pct = plan_loss (&fuel);
  pf_fuel_clear (&fuel);
  if (finish_s > 0.0)
    pf_pacing_clear (&slower);
  return out;
}

/* What a slower finish must bring within the limit: the plan's own schedule, with the
 * places to drink as set; or the ceiling, drinking all it allows wherever water is. */
typedef enum
{
  BY_SCHEDULE,
  BY_CEILING,
} Criterion;

/* The plan's own limit, not the slower finish's: slowing a 5:50 race to 6:01 must not make
 * it feasible by moving it into the ultra's limit. */
static gboolean
within (const Outcome *o,
        Criterion      criterion,
        double         limit_pct)
{
  return (criterion == BY_SCHEDULE ? o->plan_pct : o->ceiling_pct) <= limit_pct;
}

/* The first finish, from the plan's upwards, that brings @criterion within the limit;
 * FALSE when not even @SLOWEST_FACTOR × the finish (nor @slowest_s) does. The loss mostly falls as the pace
 * does (less heat to shed) but a slower finish also runs into other hours of the day, so
 * the search steps up before it bisects. */
static gboolean
slower_finish (const PfCourse       *course,
               const PfPacing       *pacing,
               const PfPlanInputs   *inputs,
               const PfPacingRunner *runner,
               Criterion             criterion,
               double                limit_pct,
               double                slowest_s,
               Outcome              *found)
{
  double start = pacing->finish_s, lo = start, hi = 0.0;
  Outcome o = { 0 };

  for (double f = 1.0 + SEARCH_STEP; f <= SLOWEST_FACTOR + 1e-9; f += SEARCH_STEP)
    {
      /* Bounded by @slowest_s, which is tried itself as the last step. */
      double at = MIN (start * f, MAX (slowest_s, start));

      o = evaluate (course, pacing, inputs, runner, at);
      if (within (&o, criterion, limit_pct))
        {
          hi = at;
          *found = o;
          break;
        }
      lo = at;
      if (at >= slowest_s)
        break;
    }
  if (hi == 0.0)
    return FALSE;

  for (guint i = 0; i < BISECT_ROUNDS && hi - lo > MINUTE_S / 2.0; i++)
    {
      double mid = (lo + hi) / 2.0;

      o = evaluate (course, pacing, inputs, runner, mid);
      if (within (&o, criterion, limit_pct))
        {
          hi = mid;
          *found = o;
        }
      else
        lo = mid;
    }

  /* A whole minute a runner can aim at, still within the limit. */
  hi = ceil (hi / MINUTE_S) * MINUTE_S;
  o = evaluate (course, pacing, inputs, runner, hi);
  if (within (&o, criterion, limit_pct))
    *found = o;
  return TRUE;
}

static PfFeasibilityChange *
add_change (PfFeasibility    *feasibility,
            PfFeasibilityKind kind,
            double            loss_pct,
            double            finish_s,
            double            ceiling_l_per_h)
{
  PfFeasibilityChange change = { 0 };

  change.kind = kind;
  change.mass_loss_pct = loss_pct;
  change.finish_s = finish_s;
  change.ceiling_l_per_h = ceiling_l_per_h;
  g_array_append_val (feasibility->changes, change);
  return &g_array_index (feasibility->changes, PfFeasibilityChange,
                         feasibility->changes->len - 1);
}

static void
clear_change (gpointer data)
{
  g_clear_pointer (&((PfFeasibilityChange *) data)->text, g_free);
}

/* The plan with a bottle, at @finish_s (0: the plan's). */
static Outcome
with_bottle (const PfCourse       *course,
             const PfPacing       *pacing,
             const PfPlanInputs   *inputs,
             const PfPacingRunner *runner,
             double                finish_s)
{
  g_auto(PfPlanInputs) changed = { 0 };

  pf_plan_inputs_init (&changed);
  pf_plan_inputs_copy (&changed, inputs);
  changed.fuel.carry_bottle_ml = OFFERED_BOTTLE_ML;
  return evaluate (course, pacing, &changed, runner, finish_s);
}

/* The places to drink, when they and not the sweat are what hold the plan back at
 * @finish_s: a bottle if the runner carries none and it is enough, else more stations, by
 * how much fluid is missing. @finish_s is 0 at the plan's own finish; else the change
 * follows a slower finish, and its text says it comes on top of it. */
static void
add_places (PfFeasibility        *feasibility,
            const PfCourse       *course,
            const PfPacing       *pacing,
            const PfPlanInputs   *inputs,
            const PfPacingRunner *runner,
            double                finish_s,
            double                loss_pct)
{
  double ceiling = inputs->fuel.fluid_ceiling_l_per_h, limit = feasibility->max_mass_loss_pct;
  double at = finish_s > 0.0 ? finish_s : pacing->finish_s;
  g_autofree char *time = pf_duration_format (at);
  g_autofree char *offered = pf_quantity (PF_QUANTITY_SMALL_VOLUME,
                                          OFFERED_BOTTLE_ML / 1000.0, 0);
  g_autofree char *extra = NULL;
  g_autofree char *target = NULL;
  PfFeasibilityChange *c;

  if (inputs->fuel.carry_bottle_ml <= 0.0)
    {
      Outcome bottle = with_bottle (course, pacing, inputs, runner, finish_s);

      if (bottle.plan_pct <= limit)
        {
          c = add_change (feasibility, PF_FEASIBILITY_BOTTLE, bottle.plan_pct, at, ceiling);
          c->bottle_ml = OFFERED_BOTTLE_ML;
          c->text = finish_s > 0.0
                      /* Translators: the first %s is a finish time, the second a bottle's
                       * volume ("500 mL") */
                      ? g_strdup_printf (_("At %s, carry a %s bottle as well and refill it at the stations: the loss stays at %.1f %% of your body mass."),
                                         time, offered, bottle.plan_pct)
                      /* Translators: %s is a bottle's volume, "500 mL" */
                      : g_strdup_printf (_("Carry a %s bottle and refill it at the stations: the loss stays at %.1f %% of your body mass."),
                                         offered, bottle.plan_pct);
          return;
        }
    }

  c = add_change (feasibility, PF_FEASIBILITY_STATIONS, limit, at, ceiling);
  c->extra_fluid_l = ceil ((loss_pct - limit) / 100.0 * inputs->runner.mass_kg * 10.0) / 10.0;
  extra = pf_quantity (PF_QUANTITY_VOLUME, c->extra_fluid_l, 1);
  target = pf_quantity (PF_QUANTITY_VOLUME, inputs->fuel.fluid_per_hour_l, 2);
  /* A fixed target the runner set, not the stations, may be what holds the schedule back. */
  if (inputs->fuel.fluid_per_hour_l > 0.0)
    /* Translators: both %s are volumes ("1.2 L", "0.50 L"); the second is drunk each hour */
    c->text = g_strdup_printf (_("Drink %s more along the way: your fixed target of %s an hour is too low for this sweat — drop it and let the plan set the volumes."),
                               extra, target);
  else if (finish_s > 0.0)
    /* Translators: the first %s is a finish time, the second a volume ("1.2 L") */
    c->text = g_strdup_printf (_("At %s the schedule still finds too few places to drink: add aid stations or refill points for %s more along the way."),
                               time, extra);
  else
    /* A bottle (carried, or tried above) is not enough: places to drink or refill it are.
     * Translators: %s is a volume, "1.2 L" */
    c->text = g_strdup_printf (_("Add aid stations or refill points for %s more along the way: the schedule finds too few places to drink."),
                               extra);
}

/* Too much sweat for any drinking: the fastest finish at which the schedule keeps the loss
 * within the limit — as set, or with a bottle when the runner carries none (at a slower
 * pace the stations lie further apart in time, so the stations alone may need a far slower
 * finish than a bottle does). Failing both, the finish at which the ceiling would, and
 * the places to drink the schedule still lacks there. */
static void
slow_down (PfFeasibility        *feasibility,
           const PfCourse       *course,
           const PfPacing       *pacing,
           const PfPlanInputs   *inputs,
           const PfPacingRunner *runner)
{
  double ceiling = inputs->fuel.fluid_ceiling_l_per_h, limit = feasibility->max_mass_loss_pct;
  g_autofree char *time = NULL;
  Outcome as_set = { 0 }, bottled = { 0 }, found = { 0 };
  gboolean has_bottled = FALSE, has_as_set;
  PfFeasibilityChange *c;

  if (inputs->fuel.carry_bottle_ml <= 0.0)
    {
      g_auto(PfPlanInputs) with = { 0 };

      pf_plan_inputs_init (&with);
      pf_plan_inputs_copy (&with, inputs);
      with.fuel.carry_bottle_ml = OFFERED_BOTTLE_ML;
      has_bottled = slower_finish (course, pacing, &with, runner, BY_SCHEDULE, limit,
                                   G_MAXDOUBLE, &bottled);
    }
  /* As set, only if no slower than with the bottle. */
  has_as_set = slower_finish (course, pacing, inputs, runner, BY_SCHEDULE, limit,
                              has_bottled ? bottled.finish_s : G_MAXDOUBLE, &as_set);

  if (has_as_set)
    {
      time = pf_duration_format (as_set.finish_s);
      c = add_change (feasibility, PF_FEASIBILITY_SLOWER, as_set.plan_pct, as_set.finish_s,
                      ceiling);
      c->text = g_strdup_printf (_("Plan a finish of %s or slower: then the schedule keeps the loss to %.1f %% of your body mass."),
                                 time, as_set.plan_pct);
    }
  else if (has_bottled)
    {
      g_autofree char *offered = pf_quantity (PF_QUANTITY_SMALL_VOLUME,
                                              OFFERED_BOTTLE_ML / 1000.0, 0);

      time = pf_duration_format (bottled.finish_s);
      c = add_change (feasibility, PF_FEASIBILITY_SLOWER, bottled.plan_pct, bottled.finish_s,
                      ceiling);
      c->bottle_ml = OFFERED_BOTTLE_ML;
      /* Translators: the first %s is a finish time, the second a bottle's volume ("500 mL") */
      c->text = g_strdup_printf (_("Plan a finish of %s or slower and carry a %s bottle, refilled at the stations: then the schedule keeps the loss to %.1f %% of your body mass."),
                                 time, offered, bottled.plan_pct);
    }
  else if (slower_finish (course, pacing, inputs, runner, BY_CEILING, limit, G_MAXDOUBLE,
                          &found))
    {
      g_autofree char *hourly = pf_quantity (PF_QUANTITY_VOLUME, ceiling, 1);

      time = pf_duration_format (found.finish_s);
      c = add_change (feasibility, PF_FEASIBILITY_SLOWER, found.ceiling_pct, found.finish_s,
                      ceiling);
      /* Translators: the first %s is a finish time, the second a volume ("0.8 L") */
      c->text = g_strdup_printf (_("Plan a finish of %s or slower: then drinking up to %s an hour keeps the loss to %.1f %% of your body mass."),
                                 time, hourly, found.ceiling_pct);
      add_places (feasibility, course, pacing, inputs, runner, found.finish_s, found.plan_pct);
    }
}

void
pf_feasibility_compute (PfFeasibility        *feasibility,
                        const PfCourse       *course,
                        const PfPacing       *pacing,
                        const PfFuel         *fuel,
                        const PfPlanInputs   *inputs,
                        const PfPacingRunner *runner)
{
  double ceiling = inputs->fuel.fluid_ceiling_l_per_h, finish = pacing->finish_s;
  Outcome found = { 0 };

  g_return_if_fail (feasibility != NULL);

  memset (feasibility, 0, sizeof *feasibility);
  feasibility->changes = g_array_new (FALSE, TRUE, sizeof (PfFeasibilityChange));
  g_array_set_clear_func (feasibility->changes, clear_change);
  feasibility->max_mass_loss_pct = limit_for (finish);
  feasibility->mass_loss_pct = plan_loss (fuel);
  feasibility->ceiling_loss_pct = ceiling_loss (fuel, ceiling, inputs->runner.mass_kg);
  feasibility->feasible = feasibility->mass_loss_pct <= feasibility->max_mass_loss_pct;
  if (feasibility->feasible)
    return;

  if (feasibility->ceiling_loss_pct <= feasibility->max_mass_loss_pct)
    {
      /* The sweat is within what the ceiling covers: the places to drink are short. A
       * bottle or more stations come first; a slower finish at which the schedule as set
       * keeps the loss within the limit is the other way, when there is one. */
      add_places (feasibility, course, pacing, inputs, runner, 0.0, feasibility->mass_loss_pct);
      if (slower_finish (course, pacing, inputs, runner, BY_SCHEDULE,
                         feasibility->max_mass_loss_pct, G_MAXDOUBLE, &found))
        {
          g_autofree char *time = pf_duration_format (found.finish_s);
          PfFeasibilityChange *c = add_change (feasibility, PF_FEASIBILITY_SLOWER,
                                               found.plan_pct, found.finish_s, ceiling);

          c->text = g_strdup_printf (_("Or plan a finish of %s or slower: then the schedule keeps the loss to %.1f %% of your body mass."),
                                     time, found.plan_pct);
        }
    }
  else
    slow_down (feasibility, course, pacing, inputs, runner);

  /* Only for the runner acclimatised to heat, who has practised drinking more: the plan
   * again with the higher ceiling, and a bottle too when the stations alone cannot give
   * that much. */
  if (inputs->training.acclimatised && ceiling < PF_FEASIBLE_ACCLIMATISED_CEILING_L_PER_H)
    {
      g_auto(PfPlanInputs) higher = { 0 };
      gboolean bottle = FALSE;
      Outcome o;

      pf_plan_inputs_init (&higher);
      pf_plan_inputs_copy (&higher, inputs);
      higher.fuel.fluid_ceiling_l_per_h = PF_FEASIBLE_ACCLIMATISED_CEILING_L_PER_H;
      o = evaluate (course, pacing, &higher, runner, 0.0);
      if (o.plan_pct > feasibility->max_mass_loss_pct && inputs->fuel.carry_bottle_ml <= 0.0)
        {
          o = with_bottle (course, pacing, &higher, runner, 0.0);
          bottle = TRUE;
        }
      if (o.plan_pct <= feasibility->max_mass_loss_pct)
        {
          PfFeasibilityChange *c = add_change (feasibility, PF_FEASIBILITY_CEILING, o.plan_pct,
                                               finish,
                                               PF_FEASIBLE_ACCLIMATISED_CEILING_L_PER_H);

          g_autofree char *hourly = pf_quantity (PF_QUANTITY_VOLUME,
                                                 PF_FEASIBLE_ACCLIMATISED_CEILING_L_PER_H, 1);
          g_autofree char *offered = pf_quantity (PF_QUANTITY_SMALL_VOLUME,
                                                  OFFERED_BOTTLE_ML / 1000.0, 0);

          c->bottle_ml = bottle ? OFFERED_BOTTLE_ML : 0.0;
          c->text = bottle
                      /* Translators: the first %s is a volume drunk each hour ("1.2 L"), the
                       * second a bottle's volume ("500 mL") */
                      ? g_strdup_printf (_("You are acclimatised to heat: if you have practised drinking %s an hour in training, allow it and carry a %s bottle, and the loss stays at %.1f %% of your body mass."),
                                         hourly, offered, o.plan_pct)
                      /* Translators: %s is a volume drunk each hour, "1.2 L" */
                      : g_strdup_printf (_("You are acclimatised to heat: if you have practised drinking %s an hour in training, allow it, and the loss stays at %.1f %% of your body mass."),
                                         hourly, o.plan_pct);
        }
    }
}

void
pf_feasibility_clear (PfFeasibility *feasibility)
{
  g_clear_pointer (&feasibility->changes, g_array_unref);
}

/* "slower", "bottle", "stations", "ceiling": words of the JSON, not translated. */
const char *
pf_feasibility_kind_to_string (PfFeasibilityKind kind)
{
  switch (kind)
    {
    case PF_FEASIBILITY_SLOWER:
      return "slower";
    case PF_FEASIBILITY_BOTTLE:
      return "bottle";
    case PF_FEASIBILITY_STATIONS:
      return "stations";
    case PF_FEASIBILITY_CEILING:
    default:
      return "ceiling";
    }
}
