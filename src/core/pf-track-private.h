/* pf-track-private.h — how the importers build a PfTrack
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pf-track.h"

G_BEGIN_DECLS

struct _PfTrack
{
  gatomicrefcount ref_count;
  char           *name;
  char           *display_name;
  PfTrackFormat   format;
  PfTrackSource   source;
  GArray         *points;     /* PfTrackPoint */
  GArray         *waypoints;  /* PfWaypoint */
  GPtrArray      *notes;      /* char *, already translated, naming the file */
  GArray         *laps;       /* PfTrackLap: FIT laps, in the file's order */
  GArray         *sessions;   /* PfTrackLap: FIT sessions */
  guint           n_parts;
  double          length_m;   /* NAN until _pf_track_points_done () */
};

PfTrack *_pf_track_new           (const char       *display_name,
                                  PfTrackFormat     format);
void     _pf_track_set_name      (PfTrack          *self,
                                  const char       *name);
void     _pf_track_add_waypoint  (PfTrack          *self,
                                  const PfWaypoint *waypoint);
void     _pf_track_points_done   (PfTrack          *self);
void     _pf_track_add_note      (PfTrack          *self,
                                  const char       *format,
                                  ...) G_GNUC_PRINTF (2, 3);

G_END_DECLS
