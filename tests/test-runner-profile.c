/* test-runner-profile.c — the runner's own profile: recovers a known runner, stays near the model
 * on thin data, ignores stops and spikes, and saves and reads back exactly
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "core/pacefuel-core.h"
#include "core/pf-track-private.h"
#include "pf-test-course.h"
#include "pf-test-util.h"

#define MODEL PF_GRADE_MODEL_STRAVA

/* Rolling hills: a 3 km wave of ±60 m with a 1.2 km wave of ±25 m on it, grades to ±25 %, long
 * enough that a 150 m segment's grade is nearly one grade (as on real climbs). */
static double
hill (double d)
{
  return 200.0 + 60.0 * sin (2 * G_PI * d / 3000.0) + 25.0 * sin (2 * G_PI * d / 1200.0);
}

static double
hill_grade (double d)
{
  return 60.0 * 2 * G_PI / 3000.0 * cos (2 * G_PI * d / 3000.0)
         + 25.0 * 2 * G_PI / 1200.0 * cos (2 * G_PI * d / 1200.0);
}

/* The known runner: 8 % faster than the model from +10 % up, 10 % slower on descents from −15 %
 * down; the model on the flat. Linear between the profile's knots, so the fit can match it. */
static double
truth (double grade)
{
  if (grade >= 0.10)
    return -0.08;
  if (grade >= 0.0)
    return -0.08 * grade / 0.10;
  if (grade <= -0.15)
    return 0.10;
  return 0.10 * -grade / 0.15;
}

typedef struct
{
  double   length_m;
  double   level_s_per_m;   /* flat pace */
  double   fade_per_hour;   /* log-pace per hour */
  double   noise;           /* sd of log-pace per 100 m */
  gboolean device_distance;
  double   temperature_c;   /* NAN: none */
} Run;

/* A run along a straight line north over the hills, one point every 10 m, each step's time the
 * known curve × the model × the run's level, with noise that stays for 100 m (a gust, a bend)
 * as a recording's pace residuals do. */
static PfTrack *
make_run (const Run *run,
          GRand     *rand)
{
  PfTrack *track = _pf_track_new ("synthetic.fit", PF_TRACK_FORMAT_FIT);
  double t = 1.7e9, noise = 0.0;
  guint n = (guint) (run->length_m / 10.0);

  for (guint i = 0; i <= n; i++)
    {
      double d = i * 10.0;
      PfTrackPoint p = { 0 };

      p.lat = 45.0 + d / 111195.0;
      p.lon = 7.0;
      p.ele = hill (d);
      p.time_us = (gint64) (t * 1e6);
      p.distance_m = run->device_distance ? d : NAN;
      p.heart_rate = NAN;
      p.temperature_c = run->temperature_c;
      g_array_append_val (track->points, p);

      if (i % 10 == 0)
        noise = g_rand_double_range (rand, -1.0, 1.0) * run->noise * sqrt (3.0);
      {
        double g = hill_grade (d + 5.0);
        double hours = (t - 1.7e9) / 3600.0;

        t += 10.0 * run->level_s_per_m * pf_grade_factor (MODEL, g)
             * exp (truth (g) + noise + run->fade_per_hour * hours);
      }
    }
  _pf_track_points_done (track);
  return track;
}

static GPtrArray *
make_runs (guint n, double length_m, double noise, guint32 seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  GPtrArray *runs = g_ptr_array_new_with_free_func ((GDestroyNotify) pf_track_unref);

  for (guint i = 0; i < n; i++)
    {
      Run run = { length_m, (4.5 + 1.5 * (i % 5) / 4.0) * 60.0 / 1000.0, 0.0, noise,
                  i % 2 == 0, NAN };

      g_ptr_array_add (runs, make_run (&run, rand));
    }
  return runs;
}

/* Many runs: the fitted curve is within its band of the truth wherever it rests on data. */
static void
test_recovers_known_curve (void)
{
  g_autoptr(GPtrArray) runs = make_runs (20, 15000.0, 0.03, 7);
  g_autoptr(GError) error = NULL;
  g_autoptr(PfRunnerProfile) p = pf_runner_profile_fit (runs, NULL, MODEL, &error);
  guint checked = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (p->n_runs_used, ==, 20);
  g_assert_cmpuint (p->n_removed_spike, ==, 0);
  g_assert_cmpuint (p->n_removed_stop, ==, 0);
  g_assert_cmpfloat (p->distance_m, >, 0.9 * 20 * 15000.0);
  for (guint k = 0; k < PF_RUNNER_PROFILE_N_KNOTS; k++)
    {
      const PfRunnerProfileKnot *x = &p->knots[k];

      if (x->n_segments < 100)
        continue;
      g_test_message ("knot %+.0f %%: %+.3f ± %.3f (truth %+.3f), %u segments", x->grade * 100,
                      x->correction, 1.96 * x->se, truth (x->grade), x->n_segments);
      /* The cleaner's smoothed grade is not the hills' exact grade: 0.01 beyond the band. */
      g_assert_cmpfloat (fabs (x->correction - truth (x->grade)), <=, 1.96 * x->se + 0.01);
      checked++;
    }
  g_assert_cmpuint (checked, >=, 7);
  g_assert_cmpfloat (p->knots[PF_RUNNER_PROFILE_FLAT_KNOT].correction, ==, 0.0);
  /* Uphill faster, steep downhill slower: the two sides are learnt separately. */
  g_assert_cmpfloat (pf_runner_profile_correction (p, 0.10), <, -0.05);
  g_assert_cmpfloat (pf_runner_profile_correction (p, -0.20), >, 0.06);
  g_assert_cmpfloat (pf_runner_profile_factor (p, 0.10), <, pf_grade_factor (MODEL, 0.10));
}

/* One short run: the profile stays near the model, its band wide. */
static void
test_thin_data_stays_near_model (void)
{
  g_autoptr(GPtrArray) runs = make_runs (1, 2000.0, 0.03, 11);
  g_autoptr(GError) error = NULL;
  g_autoptr(PfRunnerProfile) p = pf_runner_profile_fit (runs, NULL, MODEL, &error);

  g_assert_no_error (error);
  for (guint k = 0; k < PF_RUNNER_PROFILE_N_KNOTS; k++)
    {
      const PfRunnerProfileKnot *x = &p->knots[k];

      g_test_message ("knot %+.0f %%: %+.3f ± %.3f, %u segments", x->grade * 100,
                      x->correction, 1.96 * x->se, x->n_segments);
      /* Well short of the truth's 8–10 %, and the model inside the band. */
      g_assert_cmpfloat (fabs (x->correction), <=, 0.06);
      g_assert_cmpfloat (fabs (x->correction), <=, 1.96 * x->se);
      if (k != PF_RUNNER_PROFILE_FLAT_KNOT)
        g_assert_cmpfloat (x->se, >=, 0.02);
      /* The knots without data follow their neighbours (the curve is smooth) with a wide band. */
      if (x->n_segments == 0)
        g_assert_cmpfloat (x->se, >=, 0.03);
    }
  g_assert_false (p->fade.known);
  g_assert_false (p->heat.known);
}

static void
test_no_data (void)
{
  g_autoptr(GPtrArray) runs = g_ptr_array_new_with_free_func ((GDestroyNotify) pf_track_unref);
  g_autoptr(GError) error = NULL;
  g_autoptr(PfRunnerProfile) p = NULL;
  PfTrack *course = pf_test_course_new (5000.0, hill);

  /* A course has no times. */
  g_ptr_array_add (runs, course);
  p = pf_runner_profile_fit (runs, NULL, MODEL, &error);
  g_assert_null (p);
  g_assert_error (error, PF_RUNNER_PROFILE_ERROR, PF_RUNNER_PROFILE_ERROR_NO_DATA);
}

/* A GPS jump (the device's distance leaps 400 m in a step) and a 5-minute stop inserted into
 * runs are removed and leave the fit where it was. */
static void
test_spikes_and_stops_ignored (void)
{
  g_autoptr(GPtrArray) runs = make_runs (6, 10000.0, 0.03, 23);
  g_autoptr(PfRunnerProfile) clean = pf_runner_profile_fit (runs, NULL, MODEL, NULL);
  g_autoptr(PfRunnerProfile) dirty = NULL;

  for (guint r = 0; r < runs->len; r += 2)  /* the runs with the device's distance */
    {
      PfTrack *track = g_ptr_array_index (runs, r);
      PfTrackPoint *p = &g_array_index (track->points, PfTrackPoint, 0);
      guint n = track->points->len;

      for (guint i = n / 3; i < n; i++)
        p[i].distance_m += 400.0;
      for (guint i = 2 * n / 3; i < n; i++)
        p[i].time_us += (gint64) 300 * G_USEC_PER_SEC;
    }
  dirty = pf_runner_profile_fit (runs, NULL, MODEL, NULL);
  g_assert_cmpuint (dirty->n_removed_spike, >=, 3);
  g_assert_cmpuint (dirty->n_removed_stop, >=, 3);
  for (guint k = 0; k < PF_RUNNER_PROFILE_N_KNOTS; k++)
    g_assert_cmpfloat (fabs (dirty->knots[k].correction - clean->knots[k].correction), <, 0.01);
}

/* Walking breaks on the flat are taken out, not learnt as the runner's flat pace. */
static void
test_walking_breaks_removed (void)
{
  g_autoptr(GPtrArray) runs = make_runs (4, 10000.0, 0.02, 31);
  g_autoptr(PfRunnerProfile) p = NULL;
  PfTrack *track = g_ptr_array_index (runs, 0);
  PfTrackPoint *pts = &g_array_index (track->points, PfTrackPoint, 0);
  guint n = track->points->len;

  /* From the middle on, every point later by 2× its own step for 300 m: a walk. */
  for (guint i = n / 2; i < n; i++)
    {
      guint walked = MIN (i - n / 2, 30);

      pts[i].time_us += (gint64) walked * (pts[n / 2 + 1].time_us - pts[n / 2].time_us) * 2;
    }
  p = pf_runner_profile_fit (runs, NULL, MODEL, NULL);
  g_assert_cmpuint (p->n_removed_walk, >=, 1);
}

/* Long runs that slow by 3 % an hour: the fade is found, within its band. */
static void
test_fade (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (5);
  g_autoptr(GPtrArray) runs = g_ptr_array_new_with_free_func ((GDestroyNotify) pf_track_unref);
  g_autoptr(PfRunnerProfile) p = NULL;

  for (guint i = 0; i < 6; i++)
    {
      Run run = { 28000.0, 5.5 * 60.0 / 1000.0, 0.03, 0.03, TRUE, NAN };

      g_ptr_array_add (runs, make_run (&run, rand));
    }
  p = pf_runner_profile_fit (runs, NULL, MODEL, NULL);
  g_assert_true (p->fade.known);
  g_assert_cmpuint (p->fade.n_runs, ==, 6);
  g_test_message ("fade %.4f ± %.4f per hour", p->fade.value, 1.96 * p->fade.se);
  g_assert_cmpfloat (fabs (p->fade.value - 0.03), <=, 1.96 * p->fade.se + 0.005);
}

/* Heat: all runs at one temperature cannot tell anything; the runner's temperatures given per
 * run are used in place of the device's. */
static void
test_heat_spread (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (9);
  g_autoptr(GPtrArray) runs = g_ptr_array_new_with_free_func ((GDestroyNotify) pf_track_unref);
  g_autoptr(PfRunnerProfile) same = NULL, spread = NULL;
  double temps[8];

  for (guint i = 0; i < G_N_ELEMENTS (temps); i++)
    {
      Run run = { 5000.0, 5.0 * 60.0 / 1000.0, 0.0, 0.02, TRUE, 12.0 };

      temps[i] = 5.0 + 4.0 * i;
      g_ptr_array_add (runs, make_run (&run, rand));
    }
  same = pf_runner_profile_fit (runs, NULL, MODEL, NULL);
  g_assert_false (same->heat.known);
  g_assert_cmpuint (same->heat.n_runs, ==, G_N_ELEMENTS (temps));
  g_assert_cmpfloat (same->heat.spread, <, 0.01);
  spread = pf_runner_profile_fit (runs, temps, MODEL, NULL);
  g_assert_true (spread->heat.known);
  g_assert_cmpfloat (spread->heat.spread, >=, 0.01);
  /* The runs did not slow in the heat at all: the runner pays less than the model. */
  g_assert_cmpfloat (spread->heat.value, <, 0.0);
}

/* The residuals of one run, in the order run: a run exactly at the model (no noise, no
 * correction) leaves almost nothing; its noise is found again, one value per kept segment. */
static void
test_residuals (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (17);
  Run exact = { 6000.0, 5.0 * 60.0 / 1000.0, 0.0, 0.0, TRUE, NAN };
  Run noisy = { 6000.0, 5.0 * 60.0 / 1000.0, 0.0, 0.05, TRUE, NAN };
  g_autoptr(PfTrack) a = make_run (&exact, rand);
  g_autoptr(PfTrack) b = make_run (&noisy, rand);
  g_autoptr(GArray) grades = NULL, hours = NULL;
  g_autoptr(GArray) ra = pf_runner_profile_residuals (a, MODEL, &grades, &hours);
  g_autoptr(GArray) rb = pf_runner_profile_residuals (b, MODEL, NULL, NULL);
  PfTrack *course = pf_test_course_new (5000.0, hill);
  double sd = 0.0;

  g_assert_nonnull (ra);
  g_assert_cmpuint (ra->len, >=, 35);
  g_assert_cmpuint (grades->len, ==, ra->len);
  g_assert_cmpuint (hours->len, ==, ra->len);
  for (guint i = 0; i < ra->len; i++)
    {
      double truth_left = truth (g_array_index (grades, double, i));

      /* What is left is the known curve (the run is not the model) and the cleaner's grade. */
      g_assert_cmpfloat (fabs (g_array_index (ra, double, i) - truth_left), <, 0.05);
      if (i > 0)
        g_assert_cmpfloat (g_array_index (hours, double, i), >,
                           g_array_index (hours, double, i - 1));
    }
  for (guint i = 0; i < rb->len; i++)
    sd += pow (g_array_index (rb, double, i), 2) / rb->len;
  /* 0.05 per 100 m of noise, averaged over 150 m, and the curve: a few per cent. */
  g_assert_cmpfloat (sqrt (sd), >, 0.02);
  g_assert_cmpfloat (sqrt (sd), <, 0.15);
  /* A course has no times: nothing to take residuals of. */
  g_assert_null (pf_runner_profile_residuals (course, MODEL, NULL, NULL));
  pf_track_unref (course);
}

static void
test_save_and_load (void)
{
  g_autoptr(GPtrArray) runs = make_runs (5, 8000.0, 0.03, 3);
  g_autoptr(PfRunnerProfile) p = pf_runner_profile_fit (runs, NULL, MODEL, NULL);
  g_autoptr(PfRunnerProfile) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("pf-profile-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "profile.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_true (pf_runner_profile_save (p, file, &error));
  g_assert_no_error (error);
  back = pf_runner_profile_load (file, &error);
  g_assert_no_error (error);
  g_assert_true (pf_runner_profile_equal (p, back));
  pf_test_remove_tree (dir);
}

static char *
replace (const char *text, const char *from, const char *to)
{
  g_auto(GStrv) parts = g_strsplit (text, from, -1);

  g_assert_cmpuint (g_strv_length (parts), >=, 2);
  return g_strjoinv (to, parts);
}

static void
test_corrupt_files (void)
{
  g_autoptr(GPtrArray) runs = make_runs (2, 5000.0, 0.03, 3);
  g_autoptr(PfRunnerProfile) p = pf_runner_profile_fit (runs, NULL, MODEL, NULL);
  g_autofree char *good = pf_runner_profile_to_json (p, NULL);
  g_autofree char *bad_model = NULL, *bad_value = NULL;
  const char *cases[6];

  bad_model = replace (good, "\"strava\"", "\"walking\"");
  bad_value = replace (good, "\"residual_sd\" : ", "\"residual_sd\" : -");
  cases[0] = "";
  cases[1] = "{ \"format_version\": 2 }";
  cases[2] = "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]";
  cases[3] = bad_model;
  cases[4] = bad_value;
  cases[5] = "{ \"format_version\": 1, \"model\": \"strava\" }";
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PfRunnerProfile) back = pf_runner_profile_from_json (cases[i], strlen (cases[i]),
                                                                     "mine.json", &error);

      g_assert_null (back);
      g_assert_error (error, PF_RUNNER_PROFILE_ERROR, PF_RUNNER_PROFILE_ERROR_CORRUPT);
      g_assert_nonnull (strstr (error->message, "mine.json"));
    }
}

/* Fifty runs of two hours (24 km each at 5 min/km) are fitted well under a second; reported, and
 * checked only against a generous bound as the machine is shared. */
static void
test_fast (void)
{
  g_autoptr(GPtrArray) runs = make_runs (50, 24000.0, 0.03, 13);
  g_autoptr(PfRunnerProfile) p = NULL;
  gint64 start = g_get_monotonic_time ();
  double seconds;

  p = pf_runner_profile_fit (runs, NULL, MODEL, NULL);
  seconds = (g_get_monotonic_time () - start) / 1e6;
  g_test_message ("50 runs of 24 km fitted in %.3f s", seconds);
  g_assert_nonnull (p);
  g_assert_cmpfloat (seconds, <, 5.0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/runner-profile/recovers-known-curve", test_recovers_known_curve);
  g_test_add_func ("/runner-profile/thin-data", test_thin_data_stays_near_model);
  g_test_add_func ("/runner-profile/no-data", test_no_data);
  g_test_add_func ("/runner-profile/spikes-and-stops", test_spikes_and_stops_ignored);
  g_test_add_func ("/runner-profile/walking-breaks", test_walking_breaks_removed);
  g_test_add_func ("/runner-profile/fade", test_fade);
  g_test_add_func ("/runner-profile/heat-spread", test_heat_spread);
  g_test_add_func ("/runner-profile/residuals", test_residuals);
  g_test_add_func ("/runner-profile/save-and-load", test_save_and_load);
  g_test_add_func ("/runner-profile/corrupt-files", test_corrupt_files);
  g_test_add_func ("/runner-profile/fast", test_fast);

  return g_test_run ();
}
