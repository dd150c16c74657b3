/* pf-profile-chart.h — the elevation profile widget: the report drawing on screen, with hover
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pf-document-widget.h"

G_BEGIN_DECLS

#define PF_TYPE_PROFILE_CHART (pf_profile_chart_get_type ())

G_DECLARE_FINAL_TYPE (PfProfileChart, pf_profile_chart, PF, PROFILE_CHART, PfDocumentWidget)

GtkWidget    *pf_profile_chart_new        (void);
PfPlan       *pf_profile_chart_get_plan   (PfProfileChart *self);
gboolean      pf_profile_chart_get_show_plan (PfProfileChart *self);
void          pf_profile_chart_set_show_plan (PfProfileChart *self,
                                              gboolean        show_plan);
double        pf_profile_chart_get_cursor (PfProfileChart *self);
void          pf_profile_chart_set_cursor (PfProfileChart *self,
                                           double          distance_m);
void          pf_profile_chart_set_highlight (PfProfileChart *self,
                                              double          from_m,
                                              double          to_m);
gboolean      pf_profile_chart_get_highlight (PfProfileChart *self,
                                              double         *from_m,
                                              double         *to_m);

G_END_DECLS
