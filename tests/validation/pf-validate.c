/* pf-validate.c — recomputes the fade's fit (src/core/pf-fade.c) and docs/validation.md
 *
 *   pf-validate aggregate RAW.csv LABEL       a results file → bands CSV (stdout)
 *   pf-validate fit BANDS.csv COURSE.gpx      the fade's constants from the even rows
 *   pf-validate report COURSE.gpx BANDS.csv…  the validation table (Markdown, stdout)
 *
 * build-aux/dev validate runs the last two and rewrites docs/validation.md.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-validate"

#include "config.h"

#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pf-race-bands.h"

static int
usage (void)
{
  g_printerr ("usage: pf-validate aggregate RAW.csv LABEL\n"
              "       pf-validate fit BANDS.csv COURSE.gpx\n"
              "       pf-validate report COURSE.gpx BANDS.csv [BANDS.csv…]\n");
  return 2;
}

static int
cmd_aggregate (const char *raw,
               const char *label)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) bands = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  guint rows = 0, used = 0;

  bands = pf_race_bands_aggregate (raw, &rows, &used, &error);
  if (bands == NULL)
    {
      g_printerr ("pf-validate: %s\n", error->message);
      return 1;
    }
  g_string_append_printf (out, "# %s\n", label);
  g_string_append_printf (out, "# Made by: pf-validate aggregate (tests/validation/pf-validate.c); "
                          "%u data rows, %u finishers kept.\n", rows, used);
  g_string_append (out, "# Per 10-minute band of official finish time (lo_s ≤ finish < hi_s), "
                   "even and odd data rows apart:\n"
                   "# n finishers and, per segment, the mean of (segment pace / own average "
                   "pace).\n");
  pf_race_bands_write (bands, out);
  fputs (out->str, stdout);
  return 0;
}

static PfTrack *
load_course (const char *path)
{
  g_autoptr(GError) error = NULL;
  PfTrack *track = pf_import_path (path, &error);

  if (track == NULL)
    g_printerr ("pf-validate: %s\n", error->message);
  return track;
}

static int
cmd_fit (const char *bands_path,
         const char *course_path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) bands = pf_race_bands_load (bands_path, &error);
  g_autoptr(PfTrack) track = NULL;
  PfFadeFit fit;

  if (bands == NULL)
    {
      g_printerr ("pf-validate: %s\n", error->message);
      return 1;
    }
  track = load_course (course_path);
  if (track == NULL)
    return 1;
  if (!pf_race_fit (bands, track, &fit, &error))
    {
      g_printerr ("pf-validate: %s\n", error->message);
      return 1;
    }

  g_print ("band (even rows)      n   linear  quadratic\n");
  for (guint i = 0; i < fit.n_bands; i++)
    g_print ("%4.0f–%4.0f min  %6u  %+.4f  %+.4f\n", fit.band_lo_s[i] / 60.0,
             fit.band_hi_s[i] / 60.0, fit.band_n[i], fit.band_fade[i].linear,
             fit.band_fade[i].quadratic);
  g_print ("\n/* pf-validate fit tests/data/races/boston-2013-bands.csv boston.gpx */\n");
  g_print ("#define FADE_LINEAR_AT_3H       %.4f\n", fit.linear_at_3h);
  g_print ("#define FADE_LINEAR_PER_HOUR    %.4f\n", fit.linear_per_hour);
  g_print ("#define FADE_QUADRATIC_AT_3H    %.4f\n", fit.quadratic_at_3h);
  g_print ("#define FADE_QUADRATIC_PER_HOUR %.4f\n", fit.quadratic_per_hour);
  g_print ("levels fitted: %.3f–%.3f h\n", fit.min_hours, fit.max_hours);
  return 0;
}

/* The 30-minute bands of the table; the criterion covers 2:30 to 4:00. */
#define JUDGED_LO_MIN 150.0
#define JUDGED_HI_MIN 240.0
#define REQUIRED_GAIN 0.40

typedef struct
{
  guint  n;
  double even, prescribed, realistic;
  double observed[PF_RACE_N_SEGMENTS];
  double r_prescribed[PF_RACE_N_SEGMENTS], r_realistic[PF_RACE_N_SEGMENTS];
} Errors;

static gboolean
band_errors (PfTrack          *track,
             const PfRaceBand *band,
             Errors           *e)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PfPlan) plan = NULL;
  double goal = (band->lo_s + band->hi_s) / 2.0, ones[PF_RACE_N_SEGMENTS];

  plan = pf_race_plan (track, goal, &error);
  if (plan == NULL)
    {
      g_printerr ("pf-validate: %s\n", error->message);
      return FALSE;
    }
  pf_race_plan_ratios (plan, NULL, e->r_prescribed);
  pf_race_realistic_ratios (plan, e->r_realistic);
  for (guint s = 0; s < PF_RACE_N_SEGMENTS; s++)
    {
      ones[s] = 1.0;
      e->observed[s] = band->ratio[s];
    }
  e->n = band->n;
  e->even = pf_race_rmse (ones, band->ratio);
  e->prescribed = pf_race_rmse (e->r_prescribed, band->ratio);
  e->realistic = pf_race_rmse (e->r_realistic, band->ratio);
  return TRUE;
}

static char *
clock_text (double minutes)
{
  return g_strdup_printf ("%d:%02d", (int) minutes / 60, (int) minutes % 60);
}

/* The file's first comment line: what the data is. */
static char *
bands_label (const char *path)
{
  g_autofree char *text = NULL;

  if (g_file_get_contents (path, &text, NULL, NULL) && g_str_has_prefix (text, "# "))
    return g_strndup (text + 2, strcspn (text + 2, "\n"));
  return g_path_get_basename (path);
}

static void
print_rows (const char   *data,
            double        lo_min,
            double        hi_min,
            const Errors *e)
{
  g_autofree char *lo = clock_text (lo_min);
  g_autofree char *hi = clock_text (hi_min);
  gboolean judged = lo_min >= JUDGED_LO_MIN && hi_min <= JUDGED_HI_MIN;
  double gain_prescribed = 1.0 - e->prescribed / e->even;
  double gain_realistic = 1.0 - e->realistic / e->even;

  g_print ("| even pace | %s | %s–%s | %u | %.4f | — | the baseline |\n", data, lo, hi, e->n,
           e->even);
  g_print ("| plan as prescribed (even effort) | %s | %s–%s | %u | %.4f | %+.0f %% | "
           "the course alone: not enough |\n", data, lo, hi, e->n, e->prescribed,
           -100.0 * gain_prescribed);
  g_print ("| realistic (run by feel) | %s | %s–%s | %u | %.4f | %+.0f %% | %s |\n", data, lo, hi,
           e->n, e->realistic, -100.0 * gain_realistic,
           !judged ? "outside the criterion's bands (shown, not judged)"
           : gain_realistic >= REQUIRED_GAIN ? "**pass** (≥ 40 % below even pace)"
           : "**FAIL** (less than 40 % below even pace)");
}

static void
print_segments (GString      *out,
                const char   *title,
                const Errors *e)
{
  g_string_append_printf (out, "\n%s\n\n| segment (km) | observed | prescribed | realistic |\n"
                          "|---|---|---|---|\n", title);
  for (guint s = 0; s < PF_RACE_N_SEGMENTS; s++)
    g_string_append_printf (out, "| %g–%g | %.3f | %.3f | %.3f |\n",
                            pf_race_split_m[s] / 1000.0,
                            pf_race_split_m[s + 1] / 1000.0, e->observed[s],
                            e->r_prescribed[s], e->r_realistic[s]);
}

/* The first bands file is the fit's: fitted on its even rows, judged on its odd ones. The
 * others are other races on the same course, judged on all their rows. */
static int
pf_validate_report (const char         *course,
                    const char * const *bands_paths,
                    int                 n_paths)
{
  g_autoptr(PfTrack) track = load_course (course);
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) details = g_string_new (NULL);
  g_autofree char *fit_lo = clock_text (PF_RACE_FIT_LO_S / 60.0);
  g_autofree char *fit_hi = clock_text (PF_RACE_FIT_HI_S / 60.0);
  PfFadeFit fit;
  PfFade at_3h;

  if (track == NULL)
    return 1;
  for (int p = 0; p < n_paths; p++)
    {
      GArray *bands = pf_race_bands_load (bands_paths[p], &error);

      if (bands == NULL)
        {
          g_printerr ("pf-validate: %s\n", error->message);
          return 1;
        }
      g_ptr_array_add (all, bands);
    }
  if (!pf_race_fit (g_ptr_array_index (all, 0), track, &fit, &error))
    {
      g_printerr ("pf-validate: %s\n", error->message);
      return 1;
    }
  pf_fade_for_level (3 * 3600.0, PF_DISTANCE_MARATHON, &at_3h);

  g_print ("# Validation: the models against published tables and real races\n\n"
           "<!-- Written by `build-aux/dev validate` (tests/validation/pf-validate.c); "
           "do not edit by hand. -->\n\n"
           "The `validation` test suite (`tests/validation/`, run by `build-aux/dev test` and "
           "CI) asserts what this page shows. It needs `../shared/data/courses/boston.gpx` for the "
           "course (no licence: read in place, never copied; the race tests skip without it); the "
           "race data it needs is in `tests/data/races/` (see `tests/data/SOURCES.md`).\n\n");

  g_print ("## Real races: how pace drifts over a marathon\n\n"
           "**What is compared.** Per finisher, each split segment's pace relative to the "
           "finisher's own average, (segment time / segment length) / (finish time / 42.195 km); "
           "averaged over the finishers of a 30-minute band of official (net) finish times. The "
           "segments are those of the official splits: 0–5, 5–10, 10–20, 20–21.0975, 21.0975–25, "
           "25–30, 30–35, 35–40 and 40–42.195 km. The error is the root mean square, over the "
           "nine segments, of model ratio − observed ratio.\n\n"
           "**The models**, for a band, all finishing in the band's middle:\n\n"
           "- *even pace*: every segment at the average pace (ratio 1);\n"
           "- *plan as prescribed*: Pacefuel's even-effort plan (the default strategy) on "
           "`boston.gpx` scaled to 42.195 km, goal mode, 10 °C with a dew point of 3 °C from "
           "10:00 (no heat cost): the course's own hills and downhills;\n"
           "- *realistic*: the same plan's run by feel (`pf_plan_get_realistic`, the JSON's "
           "`realistic`), computed by the application from a marathon of the band's time: even "
           "effort over the course, the heat at the runner's share (none on this day) and the "
           "fade of the band's level (`pf_fade_for_level`, `src/core/pf-fade.c`).\n\n"
           "**The data.**\n\n");
  for (int p = 0; p < n_paths; p++)
    {
      g_autofree char *label = bands_label (bands_paths[p]);
      g_autofree char *base = g_path_get_basename (bands_paths[p]);

      g_print ("- `tests/data/races/%s`: %s.\n", base, label);
    }
  g_print ("\nBoston 2013 was a cool, sunny day (about 10 °C). The race was stopped at about "
           "4 h 09 min on the finish clock, which ran from the first wave's start: runners of "
           "the later waves were stopped earlier in their own net time, so the slow bands are "
           "thinned (from 4:00 on, shown but not judged) and a few finishers are missing from "
           "the 3:30–4:00 band too. Boston 2014, "
           "on the same course, was sunny and warmer; its plans still assume the cool day, so "
           "whatever heat cost shows as error there. Both results files are the race "
           "organiser's public results as collected in llimllib/bostonmarathon (MIT); only "
           "per-band aggregates are shipped (`pf-validate aggregate`; finishers with a missing "
           "split, a wheelchair or handcycle bib, or a segment below half or above 2.5 times "
           "their average pace are left out).\n\n");

  g_print ("**Fitted on what, judged on what.** The fade was fitted on the *even* data rows of "
           "Boston 2013 (2nd, 4th, … after the header) only; the Boston 2013 rows below are the "
           "*odd* rows, held out from the fit, and Boston 2014 is a second, later race not used "
           "in the fit at all. The fit: for each 10-minute band of the even rows from %s to %s "
           "with at least %d finishers, the least-squares fade of observed / prescribed − 1 over "
           "the nine segments (each segment's mean of x − ½ and (x − ½)² − 1/12); then linear "
           "and quadratic each a straight line in the band's middle (hours), every band "
           "weighing the same; levels outside %.3f–%.3f h take the nearest end's fade.\n\n",
           fit_lo, fit_hi,
           PF_RACE_FIT_MIN_N, fit.min_hours, fit.max_hours);

  g_print ("| constant | in `pf-fade.c` | refitted now |\n|---|---|---|\n");
  g_print ("| linear at 3:00 | %.4f | %.4f |\n", at_3h.linear, fit.linear_at_3h);
  g_print ("| quadratic at 3:00 | %.4f | %.4f |\n", at_3h.quadratic, fit.quadratic_at_3h);
  {
    PfFade at_4h, at_2h;

    pf_fade_for_level (3.5 * 3600.0, PF_DISTANCE_MARATHON, &at_4h);
    pf_fade_for_level (2.75 * 3600.0, PF_DISTANCE_MARATHON, &at_2h);
    g_print ("| linear per hour of finish | %.4f | %.4f |\n",
             (at_4h.linear - at_2h.linear) / 0.75, fit.linear_per_hour);
    g_print ("| quadratic per hour of finish | %.4f | %.4f |\n",
             (at_4h.quadratic - at_2h.quadratic) / 0.75, fit.quadratic_per_hour);
  }
  g_print ("| levels covered (h) | %.3f–%.3f | %.3f–%.3f |\n\n", PF_FADE_MIN_HOURS,
           PF_FADE_MAX_HOURS, fit.min_hours, fit.max_hours);

  g_print ("**Criterion** (issue 15): in every band from 2:30 to 4:00 the realistic shape's "
           "error is at least 40 %% below even pace's.\n\n"
           "| model | data | band | n | RMSE of segment-pace ratios | vs even pace | verdict |\n"
           "|---|---|---|---|---|---|---|\n");
  for (int p = 0; p < n_paths; p++)
    {
      GArray *bands = g_ptr_array_index (all, p);
      g_autofree char *base = g_path_get_basename (bands_paths[p]);
      g_autofree char *data = g_strdup_printf ("%s%s", p == 0 ? "Boston 2013, odd rows" :
                                               "Boston 2014, all rows", "");

      for (double lo = 120.0; lo < 360.0; lo += 30.0)
        {
          PfRaceBand band;
          Errors e;

          if (!pf_race_bands_merge (bands, p == 0 ? 'o' : 0, lo * 60.0, (lo + 30.0) * 60.0,
                                    &band)
              || band.n < 20)
            continue;
          if (!band_errors (track, &band, &e))
            return 1;
          print_rows (data, lo, lo + 30.0, &e);
          if (p == 0 && lo >= JUDGED_LO_MIN && lo + 30.0 <= JUDGED_HI_MIN)
            {
              g_autofree char *l = clock_text (lo);
              g_autofree char *h = clock_text (lo + 30.0);
              g_autofree char *title = g_strdup_printf ("%s, %s–%s (n = %u):", data, l, h, e.n);

              print_segments (details, title, &e);
            }
        }
    }
  g_print ("\nThe segment-pace ratios of the judged bands (1 = the finisher's own average "
           "pace):\n%s", details->str);

  g_print ("\n## Published tables\n\n"
           "| model | data | error | verdict |\n|---|---|---|---|\n"
           "| VDOT (`pf_vdot_predict`, Daniels & Gilbert 1979) | Daniels' Running Formula, "
           "VDOT 30–85 by 5 at 5K, 10K, half and marathon (47 values) | within 0.2 %%, "
           "largest 32 s (VDOT 30's marathon) | asserted by "
           "`test-validation-tables` /validation/daniels-table |\n"
           "| Hadley's rule (`pf_heat_slowdown`) | Hadley 2013's chart: temperature + dew point "
           "bands 101–180 °F | exact at every band's middle; elsewhere within the band's range "
           "± 0.125 point (linear between the middles) | asserted by /validation/hadley-chart |\n"
           "| Hadley's danger line (`pf_heat_is_extreme`) | above 180 °F | exact | asserted by "
           "/validation/hadley-chart |\n");
  for (PfHeatModel model = 0; model <= PF_HEAT_MODEL_LAST; model++)
    g_print ("| %s heat model × the runner's share (`pf_heat_runner_scale`) | Ely et al. 2007: "
             "top three men %.1f points slower in the warmest WBGT quartile (20–25 °C) than in "
             "the coolest (5–10 °C); slower finishers lost more | a 2:06 runner %.2f points "
             "(%.0f %% of Ely's); 3:30 %.2f, 4:30 %.2f | **low**: the model gives about half the "
             "elite slowdown Ely measured (Ely's WBGT includes the sun, so the gap is if anything "
             "larger); slower runners do lose more. Asserted (as found) by "
             "/validation/ely-2007-quartiles |\n",
             pf_heat_model_to_string (model), PF_VALIDATION_ELY_TOP_MEN_RISE,
             pf_validation_ely_rise (model, PF_VALIDATION_ELY_ELITE_S),
             100.0 * pf_validation_ely_rise (model, PF_VALIDATION_ELY_ELITE_S)
               / PF_VALIDATION_ELY_TOP_MEN_RISE,
             pf_validation_ely_rise (model, 3.5 * 3600), pf_validation_ely_rise (model, 4.5 * 3600));
  {
    double marathon = 3.5 * 3600, d = 42195.0;
    g_autoptr(GArray) ultra = pf_predict_all (&d, &marathon, 1, 100000.0);
    g_autofree char *t = pf_duration_format (g_array_index (ultra, PfPrediction, 0).time_s);

    g_print ("| Predictions against the world records (`pf_predict_all`, `pf-records.c`) | the "
             "records' ratios, 5 km to 6 days (100 km / marathon = 6:05:41 / 2:00:35 = 3.03) | "
             "no model, level or distance from 5 to 100 km beats the ratio; a 3:30 marathoner's "
             "100 km: %s (%.2f ×) | **pass**, asserted by the core suite's "
             "/predict/never-beat-records and /predict/ultra |\n\n",
             t, g_array_index (ultra, PfPrediction, 0).time_s / marathon);
  }
  g_print ("Unit tests of the same functions stay in the core suite (`tests/test-pacing.c` "
           "/models/predictions and /models/heat, `tests/test-warnings.c`).\n\n"
           "Regenerate this page with `build-aux/dev validate` (it re-aggregates Boston 2013 "
           "from `../shared/data/races/` when that is there, prints the fit and rewrites this "
           "file); Boston 2014's aggregate is made as `tests/data/SOURCES.md` says.\n");
  return 0;
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  if (argc == 4 && g_str_equal (argv[1], "aggregate"))
    return cmd_aggregate (argv[2], argv[3]);
  if (argc == 4 && g_str_equal (argv[1], "fit"))
    return cmd_fit (argv[2], argv[3]);
  if (argc >= 4 && g_str_equal (argv[1], "report"))
    return pf_validate_report (argv[2], (const char * const *) argv + 3, argc - 3);
  return usage ();
}
