/* pf-course-private.h — what the files of PfCourse share
 *
 *   pf-course.c        PfCourse: pf_course_new (the steps in order), accessors and look-ups
 *   pf-course-line.c   the raw line measured, its elevation filled, resampled; waypoints placed
 *   pf-course-clean.c  the elevation profile cleaned: despiked, smoothed to the source's noise,
 *                      unsettled ends removed, grades, climb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pf-course.h"

G_BEGIN_DECLS

struct _PfCourse
{
  gatomicrefcount  ref_count;
  PfTrack         *track;
  PfCleanOptions   options;
  double           measured_m;
  double           scale;
  gboolean         has_elevation;
  double           ascent_m, descent_m;
  double           raw_ascent_m, raw_descent_m;
  double           min_ele_m, max_ele_m;
  double           step_m;
  double           smooth_window_m, hysteresis_m;  /* as adapted to the source's noise */
  PfCourseSample  *samples;        /* pf_big_array_new() */
  guint            n_samples;
  GArray          *aid_stations;   /* PfCoursePoint */
  GArray          *landmarks;      /* PfCoursePoint */
  GPtrArray       *notes;
};

/* pf-course.c */
void     _pf_course_add_note            (PfCourse     *self,
                                         const char   *format,
                                         ...) G_GNUC_PRINTF (2, 3);

/* pf-course-line.c */
double  *_pf_course_measure_line        (PfCourse     *self);
double  *_pf_course_fill_elevation      (PfCourse     *self,
                                         const double *cumulative);
void     _pf_course_raw_climb           (PfCourse     *self);
void     _pf_course_resample            (PfCourse     *self,
                                         const double *cumulative,
                                         const double *ele,
                                         double        step);
void     _pf_course_place_waypoints     (PfCourse     *self);

/* pf-course-clean.c */
void     _pf_course_clean_elevation     (PfCourse     *self,
                                         double        step);

G_END_DECLS
