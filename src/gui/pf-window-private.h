/* pf-window-private.h — PfWindow's fields and what its files share
 *
 * The window is written by job, the way GNOME Text Editor writes its EditorWindow: pages, title
 * and settings in pf-window.c, everything about files in pf-window-files.c, print and export in
 * pf-window-export.c. Each file installs its own actions from its _class_init_ function.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pf-course-view.h"
#include "pf-fuel-view.h"
#include "pf-plan-view.h"
#include "pf-profile-view.h"
#include "pf-window.h"

#include "report/pf-export.h"

G_BEGIN_DECLS

struct _PfWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template children */
  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcherBar   *switcher_bar;
  GtkToggleButton      *inputs_button;
  GtkWidget            *save_button;
  GtkSpinner           *spinner;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *stack;
  AdwViewStack         *view_stack;
  PfCourseView         *course_view;
  PfPlanView           *plan_view;
  PfFuelView           *fuel_view;
  PfProfileView        *profile_view;
  AdwViewStackPage     *plan_page;
  AdwViewStackPage     *fuel_page;
  GtkWidget            *drop_hint;
  GMenu                *recent_menu;
  GtkListBox           *recent_list;

  /* pf-window.c */
  GSettings            *settings;
  PfDocument           *document;
  GSignalGroup         *document_signals;
  PfUnitSystem          units;
  AdwToast             *notes_toast;
  guint                 inputs_button_idle;

  /* pf-window-files.c */
  GtkFileChooserNative *chooser;
  GtkFileChooserNative *save_chooser;
  GCancellable         *cancellable;
  guint                 n_loading;
  GFile                *autosave_file;
  guint                 autosave_delay_ms;
  guint                 autosave_id;
  gboolean              autosaved;
  gboolean              restoring;
  gboolean              close_confirmed;
  gboolean              close_after_save;

  /* pf-window-export.c */
  GtkFileChooserNative *export_chooser;
  guint                 export_formats;  /* PF_EXPORT_FORMAT_BIT of each, as last chosen */
  PfPaper               export_paper;
};

/* pf-window.c */
void               _pf_window_show_message            (PfWindow     *self,
                                                       const char   *heading,
                                                       const char   *body);
void               _pf_window_show_error_dialog       (PfWindow     *self,
                                                       const GError *error);
void               _pf_window_show_notes_toast        (PfWindow     *self);

/* pf-window-files.c */
void               _pf_window_class_init_files        (GtkWidgetClass *widget_class);
void               _pf_window_init_files              (PfWindow     *self);
void               _pf_window_dispose_files           (PfWindow     *self);
void               _pf_window_remember_folder         (PfWindow     *self,
                                                       GFile        *file);
void               _pf_window_set_chooser_folder      (PfWindow     *self,
                                                       GtkFileChooser *chooser);
/* TRUE when a close may go ahead; otherwise the window asks about the unsaved changes. */
gboolean           _pf_window_may_close               (PfWindow     *self);
/* TRUE from pf_window_open() until its result (course, error dialog or toast) is shown. */
gboolean           _pf_window_is_loading              (PfWindow     *self);
/* The autosave waits @delay_ms after the last change (tests make it short). */
void               _pf_window_set_autosave_delay      (PfWindow     *self,
                                                       guint         delay_ms);

/* pf-window-export.c */
void               _pf_window_class_init_export       (GtkWidgetClass *widget_class);
void               _pf_window_dispose_export          (PfWindow     *self);
/* Export… offers the paper-size preference, and follows it when it changes. */
void               _pf_window_follow_paper_setting    (PfWindow     *self);
/* The print dialog's operation; tests run it with GTK_PRINT_OPERATION_ACTION_EXPORT. */
GtkPrintOperation *_pf_window_new_print_operation     (PfWindow     *self);
/* What Export… writes once the file is chosen; nothing is left half-written on failure. */
gboolean           _pf_window_export                  (PfWindow       *self,
                                                       PfExportFormat  format,
                                                       PfPaper         paper,
                                                       GFile          *file,
                                                       GError        **error);

G_END_DECLS
