/* pf-plan.h — the one immutable result every view, printout and export is drawn from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "pf-course.h"
#include "pf-feasibility.h"
#include "pf-fuel.h"
#include "pf-pacing.h"
#include "pf-plan-inputs.h"
#include "pf-predict.h"
#include "pf-sweat-transfer.h"
#include "pf-warnings.h"

G_BEGIN_DECLS

#define PF_PLAN_ERROR (pf_plan_error_quark ())

typedef enum
{
  PF_PLAN_ERROR_INVALID,   /* an input out of its range; the message says which */
} PfPlanError;

#define PF_TYPE_PLAN (pf_plan_get_type ())

/* What the runner's own profile changes in a plan that uses it (seconds; + is slower): the run by
 * feel's finish, all of it and each part alone (the parts need not add up: heat acts on the
 * time the hills take), and the prescribed plan — its finish in effort mode, and in every mode
 * the split it moves most. */
typedef struct
{
  gboolean used;          /* the plan uses a profile; all else is 0 when not */
  gboolean predicted;     /* there is a run by feel (a race to predict from) */
  double   finish_s;      /* the run by feel's finish, with the profile minus without */
  double   hills_s;       /* the grade response alone */
  double   heat_s;        /* the heat share alone */
  double   fade_s;        /* the fade alone */
  double   plan_finish_s; /* the prescribed finish (0 with a goal: the goal holds) */
  guint    split;         /* the prescribed split the profile changes most */
  double   split_s;       /* by how much */
} PfProfileEffect;

/* A course that climbs more than this per kilometre is a trail: its predictions use ITRA's
 * effort distance (docs/science.md §5). */
#define PF_TRAIL_CLIMB_M_PER_KM 20.0

/* The longest official distance (10 000 km), as `pacefuel-cli plan --official-distance`
 * takes it; and the training distances the Fuel page's fields and the CLI's training options
 * take (km). A plan file's values pass the same checks (pf_plan_inputs_validate); the CLI
 * reads these rather than its own numbers, so that no limit differs between the ways in. */
#define PF_PLAN_MAX_DISTANCE_M 1.0e7
#define PF_TRAINING_MAX_KM     500.0

/* The official distance against the course's measured length: beyond this factor either way
 * it is refused (pf_plan_inputs_check_official_distance: a unit mistake), beyond the second
 * it is warned about (the warning "official-distance-far"). */
#define PF_OFFICIAL_DISTANCE_REFUSED_RATIO 10.0
#define PF_OFFICIAL_DISTANCE_WARNED_RATIO   2.0

GQuark              pf_plan_error_quark        (void);
GType               pf_plan_get_type           (void) G_GNUC_CONST;
gboolean            pf_plan_inputs_validate    (const PfPlanInputs *inputs,
                                                GError            **error);
gboolean            pf_weather_hour_validate   (const PfWeatherHour *hour,
                                                PfHumidityKind       kind,
                                                GError             **error);
gboolean            pf_plan_inputs_check_goal  (const PfPlanInputs *inputs,
                                                GError            **error);
gboolean            pf_plan_inputs_fit_goal    (PfPlanInputs       *inputs);
gboolean            pf_plan_inputs_check_official_distance (const PfPlanInputs *inputs,
                                                            GError            **error);
PfPlan             *pf_plan_compute            (const PfPlanInputs *inputs,
                                                GError            **error);
PfPlan             *pf_plan_recompute          (const PfPlan       *previous,
                                                const PfPlanInputs *inputs,
                                                GError            **error);
gboolean            pf_plan_keeps_course       (const PfPlan       *self,
                                                const PfPlanInputs *inputs);
PfPlan             *pf_plan_ref                (PfPlan             *self);
void                pf_plan_unref              (PfPlan             *self);
const PfPlanInputs *pf_plan_get_inputs         (const PfPlan       *self);
PfCourse           *pf_plan_get_course         (const PfPlan       *self);
double              pf_plan_get_finish_time    (const PfPlan       *self);
double              pf_plan_get_climb_cost     (const PfPlan       *self);
double              pf_plan_get_heat_cost      (const PfPlan       *self);
double              pf_plan_get_max_hadley_f   (const PfPlan       *self);
double              pf_plan_get_flat_pace      (const PfPlan       *self);
guint               pf_plan_get_n_segments     (const PfPlan       *self);
const PfSegment    *pf_plan_get_segments       (const PfPlan       *self);
guint               pf_plan_get_n_splits       (const PfPlan       *self);
guint               pf_plan_get_n_aid_stations (const PfPlan       *self,
                                                guint              *n_course,
                                                guint              *n_added);
GArray             *pf_plan_dup_aid_stations   (const PfPlan       *self,
                                                gboolean            added_only);
const GArray       *pf_plan_get_aid_stations   (const PfPlan       *self);
const PfSplit      *pf_plan_get_split          (const PfPlan       *self,
                                                guint               index);
guint               pf_plan_get_n_predictions  (const PfPlan       *self);
const PfPrediction *pf_plan_get_prediction     (const PfPlan       *self,
                                                guint               index);
double              pf_plan_get_vdot           (const PfPlan       *self);
double              pf_plan_get_effort_distance (const PfPlan      *self);
gboolean            pf_plan_is_trail           (const PfPlan       *self);
double              pf_plan_get_heat_scale     (const PfPlan       *self);
const PfPacing     *pf_plan_get_realistic      (const PfPlan       *self);
guint               pf_plan_get_n_realistic_splits (const PfPlan   *self);
const PfSplit      *pf_plan_get_realistic_split (const PfPlan      *self,
                                                 guint              index);
guint               pf_plan_get_n_warnings     (const PfPlan       *self);
gboolean            pf_plan_has_training_data  (const PfPlan       *self);
const PfWarning    *pf_plan_get_warning        (const PfPlan       *self,
                                                guint               index);
const PfFuel       *pf_plan_get_fuel           (const PfPlan       *self);
const PfFeasibility *pf_plan_get_feasibility   (const PfPlan       *self);
const PfSweatTransfer *pf_plan_get_sweat_transfer (const PfPlan    *self);
const PfProfileEffect *pf_plan_get_profile_effect (const PfPlan    *self);
const PfSegment    *pf_plan_segment_at         (const PfPlan       *self,
                                                double              distance_m);
double              pf_plan_elapsed_at         (const PfPlan       *self,
                                                double              distance_m);
double              pf_plan_distance_at        (const PfPlan       *self,
                                                double              elapsed_s);
char               *pf_plan_format_clock       (const PfPlan       *self,
                                                double              elapsed_s);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PfPlan, pf_plan_unref)

G_END_DECLS
