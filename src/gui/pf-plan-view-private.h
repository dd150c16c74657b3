/* pf-plan-view-private.h — what the window, the UI tests and pf-shot reach inside the plan page
 *
 * Tests reach the template children by name (pf_test_template_child, or
 * gtk_widget_get_template_child): the plan view's, the plan editor's sections ("goal_section",
 * "start_section", "weather_section", "pacing_section") and each section's fields.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "pf-goal-section.h"
#include "pf-pacing-section.h"
#include "pf-plan-editor.h"
#include "pf-plan-view.h"
#include "pf-profile-chart.h"
#include "pf-splits-view.h"
#include "pf-start-section.h"
#include "pf-stat-tile.h"
#include "pf-warnings-list.h"
#include "pf-weather-hours.h"
#include "pf-weather-section.h"

G_BEGIN_DECLS

/* PfWindow binds the editor's auto-forecast to its setting. */
PfPlanEditor   *_pf_plan_view_get_editor             (PfPlanView   *self);

G_END_DECLS
