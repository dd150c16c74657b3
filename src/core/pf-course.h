/* pf-course.h — a cleaned course: resampled, despiked, smoothed profile with aid stations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "pf-track.h"

G_BEGIN_DECLS

#define PF_COURSE_ERROR (pf_course_error_quark ())

typedef enum
{
  PF_COURSE_ERROR_TOO_SHORT,      /* the line has (almost) no length */
  PF_COURSE_ERROR_BAD_DISTANCE,   /* an official distance that is not a positive length */
} PfCourseError;

/* Common race distances for "scale to official distance" (metres). */
#define PF_DISTANCE_5K        5000.0
#define PF_DISTANCE_10K      10000.0
#define PF_DISTANCE_HALF     21097.5
#define PF_DISTANCE_MARATHON 42195.0

typedef struct
{
  double official_distance_m;  /* 0: keep the measured distance */
  double step_m;               /* resampling step along the line */
  double spike_window_m;       /* median window that rejects spikes */
  double smooth_window_m;      /* smoothing window along distance */
  double hysteresis_m;         /* a climb counts once it exceeds this */
  double grade_base_m;         /* grade is taken over at least this much distance */
} PfCleanOptions;

/* One point of the resampled profile, every step_m along the course. */
typedef struct
{
  double distance_m;  /* along the course, in the course's (possibly official) scale */
  double lat;
  double lon;
  double ele_raw;     /* the source's elevation interpolated here (0 without elevation) */
  double ele;         /* cleaned elevation (0 without elevation) */
  double grade;       /* cleaned grade over ≥ grade_base_m, decimal, clamped to ±0.45 */
} PfCourseSample;

/* An aid station or landmark placed on the course. */
typedef struct
{
  char          *name;
  char          *comment;
  double         distance_m;  /* along the course, in the course's scale */
  double         offset_m;    /* how far the waypoint lies from the line */
  double         lat;
  double         lon;
  PfWaypointKind kind;
} PfCoursePoint;

typedef struct _PfCourse PfCourse;

#define PF_TYPE_COURSE (pf_course_get_type ())

GQuark                pf_course_error_quark            (void);
void                  pf_clean_options_init            (PfCleanOptions       *options);

GType                 pf_course_get_type               (void) G_GNUC_CONST;
PfCourse             *pf_course_new                    (PfTrack              *track,
                                                        const PfCleanOptions *options,
                                                        GError              **error);
PfCourse             *pf_course_ref                    (PfCourse             *self);
void                  pf_course_unref                  (PfCourse             *self);

PfTrack              *pf_course_get_track              (const PfCourse       *self);
const char           *pf_course_get_name               (const PfCourse       *self);
guint                 pf_course_get_n_points           (const PfCourse       *self);
double                pf_course_get_measured_distance  (const PfCourse       *self);
double                pf_course_get_official_distance  (const PfCourse       *self);
double                pf_course_get_distance           (const PfCourse       *self);
double                pf_course_get_scale              (const PfCourse       *self);
gboolean              pf_course_has_elevation          (const PfCourse       *self);
double                pf_course_get_ascent             (const PfCourse       *self);
double                pf_course_get_descent            (const PfCourse       *self);
double                pf_course_get_raw_ascent         (const PfCourse       *self);
double                pf_course_get_raw_descent        (const PfCourse       *self);
double                pf_course_get_min_elevation      (const PfCourse       *self);
double                pf_course_get_max_elevation      (const PfCourse       *self);
void                  pf_course_get_start              (const PfCourse       *self,
                                                        double               *lat,
                                                        double               *lon);
guint                 pf_course_get_n_samples          (const PfCourse       *self);
const PfCourseSample *pf_course_get_samples            (const PfCourse       *self);
guint                 pf_course_get_n_aid_stations     (const PfCourse       *self);
const PfCoursePoint  *pf_course_get_aid_station        (const PfCourse       *self,
                                                        guint                 index);
guint                 pf_course_get_n_landmarks        (const PfCourse       *self);
const PfCoursePoint  *pf_course_get_landmark           (const PfCourse       *self,
                                                        guint                 index);
void                  pf_course_get_cleaning           (const PfCourse       *self,
                                                        double               *step_m,
                                                        double               *smooth_window_m,
                                                        double               *hysteresis_m);
GPtrArray            *pf_course_get_notes              (const PfCourse       *self);
double                pf_course_elevation_at           (const PfCourse       *self,
                                                        double                distance_m);
double                pf_course_grade_at               (const PfCourse       *self,
                                                        double                distance_m);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PfCourse, pf_course_unref)

G_END_DECLS
