/* test-grade-response.c — pf_draw_grade_response on image and PDF surfaces (no display needed):
 * the runner's curve in its colour, light and dark, narrow, and nothing drawn where nothing fits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-grade-response"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/pacefuel-core.h"
#include "report/pf-grade-response.h"

/* A runner 20 % faster than the model at +10 % (well measured), the model elsewhere. */
static PfRunnerProfile *
profile_new (double correction)
{
  PfRunnerProfile *p = g_new0 (PfRunnerProfile, 1);

  p->model = PF_GRADE_MODEL_STRAVA;
  p->n_runs_given = p->n_runs_used = 3;
  p->distance_m = 30000;
  p->n_segments = 300;
  for (guint k = 0; k < PF_RUNNER_PROFILE_N_KNOTS; k++)
    {
      p->knots[k].grade = pf_runner_profile_knot_grade (k);
      p->knots[k].se = k == PF_RUNNER_PROFILE_FLAT_KNOT ? 0.0 : 0.1;
    }
  p->knots[PF_RUNNER_PROFILE_FLAT_KNOT].n_segments = 250;
  p->knots[PF_RUNNER_PROFILE_FLAT_KNOT].distance_m = 25000;
  p->knots[8].correction = correction;
  p->knots[8].se = 0.02;
  p->knots[8].n_segments = 50;
  p->knots[8].n_runs = 3;
  p->knots[8].distance_m = 5000;
  return p;
}

static cairo_surface_t *
render (const PfRunnerProfile *p,
        gboolean               dark,
        int                    width,
        int                    height,
        PfChartStyle          *style)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);

  if (dark)
    pf_chart_style_init_dark (style);
  else
    pf_chart_style_init_light (style);
  pf_draw_grade_response (cr, p, style, width, height);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* Pixels within a few levels of @c (opaque). */
static guint
count_colour (cairo_surface_t *surface,
              const PfRgba    *c)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  const guchar *data = cairo_image_surface_get_data (surface);
  int r = (int) round (c->red * 255), g = (int) round (c->green * 255);
  int b = (int) round (c->blue * 255);
  guint n = 0;

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 px = *(const guint32 *) (data + y * stride + 4 * x);

        if (abs ((int) ((px >> 16) & 0xff) - r) <= 6 && abs ((int) ((px >> 8) & 0xff) - g) <= 6
            && abs ((int) (px & 0xff) - b) <= 6 && (px >> 24) == 0xff)
          n++;
      }
  return n;
}

static gboolean
same_pixels (cairo_surface_t *a,
             cairo_surface_t *b)
{
  int height = cairo_image_surface_get_height (a);
  int stride = cairo_image_surface_get_stride (a);

  return memcmp (cairo_image_surface_get_data (a), cairo_image_surface_get_data (b),
                 (gsize) height * stride) == 0;
}

/* The runner's curve is drawn in the pace colour, in light and dark, wide and at 360 px; a
 * runner faster on climbs draws another picture than one who runs as the model. */
static void
test_draws_curve (void)
{
  g_autoptr(PfRunnerProfile) faster = profile_new (-0.2);
  g_autoptr(PfRunnerProfile) model = profile_new (0.0);
  const int sizes[][2] = { { 900, 300 }, { 336, 280 } };

  for (guint dark = 0; dark < 2; dark++)
    for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
      {
        PfChartStyle style;
        cairo_surface_t *a = render (faster, dark, sizes[i][0], sizes[i][1], &style);
        cairo_surface_t *b = render (model, dark, sizes[i][0], sizes[i][1], &style);

        g_assert_cmpuint (count_colour (a, &style.pace_line), >, 30);
        g_assert_false (same_pixels (a, b));
        cairo_surface_destroy (a);
        cairo_surface_destroy (b);
      }
}

/* Too small for a plot: nothing but the background, and no error. */
static void
test_too_small (void)
{
  g_autoptr(PfRunnerProfile) p = profile_new (-0.2);
  PfChartStyle style;
  cairo_surface_t *surface = render (p, FALSE, 30, 30, &style);

  g_assert_cmpuint (count_colour (surface, &style.pace_line), ==, 0);
  cairo_surface_destroy (surface);
}

/* Print draws it on a PDF page as the screen does. */
static void
test_pdf (void)
{
  g_autoptr(PfRunnerProfile) p = profile_new (-0.2);
  g_autofree char *dir = g_dir_make_tmp ("pf-grade-response-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "curve.pdf", NULL);
  cairo_surface_t *surface = cairo_pdf_surface_create (path, 500, 300);
  cairo_t *cr = cairo_create (surface);
  PfChartStyle style;

  pf_chart_style_init_light (&style);
  pf_draw_grade_response (cr, p, &style, 500, 300);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_remove (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/grade-response/draws-curve", test_draws_curve);
  g_test_add_func ("/grade-response/too-small", test_too_small);
  g_test_add_func ("/grade-response/pdf", test_pdf);

  return g_test_run ();
}
