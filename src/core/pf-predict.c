/* pf-predict.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-predict"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "pf-predict.h"
#include "pf-quantity.h"
#include "pf-records.h"

/* Daniels J. & Gilbert J. (1979) "Oxygen Power": the oxygen cost of running at v m/min and
 * the fraction of VO₂max sustainable for t minutes. */
static double
daniels_vo2 (double v_m_per_min)
{
  return -4.60 + 0.182258 * v_m_per_min + 0.000104 * v_m_per_min * v_m_per_min;
}

static double
daniels_fraction (double t_min)
{
  return 0.8 + 0.1894393 * exp (-0.012778 * t_min) + 0.2989558 * exp (-0.1932605 * t_min);
}

double
pf_vdot_from_race (double distance_m,
                   double time_s)
{
  double t_min = time_s / 60.0;

  g_return_val_if_fail (distance_m > 0.0 && time_s > 0.0, 0.0);

  return daniels_vo2 (distance_m / t_min) / daniels_fraction (t_min);
}

/* The time at which a runner of this VDOT covers @distance_m: VDOT(d, t) falls as t grows,
 * so bisection between a world-record pace and a walk always converges. */
double
pf_vdot_predict (double vdot,
                 double distance_m)
{
  double lo = distance_m / 10.0, hi = distance_m / 0.5;  /* 10 m/s … 0.5 m/s */

  g_return_val_if_fail (vdot > 0.0 && distance_m > 0.0, 0.0);

  for (int i = 0; i < 100 && hi - lo > 0.01; i++)
    {
      double mid = (lo + hi) / 2.0;

      if (pf_vdot_from_race (distance_m, mid) > vdot)
        lo = mid;
      else
        hi = mid;
    }

  return (lo + hi) / 2.0;
}

/* Speed (m/s) at a fraction of vVDOT: easy 0.72, marathon 0.85, threshold 0.90, interval
 * 0.98, repetition 1.05; vVDOT = 29.54 + 5.000663·VDOT − 0.007546·VDOT² m/min. */
double
pf_vdot_training_speed (double vdot,
                        double fraction)
{
  double v_vdot = 29.54 + 5.000663 * vdot - 0.007546 * vdot * vdot;

  return fraction * v_vdot / 60.0;
}

/* Riegel P. (1981) "Athletic records and human endurance": T₂ = T₁·(D₂/D₁)^b. */
double
pf_riegel_predict (double distance_m,
                   double time_s,
                   double target_m,
                   double exponent)
{
  return time_s * pow (target_m / distance_m, exponent);
}

double
pf_riegel_personal_exponent (double distance1_m,
                             double time1_s,
                             double distance2_m,
                             double time2_s)
{
  g_return_val_if_fail (distance1_m != distance2_m, PF_RIEGEL_EXPONENT);

  return log (time2_s / time1_s) / log (distance2_m / distance1_m);
}

/* Cameron's formula: T₂ = T₁·(D₂/D₁)·a(D₁)/a(D₂), a(d) = 13.49681 − 0.000030363·d
 * + 835.7114·d^−0.7905, d in metres. */
static double
cameron_a (double d)
{
  return 13.49681 - 0.000030363 * d + 835.7114 * pow (d, -0.7905);
}

double
pf_cameron_predict (double distance_m,
                    double time_s,
                    double target_m)
{
  return time_s * (target_m / distance_m) * cameron_a (distance_m) / cameron_a (target_m);
}

const char *
pf_prediction_model_to_string (PfPredictionModel model)
{
  switch (model)
    {
    case PF_PREDICTION_RIEGEL:
      return "riegel";
    case PF_PREDICTION_CAMERON:
      return "cameron";
    case PF_PREDICTION_RIEGEL_PERSONAL:
      return "riegel-personal";
    case PF_PREDICTION_RECORDS:
      return "records";
    case PF_PREDICTION_TANDA:
      return "tanda";
    case PF_PREDICTION_VDOT:
    default:
      return "vdot";
    }
}

/* The model's name as the runner reads it. */
const char *
pf_prediction_model_get_name (PfPredictionModel model)
{
  switch (model)
    {
    case PF_PREDICTION_RIEGEL:
      return _("Riegel");
    case PF_PREDICTION_CAMERON:
      return _("Cameron");
    case PF_PREDICTION_RIEGEL_PERSONAL:
      return _("Riegel with your own exponent");
    case PF_PREDICTION_RECORDS:
      return _("World-record curve");
    case PF_PREDICTION_TANDA:
      return _("Tanda, from your training");
    case PF_PREDICTION_VDOT:
    default:
      return _("Daniels VDOT");
    }
}

/* What the model rests on, for the runner to weigh it. */
const char *
pf_prediction_model_get_basis (PfPredictionModel model)
{
  switch (model)
    {
    case PF_PREDICTION_RIEGEL:
      return _("Riegel 1981: world records from 3.5 to 230 minutes; often too fast for a marathon "
               "(Vickers & Vertosick 2016)");
    case PF_PREDICTION_CAMERON:
      return _("Cameron's formula, fitted on race results up to the marathon");
    case PF_PREDICTION_RIEGEL_PERSONAL:
      return _("Riegel's law with the exponent of your own two races");
    case PF_PREDICTION_RECORDS:
      return _("Your race scaled as the world records fall off with distance: the best a runner "
               "who tires no more than the record holders can do");
    case PF_PREDICTION_TANDA:
      return _("Tanda 2011: the marathon pace of runners with your weekly distance and average "
               "training pace over 8 weeks (within about 4 minutes for 2:47–3:36 marathoners)");
    case PF_PREDICTION_VDOT:
    default:
      {
        g_autofree char *from = pf_quantity (PF_QUANTITY_DISTANCE, 1500.0, 1);
        /* Translators: %s is a distance, "1.5 km" (the 1500 m race) */
        g_autofree char *basis = g_strdup_printf (_("Daniels & Gilbert 1979: oxygen cost and the time VO₂max can be held, from %s "
                                                    "to the marathon"), from);

        /* Interned: the caller keeps it without freeing, and there is one per language. */
        return g_intern_string (basis);
      }
    }
}

/* Tanda G. (2011) "Prediction of marathon performance time on the basis of training
 * indices": the marathon pace Pm (s/km) of a runner who ran K km a week at a mean pace of
 * P s/km over the 8 weeks before: Pm = 17.1 + 140.0·e^(−0.0053·K) + 0.55·P. */
double
pf_tanda_marathon_pace (double weekly_km,
                        double mean_pace_s_per_km)
{
  g_return_val_if_fail (weekly_km > 0.0 && mean_pace_s_per_km > 0.0, 0.0);

  return 17.1 + 140.0 * exp (-0.0053 * weekly_km) + 0.55 * mean_pace_s_per_km;
}

/* Tanda's formula is for the marathon: the road marathon and a course export a little long. */
gboolean
pf_tanda_applies (double target_m)
{
  return target_m >= 40000.0 && target_m <= PF_ROAD_MODELS_MAX_M;
}

/* The floor under a prediction from a shorter race: nobody tires less than the record
 * holders. Predicting a shorter race from a longer one is not capped: a runner short of
 * endurance is faster over 5 km than their marathon says. */
static void
append_capped (GArray            *predictions,
               PfPredictionModel  model,
               double             time_s,
               double             from_m,
               double             from_s,
               double             target_m)
{
  PfPrediction p = { model, time_s, from_m, from_s, FALSE };

  if (target_m > from_m)
    {
      double floor_s = from_s * pf_record_ratio (from_m, target_m);

      /* Said only where it matters: from a marathon to a course export 100 m long, every
       * model is a second or two under the floor. */
      if (p.time_s < floor_s)
        {
          p.capped = p.time_s < floor_s * 0.995;
          p.time_s = floor_s;
        }
    }
  g_array_append_val (predictions, p);
}

/* Every model's prediction for @target_m (an effort distance on trails) from the given
 * races. Each model uses the race nearest in distance to the target (the best
 * information); with two races or more, Riegel with the runner's own exponent from the two
 * most different distances. The road models stop at the marathon they were fitted on;
 * beyond it the world-record curve carries the race. No prediction from a shorter race
 * beats the world-record ratio. */
GArray *
pf_predict_all (const double *distances_m,
                const double *times_s,
                guint         n_races,
                double        target_m)
{
  GArray *predictions = g_array_new (FALSE, FALSE, sizeof (PfPrediction));
  guint nearest = 0, shortest = 0, longest = 0;
  double from_m, from_s;

  if (n_races == 0)
    return predictions;

  for (guint i = 1; i < n_races; i++)
    {
      if (fabs (log (distances_m[i] / target_m)) < fabs (log (distances_m[nearest] / target_m)))
        nearest = i;
      if (distances_m[i] < distances_m[shortest])
        shortest = i;
      if (distances_m[i] > distances_m[longest])
        longest = i;
    }
  from_m = distances_m[nearest];
  from_s = times_s[nearest];

  if (target_m <= PF_ROAD_MODELS_MAX_M)
    {
      append_capped (predictions, PF_PREDICTION_VDOT,
                     pf_vdot_predict (pf_vdot_from_race (from_m, from_s), target_m),
                     from_m, from_s, target_m);
      append_capped (predictions, PF_PREDICTION_RIEGEL,
                     pf_riegel_predict (from_m, from_s, target_m, PF_RIEGEL_EXPONENT),
                     from_m, from_s, target_m);
      append_capped (predictions, PF_PREDICTION_CAMERON,
                     pf_cameron_predict (from_m, from_s, target_m), from_m, from_s, target_m);
    }
  else
    {
      /* From a shorter race, Daniels carries it to the marathon, on the road where he
       * measured; the records carry it from there. */
      double base_m = MAX (from_m, MIN (42195.0, target_m));
      double base_s = base_m > from_m
                      ? MAX (pf_vdot_predict (pf_vdot_from_race (from_m, from_s), base_m),
                             from_s * pf_record_ratio (from_m, base_m))
                      : from_s;

      append_capped (predictions, PF_PREDICTION_RECORDS,
                     base_s * pf_record_ratio (base_m, target_m), from_m, from_s, target_m);
    }

  if (n_races >= 2 && distances_m[longest] > distances_m[shortest] * 1.05)
    {
      double b = pf_riegel_personal_exponent (distances_m[shortest], times_s[shortest],
                                              distances_m[longest], times_s[longest]);

      append_capped (predictions, PF_PREDICTION_RIEGEL_PERSONAL,
                     pf_riegel_predict (from_m, from_s, target_m, b), from_m, from_s, target_m);
    }

  return predictions;
}
