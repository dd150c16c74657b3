/* test-validation-profile.c — the runner's own profile on synthetic runners with real noise:
 * the leave-one-out and curves that docs/validation.md ("The runner's own profile") reports
 *
 * The same runners, courses, seeds and counts as `pf-validate report` (pf-profile-runners.c),
 * so the page and this test see the same numbers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "pf-profile-runners.h"
#include "pf-test-util.h"

static GArray *rows;

static const PfProfileRow *
find_row (guint runner,
          guint n_runs)
{
  for (guint i = 0; i < rows->len; i++)
    {
      const PfProfileRow *row = &g_array_index (rows, PfProfileRow, i);

      if (row->runner == &pf_synthetic_runners[runner] && row->n_runs == n_runs)
        return row;
    }
  g_assert_not_reached ();
}

/* The noise is the recordings' own: pace residuals of a few per cent per 150 m, more than the
 * unit tests' made-up noise, and not all independent of the next segment. */
static void
test_real_noise (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) real = pf_profile_real_runs (pf_test_data_dir (), &error);
  g_autoptr(GPtrArray) noise = NULL;

  g_assert_no_error (error);
  noise = pf_profile_noise_new (real);
  g_assert_cmpuint (noise->len, ==, 2);
  for (guint i = 0; i < noise->len; i++)
    {
      GArray *r = g_ptr_array_index (noise, i);
      double m = 0.0, v = 0.0;

      g_assert_cmpuint (r->len, >=, 200);
      for (guint k = 0; k < r->len; k++)
        m += g_array_index (r, double, k) / r->len;
      for (guint k = 0; k < r->len; k++)
        v += pow (g_array_index (r, double, k) - m, 2) / (r->len - 1);
      g_test_message ("recording %u: %u residuals, SD %.3f", i, r->len, sqrt (v));
      g_assert_cmpfloat (sqrt (v), >, 0.03);
      g_assert_cmpfloat (sqrt (v), <, 0.25);
    }
}

/* Issue 20: the plan with the profile is never worse than without on the synthetic set (a
 * small tolerance where the runner's grade response is the model's: there is nothing to learn
 * and a little noise is learnt), and it helps the runners whose hills differ. */
static void
test_never_worse (void)
{
  PfProfileVerdicts v;

  for (guint i = 0; i < rows->len; i++)
    {
      const PfProfileRow *row = &g_array_index (rows, PfProfileRow, i);

      if (row->loo.n_folds == 0)
        continue;
      g_test_message ("%s, %u runs: %.1f → %.1f s/km per km, %.1f → %.1f per 5 km",
                      row->runner->name, row->n_runs, row->loo.km_generic,
                      row->loo.km_personal, row->loo.five_generic, row->loo.five_personal);
      g_assert_cmpuint (row->loo.n_folds, ==, row->n_runs * PF_PROFILE_SEEDS);
      /* Within the tolerance where there is little to learn: the runner is the model, or
       * has two runs (the climber's came out 0.1 % worse, pooled over the seeds). */
      g_assert_cmpfloat (row->loo.km_personal, <=,
                         row->loo.km_generic * (pf_synthetic_is_model (row->runner)
                                                || row->n_runs < 5
                                                ? PF_PROFILE_TOLERANCE_MODEL : 1.0));
    }
  pf_profile_verdicts (rows, &v);
  /* With five runs or more the climber's and the descender's plans are markedly better: by
   * 8–12 % per km pooled over the seeds, 18–29 % per 5 km. */
  g_assert_cmpfloat (v.least_gain_other, >=, 0.06);
  g_assert_cmpfloat (find_row (1, 10)->loo.five_personal, <,
                     0.8 * find_row (1, 10)->loo.five_generic);
  g_assert_cmpfloat (find_row (2, 10)->loo.five_personal, <,
                     0.8 * find_row (2, 10)->loo.five_generic);
}

/* The fitted curve against the truth, pooled over PF_PROFILE_SEEDS: ≥ 90 % of the knots with
 * data hold it in their band (issue 20), for every runner, and from five runs in every row. */
static void
test_coverage (void)
{
  PfProfileVerdicts v;

  pf_profile_verdicts (rows, &v);
  g_test_message ("coverage: %.0f %% (model runners), %.0f %% (climber, descender)",
                  100.0 * v.coverage_model, 100.0 * v.coverage_other);
  g_assert_cmpfloat (v.coverage_model, >=, 0.90);
  g_assert_cmpfloat (v.coverage_other, >=, 0.90);
  for (guint i = 0; i < rows->len; i++)
    {
      const PfProfileRow *row = &g_array_index (rows, PfProfileRow, i);

      if (row->n_runs >= 5)
        g_assert_cmpuint (row->covered, >=, 0.90 * row->with_data);
    }
  /* Every set has data on most knots: its runs follow hilly and flat courses in turn. */
  for (guint i = 0; i < rows->len; i++)
    {
      const PfProfileRow *row = &g_array_index (rows, PfProfileRow, i);

      g_assert_cmpuint (row->with_data, >=, 8);
    }
}

/* With one or two runs the profile stays near the model where the truth is the model (issue
 * 20), with the recordings' noise (three times the unit tests'): 95 % of the knots within ±0.03
 * and none beyond ±0.05 (PF_PROFILE_NEAR, PF_PROFILE_FAR). */
static void
test_thin_data (void)
{
  PfProfileVerdicts v;

  pf_profile_verdicts (rows, &v);
  g_test_message ("with 1–2 runs: %.1f %% of the knots within ±%.2f, the largest %.3f",
                  100.0 * v.thin_near, PF_PROFILE_NEAR, v.thin_max_correction);
  g_assert_cmpfloat (v.thin_near, >=, PF_PROFILE_NEAR_SHARE);
  g_assert_cmpfloat (v.thin_max_correction, <=, PF_PROFILE_FAR);
  /* The one-run profiles of the runners who differ stay short of their truth too. */
  g_assert_cmpfloat (find_row (1, 1)->max_correction, <, 0.10);
  g_assert_cmpfloat (find_row (2, 1)->max_correction, <, 0.12);
}

/* The runner who fades 3 % an hour: found within the band from ten runs. */
static void
test_fade (void)
{
  const PfProfileRow *row = find_row (4, 10);

  g_assert_true (row->fade.known);
  g_test_message ("fade %.4f ± %.4f per hour", row->fade.value, 1.96 * row->fade.se);
  g_assert_cmpfloat (fabs (row->fade.value - 0.03), <=, 1.96 * row->fade.se);
  /* … and nobody else fades: 0 within the band of the runner who is the model. */
  g_assert_cmpfloat (fabs (find_row (0, 10)->fade.value), <=, 1.96 * find_row (0, 10)->fade.se);
}

/* The real runner: a profile from one run stays at the model, and the plan with it is the plan
 * without within a second per km, both ways. */
static void
test_real_rows (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) real = pf_profile_real_runs (pf_test_data_dir (), &error);

  g_assert_no_error (error);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GPtrArray) train = g_ptr_array_new ();
      g_autoptr(PfRunnerProfile) profile = NULL;
      double sq[4] = { 0 };
      guint n[4] = { 0 };

      g_ptr_array_add (train, g_ptr_array_index (real, i));
      profile = pf_runner_profile_fit (train, NULL, PF_PROFILE_MODEL, &error);
      g_assert_no_error (error);
      for (guint k = 0; k < PF_RUNNER_PROFILE_N_KNOTS; k++)
        g_assert_cmpfloat (fabs (profile->knots[k].correction), <=, 0.03);
      g_assert_true (pf_profile_plan_errors (g_ptr_array_index (real, 1 - i), 10.0, NULL,
                                             &sq[0], &n[0], &sq[2], &n[2], &error));
      g_assert_true (pf_profile_plan_errors (g_ptr_array_index (real, 1 - i), 10.0, profile,
                                             &sq[1], &n[1], &sq[3], &n[3], &error));
      g_assert_no_error (error);
      g_assert_cmpuint (n[0], >=, 40);
      g_test_message ("fitted on %u: %.1f → %.1f s/km", i, sqrt (sq[0] / n[0]),
                      sqrt (sq[1] / n[1]));
      g_assert_cmpfloat (fabs (sqrt (sq[1] / n[1]) - sqrt (sq[0] / n[0])), <, 1.0);
    }
}

int
main (int argc, char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  rows = pf_profile_rows (pf_test_data_dir (), 10, PF_PROFILE_SEEDS, &error);
  g_assert_no_error (error);

  g_test_add_func ("/validation/profile/real-noise", test_real_noise);
  g_test_add_func ("/validation/profile/never-worse", test_never_worse);
  g_test_add_func ("/validation/profile/coverage", test_coverage);
  g_test_add_func ("/validation/profile/thin-data", test_thin_data);
  g_test_add_func ("/validation/profile/fade", test_fade);
  g_test_add_func ("/validation/profile/real-rows", test_real_rows);

  status = g_test_run ();
  g_array_unref (rows);
  return status;
}
