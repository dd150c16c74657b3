/* pf-forecast.h — an hourly weather forecast as Open-Meteo returns it, parsed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "pf-plan-inputs.h"

G_BEGIN_DECLS

#define PF_FORECAST_ERROR (pf_forecast_error_quark ())
#define PF_TYPE_FORECAST (pf_forecast_get_type ())

/* Open-Meteo's licence (CC BY 4.0) asks for this line wherever its data is shown. */
#define PF_FORECAST_ATTRIBUTION_URL "https://open-meteo.com/"
#define PF_FORECAST_LICENSE "CC BY 4.0"

/* Forecast days Open-Meteo serves: today and the 15 days after it. */
#define PF_FORECAST_HORIZON_DAYS 16
/* Past days its forecast endpoint still answers for (past_days accepts up to 92). */
#define PF_FORECAST_PAST_DAYS 92
/* Limits (docs/performance.md): the service's reason for a refusal is shown to the user, cut
 * to this many characters (the client reads no answer larger than 4 MB). */
#define PF_FORECAST_MAX_REASON_LENGTH 200

typedef enum
{
  PF_FORECAST_ERROR_MALFORMED,       /* the answer is not a forecast we understand */
  PF_FORECAST_ERROR_HTTP,            /* the service said no; the message carries its reason */
  PF_FORECAST_ERROR_NETWORK,         /* no connection, no such host, a bad address */
  PF_FORECAST_ERROR_TIMEOUT,         /* no answer in time */
  PF_FORECAST_ERROR_BEYOND_HORIZON,  /* the race day is too far ahead (or back) to forecast */
  PF_FORECAST_ERROR_NOT_COVERED,     /* the answer does not span the race */
  PF_FORECAST_ERROR_OUT_OF_RANGE,    /* an hour of the race the plan's models cannot take */
} PfForecastError;

/* One forecast hour at the course's local wall-clock time (as PfWeatherHour.time). */
typedef struct
{
  gint64 time;
  double temp_c;
  double rh_pct;
  double dew_point_c;
  double wind_kmh;      /* NAN when the answer has none */
} PfForecastHour;

typedef struct _PfForecast PfForecast;

GQuark      pf_forecast_error_quark         (void);
GType       pf_forecast_get_type            (void) G_GNUC_CONST;
const char *pf_forecast_attribution         (void);

PfForecast *pf_forecast_parse               (const char        *json,
                                             gsize              length,
                                             GError           **error);
PfForecast *pf_forecast_ref                 (PfForecast        *self);
void        pf_forecast_unref               (PfForecast        *self);

double      pf_forecast_get_latitude        (const PfForecast  *self);
double      pf_forecast_get_longitude       (const PfForecast  *self);
const char *pf_forecast_get_timezone        (const PfForecast  *self);
int         pf_forecast_get_utc_offset      (const PfForecast  *self);
const char *pf_forecast_get_source          (const PfForecast  *self);
gint64      pf_forecast_get_fetched_at      (const PfForecast  *self);
guint       pf_forecast_get_n_hours         (const PfForecast  *self);
const PfForecastHour *pf_forecast_get_hour  (const PfForecast  *self,
                                             guint              index);

GArray     *pf_forecast_hours_for_window    (const PfForecast  *self,
                                             gint64             start_time,
                                             double             duration_s,
                                             PfHumidityKind     humidity_kind,
                                             GError           **error);
gboolean    pf_forecast_apply               (const PfForecast  *self,
                                             gint64             start_time,
                                             double             duration_s,
                                             PfConditions      *conditions,
                                             GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PfForecast, pf_forecast_unref)

G_END_DECLS
