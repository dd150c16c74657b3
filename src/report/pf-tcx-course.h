/* pf-tcx-course.h — the plan as a TCX course with course points, for older devices
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "core/pf-plan.h"

G_BEGIN_DECLS

/* TCX v2's limits, in characters: a course's name (RestrictedToken_t), a course point's
 * (CoursePointName_t). */
#define PF_TCX_COURSE_NAME_MAX 15
#define PF_TCX_POINT_NAME_MAX  10

char *pf_tcx_course_write (const PfPlan *plan,
                           const char   *title);

G_END_DECLS
