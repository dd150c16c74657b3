/* pf-test-units.h — finding a unit of the other system in what a runner reads
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "core/pacefuel-core.h"
#include "report/pf-units.h"

G_BEGIN_DECLS

char      *pf_test_units_foreign    (PfUnitSystem  units,
                                     const char   *text);
char      *pf_test_units_squeeze    (const char   *text);

G_END_DECLS
