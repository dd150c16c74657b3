/* pf-sweat-transfer.h — a field test carried to the race: the two rates and why they differ
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pf-pacing.h"

G_BEGIN_DECLS

/* Beyond these the race is too far from the test's conditions for the transfer to be more
 * than an estimate (ours, docs/science.md §10). */
#define PF_SWEAT_TRANSFER_MAX_TEMP_DIFF_C  10.0
#define PF_SWEAT_TRANSFER_MAX_PACE_RATIO    1.25
#define PF_SWEAT_TRANSFER_MAX_RATE_RATIO    1.5

/* What the views show beside a sweat test: the test's rate, the race's, and how much of the
 * difference the race's weather and its pace and hills make. Means over the race's time. */
typedef struct
{
  gboolean has_test;          /* FALSE: no test (or an empty one); the rest is zero */
  double   test_rate_l_per_h;
  double   race_rate_l_per_h; /* as the schedule uses it (pf_fuel_plan's sweat_rate_l_per_h) */
  double   heat_l_per_h;      /* the race's weather, at the test's pace on the flat */
  double   pace_l_per_h;      /* the rest: the race's pace and grades */
  double   scaled_l_per_h;    /* the test scaled by the model alone, without the bound */
  double   test_temp_c;
  double   race_temp_c;
  double   test_pace_s_per_km;
  double   race_pace_s_per_km;
  gboolean bounded;           /* the bound lowered the race's rate by 1 % or more */
  gboolean uncertain;         /* the race is far from the test's conditions */
} PfSweatTransfer;

void pf_sweat_transfer_compute (PfSweatTransfer    *transfer,
                                const PfPacing     *pacing,
                                const PfRunner     *runner);

G_END_DECLS
