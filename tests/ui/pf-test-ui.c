/* pf-test-ui.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "gui/pf-document.h"
#include "gui/pf-window-private.h"
#include "pf-test-ui.h"

/* Lets pending idles and redraws run, without waiting for more. */
void
pf_test_iterate_briefly (void)
{
  for (guint i = 0; i < 50 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
}

/* A window of @width × @height, shown, with the application's settings. Its plan follows every
 * edit at once, however long that takes, so tests can read it straight after;
 * test-ui-recompute covers the worker thread that big plans use instead. */
PfWindow *
pf_test_window_new_sized (PfApplication *app,
                          int            width,
                          int            height)
{
  PfWindow *window = pf_window_new (GTK_APPLICATION (app), pf_application_get_settings (app));

  pf_document_set_budget (pf_window_get_document (window), G_MAXINT64);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

/* A wide window. */
PfWindow *
pf_test_window_new (PfApplication *app)
{
  return pf_test_window_new_sized (app, 1100, 760);
}

/* Opens a file of tests/data in @window and waits until its plan is there. */
void
pf_test_window_load (PfWindow   *window,
                     const char *data_file)
{
  g_autofree char *path = g_build_filename (g_getenv ("PF_TEST_DATA"), data_file, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  pf_window_open (window, file);
  while (_pf_window_is_loading (window))
    g_main_context_iteration (NULL, TRUE);
  pf_test_iterate_briefly ();
  g_assert_nonnull (pf_document_get_plan (pf_window_get_document (window)));
}

PfWindow *
pf_test_window_with_course (PfApplication *app,
                            const char    *data_file)
{
  PfWindow *window = pf_test_window_new (app);

  pf_test_window_load (window, data_file);
  return window;
}
