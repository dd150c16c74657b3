/* test-ui-preferences.c — Preferences: every row bound to its key, and the windows follow
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-ui-preferences"

#include "config.h"

#include <libsoup/soup.h>
#include <string.h>

#include "gui/pf-application.h"
#include "gui/pf-export-dialog.h"
#include "gui/pf-plan-view-private.h"
#include "gui/pf-preferences-window.h"
#include "gui/pf-window.h"
#include "gui/pf-window-private.h"
#include "pf-test-forecast.h"
#include "pf-test-ui.h"

#define SECONDS_PER_DAY 86400

static PfApplication *app;
static GSettings *settings;
static char *tmp_dir;
static guint n_requests;

/* The recorded Open-Meteo answer, moved to the day asked for. */
static void
on_request_cb (SoupServer        *server,
               SoupServerMessage *message,
               const char        *path,
               GHashTable        *query,
               gpointer           user_data)
{
  n_requests++;
  pf_test_serve_recorded_forecast (message, query);
}

static void
assert_key (const char *key,
            const char *expected)
{
  g_autofree char *value = g_settings_get_string (settings, key);

  g_assert_cmpstr (value, ==, expected);
}

/* The units the window's pages and printouts use: its "units" property. */
static PfUnitSystem
window_units (PfWindow *window)
{
  PfUnitSystem units;

  g_object_get (window, "units", &units, NULL);
  return units;
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type))
        return toplevel;
    }
  return NULL;
}

static PfPreferencesWindow *
open_preferences (void)
{
  GtkWindow *preferences;

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  pf_test_iterate_briefly ();
  preferences = find_toplevel (PF_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (preferences);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (preferences)));
  return PF_PREFERENCES_WINDOW (preferences);
}

static void
close_preferences (PfPreferencesWindow *preferences)
{
  gtk_window_destroy (GTK_WINDOW (preferences));
  pf_test_iterate_briefly ();
  g_assert_null (find_toplevel (PF_TYPE_PREFERENCES_WINDOW));
}

static void
reset_settings (void)
{
  const char *keys[] = { "default-grade-model", "default-heat-model", "default-fluid-ceiling",
                         "paper-size", "auto-forecast" };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_settings_reset (settings, keys[i]);
  g_settings_set_string (settings, "units", "metric");
}

static PfWindow *
window_with_course (void)
{
  return pf_test_window_with_course (app, "activity_607442311.gpx");
}

static void
window_open_and_wait (PfWindow *window,
                      GFile    *file)
{
  pf_window_open (window, file);
  while (_pf_window_is_loading (window))
    g_main_context_iteration (NULL, TRUE);
  pf_test_iterate_briefly ();
  g_assert_nonnull (pf_document_get_plan (pf_window_get_document (window)));
}

/* Race day @days from today at 07:00, local wall clock (TZ=UTC in tests). */
static void
set_race_day (PfDocument *document,
              int         days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) midnight = g_date_time_new_utc (g_date_time_get_year (now),
                                                      g_date_time_get_month (now),
                                                      g_date_time_get_day_of_month (now),
                                                      0, 0, 0);
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(GError) error = NULL;

  pf_plan_inputs_init (&inputs);
  pf_plan_inputs_copy (&inputs, pf_document_get_inputs (document));
  inputs.start_time = g_date_time_to_unix (midnight) + days * SECONDS_PER_DAY + 7 * 3600;
  g_assert_true (pf_document_set_inputs (document, &inputs, &error));
  g_assert_no_error (error);
  pf_test_iterate_briefly ();
}

/* Waits until the editor asked @n_expected times in all and has its answer. */
static void
wait_for_forecast (PfPlanEditor *editor,
                   guint         n_expected)
{
  GtkButton *button = pf_test_template_child (editor, PF_TYPE_WEATHER_SECTION, "forecast_button");
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while ((n_requests < n_expected
          || g_strcmp0 (gtk_button_get_label (button), "_Get Forecast") != 0)
         && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  pf_test_iterate_briefly ();
  g_assert_cmpuint (n_requests, ==, n_expected);
}

static void
test_action (void)
{
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                                "app.preferences");
  PfWindow *window = pf_test_window_new (app);
  PfPreferencesWindow *preferences;

  g_assert_nonnull (accels);
  g_assert_true (g_strv_contains ((const char * const *) accels, "<Control>comma"));

  preferences = open_preferences ();
  g_assert_true (pf_preferences_window_get_settings (preferences) == settings);
  /* Asked again, the same window comes forward. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  pf_test_iterate_briefly ();
  g_assert_true (find_toplevel (PF_TYPE_PREFERENCES_WINDOW) == GTK_WINDOW (preferences));

  close_preferences (preferences);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_units (void)
{
  PfWindow *window = window_with_course ();
  PfWindow *other = pf_test_window_new (app);
  PfPreferencesWindow *preferences = open_preferences ();
  AdwComboRow *row = pf_test_template_child (preferences, PF_TYPE_PREFERENCES_WINDOW, "units_row");
  GtkSpinButton *ceiling = pf_test_template_child (preferences, PF_TYPE_PREFERENCES_WINDOW,
                                                   "ceiling_spin");
  GtkLabel *ceiling_unit = pf_test_template_child (preferences, PF_TYPE_PREFERENCES_WINDOW,
                                                   "ceiling_unit");

  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 1);

  adw_combo_row_set_selected (row, 2);
  assert_key ("units", "imperial");
  /* Every open window at once. */
  g_assert_cmpint (pf_document_widget_get_units (PF_DOCUMENT_WIDGET (
    pf_test_template_child (window, PF_TYPE_WINDOW, "plan_view"))), ==,
                   PF_UNITS_IMPERIAL);
  g_assert_cmpint (pf_document_widget_get_units (PF_DOCUMENT_WIDGET (
    pf_test_template_child (other, PF_TYPE_WINDOW, "plan_view"))), ==,
                   PF_UNITS_IMPERIAL);
  g_assert_cmpint (window_units (window), ==, PF_UNITS_IMPERIAL);
  /* The fluid ceiling for new plans in the same units: fluid ounces an hour. */
  g_assert_cmpstr (gtk_label_get_text (ceiling_unit), ==, "fl oz/h");
  g_assert_cmpfloat_with_epsilon (gtk_spin_button_get_value (ceiling), 0.8 / 0.0295735, 0.01);
  gtk_spin_button_set_value (ceiling, 20);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "default-fluid-ceiling"),
                                  20 * 0.0295735, 1e-4);

  adw_combo_row_set_selected (row, 1);
  assert_key ("units", "metric");
  g_assert_cmpstr (gtk_label_get_text (ceiling_unit), ==, "L/h");
  g_assert_cmpfloat_with_epsilon (gtk_spin_button_get_value (ceiling), 20 * 0.0295735, 1e-4);
  g_assert_cmpint (pf_document_widget_get_units (PF_DOCUMENT_WIDGET (
    pf_test_template_child (window, PF_TYPE_WINDOW, "plan_view"))), ==,
                   PF_UNITS_METRIC);

  adw_combo_row_set_selected (row, 0);
  assert_key ("units", "auto");

  /* And the other way: the menu's Units change the row. */
  g_settings_set_string (settings, "units", "imperial");
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 2);

  close_preferences (preferences);
  gtk_window_destroy (GTK_WINDOW (other));
  gtk_window_destroy (GTK_WINDOW (window));
  reset_settings ();
}

static void
test_plan_defaults (void)
{
  PfPreferencesWindow *preferences = open_preferences ();
  g_autofree char *path = g_build_filename (tmp_dir, "strava.pacefuel", NULL);
  g_autoptr(GFile) plan_file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_auto(PfPlanInputs) inputs = { 0 };
  const PfPlanInputs *loaded;
  PfWindow *window, *sample, *reopened;

  g_assert_cmpuint (adw_combo_row_get_selected (
                      pf_test_template_child (preferences, PF_TYPE_PREFERENCES_WINDOW,
                                              "grade_model_row")), ==, 0);
  g_assert_cmpfloat (gtk_spin_button_get_value (pf_test_template_child (
                       preferences, PF_TYPE_PREFERENCES_WINDOW, "ceiling_spin")), ==, 0.8);

  g_assert_cmpuint (adw_combo_row_get_selected (
                      pf_test_template_child (preferences, PF_TYPE_PREFERENCES_WINDOW,
                                              "heat_model_row")), ==, 0);
  adw_combo_row_set_selected (pf_test_template_child (preferences, PF_TYPE_PREFERENCES_WINDOW,
                                                      "grade_model_row"), 1);
  adw_combo_row_set_selected (pf_test_template_child (preferences, PF_TYPE_PREFERENCES_WINDOW,
                                                      "heat_model_row"), 1);
  assert_key ("default-heat-model", "mantzios");
  gtk_spin_button_set_value (pf_test_template_child (preferences, PF_TYPE_PREFERENCES_WINDOW,
                                                     "ceiling_spin"), 0.6);
  assert_key ("default-grade-model", "minetti");
  g_assert_cmpfloat (g_settings_get_double (settings, "default-fluid-ceiling"), ==, 0.6);
  close_preferences (preferences);

  /* A course opened into a new window plans with the defaults. */
  window = window_with_course ();
  loaded = pf_document_get_inputs (pf_window_get_document (window));
  g_assert_cmpint (loaded->grade_model, ==, PF_GRADE_MODEL_MINETTI);
  g_assert_cmpint (loaded->heat_model, ==, PF_HEAT_MODEL_MANTZIOS);
  g_assert_cmpfloat (loaded->fuel.fluid_ceiling_l_per_h, ==, 0.6);
  g_assert_cmpint (pf_plan_get_inputs (pf_document_get_plan (pf_window_get_document (window)))
                     ->grade_model, ==, PF_GRADE_MODEL_MINETTI);

  /* An opened course is the runner's now: a later change of the defaults leaves it alone. */
  g_settings_set_string (settings, "default-grade-model", "ultrapacer");
  g_assert_cmpint (pf_document_get_inputs (pf_window_get_document (window))->grade_model, ==,
                   PF_GRADE_MODEL_MINETTI);
  g_assert_false (pf_document_get_dirty (pf_window_get_document (window)));

  /* A saved plan keeps the model it was saved with. */
  pf_plan_inputs_init (&inputs);
  pf_plan_inputs_copy (&inputs, pf_document_get_inputs (pf_window_get_document (window)));
  inputs.grade_model = PF_GRADE_MODEL_STRAVA;
  inputs.fuel.fluid_ceiling_l_per_h = 1.0;
  g_assert_true (pf_document_set_inputs (pf_window_get_document (window), &inputs, &error));
  g_assert_no_error (error);
  g_assert_true (pf_document_save (pf_window_get_document (window), plan_file, &error));
  g_assert_no_error (error);

  reopened = pf_test_window_new (app);
  window_open_and_wait (reopened, plan_file);
  loaded = pf_document_get_inputs (pf_window_get_document (reopened));
  g_assert_cmpint (loaded->grade_model, ==, PF_GRADE_MODEL_STRAVA);
  g_assert_cmpfloat (loaded->fuel.fluid_ceiling_l_per_h, ==, 1.0);

  /* The untouched sample is nobody's plan yet: it follows the defaults at once, unchanged in
   * every other way, and a course opened into its window plans with them. */
  sample = pf_test_window_new (app);
  pf_window_open_sample (sample);
  pf_test_iterate_briefly ();
  g_assert_cmpint (pf_document_get_inputs (pf_window_get_document (sample))->grade_model, ==,
                   PF_GRADE_MODEL_ULTRAPACER);
  g_settings_set_string (settings, "default-grade-model", "minetti");
  g_assert_cmpint (pf_document_get_inputs (pf_window_get_document (sample))->grade_model, ==,
                   PF_GRADE_MODEL_MINETTI);
  g_assert_cmpint (pf_plan_get_inputs (pf_document_get_plan (pf_window_get_document (sample)))
                     ->grade_model, ==, PF_GRADE_MODEL_MINETTI);
  g_assert_false (pf_document_get_dirty (pf_window_get_document (sample)));
  pf_test_window_load (sample, "twin_cities_marathon.gpx");
  g_assert_cmpint (pf_document_get_inputs (pf_window_get_document (sample))->grade_model, ==,
                   PF_GRADE_MODEL_MINETTI);

  gtk_window_destroy (GTK_WINDOW (sample));
  gtk_window_destroy (GTK_WINDOW (reopened));
  /* Saved, so closing asks nothing. */
  gtk_window_destroy (GTK_WINDOW (window));
  reset_settings ();
}

static PfExportDialog *
open_export_dialog (PfWindow *window)
{
  GtkWindow *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));
  pf_test_iterate_briefly ();
  dialog = find_toplevel (PF_TYPE_EXPORT_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (window));
  return PF_EXPORT_DIALOG (dialog);
}

static const char *
print_paper_name (PfWindow *window)
{
  g_autoptr(GtkPrintOperation) operation = _pf_window_new_print_operation (window);
  GtkPageSetup *setup = gtk_print_operation_get_default_page_setup (operation);
  static char name[64];

  g_strlcpy (name, gtk_paper_size_get_name (gtk_page_setup_get_paper_size (setup)), sizeof name);
  return name;
}

static void
test_paper (void)
{
  PfWindow *window = window_with_course ();
  PfPreferencesWindow *preferences = open_preferences ();
  AdwComboRow *row = pf_test_template_child (preferences, PF_TYPE_PREFERENCES_WINDOW, "paper_row");
  PfExportDialog *dialog;

  /* Automatic follows the locale: C.UTF-8 measures in metric. */
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 0);
  g_assert_cmpstr (print_paper_name (window), ==, GTK_PAPER_NAME_A4);

  adw_combo_row_set_selected (row, 2);
  assert_key ("paper-size", "letter");
  close_preferences (preferences);

  g_assert_cmpstr (print_paper_name (window), ==, GTK_PAPER_NAME_LETTER);
  dialog = open_export_dialog (window);
  g_assert_cmpint (pf_export_dialog_get_paper (dialog), ==, PF_PAPER_LETTER);
  g_assert_cmpuint (pf_export_dialog_get_formats (dialog), ==,
                    PF_EXPORT_FORMAT_BIT (PF_EXPORT_RACE_SHEET_PDF));

  /* Paper only for what is printed; nothing ticked, nothing to export. */
  pf_export_dialog_set_formats (dialog, PF_EXPORT_FORMAT_BIT (PF_EXPORT_SPLITS_CSV));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (
                    pf_test_template_child (dialog, PF_TYPE_EXPORT_DIALOG, "paper_row"))));
  pf_export_dialog_set_formats (dialog, PF_EXPORT_FORMAT_BIT (PF_EXPORT_SPLITS_CSV)
                                        | PF_EXPORT_FORMAT_BIT (PF_EXPORT_PACE_BAND_PDF));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (
                   pf_test_template_child (dialog, PF_TYPE_EXPORT_DIALOG, "paper_row"))));
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "export"));
  pf_export_dialog_set_formats (dialog, 0);
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog),
                                                           "export"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  pf_test_iterate_briefly ();

  g_settings_set_string (settings, "paper-size", "a4");
  dialog = open_export_dialog (window);
  g_assert_cmpint (pf_export_dialog_get_paper (dialog), ==, PF_PAPER_A4);
  g_assert_cmpstr (print_paper_name (window), ==, GTK_PAPER_NAME_A4);
  gtk_window_destroy (GTK_WINDOW (dialog));
  pf_test_iterate_briefly ();

  gtk_window_destroy (GTK_WINDOW (window));
  reset_settings ();
}

static void
test_auto_forecast_bound (void)
{
  PfWindow *window = window_with_course ();
  PfPlanEditor *editor = _pf_plan_view_get_editor (pf_test_template_child (window, PF_TYPE_WINDOW,
                                                                           "plan_view"));
  PfPreferencesWindow *preferences = open_preferences ();
  GtkSwitch *toggle = pf_test_template_child (preferences, PF_TYPE_PREFERENCES_WINDOW,
                                              "forecast_switch");

  /* Off unless asked: no request leaves without the runner's say-so. */
  g_assert_false (g_settings_get_boolean (settings, "auto-forecast"));
  g_assert_false (gtk_switch_get_active (toggle));
  g_assert_false (pf_plan_editor_get_auto_forecast (editor));

  gtk_switch_set_active (toggle, TRUE);
  g_assert_true (g_settings_get_boolean (settings, "auto-forecast"));
  g_assert_true (pf_plan_editor_get_auto_forecast (editor));

  g_settings_set_boolean (settings, "auto-forecast", FALSE);
  g_assert_false (gtk_switch_get_active (toggle));
  g_assert_false (pf_plan_editor_get_auto_forecast (editor));

  close_preferences (preferences);
  gtk_window_destroy (GTK_WINDOW (window));
  reset_settings ();
}

static void
test_auto_forecast_fetches (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "in-two-days.pacefuel", NULL);
  g_autoptr(GFile) plan_file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  PfWindow *window = window_with_course ();
  PfDocument *document = pf_window_get_document (window);
  PfPlanEditor *editor = _pf_plan_view_get_editor (pf_test_template_child (window, PF_TYPE_WINDOW,
                                                                           "plan_view"));
  PfWindow *reopened;
  guint n_before = n_requests;

  /* Beyond the horizon, or past: nothing to ask for. */
  set_race_day (document, 30);
  g_settings_set_boolean (settings, "auto-forecast", TRUE);
  pf_test_iterate_briefly ();
  g_settings_set_boolean (settings, "auto-forecast", FALSE);
  set_race_day (document, -3);
  g_settings_set_boolean (settings, "auto-forecast", TRUE);
  pf_test_iterate_briefly ();
  g_assert_cmpuint (n_requests, ==, n_before);
  g_settings_set_boolean (settings, "auto-forecast", FALSE);

  /* Within it, switching the refresh on fetches once; a fresh forecast is not asked again. */
  set_race_day (document, 2);
  g_assert_true (pf_document_save (document, plan_file, &error));
  g_assert_no_error (error);
  g_settings_set_boolean (settings, "auto-forecast", TRUE);
  wait_for_forecast (editor, n_before + 1);
  g_assert_cmpuint (pf_document_get_inputs (document)->conditions.hours->len, >=, 4);
  g_assert_nonnull (pf_document_get_inputs (document)->conditions.forecast_source);
  g_settings_set_boolean (settings, "auto-forecast", FALSE);
  g_settings_set_boolean (settings, "auto-forecast", TRUE);
  pf_test_iterate_briefly ();
  g_assert_cmpuint (n_requests, ==, n_before + 1);

  /* A plan opened with the refresh on fetches by itself. */
  reopened = pf_test_window_new (app);
  window_open_and_wait (reopened, plan_file);
  wait_for_forecast (_pf_plan_view_get_editor (pf_test_template_child (reopened, PF_TYPE_WINDOW,
                                                                       "plan_view")),
                     n_before + 2);
  g_assert_cmpuint (pf_document_get_inputs (pf_window_get_document (reopened))
                      ->conditions.hours->len, >=, 4);

  g_settings_set_boolean (settings, "auto-forecast", FALSE);
  gtk_window_destroy (GTK_WINDOW (reopened));
  gtk_window_destroy (GTK_WINDOW (window));
  reset_settings ();
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SoupServer) server = NULL;
  g_autofree char *base_url = NULL;
  g_autofree char *url = NULL;
  int status;

  /* The recent files list and the catalog stay in the test's own folder. */
  tmp_dir = pf_test_make_user_dirs ("pacefuel-ui-preferences-XXXXXX");

  /* Whatever the refresh asks goes to this process, never to the network. */
  server = pf_test_server_new (on_request_cb, NULL, &base_url);
  url = g_strconcat (base_url, "/v1/forecast", NULL);
  g_setenv ("PACEFUEL_FORECAST_URL", url, TRUE);

  app = pf_test_ui_init (&argc, &argv, "Test");
  if (app == NULL)
    {
      pf_test_remove_tree (tmp_dir);
      return PF_TEST_EXIT_SKIPPED;
    }
  settings = pf_application_get_settings (app);
  reset_settings ();

  g_test_add_func ("/ui/preferences/action", test_action);
  g_test_add_func ("/ui/preferences/units", test_units);
  g_test_add_func ("/ui/preferences/plan-defaults", test_plan_defaults);
  g_test_add_func ("/ui/preferences/paper", test_paper);
  g_test_add_func ("/ui/preferences/auto-forecast-bound", test_auto_forecast_bound);
  g_test_add_func ("/ui/preferences/auto-forecast-fetches", test_auto_forecast_fetches);

  status = g_test_run ();
  soup_server_disconnect (server);
  g_clear_object (&app);
  pf_test_remove_tree (tmp_dir);
  g_free (tmp_dir);
  return status;
}
