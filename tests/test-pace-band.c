/* test-pace-band.c — the pace band as a runner reads it: the checkpoints, the pace and its
 * units, every text inside its column, the intakes marked, no orphan strip
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <cairo-pdf.h>
#include <math.h>
#include <string.h>

#include "core/pacefuel-core.h"
#include "report/pf-report-private.h"
#include "pf-test-course.h"
#include "pf-test-units.h"
#include "pf-test-util.h"

static const PfUnitSystem both_units[] = { PF_UNITS_METRIC, PF_UNITS_IMPERIAL };

static double
flat (double distance_m)
{
  (void) distance_m;
  return 200.0;
}

/* Twin Cities with a station every 5 km, as `pacefuel-cli plan … --aid-every 5km` makes it. */
static PfPlan *
twin_cities_plan (void)
{
  g_autofree char *path = pf_test_data_path ("twin_cities_marathon.gpx");
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(PfTrack) track = NULL;
  g_autoptr(GError) error = NULL;

  track = pf_import_path (path, &error);
  g_assert_no_error (error);
  pf_plan_inputs_init (&inputs);
  pf_plan_inputs_set_track (&inputs, track);
  inputs.goal_time_s = 3.5 * 3600.0;
  inputs.start_time = 8 * 3600;
  g_assert_true (pf_plan_inputs_add_aid_every (&inputs, NULL, 5000.0, 0.0, 0.0));
  return pf_test_plan_compute (&inputs);
}

/* A flat course of @length_m; stations every @aid_every_m (0: none, the runner carries). */
static PfPlan *
flat_plan (double length_m,
           double aid_every_m)
{
  g_autoptr(PfTrack) track = pf_test_course_new (length_m, flat);
  g_auto(PfPlanInputs) inputs = { 0 };

  pf_plan_inputs_init (&inputs);
  pf_plan_inputs_set_track (&inputs, track);
  inputs.goal_time_s = length_m * 0.3;  /* 5:00 /km */
  inputs.start_time = 9 * 3600;
  inputs.fuel.carry_bottle_ml = 500.0;
  if (aid_every_m > 0.0)
    g_assert_true (pf_plan_inputs_add_aid_every (&inputs, NULL, aid_every_m, 0.0, 0.0));
  return pf_test_plan_compute (&inputs);
}

/* The band as laid out for a PDF page. */
static PfPaceBand *
lay_out (const PfPlan *plan,
         PfUnitSystem  units)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);
  PangoContext *context = pango_cairo_create_context (cr);
  PfPaceBand *band;

  pango_cairo_context_set_resolution (context, 72.0);
  band = _pf_pace_band_new (plan, "Test", units, context);
  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return band;
}

static gboolean
has_row_near (const PfPaceBand *band,
              double            distance_m)
{
  for (guint i = 0; i < band->rows->len; i++)
    if (fabs (g_array_index (band->rows, BandRow, i).distance_m - distance_m) < 200.0)
      return TRUE;
  return FALSE;
}

/* A marathon: at most 25 rows in either units, by distance, ending at the finish, with the
 * halfway point, the last three km or miles and every station. */
static void
test_marathon_rows (void)
{
  g_autoptr(PfPlan) plan = twin_cities_plan ();
  double distance = pf_course_get_distance (pf_plan_get_course (plan));
  const GArray *stations = pf_plan_get_aid_stations (plan);

  g_assert_cmpuint (stations->len, >=, 8);
  for (guint u = 0; u < G_N_ELEMENTS (both_units); u++)
    {
      g_autoptr(PfPaceBand) band = lay_out (plan, both_units[u]);
      double unit_m = pf_units_distance_unit_m (both_units[u]);
      guint n_aid = 0;

      g_test_message ("%s: %u rows", u == 0 ? "metric" : "imperial", band->rows->len);
      g_assert_cmpuint (band->rows->len, <=, 25);
      g_assert_cmpuint (band->rows->len, >=, 10);
      g_assert_cmpfloat_with_epsilon (g_array_index (band->rows, BandRow,
                                                     band->rows->len - 1).distance_m,
                                      distance, 1e-6);
      for (guint i = 1; i < band->rows->len; i++)
        g_assert_cmpfloat (g_array_index (band->rows, BandRow, i).distance_m, >,
                           g_array_index (band->rows, BandRow, i - 1).distance_m);
      g_assert_true (has_row_near (band, distance / 2.0));
      for (int k = 1; k <= 3; k++)
        g_assert_true (has_row_near (band, (floor (distance / unit_m) - (k - 1)) * unit_m));
      for (guint s = 0; s < stations->len; s++)
        g_assert_true (has_row_near (band, g_array_index (stations, PfAidStation, s).distance_m));
      for (guint i = 0; i < band->rows->len; i++)
        n_aid += g_array_index (band->rows, BandRow, i).aid;
      g_assert_cmpuint (n_aid, ==, stations->len);
    }
}

/* A half marathon and a 10 K: every km or mile is a row. */
static void
test_every_unit (void)
{
  const double lengths[] = { 10000.0, 21097.5 };

  for (guint l = 0; l < G_N_ELEMENTS (lengths); l++)
    for (guint u = 0; u < G_N_ELEMENTS (both_units); u++)
      {
        g_autoptr(PfPlan) plan = flat_plan (lengths[l], 5000.0);
        g_autoptr(PfPaceBand) band = lay_out (plan, both_units[u]);
        double unit_m = pf_units_distance_unit_m (both_units[u]);

        for (double d = unit_m; d < lengths[l] - 200.0; d += unit_m)
          g_assert_true (has_row_near (band, d));
        g_assert_cmpuint (band->rows->len, <=, 25);
        g_assert_cmpfloat (band->step_m, ==, unit_m);
      }
}

/* Every text inside its column as the PDF measures it, every strip on the paper. */
static void
test_fits (void)
{
  g_autoptr(PfPlan) plan = twin_cities_plan ();
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (NULL, NULL, 612, 792);
  cairo_t *cr = cairo_create (surface);
  PangoLayout *layout = pango_cairo_create_layout (cr);

  pango_cairo_context_set_resolution (pango_layout_get_context (layout), 72.0);
  pango_cairo_update_layout (cr, layout);
  for (guint u = 0; u < G_N_ELEMENTS (both_units); u++)
    {
      g_autoptr(PfPaceBand) band = lay_out (plan, both_units[u]);
      const PfPaper papers[] = { PF_PAPER_A4, PF_PAPER_LETTER };
      double sum = 0.0;

      for (guint c = 0; c < BAND_N_TEXT_COLUMNS; c++)
        for (int i = -1; i < (int) band->rows->len; i++)
          {
            gboolean head = i < 0;
            const char *text = head ? band->heads[c]
                                    : g_array_index (band->rows, BandRow, i).cells[c];
            g_autoptr(PangoFontDescription) font = _pf_pace_band_font (c, head);
            PangoRectangle ink, logical;

            g_assert_nonnull (text);
            g_assert_cmpstr (text, !=, "");
            pango_layout_set_font_description (layout, font);
            pango_layout_set_text (layout, text, -1);
            pango_layout_get_pixel_extents (layout, &ink, &logical);
            if (MAX (logical.width, ink.x + ink.width) > band->col_w[c] - 2 * BAND_PAD)
              g_error ("“%s” (%d pt) overflows column %u (%.1f pt)", text,
                       MAX (logical.width, ink.x + ink.width), c,
                       band->col_w[c] - 2 * BAND_PAD);
          }
      for (guint i = 0; i < band->rows->len; i++)
        g_assert_cmpfloat (_pf_pace_band_marks_width (&g_array_index (band->rows, BandRow, i),
                                                      layout),
                           <=, band->col_w[BAND_COL_MARKS] - 2 * BAND_PAD);
      for (guint c = 0; c < BAND_N_COLUMNS; c++)
        sum += band->col_w[c];
      g_assert_cmpfloat_with_epsilon (sum, band->band_w, 1e-6);
      /* Wide enough to read, narrow enough to wear: under 7 cm. */
      g_assert_cmpfloat (band->band_w, <, 7.0 / 2.54 * 72.0);
      for (guint p = 0; p < G_N_ELEMENTS (papers); p++)
        {
          double width, height;

          pf_paper_size (papers[p], &width, &height);
          /* The strips side by side, 30 pt apart for the cut marks, inside the margins. */
          g_assert_cmpfloat (10.0 + band->n_strips * band->band_w + (band->n_strips - 1) * 30.0,
                             <=, width - 2 * MARGIN);
        }
    }
  g_object_unref (layout);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* Courses from 3 km to 100 km, with and without stations, in both units: the rows shared out
 * so that the last strip holds at least a third of the others' (no strip of one or two). */
static void
test_strips (void)
{
  const double lengths[] = { 3000.0, 15000.0, 21097.5, 30000.0, 42195.0, 50000.0, 100000.0 };

  for (guint l = 0; l < G_N_ELEMENTS (lengths); l++)
    for (guint a = 0; a < 2; a++)
      {
        g_autoptr(PfPlan) plan = flat_plan (lengths[l], a == 0 ? 0.0 : 2500.0);

        for (guint u = 0; u < G_N_ELEMENTS (both_units); u++)
          {
            g_autoptr(PfPaceBand) band = lay_out (plan, both_units[u]);
            guint n_last, most = 0;

            g_assert_cmpuint (band->rows->len, <=, 25);
            g_assert_cmpuint (band->n_strips, >=, 1);
            g_assert_cmpuint (band->strip_first[0], ==, 0);
            g_assert_cmpuint (band->strip_first[band->n_strips], ==, band->rows->len);
            for (guint s = 0; s < band->n_strips; s++)
              {
                guint n = band->strip_first[s + 1] - band->strip_first[s];

                g_assert_cmpuint (n, <=, BAND_MAX_STRIP_ROWS);
                most = MAX (most, n);
              }
            n_last = band->strip_first[band->n_strips] - band->strip_first[band->n_strips - 1];
            g_assert_cmpuint (3 * n_last, >=, most);
            if (band->n_strips > 1)
              g_assert_cmpuint (n_last, >=, 3);
          }
      }
}

/* One mark per intake of the schedule, each on a row at or after it. */
static void
test_marks (void)
{
  PfPlan *plans[] = { twin_cities_plan (), flat_plan (42195.0, 0.0), flat_plan (21097.5, 5000.0) };

  for (guint p = 0; p < G_N_ELEMENTS (plans); p++)
    {
      const GArray *schedule = pf_plan_get_fuel (plans[p])->schedule;
      double distance = pf_course_get_distance (pf_plan_get_course (plans[p]));
      guint n_intakes = 0;

      for (guint i = 0; i < schedule->len; i++)
        {
          double d = g_array_index (schedule, PfIntake, i).distance_m;

          n_intakes += d >= 0.0 && d <= distance;
        }
      g_assert_cmpuint (n_intakes, >, 0);
      for (guint u = 0; u < G_N_ELEMENTS (both_units); u++)
        {
          g_autoptr(PfPaceBand) band = lay_out (plans[p], both_units[u]);
          guint n_marks = 0, n_eats = 0;

          for (guint i = 0; i < band->rows->len; i++)
            {
              const BandRow *row = &g_array_index (band->rows, BandRow, i);

              n_marks += row->n_drinks + row->n_eats;
              n_eats += row->n_eats;
            }
          g_assert_cmpuint (n_marks, ==, n_intakes);
          /* Twin Cities at 3:30 takes gels; the band shows them as squares. */
          if (p == 0)
            g_assert_cmpuint (n_eats, >, 0);
        }
      pf_plan_unref (plans[p]);
    }
}

static char *
run_tool (const char *tool,
          const char *path)
{
  const char *argv[] = { tool, path, "-", NULL };
  g_autofree char *out = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, &out, NULL, &status, NULL)
      || !g_spawn_check_wait_status (status, NULL))
    return NULL;
  return g_steal_pointer (&out);
}

/* The PDF: one page on A4 and Letter, the pace's unit on it and none of the other system. */
static void
test_pdf_units (void)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autoptr(PfPlan) plan = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;

  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return;
    }
  plan = twin_cities_plan ();
  dir = g_dir_make_tmp ("pf-pace-band-XXXXXX", NULL);
  g_assert_nonnull (dir);
  path = g_build_filename (dir, "band.pdf", NULL);
  file = g_file_new_for_path (path);

  for (guint u = 0; u < G_N_ELEMENTS (both_units); u++)
    for (PfPaper paper = PF_PAPER_A4; paper <= PF_PAPER_LETTER; paper++)
      {
        g_autoptr(GError) error = NULL;
        g_autofree char *text = NULL;
        g_autofree char *info = NULL;
        g_autofree char *foreign = NULL;
        const char *pace = pf_units_pace_symbol (both_units[u]);

        g_assert_true (pf_pace_band_write_pdf (plan, "Twin Cities", both_units[u], paper, file,
                                               &error));
        g_assert_no_error (error);
        text = run_tool ("pdftotext", path);
        g_assert_nonnull (text);
        g_assert_cmpstr (pace, ==, both_units[u] == PF_UNITS_IMPERIAL ? "/mi" : "/km");
        g_assert_nonnull (strstr (text, pace));
        g_assert_nonnull (strstr (text, "3:30:00"));
        g_assert_nonnull (strstr (text, "Twin Cities"));
        foreign = pf_test_units_foreign (both_units[u], text);
        if (foreign != NULL)
          g_error ("a unit of the other system on the band: %s", foreign);
        info = run_tool ("pdfinfo", path);
        if (info != NULL)
          g_assert_nonnull (strstr (info, "Pages:           1\n"));
      }

  pf_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pace-band/marathon-rows", test_marathon_rows);
  g_test_add_func ("/pace-band/every-unit", test_every_unit);
  g_test_add_func ("/pace-band/fits", test_fits);
  g_test_add_func ("/pace-band/strips", test_strips);
  g_test_add_func ("/pace-band/marks", test_marks);
  g_test_add_func ("/pace-band/pdf-units", test_pdf_units);

  return g_test_run ();
}
