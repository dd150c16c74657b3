/* pf-forecast-fetcher.c — fetching the race-day forecast into a document's conditions
 *
 * The weather section's network half: asks Open-Meteo (PfForecastClient) for the hourly
 * weather at the course's start on race day and hands the hours to the document; with
 * auto-forecast on it asks by itself, as a plan opens and every half hour while the forecast
 * it holds is older than a few hours. ::fetched says how a fetch that was not cancelled ended.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-forecast-fetcher"

#include "config.h"

#include "pf-forecast-fetcher.h"

#include <glib/gi18n.h>

#include "forecast/pf-forecast-client.h"

#define SECONDS_PER_DAY 86400

/* With the automatic refresh on, an open plan looks this often whether its forecast is older
 * than the age below: Open-Meteo's models run every one to six hours. */
#define AUTO_FORECAST_CHECK_S   (30 * 60)
#define AUTO_FORECAST_MAX_AGE_S (3 * 60 * 60)

struct _PfForecastFetcher
{
  GObject           parent_instance;

  PfDocument       *document;
  PfForecastClient *client;
  GCancellable     *cancellable;
  gboolean          auto_forecast;
  guint             auto_forecast_id;
};

G_DEFINE_FINAL_TYPE (PfForecastFetcher, pf_forecast_fetcher, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_AUTO_FORECAST,
  PROP_FETCHING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  FETCHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gint64
start_day (gint64 start_time)
{
  return start_time >= 0 ? start_time / SECONDS_PER_DAY
                         : (start_time - SECONDS_PER_DAY + 1) / SECONDS_PER_DAY;
}

gboolean
pf_forecast_fetcher_race_day_is_set (const PfPlanInputs *inputs)
{
  /* Day 0 is what a bare time of day gives: no date chosen yet. */
  return start_day (inputs->start_time) != 0;
}

/* The race day as a date; FALSE while only a time of day is set. */
static gboolean
get_race_day (const PfPlanInputs *inputs,
              GDate              *race_day)
{
  g_autoptr(GDateTime) day = NULL;

  if (!pf_forecast_fetcher_race_day_is_set (inputs))
    return FALSE;

  day = g_date_time_new_from_unix_utc (start_day (inputs->start_time) * SECONDS_PER_DAY);
  g_date_clear (race_day, 1);
  g_date_set_dmy (race_day, g_date_time_get_day_of_month (day),
                  g_date_time_get_month (day), g_date_time_get_year (day));
  return TRUE;
}

static void
set_cancellable (PfForecastFetcher *self,
                 GCancellable      *cancellable)
{
  gboolean was_fetching = self->cancellable != NULL;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = cancellable;
  if (was_fetching != (cancellable != NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FETCHING]);
}

static void
on_forecast_fetched_cb (GObject      *source_object,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(PfForecastFetcher) self = user_data;
  g_autoptr(PfForecast) forecast = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(PfPlanInputs) inputs = { 0 };
  PfPlan *plan;

  forecast = pf_forecast_client_fetch_finish (PF_FORECAST_CLIENT (source_object), result,
                                              &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->cancellable);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FETCHING]);
  if (self->document == NULL)
    return;

  plan = pf_document_get_plan (self->document);
  if (forecast != NULL && plan != NULL)
    {
      pf_document_copy_inputs (self->document, &inputs);
      /* The typed conditions stay as they were: the hours win while there are any. */
      if (pf_forecast_apply (forecast, inputs.start_time, pf_plan_get_finish_time (plan),
                             &inputs.conditions, &error))
        {
          g_autoptr(GError) refused = NULL;

          if (pf_document_set_inputs (self->document, &inputs, &refused))
            {
              g_signal_emit (self, signals[FETCHED], 0, NULL);
              return;
            }
          /* Refused with the forecast's hours: said as the forecast's problem, not left to
           * look like a typed value's. */
          g_set_error (&error, PF_FORECAST_ERROR, PF_FORECAST_ERROR_OUT_OF_RANGE,
                       _("The plan cannot use the forecast: %s"), refused->message);
        }
    }

  if (error != NULL)
    g_signal_emit (self, signals[FETCHED], 0, error);
}

void
pf_forecast_fetcher_fetch (PfForecastFetcher *self)
{
  PfPlan *plan;
  double latitude, longitude;
  GDate race_day;

  g_return_if_fail (PF_IS_FORECAST_FETCHER (self));

  if (self->document == NULL || (plan = pf_document_get_plan (self->document)) == NULL)
    return;
  if (!get_race_day (pf_document_get_inputs (self->document), &race_day))
    return;

  if (self->client == NULL)
    {
      const char *url = g_getenv ("PACEFUEL_FORECAST_URL");

      self->client = pf_forecast_client_new ();
      /* Tests and self-hosted instances point elsewhere. */
      if (url != NULL && *url != '\0')
        pf_forecast_client_set_base_url (self->client, url);
    }

  pf_course_get_start (pf_plan_get_course (plan), &latitude, &longitude);

  set_cancellable (self, g_cancellable_new ());
  pf_forecast_client_fetch_async (self->client, latitude, longitude, &race_day,
                                  self->cancellable, on_forecast_fetched_cb,
                                  g_object_ref (self));
}

void
pf_forecast_fetcher_cancel (PfForecastFetcher *self)
{
  g_return_if_fail (PF_IS_FORECAST_FETCHER (self));

  set_cancellable (self, NULL);
}

/* Whether the automatic refresh asks now: never for a race day past or beyond what a forecast
 * covers (the request could not succeed, and says where the runner races for nothing), never
 * over hours the runner typed, and not while the forecast in the plan is still fresh. */
static gboolean
wants_auto_forecast (PfForecastFetcher *self)
{
  const PfPlanInputs *inputs;
  const PfConditions *c;
  GDate today, race_day;
  int days_ahead;

  if (!self->auto_forecast || self->cancellable != NULL || self->document == NULL
      || pf_document_get_plan (self->document) == NULL)
    return FALSE;

  inputs = pf_document_get_inputs (self->document);
  c = &inputs->conditions;
  if (!get_race_day (inputs, &race_day))
    return FALSE;
  if (c->hours != NULL && c->hours->len > 0 && c->forecast_source == NULL)
    return FALSE;
  if (c->forecast_source != NULL
      && g_get_real_time () / G_USEC_PER_SEC - c->forecast_fetched_at < AUTO_FORECAST_MAX_AGE_S)
    return FALSE;

  /* The local date, as PfForecastClient counts its horizon. */
  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));
  days_ahead = g_date_days_between (&today, &race_day);
  return days_ahead >= 0 && days_ahead < PF_FORECAST_HORIZON_DAYS;
}

/* Failures are told as for a fetch that was asked for (::fetched): never a dialog. */
void
pf_forecast_fetcher_auto_fetch (PfForecastFetcher *self)
{
  g_return_if_fail (PF_IS_FORECAST_FETCHER (self));

  if (wants_auto_forecast (self))
    pf_forecast_fetcher_fetch (self);
}

static gboolean
auto_forecast_cb (gpointer user_data)
{
  pf_forecast_fetcher_auto_fetch (PF_FORECAST_FETCHER (user_data));
  return G_SOURCE_CONTINUE;
}

static void
pf_forecast_fetcher_dispose (GObject *object)
{
  PfForecastFetcher *self = PF_FORECAST_FETCHER (object);

  g_clear_handle_id (&self->auto_forecast_id, g_source_remove);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->client);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (pf_forecast_fetcher_parent_class)->dispose (object);
}

static void
pf_forecast_fetcher_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PfForecastFetcher *self = PF_FORECAST_FETCHER (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_AUTO_FORECAST:
      g_value_set_boolean (value, self->auto_forecast);
      break;

    case PROP_FETCHING:
      g_value_set_boolean (value, self->cancellable != NULL);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pf_forecast_fetcher_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  PfForecastFetcher *self = PF_FORECAST_FETCHER (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      pf_forecast_fetcher_set_document (self, g_value_get_object (value));
      break;

    case PROP_AUTO_FORECAST:
      pf_forecast_fetcher_set_auto_forecast (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pf_forecast_fetcher_class_init (PfForecastFetcherClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pf_forecast_fetcher_dispose;
  object_class->get_property = pf_forecast_fetcher_get_property;
  object_class->set_property = pf_forecast_fetcher_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         PF_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_AUTO_FORECAST] =
    g_param_spec_boolean ("auto-forecast", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_FETCHING] =
    g_param_spec_boolean ("fetching", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PfForecastFetcher::fetched:
   * @error: (nullable): why there is no forecast; NULL when the document took its hours
   */
  signals[FETCHED] =
    g_signal_new ("fetched",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
pf_forecast_fetcher_init (PfForecastFetcher *self)
{
}

PfForecastFetcher *
pf_forecast_fetcher_new (void)
{
  return g_object_new (PF_TYPE_FORECAST_FETCHER, NULL);
}

PfDocument *
pf_forecast_fetcher_get_document (PfForecastFetcher *self)
{
  g_return_val_if_fail (PF_IS_FORECAST_FETCHER (self), NULL);

  return self->document;
}

/* A forecast asked for the previous document must not land on this one: the weather section
 * cancels on every file change too. */
void
pf_forecast_fetcher_set_document (PfForecastFetcher *self,
                                  PfDocument        *document)
{
  g_return_if_fail (PF_IS_FORECAST_FETCHER (self));
  g_return_if_fail (!document || PF_IS_DOCUMENT (document));

  if (g_set_object (&self->document, document))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

gboolean
pf_forecast_fetcher_get_auto_forecast (PfForecastFetcher *self)
{
  g_return_val_if_fail (PF_IS_FORECAST_FETCHER (self), FALSE);

  return self->auto_forecast;
}

void
pf_forecast_fetcher_set_auto_forecast (PfForecastFetcher *self,
                                       gboolean           auto_forecast)
{
  g_return_if_fail (PF_IS_FORECAST_FETCHER (self));

  auto_forecast = !!auto_forecast;
  if (self->auto_forecast == auto_forecast)
    return;

  self->auto_forecast = auto_forecast;
  g_clear_handle_id (&self->auto_forecast_id, g_source_remove);
  if (auto_forecast)
    {
      self->auto_forecast_id = g_timeout_add_seconds (AUTO_FORECAST_CHECK_S, auto_forecast_cb,
                                                      self);
      pf_forecast_fetcher_auto_fetch (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTO_FORECAST]);
}

gboolean
pf_forecast_fetcher_get_fetching (PfForecastFetcher *self)
{
  g_return_val_if_fail (PF_IS_FORECAST_FETCHER (self), FALSE);

  return self->cancellable != NULL;
}
