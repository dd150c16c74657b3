/* pf-warnings-list.h — where the plan asks too much, most serious first, and how to fix it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "core/pf-plan.h"
#include "report/pf-units.h"

G_BEGIN_DECLS

#define PF_TYPE_WARNINGS_LIST (pf_warnings_list_get_type ())

G_DECLARE_FINAL_TYPE (PfWarningsList, pf_warnings_list, PF, WARNINGS_LIST, GtkWidget)

GtkWidget       *pf_warnings_list_new          (void);
PfPlan          *pf_warnings_list_get_plan     (PfWarningsList *self);
void             pf_warnings_list_set_plan     (PfWarningsList *self,
                                                PfPlan         *plan);
void             pf_warnings_list_set_units    (PfWarningsList *self,
                                                PfUnitSystem    units);
int              pf_warnings_list_get_selected (PfWarningsList *self);
void             pf_warnings_list_set_selected (PfWarningsList *self,
                                                int             index);
const PfWarning *pf_warnings_list_get_selected_warning (PfWarningsList *self);
guint            pf_warnings_count_serious     (const PfPlan   *plan);

G_END_DECLS
