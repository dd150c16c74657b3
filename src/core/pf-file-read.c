/* pf-file-read.c — opening and reading files from outside: regular files only, never more
 * than a cap, and named when they are something else
 *
 * Every file the app or the CLI reads from outside (courses, plans, recorded runs, the
 * product catalog) comes through here. A size check alone is not enough: a named pipe
 * blocks the open until someone writes to it, and a link to /dev/zero or /dev/urandom says
 * its size is 0 and never ends. So the file's type is looked at before it is opened (a
 * device is never opened at all), it is opened without blocking and looked at again (it
 * may have been replaced meanwhile), and it is read up to a cap, whatever its size says.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-file-read"

#include "config.h"

#include "pf-file-read.h"

#include <errno.h>
#include <fcntl.h>
#include <gio/gunixinputstream.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define READ_CHUNK (64 * 1024)

static gpointer
fail (GError     **error,
      GIOErrorEnum code,
      const char  *display_name,
      const char  *reason)
{
  g_set_error (error, G_IO_ERROR, code, "%s: %s", display_name, reason);
  return NULL;
}

/* GIO's messages repeat the path; say just what is wrong. */
static gpointer
fail_with (GError     **error,
           GIOErrorEnum code,
           const char  *display_name,
           const char  *detail)
{
  switch (code)
    {
    case G_IO_ERROR_NOT_FOUND:
      return fail (error, code, display_name, _("no such file"));
    case G_IO_ERROR_IS_DIRECTORY:
      return fail (error, code, display_name, _("this is a folder, not a file"));
    case G_IO_ERROR_PERMISSION_DENIED:
      return fail (error, code, display_name, _("permission denied"));
    default:
      return fail (error, code, display_name, detail);
    }
}

static gpointer
fail_errno (GError     **error,
            int          saved_errno,
            const char  *display_name)
{
  GIOErrorEnum code = g_io_error_from_errno (saved_errno);

  /* A path through something that is not a folder: no such file either. */
  if (saved_errno == ENOTDIR)
    code = G_IO_ERROR_NOT_FOUND;
  return fail_with (error, code, display_name, g_strerror (saved_errno));
}

static gpointer
fail_not_regular (GError     **error,
                  guint32      mode,
                  const char  *display_name)
{
  const char *reason;

  if (S_ISDIR (mode))
    return fail_with (error, G_IO_ERROR_IS_DIRECTORY, display_name, NULL);
  if (S_ISFIFO (mode))
    reason = _("not a regular file (a named pipe)");
  else if (S_ISCHR (mode))
    reason = _("not a regular file (a character device)");
  else if (S_ISBLK (mode))
    reason = _("not a regular file (a block device)");
  else if (S_ISSOCK (mode))
    reason = _("not a regular file (a socket)");
  else
    reason = _("not a regular file");
  return fail (error, G_IO_ERROR_NOT_REGULAR_FILE, display_name, reason);
}

static GInputStream *
open_local (const char  *path,
            const char  *display_name,
            goffset     *size,
            GError     **error)
{
  GStatBuf st;
  int fd, flags;

  /* Looked at first, following links: a device is never opened (opening one can do
   * things), a socket cannot be. */
  if (g_stat (path, &st) != 0)
    return fail_errno (error, errno, display_name);
  if (!S_ISREG (st.st_mode))
    return fail_not_regular (error, st.st_mode, display_name);

  /* Without blocking, should a named pipe have taken its place meanwhile; then looked at
   * again, as what was opened. */
  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0);
  if (fd < 0)
    return fail_errno (error, errno, display_name);
  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    {
      int saved_errno = errno;
      guint32 mode = st.st_mode;

      close (fd);
      return !S_ISREG (mode) ? fail_not_regular (error, mode, display_name)
                             : fail_errno (error, saved_errno, display_name);
    }
  flags = fcntl (fd, F_GETFL);
  if (flags != -1)
    fcntl (fd, F_SETFL, flags & ~O_NONBLOCK);

  *size = st.st_size;
  return g_unix_input_stream_new (fd, TRUE);
}

/* A file behind GVfs (or a portal): only its type can be asked before it is opened. */
static GInputStream *
open_other (GFile         *file,
            const char    *display_name,
            goffset       *size,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GFileInfo) info = NULL;
  GFileInputStream *stream;
  GFileType type;

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                            G_FILE_ATTRIBUTE_UNIX_MODE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info == NULL)
    return fail_with (error, local_error->code, display_name, local_error->message);

  type = g_file_info_get_file_type (info);
  if (type == G_FILE_TYPE_DIRECTORY)
    return fail_with (error, G_IO_ERROR_IS_DIRECTORY, display_name, NULL);
  if (type != G_FILE_TYPE_REGULAR && type != G_FILE_TYPE_UNKNOWN)
    return fail_not_regular (error,
                             g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_UNIX_MODE),
                             display_name);

  stream = g_file_read (file, cancellable, &local_error);
  if (stream == NULL)
    return fail_with (error, local_error->code, display_name, local_error->message);

  *size = g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_SIZE)
          ? g_file_info_get_size (info) : 0;
  return G_INPUT_STREAM (stream);
}

/* Opens @file for reading when it is a regular file (after following links), without ever
 * blocking on it; @size is what the file system says its size is (0 when it does not
 * know), which the caller may refuse before reading. Errors: see pf-file-read.h. */
GInputStream *
pf_file_open_regular (GFile         *file,
                      const char    *display_name,
                      goffset       *size,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autofree char *path = NULL;
  goffset unused;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (size == NULL)
    size = &unused;
  *size = 0;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  path = g_file_get_path (file);
  if (path != NULL)
    return open_local (path, display_name, size, error);
  return open_other (file, display_name, size, cancellable, error);
}

static gpointer
fail_too_large (GError    **error,
                const char *display_name,
                gsize       cap)
{
  g_autofree char *reason =
    g_strdup_printf (_("larger than %u MB"), (guint) ((cap + 1024 * 1024 - 1) / (1024 * 1024)));

  return fail (error, G_IO_ERROR_MESSAGE_TOO_LARGE, display_name, reason);
}

/* The whole of @file, when it is a regular file of at most @cap bytes: refused on its size
 * when the file system knows it, and in any case after @cap + 1 bytes, whatever the size
 * said. Errors: see pf-file-read.h. */
GBytes *
pf_file_read_bounded (GFile         *file,
                      const char    *display_name,
                      gsize          cap,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GByteArray) data = NULL;
  goffset size = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (cap < G_MAXSIZE, NULL);

  stream = pf_file_open_regular (file, display_name, &size, cancellable, error);
  if (stream == NULL)
    return NULL;
  if (size > 0 && (guint64) size > cap)
    return fail_too_large (error, display_name, cap);

  /* The size is a hint only: a file may grow while it is read. */
  data = g_byte_array_sized_new ((guint) MIN ((gsize) MAX (size, 0), cap) + 1);
  for (;;)
    {
      g_autoptr(GError) local_error = NULL;
      gsize before = data->len;
      gsize want = MIN ((gsize) READ_CHUNK, cap + 1 - before);
      gssize n;

      g_byte_array_set_size (data, (guint) (before + want));
      n = g_input_stream_read (stream, data->data + before, want, cancellable, &local_error);
      if (n < 0)
        {
          if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return NULL;
            }
          return fail_with (error, local_error->code, display_name, local_error->message);
        }
      g_byte_array_set_size (data, (guint) (before + (gsize) n));
      if (data->len > cap)
        return fail_too_large (error, display_name, cap);
      if (n == 0)
        break;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

static gboolean
starts_with (const guint8 *head,
             gsize         length,
             gsize         offset,
             const char   *magic,
             gsize         magic_length)
{
  return length >= offset + magic_length && memcmp (head + offset, magic, magic_length) == 0;
}

static char *
compressed (const char *format)
{
  /* Translators: %s names a compression format: gzip, zip, bzip2, xz, zstd, 7z */
  return g_strdup_printf (_("a compressed file (%s); decompress it first"), format);
}

/* What a file is when its first bytes say it is a format Pacefuel does not read as a
 * course or a plan — compressed, a FIT recording given as a plan (the importer reads it before
 * it would ask), text in an encoding libxml2 cannot
 * detect, a PDF, an image: a sentence to follow "NAME: ", saying what to do. NULL when the
 * first bytes say nothing (XML, JSON, text). @head holds the file's first bytes: 16 are
 * enough. */
char *
pf_file_sniff (const void *head,
               gsize       length)
{
  const guint8 *h = head;

  g_return_val_if_fail (head != NULL || length == 0, NULL);

  if (starts_with (h, length, 0, "\x1f\x8b", 2))
    return compressed ("gzip");
  if (starts_with (h, length, 0, "PK\x03\x04", 4) || starts_with (h, length, 0, "PK\x05\x06", 4))
    return compressed ("zip");
  if (starts_with (h, length, 0, "BZh", 3) && length > 3 && h[3] >= '1' && h[3] <= '9')
    return compressed ("bzip2");
  if (starts_with (h, length, 0, "\xfd" "7zXZ\0", 6))
    return compressed ("xz");
  if (starts_with (h, length, 0, "\x28\xb5\x2f\xfd", 4))
    return compressed ("zstd");
  if (starts_with (h, length, 0, "7z\xbc\xaf\x27\x1c", 6))
    return compressed ("7z");
  /* A FIT file's header is 12 or 14 bytes long and holds ".FIT" at byte 8. */
  if ((length > 0 && (h[0] == 12 || h[0] == 14)) && starts_with (h, length, 8, ".FIT", 4))
    return g_strdup (_("a FIT file (a watch's recording or course), not a plan: open it as a "
                       "course or import it as a run"));
  /* UTF-32 with its byte-order mark, or "<" and three zero bytes. */
  if (starts_with (h, length, 0, "\xff\xfe\0\0", 4) || starts_with (h, length, 0, "\0\0\xfe\xff", 4)
      || starts_with (h, length, 0, "<\0\0\0", 4) || starts_with (h, length, 0, "\0\0\0<", 4))
    return g_strdup (_("a text in UTF-32, which Pacefuel cannot read: save it as UTF-8"));
  /* UTF-16 without its byte-order mark nor an XML declaration (libxml2 reads "<?" in
   * UTF-16): "<" then zeros between the characters. */
  if ((length >= 4 && h[0] == '<' && h[1] == 0 && h[2] != 0 && h[2] != '?' && h[3] == 0)
      || (length >= 4 && h[0] == 0 && h[1] == '<' && h[2] == 0 && h[3] != 0 && h[3] != '?'))
    return g_strdup (_("a text in UTF-16 without a byte-order mark, which Pacefuel cannot read: "
                       "save it as UTF-8"));
  if (starts_with (h, length, 0, "%PDF-", 5))
    return g_strdup (_("a PDF document, not a course or a plan"));
  if (starts_with (h, length, 0, "\x89PNG", 4) || starts_with (h, length, 0, "\xff\xd8\xff", 3)
      || starts_with (h, length, 0, "GIF8", 4))
    return g_strdup (_("an image, not a course or a plan"));

  return NULL;
}
