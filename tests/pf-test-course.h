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

PfTrack *pf_test_course_winding (guint n_points,
                                  guint n_waypoints);

/* The plan of @inputs, which the test expects to be valid. */
PfPlan          *pf_test_plan_compute      (const PfPlanInputs *inputs);
/* The plan's warning @id, or NULL. */
const PfWarning *pf_test_plan_find_warning (const PfPlan       *plan,
                                            const char         *id);

G_END_DECLS
