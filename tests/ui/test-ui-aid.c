/* test-ui-aid.c — the Course page's aid stations: one every N in one step, named, moved,
 * taken out and put back, and the same stations on every page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-ui-aid"

#include "config.h"

#include <math.h>
#include <string.h>

#include "gui/pf-aid-section.h"
#include "gui/pf-course-view.h"
#include "gui/pf-course-view-private.h"
#include "gui/pf-goal-section.h"
#include "gui/pf-plan-editor.h"
#include "gui/pf-profile-chart.h"
#include "gui/pf-schedule-view.h"
#include "gui/pf-stat-tile.h"
#include "gui/pf-window.h"
#include "gui/pf-window-private.h"
#include "gui/pf-plan-view-private.h"
#include "pf-test-ui.h"

static PfApplication *app;

/* The station rows under @widget. */
static guint
count_station_rows (GtkWidget *widget)
{
  return pf_test_count_widgets (widget, PF_TYPE_AID_ROW);
}

/* The schedule's intakes at a station (not from the bottle), and whether one is named @name. */
static guint
station_intakes (PfPlan     *plan,
                 const char *name,
                 gboolean   *named)
{
  const PfFuel *fuel = pf_plan_get_fuel (plan);
  g_autoptr(GArray) places = g_array_new (FALSE, FALSE, sizeof (double));

  *named = FALSE;
  for (guint i = 0; i < fuel->schedule->len; i++)
    {
      const PfIntake *intake = &g_array_index (fuel->schedule, PfIntake, i);
      gboolean known = FALSE;

      if (intake->where == NULL)
        continue;
      *named |= name != NULL && g_strcmp0 (intake->where, name) == 0;
      for (guint k = 0; k < places->len; k++)
        known |= fabs (g_array_index (places, double, k) - intake->distance_m) < 1.0;
      if (!known)
        g_array_append_val (places, intake->distance_m);
    }
  return places->len;
}

/* Every 5 km in one step: eight stations on a marathon, counted the same on the Course page,
 * by the profile, in the splits at aid stations and in the schedule; asking again adds none
 * and says why. */
static void
test_every (void)
{
  PfWindow *window = pf_test_window_with_course (app, "twin_cities_marathon.gpx");
  PfDocument *document = pf_window_get_document (window);
  GtkWidget *aid = pf_test_template_child (window, PF_TYPE_COURSE_VIEW, "aid_section");
  GtkSpinButton *every = pf_test_template_child (aid, PF_TYPE_AID_SECTION, "every_spin");
  GtkSpinButton *from = pf_test_template_child (aid, PF_TYPE_AID_SECTION, "from_spin");
  GtkSpinButton *to = pf_test_template_child (aid, PF_TYPE_AID_SECTION, "to_spin");
  GtkButton *add = pf_test_template_child (aid, PF_TYPE_AID_SECTION, "every_add_button");
  PfStatTile *tile = pf_test_template_child (window, PF_TYPE_COURSE_VIEW, "aid_tile");
  g_auto(PfPlanInputs) inputs = { 0 };
  PfPlan *plan;
  gboolean named;

  pf_test_set_goal (window, "3:45:00");
  g_assert_cmpstr (pf_stat_tile_get_value (tile), ==, "0");
  /* Offered: every 5 km, from the first 5 km to the finish. */
  g_assert_cmpfloat (gtk_spin_button_get_value (every), ==, 5.0);
  g_assert_cmpfloat (gtk_spin_button_get_value (from), ==, 5.0);
  /* The range follows the spacing and the course until the runner types it. */
  gtk_spin_button_set_value (every, 4);
  g_assert_cmpfloat_with_epsilon (gtk_spin_button_get_value (from), 4.0, 1e-9);
  gtk_spin_button_set_value (every, 5);
  g_assert_cmpfloat_with_epsilon (gtk_spin_button_get_value (from), 5.0, 1e-9);
  g_assert_cmpfloat (gtk_spin_button_get_value (to), >, 42.0);

  g_signal_emit_by_name (add, "clicked");
  pf_test_iterate_briefly ();
  plan = pf_document_get_plan (document);
  g_assert_cmpuint (pf_document_get_inputs (document)->fuel.extra_aid_m->len, ==, 8);
  g_assert_cmpstr (pf_stat_tile_get_value (tile), ==, "8");
  g_assert_cmpuint (count_station_rows (aid), ==, 8);
  g_assert_cmpuint (pf_plan_get_n_aid_stations (plan, NULL, NULL), ==, 8);
  g_assert_cmpuint (station_intakes (plan, NULL, &named), ==, 8);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (every), "error"));

  /* Asked again: nothing new, and the field says so. */
  g_signal_emit_by_name (add, "clicked");
  pf_test_iterate_briefly ();
  g_assert_cmpuint (pf_document_get_inputs (document)->fuel.extra_aid_m->len, ==, 8);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (every), "error"));
  g_assert_nonnull (gtk_widget_get_tooltip_text (GTK_WIDGET (every)));

  /* Splits at the aid stations: one to each station, and one to the finish. */
  pf_document_copy_inputs (document, &inputs);
  inputs.split_unit = PF_SPLIT_AID;
  g_assert_true (pf_document_set_inputs (document, &inputs, NULL));
  pf_test_iterate_briefly ();
  g_assert_cmpuint (pf_plan_get_n_splits (pf_document_get_plan (document)), ==, 9);

  /* A range typed by the runner: every 2 km from 21 to 29 adds 21, 23, 27 and 29 — 25 has a
   * station already. */
  gtk_spin_button_set_value (every, 2);
  gtk_spin_button_set_value (from, 21);
  gtk_spin_button_set_value (to, 29);
  g_signal_emit_by_name (add, "clicked");
  pf_test_iterate_briefly ();
  g_assert_cmpuint (pf_document_get_inputs (document)->fuel.extra_aid_m->len, ==, 12);
  g_assert_cmpstr (pf_stat_tile_get_value (tile), ==, "12");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Named, moved, taken out: the name shows in the splits and the schedule, the station goes
 * where it was typed (in the runner's units), and the count follows. */
static void
test_rename_move_remove (void)
{
  GSettings *settings = pf_application_get_settings (app);
  PfWindow *window;
  PfDocument *document;
  PfAidSection *aid;
  PfStatTile *tile;
  g_auto(PfPlanInputs) inputs = { 0 };
  PfAidRow *row;
  gpointer chart;
  gboolean named = FALSE;
  const double mile = PF_METRES_PER_MILE;

  g_settings_set_string (settings, "units", "imperial");
  window = pf_test_window_with_course (app, "twin_cities_marathon.gpx");
  document = pf_window_get_document (window);
  aid = pf_test_template_child (window, PF_TYPE_COURSE_VIEW, "aid_section");
  tile = pf_test_template_child (window, PF_TYPE_COURSE_VIEW, "aid_tile");
  pf_test_set_goal (window, "4:00:00");
  /* In miles, the spacing offered is 3 mi. */
  g_assert_cmpfloat (gtk_spin_button_get_value (pf_test_template_child (aid, PF_TYPE_AID_SECTION,
                                                                        "every_spin")), ==, 3.0);

  /* One at mile 6, typed in miles. */
  gtk_spin_button_set_value (pf_test_template_child (aid, PF_TYPE_AID_SECTION, "aid_spin"), 6);
  g_signal_emit_by_name (pf_test_template_child (aid, PF_TYPE_AID_SECTION, "aid_add_button"),
                         "clicked");
  pf_test_iterate_briefly ();
  row = _pf_aid_section_get_row (aid, round (6 * mile));
  g_assert_nonnull (row);
  g_assert_cmpstr (pf_stat_tile_get_value (tile), ==, "1");

  /* Named: in the splits at aid stations and in the schedule. */
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  gtk_editable_set_text (pf_test_template_child (row, PF_TYPE_AID_ROW, "name_row"),
                         "  Sponge Station  ");
  g_signal_emit_by_name (pf_test_template_child (row, PF_TYPE_AID_ROW, "name_row"), "apply");
  pf_test_iterate_briefly ();
  g_assert_cmpstr (pf_plan_inputs_aid_name_at (pf_document_get_inputs (document), 6 * mile),
                   ==, "Sponge Station");
  pf_document_copy_inputs (document, &inputs);
  inputs.split_unit = PF_SPLIT_AID;
  g_assert_true (pf_document_set_inputs (document, &inputs, NULL));
  pf_test_iterate_briefly ();
  g_assert_cmpstr (pf_plan_get_split (pf_document_get_plan (document), 0)->name, ==,
                   "Sponge Station");
  g_assert_cmpuint (station_intakes (pf_document_get_plan (document), "Sponge Station", &named),
                    ==, 1);
  g_assert_true (named);
  /* Opening its row showed the station on the profile, which names it now. */
  chart = pf_test_template_child (window, PF_TYPE_COURSE_VIEW, "chart");
  g_assert_nonnull (strstr (gtk_label_get_text (pf_test_template_child (chart,
                                                                        PF_TYPE_PROFILE_CHART,
                                                                        "readout")),
                            "Sponge Station"));
  /* The row was rebuilt with its new name, and is still open. */
  row = _pf_aid_section_get_row (aid, round (6 * mile));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Sponge Station");
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));

  /* Moved to mile 7.5 (a bare number is in the runner's units), name and all. */
  gtk_editable_set_text (pf_test_template_child (row, PF_TYPE_AID_ROW, "distance_row"), "7.5");
  g_signal_emit_by_name (pf_test_template_child (row, PF_TYPE_AID_ROW, "distance_row"), "apply");
  pf_test_iterate_briefly ();
  g_assert_null (_pf_aid_section_get_row (aid, round (6 * mile)));
  row = _pf_aid_section_get_row (aid, 7.5 * mile);
  g_assert_nonnull (row);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
  g_assert_cmpstr (pf_plan_inputs_aid_name_at (pf_document_get_inputs (document), 7.5 * mile),
                   ==, "Sponge Station");
  g_assert_cmpfloat_with_epsilon (pf_plan_get_split (pf_document_get_plan (document), 0)->end_m,
                                  7.5 * mile, 1.0);

  /* With a decimal comma, as many runners type it: mile 8.25. */
  row = _pf_aid_section_get_row (aid, 7.5 * mile);
  gtk_editable_set_text (pf_test_template_child (row, PF_TYPE_AID_ROW, "distance_row"), "8,25");
  g_signal_emit_by_name (pf_test_template_child (row, PF_TYPE_AID_ROW, "distance_row"), "apply");
  pf_test_iterate_briefly ();
  row = _pf_aid_section_get_row (aid, 8.25 * mile);
  g_assert_nonnull (row);
  g_assert_cmpstr (gtk_editable_get_text (pf_test_template_child (row, PF_TYPE_AID_ROW,
                                                                  "distance_row")), ==, "8.25");
  gtk_editable_set_text (pf_test_template_child (row, PF_TYPE_AID_ROW, "distance_row"), "7.5");
  g_signal_emit_by_name (pf_test_template_child (row, PF_TYPE_AID_ROW, "distance_row"), "apply");
  pf_test_iterate_briefly ();
  row = _pf_aid_section_get_row (aid, 7.5 * mile);
  g_assert_nonnull (row);

  /* Not a distance: refused on its field, nothing moves. */
  gtk_editable_set_text (pf_test_template_child (row, PF_TYPE_AID_ROW, "distance_row"), "seven");
  g_signal_emit_by_name (pf_test_template_child (row, PF_TYPE_AID_ROW, "distance_row"), "apply");
  pf_test_iterate_briefly ();
  g_assert_true (gtk_widget_has_css_class (pf_test_template_child (row, PF_TYPE_AID_ROW,
                                                                   "distance_row"), "error"));
  g_assert_nonnull (_pf_aid_section_get_row (aid, 7.5 * mile));

  /* A name with an ampersand is text, not markup. */
  gtk_editable_set_text (pf_test_template_child (row, PF_TYPE_AID_ROW, "name_row"),
                         "Water & <Gels>");
  g_signal_emit_by_name (pf_test_template_child (row, PF_TYPE_AID_ROW, "name_row"), "apply");
  pf_test_iterate_briefly ();
  row = _pf_aid_section_get_row (aid, 7.5 * mile);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "Water & <Gels>");

  /* Removed: gone from every count. */
  g_signal_emit_by_name (pf_test_template_child (row, PF_TYPE_AID_ROW, "remove_row"), "activated");
  pf_test_iterate_briefly ();
  g_assert_null (_pf_aid_section_get_row (aid, 7.5 * mile));
  g_assert_cmpstr (pf_stat_tile_get_value (tile), ==, "0");
  g_assert_cmpuint (pf_document_get_inputs (document)->fuel.extra_aid_m->len, ==, 0);
  g_assert_cmpuint (pf_document_get_inputs (document)->fuel.aid_offers->len, ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  pf_test_iterate_briefly ();
  g_settings_set_string (settings, "units", "metric");
}

/* A station that pours only water gives plain water to a runner without a bottle. */
static void
test_aid_offers (void)
{
  PfWindow *window = pf_test_window_with_course (app, "activity_607442311.gpx");
  PfDocument *document = pf_window_get_document (window);
  PfAidSection *aid = pf_test_template_child (window, PF_TYPE_COURSE_VIEW, "aid_section");
  GtkToggleButton *sports, *water;
  const PfFuel *fuel;
  const PfIntake *at_10k = NULL;

  pf_test_set_goal (window, "3:30:00");
  /* One by one, as a runner adds the stations a race lists. */
  for (guint km = 5; km <= 40; km += 5)
    {
      gtk_spin_button_set_value (pf_test_template_child (aid, PF_TYPE_AID_SECTION, "aid_spin"), km);
      g_signal_emit_by_name (pf_test_template_child (aid, PF_TYPE_AID_SECTION, "aid_add_button"),
                             "clicked");
    }
  pf_test_iterate_briefly ();
  g_assert_cmpuint (pf_document_get_inputs (document)->fuel.extra_aid_m->len, ==, 8);

  /* Every station's row shows what it offers: water and sports drink unless told. */
  for (guint km = 5; km <= 40; km += 5)
    {
      g_assert_true (gtk_toggle_button_get_active (
        _pf_aid_section_get_offer_toggle (aid, km * 1000.0, PF_OFFERS_WATER)));
      g_assert_true (gtk_toggle_button_get_active (
        _pf_aid_section_get_offer_toggle (aid, km * 1000.0, PF_OFFERS_SPORTS)));
      g_assert_false (gtk_toggle_button_get_active (
        _pf_aid_section_get_offer_toggle (aid, km * 1000.0, PF_OFFERS_GELS)));
    }

  sports = _pf_aid_section_get_offer_toggle (aid, 10000.0, PF_OFFERS_SPORTS);
  water = _pf_aid_section_get_offer_toggle (aid, 10000.0, PF_OFFERS_WATER);
  gtk_toggle_button_set_active (sports, FALSE);
  pf_test_iterate_briefly ();

  g_assert_null (pf_document_get_error_message (document));
  g_assert_cmpint (pf_plan_inputs_offers_at (pf_document_get_inputs (document), 10000.0), ==,
                   PF_OFFERS_WATER);
  g_assert_cmpint (pf_plan_inputs_offers_at (pf_document_get_inputs (document), 15000.0), ==,
                   PF_OFFERS_DEFAULT);
  /* The same toggles, not rebuilt: still the ones on the row. */
  g_assert_true (_pf_aid_section_get_offer_toggle (aid, 10000.0, PF_OFFERS_SPORTS) == sports);
  g_assert_false (gtk_toggle_button_get_active (sports));
  g_assert_true (gtk_toggle_button_get_active (water));

  fuel = pf_plan_get_fuel (pf_document_get_plan (document));
  for (guint i = 0; i < fuel->schedule->len; i++)
    {
      const PfIntake *intake = &g_array_index (fuel->schedule, PfIntake, i);

      if (fabs (intake->distance_m - 10000.0) < 1.0)
        at_10k = intake;
    }
  g_assert_nonnull (at_10k);
  g_assert_cmpfloat (at_10k->fluid_ml, >, 0);
  g_assert_cmpfloat_with_epsilon (at_10k->water_ml, at_10k->fluid_ml, 1e-9);

  /* Back to what any station offers: nothing left to record. */
  gtk_toggle_button_set_active (sports, TRUE);
  pf_test_iterate_briefly ();
  g_assert_cmpuint (pf_document_get_inputs (document)->fuel.aid_offers->len, ==, 0);

  /* Gels handed out at 20 km, then not. */
  gtk_toggle_button_set_active (_pf_aid_section_get_offer_toggle (aid, 20000.0, PF_OFFERS_GELS),
                                TRUE);
  pf_test_iterate_briefly ();
  g_assert_cmpint (pf_plan_inputs_offers_at (pf_document_get_inputs (document), 20000.0), ==,
                   PF_OFFERS_DEFAULT | PF_OFFERS_GELS);
  gtk_toggle_button_set_active (_pf_aid_section_get_offer_toggle (aid, 20000.0, PF_OFFERS_GELS),
                                FALSE);
  pf_test_iterate_briefly ();
  g_assert_cmpuint (pf_document_get_inputs (document)->fuel.aid_offers->len, ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Stations added through the document (a plan opened, the CLI's --aid-every) count on the
 * Course page too: every page shows the number the plan uses. */
static void
test_aid_count_on_course_page (void)
{
  PfWindow *window = pf_test_window_with_course (app, "activity_607442311.gpx");
  PfDocument *document = pf_window_get_document (window);
  PfStatTile *tile = pf_test_template_child (window, PF_TYPE_COURSE_VIEW, "aid_tile");
  GtkWidget *aid = pf_test_template_child (window, PF_TYPE_COURSE_VIEW, "aid_section");
  const double added_km[] = { 2.0, 4.0, 6.0 };
  g_auto(PfPlanInputs) inputs = { 0 };
  PfAidOffer removed = { 4000.0, 0 };

  g_assert_cmpuint (pf_course_get_n_aid_stations (pf_plan_get_course (
                      pf_document_get_plan (document))), ==, 0);
  g_assert_cmpstr (pf_stat_tile_get_value (tile), ==, "0");

  pf_document_copy_inputs (document, &inputs);
  for (guint i = 0; i < G_N_ELEMENTS (added_km); i++)
    {
      double m = added_km[i] * 1000.0;

      g_array_append_val (inputs.fuel.extra_aid_m, m);
    }
  g_assert_true (pf_document_set_inputs (document, &inputs, NULL));
  pf_test_iterate_briefly ();
  g_assert_cmpstr (pf_stat_tile_get_value (tile), ==, "3");
  g_assert_nonnull (strstr (pf_stat_tile_get_detail (tile), "added"));
  /* Listed with the file's too, where the profile draws them. */
  g_assert_cmpuint (count_station_rows (aid), ==, 3);

  /* One offering nothing: one fewer, here as in the schedule; its row stays, to be put back. */
  g_array_append_val (inputs.fuel.aid_offers, removed);
  g_assert_true (pf_document_set_inputs (document, &inputs, NULL));
  pf_test_iterate_briefly ();
  g_assert_cmpstr (pf_stat_tile_get_value (tile), ==, "2");
  g_assert_cmpuint (count_station_rows (aid), ==, 3);
  g_assert_cmpuint (pf_plan_get_n_aid_stations (pf_document_get_plan (document), NULL, NULL),
                    ==, 2);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The Fuel page says where the schedule finds its drinks, as the Course page counts them, and
 * its row takes the runner to the Course page, ready to add stations. */
static void
test_fuel_page_row (void)
{
  PfWindow *window = pf_test_window_with_course (app, "twin_cities_marathon.gpx");
  AdwViewStack *stack = pf_test_template_child (window, PF_TYPE_WINDOW, "view_stack");
  AdwActionRow *row = pf_test_template_child (window, PF_TYPE_SCHEDULE_VIEW, "aid_row");
  GtkWidget *every = pf_test_template_child (window, PF_TYPE_AID_SECTION, "every_spin");
  GtkWidget *focus;

  gtk_window_present (GTK_WINDOW (window));
  adw_view_stack_set_visible_child_name (stack, "fuel");
  pf_test_iterate_briefly ();
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (row), "None"));

  g_signal_emit_by_name (row, "activate");
  pf_test_iterate_briefly ();
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "course");
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (focus == every || (focus != NULL && gtk_widget_is_ancestor (focus, every)));

  g_signal_emit_by_name (pf_test_template_child (window, PF_TYPE_AID_SECTION, "every_add_button"),
                         "clicked");
  pf_test_iterate_briefly ();
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "8 on the way, from 5.0 km to 40.0 km");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = pf_test_ui_init (&argc, &argv, "TestAid");
  if (app == NULL)
    return PF_TEST_EXIT_SKIPPED;

  g_test_add_func ("/ui/aid/every", test_every);
  g_test_add_func ("/ui/aid/rename-move-remove", test_rename_move_remove);
  g_test_add_func ("/ui/aid/offers", test_aid_offers);
  g_test_add_func ("/ui/aid/count-on-course-page", test_aid_count_on_course_page);
  g_test_add_func ("/ui/aid/fuel-page-row", test_fuel_page_row);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
