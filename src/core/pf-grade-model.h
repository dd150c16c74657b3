/* pf-grade-model.h — how much slower (or faster) equal effort runs on a grade
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  PF_GRADE_MODEL_STRAVA,      /* Strava 2017, heart-rate based (default) */
  PF_GRADE_MODEL_MINETTI,     /* Minetti et al. 2002, energy cost */
  PF_GRADE_MODEL_ULTRAPACER,  /* ultraPacer's quadratic */
} PfGradeModel;

#define PF_GRADE_MODEL_DEFAULT PF_GRADE_MODEL_STRAVA

double      pf_grade_factor          (PfGradeModel  model,
                                      double        grade);
double      pf_minetti_cost          (double        grade);
const char *pf_grade_model_to_string (PfGradeModel  model);
gboolean    pf_grade_model_from_string (const char   *text,
                                        PfGradeModel *model);

G_END_DECLS
