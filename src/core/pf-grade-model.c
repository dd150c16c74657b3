/* pf-grade-model.c — pace factor f(g) relative to the flat at equal effort (Robb 2017;
 * Minetti et al. 2002; ultraPacer)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-grade-model"

#include "config.h"

#include <math.h>
#include <string.h>

#include "pf-grade-model.h"

/* Grades are clamped to the range every model was fitted on. */
#define MAX_GRADE 0.45

/* Strava's 2017 grade-adjusted pace, fitted on heart rate over ~6 million runs, as
 * reverse-engineered by aaron-schroeder/specialsauce. Grade in %, factor vs the flat; the
 * points are exact and the curve is linear between them. */
static const struct { double grade_pct, factor; } strava_2017[] = {
  { -45, 2.096 }, { -30, 1.495 }, { -25, 1.273 }, { -20, 1.081 }, { -15, 0.941 },
  { -10, 0.876 }, { -8, 0.876 }, { -6, 0.891 }, { -4, 0.918 }, { -2, 0.960 },
  { 0, 1.0 }, { 2, 1.055 }, { 4, 1.135 }, { 6, 1.228 }, { 8, 1.337 }, { 10, 1.459 },
  { 15, 1.846 }, { 20, 2.297 }, { 25, 2.727 }, { 30, 3.158 }, { 45, 4.286 },
};

static double
strava_factor (double grade)
{
  double g = grade * 100.0;
  guint n = G_N_ELEMENTS (strava_2017);

  if (g <= strava_2017[0].grade_pct)
    return strava_2017[0].factor;

  for (guint i = 1; i < n; i++)
    {
      if (g <= strava_2017[i].grade_pct)
        {
          double g0 = strava_2017[i - 1].grade_pct, g1 = strava_2017[i].grade_pct;
          double f0 = strava_2017[i - 1].factor, f1 = strava_2017[i].factor;

          return f0 + (f1 - f0) * (g - g0) / (g1 - g0);
        }
    }

  return strava_2017[n - 1].factor;
}

/* Minetti A.E. et al. (2002) "Energy cost of walking and running at extreme uphill and
 * downhill slopes", J Appl Physiol 93:1039–1046: Cr(i) in J·kg⁻¹·m⁻¹, i decimal grade,
 * valid −0.45…0.45. */
double
pf_minetti_cost (double grade)
{
  double i = CLAMP (grade, -MAX_GRADE, MAX_GRADE);

  /* Horner's form: it is evaluated for every segment of every plan. */
  return ((((155.4 * i - 30.4) * i - 43.3) * i + 46.3) * i + 19.5) * i + 3.6;
}

/* ultraPacer's grade factor (g in %), piecewise: quadratic between −22 and +16 %. */
static double
ultrapacer_factor (double grade)
{
  double g = grade * 100.0;

  if (g < -22.0)
    return -0.0584 * g - 0.0164;
  if (g > 16.0)
    return 0.1012 * g + 0.4624;

  return 0.0021 * g * g + 0.034 * g + 1.0;
}

double
pf_grade_factor (PfGradeModel model,
                 double       grade)
{
  double g = CLAMP (grade, -MAX_GRADE, MAX_GRADE);

  switch (model)
    {
    case PF_GRADE_MODEL_MINETTI:
      /* Accurate uphill; over-credits downhill race pace (Strava's finding), so not the default. */
      return pf_minetti_cost (g) / 3.6;

    case PF_GRADE_MODEL_ULTRAPACER:
      return ultrapacer_factor (g);

    case PF_GRADE_MODEL_STRAVA:
    default:
      return strava_factor (g);
    }
}

static const char * const model_names[] = { "strava", "minetti", "ultrapacer" };

const char *
pf_grade_model_to_string (PfGradeModel model)
{
  g_return_val_if_fail (model <= PF_GRADE_MODEL_ULTRAPACER, "strava");

  return model_names[model];
}

gboolean
pf_grade_model_from_string (const char   *text,
                            PfGradeModel *model)
{
  for (guint i = 0; i < G_N_ELEMENTS (model_names); i++)
    {
      if (g_strcmp0 (text, model_names[i]) == 0)
        {
          *model = (PfGradeModel) i;
          return TRUE;
        }
    }

  return FALSE;
}
