/* pf-plan-view.h — the plan page: the runner's choices beside the finish, pace chart and splits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "pf-document.h"
#include "report/pf-units.h"

G_BEGIN_DECLS

#define PF_TYPE_PLAN_VIEW (pf_plan_view_get_type ())

G_DECLARE_FINAL_TYPE (PfPlanView, pf_plan_view, PF, PLAN_VIEW, GtkWidget)

GtkWidget    *pf_plan_view_new                 (void);
PfDocument   *pf_plan_view_get_document        (PfPlanView *self);
void          pf_plan_view_set_document        (PfPlanView *self,
                                                PfDocument *document);
PfUnitSystem  pf_plan_view_get_units           (PfPlanView *self);
void          pf_plan_view_set_units           (PfPlanView *self,
                                                PfUnitSystem units);
gboolean      pf_plan_view_get_folded          (PfPlanView *self);
gboolean      pf_plan_view_get_inputs_revealed (PfPlanView *self);
void          pf_plan_view_set_inputs_revealed (PfPlanView *self,
                                                gboolean    revealed);

G_END_DECLS
