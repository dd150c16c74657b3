/* pf-plan-editor.h — the runner's choices: goal or recent race, start, weather, pacing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "pf-document.h"
#include "report/pf-units.h"

G_BEGIN_DECLS

#define PF_TYPE_PLAN_EDITOR (pf_plan_editor_get_type ())

G_DECLARE_FINAL_TYPE (PfPlanEditor, pf_plan_editor, PF, PLAN_EDITOR, GtkWidget)

GtkWidget    *pf_plan_editor_new          (void);
PfDocument   *pf_plan_editor_get_document (PfPlanEditor *self);
void          pf_plan_editor_set_document (PfPlanEditor *self,
                                           PfDocument   *document);
PfUnitSystem  pf_plan_editor_get_units    (PfPlanEditor *self);
void          pf_plan_editor_set_units    (PfPlanEditor *self,
                                           PfUnitSystem  units);
gboolean      pf_plan_editor_get_auto_forecast (PfPlanEditor *self);
void          pf_plan_editor_set_auto_forecast (PfPlanEditor *self,
                                                gboolean      auto_forecast);

G_END_DECLS
