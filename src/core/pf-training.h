/* pf-training.h — what recorded runs say about a runner's training
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pf-plan-inputs.h"

G_BEGIN_DECLS

typedef struct
{
  guint  n_runs;
  double total_km;
  double weekly_km;         /* over the 8 weeks before the newest run */
  double longest_km;
  double goal_pace_km;      /* longest continuous stretch within 5 % of goal pace; NAN: no goal */
  double mean_pace_s_per_km; /* running time over distance, the same 8 weeks; 0: no runs */
  GArray *best_efforts;     /* PfRaceResult: fastest 5K, 10K, half, marathon inside the runs */
} PfTrainingSummary;

gboolean pf_training_summarise      (GPtrArray         *tracks,
                                     double             goal_pace_s_per_km,
                                     PfTrainingSummary *summary,
                                     GError           **error);
void     pf_training_summary_clear  (PfTrainingSummary *summary);
void     pf_training_apply          (const PfTrainingSummary *summary,
                                     PfPlanInputs            *inputs);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PfTrainingSummary, pf_training_summary_clear)

G_END_DECLS
