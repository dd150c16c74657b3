/* pf-track.h — the raw course as read from a file, before any cleaning
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* One position as the file gave it. Elevation and time are optional in every format.
 * What a recording device measured besides (FIT records) is kept for what learns from
 * recorded runs: the device's own distance (from GPS, a speed sensor or a foot pod, steadier
 * than the positions' steps), the heart rate and the temperature; NAN when the
 * point has none (GPX and TCX points, courses). */
typedef struct
{
  double lat;            /* degrees, −90…90 */
  double lon;            /* degrees, −180…180 */
  double ele;            /* metres; NAN when the point has none */
  gint64 time_us;        /* UNIX time in µs; PF_TRACK_NO_TIME when the point has none */
  guint  part;           /* index of the segment / track / lap the point belongs to */
  guint  line;           /* line in the source file (FIT: the record's byte offset) */
  double distance_m;     /* the device's distance from its start, metres; NAN when none */
  float  heart_rate;     /* beats per minute; NAN when none */
  float  temperature_c;  /* °C, the device's sensor; NAN when none */
} PfTrackPoint;

/* A FIT lap or session as the device summed it up: when it started and ended, how long the
 * timer ran (pauses out) and the distance. Any value may be missing (NAN, PF_TRACK_NO_TIME). */
typedef struct
{
  gint64 start_us;    /* UNIX time in µs */
  gint64 end_us;      /* the message's own timestamp: the lap's or session's end */
  double elapsed_s;   /* start to end, pauses included */
  double timer_s;     /* the timer's time, pauses out */
  double distance_m;
} PfTrackLap;

#define PF_TRACK_NO_TIME G_MININT64

typedef enum
{
  PF_WAYPOINT_LANDMARK,
  PF_WAYPOINT_AID_STATION,
} PfWaypointKind;

/* A named point beside the line: GPX <wpt>, TCX <CoursePoint>. */
typedef struct
{
  char          *name;
  char          *comment;   /* cmt/desc/notes joined, may be NULL */
  double         lat;
  double         lon;
  double         ele;       /* NAN when none */
  PfWaypointKind kind;
  guint          line;
} PfWaypoint;

typedef enum
{
  PF_TRACK_FORMAT_GPX,
  PF_TRACK_FORMAT_TCX,
  PF_TRACK_FORMAT_FIT,
} PfTrackFormat;

/* Which construct of the file the line was taken from. */
typedef enum
{
  PF_TRACK_SOURCE_TRACK,        /* GPX <trk>/<trkseg>/<trkpt>, TCX Activity laps or Course track,
                                 * FIT records */
  PF_TRACK_SOURCE_ROUTE,        /* GPX <rte>/<rtept> */
  PF_TRACK_SOURCE_WAYPOINTS,    /* GPX file holding only <wpt>: they are the line */
} PfTrackSource;

typedef struct _PfTrack PfTrack;

#define PF_TYPE_TRACK (pf_track_get_type ())

GType               pf_track_get_type          (void) G_GNUC_CONST;
PfTrack            *pf_track_ref               (PfTrack       *self);
void                pf_track_unref             (PfTrack       *self);
const char         *pf_track_get_name          (const PfTrack *self);
const char         *pf_track_get_display_name  (const PfTrack *self);
PfTrackFormat       pf_track_get_format        (const PfTrack *self);
PfTrackSource       pf_track_get_source        (const PfTrack *self);
guint               pf_track_get_n_points      (const PfTrack *self);
const PfTrackPoint *pf_track_get_points        (const PfTrack *self);
guint               pf_track_get_n_parts       (const PfTrack *self);
guint               pf_track_get_n_waypoints   (const PfTrack *self);
const PfWaypoint   *pf_track_get_waypoint      (const PfTrack *self,
                                                guint          index);
GPtrArray          *pf_track_get_notes         (const PfTrack *self);
guint               pf_track_get_n_laps        (const PfTrack *self);
const PfTrackLap   *pf_track_get_lap           (const PfTrack *self,
                                                guint          index);
guint               pf_track_get_n_sessions    (const PfTrack *self);
const PfTrackLap   *pf_track_get_session       (const PfTrack *self,
                                                guint          index);
const char         *pf_track_format_name       (PfTrackFormat  format);
double              pf_track_get_step          (const PfTrack *self,
                                                guint          index);
double             *pf_track_measure           (const PfTrack *self);
double              pf_track_get_length        (const PfTrack *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PfTrack, pf_track_unref)

G_END_DECLS
