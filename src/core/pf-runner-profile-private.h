/* pf-runner-profile-private.h — what the profile's fit and its segments share inside the core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pf-runner-profile.h"

G_BEGIN_DECLS

/* One kept segment of a recorded run, about 150 m (pf-runner-segments.c). */
typedef struct
{
  double grade;      /* the mean grade: which knot the segment counts toward (n_near, n_runs) */
  double log_model;  /* ln of the model's factor averaged over the segment's 10 m steps */
  /* How much of the segment's time each knot's correction moves: the hat weights of its 10 m
   * steps' grades, each step weighted by its length and the model's factor there (its share of
   * the time). The plan corrects every 10 m step at its own grade (pf-pacing.c), so the fit
   * must too: a segment of 0 % on average over a ±5 % roll is not flat ground. */
  double load[PF_RUNNER_PROFILE_N_KNOTS];
  double log_pace;   /* ln (s per m) */
  double hours;      /* from the run's start at the segment's middle */
  double length_m;
  guint  run;
} PfRunSegment;

double   pf_runner_profile_median       (GArray          *values);
void     pf_runner_profile_knot_weights (double           grade,
                                         guint           *k0,
                                         double          *w0);
/* Appends @track's kept segments to @segments (as run @run), counts what it removed into
 * @profile, and gives the run's length in hours and its median recorded temperature (NAN when
 * none). FALSE when the run has no times, no elevation or nothing to keep. */
gboolean pf_runner_profile_cut_run      (PfTrack         *track,
                                         guint            run,
                                         GArray          *segments,
                                         PfRunnerProfile *profile,
                                         double          *run_hours,
                                         double          *temperature_c);

G_END_DECLS
