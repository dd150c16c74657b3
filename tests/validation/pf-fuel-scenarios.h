/* pf-fuel-scenarios.h — the reference race scenarios of docs/validation.md's fuel section,
 * computed from the core and summed from the public schedule (issue 16)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "core/pacefuel-core.h"

G_BEGIN_DECLS

typedef struct
{
  const char *name;
  const char *course;        /* "activity" (the repository's course, scaled) or "ccc" */
  double      official_m;    /* 0: the course's own length */
  double      goal_s;
  double      temp_c;
  double      dew_point_c;
} PfFuelScenario;

extern const PfFuelScenario pf_fuel_scenarios[];
extern const guint pf_fuel_n_scenarios;

/* One plan's numbers, per hour of race unless said. */
typedef struct
{
  double   finish_s;
  double   sweat_l_per_h;
  double   fluid_l_per_h;
  double   fluid_max_60_l;      /* the most drunk over any 60 minutes of the schedule */
  double   ceiling_l_per_h;
  double   sodium_mg_per_h;
  double   sodium_lost_mg_per_h;
  double   carbs_g_per_h;
  double   fluid_max_hour_l;    /* the most in one clock hour (0–1 h, 1–2 h, …) */
  double   carbs_min_hour_g;    /* the leanest full clock hour */
  double   carbs_max_hour_g;    /* the most in one clock hour */
  double   carbs_max_60_g;      /* the most over any 60 minutes */
  double   carbs_target_g_per_h;
  double   gut_g_per_h;
  double   mass_loss_pct;       /* positive: a loss */
  gboolean feasible;
  double   max_loss_pct;
  guint    n_changes;
  guint    n_intakes;
} PfFuelRow;

/* The fixed runner: 70 kg, aid every 5 km; with @sweat_test, a field test of 1.5 L/h at 15 °C. */
PfPlan *pf_fuel_scenario_plan    (const PfFuelScenario *scenario,
                                  PfTrack              *track,
                                  gboolean              sweat_test,
                                  GError              **error);
void    pf_fuel_scenario_measure (const PfPlan         *plan,
                                  PfFuelRow            *row);

G_END_DECLS
