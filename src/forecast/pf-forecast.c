/* pf-forecast.c — Open-Meteo's hourly forecast, parsed, and the hours a race needs
 *
 * Parsing is a pure function of the response text, so recorded responses test it without a
 * network; pf-forecast-client.c does the transport. Times stay as Open-Meteo gives them with
 * timezone=auto — the course's local wall clock, "2026-04-20T10:00" — which is exactly the
 * convention of PfPlanInputs.start_time, so no zone arithmetic is needed anywhere.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-forecast"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "pf-heat.h"
#include "pf-json-guard.h"
#include "pf-plan.h"
#include "pf-text.h"
#include "pf-forecast.h"
#include "pf-forecast-private.h"

G_DEFINE_QUARK (pf-forecast-error-quark, pf_forecast_error)

/* Hours further apart than this inside the race leave too much to guesswork. */
#define MAX_GAP_S (3 * 3600)

struct _PfForecast
{
  gatomicrefcount ref_count;
  double          latitude;
  double          longitude;
  char           *timezone;
  int             utc_offset_seconds;
  char           *source;
  gint64          fetched_at;
  GArray         *hours;  /* PfForecastHour, strictly increasing times */
  /* Every time the answer named, with values or not: a forecast of nulls reaches the race
   * day but has nothing for it, and says so. */
  guint           n_times;
  gint64          first_time;
  gint64          last_time;
};

G_DEFINE_BOXED_TYPE (PfForecast, pf_forecast, pf_forecast_ref, pf_forecast_unref)

const char *
pf_forecast_attribution (void)
{
  return _("Weather data by Open-Meteo.com");
}

PfForecast *
pf_forecast_ref (PfForecast *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
pf_forecast_unref (PfForecast *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_free (self->timezone);
  g_free (self->source);
  g_array_unref (self->hours);
  g_free (self);
}

static PfForecast *
forecast_new (void)
{
  PfForecast *self = g_new0 (PfForecast, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->hours = g_array_new (FALSE, FALSE, sizeof (PfForecastHour));
  return self;
}

void
_pf_forecast_set_origin (PfForecast *self,
                         const char *source,
                         gint64      fetched_at)
{
  g_return_if_fail (self != NULL);

  g_free (self->source);
  self->source = g_strdup (source);
  self->fetched_at = fetched_at;
}

/* ---- parsing ------------------------------------------------------------------------ */

/* @what may quote the answer (a unit it gave): it is cleaned before it is shown. */
static gboolean
malformed (GError    **error,
           const char *what)
{
  g_autofree char *said = pf_text_sanitize (what);

  g_set_error (error, PF_FORECAST_ERROR, PF_FORECAST_ERROR_MALFORMED,
               _("The weather service sent an answer that is not a forecast (%s)"), said);
  return FALSE;
}

static gboolean
node_is_number (JsonNode *node)
{
  GType type;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  type = json_node_get_value_type (node);
  return type == G_TYPE_DOUBLE || type == G_TYPE_INT64;
}

/* "2026-04-20T10:00" (seconds allowed) as wall-clock seconds since 1970, no zone. */
static gboolean
parse_local_time (const char *text,
                  gint64     *time)
{
  g_autoptr(GDateTime) dt = NULL;
  int y, mo, d, h, mi, s = 0, n = 0;
  gsize length = text != NULL ? strlen (text) : 0;

  if (length == 16)
    {
      if (sscanf (text, "%4d-%2d-%2dT%2d:%2d%n", &y, &mo, &d, &h, &mi, &n) != 5)
        return FALSE;
    }
  else if (length == 19)
    {
      if (sscanf (text, "%4d-%2d-%2dT%2d:%2d:%2d%n", &y, &mo, &d, &h, &mi, &s, &n) != 6)
        return FALSE;
    }
  else
    return FALSE;

  if ((gsize) n != length || text[4] != '-' || text[10] != 'T')
    return FALSE;
  dt = g_date_time_new_utc (y, mo, d, h, mi, s);
  if (dt == NULL)
    return FALSE;
  *time = g_date_time_to_unix (dt);
  return TRUE;
}

/* An hourly series of numbers as long as the time axis; null elements read as NAN
 * (Open-Meteo sends null where a model has no value). */
static gboolean
read_series (JsonObject *hourly,
             const char *name,
             guint       length,
             gboolean    required,
             double     *values,
             GError    **error)
{
  JsonNode *node = json_object_get_member (hourly, name);
  JsonArray *array;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        return malformed (error, name);
      for (guint i = 0; i < length; i++)
        values[i] = NAN;
      return TRUE;
    }
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return malformed (error, name);
  array = json_node_get_array (node);
  if (json_array_get_length (array) != length)
    return malformed (error, name);

  for (guint i = 0; i < length; i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (JSON_NODE_HOLDS_NULL (element))
        values[i] = NAN;
      else if (node_is_number (element))
        values[i] = json_node_get_double (element);
      else
        return malformed (error, name);
    }

  return TRUE;
}

/* A unit other than the one we compute in would silently turn °F into °C. */
static gboolean
check_unit (JsonObject *units,
            const char *name,
            const char *expected,
            GError    **error)
{
  JsonNode *node = units != NULL ? json_object_get_member (units, name) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node)
      || json_node_get_value_type (node) != G_TYPE_STRING)
    return TRUE;
  if (g_strcmp0 (json_node_get_string (node), expected) != 0)
    {
      g_autofree char *what = g_strdup_printf ("%s in %s", name, json_node_get_string (node));

      return malformed (error, what);
    }

  return TRUE;
}

/* At most @max_chars characters of @text, valid UTF-8, with an ellipsis when cut. */
static char *
cut_text (const char *text,
          guint       max_chars)
{
  g_autofree char *valid = g_utf8_make_valid (text, MIN (strlen (text), 4 * (gsize) max_chars + 4));

  if (g_utf8_strlen (valid, -1) <= max_chars && strlen (text) <= 4 * (gsize) max_chars + 4)
    return g_steal_pointer (&valid);
  *g_utf8_offset_to_pointer (valid, MIN (g_utf8_strlen (valid, -1), max_chars)) = '\0';
  return g_strconcat (valid, "…", NULL);
}

/* Open-Meteo's own refusal: {"error": true, "reason": "…"}. */
static gboolean
is_service_error (JsonObject *root,
                  GError    **error)
{
  JsonNode *flag = json_object_get_member (root, "error");
  JsonNode *node = json_object_get_member (root, "reason");
  g_autofree char *reason = NULL;

  if (flag == NULL || !JSON_NODE_HOLDS_VALUE (flag)
      || json_node_get_value_type (flag) != G_TYPE_BOOLEAN || !json_node_get_boolean (flag))
    return FALSE;

  /* Any JSON may stand there (json_object_get_string_member_with_default is critical about
   * an object); the reason is shown to the user, so an absurdly long one is cut, and one
   * with control characters (a terminal's escape sequences) is cleaned of them. */
  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_string (node) != NULL)
    {
      g_autofree char *cut = cut_text (json_node_get_string (node),
                                       PF_FORECAST_MAX_REASON_LENGTH);

      reason = pf_text_sanitize (cut);
    }
  g_set_error (error, PF_FORECAST_ERROR, PF_FORECAST_ERROR_HTTP,
               _("The weather service refused the request: %s"),
               reason != NULL ? reason : _("no reason given"));
  return TRUE;
}

/* Parses an Open-Meteo forecast response. An error document ({"error": true, …}) gives
 * PF_FORECAST_ERROR_HTTP with the service's reason; anything else that is not an hourly
 * forecast gives PF_FORECAST_ERROR_MALFORMED. Hours without a temperature or humidity are
 * left out. */
PfForecast *
pf_forecast_parse (const char  *json,
                   gsize        length,
                   GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) json_error = NULL;
  g_autoptr(PfForecast) self = NULL;
  g_autofree double *temp = NULL, *rh = NULL, *dew = NULL, *wind = NULL;
  JsonNode *root_node, *node;
  JsonObject *root, *hourly, *units;
  JsonArray *times;
  PfJsonGuard guard;
  guint n;

  g_return_val_if_fail (json != NULL || length == 0, NULL);

  /* json-glib would crash on a few kilobytes of "[[[[…" (pf-json-guard.c). */
  guard = pf_json_guard_check (json, length, PF_JSON_MAX_DEPTH, G_MAXSIZE);
  if (guard != PF_JSON_GUARD_OK)
    return malformed (error, pf_json_guard_problem (guard)), NULL;
  if (length > G_MAXSSIZE
      || !json_parser_load_from_data (parser, json != NULL ? json : "", (gssize) length,
                                      &json_error))
    {
      malformed (error, json_error != NULL ? json_error->message : "too large");
      return NULL;
    }

  root_node = json_parser_get_root (parser);
  if (root_node == NULL || !JSON_NODE_HOLDS_OBJECT (root_node))
    return malformed (error, "not a JSON object"), NULL;
  root = json_node_get_object (root_node);
  if (is_service_error (root, error))
    return NULL;

  self = forecast_new ();

  node = json_object_get_member (root, "latitude");
  if (!node_is_number (node) || !(fabs (self->latitude = json_node_get_double (node)) <= 90.0))
    return malformed (error, "latitude"), NULL;
  node = json_object_get_member (root, "longitude");
  if (!node_is_number (node) || !(fabs (self->longitude = json_node_get_double (node)) <= 180.0))
    return malformed (error, "longitude"), NULL;
  node = json_object_get_member (root, "utc_offset_seconds");
  if (node != NULL)
    {
      if (!node_is_number (node) || fabs (json_node_get_double (node)) > 18 * 3600)
        return malformed (error, "utc_offset_seconds"), NULL;
      self->utc_offset_seconds = (int) json_node_get_double (node);
    }
  node = json_object_get_member (root, "timezone");
  if (node != NULL && JSON_NODE_HOLDS_VALUE (node)
      && json_node_get_value_type (node) == G_TYPE_STRING)
    self->timezone = pf_text_sanitize (json_node_get_string (node));

  node = json_object_get_member (root, "hourly");
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return malformed (error, "hourly"), NULL;
  hourly = json_node_get_object (node);
  node = json_object_get_member (root, "hourly_units");
  units = node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
  if (!check_unit (units, "temperature_2m", "°C", error)
      || !check_unit (units, "dew_point_2m", "°C", error)
      || !check_unit (units, "relative_humidity_2m", "%", error)
      || !check_unit (units, "wind_speed_10m", "km/h", error))
    return NULL;

  node = json_object_get_member (hourly, "time");
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return malformed (error, "hourly.time"), NULL;
  times = json_node_get_array (node);
  n = json_array_get_length (times);

  temp = g_new (double, n);
  rh = g_new (double, n);
  dew = g_new (double, n);
  wind = g_new (double, n);
  if (!read_series (hourly, "temperature_2m", n, TRUE, temp, error)
      || !read_series (hourly, "relative_humidity_2m", n, TRUE, rh, error)
      || !read_series (hourly, "dew_point_2m", n, TRUE, dew, error)
      || !read_series (hourly, "wind_speed_10m", n, FALSE, wind, error))
    return NULL;

  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (times, i);
      PfForecastHour hour;
      const PfForecastHour *last = self->hours->len > 0
        ? &g_array_index (self->hours, PfForecastHour, self->hours->len - 1) : NULL;

      if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING
          || !parse_local_time (json_node_get_string (element), &hour.time))
        return malformed (error, "hourly.time"), NULL;
      if (self->n_times++ == 0)
        self->first_time = hour.time;
      self->first_time = MIN (self->first_time, hour.time);
      self->last_time = MAX (self->last_time, hour.time);

      /* One of humidity and dew point is enough: the other follows from the temperature. */
      if (isnan (temp[i]) || (isnan (rh[i]) && isnan (dew[i])))
        continue;
      if (temp[i] < -90.0 || temp[i] > 65.0 || !(isnan (rh[i]) || (rh[i] >= 0.0 && rh[i] <= 100.0)))
        return malformed (error, "a value out of range"), NULL;
      hour.temp_c = temp[i];
      hour.rh_pct = isnan (rh[i]) ? pf_relative_humidity (temp[i], dew[i]) : rh[i];
      hour.dew_point_c = isnan (dew[i]) ? pf_dew_point (temp[i], rh[i]) : dew[i];
      hour.wind_kmh = wind[i];

      if (last != NULL && hour.time <= last->time)
        return malformed (error, "hourly.time out of order"), NULL;
      g_array_append_val (self->hours, hour);
    }

  return g_steal_pointer (&self);
}

/* ---- accessors ---------------------------------------------------------------------- */

double
pf_forecast_get_latitude (const PfForecast *self)
{
  g_return_val_if_fail (self != NULL, NAN);
  return self->latitude;
}

double
pf_forecast_get_longitude (const PfForecast *self)
{
  g_return_val_if_fail (self != NULL, NAN);
  return self->longitude;
}

const char *
pf_forecast_get_timezone (const PfForecast *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->timezone;
}

int
pf_forecast_get_utc_offset (const PfForecast *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->utc_offset_seconds;
}

/* The request the forecast answered, NULL when it was parsed from text. */
const char *
pf_forecast_get_source (const PfForecast *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->source;
}

/* When it was fetched, UTC seconds since 1970; 0 when it was parsed from text. */
gint64
pf_forecast_get_fetched_at (const PfForecast *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->fetched_at;
}

guint
pf_forecast_get_n_hours (const PfForecast *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->hours->len;
}

const PfForecastHour *
pf_forecast_get_hour (const PfForecast *self,
                      guint             index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->hours->len, NULL);

  return &g_array_index (self->hours, PfForecastHour, index);
}

/* ---- the race window ---------------------------------------------------------------- */

static char *
format_local (gint64 time)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (time);

  return dt != NULL ? g_date_time_format (dt, "%Y-%m-%d %H:%M") : g_strdup ("?");
}

static gboolean
not_covered (GError **error,
             char    *message)
{
  g_set_error_literal (error, PF_FORECAST_ERROR, PF_FORECAST_ERROR_NOT_COVERED, message);
  g_free (message);
  return FALSE;
}

/* The forecast hours from the one before the start to the one after the finish, with one
 * more hour each side (pf_conditions_at interpolates between them and the runner may be
 * slower than planned), as PfWeatherHour with humidity per @humidity_kind. An error when
 * the forecast does not span the race. */
GArray *
pf_forecast_hours_for_window (const PfForecast  *self,
                              gint64             start_time,
                              double             duration_s,
                              PfHumidityKind     humidity_kind,
                              GError           **error)
{
  const PfForecastHour *h;
  g_autoptr(GArray) hours = NULL;
  g_autofree char *start_text = NULL, *end_text = NULL;
  gint64 end_time;
  guint first = 0, last, n;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (duration_s >= 0.0 && duration_s < 1.0e8, NULL);

  n = self->hours->len;
  h = (const PfForecastHour *) (gpointer) self->hours->data;
  end_time = start_time + (gint64) ceil (duration_s);

  start_text = format_local (start_time);
  end_text = format_local (end_time);
  /* Times that reach the start with no values for them (Open-Meteo sends null where its
   * model has none) are not a forecast that ends too soon. */
  if ((n == 0 || h[n - 1].time < start_time) && self->n_times > 0
      && self->last_time >= start_time && self->first_time <= end_time)
    return not_covered (error, g_strdup_printf (_("The forecast has no values for the hours of "
                                                  "the race (start %s)"), start_text)), NULL;
  if (n == 0 || h[n - 1].time < start_time)
    return not_covered (error, g_strdup_printf (_("The forecast does not reach the race day "
                                                  "(start %s)"), start_text)), NULL;
  if (h[0].time > start_time)
    return not_covered (error, g_strdup_printf (_("The forecast begins after the start (%s)"),
                                                start_text)), NULL;
  if (h[n - 1].time < end_time)
    return not_covered (error, g_strdup_printf (_("The forecast ends before the finish (%s)"),
                                                end_text)), NULL;

  while (first + 1 < n && h[first + 1].time <= start_time)
    first++;
  last = first;
  while (h[last].time < end_time)
    last++;
  first = first > 0 ? first - 1 : first;
  last = MIN (last + 1, n - 1);

  hours = g_array_sized_new (FALSE, FALSE, sizeof (PfWeatherHour), last - first + 1);
  for (guint i = first; i <= last; i++)
    {
      PfWeatherHour hour = {
        .time = h[i].time,
        .temp_c = h[i].temp_c,
        .humidity = humidity_kind == PF_HUMIDITY_DEW_POINT ? h[i].dew_point_c : h[i].rh_pct,
      };

      if (i > first && h[i].time - h[i - 1].time > MAX_GAP_S)
        {
          g_autofree char *gap = format_local (h[i].time);

          return not_covered (error, g_strdup_printf (_("The forecast has no values for the "
                                                        "hours before %s"), gap)), NULL;
        }
      g_array_append_val (hours, hour);
    }

  return g_steal_pointer (&hours);
}

/* Puts the race's forecast hours into @conditions, in its own humidity kind, and notes
 * where they came from. The typed conditions stay as they were, for when the forecast is
 * dropped again; on error @conditions is not touched at all. */
gboolean
pf_forecast_apply (const PfForecast  *self,
                   gint64             start_time,
                   double             duration_s,
                   PfConditions      *conditions,
                   GError           **error)
{
  GArray *hours;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (conditions != NULL, FALSE);

  hours = pf_forecast_hours_for_window (self, start_time, duration_s, conditions->humidity_kind,
                                        error);
  if (hours == NULL)
    return FALSE;

  /* The plan refuses an hour outside its models' ranges (a 60 °C forecast hour); said here,
   * the refusal names the forecast and the hour rather than leave the runner to wonder which
   * typed value is wrong. */
  for (guint i = 0; i < hours->len; i++)
    {
      const PfWeatherHour *hour = &g_array_index (hours, PfWeatherHour, i);
      g_autoptr(GError) refused = NULL;

      if (!pf_weather_hour_validate (hour, conditions->humidity_kind, &refused))
        {
          g_autofree char *when = format_local (hour->time);

          g_array_unref (hours);
          /* Translators: %s is an hour, "2026-06-01 14:00", then why the plan cannot use it */
          g_set_error (error, PF_FORECAST_ERROR, PF_FORECAST_ERROR_OUT_OF_RANGE,
                       _("The forecast for %s cannot be used: %s"), when, refused->message);
          return FALSE;
        }
    }

  g_clear_pointer (&conditions->hours, g_array_unref);
  conditions->hours = hours;
  g_free (conditions->forecast_source);
  conditions->forecast_source = g_strdup (self->source != NULL ? self->source
                                                               : PF_FORECAST_ATTRIBUTION_URL);
  conditions->forecast_fetched_at = self->fetched_at;
  return TRUE;
}
