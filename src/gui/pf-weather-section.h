/* pf-weather-section.h — the plan editor's weather: typed, or the race-day forecast by the hour
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pf-editor-section.h"

G_BEGIN_DECLS

#define PF_TYPE_WEATHER_SECTION (pf_weather_section_get_type ())

G_DECLARE_FINAL_TYPE (PfWeatherSection, pf_weather_section, PF, WEATHER_SECTION, PfEditorSection)

gboolean pf_weather_section_get_auto_forecast (PfWeatherSection *self);
void     pf_weather_section_set_auto_forecast (PfWeatherSection *self,
                                               gboolean          auto_forecast);

G_END_DECLS
