/* pf-forecast-client.c — the transport: one HTTP GET to Open-Meteo's forecast API
 *
 * No key, no account: latitude and longitude of the start, the race day (and the next, for
 * races that run past midnight), the hourly variables the heat and sweat models use, and
 * timezone=auto so the hours come back on the course's own wall clock. The date is checked
 * against the forecast horizon before anything is sent: a request that cannot succeed is
 * not made. The base address can be changed for tests and for self-hosted instances.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-forecast-client"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libsoup/soup.h>
#include <math.h>
#include <string.h>
#include <time.h>

#include "pf-forecast-client.h"
#include "pf-forecast-private.h"
#include "pf-text.h"

#define HOURLY_VARIABLES "temperature_2m,relative_humidity_2m,dew_point_2m,wind_speed_10m"

struct _PfForecastClient
{
  GObject      parent_instance;

  SoupSession *session;
  char        *base_url;
  GDate        today;  /* invalid: the system's local date */
  guint        deadline_ms;  /* the whole request, connection to last byte */
};

G_DEFINE_FINAL_TYPE (PfForecastClient, pf_forecast_client, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_BASE_URL,
  PROP_TIMEOUT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pf_forecast_client_finalize (GObject *object)
{
  PfForecastClient *self = (PfForecastClient *) object;

  g_clear_object (&self->session);
  g_clear_pointer (&self->base_url, g_free);

  G_OBJECT_CLASS (pf_forecast_client_parent_class)->finalize (object);
}

static void
pf_forecast_client_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PfForecastClient *self = PF_FORECAST_CLIENT (object);

  switch (prop_id)
    {
    case PROP_BASE_URL:
      g_value_set_string (value, self->base_url);
      break;
    case PROP_TIMEOUT:
      g_value_set_uint (value, pf_forecast_client_get_timeout (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pf_forecast_client_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PfForecastClient *self = PF_FORECAST_CLIENT (object);

  switch (prop_id)
    {
    case PROP_BASE_URL:
      pf_forecast_client_set_base_url (self, g_value_get_string (value));
      break;
    case PROP_TIMEOUT:
      pf_forecast_client_set_timeout (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pf_forecast_client_class_init (PfForecastClientClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pf_forecast_client_finalize;
  object_class->get_property = pf_forecast_client_get_property;
  object_class->set_property = pf_forecast_client_set_property;

  properties[PROP_BASE_URL] =
    g_param_spec_string ("base-url", NULL, NULL, PF_FORECAST_DEFAULT_URL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* Seconds a connection or an answer may take; tests shorten it. */
  properties[PROP_TIMEOUT] =
    g_param_spec_uint ("timeout", NULL, NULL, 1, 600, PF_FORECAST_DEFAULT_TIMEOUT_S,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pf_forecast_client_init (PfForecastClient *self)
{
  self->base_url = g_strdup (PF_FORECAST_DEFAULT_URL);
  self->session = g_object_new (SOUP_TYPE_SESSION,
                                "timeout", PF_FORECAST_DEFAULT_TIMEOUT_S,
                                "user-agent", "Pacefuel/" PACKAGE_VERSION " ",
                                NULL);
  g_date_clear (&self->today, 1);
  self->deadline_ms = PF_FORECAST_DEADLINE_S * 1000;
}

PfForecastClient *
pf_forecast_client_new (void)
{
  return g_object_new (PF_TYPE_FORECAST_CLIENT, NULL);
}

const char *
pf_forecast_client_get_base_url (PfForecastClient *self)
{
  g_return_val_if_fail (PF_IS_FORECAST_CLIENT (self), NULL);

  return self->base_url;
}

/* NULL restores Open-Meteo's public service. */
void
pf_forecast_client_set_base_url (PfForecastClient *self,
                                 const char       *base_url)
{
  g_return_if_fail (PF_IS_FORECAST_CLIENT (self));

  if (base_url == NULL)
    base_url = PF_FORECAST_DEFAULT_URL;
  if (g_strcmp0 (self->base_url, base_url) == 0)
    return;
  g_free (self->base_url);
  self->base_url = g_strdup (base_url);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BASE_URL]);
}

guint
pf_forecast_client_get_timeout (PfForecastClient *self)
{
  g_return_val_if_fail (PF_IS_FORECAST_CLIENT (self), 0);

  return soup_session_get_timeout (self->session);
}

void
pf_forecast_client_set_timeout (PfForecastClient *self,
                                guint             seconds)
{
  g_return_if_fail (PF_IS_FORECAST_CLIENT (self));
  g_return_if_fail (seconds > 0);

  if (soup_session_get_timeout (self->session) == seconds)
    return;
  soup_session_set_timeout (self->session, seconds);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMEOUT]);
}

/* The whole request's deadline (PF_FORECAST_DEADLINE_S by default), for tests that cannot
 * wait half a minute; in milliseconds. */
void
_pf_forecast_client_set_deadline_ms (PfForecastClient *self,
                                     guint             deadline_ms)
{
  g_return_if_fail (PF_IS_FORECAST_CLIENT (self));
  g_return_if_fail (deadline_ms > 0);

  self->deadline_ms = deadline_ms;
}

/* The date the horizon counts from; NULL (the default) is the system's local date. Tests
 * fix it so that "16 days ahead" does not depend on when they run. */
void
pf_forecast_client_set_today (PfForecastClient *self,
                              const GDate      *today)
{
  g_return_if_fail (PF_IS_FORECAST_CLIENT (self));
  g_return_if_fail (today == NULL || g_date_valid (today));

  if (today != NULL)
    self->today = *today;
  else
    g_date_clear (&self->today, 1);
}

static void
get_today (PfForecastClient *self,
           GDate            *today)
{
  if (g_date_valid (&self->today))
    {
      *today = self->today;
      return;
    }

  g_date_clear (today, 1);
  g_date_set_time_t (today, time (NULL));
}

static char *
format_date (const GDate *date)
{
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

/* The request for @race_day, or BEYOND_HORIZON when no forecast can cover it yet (or any
 * more), and NETWORK for a base address that is not one. */
char *
pf_forecast_client_build_url (PfForecastClient  *self,
                              double             latitude,
                              double             longitude,
                              const GDate       *race_day,
                              GError           **error)
{
  g_autofree char *start = NULL, *end = NULL;
  g_autofree char *scheme = NULL;
  char lat[G_ASCII_DTOSTR_BUF_SIZE], lon[G_ASCII_DTOSTR_BUF_SIZE];
  GDate today, last, end_day;
  int days_ahead;

  g_return_val_if_fail (PF_IS_FORECAST_CLIENT (self), NULL);
  g_return_val_if_fail (race_day != NULL && g_date_valid (race_day), NULL);

  get_today (self, &today);
  days_ahead = g_date_days_between (&today, race_day);
  last = today;
  g_date_add_days (&last, PF_FORECAST_HORIZON_DAYS - 1);
  start = format_date (race_day);

  if (days_ahead >= PF_FORECAST_HORIZON_DAYS)
    {
      g_autofree char *until = format_date (&last);

      g_set_error (error, PF_FORECAST_ERROR, PF_FORECAST_ERROR_BEYOND_HORIZON,
                   _("The race day (%s) is %d days away, beyond the %d days a forecast covers "
                     "(until %s); fetch it again nearer the race"),
                   start, days_ahead, PF_FORECAST_HORIZON_DAYS, until);
      return NULL;
    }
  if (days_ahead < -PF_FORECAST_PAST_DAYS)
    {
      g_set_error (error, PF_FORECAST_ERROR, PF_FORECAST_ERROR_BEYOND_HORIZON,
                   _("The race day (%s) is %d days past; the forecast service keeps only the "
                     "last %d days"),
                   start, -days_ahead, PF_FORECAST_PAST_DAYS);
      return NULL;
    }

  if (!(fabs (latitude) <= 90.0) || !(fabs (longitude) <= 180.0))
    {
      g_set_error (error, PF_FORECAST_ERROR, PF_FORECAST_ERROR_NETWORK,
                   _("The course has no valid start position"));
      return NULL;
    }

  scheme = g_uri_parse_scheme (self->base_url);
  if (scheme == NULL || !(g_ascii_strcasecmp (scheme, "https") == 0
                          || g_ascii_strcasecmp (scheme, "http") == 0)
      || !g_uri_is_valid (self->base_url, G_URI_FLAGS_NONE, NULL))
    {
      g_set_error (error, PF_FORECAST_ERROR, PF_FORECAST_ERROR_NETWORK,
                   _("“%s” is not a web address for the weather service"), self->base_url);
      return NULL;
    }

  /* The next day too, for races that run past midnight, but not past the horizon. */
  end_day = *race_day;
  g_date_add_days (&end_day, 1);
  if (g_date_compare (&end_day, &last) > 0)
    end_day = *race_day;
  end = format_date (&end_day);

  g_ascii_formatd (lat, sizeof lat, "%.5f", latitude);
  g_ascii_formatd (lon, sizeof lon, "%.5f", longitude);
  return g_strdup_printf ("%s%slatitude=%s&longitude=%s&hourly=" HOURLY_VARIABLES
                          "&timezone=auto&start_date=%s&end_date=%s",
                          self->base_url, strchr (self->base_url, '?') != NULL ? "&" : "?",
                          lat, lon, start, end);
}

/* ---- fetching ----------------------------------------------------------------------- */

/* A forecast for two days is a few kilobytes; anything past this is not one, and is not
 * read into memory either. */
#define MAX_RESPONSE_SIZE (4 * 1024 * 1024)
#define READ_CHUNK_SIZE (64 * 1024)

/* The session's timeout is idle time: a server that sends a byte every few seconds would
 * hold the request forever. The deadline is the whole request's: when it passes, the fetch's
 * own cancellable (which follows the caller's) stops whatever step is under way, and the
 * error says the service was too slow rather than that someone cancelled. */
typedef struct
{
  SoupMessage  *message;
  GInputStream *stream;
  GByteArray   *body;
  char         *url;
  guint         timeout;
  guint         deadline_ms;
  GCancellable *cancellable;       /* every step's: the caller's, or the deadline */
  GCancellable *caller_cancellable;
  gulong        caller_handler;
  GSource      *deadline;
  gboolean      deadline_passed;
} Fetch;

static void
fetch_free (Fetch *fetch)
{
  if (fetch->deadline != NULL)
    g_source_destroy (fetch->deadline);
  g_clear_pointer (&fetch->deadline, g_source_unref);
  if (fetch->caller_cancellable != NULL)
    g_cancellable_disconnect (fetch->caller_cancellable, fetch->caller_handler);
  g_clear_object (&fetch->caller_cancellable);
  g_clear_object (&fetch->cancellable);
  g_clear_object (&fetch->message);
  g_clear_object (&fetch->stream);
  g_clear_pointer (&fetch->body, g_byte_array_unref);
  g_clear_pointer (&fetch->url, g_free);
  g_free (fetch);
}

/* What the service said when it said no: its JSON reason when it gave one. */
static GError *
http_error (SoupMessage *message,
            GByteArray  *body)
{
  g_autoptr(GError) parse_error = NULL;
  g_autoptr(PfForecast) ignored = NULL;
  /* The server's own words: cleaned of control characters before anyone sees them. */
  g_autofree char *phrase = pf_text_sanitize (soup_message_get_reason_phrase (message));

  ignored = pf_forecast_parse ((const char *) body->data, body->len, &parse_error);
  if (g_error_matches (parse_error, PF_FORECAST_ERROR, PF_FORECAST_ERROR_HTTP))
    return g_steal_pointer (&parse_error);

  return g_error_new (PF_FORECAST_ERROR, PF_FORECAST_ERROR_HTTP,
                      _("The weather service answered %u %s"),
                      soup_message_get_status (message), phrase != NULL ? phrase : "");
}

/* Cancellation passes through as G_IO_ERROR_CANCELLED, as callers expect. */
static void
return_transport_error (GTask  *task,
                        GError *error)
{
  Fetch *fetch = g_task_get_task_data (task);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) && fetch->deadline_passed)
    {
      guint seconds = (fetch->deadline_ms + 999) / 1000;

      g_task_return_new_error (task, PF_FORECAST_ERROR, PF_FORECAST_ERROR_TIMEOUT,
                               g_dngettext (GETTEXT_PACKAGE,
                                            "The weather service did not send the forecast "
                                            "within %u second",
                                            "The weather service did not send the forecast "
                                            "within %u seconds", seconds), seconds);
    }
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_task_return_error (task, g_steal_pointer (&error));
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
    g_task_return_new_error (task, PF_FORECAST_ERROR, PF_FORECAST_ERROR_TIMEOUT,
                             _("The weather service did not answer within %u seconds"),
                             fetch->timeout);
  else
    {
      g_autofree char *why = pf_text_sanitize (error->message);

      g_task_return_new_error (task, PF_FORECAST_ERROR, PF_FORECAST_ERROR_NETWORK,
                               _("Could not reach the weather service: %s"), why);
    }
  g_clear_error (&error);
}

static void
finish_fetch (GTask *task)
{
  Fetch *fetch = g_task_get_task_data (task);
  g_autoptr(PfForecast) forecast = NULL;
  GError *error = NULL;

  /* Done in time: the deadline has nothing left to stop. */
  if (fetch->deadline != NULL)
    g_source_destroy (fetch->deadline);

  if (soup_message_get_status (fetch->message) != SOUP_STATUS_OK)
    {
      g_task_return_error (task, http_error (fetch->message, fetch->body));
      return;
    }

  forecast = pf_forecast_parse ((const char *) fetch->body->data, fetch->body->len, &error);
  if (forecast == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  _pf_forecast_set_origin (forecast, fetch->url, g_get_real_time () / G_USEC_PER_SEC);
  g_task_return_pointer (task, g_steal_pointer (&forecast), (GDestroyNotify) pf_forecast_unref);
}

static void read_next (GTask *task);

static void
on_read_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Fetch *fetch = g_task_get_task_data (task);
  g_autoptr(GBytes) chunk = NULL;
  GError *error = NULL;

  chunk = g_input_stream_read_bytes_finish (G_INPUT_STREAM (source), result, &error);
  if (chunk == NULL)
    {
      return_transport_error (task, error);
      return;
    }
  if (g_bytes_get_size (chunk) == 0)
    {
      finish_fetch (task);
      return;
    }
  if (fetch->body->len + g_bytes_get_size (chunk) > MAX_RESPONSE_SIZE)
    {
      g_task_return_new_error (task, PF_FORECAST_ERROR, PF_FORECAST_ERROR_MALFORMED,
                               _("The weather service sent more than a forecast can be"));
      return;
    }

  g_byte_array_append (fetch->body, g_bytes_get_data (chunk, NULL), g_bytes_get_size (chunk));
  read_next (g_steal_pointer (&task));
}

static void
read_next (GTask *task)
{
  Fetch *fetch = g_task_get_task_data (task);

  g_input_stream_read_bytes_async (fetch->stream, READ_CHUNK_SIZE, G_PRIORITY_DEFAULT,
                                   fetch->cancellable, on_read_cb, task);
}

static void
on_sent_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Fetch *fetch = g_task_get_task_data (task);
  GError *error = NULL;

  fetch->stream = soup_session_send_finish (SOUP_SESSION (source), result, &error);
  if (fetch->stream == NULL)
    {
      return_transport_error (task, error);
      return;
    }

  read_next (g_steal_pointer (&task));
}

static gboolean
on_deadline_cb (gpointer user_data)
{
  Fetch *fetch = user_data;

  fetch->deadline_passed = TRUE;
  g_cancellable_cancel (fetch->cancellable);
  return G_SOURCE_REMOVE;
}

static void
on_caller_cancelled_cb (GCancellable *caller,
                        GCancellable *own)
{
  g_cancellable_cancel (own);
}

/* Fetches the hourly forecast for @race_day at the given position, giving up after
 * PF_FORECAST_DEADLINE_S in all (PF_FORECAST_ERROR_TIMEOUT). The callback runs in the
 * thread-default main context of the caller. */
void
pf_forecast_client_fetch_async (PfForecastClient    *self,
                                double               latitude,
                                double               longitude,
                                const GDate         *race_day,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *url = NULL;
  Fetch *fetch;

  g_return_if_fail (PF_IS_FORECAST_CLIENT (self));
  g_return_if_fail (race_day != NULL && g_date_valid (race_day));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, pf_forecast_client_fetch_async);

  url = pf_forecast_client_build_url (self, latitude, longitude, race_day, &error);
  if (url == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  fetch = g_new0 (Fetch, 1);
  fetch->body = g_byte_array_new ();
  fetch->message = soup_message_new (SOUP_METHOD_GET, url);
  fetch->url = g_steal_pointer (&url);
  fetch->timeout = pf_forecast_client_get_timeout (self);
  fetch->deadline_ms = self->deadline_ms;
  fetch->cancellable = g_cancellable_new ();
  g_task_set_task_data (task, fetch, (GDestroyNotify) fetch_free);
  if (fetch->message == NULL)
    {
      g_task_return_new_error (task, PF_FORECAST_ERROR, PF_FORECAST_ERROR_NETWORK,
                               _("“%s” is not a web address for the weather service"),
                               self->base_url);
      return;
    }

  if (cancellable != NULL)
    {
      fetch->caller_cancellable = g_object_ref (cancellable);
      fetch->caller_handler = g_cancellable_connect (cancellable,
                                                     G_CALLBACK (on_caller_cancelled_cb),
                                                     g_object_ref (fetch->cancellable),
                                                     g_object_unref);
    }
  /* In the caller's context, as the callback: the blocking wrapper's private one too. */
  fetch->deadline = g_timeout_source_new (fetch->deadline_ms);
  g_source_set_callback (fetch->deadline, on_deadline_cb, fetch, NULL);
  g_source_set_static_name (fetch->deadline, "[pacefuel] forecast deadline");
  g_source_attach (fetch->deadline, g_main_context_get_thread_default ());

  soup_session_send_async (self->session, fetch->message, G_PRIORITY_DEFAULT,
                           fetch->cancellable, on_sent_cb, g_steal_pointer (&task));
}

PfForecast *
pf_forecast_client_fetch_finish (PfForecastClient  *self,
                                 GAsyncResult      *result,
                                 GError           **error)
{
  g_return_val_if_fail (PF_IS_FORECAST_CLIENT (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
on_fetch_done_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* The same, blocking, for the command line: the request runs in a private main context
 * so that nothing else of the caller's is dispatched meanwhile. */
PfForecast *
pf_forecast_client_fetch (PfForecastClient  *self,
                          double             latitude,
                          double             longitude,
                          const GDate       *race_day,
                          GCancellable      *cancellable,
                          GError           **error)
{
  g_autoptr(GMainContext) context = g_main_context_new ();
  GAsyncResult *result = NULL;
  PfForecast *forecast;

  g_return_val_if_fail (PF_IS_FORECAST_CLIENT (self), NULL);

  g_main_context_push_thread_default (context);
  pf_forecast_client_fetch_async (self, latitude, longitude, race_day, cancellable,
                                  on_fetch_done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (context, TRUE);
  forecast = pf_forecast_client_fetch_finish (self, result, error);

  /* libsoup completes a message in the context it was sent from: the task (and with it the
   * response stream) goes, and what the session still has to do runs, before that context
   * stops being the thread's default. */
  g_object_unref (result);
  while (g_main_context_iteration (context, FALSE))
    ;
  g_main_context_pop_thread_default (context);

  return forecast;
}
