/* pf-import-points.c — a point as the importers assemble it: its position, elevation
 * and time checked, what is dropped or repaired counted, and the notes that say so
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "pf-import-private.h"

/* The most a device's distance says: a FIT record's, 2³² cm. */
#define MAX_DEVICE_DISTANCE_M 4.294967295e7

static void
problem_add (PfProblem  *problem,
             guint       line,
             const char *example)
{
  if (problem->count++ == 0)
    {
      problem->first_line = line;
      problem->example = g_strdup (example);
    }
}

void
_pf_import_problem_clear (PfProblem *problem)
{
  g_clear_pointer (&problem->example, g_free);
}

void
_pf_import_point_begin (PfImportContext *ctx,
                        PfPendingPoint  *point,
                        gboolean         position_in_attributes)
{
  point->lat = NAN;
  point->lon = NAN;
  point->ele = NAN;
  point->time_us = PF_TRACK_NO_TIME;
  point->line = _pf_import_line (ctx);
  point->has_lat = FALSE;
  point->has_lon = FALSE;
  point->bad_position = FALSE;
  point->distance_m = NAN;
  point->heart_rate = NAN;
  point->temperature_c = NAN;

  if (!position_in_attributes)
    return;

  while (xmlTextReaderMoveToNextAttribute (ctx->reader) == 1)
    {
      const char *name = (const char *) xmlTextReaderConstLocalName (ctx->reader);
      const char *value = (const char *) xmlTextReaderConstValue (ctx->reader);

      if (strcmp (name, "lat") == 0)
        _pf_import_point_set_lat (ctx, point, value);
      else if (strcmp (name, "lon") == 0)
        _pf_import_point_set_lon (ctx, point, value);
    }
  xmlTextReaderMoveToElement (ctx->reader);
}

static void
set_coordinate (PfImportContext *ctx,
                PfPendingPoint  *point,
                const char      *text,
                double           limit,
                double          *target,
                gboolean        *has)
{
  double v;

  if (!_pf_import_parse_double (text, &v) || fabs (v) > limit)
    {
      if (!point->bad_position)
        problem_add (&ctx->bad_position, point->line, text);
      point->bad_position = TRUE;
      return;
    }

  *target = v;
  *has = TRUE;
}

void
_pf_import_point_set_lat (PfImportContext *ctx,
                          PfPendingPoint  *point,
                          const char      *text)
{
  set_coordinate (ctx, point, text, 90.0, &point->lat, &point->has_lat);
}

void
_pf_import_point_set_lon (PfImportContext *ctx,
                          PfPendingPoint  *point,
                          const char      *text)
{
  set_coordinate (ctx, point, text, 180.0, &point->lon, &point->has_lon);
}

void
_pf_import_point_set_ele (PfImportContext *ctx,
                          PfPendingPoint  *point,
                          const char      *text)
{
  double v;

  /* Below the Dead Sea shore or above Everest is a broken reading, not a course. */
  if (!_pf_import_parse_double (text, &v) || v < -500.0 || v > 9000.0)
    {
      problem_add (&ctx->bad_elevation, _pf_import_line (ctx), text);
      return;
    }

  point->ele = v;
}

void
_pf_import_point_set_time (PfImportContext *ctx,
                           PfPendingPoint  *point,
                           const char      *text)
{
  gint64 t;

  if (!_pf_import_parse_time (text, &t))
    {
      problem_add (&ctx->bad_time, _pf_import_line (ctx), text);
      return;
    }

  point->time_us = t;
}

/* The device's readings beside the position — its distance, the air temperature — serve the
 * runner's profile only (pf-runner-segments.c), never the course: one that cannot be read is
 * left out of that point without a note, and the profile falls back on the positions' distance
 * or on no temperature. */

void
_pf_import_point_set_distance (PfImportContext *ctx,
                               PfPendingPoint  *point,
                               const char      *text)
{
  double v;

  /* Cumulative from the start: never negative, and no more than a FIT record can say. */
  if (_pf_import_parse_double (text, &v) && v >= 0.0 && v <= MAX_DEVICE_DISTANCE_M)
    point->distance_m = v;
}

void
_pf_import_point_set_temperature (PfImportContext *ctx,
                                  PfPendingPoint  *point,
                                  const char      *text)
{
  double v;

  /* A wrist or bike sensor's reading of the air: colder than −60 °C or hotter than 70 °C is a
   * broken one. */
  if (_pf_import_parse_double (text, &v) && v >= -60.0 && v <= 70.0)
    point->temperature_c = (float) v;
}

/* Appends the point when its position is usable; returns whether it was kept. */
gboolean
_pf_import_point_end (PfImportContext      *ctx,
                      const PfPendingPoint *point,
                      guint                 part,
                      GArray               *points)
{
  PfTrackPoint kept;

  if (point->bad_position)
    return FALSE;

  if (!point->has_lat || !point->has_lon)
    {
      problem_add (&ctx->no_position, point->line, NULL);
      return FALSE;
    }

  kept.lat = point->lat;
  kept.lon = point->lon;
  kept.ele = point->ele;
  kept.time_us = point->time_us;
  kept.part = part;
  kept.line = point->line;
  kept.distance_m = point->distance_m;
  kept.heart_rate = point->heart_rate;
  kept.temperature_c = point->temperature_c;

  if (kept.time_us != PF_TRACK_NO_TIME && points->len > 0)
    {
      const PfTrackPoint *last = &g_array_index (points, PfTrackPoint, points->len - 1);

      if (last->time_us != PF_TRACK_NO_TIME && kept.time_us < last->time_us)
        problem_add (&ctx->time_backwards, point->line, NULL);
    }

  if (points->len >= PF_IMPORT_MAX_POINTS)
    {
      g_autofree char *message = g_strdup_printf (_("more than %d points: not a course"),
                                                  PF_IMPORT_MAX_POINTS);

      _pf_import_set_error_at_line (ctx, PF_IMPORT_ERROR_TOO_LARGE, point->line, message);
      return FALSE;
    }

  g_array_append_val (points, kept);
  return TRUE;
}

/* Takes the chosen line into the track; parts are renumbered from 0 without gaps. */
void
_pf_import_set_points (PfImportContext *ctx,
                       GArray          *points,
                       PfTrackSource    source)
{
  PfTrack *track = ctx->track;
  guint previous_part = G_MAXUINT;
  guint n_parts = 0;

  for (guint i = 0; i < points->len; i++)
    {
      PfTrackPoint *p = &g_array_index (points, PfTrackPoint, i);

      if (p->part != previous_part)
        {
          previous_part = p->part;
          n_parts++;
        }
      p->part = n_parts - 1;
    }

  g_array_unref (track->points);
  track->points = g_array_ref (points);
  track->source = source;
  track->n_parts = n_parts;
  _pf_track_points_done (track);
}

void
_pf_import_add_problem_notes (PfImportContext *ctx)
{
  PfTrack *track = ctx->track;
  const char *name = ctx->display_name;

  if (ctx->bad_position.count > 0)
    _pf_track_add_note (track,
                        g_dngettext (GETTEXT_PACKAGE,
                                     "%s:%u: dropped %u point whose latitude or longitude is not a number or out of range (“%s”)",
                                     "%s:%u: dropped %u points whose latitude or longitude is not a number or out of range (first: “%s”)",
                                     ctx->bad_position.count),
                        name, ctx->bad_position.first_line, ctx->bad_position.count,
                        ctx->bad_position.example != NULL ? ctx->bad_position.example : "");
  if (ctx->no_position.count > 0)
    _pf_track_add_note (track,
                        g_dngettext (GETTEXT_PACKAGE,
                                     "%s:%u: skipped %u point without a position",
                                     "%s:%u: skipped %u points without a position (first here)",
                                     ctx->no_position.count),
                        name, ctx->no_position.first_line, ctx->no_position.count);
  if (ctx->bad_elevation.count > 0)
    _pf_track_add_note (track,
                        g_dngettext (GETTEXT_PACKAGE,
                                     "%s:%u: ignored %u elevation that is not a plausible number (“%s”)",
                                     "%s:%u: ignored %u elevations that are not plausible numbers (first: “%s”)",
                                     ctx->bad_elevation.count),
                        name, ctx->bad_elevation.first_line, ctx->bad_elevation.count,
                        ctx->bad_elevation.example != NULL ? ctx->bad_elevation.example : "");
  if (ctx->bad_time.count > 0)
    _pf_track_add_note (track,
                        g_dngettext (GETTEXT_PACKAGE,
                                     "%s:%u: ignored %u time that is not a date (“%s”)",
                                     "%s:%u: ignored %u times that are not dates (first: “%s”)",
                                     ctx->bad_time.count),
                        name, ctx->bad_time.first_line, ctx->bad_time.count,
                        ctx->bad_time.example != NULL ? ctx->bad_time.example : "");
  if (ctx->time_backwards.count > 0)
    _pf_track_add_note (track,
                        g_dngettext (GETTEXT_PACKAGE,
                                     "%s:%u: the time goes backwards %u time; times are not used for the course",
                                     "%s:%u: the time goes backwards %u times (first here); times are not used for the course",
                                     ctx->time_backwards.count),
                        name, ctx->time_backwards.first_line, ctx->time_backwards.count);
}
