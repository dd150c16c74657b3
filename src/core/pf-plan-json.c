/* pf-plan-json.c — `pacefuel-cli plan --json`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-plan-json"

#include "config.h"

#include <math.h>

#include "pf-checklist.h"
#include "pf-course-json.h"
#include "pf-json-write.h"
#include "pf-plan-json.h"

/* What an intake or the runner's pockets hold: so many servings of a product. */
static void
add_servings (JsonBuilder     *builder,
              const PfProduct *product,
              gint64           servings)
{
  json_builder_begin_object (builder);
  pf_json_add_string (builder, "product", product->id);
  pf_json_add_int (builder, "servings", servings);
  json_builder_end_object (builder);
}

static void
add_split (JsonBuilder  *builder,
           const PfPlan *plan,
           const PfSplit *split)
{
  double distance = split->end_m - split->start_m;
  g_autofree char *clock = pf_plan_format_clock (plan, split->elapsed_s);

  json_builder_begin_object (builder);
  pf_json_add_int (builder, "index", split->index);
  if (split->name != NULL)
    pf_json_add_string (builder, "name", split->name);
  pf_json_add_rounded (builder, "start_m", split->start_m, 0.01);
  pf_json_add_rounded (builder, "end_m", split->end_m, 0.01);
  pf_json_add_rounded (builder, "distance_m", distance, 0.01);
  pf_json_add_rounded (builder, "time_s", split->time_s, 0.01);
  pf_json_add_rounded (builder, "elapsed_s", split->elapsed_s, 0.01);
  pf_json_add_rounded (builder, "pace_s_per_km", split->time_s / distance * 1000.0, 0.01);
  pf_json_add_rounded (builder, "gap_s_per_km", split->flat_time_s / distance * 1000.0, 0.01);
  pf_json_add_string (builder, "clock", clock);
  pf_json_add_rounded (builder, "ascent_m", split->ascent_m, 0.1);
  pf_json_add_rounded (builder, "descent_m", split->descent_m, 0.1);
  pf_json_add_rounded (builder, "temp_c", split->temp_c, 0.1);
  json_builder_end_object (builder);
}

static void
add_fuel (JsonBuilder  *builder,
          const PfPlan *plan)
{
  const PfFuel *fuel = pf_plan_get_fuel (plan);
  const PfFuelTotals *t = &fuel->totals;
  const PfDrink *d = &fuel->drink;

  pf_json_add_rounded (builder, "sweat_rate_l_per_h", fuel->sweat_rate_l_per_h, 0.001);
  if (fuel->test_rate_l_per_h > 0.0)
    pf_json_add_rounded (builder, "sweat_test_rate_l_per_h", fuel->test_rate_l_per_h, 0.001);
  pf_json_add_rounded (builder, "carbs_target_g_per_h", fuel->carbs_target_g_per_h, 0.1);

  pf_json_begin_array (builder, "hourly");
  for (guint i = 0; i < fuel->hours->len; i++)
    {
      const PfFuelHour *h = &g_array_index (fuel->hours, PfFuelHour, i);

      json_builder_begin_object (builder);
      pf_json_add_rounded (builder, "start_s", h->start_s, 0.01);
      pf_json_add_rounded (builder, "end_s", h->end_s, 0.01);
      pf_json_add_rounded (builder, "sweat_l", h->sweat_l, 0.001);
      pf_json_add_rounded (builder, "sodium_lost_mg", h->sodium_lost_mg, 1);
      pf_json_add_rounded (builder, "fluid_target_l", h->fluid_target_l, 0.001);
      pf_json_add_rounded (builder, "fluid_l", h->fluid_l, 0.001);
      pf_json_add_rounded (builder, "sodium_mg", h->sodium_mg, 1);
      pf_json_add_rounded (builder, "carbs_target_g", h->carbs_target_g, 0.1);
      pf_json_add_rounded (builder, "carbs_g", h->carbs_g, 0.1);
      pf_json_add_rounded (builder, "glucose_g", h->glucose_g, 0.1);
      pf_json_add_rounded (builder, "fructose_g", h->fructose_g, 0.1);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  pf_json_begin_array (builder, "schedule");
  for (guint i = 0; i < fuel->schedule->len; i++)
    {
      const PfIntake *intake = &g_array_index (fuel->schedule, PfIntake, i);
      g_autofree char *clock = pf_plan_format_clock (plan, intake->elapsed_s);

      json_builder_begin_object (builder);
      pf_json_add_rounded (builder, "elapsed_s", intake->elapsed_s, 0.01);
      pf_json_add_rounded (builder, "distance_m", intake->distance_m, 0.01);
      pf_json_add_string (builder, "clock", clock);
      pf_json_add_string (builder, "where", intake->where != NULL ? intake->where : "carried");
      pf_json_add_string (builder, "source", pf_intake_source_to_string (intake->source));
      /* Cups at a station; a bottle's sips and carried products have none. */
      if (intake->where != NULL)
        {
          json_builder_set_member_name (builder, "cups");
          json_builder_add_int_value (builder, pf_intake_cups (intake));
        }
      pf_json_begin_array (builder, "items");
      for (guint k = 0; k < intake->n_items; k++)
        {
          add_servings (builder, intake->items[k].product, intake->items[k].servings);
        }
      json_builder_end_array (builder);
      pf_json_add_rounded (builder, "fluid_ml", intake->fluid_ml, 1);
      pf_json_add_rounded (builder, "water_ml", intake->water_ml, 1);
      pf_json_add_rounded (builder, "sodium_mg", intake->sodium_mg, 1);
      pf_json_add_rounded (builder, "carbs_g", intake->carbs_g, 0.1);
      pf_json_add_rounded (builder, "glucose_g", intake->glucose_g, 0.1);
      pf_json_add_rounded (builder, "fructose_g", intake->fructose_g, 0.1);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  pf_json_begin_object (builder, "totals");
  pf_json_add_rounded (builder, "sweat_l", t->sweat_l, 0.001);
  pf_json_add_rounded (builder, "fluid_l", t->fluid_l, 0.001);
  pf_json_add_rounded (builder, "sodium_lost_mg", t->sodium_lost_mg, 1);
  pf_json_add_rounded (builder, "sodium_in_mg", t->sodium_in_mg, 1);
  pf_json_add_rounded (builder, "carbs_g", t->carbs_g, 0.1);
  pf_json_add_rounded (builder, "glucose_g", t->glucose_g, 0.1);
  pf_json_add_rounded (builder, "fructose_g", t->fructose_g, 0.1);
  pf_json_add_rounded (builder, "mass_change_pct", t->mass_change_pct, 0.01);
  json_builder_end_object (builder);

  pf_json_begin_object (builder, "drink");
  pf_json_add_rounded (builder, "sodium_g_per_l", d->sodium_g_per_l, 0.01);
  pf_json_add_rounded (builder, "carbs_g_per_l", d->carbs_g_per_l, 0.1);
  pf_json_add_rounded (builder, "glucose_fructose_ratio",
                       d->fructose_g_per_l > 0.0 ? d->glucose_g_per_l / d->fructose_g_per_l : 0.0,
                       0.01);
  pf_json_add_rounded (builder, "bottle_ml", d->bottle_ml, 1);
  pf_json_add_rounded (builder, "maltodextrin_g", d->maltodextrin_g, 0.1);
  pf_json_add_rounded (builder, "sucrose_g", d->sucrose_g, 0.1);
  pf_json_add_rounded (builder, "fructose_g", d->fructose_g, 0.1);
  pf_json_add_rounded (builder, "salt_g", d->salt_g, 0.01);
  pf_json_add_string (builder, "why", d->why);
  json_builder_end_object (builder);

  pf_json_begin_array (builder, "carry");
  if (fuel->gels_to_carry > 0)
    add_servings (builder, fuel->gel, fuel->gels_to_carry);
  if (fuel->capsules_to_carry > 0)
    add_servings (builder, fuel->salt, fuel->capsules_to_carry);
  json_builder_end_array (builder);

  pf_json_add_strings (builder, "fuel_notes", fuel->notes);
}

/* Whether the fuel plan can be raced as set, and what would make it so (issue 16). */
/* What the runner's own profile changes (seconds, + slower); absent when the plan uses none. The
 * profile itself is in the plan file, not here: this is the plan's result. */
static void
add_profile_effect (JsonBuilder  *builder,
                    const PfPlan *plan)
{
  const PfProfileEffect *e = pf_plan_get_profile_effect (plan);

  if (!e->used)
    return;
  pf_json_begin_object (builder, "profile_effect");
  pf_json_add_int (builder, "runs", pf_plan_get_inputs (plan)->profile->n_runs_used);
  if (e->predicted)
    {
      pf_json_add_rounded (builder, "realistic_finish_s", e->finish_s, 0.01);
      pf_json_add_rounded (builder, "hills_s", e->hills_s, 0.01);
      pf_json_add_rounded (builder, "heat_s", e->heat_s, 0.01);
      pf_json_add_rounded (builder, "fade_s", e->fade_s, 0.01);
    }
  pf_json_add_rounded (builder, "finish_s", e->plan_finish_s, 0.01);
  pf_json_add_int (builder, "largest_split_index", e->split + 1);
  pf_json_add_rounded (builder, "largest_split_s", e->split_s, 0.01);
  json_builder_end_object (builder);
}

static void
add_feasibility (JsonBuilder  *builder,
                 const PfPlan *plan)
{
  const PfFeasibility *f = pf_plan_get_feasibility (plan);
  const PfSweatTransfer *t = pf_plan_get_sweat_transfer (plan);

  pf_json_begin_object (builder, "feasibility");
  pf_json_add_bool (builder, "feasible", f->feasible);
  pf_json_add_rounded (builder, "max_mass_loss_pct", f->max_mass_loss_pct, 0.01);
  pf_json_add_rounded (builder, "mass_loss_pct", f->mass_loss_pct, 0.01);
  pf_json_add_rounded (builder, "ceiling_mass_loss_pct", f->ceiling_loss_pct, 0.01);
  pf_json_begin_array (builder, "changes");
  for (guint i = 0; i < f->changes->len; i++)
    {
      const PfFeasibilityChange *c = &g_array_index (f->changes, PfFeasibilityChange, i);

      json_builder_begin_object (builder);
      pf_json_add_string (builder, "what", pf_feasibility_kind_to_string (c->kind));
      pf_json_add_string (builder, "text", c->text);
      pf_json_add_rounded (builder, "mass_loss_pct", c->mass_loss_pct, 0.01);
      pf_json_add_rounded (builder, "finish_s", c->finish_s, 1.0);
      pf_json_add_rounded (builder, "fluid_ceiling_l_per_h", c->ceiling_l_per_h, 0.01);
      if (c->bottle_ml > 0.0)
        pf_json_add_rounded (builder, "bottle_ml", c->bottle_ml, 1.0);
      if (c->extra_fluid_l > 0.0)
        pf_json_add_rounded (builder, "extra_fluid_l", c->extra_fluid_l, 0.1);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  if (!t->has_test)
    return;
  pf_json_begin_object (builder, "sweat_transfer");
  pf_json_add_rounded (builder, "test_rate_l_per_h", t->test_rate_l_per_h, 0.001);
  pf_json_add_rounded (builder, "race_rate_l_per_h", t->race_rate_l_per_h, 0.001);
  pf_json_add_rounded (builder, "heat_l_per_h", t->heat_l_per_h, 0.001);
  pf_json_add_rounded (builder, "pace_l_per_h", t->pace_l_per_h, 0.001);
  pf_json_add_rounded (builder, "scaled_l_per_h", t->scaled_l_per_h, 0.001);
  pf_json_add_rounded (builder, "test_temp_c", t->test_temp_c, 0.1);
  pf_json_add_rounded (builder, "race_temp_c", t->race_temp_c, 0.1);
  pf_json_add_rounded (builder, "test_pace_s_per_km", t->test_pace_s_per_km, 0.1);
  pf_json_add_rounded (builder, "race_pace_s_per_km", t->race_pace_s_per_km, 0.1);
  pf_json_add_bool (builder, "bounded", t->bounded);
  pf_json_add_bool (builder, "uncertain", t->uncertain);
  json_builder_end_object (builder);
}

static void
add_warnings (JsonBuilder  *builder,
              const PfPlan *plan)
{
  const PfPlanInputs *inputs = pf_plan_get_inputs (plan);

  if (pf_plan_get_vdot (plan) > 0.0)
    pf_json_add_rounded (builder, "vdot", pf_plan_get_vdot (plan), 0.01);

  pf_json_begin_array (builder, "warnings");
  for (guint i = 0; i < pf_plan_get_n_warnings (plan); i++)
    {
      const PfWarning *w = pf_plan_get_warning (plan, i);

      json_builder_begin_object (builder);
      pf_json_add_string (builder, "id", w->id);
      pf_json_add_string (builder, "severity", pf_severity_to_string (w->severity));
      pf_json_add_rounded (builder, "from_m", w->from_m, 0.01);
      pf_json_add_rounded (builder, "to_m", w->to_m, 0.01);
      pf_json_add_string (builder, "message", w->message);
      pf_json_add_string (builder, "reason", w->reason);
      pf_json_add_string (builder, "action", w->action);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  pf_json_begin_array (builder, "checklist");
  for (guint i = 0; i < PF_N_CHECKS; i++)
    {
      json_builder_begin_object (builder);
      pf_json_add_string (builder, "id", pf_check_id (i));
      pf_json_add_string (builder, "question", pf_check_question (i));
      pf_json_add_string (builder, "answer", pf_answer_to_string (inputs->checklist[i]));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  pf_json_add_string (builder, "cramp_response", pf_cramp_response ());
}

JsonNode *
pf_plan_to_json (const PfPlan *plan)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  const PfPlanInputs *inputs = pf_plan_get_inputs (plan);
  g_autoptr(GDateTime) start = g_date_time_new_from_unix_utc (inputs->start_time);
  g_autofree char *start_text = g_date_time_format (start, "%Y-%m-%dT%H:%M");
  g_autofree char *finish_clock = pf_plan_format_clock (plan, pf_plan_get_finish_time (plan));

  g_return_val_if_fail (plan != NULL, NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "course");
  json_builder_add_value (builder, pf_course_summary_to_json (pf_plan_get_course (plan)));
  pf_json_add_rounded (builder, "distance_m", pf_course_get_distance (pf_plan_get_course (plan)),
                       0.01);
  pf_json_add_string (builder, "mode", inputs->pace_mode == PF_PACE_MODE_GOAL ? "goal" : "effort");
  if (inputs->pace_mode == PF_PACE_MODE_GOAL)
    pf_json_add_rounded (builder, "goal_s", inputs->goal_time_s, 0.01);
  pf_json_add_string (builder, "start", start_text);
  /* Whose plan: as in the plan document, a member only when given. */
  if (inputs->athlete.name != NULL || inputs->athlete.club != NULL
      || inputs->athlete.notes != NULL)
    {
      pf_json_begin_object (builder, "athlete");
      if (inputs->athlete.name != NULL)
        pf_json_add_string (builder, "name", inputs->athlete.name);
      if (inputs->athlete.club != NULL)
        pf_json_add_string (builder, "club", inputs->athlete.club);
      if (inputs->athlete.notes != NULL)
        pf_json_add_string (builder, "notes", inputs->athlete.notes);
      json_builder_end_object (builder);
    }
  if (inputs->conditions.forecast_source != NULL)
    {
      g_autoptr(GDateTime) fetched = g_date_time_new_from_unix_utc (inputs->conditions.forecast_fetched_at);
      g_autofree char *fetched_text = g_date_time_format_iso8601 (fetched);

      pf_json_begin_object (builder, "forecast");
      pf_json_add_string (builder, "source", inputs->conditions.forecast_source);
      pf_json_add_string (builder, "fetched_at", fetched_text);
      pf_json_add_string (builder, "attribution", PF_FORECAST_ATTRIBUTION);
      json_builder_end_object (builder);
    }
  pf_json_add_rounded (builder, "finish_s", pf_plan_get_finish_time (plan), 0.01);
  pf_json_add_string (builder, "finish_clock", finish_clock);
  pf_json_add_rounded (builder, "flat_pace_s_per_km", pf_plan_get_flat_pace (plan) * 1000.0, 0.01);
  pf_json_add_rounded (builder, "heat_cost_s", pf_plan_get_heat_cost (plan), 0.01);
  pf_json_add_rounded (builder, "climb_cost_s", pf_plan_get_climb_cost (plan), 0.01);
  pf_json_add_rounded (builder, "max_hadley_f", pf_plan_get_max_hadley_f (plan), 0.1);
  pf_json_add_string (builder, "model", pf_grade_model_to_string (inputs->grade_model));
  pf_json_add_string (builder, "heat_model", pf_heat_model_to_string (inputs->heat_model));
  pf_json_add_string (builder, "strategy",
                      pf_strategy_to_string (inputs->strategy, inputs->strategy_pct));
  pf_json_add_rounded (builder, "drift_pct", inputs->drift_pct, 0.01);

  pf_json_begin_array (builder, "predictions");
  for (guint i = 0; i < pf_plan_get_n_predictions (plan); i++)
    {
      const PfPrediction *p = pf_plan_get_prediction (plan, i);

      json_builder_begin_object (builder);
      pf_json_add_string (builder, "model", pf_prediction_model_to_string (p->model));
      pf_json_add_rounded (builder, "time_s", p->time_s, 0.01);
      pf_json_add_rounded (builder, "from_distance_m", p->from_distance_m, 0.01);
      pf_json_add_rounded (builder, "from_time_s", p->from_time_s, 0.01);
      pf_json_add_bool (builder, "capped_by_records", p->capped);
      pf_json_add_string (builder, "rests_on", pf_prediction_model_get_basis (p->model));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  pf_json_add_rounded (builder, "effort_distance_m", pf_plan_get_effort_distance (plan), 0.01);
  pf_json_add_bool (builder, "trail", pf_plan_is_trail (plan));
  pf_json_add_rounded (builder, "heat_share", pf_plan_get_heat_scale (plan), 0.001);

  /* What this runner would run by feel on this day: absent without a race to run from. */
  if (pf_plan_get_realistic (plan) != NULL)
    {
      pf_json_begin_object (builder, "realistic");
      pf_json_add_rounded (builder, "finish_s", pf_plan_get_realistic (plan)->finish_s, 0.01);
      pf_json_add_rounded (builder, "heat_cost_s", pf_plan_get_realistic (plan)->heat_cost_s,
                           0.01);
      pf_json_add_rounded (builder, "climb_cost_s", pf_plan_get_realistic (plan)->climb_cost_s,
                           0.01);
      pf_json_begin_array (builder, "splits");
      for (guint i = 0; i < pf_plan_get_n_realistic_splits (plan); i++)
        add_split (builder, plan, pf_plan_get_realistic_split (plan, i));
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }

  add_profile_effect (builder, plan);

  pf_json_begin_array (builder, "splits");
  for (guint i = 0; i < pf_plan_get_n_splits (plan); i++)
    add_split (builder, plan, pf_plan_get_split (plan, i));
  json_builder_end_array (builder);

  add_fuel (builder, plan);
  add_feasibility (builder, plan);
  add_warnings (builder, plan);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}
