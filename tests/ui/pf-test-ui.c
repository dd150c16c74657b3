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

/* A wide window, shown, with the application's settings. */
PfWindow *
pf_test_window_new (PfApplication *app)
{
  PfWindow *window = pf_window_new (GTK_APPLICATION (app), pf_application_get_settings (app));

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  gtk_window_present (GTK_WINDOW (window));
  return window;
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
