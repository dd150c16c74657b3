/* test-ui-smoke.c — every template class builds and realizes on the Debian 12 libraries
 *
 * A template naming a widget or property newer than GTK 4.8 / libadwaita 1.2 fails only at
 * runtime; with G_DEBUG=fatal-warnings this test is the guard.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-ui-smoke"

#include "config.h"

#include <adwaita.h>

#include "gui/pf-checklist-view.h"
#include "gui/pf-course-view.h"
#include "gui/pf-fuel-editor.h"
#include "gui/pf-fuel-view.h"
#include "gui/pf-plan-editor.h"
#include "gui/pf-plan-view.h"
#include "gui/pf-product-dialog.h"
#include "gui/pf-products-editor.h"
#include "gui/pf-profile-chart.h"
#include "gui/pf-profile-view.h"
#include "gui/pf-splits-view.h"
#include "gui/pf-schedule-view.h"
#include "gui/pf-stat-tile.h"
#include "gui/pf-warnings-list.h"
#include "gui/pf-window.h"
#include "pf-test-ui.h"


static void
test_widget_in_window (gconstpointer data)
{
  GType type = GPOINTER_TO_SIZE (data);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *widget;

  g_type_ensure (type);
  widget = g_object_new (type, NULL);
  g_assert_true (GTK_IS_WIDGET (widget));

  gtk_window_set_child (GTK_WINDOW (window), widget);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 400);
  gtk_window_present (GTK_WINDOW (window));
  pf_test_iterate_briefly ();
  g_assert_true (gtk_widget_get_realized (widget));

  gtk_window_destroy (GTK_WINDOW (window));
  pf_test_iterate_briefly ();
}

static void
test_product_dialog (void)
{
  GtkWidget *dialog;

  g_type_ensure (PF_TYPE_PRODUCT_DIALOG);
  dialog = pf_product_dialog_new (NULL, PF_UNITS_METRIC);
  gtk_window_present (GTK_WINDOW (dialog));
  pf_test_iterate_briefly ();
  g_assert_true (gtk_widget_get_realized (dialog));
  gtk_window_destroy (GTK_WINDOW (dialog));
  pf_test_iterate_briefly ();
}

static void
test_window (void)
{
  GtkWidget *window;

  g_type_ensure (PF_TYPE_WINDOW);
  window = g_object_new (PF_TYPE_WINDOW, NULL);
  gtk_window_present (GTK_WINDOW (window));
  pf_test_iterate_briefly ();
  g_assert_true (gtk_widget_get_realized (window));
  gtk_window_destroy (GTK_WINDOW (window));
  pf_test_iterate_briefly ();
}

static void
test_help_overlay (void)
{
  g_autoptr(GtkBuilder) builder = NULL;
  GObject *overlay;

  builder = gtk_builder_new_from_resource (RESOURCE_BASE_PATH "/gtk/help-overlay.ui");
  overlay = gtk_builder_get_object (builder, "help_overlay");
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (overlay));
  gtk_window_destroy (GTK_WINDOW (overlay));
}

static void
test_style_sheet (void)
{
  g_autoptr(GBytes) css = NULL;
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

  css = g_resources_lookup_data (RESOURCE_BASE_PATH "/style.css", 0, NULL);
  g_assert_nonnull (css);
  /* A parse error is reported as a warning, which G_DEBUG=fatal-warnings turns into a failure. */
  gtk_css_provider_load_from_data (provider, g_bytes_get_data (css, NULL), g_bytes_get_size (css));
}

static void
test_sample_resource (void)
{
  g_autoptr(GBytes) sample = NULL;

  sample = g_resources_lookup_data (RESOURCE_BASE_PATH "/sample/activity_607442311.gpx", 0, NULL);
  g_assert_nonnull (sample);
  g_assert_cmpuint (g_bytes_get_size (sample), >, 1000);
}

int
main (int   argc,
      char *argv[])
{
  if (!pf_test_ui_init_gtk (&argc, &argv))
    return PF_TEST_EXIT_SKIPPED;

  g_test_add_data_func ("/ui/smoke/stat-tile", GSIZE_TO_POINTER (PF_TYPE_STAT_TILE),
                        test_widget_in_window);
  g_test_add_data_func ("/ui/smoke/profile-chart", GSIZE_TO_POINTER (PF_TYPE_PROFILE_CHART),
                        test_widget_in_window);
  g_test_add_data_func ("/ui/smoke/course-view", GSIZE_TO_POINTER (PF_TYPE_COURSE_VIEW),
                        test_widget_in_window);
  g_test_add_data_func ("/ui/smoke/plan-editor", GSIZE_TO_POINTER (PF_TYPE_PLAN_EDITOR),
                        test_widget_in_window);
  g_test_add_data_func ("/ui/smoke/splits-view", GSIZE_TO_POINTER (PF_TYPE_SPLITS_VIEW),
                        test_widget_in_window);
  g_test_add_data_func ("/ui/smoke/plan-view", GSIZE_TO_POINTER (PF_TYPE_PLAN_VIEW),
                        test_widget_in_window);
  g_test_add_data_func ("/ui/smoke/fuel-editor", GSIZE_TO_POINTER (PF_TYPE_FUEL_EDITOR),
                        test_widget_in_window);
  g_test_add_data_func ("/ui/smoke/schedule-view", GSIZE_TO_POINTER (PF_TYPE_SCHEDULE_VIEW),
                        test_widget_in_window);
  g_test_add_data_func ("/ui/smoke/checklist", GSIZE_TO_POINTER (PF_TYPE_CHECKLIST_VIEW),
                        test_widget_in_window);
  g_test_add_data_func ("/ui/smoke/fuel-view", GSIZE_TO_POINTER (PF_TYPE_FUEL_VIEW),
                        test_widget_in_window);
  g_test_add_data_func ("/ui/smoke/profile-view", GSIZE_TO_POINTER (PF_TYPE_PROFILE_VIEW),
                        test_widget_in_window);
  g_test_add_data_func ("/ui/smoke/products-editor", GSIZE_TO_POINTER (PF_TYPE_PRODUCTS_EDITOR),
                        test_widget_in_window);
  g_test_add_func ("/ui/smoke/product-dialog", test_product_dialog);
  g_test_add_data_func ("/ui/smoke/warnings-list", GSIZE_TO_POINTER (PF_TYPE_WARNINGS_LIST),
                        test_widget_in_window);
  g_test_add_func ("/ui/smoke/window", test_window);
  g_test_add_func ("/ui/smoke/help-overlay", test_help_overlay);
  g_test_add_func ("/ui/smoke/style-sheet", test_style_sheet);
  g_test_add_func ("/ui/smoke/sample-resource", test_sample_resource);

  return g_test_run ();
}
