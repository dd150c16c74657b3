/* pf-checklist.h — the pre-race checklist and the in-race cramp response (docs/science.md §9)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pf-plan-inputs.h"

G_BEGIN_DECLS

const char *pf_check_id             (PfCheck     check);
const char *pf_check_question       (PfCheck     check);
gboolean    pf_check_from_id        (const char *id,
                                     PfCheck    *check);
const char *pf_answer_to_string     (PfAnswer    answer);
const char *pf_cramp_response       (void);

G_END_DECLS
