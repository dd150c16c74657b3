/* pf-import.h — read GPX 1.0/1.1, TCX v2 and FIT course files and recorded runs into a PfTrack
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "pf-track.h"

G_BEGIN_DECLS

#define PF_IMPORT_ERROR (pf_import_error_quark ())

typedef enum
{
  PF_IMPORT_ERROR_OPEN,           /* the file could not be read */
  PF_IMPORT_ERROR_MALFORMED,      /* not well-formed XML; a damaged or cut FIT file */
  PF_IMPORT_ERROR_UNKNOWN_FORMAT, /* well-formed, but neither GPX nor TCX */
  PF_IMPORT_ERROR_TOO_FEW_POINTS, /* fewer than two usable positions */
  PF_IMPORT_ERROR_TOO_LARGE,      /* beyond the documented limits */
} PfImportError;

/* Documented limits: far beyond any real course (a 330 km ultra is 4 MB and 37 000 points,
 * a day-long 1 Hz recording 86 000 points), low enough that an absurd file is refused
 * quickly and never exhausts memory. */
#define PF_IMPORT_MAX_FILE_SIZE (256 * 1024 * 1024)
#define PF_IMPORT_MAX_POINTS    2000000
/* The text of one element (a name, a description, a number) in bytes: a waypoint's
 * description runs to a few hundred, a route's to a few thousand. Plan documents keep the
 * same limits for their course and their texts. */
#define PF_IMPORT_MAX_TEXT_LENGTH (64 * 1024)
/* FIT: the messages of all chained files together (a day at one record a second is about
 * 90 000; every point is one, and a file of more points is refused anyway), the laps and
 * sessions (and course points) of one file, and the FIT files chained in one. */
#define PF_IMPORT_FIT_MAX_MESSAGES 10000000
#define PF_IMPORT_FIT_MAX_LAPS     10000
#define PF_IMPORT_FIT_MAX_FILES    64

/* Every error message reads "NAME:LINE: problem" (or "NAME: problem" when no line applies),
 * NAME being @display_name, the path as given, or the file's basename. */

GQuark   pf_import_error_quark (void);
PfTrack *pf_import_path        (const char    *path,
                                GError       **error);
PfTrack *pf_import_file        (GFile         *file,
                                GCancellable  *cancellable,
                                GError       **error);
PfTrack *pf_import_stream      (GInputStream  *stream,
                                const char    *display_name,
                                GCancellable  *cancellable,
                                GError       **error);
PfTrack *pf_import_bytes       (GBytes        *bytes,
                                const char    *display_name,
                                GError       **error);

/* The FIT protocol's CRC-16 of @length bytes, continued from @crc (0 to start). */
guint16  pf_fit_crc            (guint16        crc,
                                const guint8  *data,
                                gsize          length);

G_END_DECLS
