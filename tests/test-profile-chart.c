/* test-profile-chart.c — pf_draw_profile on image and PDF surfaces (no display needed), with
 * and without the plan's pace line and temperature strip
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-profile-chart"

#include "config.h"

#include <cairo-pdf.h>
#include <math.h>

#include "core/pacefuel-core.h"
#include "report/pf-chart.h"

static PfPlan *
plan_for (const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("PF_TEST_DATA"), name, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = NULL;
  g_auto(PfPlanInputs) inputs = { 0 };
  PfPlan *plan;

  track = pf_import_path (path, &error);
  g_assert_no_error (error);
  pf_plan_inputs_init (&inputs);
  pf_plan_inputs_set_track (&inputs, track);
  plan = pf_plan_compute (&inputs, &error);
  g_assert_no_error (error);
  return plan;
}

static cairo_surface_t *
render (const PfPlan *plan,
        gboolean      dark,
        int           width,
        int           height,
        double        cursor_m)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  PfChartStyle style;

  if (dark)
    pf_chart_style_init_dark (&style);
  else
    pf_chart_style_init_light (&style);

  pf_draw_profile (cr, plan, &style, width, height, cursor_m);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* Share of pixels that differ from the top-left (background) pixel. */
static double
ink_fraction (cairo_surface_t *surface)
{
  const guchar *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  guint32 background = *(const guint32 *)data;
  guint n = 0;

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      if (*(const guint32 *)(data + y * stride + x * 4) != background)
        n++;

  return (double)n / (width * height);
}

static guint
count_differences (cairo_surface_t *a,
                   cairo_surface_t *b)
{
  int stride = cairo_image_surface_get_stride (a);
  int height = cairo_image_surface_get_height (a);
  const guchar *da = cairo_image_surface_get_data (a);
  const guchar *db = cairo_image_surface_get_data (b);
  guint n = 0;

  for (int i = 0; i < stride * height; i += 4)
    if (*(const guint32 *)(da + i) != *(const guint32 *)(db + i))
      n++;

  return n;
}

static void
test_draws_profile (void)
{
  g_autoptr(PfPlan) plan = plan_for ("twin_cities_marathon.gpx");
  cairo_surface_t *light = render (plan, FALSE, 640, 240, -1);
  cairo_surface_t *dark = render (plan, TRUE, 640, 240, -1);
  double ink = ink_fraction (light);

  /* An area chart covers a good part of the plot, but not all of it. */
  g_assert_cmpfloat (ink, >, 0.10);
  g_assert_cmpfloat (ink, <, 0.95);
  g_assert_cmpuint (count_differences (light, dark), >, 640 * 240 / 2);

  cairo_surface_destroy (light);
  cairo_surface_destroy (dark);
}

static void
test_cursor (void)
{
  g_autoptr(PfPlan) plan = plan_for ("twin_cities_marathon.gpx");
  cairo_surface_t *without = render (plan, FALSE, 640, 240, -1);
  cairo_surface_t *with = render (plan, FALSE, 640, 240, 20000);

  g_assert_cmpuint (count_differences (without, with), >, 100);

  cairo_surface_destroy (without);
  cairo_surface_destroy (with);
}

static void
test_layout (void)
{
  g_autoptr(PfPlan) plan = plan_for ("twin_cities_marathon.gpx");
  PfCourse *course = pf_plan_get_course (plan);
  const int sizes[][2] = { { 200, 120 }, { 360, 220 }, { 640, 240 }, { 1600, 400 } };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      PfProfileLayout layout;
      PfChartStyle style;
      double w = sizes[i][0], h = sizes[i][1];

      pf_chart_style_init_light (&style);
      pf_profile_layout_compute (&layout, plan, &style, w, h);

      /* The plot lies inside the chart, and keeps most of its width even when small. */
      g_assert_cmpfloat (layout.x, >=, 0);
      g_assert_cmpfloat (layout.y, >=, 0);
      g_assert_cmpfloat (layout.x + layout.width, <=, w);
      g_assert_cmpfloat (layout.y + layout.height, <=, h);
      g_assert_cmpfloat (layout.width, >, w * 0.6);
      g_assert_cmpfloat (layout.height, >, h * 0.3);

      g_assert_cmpfloat_with_epsilon (layout.distance_max_m, pf_course_get_distance (course), 1);
      g_assert_cmpfloat (layout.ele_min_m, <=, pf_course_get_min_elevation (course));
      g_assert_cmpfloat (layout.ele_max_m, >=, pf_course_get_max_elevation (course));
      g_assert_cmpfloat_with_epsilon (pf_profile_layout_x_at_distance (&layout, 0), layout.x, 1e-9);
      g_assert_cmpfloat_with_epsilon (pf_profile_layout_distance_at_x (&layout,
                                                                       layout.x + layout.width),
                                      layout.distance_max_m, 1e-6);
      g_assert_cmpfloat_with_epsilon (pf_profile_layout_y_at_elevation (&layout, layout.ele_max_m),
                                      layout.y, 1e-6);
    }
}

static void
test_imperial (void)
{
  g_autoptr(PfPlan) plan = plan_for ("twin_cities_marathon.gpx");
  PfProfileLayout layout;
  PfChartStyle style;
  double lo_ft, hi_ft;

  pf_chart_style_init_light (&style);
  style.units = PF_UNITS_IMPERIAL;
  pf_profile_layout_compute (&layout, plan, &style, 640, 240);

  /* Axis ends fall on whole feet (nice ticks in the unit shown), not on whole metres. */
  lo_ft = layout.ele_min_m / PF_METRES_PER_FOOT;
  hi_ft = layout.ele_max_m / PF_METRES_PER_FOOT;
  g_assert_cmpfloat_with_epsilon (lo_ft, round (lo_ft), 1e-6);
  g_assert_cmpfloat_with_epsilon (hi_ft, round (hi_ft), 1e-6);
}

static void
test_no_elevation (void)
{
  g_autoptr(PfPlan) plan = plan_for ("route.gpx");
  cairo_surface_t *surface;

  g_assert_false (pf_course_has_elevation (pf_plan_get_course (plan)));
  surface = render (plan, FALSE, 400, 200, 1000);
  g_assert_cmpfloat (ink_fraction (surface), >, 0.005);
  cairo_surface_destroy (surface);
}

static cairo_status_t
discard_write (void                *closure,
               const unsigned char *data,
               unsigned int         length)
{
  gsize *total = closure;

  *total += length;
  return CAIRO_STATUS_SUCCESS;
}

static void
test_pdf (void)
{
  g_autoptr(PfPlan) plan = plan_for ("twin_cities_marathon.gpx");
  gsize written = 0;
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (discard_write, &written,
                                                                  595, 300);
  cairo_t *cr = cairo_create (surface);
  PfChartStyle style;

  pf_chart_style_init_light (&style);
  pf_draw_profile (cr, plan, &style, 595, 300, -1);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  g_assert_cmpuint (written, >, 1000);
}

static cairo_surface_t *
render_with_plan (const PfPlan *plan,
                  gboolean      show_plan,
                  gboolean      dark,
                  int           width,
                  int           height,
                  int           margin)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width + 2 * margin,
                                                         height + 2 * margin);
  cairo_t *cr = cairo_create (surface);
  PfChartStyle style;

  if (dark)
    pf_chart_style_init_dark (&style);
  else
    pf_chart_style_init_light (&style);
  style.show_plan = show_plan;

  cairo_translate (cr, margin, margin);
  pf_draw_profile (cr, plan, &style, width, height, 20000);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* Pixels of the margin around the chart that something was drawn on. */
static guint
count_outside (cairo_surface_t *surface,
               int              margin)
{
  const guchar *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  guint n = 0;

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      if ((x < margin || x >= width - margin || y < margin || y >= height - margin)
          && *(const guint32 *)(data + y * stride + x * 4) != 0)
        n++;

  return n;
}

/* A hot marathon with aid every 5 km: intakes, and warnings with stretches of course. */
static PfPlan *
fuelled_plan (void)
{
  g_autoptr(PfPlan) base = plan_for ("activity_607442311.gpx");
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(GError) error = NULL;
  PfPlan *plan;

  pf_plan_inputs_init (&inputs);
  pf_plan_inputs_copy (&inputs, pf_plan_get_inputs (base));
  inputs.goal_time_s = 3.5 * 3600;
  inputs.conditions.start_temp_c = 18;
  inputs.conditions.finish_temp_c = 28;
  for (double m = 5000; m < 42000; m += 5000)
    g_array_append_val (inputs.fuel.extra_aid_m, m);
  plan = pf_plan_compute (&inputs, &error);
  g_assert_no_error (error);
  return plan;
}

static cairo_surface_t *
render_marked (const PfPlan *plan,
               gboolean      dark,
               gboolean      intakes,
               gboolean      warnings,
               double        from_m,
               double        to_m,
               int           width,
               int           height,
               int           margin)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width + 2 * margin,
                                                         height + 2 * margin);
  cairo_t *cr = cairo_create (surface);
  PfChartStyle style;

  if (dark)
    pf_chart_style_init_dark (&style);
  else
    pf_chart_style_init_light (&style);
  style.show_plan = TRUE;
  style.show_intakes = intakes;
  style.show_warnings = warnings;

  cairo_translate (cr, margin, margin);
  pf_draw_profile_highlighted (cr, plan, &style, width, height, -1, from_m, to_m);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* Columns where two renderings differ: the first and the last, or -1. */
static void
differing_columns (cairo_surface_t *a,
                   cairo_surface_t *b,
                   int             *first,
                   int             *last)
{
  int stride = cairo_image_surface_get_stride (a);
  int width = cairo_image_surface_get_width (a);
  int height = cairo_image_surface_get_height (a);
  const guchar *da = cairo_image_surface_get_data (a);
  const guchar *db = cairo_image_surface_get_data (b);

  *first = *last = -1;
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      if (*(const guint32 *)(da + y * stride + x * 4) != *(const guint32 *)(db + y * stride + x * 4))
        {
          if (*first < 0 || x < *first)
            *first = x;
          *last = MAX (*last, x);
        }
}

/* The stations the runner adds stand on the profile like the file's (issue 17: they appear
 * on the profile, in the splits, in the schedule and in every document); one removed does not. */
static void
test_added_stations_drawn (void)
{
  g_autoptr(PfPlan) base = plan_for ("activity_607442311.gpx");
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(PfPlan) added = NULL;
  g_autoptr(PfPlan) removed = NULL;
  g_autoptr(GArray) stations = NULL;
  double at = 21000.0, length = pf_course_get_distance (pf_plan_get_course (base));
  PfAidOffer none = { at, 0 };
  const int w = 900, h = 320, m = 0;
  cairo_surface_t *plain, *with, *without;
  int first, last;

  pf_plan_inputs_init (&inputs);
  pf_plan_inputs_copy (&inputs, pf_plan_get_inputs (base));
  g_array_append_val (inputs.fuel.extra_aid_m, at);
  added = pf_plan_compute (&inputs, NULL);
  g_assert_nonnull (added);
  stations = pf_plan_dup_aid_stations (added, FALSE);
  g_assert_cmpuint (stations->len, ==, pf_plan_get_n_aid_stations (added, NULL, NULL));
  for (guint i = 1; i < stations->len; i++)
    g_assert_cmpfloat (g_array_index (stations, double, i - 1), <=,
                       g_array_index (stations, double, i));
  g_clear_pointer (&stations, g_array_unref);
  stations = pf_plan_dup_aid_stations (added, TRUE);
  g_assert_cmpuint (stations->len, ==, 1);
  g_assert_cmpfloat (g_array_index (stations, double, 0), ==, at);

  plain = render_marked (base, FALSE, FALSE, FALSE, -1, -1, w, h, m);
  with = render_marked (added, FALSE, FALSE, FALSE, -1, -1, w, h, m);
  differing_columns (plain, with, &first, &last);
  /* Only around the station, half way along the plot. */
  g_assert_cmpint (first, >=, 0);
  g_assert_cmpint (first, >, w * (at / length) - 0.2 * w);
  g_assert_cmpint (last, <, w * (at / length) + 0.2 * w);

  g_array_append_val (inputs.fuel.aid_offers, none);
  removed = pf_plan_compute (&inputs, NULL);
  without = render_marked (removed, FALSE, FALSE, FALSE, -1, -1, w, h, m);
  differing_columns (plain, without, &first, &last);
  g_assert_cmpint (first, ==, -1);

  cairo_surface_destroy (plain);
  cairo_surface_destroy (with);
  cairo_surface_destroy (without);
}

static void
test_intakes_and_highlight (void)
{
  g_autoptr(PfPlan) plan = fuelled_plan ();
  const PfFuel *fuel = pf_plan_get_fuel (plan);
  const int sizes[][2] = { { 340, 300 }, { 900, 320 } };
  gboolean has_stretch = FALSE;

  g_assert_cmpuint (fuel->schedule->len, >=, 8);
  for (guint i = 0; i < pf_plan_get_n_warnings (plan); i++)
    {
      const PfWarning *w = pf_plan_get_warning (plan, i);

      has_stretch |= w->severity >= PF_SEVERITY_WARNING && w->to_m > w->from_m
                     && (w->from_m > 1 || w->to_m < pf_course_get_distance (pf_plan_get_course (plan)) - 1);
    }
  g_assert_true (has_stretch);

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    for (int dark = 0; dark <= 1; dark++)
      {
        int w = sizes[i][0], h = sizes[i][1], m = 16;
        cairo_surface_t *plain = render_marked (plan, dark, FALSE, FALSE, -1, -1, w, h, m);
        cairo_surface_t *intakes = render_marked (plan, dark, TRUE, FALSE, -1, -1, w, h, m);
        cairo_surface_t *tinted = render_marked (plan, dark, FALSE, TRUE, -1, -1, w, h, m);
        cairo_surface_t *band = render_marked (plan, dark, FALSE, FALSE, 10000, 20000, w, h, m);
        PfProfileLayout layout;
        PfChartStyle style;
        int first, last;

        /* Each layer changes pixels … */
        g_assert_cmpuint (count_differences (plain, intakes), >, 8 * 20);
        g_assert_cmpuint (count_differences (plain, tinted), >, (guint) w);
        g_assert_cmpuint (count_differences (plain, band), >, (guint) w);
        /* … inside the chart only. */
        g_assert_cmpuint (count_outside (intakes, m), ==, 0);
        g_assert_cmpuint (count_outside (tinted, m), ==, 0);
        g_assert_cmpuint (count_outside (band, m), ==, 0);

        /* The band covers 10–20 km and nothing else. */
        pf_chart_style_init_light (&style);
        style.show_plan = TRUE;
        pf_profile_layout_compute (&layout, plan, &style, w, h);
        differing_columns (plain, band, &first, &last);
        g_assert_cmpint (first, >=, (int) floor (pf_profile_layout_x_at_distance (&layout, 10000)) + m - 1);
        g_assert_cmpint (last, <=, (int) ceil (pf_profile_layout_x_at_distance (&layout, 20000)) + m + 1);

        cairo_surface_destroy (plain);
        cairo_surface_destroy (intakes);
        cairo_surface_destroy (tinted);
        cairo_surface_destroy (band);
      }
}

/* Pixels of exactly @colour in rows @from_y and below. */
static guint
count_colour_below (cairo_surface_t *surface,
                    const PfRgba    *colour,
                    int              from_y)
{
  const guchar *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  guint32 argb = 0xff000000u | (guint32) lround (colour->red * 255) << 16
                 | (guint32) lround (colour->green * 255) << 8 | (guint32) lround (colour->blue * 255);
  guint n = 0;

  for (int y = MAX (from_y, 0); y < height; y++)
    for (int x = 0; x < width; x++)
      n += *(const guint32 *) (data + y * stride + x * 4) == argb;
  return n;
}

/* Under the distance labels the legend keys every mark the chart draws, the gel's square
 * included, on a phone's width as on a page's: it wraps rather than leave one out. */
static void
test_legend_keeps_every_mark (void)
{
  g_autoptr(PfPlan) plan = fuelled_plan ();
  const int widths[] = { 300, 340, 900 };

  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      int w = widths[i], h = 300;
      cairo_surface_t *surface = render_marked (plan, FALSE, TRUE, FALSE, -1, -1, w, h, 0);
      PfProfileLayout layout;
      PfChartStyle style;
      int below_strip;

      pf_chart_style_init_light (&style);
      style.show_plan = TRUE;
      style.show_intakes = TRUE;
      pf_profile_layout_compute (&layout, plan, &style, w, h);
      below_strip = (int) ceil (layout.strip_y + layout.strip_height) + 1;

      g_test_message ("%d px: gel key %u px, drink key %u px, plot %.0f px high", w,
                      count_colour_below (surface, &style.intake_food, below_strip),
                      count_colour_below (surface, &style.intake_drink, below_strip),
                      layout.height);
      g_assert_cmpuint (count_colour_below (surface, &style.intake_food, below_strip), >=, 4);
      g_assert_cmpuint (count_colour_below (surface, &style.intake_drink, below_strip), >=, 2);
      cairo_surface_destroy (surface);
    }
}

static void
test_pace_line (void)
{
  g_autoptr(PfPlan) plan = plan_for ("activity_607442311.gpx");
  const int sizes[][2] = { { 200, 160 }, { 340, 300 }, { 900, 320 } };

  g_assert_cmpuint (pf_plan_get_n_segments (plan), >, 0);

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    for (int dark = 0; dark <= 1; dark++)
      {
        int w = sizes[i][0], h = sizes[i][1];
        cairo_surface_t *course = render_with_plan (plan, FALSE, dark, w, h, 16);
        cairo_surface_t *paced = render_with_plan (plan, TRUE, dark, w, h, 16);
        PfProfileLayout layout;
        PfChartStyle style;

        /* The pace line, its axis, the strip and the legend change a good many pixels … */
        g_assert_cmpuint (count_differences (course, paced), >, (guint) (w * 3));
        /* … all of them inside the chart. */
        g_assert_cmpuint (count_outside (course, 16), ==, 0);
        g_assert_cmpuint (count_outside (paced, 16), ==, 0);

        pf_chart_style_init_light (&style);
        style.show_plan = TRUE;
        pf_profile_layout_compute (&layout, plan, &style, w, h);
        g_assert_true (layout.has_pace);
        g_assert_cmpfloat (layout.pace_min_s_per_m, <, layout.pace_max_s_per_m);
        g_assert_cmpfloat (layout.x + layout.width, <=, w);
        g_assert_cmpfloat (layout.strip_y + layout.strip_height, <=, h);
        /* Faster is higher. */
        g_assert_cmpfloat (pf_profile_layout_y_at_pace (&layout, layout.pace_min_s_per_m), <,
                           pf_profile_layout_y_at_pace (&layout, layout.pace_max_s_per_m));

        cairo_surface_destroy (course);
        cairo_surface_destroy (paced);
      }
}

static void
test_pace_smoothing (void)
{
  g_autoptr(PfPlan) plan = plan_for ("activity_607442311.gpx");
  double length = pf_course_get_distance (pf_plan_get_course (plan));
  double finish = pf_plan_get_finish_time (plan);
  double lo = G_MAXDOUBLE, hi = 0;

  /* The smoothed pace stays within the plan's own paces and averages to the finish time. */
  for (double d = 0; d <= length; d += 50)
    {
      double pace = pf_profile_pace_at (plan, d);

      lo = MIN (lo, pace);
      hi = MAX (hi, pace);
    }
  g_assert_cmpfloat (lo, >, 0);
  g_assert_cmpfloat (lo, <=, finish / length);
  g_assert_cmpfloat (hi, >=, finish / length);
  g_assert_false (isnan (pf_profile_temperature_at (plan, length / 2)));
}

static void
test_temperature_colour (void)
{
  PfRgba cool, warm;

  pf_temperature_colour (5, &cool);
  pf_temperature_colour (30, &warm);
  g_assert_cmpfloat (cool.blue, >, cool.red);
  g_assert_cmpfloat (warm.red, >, warm.blue);
}

static double
luminance (const PfRgba *c)
{
  double rgb[3] = { c->red, c->green, c->blue };

  for (guint i = 0; i < 3; i++)
    rgb[i] = rgb[i] <= 0.03928 ? rgb[i] / 12.92 : pow ((rgb[i] + 0.055) / 1.055, 2.4);
  return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
}

/* WCAG's contrast ratio, 1 to 21. */
static double
contrast (const PfRgba *a,
          const PfRgba *b)
{
  double la = luminance (a), lb = luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

static cairo_surface_t *
render_style (const PfPlan *plan,
              PfChartStyle *style)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 640, 300);
  cairo_t *cr = cairo_create (surface);

  style->show_plan = style->show_intakes = style->show_warnings = TRUE;
  pf_draw_profile (cr, plan, style, 640, 300, 20000);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* Under Adwaita's high contrast style the chart's text is not dimmed, its grid is stronger,
 * every line stands out at least 4.5:1 from the card, and the lines are drawn wider. */
static void
test_high_contrast (void)
{
  g_autoptr(PfPlan) plan = plan_for ("twin_cities_marathon.gpx");

  for (int dark = 0; dark < 2; dark++)
    {
      PfChartStyle normal, high;
      const PfRgba *lines[][2] = {
        { &normal.profile_line, &high.profile_line },
        { &normal.pace_line, &high.pace_line },
        { &normal.aid_station, &high.aid_station },
        { &normal.landmark, &high.landmark },
        { &normal.cursor, &high.cursor },
        { &normal.intake_drink, &high.intake_drink },
        { &normal.intake_food, &high.intake_food },
      };
      cairo_surface_t *normal_surface, *high_surface;

      if (dark)
        pf_chart_style_init_dark (&normal);
      else
        pf_chart_style_init_light (&normal);
      pf_chart_style_init_high_contrast (&high, dark);

      g_assert_false (normal.high_contrast);
      g_assert_true (high.high_contrast);
      g_assert_cmpfloat (high.foreground.alpha, ==, 1.0);
      g_assert_cmpfloat (high.grid.alpha, >, normal.grid.alpha);
      g_assert_cmpfloat (contrast (&high.foreground, &high.background), >=, 7.0);
      for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
        {
          g_assert_cmpfloat (contrast (lines[i][1], &high.background), >=, 4.5);
          g_assert_cmpfloat (contrast (lines[i][1], &high.background), >=,
                             contrast (lines[i][0], &normal.background));
        }

      normal_surface = render_style (plan, &normal);
      high_surface = render_style (plan, &high);
      g_assert_cmpuint (count_differences (normal_surface, high_surface), >, 640 * 300 / 20);
      /* Wider lines cover more of the chart. */
      g_assert_cmpfloat (ink_fraction (high_surface), >, ink_fraction (normal_surface));
      cairo_surface_destroy (normal_surface);
      cairo_surface_destroy (high_surface);
    }
}

static void
test_no_plan (void)
{
  cairo_surface_t *surface = render (NULL, FALSE, 300, 150, -1);

  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report/profile-chart/draws-profile", test_draws_profile);
  g_test_add_func ("/report/profile-chart/intakes-and-highlight", test_intakes_and_highlight);
  g_test_add_func ("/report/profile-chart/added-stations", test_added_stations_drawn);
  g_test_add_func ("/report/profile-chart/cursor", test_cursor);
  g_test_add_func ("/report/profile-chart/layout", test_layout);
  g_test_add_func ("/report/profile-chart/imperial", test_imperial);
  g_test_add_func ("/report/profile-chart/no-elevation", test_no_elevation);
  g_test_add_func ("/report/profile-chart/pdf", test_pdf);
  g_test_add_func ("/report/profile-chart/no-plan", test_no_plan);
  g_test_add_func ("/report/profile-chart/pace-line", test_pace_line);
  g_test_add_func ("/report/profile-chart/legend-keeps-every-mark", test_legend_keeps_every_mark);
  g_test_add_func ("/report/profile-chart/pace-smoothing", test_pace_smoothing);
  g_test_add_func ("/report/profile-chart/temperature-colour", test_temperature_colour);
  g_test_add_func ("/report/profile-chart/high-contrast", test_high_contrast);

  return g_test_run ();
}
