/* test-forecast.c — the race-day forecast: parsing, transport against an in-process
 * SoupServer on 127.0.0.1, the hours in the plan, the plan document and the command line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <libsoup/soup.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "core/pacefuel-core.h"
#include "forecast/pf-forecast.h"
#include "forecast/pf-forecast-client.h"
#include "forecast/pf-forecast-private.h"
#include "pf-test-forecast.h"
#include "pf-test-util.h"

/* The recorded answer's race day; requests for other days get it moved to theirs. */
#define RECORDED_DAY "2026-10-04"
#define RECORDED_NEXT_DAY "2026-10-05"
#define RECORDED_FILE "twin-cities-2026-10-04.json"

/* A recorded answer of tests/data/forecast. */
static char *
data_path (const char *name)
{
  return g_build_filename (pf_test_data_dir (), "forecast", name, NULL);
}

static char *
load (const char *name,
      gsize      *length)
{
  g_autofree char *path = data_path (name);
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, length, &error);
  g_assert_no_error (error);
  return text;
}

static gint64
local_time (const char *text)
{
  gint64 time = 0;

  g_assert_true (pf_start_time_parse (text, &time));
  return time;
}

static void
set_date (GDate      *date,
          const char *ymd)
{
  int y, m, d;

  g_assert_cmpint (sscanf (ymd, "%d-%d-%d", &y, &m, &d), ==, 3);
  g_date_clear (date, 1);
  g_date_set_dmy (date, d, m, y);
}

/* The recorded forecast's temperature at a local moment, as pf_conditions_at reads it. */
static double
forecast_temp_at (const PfForecast *forecast,
                  double            when)
{
  for (guint i = 0; i + 1 < pf_forecast_get_n_hours (forecast); i++)
    {
      const PfForecastHour *a = pf_forecast_get_hour (forecast, i);
      const PfForecastHour *b = pf_forecast_get_hour (forecast, i + 1);

      if (a->time <= when && when <= b->time)
        {
          double t = (when - a->time) / (double) (b->time - a->time);

          return a->temp_c + t * (b->temp_c - a->temp_c);
        }
    }

  g_assert_not_reached ();
}

/* ---- parsing ------------------------------------------------------------------------ */

static void
test_parse_recorded (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PfForecast) forecast = NULL;
  g_autofree char *text = NULL;
  const PfForecastHour *h;
  gsize length;

  text = load (RECORDED_FILE, &length);
  forecast = pf_forecast_parse (text, length, &error);
  g_assert_no_error (error);
  g_assert_nonnull (forecast);

  g_assert_cmpfloat_with_epsilon (pf_forecast_get_latitude (forecast), 44.97168, 1e-6);
  g_assert_cmpfloat_with_epsilon (pf_forecast_get_longitude (forecast), -93.26645, 1e-6);
  g_assert_cmpstr (pf_forecast_get_timezone (forecast), ==, "America/Chicago");
  g_assert_cmpint (pf_forecast_get_utc_offset (forecast), ==, -5 * 3600);
  g_assert_null (pf_forecast_get_source (forecast));
  g_assert_cmpint (pf_forecast_get_fetched_at (forecast), ==, 0);

  /* 48 hours less the last, which is null as Open-Meteo sends it. */
  g_assert_cmpuint (pf_forecast_get_n_hours (forecast), ==, 47);

  /* Local wall-clock times, as PfPlanInputs.start_time: no zone shift. */
  h = pf_forecast_get_hour (forecast, 0);
  g_assert_cmpint (h->time, ==, local_time (RECORDED_DAY "T00:00"));
  h = pf_forecast_get_hour (forecast, 9);
  g_assert_cmpint (h->time, ==, local_time (RECORDED_DAY "T09:00"));
  g_assert_cmpfloat_with_epsilon (h->temp_c, 10.1, 1e-9);
  g_assert_cmpfloat_with_epsilon (h->dew_point_c, 6.9, 1e-9);
  g_assert_cmpfloat (h->rh_pct, >, 70.0);
  g_assert_cmpfloat (h->rh_pct, <, 85.0);
  g_assert_false (isnan (h->wind_kmh));
  h = pf_forecast_get_hour (forecast, 46);
  g_assert_cmpint (h->time, ==, local_time (RECORDED_NEXT_DAY "T22:00"));

  for (guint i = 1; i < pf_forecast_get_n_hours (forecast); i++)
    g_assert_cmpint (pf_forecast_get_hour (forecast, i)->time
                     - pf_forecast_get_hour (forecast, i - 1)->time, ==, 3600);
}

static void
test_parse_malformed (void)
{
  static const char * const files[] = {
    "malformed-truncated.json",
    "mismatched-lengths.json",
    "missing-temperature.json",
    "not-a-number.json",
    "fahrenheit.json",
  };
  static const char * const texts[] = {
    "",
    "[]",
    "{}",
    "{\"latitude\": 45, \"longitude\": -93}",
    "{\"latitude\": 45, \"longitude\": -93, \"hourly\": []}",
    "{\"latitude\": 95, \"longitude\": -93, \"hourly\": {}}",
    "{\"latitude\": 45, \"longitude\": -93, \"hourly\": {\"time\": [\"2026-10-04T10:00\"], "
      "\"temperature_2m\": [10], \"relative_humidity_2m\": [50]}}",
    "{\"latitude\": 45, \"longitude\": -93, \"hourly\": {\"time\": [\"yesterday\"], "
      "\"temperature_2m\": [10], \"relative_humidity_2m\": [50], \"dew_point_2m\": [0]}}",
    "{\"latitude\": 45, \"longitude\": -93, \"hourly\": {\"time\": [\"2026-10-04T11:00\", "
      "\"2026-10-04T10:00\"], \"temperature_2m\": [10, 11], \"relative_humidity_2m\": [50, 50], "
      "\"dew_point_2m\": [0, 1]}}",
    "{\"latitude\": 45, \"longitude\": -93, \"hourly\": {\"time\": [\"2026-10-04T10:00\"], "
      "\"temperature_2m\": [10], \"relative_humidity_2m\": [150], \"dew_point_2m\": [0]}}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;
      gsize length;

      text = load (files[i], &length);
      g_assert_null (pf_forecast_parse (text, length, &error));
      g_assert_error (error, PF_FORECAST_ERROR, PF_FORECAST_ERROR_MALFORMED);
    }
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_null (pf_forecast_parse (texts[i], strlen (texts[i]), &error));
      g_assert_error (error, PF_FORECAST_ERROR, PF_FORECAST_ERROR_MALFORMED);
    }
}

static void
test_parse_service_error (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gsize length;

  text = load ("error-latitude.json", &length);
  g_assert_null (pf_forecast_parse (text, length, &error));
  g_assert_error (error, PF_FORECAST_ERROR, PF_FORECAST_ERROR_HTTP);
  g_assert_nonnull (strstr (error->message, "Parameter 'latitude' is out of range"));
}

static void
test_window (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PfForecast) forecast = NULL;
  g_autoptr(GArray) hours = NULL;
  g_autofree char *text = NULL;
  const PfWeatherHour *h;
  gsize length;

  text = load (RECORDED_FILE, &length);
  forecast = pf_forecast_parse (text, length, NULL);
  g_assert_nonnull (forecast);

  /* 08:30 for 3:30: the hours 07:00 … 13:00, one to spare each side. */
  hours = pf_forecast_hours_for_window (forecast, local_time (RECORDED_DAY "T08:30"), 3.5 * 3600,
                                        PF_HUMIDITY_DEW_POINT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hours->len, ==, 7);
  h = &g_array_index (hours, PfWeatherHour, 0);
  g_assert_cmpint (h->time, ==, local_time (RECORDED_DAY "T07:00"));
  g_assert_cmpfloat_with_epsilon (h->temp_c, 7.4, 1e-9);
  g_assert_cmpfloat_with_epsilon (h->humidity, 6.7, 1e-9);
  h = &g_array_index (hours, PfWeatherHour, hours->len - 1);
  g_assert_cmpint (h->time, ==, local_time (RECORDED_DAY "T13:00"));
  g_clear_pointer (&hours, g_array_unref);

  /* Relative humidity when the runner typed it that way. */
  hours = pf_forecast_hours_for_window (forecast, local_time (RECORDED_DAY "T09:00"), 3600,
                                        PF_HUMIDITY_RELATIVE, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (g_array_index (hours, PfWeatherHour, 1).humidity,
                                  pf_forecast_get_hour (forecast, 9)->rh_pct, 1e-9);
  g_clear_pointer (&hours, g_array_unref);

  /* An ultra through the night, into the next day: covered. */
  hours = pf_forecast_hours_for_window (forecast, local_time (RECORDED_DAY "T06:00"), 30 * 3600,
                                        PF_HUMIDITY_DEW_POINT, &error);
  g_assert_no_error (error);
  g_clear_pointer (&hours, g_array_unref);

  /* Past the forecast's last hour, before its first, another day altogether. */
  g_assert_null (pf_forecast_hours_for_window (forecast, local_time (RECORDED_DAY "T06:00"),
                                               48 * 3600, PF_HUMIDITY_DEW_POINT, &error));
  g_assert_error (error, PF_FORECAST_ERROR, PF_FORECAST_ERROR_NOT_COVERED);
  g_clear_error (&error);
  g_assert_null (pf_forecast_hours_for_window (forecast, local_time ("2026-10-03T23:30"), 3600,
                                               PF_HUMIDITY_DEW_POINT, &error));
  g_assert_error (error, PF_FORECAST_ERROR, PF_FORECAST_ERROR_NOT_COVERED);
  g_clear_error (&error);
  g_assert_null (pf_forecast_hours_for_window (forecast, local_time ("2026-10-11T09:00"), 3600,
                                               PF_HUMIDITY_DEW_POINT, &error));
  g_assert_error (error, PF_FORECAST_ERROR, PF_FORECAST_ERROR_NOT_COVERED);
  g_assert_nonnull (strstr (error->message, "does not reach the race day"));
}

/* The recorded answer for @day with every hourly value of @series replaced by @value (a JSON
 * literal: "60", "null"). */
static GBytes *
recorded_with (const char *day,
               const char * const *series,
               const char *value)
{
  g_autoptr(GBytes) recorded = pf_test_recorded_forecast (day);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonParser) literal = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *hourly;
  char *text;
  gsize length;

  json_parser_load_from_data (parser, g_bytes_get_data (recorded, NULL),
                              g_bytes_get_size (recorded), &error);
  g_assert_no_error (error);
  json_parser_load_from_data (literal, value, -1, &error);
  g_assert_no_error (error);
  hourly = json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)),
                                          "hourly");
  for (guint k = 0; series[k] != NULL; k++)
    {
      JsonArray *values = json_object_get_array_member (hourly, series[k]);
      JsonArray *replaced = json_array_new ();

      for (guint i = 0; i < json_array_get_length (values); i++)
        json_array_add_element (replaced, json_node_copy (json_parser_get_root (literal)));
      json_object_set_array_member (hourly, series[k], replaced);
    }
  json_generator_set_root (generator, json_parser_get_root (parser));
  text = json_generator_to_data (generator, &length);
  return g_bytes_new_take (text, length);
}

static gboolean
apply_recorded_with (const char * const  *series,
                     const char          *value,
                     PfConditions        *conditions,
                     GError             **error)
{
  g_autoptr(GBytes) bytes = recorded_with (RECORDED_DAY, series, value);
  g_autoptr(PfForecast) forecast = NULL;

  forecast = pf_forecast_parse (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), error);
  g_assert_nonnull (forecast);
  return pf_forecast_apply (forecast, local_time (RECORDED_DAY "T08:00"), 3.5 * 3600,
                            conditions, error);
}

/* A forecast of nulls for the race day has no values for it; it does reach it. */
static void
test_apply_nulls (void)
{
  static const char * const all[] = { "temperature_2m", "relative_humidity_2m", "dew_point_2m",
                                      NULL };
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(GError) error = NULL;

  pf_plan_inputs_init (&inputs);
  g_assert_false (apply_recorded_with (all, "null", &inputs.conditions, &error));
  g_assert_error (error, PF_FORECAST_ERROR, PF_FORECAST_ERROR_NOT_COVERED);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "has no values for the hours of the race"));
  g_assert_null (strstr (error->message, "does not reach"));
}

/* A 60 °C hour (the parser takes up to 65 °C, the plan's models 50 °C) is refused as the
 * forecast's, naming the hour, and leaves the conditions as they were. */
static void
test_apply_out_of_range (void)
{
  static const char * const temperature[] = { "temperature_2m", NULL };
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(GError) error = NULL;

  pf_plan_inputs_init (&inputs);
  g_assert_false (apply_recorded_with (temperature, "60", &inputs.conditions, &error));
  g_assert_error (error, PF_FORECAST_ERROR, PF_FORECAST_ERROR_OUT_OF_RANGE);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, "The forecast for " RECORDED_DAY " 07:00 "
                                                   "cannot be used: "));
  g_assert_cmpuint (inputs.conditions.hours->len, ==, 0);
  g_assert_null (inputs.conditions.forecast_source);
}

/* What the service writes is shown: without control characters (terminal escapes). */
static void
test_parse_control_characters (void)
{
  const char *error_json = "{\"error\": true, \"reason\": \"bad\\u001b[2J\\u001b]0;pwned"
                           "\\u0007 \\u009breason\"}";
  const char *unit_json = "{\"latitude\": 44.9, \"longitude\": -93.2, \"hourly_units\": "
                          "{\"temperature_2m\": \"\\u001b[31mF\"}, \"hourly\": {\"time\": []}}";
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) unit_error = NULL;

  g_assert_null (pf_forecast_parse (error_json, strlen (error_json), &error));
  g_assert_error (error, PF_FORECAST_ERROR, PF_FORECAST_ERROR_HTTP);
  g_assert_cmpstr (error->message, ==, "The weather service refused the request: "
                                       "bad[2J]0;pwned reason");

  g_assert_null (pf_forecast_parse (unit_json, strlen (unit_json), &unit_error));
  g_assert_error (unit_error, PF_FORECAST_ERROR, PF_FORECAST_ERROR_MALFORMED);
  g_assert_null (strchr (unit_error->message, '\033'));
  g_assert_nonnull (strstr (unit_error->message, "[31mF"));
}

/* ---- the server --------------------------------------------------------------------- */

typedef struct
{
  SoupServer *server;
  char       *url;            /* http://127.0.0.1:PORT/v1/forecast */
  char       *error_url;      /* … answering 400 with Open-Meteo's reason */
  char       *malformed_url;  /* … answering half a document */
  char       *silent_url;     /* … never answering */
  char       *huge_url;       /* … answering far more than a forecast */
  char       *trickle_url;    /* … a byte every 100 ms, never done */
  char       *hot_url;        /* … the recorded answer at 60 °C */
  char       *nulls_url;      /* … the recorded times with null values */
  char       *escape_url;     /* … 400 with terminal escapes in its reason */
  guint       n_requests;
  char       *last_query;
} Server;

/* One byte of a never-ending answer every 100 ms, until the client goes away. */
typedef struct
{
  SoupServerMessage *message;
  gboolean           finished;
} Trickle;

static void
on_trickle_finished_cb (SoupServerMessage *message,
                        Trickle           *trickle)
{
  trickle->finished = TRUE;
}

static gboolean
trickle_cb (gpointer user_data)
{
  Trickle *trickle = user_data;

  if (trickle->finished)
    return G_SOURCE_REMOVE;
  soup_message_body_append (soup_server_message_get_response_body (trickle->message),
                            SOUP_MEMORY_STATIC, " ", 1);
  soup_server_message_unpause (trickle->message);
  return G_SOURCE_CONTINUE;
}

static void
trickle_free (gpointer data)
{
  Trickle *trickle = data;

  g_signal_handlers_disconnect_by_func (trickle->message, on_trickle_finished_cb, trickle);
  g_object_unref (trickle->message);
  g_free (trickle);
}

static void
on_request_cb (SoupServer        *soup_server,
               SoupServerMessage *message,
               const char        *path,
               GHashTable        *query,
               gpointer           user_data)
{
  Server *server = user_data;
  g_autoptr(GBytes) body = NULL;
  GUri *uri = soup_server_message_get_uri (message);
  guint status = SOUP_STATUS_OK;

  server->n_requests++;
  g_free (server->last_query);
  server->last_query = g_strdup (g_uri_get_query (uri));

  if (g_str_equal (path, "/trickle/v1/forecast"))
    {
      Trickle *trickle = g_new0 (Trickle, 1);

      trickle->message = g_object_ref (message);
      /* "finished" when the response ends, "disconnected" when the client goes away. */
      g_signal_connect (message, "finished", G_CALLBACK (on_trickle_finished_cb), trickle);
      g_signal_connect (message, "disconnected", G_CALLBACK (on_trickle_finished_cb), trickle);
      soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
      soup_message_headers_set_encoding (soup_server_message_get_response_headers (message),
                                         SOUP_ENCODING_CHUNKED);
      g_timeout_add_full (G_PRIORITY_DEFAULT, 100, trickle_cb, trickle, trickle_free);
      return;
    }
  if (g_str_equal (path, "/silent/v1/forecast"))
    {
      /* Never answered: the client has to give up on its own. */
      soup_server_message_pause (message);
      return;
    }
  if (g_str_equal (path, "/hot/v1/forecast") || g_str_equal (path, "/nulls/v1/forecast"))
    {
      static const char * const temperature[] = { "temperature_2m", NULL };
      static const char * const all[] = { "temperature_2m", "relative_humidity_2m",
                                          "dew_point_2m", NULL };
      const char *day = query != NULL ? g_hash_table_lookup (query, "start_date") : NULL;

      g_assert_nonnull (day);
      body = g_str_equal (path, "/hot/v1/forecast") ? recorded_with (day, temperature, "60")
                                                    : recorded_with (day, all, "null");
    }
  else if (g_str_equal (path, "/escape/v1/forecast"))
    {
      const char *text = "{\"error\": true, \"reason\": \"bad\\u001b[2J\\u001b]0;pwned"
                         "\\u0007 reason\"}";

      status = SOUP_STATUS_BAD_REQUEST;
      body = g_bytes_new_static (text, strlen (text));
    }
  else if (g_str_equal (path, "/error/v1/forecast"))
    {
      g_autofree char *text = load ("error-latitude.json", NULL);

      status = SOUP_STATUS_BAD_REQUEST;
      body = g_bytes_new (text, strlen (text));
    }
  else if (g_str_equal (path, "/malformed/v1/forecast"))
    {
      g_autofree char *text = load ("malformed-truncated.json", NULL);

      body = g_bytes_new (text, strlen (text));
    }
  else if (g_str_equal (path, "/huge/v1/forecast"))
    {
      gsize size = 5 * 1024 * 1024;
      char *text = g_malloc (size);

      memset (text, ' ', size);
      body = g_bytes_new_take (text, size);
    }
  else if (g_str_equal (path, "/v1/forecast"))
    {
      body = pf_test_recorded_forecast (query != NULL ? g_hash_table_lookup (query, "start_date")
                                                      : NULL);
      g_assert_nonnull (body);
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

static void
server_start (Server *server)
{
  g_autofree char *base_url = NULL;

  memset (server, 0, sizeof *server);
  server->server = pf_test_server_new (on_request_cb, server, &base_url);
  server->url = g_strconcat (base_url, "/v1/forecast", NULL);
  server->error_url = g_strconcat (base_url, "/error/v1/forecast", NULL);
  server->malformed_url = g_strconcat (base_url, "/malformed/v1/forecast", NULL);
  server->silent_url = g_strconcat (base_url, "/silent/v1/forecast", NULL);
  server->huge_url = g_strconcat (base_url, "/huge/v1/forecast", NULL);
  server->trickle_url = g_strconcat (base_url, "/trickle/v1/forecast", NULL);
  server->hot_url = g_strconcat (base_url, "/hot/v1/forecast", NULL);
  server->nulls_url = g_strconcat (base_url, "/nulls/v1/forecast", NULL);
  server->escape_url = g_strconcat (base_url, "/escape/v1/forecast", NULL);
}

static void
server_stop (Server *server)
{
  if (server->server != NULL)
    soup_server_disconnect (server->server);
  g_clear_object (&server->server);
  g_clear_pointer (&server->url, g_free);
  g_clear_pointer (&server->error_url, g_free);
  g_clear_pointer (&server->malformed_url, g_free);
  g_clear_pointer (&server->silent_url, g_free);
  g_clear_pointer (&server->huge_url, g_free);
  g_clear_pointer (&server->trickle_url, g_free);
  g_clear_pointer (&server->hot_url, g_free);
  g_clear_pointer (&server->nulls_url, g_free);
  g_clear_pointer (&server->escape_url, g_free);
  g_clear_pointer (&server->last_query, g_free);

  /* Let the closed connections' last callbacks run, so nothing is left behind. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Server, server_stop)

static void
on_fetched_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* Fetches with @client while the server answers in the same main context. */
static PfForecast *
fetch (PfForecastClient  *client,
       const char        *race_day,
       GError           **error)
{
  g_autoptr(GAsyncResult) result = NULL;
  GDate day;

  set_date (&day, race_day);
  pf_forecast_client_fetch_async (client, 44.974319, -93.263101, &day, NULL, on_fetched_cb,
                                  &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  return pf_forecast_client_fetch_finish (client, result, error);
}

static PfForecastClient *
client_for (const char *url)
{
  PfForecastClient *client = pf_forecast_client_new ();
  GDate today;

  set_date (&today, "2026-09-28");
  pf_forecast_client_set_today (client, &today);
  pf_forecast_client_set_base_url (client, url);
  return client;
}

static void
test_fetch_success (void)
{
  g_auto(Server) server = { 0 };
  g_autoptr(PfForecastClient) client = NULL;
  g_autoptr(PfForecast) forecast = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = NULL;
  g_autoptr(PfPlan) plan = NULL;
  g_autofree char *course = pf_test_data_path ("activity_607442311.gpx");
  g_auto(PfPlanInputs) inputs = { 0 };
  gint64 before = g_get_real_time () / G_USEC_PER_SEC;
  double warmest = -100.0, coolest = 100.0;

  server_start (&server);
  client = client_for (server.url);
  g_assert_cmpstr (pf_forecast_client_get_base_url (client), ==, server.url);
  g_assert_cmpuint (pf_forecast_client_get_timeout (client), ==, 20);

  forecast = fetch (client, RECORDED_DAY, &error);
  g_assert_no_error (error);
  g_assert_nonnull (forecast);
  g_assert_cmpuint (server.n_requests, ==, 1);

  /* What was asked: the start, the race day and the next, local time, the hourly values. */
  g_assert_nonnull (strstr (server.last_query, "latitude=44.97432&longitude=-93.26310"));
  g_assert_nonnull (strstr (server.last_query, "start_date=" RECORDED_DAY "&end_date="
                                               RECORDED_NEXT_DAY));
  g_assert_nonnull (strstr (server.last_query, "timezone=auto"));
  g_assert_nonnull (strstr (server.last_query,
                            "hourly=temperature_2m,relative_humidity_2m,dew_point_2m,"
                            "wind_speed_10m"));
  g_assert_true (g_str_has_prefix (pf_forecast_get_source (forecast), server.url));
  g_assert_cmpint (pf_forecast_get_fetched_at (forecast), >=, before);
  g_assert_cmpint (pf_forecast_get_fetched_at (forecast), <=, g_get_real_time () / G_USEC_PER_SEC);

  /* The marathon at 08:00 for 3:30, in the forecast's hours. */
  track = pf_import_path (course, &error);
  g_assert_no_error (error);
  pf_plan_inputs_init (&inputs);
  pf_plan_inputs_set_track (&inputs, track);
  inputs.goal_time_s = 3.5 * 3600;
  inputs.start_time = local_time (RECORDED_DAY "T08:00");
  g_assert_true (pf_forecast_apply (forecast, inputs.start_time, inputs.goal_time_s,
                                    &inputs.conditions, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (inputs.conditions.hours->len, ==, 7);  /* 07:00 … 13:00 */
  g_assert_cmpstr (inputs.conditions.forecast_source, ==, pf_forecast_get_source (forecast));
  g_assert_cmpint (inputs.conditions.forecast_fetched_at, ==,
                   pf_forecast_get_fetched_at (forecast));
  g_assert_cmpfloat (inputs.conditions.start_temp_c, ==, 12.0);  /* the typed ones kept */

  plan = pf_plan_compute (&inputs, &error);
  g_assert_no_error (error);

  /* Each split meets the forecast temperature of the hour the runner is there. */
  for (guint i = 0; i < pf_plan_get_n_splits (plan); i++)
    {
      const PfSplit *s = pf_plan_get_split (plan, i);
      double middle = inputs.start_time + s->elapsed_s - s->time_s / 2.0;

      g_assert_cmpfloat_with_epsilon (s->temp_c, forecast_temp_at (forecast, middle), 0.5);
      warmest = MAX (warmest, s->temp_c);
      coolest = MIN (coolest, s->temp_c);
    }
  /* 8.5 °C at the start, 16.4 °C at noon. */
  g_assert_cmpfloat (coolest, <, 9.5);
  g_assert_cmpfloat (warmest, >, 14.5);
}

static void
test_fetch_http_error (void)
{
  g_auto(Server) server = { 0 };
  g_autoptr(PfForecastClient) client = NULL;
  g_autoptr(GError) error = NULL;

  server_start (&server);
  client = client_for (server.error_url);
  g_assert_null (fetch (client, RECORDED_DAY, &error));
  g_assert_error (error, PF_FORECAST_ERROR, PF_FORECAST_ERROR_HTTP);
  g_assert_nonnull (strstr (error->message, "Parameter 'latitude' is out of range"));
  g_assert_cmpuint (server.n_requests, ==, 1);
}

static void
test_fetch_malformed (void)
{
  g_auto(Server) server = { 0 };
  g_autoptr(PfForecastClient) client = NULL;
  g_autoptr(GError) error = NULL;

  server_start (&server);
  client = client_for (server.malformed_url);
  g_assert_null (fetch (client, RECORDED_DAY, &error));
  g_assert_error (error, PF_FORECAST_ERROR, PF_FORECAST_ERROR_MALFORMED);
}

static void
test_fetch_timeout (void)
{
  g_auto(Server) server = { 0 };
  g_autoptr(PfForecastClient) client = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  server_start (&server);
  client = client_for (server.silent_url);
  pf_forecast_client_set_timeout (client, 1);
  g_assert_null (fetch (client, RECORDED_DAY, &error));
  g_assert_error (error, PF_FORECAST_ERROR, PF_FORECAST_ERROR_TIMEOUT);
  g_assert_cmpuint (server.n_requests, ==, 1);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 10 * G_USEC_PER_SEC);
}

/* A server that sends a byte every 100 ms is never idle for the 1 s timeout: only the whole
 * request's deadline (here 500 ms, 30 s by default) gives up on it. */
static void
test_fetch_deadline (void)
{
  g_auto(Server) server = { 0 };
  g_autoptr(PfForecastClient) client = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  server_start (&server);
  client = client_for (server.trickle_url);
  pf_forecast_client_set_timeout (client, 1);
  _pf_forecast_client_set_deadline_ms (client, 500);
  g_assert_null (fetch (client, RECORDED_DAY, &error));
  g_assert_error (error, PF_FORECAST_ERROR, PF_FORECAST_ERROR_TIMEOUT);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "did not send the forecast within 1 second"));
  g_assert_cmpuint (server.n_requests, ==, 1);
  g_assert_cmpint (g_get_monotonic_time () - start, >=, 400 * 1000);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
}

/* A deadline that does not pass changes nothing, and a cancellation is still one. */
static void
test_fetch_deadline_not_reached (void)
{
  g_auto(Server) server = { 0 };
  g_autoptr(PfForecastClient) client = NULL;
  g_autoptr(PfForecast) forecast = NULL;
  g_autoptr(GError) error = NULL;

  server_start (&server);
  client = client_for (server.url);
  _pf_forecast_client_set_deadline_ms (client, 10 * 1000);
  forecast = fetch (client, RECORDED_DAY, &error);
  g_assert_no_error (error);
  g_assert_nonnull (forecast);
  /* Nothing of the request is left to fire after it. */
  g_clear_object (&client);
  g_usleep (G_USEC_PER_SEC / 10);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
test_fetch_too_large (void)
{
  g_auto(Server) server = { 0 };
  g_autoptr(PfForecastClient) client = NULL;
  g_autoptr(GError) error = NULL;

  server_start (&server);
  client = client_for (server.huge_url);
  g_assert_null (fetch (client, RECORDED_DAY, &error));
  g_assert_error (error, PF_FORECAST_ERROR, PF_FORECAST_ERROR_MALFORMED);
}

static gboolean
cancel_cb (gpointer user_data)
{
  g_cancellable_cancel (user_data);
  return G_SOURCE_REMOVE;
}

static void
test_fetch_cancelled (void)
{
  g_auto(Server) server = { 0 };
  g_autoptr(PfForecastClient) client = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(PfForecast) forecast = NULL;
  g_autoptr(GError) error = NULL;
  GDate day;

  server_start (&server);
  client = client_for (server.silent_url);
  set_date (&day, RECORDED_DAY);
  g_timeout_add_full (G_PRIORITY_DEFAULT, 100, cancel_cb, g_object_ref (cancellable),
                      g_object_unref);
  pf_forecast_client_fetch_async (client, 44.97, -93.26, &day, cancellable, on_fetched_cb,
                                  &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  forecast = pf_forecast_client_fetch_finish (client, result, &error);
  g_assert_null (forecast);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static void
test_fetch_no_server (void)
{
  g_autoptr(PfForecastClient) client = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GSocket) socket = NULL;
  g_autoptr(GSocketAddress) address = NULL;
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) bound = NULL;
  g_autofree char *url = NULL;

  /* A port just bound and closed again: nobody listens there. */
  socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, &error);
  g_assert_no_error (error);
  address = g_inet_socket_address_new (loopback, 0);
  g_socket_bind (socket, address, TRUE, &error);
  g_assert_no_error (error);
  bound = g_socket_get_local_address (socket, &error);
  g_assert_no_error (error);
  url = g_strdup_printf ("http://127.0.0.1:%u/v1/forecast",
                         g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound)));
  g_socket_close (socket, NULL);

  client = client_for (url);
  g_assert_null (fetch (client, RECORDED_DAY, &error));
  g_assert_error (error, PF_FORECAST_ERROR, PF_FORECAST_ERROR_NETWORK);
  g_clear_error (&error);

  pf_forecast_client_set_base_url (client, "not a url");
  g_assert_null (fetch (client, RECORDED_DAY, &error));
  g_assert_error (error, PF_FORECAST_ERROR, PF_FORECAST_ERROR_NETWORK);
}

static void
test_fetch_beyond_horizon (void)
{
  g_auto(Server) server = { 0 };
  g_autoptr(PfForecastClient) client = NULL;
  g_autoptr(PfForecast) last_day = NULL;
  g_autoptr(GError) error = NULL;

  server_start (&server);
  client = client_for (server.url);  /* today is 2026-09-28 */

  /* 16 days ahead is one too many: refused before any request. */
  g_assert_null (fetch (client, "2026-10-14", &error));
  g_assert_error (error, PF_FORECAST_ERROR, PF_FORECAST_ERROR_BEYOND_HORIZON);
  g_assert_nonnull (strstr (error->message, "2026-10-14"));
  g_clear_error (&error);
  g_assert_null (fetch (client, "2027-01-01", &error));
  g_assert_error (error, PF_FORECAST_ERROR, PF_FORECAST_ERROR_BEYOND_HORIZON);
  g_clear_error (&error);
  /* … and so is a race long past. */
  g_assert_null (fetch (client, "2026-05-01", &error));
  g_assert_error (error, PF_FORECAST_ERROR, PF_FORECAST_ERROR_BEYOND_HORIZON);
  g_clear_error (&error);
  g_assert_cmpuint (server.n_requests, ==, 0);

  /* 15 days ahead is the last forecast day: asked for alone, not with the day after. */
  last_day = fetch (client, "2026-10-13", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (server.n_requests, ==, 1);
  g_assert_nonnull (strstr (server.last_query, "start_date=2026-10-13&end_date=2026-10-13"));
}

/* ---- the plan document -------------------------------------------------------------- */

static void
test_plan_file_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PfForecast) forecast = NULL;
  g_autoptr(PfTrack) track = NULL;
  g_autofree char *course = pf_test_data_path ("activity_607442311.gpx");
  g_autofree char *text = NULL;
  g_autofree char *data = NULL;
  g_auto(PfPlanInputs) inputs = { 0 };
  g_auto(PfPlanInputs) read = { 0 };
  g_auto(PfPlanInputs) old = { 0 };
  gsize length;

  text = load (RECORDED_FILE, &length);
  forecast = pf_forecast_parse (text, length, &error);
  g_assert_no_error (error);
  track = pf_import_path (course, &error);
  g_assert_no_error (error);

  pf_plan_inputs_init (&inputs);
  pf_plan_inputs_set_track (&inputs, track);
  inputs.start_time = local_time (RECORDED_DAY "T08:00");
  g_assert_true (pf_forecast_apply (forecast, inputs.start_time, 4 * 3600, &inputs.conditions,
                                    &error));
  /* Parsed from text: no source of its own, so the service's address stands in. */
  g_assert_cmpstr (inputs.conditions.forecast_source, ==, PF_FORECAST_ATTRIBUTION_URL);
  g_free (inputs.conditions.forecast_source);
  inputs.conditions.forecast_source = g_strdup ("http://127.0.0.1:1/v1/forecast?latitude=44.97");
  inputs.conditions.forecast_fetched_at = 1790000000;

  data = pf_plan_file_to_data (&inputs, &length);
  pf_plan_inputs_init (&read);
  g_assert_true (pf_plan_file_from_data (data, length, "forecast.pacefuel", &read, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (read.conditions.forecast_source, ==, inputs.conditions.forecast_source);
  g_assert_cmpint (read.conditions.forecast_fetched_at, ==, 1790000000);
  g_assert_cmpuint (read.conditions.hours->len, ==, inputs.conditions.hours->len);
  for (guint i = 0; i < read.conditions.hours->len; i++)
    {
      const PfWeatherHour *a = &g_array_index (inputs.conditions.hours, PfWeatherHour, i);
      const PfWeatherHour *b = &g_array_index (read.conditions.hours, PfWeatherHour, i);

      g_assert_cmpint (a->time, ==, b->time);
      g_assert_cmpfloat (a->temp_c, ==, b->temp_c);
      g_assert_cmpfloat (a->humidity, ==, b->humidity);
    }

  /* A document without the member (older, or typed weather) reads as before. */
  g_clear_pointer (&inputs.conditions.forecast_source, g_free);
  g_clear_pointer (&data, g_free);
  data = pf_plan_file_to_data (&inputs, &length);
  g_assert_null (strstr (data, "\"forecast\""));
  pf_plan_inputs_init (&old);
  g_assert_true (pf_plan_file_from_data (data, length, "old.pacefuel", &old, &error));
  g_assert_no_error (error);
  g_assert_null (old.conditions.forecast_source);
  g_assert_cmpint (old.conditions.forecast_fetched_at, ==, 0);
}

static void
test_apply_keeps_conditions_on_error (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PfForecast) forecast = NULL;
  g_autofree char *text = NULL;
  g_auto(PfPlanInputs) inputs = { 0 };
  PfWeatherHour typed = { 0, 20.0, 55.0 };
  gsize length;

  text = load (RECORDED_FILE, &length);
  forecast = pf_forecast_parse (text, length, NULL);
  pf_plan_inputs_init (&inputs);
  g_array_append_val (inputs.conditions.hours, typed);

  g_assert_false (pf_forecast_apply (forecast, local_time ("2026-10-20T08:00"), 3600,
                                     &inputs.conditions, &error));
  g_assert_error (error, PF_FORECAST_ERROR, PF_FORECAST_ERROR_NOT_COVERED);
  g_assert_cmpuint (inputs.conditions.hours->len, ==, 1);
  g_assert_cmpfloat (g_array_index (inputs.conditions.hours, PfWeatherHour, 0).temp_c, ==, 20.0);
  g_assert_null (inputs.conditions.forecast_source);
}

/* ---- the command line --------------------------------------------------------------- */

/* A race three days from now, so it is inside the real forecast horizon. */
static char *
race_day_soon (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) day = g_date_time_add_days (now, 3);

  return g_date_time_format (day, "%Y-%m-%d");
}

static void
test_cli_forecast (void)
{
  g_auto(Server) server = { 0 };
  g_auto(PfTestCliRun) run = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PfForecast) recorded = NULL;
  g_autofree char *course = pf_test_data_path ("activity_607442311.gpx");
  g_autofree char *day = race_day_soon ();
  g_autofree char *start = g_strconcat (day, "T08:00", NULL);
  g_autofree char *text = NULL;
  JsonArray *splits;
  gsize length;

  server_start (&server);
  {
    const char * const args[] = { "plan", course, "--goal", "3:30:00", "--start", start,
                                  "--forecast", "--forecast-url", server.url, "--json", NULL };

    pf_test_cli_runv (&run, NULL, args);
  }
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpuint (server.n_requests, ==, 1);
  g_assert_nonnull (strstr (server.last_query, day));

  json_parser_load_from_data (parser, run.out, -1, &error);
  g_assert_no_error (error);
  splits = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                         "splits");
  g_assert_nonnull (splits);
  g_assert_cmpuint (json_array_get_length (splits), >, 40);

  /* The recorded hours, on the race day: splits show their temperatures, cool early and
   * near the noon value late — not the typed 12 °C all morning. */
  text = load (RECORDED_FILE, &length);
  recorded = pf_forecast_parse (text, length, NULL);
  {
    JsonObject *first = json_array_get_object_element (splits, 0);
    JsonObject *late = json_array_get_object_element (splits, 38);
    double first_mid = 8 * 3600 + json_object_get_double_member (first, "elapsed_s")
                       - json_object_get_double_member (first, "time_s") / 2.0;
    double late_mid = 8 * 3600 + json_object_get_double_member (late, "elapsed_s")
                      - json_object_get_double_member (late, "time_s") / 2.0;
    gint64 midnight = local_time (RECORDED_DAY "T00:00");

    g_assert_cmpfloat_with_epsilon (json_object_get_double_member (first, "temp_c"),
                                    forecast_temp_at (recorded, midnight + first_mid), 0.5);
    g_assert_cmpfloat_with_epsilon (json_object_get_double_member (late, "temp_c"),
                                    forecast_temp_at (recorded, midnight + late_mid), 0.5);
    g_assert_cmpfloat (json_object_get_double_member (late, "temp_c"), >, 14.0);
  }

  /* The human output names the source of the weather. */
  pf_test_cli_run_clear (&run);
  {
    const char * const args[] = { "plan", course, "--goal", "3:30:00", "--start", start,
                                  "--forecast", "--forecast-url", server.url, NULL };

    pf_test_cli_runv (&run, NULL, args);
  }
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "Weather data by Open-Meteo.com"));
}

static void
test_cli_forecast_errors (void)
{
  g_auto(Server) server = { 0 };
  g_autofree char *course = pf_test_data_path ("activity_607442311.gpx");
  g_autofree char *day = race_day_soon ();
  g_autofree char *start = g_strconcat (day, "T08:00", NULL);

  server_start (&server);
  {
    g_auto(PfTestCliRun) run = { 0 };
    const char * const args[] = { "plan", course, "--goal", "3:30:00", "--start", start,
                                  "--forecast", "--forecast-url", server.error_url, NULL };

    pf_test_cli_runv (&run, NULL, args);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_true (g_str_has_prefix (run.err, "pacefuel-cli: forecast: "));
    g_assert_nonnull (strstr (run.err, "Parameter 'latitude' is out of range"));
    g_assert_cmpstr (run.out, ==, "");
  }
  {
    g_auto(PfTestCliRun) run = { 0 };
    const char * const args[] = { "plan", course, "--goal", "3:30:00", "--start", start,
                                  "--forecast", "--forecast-url", server.malformed_url, NULL };

    pf_test_cli_runv (&run, NULL, args);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_true (g_str_has_prefix (run.err, "pacefuel-cli: forecast: "));
  }
  {
    g_auto(PfTestCliRun) run = { 0 };
    const char * const args[] = { "plan", course, "--goal", "3:30:00",
                                  "--start", "2099-10-04T08:00",
                                  "--forecast", "--forecast-url", server.url, NULL };

    pf_test_cli_runv (&run, NULL, args);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "2099-10-04"));
  }
  g_assert_cmpuint (server.n_requests, ==, 2);

  /* A forecast hour too hot for the plan, a forecast of nulls, a reason with terminal
   * escapes: each said as the forecast's, and cleaned. */
  {
    g_auto(PfTestCliRun) run = { 0 };
    const char * const args[] = { "plan", course, "--goal", "3:30:00", "--start", start,
                                  "--forecast", "--forecast-url", server.hot_url, NULL };

    pf_test_cli_runv (&run, NULL, args);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_true (g_str_has_prefix (run.err, "pacefuel-cli: forecast: The forecast for "));
    g_assert_nonnull (strstr (run.err, "cannot be used: a temperature of 60 °C"));
  }
  {
    g_auto(PfTestCliRun) run = { 0 };
    const char * const args[] = { "plan", course, "--goal", "3:30:00", "--start", start,
                                  "--forecast", "--forecast-url", server.nulls_url, NULL };

    pf_test_cli_runv (&run, NULL, args);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "has no values for the hours of the race"));
  }
  {
    g_auto(PfTestCliRun) run = { 0 };
    const char * const args[] = { "plan", course, "--goal", "3:30:00", "--start", start,
                                  "--forecast", "--forecast-url", server.escape_url, NULL };

    pf_test_cli_runv (&run, NULL, args);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_null (strchr (run.err, '\033'));
    g_assert_null (strchr (run.err, '\007'));
    g_assert_nonnull (strstr (run.err, "bad[2J]0;pwned reason"));
  }
  g_assert_cmpuint (server.n_requests, ==, 5);

  /* Usage: a forecast is for a day. */
  {
    g_auto(PfTestCliRun) run = { 0 };
    const char * const args[] = { "plan", course, "--goal", "3:30:00", "--forecast", NULL };

    pf_test_cli_runv (&run, NULL, args);
    g_assert_cmpint (run.status, ==, 2);
    g_assert_nonnull (strstr (run.err, "--start"));
  }
  {
    g_auto(PfTestCliRun) run = { 0 };
    const char * const args[] = { "plan", course, "--goal", "3:30:00", "--start", "08:00",
                                  "--forecast", NULL };

    pf_test_cli_runv (&run, NULL, args);
    g_assert_cmpint (run.status, ==, 2);
  }
  {
    g_auto(PfTestCliRun) run = { 0 };
    const char * const args[] = { "plan", course, "--goal", "3:30:00", "--start", start,
                                  "--forecast-url", server.url, NULL };

    pf_test_cli_runv (&run, NULL, args);
    g_assert_cmpint (run.status, ==, 2);
  }
  g_assert_cmpuint (server.n_requests, ==, 5);
}

/* PACEFUEL_FORECAST_URL points pacefuel-cli at another service, as it does the window;
 * --forecast-url still wins. */
static void
test_cli_forecast_env (void)
{
  g_auto(Server) server = { 0 };
  g_autofree char *course = pf_test_data_path ("activity_607442311.gpx");
  g_autofree char *day = race_day_soon ();
  g_autofree char *start = g_strconcat (day, "T08:00", NULL);
  g_auto(GStrv) env = NULL;

  server_start (&server);
  env = g_environ_setenv (g_get_environ (), "PACEFUEL_FORECAST_URL", server.url, TRUE);
  {
    g_auto(PfTestCliRun) run = { 0 };
    const char * const args[] = { "plan", course, "--goal", "3:30:00", "--start", start,
                                  "--forecast", "--json", NULL };

    pf_test_cli_runv (&run, (const char * const *) env, args);
    g_assert_cmpstr (run.err, ==, "");
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpuint (server.n_requests, ==, 1);
  }
  {
    g_auto(PfTestCliRun) run = { 0 };
    const char * const args[] = { "plan", course, "--goal", "3:30:00", "--start", start,
                                  "--forecast", "--forecast-url", server.error_url, NULL };

    pf_test_cli_runv (&run, (const char * const *) env, args);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "Parameter 'latitude' is out of range"));
    g_assert_cmpuint (server.n_requests, ==, 2);
  }
}

int
main (int    argc,
      char **argv)
{
  /* Requests to 127.0.0.1 must not take a detour through a proxy from the environment. */
  g_unsetenv ("http_proxy");
  g_unsetenv ("HTTP_PROXY");
  g_unsetenv ("https_proxy");
  g_unsetenv ("HTTPS_PROXY");
  g_unsetenv ("all_proxy");
  g_unsetenv ("ALL_PROXY");

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/forecast/parse/recorded", test_parse_recorded);
  g_test_add_func ("/forecast/parse/malformed", test_parse_malformed);
  g_test_add_func ("/forecast/parse/service-error", test_parse_service_error);
  g_test_add_func ("/forecast/window", test_window);
  g_test_add_func ("/forecast/parse/control-characters", test_parse_control_characters);
  g_test_add_func ("/forecast/apply/nulls", test_apply_nulls);
  g_test_add_func ("/forecast/apply/out-of-range", test_apply_out_of_range);
  g_test_add_func ("/forecast/apply/keeps-conditions-on-error",
                   test_apply_keeps_conditions_on_error);
  g_test_add_func ("/forecast/plan-file/round-trip", test_plan_file_round_trip);
  g_test_add_func ("/forecast/fetch/success", test_fetch_success);
  g_test_add_func ("/forecast/fetch/http-error", test_fetch_http_error);
  g_test_add_func ("/forecast/fetch/malformed", test_fetch_malformed);
  g_test_add_func ("/forecast/fetch/timeout", test_fetch_timeout);
  g_test_add_func ("/forecast/fetch/deadline", test_fetch_deadline);
  g_test_add_func ("/forecast/fetch/deadline-not-reached", test_fetch_deadline_not_reached);
  g_test_add_func ("/forecast/fetch/too-large", test_fetch_too_large);
  g_test_add_func ("/forecast/fetch/cancelled", test_fetch_cancelled);
  g_test_add_func ("/forecast/fetch/no-server", test_fetch_no_server);
  g_test_add_func ("/forecast/fetch/beyond-horizon", test_fetch_beyond_horizon);
  g_test_add_func ("/forecast/cli/success", test_cli_forecast);
  g_test_add_func ("/forecast/cli/errors", test_cli_forecast_errors);
  g_test_add_func ("/forecast/cli/environment", test_cli_forecast_env);

  return g_test_run ();
}
