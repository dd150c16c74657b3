/* pf-grade-response.h — the runner's pace on hills against the model's, drawn for screen and print
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "core/pacefuel-core.h"
#include "pf-chart-style.h"

G_BEGIN_DECLS

/* The grade response of @profile on any cairo surface, @width × @height from (0, 0): the pace
 * factor (1 = flat pace) against grade from −30 to +30 %, the model's curve (dashed), the
 * runner's (solid where their runs rest on it, faded where they do not), its 95 % band, and
 * below the plot a bar per grade knot of the distance it rests on. Colours, font and units
 * from @style. */
void pf_draw_grade_response (cairo_t               *cr,
                             const PfRunnerProfile *profile,
                             const PfChartStyle    *style,
                             double                 width,
                             double                 height);

G_END_DECLS
