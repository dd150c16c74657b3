/* pf-schedule-view.h — the fuel plan: sweat, the drink and its recipe, totals, every intake
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pf-document-widget.h"

G_BEGIN_DECLS

#define PF_TYPE_SCHEDULE_VIEW (pf_schedule_view_get_type ())

G_DECLARE_FINAL_TYPE (PfScheduleView, pf_schedule_view, PF, SCHEDULE_VIEW, PfDocumentWidget)

GtkWidget    *pf_schedule_view_new       (void);

G_END_DECLS
