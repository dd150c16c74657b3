/* pf-sweat-section.h — the Fuel page's Sweat group: the sweat rate, or a sweat test to measure it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pf-editor-section.h"

G_BEGIN_DECLS

#define PF_TYPE_SWEAT_SECTION (pf_sweat_section_get_type ())

G_DECLARE_FINAL_TYPE (PfSweatSection, pf_sweat_section, PF, SWEAT_SECTION, PfEditorSection)

G_END_DECLS
