/* test-ui-forecast.c — Get Forecast in the plan editor, against an in-process SoupServer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-ui-forecast"

#include "config.h"

#include <libsoup/soup.h>
#include <math.h>
#include <string.h>

#include "gui/pf-application.h"
#include "gui/pf-plan-view-private.h"
#include "gui/pf-window.h"
#include "gui/pf-window-private.h"
#include "pf-test-forecast.h"
#include "pf-test-ui.h"

#define RECORDED_DAY "2026-10-04"
#define RECORDED_NEXT_DAY "2026-10-05"
#define RECORDED_FILE "twin-cities-2026-10-04.json"
#define SECONDS_PER_DAY 86400

static PfApplication *app;
static char *base_url;
static guint n_requests;


static char *
load (const char *name)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  path = g_build_filename (pf_test_data_dir (), "forecast", name, NULL);
  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

/* The recorded answer, moved to the day asked for (within the real forecast horizon). */
static GBytes *
recorded_for (const char *start_date)
{
  GBytes *body;

  g_assert_nonnull (start_date);
  body = pf_test_recorded_forecast (start_date);
  g_assert_nonnull (body);
  return body;
}

static void
on_request_cb (SoupServer        *server,
               SoupServerMessage *message,
               const char        *path,
               GHashTable        *query,
               gpointer           user_data)
{
  g_autoptr(GBytes) body = NULL;
  guint status = SOUP_STATUS_OK;

  n_requests++;
  if (g_str_equal (path, "/error/v1/forecast"))
    {
      g_autofree char *text = load ("error-latitude.json");

      status = SOUP_STATUS_BAD_REQUEST;
      body = g_bytes_new (text, strlen (text));
    }
  else if (g_str_equal (path, "/v1/forecast"))
    {
      body = recorded_for (query ? g_hash_table_lookup (query, "start_date") : NULL);
    }
  else
    {
      soup_server_message_set_status (message, SOUP_STATUS_NOT_FOUND, NULL);
      return;
    }

  soup_server_message_set_status (message, status, NULL);
  soup_server_message_set_response (message, "application/json; charset=utf-8",
                                    SOUP_MEMORY_COPY, g_bytes_get_data (body, NULL),
                                    g_bytes_get_size (body));
}


static PfWindow *
window_with_course (void)
{
  return pf_test_window_with_course (app, "activity_607442311.gpx");
}

static PfPlanEditor *
window_editor (PfWindow *window)
{
  return _pf_plan_view_get_editor (pf_test_template_child (window, PF_TYPE_WINDOW, "plan_view"));
}

/* Race day two days from now at 07:00, local wall clock. */
static void
set_race_day (PfDocument *document,
              gboolean    set)
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
  inputs.start_time = set ? g_date_time_to_unix (midnight) + 2 * SECONDS_PER_DAY + 7 * 3600
                          : 7 * 3600;
  g_assert_true (pf_document_set_inputs (document, &inputs, &error));
  g_assert_no_error (error);
}

static void
click_and_wait (PfPlanEditor *editor,
                guint         n_before)
{
  GtkButton *button = pf_test_template_child (editor, PF_TYPE_WEATHER_SECTION, "forecast_button");
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (button)));
  g_signal_emit_by_name (button, "clicked");
  /* The answer is in once the button offers to fetch again. */
  while (g_strcmp0 (gtk_button_get_label (button), "_Get Forecast") != 0
         && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  pf_test_iterate_briefly ();
  g_assert_cmpuint (n_requests, ==, n_before + 1);
}

static void
test_fetch (void)
{
  g_autofree char *url = g_strconcat (base_url, "/v1/forecast", NULL);
  PfWindow *window;
  PfPlanEditor *editor;
  PfDocument *document;
  const PfConditions *c;
  GtkButton *button;
  PfWeatherHours *hours;
  AdwActionRow *forecast_row;
  GtkSpinButton *spin;
  double start_temp;

  g_setenv ("PACEFUEL_FORECAST_URL", url, TRUE);
  window = window_with_course ();
  editor = window_editor (window);
  document = pf_window_get_document (window);
  button = pf_test_template_child (editor, PF_TYPE_WEATHER_SECTION, "forecast_button");
  hours = pf_test_template_child (editor, PF_TYPE_WEATHER_SECTION, "hours_row");

  /* Without a race day there is nothing to ask for, and the button says why. */
  set_race_day (document, FALSE);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (button)));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (GTK_WIDGET (button)), "race day"));
  g_assert_cmpuint (n_requests, ==, 0);

  set_race_day (document, TRUE);
  start_temp = pf_document_get_inputs (document)->conditions.start_temp_c;
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (hours)));
  click_and_wait (editor, 0);

  c = &pf_document_get_inputs (document)->conditions;
  g_assert_cmpuint (c->hours->len, >=, 4);
  g_assert_nonnull (c->forecast_source);
  g_assert_cmpint (c->forecast_fetched_at, >, 0);
  g_assert_cmpfloat (c->start_temp_c, ==, start_temp);
  /* The plan follows the hours. */
  g_assert_true (pf_plan_get_inputs (pf_document_get_plan (document))->conditions.hours->len
                 == c->hours->len);

  /* The hours list shows them, with the credit Open-Meteo's licence asks for. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (hours)));
  spin = pf_weather_hours_get_temp_spin (hours, 0);
  g_assert_nonnull (spin);
  g_assert_cmpfloat_with_epsilon (gtk_spin_button_get_value (spin),
                                  round (g_array_index (c->hours, PfWeatherHour, 0).temp_c), 0.01);
  g_assert_null (pf_weather_hours_get_temp_spin (hours, c->hours->len));
  forecast_row = pf_test_template_child (editor, PF_TYPE_WEATHER_SECTION, "forecast_row");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (forecast_row),
                            "Weather data by Open-Meteo.com"));

  /* Editing an hour edits the inputs. */
  gtk_spin_button_set_value (spin, 30);
  c = &pf_document_get_inputs (document)->conditions;
  g_assert_cmpfloat_with_epsilon (g_array_index (c->hours, PfWeatherHour, 0).temp_c, 30, 0.01);

  /* Back to the typed conditions. */
  g_signal_emit_by_name (pf_test_template_child (editor, PF_TYPE_WEATHER_SECTION, "typed_button"),
                         "clicked");
  pf_test_iterate_briefly ();
  c = &pf_document_get_inputs (document)->conditions;
  g_assert_cmpuint (c->hours->len, ==, 0);
  g_assert_null (c->forecast_source);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (hours)));

  gtk_window_destroy (GTK_WINDOW (window));
  g_unsetenv ("PACEFUEL_FORECAST_URL");
}

static void
test_error (void)
{
  g_autofree char *url = g_strconcat (base_url, "/error/v1/forecast", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  PfWindow *window;
  PfPlanEditor *editor;
  PfDocument *document;
  GtkLabel *message;
  gsize length;
  guint n_before = n_requests;

  g_setenv ("PACEFUEL_FORECAST_URL", url, TRUE);
  window = window_with_course ();
  editor = window_editor (window);
  document = pf_window_get_document (window);
  set_race_day (document, TRUE);
  before = pf_plan_file_to_data (pf_document_get_inputs (document), &length);

  click_and_wait (editor, n_before);

  message = pf_test_template_child (editor, PF_TYPE_WEATHER_SECTION, "forecast_message");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (message)));
  g_assert_nonnull (strstr (gtk_label_get_text (message), "out of range"));
  after = pf_plan_file_to_data (pf_document_get_inputs (document), &length);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (pf_document_get_inputs (document)->conditions.hours->len, ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  g_unsetenv ("PACEFUEL_FORECAST_URL");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SoupServer) server = NULL;
  int status;

  app = pf_test_ui_init (&argc, &argv, "Test");
  if (app == NULL)
    return PF_TEST_EXIT_SKIPPED;

  server = pf_test_server_new (on_request_cb, NULL, &base_url);

  g_test_add_func ("/ui/forecast/fetch", test_fetch);
  g_test_add_func ("/ui/forecast/error", test_error);

  status = g_test_run ();
  soup_server_disconnect (server);
  g_clear_object (&app);
  g_clear_pointer (&base_url, g_free);
  return status;
}
