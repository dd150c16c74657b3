/* pf-aid-stations.h — the aid stations a plan uses, and the runner's edits to them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pf-course.h"
#include "pf-plan-inputs.h"

G_BEGIN_DECLS

typedef struct
{
  double      distance_m;
  const char *name;         /* the runner's name, else the file's; "" for none (never NULL);
                             * borrowed from the course or the inputs */
  PfOffers    offers;       /* 0: removed by the runner */
  gboolean    from_course;  /* marked in the course's file; else added by the runner */
} PfAidStation;

GArray     *pf_aid_stations_list (const PfCourse     *course,
                                  const PfPlanInputs *inputs,
                                  gboolean            with_removed);

PfOffers    pf_plan_inputs_offers_at     (const PfPlanInputs *inputs,
                                          double              distance_m);
const char *pf_plan_inputs_aid_name_at   (const PfPlanInputs *inputs,
                                          double              distance_m);
void        pf_plan_inputs_set_aid       (PfPlanInputs       *inputs,
                                          double              distance_m,
                                          PfOffers            offers,
                                          const char         *name);
gboolean    pf_plan_inputs_add_aid       (PfPlanInputs       *inputs,
                                          const PfCourse     *course,
                                          double              distance_m);
gboolean    pf_plan_inputs_add_aid_every (PfPlanInputs       *inputs,
                                          const PfCourse     *course,
                                          double              every_m,
                                          double              from_m,
                                          double              to_m);
void        pf_plan_inputs_remove_aid    (PfPlanInputs       *inputs,
                                          double              distance_m);
gboolean    pf_plan_inputs_move_aid      (PfPlanInputs       *inputs,
                                          const PfCourse     *course,
                                          double              from_m,
                                          double              to_m,
                                          const char         *course_name);

G_END_DECLS
