/* pf-plan-view-private.h — what the UI tests and pf-shot reach inside the plan page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "pf-plan-editor.h"
#include "pf-plan-view.h"
#include "pf-profile-chart.h"
#include "pf-splits-view.h"
#include "pf-stat-tile.h"
#include "pf-warnings-list.h"

G_BEGIN_DECLS

PfPlanEditor   *_pf_plan_view_get_editor             (PfPlanView   *self);
GtkLabel       *_pf_plan_view_get_finish_label       (PfPlanView   *self);
GtkLabel       *_pf_plan_view_get_verdict_label      (PfPlanView   *self);
PfStatTile     *_pf_plan_view_get_prediction_tile    (PfPlanView   *self);
PfProfileChart *_pf_plan_view_get_chart              (PfPlanView   *self);
PfSplitsView   *_pf_plan_view_get_splits_view        (PfPlanView   *self);
PfWarningsList *_pf_plan_view_get_warnings_list      (PfPlanView   *self);
GtkEditable    *_pf_plan_editor_get_goal_entry       (PfPlanEditor *self);
GtkEditable    *_pf_plan_editor_get_race_time_entry  (PfPlanEditor *self);
AdwComboRow    *_pf_plan_editor_get_race_distance_row (PfPlanEditor *self);
GtkSpinButton  *_pf_plan_editor_get_finish_temp_spin (PfPlanEditor *self);
AdwComboRow    *_pf_plan_editor_get_heat_model_row   (PfPlanEditor *self);
GtkButton      *_pf_plan_editor_get_forecast_button  (PfPlanEditor *self);
GtkButton      *_pf_plan_editor_get_typed_button     (PfPlanEditor *self);
AdwExpanderRow *_pf_plan_editor_get_hours_row        (PfPlanEditor *self);
GtkLabel       *_pf_plan_editor_get_forecast_message (PfPlanEditor *self);
AdwActionRow   *_pf_plan_editor_get_forecast_row     (PfPlanEditor *self);
/* The temperature field of the hour at @index in the hourly list. */
GtkSpinButton  *_pf_plan_editor_get_hour_temp_spin   (PfPlanEditor *self,
                                                      guint         index);

G_END_DECLS
