/* pf-fuel-private.h — what the files of the fuel schedule share
 *
 *   pf-fuel.c           the targets: sweat hour by hour, the rails, the products and the
 *                       drink and its recipe; pf_fuel_plan (the steps in order)
 *   pf-fuel-schedule.c  the intakes placed where water is at hand: cups at stations, sips
 *                       from a bottle, gels with water, every rail held over any 60 minutes
 *   pf-fuel-notes.c     the totals summed from the schedule, and what to tell the runner
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pf-fuel.h"
#include "pf-pacing.h"

G_BEGIN_DECLS

#define HOUR_S              3600.0
/* Carbohydrate from ~20 min on; nothing in the last 10 minutes. */
#define FIRST_CARBS_S       (20 * 60.0)
#define LAST_INTAKE_S       (10 * 60.0)

/* pf-fuel.c */
void _pf_fuel_add_note       (PfFuel             *fuel,
                              const char         *format,
                              ...) G_GNUC_PRINTF (2, 3);

/* pf-fuel-schedule.c */
void _pf_fuel_build_schedule (PfFuel             *fuel,
                              const PfCourse     *course,
                              const PfPacing     *pacing,
                              const PfPlanInputs *inputs,
                              double              finish_s);

/* pf-fuel-notes.c */
void _pf_fuel_summarise      (PfFuel             *fuel,
                              const PfPlanInputs *inputs,
                              const PfPacing     *pacing);

G_END_DECLS
