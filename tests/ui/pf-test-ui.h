/* pf-test-ui.h — what the window tests share: their start, a window with a course, waiting for it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gui/pf-application.h"
#include "gui/pf-window.h"
#include "pf-test-render.h"
#include "pf-test-util.h"

G_BEGIN_DECLS

gboolean       pf_test_ui_init_gtk (int           *argc,
                                    char        ***argv);
PfApplication *pf_test_ui_init     (int           *argc,
                                    char        ***argv,
                                    const char    *name);

gboolean  pf_test_use_language       (int           *argc,
                                      char        ***argv,
                                      char         **why_not);
void      pf_test_iterate_briefly    (void);
guint     pf_test_count_action_rows  (GtkWidget     *widget);
guint     pf_test_count_widgets      (GtkWidget     *widget,
                                      GType          type);
gboolean  pf_test_wait_for_file      (GFile         *file,
                                      guint          timeout_s);
PfWindow *pf_test_window_new_sized   (PfApplication *app,
                                      int            width,
                                      int            height);
PfWindow *pf_test_window_new         (PfApplication *app);
void      pf_test_window_load        (PfWindow      *window,
                                      const char    *data_file);
PfWindow *pf_test_window_with_course (PfApplication *app,
                                      const char    *data_file);

void      pf_test_set_goal           (PfWindow      *window,
                                      const char    *goal);
gpointer  pf_test_find_toplevel      (GType          type,
                                      GType          except);

/* The template child @name of the first widget of @type in @root's tree (@root included). */
gpointer  pf_test_template_child     (gpointer       root,
                                      GType          type,
                                      const char    *name);

G_END_DECLS
