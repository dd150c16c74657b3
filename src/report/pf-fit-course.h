/* pf-fit-course.h — the plan as a FIT course: the watch's virtual partner and its aid stations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "core/pf-plan.h"

G_BEGIN_DECLS

/* FIT's epoch, 1989-12-31 00:00 UTC, in Unix seconds. */
#define PF_FIT_EPOCH 631065600

/* The bytes a FIT string field of a course point's name holds, its terminating NUL included. */
#define PF_FIT_POINT_NAME_SIZE  16
#define PF_FIT_COURSE_NAME_SIZE 32

GBytes  *pf_fit_course_write     (const PfPlan *plan,
                                  const char   *title);
guint32  pf_fit_course_timestamp (const PfPlan *plan,
                                  double        elapsed_s);
char    *pf_fit_truncate_name    (const char   *name,
                                  gsize         size);

G_END_DECLS
