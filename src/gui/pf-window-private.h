/* pf-window-private.h — what the UI tests read back from the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pf-course-view.h"
#include "pf-export-dialog.h"
#include "pf-fuel-view.h"
#include "pf-plan-view.h"
#include "pf-window.h"

#include "report/pf-report.h"

G_BEGIN_DECLS

PfCourseView         *_pf_window_get_course_view    (PfWindow *self);
PfPlanView           *_pf_window_get_plan_view      (PfWindow *self);
PfFuelView           *_pf_window_get_fuel_view      (PfWindow *self);
AdwViewStackPage     *_pf_window_get_plan_page      (PfWindow *self);
AdwViewStack         *_pf_window_get_view_stack     (PfWindow *self);
AdwViewSwitcherTitle *_pf_window_get_switcher_title (PfWindow *self);
/* TRUE from pf_window_open() until its result (course, error dialog or toast) is shown. */
gboolean              _pf_window_is_loading         (PfWindow *self);

/* What Export… writes once the file is chosen; nothing is left half-written on failure. */
gboolean              _pf_window_export             (PfWindow       *self,
                                                     PfExportFormat  format,
                                                     PfPaper         paper,
                                                     GFile          *file,
                                                     GError        **error);
/* The autosave waits @delay_ms after the last change (tests make it short). */
void                  _pf_window_set_autosave_delay (PfWindow       *self,
                                                     guint           delay_ms);
PfUnitSystem          _pf_window_get_units          (PfWindow       *self);
GtkPrintOperation    *_pf_window_new_print_operation (PfWindow      *self);

G_END_DECLS
