/* pf-shot.c — render the main window to a PNG, to look at what users see
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-shot"

#include "config.h"

#include <stdlib.h>

#include "core/pf-i18n.h"
#include "gui/pf-application.h"
#include "gui/pf-catalog-picker.h"
#include "gui/pf-course-view.h"
#include "gui/pf-course-view-private.h"
#include "gui/pf-export-dialog.h"
#include "gui/pf-fuel-editor.h"
#include "gui/pf-fuel-view-private.h"
#include "gui/pf-sweat-section.h"
#include "gui/pf-plan-view-private.h"
#include "gui/pf-profile-view.h"
#include "gui/pf-window.h"
#include "gui/pf-window-private.h"
#include "pf-test-render.h"
#include "pf-test-ui.h"

typedef struct
{
  guint    n_frames;
  gboolean waited;
} Wait;

static gboolean
on_window_tick_cb (GtkWidget     *widget,
                   GdkFrameClock *frame_clock,
                   gpointer       user_data)
{
  Wait *wait = user_data;

  wait->n_frames++;
  return G_SOURCE_CONTINUE;
}

static gboolean
on_timeout_cb (gpointer user_data)
{
  Wait *wait = user_data;

  wait->waited = TRUE;
  return G_SOURCE_REMOVE;
}

/* The template child @name of @owner, a widget of @type. */
static gpointer
template_child (gpointer    owner,
                GType       type,
                const char *name)
{
  return gtk_widget_get_template_child (GTK_WIDGET (owner), type, name);
}

static PfFuelEditor *
fuel_editor (PfWindow *window)
{
  return template_child (pf_test_template_child (window, PF_TYPE_WINDOW, "fuel_view"), PF_TYPE_FUEL_VIEW, "editor");
}

static PfProductsEditor *
products_editor (PfWindow *window)
{
  return template_child (fuel_editor (window), PF_TYPE_FUEL_EDITOR, "products_editor");
}

/* A field of the plan editor's section @section (its template child @name): pictures reach
 * the fields by name, as the tests do. */
static gpointer
editor_field (PfPlanEditor *editor,
              const char   *section,
              GType         section_type,
              const char   *name)
{
  GObject *owner = gtk_widget_get_template_child (GTK_WIDGET (editor), PF_TYPE_PLAN_EDITOR,
                                                  section);

  return gtk_widget_get_template_child (GTK_WIDGET (owner), section_type, name);
}

int
main (int   argc,
      char *argv[])
{
  int width = 1100;
  int height = 760;
  gboolean dark = FALSE;
  gboolean high_contrast = FALSE;
  gboolean imperial = FALSE;
  double cursor_km = -1;
  double official_km = 0;
  double temp_end = G_MAXDOUBLE;
  char *page = NULL;
  char *goal = NULL;
  char *race = NULL;
  gboolean inputs = FALSE;
  double mass = 0, weekly = -1, longest = -1, goal_pace_km = -1, temp_start = G_MAXDOUBLE;
  double aid_every = 0, bottle = -1;
  char *aid = NULL;
  char *race10k = NULL;
  char *warning = NULL;
  gboolean cramp = FALSE, salty = FALSE, thirst = FALSE, sweat_test = FALSE;
  gboolean my_products = FALSE, scroll_products = FALSE, catalog_menu = FALSE;
  int catalog_size = 0;
  char *catalog_search = NULL;
  g_autofree char *catalog_home = NULL;
  double open_aid = 0;
  gboolean export_dialog = FALSE;
  char *product_dialog = NULL;
  double water_at = -1;
  char *profile_path = NULL;
  gboolean use_profile = FALSE;
  int scroll_profile = 0;
  GOptionEntry entries[] = {
    { "page", 0, 0, G_OPTION_ARG_STRING, &page, "Show this page: course, plan, fuel or profile",
      "PAGE" },
    { "profile", 0, 0, G_OPTION_ARG_FILENAME, &profile_path,
      "The runner's profile from this file (pacefuel-cli profile --save), rather than none",
      "FILE" },
    { "use-profile", 0, 0, G_OPTION_ARG_NONE, &use_profile, "Use the profile in the plan", NULL },
    { "scroll-profile", 0, 0, G_OPTION_ARG_INT, &scroll_profile,
      "Scroll the Profile page down by PX", "PX" },
    { "my-products", 0, 0, G_OPTION_ARG_NONE, &my_products, "Add an own gel and salt capsule",
      NULL },
    { "water-at", 0, 0, G_OPTION_ARG_DOUBLE, &water_at, "The station at KM pours only water",
      "KM" },
    { "catalog-menu", 0, 0, G_OPTION_ARG_NONE, &catalog_menu,
      "Picture the Add from My Catalog picker, open", NULL },
    { "catalog", 0, 0, G_OPTION_ARG_INT, &catalog_size,
      "A catalog of N made-up products (in a scratch data folder) rather than the user's", "N" },
    { "catalog-search", 0, 0, G_OPTION_ARG_STRING, &catalog_search,
      "Type TEXT into the open picker's search", "TEXT" },
    { "export-dialog", 0, 0, G_OPTION_ARG_NONE, &export_dialog,
      "Shoot the Export dialog, the printed plan and the pace band ticked", NULL },
    { "open-aid", 0, 0, G_OPTION_ARG_DOUBLE, &open_aid,
      "Scroll to the aid stations, open Add One Every and the station at KM", "KM" },
    { "scroll-products", 0, 0, G_OPTION_ARG_NONE, &scroll_products,
      "Scroll the fuel inputs to My Products", NULL },
    { "product-dialog", 0, 0, G_OPTION_ARG_STRING, &product_dialog,
      "Picture the Add Product dialog filled with NAME,CARBS,GLUCOSE,FRUCTOSE,SODIUM", "VALUES" },
    { "mass", 0, 0, G_OPTION_ARG_DOUBLE, &mass, "Body mass (kg)", "KG" },
    { "aid", 0, 0, G_OPTION_ARG_STRING, &aid, "Add aid stations at these km", "KM,KM,…" },
    { "aid-every", 0, 0, G_OPTION_ARG_DOUBLE, &aid_every, "Add an aid station every KM", "KM" },
    { "bottle", 0, 0, G_OPTION_ARG_DOUBLE, &bottle, "Carry a bottle of ML", "ML" },
    { "cramp", 0, 0, G_OPTION_ARG_NONE, &cramp, "Cramp-prone runner", NULL },
    { "salty", 0, 0, G_OPTION_ARG_NONE, &salty, "Salty sweater", NULL },
    { "thirst", 0, 0, G_OPTION_ARG_NONE, &thirst, "Drink to thirst", NULL },
    { "sweat-test", 0, 0, G_OPTION_ARG_NONE, &sweat_test, "Use and show a sweat test", NULL },
    { "race-10k", 0, 0, G_OPTION_ARG_STRING, &race10k, "A recent 10K in this time", "M:SS" },
    { "weekly", 0, 0, G_OPTION_ARG_DOUBLE, &weekly, "Weekly km", "KM" },
    { "longest", 0, 0, G_OPTION_ARG_DOUBLE, &longest, "Longest run km", "KM" },
    { "goal-pace-km", 0, 0, G_OPTION_ARG_DOUBLE, &goal_pace_km, "Longest run at goal pace",
      "KM" },
    { "temp-start", 0, 0, G_OPTION_ARG_DOUBLE, &temp_start, "Start temperature (°C)", "C" },
    { "warning", 0, 0, G_OPTION_ARG_STRING, &warning, "Select this warning", "ID" },
    { "goal", 0, 0, G_OPTION_ARG_STRING, &goal, "Type this goal time", "H:MM:SS" },
    { "race", 0, 0, G_OPTION_ARG_STRING, &race, "Type this half marathon time", "H:MM:SS" },
    { "temp-end", 0, 0, G_OPTION_ARG_DOUBLE, &temp_end, "Finish temperature (°C)", "C" },
    { "official-km", 0, 0, G_OPTION_ARG_DOUBLE, &official_km, "Official distance", "KM" },
    { "inputs", 0, 0, G_OPTION_ARG_NONE, &inputs, "Reveal the folded plan inputs", NULL },
    { "width", 0, 0, G_OPTION_ARG_INT, &width, "Window width", "W" },
    { "height", 0, 0, G_OPTION_ARG_INT, &height, "Window height", "H" },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &dark, "Dark style", NULL },
    { "high-contrast", 0, 0, G_OPTION_ARG_NONE, &high_contrast, "High contrast style", NULL },
    { "cursor", 0, 0, G_OPTION_ARG_DOUBLE, &cursor_km, "Hover the profile at KM", "KM" },
    { "imperial", 0, 0, G_OPTION_ARG_NONE, &imperial, "Miles and feet", NULL },
    { NULL },
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("[FILE] OUT.png");
  g_autoptr(GError) error = NULL;
  g_autoptr(PfApplication) app = NULL;
  PfWindow *window;
  const char *out;
  Wait wait = { 0 };

  /* In the user's language, as the app would be (LANG=de_DE.UTF-8 with PACEFUEL_LOCALEDIR). */
  pf_i18n_init ();
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc < 2 || argc > 3)
    {
      g_printerr ("usage: pf-shot [--width W] [--height H] [--dark] [--high-contrast] "
                  "[--cursor KM] [--imperial] "
                  "[--page course|plan|fuel|profile] [--profile FILE] [--use-profile] "
                  "[--scroll-profile PX] [--goal H:MM:SS] [--race H:MM:SS] [--temp-end C] "
                  "[--official-km KM] [--inputs] [--mass KG] [--aid KM,…] [--aid-every KM] "
                  "[--bottle ML] [--cramp] [--salty] [--thirst] [--sweat-test] [--race-10k T] "
                  "[--weekly KM] "
                  "[--longest KM] [--goal-pace-km KM] [--temp-start C] [--warning ID] "
                  "[--my-products] [--water-at KM] [--scroll-products] [--catalog-menu] "
                  "[--catalog N] [--catalog-search TEXT] "
                  "[--product-dialog NAME,CARBS,GLUCOSE,FRUCTOSE,SODIUM] [FILE] OUT.png\n");
      return 2;
    }
  out = argv[argc - 1];

  if (!gtk_init_check ())
    {
      g_printerr ("pf-shot: no display\n");
      return 77;
    }

  /* Before anything asks GLib for the user's data folder, which it remembers. */
  if (catalog_size > 0)
    {
      g_autofree char *folder = NULL;
      g_autofree char *path = NULL;

      catalog_home = pf_test_make_user_dirs ("pf-shot-catalog-XXXXXX");
      folder = g_build_filename (catalog_home, "data", "pacefuel", NULL);
      path = g_build_filename (folder, "products.json", NULL);
      g_mkdir_with_parents (folder, 0700);
      pf_test_write_catalog (path, (guint) catalog_size);
    }

  app = pf_application_new (APP_ID, G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    {
      g_printerr ("pf-shot: %s\n", error->message);
      return 1;
    }
  if (dark)
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                        ADW_COLOR_SCHEME_FORCE_DARK);
  /* Without a settings portal libadwaita 1.2 reads high contrast from GNOME's own setting
   * (here in the memory backend), or failing that from the GTK theme's name. */
  if (high_contrast)
    {
      g_autoptr(GSettingsSchema) schema =
        g_settings_schema_source_lookup (g_settings_schema_source_get_default (),
                                         "org.gnome.desktop.a11y.interface", TRUE);

      if (schema != NULL)
        {
          g_autoptr(GSettings) a11y = g_settings_new ("org.gnome.desktop.a11y.interface");

          g_settings_set_boolean (a11y, "high-contrast", TRUE);
        }
      else
        {
          g_object_set (gtk_settings_get_default (), "gtk-theme-name", "HighContrast", NULL);
        }
      while (g_main_context_pending (NULL))
        g_main_context_iteration (NULL, FALSE);
      if (!adw_style_manager_get_high_contrast (adw_style_manager_get_default ()))
        g_printerr ("pf-shot: high contrast did not take\n");
    }

  g_settings_set_string (pf_application_get_settings (app), "units",
                         imperial ? "imperial" : "metric");
  window = pf_window_new (GTK_APPLICATION (app), pf_application_get_settings (app));
  pf_window_set_catalog (window, pf_application_get_product_catalog (app));
  {
    /* Never the user's own profile: the one given, or none (a file that is not there). */
    g_autofree char *none = g_build_filename (g_get_tmp_dir (), "pf-shot-no-profile.json", NULL);
    g_autoptr(GFile) file = g_file_new_for_commandline_arg (profile_path != NULL ? profile_path
                                                                                 : none);
    g_autoptr(PfProfileStore) store = pf_profile_store_new (file);

    pf_profile_store_load (store, NULL);
    pf_window_set_profile_store (window, store);
  }
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  if (argc == 3)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (argv[1]);

      pf_window_open (window, file);
    }
  else
    {
      pf_window_open_sample (window);
    }
  gtk_window_present (GTK_WINDOW (window));

  while (_pf_window_is_loading (window))
    g_main_context_iteration (NULL, TRUE);

  if (official_km > 0)
    pf_document_set_official_distance (pf_window_get_document (window), official_km * 1000.0);
  if (use_profile)
    {
      PfDocument *document = pf_window_get_document (window);
      PfProfileView *view = pf_test_template_child (window, PF_TYPE_WINDOW, "profile_view");
      g_auto(PfPlanInputs) with = { 0 };

      pf_document_copy_inputs (document, &with);
      pf_plan_inputs_set_profile (&with, pf_profile_store_get_profile (
                                           pf_profile_view_get_store (view)));
      pf_document_set_inputs (document, &with, NULL);
    }
  if (page != NULL)
    adw_view_stack_set_visible_child_name (pf_test_template_child (window, PF_TYPE_WINDOW,
                                                                   "view_stack"), page);
  {
    PfPlanView *plan_view = pf_test_template_child (window, PF_TYPE_WINDOW, "plan_view");
    PfPlanEditor *editor = _pf_plan_view_get_editor (plan_view);

    if (goal != NULL)
      gtk_editable_set_text (editor_field (editor, "goal_section", PF_TYPE_GOAL_SECTION,
                                           "goal_entry"), goal);
    if (race != NULL)
      gtk_editable_set_text (editor_field (editor, "goal_section", PF_TYPE_GOAL_SECTION,
                                           "race_time_entry"), race);
    if (temp_end != G_MAXDOUBLE)
      gtk_spin_button_set_value (editor_field (editor, "weather_section", PF_TYPE_WEATHER_SECTION,
                                               "finish_temp_spin"), temp_end);

    if (temp_start != G_MAXDOUBLE)
      {
        /* The finish follows the start unless it was given. */
        g_auto(PfPlanInputs) in = { 0 };

        pf_plan_inputs_init (&in);
        pf_plan_inputs_copy (&in, pf_document_get_inputs (pf_window_get_document (window)));
        in.conditions.start_temp_c = temp_start;
        if (temp_end == G_MAXDOUBLE)
          in.conditions.finish_temp_c = temp_start;
        if (!pf_document_set_inputs (pf_window_get_document (window), &in, &error))
          g_printerr ("pf-shot: %s\n", error->message);
        g_clear_error (&error);
      }
    {
      PfDocument *document = pf_window_get_document (window);
      g_auto(PfPlanInputs) in = { 0 };
      PfPlan *plan = pf_document_get_plan (document);
      double length = plan ? pf_course_get_distance (pf_plan_get_course (plan)) : 0;

      pf_plan_inputs_init (&in);
      pf_plan_inputs_copy (&in, pf_document_get_inputs (document));
      if (mass > 0)
        in.runner.mass_kg = mass;
      if (cramp)
        in.runner.cramp_prone = TRUE;
      if (salty)
        in.runner.sweat_sodium_mg_per_l = PF_SWEAT_SODIUM_SALTY;
      if (thirst)
        in.fuel.drink_mode = PF_DRINK_THIRST;
      if (sweat_test)
        {
          PfSweatTest test = { 71.0, 69.9, 0.4, 0.0, 60.0, 24.0, 16.0, 320.0 };

          in.runner.has_sweat_test = TRUE;
          in.runner.sweat_test = test;
        }
      if (bottle >= 0)
        in.fuel.carry_bottle_ml = bottle;
      if (my_products)
        {
          PfProduct gel = { "my-gel", "My gel", 0, 30, 18, 12, 40, 0 };
          PfProduct salt = { "salt-caps", "Salt caps", 0, 0, 0, 0, 215, 0 };
          PfProduct copy;

          pf_product_copy (&copy, &gel);
          g_array_append_val (in.fuel.products, copy);
          pf_product_copy (&copy, &salt);
          g_array_append_val (in.fuel.products, copy);
        }
      if (water_at >= 0)
        {
          PfAidOffer offer = { water_at * 1000.0, PF_OFFERS_WATER };

          g_array_append_val (in.fuel.aid_offers, offer);
        }
      if (aid != NULL)
        {
          g_auto(GStrv) parts = g_strsplit (aid, ",", -1);

          for (guint i = 0; parts[i] != NULL; i++)
            {
              double m = g_ascii_strtod (parts[i], NULL) * 1000.0;

              g_array_append_val (in.fuel.extra_aid_m, m);
            }
        }
      for (double m = aid_every * 1000.0; aid_every > 0 && m < length; m += aid_every * 1000.0)
        g_array_append_val (in.fuel.extra_aid_m, m);
      if (race10k != NULL)
        {
          double seconds;

          if (pf_duration_parse (race10k, &seconds))
            {
              g_array_set_size (in.races, 0);
              pf_plan_inputs_add_race (&in, PF_DISTANCE_10K, seconds);
            }
        }
      if (weekly >= 0)
        in.training.weekly_km = weekly;
      if (longest >= 0)
        in.training.longest_run_km = longest;
      if (goal_pace_km >= 0)
        in.training.goal_pace_km = goal_pace_km;
      if (!pf_document_set_inputs (document, &in, &error))
        g_printerr ("pf-shot: %s\n", error->message);
      g_clear_error (&error);
    }
    if (sweat_test)
      adw_expander_row_set_expanded (
        template_child (template_child (fuel_editor (window), PF_TYPE_FUEL_EDITOR, "sweat_section"),
                        PF_TYPE_SWEAT_SECTION, "test_row"),
        TRUE);
    if (warning != NULL)
      {
        PfPlan *plan = pf_document_get_plan (pf_window_get_document (window));

        for (guint i = 0; plan != NULL && i < pf_plan_get_n_warnings (plan); i++)
          if (g_strcmp0 (pf_plan_get_warning (plan, i)->id, warning) == 0)
            pf_warnings_list_set_selected (
              PF_WARNINGS_LIST (gtk_widget_get_template_child (GTK_WIDGET (plan_view),
                                                               PF_TYPE_PLAN_VIEW,
                                                               "warnings_list")),
              i);
      }

    if (cursor_km >= 0)
      {
        gboolean plan = g_strcmp0 (page, "plan") == 0;
        PfCourseView *course_view = pf_test_template_child (window, PF_TYPE_WINDOW, "course_view");
        PfProfileChart *chart = plan ? PF_PROFILE_CHART (gtk_widget_get_template_child (
                                         GTK_WIDGET (plan_view), PF_TYPE_PLAN_VIEW, "chart"))
                                     : pf_test_template_child (course_view, PF_TYPE_COURSE_VIEW, "chart");

        pf_profile_chart_set_cursor (chart, cursor_km * 1000.0);
      }
  }

  /* Let layout settle and a few frames go by before taking the picture. */
  gtk_widget_add_tick_callback (GTK_WIDGET (window), on_window_tick_cb, &wait, NULL);
  g_timeout_add (1200, on_timeout_cb, &wait);
  while (!wait.waited || wait.n_frames < 3)
    g_main_context_iteration (NULL, TRUE);

  /* A narrow window folds the plan inputs away at its first layout: reveal them after it. */
  if (inputs)
    {
      PfSidebarPage *sidebar_page = g_strcmp0 (page, "fuel") == 0
                                      ? PF_SIDEBAR_PAGE (
                                        pf_test_template_child (window, PF_TYPE_WINDOW,
                                                                "fuel_view"))
                                      : PF_SIDEBAR_PAGE (
                                        pf_test_template_child (window, PF_TYPE_WINDOW,
                                                                "plan_view"));

      pf_sidebar_page_set_inputs_revealed (sidebar_page, TRUE);
      wait.waited = FALSE;
      wait.n_frames = 0;
      g_timeout_add (800, on_timeout_cb, &wait);
      while (!wait.waited || wait.n_frames < 3)
        g_main_context_iteration (NULL, TRUE);
    }

  /* The picker opens from its button on screen, as it does under the pointer. */
  if (scroll_products || catalog_menu)
    {
      PfFuelEditor *editor = fuel_editor (window);
      GtkWidget *products = GTK_WIDGET (products_editor (window));
      GtkWidget *scroller = gtk_widget_get_ancestor (products, GTK_TYPE_SCROLLED_WINDOW);
      GtkAdjustment *adjustment =
        gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
      double x, y;

      if (gtk_widget_translate_coordinates (products, GTK_WIDGET (editor), 0, 0, &x, &y))
        gtk_adjustment_set_value (adjustment, y);
      wait.waited = FALSE;
      wait.n_frames = 0;
      g_timeout_add (500, on_timeout_cb, &wait);
      while (!wait.waited || wait.n_frames < 3)
        g_main_context_iteration (NULL, TRUE);
    }

  if (scroll_profile > 0)
    {
      GtkWidget *chart = pf_test_template_child (pf_test_template_child (window, PF_TYPE_WINDOW,
                                                                         "profile_view"),
                                                 PF_TYPE_PROFILE_VIEW, "chart");
      GtkWidget *scroller = gtk_widget_get_ancestor (chart, GTK_TYPE_SCROLLED_WINDOW);
      GtkAdjustment *adjustment =
        gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));

      gtk_adjustment_set_value (adjustment, scroll_profile);
      wait.waited = FALSE;
      wait.n_frames = 0;
      g_timeout_add (500, on_timeout_cb, &wait);
      while (!wait.waited || wait.n_frames < 3)
        g_main_context_iteration (NULL, TRUE);
    }

  if (open_aid > 0)
    {
      PfAidSection *section = template_child (pf_test_template_child (window, PF_TYPE_WINDOW,
                                                                  "course_view"),
                                          PF_TYPE_COURSE_VIEW, "aid_section");
      PfAidRow *row = _pf_aid_section_get_row (section, open_aid * 1000.0);
      GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (section), GTK_TYPE_SCROLLED_WINDOW);
      GtkAdjustment *adjustment =
        gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
      double x, y;

      adw_expander_row_set_expanded (template_child (section, PF_TYPE_AID_SECTION, "every_row"), TRUE);
      if (row != NULL)
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
      if (gtk_widget_translate_coordinates (GTK_WIDGET (section), scroller, 0, 0, &x, &y))
        gtk_adjustment_set_value (adjustment, y);
      wait.waited = FALSE;
      wait.n_frames = 0;
      g_timeout_add (500, on_timeout_cb, &wait);
      while (!wait.waited || wait.n_frames < 3)
        g_main_context_iteration (NULL, TRUE);
    }

  if (export_dialog)
    {
      GtkWindow *dialog = NULL;
      GListModel *toplevels = gtk_window_get_toplevels ();

      gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL);
      for (guint i = 0; i < g_list_model_get_n_items (toplevels) && dialog == NULL; i++)
        {
          g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

          if (PF_IS_EXPORT_DIALOG (toplevel))
            dialog = GTK_WINDOW (toplevel);
        }
      g_assert (dialog != NULL);
      gtk_check_button_set_active (pf_export_dialog_get_check (PF_EXPORT_DIALOG (dialog),
                                                               PF_EXPORT_PACE_BAND_PDF), TRUE);
      wait.waited = FALSE;
      g_timeout_add (800, on_timeout_cb, &wait);
      while (!wait.waited)
        g_main_context_iteration (NULL, TRUE);
      if (!pf_test_save_widget_png (GTK_WIDGET (dialog), out, &error))
        {
          g_printerr ("pf-shot: %s\n", error->message);
          return 1;
        }
      gtk_window_destroy (GTK_WINDOW (window));
      return EXIT_SUCCESS;
    }

  if (catalog_menu)
    {
      GtkMenuButton *button = template_child (products_editor (window), PF_TYPE_PRODUCTS_EDITOR,
                                              "catalog_button");
      GtkPopover *popover;

      gtk_menu_button_popup (button);
      popover = gtk_menu_button_get_popover (button);
      if (catalog_search != NULL)
        gtk_editable_set_text (template_child (popover, PF_TYPE_CATALOG_PICKER, "search_entry"),
                               catalog_search);
      wait.waited = FALSE;
      g_timeout_add (800, on_timeout_cb, &wait);
      while (!wait.waited)
        g_main_context_iteration (NULL, TRUE);
      if (!pf_test_save_widget_png (GTK_WIDGET (popover), out, &error))
        {
          g_printerr ("pf-shot: %s\n", error->message);
          return 1;
        }
      gtk_window_destroy (GTK_WINDOW (window));
      if (catalog_home != NULL)
        pf_test_remove_tree (catalog_home);
      return EXIT_SUCCESS;
    }

  if (product_dialog != NULL)
    {
      PfProductDialog *dialog = _pf_products_editor_open_dialog (products_editor (window));
      g_auto(GStrv) values = g_strsplit (product_dialog, ",", -1);
      const char *fields[] = { "name_row", "carbs_row", "glucose_row", "fructose_row",
                               "sodium_row" };

      for (guint i = 0; i < G_N_ELEMENTS (fields) && values[i] != NULL; i++)
        gtk_editable_set_text (template_child (dialog, PF_TYPE_PRODUCT_DIALOG, fields[i]),
                               values[i]);
      wait.waited = FALSE;
      wait.n_frames = 0;
      g_timeout_add (800, on_timeout_cb, &wait);
      while (!wait.waited)
        g_main_context_iteration (NULL, TRUE);
      if (!pf_test_save_widget_png (GTK_WIDGET (dialog), out, &error))
        {
          g_printerr ("pf-shot: %s\n", error->message);
          return 1;
        }
      gtk_window_destroy (GTK_WINDOW (window));
      return EXIT_SUCCESS;
    }

  if (!pf_test_save_widget_png (GTK_WIDGET (window), out, &error))
    {
      g_printerr ("pf-shot: %s\n", error->message);
      return 1;
    }

  gtk_window_destroy (GTK_WINDOW (window));
  return EXIT_SUCCESS;
}
