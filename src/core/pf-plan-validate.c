/* pf-plan-validate.c — which inputs a plan accepts: ranges, a goal a human could run, the
 * official distance and the weather hours
 *
 * Every value the window, the CLI or a plan file hands in passes pf_plan_inputs_validate
 * before anything is computed, and a refusal names its reason in the runner's words.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-plan"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pf-plan-private.h"
#include "pf-duration.h"
#include "pf-quantity.h"
#include "pf-records.h"

/* Limits: beyond them the models were never fitted, and the input is a typo. */
#define MIN_TEMP_C   -30.0
#define MAX_TEMP_C    50.0

gboolean
_pf_plan_invalid (GError    **error,
                  const char *format,
                  ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error_literal (error, PF_PLAN_ERROR, PF_PLAN_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
check_temperature (double       temp_c,
                   GError     **error)
{
  if (!isfinite (temp_c) || temp_c < MIN_TEMP_C || temp_c > MAX_TEMP_C)
    {
      g_autofree char *temp = pf_quantity (PF_QUANTITY_TEMPERATURE, temp_c, 0);
      g_autofree char *low = pf_quantity (PF_QUANTITY_TEMPERATURE, MIN_TEMP_C, 0);
      g_autofree char *high = pf_quantity (PF_QUANTITY_TEMPERATURE, MAX_TEMP_C, 0);

      /* Translators: every %s is a temperature, "45 °C" */
      return _pf_plan_invalid (error, _("a temperature of %s is outside %s…%s"), temp, low, high);
    }
  return TRUE;
}

static gboolean
check_humidity (PfHumidityKind kind,
                double         humidity,
                GError       **error)
{
  if (kind == PF_HUMIDITY_RELATIVE && (!isfinite (humidity) || humidity < 0.0 || humidity > 100.0))
    return _pf_plan_invalid (error,
                             _("a relative humidity of %.0f %% is outside 0…100 %%"), humidity);
  if (kind == PF_HUMIDITY_DEW_POINT)
    return check_temperature (humidity, error);
  return TRUE;
}

/* The values no field or option lets out of range but a plan file can hold — a document
 * edited by hand, or by something else: refused here too, so that every way in passes the
 * same checks (issue 19: an official distance of 1e300 took 24 GB). */
static gboolean
check_stored_ranges (const PfPlanInputs  *inputs,
                     GError             **error)
{
  const PfTraining *t = &inputs->training;

  if (inputs->official_distance_m > PF_PLAN_MAX_DISTANCE_M)
    {
      g_autofree char *high = pf_quantity (PF_QUANTITY_DISTANCE, PF_PLAN_MAX_DISTANCE_M, 0);

      /* Translators: %s is a distance, "10000 km" */
      return _pf_plan_invalid (error, _("the official distance must be at most %s"), high);
    }
  /* Kept while the plan predicts from races, and shown again when it goes back to a goal. */
  if (inputs->pace_mode != PF_PACE_MODE_GOAL
      && !(inputs->goal_time_s >= 0.0 && inputs->goal_time_s <= PF_PLAN_MAX_GOAL_S))
    return _pf_plan_invalid (error,
                             _("the goal time must be longer than zero and shorter than ten days"));
  if (!(inputs->strategy_pct >= 0.0 && inputs->strategy_pct <= 20.0))
    return _pf_plan_invalid (error, _("a split percentage must be above 0 and at most 20 %%"));
  if (!(t->weekly_km >= 0.0 && t->weekly_km <= PF_TRAINING_MAX_KM)
      || !(t->longest_run_km >= 0.0 && t->longest_run_km <= PF_TRAINING_MAX_KM)
      || (!isnan (t->goal_pace_km)
          && !(t->goal_pace_km >= 0.0 && t->goal_pace_km <= PF_TRAINING_MAX_KM)))
    {
      g_autofree char *high = pf_quantity (PF_QUANTITY_DISTANCE, PF_TRAINING_MAX_KM * 1000.0, 0);

      /* Translators: %s is a distance, "500 km" */
      return _pf_plan_invalid (error, _("training distances must be between 0 and %s"), high);
    }
  for (guint i = 0; inputs->fuel.aid_offers != NULL && i < inputs->fuel.aid_offers->len; i++)
    {
      if (!(g_array_index (inputs->fuel.aid_offers, PfAidOffer, i).distance_m
            <= 2.0 * PF_PLAN_MAX_DISTANCE_M))
        return _pf_plan_invalid (error,
                                 _("an aid station must lie on the course (a positive distance)"));
    }
  return TRUE;
}

/* One hour of the weather table: its temperature and humidity (of @kind) within the models'
 * ranges, its time within the years a plan may have. The forecast checks its hours with it
 * before they replace the typed ones, so that a refusal can say it came from the forecast. */
gboolean
pf_weather_hour_validate (const PfWeatherHour  *hour,
                          PfHumidityKind        kind,
                          GError              **error)
{
  g_return_val_if_fail (hour != NULL, FALSE);

  if (!check_temperature (hour->temp_c, error) || !check_humidity (kind, hour->humidity, error))
    return FALSE;
  if (hour->time < PF_START_TIME_MIN || hour->time >= PF_START_TIME_END)
    return _pf_plan_invalid (error, _("the hours of the weather table must be between the years "
                             "1900 and 9999"));
  return TRUE;
}

/* A distance as said in a message: to the metre when it is short, so that "3.5" reads as 3.5 m
 * rather than "0.0 km". */
static char *
distance_quantity (double metres)
{
  return pf_quantity (PF_QUANTITY_DISTANCE, metres, metres < 100.0 ? 4 : 1);
}

/* The official distance scales the course as drawn (pf_course_new); one less than a tenth or
 * more than ten times the track's length is not the same course measured better but a unit
 * mistake ("3.5" metres for 3.5 km), and would plan a 42 km course at 60000 min/km. Between
 * half and a tenth (or twice and ten times) the plan warns instead ("official-distance-far",
 * pf-warnings.c): a loop drawn once for a race run over it three times is planned wrong by
 * scaling, but it is what some runners have. Without a track (options checked before the file
 * is read) only the form is checked. */
gboolean
pf_plan_inputs_check_official_distance (const PfPlanInputs  *inputs,
                                        GError             **error)
{
  double official = inputs->official_distance_m, measured;

  if (!isfinite (official) || official < 0.0)
    return _pf_plan_invalid (error, _("the official distance must be a positive length"));
  measured = inputs->track != NULL ? pf_track_get_length (inputs->track) : 0.0;
  if (official > 0.0 && measured > 0.0
      && (official * PF_OFFICIAL_DISTANCE_REFUSED_RATIO < measured
          || official > PF_OFFICIAL_DISTANCE_REFUSED_RATIO * measured))
    {
      g_autofree char *said = distance_quantity (official);
      g_autofree char *drawn = distance_quantity (measured);

      if (official < measured)
        /* Translators: both %s are distances, "0.0035 km" and "42.2 km" */
        return _pf_plan_invalid (error, _("the official distance, %s, is less than a tenth of the "
                                 "course’s measured length (%s): is it in the right unit?"),
                        said, drawn);
      /* Translators: both %s are distances, "4219.5 km" and "42.2 km" */
      return _pf_plan_invalid (error, _("the official distance, %s, is more than ten times the "
                               "course’s measured length (%s): is it in the right unit?"),
                      said, drawn);
    }
  return TRUE;
}

/* A goal no human could run is a typing mistake, and planning it would print a plan as if it
 * were not (a marathon in 3 min 30 s from "--goal 210"): the goal must not beat the world
 * record for the distance (pf_record_fastest, the floor under every prediction too;
 * docs/science.md). A bare number is seconds (pf_duration_parse); when the same number as
 * minutes would be a goal a human can run, the message asks whether that was meant, rather
 * than guess. Without a distance (no track yet, no official distance) only the range is
 * checked. */
gboolean
pf_plan_inputs_check_goal (const PfPlanInputs  *inputs,
                           GError             **error)
{
  double goal = inputs->goal_time_s, distance, record;

  if (inputs->pace_mode != PF_PACE_MODE_GOAL)
    return TRUE;
  if (!isfinite (goal) || goal <= 0.0 || goal > PF_PLAN_MAX_GOAL_S)
    return _pf_plan_invalid (error,
                             _("the goal time must be longer than zero and shorter than ten days"));

  distance = pf_plan_inputs_get_distance (inputs);
  if (!(distance > 0.0) || !isfinite (distance))
    return TRUE;
  record = pf_record_fastest (distance);
  if (goal < record)
    {
      g_autofree char *typed = pf_duration_format (goal);
      g_autofree char *over = distance_quantity (distance);
      g_autofree char *best = pf_duration_format (record);

      if (goal * 60.0 >= record && goal * 60.0 <= distance / PF_SLOWEST_RACE_M_PER_S)
        {
          g_autofree char *minutes = pf_duration_format (goal * 60.0);

          /* Translators: a goal time ("3:30"), a distance ("42.2 km"), the world record's
           * time ("2:00:35") and the goal read as minutes ("3:30:00") */
          return _pf_plan_invalid (error,
                                   _("a goal of %s over %s is faster than the world record for "
                                   "that distance (%s); did you mean %s?"),
                          typed, over, best, minutes);
        }
      /* Translators: a goal time ("0:01"), a distance ("42.2 km") and the world record's
       * time ("2:00:35") */
      return _pf_plan_invalid (error,
                               _("a goal of %s over %s is faster than the world record for that "
                               "distance (%s)"), typed, over, best);
    }
  return TRUE;
}

/* The goal of pf_plan_inputs_init, for a marathon. */
#define DEFAULT_MARATHON_GOAL_S (4 * 3600.0)

/* A goal carried over to another course (the window keeps the runner's choices when a course
 * is opened) may be one no human could run there: 4:00:00 on a 330 km trail. Rather than
 * refuse to open the course, such a goal becomes the default one scaled to the course along
 * the world-record curve (4:00:00 for a marathon, about 25 minutes for 5 km), to the minute.
 * Returns whether the goal changed. */
gboolean
pf_plan_inputs_fit_goal (PfPlanInputs *inputs)
{
  double distance;

  g_return_val_if_fail (inputs != NULL, FALSE);

  if (inputs->pace_mode != PF_PACE_MODE_GOAL || pf_plan_inputs_check_goal (inputs, NULL))
    return FALSE;
  distance = pf_plan_inputs_get_distance (inputs);
  if (!(distance > 0.0) || !isfinite (distance))
    return FALSE;
  inputs->goal_time_s = MIN (round (DEFAULT_MARATHON_GOAL_S * pf_record_ratio (42195.0, distance)
                                    / 60.0) * 60.0, PF_PLAN_MAX_GOAL_S);
  return TRUE;
}

/* Every range the models need, each refused with a sentence that says which value. The
 * course itself is not looked at, only the track's length: options can be checked before a
 * file is read. */
gboolean
pf_plan_inputs_validate (const PfPlanInputs  *inputs,
                         GError             **error)
{
  const PfConditions *c = &inputs->conditions;

  if (!pf_athlete_check (&inputs->athlete, error) || !check_stored_ranges (inputs, error))
    return FALSE;

  if (!pf_plan_inputs_check_official_distance (inputs, error)
      || !pf_plan_inputs_check_goal (inputs, error))
    return FALSE;

  if (inputs->start_time < PF_START_TIME_MIN || inputs->start_time >= PF_START_TIME_END)
    return _pf_plan_invalid (error, _("the start must be between the years 1900 and 9999"));

  if (inputs->pace_mode == PF_PACE_MODE_EFFORT && inputs->races->len == 0)
    return _pf_plan_invalid (error, _("predicting the finish needs a recent race"));

  for (guint i = 0; i < inputs->races->len; i++)
    {
      const PfRaceResult *race = &g_array_index (inputs->races, PfRaceResult, i);

      if (!isfinite (race->distance_m) || race->distance_m < 400.0 || race->distance_m > 1.0e6)
        {
          g_autofree char *low = pf_quantity (PF_QUANTITY_DISTANCE, 400.0, 1);
          g_autofree char *high = pf_quantity (PF_QUANTITY_DISTANCE, 1.0e6, 0);

          /* Translators: both %s are distances, "0.4 km" and "1000 km" */
          return _pf_plan_invalid (error,
                                   _("a race distance must be between %s and %s"), low, high);
        }
      if (!isfinite (race->time_s) || race->time_s <= 0.0
          || race->distance_m / race->time_s > PF_FASTEST_RUN_M_PER_S)
        return _pf_plan_invalid (error,
                                 _("a race time must be positive and slower than the world records"));
      /* A result faster than the world record is a typing mistake, as a goal would be, and
       * every prediction scaled from it would be too. */
      if (race->time_s < pf_record_fastest (race->distance_m))
        {
          g_autofree char *typed = pf_duration_format (race->time_s);
          g_autofree char *over = distance_quantity (race->distance_m);
          g_autofree char *best = pf_duration_format (pf_record_fastest (race->distance_m));

          /* Translators: a race time ("11:00"), its distance ("6.0 km") and the world
           * record's time for it ("15:35") */
          return _pf_plan_invalid (error,
                                   _("a race of %s over %s is faster than the world record for "
                                   "that distance (%s)"), typed, over, best);
        }
      if (race->distance_m / race->time_s < PF_SLOWEST_RACE_M_PER_S)
        {
          g_autofree char *walk = pf_quantity (PF_QUANTITY_DISTANCE,
                                               PF_SLOWEST_RACE_M_PER_S * 3600.0, 1);

          /* Translators: %s is a distance walked in an hour, "1.8 km" */
          return _pf_plan_invalid (error,
                                   _("a race time must be faster than a walk at %s an hour"), walk);
        }
    }

  if (!isfinite (inputs->training.mean_pace_s_per_km)
      || (inputs->training.mean_pace_s_per_km != 0.0
          && (inputs->training.mean_pace_s_per_km < 150.0
              || inputs->training.mean_pace_s_per_km > 900.0)))
    {
      g_autofree char *low = pf_quantity (PF_QUANTITY_PACE, 150.0, 0);
      g_autofree char *high = pf_quantity (PF_QUANTITY_PACE, 900.0, 0);

      /* Translators: both %s are paces, "2:30 /km" and "15:00 /km" */
      return _pf_plan_invalid (error,
                               _("the average training pace must be between %s and %s"), low, high);
    }

  if (!check_temperature (c->start_temp_c, error))
    return FALSE;
  if (!isnan (c->finish_temp_c) && !check_temperature (c->finish_temp_c, error))
    return FALSE;
  if (!check_humidity (c->humidity_kind, c->humidity, error))
    return FALSE;
  for (guint i = 0; c->hours != NULL && i < c->hours->len; i++)
    {
      const PfWeatherHour *h = &g_array_index (c->hours, PfWeatherHour, i);

      if (!pf_weather_hour_validate (h, c->humidity_kind, error))
        return FALSE;
      if (i > 0 && h->time <= g_array_index (c->hours, PfWeatherHour, i - 1).time)
        return _pf_plan_invalid (error, _("the hours of the weather table must be in order"));
    }

  if ((inputs->strategy == PF_STRATEGY_NEGATIVE || inputs->strategy == PF_STRATEGY_POSITIVE)
      && (!(inputs->strategy_pct > 0.0) || inputs->strategy_pct > 20.0))
    return _pf_plan_invalid (error, _("a split percentage must be above 0 and at most 20 %%"));
  if (!isfinite (inputs->drift_pct) || inputs->drift_pct < 0.0 || inputs->drift_pct > 30.0)
    return _pf_plan_invalid (error, _("the late-race drift must be between 0 and 30 %%"));

  return pf_fuel_inputs_validate (inputs, error);
}
