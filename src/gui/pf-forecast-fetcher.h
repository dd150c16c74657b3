/* pf-forecast-fetcher.h — fetching the race-day forecast into a document's conditions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pf-document.h"

G_BEGIN_DECLS

#define PF_TYPE_FORECAST_FETCHER (pf_forecast_fetcher_get_type ())

G_DECLARE_FINAL_TYPE (PfForecastFetcher, pf_forecast_fetcher, PF, FORECAST_FETCHER, GObject)

PfForecastFetcher *pf_forecast_fetcher_new               (void);
PfDocument        *pf_forecast_fetcher_get_document      (PfForecastFetcher *self);
void               pf_forecast_fetcher_set_document      (PfForecastFetcher *self,
                                                          PfDocument        *document);
gboolean           pf_forecast_fetcher_get_auto_forecast (PfForecastFetcher *self);
void               pf_forecast_fetcher_set_auto_forecast (PfForecastFetcher *self,
                                                          gboolean           auto_forecast);
gboolean           pf_forecast_fetcher_get_fetching      (PfForecastFetcher *self);
void               pf_forecast_fetcher_fetch             (PfForecastFetcher *self);
void               pf_forecast_fetcher_cancel            (PfForecastFetcher *self);
void               pf_forecast_fetcher_auto_fetch        (PfForecastFetcher *self);
gboolean           pf_forecast_fetcher_race_day_is_set   (const PfPlanInputs *inputs);

G_END_DECLS
