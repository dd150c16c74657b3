/* test-report-layout.c — the printed plan as drawn: every table cell inside its column and
 * clear of its neighbours, numbers right-aligned, every block inside the page's body, no page
 * but the last left mostly empty, no heading at the foot of a page, no lone tail; for a
 * marathon and an ultra, metric and imperial, A4 and Letter, with long names
 *
 * The pages are drawn on a recording surface and the texts measured as Pango laid them out
 * there (_pf_report_trace_page): what is checked is what the page shows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "core/pacefuel-core.h"
#include "report/pf-report-private.h"
#include "pf-test-course.h"
#include "pf-test-util.h"

#define EPSILON   0.01
#define MIN_GAP   6.0    /* points between two cells' texts: they read as two */
#define MIN_FILL  0.4    /* of a page's body, on every page but the last */

static const char long_name[] = "Maria-Magdalena Alexandrovna von Hohenzollern-Sigmaringen";
static const char long_club[] = "Association Sportive des Coureurs du Mont-Blanc";
static const char long_station[] = "Col de la Forclaz, ravitaillement complet et point d’eau";
static const char notes[] = "Race the first half by feel.\nRefill both flasks at every station.";

/* Rolling hills: an ultra's climbs, every few kilometres. */
static double
hills (double distance_m)
{
  return 1000.0 + 300.0 * sin (distance_m / 3000.0) + 80.0 * sin (distance_m / 700.0);
}

/* Twin Cities in 3:30 with a station every 5 km, for Jane Doe and her coach's notes. */
static PfPlan *
marathon_plan (gboolean stations)
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
  inputs.conditions.start_temp_c = 18.0;
  if (stations)
    g_assert_true (pf_plan_inputs_add_aid_every (&inputs, NULL, 5000.0, 0.0, 0.0));
  else
    inputs.fuel.carry_bottle_ml = 500.0;
  pf_plan_inputs_set_athlete (&inputs, "Jane Doe", NULL, notes);
  return pf_test_plan_compute (&inputs);
}

/* 100 km of hills in 14 hours at 24 °C, a station every 5 km, some of them with a long name,
 * for a runner with a long name and club. */
static PfPlan *
ultra_plan (void)
{
  g_autoptr(PfTrack) track = pf_test_course_new (100000.0, hills);
  g_auto(PfPlanInputs) inputs = { 0 };

  pf_plan_inputs_init (&inputs);
  pf_plan_inputs_set_track (&inputs, track);
  inputs.goal_time_s = 14.0 * 3600.0;
  inputs.start_time = 6 * 3600;
  inputs.conditions.start_temp_c = 24.0;
  g_assert_true (pf_plan_inputs_add_aid_every (&inputs, NULL, 5000.0, 0.0, 0.0));
  for (double d = 20000.0; d <= 80000.0; d += 20000.0)
    pf_plan_inputs_set_aid (&inputs, d, PF_OFFERS_DEFAULT | PF_OFFERS_GELS, long_station);
  pf_plan_inputs_set_athlete (&inputs, long_name, long_club, notes);
  return pf_test_plan_compute (&inputs);
}

static gboolean
is_heading (const PfReport *report,
            int             block)
{
  const Block *b = &g_array_index (report->blocks, Block, block);

  return b->kind == BLOCK_TITLE || b->kind == BLOCK_HEADING
         || (b->kind == BLOCK_ROW && b->is_header);
}

static double
right_edge (const ReportBox *box)
{
  return box->x + box->w;
}

/* The cells of one row, drawn left to right: each inside its column, clear of the next. */
static void
check_row (const PfReport *report,
           GPtrArray      *cells,
           const char     *what)
{
  const ReportBox *left = NULL;

  for (guint i = 0; i < cells->len; i++)
    {
      const ReportBox *cell = g_ptr_array_index (cells, i);
      const Block *b = &g_array_index (report->blocks, Block, cell->block);

      if (cell->x < cell->slot_x - EPSILON
          || right_edge (cell) > cell->slot_x + cell->slot_w + EPSILON)
        g_error ("%s: “%s” (%.1f pt wide) overruns its column %d (%.1f–%.1f pt)", what,
                 b->cells[cell->column], cell->w, cell->column, cell->slot_x,
                 cell->slot_x + cell->slot_w);
      if (cell->y + cell->h > cell->slot_y + cell->slot_h + EPSILON)
        g_error ("%s: “%s” runs below its row", what, b->cells[cell->column]);
      if (cell->w <= 0.0)
        continue;
      if (left != NULL && cell->x - right_edge (left) < MIN_GAP)
        g_error ("%s: “%s” and “%s” are %.1f pt apart", what, b->cells[left->column],
                 b->cells[cell->column], cell->x - right_edge (left));
      left = cell;
    }
}

/* Every page of @report, traced and measured. */
static void
check_report (PfReport   *report,
              const char *what)
{
  double body_top = MARGIN + HEADER_H, body_bottom = report->height - MARGIN - FOOTER_H;
  double body_h = body_bottom - body_top;
  guint n_pages = pf_report_get_n_pages (report);
  g_autofree guint *seen = g_new0 (guint, report->blocks->len);
  /* Per table and column: the right edge of its numbers. */
  g_autoptr(GHashTable) edges = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                                        g_free);
  gboolean notes_seen = FALSE;

  g_test_message ("%s: %u pages", what, n_pages);
  for (guint p = 0; p < n_pages; p++)
    {
      g_autoptr(GArray) boxes = _pf_report_trace_page (report, p);
      g_autoptr(GHashTable) rows = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                                          (GDestroyNotify) g_ptr_array_unref);
      g_autofree char *page = g_strdup_printf ("%s, page %u of %u", what, p + 1, n_pages);
      double bottom = body_top;
      int last = -1, first = -1;
      GHashTableIter iter;
      gpointer value;

      g_assert_cmpuint (boxes->len, >, 0);
      for (guint i = 0; i < boxes->len; i++)
        {
          const ReportBox *box = &g_array_index (boxes, ReportBox, i);

          /* Header and footer: one line each, inside the margins, above and below the body. */
          if (box->block < 0)
            {
              g_assert_cmpfloat (box->x, >=, MARGIN - EPSILON);
              g_assert_cmpfloat (right_edge (box), <=, report->width - MARGIN + EPSILON);
              g_assert_cmpfloat (box->h, <, 2 * SMALL_SIZE);
              g_assert_true (box->y + box->h <= body_top + EPSILON
                             || box->y >= body_bottom - EPSILON);
              g_assert_cmpfloat (box->y + box->h, <=, report->height - MARGIN + 4.0);
              continue;
            }

          /* A block's place inside the body, and what it drew inside its place. */
          if (box->slot_x < MARGIN - EPSILON
              || box->slot_x + box->slot_w > report->width - MARGIN + EPSILON
              || box->slot_y < body_top - EPSILON
              || box->slot_y + box->slot_h > body_bottom + EPSILON)
            g_error ("%s: block %d drawn outside the body (%.1f, %.1f, %.1f × %.1f)", page,
                     box->block, box->slot_x, box->slot_y, box->slot_w, box->slot_h);
          if (box->column < 0
              && (box->x < box->slot_x - EPSILON
                  || right_edge (box) > box->slot_x + box->slot_w + EPSILON
                  || box->y < box->slot_y - EPSILON
                  || box->y + box->h > box->slot_y + box->slot_h + EPSILON))
            g_error ("%s: block %d (%.1f, %.1f, %.1f × %.1f) overruns its place (%.1f, %.1f, "
                     "%.1f × %.1f)", page, box->block, box->x, box->y, box->w, box->h,
                     box->slot_x, box->slot_y, box->slot_w, box->slot_h);

          bottom = MAX (bottom, box->slot_y + box->slot_h);
          if (last < 0 || box->slot_y >= g_array_index (boxes, ReportBox, last).slot_y)
            last = (int) i;
          if (first < 0 || box->slot_y < g_array_index (boxes, ReportBox, first).slot_y)
            first = (int) i;

          if (box->column >= 0)
            {
              const Block *b = &g_array_index (report->blocks, Block, box->block);
              const Table *t = &g_array_index (report->tables, Table, b->table);
              GPtrArray *cells = g_hash_table_lookup (rows, GINT_TO_POINTER (box->block));

              if (cells == NULL)
                {
                  cells = g_ptr_array_new ();
                  g_hash_table_insert (rows, GINT_TO_POINTER (box->block), cells);
                }
              g_ptr_array_add (cells, (gpointer) box);

              /* A number's right edge: the same for every cell of its column (header too). */
              if (t->right[box->column] && box->w > 0.0)
                {
                  gpointer key = GINT_TO_POINTER (b->table * MAX_COLUMNS + box->column);
                  double *edge = g_hash_table_lookup (edges, key);

                  if (edge == NULL)
                    {
                      edge = g_new (double, 1);
                      *edge = right_edge (box);
                      g_hash_table_insert (edges, key, edge);
                    }
                  if (fabs (*edge - right_edge (box)) > 0.5)
                    g_error ("%s: “%s” is not right-aligned with its column", page,
                             b->cells[box->column]);
                }
            }
          else
            {
              const Block *b = &g_array_index (report->blocks, Block, box->block);

              if (p == 0 && b->markup != NULL && g_str_has_prefix (b->markup, "Notes: "))
                notes_seen = TRUE;
            }

          /* Every block on one page only: a repeated header row aside. */
          if (box->column <= 0 && !is_heading (report, box->block))
            seen[box->block]++;
        }

      g_hash_table_iter_init (&iter, rows);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        check_row (report, value, page);

      /* The foot of a page is never a heading, a title or a table's header. */
      g_assert_cmpint (last, >=, 0);
      if (is_heading (report, g_array_index (boxes, ReportBox, last).block))
        g_error ("%s ends with a heading", page);

      /* No page but the last mostly empty; the last not a lone short section either. */
      g_test_message ("%s: %.0f %% full", page, 100.0 * (bottom - body_top) / body_h);
      if (p + 1 < n_pages && (bottom - body_top) / body_h < MIN_FILL)
        g_error ("%s is only %.0f %% full", page, 100.0 * (bottom - body_top) / body_h);
      if (p > 0 && p + 1 == n_pages && (bottom - body_top) / body_h < 0.25
          && g_array_index (report->blocks, Block,
                            g_array_index (boxes, ReportBox, first).block).kind == BLOCK_HEADING)
        g_error ("%s holds only a short last section", page);
    }

  for (guint i = 0; i < report->blocks->len; i++)
    {
      const Block *b = &g_array_index (report->blocks, Block, i);

      if (b->kind != BLOCK_BREAK && !is_heading (report, i) && seen[i] != 1)
        g_error ("%s: block %u (%s) drawn %u times", what, i,
                 b->markup != NULL ? b->markup : b->cells != NULL ? b->cells[0] : "chart",
                 seen[i]);
    }
  g_assert_true (notes_seen);
}

static void
check_plan (const PfPlan *plan,
            const char   *name)
{
  static const PfUnitSystem units[] = { PF_UNITS_METRIC, PF_UNITS_IMPERIAL };
  static const PfPaper papers[] = { PF_PAPER_A4, PF_PAPER_LETTER };

  for (guint u = 0; u < G_N_ELEMENTS (units); u++)
    for (guint p = 0; p < G_N_ELEMENTS (papers); p++)
      {
        g_autofree char *what = g_strdup_printf ("%s, %s, %s", name,
                                                 u == 0 ? "metric" : "imperial",
                                                 p == 0 ? "A4" : "Letter");
        g_autoptr(PfReport) report = NULL;
        double width, height;

        pf_paper_size (papers[p], &width, &height);
        report = pf_report_new (plan, NULL, units[u], width, height);
        check_report (report, what);
      }
}

static void
test_marathon (void)
{
  g_autoptr(PfPlan) plan = marathon_plan (TRUE);

  check_plan (plan, "marathon");
}

/* No stations: the runner's bottle and gels, each row saying both. */
static void
test_marathon_bottle (void)
{
  g_autoptr(PfPlan) plan = marathon_plan (FALSE);

  check_plan (plan, "marathon with a bottle");
}

static void
test_ultra (void)
{
  g_autoptr(PfPlan) plan = ultra_plan ();
  double width, height;
  g_autoptr(PfReport) report = NULL;
  gboolean station_seen = FALSE;

  check_plan (plan, "ultra");

  /* The long station's name is printed whole, if on two lines. */
  pf_paper_size (PF_PAPER_A4, &width, &height);
  report = pf_report_new (plan, NULL, PF_UNITS_METRIC, width, height);
  for (guint i = 0; i < report->blocks->len; i++)
    {
      const Block *b = &g_array_index (report->blocks, Block, i);
      g_autofree char *escaped = g_markup_escape_text (long_station, -1);

      if (b->kind == BLOCK_ROW && b->cells != NULL
          && g_strv_contains ((const char * const *) b->cells, escaped))
        station_seen = TRUE;
    }
  g_assert_true (station_seen);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report-layout/marathon", test_marathon);
  g_test_add_func ("/report-layout/marathon-bottle", test_marathon_bottle);
  g_test_add_func ("/report-layout/ultra", test_ultra);

  return g_test_run ();
}
