/* test-ui-plan.c — the plan page: typing a goal, the splits it gives, units, copying
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-ui-plan"

#include "config.h"

#include <dlfcn.h>
#include <math.h>
#include <string.h>

#include "gui/pf-application.h"
#include "gui/pf-course-view.h"
#include "gui/pf-plan-view-private.h"
#include "gui/pf-split-item.h"
#include "gui/pf-stat-tile.h"
#include "gui/pf-window.h"
#include "gui/pf-window-private.h"
#include "pf-test-ui.h"
#include "pf-test-util.h"

#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif

static PfApplication *app;



static double
split_time (GListModel *model,
            guint       position)
{
  g_autoptr(PfSplitItem) item = g_list_model_get_item (model, position);

  return pf_split_item_get_split (item)->time_s;
}

/* The last split along the course, whatever order the table shows. */
static double
last_split_time (PfWindow *window)
{
  PfPlan *plan = pf_document_get_plan (pf_window_get_document (window));

  return pf_plan_get_split (plan, pf_plan_get_n_splits (plan) - 1)->time_s;
}

typedef struct
{
  char     *text;
  gboolean  done;
} ClipboardRead;

static void
on_clipboard_read_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  ClipboardRead *read = user_data;
  g_autoptr(GError) error = NULL;

  read->text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);
  g_assert_no_error (error);
  read->done = TRUE;
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p++)
    if (*p == '\n')
      n++;
  return n;
}

static void
test_goal_splits (void)
{
  PfWindow *window = pf_test_window_with_course (app, "activity_607442311.gpx");
  PfDocument *document = pf_window_get_document (window);
  PfPlanView *view = pf_test_template_child (window, PF_TYPE_WINDOW, "plan_view");
  PfPlanEditor *editor = _pf_plan_view_get_editor (view);
  GtkEditable *goal = pf_test_template_child (editor, PF_TYPE_GOAL_SECTION, "goal_entry");
  PfSplitsView *splits = pf_test_template_child (view, PF_TYPE_PLAN_VIEW, "splits_view");
  GListModel *model = pf_splits_view_get_model (splits);
  PfCourseView *course_view = pf_test_template_child (window, PF_TYPE_WINDOW, "course_view");
  AdwComboRow *distance_row = pf_test_template_child (course_view, PF_TYPE_COURSE_VIEW,
                                                      "distance_row");
  GSettings *settings = pf_application_get_settings (app);
  PfPlan *plan_before;
  double total = 0, last_before;
  ClipboardRead read = { 0 };
  g_autofree char *first_row = NULL;

  adw_combo_row_set_selected (distance_row, 4);  /* Marathon: scaled to 42.195 km */
  adw_view_stack_set_visible_child_name (pf_test_template_child (window, PF_TYPE_WINDOW,
                                                                 "view_stack"), "plan");
  pf_test_iterate_briefly ();
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view)));

  gtk_editable_set_text (goal, "3:30:00");
  g_signal_emit_by_name (goal, "activate");
  pf_test_iterate_briefly ();

  g_assert_cmpstr (gtk_label_get_text (pf_test_template_child (view, PF_TYPE_PLAN_VIEW,
                                                               "finish_label")), ==, "3:30:00");
  g_assert_cmpfloat_with_epsilon (pf_plan_get_finish_time (pf_document_get_plan (document)),
                                  12600, 1);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 43);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    total += split_time (model, i);
  g_assert_cmpfloat_with_epsilon (total, 12600, 1);

  /* Text that is not a time is marked, and the plan stays as it was. */
  plan_before = pf_document_get_plan (document);
  gtk_editable_set_text (goal, "abc");
  pf_test_iterate_briefly ();
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (goal), "error"));
  g_assert_nonnull (gtk_widget_get_tooltip_text (GTK_WIDGET (goal)));
  g_assert_true (pf_document_get_plan (document) == plan_before);
  gtk_editable_set_text (goal, "3:30:00");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (goal), "error"));

  /* "3:25" for a marathon is hours and minutes, and stays as typed. */
  gtk_editable_set_text (goal, "3:25");
  pf_test_iterate_briefly ();
  g_assert_cmpfloat_with_epsilon (pf_plan_get_finish_time (pf_document_get_plan (document)),
                                  12300, 1);
  g_assert_cmpstr (gtk_editable_get_text (goal), ==, "3:25");
  gtk_editable_set_text (goal, "3:30:00");
  pf_test_iterate_briefly ();

  /* A hot finish slows the end of the race, the goal still holds. */
  last_before = last_split_time (window);
  gtk_spin_button_set_value (pf_test_template_child (editor, PF_TYPE_WEATHER_SECTION,
                                                     "finish_temp_spin"), 30);
  pf_test_iterate_briefly ();
  g_assert_cmpfloat (last_split_time (window), >, last_before);
  g_assert_cmpfloat_with_epsilon (pf_plan_get_finish_time (pf_document_get_plan (document)),
                                  12600, 1);

  /* The other heat model prices the same heat differently, and the row says which it is. */
  {
    AdwComboRow *heat_row = pf_test_template_child (editor, PF_TYPE_PACING_SECTION,
                                                    "heat_model_row");
    double hadley_cost = pf_plan_get_heat_cost (pf_document_get_plan (document));

    g_assert_cmpuint (adw_combo_row_get_selected (heat_row), ==, PF_HEAT_MODEL_HADLEY);
    adw_combo_row_set_selected (heat_row, PF_HEAT_MODEL_MANTZIOS);
    pf_test_iterate_briefly ();
    g_assert_cmpint (pf_plan_get_inputs (pf_document_get_plan (document))->heat_model, ==,
                     PF_HEAT_MODEL_MANTZIOS);
    g_assert_cmpfloat (fabs (pf_plan_get_heat_cost (pf_document_get_plan (document))
                             - hadley_cost), >, 1.0);
    g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (heat_row)),
                              "humidity"));
    adw_combo_row_set_selected (heat_row, PF_HEAT_MODEL_HADLEY);
    pf_test_iterate_briefly ();
  }

  /* Miles in the distance column, a mile a split: the runner chose no split unit, so it
   * follows the units (issue 17). */
  g_settings_set_string (settings, "units", "imperial");
  pf_test_iterate_briefly ();
  {
    g_autoptr(PfSplitItem) item = g_list_model_get_item (model, 0);

    first_row = pf_split_item_format (item, PF_SPLIT_COLUMN_DISTANCE,
                                      pf_document_widget_get_units (PF_DOCUMENT_WIDGET (splits)));
  }
  g_assert_cmpstr (first_row, ==, "1.00");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 27);  /* 26.2 mi */

  /* Copy: a header line and one line per split, tab-separated. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (splits), "splits.copy", NULL));
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (splits)), NULL,
                                 on_clipboard_read_cb, &read);
  while (!read.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (read.text);
  g_assert_cmpuint (count_lines (read.text), ==, 28);
  g_assert_true (g_str_has_prefix (read.text, "#\tmi\t"));
  g_assert_nonnull (strstr (read.text, "\n1\t1.00\t"));

  g_settings_set_string (settings, "units", "metric");
  g_free (read.text);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_sorting (void)
{
  PfWindow *window = pf_test_window_with_course (app, "activity_607442311.gpx");
  PfSplitsView *splits = pf_test_template_child (pf_test_template_child (window, PF_TYPE_WINDOW, "plan_view"),
                                                 PF_TYPE_PLAN_VIEW, "splits_view");
  GListModel *model = pf_splits_view_get_model (splits);
  GtkColumnView *column_view = NULL;
  GListModel *columns;
  g_autoptr(GtkColumnViewColumn) pace = NULL;

  for (GtkWidget *w = gtk_widget_get_first_child (GTK_WIDGET (splits)); w != NULL && !column_view;
       w = gtk_widget_get_next_sibling (w))
    if (GTK_IS_SCROLLED_WINDOW (w))
      column_view = GTK_COLUMN_VIEW (gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (w)));
  g_assert_nonnull (column_view);

  columns = gtk_column_view_get_columns (column_view);
  pace = g_list_model_get_item (columns, PF_SPLIT_COLUMN_PACE);
  g_assert_nonnull (gtk_column_view_column_get_sorter (pace));

  gtk_column_view_sort_by_column (column_view, pace, GTK_SORT_ASCENDING);
  pf_test_iterate_briefly ();
  for (guint i = 1; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(PfSplitItem) a = g_list_model_get_item (model, i - 1);
      g_autoptr(PfSplitItem) b = g_list_model_get_item (model, i);

      g_assert_cmpfloat (pf_split_item_get_pace (a), <=, pf_split_item_get_pace (b));
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_predictions (void)
{
  PfWindow *window = pf_test_window_with_course (app, "activity_607442311.gpx");
  PfPlanView *view = pf_test_template_child (window, PF_TYPE_WINDOW, "plan_view");
  PfPlanEditor *editor = _pf_plan_view_get_editor (view);
  PfDocument *document = pf_window_get_document (window);
  PfStatTile *tile = pf_test_template_child (view, PF_TYPE_PLAN_VIEW, "prediction_tile");

  /* A 1:45 half marathon predicts well over three hours: a 2:50 goal is faster than all. */
  adw_combo_row_set_selected (pf_test_template_child (editor, PF_TYPE_GOAL_SECTION,
                                                      "race_distance_row"), 2);
  gtk_editable_set_text (pf_test_template_child (editor, PF_TYPE_GOAL_SECTION, "race_time_entry"),
                         "1:45:00");
  gtk_editable_set_text (pf_test_template_child (editor, PF_TYPE_GOAL_SECTION, "goal_entry"),
                         "2:50:00");
  pf_test_iterate_briefly ();

  g_assert_cmpuint (pf_plan_get_n_predictions (pf_document_get_plan (document)), >, 0);
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_parent (GTK_WIDGET (tile))));
  /* The tile shows the finish by feel on this day, the models' flat range below it. */
  {
    const PfPacing *realistic = pf_plan_get_realistic (pf_document_get_plan (document));
    g_autofree char *by_feel = pf_duration_format (realistic->finish_s);

    g_assert_cmpstr (pf_stat_tile_get_value (tile), ==, by_feel);
    g_assert_nonnull (strstr (pf_stat_tile_get_detail (tile), "–"));
  }
  g_assert_true (gtk_widget_get_visible (
    gtk_widget_get_parent (GTK_WIDGET (pf_test_template_child (view, PF_TYPE_PLAN_VIEW,
                                                               "verdict_label")))));

  /* An impossible race is refused on its field and explained; the plan stays. */
  gtk_editable_set_text (pf_test_template_child (editor, PF_TYPE_GOAL_SECTION, "race_time_entry"),
                         "0:30:00");
  pf_test_iterate_briefly ();
  g_assert_true (gtk_widget_has_css_class (
    GTK_WIDGET (pf_test_template_child (editor, PF_TYPE_GOAL_SECTION,
                                        "race_time_entry")), "error"));
  g_assert_nonnull (pf_document_get_error_message (document));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
run_for_a_while (void)
{
  for (guint i = 0; i < 20; i++)
    {
      pf_test_iterate_briefly ();
      g_usleep (20000);
    }
}

/* Turns the mouse wheel @clicks steps down at @widget's (@x, @y), as the X server would for a
 * real mouse (XTest). FALSE when the display cannot (not X11, no libXtst). */
static gboolean
turn_wheel_over (GtkWidget *widget,
                 double     x,
                 double     y,
                 guint      clicks)
{
#ifdef GDK_WINDOWING_X11
  typedef int (*FakeButtonFunc) (Display *, unsigned int, int, unsigned long);
  typedef int (*WarpFunc) (Display *, Window, Window, int, int, unsigned, unsigned, int, int);
  typedef int (*FlushFunc) (Display *);
  GtkNative *native = gtk_widget_get_native (widget);
  GdkDisplay *display = gtk_widget_get_display (widget);
  void *xtst = dlopen ("libXtst.so.6", RTLD_NOW | RTLD_LOCAL);
  FakeButtonFunc fake_button;
  WarpFunc warp;
  FlushFunc flush;
  graphene_point_t at;
  double dx, dy;
  Display *xdisplay;

  if (!GDK_IS_X11_DISPLAY (display) || xtst == NULL)
    return FALSE;
  fake_button = (FakeButtonFunc) dlsym (xtst, "XTestFakeButtonEvent");
  /* GTK's own libX11, not linked by the test itself */
  warp = (WarpFunc) dlsym (RTLD_DEFAULT, "XWarpPointer");
  flush = (FlushFunc) dlsym (RTLD_DEFAULT, "XFlush");
  if (fake_button == NULL || warp == NULL || flush == NULL)
    return FALSE;

  g_assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (native),
                                           &GRAPHENE_POINT_INIT (x, y), &at));
  gtk_native_get_surface_transform (native, &dx, &dy);
  xdisplay = gdk_x11_display_get_xdisplay (display);
  warp (xdisplay, None, gdk_x11_surface_get_xid (gtk_native_get_surface (native)), 0, 0, 0, 0,
        (int) (at.x + dx), (int) (at.y + dy));
  for (guint i = 0; i < clicks; i++)
    {
      fake_button (xdisplay, 5, True, 0);
      fake_button (xdisplay, 5, False, 0);
    }
  flush (xdisplay);
  run_for_a_while ();
  return TRUE;
#else
  return FALSE;
#endif
}

/* The wheel over the splits scrolls the page, as anywhere else on it: the table's own scrolled
 * window (for sideways overflow) leaves the vertical wheel to the page. */
static void
test_wheel_over_splits (void)
{
  PfWindow *window = pf_test_window_new_sized (app, 1100, 700);
  PfPlanView *view = pf_test_template_child (window, PF_TYPE_WINDOW, "plan_view");
  PfSplitsView *splits = pf_test_template_child (view, PF_TYPE_PLAN_VIEW, "splits_view");
  GtkScrolledWindow *scroller = pf_test_template_child (splits, PF_TYPE_SPLITS_VIEW, "scroller");
  GtkWidget *table = pf_test_template_child (splits, PF_TYPE_SPLITS_VIEW, "column_view");
  GtkWidget *page = gtk_widget_get_ancestor (gtk_widget_get_parent (GTK_WIDGET (scroller)),
                                             GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *page_v = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (page));
  g_autoptr(GListModel) controllers = NULL;
  GtkPolicyType vpolicy;
  graphene_point_t top;
  double before;

  pf_test_window_load (window, "activity_607442311.gpx");
  adw_view_stack_set_visible_child_name (pf_test_template_child (window, PF_TYPE_WINDOW,
                                                                 "view_stack"), "plan");
  run_for_a_while ();

  /* What makes it so, on any display: a table short enough not to scroll inside itself has a
   * scrolled window whose wheel does not listen up and down. */
  gtk_scrolled_window_get_policy (scroller, NULL, &vpolicy);
  g_assert_cmpint (vpolicy, ==, GTK_POLICY_NEVER);
  controllers = gtk_widget_observe_controllers (GTK_WIDGET (scroller));
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_SCROLL (controller))
        g_assert_false (gtk_event_controller_scroll_get_flags (
                          GTK_EVENT_CONTROLLER_SCROLL (controller)) &
                        GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
    }

  /* What the runner sees: the table's top near the top of the page, the wheel turned over it. */
  g_assert_true (gtk_widget_compute_point (table, gtk_scrolled_window_get_child (
                                             GTK_SCROLLED_WINDOW (page)),
                                           &GRAPHENE_POINT_INIT (0, 0), &top));
  gtk_adjustment_set_value (page_v, top.y - 100);
  run_for_a_while ();
  before = gtk_adjustment_get_value (page_v);
  g_assert_cmpfloat (before, <, gtk_adjustment_get_upper (page_v) -
                                gtk_adjustment_get_page_size (page_v) - 100);
  if (!turn_wheel_over (table, 100, 60, 3))
    g_test_skip ("No X11 display with XTest to turn a wheel on");
  else
    g_assert_cmpfloat (gtk_adjustment_get_value (page_v), >, before + 50);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The two paces on the page say which is which: the average the splits come to (the finish
 * time over the distance), and the even effort's pace on flat ground. */
static void
test_pace_labels (void)
{
  PfWindow *window = pf_test_window_with_course (app, "twin_cities_marathon.gpx");
  PfPlanView *view = pf_test_template_child (window, PF_TYPE_WINDOW, "plan_view");
  PfPlan *plan = pf_document_get_plan (pf_window_get_document (window));
  PfStatTile *average = pf_test_template_child (view, PF_TYPE_PLAN_VIEW, "average_pace_tile");
  PfStatTile *flat = pf_test_template_child (view, PF_TYPE_PLAN_VIEW, "pace_tile");
  double time_s = 0, distance_m = 0;
  g_autofree char *mean = NULL;
  g_autofree char *expected_average = NULL;
  g_autofree char *flat_pace = pf_pace_format (pf_plan_get_flat_pace (plan) * 1000.0);
  g_autofree char *expected_flat = g_strdup_printf ("%s /km", flat_pace);

  g_assert_cmpstr (pf_stat_tile_get_title (average), ==, "Average Pace");
  g_assert_cmpstr (pf_stat_tile_get_title (flat), ==, "Even-Effort Pace on the Flat");

  /* The mean of the splits is the finish time over the course's distance. */
  for (guint i = 0; i < pf_plan_get_n_splits (plan); i++)
    {
      time_s += pf_plan_get_split (plan, i)->time_s;
      distance_m += pf_plan_get_split (plan, i)->end_m - pf_plan_get_split (plan, i)->start_m;
    }
  g_assert_cmpfloat_with_epsilon (time_s, pf_plan_get_finish_time (plan), 1.0);
  g_assert_cmpfloat_with_epsilon (distance_m, pf_course_get_distance (pf_plan_get_course (plan)),
                                  1.0);
  mean = pf_pace_format (time_s / distance_m * 1000.0);
  expected_average = g_strdup_printf ("%s /km", mean);
  g_assert_cmpstr (pf_stat_tile_get_value (average), ==, expected_average);
  g_assert_cmpstr (pf_stat_tile_get_value (flat), ==, expected_flat);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* "Predict From a Race" with no race typed yet: no error on a field not touched, the mode stays
 * picked, and the plan runs at the race as soon as one is typed. */
static void
test_race_mode_waits_for_a_race (void)
{
  PfWindow *window = pf_test_window_with_course (app, "activity_607442311.gpx");
  PfPlanView *view = pf_test_template_child (window, PF_TYPE_WINDOW, "plan_view");
  PfPlanEditor *editor = _pf_plan_view_get_editor (view);
  PfDocument *document = pf_window_get_document (window);
  GtkToggleButton *race_mode = pf_test_template_child (editor, PF_TYPE_GOAL_SECTION,
                                                       "mode_race_button");
  GtkToggleButton *goal_mode = pf_test_template_child (editor, PF_TYPE_GOAL_SECTION,
                                                       "mode_goal_button");
  GtkWidget *race_time = pf_test_template_child (editor, PF_TYPE_GOAL_SECTION, "race_time_entry");
  GtkWidget *goal_row = pf_test_template_child (editor, PF_TYPE_GOAL_SECTION, "goal_row");

  g_assert_cmpuint (pf_document_get_inputs (document)->races->len, ==, 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (race_time)), ==, "");

  gtk_toggle_button_set_active (race_mode, TRUE);
  pf_test_iterate_briefly ();
  g_assert_false (gtk_widget_has_css_class (race_time, "error"));
  g_assert_null (pf_document_get_error_message (document));
  g_assert_true (gtk_toggle_button_get_active (race_mode));
  g_assert_false (gtk_widget_get_visible (goal_row));
  g_assert_cmpint (pf_document_get_inputs (document)->pace_mode, ==, PF_PACE_MODE_GOAL);

  /* Another plan (here: the weather changed elsewhere) does not flip it back. */
  {
    g_auto(PfPlanInputs) inputs = { 0 };

    pf_document_copy_inputs (document, &inputs);
    inputs.runner.mass_kg += 1;
    g_assert_true (pf_document_set_inputs (document, &inputs, NULL));
    pf_test_iterate_briefly ();
  }
  g_assert_true (gtk_toggle_button_get_active (race_mode));
  g_assert_false (gtk_widget_has_css_class (race_time, "error"));

  /* An impossible race is refused at its field; the mode stays. */
  adw_combo_row_set_selected (pf_test_template_child (editor, PF_TYPE_GOAL_SECTION,
                                                      "race_distance_row"), 2);
  gtk_editable_set_text (GTK_EDITABLE (race_time), "0:30:00");
  pf_test_iterate_briefly ();
  g_assert_true (gtk_widget_has_css_class (race_time, "error"));
  g_assert_true (gtk_toggle_button_get_active (race_mode));
  g_assert_cmpint (pf_document_get_inputs (document)->pace_mode, ==, PF_PACE_MODE_GOAL);

  /* A race typed: the plan runs at its effort, in the mode the runner picked. */
  gtk_editable_set_text (GTK_EDITABLE (race_time), "1:45:00");
  pf_test_iterate_briefly ();
  g_assert_false (gtk_widget_has_css_class (race_time, "error"));
  g_assert_cmpint (pf_document_get_inputs (document)->pace_mode, ==, PF_PACE_MODE_EFFORT);
  g_assert_cmpuint (pf_document_get_inputs (document)->races->len, ==, 1);
  g_assert_true (gtk_toggle_button_get_active (race_mode));

  /* Cleared again: the mode waits, still without an error. */
  gtk_editable_set_text (GTK_EDITABLE (race_time), "");
  pf_test_iterate_briefly ();
  g_assert_false (gtk_widget_has_css_class (race_time, "error"));
  g_assert_true (gtk_toggle_button_get_active (race_mode));
  g_assert_cmpint (pf_document_get_inputs (document)->pace_mode, ==, PF_PACE_MODE_GOAL);

  gtk_toggle_button_set_active (goal_mode, TRUE);
  pf_test_iterate_briefly ();
  g_assert_true (gtk_widget_get_visible (goal_row));
  g_assert_cmpint (pf_document_get_inputs (document)->pace_mode, ==, PF_PACE_MODE_GOAL);

  gtk_window_destroy (GTK_WINDOW (window));
}

static double
cli_finish (const char *path,
            const char *official)
{
  g_auto(PfTestCliRun) run = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  if (official != NULL)
    pf_test_cli_run (&run, "plan", path, "--official-distance", official, "--goal", "3:30",
                     "--json", NULL);
  else
    pf_test_cli_run (&run, "plan", path, "--goal", "3:30", "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  json_parser_load_from_data (parser, run.out, -1, &error);
  g_assert_no_error (error);
  return json_object_get_double_member (json_node_get_object (json_parser_get_root (parser)),
                                        "finish_s");
}

/* "3:30" typed in the window and given to pacefuel-cli on the same course is the same goal: one
 * rule in core says which distance a goal time is for (hours for a marathon or a 3 km loop,
 * minutes once the loop is an official 2000 m). */
static void
test_goal_as_in_the_cli (void)
{
  static const struct {
    const char *file;
    const char *official;
    double      official_m;
    double      expected_s;
  } cases[] = {
    { "twin_cities_marathon.gpx", NULL, 0.0, 3.5 * 3600 },
    { "twin_cities_marathon.gpx", "marathon", 42195.0, 3.5 * 3600 },
    { "ecology-trail-and-lovers-lane-loop.gpx", NULL, 0.0, 3.5 * 3600 },
    { "ecology-trail-and-lovers-lane-loop.gpx", "1500", 1500.0, 3.5 * 60 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      PfWindow *window = pf_test_window_with_course (app, cases[i].file);
      PfDocument *document = pf_window_get_document (window);
      GtkEditable *goal = pf_test_template_child (window, PF_TYPE_GOAL_SECTION, "goal_entry");
      g_autofree char *path = pf_test_data_path (cases[i].file);
      double window_s;

      if (cases[i].official_m > 0)
        pf_document_set_official_distance (document, cases[i].official_m);
      pf_test_iterate_briefly ();
      gtk_editable_set_text (goal, "3:30");
      g_signal_emit_by_name (goal, "activate");
      pf_test_iterate_briefly ();

      window_s = pf_plan_get_finish_time (pf_document_get_plan (document));
      g_assert_cmpfloat_with_epsilon (window_s, cases[i].expected_s, 0.5);
      g_assert_cmpfloat_with_epsilon (cli_finish (path, cases[i].official), window_s, 0.5);
      gtk_window_destroy (GTK_WINDOW (window));
    }
}

/* A goal no human could run goes through the core's one validation: the plan stays as it
 * was, the goal field and the editor's message say why (the same words as pacefuel-cli's). */
static void
test_goal_faster_than_world_record (void)
{
  PfWindow *window = pf_test_window_with_course (app, "twin_cities_marathon.gpx");
  PfDocument *document = pf_window_get_document (window);
  GtkWidget *goal = pf_test_template_child (window, PF_TYPE_GOAL_SECTION, "goal_entry");
  PfPlanEditor *editor = _pf_plan_view_get_editor (pf_test_template_child (window, PF_TYPE_WINDOW,
                                                                           "plan_view"));
  GtkLabel *label = pf_test_template_child (editor, PF_TYPE_PLAN_EDITOR, "error_label");
  const char *expected = "a goal of 3:30 over 42.2 km is faster than the world record for that "
                         "distance (2:00:35); did you mean 3:30:00?";
  g_autofree char *shown = NULL;
  double before;

  pf_document_set_official_distance (document, PF_DISTANCE_MARATHON);
  pf_test_set_goal (window, "4:00:00");
  before = pf_plan_get_finish_time (pf_document_get_plan (document));
  g_assert_cmpfloat_with_epsilon (before, 4 * 3600.0, 0.5);

  pf_test_set_goal (window, "210");
  g_assert_cmpfloat (pf_plan_get_finish_time (pf_document_get_plan (document)), ==, before);
  g_assert_true (gtk_widget_has_css_class (goal, "error"));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (goal), ==, expected);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (label)));
  shown = g_strconcat ("The plan did not change: ", expected, NULL);
  g_assert_cmpstr (gtk_label_get_text (label), ==, shown);

  /* A goal a human can run clears both. */
  pf_test_set_goal (window, "3:30:00");
  g_assert_false (gtk_widget_has_css_class (goal, "error"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (label)));
  g_assert_cmpfloat_with_epsilon (pf_plan_get_finish_time (pf_document_get_plan (document)),
                                  3.5 * 3600.0, 0.5);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = pf_test_ui_init (&argc, &argv, "TestPlan");
  if (app == NULL)
    return PF_TEST_EXIT_SKIPPED;

  g_test_add_func ("/ui/plan/goal-splits", test_goal_splits);
  g_test_add_func ("/ui/plan/sorting", test_sorting);
  g_test_add_func ("/ui/plan/wheel-over-splits", test_wheel_over_splits);
  g_test_add_func ("/ui/plan/pace-labels", test_pace_labels);
  g_test_add_func ("/ui/plan/predictions", test_predictions);
  g_test_add_func ("/ui/plan/race-mode-waits-for-a-race", test_race_mode_waits_for_a_race);
  g_test_add_func ("/ui/plan/goal-as-in-the-cli", test_goal_as_in_the_cli);
  g_test_add_func ("/ui/plan/goal-faster-than-world-record", test_goal_faster_than_world_record);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
