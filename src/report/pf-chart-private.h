/* pf-chart-private.h — what the files of the elevation profile share: the geometry computed
 * once per drawing, the style's pens and text, and each layer's drawing
 *
 *   pf-chart-style.c    palettes, pens (colour, line width, dimming) and text
 *   pf-chart-axes.c     the ticks of the three axes and the grid with its labels
 *   pf-chart-layout.c   where the plot goes (PfChartGeometry) and distance/elevation/pace to pixels
 *   pf-chart-hit.c      what lies under a point: the distance at an x, the pace and temperature
 *   pf-chart-legend.c   the legend under the distance labels
 *   pf-chart-course.c   the course layers: elevation area, aid stations and landmarks
 *   pf-chart-plan.c     the plan layers: pace line, temperature strip, intakes
 *   pf-chart-marks.c    what marks places: warning tints, the highlighted stretch, the cursor
 *   pf-chart.c          pf_draw_profile: the layers in order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

#include "pf-chart.h"

G_BEGIN_DECLS

/* Pango and GTK both lay text out at 96 device units per inch: a point is 4/3 of a unit. */
#define UNITS_PER_POINT (96.0 / 72.0)

#define MAX_TICKS 32

/* Between the two lines of a legend that needs two. */
#define LEGEND_LINE_GAP 3

typedef struct
{
  double value;    /* in display units */
  double pos;      /* x or y, device units */
  char  *label;
} PfChartTick;

/* Everything pf_draw_profile needs, computed once so that hit-testing (the public layout) and
 * drawing always agree. */
typedef struct
{
  PfProfileLayout layout;
  gboolean        has_elevation;
  double          font_px;
  double          line_h;
  double          pad;
  double          marker_size;
  PfChartTick     x_ticks[MAX_TICKS];
  guint           n_x_ticks;
  PfChartTick     y_ticks[MAX_TICKS];
  guint           n_y_ticks;
  PfChartTick     pace_ticks[MAX_TICKS];
  guint           n_pace_ticks;
  double          x_label_y;      /* top of the distance labels */
  double          legend_y;       /* top of the legend, when the plan layers are drawn */
  guint           legend_lines;   /* lines kept for it: one, or two when it does not fit */
} PfChartGeometry;

/* pf-chart-style.c */
void     _pf_chart_set_source               (cairo_t               *cr,
                                             const PfRgba          *c,
                                             double                 alpha_scale);
void     _pf_chart_set_line_width           (cairo_t               *cr,
                                             const PfChartStyle    *style,
                                             double                 width);
double   _pf_chart_muted                    (const PfChartStyle    *style,
                                             double                 alpha_scale);
void     _pf_chart_text_size                (PangoContext          *context,
                                             const PfChartStyle    *style,
                                             const char            *text,
                                             double                *width,
                                             double                *height);
void     _pf_chart_draw_text                (cairo_t               *cr,
                                             PangoContext          *context,
                                             const PfChartStyle    *style,
                                             const char            *text,
                                             double                 x,
                                             double                 y);

/* pf-chart-axes.c */
void     _pf_chart_geometry_clear           (PfChartGeometry       *geom);
double   _pf_chart_compute_pace_ticks       (PfChartGeometry       *geom,
                                             PangoContext          *context,
                                             const PfChartStyle    *style,
                                             const PfPlan          *plan);
double   _pf_chart_compute_y_ticks          (PfChartGeometry       *geom,
                                             PangoContext          *context,
                                             const PfChartStyle    *style,
                                             const PfCourse        *course,
                                             double                 plot_h);
void     _pf_chart_compute_x_ticks          (PfChartGeometry       *geom,
                                             PangoContext          *context,
                                             const PfChartStyle    *style);
void     _pf_chart_draw_grid_and_labels     (cairo_t               *cr,
                                             const PfChartGeometry *geom,
                                             const PfChartStyle    *style);

/* pf-chart-layout.c */
void     _pf_chart_geometry_compute         (PfChartGeometry       *geom,
                                             const PfPlan          *plan,
                                             const PfChartStyle    *style,
                                             double                 width,
                                             double                 height);

/* pf-chart-legend.c */
guint    _pf_chart_legend_lines_needed      (const PfChartGeometry *geom,
                                             const PfChartStyle    *style,
                                             const PfPlan          *plan);
void     _pf_chart_draw_legend              (cairo_t               *cr,
                                             const PfChartGeometry *geom,
                                             const PfChartStyle    *style,
                                             const PfPlan          *plan);

/* pf-chart-course.c */
void     _pf_chart_append_drop              (cairo_t               *cr,
                                             double                 x,
                                             double                 top,
                                             double                 size);
void     _pf_chart_draw_profile             (cairo_t               *cr,
                                             const PfChartGeometry *geom,
                                             const PfChartStyle    *style,
                                             const PfCourse        *course);
void     _pf_chart_draw_waypoints           (cairo_t               *cr,
                                             const PfChartGeometry *geom,
                                             const PfChartStyle    *style,
                                             const PfPlan          *plan,
                                             const PfCourse        *course);
void     _pf_chart_draw_no_elevation_label  (cairo_t               *cr,
                                             const PfChartGeometry *geom,
                                             const PfChartStyle    *style);

/* pf-chart-plan.c */
void     _pf_chart_draw_pace                (cairo_t               *cr,
                                             const PfChartGeometry *geom,
                                             const PfChartStyle    *style,
                                             const PfPlan          *plan);
void     _pf_chart_draw_temperature_strip   (cairo_t               *cr,
                                             const PfChartGeometry *geom,
                                             const PfChartStyle    *style,
                                             const PfPlan          *plan);
void     _pf_chart_draw_intakes             (cairo_t               *cr,
                                             const PfChartGeometry *geom,
                                             const PfChartStyle    *style,
                                             const PfPlan          *plan);

/* pf-chart-marks.c */
void     _pf_chart_draw_warning_bands       (cairo_t               *cr,
                                             const PfChartGeometry *geom,
                                             const PfChartStyle    *style,
                                             const PfPlan          *plan);
void     _pf_chart_draw_highlight           (cairo_t               *cr,
                                             const PfChartGeometry *geom,
                                             const PfChartStyle    *style,
                                             double                 from_m,
                                             double                 to_m);
void     _pf_chart_draw_cursor              (cairo_t               *cr,
                                             const PfChartGeometry *geom,
                                             const PfChartStyle    *style,
                                             const PfPlan          *plan,
                                             const PfCourse        *course,
                                             double                 cursor_m);

G_END_DECLS
