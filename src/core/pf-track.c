/* pf-track.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-track"

#include "config.h"

#include <math.h>

#include "pf-geo.h"
#include "pf-text.h"
#include "pf-track-private.h"

G_DEFINE_BOXED_TYPE (PfTrack, pf_track, pf_track_ref, pf_track_unref)

static void
clear_waypoint (gpointer data)
{
  PfWaypoint *waypoint = data;

  g_clear_pointer (&waypoint->name, g_free);
  g_clear_pointer (&waypoint->comment, g_free);
}

PfTrack *
_pf_track_new (const char    *display_name,
               PfTrackFormat  format)
{
  PfTrack *self = g_new0 (PfTrack, 1);

  g_atomic_ref_count_init (&self->ref_count);
  /* Every text of a track came from a file, its name too: pf_text_sanitize takes out what a
   * terminal or a label would act on, once, here. */
  self->display_name = pf_text_sanitize (display_name);
  self->format = format;
  self->source = PF_TRACK_SOURCE_TRACK;
  self->points = g_array_new (FALSE, FALSE, sizeof (PfTrackPoint));
  self->waypoints = g_array_new (FALSE, TRUE, sizeof (PfWaypoint));
  g_array_set_clear_func (self->waypoints, clear_waypoint);
  self->notes = g_ptr_array_new_with_free_func (g_free);
  self->laps = g_array_new (FALSE, FALSE, sizeof (PfTrackLap));
  self->sessions = g_array_new (FALSE, FALSE, sizeof (PfTrackLap));
  self->length_m = NAN;

  return self;
}

PfTrack *
pf_track_ref (PfTrack *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
pf_track_unref (PfTrack *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_free (self->name);
      g_free (self->display_name);
      g_array_unref (self->points);
      g_array_unref (self->waypoints);
      g_ptr_array_unref (self->notes);
      g_array_unref (self->laps);
      g_array_unref (self->sessions);
      g_free (self);
    }
}

void
_pf_track_set_name (PfTrack    *self,
                    const char *name)
{
  g_autofree char *stripped = g_strstrip (pf_text_sanitize (name));

  if (stripped[0] != '\0')
    {
      g_free (self->name);
      self->name = g_steal_pointer (&stripped);
    }
}

void
_pf_track_add_waypoint (PfTrack          *self,
                        const PfWaypoint *waypoint)
{
  PfWaypoint copy = *waypoint;

  copy.name = pf_text_sanitize (waypoint->name);
  copy.comment = pf_text_sanitize (waypoint->comment);
  g_array_append_val (self->waypoints, copy);
}

void
_pf_track_add_note (PfTrack    *self,
                    const char *format,
                    ...)
{
  g_autofree char *note = NULL;
  va_list args;

  /* A note quotes the file (a waypoint's name, a value): cleaned as the names are. */
  va_start (args, format);
  note = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (self->notes, pf_text_sanitize (note));
}

/* The track's own name (GPX <trk><name>, metadata name, TCX Course name), or the file
 * name without its extension when the file names nothing. */
const char *
pf_track_get_name (const PfTrack *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->name != NULL ? self->name : self->display_name;
}

const char *
pf_track_get_display_name (const PfTrack *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->display_name;
}

PfTrackFormat
pf_track_get_format (const PfTrack *self)
{
  g_return_val_if_fail (self != NULL, PF_TRACK_FORMAT_GPX);

  return self->format;
}

PfTrackSource
pf_track_get_source (const PfTrack *self)
{
  g_return_val_if_fail (self != NULL, PF_TRACK_SOURCE_TRACK);

  return self->source;
}

guint
pf_track_get_n_points (const PfTrack *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->points->len;
}

const PfTrackPoint *
pf_track_get_points (const PfTrack *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return (const PfTrackPoint *) (gpointer) self->points->data;
}

guint
pf_track_get_n_parts (const PfTrack *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_parts;
}

guint
pf_track_get_n_waypoints (const PfTrack *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->waypoints->len;
}

const PfWaypoint *
pf_track_get_waypoint (const PfTrack *self,
                       guint          index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->waypoints->len, NULL);

  return &g_array_index (self->waypoints, PfWaypoint, index);
}

/* Notes are what the importer repaired or ignored, one sentence each, naming file and line. */
GPtrArray *
pf_track_get_notes (const PfTrack *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->notes;
}

/* A FIT activity's laps and sessions as the device summed them up; none for GPX and TCX. */
guint
pf_track_get_n_laps (const PfTrack *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->laps->len;
}

const PfTrackLap *
pf_track_get_lap (const PfTrack *self,
                  guint          index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->laps->len, NULL);

  return &g_array_index (self->laps, PfTrackLap, index);
}

guint
pf_track_get_n_sessions (const PfTrack *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->sessions->len;
}

const PfTrackLap *
pf_track_get_session (const PfTrack *self,
                      guint          index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->sessions->len, NULL);

  return &g_array_index (self->sessions, PfTrackLap, index);
}

/* The format's name as files and the CLI's JSON spell it: "gpx", "tcx", "fit". */
const char *
pf_track_format_name (PfTrackFormat format)
{
  switch (format)
    {
    case PF_TRACK_FORMAT_TCX:
      return "tcx";
    case PF_TRACK_FORMAT_FIT:
      return "fit";
    case PF_TRACK_FORMAT_GPX:
    default:
      return "gpx";
    }
}

/* Every length along a track is a sum of these steps: the great-circle distance between
 * consecutive points (haversine). */
static inline double
step_to (const PfTrackPoint *p,
         guint               index)
{
  return pf_geo_haversine_m (p[index - 1].lat, p[index - 1].lon, p[index].lat, p[index].lon);
}

/* A builder calls this once every point is in: the length is remembered, so asking for it
 * costs nothing (the app reads a goal time for it at every keystroke). */
void
_pf_track_points_done (PfTrack *self)
{
  g_return_if_fail (self != NULL);

  self->length_m = NAN;
  self->length_m = pf_track_get_length (self);
}

/* How far point @index is from the one before it; 0 for the first. Parts are not told
 * apart: a race course is one line, and a gap between parts is run straight. */
double
pf_track_get_step (const PfTrack *self,
                   guint          index)
{
  g_return_val_if_fail (self != NULL, 0.0);
  g_return_val_if_fail (index < self->points->len, 0.0);

  return index > 0 ? step_to (pf_track_get_points (self), index) : 0.0;
}

/* The distance from the first point to each point (pf_track_get_n_points () values, the first
 * 0): the line as drawn in the file, parts joined. Free with g_free (). */
double *
pf_track_measure (const PfTrack *self)
{
  const PfTrackPoint *p;
  double *along;
  guint n;

  g_return_val_if_fail (self != NULL, NULL);

  p = pf_track_get_points (self);
  n = self->points->len;
  along = g_new (double, MAX (n, 1));
  along[0] = 0.0;
  for (guint i = 1; i < n; i++)
    along[i] = along[i - 1] + step_to (p, i);
  return along;
}

/* The length of the line as drawn in the file (parts joined): what pf_course_new measures
 * before it scales the course to an official distance. */
double
pf_track_get_length (const PfTrack *self)
{
  const PfTrackPoint *p;
  double length = 0.0;

  g_return_val_if_fail (self != NULL, 0.0);

  if (!isnan (self->length_m))
    return self->length_m;
  /* The same sum in the same order as pf_track_measure, so the two agree to the last bit. */
  p = pf_track_get_points (self);
  for (guint i = 1; i < self->points->len; i++)
    length += step_to (p, i);
  return length;
}
