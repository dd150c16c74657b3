/* pf-weather-hours.h — the race day's weather hour by hour, each hour's values editable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "core/pacefuel-core.h"
#include "report/pf-units.h"

G_BEGIN_DECLS

#define PF_TYPE_WEATHER_HOURS (pf_weather_hours_get_type ())

G_DECLARE_FINAL_TYPE (PfWeatherHours, pf_weather_hours, PF, WEATHER_HOURS, AdwExpanderRow)

void           pf_weather_hours_show          (PfWeatherHours     *self,
                                               const PfConditions *conditions,
                                               PfUnitSystem        units,
                                               gboolean            force);
/* The temperature field of the hour at @index, NULL past the last hour. */
GtkSpinButton *pf_weather_hours_get_temp_spin (PfWeatherHours     *self,
                                               guint               index);

G_END_DECLS
