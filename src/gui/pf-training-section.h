/* pf-training-section.h — the Fuel page's Training group, filled in by hand or from recorded runs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pf-editor-section.h"

G_BEGIN_DECLS

#define PF_TYPE_TRAINING_SECTION (pf_training_section_get_type ())

G_DECLARE_FINAL_TYPE (PfTrainingSection, pf_training_section, PF, TRAINING_SECTION, PfEditorSection)

G_END_DECLS
