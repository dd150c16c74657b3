/* pf-profile-text.h — what the runner's own profile changes in a plan, in words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "core/pacefuel-core.h"
#include "pf-units.h"

G_BEGIN_DECLS

char *pf_profile_by_feel_basis   (const PfPlan *plan);
char *pf_profile_effect_describe (const PfPlan *plan);
char *pf_profile_split_describe  (const PfPlan *plan,
                                  PfUnitSystem  units);

G_END_DECLS
