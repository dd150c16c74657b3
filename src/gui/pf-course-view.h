/* pf-course-view.h — what a course looks like once cleaned: summary, profile, distance, waypoints
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pf-document-widget.h"

G_BEGIN_DECLS

#define PF_TYPE_COURSE_VIEW (pf_course_view_get_type ())

G_DECLARE_FINAL_TYPE (PfCourseView, pf_course_view, PF, COURSE_VIEW, PfDocumentWidget)

GtkWidget    *pf_course_view_new          (void);
void          pf_course_view_show_aid_stations (PfCourseView *self);

G_END_DECLS
