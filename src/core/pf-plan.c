/* pf-plan.c — pf_plan_compute: inputs in, one immutable plan out
 *
 * course → pacing (timeline: clock time per segment, heat by the hour) → splits.
 * The plan is recomputed from scratch on every change and never patched in place, so every
 * view, printout and export agrees with every other. The fuel schedule and the warnings are
 * derived here from the same timeline.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-plan"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pf-plan.h"
#include "pf-aid-stations.h"
#include "pf-duration.h"
#include "pf-quantity.h"
#include "pf-records.h"

struct _PfPlan
{
  gatomicrefcount  ref_count;
  PfPlanInputs     inputs;
  PfCourse        *course;
  PfPacing         pacing;
  GArray          *aid_stations; /* PfAidStation: those the plan uses */
  GArray          *splits;       /* PfSplit */
  GArray          *predictions;  /* PfPrediction, for the effort distance */
  double           vdot;         /* from the race nearest in distance; 0 without races */
  double           effort_distance_m;  /* the course's distance, ITRA's effort on a trail */
  double           heat_scale;   /* the share of the heat model's cost this runner pays */
  PfPacing         realistic;    /* running by feel from the first prediction; no segments without races */
  GArray          *realistic_splits;  /* PfSplit */
  PfFuel           fuel;
  PfFeasibility    feasibility;  /* whether the fuel plan can be raced as set */
  PfSweatTransfer  sweat_transfer;  /* a field test carried to the race */
  GArray          *warnings;     /* PfWarning */
};

G_DEFINE_BOXED_TYPE (PfPlan, pf_plan, pf_plan_ref, pf_plan_unref)
G_DEFINE_QUARK (pf-plan-error-quark, pf_plan_error)

/* Limits: beyond them the models were never fitted, and the input is a typo. */
#define MIN_TEMP_C   -30.0
#define MAX_TEMP_C    50.0
#define MAX_GOAL_S   (10 * 24 * 3600.0)

static gboolean
invalid (GError    **error,
         const char *format,
         ...) G_GNUC_PRINTF (2, 3);

static gboolean
invalid (GError    **error,
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
      return invalid (error, _("a temperature of %s is outside %s…%s"), temp, low, high);
    }
  return TRUE;
}

static gboolean
check_humidity (PfHumidityKind kind,
                double         humidity,
                GError       **error)
{
  if (kind == PF_HUMIDITY_RELATIVE && (!isfinite (humidity) || humidity < 0.0 || humidity > 100.0))
    return invalid (error, _("a relative humidity of %.0f %% is outside 0…100 %%"), humidity);
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
      return invalid (error, _("the official distance must be at most %s"), high);
    }
  /* Kept while the plan predicts from races, and shown again when it goes back to a goal. */
  if (inputs->pace_mode != PF_PACE_MODE_GOAL
      && !(inputs->goal_time_s >= 0.0 && inputs->goal_time_s <= MAX_GOAL_S))
    return invalid (error, _("the goal time must be longer than zero and shorter than ten days"));
  if (!(inputs->strategy_pct >= 0.0 && inputs->strategy_pct <= 20.0))
    return invalid (error, _("a split percentage must be above 0 and at most 20 %%"));
  if (!(t->weekly_km >= 0.0 && t->weekly_km <= PF_TRAINING_MAX_KM)
      || !(t->longest_run_km >= 0.0 && t->longest_run_km <= PF_TRAINING_MAX_KM)
      || (!isnan (t->goal_pace_km)
          && !(t->goal_pace_km >= 0.0 && t->goal_pace_km <= PF_TRAINING_MAX_KM)))
    {
      g_autofree char *high = pf_quantity (PF_QUANTITY_DISTANCE, PF_TRAINING_MAX_KM * 1000.0, 0);

      /* Translators: %s is a distance, "500 km" */
      return invalid (error, _("training distances must be between 0 and %s"), high);
    }
  for (guint i = 0; inputs->fuel.aid_offers != NULL && i < inputs->fuel.aid_offers->len; i++)
    {
      if (!(g_array_index (inputs->fuel.aid_offers, PfAidOffer, i).distance_m
            <= 2.0 * PF_PLAN_MAX_DISTANCE_M))
        return invalid (error, _("an aid station must lie on the course (a positive distance)"));
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
    return invalid (error, _("the hours of the weather table must be between the years "
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
    return invalid (error, _("the official distance must be a positive length"));
  measured = inputs->track != NULL ? pf_track_get_length (inputs->track) : 0.0;
  if (official > 0.0 && measured > 0.0
      && (official * PF_OFFICIAL_DISTANCE_REFUSED_RATIO < measured
          || official > PF_OFFICIAL_DISTANCE_REFUSED_RATIO * measured))
    {
      g_autofree char *said = distance_quantity (official);
      g_autofree char *drawn = distance_quantity (measured);

      if (official < measured)
        /* Translators: both %s are distances, "0.0035 km" and "42.2 km" */
        return invalid (error, _("the official distance, %s, is less than a tenth of the "
                                 "course’s measured length (%s): is it in the right unit?"),
                        said, drawn);
      /* Translators: both %s are distances, "4219.5 km" and "42.2 km" */
      return invalid (error, _("the official distance, %s, is more than ten times the "
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
  if (!isfinite (goal) || goal <= 0.0 || goal > MAX_GOAL_S)
    return invalid (error, _("the goal time must be longer than zero and shorter than ten days"));

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
          return invalid (error, _("a goal of %s over %s is faster than the world record for "
                                   "that distance (%s); did you mean %s?"),
                          typed, over, best, minutes);
        }
      /* Translators: a goal time ("0:01"), a distance ("42.2 km") and the world record's
       * time ("2:00:35") */
      return invalid (error, _("a goal of %s over %s is faster than the world record for that "
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
                                    / 60.0) * 60.0, MAX_GOAL_S);
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
    return invalid (error, _("the start must be between the years 1900 and 9999"));

  if (inputs->pace_mode == PF_PACE_MODE_EFFORT && inputs->races->len == 0)
    return invalid (error, _("predicting the finish needs a recent race"));

  for (guint i = 0; i < inputs->races->len; i++)
    {
      const PfRaceResult *race = &g_array_index (inputs->races, PfRaceResult, i);

      if (!isfinite (race->distance_m) || race->distance_m < 400.0 || race->distance_m > 1.0e6)
        {
          g_autofree char *low = pf_quantity (PF_QUANTITY_DISTANCE, 400.0, 1);
          g_autofree char *high = pf_quantity (PF_QUANTITY_DISTANCE, 1.0e6, 0);

          /* Translators: both %s are distances, "0.4 km" and "1000 km" */
          return invalid (error, _("a race distance must be between %s and %s"), low, high);
        }
      if (!isfinite (race->time_s) || race->time_s <= 0.0
          || race->distance_m / race->time_s > PF_FASTEST_RUN_M_PER_S)
        return invalid (error, _("a race time must be positive and slower than the world records"));
      /* A result faster than the world record is a typing mistake, as a goal would be, and
       * every prediction scaled from it would be too. */
      if (race->time_s < pf_record_fastest (race->distance_m))
        {
          g_autofree char *typed = pf_duration_format (race->time_s);
          g_autofree char *over = distance_quantity (race->distance_m);
          g_autofree char *best = pf_duration_format (pf_record_fastest (race->distance_m));

          /* Translators: a race time ("11:00"), its distance ("6.0 km") and the world
           * record's time for it ("15:35") */
          return invalid (error, _("a race of %s over %s is faster than the world record for "
                                   "that distance (%s)"), typed, over, best);
        }
      if (race->distance_m / race->time_s < PF_SLOWEST_RACE_M_PER_S)
        {
          g_autofree char *walk = pf_quantity (PF_QUANTITY_DISTANCE,
                                               PF_SLOWEST_RACE_M_PER_S * 3600.0, 1);

          /* Translators: %s is a distance walked in an hour, "1.8 km" */
          return invalid (error, _("a race time must be faster than a walk at %s an hour"), walk);
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
      return invalid (error, _("the average training pace must be between %s and %s"), low, high);
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
        return invalid (error, _("the hours of the weather table must be in order"));
    }

  if ((inputs->strategy == PF_STRATEGY_NEGATIVE || inputs->strategy == PF_STRATEGY_POSITIVE)
      && (!(inputs->strategy_pct > 0.0) || inputs->strategy_pct > 20.0))
    return invalid (error, _("a split percentage must be above 0 and at most 20 %%"));
  if (!isfinite (inputs->drift_pct) || inputs->drift_pct < 0.0 || inputs->drift_pct > 30.0)
    return invalid (error, _("the late-race drift must be between 0 and 30 %%"));

  return pf_fuel_inputs_validate (inputs, error);
}

static double
nearest_vdot (const PfPlanInputs *inputs,
              double              distance_m)
{
  const PfRaceResult *best = NULL;

  for (guint i = 0; i < inputs->races->len; i++)
    {
      const PfRaceResult *race = &g_array_index (inputs->races, PfRaceResult, i);

      if (best == NULL
          || fabs (log (race->distance_m / distance_m)) < fabs (log (best->distance_m / distance_m)))
        best = race;
    }

  return best != NULL ? pf_vdot_from_race (best->distance_m, best->time_s) : 0.0;
}

static GArray *predict_from_races (const PfPlanInputs *inputs,
                                   double              distance_m);

/* The races' predictions, then Tanda's from the training when the race is a marathon. */
static GArray *
predict (const PfPlanInputs *inputs,
         double              distance_m)
{
  GArray *predictions = predict_from_races (inputs, distance_m);

  if (pf_tanda_applies (distance_m) && inputs->training.weekly_km > 0.0
      && inputs->training.mean_pace_s_per_km > 0.0)
    {
      PfPrediction p = { PF_PREDICTION_TANDA, 0.0, 0.0, 0.0, FALSE };

      p.time_s = pf_tanda_marathon_pace (inputs->training.weekly_km,
                                         inputs->training.mean_pace_s_per_km)
                 * distance_m / 1000.0;
      g_array_append_val (predictions, p);
    }
  return predictions;
}

static GArray *
predict_from_races (const PfPlanInputs *inputs,
                    double              distance_m)
{
  guint n = inputs->races->len;
  g_autofree double *distances = g_new (double, MAX (n, 1));
  g_autofree double *times = g_new (double, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    {
      distances[i] = g_array_index (inputs->races, PfRaceResult, i).distance_m;
      times[i] = g_array_index (inputs->races, PfRaceResult, i).time_s;
    }

  return pf_predict_all (distances, times, n, distance_m);
}

/* The distance a prediction is made for: the course's own on the road, where the grade
 * model prices the hills; ITRA's effort distance on a trail, where climbing is walked and
 * road grade models underprice it. */
static double
effort_distance (const PfCourse *course)
{
  double distance = pf_course_get_distance (course);
  double ascent = pf_course_get_ascent (course);

  if (ascent / (distance / 1000.0) > PF_TRAIL_CLIMB_M_PER_KM)
    return pf_itra_effort_distance (distance, ascent);
  return distance;
}

/* The runner's level as a marathon time, for the heat share: from the first prediction
 * when there is one, else from the goal; along the world-record curve from the effort
 * distance. NAN when neither is known. */
static double
marathon_equivalent (const PfPlan *self)
{
  double time_s;

  if (self->predictions->len > 0)
    time_s = g_array_index (self->predictions, PfPrediction, 0).time_s;
  else if (self->inputs.pace_mode == PF_PACE_MODE_GOAL)
    time_s = self->inputs.goal_time_s;
  else
    return NAN;
  return time_s * pf_record_ratio (self->effort_distance_m, 42195.0);
}

/* The flat, cool pace that makes the course take @time_s at even effort on the plan's grade
 * model: the prediction is for the effort distance, which already counts the climbing on a
 * trail, so it is spread over what the grade model makes of the course. */
static double
flat_pace_for (const PfPlan *self,
               double        time_s)
{
  double distance = pf_course_get_distance (self->course);

  if (self->effort_distance_m == distance)
    return time_s / distance;
  return time_s / pf_pacing_grade_distance (self->course, self->inputs.grade_model);
}

/* When the training predicts a slower marathon than the races do (Tanda 2011 from weekly
 * distance and training pace), the difference comes late: the run by feel drifts linearly
 * to twice it at the finish, which adds it on average. */
static double
training_drift (const PfPlan *self)
{
  const PfPrediction *first = &g_array_index (self->predictions, PfPrediction, 0);

  for (guint i = 1; i < self->predictions->len; i++)
    {
      const PfPrediction *p = &g_array_index (self->predictions, PfPrediction, i);

      if (p->model == PF_PREDICTION_TANDA && p->time_s > first->time_s)
        return 2.0 * (p->time_s / first->time_s - 1.0);
    }
  return 0.0;
}

/* What happens if the runner runs by feel on this day: the first prediction's effort,
 * evenly spent over the hills, the heat they pay, and the fade real finishers of their level
 * show. Without a race there is nothing to run by feel from. */
static void
compute_realistic (PfPlan               *self,
                   const PfPacingRunner *runner)
{
  g_auto(PfPlanInputs) by_feel = { 0 };
  PfPacingRunner feel = *runner;
  double time_s;

  if (self->predictions->len == 0)
    {
      self->realistic_splits = g_array_new (FALSE, FALSE, sizeof (PfSplit));
      return;
    }

  time_s = g_array_index (self->predictions, PfPrediction, 0).time_s;
  pf_plan_inputs_init (&by_feel);
  pf_plan_inputs_copy (&by_feel, &self->inputs);
  by_feel.pace_mode = PF_PACE_MODE_EFFORT;
  by_feel.strategy = PF_STRATEGY_EVEN_EFFORT;
  by_feel.drift_pct = 0.0;
  pf_fade_for_level (time_s, self->effort_distance_m, &feel.fade);
  feel.training_drift = training_drift (self);
  pf_pacing_solve_runner (&self->realistic, self->course, &by_feel,
                          flat_pace_for (self, time_s), &feel);
  self->realistic_splits = pf_pacing_splits (&self->realistic, self->course,
                                             self->aid_stations,
                                             self->inputs.split_unit);
}

/* Everything after cleaning: the pacing timeline and what is derived from it. */
static PfPlan *
compute_on_course (const PfPlanInputs  *inputs,
                   PfCourse            *course,
                   GError             **error)
{
  PfPlan *self;
  PfPacingRunner runner = { 1.0, { 0.0, 0.0 }, 0.0 };
  g_autoptr(GArray) predictions = predict (inputs, effort_distance (course));

  /* A finish predicted from races has the goal's limit too: a 500 m race walked, scaled to
   * 967 km, predicted 51 days — a plan no coach would hand over, and weeks of hourly fuel. */
  if (inputs->pace_mode == PF_PACE_MODE_EFFORT && predictions->len > 0
      && !(g_array_index (predictions, PfPrediction, 0).time_s <= MAX_GOAL_S))
    {
      g_autofree char *predicted = pf_duration_format (g_array_index (predictions,
                                                                      PfPrediction, 0).time_s);

      /* Translators: a duration ("1239:25:20") */
      invalid (error, _("the finish predicted from your races, %s, is longer than the ten days "
                        "a plan covers: give a goal time, or a race nearer this distance"),
               predicted);
      return NULL;
    }

  self = g_new0 (PfPlan, 1);
  g_atomic_ref_count_init (&self->ref_count);
  pf_plan_inputs_init (&self->inputs);
  pf_plan_inputs_copy (&self->inputs, inputs);
  self->course = pf_course_ref (course);
  /* Names borrowed from the plan's own course and inputs, which live as long as it. */
  self->aid_stations = pf_aid_stations_list (self->course, &self->inputs, FALSE);
  self->effort_distance_m = effort_distance (self->course);
  self->predictions = g_steal_pointer (&predictions);
  if (self->predictions->len > 0)
    self->vdot = nearest_vdot (inputs, pf_course_get_distance (self->course));
  self->heat_scale = pf_heat_runner_scale (marathon_equivalent (self),
                                           inputs->training.acclimatised);
  runner.heat_scale = self->heat_scale;

  pf_pacing_solve_runner (&self->pacing, self->course, inputs,
                          inputs->pace_mode == PF_PACE_MODE_EFFORT
                            ? flat_pace_for (self, g_array_index (self->predictions,
                                                                  PfPrediction, 0).time_s)
                            : 0.0,
                          &runner);
  self->splits = pf_pacing_splits (&self->pacing, self->course, self->aid_stations,
                                   inputs->split_unit);
  compute_realistic (self, &runner);
  /* The plan's own copy of the inputs: the schedule points at its products. */
  pf_fuel_plan (&self->fuel, self->course, &self->pacing, &self->inputs);
  pf_sweat_transfer_compute (&self->sweat_transfer, &self->pacing, &self->inputs.runner);
  pf_feasibility_compute (&self->feasibility, self->course, &self->pacing, &self->fuel,
                          &self->inputs, &runner);
  self->warnings = pf_warnings_compute (self);

  return self;
}

PfPlan *
pf_plan_compute (const PfPlanInputs  *inputs,
                 GError             **error)
{
  return pf_plan_recompute (NULL, inputs, error);
}

/* As pf_plan_compute, but the cleaned course of @previous is taken over when the course
 * inputs (the track and the official distance) have not changed: cleaning is the only
 * costly step, and typing a goal time should not redo it. */
PfPlan *
pf_plan_recompute (const PfPlan        *previous,
                   const PfPlanInputs  *inputs,
                   GError             **error)
{
  g_autoptr(PfCourse) course = NULL;

  g_return_val_if_fail (inputs != NULL, NULL);
  g_return_val_if_fail (inputs->track != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!pf_plan_inputs_validate (inputs, error))
    return NULL;

  if (previous != NULL && pf_plan_keeps_course (previous, inputs))
    {
      course = pf_course_ref (previous->course);
    }
  else
    {
      PfCleanOptions options;

      pf_clean_options_init (&options);
      options.official_distance_m = inputs->official_distance_m;
      course = pf_course_new (inputs->track, &options, error);
      if (course == NULL)
        return NULL;
    }

  return compute_on_course (inputs, course, error);
}

/* Whether @inputs plan on the same cleaned course as @self (same track, same official
 * distance): then recomputing skips the cleaning, the only costly step. */
gboolean
pf_plan_keeps_course (const PfPlan       *self,
                      const PfPlanInputs *inputs)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (inputs != NULL, FALSE);

  return self->inputs.track == inputs->track
         && self->inputs.official_distance_m == inputs->official_distance_m;
}

PfPlan *
pf_plan_ref (PfPlan *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
pf_plan_unref (PfPlan *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      pf_plan_inputs_clear (&self->inputs);
      pf_course_unref (self->course);
      pf_pacing_clear (&self->pacing);
      pf_pacing_clear (&self->realistic);
      g_array_unref (self->aid_stations);
      g_array_unref (self->splits);
      g_array_unref (self->realistic_splits);
      g_array_unref (self->predictions);
      pf_fuel_clear (&self->fuel);
      pf_feasibility_clear (&self->feasibility);
      g_array_unref (self->warnings);
      g_free (self);
    }
}

const PfPlanInputs *
pf_plan_get_inputs (const PfPlan *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return &self->inputs;
}

PfCourse *
pf_plan_get_course (const PfPlan *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->course;
}

double
pf_plan_get_finish_time (const PfPlan *self)
{
  g_return_val_if_fail (self != NULL, 0.0);

  return self->pacing.finish_s;
}

/* What the course's grades add to the finish at this plan's effort; negative when the
 * course runs net downhill faster than the flat. */
double
pf_plan_get_climb_cost (const PfPlan *self)
{
  g_return_val_if_fail (self != NULL, 0.0);

  return self->pacing.climb_cost_s;
}

double
pf_plan_get_heat_cost (const PfPlan *self)
{
  g_return_val_if_fail (self != NULL, 0.0);

  return self->pacing.heat_cost_s;
}

double
pf_plan_get_max_hadley_f (const PfPlan *self)
{
  g_return_val_if_fail (self != NULL, 0.0);

  return self->pacing.max_hadley_f;
}

/* Whether the runner entered any training (weekly distance or longest run): without it the
 * warnings cannot say whether the goal asks more than training, so "no warnings" must not
 * be read as "within your training" — the CLI and the Plan page ask for it instead. */
gboolean
pf_plan_has_training_data (const PfPlan *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->inputs.training.weekly_km > 0.0 || self->inputs.training.longest_run_km > 0.0;
}

/* Seconds per metre on the flat in cool weather at this plan's effort. */
double
pf_plan_get_flat_pace (const PfPlan *self)
{
  g_return_val_if_fail (self != NULL, 0.0);

  return self->pacing.flat_pace_s_per_m;
}

guint
pf_plan_get_n_segments (const PfPlan *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->pacing.segments->len;
}

const PfSegment *
pf_plan_get_segments (const PfPlan *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return (const PfSegment *) (gpointer) self->pacing.segments->data;
}

/* How many aid stations the plan uses (pf_aid_stations_list: the course's, less those the
 * runner removed, and the runner's); @n_course and @n_added (may be NULL): how many of each. */
guint
pf_plan_get_n_aid_stations (const PfPlan *self,
                            guint        *n_course,
                            guint        *n_added)
{
  guint course = 0, added = 0;

  g_return_val_if_fail (self != NULL, 0);

  for (guint i = 0; i < self->aid_stations->len; i++)
    {
      if (g_array_index (self->aid_stations, PfAidStation, i).from_course)
        course++;
      else
        added++;
    }
  if (n_course != NULL)
    *n_course = course;
  if (n_added != NULL)
    *n_added = added;
  return course + added;
}

/**
 * pf_plan_dup_aid_stations:
 * @added_only: only those the runner added
 *
 * Where the aid stations the plan uses stand (pf_plan_get_aid_stations), in metres, in order: what the
 * profile draws and the Course page lists, so that they show the stations the runner added
 * as well as the file's.
 *
 * Returns: (transfer full) (element-type double): the distances
 */
GArray *
pf_plan_dup_aid_stations (const PfPlan *self,
                          gboolean      added_only)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (double));

  g_return_val_if_fail (self != NULL, out);

  for (guint i = 0; i < self->aid_stations->len; i++)
    {
      const PfAidStation *station = &g_array_index (self->aid_stations, PfAidStation, i);

      if (!added_only || !station->from_course)
        g_array_append_val (out, station->distance_m);
    }
  return out;
}

/* The aid stations the plan uses, by distance, with their names and offers; the names live as
 * long as the plan.
 *
 * Returns: (transfer none) (element-type PfAidStation): the stations */
const GArray *
pf_plan_get_aid_stations (const PfPlan *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->aid_stations;
}

guint
pf_plan_get_n_splits (const PfPlan *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->splits->len;
}

const PfSplit *
pf_plan_get_split (const PfPlan *self,
                   guint         index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->splits->len, NULL);

  return &g_array_index (self->splits, PfSplit, index);
}

guint
pf_plan_get_n_predictions (const PfPlan *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->predictions->len;
}

const PfPrediction *
pf_plan_get_prediction (const PfPlan *self,
                        guint         index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->predictions->len, NULL);

  return &g_array_index (self->predictions, PfPrediction, index);
}

/* VDOT from the race nearest the course distance (0 without races). */
double
pf_plan_get_vdot (const PfPlan *self)
{
  g_return_val_if_fail (self != NULL, 0.0);

  return self->vdot;
}

/* The distance the predictions are for: ITRA's effort distance on a trail. */
double
pf_plan_get_effort_distance (const PfPlan *self)
{
  g_return_val_if_fail (self != NULL, 0.0);

  return self->effort_distance_m;
}

gboolean
pf_plan_is_trail (const PfPlan *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->effort_distance_m != pf_course_get_distance (self->course);
}

/* The share of the heat model's cost this runner pays, by level and acclimatisation. */
double
pf_plan_get_heat_scale (const PfPlan *self)
{
  g_return_val_if_fail (self != NULL, 1.0);

  return self->heat_scale;
}

/* The run by feel: NULL without a race to predict from. */
const PfPacing *
pf_plan_get_realistic (const PfPlan *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->realistic.segments != NULL ? &self->realistic : NULL;
}

guint
pf_plan_get_n_realistic_splits (const PfPlan *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->realistic_splits->len;
}

const PfSplit *
pf_plan_get_realistic_split (const PfPlan *self,
                             guint         index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->realistic_splits->len, NULL);

  return &g_array_index (self->realistic_splits, PfSplit, index);
}

guint
pf_plan_get_n_warnings (const PfPlan *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->warnings->len;
}

/* Warnings, danger first, then warning, then info; within a severity, by distance. */
const PfWarning *
pf_plan_get_warning (const PfPlan *self,
                     guint         index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->warnings->len, NULL);

  return &g_array_index (self->warnings, PfWarning, index);
}

/* Sweat, targets, the drink, the schedule of intakes and their totals. */
const PfFuel *
pf_plan_get_fuel (const PfPlan *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return &self->fuel;
}

/* Whether the fuel plan can be raced as set, and the changes that would make it so. */
const PfFeasibility *
pf_plan_get_feasibility (const PfPlan *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return &self->feasibility;
}

/* The runner's field test carried to this race: has_test is FALSE without one. */
const PfSweatTransfer *
pf_plan_get_sweat_transfer (const PfPlan *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return &self->sweat_transfer;
}

/* The segment the runner is on at @distance_m: the last one that starts at or before it (the
 * first before the start, the last past the finish); NULL when the plan has no segments. */
const PfSegment *
pf_plan_segment_at (const PfPlan *self,
                    double        distance_m)
{
  g_return_val_if_fail (self != NULL, NULL);

  return pf_pacing_segment_at (&self->pacing, distance_m);
}

/* Elapsed time when the runner passes @distance_m (even pace within a segment). */
double
pf_plan_elapsed_at (const PfPlan *self,
                    double        distance_m)
{
  g_return_val_if_fail (self != NULL, 0.0);

  return pf_pacing_elapsed_at (&self->pacing, distance_m);
}

/* Where the runner is @elapsed_s after the start. */
double
pf_plan_distance_at (const PfPlan *self,
                            double        elapsed_s)
{
  g_return_val_if_fail (self != NULL, 0.0);

  return pf_pacing_distance_at (&self->pacing, elapsed_s);
}

/* Time of day at @elapsed_s after the start: "HH:MM:SS", with "+N" for the Nth day after
 * the start day (ultras run through the night). */
char *
pf_plan_format_clock (const PfPlan *self,
                      double        elapsed_s)
{
  gint64 start, when, day0, day;
  int seconds;

  g_return_val_if_fail (self != NULL, NULL);

  start = self->inputs.start_time;
  when = start + (gint64) llround (elapsed_s);
  day0 = start >= 0 ? start / 86400 : (start - 86399) / 86400;
  day = when >= 0 ? when / 86400 : (when - 86399) / 86400;
  seconds = (int) (when - day * 86400);

  if (day == day0)
    return g_strdup_printf ("%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);

  return g_strdup_printf ("%02d:%02d:%02d+%" G_GINT64_FORMAT, seconds / 3600, seconds / 60 % 60,
                          seconds % 60, day - day0);
}
