/* pf-race-bands.c — real races' split times, aggregated by finish band, against the plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-race-bands"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "pf-race-bands.h"

const double pf_race_split_m[PF_RACE_N_SEGMENTS + 1] = {
  0.0, 5000.0, 10000.0, 20000.0, 21097.5, 25000.0, 30000.0, 35000.0, 40000.0, 42195.0,
};

/* The results' columns of elapsed time (minutes) at each split point, in order. */
static const char * const split_columns[PF_RACE_N_SEGMENTS] = {
  "5k", "10k", "20k", "half", "25k", "30k", "35k", "40k", "official",
};

/* One CSV line into fields; quoted fields may hold commas ("Korir, Wesley"). */
static GPtrArray *
split_csv_line (const char *line)
{
  GPtrArray *fields = g_ptr_array_new_with_free_func (g_free);
  GString *field = g_string_new (NULL);
  gboolean quoted = FALSE;

  for (const char *p = line; *p != '\0' && *p != '\r'; p++)
    {
      if (*p == '"')
        {
          if (quoted && p[1] == '"')
            {
              g_string_append_c (field, '"');
              p++;
            }
          else
            quoted = !quoted;
        }
      else if (*p == ',' && !quoted)
        {
          g_ptr_array_add (fields, g_string_free (field, FALSE));
          field = g_string_new (NULL);
        }
      else
        g_string_append_c (field, *p);
    }
  g_ptr_array_add (fields, g_string_free (field, FALSE));

  return fields;
}

static int
column_of (GPtrArray  *header,
           const char *name)
{
  for (guint i = 0; i < header->len; i++)
    if (g_ascii_strcasecmp (g_ptr_array_index (header, i), name) == 0)
      return (int) i;
  return -1;
}

static gboolean
parse_minutes (const char *text,
               double     *seconds)
{
  char *end = NULL;
  double v;

  if (text == NULL || *text == '\0')
    return FALSE;
  v = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0' || !isfinite (v) || v <= 0.0)
    return FALSE;
  *seconds = v * 60.0;
  return TRUE;
}

static PfRaceBand *
band_for (GArray *bands,
          char    parity,
          double  lo_s)
{
  PfRaceBand band = { 0 };

  for (guint i = 0; i < bands->len; i++)
    {
      PfRaceBand *b = &g_array_index (bands, PfRaceBand, i);

      if (b->parity == parity && b->lo_s == lo_s)
        return b;
    }
  band.parity = parity;
  band.lo_s = lo_s;
  band.hi_s = lo_s + PF_RACE_BAND_WIDTH_S;
  g_array_append_val (bands, band);
  return &g_array_index (bands, PfRaceBand, bands->len - 1);
}

static int
compare_bands (gconstpointer a,
               gconstpointer b)
{
  const PfRaceBand *x = a, *y = b;

  if (x->parity != y->parity)
    return x->parity - y->parity;
  return (x->lo_s > y->lo_s) - (x->lo_s < y->lo_s);
}

/* Every finisher of a results file (llimllib/bostonmarathon's columns, in any order) into
 * 10-minute bands of official finish time, even and odd data rows apart. A finisher is left
 * out when a split is missing or not after the one before, when the bib says wheelchair or
 * handcycle (W…, H…), or when a segment's pace is below half or above 2.5 times their
 * average (a mat that missed them). @n_rows: data rows read; @n_used: finishers kept. */
GArray *
pf_race_bands_aggregate (const char  *raw_csv,
                         guint       *n_rows,
                         guint       *n_used,
                         GError     **error)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GPtrArray) header = NULL;
  g_autoptr(GArray) bands = g_array_new (FALSE, FALSE, sizeof (PfRaceBand));
  int columns[PF_RACE_N_SEGMENTS];
  int bib_column;
  guint rows = 0, used = 0;

  if (!g_file_get_contents (raw_csv, &text, NULL, error))
    return NULL;
  lines = g_strsplit (text, "\n", -1);
  if (lines[0] == NULL)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, "%s: empty", raw_csv);
      return NULL;
    }
  header = split_csv_line (lines[0]);
  for (guint s = 0; s < PF_RACE_N_SEGMENTS; s++)
    {
      columns[s] = column_of (header, split_columns[s]);
      if (columns[s] < 0)
        {
          g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, "%s: no column %s", raw_csv,
                       split_columns[s]);
          return NULL;
        }
    }
  bib_column = column_of (header, "bib");

  for (guint l = 1; lines[l] != NULL; l++)
    {
      g_autoptr(GPtrArray) fields = NULL;
      double at[PF_RACE_N_SEGMENTS + 1] = { 0.0 }, ratio[PF_RACE_N_SEGMENTS];
      gboolean ok = TRUE;
      PfRaceBand *band;
      char parity;

      if (lines[l][0] == '\0' || lines[l][0] == '\r')
        continue;
      rows++;
      /* Row numbers count data rows from 1, as the fit's comment in pf-fade.c does. */
      parity = rows % 2 == 0 ? 'e' : 'o';
      fields = split_csv_line (lines[l]);

      if (bib_column >= 0 && (guint) bib_column < fields->len)
        {
          const char *bib = g_ptr_array_index (fields, bib_column);

          if (bib[0] == 'W' || bib[0] == 'w' || bib[0] == 'H' || bib[0] == 'h')
            continue;
        }
      for (guint s = 0; s < PF_RACE_N_SEGMENTS && ok; s++)
        ok = (guint) columns[s] < fields->len
             && parse_minutes (g_ptr_array_index (fields, columns[s]), &at[s + 1])
             && at[s + 1] > at[s];
      if (!ok)
        continue;
      for (guint s = 0; s < PF_RACE_N_SEGMENTS && ok; s++)
        {
          double length = pf_race_split_m[s + 1] - pf_race_split_m[s];

          ratio[s] = ((at[s + 1] - at[s]) / length)
                     / (at[PF_RACE_N_SEGMENTS] / pf_race_split_m[PF_RACE_N_SEGMENTS]);
          ok = ratio[s] >= 0.5 && ratio[s] <= 2.5;
        }
      if (!ok)
        continue;

      used++;
      band = band_for (bands, parity, floor (at[PF_RACE_N_SEGMENTS] / PF_RACE_BAND_WIDTH_S)
                                      * PF_RACE_BAND_WIDTH_S);
      band->n++;
      for (guint s = 0; s < PF_RACE_N_SEGMENTS; s++)
        band->ratio[s] += ratio[s];
    }

  for (guint i = 0; i < bands->len; i++)
    {
      PfRaceBand *b = &g_array_index (bands, PfRaceBand, i);

      for (guint s = 0; s < PF_RACE_N_SEGMENTS; s++)
        b->ratio[s] /= b->n;
    }
  g_array_sort (bands, compare_bands);
  if (n_rows != NULL)
    *n_rows = rows;
  if (n_used != NULL)
    *n_used = used;

  return g_steal_pointer (&bands);
}

void
pf_race_bands_write (const GArray *bands,
                     GString      *out)
{
  g_string_append (out, "parity,lo_s,hi_s,n");
  for (guint s = 0; s < PF_RACE_N_SEGMENTS; s++)
    g_string_append_printf (out, ",r%g_%g", pf_race_split_m[s] / 1000.0,
                            pf_race_split_m[s + 1] / 1000.0);
  g_string_append_c (out, '\n');
  for (guint i = 0; i < bands->len; i++)
    {
      const PfRaceBand *b = &g_array_index (bands, PfRaceBand, i);
      char buf[G_ASCII_DTOSTR_BUF_SIZE];

      g_string_append_printf (out, "%s,%.0f,%.0f,%u", b->parity == 'e' ? "even" : "odd",
                              b->lo_s, b->hi_s, b->n);
      for (guint s = 0; s < PF_RACE_N_SEGMENTS; s++)
        g_string_append_printf (out, ",%s",
                                g_ascii_formatd (buf, sizeof buf, "%.6f", b->ratio[s]));
      g_string_append_c (out, '\n');
    }
}

/* A file written by pf_race_bands_write, after any lines starting with '#'. */
GArray *
pf_race_bands_load (const char  *path,
                    GError     **error)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GArray) bands = g_array_new (FALSE, FALSE, sizeof (PfRaceBand));
  gboolean header_seen = FALSE;

  if (!g_file_get_contents (path, &text, NULL, error))
    return NULL;
  lines = g_strsplit (text, "\n", -1);
  for (guint l = 0; lines[l] != NULL; l++)
    {
      g_auto(GStrv) fields = NULL;
      PfRaceBand band = { 0 };

      if (lines[l][0] == '\0' || lines[l][0] == '#')
        continue;
      if (!header_seen)
        {
          header_seen = TRUE;
          continue;
        }
      fields = g_strsplit (lines[l], ",", -1);
      if (g_strv_length (fields) != 4 + PF_RACE_N_SEGMENTS
          || (strcmp (fields[0], "even") != 0 && strcmp (fields[0], "odd") != 0))
        {
          g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, "%s:%u: not a band", path, l + 1);
          return NULL;
        }
      band.parity = fields[0][0];
      band.lo_s = g_ascii_strtod (fields[1], NULL);
      band.hi_s = g_ascii_strtod (fields[2], NULL);
      band.n = (guint) g_ascii_strtoull (fields[3], NULL, 10);
      for (guint s = 0; s < PF_RACE_N_SEGMENTS; s++)
        band.ratio[s] = g_ascii_strtod (fields[4 + s], NULL);
      g_array_append_val (bands, band);
    }
  if (bands->len == 0)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, "%s: no bands", path);
      return NULL;
    }

  return g_steal_pointer (&bands);
}

/* The finishers of every band of @parity ('e', 'o', or 0 for both) inside [@lo_s, @hi_s), as
 * one band: the means weighted by the finishers, which is the mean over all of them. */
gboolean
pf_race_bands_merge (const GArray *bands,
                     char          parity,
                     double        lo_s,
                     double        hi_s,
                     PfRaceBand   *merged)
{
  memset (merged, 0, sizeof *merged);
  merged->parity = parity;
  merged->lo_s = lo_s;
  merged->hi_s = hi_s;
  for (guint i = 0; i < bands->len; i++)
    {
      const PfRaceBand *b = &g_array_index (bands, PfRaceBand, i);

      if ((parity != 0 && b->parity != parity) || b->lo_s < lo_s || b->hi_s > hi_s)
        continue;
      merged->n += b->n;
      for (guint s = 0; s < PF_RACE_N_SEGMENTS; s++)
        merged->ratio[s] += b->ratio[s] * b->n;
    }
  if (merged->n == 0)
    return FALSE;
  for (guint s = 0; s < PF_RACE_N_SEGMENTS; s++)
    merged->ratio[s] /= merged->n;
  return TRUE;
}

PfPlan *
pf_race_plan (PfTrack  *track,
              double    goal_s,
              GError  **error)
{
  g_auto(PfPlanInputs) inputs = { 0 };

  pf_plan_inputs_init (&inputs);
  pf_plan_inputs_set_track (&inputs, track);
  inputs.official_distance_m = PF_DISTANCE_MARATHON;
  inputs.pace_mode = PF_PACE_MODE_GOAL;
  inputs.goal_time_s = goal_s;
  inputs.strategy = PF_STRATEGY_EVEN_EFFORT;
  /* A marathon of the band's time: the plan's run by feel starts from it. */
  pf_plan_inputs_add_race (&inputs, PF_DISTANCE_MARATHON, goal_s);
  /* Boston 2013: the first wave left at 10:00, cool and sunny, about 10 °C. The Hadley sum
   * (50 + 37 °F) is below 100 °F: no heat cost, only the course's own shape. */
  if (!pf_start_time_parse ("2013-04-15T10:00", &inputs.start_time))
    g_assert_not_reached ();
  inputs.conditions.start_temp_c = 10.0;
  inputs.conditions.finish_temp_c = NAN;
  inputs.conditions.humidity_kind = PF_HUMIDITY_DEW_POINT;
  inputs.conditions.humidity = 3.0;

  return pf_plan_compute (&inputs, error);
}

static void
segment_ratios (const PfSegment *segments,
                guint            n,
                const PfFade    *fade,
                double           ratio[PF_RACE_N_SEGMENTS])
{
  double time[PF_RACE_N_SEGMENTS] = { 0.0 }, total = 0.0;
  double distance = segments[n - 1].end_m, scale = distance / PF_DISTANCE_MARATHON;

  /* Each stretch's time, by feel, goes to the splits it overlaps, in proportion to length. */
  for (guint i = 0; i < n; i++)
    {
      const PfSegment *seg = &segments[i];
      double length = seg->end_m - seg->start_m;
      double t = seg->time_s;

      if (length <= 0.0)
        continue;
      if (fade != NULL)
        t *= pf_fade_factor (fade, (seg->start_m + seg->end_m) / 2.0 / distance);
      total += t;
      for (guint k = 0; k < PF_RACE_N_SEGMENTS; k++)
        {
          double overlap = MIN (seg->end_m, pf_race_split_m[k + 1] * scale)
                           - MAX (seg->start_m, pf_race_split_m[k] * scale);

          if (overlap > 0.0)
            time[k] += t * overlap / length;
        }
    }
  for (guint k = 0; k < PF_RACE_N_SEGMENTS; k++)
    ratio[k] = (time[k] / (pf_race_split_m[k + 1] - pf_race_split_m[k]))
               / (total / PF_DISTANCE_MARATHON);
}

void
pf_race_plan_ratios (const PfPlan *plan,
                     const PfFade *fade,
                     double        ratio[PF_RACE_N_SEGMENTS])
{
  segment_ratios (pf_plan_get_segments (plan), pf_plan_get_n_segments (plan), fade, ratio);
}

/* The plan's own run by feel (pf_plan_get_realistic ()): the course, the heat at the
 * runner's share and the fade, exactly as the application computes them. */
void
pf_race_realistic_ratios (const PfPlan *plan,
                          double        ratio[PF_RACE_N_SEGMENTS])
{
  const PfPacing *realistic = pf_plan_get_realistic (plan);

  g_return_if_fail (realistic != NULL);
  segment_ratios ((const PfSegment *) (gpointer) realistic->segments->data,
                  realistic->segments->len, NULL, ratio);
}

double
pf_race_rmse (const double *model,
              const double *observed)
{
  double sum = 0.0;

  for (guint s = 0; s < PF_RACE_N_SEGMENTS; s++)
    sum += (model[s] - observed[s]) * (model[s] - observed[s]);
  return sqrt (sum / PF_RACE_N_SEGMENTS);
}

/* observed ≈ prescribed × mean fade over the segment: least squares of
 * observed / prescribed − 1 = linear·a + quadratic·b, a and b the means of (x − ½) and
 * ((x − ½)² − 1/12) over the segment (2 × 2 normal equations). */
void
pf_race_fit_band (const double *observed,
                  const double *prescribed,
                  PfFade       *fade)
{
  double saa = 0.0, sab = 0.0, sbb = 0.0, say = 0.0, sby = 0.0, det;

  for (guint s = 0; s < PF_RACE_N_SEGMENTS; s++)
    {
      PfFade unit_linear = { 1.0, 0.0 }, unit_quadratic = { 0.0, 1.0 };
      double from = pf_race_split_m[s] / PF_DISTANCE_MARATHON;
      double to = pf_race_split_m[s + 1] / PF_DISTANCE_MARATHON;
      double a = pf_fade_mean_over (&unit_linear, from, to) - 1.0;
      double b = pf_fade_mean_over (&unit_quadratic, from, to) - 1.0;
      double y = observed[s] / prescribed[s] - 1.0;

      saa += a * a;
      sab += a * b;
      sbb += b * b;
      say += a * y;
      sby += b * y;
    }
  det = saa * sbb - sab * sab;
  fade->linear = (say * sbb - sby * sab) / det;
  fade->quadratic = (sby * saa - say * sab) / det;
}

/* Least squares of y = a + b·x over @n points. */
static void
fit_line (const double *x,
          const double *y,
          guint         n,
          double       *a,
          double       *b)
{
  double mx = 0.0, my = 0.0, sxx = 0.0, sxy = 0.0;

  for (guint i = 0; i < n; i++)
    {
      mx += x[i] / n;
      my += y[i] / n;
    }
  for (guint i = 0; i < n; i++)
    {
      sxx += (x[i] - mx) * (x[i] - mx);
      sxy += (x[i] - mx) * (y[i] - my);
    }
  *b = sxx > 0.0 ? sxy / sxx : 0.0;
  *a = my - *b * mx;
}

/* The even rows' 10-minute bands between PF_RACE_FIT_LO_S and PF_RACE_FIT_HI_S with at least
 * PF_RACE_FIT_MIN_N finishers: each band's fade against its even-effort plan (goal: the band's
 * middle), then linear and quadratic each as a line in the band's middle (hours − 3), every
 * band weighing the same. */
gboolean
pf_race_fit (const GArray  *bands,
             PfTrack       *track,
             PfFadeFit     *fit,
             GError       **error)
{
  double hours[PF_RACE_FIT_MAX_BANDS], lin[PF_RACE_FIT_MAX_BANDS], quad[PF_RACE_FIT_MAX_BANDS];

  memset (fit, 0, sizeof *fit);
  for (guint i = 0; i < bands->len && fit->n_bands < PF_RACE_FIT_MAX_BANDS; i++)
    {
      const PfRaceBand *b = &g_array_index (bands, PfRaceBand, i);
      g_autoptr(PfPlan) plan = NULL;
      double prescribed[PF_RACE_N_SEGMENTS];
      guint k = fit->n_bands;

      if (b->parity != 'e' || b->lo_s < PF_RACE_FIT_LO_S || b->hi_s > PF_RACE_FIT_HI_S
          || b->n < PF_RACE_FIT_MIN_N)
        continue;
      plan = pf_race_plan (track, (b->lo_s + b->hi_s) / 2.0, error);
      if (plan == NULL)
        return FALSE;
      pf_race_plan_ratios (plan, NULL, prescribed);
      pf_race_fit_band (b->ratio, prescribed, &fit->band_fade[k]);
      fit->band_lo_s[k] = b->lo_s;
      fit->band_hi_s[k] = b->hi_s;
      fit->band_n[k] = b->n;
      hours[k] = (b->lo_s + b->hi_s) / 2.0 / 3600.0 - 3.0;
      lin[k] = fit->band_fade[k].linear;
      quad[k] = fit->band_fade[k].quadratic;
      fit->n_bands++;
    }
  if (fit->n_bands < 2)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, "fewer than two bands to fit");
      return FALSE;
    }
  fit_line (hours, lin, fit->n_bands, &fit->linear_at_3h, &fit->linear_per_hour);
  fit_line (hours, quad, fit->n_bands, &fit->quadratic_at_3h, &fit->quadratic_per_hour);
  fit->min_hours = hours[0] + 3.0;
  fit->max_hours = hours[fit->n_bands - 1] + 3.0;

  return TRUE;
}

/* Air temperature (°C) that gives @wbgt_c in the shade at 50 % relative humidity. */
static double
temperature_for_wbgt (double wbgt_c)
{
  double lo = -20.0, hi = 50.0;

  for (int i = 0; i < 60; i++)
    {
      double mid = (lo + hi) / 2.0;

      if (pf_wbgt_shade (mid, 50.0) < wbgt_c)
        lo = mid;
      else
        hi = mid;
    }
  return (lo + hi) / 2.0;
}

/* Ely et al. (2007): the top three men finished 1.7, 2.5, 3.3 and 4.5 % behind the course
 * record at WBGT 5–10, 10–15, 15–20 and 20–25 °C. What @model costs a runner of @level_s
 * (a marathon time) at the middle of the warmest quartile over the coolest, in points, at
 * 50 % relative humidity, with the runner's share (pf_heat_runner_scale). */
double
pf_validation_ely_rise (PfHeatModel model,
                        double      level_s)
{
  double cool = temperature_for_wbgt (7.5), warm = temperature_for_wbgt (22.5);
  double share = pf_heat_runner_scale (level_s, FALSE);

  return 100.0 * share * (pf_heat_model_slowdown (model, warm, pf_dew_point (warm, 50.0))
                          - pf_heat_model_slowdown (model, cool, pf_dew_point (cool, 50.0)));
}
