/* pf-course-view.h — what a course looks like once cleaned: summary, profile, distance, waypoints
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "pf-document.h"
#include "report/pf-units.h"

G_BEGIN_DECLS

#define PF_TYPE_COURSE_VIEW (pf_course_view_get_type ())

G_DECLARE_FINAL_TYPE (PfCourseView, pf_course_view, PF, COURSE_VIEW, GtkWidget)

GtkWidget    *pf_course_view_new          (void);
PfDocument   *pf_course_view_get_document (PfCourseView *self);
void          pf_course_view_set_document (PfCourseView *self,
                                           PfDocument   *document);
PfUnitSystem  pf_course_view_get_units    (PfCourseView *self);
void          pf_course_view_set_units    (PfCourseView *self,
                                           PfUnitSystem  units);

G_END_DECLS
