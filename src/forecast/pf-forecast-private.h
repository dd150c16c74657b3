/* pf-forecast-private.h — what the client adds to a parsed forecast
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pf-forecast.h"
#include "pf-forecast-client.h"

G_BEGIN_DECLS

void _pf_forecast_set_origin (PfForecast *self,
                              const char *source,
                              gint64      fetched_at);

void _pf_forecast_client_set_deadline_ms (PfForecastClient *self,
                                          guint             deadline_ms);

G_END_DECLS
