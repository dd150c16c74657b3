/* pf-race-stops.c — race day stop by stop: the start, each aid station, what is taken
 * between them, the finish; what to drink and take at each, and the running totals
 *
 * The race sheet's table and the card read these, so both say the same thing. Every aid
 * station of the plan is a stop, even one where the schedule asks for nothing: the runner
 * passes it and looks for it on the sheet.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-report"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "core/pf-aid-stations.h"
#include "pf-intake-text.h"
#include "pf-race-sheet-private.h"

/* An intake the schedule places at a station lies at the station's distance; this only
 * absorbs rounding. */
#define SAME_PLACE_M 50.0

static void
clear_stop (gpointer data)
{
  RaceStop *stop = data;

  g_free (stop->name);
  g_free (stop->drink);
  g_free (stop->take);
  g_free (stop->card);
  g_free (stop->on_the_way);
  g_free (stop->on_the_way_short);
}

static void
append_text (char       **text,
             const char  *more,
             const char  *separator)
{
  char *joined;

  if (more == NULL || *more == '\0')
    return;
  joined = **text != '\0' ? g_strconcat (*text, separator, more, NULL) : g_strdup (more);
  g_free (*text);
  *text = joined;
}

/* "Energy gel", or "2 × Energy gel": a card's products. */
static void
append_card_product (GString         *text,
                     const PfProduct *product,
                     guint            servings)
{
  g_autofree char *name = pf_product_short_name (product);

  if (text->len > 0)
    g_string_append (text, ", ");
  if (servings > 1)
    g_string_append_printf (text, "%u × %s", servings, name);
  else
    g_string_append (text, name);
}

/* An intake as the card says it, in as few words as a runner reads at a glance: "2 water,
 * Energy gel", "1 water + 1 sports drink". */
static char *
card_words (const PfIntake *intake)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (intake->water_cups > 0)
    /* Translators: on the race card, cups of water at a station: "2 water" */
    g_string_append_printf (text, C_("race card", "%u water"), intake->water_cups);
  if (intake->drink_cups > 0)
    {
      if (text->len > 0)
        g_string_append (text, " + ");
      /* Translators: on the race card, cups of sports drink at a station: "1 sports drink" */
      g_string_append_printf (text, C_("race card", "%u sports drink"), intake->drink_cups);
    }
  if (pf_intake_cups (intake) == 0 && intake->fluid_ml >= 1.0)
    /* Translators: on the race card, a drink from the runner's own bottle */
    g_string_append (text, C_("race card", "sip"));
  for (guint i = 0; i < intake->n_items; i++)
    if (intake->items[i].product != NULL && intake->items[i].product->volume_ml != 1.0)
      append_card_product (text, intake->items[i].product, intake->items[i].servings);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static RaceStop *
add_stop (GArray   *stops,
          StopKind  kind,
          double    distance_m,
          double    elapsed_s)
{
  RaceStop stop = { .kind = kind, .distance_m = distance_m, .elapsed_s = elapsed_s };

  stop.drink = g_strdup ("");
  stop.take = g_strdup ("");
  stop.card = g_strdup ("");
  stop.on_the_way = g_strdup ("");
  stop.on_the_way_short = g_strdup ("");
  g_array_append_val (stops, stop);
  return &g_array_index (stops, RaceStop, stops->len - 1);
}

/* What the runner drinks from the bottle after @from_m and before @to_m. */
static double
bottle_between (const GArray *schedule,
                double        from_m,
                double        to_m)
{
  double ml = 0.0;

  for (guint k = 0; k < schedule->len; k++)
    {
      const PfIntake *intake = &g_array_index (schedule, PfIntake, k);

      if (intake->source == PF_INTAKE_OWN_BOTTLE && intake->distance_m > from_m
          && intake->distance_m < to_m)
        ml += intake->fluid_ml;
    }
  return ml;
}

/* Where the bottle runs short: it starts full, and at a station it is refilled when what is
 * left will not last to the next station. */
static void
mark_refills (GArray       *stops,
              const PfFuel *fuel)
{
  double left = fuel->drink.bottle_ml, previous_m = -1.0;

  for (guint i = 0; i < stops->len; i++)
    {
      RaceStop *stop = &g_array_index (stops, RaceStop, i);
      double next_m = G_MAXDOUBLE, need;

      if (stop->kind != STOP_STATION)
        continue;
      for (guint j = i + 1; j < stops->len && next_m == G_MAXDOUBLE; j++)
        if (g_array_index (stops, RaceStop, j).kind == STOP_STATION)
          next_m = g_array_index (stops, RaceStop, j).distance_m;

      left -= bottle_between (fuel->schedule, previous_m, stop->distance_m - SAME_PLACE_M);
      need = bottle_between (fuel->schedule, stop->distance_m + SAME_PLACE_M,
                             next_m - SAME_PLACE_M);
      if (need > 0.0 && left < need)
        {
          stop->refill = TRUE;
          left = fuel->drink.bottle_ml;
        }
      previous_m = stop->distance_m + SAME_PLACE_M;
    }
}

/* What is taken between two stations, summed, for a sheet short of room: the sips from the
 * bottle and the products, each counted once. */
typedef struct
{
  guint     n_sips;
  double    sip_ml;
  double    first_s;       /* the first intake's time; < 0: nothing pending */
  double    last_s;
  double    last_m;
  PfServing items[2 * PF_INTAKE_MAX_ITEMS];
  guint     n_items;
} Pending;

#define PENDING_NONE { .first_s = -1.0 }
/* Summed on the way for at most this long: then a line of its own, so that an hour's sips on
 * a course without stations are not all said at the finish. */
#define PENDING_MAX_S 3600.0

static void
pending_add (Pending        *pending,
             const PfIntake *intake)
{
  if (pending->first_s < 0.0)
    pending->first_s = intake->elapsed_s;
  pending->last_s = intake->elapsed_s;
  pending->last_m = intake->distance_m;
  if (intake->fluid_ml >= 1.0)
    {
      pending->n_sips++;
      pending->sip_ml += intake->fluid_ml;
    }
  for (guint i = 0; i < intake->n_items; i++)
    {
      const PfServing *s = &intake->items[i];
      guint k;

      if (s->product == NULL || s->product->volume_ml == 1.0)
        continue;  /* a drink counted in millilitres is in the sips */
      for (k = 0; k < pending->n_items && pending->items[k].product != s->product; k++)
        ;
      if (k == pending->n_items && k < G_N_ELEMENTS (pending->items))
        pending->items[pending->n_items++] = (PfServing) { s->product, 0 };
      if (k < pending->n_items)
        pending->items[k].servings += s->servings;
    }
}

/* The sum as a drink and a take: "4 sips from your bottle, 800 mL in all", "2 × Energy gel";
 * @short_names: "4 sips", for the card. Products go by their short names: the full names
 * are in the sheet's list of what to carry. */
static void
pending_describe (const Pending  *pending,
                  PfUnitSystem    units,
                  gboolean        short_names,
                  char          **drink,
                  char          **take)
{
  g_autoptr(GString) items = g_string_new (NULL);

  if (pending->n_sips > 0 && short_names)
    /* Translators: on the race card, the sips from the bottle between two stations */
    *drink = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u sip", "%u sips", pending->n_sips),
                              pending->n_sips);
  else if (pending->n_sips > 0)
    {
      g_autofree char *volume = pf_format_quantity (units, PF_QUANTITY_SMALL_VOLUME,
                                                    pending->sip_ml / 1000.0, 0);

      /* Translators: on the race sheet, the sips between two stations and their volume */
      *drink = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u sip from your bottle, %s",
                                             "%u sips from your bottle, %s in all",
                                             pending->n_sips),
                                pending->n_sips, volume);
    }
  else
    *drink = g_strdup ("");
  for (guint k = 0; k < pending->n_items; k++)
    {
      g_autofree char *name = pf_product_short_name (pending->items[k].product);

      if (short_names)
        append_card_product (items, pending->items[k].product, pending->items[k].servings);
      else
        g_string_append_printf (items, "%s%u × %s", items->len > 0 ? ", " : "",
                                pending->items[k].servings, name);
    }
  *take = g_string_free (g_steal_pointer (&items), FALSE);
}

/* "on the way: 2 sips from your bottle, 400 mL in all, 1 × Energy gel" */
static char *
pending_text (const Pending *pending,
              PfUnitSystem   units,
              gboolean       short_names)
{
  g_autofree char *drink = NULL;
  g_autofree char *take = NULL;

  pending_describe (pending, units, short_names, &drink, &take);
  if (short_names)
    /* Translators: on the race card, what to take before reaching this station,
     * "before: 3 sips, Energy gel" */
    return g_strdup_printf (C_("race card", "before: %s%s%s"), drink,
                            *drink != '\0' && *take != '\0' ? ", " : "", take);
  /* Translators: on the race sheet, what to take before reaching this stop,
   * "on the way: 2 sips from your bottle, 400 mL in all, 1 × Energy gel" */
  return g_strdup_printf (C_("race sheet", "on the way: %s%s%s"), drink,
                          *drink != '\0' && *take != '\0' ? ", " : "", take);
}

/* Says what is pending at @stop, a station or the finish, and empties it. */
static void
pending_fold_into (Pending      *pending,
                   RaceStop     *stop,
                   PfUnitSystem  units)
{
  if (pending->first_s < 0.0)
    return;
  g_free (stop->on_the_way);
  g_free (stop->on_the_way_short);
  stop->on_the_way = pending_text (pending, units, FALSE);
  stop->on_the_way_short = pending_text (pending, units, TRUE);
  *pending = (Pending) PENDING_NONE;
}

/**
 * _pf_race_stops_new:
 * @fold: whether each intake on the way is a line of its own (%PF_STOPS_EACH), or what is
 *   taken between two stations is summed and said at the station after it — with a line of
 *   its own each hour (%PF_STOPS_FOLD_HOURLY, a sheet short of room), or only where there is
 *   no station at all (%PF_STOPS_FOLD, the card)
 *
 * Returns: (transfer full): the stops, by distance.
 */
GArray *
_pf_race_stops_new (const PfPlan *plan,
                    PfUnitSystem  units,
                    StopsFold     fold)
{
  const PfFuel *fuel = pf_plan_get_fuel (plan);
  const GArray *stations = pf_plan_get_aid_stations (plan);
  PfDrinkMode mode = pf_plan_get_inputs (plan)->fuel.drink_mode;
  double distance = pf_course_get_distance (pf_plan_get_course (plan));
  GArray *stops = g_array_new (FALSE, TRUE, sizeof (RaceStop));
  double carbs = 0.0, fluid = 0.0;
  guint next_station = 0, next_intake = 0;
  Pending pending = PENDING_NONE;
  RaceStop *finish;

  g_array_set_clear_func (stops, clear_stop);
  add_stop (stops, STOP_START, 0.0, 0.0);

  /* Walk the stations and the intakes together, by distance. */
  while (next_station < stations->len || next_intake < fuel->schedule->len)
    {
      const PfAidStation *station = next_station < stations->len
                                    ? &g_array_index (stations, PfAidStation, next_station)
                                    : NULL;
      const PfIntake *intake = next_intake < fuel->schedule->len
                               ? &g_array_index (fuel->schedule, PfIntake, next_intake)
                               : NULL;
      RaceStop *stop;

      if (station != NULL && station->distance_m >= distance)
        {
          next_station = stations->len;
          continue;
        }

      if (station != NULL
          && (intake == NULL || station->distance_m <= intake->distance_m + SAME_PLACE_M))
        {
          stop = add_stop (stops, STOP_STATION, station->distance_m,
                           pf_plan_elapsed_at (plan, station->distance_m));
          stop->number = next_station + 1;
          stop->name = g_strdup (station->name);
          next_station++;
          /* What the schedule gives here. */
          while (next_intake < fuel->schedule->len
                 && fabs (g_array_index (fuel->schedule, PfIntake, next_intake).distance_m
                          - station->distance_m) < SAME_PLACE_M)
            {
              const PfIntake *here = &g_array_index (fuel->schedule, PfIntake, next_intake++);
              g_autofree char *drink = pf_intake_describe_drink (here, mode, units);
              g_autofree char *take = pf_intake_describe_take (here, TRUE);
              g_autofree char *card = card_words (here);

              append_text (&stop->drink, drink, " + ");
              append_text (&stop->take, take, ", ");
              append_text (&stop->card, card, ", ");
              carbs += here->carbs_g;
              fluid += here->fluid_ml / 1000.0;
            }
          pending_fold_into (&pending, stop, units);
        }
      else if (fold != PF_STOPS_EACH)
        {
          next_intake++;
          /* An hour's worth on the way is a line of its own, on the sheet, and on the card
           * where there is no station to say it at. */
          if (pending.first_s >= 0.0 && intake->elapsed_s - pending.first_s >= PENDING_MAX_S
              && (fold == PF_STOPS_FOLD_HOURLY || stations->len == 0))
            {
              g_autofree char *drink = NULL;
              g_autofree char *take = NULL;
              g_autofree char *drink_short = NULL;
              g_autofree char *card = NULL;

              stop = add_stop (stops, STOP_ON_THE_WAY, pending.last_m, pending.last_s);
              pending_describe (&pending, units, FALSE, &drink, &take);
              pending_describe (&pending, units, TRUE, &drink_short, &card);
              append_text (&stop->drink, drink, "");
              append_text (&stop->take, take, "");
              /* The card says the drink in short too. */
              append_text (&stop->card, drink_short, "");
              append_text (&stop->card, card, ", ");
              stop->carbs_g = carbs;
              stop->fluid_l = fluid;
              pending = (Pending) PENDING_NONE;
            }
          pending_add (&pending, intake);
          carbs += intake->carbs_g;
          fluid += intake->fluid_ml / 1000.0;
          continue;
        }
      else
        {
          g_autofree char *drink = pf_intake_describe_drink (intake, mode, units);
          g_autofree char *take = pf_intake_describe_take (intake, TRUE);
          g_autofree char *card = card_words (intake);

          next_intake++;
          carbs += intake->carbs_g;
          fluid += intake->fluid_ml / 1000.0;
          stop = add_stop (stops, STOP_ON_THE_WAY, intake->distance_m, intake->elapsed_s);
          append_text (&stop->drink, drink, " + ");
          append_text (&stop->take, take, ", ");
          append_text (&stop->card, card, ", ");
        }
      stop->carbs_g = carbs;
      stop->fluid_l = fluid;
    }

  finish = add_stop (stops, STOP_FINISH, distance, pf_plan_get_finish_time (plan));
  finish->carbs_g = carbs;
  finish->fluid_l = fluid;
  pending_fold_into (&pending, finish, units);

  if (fuel->bottle)
    mark_refills (stops, fuel);
  return stops;
}
