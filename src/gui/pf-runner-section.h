/* pf-runner-section.h — the Fuel page's Runner group: body mass and height
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pf-editor-section.h"

G_BEGIN_DECLS

#define PF_TYPE_RUNNER_SECTION (pf_runner_section_get_type ())

G_DECLARE_FINAL_TYPE (PfRunnerSection, pf_runner_section, PF, RUNNER_SECTION, PfEditorSection)

G_END_DECLS
