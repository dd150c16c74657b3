/* test-ui-units.c — in imperial units no metric unit anywhere in the window, and the reverse:
 * every label, row and tooltip of every page of a plan full of warnings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-ui-units"

#include "config.h"

#include <string.h>

#include "gui/pf-application.h"
#include "gui/pf-course-view.h"
#include "gui/pf-fuel-section.h"
#include "gui/pf-pacing-section.h"
#include "gui/pf-plan-view-private.h"
#include "gui/pf-runner-section.h"
#include "gui/pf-split-item.h"
#include "gui/pf-splits-view.h"
#include "gui/pf-sweat-section.h"
#include "gui/pf-training-section.h"
#include "gui/pf-weather-section.h"
#include "gui/pf-window.h"
#include "gui/pf-window-private.h"
#include "pf-test-ui.h"
#include "pf-test-units.h"

static PfApplication *app;

static const char * const unit_names[] = { "metric", "imperial" };

/* A hot marathon with a climb, a runner prone to cramps whose longest run is short, a station
 * every 5 km and a bottle: warnings, notes and fuel rows that all have units. */
static void
make_it_hot (PfDocument *document)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(GError) error = NULL;

  pf_plan_inputs_init (&inputs);
  pf_plan_inputs_copy (&inputs, pf_document_get_inputs (document));
  inputs.goal_time_s = 3.5 * 3600.0;
  g_array_set_size (inputs.conditions.hours, 0);
  inputs.conditions.start_temp_c = 26.0;
  inputs.conditions.finish_temp_c = 31.0;
  inputs.conditions.humidity_kind = PF_HUMIDITY_DEW_POINT;
  inputs.conditions.humidity = 20.0;
  inputs.runner.cramp_prone = TRUE;
  inputs.training.longest_run_km = 20.0;
  inputs.training.weekly_km = 40.0;
  inputs.fuel.carry_bottle_ml = 500.0;
  g_array_set_size (inputs.fuel.extra_aid_m, 0);
  for (double km = 5.0; km < 42.0; km += 5.0)
    {
      double m = km * 1000.0;

      g_array_append_val (inputs.fuel.extra_aid_m, m);
    }
  pf_document_set_inputs (document, &inputs, &error);
  g_assert_no_error (error);
  while (pf_document_get_busy (document))
    g_main_context_iteration (NULL, TRUE);
  pf_test_iterate_briefly ();
}

typedef struct
{
  PfUnitSystem  units;
  guint         n_texts;
  gboolean      saw_unit;  /* a unit of the runner's own system: the walk reached the numbers */
  GHashTable   *labels;    /* every label the walk read */
} Walk;

static void
check_text (Walk       *walk,
            GtkWidget  *widget,
            const char *text)
{
  g_autofree char *checked = NULL;
  g_autofree char *foreign = NULL;

  if (text == NULL || *text == '\0')
    return;

  walk->n_texts++;
  checked = pf_test_units_squeeze (text);
  foreign = pf_test_units_foreign (walk->units, checked);
  if (foreign != NULL)
    g_error ("%s “%s” in %s units: “%s”", G_OBJECT_TYPE_NAME (widget),
             gtk_widget_get_name (widget), unit_names[walk->units], foreign);
  if (strstr (text, walk->units == PF_UNITS_IMPERIAL ? " mi" : " km") != NULL)
    walk->saw_unit = TRUE;
}

/* Every label (an AdwActionRow's title and subtitle are labels too) and every tooltip that
 * the runner can get to under @widget. */
static void
walk_texts (Walk      *walk,
            GtkWidget *widget)
{
  if (!gtk_widget_get_visible (widget))
    return;

  if (GTK_IS_LABEL (widget))
    {
      g_hash_table_add (walk->labels, widget);
      check_text (walk, widget, gtk_label_get_text (GTK_LABEL (widget)));
    }
  check_text (walk, widget, gtk_widget_get_tooltip_text (widget));

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    walk_texts (walk, child);
}

/* The labels beside the fields of the inputs, which say the unit a number is typed in: the walk
 * read each (none is skipped), and each says the runner's unit. */
static void
assert_field_units (Walk     *walk,
                    PfWindow *window)
{
  static const struct { GType (*type) (void); const char *name; const char *unit[2]; } fields[] = {
    { pf_runner_section_get_type, "mass_unit", { "kg", "lb" } },
    { pf_runner_section_get_type, "height_unit", { "cm", "in" } },
    { pf_sweat_section_get_type, "sweat_rate_unit", { "L/h", "fl oz/h" } },
    { pf_sweat_section_get_type, "test_pre_unit", { "kg", "lb" } },
    { pf_sweat_section_get_type, "test_post_unit", { "kg", "lb" } },
    { pf_sweat_section_get_type, "test_drank_unit", { "L", "fl oz" } },
    { pf_sweat_section_get_type, "test_urine_unit", { "L", "fl oz" } },
    { pf_sweat_section_get_type, "test_temp_unit", { "°C", "°F" } },
    { pf_sweat_section_get_type, "test_pace_unit", { "/km", "/mi" } },
    { pf_fuel_section_get_type, "fluid_unit", { "L/h", "fl oz/h" } },
    { pf_fuel_section_get_type, "ceiling_unit", { "L/h", "fl oz/h" } },
    { pf_fuel_section_get_type, "bottle_unit", { "mL", "fl oz" } },
    { pf_training_section_get_type, "weekly_unit", { "km", "mi" } },
    { pf_training_section_get_type, "pace_unit", { "/km", "/mi" } },
    { pf_training_section_get_type, "longest_unit", { "km", "mi" } },
    { pf_weather_section_get_type, "start_temp_unit", { "°C", "°F" } },
    { pf_weather_section_get_type, "finish_temp_unit", { "°C", "°F" } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      GtkLabel *label = pf_test_template_child (window, fields[i].type (), fields[i].name);

      if (!g_hash_table_contains (walk->labels, label))
        g_error ("the walk skipped %s", fields[i].name);
      g_assert_cmpstr (gtk_label_get_text (label), ==, fields[i].unit[walk->units]);
    }
}

static void
test_window (gconstpointer data)
{
  PfUnitSystem units = GPOINTER_TO_INT (data);
  GSettings *settings = pf_application_get_settings (app);
  PfWindow *window;
  PfDocument *document;
  AdwViewStack *stack;
  static const char * const pages[] = { "course", "plan", "fuel" };
  g_autoptr(GHashTable) labels = g_hash_table_new (NULL, NULL);
  Walk walk = { units, 0, FALSE, labels };

  g_settings_set_string (settings, "units", unit_names[units]);
  window = pf_test_window_with_course (app, "twin_cities_marathon.gpx");
  document = pf_window_get_document (window);
  make_it_hot (document);
  g_assert_cmpuint (pf_plan_get_n_warnings (pf_document_get_plan (document)), >=, 3);

  stack = pf_test_template_child (window, PF_TYPE_WINDOW, "view_stack");
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      adw_view_stack_set_visible_child_name (stack, pages[i]);
      pf_test_iterate_briefly ();
      walk_texts (&walk, GTK_WIDGET (window));
    }
  g_assert_cmpuint (walk.n_texts, >, 100);
  g_assert_true (walk.saw_unit);
  assert_field_units (&walk, window);

  g_settings_set_string (settings, "units", "metric");
  gtk_window_destroy (GTK_WINDOW (window));
  pf_test_iterate_briefly ();
}

/* The first row of the Plan page's splits table: where it ends, and its distance as shown. */
static double
first_row_end (PfWindow  *window,
               char     **shown)
{
  PfPlanView *view = pf_test_template_child (window, PF_TYPE_WINDOW, "plan_view");
  PfSplitsView *splits = pf_test_template_child (view, PF_TYPE_PLAN_VIEW, "splits_view");
  g_autoptr(PfSplitItem) item = g_list_model_get_item (pf_splits_view_get_model (splits), 0);

  g_assert_nonnull (item);
  *shown = pf_split_item_format (item, PF_SPLIT_COLUMN_DISTANCE,
                                 pf_document_widget_get_units (PF_DOCUMENT_WIDGET (splits)));
  return pf_split_item_get_split (item)->end_m;
}

/* A course opened in imperial units is split per mile, in metric per kilometre; while the
 * runner has not picked a split unit, switching the units takes the splits along, without
 * making the plan one to save (issue 17: no more 0.62-mile rows). */
static void
test_split_unit (void)
{
  GSettings *settings = pf_application_get_settings (app);
  static const struct { const char *units; PfSplitUnit split; double first_m; } cases[] = {
    { "imperial", PF_SPLIT_MILE, PF_METRES_PER_MILE },
    { "metric", PF_SPLIT_KM, 1000.0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      guint other = 1 - i;
      PfWindow *window;
      PfDocument *document;
      g_autofree char *shown = NULL;
      g_autofree char *shown_after = NULL;

      g_settings_set_string (settings, "units", cases[i].units);
      window = pf_test_window_with_course (app, "twin_cities_marathon.gpx");
      document = pf_window_get_document (window);
      g_assert_cmpint (pf_document_get_inputs (document)->split_unit, ==, cases[i].split);
      g_assert_cmpfloat_with_epsilon (first_row_end (window, &shown), cases[i].first_m, 0.5);
      g_assert_cmpstr (shown, ==, "1.00");

      /* Other units: the splits follow, a whole unit of them a row. */
      g_settings_set_string (settings, "units", cases[other].units);
      pf_test_iterate_briefly ();
      g_assert_cmpint (pf_document_get_inputs (document)->split_unit, ==, cases[other].split);
      g_assert_cmpfloat_with_epsilon (first_row_end (window, &shown_after), cases[other].first_m,
                                      0.5);
      g_assert_cmpstr (shown_after, ==, "1.00");
      g_assert_false (pf_document_get_dirty (document));

      gtk_window_destroy (GTK_WINDOW (window));
      pf_test_iterate_briefly ();
    }
  g_settings_set_string (settings, "units", "metric");
}

/* A split unit the runner picks in the Pacing section is theirs: "Every Kilometre" picked by
 * hand stays when the units turn imperial, and shows so. */
static void
test_split_unit_chosen (void)
{
  GSettings *settings = pf_application_get_settings (app);
  PfWindow *window;
  PfDocument *document;
  PfPlanView *view;
  AdwComboRow *split_row;
  g_autofree char *shown = NULL;

  g_settings_set_string (settings, "units", "imperial");
  window = pf_test_window_with_course (app, "twin_cities_marathon.gpx");
  document = pf_window_get_document (window);
  view = pf_test_template_child (window, PF_TYPE_WINDOW, "plan_view");
  split_row = pf_test_template_child (_pf_plan_view_get_editor (view), PF_TYPE_PACING_SECTION,
                                      "split_unit_row");
  g_assert_cmpuint (adw_combo_row_get_selected (split_row), ==, PF_SPLIT_MILE);
  g_assert_false (pf_document_get_inputs (document)->split_unit_chosen);

  adw_combo_row_set_selected (split_row, PF_SPLIT_KM);
  pf_test_iterate_briefly ();
  g_assert_true (pf_document_get_inputs (document)->split_unit_chosen);
  g_assert_true (pf_document_get_dirty (document));

  /* To metric and back to imperial: still per kilometre, in the row and in the table. */
  g_settings_set_string (settings, "units", "metric");
  pf_test_iterate_briefly ();
  g_settings_set_string (settings, "units", "imperial");
  pf_test_iterate_briefly ();
  g_assert_cmpint (pf_document_get_inputs (document)->split_unit, ==, PF_SPLIT_KM);
  g_assert_cmpuint (adw_combo_row_get_selected (split_row), ==, PF_SPLIT_KM);
  g_assert_cmpfloat_with_epsilon (first_row_end (window, &shown), 1000.0, 0.5);
  g_assert_cmpstr (shown, ==, "0.62");

  gtk_window_destroy (GTK_WINDOW (window));
  pf_test_iterate_briefly ();
  g_settings_set_string (settings, "units", "metric");
}

/* The course's custom official distance is typed in the runner's units; other units show the
 * same distance, and the row stays Custom. */
static void
test_custom_distance (void)
{
  GSettings *settings = pf_application_get_settings (app);
  PfWindow *window;
  PfDocument *document;
  AdwComboRow *row;
  GtkSpinButton *spin;
  GtkLabel *unit;

  g_settings_set_string (settings, "units", "imperial");
  window = pf_test_window_with_course (app, "twin_cities_marathon.gpx");
  document = pf_window_get_document (window);
  row = pf_test_template_child (window, PF_TYPE_COURSE_VIEW, "distance_row");
  spin = pf_test_template_child (window, PF_TYPE_COURSE_VIEW, "custom_spin");
  unit = pf_test_template_child (window, PF_TYPE_COURSE_VIEW, "custom_unit");

  adw_combo_row_set_selected (row, 5);  /* Custom */
  g_assert_cmpstr (gtk_label_get_text (unit), ==, "mi");
  gtk_spin_button_set_value (spin, 26.2);
  g_assert_cmpfloat_with_epsilon (pf_document_get_official_distance (document),
                                  26.2 * PF_METRES_PER_MILE, 0.01);

  g_settings_set_string (settings, "units", "metric");
  pf_test_iterate_briefly ();
  g_assert_cmpstr (gtk_label_get_text (unit), ==, "km");
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 5);
  g_assert_cmpfloat_with_epsilon (gtk_spin_button_get_value (spin), 42.165, 0.001);
  g_assert_cmpfloat_with_epsilon (pf_document_get_official_distance (document),
                                  26.2 * PF_METRES_PER_MILE, 0.01);
  gtk_spin_button_set_value (spin, 30.0);
  g_assert_cmpfloat_with_epsilon (pf_document_get_official_distance (document), 30000.0, 0.01);

  gtk_window_destroy (GTK_WINDOW (window));
  pf_test_iterate_briefly ();
}

int
main (int    argc,
      char **argv)
{
  int status;

  app = pf_test_ui_init (&argc, &argv, "TestUnits");
  if (app == NULL)
    return PF_TEST_EXIT_SKIPPED;

  g_test_add_data_func ("/ui/units/imperial", GINT_TO_POINTER (PF_UNITS_IMPERIAL), test_window);
  g_test_add_data_func ("/ui/units/metric", GINT_TO_POINTER (PF_UNITS_METRIC), test_window);
  g_test_add_func ("/ui/units/split-unit", test_split_unit);
  g_test_add_func ("/ui/units/custom-distance", test_custom_distance);
  g_test_add_func ("/ui/units/split-unit-chosen", test_split_unit_chosen);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
