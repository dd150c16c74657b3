/* test-ui-profile.c — the Profile page: learning from runs, the curve and its rows, using the
 * profile in the plan and what it changes, a plan's own profile, a saved profile gone bad
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-ui-profile"

#include "config.h"

#include <string.h>

#include "document/pf-profile-store.h"
#include "gui/pf-profile-view.h"
#include "gui/pf-window-private.h"
#include "pf-test-ui.h"

static PfApplication *app;
static char *tmp_dir;

/* A store of its own for each test, in the scratch folder. */
static PfProfileStore *
store_new (const char *name)
{
  g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  PfProfileStore *store = pf_profile_store_new (file);

  pf_profile_store_load (store, NULL);
  return store;
}

/* A window with the sample course and a race to predict from (so there is a run by feel),
 * showing the Profile page of @store. */
static PfWindow *
window_with_store (PfProfileStore *store)
{
  PfWindow *window = pf_test_window_with_course (app, "activity_607442311.gpx");
  PfDocument *document = pf_window_get_document (window);
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(GError) error = NULL;

  pf_document_copy_inputs (document, &inputs);
  pf_plan_inputs_add_race (&inputs, 21097.5, 2 * 3600.0);
  g_assert_true (pf_document_set_inputs (document, &inputs, &error));
  g_assert_no_error (error);
  pf_window_set_profile_store (window, store);
  adw_view_stack_set_visible_child_name (pf_test_template_child (window, PF_TYPE_WINDOW,
                                                                 "view_stack"), "profile");
  pf_test_iterate_briefly ();
  return window;
}

static gpointer
child (PfWindow   *window,
       const char *name)
{
  return pf_test_template_child (window, PF_TYPE_PROFILE_VIEW, name);
}

static void
learnt_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (pf_profile_store_learn_finish (PF_PROFILE_STORE (object), result, NULL,
                                                &error));
  g_assert_no_error (error);
  *done = TRUE;
}

static void
learn (PfProfileStore *store)
{
  g_autofree char *gpx = pf_test_data_path ("activity_607442311.gpx");
  g_autofree char *tcx = pf_test_data_path ("twin_cities_marathon.tcx");
  g_autofree char *fit = pf_test_data_path ("fit");
  GFile *files[] = { g_file_new_for_path (gpx), g_file_new_for_path (tcx),
                     g_file_new_for_path (fit) };
  gboolean done = FALSE;

  pf_profile_store_learn_async (store, files, G_N_ELEMENTS (files), NULL, learnt_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    g_object_unref (files[i]);
  pf_test_iterate_briefly ();
}

static const char *
subtitle (AdwActionRow *row)
{
  return adw_action_row_get_subtitle (row);
}

/* No profile: the page invites the runner to learn one, with both choosers. */
static void
test_status_page (void)
{
  g_autoptr(PfProfileStore) store = store_new ("none.json");
  PfWindow *window = window_with_store (store);
  GtkStack *stack = child (window, "stack");
  GtkWidget *status = child (window, "status_page");

  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  g_assert_true (gtk_widget_get_mapped (status));
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (status)), ==,
                   "Learn From Your Runs");
  g_assert_true (gtk_widget_get_mapped (child (window, "choose_runs_button")));
  g_assert_false (gtk_widget_get_visible (child (window, "empty_error_label")));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window->profile_view),
                                             "profile.choose-runs", NULL));

  gtk_window_destroy (GTK_WINDOW (window));
  pf_test_iterate_briefly ();
}

/* Learnt from runs: the curve, a row per grade with data, heat and fade; the switch puts the
 * profile into the plan, whose effect is said, and takes it out again. */
static void
test_learn_and_use (void)
{
  g_autoptr(PfProfileStore) store = store_new ("learnt.json");
  PfWindow *window = window_with_store (store);
  PfDocument *document = pf_window_get_document (window);
  GtkSwitch *use = child (window, "use_switch");
  AdwActionRow *effect_row = child (window, "effect_row");
  AdwActionRow *split_row = child (window, "split_row");
  const PfRunnerProfile *p;

  learn (store);
  p = pf_profile_store_get_profile (store);
  g_assert_nonnull (p);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (window, "stack")), ==, "profile");
  g_assert_true (gtk_widget_get_mapped (child (window, "chart")));
  g_assert_nonnull (strstr (gtk_label_get_text (child (window, "summary_label")), "runs used"));
  g_assert_nonnull (strstr (gtk_label_get_text (child (window, "removed_label")), "GPS jumps"));
  g_assert_cmpuint (pf_test_count_action_rows (child (window, "knots_group")), >, 0);
  g_assert_nonnull (strstr (subtitle (child (window, "heat_row")), "model"));
  g_assert_nonnull (subtitle (child (window, "fade_row")));

  g_assert_false (gtk_switch_get_active (use));
  g_assert_null (pf_document_get_inputs (document)->profile);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (effect_row)));

  gtk_switch_set_active (use, TRUE);
  pf_test_wait_until_idle (document);
  pf_test_iterate_briefly ();
  g_assert_nonnull (pf_document_get_inputs (document)->profile);
  g_assert_true (pf_runner_profile_equal (pf_document_get_inputs (document)->profile, p));
  g_assert_true (pf_plan_get_profile_effect (pf_document_get_plan (document))->used);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (effect_row)));
  g_assert_true (g_str_has_prefix (subtitle (effect_row), "By feel: "));
  g_assert_nonnull (strstr (subtitle (effect_row), "hills "));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (split_row)));
  g_assert_nonnull (strstr (subtitle (split_row), ", ending at "));
  g_assert_nonnull (strstr (subtitle (split_row), " km"));
  g_assert_false (gtk_widget_get_visible (child (window, "own_row")));

  gtk_switch_set_active (use, FALSE);
  pf_test_wait_until_idle (document);
  pf_test_iterate_briefly ();
  g_assert_null (pf_document_get_inputs (document)->profile);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (effect_row)));

  gtk_window_destroy (GTK_WINDOW (window));
  pf_test_iterate_briefly ();
}

/* A plan that carries another profile (a coach's) says so, and "Use Mine" replaces it with the
 * runner's. */
static void
test_plan_own_profile (void)
{
  g_autoptr(PfProfileStore) store = store_new ("own.json");
  PfWindow *window;
  PfDocument *document;
  g_autoptr(PfRunnerProfile) coach = NULL;
  g_auto(PfPlanInputs) inputs = { 0 };
  AdwActionRow *own_row;

  learn (store);
  window = window_with_store (store);
  document = pf_window_get_document (window);
  own_row = child (window, "own_row");
  coach = pf_runner_profile_copy (pf_profile_store_get_profile (store));
  coach->n_runs_used = 5;
  coach->knots[8].correction = -0.1;
  pf_document_copy_inputs (document, &inputs);
  pf_plan_inputs_set_profile (&inputs, coach);
  g_assert_true (pf_document_set_inputs (document, &inputs, NULL));
  pf_test_wait_until_idle (document);
  pf_test_iterate_briefly ();

  g_assert_true (gtk_switch_get_active (child (window, "use_switch")));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (own_row)));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (own_row)), ==,
                   "This plan carries its own profile, from 5 runs");
  g_assert_true (gtk_widget_get_visible (child (window, "replace_button")));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window->profile_view),
                                             "profile.replace", NULL));
  pf_test_wait_until_idle (document);
  pf_test_iterate_briefly ();
  g_assert_true (pf_runner_profile_equal (pf_document_get_inputs (document)->profile,
                                          pf_profile_store_get_profile (store)));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (own_row)));

  gtk_window_destroy (GTK_WINDOW (window));
  pf_test_iterate_briefly ();
}

static gboolean
timed_out_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* The first allocation comes with a frame, not with the next idle: runs the loop until @widget
 * has a width, for at most 10 s, so a loaded machine is slower, never a failure. */
static void
wait_for_width (GtkWidget *widget)
{
  gboolean timed_out = FALSE;
  guint timeout = g_timeout_add_seconds (10, timed_out_cb, &timed_out);

  while (gtk_widget_get_width (widget) == 0 && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (timeout);
}

/* At 360 px the page fits: the window stays that narrow, the chart scales down into it and
 * the rows wrap rather than widen the page. */
static void
test_narrow (void)
{
  g_autoptr(PfProfileStore) store = store_new ("narrow.json");
  PfWindow *window = pf_test_window_new_sized (app, 360, 740);
  GtkWidget *chart;

  learn (store);
  pf_test_window_load (window, "activity_607442311.gpx");
  pf_window_set_profile_store (window, store);
  adw_view_stack_set_visible_child_name (pf_test_template_child (window, PF_TYPE_WINDOW,
                                                                 "view_stack"), "profile");
  pf_test_iterate_briefly ();
  chart = child (window, "chart");
  wait_for_width (chart);

  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 360);
  g_assert_true (gtk_widget_get_mapped (chart));
  g_assert_cmpint (gtk_widget_get_width (chart), >, 200);
  g_assert_cmpint (gtk_widget_get_width (chart), <=, 360 - 24);

  gtk_window_destroy (GTK_WINDOW (window));
  pf_test_iterate_briefly ();
}

/* A saved profile that cannot be read: no profile, and the page names the file and the
 * problem; the file is left as it was. */
static void
test_corrupt_file (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "corrupt.json", NULL);
  g_autoptr(PfProfileStore) store = NULL;
  g_autofree char *contents = NULL;
  PfWindow *window;
  GtkLabel *label;

  g_assert_true (g_file_set_contents (path, "{\"knots\": [1, 2", -1, NULL));
  store = store_new ("corrupt.json");
  window = window_with_store (store);
  label = child (window, "empty_error_label");

  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (window, "stack")), ==, "empty");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (label)));
  g_assert_nonnull (strstr (gtk_label_get_text (label), "corrupt.json"));
  g_assert_nonnull (strstr (gtk_label_get_text (label), "could not be read"));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "{\"knots\": [1, 2");

  gtk_window_destroy (GTK_WINDOW (window));
  pf_test_iterate_briefly ();
}

int
main (int   argc,
      char *argv[])
{
  int status;

  tmp_dir = pf_test_make_user_dirs ("pacefuel-ui-profile-XXXXXX");
  app = pf_test_ui_init (&argc, &argv, "TestProfile");
  if (app == NULL)
    {
      pf_test_remove_tree (tmp_dir);
      return PF_TEST_EXIT_SKIPPED;
    }

  g_test_add_func ("/ui/profile/status-page", test_status_page);
  g_test_add_func ("/ui/profile/learn-and-use", test_learn_and_use);
  g_test_add_func ("/ui/profile/plan-own-profile", test_plan_own_profile);
  g_test_add_func ("/ui/profile/narrow", test_narrow);
  g_test_add_func ("/ui/profile/corrupt-file", test_corrupt_file);

  status = g_test_run ();
  g_clear_object (&app);
  pf_test_remove_tree (tmp_dir);
  g_free (tmp_dir);
  return status;
}
