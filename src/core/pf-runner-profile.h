/* pf-runner-profile.h — the runner's own grade, heat and fade response, fitted from their runs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "pf-fade.h"
#include "pf-grade-model.h"
#include "pf-track.h"

G_BEGIN_DECLS

#define PF_RUNNER_PROFILE_ERROR (pf_runner_profile_error_quark ())

typedef enum
{
  PF_RUNNER_PROFILE_ERROR_NO_DATA,  /* no run had times, length and enough kept segments */
  PF_RUNNER_PROFILE_ERROR_CORRUPT,  /* a saved profile that cannot be read back */
} PfRunnerProfileError;

/* The grade knots, −30 % … +30 % every 5 %: the grades a runner meets on roads and trails.
 * The correction is linear between knots and held constant beyond the ends. */
/* The most runs one profile is learnt from (a folder's activities included): two years of daily
 * runs. The CLI and the Profile page both refuse more. */
#define PF_RUNNER_PROFILE_MAX_RUNS   1000

#define PF_RUNNER_PROFILE_N_KNOTS    13
#define PF_RUNNER_PROFILE_KNOT_STEP  0.05
#define PF_RUNNER_PROFILE_FLAT_KNOT  6    /* the knot at 0 %: zero by construction */

/* One knot of the grade response. The runner's pace factor on @grade is the model's factor
 * times exp (@correction): a correction of −0.08 is 8 % faster than the model there. */
typedef struct
{
  double grade;        /* decimal */
  double correction;   /* natural log of the runner's factor over the model's; 0 = the model */
  double se;           /* its standard error; the band is ±1.96 se */
  guint  n_runs;       /* runs with a kept segment near this knot */
  guint  n_segments;   /* kept segments near it (within one knot step) */
  double distance_m;   /* their distance, weighted by how near they are */
} PfRunnerProfileKnot;

/* A term fitted from several runs, shrunk toward the model's (0): heat, fade. */
typedef struct
{
  gboolean known;      /* FALSE: too little data (or spread) to tell; value is then 0 */
  double   value;      /* the fitted coefficient (see below), shrunk toward 0 */
  double   se;         /* its standard error */
  guint    n_runs;     /* runs it rests on */
  double   spread;     /* heat: spread of the model's slowdown over the runs (fraction);
                        * fade: the longest run it rests on, hours */
} PfRunnerProfileTerm;

typedef struct
{
  PfGradeModel        model;           /* the model the corrections are relative to */
  guint               n_runs_given;
  guint               n_runs_used;     /* with times, a length and kept segments */
  double              distance_m;      /* kept segments' distance */
  guint               n_segments;      /* kept */
  guint               n_removed_stop;  /* stops: time gaps, standing still */
  guint               n_removed_walk;  /* walking breaks on runnable ground */
  guint               n_removed_spike; /* GPS jumps: speeds no runner makes */
  double              residual_sd;     /* log-pace noise of one segment after the fit */
  PfRunnerProfileKnot knots[PF_RUNNER_PROFILE_N_KNOTS];
  /* heat.value: extra log-pace per unit of the heat model's slowdown, beyond the model's own
   * (0: the runner pays what the model says; 0.5: half as much again). */
  PfRunnerProfileTerm heat;
  /* fade.value: how much the pace drifts per hour of running in long runs, log-pace per hour
   * (0.02: 2 % slower each hour than the grade and the run's level explain). */
  PfRunnerProfileTerm fade;
} PfRunnerProfile;

#define PF_TYPE_RUNNER_PROFILE (pf_runner_profile_get_type ())

GQuark           pf_runner_profile_error_quark (void);
gboolean         pf_runner_profile_collect_runs (const char           *path,
                                                 GPtrArray            *paths,
                                                 GError              **error);
/* A boxed type (copy and free) so that a GObject can hold a profile as a property. */
GType            pf_runner_profile_get_type    (void) G_GNUC_CONST;

PfRunnerProfile *pf_runner_profile_fit         (GPtrArray              *runs,
                                                const double           *temperatures_c,
                                                PfGradeModel            model,
                                                GError                **error);
GArray          *pf_runner_profile_residuals   (PfTrack                *track,
                                                PfGradeModel            model,
                                                GArray                **grades,
                                                GArray                **hours);
PfRunnerProfile *pf_runner_profile_copy        (const PfRunnerProfile  *self);
void             pf_runner_profile_free        (PfRunnerProfile        *self);
gboolean         pf_runner_profile_equal       (const PfRunnerProfile  *a,
                                                const PfRunnerProfile  *b);

double           pf_runner_profile_knot_grade  (guint                   k);
double           pf_runner_profile_correction  (const PfRunnerProfile  *self,
                                                double                  grade);
double           pf_runner_profile_factor      (const PfRunnerProfile  *self,
                                                double                  grade);

/* What a plan takes from the profile (pf-plan.c): the heat share the runner pays, in place of
 * the one their level suggests when the profile knows it; their own fade over @finish_s. */
double           pf_runner_profile_heat_scale  (const PfRunnerProfile  *self,
                                                double                  fallback);
gboolean         pf_runner_profile_fade        (const PfRunnerProfile  *self,
                                                double                  finish_s,
                                                PfFade                 *fade);

JsonNode        *pf_runner_profile_to_node     (const PfRunnerProfile  *self);
PfRunnerProfile *pf_runner_profile_from_node   (JsonNode               *root,
                                                const char             *display_name,
                                                GError                **error);
char            *pf_runner_profile_to_json     (const PfRunnerProfile  *self,
                                                gsize                  *length);
PfRunnerProfile *pf_runner_profile_from_json   (const char             *data,
                                                gsize                   length,
                                                const char             *display_name,
                                                GError                **error);
gboolean         pf_runner_profile_save        (const PfRunnerProfile  *self,
                                                GFile                  *file,
                                                GError                **error);
PfRunnerProfile *pf_runner_profile_load        (GFile                  *file,
                                                GError                **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PfRunnerProfile, pf_runner_profile_free)

G_END_DECLS
