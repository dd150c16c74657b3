/* pf-track.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-track"

#include "config.h"

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
  self->display_name = g_strdup (display_name);
  self->format = format;
  self->source = PF_TRACK_SOURCE_TRACK;
  self->points = g_array_new (FALSE, FALSE, sizeof (PfTrackPoint));
  self->waypoints = g_array_new (FALSE, TRUE, sizeof (PfWaypoint));
  g_array_set_clear_func (self->waypoints, clear_waypoint);
  self->notes = g_ptr_array_new_with_free_func (g_free);

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
      g_free (self);
    }
}

void
_pf_track_set_name (PfTrack    *self,
                    const char *name)
{
  g_autofree char *stripped = g_strstrip (g_strdup (name));

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

  copy.name = g_strdup (waypoint->name);
  copy.comment = g_strdup (waypoint->comment);
  g_array_append_val (self->waypoints, copy);
}

void
_pf_track_add_note (PfTrack    *self,
                    const char *format,
                    ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (self->notes, g_strdup_vprintf (format, args));
  va_end (args);
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
