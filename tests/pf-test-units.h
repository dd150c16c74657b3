/* pf-test-units.h — finding a unit of the other system in what a runner reads
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "core/pacefuel-core.h"
#include "report/pf-units.h"

G_BEGIN_DECLS

/* FALSE while the core still writes units into its texts (branch unitscore): the checks then
 * leave the core's texts out and look at what the display side writes. Set to TRUE once the
 * core's texts carry quantities only (core/pf-quantity.h). */
#define PF_TEST_CORE_TEXTS_CHECKED TRUE

char      *pf_test_units_foreign    (PfUnitSystem  units,
                                     const char   *text);
GPtrArray *pf_test_units_core_texts (const PfPlan *plan,
                                     PfUnitSystem  units);
char      *pf_test_units_strip      (const char   *text,
                                     GPtrArray    *core_texts);

G_END_DECLS
