/* pf-import-gpx.c — GPX 1.0 and 1.1: tracks, routes, and waypoint-only files
 *
 * The line is the file's tracks (all segments joined in order) when they hold at least two
 * usable points, else its routes, else — files written by some phones and simulators — its
 * waypoints. Waypoints beside a track or route are aid stations or landmarks.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-import-gpx"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pf-import-private.h"
#include "pf-waypoint-kind.h"

enum {
  GPX_UNKNOWN = PF_ELEMENT_UNKNOWN,
  GPX_ROOT,
  GPX_NAME,
  GPX_METADATA,
  GPX_METADATA_NAME,
  GPX_TRK,
  GPX_TRK_NAME,
  GPX_TRKSEG,
  GPX_TRKPT,
  GPX_RTE,
  GPX_RTE_NAME,
  GPX_RTEPT,
  GPX_WPT,
  /* children of a point: same ids under trkpt, rtept and wpt */
  GPX_POINT_ELE,
  GPX_POINT_TIME,
  GPX_POINT_NAME,
  GPX_POINT_CMT,
  GPX_POINT_DESC,
  GPX_POINT_SYM,
  GPX_POINT_TYPE,
  GPX_POINT_EXTENSIONS,
  GPX_POINT_TPX,        /* Garmin's TrackPointExtension */
  GPX_POINT_ATEMP,
};

#define POINT_CHILDREN(parent) \
  { parent, "ele", GPX_POINT_ELE, TRUE }, \
  { parent, "time", GPX_POINT_TIME, TRUE }, \
  { parent, "name", GPX_POINT_NAME, TRUE }, \
  { parent, "cmt", GPX_POINT_CMT, TRUE }, \
  { parent, "desc", GPX_POINT_DESC, TRUE }, \
  { parent, "sym", GPX_POINT_SYM, TRUE }, \
  { parent, "type", GPX_POINT_TYPE, TRUE }

static const PfElementRule gpx_rules[] = {
  { GPX_ROOT, "name", GPX_NAME, TRUE },                 /* GPX 1.0 */
  { GPX_ROOT, "metadata", GPX_METADATA, FALSE },        /* GPX 1.1 */
  { GPX_METADATA, "name", GPX_METADATA_NAME, TRUE },
  { GPX_ROOT, "trk", GPX_TRK, FALSE },
  { GPX_TRK, "name", GPX_TRK_NAME, TRUE },
  { GPX_TRK, "trkseg", GPX_TRKSEG, FALSE },
  { GPX_TRKSEG, "trkpt", GPX_TRKPT, FALSE },
  { GPX_ROOT, "rte", GPX_RTE, FALSE },
  { GPX_RTE, "name", GPX_RTE_NAME, TRUE },
  { GPX_RTE, "rtept", GPX_RTEPT, FALSE },
  { GPX_ROOT, "wpt", GPX_WPT, FALSE },
  POINT_CHILDREN (GPX_TRKPT),
  /* A watch's air temperature, for the runner's profile (Garmin Connect, Strava). */
  { GPX_TRKPT, "extensions", GPX_POINT_EXTENSIONS, FALSE },
  { GPX_POINT_EXTENSIONS, "TrackPointExtension", GPX_POINT_TPX, FALSE },
  { GPX_POINT_TPX, "atemp", GPX_POINT_ATEMP, TRUE },
  POINT_CHILDREN (GPX_RTEPT),
  POINT_CHILDREN (GPX_WPT),
  { 0, NULL, 0, FALSE }
};

static const char * const gpx_namespaces[] = {
  "http://www.topografix.com/GPX/1/1",
  "http://www.topografix.com/GPX/1/0",
  "http://www.garmin.com/xmlschemas/TrackPointExtension/v1",
  "http://www.garmin.com/xmlschemas/TrackPointExtension/v2",
  NULL
};

typedef struct
{
  GArray         *track_points;
  GArray         *route_points;
  GArray         *waypoint_points;  /* the waypoints as a line, for waypoint-only files */
  char           *file_name;
  char           *track_name;
  char           *route_name;
  guint           part;
  PfPendingPoint  point;
  int             point_kind;       /* GPX_TRKPT, GPX_RTEPT or GPX_WPT while inside one */
  char           *wpt_texts[5];     /* name, cmt, desc, sym, type of the current waypoint */
} GpxState;

static GpxState *
gpx_state (PfImportContext *ctx)
{
  if (ctx->format_data == NULL)
    {
      GpxState *state = g_new0 (GpxState, 1);

      state->track_points = g_array_new (FALSE, FALSE, sizeof (PfTrackPoint));
      state->route_points = g_array_new (FALSE, FALSE, sizeof (PfTrackPoint));
      state->waypoint_points = g_array_new (FALSE, FALSE, sizeof (PfTrackPoint));
      ctx->format_data = state;
    }

  return ctx->format_data;
}

static void
gpx_state_free (gpointer data)
{
  GpxState *state = data;

  g_array_unref (state->track_points);
  g_array_unref (state->route_points);
  g_array_unref (state->waypoint_points);
  g_free (state->file_name);
  g_free (state->track_name);
  g_free (state->route_name);
  for (guint i = 0; i < G_N_ELEMENTS (state->wpt_texts); i++)
    g_free (state->wpt_texts[i]);
  g_free (state);
}

static void
keep_first_name (char       **slot,
                 const char  *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  if (*slot == NULL && stripped[0] != '\0')
    *slot = g_steal_pointer (&stripped);
}

static void
gpx_start (PfImportContext *ctx,
           int              id)
{
  GpxState *state = gpx_state (ctx);

  switch (id)
    {
    case GPX_TRKSEG:
    case GPX_RTE:
      state->part++;
      break;

    case GPX_TRKPT:
    case GPX_RTEPT:
    case GPX_WPT:
      state->point_kind = id;
      _pf_import_point_begin (ctx, &state->point, TRUE);
      for (guint i = 0; i < G_N_ELEMENTS (state->wpt_texts); i++)
        g_clear_pointer (&state->wpt_texts[i], g_free);
      break;

    default:
      break;
    }
}

static void
set_waypoint_text (GpxState   *state,
                   guint       slot,
                   const char *text)
{
  if (state->point_kind != GPX_WPT)
    return;

  g_free (state->wpt_texts[slot]);
  state->wpt_texts[slot] = g_strstrip (g_strdup (text));
}

static void
end_waypoint (PfImportContext *ctx,
              GpxState        *state)
{
  const char *texts[G_N_ELEMENTS (state->wpt_texts)] = { NULL };
  g_autofree char *comment = NULL;
  PfWaypoint waypoint = { 0 };

  if (!_pf_import_point_end (ctx, &state->point, 0, state->waypoint_points))
    return;

  for (guint i = 0; i < G_N_ELEMENTS (state->wpt_texts); i++)
    texts[i] = state->wpt_texts[i];

  /* cmt and desc often repeat each other */
  if (texts[1] != NULL && texts[2] != NULL && g_strcmp0 (texts[1], texts[2]) != 0)
    comment = g_strdup_printf ("%s — %s", texts[1], texts[2]);
  else
    comment = g_strdup (texts[1] != NULL ? texts[1] : texts[2]);

  waypoint.name = texts[0] != NULL && texts[0][0] != '\0' ? (char *) texts[0] : NULL;
  waypoint.comment = comment != NULL && comment[0] != '\0' ? comment : NULL;
  waypoint.lat = state->point.lat;
  waypoint.lon = state->point.lon;
  waypoint.ele = state->point.ele;
  waypoint.line = state->point.line;
  waypoint.kind = pf_waypoint_kind_guess (texts, G_N_ELEMENTS (texts));
  _pf_track_add_waypoint (ctx->track, &waypoint);
}

static void
gpx_end (PfImportContext *ctx,
         int              id,
         const char      *text)
{
  GpxState *state = gpx_state (ctx);

  switch (id)
    {
    case GPX_NAME:
    case GPX_METADATA_NAME:
      keep_first_name (&state->file_name, text);
      break;

    case GPX_TRK_NAME:
      keep_first_name (&state->track_name, text);
      break;

    case GPX_RTE_NAME:
      keep_first_name (&state->route_name, text);
      break;

    case GPX_TRKPT:
      _pf_import_point_end (ctx, &state->point, state->part, state->track_points);
      state->point_kind = GPX_UNKNOWN;
      break;

    case GPX_RTEPT:
      _pf_import_point_end (ctx, &state->point, state->part, state->route_points);
      state->point_kind = GPX_UNKNOWN;
      break;

    case GPX_WPT:
      end_waypoint (ctx, state);
      state->point_kind = GPX_UNKNOWN;
      break;

    case GPX_POINT_ELE:
      _pf_import_point_set_ele (ctx, &state->point, text);
      break;

    case GPX_POINT_TIME:
      _pf_import_point_set_time (ctx, &state->point, text);
      break;

    case GPX_POINT_ATEMP:
      _pf_import_point_set_temperature (ctx, &state->point, text);
      break;

    case GPX_POINT_NAME:
      set_waypoint_text (state, 0, text);
      break;

    case GPX_POINT_CMT:
      set_waypoint_text (state, 1, text);
      break;

    case GPX_POINT_DESC:
      set_waypoint_text (state, 2, text);
      break;

    case GPX_POINT_SYM:
      set_waypoint_text (state, 3, text);
      break;

    case GPX_POINT_TYPE:
      set_waypoint_text (state, 4, text);
      break;

    default:
      break;
    }
}

static void
gpx_finish (PfImportContext *ctx)
{
  GpxState *state = gpx_state (ctx);
  PfTrack *track = ctx->track;
  const char *line_name = NULL;

  if (state->track_points->len >= 2)
    {
      _pf_import_set_points (ctx, state->track_points, PF_TRACK_SOURCE_TRACK);
      line_name = state->track_name;
      if (state->route_points->len > 0)
        _pf_track_add_note (track, _("%s: the file also holds a route; the track is used as the course"),
                            ctx->display_name);
    }
  else if (state->route_points->len >= 2)
    {
      _pf_import_set_points (ctx, state->route_points, PF_TRACK_SOURCE_ROUTE);
      line_name = state->route_name;
    }
  else if (state->waypoint_points->len >= 2)
    {
      /* No track or route: the waypoints, in file order, are the line. */
      _pf_import_set_points (ctx, state->waypoint_points, PF_TRACK_SOURCE_WAYPOINTS);
      g_array_set_size (track->waypoints, 0);
      _pf_track_add_note (track,
                          _("%s: the file holds only waypoints; they are joined in order as the course"),
                          ctx->display_name);
    }
  else
    {
      /* Too few points anywhere: keep the largest set so the error can count it. */
      GArray *largest = state->track_points;

      if (state->route_points->len > largest->len)
        largest = state->route_points;
      if (state->waypoint_points->len > largest->len)
        largest = state->waypoint_points;
      _pf_import_set_points (ctx, largest, PF_TRACK_SOURCE_TRACK);
    }

  if (line_name != NULL)
    _pf_track_set_name (track, line_name);
  else if (state->file_name != NULL)
    _pf_track_set_name (track, state->file_name);
}

const PfImportFormat _pf_import_gpx_format = {
  .namespaces = gpx_namespaces,
  .rules = gpx_rules,
  .start = gpx_start,
  .end = gpx_end,
  .finish = gpx_finish,
  .free_data = gpx_state_free,
};
