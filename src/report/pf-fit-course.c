/* pf-fit-course.c
 *
 * A FIT course file, written by hand from the public FIT protocol (little-endian; a 14-byte
 * header with ".FIT" and its own CRC; definition and data messages; the FIT CRC-16 of the
 * whole at the end), in the order Garmin's course file guidance gives: file_id (type course),
 * course (name, sport running), lap (the whole course), event timer start, the records, event
 * timer stop_disable_all, then a course_point per aid station.
 *
 * The records are the timed points of pf-course-timed.c (every 50 m and at every split's end),
 * each stamped with the start plus the plan's elapsed time there, rounded to the second, so
 * the watch's virtual partner runs the plan. The course points alert on approach: water where
 * a station offers only drinks, food where it offers gels or food, generic where it offers
 * nothing the plan knows.
 *
 * Time: the plan's start is a local wall clock; like the timed GPX it is written as if it were
 * UTC (watches use the times only relative to the first record). A plan without a date (a
 * start before FIT's epoch, such as the default 08:00 of no particular day) is written as that
 * many seconds after the epoch's midnight, which FIT reads as a relative time (any
 * date_time below 0x10000000 is one).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-fit-course"

#include "config.h"

#include <math.h>
#include <string.h>

#include "core/pf-import.h"
#include "pf-course-timed.h"
#include "pf-fit-course.h"

/* Global message numbers and the base types of the profile. */
enum
{
  MESG_FILE_ID = 0,
  MESG_LAP = 19,
  MESG_RECORD = 20,
  MESG_EVENT = 21,
  MESG_COURSE = 31,
  MESG_COURSE_POINT = 32,
};

enum
{
  BASE_ENUM = 0x00,
  BASE_UINT8 = 0x02,
  BASE_STRING = 0x07,
  BASE_UINT16 = 0x84,
  BASE_SINT32 = 0x85,
  BASE_UINT32 = 0x86,
};

/* Local message types: one definition each, written once before its first data message. */
enum
{
  LOCAL_FILE_ID,
  LOCAL_COURSE,
  LOCAL_LAP,
  LOCAL_EVENT,
  LOCAL_RECORD,
  LOCAL_COURSE_POINT,
};

#define FIT_FILE_COURSE        6
#define FIT_SPORT_RUNNING      1
#define FIT_MANUFACTURER_DEV   255
#define FIT_EVENT_TIMER        0
#define FIT_EVENT_LAP          9
#define FIT_EVENT_TYPE_START   0
#define FIT_EVENT_TYPE_STOP    1
#define FIT_EVENT_TYPE_STOP_DISABLE_ALL 9
#define FIT_POINT_GENERIC      0
#define FIT_POINT_WATER        3
#define FIT_POINT_FOOD         4
#define FIT_INVALID_UINT16     0xFFFF

typedef struct
{
  guint8 number;
  guint8 size;
  guint8 base;
} Field;

static void
put_u8 (GByteArray *out,
        guint8      value)
{
  g_byte_array_append (out, &value, 1);
}

static void
put_u16 (GByteArray *out,
         guint16     value)
{
  guint8 b[2] = { value & 0xFF, value >> 8 };

  g_byte_array_append (out, b, 2);
}

static void
put_u32 (GByteArray *out,
         guint32     value)
{
  guint8 b[4] = { value & 0xFF, (value >> 8) & 0xFF, (value >> 16) & 0xFF, value >> 24 };

  g_byte_array_append (out, b, 4);
}

/* A string field of @size bytes: @text (already cut to fit) then NULs. */
static void
put_string (GByteArray *out,
            const char *text,
            gsize       size)
{
  gsize length = MIN (strlen (text), size - 1);

  g_byte_array_append (out, (const guint8 *) text, length);
  for (gsize i = length; i < size; i++)
    put_u8 (out, 0);
}

static void
put_definition (GByteArray  *out,
                guint8       local,
                guint16      global,
                const Field *fields,
                guint8       n_fields)
{
  put_u8 (out, 0x40 | local);
  put_u8 (out, 0);   /* reserved */
  put_u8 (out, 0);   /* little-endian */
  put_u16 (out, global);
  put_u8 (out, n_fields);
  for (guint i = 0; i < n_fields; i++)
    {
      put_u8 (out, fields[i].number);
      put_u8 (out, fields[i].size);
      put_u8 (out, fields[i].base);
    }
}

/* Degrees as FIT's semicircles (2³¹ per 180°). */
static guint32
semicircles (double degrees)
{
  return (guint32) (gint32) lround (degrees * (2147483648.0 / 180.0));
}

/* Metres as FIT's altitude: scale 5, offset 500 m; invalid without elevation. */
static guint16
altitude (double ele)
{
  if (isnan (ele))
    return FIT_INVALID_UINT16;
  return (guint16) CLAMP (lround ((ele + 500.0) * 5.0), 0, FIT_INVALID_UINT16 - 1);
}

/* Metres as FIT's distance: scale 100. */
static guint32
centimetres (double metres)
{
  return (guint32) CLAMP (llround (metres * 100.0), 0, G_MAXUINT32 - 1);
}

/* The FIT timestamp of @elapsed_s after @plan's start (see the rule above). */
guint32
pf_fit_course_timestamp (const PfPlan *plan,
                         double        elapsed_s)
{
  gint64 start = pf_plan_get_inputs (plan)->start_time;
  gint64 fit = start >= PF_FIT_EPOCH ? start - PF_FIT_EPOCH : ((start % 86400) + 86400) % 86400;

  return (guint32) CLAMP (fit + llround (elapsed_s), 0, (gint64) G_MAXUINT32 - 1);
}

/* @name cut to fit a FIT string field of @size bytes, its NUL included, on a character
 * boundary. */
char *
pf_fit_truncate_name (const char *name,
                      gsize       size)
{
  const char *end = name;

  g_return_val_if_fail (size > 0, NULL);

  while (*end != '\0')
    {
      const char *after = g_utf8_next_char (end);

      if ((gsize) (after - name) > size - 1)
        break;
      end = after;
    }
  return g_strndup (name, end - name);
}

static guint8
point_type (PfOffers offers)
{
  if (offers & (PF_OFFERS_FOOD | PF_OFFERS_GELS))
    return FIT_POINT_FOOD;
  if (offers & (PF_OFFERS_WATER | PF_OFFERS_SPORTS))
    return FIT_POINT_WATER;
  return FIT_POINT_GENERIC;
}

static void
put_event (GByteArray *out,
           guint32     timestamp,
           guint8      event_type)
{
  put_u8 (out, LOCAL_EVENT);
  put_u32 (out, timestamp);
  put_u8 (out, FIT_EVENT_TIMER);
  put_u8 (out, event_type);
  put_u8 (out, 0);
}

/* The course of @plan as a FIT file, named @title (NULL: the course's name).
 *
 * Returns: (transfer full): the file's bytes */
GBytes *
pf_fit_course_write (const PfPlan *plan,
                     const char   *title)
{
  static const Field file_id[] = {
    { 0, 1, BASE_ENUM }, { 1, 2, BASE_UINT16 }, { 2, 2, BASE_UINT16 }, { 4, 4, BASE_UINT32 },
  };
  static const Field course_fields[] = {
    { 4, 1, BASE_ENUM }, { 5, PF_FIT_COURSE_NAME_SIZE, BASE_STRING },
  };
  static const Field lap[] = {
    { 254, 2, BASE_UINT16 }, { 253, 4, BASE_UINT32 }, { 0, 1, BASE_ENUM }, { 1, 1, BASE_ENUM },
    { 2, 4, BASE_UINT32 }, { 3, 4, BASE_SINT32 }, { 4, 4, BASE_SINT32 }, { 5, 4, BASE_SINT32 },
    { 6, 4, BASE_SINT32 }, { 7, 4, BASE_UINT32 }, { 8, 4, BASE_UINT32 }, { 9, 4, BASE_UINT32 },
    { 21, 2, BASE_UINT16 }, { 22, 2, BASE_UINT16 },
  };
  static const Field event[] = {
    { 253, 4, BASE_UINT32 }, { 0, 1, BASE_ENUM }, { 1, 1, BASE_ENUM }, { 4, 1, BASE_UINT8 },
  };
  static const Field record[] = {
    { 253, 4, BASE_UINT32 }, { 0, 4, BASE_SINT32 }, { 1, 4, BASE_SINT32 },
    { 2, 2, BASE_UINT16 }, { 5, 4, BASE_UINT32 },
  };
  static const Field course_point[] = {
    { 254, 2, BASE_UINT16 }, { 1, 4, BASE_UINT32 }, { 2, 4, BASE_SINT32 }, { 3, 4, BASE_SINT32 },
    { 4, 4, BASE_UINT32 }, { 5, 1, BASE_ENUM }, { 6, PF_FIT_POINT_NAME_SIZE, BASE_STRING },
  };
  PfCourse *course = pf_plan_get_course (plan);
  g_autoptr(GArray) points = pf_course_timed_points (plan);
  const GArray *stations = pf_plan_get_aid_stations (plan);
  const PfTimedPoint *first, *last;
  g_autoptr(GByteArray) out = g_byte_array_new ();
  g_autofree char *name = NULL;
  guint32 start, end, data_size;
  guint16 crc;

  g_return_val_if_fail (plan != NULL, NULL);
  g_return_val_if_fail (points->len > 0, NULL);

  first = &g_array_index (points, PfTimedPoint, 0);
  last = &g_array_index (points, PfTimedPoint, points->len - 1);
  start = pf_fit_course_timestamp (plan, first->elapsed_s);
  end = pf_fit_course_timestamp (plan, last->elapsed_s);
  name = pf_fit_truncate_name (title != NULL && *title != '\0' ? title
                                                              : pf_course_get_name (course),
                               PF_FIT_COURSE_NAME_SIZE);

  /* The header, its data size and CRC filled in at the end. */
  put_u8 (out, 14);
  put_u8 (out, 0x20);            /* protocol 2.0 */
  put_u16 (out, 2132);           /* profile 21.32 */
  put_u32 (out, 0);
  g_byte_array_append (out, (const guint8 *) ".FIT", 4);
  put_u16 (out, 0);

  put_definition (out, LOCAL_FILE_ID, MESG_FILE_ID, file_id, G_N_ELEMENTS (file_id));
  put_u8 (out, LOCAL_FILE_ID);
  put_u8 (out, FIT_FILE_COURSE);
  put_u16 (out, FIT_MANUFACTURER_DEV);
  put_u16 (out, 0);
  put_u32 (out, start);

  put_definition (out, LOCAL_COURSE, MESG_COURSE, course_fields, G_N_ELEMENTS (course_fields));
  put_u8 (out, LOCAL_COURSE);
  put_u8 (out, FIT_SPORT_RUNNING);
  put_string (out, name, PF_FIT_COURSE_NAME_SIZE);

  put_definition (out, LOCAL_LAP, MESG_LAP, lap, G_N_ELEMENTS (lap));
  put_u8 (out, LOCAL_LAP);
  put_u16 (out, 0);
  put_u32 (out, end);
  put_u8 (out, FIT_EVENT_LAP);
  put_u8 (out, FIT_EVENT_TYPE_STOP);
  put_u32 (out, start);
  put_u32 (out, semicircles (first->lat));
  put_u32 (out, semicircles (first->lon));
  put_u32 (out, semicircles (last->lat));
  put_u32 (out, semicircles (last->lon));
  put_u32 (out, (guint32) llround ((double) (end - start) * 1000.0));
  put_u32 (out, (guint32) llround ((double) (end - start) * 1000.0));
  put_u32 (out, centimetres (last->distance_m - first->distance_m));
  put_u16 (out, pf_course_has_elevation (course)
                ? (guint16) MIN (lround (pf_course_get_ascent (course)), 0xFFFE)
                : FIT_INVALID_UINT16);
  put_u16 (out, pf_course_has_elevation (course)
                ? (guint16) MIN (lround (pf_course_get_descent (course)), 0xFFFE)
                : FIT_INVALID_UINT16);

  put_definition (out, LOCAL_EVENT, MESG_EVENT, event, G_N_ELEMENTS (event));
  put_event (out, start, FIT_EVENT_TYPE_START);

  put_definition (out, LOCAL_RECORD, MESG_RECORD, record, G_N_ELEMENTS (record));
  for (guint i = 0; i < points->len; i++)
    {
      const PfTimedPoint *p = &g_array_index (points, PfTimedPoint, i);

      put_u8 (out, LOCAL_RECORD);
      put_u32 (out, pf_fit_course_timestamp (plan, p->elapsed_s));
      put_u32 (out, semicircles (p->lat));
      put_u32 (out, semicircles (p->lon));
      put_u16 (out, altitude (p->ele));
      put_u32 (out, centimetres (p->distance_m));
    }

  put_event (out, end, FIT_EVENT_TYPE_STOP_DISABLE_ALL);

  if (stations->len > 0)
    put_definition (out, LOCAL_COURSE_POINT, MESG_COURSE_POINT, course_point,
                    G_N_ELEMENTS (course_point));
  for (guint i = 0; i < stations->len; i++)
    {
      const PfAidStation *station = &g_array_index (stations, PfAidStation, i);
      g_autofree char *full = pf_course_timed_label (station, i);
      g_autofree char *label = pf_fit_truncate_name (full, PF_FIT_POINT_NAME_SIZE);
      PfTimedPoint p;

      pf_course_timed_at (plan, station->distance_m, &p);
      put_u8 (out, LOCAL_COURSE_POINT);
      put_u16 (out, i);
      put_u32 (out, pf_fit_course_timestamp (plan, p.elapsed_s));
      put_u32 (out, semicircles (p.lat));
      put_u32 (out, semicircles (p.lon));
      put_u32 (out, centimetres (station->distance_m));
      put_u8 (out, point_type (station->offers));
      put_string (out, label, PF_FIT_POINT_NAME_SIZE);
    }

  data_size = out->len - 14;
  out->data[4] = data_size & 0xFF;
  out->data[5] = (data_size >> 8) & 0xFF;
  out->data[6] = (data_size >> 16) & 0xFF;
  out->data[7] = data_size >> 24;
  crc = pf_fit_crc (0, out->data, 12);
  out->data[12] = crc & 0xFF;
  out->data[13] = crc >> 8;
  put_u16 (out, pf_fit_crc (0, out->data, out->len));

  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}
