/* pf-goal-section.h — the plan editor's goal: a goal time, or the pace a recent race predicts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pf-editor-section.h"

G_BEGIN_DECLS

#define PF_TYPE_GOAL_SECTION (pf_goal_section_get_type ())

G_DECLARE_FINAL_TYPE (PfGoalSection, pf_goal_section, PF, GOAL_SECTION, PfEditorSection)

G_END_DECLS
