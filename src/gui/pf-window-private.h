/* pf-window-private.h — what the UI tests read back from the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pf-course-view.h"
#include "pf-fuel-view.h"
#include "pf-plan-view.h"
#include "pf-window.h"

G_BEGIN_DECLS

PfCourseView         *_pf_window_get_course_view    (PfWindow *self);
PfPlanView           *_pf_window_get_plan_view      (PfWindow *self);
PfFuelView           *_pf_window_get_fuel_view      (PfWindow *self);
AdwViewStackPage     *_pf_window_get_plan_page      (PfWindow *self);
AdwViewStack         *_pf_window_get_view_stack     (PfWindow *self);
AdwViewSwitcherTitle *_pf_window_get_switcher_title (PfWindow *self);
/* TRUE from pf_window_open() until its result (course, error dialog or toast) is shown. */
gboolean              _pf_window_is_loading         (PfWindow *self);

G_END_DECLS
