/* pf-predict.h — race-time predictions from a recent race (Daniels & Gilbert
 * 1979; Riegel 1981; Cameron)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PF_RIEGEL_EXPONENT 1.06

typedef enum
{
  PF_PREDICTION_VDOT,
  PF_PREDICTION_RIEGEL,
  PF_PREDICTION_CAMERON,
  PF_PREDICTION_RIEGEL_PERSONAL,
  PF_PREDICTION_RECORDS,
  PF_PREDICTION_TANDA,
} PfPredictionModel;

typedef struct
{
  PfPredictionModel model;
  double            time_s;
  double            from_distance_m;  /* the race it rests on */
  double            from_time_s;
  gboolean          capped;           /* the model alone beat the world-record ratio */
} PfPrediction;

/* The road models (Daniels, Riegel, Cameron) were fitted on races up to the marathon; past
 * this effort distance only the record curve and the runner's own exponent predict. */
#define PF_ROAD_MODELS_MAX_M 46000.0

double      pf_vdot_from_race          (double distance_m,
                                        double time_s);
double      pf_vdot_predict            (double vdot,
                                        double distance_m);
double      pf_vdot_training_speed     (double vdot,
                                        double fraction);
double      pf_riegel_predict          (double distance_m,
                                        double time_s,
                                        double target_m,
                                        double exponent);
double      pf_riegel_personal_exponent (double distance1_m,
                                         double time1_s,
                                         double distance2_m,
                                         double time2_s);
double      pf_cameron_predict         (double distance_m,
                                        double time_s,
                                        double target_m);
const char *pf_prediction_model_to_string (PfPredictionModel model);
const char *pf_prediction_model_get_name  (PfPredictionModel model);
const char *pf_prediction_model_get_basis (PfPredictionModel model);
double      pf_tanda_marathon_pace     (double weekly_km,
                                        double mean_pace_s_per_km);
gboolean    pf_tanda_applies           (double target_m);
GArray     *pf_predict_all             (const double *distances_m,
                                        const double *times_s,
                                        guint         n_races,
                                        double        target_m);

G_END_DECLS
