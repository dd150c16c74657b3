/* pf-feasibility.h — whether a runner can drink their way through the plan, and what would
 * make it so
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pf-fuel.h"
#include "pf-pacing.h"

G_BEGIN_DECLS

/* The most body mass a plan may lose (docs/science.md §7, §10): 3 % for a race up to 6 h;
 * 4 % beyond, where part of the loss is fuel burnt and water freed with glycogen rather than
 * a water deficit (Maughan et al. 2007). */
#define PF_FEASIBLE_LOSS_PCT        3.0
#define PF_FEASIBLE_LOSS_ULTRA_PCT  4.0
#define PF_FEASIBLE_ULTRA_S         (6 * 3600.0)
/* The ceiling an acclimatised runner may be offered (the largest ceiling advised, §7). */
#define PF_FEASIBLE_ACCLIMATISED_CEILING_L_PER_H 1.0

typedef enum
{
  PF_FEASIBILITY_SLOWER,     /* a slower finish: finish_s (followed by BOTTLE or STATIONS
                              * at that finish when the schedule still lacks places) */
  PF_FEASIBILITY_BOTTLE,     /* carry a bottle and refill it: bottle_ml */
  PF_FEASIBILITY_STATIONS,   /* more places to drink: extra_fluid_l */
  PF_FEASIBILITY_CEILING,    /* a higher ceiling, acclimatised runners only: ceiling_l_per_h */
} PfFeasibilityKind;

/* One change that makes the plan feasible, with the loss once it is made. */
typedef struct
{
  PfFeasibilityKind kind;
  char             *text;             /* one translated sentence with the numbers */
  double            mass_loss_pct;    /* the loss after the change (positive: a loss) */
  double            finish_s;         /* SLOWER; else the plan's finish */
  double            bottle_ml;        /* BOTTLE, or CEILING that needs one too; else 0 */
  double            extra_fluid_l;    /* STATIONS; else 0 */
  double            ceiling_l_per_h;  /* the ceiling the change drinks up to */
} PfFeasibilityChange;

typedef struct
{
  gboolean  feasible;
  double    max_mass_loss_pct;   /* the limit for this race */
  double    mass_loss_pct;       /* the plan's schedule (positive: a loss) */
  double    ceiling_loss_pct;    /* drinking all the ceiling allows, wherever water is */
  GArray   *changes;             /* PfFeasibilityChange, the first the one to show */
} PfFeasibility;

void        pf_feasibility_compute        (PfFeasibility        *feasibility,
                                           const PfCourse       *course,
                                           const PfPacing       *pacing,
                                           const PfFuel         *fuel,
                                           const PfPlanInputs   *inputs,
                                           const PfPacingRunner *runner);
void        pf_feasibility_clear          (PfFeasibility        *feasibility);
const char *pf_feasibility_kind_to_string (PfFeasibilityKind     kind);

G_END_DECLS
