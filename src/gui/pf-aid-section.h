/* pf-aid-section.h — the Course page's Aid Stations: where the stations are, and what each offers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pf-editor-section.h"

G_BEGIN_DECLS

#define PF_TYPE_AID_SECTION (pf_aid_section_get_type ())

G_DECLARE_FINAL_TYPE (PfAidSection, pf_aid_section, PF, AID_SECTION, PfEditorSection)

void pf_aid_section_focus (PfAidSection *self);

G_END_DECLS
