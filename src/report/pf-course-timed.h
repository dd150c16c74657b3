/* pf-course-timed.h — the cleaned course thinned to timed points, for the FIT and TCX courses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "core/pf-aid-stations.h"
#include "core/pf-plan.h"

G_BEGIN_DECLS

/* One point of a course a watch follows: where, how high, and when the plan is there. */
typedef struct
{
  double distance_m;  /* along the course, in the plan's (possibly official) scale */
  double lat;
  double lon;
  double ele;         /* cleaned elevation; NAN when the course has none */
  double elapsed_s;   /* the plan's elapsed time here */
} PfTimedPoint;

/* Points at most this far apart; further on a longer course, so that a course holds at most
 * PF_TIMED_MAX_POINTS of them plus one per split. */
#define PF_TIMED_STEP_M     50.0
#define PF_TIMED_MAX_POINTS 4000

GArray *pf_course_timed_points (const PfPlan *plan);
void    pf_course_timed_at     (const PfPlan *plan,
                                double        distance_m,
                                PfTimedPoint *point);
char   *pf_course_timed_label  (const PfAidStation *station,
                                guint               index);

G_END_DECLS
