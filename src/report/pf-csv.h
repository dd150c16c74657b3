/* pf-csv.h — spreadsheets of the plan (RFC 4180, SI units, one header row)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "core/pf-plan.h"

G_BEGIN_DECLS

char *pf_csv_splits   (const PfPlan *plan);
char *pf_csv_schedule (const PfPlan *plan);

G_END_DECLS
