/* test-feasibility.c — a plan that cannot be drunk through says so first, with the change that
 * makes it feasible; a sweat test is carried only as far as the heat balance justifies; the
 * warnings about drinking and sodium agree with the schedule (issue 16)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "core/pacefuel-core.h"
#include "pf-test-course.h"
#include "pf-test-util.h"

static PfTrack *flat_marathon;

/* A marathon on the flat with aid every 5 km, no races, a goal time. */
static void
marathon_inputs (PfPlanInputs *inputs,
                 double        goal_s,
                 double        temp_c,
                 double        dew_point_c)
{
  pf_plan_inputs_init (inputs);
  pf_plan_inputs_set_track (inputs, flat_marathon);
  inputs->official_distance_m = PF_DISTANCE_MARATHON;
  inputs->goal_time_s = goal_s;
  inputs->conditions.start_temp_c = temp_c;
  inputs->conditions.humidity_kind = PF_HUMIDITY_DEW_POINT;
  inputs->conditions.humidity = dew_point_c;
  for (double d = 5000.0; d < 42000.0; d += 5000.0)
    g_array_append_val (inputs->fuel.extra_aid_m, d);
}

static const PfFeasibilityChange *
find_change (const PfFeasibility *f,
             PfFeasibilityKind    kind)
{
  for (guint i = 0; i < f->changes->len; i++)
    {
      if (g_array_index (f->changes, PfFeasibilityChange, i).kind == kind)
        return &g_array_index (f->changes, PfFeasibilityChange, i);
    }
  return NULL;
}

/* The infeasible plan: its slower change, checked by planning at that finish. */
static void
assert_slower_is_feasible (PfPlanInputs  *inputs,
                           const PfPlan  *plan)
{
  const PfFeasibility *f = pf_plan_get_feasibility (plan);
  const PfFeasibilityChange *slower = find_change (f, PF_FEASIBILITY_SLOWER);
  const PfWarning *first;
  g_autoptr(PfPlan) replanned = NULL;
  const PfFeasibility *g;

  g_assert_false (f->feasible);
  g_assert_cmpfloat (f->mass_loss_pct, >, f->max_mass_loss_pct);

  /* Said first, before every other danger, with the change in its text. */
  first = pf_plan_get_warning (plan, 0);
  g_assert_cmpstr (first->id, ==, "not-feasible");
  g_assert_cmpint (first->severity, ==, PF_SEVERITY_DANGER);
  g_assert_nonnull (slower);
  g_assert_nonnull (strstr (first->message, slower->text));
  g_assert_cmpint (f->changes->len, >, 0);
  g_assert_true (g_array_index (f->changes, PfFeasibilityChange, 0).kind
                 == PF_FEASIBILITY_SLOWER);

  /* At that finish the loss is within the limit: the schedule's own, when the slower finish
   * is enough alone; else drinking up to the ceiling, and the change after it says where
   * the places to drink are missing. */
  g_assert_cmpfloat (slower->finish_s, >, pf_plan_get_finish_time (plan));
  g_assert_cmpfloat (fmod (slower->finish_s, 60.0), ==, 0.0);
  g_assert_cmpfloat (slower->mass_loss_pct, <=, f->max_mass_loss_pct + 1e-9);
  inputs->pace_mode = PF_PACE_MODE_GOAL;
  inputs->goal_time_s = slower->finish_s;
  replanned = pf_test_plan_compute (inputs);
  g = pf_plan_get_feasibility (replanned);
  g_assert_cmpfloat (g->ceiling_loss_pct, <=, f->max_mass_loss_pct + 0.05);
  g_assert_cmpfloat (g->ceiling_loss_pct, <, f->ceiling_loss_pct);
  if (f->changes->len == 1)
    {
      g_assert_true (g->feasible);
      g_assert_cmpfloat (g->mass_loss_pct, <=, f->max_mass_loss_pct + 0.05);
    }
  else
    {
      const PfFeasibilityChange *then = &g_array_index (f->changes, PfFeasibilityChange, 1);

      g_assert_true (then->kind == PF_FEASIBILITY_BOTTLE
                     || then->kind == PF_FEASIBILITY_STATIONS);
      g_assert_cmpfloat (then->finish_s, ==, slower->finish_s);
      g_assert_false (g->feasible);
    }
  /* The loss is said once, in the not-feasible danger, not again as a mass-loss one. */
  g_assert_null (pf_test_plan_find_warning (plan, "mass-loss"));
}

/* "A runner told −10.4 % still gets a 2:59 plan": now it is not feasible as set. */
static void
test_hot_fast_marathon (void)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(PfPlan) plan = NULL;
  const PfFeasibility *f;

  marathon_inputs (&inputs, 2 * 3600 + 59 * 60, 30.0, 24.0);
  plan = pf_test_plan_compute (&inputs);
  f = pf_plan_get_feasibility (plan);
  g_assert_cmpfloat (f->mass_loss_pct, >, 8.0);
  g_assert_cmpfloat (f->max_mass_loss_pct, ==, PF_FEASIBLE_LOSS_PCT);
  assert_slower_is_feasible (&inputs, plan);
}

/* A cool 3:30: feasible, nothing to change, no warning about it. */
static void
test_cool_marathon (void)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(PfPlan) plan = NULL;
  const PfFeasibility *f;

  marathon_inputs (&inputs, 3.5 * 3600, 12.0, 5.0);
  plan = pf_test_plan_compute (&inputs);
  f = pf_plan_get_feasibility (plan);
  g_assert_true (f->feasible);
  g_assert_cmpuint (f->changes->len, ==, 0);
  g_assert_cmpfloat (f->mass_loss_pct, <=, f->max_mass_loss_pct);
  g_assert_null (pf_test_plan_find_warning (plan, "not-feasible"));
}

/* Acclimatised runners are offered a higher ceiling; the others never. */
static void
test_ceiling_only_acclimatised (void)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(PfPlan) plain = NULL;
  g_autoptr(PfPlan) acclimatised = NULL;
  const PfFeasibilityChange *c;

  marathon_inputs (&inputs, 4.75 * 3600, 27.0, 20.0);
  plain = pf_test_plan_compute (&inputs);
  g_assert_false (pf_plan_get_feasibility (plain)->feasible);
  g_assert_null (find_change (pf_plan_get_feasibility (plain), PF_FEASIBILITY_CEILING));
  inputs.training.acclimatised = TRUE;
  acclimatised = pf_test_plan_compute (&inputs);
  g_assert_false (pf_plan_get_feasibility (acclimatised)->feasible);
  c = find_change (pf_plan_get_feasibility (acclimatised), PF_FEASIBILITY_CEILING);
  g_assert_nonnull (c);
  g_assert_cmpfloat (c->ceiling_l_per_h, ==, PF_FEASIBLE_ACCLIMATISED_CEILING_L_PER_H);
  g_assert_cmpfloat (c->mass_loss_pct, <=,
                     pf_plan_get_feasibility (acclimatised)->max_mass_loss_pct);
}

/* `plan --json`: feasibility { feasible, max_mass_loss_pct, changes [{ what, text, finish_s }] }. */
static void
test_json (void)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(PfPlan) plan = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *f, *change;
  JsonArray *changes;

  marathon_inputs (&inputs, 2 * 3600 + 59 * 60, 30.0, 24.0);
  plan = pf_test_plan_compute (&inputs);
  root = pf_plan_to_json (plan);
  f = json_object_get_object_member (json_node_get_object (root), "feasibility");
  g_assert_nonnull (f);
  g_assert_false (json_object_get_boolean_member (f, "feasible"));
  g_assert_cmpfloat (json_object_get_double_member (f, "max_mass_loss_pct"), ==, 3.0);
  changes = json_object_get_array_member (f, "changes");
  g_assert_cmpuint (json_array_get_length (changes), >, 0);
  change = json_array_get_object_element (changes, 0);
  g_assert_cmpstr (json_object_get_string_member (change, "what"), ==, "slower");
  g_assert_nonnull (json_object_get_string_member (change, "text"));
  g_assert_cmpfloat (json_object_get_double_member (change, "finish_s"), >,
                     pf_plan_get_finish_time (plan));
  g_assert_false (json_object_has_member (json_node_get_object (root), "sweat_transfer"));
}

/* The 12 h CCC at 30 °C: not feasible, and a slower finish that is. */
static void
test_ccc_in_the_heat (void)
{
  g_autofree char *path = pf_test_shared_path ("courses", "ccc.gpx", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = NULL;
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(PfPlan) plan = NULL;

  if (path == NULL)
    {
      g_test_skip ("no shared data");
      return;
    }
  track = pf_import_path (path, &error);
  g_assert_no_error (error);
  pf_plan_inputs_init (&inputs);
  pf_plan_inputs_set_track (&inputs, track);
  inputs.goal_time_s = 12 * 3600.0;
  inputs.conditions.start_temp_c = 30.0;
  inputs.conditions.humidity_kind = PF_HUMIDITY_DEW_POINT;
  inputs.conditions.humidity = 10.0;
  plan = pf_test_plan_compute (&inputs);
  g_assert_cmpfloat (pf_plan_get_feasibility (plan)->max_mass_loss_pct, ==,
                     PF_FEASIBLE_LOSS_ULTRA_PCT);
  g_assert_cmpfloat (pf_plan_get_feasibility (plan)->mass_loss_pct, >, 10.0);
  assert_slower_is_feasible (&inputs, plan);
}

/* ---- the sweat test ---------------------------------------------------------------- */

static void
set_test (PfRunner *runner,
          double    rate_l_per_h,
          double    temp_c,
          double    dew_point_c,
          double    pace_s_per_km)
{
  runner->has_sweat_test = TRUE;
  runner->sweat_test.pre_kg = 70.0;
  runner->sweat_test.post_kg = 70.0 - rate_l_per_h;
  runner->sweat_test.drank_l = 0.0;
  runner->sweat_test.urine_l = 0.0;
  runner->sweat_test.minutes = 60.0;
  runner->sweat_test.temp_c = temp_c;
  runner->sweat_test.dew_point_c = dew_point_c;
  runner->sweat_test.pace_s_per_km = pace_s_per_km;
}

/* Switched on, not filled in: the plan is the one without a test. */
static void
test_empty_sweat_test (void)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(PfPlan) without = NULL;
  g_autoptr(PfPlan) empty = NULL;

  marathon_inputs (&inputs, 3.5 * 3600, 20.0, 12.0);
  without = pf_test_plan_compute (&inputs);
  inputs.runner.has_sweat_test = TRUE;
  memset (&inputs.runner.sweat_test, 0, sizeof inputs.runner.sweat_test);
  g_assert_false (pf_runner_has_sweat_test (&inputs.runner));
  empty = pf_test_plan_compute (&inputs);
  g_assert_cmpfloat (pf_plan_get_fuel (empty)->sweat_rate_l_per_h, ==,
                     pf_plan_get_fuel (without)->sweat_rate_l_per_h);
  g_assert_cmpfloat (pf_plan_get_fuel (empty)->test_rate_l_per_h, ==, 0.0);
  g_assert_cmpfloat (pf_plan_get_fuel (empty)->totals.fluid_l, ==,
                     pf_plan_get_fuel (without)->totals.fluid_l);
  g_assert_false (pf_plan_get_sweat_transfer (empty)->has_test);
}

/* A 1.5 L/h test on a mild day carried to a hot race: no longer doubled (the issue: 1.4–1.6
 * became 2.7–3.1 L/h), the extra sweat the heat balance computes added instead; the reasons
 * add up; the race far from the test is flagged. In the test's own conditions the test
 * holds. */
static void
test_sweat_transfer (void)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(PfPlan) hot = NULL;
  g_autoptr(PfPlan) same = NULL;
  g_autoptr(JsonNode) root = NULL;
  const PfSweatTransfer *t;
  double test_model;

  marathon_inputs (&inputs, 3.5 * 3600, 28.0, 20.0);
  set_test (&inputs.runner, 1.5, 15.0, 8.0, 300.0);
  hot = pf_test_plan_compute (&inputs);
  t = pf_plan_get_sweat_transfer (hot);
  g_assert_true (t->has_test);
  g_assert_cmpfloat_with_epsilon (t->test_rate_l_per_h, 1.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (t->race_rate_l_per_h,
                                  pf_plan_get_fuel (hot)->sweat_rate_l_per_h, 1e-6);
  g_assert_cmpfloat (t->race_rate_l_per_h, >, t->test_rate_l_per_h);
  g_assert_cmpfloat (t->race_rate_l_per_h, <, 2.7);
  g_assert_true (t->bounded);
  g_assert_cmpfloat (t->scaled_l_per_h, >, t->race_rate_l_per_h);
  g_assert_cmpfloat (t->heat_l_per_h, >, 0.0);
  g_assert_cmpfloat_with_epsilon (t->test_rate_l_per_h + t->heat_l_per_h + t->pace_l_per_h,
                                  t->race_rate_l_per_h, 1e-9);
  g_assert_true (t->uncertain);
  g_assert_nonnull (pf_test_plan_find_warning (hot, "sweat-test-far"));
  root = pf_plan_to_json (hot);
  g_assert_true (json_object_has_member (json_node_get_object (root), "sweat_transfer"));

  /* Never above the test plus the model's extra sweat at the race's mean conditions' worst. */
  test_model = pf_sweat_test_model_rate (&inputs.runner.sweat_test, 70.0, 175.0);
  g_assert_cmpfloat (pf_sweat_test_transfer (1.5, test_model, test_model + 1.0), ==, 2.5);
  g_assert_cmpfloat_with_epsilon (pf_sweat_test_transfer (1.5, test_model, test_model / 2.0),
                                  0.75, 1e-9);

  /* The race in the test's own weather and pace: the test's rate, nothing flagged. */
  marathon_inputs (&inputs, 42.195 * 300.0, 15.0, 8.0);
  set_test (&inputs.runner, 1.5, 15.0, 8.0, 300.0);
  same = pf_test_plan_compute (&inputs);
  t = pf_plan_get_sweat_transfer (same);
  g_assert_cmpfloat (fabs (t->race_rate_l_per_h - 1.5), <, 0.05);
  g_assert_false (t->uncertain);
  g_assert_null (pf_test_plan_find_warning (same, "sweat-test-far"));
}

/* ---- warnings that agree with the schedule ----------------------------------------- */

/* The plan's own capped schedule never overdrinks: not beside a mass-loss danger, and not on
 * a 12 h ultra that drinks many litres while losing 2 %. */
static void
test_no_overdrinking_on_own_schedule (void)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(PfTrack) ultra = pf_test_course_new (100000.0, NULL);
  g_autoptr(PfPlan) hot = NULL;
  g_autoptr(PfPlan) long_day = NULL;
  const PfFuel *fuel;

  marathon_inputs (&inputs, 4.0 * 3600, 27.0, 20.0);
  hot = pf_test_plan_compute (&inputs);
  g_assert_nonnull (pf_test_plan_find_warning (hot, "not-feasible"));
  g_assert_null (pf_test_plan_find_warning (hot, "overdrinking"));

  pf_plan_inputs_init (&inputs);
  pf_plan_inputs_set_track (&inputs, ultra);
  inputs.goal_time_s = 12 * 3600.0;
  inputs.conditions.start_temp_c = 15.0;
  inputs.fuel.carry_bottle_ml = 500.0;
  for (double d = 5000.0; d < 100000.0; d += 5000.0)
    g_array_append_val (inputs.fuel.extra_aid_m, d);
  long_day = pf_test_plan_compute (&inputs);
  fuel = pf_plan_get_fuel (long_day);
  g_assert_cmpfloat (fuel->totals.fluid_l, >, 3.0);
  g_assert_cmpfloat (fuel->totals.mass_change_pct, <, 0.0);
  g_assert_null (pf_test_plan_find_warning (long_day, "overdrinking"));
}

/* Sodium advice names the concentration the plan mixes and the runner's band: a typical
 * sweater with a cramp history is not told 1.5 g/L while the plan mixes less. */
static void
test_sodium_advice (void)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(PfPlan) plan = NULL;
  const PfWarning *w;
  g_autofree char *strength = NULL;

  marathon_inputs (&inputs, 3.5 * 3600, 24.0, 16.0);
  inputs.runner.cramp_prone = TRUE;
  inputs.fuel.carry_bottle_ml = 500.0;  /* a bottle to mix: the advice names its strength */
  plan = pf_test_plan_compute (&inputs);
  w = pf_test_plan_find_warning (plan, "sodium-cramp-risk");
  g_assert_nonnull (w);
  strength = g_strdup_printf ("%.2f g/L", pf_plan_get_fuel (plan)->drink.sodium_g_per_l);
  g_assert_nonnull (strstr (w->action, strength));
  g_assert_cmpfloat (pf_plan_get_fuel (plan)->drink.sodium_g_per_l, <,
                     PF_DRINK_SODIUM_MAX_G_PER_L);
  g_assert_null (strstr (w->action, "1.5 g/L"));
  g_assert_nonnull (strstr (w->message, "typical"));
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);

  flat_marathon = pf_test_course_new (42195.0, NULL);

  g_test_add_func ("/feasibility/hot-fast-marathon", test_hot_fast_marathon);
  g_test_add_func ("/feasibility/cool-marathon", test_cool_marathon);
  g_test_add_func ("/feasibility/ceiling-only-acclimatised", test_ceiling_only_acclimatised);
  g_test_add_func ("/feasibility/json", test_json);
  g_test_add_func ("/feasibility/ccc-in-the-heat", test_ccc_in_the_heat);
  g_test_add_func ("/sweat/empty-test", test_empty_sweat_test);
  g_test_add_func ("/sweat/transfer", test_sweat_transfer);
  g_test_add_func ("/warnings/no-overdrinking-on-own-schedule",
                   test_no_overdrinking_on_own_schedule);
  g_test_add_func ("/warnings/sodium-advice", test_sodium_advice);

  status = g_test_run ();
  pf_track_unref (flat_marathon);
  return status;
}
