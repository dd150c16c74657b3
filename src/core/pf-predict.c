/* pf-predict.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-predict"

#include "config.h"

#include <math.h>

#include "pf-predict.h"

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
    case PF_PREDICTION_VDOT:
    default:
      return "vdot";
    }
}

/* Every model's prediction for @target_m from the given races. VDOT, Riegel and Cameron
 * use the race nearest in distance to the target (the best information); with two races
 * or more, Riegel with the runner's own exponent from the two most different distances. */
GArray *
pf_predict_all (const double *distances_m,
                const double *times_s,
                guint         n_races,
                double        target_m)
{
  GArray *predictions = g_array_new (FALSE, FALSE, sizeof (PfPrediction));
  guint nearest = 0, shortest = 0, longest = 0;
  PfPrediction p;

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

  p.model = PF_PREDICTION_VDOT;
  p.time_s = pf_vdot_predict (pf_vdot_from_race (distances_m[nearest], times_s[nearest]), target_m);
  g_array_append_val (predictions, p);

  p.model = PF_PREDICTION_RIEGEL;
  p.time_s = pf_riegel_predict (distances_m[nearest], times_s[nearest], target_m,
                                PF_RIEGEL_EXPONENT);
  g_array_append_val (predictions, p);

  p.model = PF_PREDICTION_CAMERON;
  p.time_s = pf_cameron_predict (distances_m[nearest], times_s[nearest], target_m);
  g_array_append_val (predictions, p);

  if (n_races >= 2 && distances_m[longest] > distances_m[shortest] * 1.05)
    {
      double b = pf_riegel_personal_exponent (distances_m[shortest], times_s[shortest],
                                              distances_m[longest], times_s[longest]);

      p.model = PF_PREDICTION_RIEGEL_PERSONAL;
      p.time_s = pf_riegel_predict (distances_m[nearest], times_s[nearest], target_m, b);
      g_array_append_val (predictions, p);
    }

  return predictions;
}

/* "Marathon shape" (Runalyze): how the last weeks compare with what a marathon at this
 * VDOT wants — weekly distance VDOT^1.135 km (67 %) and a long run of 12·ln(VDOT/4) km
 * (33 %). 1 is ready; a part not given counts as met. */
double
pf_marathon_shape (double vdot,
                   double weekly_km,
                   double longest_km)
{
  double weekly_target = pow (vdot, 1.135);
  double long_target = 12.0 * log (vdot / 4.0);
  double weekly = weekly_km > 0.0 ? MIN (1.0, weekly_km / weekly_target) : 1.0;
  double longest = longest_km > 0.0 ? MIN (1.0, longest_km / long_target) : 1.0;

  return 0.67 * weekly + 0.33 * longest;
}

/* Runalyze slows its marathon prediction when the shape falls short. Its exact correction
 * is not published with the formulas we use; we slow races of 30 km and more by up to
 * 10 % at no shape at all, in proportion to what is missing. */
double
pf_shape_adjust (double time_s,
                 double distance_m,
                 double shape)
{
  if (distance_m < 30000.0 || shape >= 1.0)
    return time_s;

  return time_s * (1.0 + 0.10 * (1.0 - CLAMP (shape, 0.0, 1.0)));
}
