/* pf-forecast-client.h — fetches the race day's hourly forecast from Open-Meteo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "pf-forecast.h"

G_BEGIN_DECLS

#define PF_FORECAST_DEFAULT_URL "https://api.open-meteo.com/v1/forecast"
#define PF_FORECAST_DEFAULT_TIMEOUT_S 20
/* The whole request, however slowly the service sends it (the timeout above is idle time). */
#define PF_FORECAST_DEADLINE_S 30

#define PF_TYPE_FORECAST_CLIENT (pf_forecast_client_get_type ())

G_DECLARE_FINAL_TYPE (PfForecastClient, pf_forecast_client, PF, FORECAST_CLIENT, GObject)

PfForecastClient *pf_forecast_client_new          (void);
const char       *pf_forecast_client_get_base_url (PfForecastClient     *self);
void              pf_forecast_client_set_base_url (PfForecastClient     *self,
                                                   const char           *base_url);
guint             pf_forecast_client_get_timeout  (PfForecastClient     *self);
void              pf_forecast_client_set_timeout  (PfForecastClient     *self,
                                                   guint                 seconds);
void              pf_forecast_client_set_today    (PfForecastClient     *self,
                                                   const GDate          *today);
char             *pf_forecast_client_build_url    (PfForecastClient     *self,
                                                   double                latitude,
                                                   double                longitude,
                                                   const GDate          *race_day,
                                                   GError              **error);

void              pf_forecast_client_fetch_async  (PfForecastClient     *self,
                                                   double                latitude,
                                                   double                longitude,
                                                   const GDate          *race_day,
                                                   GCancellable         *cancellable,
                                                   GAsyncReadyCallback   callback,
                                                   gpointer              user_data);
PfForecast       *pf_forecast_client_fetch_finish (PfForecastClient     *self,
                                                   GAsyncResult         *result,
                                                   GError              **error);
PfForecast       *pf_forecast_client_fetch        (PfForecastClient     *self,
                                                   double                latitude,
                                                   double                longitude,
                                                   const GDate          *race_day,
                                                   GCancellable         *cancellable,
                                                   GError              **error);

G_END_DECLS
