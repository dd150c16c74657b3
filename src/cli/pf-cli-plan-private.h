/* pf-cli-plan-private.h — what the files of `pacefuel-cli plan` share
 *
 *   pf-cli-plan.c          the command: its option table, the course or plan file, recorded runs,
 *                          the forecast, and which output is printed
 *   pf-cli-plan-options.c  the options read into PfPlanInputs (each form checked, usage errors)
 *   pf-cli-plan-text.c     the plan as text: summary and splits, fuel schedule, warnings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "core/pacefuel-core.h"
#include "report/pf-units.h"

G_BEGIN_DECLS

/* The options as GOption leaves them: NULL or NAN for an option not given. */
typedef struct
{
  char    *name;
  char    *club;
  char    *goal;
  char   **races;
  char    *start;
  double   temp;
  double   temp_end;
  double   rh;
  double   dew_point;
  char    *model;
  char    *heat_model;
  char    *strategy;
  char    *splits;
  char    *official;
  double   drift;
  char    *units;
  gboolean json;
  gboolean csv;
  /* runner and fuel */
  double   mass;
  double   height;
  double   sweat_rate;
  char    *sweat_test;
  double   sweat_sodium;
  char    *sweat_sodium_band;
  gboolean cramp_prone;
  double   gut_max;
  double   carbs_per_hour;
  double   fluid_per_hour;
  double   fluid_ceiling;
  char    *drink_mode;
  char    *aid;
  char    *aid_every;
  char    *aid_from;
  char    *aid_to;
  double   carry_bottle;
  double   drink_carbs;
  double   drink_fructose;
  /* training */
  char   **training_races;
  double   week_km;
  double   longest_run;
  double   goal_pace_km;
  char    *training_pace;
  char   **training_files;
  gboolean acclimatised;
  /* the runner's own profile (pacefuel-cli profile --save) */
  char    *profile;
  gboolean no_profile;
  char   **answers;
  char    *save;
  char   **products;
  char   **aid_offers;
  /* weather */
  gboolean forecast;
  char    *forecast_url;
} PfCliPlanOptions;

/* pf-cli-plan-options.c */
void     _pf_cli_plan_options_clear           (PfCliPlanOptions       *o);
gboolean _pf_cli_plan_read_number             (const char             *option_name,
                                               const char             *value,
                                               gpointer                data,
                                               GError                **error);
gboolean _pf_cli_plan_inputs_from_options     (const PfCliPlanOptions *o,
                                               PfPlanInputs           *inputs,
                                               gboolean                from_file);
void     _pf_cli_plan_read_goal_for_course    (const PfCliPlanOptions *o,
                                               PfPlanInputs           *inputs);
gboolean _pf_cli_plan_check_for_course       (const PfCliPlanOptions *o,
                                               const PfPlanInputs     *inputs);
gboolean _pf_cli_plan_add_aid_every          (const PfCliPlanOptions *o,
                                               PfPlanInputs           *inputs);

/* pf-cli-plan-text.c */
void     _pf_cli_plan_print_plan              (const PfPlan           *plan,
                                               PfUnitSystem            units);
void     _pf_cli_plan_print_fuel              (const PfPlan           *plan,
                                               PfUnitSystem            units);
void     _pf_cli_plan_print_warnings          (const PfPlan           *plan,
                                               PfUnitSystem            units);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PfCliPlanOptions, _pf_cli_plan_options_clear)

G_END_DECLS
