/* pf-import-fit.c — FIT activities and courses, decoded from the public protocol
 *
 * FIT is what most watches record: a 12- or 14-byte header (".FIT" at byte 8, the data's
 * size, optionally its own CRC), then records — definition messages that say which fields a
 * local message type carries, in which order, size, base type and byte order, and data
 * messages laid out as their definition says — then the CRC-16 of everything before it.
 * Several such files may follow one another (chained FIT files); each is read in turn.
 *
 * The reader streams: it holds one buffer of the input, one message and the sixteen
 * definitions a file can have active, whatever the file's size. Every count and size it
 * reads is checked before it is used (limits in pf-import.h and docs/performance.md), so a
 * hostile or damaged file is refused as "NAME: problem", never read past.
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

#include "pf-import-private.h"
#include "pf-waypoint-kind.h"

/* FIT times count seconds from 1989-12-31 00:00 UTC; below 0x10000000 they count from the
 * device's power-on and say nothing of the date. */
#define FIT_EPOCH_UNIX_S  G_GINT64_CONSTANT (631065600)
#define FIT_RELATIVE_TIME 0x10000000u

#define HEADER_MIN        12
#define READ_CHUNK        (64 * 1024)
#define LOCAL_TYPES       16
/* A definition holds at most 255 fields and 255 developer fields of at most 255 bytes each:
 * no message is longer than this, so one buffer holds any. */
#define MAX_MESSAGE_SIZE  (2 * 255 * 255)
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

enum
{
  BASE_ENUM, BASE_SINT8, BASE_UINT8, BASE_SINT16, BASE_UINT16, BASE_SINT32, BASE_UINT32,
  BASE_STRING, BASE_FLOAT32, BASE_FLOAT64, BASE_UINT8Z, BASE_UINT16Z, BASE_UINT32Z, BASE_BYTE,
  BASE_SINT64, BASE_UINT64, BASE_UINT64Z, N_BASE_TYPES
};

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

typedef struct
{
  guint8 num;
  guint8 size;
  guint8 base;    /* the base type's number, endian flag taken off; N_BASE_TYPES: unknown */
  guint  offset;  /* from the message's first byte */
} FitField;

typedef struct
{
  gboolean defined;
  gboolean big_endian;
  guint16  global;
  guint    n_fields;
  guint    size;      /* the data message's length, developer fields included */
  FitField fields[255];
} FitDefinition;

typedef struct
{
  PfImportContext ctx;

  GInputStream   *stream;
  GCancellable   *cancellable;
  guint8          buffer[READ_CHUNK];
  gsize           pos;
  gsize           len;
  guint64         offset;        /* bytes consumed since the stream's start */
  guint16         crc;           /* of the current FIT file's bytes so far */

  guint64         data_end;      /* where the current file's data ends (its CRC starts) */
  FitDefinition   definitions[LOCAL_TYPES];
  guint32         last_timestamp;
  gboolean        has_timestamp;
  guint64         n_messages;

  GArray         *points;
  guint           part;          /* laps ended so far: the next point's lap */
  char           *course_name;

  /* The distance a device that writes only speed has covered (see SPEED_MAX_GAP_S). */
  gboolean        saw_distance;
  double          speed_distance_m;
  gint64          speed_time_us;
  double          speed_m_s;

  guint8          message[MAX_MESSAGE_SIZE];
} FitReader;

/* A fuzzer cannot forge a CRC: in its builds the checksums are computed and not checked, so
 * that what it mutates reaches the points and the course. */
#ifdef FUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION
static const gboolean check_crc = FALSE;
#else
static const gboolean check_crc = TRUE;
#endif

/* The CRC-16 of the FIT SDK (fit_crc.c: CRC-16/ARC, polynomial 0xA001 reflected), a byte at a
 * time rather than the SDK's nibble: it runs over every byte of the file. The one CRC of the
 * FIT files Pacefuel reads and writes (pf-fit-course.c). */
guint16
pf_fit_crc (guint16       crc,
            const guint8 *data,
            gsize         length)
{
  static const guint16 table[256] = {
    0x0000, 0xC0C1, 0xC181, 0x0140, 0xC301, 0x03C0, 0x0280, 0xC241,
    0xC601, 0x06C0, 0x0780, 0xC741, 0x0500, 0xC5C1, 0xC481, 0x0440,
    0xCC01, 0x0CC0, 0x0D80, 0xCD41, 0x0F00, 0xCFC1, 0xCE81, 0x0E40,
    0x0A00, 0xCAC1, 0xCB81, 0x0B40, 0xC901, 0x09C0, 0x0880, 0xC841,
    0xD801, 0x18C0, 0x1980, 0xD941, 0x1B00, 0xDBC1, 0xDA81, 0x1A40,
    0x1E00, 0xDEC1, 0xDF81, 0x1F40, 0xDD01, 0x1DC0, 0x1C80, 0xDC41,
    0x1400, 0xD4C1, 0xD581, 0x1540, 0xD701, 0x17C0, 0x1680, 0xD641,
    0xD201, 0x12C0, 0x1380, 0xD341, 0x1100, 0xD1C1, 0xD081, 0x1040,
    0xF001, 0x30C0, 0x3180, 0xF141, 0x3300, 0xF3C1, 0xF281, 0x3240,
    0x3600, 0xF6C1, 0xF781, 0x3740, 0xF501, 0x35C0, 0x3480, 0xF441,
    0x3C00, 0xFCC1, 0xFD81, 0x3D40, 0xFF01, 0x3FC0, 0x3E80, 0xFE41,
    0xFA01, 0x3AC0, 0x3B80, 0xFB41, 0x3900, 0xF9C1, 0xF881, 0x3840,
    0x2800, 0xE8C1, 0xE981, 0x2940, 0xEB01, 0x2BC0, 0x2A80, 0xEA41,
    0xEE01, 0x2EC0, 0x2F80, 0xEF41, 0x2D00, 0xEDC1, 0xEC81, 0x2C40,
    0xE401, 0x24C0, 0x2580, 0xE541, 0x2700, 0xE7C1, 0xE681, 0x2640,
    0x2200, 0xE2C1, 0xE381, 0x2340, 0xE101, 0x21C0, 0x2080, 0xE041,
    0xA001, 0x60C0, 0x6180, 0xA141, 0x6300, 0xA3C1, 0xA281, 0x6240,
    0x6600, 0xA6C1, 0xA781, 0x6740, 0xA501, 0x65C0, 0x6480, 0xA441,
    0x6C00, 0xACC1, 0xAD81, 0x6D40, 0xAF01, 0x6FC0, 0x6E80, 0xAE41,
    0xAA01, 0x6AC0, 0x6B80, 0xAB41, 0x6900, 0xA9C1, 0xA881, 0x6840,
    0x7800, 0xB8C1, 0xB981, 0x7940, 0xBB01, 0x7BC0, 0x7A80, 0xBA41,
    0xBE01, 0x7EC0, 0x7F80, 0xBF41, 0x7D00, 0xBDC1, 0xBC81, 0x7C40,
    0xB401, 0x74C0, 0x7580, 0xB541, 0x7700, 0xB7C1, 0xB681, 0x7640,
    0x7200, 0xB2C1, 0xB381, 0x7340, 0xB101, 0x71C0, 0x7080, 0xB041,
    0x5000, 0x90C1, 0x9181, 0x5140, 0x9301, 0x53C0, 0x5280, 0x9241,
    0x9601, 0x56C0, 0x5780, 0x9741, 0x5500, 0x95C1, 0x9481, 0x5440,
    0x9C01, 0x5CC0, 0x5D80, 0x9D41, 0x5F00, 0x9FC1, 0x9E81, 0x5E40,
    0x5A00, 0x9AC1, 0x9B81, 0x5B40, 0x9901, 0x59C0, 0x5880, 0x9841,
    0x8801, 0x48C0, 0x4980, 0x8941, 0x4B00, 0x8BC1, 0x8A81, 0x4A40,
    0x4E00, 0x8EC1, 0x8F81, 0x4F40, 0x8D01, 0x4DC0, 0x4C80, 0x8C41,
    0x4400, 0x84C1, 0x8581, 0x4540, 0x8701, 0x47C0, 0x4680, 0x8641,
    0x8201, 0x42C0, 0x4380, 0x8341, 0x4100, 0x81C1, 0x8081, 0x4040,
  };

  for (gsize i = 0; i < length; i++)
    crc = (crc >> 8) ^ table[(crc ^ data[i]) & 0xFF];
  return crc;
}

/* A FIT file starts with its header's size (12, or 14 with the header's CRC) and holds
 * ".FIT" at byte 8. */
gboolean
_pf_import_fit_sniff (const guint8 *head,
                      gsize         length)
{
  return length >= HEADER_MIN && (head[0] == 12 || head[0] == 14)
         && memcmp (head + 8, ".FIT", 4) == 0;
}

static void
fail (FitReader     *fit,
      PfImportError  code,
      const char    *message)
{
  _pf_import_set_error_at_line (&fit->ctx, code, 0, message);
}

static void
fail_cut_short (FitReader *fit)
{
  fail (fit, PF_IMPORT_ERROR_MALFORMED, _("the file ends before its FIT data does (cut short?)"));
}

/* Refills the buffer from the stream: FALSE at the stream's end or on an error (set). */
static gboolean
fill (FitReader *fit)
{
  g_autoptr(GError) local_error = NULL;
  gssize n;

  n = g_input_stream_read (fit->stream, fit->buffer, sizeof fit->buffer, fit->cancellable,
                           &local_error);
  if (n < 0)
    {
      _pf_import_set_error_at_line (&fit->ctx, PF_IMPORT_ERROR_OPEN, 0, local_error->message);
      return FALSE;
    }
  fit->pos = 0;
  fit->len = (gsize) n;
  return n > 0;
}

/* @n bytes into @dest (or skipped, @dest NULL), counted into the CRC. FALSE: the stream ended
 * (the file is cut short) or failed; the error is set either way. */
static gboolean
read_bytes (FitReader *fit,
            guint8    *dest,
            gsize      n)
{
  while (n > 0)
    {
      gsize take;

      if (fit->pos == fit->len && !fill (fit))
        {
          if (fit->ctx.error == NULL)
            fail_cut_short (fit);
          return FALSE;
        }
      take = MIN (n, fit->len - fit->pos);
      fit->crc = pf_fit_crc (fit->crc, fit->buffer + fit->pos, take);
      if (dest != NULL)
        {
          memcpy (dest, fit->buffer + fit->pos, take);
          dest += take;
        }
      fit->pos += take;
      fit->offset += take;
      n -= take;
      /* The stream may be endless (a pipe, a device behind a link): counted here, whatever
       * the header said. */
      if (fit->offset > PF_IMPORT_MAX_FILE_SIZE)
        {
          g_autofree char *message =
            g_strdup_printf (_("the file is larger than %d MB: not a course"),
                             PF_IMPORT_MAX_FILE_SIZE / (1024 * 1024));

          fail (fit, PF_IMPORT_ERROR_TOO_LARGE, message);
          return FALSE;
        }
    }
  return TRUE;
}

/* Whether the stream has a byte left, without taking it. */
static gboolean
at_end (FitReader *fit)
{
  return fit->pos == fit->len && !fill (fit);
}

/* Bytes of the data, which may not run past the data's end given by the header. */
static gboolean
read_data (FitReader *fit,
           guint8    *dest,
           gsize      n)
{
  if (fit->offset + n > fit->data_end)
    {
      g_autofree char *message =
        /* Translators: %u is a byte offset in the file */
        g_strdup_printf (_("a message at byte %u runs past the end of the FIT data the header "
                           "gives (the file is damaged)"), (guint) fit->offset);

      fail (fit, PF_IMPORT_ERROR_MALFORMED, message);
      return FALSE;
    }
  return read_bytes (fit, dest, n);
}

static guint64
get_uint (const guint8 *p,
          guint         size,
          gboolean      big_endian)
{
  guint64 v = 0;

  for (guint i = 0; i < size; i++)
    v |= (guint64) p[big_endian ? i : size - 1 - i] << (8 * (size - 1 - i));
  return v;
}

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

  raw = get_uint (p, type->size, def->big_endian);
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

      fail (fit, PF_IMPORT_ERROR_TOO_LARGE, message);
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

static void
read_data_message (FitReader           *fit,
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

static gboolean
read_definition (FitReader *fit,
                 guint      local,
                 gboolean   developer,
                 guint64    offset)
{
  FitDefinition *def = &fit->definitions[local];
  guint8 head[5], raw[3 * 255];
  guint size = 0;

  def->defined = FALSE;
  if (!read_data (fit, head, sizeof head))
    return FALSE;
  if (head[1] > 1)
    {
      g_autofree char *message =
        /* Translators: the first %u is a byte offset in the file, the second a number */
        g_strdup_printf (_("the definition at byte %u gives the byte order %u, neither "
                           "little- nor big-endian (the file is damaged)"),
                         (guint) offset, head[1]);

      fail (fit, PF_IMPORT_ERROR_MALFORMED, message);
      return FALSE;
    }
  def->big_endian = head[1] == 1;
  def->global = (guint16) get_uint (head + 2, 2, def->big_endian);
  def->n_fields = head[4];
  if (!read_data (fit, raw, 3 * def->n_fields))
    return FALSE;
  for (guint i = 0; i < def->n_fields; i++)
    {
      FitField *field = &def->fields[i];
      guint base = raw[3 * i + 2] & 0x1F;

      field->num = raw[3 * i];
      field->size = raw[3 * i + 1];
      field->base = base < N_BASE_TYPES ? base : N_BASE_TYPES;
      field->offset = size;
      size += field->size;
    }

  /* Developer fields: only their sizes matter, to skip them. */
  if (developer)
    {
      guint8 n_dev;

      if (!read_data (fit, &n_dev, 1) || !read_data (fit, raw, 3 * (gsize) n_dev))
        return FALSE;
      for (guint i = 0; i < n_dev; i++)
        size += raw[3 * i + 1];
    }

  def->size = size;
  def->defined = TRUE;
  return TRUE;
}

/* One FIT file of a chain, its header's first byte already read. */
static gboolean
read_fit_file (FitReader *fit,
               guint8     header_size)
{
  guint8 header[14] = { header_size };
  guint32 data_size;
  guint8 stored[2];

  if ((header_size != 12 && header_size != 14) || !read_bytes (fit, header + 1, header_size - 1u)
      || memcmp (header + 8, ".FIT", 4) != 0)
    {
      if (fit->ctx.error != NULL)
        return FALSE;
      fail (fit, PF_IMPORT_ERROR_MALFORMED,
            _("the bytes after the FIT data are neither another FIT file nor its end "
              "(the file is damaged)"));
      return FALSE;
    }
  if (header_size == 14 && (header[12] | header[13]) != 0
      && pf_fit_crc (0, header, 12) != (guint16) get_uint (header + 12, 2, FALSE) && check_crc)
    {
      fail (fit, PF_IMPORT_ERROR_MALFORMED,
            _("the FIT header's checksum does not match it (the file is damaged)"));
      return FALSE;
    }

  data_size = (guint32) get_uint (header + 4, 4, FALSE);
  if (data_size == 0)
    {
      fail (fit, PF_IMPORT_ERROR_MALFORMED,
            _("the FIT header gives no data size (a recording that was never closed?)"));
      return FALSE;
    }
  if (data_size > PF_IMPORT_MAX_FILE_SIZE)
    {
      g_autofree char *message =
        g_strdup_printf (_("the FIT header announces more than %d MB of data: not a course"),
                         PF_IMPORT_MAX_FILE_SIZE / (1024 * 1024));

      fail (fit, PF_IMPORT_ERROR_TOO_LARGE, message);
      return FALSE;
    }
  fit->data_end = fit->offset + data_size;

  /* A file's definitions and time base are its own. */
  for (guint i = 0; i < LOCAL_TYPES; i++)
    fit->definitions[i].defined = FALSE;
  fit->has_timestamp = FALSE;

  while (fit->offset < fit->data_end)
    {
      guint64 offset = fit->offset;
      guint8 record_header;
      gboolean compressed;
      guint local;

      if (++fit->n_messages > PF_IMPORT_FIT_MAX_MESSAGES)
        {
          g_autofree char *message =
            g_strdup_printf (_("more than %d FIT messages: not a course"),
                             PF_IMPORT_FIT_MAX_MESSAGES);

          fail (fit, PF_IMPORT_ERROR_TOO_LARGE, message);
          return FALSE;
        }
      if (!read_data (fit, &record_header, 1))
        return FALSE;

      compressed = (record_header & 0x80) != 0;
      local = compressed ? (record_header >> 5) & 0x03 : record_header & 0x0F;

      if (!compressed && (record_header & 0x40))
        {
          if (!read_definition (fit, local, (record_header & 0x20) != 0, offset))
            return FALSE;
          continue;
        }

      if (!fit->definitions[local].defined)
        {
          g_autofree char *message =
            /* Translators: %u are a byte offset in the file and a number from 0 to 15 */
            g_strdup_printf (_("the message at byte %u uses local type %u, which no definition "
                               "precedes (the file is damaged)"), (guint) offset, local);

          fail (fit, PF_IMPORT_ERROR_MALFORMED, message);
          return FALSE;
        }
      if (compressed)
        {
          guint32 time_offset = record_header & 0x1F;

          /* Five bits of seconds after the last full timestamp, rolling over every 32 s. */
          if (!fit->has_timestamp)
            {
              g_autofree char *message =
                g_strdup_printf (_("the message at byte %u gives a time relative to a "
                                   "timestamp that no message gave (the file is damaged)"),
                                 (guint) offset);

              fail (fit, PF_IMPORT_ERROR_MALFORMED, message);
              return FALSE;
            }
          fit->last_timestamp = (fit->last_timestamp & ~0x1Fu) + time_offset
                                + (time_offset < (fit->last_timestamp & 0x1F) ? 0x20 : 0);
        }
      if (!read_data (fit, fit->message, fit->definitions[local].size))
        return FALSE;
      read_data_message (fit, &fit->definitions[local], offset, compressed);
      if (fit->ctx.error != NULL)
        return FALSE;
    }

  /* The CRC of the header and the data; the stored value counted in makes it zero. */
  if (!read_bytes (fit, stored, sizeof stored))
    return FALSE;
  if (fit->crc != 0 && check_crc)
    {
      fail (fit, PF_IMPORT_ERROR_MALFORMED,
            _("the FIT file's checksum does not match its data (the file is damaged)"));
      return FALSE;
    }
  return TRUE;
}

static void
fit_reader_free (FitReader *fit)
{
  _pf_import_context_clear (&fit->ctx);
  g_clear_pointer (&fit->points, g_array_unref);
  g_clear_pointer (&fit->course_name, g_free);
  g_free (fit);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FitReader, fit_reader_free)

PfTrack *
_pf_import_fit_stream (GInputStream  *stream,
                       const char    *display_name,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(FitReader) fit = g_new0 (FitReader, 1);
  guint n_files = 0;

  fit->stream = stream;
  fit->cancellable = cancellable;
  fit->ctx.display_name = display_name;
  fit->ctx.track = _pf_track_new (display_name, PF_TRACK_FORMAT_FIT);
  fit->points = g_array_new (FALSE, FALSE, sizeof (PfTrackPoint));
  fit->speed_time_us = PF_TRACK_NO_TIME;
  fit->speed_m_s = NAN;

  /* One FIT file, then any chained after it. */
  while (fit->ctx.error == NULL && !at_end (fit))
    {
      guint8 header_size;

      if (++n_files > PF_IMPORT_FIT_MAX_FILES)
        {
          g_autofree char *message =
            g_strdup_printf (_("more than %d chained FIT files: not a course"),
                             PF_IMPORT_FIT_MAX_FILES);

          fail (fit, PF_IMPORT_ERROR_TOO_LARGE, message);
          break;
        }
      fit->crc = 0;
      if (!read_bytes (fit, &header_size, 1) || !read_fit_file (fit, header_size))
        break;
    }

  if (fit->ctx.error == NULL)
    {
      _pf_import_set_points (&fit->ctx, fit->points, PF_TRACK_SOURCE_TRACK);
      if (fit->course_name != NULL)
        _pf_track_set_name (fit->ctx.track, fit->course_name);
      _pf_import_add_problem_notes (&fit->ctx);
      _pf_import_check_track (&fit->ctx,
                              _("the FIT file holds no record with a position (an indoor "
                                "run, or a recording without GPS?)"));
    }

  if (fit->ctx.error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&fit->ctx.error));
      return NULL;
    }
  return g_steal_pointer (&fit->ctx.track);
}
