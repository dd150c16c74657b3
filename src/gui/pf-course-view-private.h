/* pf-course-view-private.h — what the UI tests read back from the course view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "pf-course-view.h"
#include "pf-profile-chart.h"
#include "pf-stat-tile.h"

G_BEGIN_DECLS

GtkLabel       *_pf_course_view_get_title_label   (PfCourseView *self);
PfStatTile     *_pf_course_view_get_distance_tile (PfCourseView *self);
PfStatTile     *_pf_course_view_get_climb_tile    (PfCourseView *self);
AdwComboRow    *_pf_course_view_get_distance_row  (PfCourseView *self);
GtkSpinButton  *_pf_course_view_get_custom_spin   (PfCourseView *self);
PfProfileChart *_pf_course_view_get_chart         (PfCourseView *self);
GtkWidget      *_pf_course_view_get_flat_notice   (PfCourseView *self);
guint           _pf_course_view_get_n_aid_rows    (PfCourseView *self);
guint           _pf_course_view_get_n_landmark_rows (PfCourseView *self);

G_END_DECLS
