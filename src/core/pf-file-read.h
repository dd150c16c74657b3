/* pf-file-read.h — opening and reading files from outside: regular files only, never more
 * than a cap, and named when they are something else
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Errors are in G_IO_ERROR and read "NAME: problem", NAME being @display_name:
 *   G_IO_ERROR_NOT_FOUND, _IS_DIRECTORY, _PERMISSION_DENIED  as GIO says, in plain words
 *   G_IO_ERROR_NOT_REGULAR_FILE  a named pipe, a device or a socket ("not a regular file (a
 *                                named pipe)"), refused without blocking or reading a byte
 *   G_IO_ERROR_MESSAGE_TOO_LARGE more than the cap (pf_file_read_bounded only)
 *   anything else                GIO's own error, its message after NAME
 *
 * pf_file_sniff: what a file's first bytes say it is when it is not a course or a plan
 * (compressed, FIT, UTF-32…), a sentence to put after "NAME: "; free it. NULL: nothing. */

GInputStream *pf_file_open_regular (GFile         *file,
                                    const char    *display_name,
                                    goffset       *size,
                                    GCancellable  *cancellable,
                                    GError       **error);
GBytes       *pf_file_read_bounded (GFile         *file,
                                    const char    *display_name,
                                    gsize          cap,
                                    GCancellable  *cancellable,
                                    GError       **error);
char         *pf_file_sniff        (const void    *head,
                                    gsize          length);

G_END_DECLS
