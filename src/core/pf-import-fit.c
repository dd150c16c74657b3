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
 * What a data message becomes (points, laps, waypoints) is decoded in
 * pf-import-fit-messages.c; the two share pf-import-fit-private.h.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "pf-import-fit-private.h"

#define HEADER_MIN        12

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

void
_pf_fit_fail (FitReader     *fit,
              PfImportError  code,
              const char    *message)
{
  _pf_import_set_error_at_line (&fit->ctx, code, 0, message);
}

static void
fail_cut_short (FitReader *fit)
{
  _pf_fit_fail (fit, PF_IMPORT_ERROR_MALFORMED,
                _("the file ends before its FIT data does (cut short?)"));
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

          _pf_fit_fail (fit, PF_IMPORT_ERROR_TOO_LARGE, message);
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

      _pf_fit_fail (fit, PF_IMPORT_ERROR_MALFORMED, message);
      return FALSE;
    }
  return read_bytes (fit, dest, n);
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

      _pf_fit_fail (fit, PF_IMPORT_ERROR_MALFORMED, message);
      return FALSE;
    }
  def->big_endian = head[1] == 1;
  def->global = (guint16) _pf_fit_get_uint (head + 2, 2, def->big_endian);
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
      _pf_fit_fail (fit, PF_IMPORT_ERROR_MALFORMED,
                    _("the bytes after the FIT data are neither another FIT file nor its end "
                      "(the file is damaged)"));
      return FALSE;
    }
  if (header_size == 14 && (header[12] | header[13]) != 0
      && pf_fit_crc (0, header, 12) != (guint16) _pf_fit_get_uint (header + 12, 2, FALSE)
      && check_crc)
    {
      _pf_fit_fail (fit, PF_IMPORT_ERROR_MALFORMED,
                    _("the FIT header's checksum does not match it (the file is damaged)"));
      return FALSE;
    }

  data_size = (guint32) _pf_fit_get_uint (header + 4, 4, FALSE);
  if (data_size == 0)
    {
      _pf_fit_fail (fit, PF_IMPORT_ERROR_MALFORMED,
                    _("the FIT header gives no data size (a recording that was never closed?)"));
      return FALSE;
    }
  if (data_size > PF_IMPORT_MAX_FILE_SIZE)
    {
      g_autofree char *message =
        g_strdup_printf (_("the FIT header announces more than %d MB of data: not a course"),
                         PF_IMPORT_MAX_FILE_SIZE / (1024 * 1024));

      _pf_fit_fail (fit, PF_IMPORT_ERROR_TOO_LARGE, message);
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

          _pf_fit_fail (fit, PF_IMPORT_ERROR_TOO_LARGE, message);
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

          _pf_fit_fail (fit, PF_IMPORT_ERROR_MALFORMED, message);
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

              _pf_fit_fail (fit, PF_IMPORT_ERROR_MALFORMED, message);
              return FALSE;
            }
          fit->last_timestamp = (fit->last_timestamp & ~0x1Fu) + time_offset
                                + (time_offset < (fit->last_timestamp & 0x1F) ? 0x20 : 0);
        }
      if (!read_data (fit, fit->message, fit->definitions[local].size))
        return FALSE;
      _pf_fit_read_data_message (fit, &fit->definitions[local], offset, compressed);
      if (fit->ctx.error != NULL)
        return FALSE;
    }

  /* The CRC of the header and the data; the stored value counted in makes it zero. */
  if (!read_bytes (fit, stored, sizeof stored))
    return FALSE;
  if (fit->crc != 0 && check_crc)
    {
      _pf_fit_fail (fit, PF_IMPORT_ERROR_MALFORMED,
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

          _pf_fit_fail (fit, PF_IMPORT_ERROR_TOO_LARGE, message);
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
