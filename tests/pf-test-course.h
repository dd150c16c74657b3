/* pf-test-course.h — synthetic courses for the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "core/pacefuel-core.h"

G_BEGIN_DECLS

typedef double (*PfTestElevation) (double distance_m);

PfTrack *pf_test_course_new (double          length_m,
                             PfTestElevation ele);

G_END_DECLS
