/* pf-plan-json.h — the plan as JSON (the CLI's contract), SI units
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "pf-plan.h"

G_BEGIN_DECLS

JsonNode *pf_plan_to_json (const PfPlan *plan);

G_END_DECLS
