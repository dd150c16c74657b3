/* test-ui-fuel.c — the fuel page: runner inputs through the widgets, the schedule they give,
 * refused values, imported runs, the checklist
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-ui-fuel"

#include "config.h"

#include <math.h>
#include <string.h>

#include "gui/pf-application.h"
#include "gui/pf-checklist-view.h"
#include "gui/pf-aid-section.h"
#include "gui/pf-course-view.h"
#include "gui/pf-stat-tile.h"
#include "gui/pf-fuel-editor.h"
#include "gui/pf-fuel-view-private.h"
#include "report/pf-intake-text.h"
#include "gui/pf-runner-section.h"
#include "gui/pf-salt-section.h"
#include "gui/pf-schedule-view.h"
#include "gui/pf-sweat-section.h"
#include "gui/pf-window.h"
#include "gui/pf-window-private.h"
#include "gui/pf-plan-view-private.h"
#include "pf-test-ui.h"

static PfApplication *app;



/* The rows under @widget: the schedule's intakes, one row each. */
static guint
count_rows (GtkWidget *widget)
{
  guint n = ADW_IS_ACTION_ROW (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_rows (child);
  return n;
}

static void
test_schedule (void)
{
  PfWindow *window = pf_test_window_with_course (app, "activity_607442311.gpx");
  PfDocument *document = pf_window_get_document (window);
  PfFuelView *view = pf_test_template_child (window, PF_TYPE_WINDOW, "fuel_view");
  GtkSpinButton *mass = pf_test_template_child (window, PF_TYPE_RUNNER_SECTION, "mass_spin");
  GtkSpinButton *every = pf_test_template_child (window, PF_TYPE_AID_SECTION, "every_spin");
  GtkButton *every_add = pf_test_template_child (window, PF_TYPE_AID_SECTION,
                                                 "every_add_button");
  AdwPreferencesGroup *schedule_group = pf_test_template_child (window, PF_TYPE_SCHEDULE_VIEW,
                                                                "schedule_group");
  AdwActionRow *recipe_row = pf_test_template_child (window, PF_TYPE_SCHEDULE_VIEW,
                                                     "recipe_row");
  const PfPlanInputs *inputs;
  const PfFuel *fuel;
  PfPlan *before;
  g_autofree char *salt = NULL;
  const char *recipe;

  adw_view_stack_set_visible_child_name (pf_test_template_child (window, PF_TYPE_WINDOW,
                                                                 "view_stack"), "fuel");
  pf_test_set_goal (window, "3:30:00");
  pf_test_iterate_briefly ();
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view)));

  gtk_spin_button_set_value (mass, 62);
  gtk_switch_set_active (pf_test_template_child (window, PF_TYPE_SALT_SECTION, "cramp_switch"),
                         TRUE);
  adw_combo_row_set_selected (pf_test_template_child (window, PF_TYPE_SALT_SECTION, "sodium_row"),
                              2);  /* Salty */
  /* The stations, on the Course page, every 5 km in one step. */
  gtk_spin_button_set_value (every, 5);
  g_signal_emit_by_name (every_add, "clicked");
  pf_test_iterate_briefly ();

  inputs = pf_document_get_inputs (document);
  g_assert_cmpfloat_with_epsilon (inputs->runner.mass_kg, 62.0, 1e-9);
  g_assert_true (inputs->runner.cramp_prone);
  g_assert_cmpfloat (inputs->runner.sweat_sodium_mg_per_l, ==, PF_SWEAT_SODIUM_SALTY);
  g_assert_cmpuint (inputs->fuel.extra_aid_m->len, ==, 8);
  for (guint i = 0; i < 8; i++)
    g_assert_cmpfloat_with_epsilon (g_array_index (inputs->fuel.extra_aid_m, double, i),
                                    (i + 1) * 5000.0, 0.5);
  g_assert_null (pf_document_get_error_message (document));

  fuel = pf_plan_get_fuel (pf_document_get_plan (document));
  g_assert_cmpuint (fuel->schedule->len, >=, 8);
  g_assert_cmpuint (count_rows (GTK_WIDGET (schedule_group)), ==, fuel->schedule->len);
  /* Salty and cramp-prone: more sodium than the default drink. */
  g_assert_cmpfloat (fuel->drink.sodium_g_per_l, >, 0.7);
  salt = g_strdup_printf ("%.2f g table salt", fuel->drink.salt_g);
  recipe = adw_action_row_get_subtitle (recipe_row);
  g_assert_nonnull (strstr (recipe, salt));

  /* A mass of 0 is refused: marked on its field, and the plan stays. */
  before = pf_plan_ref (pf_document_get_plan (document));
  gtk_spin_button_set_value (mass, 0);
  pf_test_iterate_briefly ();
  g_assert_true (pf_document_get_plan (document) == before);
  g_assert_cmpfloat_with_epsilon (pf_document_get_inputs (document)->runner.mass_kg, 62.0, 1e-9);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (mass), "error"));
  g_assert_nonnull (pf_document_get_error_message (document));
  /* The reason as the runner reads it: its limits in their units, not the core's markers. */
  {
    g_autofree char *said = pf_units_expand (PF_UNITS_METRIC,
                                             pf_document_get_error_message (document));

    g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (mass)), ==, said);
    g_assert_cmpstr (said, ==, "the body mass must be between 30 kg and 250 kg");
  }
  pf_plan_unref (before);

  /* A good value again clears the mark. */
  gtk_spin_button_set_value (mass, 64);
  pf_test_iterate_briefly ();
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (mass), "error"));
  g_assert_null (pf_document_get_error_message (document));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Who the plan is for, typed on the Fuel page, lands in the document as typed (a space
 * between two names survives the recomputation that follows each key), marks the plan
 * modified, and too long a name is refused on its row; another document's name shows. */
static void
test_athlete (void)
{
  PfWindow *window = pf_test_window_with_course (app, "activity_607442311.gpx");
  PfDocument *document = pf_window_get_document (window);
  GtkEditable *name = pf_test_template_child (window, PF_TYPE_RUNNER_SECTION, "name_row");
  GtkEditable *club = pf_test_template_child (window, PF_TYPE_RUNNER_SECTION, "club_row");
  GtkEditable *notes = pf_test_template_child (window, PF_TYPE_RUNNER_SECTION, "notes_row");
  g_autofree char *too_long = g_strnfill (PF_ATHLETE_NAME_MAX + 1, 'x');
  const char *typed[] = { "J", "Ja", "Jan", "Jane", "Jane ", "Jane D", "Jane Do", "Jane Doe" };
  g_auto(PfPlanInputs) other = { 0 };
  PfPlan *before;

  adw_view_stack_set_visible_child_name (pf_test_template_child (window, PF_TYPE_WINDOW,
                                                                 "view_stack"), "fuel");
  pf_test_set_goal (window, "3:30:00");
  g_assert_null (pf_document_get_inputs (document)->athlete.name);
  g_assert_cmpstr (gtk_editable_get_text (name), ==, "");

  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    {
      gtk_editable_set_text (name, typed[i]);
      pf_test_iterate_briefly ();
      g_assert_cmpstr (gtk_editable_get_text (name), ==, typed[i]);
    }
  gtk_editable_set_text (club, "Harriers AC");
  gtk_editable_set_text (notes, "Gels at the stations");
  pf_test_iterate_briefly ();
  g_assert_cmpstr (pf_document_get_inputs (document)->athlete.name, ==, "Jane Doe");
  g_assert_cmpstr (pf_document_get_inputs (document)->athlete.club, ==, "Harriers AC");
  g_assert_cmpstr (pf_document_get_inputs (document)->athlete.notes, ==, "Gels at the stations");
  g_assert_cmpstr (pf_plan_get_inputs (pf_document_get_plan (document))->athlete.name, ==,
                   "Jane Doe");
  g_assert_true (pf_document_get_dirty (document));

  /* Too long: refused on its row, and the plan keeps the name it had. */
  while (pf_document_get_busy (document))
    g_main_context_iteration (NULL, TRUE);
  before = pf_plan_ref (pf_document_get_plan (document));
  gtk_editable_set_text (name, too_long);
  pf_test_iterate_briefly ();
  g_assert_true (pf_document_get_plan (document) == before);
  g_assert_cmpstr (pf_document_get_inputs (document)->athlete.name, ==, "Jane Doe");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (name), "error"));
  g_assert_nonnull (strstr (pf_document_get_error_message (document), "80"));
  pf_plan_unref (before);
  gtk_editable_set_text (name, "Jane Doe");
  pf_test_iterate_briefly ();
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (name), "error"));
  g_assert_null (pf_document_get_error_message (document));

  /* Saved, the header says whose plan it is, unless the file's name does already. */
  {
    g_autofree char *dir = g_dir_make_tmp ("pf-athlete-XXXXXX", NULL);
    g_autofree char *plain_path = g_build_filename (dir, "race.pacefuel", NULL);
    g_autofree char *named_path = g_build_filename (dir, "Jane Doe — Race.pacefuel", NULL);
    g_autoptr(GFile) plain = g_file_new_for_path (plain_path);
    g_autoptr(GFile) named = g_file_new_for_path (named_path);
    AdwViewSwitcherTitle *title = pf_test_template_child (window, PF_TYPE_WINDOW,
                                                          "switcher_title");
    g_autoptr(GError) error = NULL;

    g_assert_true (pf_document_save (document, plain, &error));
    g_assert_no_error (error);
    pf_test_iterate_briefly ();
    g_assert_true (g_str_has_prefix (adw_view_switcher_title_get_subtitle (title),
                                     "Jane Doe (Harriers AC)"));
    g_assert_true (pf_document_save (document, named, &error));
    pf_test_iterate_briefly ();
    g_assert_cmpstr (adw_view_switcher_title_get_title (title), ==, "Jane Doe — Race");
    g_assert_null (strstr (adw_view_switcher_title_get_subtitle (title), "Harriers"));
    pf_test_remove_tree (dir);
  }

  /* Inputs from elsewhere (another plan, the CLI's file) show in the rows. */
  pf_document_copy_inputs (document, &other);
  pf_plan_inputs_set_athlete (&other, "Ann Lee", NULL, NULL);
  g_assert_true (pf_document_set_inputs (document, &other, NULL));
  pf_test_iterate_briefly ();
  g_assert_cmpstr (gtk_editable_get_text (name), ==, "Ann Lee");
  g_assert_cmpstr (gtk_editable_get_text (club), ==, "");
  g_assert_cmpstr (gtk_editable_get_text (notes), ==, "");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_describe_water (void)
{
  PfIntake intake = { 0 };
  g_autofree char *water = NULL;
  g_autofree char *mixed = NULL;

  intake.fluid_ml = 120;
  intake.water_ml = 120;
  water = pf_intake_describe (&intake, PF_DRINK_PLANNED, PF_UNITS_METRIC);
  g_assert_cmpstr (water, ==, "120 mL water");
  intake.water_ml = 80;
  mixed = pf_intake_describe (&intake, PF_DRINK_PLANNED, PF_UNITS_METRIC);
  g_assert_cmpstr (mixed, ==, "80 mL water + 40 mL drink");
}

static void
test_describe_intake (void)
{
  PfIntake intake = { 0 };
  g_autofree char *planned = NULL;
  g_autofree char *thirst = NULL;

  intake.fluid_ml = 200;
  intake.items[0].product = pf_product_lookup (PF_PRODUCT_GEL);
  intake.items[0].servings = 1;
  intake.n_items = 1;
  planned = pf_intake_describe (&intake, PF_DRINK_PLANNED, PF_UNITS_METRIC);
  thirst = pf_intake_describe (&intake, PF_DRINK_THIRST, PF_UNITS_METRIC);
  g_assert_cmpstr (planned, ==, "200 mL drink + 1 × Energy gel (25 g, 2:1)");
  g_assert_cmpstr (thirst, ==, "up to 200 mL drink + 1 × Energy gel (25 g, 2:1)");
}

static void
test_sweat_test (void)
{
  PfWindow *window = pf_test_window_with_course (app, "activity_607442311.gpx");
  PfDocument *document = pf_window_get_document (window);
  AdwExpanderRow *test_row = pf_test_template_child (window, PF_TYPE_SWEAT_SECTION, "test_row");
  const PfRunner *runner;

  /* Switched on, the test's fields start from a plausible hour's run, but the plan does not
   * use them until the runner types their own figures (issue 16). */
  double sweat_before = pf_plan_get_fuel (pf_document_get_plan (document))->sweat_rate_l_per_h;

  adw_expander_row_set_enable_expansion (test_row, TRUE);
  pf_test_iterate_briefly ();
  runner = &pf_document_get_inputs (document)->runner;
  g_assert_null (pf_document_get_error_message (document));
  g_assert_true (runner->has_sweat_test);
  g_assert_false (pf_runner_has_sweat_test (runner));
  g_assert_cmpfloat (pf_plan_get_fuel (pf_document_get_plan (document))->sweat_rate_l_per_h, ==,
                     sweat_before);

  /* The runner's own post-run weight: now the test counts. */
  gtk_spin_button_set_value (pf_test_template_child (window, PF_TYPE_SWEAT_SECTION,
                                                     "test_post_spin"), 68.8);
  pf_test_iterate_briefly ();
  runner = &pf_document_get_inputs (document)->runner;
  g_assert_true (pf_runner_has_sweat_test (runner));
  g_assert_cmpfloat (runner->sweat_test.pace_s_per_km, >, 0);
  g_assert_cmpfloat (pf_plan_get_fuel (pf_document_get_plan (document))->test_rate_l_per_h, >, 0);

  adw_expander_row_set_enable_expansion (test_row, FALSE);
  pf_test_iterate_briefly ();
  g_assert_false (pf_document_get_inputs (document)->runner.has_sweat_test);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_checklist (void)
{
  PfWindow *window = pf_test_window_with_course (app, "activity_607442311.gpx");
  PfDocument *document = pf_window_get_document (window);
  PfChecklistView *checklist = pf_test_template_child (window, PF_TYPE_FUEL_VIEW, "checklist");

  gtk_toggle_button_set_active (_pf_checklist_view_get_button (checklist, PF_CHECK_SLEEP, TRUE),
                                TRUE);
  g_assert_cmpint (pf_document_get_inputs (document)->checklist[PF_CHECK_SLEEP], ==,
                   PF_ANSWER_YES);
  gtk_toggle_button_set_active (_pf_checklist_view_get_button (checklist, PF_CHECK_SLEEP, FALSE),
                                TRUE);
  g_assert_cmpint (pf_document_get_inputs (document)->checklist[PF_CHECK_SLEEP], ==,
                   PF_ANSWER_NO);
  g_assert_false (gtk_toggle_button_get_active (_pf_checklist_view_get_button (checklist,
                                                                               PF_CHECK_SLEEP,
                                                                               TRUE)));
  gtk_toggle_button_set_active (_pf_checklist_view_get_button (checklist, PF_CHECK_SLEEP, FALSE),
                                FALSE);
  g_assert_cmpint (pf_document_get_inputs (document)->checklist[PF_CHECK_SLEEP], ==,
                   PF_ANSWER_NONE);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
import_and_wait (PfWindow   *window,
                 const char *first,
                 const char *second)
{
  PfTrainingSection *training = pf_test_template_child (window, PF_TYPE_FUEL_EDITOR,
                                                        "training_section");
  GtkWidget *import = pf_test_template_child (training, PF_TYPE_TRAINING_SECTION,
                                              "import_button");
  g_autoptr(GListStore) files = g_list_store_new (G_TYPE_FILE);
  const char *names[] = { first, second };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = pf_test_data_path (names[i]);
      g_autoptr(GFile) file = g_file_new_for_path (path);

      g_list_store_append (files, file);
    }
  _pf_training_section_import_files (training, G_LIST_MODEL (files));
  /* The import button comes back when the worker is done. */
  g_assert_false (gtk_widget_get_sensitive (import));
  while (!gtk_widget_get_sensitive (import))
    g_main_context_iteration (NULL, TRUE);
}

static void
test_import_failure (void)
{
  PfWindow *window = pf_test_window_with_course (app, "activity_607442311.gpx");
  PfDocument *document = pf_window_get_document (window);
  PfPlan *before = pf_plan_ref (pf_document_get_plan (document));
  AdwMessageDialog *dialog;
  g_autoptr(GFile) bad = NULL;
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  import_and_wait (window, "activity_607442311.gpx", "bad.gpx");
  while ((dialog = pf_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, G_TYPE_INVALID)) == NULL
         && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  g_assert_nonnull (dialog);
  /* The message names the file that failed; nothing changed. */
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "bad.gpx"));
  g_assert_true (pf_document_get_plan (document) == before);
  g_assert_cmpfloat (pf_document_get_inputs (document)->training.weekly_km, ==, 0);
  gtk_window_destroy (GTK_WINDOW (dialog));
  pf_plan_unref (before);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_import (void)
{
  PfWindow *window = pf_test_window_with_course (app, "activity_607442311.gpx");
  PfDocument *document = pf_window_get_document (window);
  PfPlan *before = pf_document_get_plan (document);
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  pf_test_set_goal (window, "3:30:00");
  before = pf_document_get_plan (document);
  import_and_wait (window, "activity_607442311.gpx", "garmin-activity.gpx");
  while (pf_document_get_plan (document) == before && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  g_assert_null (pf_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, G_TYPE_INVALID));
  g_assert_cmpfloat (pf_document_get_inputs (document)->training.longest_run_km, >, 40.0);
  g_assert_cmpfloat (gtk_spin_button_get_value (pf_test_template_child (window,
                                                                        PF_TYPE_TRAINING_SECTION,
                                                                        "longest_spin")),
                     >, 40.0);
  /* The runs' average pace fills the pace field (Tanda's P): the recorded marathon took
   * about 4:14 for 42 km, some 6 min/km. */
  g_assert_cmpfloat (pf_document_get_inputs (document)->training.mean_pace_s_per_km, >, 300.0);
  g_assert_cmpfloat (pf_document_get_inputs (document)->training.mean_pace_s_per_km, <, 480.0);
  g_assert_cmpstr (gtk_editable_get_text (pf_test_template_child (window, PF_TYPE_TRAINING_SECTION,
                                                                  "pace_entry")), !=, "");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The average training pace is typed per kilometre, or per mile in imperial units; a pace
 * that is no pace is refused on the field and changes nothing. */
static void
test_training_pace (void)
{
  PfWindow *window = pf_test_window_with_course (app, "activity_607442311.gpx");
  PfDocument *document = pf_window_get_document (window);
  GtkEditable *entry = pf_test_template_child (window, PF_TYPE_TRAINING_SECTION, "pace_entry");

  gtk_editable_set_text (entry, "5:30");
  pf_test_iterate_briefly ();
  g_assert_cmpfloat_with_epsilon (pf_document_get_inputs (document)->training.mean_pace_s_per_km,
                                  330.0, 0.01);

  /* (Setting the text empties the entry first, which clears the pace: only the refusal is
   * asserted.) */
  gtk_editable_set_text (entry, "fast");
  pf_test_iterate_briefly ();
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (entry), "error"));

  g_settings_set_string (pf_application_get_settings (app), "units", "imperial");
  gtk_editable_set_text (entry, "8:51");
  pf_test_iterate_briefly ();
  g_assert_cmpfloat_with_epsilon (pf_document_get_inputs (document)->training.mean_pace_s_per_km,
                                  531.0 / 1.609344, 0.01);
  g_settings_set_string (pf_application_get_settings (app), "units", "metric");
  pf_test_iterate_briefly ();
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "5:30");

  gtk_editable_set_text (entry, "");
  pf_test_iterate_briefly ();
  g_assert_cmpfloat (pf_document_get_inputs (document)->training.mean_pace_s_per_km, ==, 0.0);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A plan the runner cannot drink their way through says so above everything on the Fuel page,
 * with the change that makes it feasible; a cool one does not. */
static void
test_not_feasible (void)
{
  PfWindow *window = pf_test_window_with_course (app, "activity_607442311.gpx");
  PfDocument *document = pf_window_get_document (window);
  GtkWidget *box = pf_test_template_child (window, PF_TYPE_SCHEDULE_VIEW, "feasibility_box");
  GtkLabel *label = pf_test_template_child (window, PF_TYPE_SCHEDULE_VIEW, "feasibility_label");
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(GError) error = NULL;

  pf_test_set_goal (window, "3:30:00");
  pf_plan_inputs_init (&inputs);
  pf_plan_inputs_copy (&inputs, pf_document_get_inputs (document));
  inputs.conditions.start_temp_c = 10;
  inputs.conditions.finish_temp_c = 10;
  g_assert_true (pf_document_set_inputs (document, &inputs, &error));
  pf_test_iterate_briefly ();
  g_assert_true (pf_plan_get_feasibility (pf_document_get_plan (document))->feasible);
  g_assert_false (gtk_widget_get_visible (box));

  inputs.conditions.start_temp_c = 27;
  inputs.conditions.finish_temp_c = 27;
  inputs.conditions.humidity_kind = PF_HUMIDITY_DEW_POINT;
  inputs.conditions.humidity = 20;
  g_assert_true (pf_document_set_inputs (document, &inputs, &error));
  pf_test_iterate_briefly ();
  g_assert_false (pf_plan_get_feasibility (pf_document_get_plan (document))->feasible);
  g_assert_true (gtk_widget_get_visible (box));
  /* The first change, with its numbers in the window's units, as the plan says it. */
  {
    const PfFeasibilityChange *first = &g_array_index (pf_plan_get_feasibility (
                                                         pf_document_get_plan (document))->changes,
                                                       PfFeasibilityChange, 0);
    g_autofree char *said = pf_units_expand (PF_UNITS_METRIC, first->text);

    g_test_message ("first change: %s", said);
    g_assert_nonnull (strstr (gtk_label_get_text (label), said));
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = pf_test_ui_init (&argc, &argv, "TestFuel");
  if (app == NULL)
    return PF_TEST_EXIT_SKIPPED;

  g_test_add_func ("/ui/fuel/schedule", test_schedule);
  g_test_add_func ("/ui/fuel/athlete", test_athlete);
  g_test_add_func ("/ui/fuel/describe-intake", test_describe_intake);
  g_test_add_func ("/ui/fuel/describe-water", test_describe_water);
  g_test_add_func ("/ui/fuel/sweat-test", test_sweat_test);
  g_test_add_func ("/ui/fuel/checklist", test_checklist);
  g_test_add_func ("/ui/fuel/import", test_import);
  g_test_add_func ("/ui/fuel/training-pace", test_training_pace);
  g_test_add_func ("/ui/fuel/not-feasible", test_not_feasible);
  g_test_add_func ("/ui/fuel/import-failure", test_import_failure);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
