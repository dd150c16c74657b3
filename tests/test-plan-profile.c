/* test-plan-profile.c — a plan with the runner's own profile: what it changes and says it
 * changes, what it leaves alone, and the plan file that carries it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "core/pacefuel-core.h"
#include "pf-test-course.h"
#include "pf-test-util.h"

/* 10 km: flat to 3 km, 2 km up at 6 %, 2 km down at 6 %, flat to the finish. */
static double
one_hill (double d)
{
  if (d < 3000.0)
    return 100.0;
  if (d < 5000.0)
    return 100.0 + 0.06 * (d - 3000.0);
  if (d < 7000.0)
    return 220.0 - 0.06 * (d - 5000.0);
  return 100.0;
}

static double
flat (double d)
{
  (void) d;
  return 100.0;
}

/* A profile as the fit would give it: @uphill and @downhill log-pace corrections on every knot
 * of that side, heat and fade known only when asked for. */
static PfRunnerProfile *
profile_new (double uphill,
             double downhill)
{
  PfRunnerProfile *p = g_new0 (PfRunnerProfile, 1);

  p->model = PF_GRADE_MODEL_STRAVA;
  p->n_runs_given = p->n_runs_used = 6;
  p->distance_m = 80000.0;
  p->n_segments = 530;
  p->residual_sd = 0.04;
  for (guint k = 0; k < PF_RUNNER_PROFILE_N_KNOTS; k++)
    {
      PfRunnerProfileKnot *knot = &p->knots[k];

      knot->grade = pf_runner_profile_knot_grade (k);
      knot->correction = k > PF_RUNNER_PROFILE_FLAT_KNOT ? uphill
                         : k < PF_RUNNER_PROFILE_FLAT_KNOT ? downhill : 0.0;
      knot->se = k == PF_RUNNER_PROFILE_FLAT_KNOT ? 0.0 : 0.02;
      knot->n_runs = 6;
      knot->n_segments = 40;
      knot->distance_m = 6000.0;
    }
  return p;
}

/* A runner with a 10 km race behind them (so there is a run by feel), on @elevation. */
static void
inputs_for (PfPlanInputs   *inputs,
            PfTestElevation elevation,
            double          temp_c)
{
  g_autoptr(PfTrack) track = pf_test_course_new (10000.0, elevation);

  pf_plan_inputs_init (inputs);
  pf_plan_inputs_set_track (inputs, track);
  pf_plan_inputs_add_race (inputs, 10000.0, 45 * 60.0);
  inputs->pace_mode = PF_PACE_MODE_EFFORT;
  inputs->start_time = 9 * 3600;
  inputs->conditions.start_temp_c = temp_c;
  inputs->conditions.finish_temp_c = temp_c;
}

/* The split ending nearest @metres. */
static const PfSplit *
split_at (const PfPlan *plan,
          double        metres)
{
  for (guint i = 0; i < pf_plan_get_n_splits (plan); i++)
    if (fabs (pf_plan_get_split (plan, i)->end_m - metres) < 60.0)
      return pf_plan_get_split (plan, i);
  g_assert_not_reached ();
}

/* Without a profile nothing is said: the effect is all zero. */
static void
test_without_profile (void)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(PfPlan) plan = NULL;
  const PfProfileEffect *effect;

  inputs_for (&inputs, one_hill, 12.0);
  plan = pf_test_plan_compute (&inputs);
  effect = pf_plan_get_profile_effect (plan);
  g_assert_false (effect->used);
  g_assert_false (effect->predicted);
  g_assert_cmpfloat (effect->finish_s, ==, 0.0);
  g_assert_cmpfloat (effect->split_s, ==, 0.0);
}

/* A runner 10 % slower uphill than the model runs the hill slower by feel, and the plan says
 * by how much — the same seconds as the two plans' difference, all of it from the hills. */
static void
test_hills_slow_the_climber (void)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(PfRunnerProfile) profile = profile_new (0.10, 0.0);
  g_autoptr(PfPlan) generic = NULL, own = NULL;
  const PfProfileEffect *effect;
  double generic_finish, own_finish, climb_s;

  inputs_for (&inputs, one_hill, 12.0);
  generic = pf_test_plan_compute (&inputs);
  pf_plan_inputs_set_profile (&inputs, profile);
  own = pf_test_plan_compute (&inputs);
  effect = pf_plan_get_profile_effect (own);

  generic_finish = pf_plan_get_realistic (generic)->finish_s;
  own_finish = pf_plan_get_realistic (own)->finish_s;
  g_assert_true (effect->used);
  g_assert_true (effect->predicted);
  g_assert_cmpfloat_with_epsilon (effect->finish_s, own_finish - generic_finish, 0.5);
  g_assert_cmpfloat_with_epsilon (effect->hills_s, effect->finish_s, 0.5);
  g_assert_cmpfloat (effect->heat_s, ==, 0.0);

  /* The climb's two kilometres take about e^0.1 − 1 = 10.5 % longer: tens of seconds, not
   * minutes, and the descent as the model says. */
  climb_s = split_at (generic, 4000.0)->time_s + split_at (generic, 5000.0)->time_s;
  g_assert_cmpfloat (effect->finish_s, >, 0.08 * climb_s);
  g_assert_cmpfloat (effect->finish_s, <, 0.13 * climb_s);
  g_assert_cmpfloat_with_epsilon (split_at (own, 6000.0)->time_s,
                                  split_at (generic, 6000.0)->time_s, 2.0);

  /* The prescribed plan (effort mode here) changes by as much, and its climb most of all. */
  g_assert_cmpfloat (effect->plan_finish_s, >, 0.0);
  g_assert_cmpfloat (effect->split_s, >, 0.0);
  g_assert_cmpfloat (pf_plan_get_split (own, effect->split)->end_m, >, 3000.0);
  g_assert_cmpfloat (pf_plan_get_split (own, effect->split)->end_m, <=, 5100.0);

  /* The JSON says the same, and nothing of a profile when there is none. */
  {
    g_autoptr(JsonNode) with = pf_plan_to_json (own);
    g_autoptr(JsonNode) without = pf_plan_to_json (generic);
    JsonObject *e = json_object_get_object_member (json_node_get_object (with), "profile_effect");

    g_assert_nonnull (e);
    g_assert_cmpfloat_with_epsilon (json_object_get_double_member (e, "hills_s"), effect->hills_s,
                                    0.01);
    g_assert_cmpint (json_object_get_int_member (e, "largest_split_index"), ==,
                     pf_plan_get_split (own, effect->split)->index);
    g_assert_false (json_object_has_member (json_node_get_object (without), "profile_effect"));
  }
}

/* A goal holds: the profile moves time to the climb and takes it from the rest. */
static void
test_goal_holds (void)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(PfRunnerProfile) profile = profile_new (0.10, -0.05);
  g_autoptr(PfPlan) generic = NULL, own = NULL;
  const PfProfileEffect *effect;

  inputs_for (&inputs, one_hill, 12.0);
  inputs.pace_mode = PF_PACE_MODE_GOAL;
  inputs.goal_time_s = 48 * 60.0;
  generic = pf_test_plan_compute (&inputs);
  pf_plan_inputs_set_profile (&inputs, profile);
  own = pf_test_plan_compute (&inputs);
  effect = pf_plan_get_profile_effect (own);

  g_assert_cmpfloat_with_epsilon (pf_plan_get_finish_time (own), 48 * 60.0, 0.5);
  g_assert_cmpfloat_with_epsilon (effect->plan_finish_s, 0.0, 0.5);
  g_assert_cmpfloat (split_at (own, 4000.0)->time_s, >, split_at (generic, 4000.0)->time_s + 5.0);
  g_assert_cmpfloat (split_at (own, 6000.0)->time_s, <, split_at (generic, 6000.0)->time_s - 2.0);
  g_assert_cmpfloat (split_at (own, 9000.0)->time_s, <, split_at (generic, 9000.0)->time_s);
  g_assert_cmpfloat (fabs (effect->split_s), >, 5.0);
}

/* Heat: a runner whose runs showed half as much again as the model pays 1.5 of it, in place
 * of the share their level suggests; one who showed less than nothing pays nothing, never a
 * bonus. Unknown heat leaves the level's share. */
static void
test_heat_share (void)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(PfRunnerProfile) sensitive = profile_new (0.0, 0.0);
  g_autoptr(PfRunnerProfile) tolerant = profile_new (0.0, 0.0);
  g_autoptr(PfRunnerProfile) unknown = profile_new (0.0, 0.0);
  g_autoptr(PfPlan) generic = NULL, hot = NULL, cool = NULL, same = NULL;

  sensitive->heat = (PfRunnerProfileTerm) { TRUE, 0.5, 0.1, 8, 0.05 };
  tolerant->heat = (PfRunnerProfileTerm) { TRUE, -3.0, 0.1, 8, 0.05 };
  inputs_for (&inputs, flat, 27.0);
  generic = pf_test_plan_compute (&inputs);
  pf_plan_inputs_set_profile (&inputs, sensitive);
  hot = pf_test_plan_compute (&inputs);
  pf_plan_inputs_set_profile (&inputs, tolerant);
  cool = pf_test_plan_compute (&inputs);
  pf_plan_inputs_set_profile (&inputs, unknown);
  same = pf_test_plan_compute (&inputs);

  g_assert_cmpfloat (pf_plan_get_heat_cost (generic), >, 30.0);
  g_assert_cmpfloat_with_epsilon (pf_plan_get_heat_scale (hot), 1.5, 1e-9);
  g_assert_cmpfloat (pf_plan_get_profile_effect (hot)->heat_s, >, 0.0);
  g_assert_cmpfloat (pf_plan_get_heat_cost (hot), >, pf_plan_get_heat_cost (generic));
  /* The heat warning says whose share it is: the runner's own, not their level's. */
  g_assert_nonnull (pf_test_plan_find_warning (hot, "heat"));
  g_assert_nonnull (strstr (pf_test_plan_find_warning (hot, "heat")->message,
                            "150 % of the heat model's cost, as your own runs showed"));
  g_assert_null (strstr (pf_test_plan_find_warning (generic, "heat")->message, "your own runs"));
  g_assert_cmpfloat (pf_plan_get_heat_scale (cool), ==, 0.0);
  g_assert_cmpfloat (pf_plan_get_heat_cost (cool), ==, 0.0);
  g_assert_cmpfloat (pf_plan_get_heat_scale (same), ==, pf_plan_get_heat_scale (generic));
  g_assert_cmpfloat_with_epsilon (pf_plan_get_profile_effect (same)->finish_s, 0.0, 0.5);
}

/* Fade: the runner's own drift shapes the run by feel — a runner who slows 5 % an hour ends
 * slower against their start than one who speeds up — but never over more hours than the
 * longest run it was measured on. */
static void
test_own_fade (void)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(PfRunnerProfile) fading = profile_new (0.0, 0.0);
  g_autoptr(PfRunnerProfile) rising = profile_new (0.0, 0.0);
  g_autoptr(PfPlan) a = NULL, b = NULL;
  const PfPacing *ra, *rb;
  PfFade fade = { 0.0, 0.0 };
  double ratio_a, ratio_b;

  fading->fade = (PfRunnerProfileTerm) { TRUE, 0.05, 0.01, 3, 2.0 };
  rising->fade = (PfRunnerProfileTerm) { TRUE, -0.05, 0.01, 3, 2.0 };
  inputs_for (&inputs, flat, 10.0);
  pf_plan_inputs_set_profile (&inputs, fading);
  a = pf_test_plan_compute (&inputs);
  pf_plan_inputs_set_profile (&inputs, rising);
  b = pf_test_plan_compute (&inputs);
  ra = pf_plan_get_realistic (a);
  rb = pf_plan_get_realistic (b);
  ratio_a = pf_plan_get_realistic_split (a, 9)->time_s / pf_plan_get_realistic_split (a, 0)->time_s;
  ratio_b = pf_plan_get_realistic_split (b, 9)->time_s / pf_plan_get_realistic_split (b, 0)->time_s;
  g_assert_nonnull (ra);
  g_assert_nonnull (rb);
  g_assert_cmpfloat (ratio_a, >, 1.02);
  g_assert_cmpfloat (ratio_b, <, 0.98);

  /* 5 %/h measured on runs of at most 2 h: a 10-hour race drifts as a 2-hour run did. */
  g_assert_true (pf_runner_profile_fade (fading, 10 * 3600.0, &fade));
  g_assert_cmpfloat_with_epsilon (fade.linear, expm1 (0.05 * 2.0), 1e-9);

  /* Without a long run the profile has no fade: the shape is left as it was. */
  fading->fade.known = FALSE;
  g_assert_false (pf_runner_profile_fade (fading, 3600.0, &fade));
  g_assert_cmpfloat_with_epsilon (fade.linear, expm1 (0.05 * 2.0), 1e-9);
}

/* The plan file carries the profile it uses, reads it back equal, and refuses a broken one
 * naming the file; a plan without one reads back without. */
static void
test_plan_file (void)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  g_auto(PfPlanInputs) loaded = { 0 };
  g_auto(PfPlanInputs) bare = { 0 };
  g_autoptr(PfRunnerProfile) profile = profile_new (0.07, -0.03);
  g_autofree char *dir = g_dir_make_tmp ("pf-test-plan-profile-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "with.pacefuel", NULL);
  g_autofree char *broken_path = g_build_filename (dir, "broken.pacefuel", NULL);
  g_autofree char *text = NULL, *broken = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) broken_file = g_file_new_for_path (broken_path);
  g_autoptr(GError) error = NULL;
  g_autofree char *models = NULL;
  char *at;

  inputs_for (&inputs, one_hill, 12.0);
  pf_plan_inputs_set_profile (&inputs, profile);
  g_assert_true (pf_plan_file_save (&inputs, file, NULL, &error));
  g_assert_no_error (error);
  pf_plan_inputs_init (&loaded);
  g_assert_true (pf_plan_file_load (file, &loaded, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (loaded.profile);
  g_assert_true (pf_runner_profile_equal (loaded.profile, profile));
  models = pf_plan_inputs_describe_models (&loaded);
  g_assert_nonnull (strstr (models, "your own profile (6 runs"));

  /* The first knot's correction made a word: refused, and the message says where. */
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  at = strstr (text, "\"correction\"");
  g_assert_nonnull (at);
  broken = g_strdup_printf ("%.*s\"correction\" : \"fast\"%s", (int) (at - text), text,
                            strchr (at, ','));
  g_assert_true (g_file_set_contents (broken_path, broken, -1, NULL));
  pf_plan_inputs_init (&bare);
  g_assert_false (pf_plan_file_load (broken_file, &bare, NULL, &error));
  g_assert_error (error, PF_PLAN_FILE_ERROR, PF_PLAN_FILE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "broken.pacefuel"));
  g_assert_nonnull (strstr (error->message, "correction"));
  g_clear_error (&error);

  /* Switched off, the file has no profile and reads back without. */
  pf_plan_inputs_set_profile (&inputs, NULL);
  g_assert_true (pf_plan_file_save (&inputs, file, NULL, &error));
  pf_plan_inputs_clear (&bare);
  pf_plan_inputs_init (&bare);
  g_assert_true (pf_plan_file_load (file, &bare, NULL, &error));
  g_assert_no_error (error);
  g_assert_null (bare.profile);

  pf_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plan-profile/without", test_without_profile);
  g_test_add_func ("/plan-profile/hills", test_hills_slow_the_climber);
  g_test_add_func ("/plan-profile/goal-holds", test_goal_holds);
  g_test_add_func ("/plan-profile/heat", test_heat_share);
  g_test_add_func ("/plan-profile/fade", test_own_fade);
  g_test_add_func ("/plan-profile/plan-file", test_plan_file);

  return g_test_run ();
}
