/* pf-chart-style.h — how the elevation profile looks: colours, font, units and which layers
 * it shows, in light, dark and high-contrast palettes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "pf-units.h"

G_BEGIN_DECLS

typedef struct
{
  double red, green, blue, alpha;
} PfRgba;

typedef struct
{
  PfRgba       background;
  PfRgba       foreground;     /* axis labels, text */
  PfRgba       grid;
  PfRgba       profile_fill;
  PfRgba       profile_line;
  PfRgba       aid_station;
  PfRgba       landmark;
  PfRgba       cursor;
  PfRgba       pace_line;
  PfRgba       intake_drink;   /* fuel schedule: a drop where the runner drinks … */
  PfRgba       intake_food;    /* … a square where they take a gel, chews or a capsule */
  PfRgba       warning_band;   /* the stretches of warnings, tinted under the profile */
  PfRgba       danger_band;
  PfRgba       highlight;      /* the stretch the reader picked */
  const char  *font_family;
  double       font_size;      /* points */
  PfUnitSystem units;
  gboolean     show_plan;      /* pace line, right pace axis, temperature strip and legend */
  gboolean     show_intakes;   /* with show_plan: the fuel schedule along the distance axis */
  gboolean     show_warnings;  /* with show_plan: warning and danger stretches tinted */
  gboolean     high_contrast;  /* wider data lines, secondary text undimmed */
} PfChartStyle;

void   pf_chart_style_init_light          (PfChartStyle *style);
void   pf_chart_style_init_dark           (PfChartStyle *style);
void   pf_chart_style_init_high_contrast  (PfChartStyle *style,
                                           gboolean      dark);
void   pf_temperature_colour              (double        temp_c,
                                           PfRgba       *colour);

G_END_DECLS
