/* pf-plan-worker.h — recomputes plans in a worker thread, newest inputs first
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "core/pacefuel-core.h"

G_BEGIN_DECLS

#define PF_TYPE_PLAN_WORKER (pf_plan_worker_get_type ())

G_DECLARE_FINAL_TYPE (PfPlanWorker, pf_plan_worker, PF, PLAN_WORKER, GObject)

PfPlanWorker *pf_plan_worker_new      (void);
void          pf_plan_worker_submit   (PfPlanWorker       *self,
                                       PfPlan             *previous,
                                       const PfPlanInputs *inputs);
void          pf_plan_worker_cancel   (PfPlanWorker       *self);
gboolean      pf_plan_worker_get_busy (PfPlanWorker       *self);

G_END_DECLS
