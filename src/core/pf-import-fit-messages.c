/* pf-import-fit-messages.c — what the FIT reader keeps of a data message
 *
 * What it keeps: record messages as points (time, position in semicircles, altitude or
 * enhanced_altitude, the device's distance — or, when the device wrote only speed, the
 * distance its speed adds up to —, heart rate, temperature), laps and sessions (start,
 * end, elapsed and timer time, distance), a course's name and its course points as
 * waypoints. Developer fields are skipped by the sizes their definition gives; their
 * descriptions (developer_data_id, field_description) are messages like any other, and
 * ignored. Invalid values (0xFF…, the base type's "no value") are missing values.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "pf-import-fit-private.h"
#include "pf-waypoint-kind.h"

/* FIT times count seconds from 1989-12-31 00:00 UTC; below 0x10000000 they count from the
 * device's power-on and say nothing of the date. */
#define FIT_EPOCH_UNIX_S  G_GINT64_CONSTANT (631065600)
#define FIT_RELATIVE_TIME 0x10000000u

#define SEMICIRCLE_DEG    (180.0 / 2147483648.0)
/* The speed a device wrote adds up to a distance only between records this close: over a
 * longer gap the device was paused or lost, and the distance is held. */
#define SPEED_MAX_GAP_S   30.0

enum
{
  MESG_FILE_ID      = 0,
  MESG_SESSION      = 18,
  MESG_LAP          = 19,
  MESG_RECORD       = 20,
  MESG_COURSE       = 31,
  MESG_COURSE_POINT = 32,
};

#define FIELD_TIMESTAMP 253

typedef struct
{
  guint8   size;
  gboolean is_signed;
  gboolean zero_invalid;  /* the "z" types: 0 is the invalid value, not all ones */
} BaseType;

static const BaseType base_types[N_BASE_TYPES] = {
  [BASE_ENUM] = { 1, FALSE, FALSE },    [BASE_SINT8] = { 1, TRUE, FALSE },
  [BASE_UINT8] = { 1, FALSE, FALSE },   [BASE_SINT16] = { 2, TRUE, FALSE },
  [BASE_UINT16] = { 2, FALSE, FALSE },  [BASE_SINT32] = { 4, TRUE, FALSE },
  [BASE_UINT32] = { 4, FALSE, FALSE },  [BASE_STRING] = { 1, FALSE, FALSE },
  [BASE_FLOAT32] = { 4, FALSE, FALSE }, [BASE_FLOAT64] = { 8, FALSE, FALSE },
  [BASE_UINT8Z] = { 1, FALSE, TRUE },   [BASE_UINT16Z] = { 2, FALSE, TRUE },
  [BASE_UINT32Z] = { 4, FALSE, TRUE },  [BASE_BYTE] = { 1, FALSE, FALSE },
  [BASE_SINT64] = { 8, TRUE, FALSE },   [BASE_UINT64] = { 8, FALSE, FALSE },
  [BASE_UINT64Z] = { 8, FALSE, TRUE },
};

/* The field's (first) value as a number; FALSE when it is the base type's invalid value,
 * not a number, or the field too short for its type. */
static gboolean
field_number (const FitReader     *fit,
              const FitDefinition *def,
              const FitField      *field,
              double              *value)
{
  const guint8 *p = fit->message + field->offset;
  const BaseType *type;
  guint64 raw, all_ones;

  if (field->base >= N_BASE_TYPES || field->base == BASE_STRING)
    return FALSE;
  type = &base_types[field->base];
  if (field->size < type->size)
    return FALSE;

  raw = _pf_fit_get_uint (p, type->size, def->big_endian);
  all_ones = type->size == 8 ? G_MAXUINT64 : (G_GUINT64_CONSTANT (1) << (8 * type->size)) - 1;

  if (field->base == BASE_FLOAT32)
    {
      guint32 bits = (guint32) raw;
      float f;

      memcpy (&f, &bits, sizeof f);
      *value = f;
      return raw != all_ones && isfinite (*value);
    }
  if (field->base == BASE_FLOAT64)
    {
      double d;

      memcpy (&d, &raw, sizeof d);
      *value = d;
      return raw != all_ones && isfinite (d);
    }
  if (type->zero_invalid)
    {
      *value = (double) raw;
      return raw != 0;
    }
  if (type->is_signed)
    {
      guint64 sign = G_GUINT64_CONSTANT (1) << (8 * type->size - 1);

      /* The invalid value of a signed type is its largest: 0x7F, 0x7FFF… */
      if (raw == sign - 1)
        return FALSE;
      *value = (raw & sign) ? (double) (gint64) (raw | ~all_ones) : (double) raw;
      return TRUE;
    }
  *value = (double) raw;
  return raw != all_ones;
}

/* A string field as UTF-8, up to its first NUL; NULL when empty. */
static char *
field_string (const FitReader *fit,
              const FitField  *field)
{
  const char *p = (const char *) fit->message + field->offset;
  gsize length = strnlen (p, field->size);

  if (field->base != BASE_STRING || length == 0)
    return NULL;
  return g_utf8_make_valid (p, (gssize) length);
}

/* A date_time is 32 bits; a field of another type (64 bits, a float) beyond them is no time. */
static gboolean
is_date_time (double fit_seconds)
{
  return fit_seconds >= 0.0 && fit_seconds <= G_MAXUINT32;
}

static gint64
fit_time_us (double fit_seconds)
{
  if (!is_date_time (fit_seconds) || fit_seconds < FIT_RELATIVE_TIME)
    return PF_TRACK_NO_TIME;
  return ((gint64) fit_seconds + FIT_EPOCH_UNIX_S) * G_USEC_PER_SEC;
}

static void
set_position (PfPendingPoint *point,
              double          semicircles,
              gboolean        latitude)
{
  double degrees = semicircles * SEMICIRCLE_DEG;

  if (latitude)
    {
      point->lat = degrees;
      point->has_lat = TRUE;
      point->bad_position |= fabs (degrees) > 90.0;
    }
  else
    {
      point->lon = degrees;
      point->has_lon = TRUE;
    }
}

static void
point_init (PfPendingPoint *point,
            guint64         offset)
{
  memset (point, 0, sizeof *point);
  point->lat = NAN;
  point->lon = NAN;
  point->ele = NAN;
  point->time_us = PF_TRACK_NO_TIME;
  point->line = (guint) offset;
  point->distance_m = NAN;
  point->heart_rate = NAN;
  point->temperature_c = NAN;
}

/* Below the Dead Sea shore or above Everest is a broken reading, as in GPX and TCX. */
static void
set_elevation (FitReader      *fit,
               PfPendingPoint *point,
               double          metres)
{
  if (metres < -500.0 || metres > 9000.0)
    {
      g_autofree char *example = g_strdup_printf ("%.1f", metres);

      if (fit->ctx.bad_elevation.count++ == 0)
        {
          fit->ctx.bad_elevation.first_line = point->line;
          fit->ctx.bad_elevation.example = g_steal_pointer (&example);
        }
      return;
    }
  point->ele = metres;
}

/* The distance a device that writes speed and no distance has covered: speed × time between
 * records close in time. */
static void
distance_from_speed (FitReader      *fit,
                     PfPendingPoint *point)
{
  double speed = fit->speed_m_s;

  if (fit->saw_distance || isnan (speed) || point->time_us == PF_TRACK_NO_TIME)
    return;
  if (fit->speed_time_us != PF_TRACK_NO_TIME)
    {
      double dt = (point->time_us - fit->speed_time_us) / (double) G_USEC_PER_SEC;

      if (dt > 0.0 && dt <= SPEED_MAX_GAP_S)
        fit->speed_distance_m += speed * dt;
    }
  fit->speed_time_us = point->time_us;
  point->distance_m = fit->speed_distance_m;
}

/* Records carry dozens of fields (cadence, power, running dynamics…): only these are decoded,
 * which halves the time a long recording takes. */
static gboolean
record_field_wanted (guint num)
{
  switch (num)
    {
    case 0: case 1: case 2: case 3: case 5: case 6: case 13: case 73: case 78:
      return TRUE;
    default:
      return FALSE;
    }
}

static void
read_record (FitReader           *fit,
             const FitDefinition *def,
             guint64              offset,
             double               timestamp)
{
  PfPendingPoint point;
  double altitude = NAN, enhanced_altitude = NAN, speed = NAN, enhanced_speed = NAN;

  point_init (&point, offset);
  point.time_us = isnan (timestamp) ? PF_TRACK_NO_TIME : fit_time_us (timestamp);

  for (guint i = 0; i < def->n_fields; i++)
    {
      const FitField *field = &def->fields[i];
      double v;

      if (!record_field_wanted (field->num) || !field_number (fit, def, field, &v))
        continue;
      switch (field->num)
        {
        case 0:  /* position_lat, semicircles */
          set_position (&point, v, TRUE);
          break;
        case 1:  /* position_long */
          set_position (&point, v, FALSE);
          break;
        case 2:  /* altitude: 5 per metre, from −500 m */
          altitude = v / 5.0 - 500.0;
          break;
        case 78: /* enhanced_altitude: the same, 32 bits */
          enhanced_altitude = v / 5.0 - 500.0;
          break;
        case 5:  /* distance, cm */
          if (v / 100.0 <= 1e8)
            {
              point.distance_m = v / 100.0;
              fit->saw_distance = TRUE;
            }
          break;
        case 6:  /* speed, mm/s */
          speed = v / 1000.0;
          break;
        case 73: /* enhanced_speed */
          enhanced_speed = v / 1000.0;
          break;
        case 3:  /* heart_rate, bpm */
          if (v > 0.0 && v < 255.0)
            point.heart_rate = (float) v;
          break;
        case 13: /* temperature, °C */
          if (v >= -80.0 && v <= 80.0)
            point.temperature_c = (float) v;
          break;
        default:
          break;
        }
    }

  /* The enhanced fields are the newer, wider ones: when a device writes both, they agree
   * where the narrow ones reach, and only the enhanced reach further. */
  if (!isnan (enhanced_altitude))
    set_elevation (fit, &point, enhanced_altitude);
  else if (!isnan (altitude))
    set_elevation (fit, &point, altitude);
  fit->speed_m_s = !isnan (enhanced_speed) ? enhanced_speed : speed;
  if (isnan (point.distance_m))
    distance_from_speed (fit, &point);

  if (point.bad_position && fit->ctx.bad_position.count++ == 0)
    {
      fit->ctx.bad_position.first_line = point.line;
      fit->ctx.bad_position.example = g_strdup_printf ("%.6f", point.lat);
    }
  _pf_import_point_end (&fit->ctx, &point, fit->part, fit->points);
}

static void
read_lap (FitReader           *fit,
          const FitDefinition *def,
          double               timestamp,
          GArray              *into)
{
  PfTrackLap lap = { PF_TRACK_NO_TIME, PF_TRACK_NO_TIME, NAN, NAN, NAN };

  if (into->len >= PF_IMPORT_FIT_MAX_LAPS)
    {
      g_autofree char *message =
        g_strdup_printf (_("more than %d laps or sessions: not a course"), PF_IMPORT_FIT_MAX_LAPS);

      _pf_fit_fail (fit, PF_IMPORT_ERROR_TOO_LARGE, message);
      return;
    }

  lap.end_us = isnan (timestamp) ? PF_TRACK_NO_TIME : fit_time_us (timestamp);
  for (guint i = 0; i < def->n_fields; i++)
    {
      const FitField *field = &def->fields[i];
      double v;

      if (!field_number (fit, def, field, &v))
        continue;
      switch (field->num)
        {
        case 2:  /* start_time */
          lap.start_us = fit_time_us (v);
          break;
        case 7:  /* total_elapsed_time, ms */
          lap.elapsed_s = v / 1000.0;
          break;
        case 8:  /* total_timer_time, ms */
          lap.timer_s = v / 1000.0;
          break;
        case 9:  /* total_distance, cm */
          lap.distance_m = v / 100.0;
          break;
        default:
          break;
        }
    }
  g_array_append_val (into, lap);
}

/* A course's point of interest: an aid station when its type says water, food, first aid,
 * an aid station, a gel or a sports drink, or its name does. */
static void
read_course_point (FitReader           *fit,
                   const FitDefinition *def,
                   guint64              offset)
{
  g_autofree char *name = NULL;
  PfPendingPoint point;
  PfWaypoint waypoint = { 0 };
  double type = NAN;
  g_autoptr(GArray) kept = g_array_new (FALSE, FALSE, sizeof (PfTrackPoint));

  if (pf_track_get_n_waypoints (fit->ctx.track) >= PF_IMPORT_FIT_MAX_LAPS)
    return;

  point_init (&point, offset);
  for (guint i = 0; i < def->n_fields; i++)
    {
      const FitField *field = &def->fields[i];
      double v;

      if (field->num == 6 && name == NULL)
        name = field_string (fit, field);
      if (!field_number (fit, def, field, &v))
        continue;
      if (field->num == 2)
        set_position (&point, v, TRUE);
      else if (field->num == 3)
        set_position (&point, v, FALSE);
      else if (field->num == 5)
        type = v;
    }

  if (!_pf_import_point_end (&fit->ctx, &point, 0, kept))
    return;

  {
    const char *texts[] = { name };

    waypoint.name = name != NULL ? name : (char *) _("Course point");
    waypoint.lat = point.lat;
    waypoint.lon = point.lon;
    waypoint.ele = NAN;
    waypoint.line = point.line;
    waypoint.kind = (type == 3 || type == 4 || type == 9 || type == 28 || type == 32 || type == 33)
                    ? PF_WAYPOINT_AID_STATION : pf_waypoint_kind_guess (texts, 1);
    _pf_track_add_waypoint (fit->ctx.track, &waypoint);
  }
}

void
_pf_fit_read_data_message (FitReader           *fit,
                           const FitDefinition *def,
                           guint64              offset,
                           gboolean             compressed_time)
{
  double timestamp = compressed_time ? (double) fit->last_timestamp : NAN;

  /* Every message's timestamp is the base the next compressed ones count from. */
  for (guint i = 0; i < def->n_fields; i++)
    {
      double v;

      if (def->fields[i].num == FIELD_TIMESTAMP && field_number (fit, def, &def->fields[i], &v)
          && is_date_time (v))
        {
          timestamp = v;
          fit->last_timestamp = (guint32) v;
          fit->has_timestamp = TRUE;
        }
    }

  switch (def->global)
    {
    case MESG_RECORD:
      read_record (fit, def, offset, timestamp);
      break;
    case MESG_LAP:
      read_lap (fit, def, timestamp, fit->ctx.track->laps);
      fit->part++;
      break;
    case MESG_SESSION:
      read_lap (fit, def, timestamp, fit->ctx.track->sessions);
      break;
    case MESG_COURSE:
      for (guint i = 0; i < def->n_fields; i++)
        if (def->fields[i].num == 5 && fit->course_name == NULL)
          fit->course_name = field_string (fit, &def->fields[i]);
      break;
    case MESG_COURSE_POINT:
      read_course_point (fit, def, offset);
      break;
    default:
      break;
    }
}
