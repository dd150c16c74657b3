/* pf-import-fit-private.h — what the FIT stream reader and its message decoding share
 *
 *   pf-import-fit.c           the stream: header, CRCs, definitions, the file walk
 *   pf-import-fit-messages.c  a data message's fields decoded into points, laps, waypoints
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pf-import-private.h"

G_BEGIN_DECLS

#define READ_CHUNK        (64 * 1024)
#define LOCAL_TYPES       16
/* A definition holds at most 255 fields and 255 developer fields of at most 255 bytes each:
 * no message is longer than this, so one buffer holds any. */
#define MAX_MESSAGE_SIZE  (2 * 255 * 255)

enum
{
  BASE_ENUM, BASE_SINT8, BASE_UINT8, BASE_SINT16, BASE_UINT16, BASE_SINT32, BASE_UINT32,
  BASE_STRING, BASE_FLOAT32, BASE_FLOAT64, BASE_UINT8Z, BASE_UINT16Z, BASE_UINT32Z, BASE_BYTE,
  BASE_SINT64, BASE_UINT64, BASE_UINT64Z, N_BASE_TYPES
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

  /* The distance a device that writes only speed has covered (see SPEED_MAX_GAP_S in
   * pf-import-fit-messages.c). */
  gboolean        saw_distance;
  double          speed_distance_m;
  gint64          speed_time_us;
  double          speed_m_s;

  guint8          message[MAX_MESSAGE_SIZE];
} FitReader;

/* pf-import-fit.c: @message as the import's error (FIT errors name their byte themselves). */
void     _pf_fit_fail              (FitReader           *fit,
                                    PfImportError        code,
                                    const char          *message);

/* A FIT integer of @size bytes in either byte order. Inline: it runs for every field decoded. */
static inline guint64
_pf_fit_get_uint (const guint8 *p,
                  guint         size,
                  gboolean      big_endian)
{
  guint64 v = 0;

  for (guint i = 0; i < size; i++)
    v |= (guint64) p[big_endian ? i : size - 1 - i] << (8 * (size - 1 - i));
  return v;
}

/* pf-import-fit-messages.c: a data message (in fit->message, laid out as @def says) kept as a
 * point, a lap or session, the course's name or a course point; the rest ignored. */
void     _pf_fit_read_data_message (FitReader           *fit,
                                    const FitDefinition *def,
                                    guint64              offset,
                                    gboolean             compressed_time);

G_END_DECLS
