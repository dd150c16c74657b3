/* pf-pacing-section.h — the plan editor's pacing: hill and heat models, strategy, splits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pf-editor-section.h"

G_BEGIN_DECLS

#define PF_TYPE_PACING_SECTION (pf_pacing_section_get_type ())

G_DECLARE_FINAL_TYPE (PfPacingSection, pf_pacing_section, PF, PACING_SECTION, PfEditorSection)

G_END_DECLS
