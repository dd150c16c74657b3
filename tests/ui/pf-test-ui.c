/* pf-test-ui.c — what the window tests share: their start, a window with a course, waiting for it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "core/pf-i18n.h"
#include "document/pf-document.h"
#include "gui/pf-goal-section.h"
#include "gui/pf-plan-view-private.h"
#include "gui/pf-window-private.h"
#include "pf-test-ui.h"
#include "pf-test-locale.h"

static char *locale_root;

/* The start of a widget test's main(): g_test_init(), then GTK and libadwaita. FALSE when there
 * is no display, and the test then exits PF_TEST_EXIT_SKIPPED. */
gboolean
pf_test_ui_init_gtk (int    *argc,
                     char ***argv)
{
  g_test_init (argc, argv, NULL);
  if (!gtk_init_check ())
    return FALSE;
  adw_init ();
  return TRUE;
}

/* The start of a window test's main(): pf_test_ui_init_gtk(), then the application the test's
 * windows belong to — APP_ID.@name, not unique so tests can run side by side, registered, in
 * metric units whatever the machine's settings. NULL when there is no display (the test then
 * exits PF_TEST_EXIT_SKIPPED). */
PfApplication *
pf_test_ui_init (int         *argc,
                 char      ***argv,
                 const char  *name)
{
  g_autoptr(PfApplication) app = NULL;
  g_autofree char *app_id = NULL;
  g_autoptr(GError) error = NULL;

  if (!pf_test_ui_init_gtk (argc, argv))
    return NULL;

  app_id = g_strdup_printf ("%s.%s", APP_ID, name);
  app = pf_application_new (app_id, G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_settings_set_string (pf_application_get_settings (app), "units", "metric");
  return g_steal_pointer (&app);
}

static void
remove_locale_at_exit (void)
{
  pf_test_remove_locale (g_steal_pointer (&locale_root));
}

/* "--language=de_DE" (taken out of @argv before g_test_init sees it): run the test in that
 * language, with a locale made for the run and the catalogs this build compiled, so a layout
 * test sees the longer words of a translation. Returns FALSE with @why_not when the locale
 * cannot be made (the test then skips). Call before gtk_init. */
gboolean
pf_test_use_language (int    *argc,
                      char ***argv,
                      char  **why_not)
{
  g_autofree char *locale = NULL;
  const char *language = NULL;
  int kept = 0;

  for (int i = 0; i < *argc; i++)
    {
      if (g_str_has_prefix ((*argv)[i], "--language="))
        language = (*argv)[i] + strlen ("--language=");
      else
        (*argv)[kept++] = (*argv)[i];
    }
  *argc = kept;
  (*argv)[kept] = NULL;

  if (language != NULL)
    {
      locale_root = pf_test_make_locale (language, why_not);
      if (locale_root == NULL)
        return FALSE;
      atexit (remove_locale_at_exit);
      locale = g_strdup_printf ("%s.UTF-8", language);
      g_setenv ("LOCPATH", locale_root, TRUE);
      g_setenv ("LC_ALL", locale, TRUE);
      g_setenv ("LANGUAGE", language, TRUE);
      g_setenv ("PACEFUEL_LOCALEDIR", PF_BUILD_LOCALEDIR, TRUE);
    }
  pf_i18n_init ();
  /* A test meant to run translated must not pass in English unnoticed. */
  if (language != NULL && g_str_equal (g_dgettext (GETTEXT_PACKAGE, "Fuel"), "Fuel"))
    g_error ("No %s translation found in %s", language, PF_BUILD_LOCALEDIR);
  return TRUE;
}

static GtkWidget *
find_widget_of_type (GtkWidget *widget,
                     GType      type)
{
  if (g_type_is_a (G_OBJECT_TYPE (widget), type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget_of_type (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Tests reach inside a widget the way its template names things, rather than through one
 * accessor per field: the first widget of @type under @root (itself included, in tree order)
 * and its template child @name. Fails the test when either is missing, so a renamed field
 * cannot make a test pass by finding nothing. */
gpointer
pf_test_template_child (gpointer    root,
                        GType       type,
                        const char *name)
{
  GtkWidget *owner;
  GObject *child;

  g_assert_true (GTK_IS_WIDGET (root));
  owner = find_widget_of_type (GTK_WIDGET (root), type);
  if (owner == NULL)
    g_error ("No %s under %s", g_type_name (type), G_OBJECT_TYPE_NAME (root));
  child = gtk_widget_get_template_child (owner, type, name);
  if (child == NULL)
    g_error ("%s has no template child \"%s\"", g_type_name (type), name);
  return child;
}

/* Lets pending idles and redraws run, without waiting for more. */
void
pf_test_iterate_briefly (void)
{
  for (guint i = 0; i < 50 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
}

static gboolean
set_true_cb (gpointer user_data)
{
  *(gboolean *)user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @file exists, for at most @timeout_s seconds. It waits on the
 * loop's own sources (the timer that writes the file, a thread's result) rather than for a
 * fixed time, so a loaded machine (or a sanitizer build) only makes it slower, not fail.
 * Returns: whether @file is there. */
gboolean
pf_test_wait_for_file (GFile *file,
                       guint  timeout_s)
{
  gboolean timed_out = FALSE;
  guint timeout_id = g_timeout_add_seconds (timeout_s, set_true_cb, &timed_out);

  while (!g_file_query_exists (file, NULL) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (timeout_id);
  return g_file_query_exists (file, NULL);
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
  g_autofree char *path = pf_test_data_path (data_file);
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

/* The AdwActionRows in @widget and all it holds: the rows a list shows. */
guint
pf_test_count_action_rows (GtkWidget *widget)
{
  return pf_test_count_widgets (widget, ADW_TYPE_ACTION_ROW);
}

/* The widgets of @type under @widget (itself included). */
guint
pf_test_count_widgets (GtkWidget *widget,
                       GType      type)
{
  guint n = G_TYPE_CHECK_INSTANCE_TYPE (widget, type) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += pf_test_count_widgets (child, type);
  return n;
}

/* Types @goal into the Plan page's goal field, as a runner does, and lets the plan follow. */
void
pf_test_set_goal (PfWindow   *window,
                  const char *goal)
{
  PfPlanEditor *editor = _pf_plan_view_get_editor (pf_test_template_child (window, PF_TYPE_WINDOW,
                                                                           "plan_view"));

  gtk_editable_set_text (pf_test_template_child (editor, PF_TYPE_GOAL_SECTION, "goal_entry"), goal);
  pf_test_iterate_briefly ();
}

/* The first visible window of @type that is not of @except (G_TYPE_INVALID: none): a dialog
 * the window presented. */
gpointer
pf_test_find_toplevel (GType type,
                       GType except)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type)
          && (except == G_TYPE_INVALID || !G_TYPE_CHECK_INSTANCE_TYPE (window, except))
          && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}
