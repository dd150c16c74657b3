/* test-fade.c — the shape of a race run by feel (pf-fade): mean 1, bounded, by level
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "core/pacefuel-core.h"

static const double levels_h[] = { 2.0, 2.5, 2.75, 3.0, 3.5, 4.0, 4.5, 6.0 };
static const double distances_m[] = { 5000.0, 10000.0, 21097.5, 42195.0, 100000.0, 330000.0 };

/* Midpoint rule over @n steps. */
static double
mean_factor (const PfFade *fade,
             double        from,
             double        to,
             guint         n)
{
  double sum = 0.0;

  for (guint i = 0; i < n; i++)
    sum += pf_fade_factor (fade, from + (to - from) * (i + 0.5) / n);
  return sum / n;
}

/* The shape moves time within the race, never adds any: its mean over the distance is 1, for
 * every level and distance, and pf_fade_mean_over is the exact mean over any stretch. */
static void
test_mean_is_one (void)
{
  for (guint l = 0; l < G_N_ELEMENTS (levels_h); l++)
    for (guint d = 0; d < G_N_ELEMENTS (distances_m); d++)
      {
        double finish = levels_h[l] * 3600.0 * pow (distances_m[d] / 42195.0, 1.06);
        PfFade fade;

        pf_fade_for_level (finish, distances_m[d], &fade);
        g_assert_cmpfloat_with_epsilon (mean_factor (&fade, 0.0, 1.0, 20000), 1.0, 1e-9);
        g_assert_cmpfloat_with_epsilon (pf_fade_mean_over (&fade, 0.0, 1.0), 1.0, 1e-12);
        g_assert_cmpfloat_with_epsilon (pf_fade_mean_over (&fade, 0.2, 0.45),
                                        mean_factor (&fade, 0.2, 0.45, 20000), 1e-9);
        g_assert_cmpfloat_with_epsilon (pf_fade_mean_over (&fade, 0.9, 1.0),
                                        mean_factor (&fade, 0.9, 1.0, 20000), 1e-9);
      }
}

/* Over the second half the pace only slows, and the end is slower than the start, at every
 * level (Boston 2013: every band from 2:30 to 4:00 ran its last 7 km slower than its first 10). */
static void
test_fades_late (void)
{
  for (guint l = 0; l < G_N_ELEMENTS (levels_h); l++)
    {
      PfFade fade;

      pf_fade_for_level (levels_h[l] * 3600.0, 42195.0, &fade);
      g_assert_cmpfloat (fade.linear, >, 0.0);
      g_assert_cmpfloat (pf_fade_factor (&fade, 1.0), >, pf_fade_factor (&fade, 0.0));
      for (double x = 0.5; x < 1.0; x += 0.01)
        g_assert_cmpfloat (pf_fade_factor (&fade, x + 0.01), >=, pf_fade_factor (&fade, x));
      /* The last fifth is slower than the average and than the first fifth (whose speed on
       * Boston's downhill start is the course's, not the fade's). */
      g_assert_cmpfloat (pf_fade_mean_over (&fade, 0.8, 1.0), >, 1.02);
      g_assert_cmpfloat (pf_fade_mean_over (&fade, 0.0, 0.2), <,
                         pf_fade_mean_over (&fade, 0.8, 1.0) - 0.02);
    }
}

/* Slower runners fade more (Boston 2013's bands, divided by the course's effect), up to the
 * slowest level measured; beyond the measured levels the fade of the nearest end. */
static void
test_slower_fade_more (void)
{
  PfFade fast, mid, slow, slower, fastest;

  pf_fade_for_level (2.5 * 3600.0, 42195.0, &fast);
  pf_fade_for_level (3.25 * 3600.0, 42195.0, &mid);
  pf_fade_for_level (PF_FADE_MAX_HOURS * 3600.0, 42195.0, &slow);
  pf_fade_for_level (6.0 * 3600.0, 42195.0, &slower);
  pf_fade_for_level (2.0 * 3600.0, 42195.0, &fastest);

  g_assert_cmpfloat (fast.linear, <, mid.linear);
  g_assert_cmpfloat (mid.linear, <, slow.linear);
  g_assert_cmpfloat (slower.linear, ==, slow.linear);
  g_assert_cmpfloat (slower.quadratic, ==, slow.quadratic);
  g_assert_cmpfloat (fastest.linear, ==, fast.linear);
  g_assert_cmpfloat (pf_fade_mean_over (&slow, 0.8, 1.0), >, pf_fade_mean_over (&fast, 0.8, 1.0));
}

/* Bounded for every race: the pace never moves more than 15 % from the runner's average,
 * an ultra keeps the marathon's fade (spread over its whole distance) and a shorter race fades
 * less than a marathon. */
static void
test_bounded (void)
{
  PfFade marathon, ultra, tor, ten;

  for (guint l = 0; l < G_N_ELEMENTS (levels_h); l++)
    for (guint d = 0; d < G_N_ELEMENTS (distances_m); d++)
      for (double hours = 0.25; hours < 120.0; hours *= 1.7)
        {
          PfFade fade;

          pf_fade_for_level (hours * 3600.0, distances_m[d], &fade);
          for (double x = 0.0; x <= 1.0; x += 0.005)
            {
              g_assert_cmpfloat (pf_fade_factor (&fade, x), >, 0.85);
              g_assert_cmpfloat (pf_fade_factor (&fade, x), <, 1.15);
            }
        }

  /* A 3:30 marathoner: 100 km in about 10 h, the Tor des Géants in days. */
  pf_fade_for_level (3.5 * 3600.0, 42195.0, &marathon);
  pf_fade_for_level (3.5 * 3600.0 * pow (100000.0 / 42195.0, 1.06), 100000.0, &ultra);
  pf_fade_for_level (120.0 * 3600.0, 330000.0, &tor);
  g_assert_cmpfloat_with_epsilon (ultra.linear, marathon.linear, 1e-9);
  g_assert_cmpfloat_with_epsilon (ultra.quadratic, marathon.quadratic, 1e-9);
  g_assert_cmpfloat (fabs (tor.linear), <=, fabs (marathon.linear) + 0.1);

  pf_fade_for_level (3.5 * 3600.0 * pow (10000.0 / 42195.0, 1.06), 10000.0, &ten);
  g_assert_cmpfloat (ten.linear, >, 0.0);
  g_assert_cmpfloat (ten.linear, <, marathon.linear / 2.0);
}

/* No time or distance, no fade; the fraction is held inside the race. */
static void
test_degenerate (void)
{
  PfFade fade = { 0.3, 0.3 }, marathon;

  pf_fade_for_level (0.0, 42195.0, &fade);
  g_assert_cmpfloat (fade.linear, ==, 0.0);
  g_assert_cmpfloat (fade.quadratic, ==, 0.0);
  pf_fade_for_level (NAN, 42195.0, &fade);
  g_assert_cmpfloat (pf_fade_factor (&fade, 0.3), ==, 1.0);
  pf_fade_for_level (3600.0, 0.0, &fade);
  g_assert_cmpfloat (pf_fade_factor (&fade, 0.9), ==, 1.0);

  pf_fade_for_level (4 * 3600.0, 42195.0, &marathon);
  g_assert_cmpfloat (pf_fade_factor (&marathon, -1.0), ==, pf_fade_factor (&marathon, 0.0));
  g_assert_cmpfloat (pf_fade_factor (&marathon, 2.0), ==, pf_fade_factor (&marathon, 1.0));
  g_assert_cmpfloat (pf_fade_mean_over (&marathon, 0.5, 0.5), ==, pf_fade_factor (&marathon, 0.5));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/fade/mean-is-one", test_mean_is_one);
  g_test_add_func ("/fade/fades-late", test_fades_late);
  g_test_add_func ("/fade/slower-fade-more", test_slower_fade_more);
  g_test_add_func ("/fade/bounded", test_bounded);
  g_test_add_func ("/fade/degenerate", test_degenerate);

  return g_test_run ();
}
