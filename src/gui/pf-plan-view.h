/* pf-plan-view.h — the plan page: the runner's choices beside the finish, pace chart and splits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pf-sidebar-page.h"

G_BEGIN_DECLS

#define PF_TYPE_PLAN_VIEW (pf_plan_view_get_type ())

/* A PfSidebarPage: its document, units and inputs are set there. */
G_DECLARE_FINAL_TYPE (PfPlanView, pf_plan_view, PF, PLAN_VIEW, PfSidebarPage)

GtkWidget    *pf_plan_view_new                 (void);

G_END_DECLS
