/* pf-fuel-schedule.c — the intakes of the fuel schedule, placed (docs/science.md §7)
 *
 * Intakes come as runners take them (issue 16): cups at stations, at the station's own
 * drink strength; sips from a carried bottle; gels always with water. Every intake is
 * checked against the rails over every 60-minute window that holds it before it is
 * placed (fits()), so the schedule never breaks a rail anywhere.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-fuel"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pf-aid-stations.h"
#include "pf-fuel-private.h"
#include "pf-quantity.h"
#include "pf-plan.h"
#include "pf-sweat.h"

/* Drink every quarter of an hour from a carried bottle (Wilson 2015 ran 500–600 mL/h), in
 * sips of 100–200 mL (PF_SIP_*_ML) rounded to 50 mL; and ask for a bottle when the
 * stations leave longer than this without a drink. */
#define BOTTLE_INTERVAL_S   (15 * 60.0)
#define SIP_STEP_ML         50.0
#define MAX_DRY_S           (45 * 60.0)
/* A gel with at least this much water of its own is isotonic: it needs no cup. */
#define ISOTONIC_GEL_ML     50.0
/* Gels ≥ 20 min apart, each taken when its carbohydrate is due 10 min ahead; salt
 * capsules ≥ 30 min apart. */
#define GEL_SPACING_S       (20 * 60.0)
#define GEL_LEAD_S          (10 * 60.0)
#define CAPSULE_SPACING_S   (30 * 60.0)

typedef struct
{
  double      elapsed_s;
  double      distance_m;
  const char *name;      /* NULL: from the carried bottle */
  PfOffers    offers;    /* at a station: what it offers */
} Opportunity;

static int
compare_opportunities (gconstpointer a,
                       gconstpointer b)
{
  const Opportunity *x = a, *y = b;

  return (x->elapsed_s > y->elapsed_s) - (x->elapsed_s < y->elapsed_s);
}

/* The longest stretch without a drink at hand, from the start to the last moment the
 * schedule drinks; @list holds the stations, by time. */
static double
longest_dry_stretch (const GArray *list,
                     double        finish_s)
{
  double last = 0.0, longest = 0.0, end = MAX (0.0, finish_s - LAST_INTAKE_S);

  for (guint i = 0; i < list->len; i++)
    {
      const Opportunity *o = &g_array_index (list, Opportunity, i);

      if (!(o->offers & (PF_OFFERS_WATER | PF_OFFERS_SPORTS)))
        continue;
      longest = MAX (longest, o->elapsed_s - last);
      last = o->elapsed_s;
    }

  return MAX (longest, end - last);
}

/* Where a drink is at hand: the aid stations, and every quarter hour from a bottle — one
 * the runner carries, or one the schedule asks for when the stations leave a stretch of
 * more than MAX_DRY_S dry (so that adding a first station never takes water away). */
static GArray *
opportunities (const PfCourse     *course,
               const PfPacing     *pacing,
               const PfPlanInputs *inputs,
               double              finish_s,
               gboolean           *bottle,
               double             *dry_s)
{
  GArray *list = g_array_new (FALSE, FALSE, sizeof (Opportunity));
  g_autoptr(GArray) stations = pf_aid_stations_list (course, inputs, FALSE);

  /* The stations the plan uses: a station that offers nothing is one the runner removed. */
  for (guint i = 0; i < stations->len; i++)
    {
      const PfAidStation *aid = &g_array_index (stations, PfAidStation, i);
      Opportunity o = { pf_pacing_elapsed_at (pacing, aid->distance_m), aid->distance_m, aid->name,
                        aid->offers };

      g_array_append_val (list, o);
    }
  g_array_sort (list, compare_opportunities);

  *dry_s = longest_dry_stretch (list, finish_s);
  *bottle = inputs->fuel.carry_bottle_ml > 0.0 || *dry_s > MAX_DRY_S;
  if (*bottle)
    {
      /* Sips spread evenly over each stretch between drinks (the start, every station with
       * something to drink, the last intake), at most BOTTLE_INTERVAL_S apart. Sips on a
       * clock of their own fall a few minutes from a station and crowd its 60-minute
       * window, so that its cups no longer fit; even spacing lets every drink be sized to
       * the rate. */
      guint n_stations = list->len;
      double from = 0.0, end = finish_s - LAST_INTAKE_S;

      for (guint i = 0; i <= n_stations; i++)
        {
          const Opportunity *o = i < n_stations ? &g_array_index (list, Opportunity, i) : NULL;
          double to = o != NULL ? MIN (o->elapsed_s, end) : end;
          guint n;

          if (o != NULL && !(o->offers & (PF_OFFERS_WATER | PF_OFFERS_SPORTS)))
            continue;
          n = (guint) ceil ((to - from) / BOTTLE_INTERVAL_S - 1e-9);
          for (guint k = 1; k < n + (o == NULL); k++)
            {
              double t = from + k * (to - from) / n;
              Opportunity sip = { t, pf_pacing_distance_at (pacing, t), NULL, 0 };

              g_array_append_val (list, sip);
            }
          from = MAX (from, to);
        }
      g_array_sort (list, compare_opportunities);
    }

  return list;
}

/* The running totals the schedule chases: what the hours before each hour ask for, so
 * that the total up to any moment costs one look-up, not a walk over every hour (a
 * multi-day race has thousands, and each of its intakes asks several times). */
typedef struct
{
  double *fluid_l;        /* [h]: the targets of hours 0 … h − 1; len + 1 entries */
  double *carbs_g;
  double *sodium_lost_mg;
} HourTotals;

static void
hour_totals_init (HourTotals   *totals,
                  const PfFuel *fuel)
{
  guint n = fuel->hours->len;

  totals->fluid_l = g_new0 (double, n + 1);
  totals->carbs_g = g_new0 (double, n + 1);
  totals->sodium_lost_mg = g_new0 (double, n + 1);
  for (guint h = 0; h < n; h++)
    {
      const PfFuelHour *hour = &g_array_index (fuel->hours, PfFuelHour, h);

      totals->fluid_l[h + 1] = totals->fluid_l[h] + hour->fluid_target_l;
      totals->carbs_g[h + 1] = totals->carbs_g[h] + hour->carbs_target_g;
      totals->sodium_lost_mg[h + 1] = totals->sodium_lost_mg[h] + hour->sodium_lost_mg;
    }
}

static void
hour_totals_clear (HourTotals *totals)
{
  g_clear_pointer (&totals->fluid_l, g_free);
  g_clear_pointer (&totals->carbs_g, g_free);
  g_clear_pointer (&totals->sodium_lost_mg, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (HourTotals, hour_totals_clear)

/* The total of @before (one of @totals' arrays) up to @t, linear within an hour. */
static double
total_until (const PfFuel *fuel,
             const double *before,
             double        t)
{
  guint n = fuel->hours->len, h;
  const PfFuelHour *hour;
  double span;

  if (n == 0 || t <= 0.0)
    return 0.0;
  h = (guint) MIN (floor (t / HOUR_S), n - 1.0);
  hour = &g_array_index (fuel->hours, PfFuelHour, h);
  span = hour->end_s - hour->start_s;
  if (t >= hour->end_s || span <= 0.0)
    return before[h + 1];
  return before[h] + (before[h + 1] - before[h]) * CLAMP ((t - hour->start_s) / span, 0.0, 1.0);
}

static void
add_item (PfIntake        *intake,
          const PfProduct *product)
{
  for (guint i = 0; i < intake->n_items; i++)
    {
      if (intake->items[i].product == product)
        {
          intake->items[i].servings++;
          goto counted;
        }
    }
  g_return_if_fail (intake->n_items < PF_INTAKE_MAX_ITEMS);
  intake->items[intake->n_items].product = product;
  intake->items[intake->n_items].servings = 1;
  intake->n_items++;

counted:
  intake->fluid_ml += product->volume_ml;
  intake->sodium_mg += product->sodium_mg;
  intake->carbs_g += product->carbs_g;
  intake->glucose_g += product->glucose_g;
  intake->fructose_g += product->fructose_g;
}

/* The amounts one intake adds, before it is placed. */
typedef struct
{
  double fluid_ml;
  double carbs_g;
  double glucose_g;
} Amounts;

/* Whether @more at @t keeps every rail: each clock hour inside its own fluid rail and the
 * carbohydrate and glucose rates; every window of pf_fuel_window_s() that holds @t inside
 * the ceiling, the sweat of the window, the carbohydrate limit and the glucose rail; and
 * the running total of carbohydrate no more than one serving ahead of the rates. The
 * intakes already placed all lie at or before @t, so the windows that hold @t are those
 * starting in (t − W, t]; their sums only fall as the start moves on, and the sweat rail
 * can only bind at an intake or an hour's edge. */
static gboolean
fits (const PfFuel       *fuel,
      const PfPlanInputs *inputs,
      const double       *rail,
      double              t,
      double              taken_carbs,
      double              taken_glucose,
      double              serving,
      Amounts             more)
{
  const GArray *schedule = fuel->schedule;
  guint h = MIN ((guint) (t / HOUR_S), fuel->hours->len - 1);
  const PfFuelHour *hour = &g_array_index (fuel->hours, PfFuelHour, h);
  double w = pf_fuel_window_s (fuel), finish = g_array_index (fuel->hours, PfFuelHour,
                                                               fuel->hours->len - 1).end_s;
  /* Windows are half-open, [s, s + 60 min): a drink 60 minutes after another (to the
   * millisecond) is in the next one. */
  double lo = MAX (0.0, t - w + 1e-3), hi = MIN (t, finish - w);
  double carbs = more.carbs_g, glucose = more.glucose_g, fluid = more.fluid_ml / 1000.0;
  double hours = t / HOUR_S, scale = w / HOUR_S;
  double starts[2 + 2 * 48];
  guint n_starts = 0;

  if (more.carbs_g > 1e-9
      && (hour->carbs_g + more.carbs_g > fuel->carbs_limit_g_per_h + 1e-9
          || hour->glucose_g + more.glucose_g > PF_GLUCOSE_MAX_G_PER_H + 1e-9
          || taken_carbs + more.carbs_g > fuel->carbs_limit_g_per_h * hours + serving + 1e-9
          || taken_glucose + more.glucose_g
               > PF_GLUCOSE_MAX_G_PER_H * hours + serving + 1e-9))
    return FALSE;
  if (fluid > 1e-9 && hour->fluid_l + fluid > rail[h] + 1e-9)
    return FALSE;

  /* Carbohydrate and glucose: the earliest window holding @t holds the most. */
  for (guint i = schedule->len; i-- > 0;)
    {
      const PfIntake *intake = &g_array_index (schedule, PfIntake, i);

      if (intake->elapsed_s < lo)
        break;
      carbs += intake->carbs_g;
      glucose += intake->glucose_g;
    }
  if (more.carbs_g > 1e-9
      && (carbs > fuel->carbs_limit_g_per_h * scale + 1e-9
          || glucose > PF_GLUCOSE_MAX_G_PER_H * scale + 1e-9))
    return FALSE;
  if (fluid <= 1e-9)
    return TRUE;

  /* Fluid: against the ceiling and the window's own sweat. */
  if (hi < lo)
    hi = lo = MAX (0.0, finish - w);
  starts[n_starts++] = lo;
  starts[n_starts++] = hi;
  for (guint i = schedule->len; i-- > 0 && n_starts < G_N_ELEMENTS (starts);)
    {
      double at = g_array_index (schedule, PfIntake, i).elapsed_s;

      if (at < lo)
        break;
      if (at <= hi)
        starts[n_starts++] = at;
    }
  /* Only the hour edges near the windows: k·1 h in [lo, hi] or k·1 h − w in [lo, hi]. */
  for (guint k = (guint) floor (lo / HOUR_S);
       k <= fuel->hours->len && k * HOUR_S <= hi + w && n_starts + 2 <= G_N_ELEMENTS (starts);
       k++)
    {
      if (k * HOUR_S >= lo && k * HOUR_S <= hi)
        starts[n_starts++] = k * HOUR_S;
      if (k * HOUR_S - w >= lo && k * HOUR_S - w <= hi)
        starts[n_starts++] = k * HOUR_S - w;
    }
  for (guint k = 0; k < n_starts; k++)
    {
      double s = starts[k], sum = fluid;
      double limit = MIN (inputs->fuel.fluid_ceiling_l_per_h * scale,
                          pf_fuel_sweat_between (fuel, s, s + w));

      for (guint i = schedule->len; i-- > 0;)
        {
          const PfIntake *intake = &g_array_index (schedule, PfIntake, i);

          if (intake->elapsed_s < s)
            break;
          sum += intake->fluid_ml / 1000.0;
        }
      if (sum > limit + 1e-9)
        return FALSE;
    }

  return TRUE;
}

/* Fill @intake with @cups of station fluid, @drink_cups of them the station's drink. */
static void
pour_cups (PfIntake        *intake,
           const PfProduct *station_drink,
           guint            water_cups,
           guint            drink_cups)
{
  double drink_ml = drink_cups * PF_CUP_ML;

  intake->water_cups = water_cups;
  intake->drink_cups = drink_cups;
  intake->fluid_ml = (water_cups + drink_cups) * PF_CUP_ML;
  intake->water_ml = water_cups * PF_CUP_ML;
  intake->sodium_mg = drink_ml * station_drink->sodium_mg;
  intake->carbs_g = drink_ml * station_drink->carbs_g;
  intake->glucose_g = drink_ml * station_drink->glucose_g;
  intake->fructose_g = drink_ml * station_drink->fructose_g;
}

/* Fill @intake with @ml from the runner's bottle, @drink_ml of it the plan's mix. */
static void
pour_bottle (PfIntake      *intake,
             const PfDrink *drink,
             double         ml,
             double         drink_ml)
{
  intake->water_cups = intake->drink_cups = 0;
  intake->fluid_ml = ml;
  intake->water_ml = ml - drink_ml;
  intake->sodium_mg = drink_ml * drink->sodium_g_per_l;
  intake->carbs_g = drink_ml / 1000.0 * drink->carbs_g_per_l;
  intake->glucose_g = drink_ml / 1000.0 * drink->glucose_g_per_l;
  intake->fructose_g = drink_ml / 1000.0 * drink->fructose_g_per_l;
}

static Amounts
amounts_of (const PfIntake  *intake,
            const PfProduct *gel)
{
  Amounts a = { intake->fluid_ml, intake->carbs_g, intake->glucose_g };

  if (gel != NULL)
    {
      a.fluid_ml += gel->volume_ml;
      a.carbs_g += gel->carbs_g;
      a.glucose_g += gel->glucose_g;
    }

  return a;
}

/* A gel that brings its own water (an isotonic one) needs no cup. */
static gboolean
needs_water (const PfProduct *product)
{
  return product->volume_ml < ISOTONIC_GEL_ML;
}

void
_pf_fuel_build_schedule (PfFuel             *fuel,
                         const PfCourse     *course,
                         const PfPacing     *pacing,
                         const PfPlanInputs *inputs,
                         double              finish_s)
{
  const PfRunner *runner = &inputs->runner;
  const PfDrink *drink = &fuel->drink;
  const PfProduct *sd = fuel->station_drink;
  g_autoptr(GArray) list = NULL;
  g_autofree double *rail = g_new0 (double, fuel->hours->len);
  g_auto(HourTotals) totals = { 0 };
  gboolean bottle, extra_sodium;
  double fluid_in = 0.0, carbs_in = 0.0, glucose_in = 0.0, sodium_in = 0.0, sodium_lost;
  double last_gel = -G_MAXDOUBLE, last_capsule = -G_MAXDOUBLE, serving, dry;
  /* What is left in the bottle: it starts full, is refilled at every station with
   * something to drink, and no sip is asked of it that it no longer holds. */
  double bottle_left = drink->bottle_ml, dry_bottle_m = -1.0;

  extra_sodium = (pf_sweat_sodium_is_salty (runner->sweat_sodium_mg_per_l) || runner->cramp_prone)
                 && finish_s > 2 * HOUR_S;

  for (guint h = 0; h < fuel->hours->len; h++)
    {
      const PfFuelHour *hour = &g_array_index (fuel->hours, PfFuelHour, h);

      rail[h] = MIN (hour->sweat_l, inputs->fuel.fluid_ceiling_l_per_h
                                    * (hour->end_s - hour->start_s) / HOUR_S);
    }

  hour_totals_init (&totals, fuel);

  /* How far ahead of the rates the running total may get: one gel. */
  serving = fuel->gel != NULL ? fuel->gel->carbs_g : 0.0;

  list = opportunities (course, pacing, inputs, finish_s, &bottle, &dry);
  fuel->bottle = bottle;
  if (bottle && inputs->fuel.carry_bottle_ml <= 0.0)
    {
      if (pf_course_get_n_aid_stations (course) + inputs->fuel.extra_aid_m->len == 0)
        _pf_fuel_add_note (fuel, _("The course marks no aid stations: carry a bottle, refill where you can, or add the stations you know of."));
      else
        _pf_fuel_add_note (fuel, _("The aid stations leave up to %.0f minutes without a drink: carry a bottle or soft flask and refill it at the stations."),
                  dry / 60.0);
    }

  for (guint i = 0; i < list->len; i++)
    {
      const Opportunity *o = &g_array_index (list, Opportunity, i);
      guint h = MIN ((guint) (o->elapsed_s / HOUR_S), fuel->hours->len - 1);
      PfFuelHour *hour = &g_array_index (fuel->hours, PfFuelHour, h);
      gboolean station = o->name != NULL;
      gboolean has_water = !station || (o->offers & PF_OFFERS_WATER);
      gboolean has_drink = station && (o->offers & PF_OFFERS_SPORTS);
      double wanted_ml, due, ml = 0.0;
      guint cups = 0;
      gboolean gel = FALSE;
      PfIntake intake = { 0 };

      if (o->elapsed_s <= 0.0 || o->elapsed_s >= finish_s)
        continue;
      if (station && !has_water && !has_drink)
        {
          /* Gels or food only: nothing to take them with here. */
          continue;
        }

      intake.elapsed_s = o->elapsed_s;
      intake.distance_m = o->distance_m;
      if (station)
        bottle_left = drink->bottle_ml;

      /* Fluid for what the targets have asked for up to here, in whole cups or sips of
       * 100–200 mL: drinking ahead (for the stretch to come) crowds the 60-minute windows,
       * so that a later station's cups no longer fit and the race drinks less in all. */
      wanted_ml = (total_until (fuel, totals.fluid_l, o->elapsed_s) - fluid_in) * 1000.0;
      if (station)
        cups = (guint) CLAMP (floor (wanted_ml / PF_CUP_ML + 0.5), 0.0, PF_CUPS_MAX);
      else if (wanted_ml >= PF_SIP_MIN_ML * 0.75)
        ml = CLAMP (floor (wanted_ml / SIP_STEP_ML + 0.5) * SIP_STEP_ML, PF_SIP_MIN_ML,
                    PF_SIP_MAX_ML);
      if (!station && ml > bottle_left)
        {
          /* The bottle holds less than the sip: what is left, if it makes a sip at all. */
          if (dry_bottle_m < 0.0)
            dry_bottle_m = o->distance_m;
          ml = floor (bottle_left / SIP_STEP_ML) * SIP_STEP_ML;
          if (ml < PF_SIP_MIN_ML)
            ml = 0.0;
        }

      /* A gel when enough carbohydrate is due, looking ten minutes ahead (a gel takes a
       * while to empty from the stomach) — and always with water. */
      due = total_until (fuel, totals.carbs_g, MIN (o->elapsed_s + GEL_LEAD_S, finish_s)) - carbs_in;
      if (fuel->gel != NULL && fuel->carbs_target_g_per_h > 0.0
          && o->elapsed_s >= FIRST_CARBS_S && o->elapsed_s - last_gel >= GEL_SPACING_S
          && o->elapsed_s <= finish_s - LAST_INTAKE_S && due >= 0.5 * fuel->gel->carbs_g)
        {
          PfIntake with = { 0 };

          if (needs_water (fuel->gel))
            {
              if (station && has_water)
                pour_cups (&with, sd, 1, 0);
              else if (station)
                pour_cups (&with, sd, 0, 1);
              else if (bottle_left >= PF_SIP_MIN_ML)
                pour_bottle (&with, drink, PF_SIP_MIN_ML, 0.0);
            }
          gel = fits (fuel, inputs, rail, o->elapsed_s, carbs_in, glucose_in, serving,
                      amounts_of (&with, fuel->gel))
                && (station || !needs_water (fuel->gel) || bottle_left >= PF_SIP_MIN_ML);
          if (gel && needs_water (fuel->gel))
            {
              cups = MAX (cups, 1);
              ml = station ? 0.0 : MAX (ml, PF_SIP_MIN_ML);
            }
          if (gel)
            due -= fuel->gel->carbs_g;
        }

      /* The fluid itself: the station's drink while carbohydrate is due (its own strength),
       * else its water; the runner's mix from the bottle. Fewer cups or a smaller sip while
       * a rail would break. */
      if (station)
        {
          for (;; cups--)
            {
              guint drink_cups = 0;
              gboolean ok = FALSE;

              if (has_drink)
                {
                  double cup_carbs = PF_CUP_ML * sd->carbs_g;

                  drink_cups = !has_water ? cups
                               : cup_carbs > 0.0 ? (guint) CLAMP (floor (due / cup_carbs + 0.5),
                                                                  0.0, cups)
                               : cups;
                }
              for (;; drink_cups--)
                {
                  pour_cups (&intake, sd, cups - drink_cups, drink_cups);
                  ok = fits (fuel, inputs, rail, o->elapsed_s, carbs_in, glucose_in, serving,
                             amounts_of (&intake, gel ? fuel->gel : NULL));
                  if (ok || drink_cups == 0 || !has_water)
                    break;
                }
              if (ok || cups == 0)
                break;
            }
          if (cups == 0 || !fits (fuel, inputs, rail, o->elapsed_s, carbs_in, glucose_in,
                                  serving, amounts_of (&intake, gel ? fuel->gel : NULL)))
            pour_cups (&intake, sd, 0, 0);
        }
      else
        {
          for (; ml >= PF_SIP_MIN_ML; ml -= SIP_STEP_ML)
            {
              double drink_ml = ml;
              gboolean ok = FALSE;

              /* As much of the mix as the carbohydrate due calls for, so that it leaves
               * room for the next gel; the rest of the sip is water. */
              if (drink->carbs_g_per_l > 0.0)
                drink_ml = CLAMP (ceil (MAX (due, 0.0) / drink->carbs_g_per_l * 100.0) * 10.0,
                                  0.0, ml);
              /* The mix's carbohydrate stays inside the rails too: when it would not, the
               * rest of the sip is plain water (the mix's strength is chosen so that this
               * seldom happens). */
              for (; drink_ml >= 0.0; drink_ml -= 10.0)
                {
                  pour_bottle (&intake, drink, ml, drink_ml);
                  ok = fits (fuel, inputs, rail, o->elapsed_s, carbs_in, glucose_in, serving,
                             amounts_of (&intake, gel ? fuel->gel : NULL));
                  if (ok)
                    break;
                }
              if (ok)
                break;
            }
          if (ml < PF_SIP_MIN_ML)
            pour_bottle (&intake, drink, 0.0, 0.0);
        }

      /* No gel without water to take it with. */
      if (gel && needs_water (fuel->gel) && intake.fluid_ml <= 0.0)
        gel = FALSE;
      if (gel && !fits (fuel, inputs, rail, o->elapsed_s, carbs_in, glucose_in, serving,
                        amounts_of (&intake, fuel->gel)))
        gel = FALSE;
      if (gel)
        {
          add_item (&intake, fuel->gel);
          last_gel = o->elapsed_s;
          /* Gels a station hands out need not be carried from the start. */
          if (!(station && (o->offers & PF_OFFERS_GELS)))
            fuel->gels_to_carry++;
        }

      /* Salty sweaters and crampers in long races: capsules toward half the sodium lost,
       * with a drink. */
      sodium_lost = total_until (fuel, totals.sodium_lost_mg, o->elapsed_s);
      if (extra_sodium && intake.fluid_ml > 0.0 && o->elapsed_s - last_capsule >= CAPSULE_SPACING_S
          && sodium_lost / 2.0 - sodium_in - intake.sodium_mg >= 200.0
          && intake.n_items < PF_INTAKE_MAX_ITEMS)
        {
          add_item (&intake, fuel->salt);
          last_capsule = o->elapsed_s;
          fuel->capsules_to_carry++;
        }

      if (intake.fluid_ml <= 0.0 && intake.n_items == 0)
        continue;

      intake.source = intake.drink_cups > 0 ? PF_INTAKE_STATION_DRINK
                      : intake.water_cups > 0 ? PF_INTAKE_STATION_WATER
                      : !station && intake.fluid_ml > 0.0 ? PF_INTAKE_OWN_BOTTLE
                      : PF_INTAKE_CARRIED;
      intake.where = !station ? NULL
                     : g_strdup (o->name[0] != '\0' ? o->name : _("Aid station"));
      if (!station)
        bottle_left -= intake.fluid_ml;
      hour->fluid_l += intake.fluid_ml / 1000.0;
      hour->sodium_mg += intake.sodium_mg;
      hour->carbs_g += intake.carbs_g;
      hour->glucose_g += intake.glucose_g;
      hour->fructose_g += intake.fructose_g;
      fluid_in += intake.fluid_ml / 1000.0;
      carbs_in += intake.carbs_g;
      glucose_in += intake.glucose_g;
      sodium_in += intake.sodium_mg;
      g_array_append_val (fuel->schedule, intake);
    }

  fuel->bottle_runs_dry = dry_bottle_m >= 0.0;
  if (dry_bottle_m >= 0.0)
    {
      g_autofree char *volume = pf_quantity (PF_QUANTITY_SMALL_VOLUME, drink->bottle_ml / 1000.0, 0);
      g_autofree char *where = pf_quantity (PF_QUANTITY_DISTANCE, dry_bottle_m, 1);

      _pf_fuel_add_note (fuel, _("From %s on, the %s bottle runs dry before the next place to refill it, so the schedule drinks less than the hour asks: carry a second flask or a bigger bottle, or add the places you can refill it."),
                         where, volume);
    }
}
