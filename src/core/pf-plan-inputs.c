/* pf-plan-inputs.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-plan-inputs"

#include "config.h"

#include <math.h>
#include <string.h>

#include "pf-duration.h"
#include "pf-plan-inputs.h"

/* A marathon at 4:00:00 starting at 08:00, 12 °C and 60 % relative humidity all morning:
 * what a runner who has not said anything yet most likely faces. */
void
pf_plan_inputs_init (PfPlanInputs *inputs)
{
  g_return_if_fail (inputs != NULL);

  memset (inputs, 0, sizeof *inputs);
  inputs->pace_mode = PF_PACE_MODE_GOAL;
  inputs->goal_time_s = 4 * 3600;
  inputs->races = g_array_new (FALSE, FALSE, sizeof (PfRaceResult));
  inputs->start_time = 8 * 3600;
  inputs->conditions.humidity_kind = PF_HUMIDITY_RELATIVE;
  inputs->conditions.humidity = 60.0;
  inputs->conditions.start_temp_c = 12.0;
  inputs->conditions.finish_temp_c = NAN;
  inputs->conditions.hours = g_array_new (FALSE, FALSE, sizeof (PfWeatherHour));
  inputs->grade_model = PF_GRADE_MODEL_DEFAULT;
  inputs->heat_model = PF_HEAT_MODEL_DEFAULT;
  inputs->strategy = PF_STRATEGY_EVEN_EFFORT;
  /* Per kilometre until the display units say otherwise (pf_plan_inputs_follow_split_unit). */
  inputs->split_unit = PF_SPLIT_KM;
  inputs->split_unit_chosen = FALSE;
  /* A runner of average build with the population's sweat (Baker 2016). */
  inputs->runner.mass_kg = 70.0;
  inputs->runner.height_cm = 175.0;
  inputs->runner.sweat_sodium_mg_per_l = PF_SWEAT_SODIUM_TYPICAL;
  inputs->runner.gut_max_g_per_h = 60.0;
  /* ACSM 2007 / Almond 2005: a practical ceiling against hyponatremia. */
  inputs->fuel.fluid_ceiling_l_per_h = 0.8;
  inputs->fuel.drink_mode = PF_DRINK_PLANNED;
  inputs->fuel.extra_aid_m = g_array_new (FALSE, FALSE, sizeof (double));
  inputs->fuel.drink_fructose_pct = NAN;
  inputs->fuel.products = pf_product_array_new ();
  inputs->fuel.aid_offers = pf_aid_offer_array_new ();
  inputs->training.goal_pace_km = NAN;
}

void
pf_aid_offer_clear (gpointer data)
{
  g_clear_pointer (&((PfAidOffer *) data)->name, g_free);
}

/* An array of PfAidOffer that frees their names. */
GArray *
pf_aid_offer_array_new (void)
{
  GArray *offers = g_array_new (FALSE, FALSE, sizeof (PfAidOffer));

  g_array_set_clear_func (offers, pf_aid_offer_clear);
  return offers;
}

void
pf_plan_inputs_clear (PfPlanInputs *inputs)
{
  g_return_if_fail (inputs != NULL);

  g_clear_pointer (&inputs->track, pf_track_unref);
  g_clear_pointer (&inputs->races, g_array_unref);
  g_clear_pointer (&inputs->conditions.hours, g_array_unref);
  g_clear_pointer (&inputs->conditions.forecast_source, g_free);
  g_clear_pointer (&inputs->fuel.extra_aid_m, g_array_unref);
  g_clear_pointer (&inputs->fuel.products, g_array_unref);
  g_clear_pointer (&inputs->fuel.aid_offers, g_array_unref);
}

void
pf_plan_inputs_copy (PfPlanInputs       *dest,
                     const PfPlanInputs *src)
{
  g_return_if_fail (dest != NULL);
  g_return_if_fail (src != NULL);

  if (dest == src)
    return;

  pf_plan_inputs_clear (dest);
  *dest = *src;
  if (dest->track != NULL)
    pf_track_ref (dest->track);
  dest->races = src->races != NULL ? g_array_copy (src->races)
                                   : g_array_new (FALSE, FALSE, sizeof (PfRaceResult));
  dest->conditions.hours = src->conditions.hours != NULL
                             ? g_array_copy (src->conditions.hours)
                             : g_array_new (FALSE, FALSE, sizeof (PfWeatherHour));
  dest->conditions.forecast_source = g_strdup (src->conditions.forecast_source);
  dest->fuel.extra_aid_m = src->fuel.extra_aid_m != NULL
                             ? g_array_copy (src->fuel.extra_aid_m)
                             : g_array_new (FALSE, FALSE, sizeof (double));
  /* Offers hold their names: copy them one by one, as the products below. */
  dest->fuel.aid_offers = pf_aid_offer_array_new ();
  for (guint i = 0; src->fuel.aid_offers != NULL && i < src->fuel.aid_offers->len; i++)
    {
      PfAidOffer copy = g_array_index (src->fuel.aid_offers, PfAidOffer, i);

      copy.name = g_strdup (copy.name);
      g_array_append_val (dest->fuel.aid_offers, copy);
    }
  /* Own products hold their strings: copy them one by one. */
  dest->fuel.products = pf_product_array_new ();
  for (guint i = 0; src->fuel.products != NULL && i < src->fuel.products->len; i++)
    {
      PfProduct copy;

      pf_product_copy (&copy, &g_array_index (src->fuel.products, PfProduct, i));
      g_array_append_val (dest->fuel.products, copy);
    }
}

void
pf_plan_inputs_set_track (PfPlanInputs *inputs,
                          PfTrack      *track)
{
  g_return_if_fail (inputs != NULL);

  if (track != NULL)
    pf_track_ref (track);
  g_clear_pointer (&inputs->track, pf_track_unref);
  inputs->track = track;
}

void
pf_plan_inputs_add_race (PfPlanInputs *inputs,
                         double        distance_m,
                         double        time_s)
{
  PfRaceResult race = { distance_m, time_s, 0 };

  g_return_if_fail (inputs != NULL);

  g_array_append_val (inputs->races, race);
}

/* The distance the plan is made on: the official distance when set, else the length of the
 * track as drawn (0 without a track). It is what pf_course_get_distance () says of the course
 * pf_plan_compute () cleans from these inputs, known without cleaning it, so a goal time typed
 * before the plan exists (or while it is being computed) reads the same as after. */
double
pf_plan_inputs_get_distance (const PfPlanInputs *inputs)
{
  g_return_val_if_fail (inputs != NULL, 0.0);

  if (inputs->official_distance_m > 0.0)
    return inputs->official_distance_m;
  return inputs->track != NULL ? pf_track_get_length (inputs->track) : 0.0;
}

/* The one way a goal time is read, in the app and in pacefuel-cli alike: as a race time for
 * the distance the plan is made on (pf_race_time_parse: "3:30" for a marathon is three and a
 * half hours, for a 1500 m three and a half minutes). */
gboolean
pf_plan_inputs_parse_goal (const PfPlanInputs *inputs,
                           const char         *text,
                           double             *seconds)
{
  g_return_val_if_fail (inputs != NULL, FALSE);
  g_return_val_if_fail (seconds != NULL, FALSE);

  return pf_race_time_parse (text, pf_plan_inputs_get_distance (inputs), seconds);
}

/* The one rule for which splits a plan shows, in the window and in pacefuel-cli alike: per
 * kilometre in metric, per mile in imperial (@units_split_unit, the display units' own), until
 * the runner picks a split unit themselves; then theirs, whatever the units. Splits at aid
 * stations are always someone's choice and never follow. Returns whether @inputs changed. */
gboolean
pf_plan_inputs_follow_split_unit (PfPlanInputs *inputs,
                                  PfSplitUnit   units_split_unit)
{
  g_return_val_if_fail (inputs != NULL, FALSE);
  g_return_val_if_fail (units_split_unit == PF_SPLIT_KM || units_split_unit == PF_SPLIT_MILE,
                        FALSE);

  if (inputs->split_unit_chosen || inputs->split_unit == PF_SPLIT_AID
      || inputs->split_unit == units_split_unit)
    return FALSE;

  inputs->split_unit = units_split_unit;
  return TRUE;
}

const char *
pf_strategy_to_string (PfStrategy strategy,
                       double     pct)
{
  char buffer[32];

  switch (strategy)
    {
    case PF_STRATEGY_EVEN_PACE:
      return "even-pace";
    case PF_STRATEGY_NEGATIVE:
      g_snprintf (buffer, sizeof buffer, "negative:%g", pct);
      return g_intern_string (buffer);
    case PF_STRATEGY_POSITIVE:
      g_snprintf (buffer, sizeof buffer, "positive:%g", pct);
      return g_intern_string (buffer);
    case PF_STRATEGY_EVEN_EFFORT:
    default:
      return "even-effort";
    }
}

/* "even-effort", "even-pace", "negative:PCT", "positive:PCT" with 0 < PCT ≤ 20. */
gboolean
pf_strategy_from_string (const char *text,
                         PfStrategy *strategy,
                         double     *pct)
{
  const char *colon;
  char *end = NULL;
  double value;

  if (g_strcmp0 (text, "even-effort") == 0 || g_strcmp0 (text, "even-pace") == 0)
    {
      *strategy = text[5] == 'e' ? PF_STRATEGY_EVEN_EFFORT : PF_STRATEGY_EVEN_PACE;
      *pct = 0.0;
      return TRUE;
    }

  if (text == NULL || (colon = strchr (text, ':')) == NULL)
    return FALSE;

  value = g_ascii_strtod (colon + 1, &end);
  if (end == colon + 1 || *end != '\0' || !isfinite (value) || value <= 0.0 || value > 20.0)
    return FALSE;

  if (strncmp (text, "negative:", 9) == 0)
    *strategy = PF_STRATEGY_NEGATIVE;
  else if (strncmp (text, "positive:", 9) == 0)
    *strategy = PF_STRATEGY_POSITIVE;
  else
    return FALSE;

  *pct = value;
  return TRUE;
}

/* Whether the runner's field test counts: switched on and filled in. A test switched on with
 * nothing typed yet (every value zero) changes nothing, rather than being refused. */
gboolean
pf_runner_has_sweat_test (const PfRunner *runner)
{
  g_return_val_if_fail (runner != NULL, FALSE);

  return runner->has_sweat_test && !pf_sweat_test_is_empty (&runner->sweat_test);
}
