/* pf-import-tcx.c — Garmin Training Center XML v2: activities and courses
 *
 * An activity stores each lap as its own <Track>: the laps are joined into one line.
 * Trackpoints without <Position> (pauses, indoor stretches) are skipped; a Trackpoint's
 * DistanceMeters is the device's own distance, for the runner's profile. A course's
 * <CoursePoint>s are its aid stations and landmarks.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-import-tcx"

#include "config.h"

#include "pf-import-private.h"
#include "pf-waypoint-kind.h"

enum {
  TCX_UNKNOWN = PF_ELEMENT_UNKNOWN,
  TCX_ROOT,
  TCX_ACTIVITIES,
  TCX_ACTIVITY,
  TCX_LAP,
  TCX_COURSES,
  TCX_COURSE,
  TCX_COURSE_NAME,
  TCX_COURSE_LAP,
  TCX_TRACK,
  TCX_TRACKPOINT,
  TCX_TIME,
  TCX_POSITION,
  TCX_LATITUDE,
  TCX_LONGITUDE,
  TCX_ALTITUDE,
  TCX_DISTANCE,
  TCX_COURSE_POINT,
  TCX_COURSE_POINT_NAME,
  TCX_COURSE_POINT_TYPE,
  TCX_COURSE_POINT_NOTES,
};

#define POSITION_CHILDREN(parent) \
  { parent, "Time", TCX_TIME, TRUE }, \
  { parent, "Position", TCX_POSITION, FALSE }, \
  { parent, "AltitudeMeters", TCX_ALTITUDE, TRUE }

static const PfElementRule tcx_rules[] = {
  { TCX_ROOT, "Activities", TCX_ACTIVITIES, FALSE },
  { TCX_ACTIVITIES, "Activity", TCX_ACTIVITY, FALSE },
  { TCX_ACTIVITY, "Lap", TCX_LAP, FALSE },
  { TCX_LAP, "Track", TCX_TRACK, FALSE },
  { TCX_ROOT, "Courses", TCX_COURSES, FALSE },
  { TCX_COURSES, "Course", TCX_COURSE, FALSE },
  { TCX_COURSE, "Name", TCX_COURSE_NAME, TRUE },
  { TCX_COURSE, "Lap", TCX_COURSE_LAP, FALSE },
  { TCX_COURSE, "Track", TCX_TRACK, FALSE },
  { TCX_TRACK, "Trackpoint", TCX_TRACKPOINT, FALSE },
  POSITION_CHILDREN (TCX_TRACKPOINT),
  { TCX_TRACKPOINT, "DistanceMeters", TCX_DISTANCE, TRUE },
  { TCX_POSITION, "LatitudeDegrees", TCX_LATITUDE, TRUE },
  { TCX_POSITION, "LongitudeDegrees", TCX_LONGITUDE, TRUE },
  { TCX_COURSE, "CoursePoint", TCX_COURSE_POINT, FALSE },
  POSITION_CHILDREN (TCX_COURSE_POINT),
  { TCX_COURSE_POINT, "Name", TCX_COURSE_POINT_NAME, TRUE },
  { TCX_COURSE_POINT, "PointType", TCX_COURSE_POINT_TYPE, TRUE },
  { TCX_COURSE_POINT, "Notes", TCX_COURSE_POINT_NOTES, TRUE },
  { 0, NULL, 0, FALSE }
};

static const char * const tcx_namespaces[] = {
  "http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2",
  NULL
};

typedef struct
{
  GArray         *points;
  GArray         *course_points;  /* positions of CoursePoints, to reuse the point checks */
  char           *course_name;
  guint           part;
  PfPendingPoint  point;
  gboolean        in_course_point;
  char           *cp_name;
  char           *cp_type;
  char           *cp_notes;
} TcxState;

static TcxState *
tcx_state (PfImportContext *ctx)
{
  if (ctx->format_data == NULL)
    {
      TcxState *state = g_new0 (TcxState, 1);

      state->points = g_array_new (FALSE, FALSE, sizeof (PfTrackPoint));
      state->course_points = g_array_new (FALSE, FALSE, sizeof (PfTrackPoint));
      ctx->format_data = state;
    }

  return ctx->format_data;
}

static void
tcx_state_free (gpointer data)
{
  TcxState *state = data;

  g_array_unref (state->points);
  g_array_unref (state->course_points);
  g_free (state->course_name);
  g_free (state->cp_name);
  g_free (state->cp_type);
  g_free (state->cp_notes);
  g_free (state);
}

static void
tcx_start (PfImportContext *ctx,
           int              id)
{
  TcxState *state = tcx_state (ctx);

  switch (id)
    {
    case TCX_TRACK:
      state->part++;
      break;

    case TCX_TRACKPOINT:
      state->in_course_point = FALSE;
      _pf_import_point_begin (ctx, &state->point, FALSE);
      break;

    case TCX_COURSE_POINT:
      state->in_course_point = TRUE;
      _pf_import_point_begin (ctx, &state->point, FALSE);
      g_clear_pointer (&state->cp_name, g_free);
      g_clear_pointer (&state->cp_type, g_free);
      g_clear_pointer (&state->cp_notes, g_free);
      break;

    default:
      break;
    }
}

static void
replace_text (char       **slot,
              const char  *text)
{
  g_free (*slot);
  *slot = g_strstrip (g_strdup (text));
}

static void
end_course_point (PfImportContext *ctx,
                  TcxState        *state)
{
  const char *texts[] = { state->cp_name, state->cp_notes };
  PfWaypoint waypoint = { 0 };

  if (!_pf_import_point_end (ctx, &state->point, 0, state->course_points))
    return;

  waypoint.name = state->cp_name != NULL && state->cp_name[0] != '\0' ? state->cp_name
                                                                     : state->cp_type;
  waypoint.comment = state->cp_notes != NULL && state->cp_notes[0] != '\0' ? state->cp_notes
                                                                           : NULL;
  waypoint.lat = state->point.lat;
  waypoint.lon = state->point.lon;
  waypoint.ele = state->point.ele;
  waypoint.line = state->point.line;
  waypoint.kind = pf_waypoint_kind_from_tcx_point_type (state->cp_type, texts,
                                                        G_N_ELEMENTS (texts));
  _pf_track_add_waypoint (ctx->track, &waypoint);
}

static void
tcx_end (PfImportContext *ctx,
         int              id,
         const char      *text)
{
  TcxState *state = tcx_state (ctx);

  switch (id)
    {
    case TCX_COURSE_NAME:
      if (state->course_name == NULL)
        replace_text (&state->course_name, text);
      break;

    case TCX_TRACKPOINT:
      _pf_import_point_end (ctx, &state->point, state->part, state->points);
      break;

    case TCX_COURSE_POINT:
      end_course_point (ctx, state);
      state->in_course_point = FALSE;
      break;

    case TCX_TIME:
      _pf_import_point_set_time (ctx, &state->point, text);
      break;

    case TCX_LATITUDE:
      _pf_import_point_set_lat (ctx, &state->point, text);
      break;

    case TCX_LONGITUDE:
      _pf_import_point_set_lon (ctx, &state->point, text);
      break;

    case TCX_ALTITUDE:
      _pf_import_point_set_ele (ctx, &state->point, text);
      break;

    case TCX_DISTANCE:
      _pf_import_point_set_distance (ctx, &state->point, text);
      break;

    case TCX_COURSE_POINT_NAME:
      replace_text (&state->cp_name, text);
      break;

    case TCX_COURSE_POINT_TYPE:
      replace_text (&state->cp_type, text);
      break;

    case TCX_COURSE_POINT_NOTES:
      replace_text (&state->cp_notes, text);
      break;

    default:
      break;
    }
}

static void
tcx_finish (PfImportContext *ctx)
{
  TcxState *state = tcx_state (ctx);

  _pf_import_set_points (ctx, state->points, PF_TRACK_SOURCE_TRACK);
  if (state->course_name != NULL)
    _pf_track_set_name (ctx->track, state->course_name);
}

const PfImportFormat _pf_import_tcx_format = {
  .namespaces = tcx_namespaces,
  .rules = tcx_rules,
  .start = tcx_start,
  .end = tcx_end,
  .finish = tcx_finish,
  .free_data = tcx_state_free,
};
