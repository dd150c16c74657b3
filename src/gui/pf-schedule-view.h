/* pf-schedule-view.h — the fuel plan: sweat, the drink and its recipe, totals, every intake
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "pf-document.h"
#include "report/pf-units.h"

G_BEGIN_DECLS

#define PF_TYPE_SCHEDULE_VIEW (pf_schedule_view_get_type ())

G_DECLARE_FINAL_TYPE (PfScheduleView, pf_schedule_view, PF, SCHEDULE_VIEW, GtkWidget)

GtkWidget    *pf_schedule_view_new       (void);
PfDocument   *pf_schedule_view_get_document (PfScheduleView *self);
void          pf_schedule_view_set_document (PfScheduleView *self,
                                             PfDocument     *document);
PfUnitSystem  pf_schedule_view_get_units (PfScheduleView *self);
void          pf_schedule_view_set_units (PfScheduleView *self,
                                          PfUnitSystem    units);
/* What to take at one intake, e.g. "200 mL drink + 1 × Energy gel (25 g, 2:1)". */
char         *pf_intake_describe         (const PfIntake *intake,
                                          PfDrinkMode     drink_mode);

G_END_DECLS
