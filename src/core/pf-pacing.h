/* pf-pacing.h — the timeline: where the runner is at each moment, how hard and how hot
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pf-course.h"
#include "pf-fade.h"
#include "pf-plan-inputs.h"

G_BEGIN_DECLS

/* One stretch between two resampled points of the course. */
typedef struct
{
  double start_m;
  double end_m;
  double grade;          /* decimal */
  double grade_factor;   /* the grade model's pace factor here */
  double heat_factor;    /* 1 + heat slowdown at the time the runner is here */
  double start_s;        /* elapsed time on arrival */
  double time_s;         /* time spent on the stretch */
  double temp_c;
  double dew_point_c;
} PfSegment;

/* Splits aggregate segments: per km, per mile, or between aid stations. */
typedef struct
{
  guint  index;
  char  *name;          /* the aid station ending this split, or NULL */
  double start_m;
  double end_m;
  double time_s;
  double elapsed_s;     /* at the end of the split */
  double flat_time_s;   /* the time with every grade factor removed: grade-adjusted */
  double ascent_m;
  double descent_m;
  double temp_c;        /* at the middle of the split */
} PfSplit;

typedef struct
{
  GArray *segments;           /* PfSegment */
  double  flat_pace_s_per_m;  /* the pace on the flat in cool weather */
  double  finish_s;
  double  climb_cost_s;       /* what the grades add at this effort (negative: net downhill) */
  double  heat_cost_s;        /* what the heat adds */
  double  max_hadley_f;       /* the hottest T + Td met on the course, °F */
  guint   iterations;         /* rounds to the fixed point between pace and heat */
} PfPacing;

void    pf_conditions_at    (const PfConditions *conditions,
                             gint64              start_time,
                             double              elapsed_s,
                             double              finish_s,
                             double             *temp_c,
                             double             *dew_point_c);
/* What is the runner's own in a solve: how much of the heat they pay, and how their pace
 * drifts when they run by feel (fade, a multiplier whose mean over the course is 1). */
typedef struct
{
  double heat_scale;      /* pf_heat_runner_scale (); 1: the heat model as published */
  PfFade fade;            /* pf_fade_for_level (); zero: no fade */
  double training_drift;  /* slowdown reached at the finish when training falls short; 0: none */
  /* The runner's own grade response (pf_runner_profile_factor) in place of the inputs' hill
   * model; NULL: the model as published. */
  const PfRunnerProfile *hills;
} PfPacingRunner;

void    pf_pacing_solve_runner (PfPacing             *pacing,
                                const PfCourse       *course,
                                const PfPlanInputs   *inputs,
                                double                flat_pace_s_per_m,
                                const PfPacingRunner *runner);
double  pf_pacing_grade_distance (const PfCourse     *course,
                                  PfGradeModel        grade_model);
void    pf_pacing_solve     (PfPacing           *pacing,
                             const PfCourse     *course,
                             const PfPlanInputs *inputs,
                             double              flat_pace_s_per_m);
const PfSegment *pf_pacing_segment_at (const PfPacing *pacing,
                                       double          distance_m);
double  pf_pacing_elapsed_at  (const PfPacing     *pacing,
                               double              distance_m);
double  pf_pacing_distance_at (const PfPacing     *pacing,
                               double              elapsed_s);
void    pf_pacing_clear     (PfPacing           *pacing);
GArray *pf_pacing_splits    (const PfPacing     *pacing,
                             const PfCourse     *course,
                             const GArray       *stations,  /* PfAidStation, for PF_SPLIT_AID */
                             PfSplitUnit         unit);

G_END_DECLS
