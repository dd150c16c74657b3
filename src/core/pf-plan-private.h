/* pf-plan-private.h — what pf-plan.c and pf-plan-validate.c share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pf-plan.h"

G_BEGIN_DECLS

/* The longest plan: ten days, the goal's limit and the prediction's. */
#define PF_PLAN_MAX_GOAL_S  (10 * 24 * 3600.0)

/* Sets PF_PLAN_ERROR_INVALID with the message and returns FALSE. */
gboolean _pf_plan_invalid (GError    **error,
                           const char *format,
                           ...) G_GNUC_PRINTF (2, 3);

G_END_DECLS
