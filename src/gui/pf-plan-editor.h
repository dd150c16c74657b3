/* pf-plan-editor.h — the runner's choices: goal or recent race, start, weather, pacing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pf-inputs-editor.h"

G_BEGIN_DECLS

#define PF_TYPE_PLAN_EDITOR (pf_plan_editor_get_type ())

/* A PfInputsEditor: its document and units are set there. */
G_DECLARE_FINAL_TYPE (PfPlanEditor, pf_plan_editor, PF, PLAN_EDITOR, PfInputsEditor)

GtkWidget    *pf_plan_editor_new          (void);
gboolean      pf_plan_editor_get_auto_forecast (PfPlanEditor *self);
void          pf_plan_editor_set_auto_forecast (PfPlanEditor *self,
                                                gboolean      auto_forecast);

G_END_DECLS
