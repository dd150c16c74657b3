/* pf-start-section.h — the plan editor's start: the race day and the start time of day
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pf-editor-section.h"

G_BEGIN_DECLS

#define PF_TYPE_START_SECTION (pf_start_section_get_type ())

G_DECLARE_FINAL_TYPE (PfStartSection, pf_start_section, PF, START_SECTION, PfEditorSection)

G_END_DECLS
