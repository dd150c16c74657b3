/* pf-shot-document.c — pictures of plan documents: dirty title, Export…, the forecast filled
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test: renders what users see to PNG, to look at.
 *   pf-shot-document [--width W] [--height H] [--dark] [--dirty] [--export-dialog]
 *                    [--close-dialog] [--forecast] [--start-page] [--preferences] OUT.png
 * --preferences pictures the Preferences window alone, W × H when given (560 × 640 otherwise).
 * --forecast serves the recorded Open-Meteo answer (tests/data/forecast) from 127.0.0.1.
 */
#define G_LOG_DOMAIN "pf-shot-document"

#include "config.h"

#include <libsoup/soup.h>
#include <stdlib.h>
#include <string.h>

#include "gui/pf-application.h"
#include "gui/pf-plan-view-private.h"
#include "gui/pf-preferences-window.h"
#include "gui/pf-window.h"
#include "gui/pf-window-private.h"
#include "pf-test-forecast.h"
#include "pf-test-render.h"
#include "pf-test-ui.h"

static void
wait_ms (GtkWidget *widget,
         guint      ms)
{
  gint64 until = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

static void
on_request_cb (SoupServer        *server,
               SoupServerMessage *message,
               const char        *path,
               GHashTable        *query,
               gpointer           user_data)
{
  pf_test_serve_recorded_forecast (message, query);
}

static GtkWindow *
find_dialog (GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) && gtk_window_get_transient_for (toplevel) == parent)
        return toplevel;
    }
  return NULL;
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
  int width = 0, height = 0;
  gboolean dark = FALSE, dirty = FALSE, export_dialog = FALSE, close_dialog = FALSE;
  gboolean forecast = FALSE, start_page = FALSE, preferences = FALSE;
  GOptionEntry entries[] = {
    { "width", 0, 0, G_OPTION_ARG_INT, &width, "Window width", "W" },
    { "height", 0, 0, G_OPTION_ARG_INT, &height, "Window height", "H" },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &dark, "Dark style", NULL },
    { "dirty", 0, 0, G_OPTION_ARG_NONE, &dirty, "Change the saved plan", NULL },
    { "export-dialog", 0, 0, G_OPTION_ARG_NONE, &export_dialog, "Picture Export…", NULL },
    { "close-dialog", 0, 0, G_OPTION_ARG_NONE, &close_dialog, "Picture the close question",
      NULL },
    { "forecast", 0, 0, G_OPTION_ARG_NONE, &forecast, "Get the forecast, show the weather",
      NULL },
    { "start-page", 0, 0, G_OPTION_ARG_NONE, &start_page, "No course: the start page", NULL },
    { "preferences", 0, 0, G_OPTION_ARG_NONE, &preferences, "Picture Preferences", NULL },
    { NULL },
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("OUT.png");
  g_autoptr(GError) error = NULL;
  g_autoptr(PfApplication) app = NULL;
  g_autoptr(SoupServer) server = NULL;
  g_autofree char *tmp = NULL;
  PfWindow *window;
  PfDocument *document;
  GtkWidget *shot;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2)
    {
      g_printerr ("usage: pf-shot-document [options] OUT.png\n");
      return 2;
    }

  tmp = g_dir_make_tmp ("pf-shot-document-XXXXXX", &error);
  g_setenv ("XDG_DATA_HOME", tmp, TRUE);
  if (forecast)
    {
      g_autofree char *base_url = NULL;
      g_autofree char *url = NULL;

      server = pf_test_server_new (on_request_cb, NULL, &base_url);
      url = g_strconcat (base_url, "/v1/forecast", NULL);
      g_setenv ("PACEFUEL_FORECAST_URL", url, TRUE);
    }

  if (!gtk_init_check ())
    return 77;

  app = pf_application_new (APP_ID ".Shot", G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);
  g_settings_set_string (pf_application_get_settings (app), "units", "metric");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                           : ADW_COLOR_SCHEME_FORCE_LIGHT);

  window = pf_window_new (GTK_APPLICATION (app), NULL);
  document = pf_window_get_document (window);
  gtk_window_set_default_size (GTK_WINDOW (window), preferences || width <= 0 ? 1100 : width,
                               preferences || height <= 0 ? 760 : height);
  gtk_window_present (GTK_WINDOW (window));
  if (!start_page)
    pf_window_open_sample (window);
  else
    {
      /* A saved plan, so the start page has a recent plan to list. */
      g_autoptr(GFile) file = g_file_new_build_filename (tmp, "Twin Cities.pacefuel", NULL);
      g_autofree char *uri = g_file_get_uri (file);
      GtkRecentData data = { NULL, NULL, (char *) PF_PLAN_FILE_MIME_TYPE, (char *) "Pacefuel",
                             (char *) "pacefuel %u", NULL, FALSE };

      g_file_replace_contents (file, "{}", 2, NULL, FALSE, 0, NULL, NULL, NULL);
      gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
    }
  wait_ms (GTK_WIDGET (window), start_page ? 1500 : 600);

  if (dirty || export_dialog || close_dialog)
    {
      g_autoptr(GFile) file = g_file_new_build_filename (tmp, "Boston.pacefuel", NULL);
      g_auto(PfPlanInputs) inputs = { 0 };

      pf_document_save (document, file, NULL);
      pf_plan_inputs_init (&inputs);
      pf_plan_inputs_copy (&inputs, pf_document_get_inputs (document));
      inputs.goal_time_s += 60;
      if (dirty || close_dialog)
        pf_document_set_inputs (document, &inputs, NULL);
      wait_ms (GTK_WIDGET (window), 600);
    }

  if (forecast)
    {
      PfPlanView *plan_view = pf_test_template_child (window, PF_TYPE_WINDOW, "plan_view");
      PfPlanEditor *editor = _pf_plan_view_get_editor (plan_view);
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autoptr(GDateTime) day = g_date_time_new_utc (g_date_time_get_year (now),
                                                     g_date_time_get_month (now),
                                                     g_date_time_get_day_of_month (now), 0, 0, 0);
      g_auto(PfPlanInputs) inputs = { 0 };
      GtkButton *button = editor_field (editor, "weather_section", PF_TYPE_WEATHER_SECTION,
                                        "forecast_button");
      GtkWidget *scroller;
      double x, y;

      pf_plan_inputs_init (&inputs);
      pf_plan_inputs_copy (&inputs, pf_document_get_inputs (document));
      inputs.start_time = g_date_time_to_unix (day) + 2 * 86400 + 7 * 3600;
      pf_document_set_inputs (document, &inputs, NULL);
      adw_view_stack_set_visible_child_name (pf_test_template_child (window, PF_TYPE_WINDOW,
                                                                     "view_stack"), "plan");
      wait_ms (GTK_WIDGET (window), 300);
      pf_sidebar_page_set_inputs_revealed (PF_SIDEBAR_PAGE (plan_view), TRUE);
      g_signal_emit_by_name (button, "clicked");
      for (guint i = 0; i < 400 && pf_document_get_inputs (document)->conditions.hours->len == 0;
           i++)
        wait_ms (GTK_WIDGET (window), 25);
      wait_ms (GTK_WIDGET (window), 600);
      scroller = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_SCROLLED_WINDOW);
      if (scroller != NULL
          && gtk_widget_translate_coordinates (GTK_WIDGET (button), GTK_WIDGET (editor), 0, 0,
                                               &x, &y))
        gtk_adjustment_set_value (
          gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller)), y - 240);
      wait_ms (GTK_WIDGET (window), 600);
    }

  shot = GTK_WIDGET (window);
  if (preferences)
    {
      shot = pf_preferences_window_new (GTK_WINDOW (window), pf_application_get_settings (app));
      gtk_window_set_default_size (GTK_WINDOW (shot), width > 0 ? width : 560,
                                   height > 0 ? height : 640);
      gtk_window_present (GTK_WINDOW (shot));
      wait_ms (shot, 800);
    }
  if (export_dialog)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL);
  if (close_dialog)
    gtk_window_close (GTK_WINDOW (window));
  if (export_dialog || close_dialog)
    {
      wait_ms (GTK_WIDGET (window), 800);
      shot = GTK_WIDGET (find_dialog (GTK_WINDOW (window)));
    }

  if (shot == NULL || !pf_test_save_widget_png (shot, argv[1], &error))
    {
      g_printerr ("pf-shot-document: %s\n", error ? error->message : "no dialog");
      return 1;
    }
  return EXIT_SUCCESS;
}
