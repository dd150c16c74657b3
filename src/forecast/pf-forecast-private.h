/* pf-forecast-private.h — what the client adds to a parsed forecast
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pf-forecast.h"

G_BEGIN_DECLS

void _pf_forecast_set_origin (PfForecast *self,
                              const char *source,
                              gint64      fetched_at);

G_END_DECLS
