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
#include <string.h>

#include "pf-plan-private.h"
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
  PfProfileEffect  profile_effect;  /* what the runner's own profile changes */
  GArray          *warnings;     /* PfWarning */
};

G_DEFINE_BOXED_TYPE (PfPlan, pf_plan, pf_plan_ref, pf_plan_unref)
G_DEFINE_QUARK (pf-plan-error-quark, pf_plan_error)

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

/* The inputs of a run by feel: the first prediction's effort, evenly spent, no drift typed. */
static void
by_feel_inputs (const PfPlan *self,
                PfPlanInputs *by_feel)
{
  pf_plan_inputs_init (by_feel);
  pf_plan_inputs_copy (by_feel, &self->inputs);
  by_feel->pace_mode = PF_PACE_MODE_EFFORT;
  by_feel->strategy = PF_STRATEGY_EVEN_EFFORT;
  by_feel->drift_pct = 0.0;
}

/* What happens if the runner runs by feel on this day: the first prediction's effort,
 * evenly spent over the hills, the heat they pay, and the fade real finishers of their level
 * show — or their own, when their profile knows it. Without a race there is nothing to run by
 * feel from. */
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
  by_feel_inputs (self, &by_feel);
  pf_fade_for_level (time_s, self->effort_distance_m, &feel.fade);
  if (self->inputs.profile != NULL)
    pf_runner_profile_fade (self->inputs.profile, time_s, &feel.fade);
  feel.training_drift = training_drift (self);
  pf_pacing_solve_runner (&self->realistic, self->course, &by_feel,
                          flat_pace_for (self, time_s), &feel);
  self->realistic_splits = pf_pacing_splits (&self->realistic, self->course,
                                             self->aid_stations,
                                             self->inputs.split_unit);
}

/* The run by feel's finish with only some parts of the profile: @parts of PROFILE_HILLS,
 * PROFILE_HEAT and PROFILE_FADE. */
enum { PROFILE_HILLS = 1 << 0, PROFILE_HEAT = 1 << 1, PROFILE_FADE = 1 << 2 };

static double
finish_by_feel_with (const PfPlan *self,
                     guint         parts)
{
  g_auto(PfPlanInputs) by_feel = { 0 };
  const PfRunnerProfile *profile = self->inputs.profile;
  double time_s = g_array_index (self->predictions, PfPrediction, 0).time_s;
  double level_scale = pf_heat_runner_scale (marathon_equivalent (self),
                                             self->inputs.training.acclimatised);
  PfPacingRunner feel = { level_scale, { 0.0, 0.0 }, training_drift (self), NULL };
  PfPacing pacing;
  double finish;

  by_feel_inputs (self, &by_feel);
  pf_fade_for_level (time_s, self->effort_distance_m, &feel.fade);
  if (parts & PROFILE_HILLS)
    feel.hills = profile;
  if (parts & PROFILE_HEAT)
    feel.heat_scale = pf_runner_profile_heat_scale (profile, level_scale);
  if (parts & PROFILE_FADE)
    pf_runner_profile_fade (profile, time_s, &feel.fade);
  pf_pacing_solve_runner (&pacing, self->course, &by_feel, flat_pace_for (self, time_s), &feel);
  finish = pacing.finish_s;
  pf_pacing_clear (&pacing);
  return finish;
}

/* The seconds the runner's profile changes, so the runner sees what switching it on does:
 * on the run by feel's finish (all of it, and each part alone), and on the prescribed plan's
 * splits (a goal keeps its finish; the profile moves time between the hills and the flat). */
static void
compute_profile_effect (PfPlan               *self,
                        const PfPacingRunner *runner)
{
  PfProfileEffect *effect = &self->profile_effect;
  PfPacingRunner generic = *runner;
  g_autoptr(GArray) splits = NULL;
  PfPacing pacing;

  memset (effect, 0, sizeof *effect);
  if (self->inputs.profile == NULL)
    return;
  effect->used = TRUE;

  if (self->predictions->len > 0)
    {
      double without = finish_by_feel_with (self, 0);

      effect->predicted = TRUE;
      effect->finish_s = self->realistic.finish_s - without;
      effect->hills_s = finish_by_feel_with (self, PROFILE_HILLS) - without;
      effect->heat_s = finish_by_feel_with (self, PROFILE_HEAT) - without;
      effect->fade_s = finish_by_feel_with (self, PROFILE_FADE) - without;
    }

  generic.hills = NULL;
  generic.heat_scale = pf_heat_runner_scale (marathon_equivalent (self),
                                             self->inputs.training.acclimatised);
  pf_pacing_solve_runner (&pacing, self->course, &self->inputs,
                          self->inputs.pace_mode == PF_PACE_MODE_EFFORT
                            ? flat_pace_for (self, g_array_index (self->predictions,
                                                                  PfPrediction, 0).time_s)
                            : 0.0,
                          &generic);
  effect->plan_finish_s = self->pacing.finish_s - pacing.finish_s;
  splits = pf_pacing_splits (&pacing, self->course, self->aid_stations,
                             self->inputs.split_unit);
  pf_pacing_clear (&pacing);
  for (guint i = 0; i < MIN (splits->len, self->splits->len); i++)
    {
      double change = g_array_index (self->splits, PfSplit, i).time_s
                      - g_array_index (splits, PfSplit, i).time_s;

      if (fabs (change) > fabs (effect->split_s))
        {
          effect->split = i;
          effect->split_s = change;
        }
    }
}

/* Everything after cleaning: the pacing timeline and what is derived from it. */
static PfPlan *
compute_on_course (const PfPlanInputs  *inputs,
                   PfCourse            *course,
                   GError             **error)
{
  PfPlan *self;
  PfPacingRunner runner = { 1.0, { 0.0, 0.0 }, 0.0, NULL };
  g_autoptr(GArray) predictions = predict (inputs, effort_distance (course));

  /* A finish predicted from races has the goal's limit too: a 500 m race walked, scaled to
   * 967 km, predicted 51 days — a plan no coach would hand over, and weeks of hourly fuel. */
  if (inputs->pace_mode == PF_PACE_MODE_EFFORT && predictions->len > 0
      && !(g_array_index (predictions, PfPrediction, 0).time_s <= PF_PLAN_MAX_GOAL_S))
    {
      g_autofree char *predicted = pf_duration_format (g_array_index (predictions,
                                                                      PfPrediction, 0).time_s);

      /* Translators: a duration ("1239:25:20") */
      _pf_plan_invalid (error,
                        _("the finish predicted from your races, %s, is longer than the ten days "
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
  if (inputs->profile != NULL)
    self->heat_scale = pf_runner_profile_heat_scale (inputs->profile, self->heat_scale);
  runner.heat_scale = self->heat_scale;
  runner.hills = self->inputs.profile;

  pf_pacing_solve_runner (&self->pacing, self->course, inputs,
                          inputs->pace_mode == PF_PACE_MODE_EFFORT
                            ? flat_pace_for (self, g_array_index (self->predictions,
                                                                  PfPrediction, 0).time_s)
                            : 0.0,
                          &runner);
  self->splits = pf_pacing_splits (&self->pacing, self->course, self->aid_stations,
                                   inputs->split_unit);
  compute_realistic (self, &runner);
  compute_profile_effect (self, &runner);
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

/* What the runner's profile changes; all zero (used FALSE) when the plan has none. */
const PfProfileEffect *
pf_plan_get_profile_effect (const PfPlan *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return &self->profile_effect;
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
