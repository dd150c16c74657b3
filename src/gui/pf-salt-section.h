/* pf-salt-section.h — the Fuel page's Salt and Cramps group: sweat sodium and cramps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pf-editor-section.h"

G_BEGIN_DECLS

#define PF_TYPE_SALT_SECTION (pf_salt_section_get_type ())

G_DECLARE_FINAL_TYPE (PfSaltSection, pf_salt_section, PF, SALT_SECTION, PfEditorSection)

G_END_DECLS
