/* test-race-sheet.c — the race sheet and its card as a runner reads them: one page, every
 * station once with its times and intakes, totals that match the plan, every text inside
 * its column, nothing past the margins — in A4 and Letter, portrait and landscape, metric and
 * imperial, for a marathon and for a long ultra
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "core/pacefuel-core.h"
#include "report/pf-race-sheet-private.h"
#include "report/pf-report-private.h"
#include "pf-test-course.h"
#include "pf-test-util.h"

static const PfPaper papers[] = {
  PF_PAPER_A4, PF_PAPER_LETTER, PF_PAPER_A4_LANDSCAPE, PF_PAPER_LETTER_LANDSCAPE,
};
static const PfUnitSystem both_units[] = { PF_UNITS_METRIC, PF_UNITS_IMPERIAL };

/* Alpine: 100 km of long climbs and descents. */
static double
alpine (double distance_m)
{
  return 1500.0 + 900.0 * sin (distance_m / 9000.0) + 200.0 * sin (distance_m / 1700.0);
}

/* Twin Cities with a station every 5 km, a named runner and a long station name. */
static PfPlan *
marathon_plan (void)
{
  g_autofree char *path = pf_test_data_path ("twin_cities_marathon.gpx");
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(PfTrack) track = NULL;
  g_autoptr(GError) error = NULL;

  track = pf_import_path (path, &error);
  g_assert_no_error (error);
  pf_plan_inputs_init (&inputs);
  pf_plan_inputs_set_track (&inputs, track);
  pf_plan_inputs_set_athlete (&inputs, "Alexandra Konstantinopoulou-Smythe", "Harriers", NULL);
  inputs.goal_time_s = 3.5 * 3600.0;
  inputs.start_time = 8 * 3600;
  g_assert_true (pf_plan_inputs_add_aid_every (&inputs, NULL, 5000.0, 0.0, 0.0));
  pf_plan_inputs_set_aid (&inputs, 20000.0, PF_OFFERS_WATER | PF_OFFERS_SPORTS,
                          "Lake Street & Marshall Avenue bridge, east end");
  return pf_test_plan_compute (&inputs);
}

/* 100 km in the mountains on a warm day, a bottle carried: with a station every
 * @aid_every_m, or none (every intake is from the bottle and the runner's pockets). */
static PfPlan *
ultra_plan (double aid_every_m)
{
  g_autoptr(PfTrack) track = pf_test_course_new (100000.0, alpine);
  g_auto(PfPlanInputs) inputs = { 0 };

  pf_plan_inputs_init (&inputs);
  pf_plan_inputs_set_track (&inputs, track);
  inputs.goal_time_s = 15 * 3600.0;
  inputs.start_time = 6 * 3600;
  inputs.conditions.start_temp_c = 22.0;
  inputs.conditions.finish_temp_c = 26.0;
  inputs.fuel.carry_bottle_ml = 500.0;
  if (aid_every_m > 0.0)
    g_assert_true (pf_plan_inputs_add_aid_every (&inputs, NULL, aid_every_m, 0.0, 0.0));
  return pf_test_plan_compute (&inputs);
}

static PangoContext *
measure_context (cairo_t *cr)
{
  PangoContext *context = pango_cairo_create_context (cr);

  pango_cairo_context_set_resolution (context, 72.0);
  return context;
}

/* Every cell inside its column, every column inside the table, the table inside @width. */
static void
assert_table_fits (SheetTable   *table,
                   PangoContext *context,
                   double        width)
{
  g_assert_cmpfloat (table->width, <=, width + 0.01);
  for (guint c = 0; c < table->n_columns; c++)
    {
      g_assert_cmpfloat (table->x[c] + table->w[c], <=, table->width + 0.01);
      if (c > 0)
        g_assert_cmpfloat (table->x[c], >=, table->x[c - 1] + table->w[c - 1] - 0.01);
      for (int r = -1; r < (int) table->rows->len; r++)
        {
          double w = _pf_sheet_table_cell_width (table, context, r < 0 ? G_MAXUINT : (guint) r, c);

          if (w > table->w[c] - 2 * SHEET_PAD + 0.5)
            g_error ("column %u, row %d: %.1f pt of text in %.1f pt", c, r, w,
                     table->w[c] - 2 * SHEET_PAD);
        }
    }
}

static guint
count_stops (const GArray *stops,
             StopKind      kind)
{
  guint n = 0;

  for (guint i = 0; i < stops->len; i++)
    n += g_array_index (stops, RaceStop, i).kind == kind;
  return n;
}

/* The stops: the start, each station once, in order, the finish; the totals at the finish
 * are the plan's. */
static void
assert_stops (const PfPlan *plan,
              const GArray *stops)
{
  const PfFuel *fuel = pf_plan_get_fuel (plan);
  const RaceStop *finish = &g_array_index (stops, RaceStop, stops->len - 1);
  guint number = 0;

  g_assert_cmpint (g_array_index (stops, RaceStop, 0).kind, ==, STOP_START);
  g_assert_cmpint (finish->kind, ==, STOP_FINISH);
  g_assert_cmpuint (count_stops (stops, STOP_STATION), ==, pf_plan_get_n_aid_stations (plan, NULL, NULL));
  for (guint i = 1; i < stops->len; i++)
    {
      const RaceStop *s = &g_array_index (stops, RaceStop, i);
      const RaceStop *before = &g_array_index (stops, RaceStop, i - 1);

      g_assert_cmpfloat (s->distance_m, >=, before->distance_m);
      g_assert_cmpfloat (s->elapsed_s, >=, before->elapsed_s - 1.0);
      g_assert_cmpfloat (s->carbs_g, >=, before->carbs_g);
      if (s->kind == STOP_STATION)
        g_assert_cmpuint (s->number, ==, ++number);
    }
  g_assert_cmpfloat_with_epsilon (finish->carbs_g, fuel->totals.carbs_g, 0.5);
  g_assert_cmpfloat_with_epsilon (finish->fluid_l, fuel->totals.fluid_l, 0.001);
  g_assert_cmpfloat_with_epsilon (finish->elapsed_s, pf_plan_get_finish_time (plan), 0.5);
}

/* The sheet on every paper and in both units: one page that holds it all at a readable size. */
static void
check_sheet (const PfPlan *plan)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);
  PangoContext *context = measure_context (cr);

  for (guint p = 0; p < G_N_ELEMENTS (papers); p++)
    for (guint u = 0; u < G_N_ELEMENTS (both_units); u++)
      {
        double width, height;
        g_autoptr(PfRaceSheet) sheet = NULL;
        cairo_surface_t *page;
        cairo_t *page_cr;
        double x0, y0, w, h;

        pf_paper_size (papers[p], &width, &height);
        sheet = _pf_race_sheet_new (plan, NULL, both_units[u], width, height, context);
        g_test_message ("paper %u, units %u: table at %.1f pt, %u rows, folded %d", p, u,
                        sheet->table->font_size, sheet->table->rows->len, sheet->folded);
        g_assert_true (sheet->fits);
        g_assert_cmpfloat (sheet->table->font_size, >=, RACE_SHEET_MIN_FONT);
        g_assert_cmpuint (sheet->table->rows->len, ==, sheet->stops->len);
        assert_table_fits (sheet->table, context, width - 2 * RACE_SHEET_MARGIN);
        assert_stops (plan, sheet->stops);
        g_assert_cmpfloat (sheet->bottom, <=, height - RACE_SHEET_MARGIN);
        /* The distance column says its unit. */
        g_assert_cmpstr (sheet->table->columns[2].header, ==,
                         both_units[u] == PF_UNITS_IMPERIAL ? "mi" : "km");

        /* What is drawn stays on the page, inside the margins. */
        page = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
        page_cr = cairo_create (page);
        _pf_race_sheet_draw (sheet, plan, page_cr);
        cairo_destroy (page_cr);
        cairo_recording_surface_ink_extents (page, &x0, &y0, &w, &h);
        g_assert_cmpfloat (x0, >=, RACE_SHEET_MARGIN - 3.0);
        g_assert_cmpfloat (y0, >=, RACE_SHEET_MARGIN - 3.0);
        g_assert_cmpfloat (x0 + w, <=, width - RACE_SHEET_MARGIN + 3.0);
        g_assert_cmpfloat (y0 + h, <=, height - RACE_SHEET_MARGIN + 3.0);
        cairo_surface_destroy (page);
      }

  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* The card at its true size: every station and the finish, every text inside its column. */
static void
check_card (const PfPlan *plan)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);
  PangoContext *context = measure_context (cr);

  for (guint u = 0; u < G_N_ELEMENTS (both_units); u++)
    {
      g_autoptr(PfRaceCard) card = _pf_race_card_new (plan, NULL, both_units[u], context);
      g_autoptr(GArray) stops = _pf_race_stops_new (plan, both_units[u], PF_STOPS_FOLD);
      guint rows = card->table->rows->len + (card->second != NULL ? card->second->rows->len : 0);
      double inner_w = RACE_CARD_W - 12.0;

      g_test_message ("card: %u + %u rows at %.1f pt, %.1f and %.1f pt high under a %.1f pt title",
                      card->table->rows->len, card->second != NULL ? card->second->rows->len : 0,
                      card->table->font_size, card->table->height,
                      card->second != NULL ? card->second->height : 0.0, card->title_h);
      if (!card->fits)
        for (guint i = 0; i < stops->len; i++)
          g_test_message ("%s | %s | %s", g_array_index (stops, RaceStop, i).card,
                          g_array_index (stops, RaceStop, i).on_the_way_short,
                          g_array_index (stops, RaceStop, i).refill ? "refill" : "");
      g_assert_true (card->fits);
      /* Everything met on the way: all stops but the start. */
      g_assert_cmpuint (rows, ==, stops->len - 1);
      g_assert_cmpfloat (card->table->font_size, >=, RACE_CARD_MIN_FONT);
      assert_table_fits (card->table, context, card->second != NULL ? inner_w / 2 : inner_w);
      g_assert_cmpfloat (card->title_h + card->table->height, <=, RACE_CARD_H - 12.0 + 0.01);
      if (card->second != NULL)
        {
          assert_table_fits (card->second, context, inner_w / 2);
          g_assert_cmpfloat (card->title_h + card->second->height, <=, RACE_CARD_H - 12.0 + 0.01);
        }
    }

  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_marathon (void)
{
  g_autoptr(PfPlan) plan = marathon_plan ();
  g_autoptr(GArray) stops = _pf_race_stops_new (plan, PF_UNITS_METRIC, PF_STOPS_EACH);
  gboolean named = FALSE;

  /* Eight stations, each with its name or the word for one. */
  g_assert_cmpuint (count_stops (stops, STOP_STATION), ==, 8);
  for (guint i = 0; i < stops->len; i++)
    named |= g_strcmp0 (g_array_index (stops, RaceStop, i).name,
                        "Lake Street & Marshall Avenue bridge, east end") == 0;
  g_assert_true (named);
  check_sheet (plan);
  check_card (plan);
}

/* A station every 10 km of a 15-hour race: the sheet folds the sips between them. */
static void
test_ultra_with_stations (void)
{
  g_autoptr(PfPlan) plan = ultra_plan (10000.0);

  check_sheet (plan);
  check_card (plan);
}

/* No station at all, a 1.5 L vest for four hours in the hills: what is taken on the way is
 * said once an hour, never all at the finish. */
static void
test_without_stations (void)
{
  g_autoptr(PfTrack) track = pf_test_course_new (40000.0, alpine);
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(PfPlan) plan = NULL;
  g_autoptr(GArray) stops = NULL;
  const RaceStop *finish;

  pf_plan_inputs_init (&inputs);
  pf_plan_inputs_set_track (&inputs, track);
  inputs.goal_time_s = 4.5 * 3600.0;
  inputs.start_time = 7 * 3600;
  inputs.fuel.carry_bottle_ml = 1500.0;
  plan = pf_test_plan_compute (&inputs);
  stops = _pf_race_stops_new (plan, PF_UNITS_METRIC, PF_STOPS_FOLD_HOURLY);
  finish = &g_array_index (stops, RaceStop, stops->len - 1);

  g_assert_cmpuint (count_stops (stops, STOP_STATION), ==, 0);
  /* About one line an hour. */
  g_assert_cmpuint (count_stops (stops, STOP_ON_THE_WAY), >=, 3);
  g_assert_cmpuint (count_stops (stops, STOP_ON_THE_WAY), <=, 5);
  g_assert_cmpuint (strlen (finish->on_the_way), <, 160);
  check_sheet (plan);
  check_card (plan);
}

/* What the runner sips from the bottle after @from_m and before @to_m. */
static double
sipped_between (const PfFuel *fuel,
                double        from_m,
                double        to_m)
{
  double ml = 0.0;

  for (guint k = 0; k < fuel->schedule->len; k++)
    {
      const PfIntake *intake = &g_array_index (fuel->schedule, PfIntake, k);

      if (intake->source == PF_INTAKE_OWN_BOTTLE && intake->distance_m > from_m
          && intake->distance_m < to_m)
        ml += intake->fluid_ml;
    }
  return ml;
}

/* Where the bottle is refilled: the bottle never runs dry on a stretch it can cover, and it
 * is never refilled where what is left lasts to the next station. */
static void
test_refills (void)
{
  g_autoptr(PfPlan) plan = ultra_plan (10000.0);
  g_autoptr(GArray) stops = _pf_race_stops_new (plan, PF_UNITS_METRIC, PF_STOPS_EACH);
  const PfFuel *fuel = pf_plan_get_fuel (plan);
  double left = fuel->drink.bottle_ml, from_m = -1.0;
  guint refills = 0;

  g_assert_true (fuel->bottle);
  g_assert_cmpuint (count_stops (stops, STOP_STATION), ==, 9);
  for (guint i = 0; i < stops->len; i++)
    {
      const RaceStop *stop = &g_array_index (stops, RaceStop, i);
      double next_m = pf_course_get_distance (pf_plan_get_course (plan)) + 1.0, need;

      if (stop->kind != STOP_STATION)
        continue;
      for (guint j = i + 1; j < stops->len; j++)
        if (g_array_index (stops, RaceStop, j).kind == STOP_STATION)
          {
            next_m = g_array_index (stops, RaceStop, j).distance_m;
            break;
          }
      left -= sipped_between (fuel, from_m, stop->distance_m - 1.0);
      need = sipped_between (fuel, stop->distance_m + 1.0, next_m - 1.0);
      if (stop->refill)
        {
          g_assert_cmpfloat (left, <, need);
          left = fuel->drink.bottle_ml;
          refills++;
        }
      /* What the next stretch asks is in the bottle, when a bottle can hold it. */
      if (need <= fuel->drink.bottle_ml)
        g_assert_cmpfloat (left, >=, need);
      from_m = stop->distance_m + 1.0;
    }
  g_assert_cmpuint (refills, >, 0);
}

/* The PDFs: one page each, in every paper. */
static void
test_pdf_pages (void)
{
  g_autoptr(PfPlan) plan = marathon_plan ();
  g_autofree char *dir = g_dir_make_tmp ("pacefuel-sheet-XXXXXX", NULL);

  for (guint p = 0; p < G_N_ELEMENTS (papers); p++)
    {
      g_autofree char *path = g_build_filename (dir, "sheet.pdf", NULL);
      g_autofree char *card_path = g_build_filename (dir, "card.pdf", NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GFile) card_file = g_file_new_for_path (card_path);
      g_autoptr(GError) error = NULL;
      g_autofree char *pdf = NULL;
      gsize length;
      guint pages = 0;

      g_assert_true (pf_race_sheet_write_pdf (plan, NULL, PF_UNITS_METRIC, papers[p], file,
                                              &error));
      g_assert_no_error (error);
      g_assert_true (pf_race_card_write_pdf (plan, NULL, PF_UNITS_IMPERIAL, papers[p],
                                             card_file, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (path, &pdf, &length, NULL));
      /* The page objects, not the page tree ("/Type /Pages"); the streams hold NULs. */
      for (gsize i = 0; i + 12 < length; i++)
        pages += memcmp (pdf + i, "/Type /Page", 11) == 0 && pdf[i + 11] != 's';
      g_assert_cmpuint (pages, ==, 1);
      g_unlink (path);
      g_unlink (card_path);
    }
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/race-sheet/marathon", test_marathon);
  g_test_add_func ("/race-sheet/ultra-with-stations", test_ultra_with_stations);
  g_test_add_func ("/race-sheet/without-stations", test_without_stations);
  g_test_add_func ("/race-sheet/refills", test_refills);
  g_test_add_func ("/race-sheet/pdf-pages", test_pdf_pages);

  return g_test_run ();
}
