/* test-ui-window.c — the main window opens a course and shows it truthfully
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-ui-window"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "gui/pf-application.h"
#include "gui/pf-profile-chart.h"
#include "gui/pf-stat-tile.h"
#include "gui/pf-window.h"
#include "gui/pf-window-private.h"
#include "gui/pf-aid-row.h"
#include "pf-test-ui.h"

static PfApplication *app;

static PfWindow *
window_new (void)
{
  PfWindow *window = pf_test_window_new_sized (app, 800, 600);

  pf_test_iterate_briefly ();
  return window;
}

static void
window_open_and_wait (PfWindow   *window,
                      const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  pf_window_open (window, file);
  g_assert_true (_pf_window_is_loading (window));
  while (_pf_window_is_loading (window))
    g_main_context_iteration (NULL, TRUE);
  pf_test_iterate_briefly ();
}

static void
window_open_test_file (PfWindow   *window,
                       const char *name)
{
  g_autofree char *path = pf_test_data_path (name);

  window_open_and_wait (window, path);
}

static GtkWindow *
find_toplevel (GType      type,
               GtkWindow *transient_for)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type) &&
          (transient_for == NULL || gtk_window_get_transient_for (toplevel) == transient_for))
        return toplevel;
    }

  return NULL;
}

static PfCourse *
window_course (PfWindow *window)
{
  PfPlan *plan = pf_document_get_plan (pf_window_get_document (window));

  g_assert_nonnull (plan);
  return pf_plan_get_course (plan);
}

/* The rows the course view lists in its group @group_name ("landmark_group"). */
static guint
count_rows (PfCourseView *view,
            const char   *group_name)
{
  return pf_test_count_action_rows (pf_test_template_child (view, PF_TYPE_COURSE_VIEW, group_name));
}

static void
test_open_course (void)
{
  PfWindow *window = window_new ();
  PfCourseView *view = pf_test_template_child (window, PF_TYPE_WINDOW, "course_view");
  AdwViewSwitcherTitle *title = pf_test_template_child (window, PF_TYPE_WINDOW, "switcher_title");
  const char *course_name;

  window_open_test_file (window, "twin_cities_marathon.gpx");

  course_name = pf_document_get_title (pf_window_get_document (window));
  g_assert_nonnull (course_name);
  g_assert_cmpstr (course_name, !=, "");
  g_assert_cmpstr (adw_view_switcher_title_get_title (title), ==, course_name);
  g_assert_cmpstr (adw_view_switcher_title_get_subtitle (title), ==, "twin_cities_marathon.gpx");
  g_assert_cmpstr (gtk_label_get_text (pf_test_template_child (view, PF_TYPE_COURSE_VIEW,
                                                               "title_label")), ==, course_name);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view)));

  g_assert_nonnull (strstr (pf_stat_tile_get_value (
    pf_test_template_child (view, PF_TYPE_COURSE_VIEW, "distance_tile")),
                            "km"));
  g_assert_nonnull (strstr (pf_stat_tile_get_detail (
    pf_test_template_child (view, PF_TYPE_COURSE_VIEW, "climb_tile")),
                            "raw GPS"));
  g_assert_false (gtk_widget_get_visible (pf_test_template_child (view, PF_TYPE_COURSE_VIEW,
                                                                  "flat_notice")));
  /* Every station of the file on the way has its row (none at the start or the finish). */
  g_assert_cmpuint (pf_test_count_widgets (pf_test_template_child (view, PF_TYPE_COURSE_VIEW,
                                                                   "aid_section"),
                                           PF_TYPE_AID_ROW), ==,
                    pf_plan_get_n_aid_stations (pf_document_get_plan (pf_window_get_document (window)),
                                                NULL, NULL));
  g_assert_cmpuint (count_rows (view, "landmark_group"), ==,
                    pf_course_get_n_landmarks (window_course (window)));
  g_assert_true (pf_profile_chart_get_plan (pf_test_template_child (view, PF_TYPE_COURSE_VIEW,
                                                                    "chart")) ==
                 pf_document_get_plan (pf_window_get_document (window)));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_official_distance (void)
{
  PfWindow *window = window_new ();
  PfDocument *document = pf_window_get_document (window);
  PfCourseView *view = pf_test_template_child (window, PF_TYPE_WINDOW, "course_view");
  AdwComboRow *row = pf_test_template_child (view, PF_TYPE_COURSE_VIEW, "distance_row");
  GtkSpinButton *spin = pf_test_template_child (view, PF_TYPE_COURSE_VIEW, "custom_spin");
  PfStatTile *distance = pf_test_template_child (view, PF_TYPE_COURSE_VIEW, "distance_tile");

  window_open_test_file (window, "twin_cities_marathon.gpx");
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 0);
  g_assert_cmpfloat (pf_document_get_official_distance (document), ==, 0);

  adw_combo_row_set_selected (row, 4);  /* Marathon */
  g_assert_cmpfloat (pf_document_get_official_distance (document), ==, PF_DISTANCE_MARATHON);
  g_assert_cmpfloat_with_epsilon (pf_course_get_distance (window_course (window)),
                                  PF_DISTANCE_MARATHON, 1.0);
  g_assert_cmpstr (pf_stat_tile_get_value (distance), ==, "42.2 km");
  g_assert_nonnull (strstr (pf_stat_tile_get_detail (distance), "GPS measured"));

  adw_combo_row_set_selected (row, 5);  /* Custom */
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_ancestor (GTK_WIDGET (spin),
                                                                  ADW_TYPE_ACTION_ROW)));
  gtk_spin_button_set_value (spin, 42.0);
  g_assert_cmpfloat_with_epsilon (pf_document_get_official_distance (document), 42000.0, 0.01);
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 5);

  adw_combo_row_set_selected (row, 0);  /* As measured */
  g_assert_cmpfloat (pf_document_get_official_distance (document), ==, 0);
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_ancestor (GTK_WIDGET (spin),
                                                                   ADW_TYPE_ACTION_ROW)));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_failed_import_keeps_course (void)
{
  PfWindow *window = window_new ();
  PfDocument *document = pf_window_get_document (window);
  g_autofree char *good = pf_test_data_path ("twin_cities_marathon.gpx");
  g_autofree char *contents = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *broken = NULL;
  g_autofree char *title_before = NULL;
  g_autoptr(GError) error = NULL;
  PfPlan *plan_before;
  GtkWindow *dialog;
  gsize length;

  window_open_and_wait (window, good);
  plan_before = pf_document_get_plan (document);
  title_before = g_strdup (adw_view_switcher_title_get_title (
    pf_test_template_child (window, PF_TYPE_WINDOW, "switcher_title")));
  g_assert_null (find_toplevel (ADW_TYPE_MESSAGE_DIALOG, GTK_WINDOW (window)));

  /* Cut the file mid-way: no longer well-formed XML. */
  g_file_get_contents (good, &contents, &length, &error);
  g_assert_no_error (error);
  dir = g_dir_make_tmp ("pf-ui-XXXXXX", &error);
  g_assert_no_error (error);
  broken = g_build_filename (dir, "truncated.gpx", NULL);
  g_file_set_contents (broken, contents, length / 2, &error);
  g_assert_no_error (error);

  window_open_and_wait (window, broken);

  g_assert_true (pf_document_get_plan (document) == plan_before);
  g_assert_cmpstr (adw_view_switcher_title_get_title (
    pf_test_template_child (window, PF_TYPE_WINDOW, "switcher_title")),
                   ==,
                   title_before);
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG, GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)),
                            "truncated.gpx"));

  gtk_window_destroy (dialog);
  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (broken);
  g_rmdir (dir);
}

static void
test_close_while_loading (void)
{
  PfWindow *window = window_new ();
  g_autofree char *path = pf_test_data_path ("twin_cities_marathon.gpx");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PfDocument) document = g_object_ref (pf_window_get_document (window));

  /* The load finishes after the window is gone: no dialog, no warning, no crash. */
  pf_window_open (window, file);
  gtk_window_destroy (GTK_WINDOW (window));
  while (pf_document_get_busy (document))
    g_main_context_iteration (NULL, TRUE);
  pf_test_iterate_briefly ();
  g_assert_null (find_toplevel (ADW_TYPE_MESSAGE_DIALOG, NULL));
}

static void
test_no_elevation (void)
{
  PfWindow *window = window_new ();
  PfCourseView *view = pf_test_template_child (window, PF_TYPE_WINDOW, "course_view");

  window_open_test_file (window, "route.gpx");

  g_assert_false (pf_course_has_elevation (window_course (window)));
  g_assert_true (gtk_widget_get_visible (pf_test_template_child (view, PF_TYPE_COURSE_VIEW,
                                                                 "flat_notice")));
  g_assert_cmpstr (pf_stat_tile_get_value (pf_test_template_child (view, PF_TYPE_COURSE_VIEW,
                                                                   "climb_tile")), ==, "—");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_sample (void)
{
  PfWindow *window = window_new ();
  PfCourseView *view = pf_test_template_child (window, PF_TYPE_WINDOW, "course_view");

  pf_window_open_sample (window);
  pf_test_iterate_briefly ();

  g_assert_null (pf_document_get_file (pf_window_get_document (window)));
  g_assert_nonnull (strstr (gtk_label_get_text (pf_test_template_child (view, PF_TYPE_COURSE_VIEW,
                                                                        "title_label")),
                            "Twin Cities"));
  g_assert_true (pf_course_has_elevation (window_course (window)));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_units (void)
{
  GSettings *settings = pf_application_get_settings (app);
  PfWindow *window = window_new ();
  PfCourseView *view = pf_test_template_child (window, PF_TYPE_WINDOW, "course_view");

  window_open_test_file (window, "twin_cities_marathon.gpx");

  g_settings_set_string (settings, "units", "imperial");
  g_assert_cmpint (pf_document_widget_get_units (PF_DOCUMENT_WIDGET (view)), ==, PF_UNITS_IMPERIAL);
  g_assert_nonnull (strstr (pf_stat_tile_get_value (
    pf_test_template_child (view, PF_TYPE_COURSE_VIEW, "distance_tile")),
                            "mi"));
  g_assert_nonnull (strstr (pf_stat_tile_get_value (
    pf_test_template_child (view, PF_TYPE_COURSE_VIEW, "climb_tile")),
                            "ft"));

  g_settings_set_string (settings, "units", "metric");
  g_assert_cmpint (pf_document_widget_get_units (PF_DOCUMENT_WIDGET (view)), ==, PF_UNITS_METRIC);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_many_aid_stations (void)
{
  const char *shared = g_getenv ("PF_SHARED_DATA");
  g_autofree char *path = NULL;
  PfWindow *window;
  PfCourseView *view;

  /* Read in place from ../shared/data, which a user's checkout does not have. */
  if (shared != NULL)
    path = g_build_filename (shared, "courses", "tor_330k.GPX", NULL);
  if (path == NULL || !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("tor_330k.GPX is not available");
      return;
    }

  window = window_new ();
  view = pf_test_template_child (window, PF_TYPE_WINDOW, "course_view");
  window_open_and_wait (window, path);

  g_assert_cmpuint (pf_course_get_n_aid_stations (window_course (window)), >, 0);
  /* Every station of the file on the way has its row (none at the start or the finish). */
  g_assert_cmpuint (pf_test_count_widgets (pf_test_template_child (view, PF_TYPE_COURSE_VIEW,
                                                                   "aid_section"),
                                           PF_TYPE_AID_ROW), ==,
                    pf_plan_get_n_aid_stations (pf_document_get_plan (pf_window_get_document (window)),
                                                NULL, NULL));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_actions (void)
{
  PfWindow *window = window_new ();
  GtkShortcutsWindow *shortcuts;

  /* GtkApplication adds win.show-help-overlay from gtk/help-overlay.ui in the resources. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  pf_test_iterate_briefly ();
  shortcuts = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_assert_nonnull (shortcuts);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
  gtk_window_close (GTK_WINDOW (shortcuts));

  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "quit"));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "units"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_chart_cursor (void)
{
  PfWindow *window = window_new ();
  PfProfileChart *chart = pf_test_template_child (window, PF_TYPE_COURSE_VIEW, "chart");
  double length;

  pf_window_open_sample (window);
  pf_test_iterate_briefly ();
  length = pf_course_get_distance (window_course (window));

  /* Focusable, so keyboard users can step along the profile with the arrow keys. */
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (chart)));
  g_assert_cmpfloat (pf_profile_chart_get_cursor (chart), <, 0);

  pf_profile_chart_set_cursor (chart, length / 2);
  g_assert_cmpfloat_with_epsilon (pf_profile_chart_get_cursor (chart), length / 2, 1e-6);
  pf_profile_chart_set_cursor (chart, -5);
  g_assert_cmpfloat (pf_profile_chart_get_cursor (chart), ==, -1);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_about (void)
{
  PfWindow *window = window_new ();
  GtkWindow *about;

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  pf_test_iterate_briefly ();
  about = find_toplevel (ADW_TYPE_ABOUT_WINDOW, NULL);
  g_assert_nonnull (about);
  g_assert_cmpstr (adw_about_window_get_version (ADW_ABOUT_WINDOW (about)), ==, PACKAGE_VERSION);

  gtk_window_destroy (about);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = pf_test_ui_init (&argc, &argv, "Test");
  if (app == NULL)
    return PF_TEST_EXIT_SKIPPED;

  g_test_add_func ("/ui/window/open-course", test_open_course);
  g_test_add_func ("/ui/window/official-distance", test_official_distance);
  g_test_add_func ("/ui/window/failed-import-keeps-course", test_failed_import_keeps_course);
  g_test_add_func ("/ui/window/close-while-loading", test_close_while_loading);
  g_test_add_func ("/ui/window/no-elevation", test_no_elevation);
  g_test_add_func ("/ui/window/sample", test_sample);
  g_test_add_func ("/ui/window/units", test_units);
  g_test_add_func ("/ui/window/many-aid-stations", test_many_aid_stations);
  g_test_add_func ("/ui/window/actions", test_actions);
  g_test_add_func ("/ui/window/chart-cursor", test_chart_cursor);
  g_test_add_func ("/ui/window/about", test_about);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
