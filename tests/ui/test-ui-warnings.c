/* test-ui-warnings.c — the warnings list on the plan page, its count in the header, and the
 * stretch a picked warning shows on the chart and in the splits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-ui-warnings"

#include "config.h"

#include <math.h>
#include <string.h>

#include "gui/pf-application.h"
#include "gui/pf-course-view.h"
#include "gui/pf-fuel-editor.h"
#include "gui/pf-fuel-view-private.h"
#include "gui/pf-plan-view-private.h"
#include "gui/pf-training-section.h"
#include "gui/pf-window.h"
#include "gui/pf-window-private.h"
#include "pf-test-ui.h"

static PfApplication *app;



/* Types a recent 10K, a goal and the finish temperature into the plan editor, and the longest
 * run into the fuel page's training group, on the sample scaled to a marathon. */
static void
enter_plan (PfWindow   *window,
            const char *race_10k,
            const char *goal,
            double      longest_km,
            double      finish_temp_c)
{
  PfPlanEditor *editor = _pf_plan_view_get_editor (pf_test_template_child (window, PF_TYPE_WINDOW,
                                                                           "plan_view"));
  AdwComboRow *distance_row = pf_test_template_child (window, PF_TYPE_COURSE_VIEW, "distance_row");

  adw_combo_row_set_selected (distance_row, 4);  /* Marathon */
  adw_combo_row_set_selected (pf_test_template_child (editor, PF_TYPE_GOAL_SECTION,
                                                      "race_distance_row"), 1);  /* 10K */
  gtk_editable_set_text (pf_test_template_child (editor, PF_TYPE_GOAL_SECTION, "race_time_entry"),
                         race_10k);
  gtk_editable_set_text (pf_test_template_child (editor, PF_TYPE_GOAL_SECTION, "goal_entry"), goal);
  gtk_spin_button_set_value (pf_test_template_child (editor, PF_TYPE_WEATHER_SECTION,
                                                     "finish_temp_spin"), finish_temp_c);
  gtk_spin_button_set_value (pf_test_template_child (window, PF_TYPE_TRAINING_SECTION,
                                                     "longest_spin"),
                             longest_km);
  pf_test_iterate_briefly ();
  g_assert_null (pf_document_get_error_message (pf_window_get_document (window)));
}

static GtkListBoxRow *
find_row (PfWarningsList *list,
          const char     *id,
          guint          *n_rows)
{
  GtkWidget *list_box = NULL;
  GtkListBoxRow *found = NULL;

  /* The rows are named by the warning's id. */
  for (GtkWidget *w = gtk_widget_get_first_child (GTK_WIDGET (list)); w != NULL;
       w = gtk_widget_get_next_sibling (w))
    if (g_strcmp0 (gtk_widget_get_name (w), "list") == 0)
      list_box = w;
  g_assert_true (GTK_IS_LIST_BOX (list_box));

  *n_rows = 0;
  for (GtkWidget *row = gtk_widget_get_first_child (list_box); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      if (!GTK_IS_LIST_BOX_ROW (row))
        continue;
      (*n_rows)++;
      if (g_strcmp0 (gtk_widget_get_name (row), id) == 0)
        found = GTK_LIST_BOX_ROW (row);
    }
  return found;
}

static const char *
visible_state (PfWarningsList *list)
{
  const char *state = NULL;

  /* Either the list or the encouraging empty state shows, never both. */
  for (GtkWidget *w = gtk_widget_get_first_child (GTK_WIDGET (list)); w != NULL;
       w = gtk_widget_get_next_sibling (w))
    if (gtk_widget_get_visible (w) && (g_strcmp0 (gtk_widget_get_name (w), "list") == 0
                                       || g_strcmp0 (gtk_widget_get_name (w), "empty") == 0))
      {
        g_assert_null (state);
        state = gtk_widget_get_name (w);
      }
  return state;
}

static gboolean
plan_has_warning (PfPlan     *plan,
                  const char *id)
{
  for (guint i = 0; i < pf_plan_get_n_warnings (plan); i++)
    if (g_strcmp0 (pf_plan_get_warning (plan, i)->id, id) == 0)
      return TRUE;
  return FALSE;
}

static void
test_warnings (void)
{
  PfWindow *window = pf_test_window_with_course (app, "activity_607442311.gpx");
  PfDocument *document = pf_window_get_document (window);
  PfPlanView *view = pf_test_template_child (window, PF_TYPE_WINDOW, "plan_view");
  PfWarningsList *list = pf_test_template_child (view, PF_TYPE_PLAN_VIEW, "warnings_list");
  PfProfileChart *chart = pf_test_template_child (view, PF_TYPE_PLAN_VIEW, "chart");
  PfSplitsView *splits = pf_test_template_child (view, PF_TYPE_PLAN_VIEW, "splits_view");
  GtkSelectionModel *selection = pf_splits_view_get_selection (splits);
  const char *expected[] = { "goal-faster-than-fitness", "beyond-long-run", "heat" };
  PfPlan *plan;
  guint n_rows = 0, serious = 0;
  const PfWarning *long_run = NULL;
  GtkListBoxRow *row;
  double from, to;
  g_autoptr(GtkBitset) selected = NULL;

  adw_view_stack_set_visible_child_name (pf_test_template_child (window, PF_TYPE_WINDOW,
                                                                 "view_stack"), "plan");
  enter_plan (window, "50:03", "3:15:00", 18, 28);
  plan = pf_document_get_plan (document);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_assert_true (plan_has_warning (plan, expected[i]));
      g_assert_nonnull (find_row (list, expected[i], &n_rows));
    }
  g_assert_cmpuint (n_rows, ==, pf_plan_get_n_warnings (plan));
  g_assert_cmpstr (visible_state (list), ==, "list");

  for (guint i = 0; i < pf_plan_get_n_warnings (plan); i++)
    {
      const PfWarning *w = pf_plan_get_warning (plan, i);

      if (w->severity >= PF_SEVERITY_WARNING)
        serious++;
      if (g_strcmp0 (w->id, "beyond-long-run") == 0)
        long_run = w;
    }
  g_assert_cmpuint (serious, >=, 3);
  g_assert_cmpuint (adw_view_stack_page_get_badge_number (
    pf_test_template_child (window, PF_TYPE_WINDOW, "plan_page")), ==,
                    serious);

  /* Nothing picked: no band. Picking the long-run warning shows its stretch. */
  g_assert_false (pf_profile_chart_get_highlight (chart, NULL, NULL));
  row = find_row (list, "beyond-long-run", &n_rows);
  /* As a click does: select, then activate. */
  gtk_list_box_select_row (GTK_LIST_BOX (gtk_widget_get_parent (GTK_WIDGET (row))), row);
  g_signal_emit_by_name (gtk_widget_get_parent (GTK_WIDGET (row)), "row-activated", row);
  pf_test_iterate_briefly ();
  g_assert_nonnull (pf_warnings_list_get_selected_warning (list));
  g_assert_cmpstr (pf_warnings_list_get_selected_warning (list)->id, ==, "beyond-long-run");
  g_assert_true (pf_profile_chart_get_highlight (chart, &from, &to));
  g_assert_cmpfloat (from, ==, long_run->from_m);
  g_assert_cmpfloat (to, ==, long_run->to_m);
  selected = gtk_selection_model_get_selection (selection);
  g_assert_cmpuint (gtk_bitset_get_size (selected), >, 0);

  /* A new plan with the same warning keeps it picked, with the new stretch. */
  gtk_spin_button_set_value (pf_test_template_child (window, PF_TYPE_TRAINING_SECTION,
                                                     "longest_spin"),
                             20);
  pf_test_iterate_briefly ();
  g_assert_cmpstr (pf_warnings_list_get_selected_warning (list)->id, ==, "beyond-long-run");
  g_assert_true (pf_profile_chart_get_highlight (chart, &from, &to));
  g_assert_cmpfloat (from, ==, pf_warnings_list_get_selected_warning (list)->from_m);

  /* Activating the picked row again puts it away. */
  row = find_row (list, "beyond-long-run", &n_rows);
  g_signal_emit_by_name (gtk_widget_get_parent (GTK_WIDGET (row)), "row-activated", row);
  pf_test_iterate_briefly ();
  g_assert_null (pf_warnings_list_get_selected_warning (list));
  g_assert_false (pf_profile_chart_get_highlight (chart, NULL, NULL));
  g_clear_pointer (&selected, gtk_bitset_unref);
  selected = gtk_selection_model_get_selection (selection);
  g_assert_cmpuint (gtk_bitset_get_size (selected), ==, 0);

  pf_warnings_list_set_selected (list, 0);
  pf_test_iterate_briefly ();
  g_assert_true (pf_profile_chart_get_highlight (chart, NULL, NULL)
                 || pf_plan_get_warning (pf_document_get_plan (document), 0)->to_m
                    <= pf_plan_get_warning (pf_document_get_plan (document), 0)->from_m);
  pf_warnings_list_set_selected (list, -1);
  pf_test_iterate_briefly ();
  g_assert_false (pf_profile_chart_get_highlight (chart, NULL, NULL));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_realistic_plan (void)
{
  PfWindow *window = pf_test_window_with_course (app, "activity_607442311.gpx");
  PfDocument *document = pf_window_get_document (window);
  PfPlanView *view = pf_test_template_child (window, PF_TYPE_WINDOW, "plan_view");
  PfWarningsList *list = pf_test_template_child (view, PF_TYPE_PLAN_VIEW, "warnings_list");
  PfTrainingSection *training = pf_test_template_child (window, PF_TYPE_FUEL_EDITOR,
                                                        "training_section");
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(GError) error = NULL;
  PfPlan *plan;
  guint n_rows = 0;

  adw_view_stack_set_visible_child_name (pf_test_template_child (window, PF_TYPE_WINDOW,
                                                                 "view_stack"), "plan");
  enter_plan (window, "40:00", "3:20:00", 32, 10);
  gtk_spin_button_set_value (pf_test_template_child (training, PF_TYPE_TRAINING_SECTION,
                                                     "weekly_spin"),
                             80);
  adw_expander_row_set_enable_expansion (pf_test_template_child (training,
                                                                 PF_TYPE_TRAINING_SECTION,
                                                                 "goal_pace_expander"),
                                         TRUE);
  gtk_spin_button_set_value (pf_test_template_child (training, PF_TYPE_TRAINING_SECTION,
                                                     "goal_pace_spin"),
                             16);
  pf_test_iterate_briefly ();

  /* 10 °C all day. */
  pf_plan_inputs_init (&inputs);
  pf_plan_inputs_copy (&inputs, pf_document_get_inputs (document));
  inputs.conditions.start_temp_c = 10;
  inputs.conditions.finish_temp_c = 10;
  g_assert_true (pf_document_set_inputs (document, &inputs, &error));
  pf_test_iterate_briefly ();

  plan = pf_document_get_plan (document);
  g_assert_cmpfloat (pf_plan_get_inputs (plan)->training.goal_pace_km, ==, 16);
  g_assert_cmpfloat (pf_plan_get_inputs (plan)->training.weekly_km, ==, 80);
  g_assert_false (plan_has_warning (plan, "goal-faster-than-fitness"));
  g_assert_false (plan_has_warning (plan, "beyond-long-run"));
  g_assert_false (plan_has_warning (plan, "heat"));
  find_row (list, "", &n_rows);
  g_assert_cmpuint (n_rows, ==, pf_plan_get_n_warnings (plan));
  g_assert_cmpuint (adw_view_stack_page_get_badge_number (
    pf_test_template_child (window, PF_TYPE_WINDOW, "plan_page")), ==,
                    pf_warnings_count_serious (plan));
  g_assert_cmpstr (visible_state (list), ==,
                   pf_plan_get_n_warnings (plan) == 0 ? "empty" : "list");

  /* On a 10 km course (no late hills) the same runner has nothing to be warned about but the
   * course itself: a marathon's track scaled to 10 km is another course. */
  pf_document_set_official_distance (document, 10000);
  pf_plan_inputs_copy (&inputs, pf_document_get_inputs (document));
  inputs.goal_time_s = 44 * 60;
  g_assert_true (pf_document_set_inputs (document, &inputs, &error));
  pf_test_iterate_briefly ();
  plan = pf_document_get_plan (document);
  for (guint i = 0; i < pf_plan_get_n_warnings (plan); i++)
    g_test_message ("warning left: %s", pf_plan_get_warning (plan, i)->id);
  g_assert_cmpuint (pf_plan_get_n_warnings (plan), ==, 1);
  g_assert_cmpstr (pf_plan_get_warning (plan, 0)->id, ==, "official-distance-far");
  g_assert_cmpstr (visible_state (list), ==, "list");
  g_assert_cmpuint (adw_view_stack_page_get_badge_number (
    pf_test_template_child (window, PF_TYPE_WINDOW, "plan_page")), ==,
                    pf_warnings_count_serious (plan));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* With no training entered the list does not claim the plan asks no more than the training:
 * it says the goal could not be checked and leads to the training inputs. */
static void
test_no_training (void)
{
  PfWindow *window = pf_test_window_with_course (app, "activity_607442311.gpx");
  PfDocument *document = pf_window_get_document (window);
  PfPlanView *view = pf_test_template_child (window, PF_TYPE_WINDOW, "plan_view");
  PfWarningsList *list = pf_test_template_child (view, PF_TYPE_PLAN_VIEW, "warnings_list");
  GtkWidget *button = pf_test_template_child (list, PF_TYPE_WARNINGS_LIST, "training_button");
  GtkLabel *label = pf_test_template_child (list, PF_TYPE_WARNINGS_LIST, "empty_label");
  AdwViewStack *stack = pf_test_template_child (window, PF_TYPE_WINDOW, "view_stack");
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(GError) error = NULL;

  adw_view_stack_set_visible_child_name (stack, "plan");
  pf_test_iterate_briefly ();
  pf_plan_inputs_init (&inputs);
  pf_plan_inputs_copy (&inputs, pf_document_get_inputs (document));
  inputs.training.weekly_km = 0;
  inputs.training.longest_run_km = 0;
  inputs.training.goal_pace_km = NAN;
  g_assert_true (pf_document_set_inputs (document, &inputs, &error));
  pf_test_iterate_briefly ();

  g_assert_false (pf_plan_has_training_data (pf_document_get_plan (document)));
  g_assert_true (gtk_widget_get_visible (button));
  g_assert_null (strstr (gtk_label_get_text (label), "no more than your training"));
  g_assert_nonnull (strstr (gtk_label_get_text (label), "not entered"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (list), "win.show-training", NULL));
  pf_test_iterate_briefly ();
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "fuel");

  inputs.training.longest_run_km = 30;
  g_assert_true (pf_document_set_inputs (document, &inputs, &error));
  pf_test_iterate_briefly ();
  g_assert_false (gtk_widget_get_visible (button));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = pf_test_ui_init (&argc, &argv, "TestWarnings");
  if (app == NULL)
    return PF_TEST_EXIT_SKIPPED;

  g_test_add_func ("/ui/warnings/list", test_warnings);
  g_test_add_func ("/ui/warnings/realistic-plan", test_realistic_plan);
  g_test_add_func ("/ui/warnings/no-training", test_no_training);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
