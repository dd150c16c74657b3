/* pf-sweat-transfer.c — a field test carried to the race, and how far it can be trusted
 *
 * The schedule carries a test with pf_sweat_test_transfer () segment by segment; this
 * repeats that sum to say, in litres an hour, how much of the difference between the test
 * and the race the weather makes and how much the pace and the hills, what scaling the test
 * by the model alone would have said, and whether the race is so far from the test that
 * the rate is only an estimate (docs/science.md §6).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-sweat-transfer"

#include "config.h"

#include <math.h>
#include <string.h>

#include "pf-sweat-transfer.h"

static double
rail (double rate)
{
  return CLAMP (rate, PF_SWEAT_MIN_L_PER_H, PF_SWEAT_MAX_L_PER_H);
}

void
pf_sweat_transfer_compute (PfSweatTransfer *transfer,
                           const PfPacing  *pacing,
                           const PfRunner  *runner)
{
  const PfSweatTest *test = &runner->sweat_test;
  const PfSegment *seg;
  double bsa, test_model, test_speed, k;
  double time = 0.0, distance = 0.0, race = 0.0, heat = 0.0, scaled = 0.0, temp = 0.0;
  double model_race = 0.0;

  g_return_if_fail (transfer != NULL && pacing != NULL && runner != NULL);

  memset (transfer, 0, sizeof *transfer);
  if (!pf_runner_has_sweat_test (runner) || pacing->segments == NULL
      || pacing->segments->len == 0)
    return;

  seg = (const PfSegment *) (gpointer) pacing->segments->data;
  bsa = pf_body_surface_area (runner->mass_kg, runner->height_cm);
  test_model = pf_sweat_test_model_rate (test, runner->mass_kg, runner->height_cm);
  test_speed = 1000.0 / test->pace_s_per_km;
  transfer->has_test = TRUE;
  transfer->test_rate_l_per_h = pf_sweat_test_rate (test);
  k = transfer->test_rate_l_per_h / test_model;

  for (guint i = 0; i < pacing->segments->len; i++)
    {
      double length = seg[i].end_m - seg[i].start_m, t = seg[i].time_s;
      double speed = t > 0.0 ? length / t : 1.0;
      double model = pf_sweat_model_rate_bsa (runner->mass_kg, bsa, speed, seg[i].grade,
                                              seg[i].temp_c, seg[i].dew_point_c);
      double weather = pf_sweat_model_rate_bsa (runner->mass_kg, bsa, test_speed, 0.0,
                                                seg[i].temp_c, seg[i].dew_point_c);

      if (!(t > 0.0))
        continue;
      race += t * rail (pf_sweat_test_transfer (transfer->test_rate_l_per_h, test_model, model));
      heat += t * rail (pf_sweat_test_transfer (transfer->test_rate_l_per_h, test_model,
                                                weather));
      scaled += t * rail (k * model);
      model_race += t * model;
      temp += t * seg[i].temp_c;
      time += t;
      distance += length;
    }
  if (time <= 0.0)
    return;

  transfer->race_rate_l_per_h = race / time;
  transfer->heat_l_per_h = heat / time - transfer->test_rate_l_per_h;
  transfer->pace_l_per_h = transfer->race_rate_l_per_h - transfer->test_rate_l_per_h
                           - transfer->heat_l_per_h;
  transfer->scaled_l_per_h = scaled / time;
  transfer->test_temp_c = test->temp_c;
  transfer->race_temp_c = temp / time;
  transfer->test_pace_s_per_km = test->pace_s_per_km;
  transfer->race_pace_s_per_km = distance > 0.0 ? time / distance * 1000.0 : 0.0;
  transfer->bounded = transfer->scaled_l_per_h > 1.01 * transfer->race_rate_l_per_h;

  /* Far from the test: another climate, another pace, or a model that asks for much more
   * (or much less) sweat than in the test's conditions. */
  {
    double pace_ratio = transfer->race_pace_s_per_km / transfer->test_pace_s_per_km;
    double model_ratio = model_race / time / test_model;

    transfer->uncertain = fabs (transfer->race_temp_c - transfer->test_temp_c)
                            > PF_SWEAT_TRANSFER_MAX_TEMP_DIFF_C
                          || pace_ratio > PF_SWEAT_TRANSFER_MAX_PACE_RATIO
                          || pace_ratio < 1.0 / PF_SWEAT_TRANSFER_MAX_PACE_RATIO
                          || model_ratio > PF_SWEAT_TRANSFER_MAX_RATE_RATIO
                          || model_ratio < 1.0 / PF_SWEAT_TRANSFER_MAX_RATE_RATIO;
  }
}
