/* pf-file-write.c — writing a file whole or not at all
 *
 * Every file Pacefuel writes goes through pf_file_write_atomic: plans, the product catalog,
 * the window's autosave, every export. GLib's g_file_replace_contents was not enough: on a
 * full disk it left the target cut short (and a second failed save emptied it and put the
 * fragment in the backup), and a killed save left ".goutputstream-XXXXXX" files that nothing
 * removes.
 *
 * The new contents go to ".NAME.pacefuel-XXXXXX" in the target's own folder (a rename cannot
 * cross file systems), are written whole and synced; only then is the version being replaced
 * given a second name, the temporary renamed over the target, that second name renamed to the
 * backup "NAME~", and the folder synced. Until the rename nothing the user sees has changed, so
 * on any failure the target and its backup are as they were, and the temporary is removed.
 *
 * A writer holds a lock (flock) on its temporary file until it is renamed; the kernel releases
 * it when the process dies. So the next save of the same file removes the temporaries a killed
 * writer left — the ones it can lock — and never those of a live writer, nor any other file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-file-write"

#include "config.h"

#include "pf-file-write.h"
#include "pf-file-write-private.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

/* A long name is cut in the temporary's name, which must stay within NAME_MAX (255 bytes)
 * with the dot, the infix, the six random characters and the "~". */
#define TEMP_BASE_MAX 200
#define TEMP_RANDOM_LENGTH 6

/* What a step failed at, for a message that says what happened rather than only errno. */
typedef enum
{
  STEP_CREATE,
  STEP_WRITE,
  STEP_BACKUP,
  STEP_REPLACE,
} Step;

static gssize fail_after = -1;

void
_pf_file_write_fail_after (gssize n_bytes)
{
  fail_after = n_bytes;
}

static gboolean
set_errno_error (GError **error,
                 int      saved_errno,
                 Step     step)
{
  const char *why = g_strerror (saved_errno);
  int code = g_io_error_from_errno (saved_errno);

  switch (saved_errno)
    {
    case ENOSPC:
      g_set_error (error, G_IO_ERROR, code, _("the disk is full (%s)"), why);
      return FALSE;
#ifdef EDQUOT
    case EDQUOT:
      g_set_error (error, G_IO_ERROR, code, _("the disk quota is used up (%s)"), why);
      return FALSE;
#endif
    case EROFS:
      g_set_error (error, G_IO_ERROR, code, _("the folder is read-only (%s)"), why);
      return FALSE;
    case EACCES:
    case EPERM:
      if (step == STEP_CREATE)
        g_set_error (error, G_IO_ERROR, code, _("the folder is read-only (%s)"), why);
      else if (step == STEP_REPLACE)
        g_set_error (error, G_IO_ERROR, code, _("the folder does not let it be replaced (%s)"),
                     why);
      else
        break;
      return FALSE;
    case ENOENT:
    case ENOTDIR:
      if (step != STEP_CREATE)
        break;
      g_set_error (error, G_IO_ERROR, code, _("its folder does not exist (%s)"), why);
      return FALSE;
    default:
      break;
    }

  if (step == STEP_BACKUP)
    g_set_error (error, G_IO_ERROR, code,
                 _("the version it replaces could not be kept as a backup (%s)"), why);
  else
    g_set_error_literal (error, G_IO_ERROR, code, why);
  return FALSE;
}

/* A link stays a link: the file it points to is replaced, as text editors do. A link to
 * nowhere is replaced by the file. */
static char *
resolve_target (const char *path)
{
  GStatBuf st;
  char *real;
  char *resolved;

  if (g_lstat (path, &st) != 0 || !S_ISLNK (st.st_mode))
    return g_strdup (path);
  real = realpath (path, NULL);
  if (real == NULL)
    return g_strdup (path);
  resolved = g_strdup (real);
  free (real);
  return resolved;
}

static gboolean
is_our_temporary (const char *name,
                  const char *prefix)
{
  gsize n = strlen (prefix);

  if (strncmp (name, prefix, n) != 0)
    return FALSE;
  name += n;
  for (guint i = 0; i < TEMP_RANDOM_LENGTH; i++)
    if (!g_ascii_isalnum (name[i]))
      return FALSE;
  name += TEMP_RANDOM_LENGTH;
  return name[0] == '\0' || (name[0] == '~' && name[1] == '\0');
}

/* Removes what a killed save of the same target left: its temporary (prefix + 6 characters)
 * and the second name of the version it was replacing (the same with "~"). Only regular files
 * that nobody holds locked — a live writer holds its own. */
static void
remove_stale_temporaries (const char *folder,
                          const char *prefix)
{
  DIR *dir = opendir (folder);
  struct dirent *entry;

  if (dir == NULL)
    return;
  while ((entry = readdir (dir)) != NULL)
    {
      struct stat st;
      int fd;

      if (!is_our_temporary (entry->d_name, prefix))
        continue;
      fd = openat (dirfd (dir), entry->d_name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
      if (fd < 0)
        continue;
      if (fstat (fd, &st) == 0 && S_ISREG (st.st_mode) && flock (fd, LOCK_EX | LOCK_NB) == 0
          && unlinkat (dirfd (dir), entry->d_name, 0) == 0)
        g_debug ("Removed %s/%s, left by a save that did not finish", folder, entry->d_name);
      close (fd);
    }
  closedir (dir);
}

/* Writes everything, or returns FALSE with errno set. @limit (-1: none) is the test hook's
 * full disk. */
static gboolean
write_all (int         fd,
           const char *data,
           gsize       length,
           gssize      limit)
{
  gsize done = 0;

  while (done < length)
    {
      gsize chunk = MIN (length - done, (gsize) 1 << 20);
      gssize n;

      if (limit >= 0 && done + chunk > (gsize) limit)
        {
          if (done >= (gsize) limit)
            {
              errno = ENOSPC;
              return FALSE;
            }
          chunk = (gsize) limit - done;
        }
      n = write (fd, data + done, chunk);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return FALSE;
      done += (gsize) n;
    }

  return TRUE;
}

/* Some file systems cannot sync (EINVAL): what they hold is as safe as they make it. */
static gboolean
sync_fd (int fd)
{
  return fsync (fd) == 0 || errno == EINVAL;
}

/* Where links are not supported (FAT, some network shares), the version being replaced is
 * copied to its second name instead. */
static gboolean
copy_old_version (const char     *target,
                  const char     *backup_temp,
                  const GStatBuf *old)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  gboolean ok;
  int saved_errno;
  int fd;

  if (!g_file_get_contents (target, &contents, &length, NULL))
    {
      errno = EIO;
      return FALSE;
    }
  fd = open (backup_temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0)
    return FALSE;
  (void) flock (fd, LOCK_EX | LOCK_NB);
  ok = write_all (fd, contents, length, -1) && fchmod (fd, old->st_mode & 07777) == 0
       && sync_fd (fd);
  saved_errno = errno;
  close (fd);
  errno = saved_errno;
  return ok;
}

/* The version being replaced gets a second name beside it, which becomes the backup only once
 * the new version is in place, so a failure never touches the old backup. A hard link costs
 * neither space (it works on a full disk) nor time. */
static gboolean
keep_old_version (const char     *target,
                  const char     *backup_temp,
                  const GStatBuf *old)
{
  if (link (target, backup_temp) == 0)
    return TRUE;
  if (errno == EEXIST || errno == ENOSPC || errno == EROFS)
    return FALSE;
  return copy_old_version (target, backup_temp, old);
}

static void
sync_folder (const char *folder)
{
  int fd = open (folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

  /* The rename is on disk only once the folder is. The new version is complete either way, so
   * a folder that cannot be synced is no reason to report a failure. */
  if (fd < 0)
    return;
  if (fsync (fd) != 0)
    g_debug ("Could not sync %s: %s", folder, g_strerror (errno));
  close (fd);
}

/**
 * pf_file_write_atomic:
 * @file: the file to write
 * @data: (array length=length): its new contents
 * @length: their size in bytes
 * @flags: whether to keep the version replaced as "NAME~", whether only its owner may read it
 * @cancellable: (nullable): cancels the save until the new version replaces the old
 * @error: why it failed: a reason to follow the file's name ("the disk is full (…)")
 *
 * Writes @file whole or not at all (see the top of this file). A file that already exists
 * keeps its permissions; a link keeps pointing at the file it names. A folder or a special
 * file (a FIFO, a device) is never replaced.
 *
 * Returns: whether @file now holds @data; if not, @file and its backup are as they were.
 */
gboolean
pf_file_write_atomic (GFile             *file,
                      const void        *data,
                      gsize              length,
                      PfFileWriteFlags   flags,
                      GCancellable      *cancellable,
                      GError           **error)
{
  g_autofree char *path = NULL;
  g_autofree char *target = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *base = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *temp = NULL;
  g_autofree char *backup_temp = NULL;
  GStatBuf old;
  gboolean exists;
  gboolean ok = FALSE;
  int fd = -1;
  int old_fd = -1;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  path = g_file_get_path (file);
  if (path == NULL)
    {
      /* A file without a local path (a remote folder through GVfs) can only be written
       * through GIO, with the guarantees its backend gives. */
      return g_file_replace_contents (file, data, length, NULL,
                                      (flags & PF_FILE_WRITE_BACKUP) != 0,
                                      (flags & PF_FILE_WRITE_PRIVATE) != 0
                                        ? G_FILE_CREATE_PRIVATE : G_FILE_CREATE_NONE,
                                      NULL, cancellable, error);
    }

  target = resolve_target (path);
  exists = g_stat (target, &old) == 0;
  if (!exists && errno != ENOENT)
    return set_errno_error (error, errno, STEP_CREATE);
  if (exists && S_ISDIR (old.st_mode))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY, _("it is a folder"));
      return FALSE;
    }
  if (exists && !S_ISREG (old.st_mode))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                           _("it is not a regular file (a device, a pipe or a socket)"));
      return FALSE;
    }

  folder = g_path_get_dirname (target);
  base = g_path_get_basename (target);
  if (strlen (base) > TEMP_BASE_MAX)
    base[TEMP_BASE_MAX] = '\0';
  prefix = g_strconcat (".", base, PF_FILE_WRITE_TEMP_INFIX, NULL);
  remove_stale_temporaries (folder, prefix);

  temp = g_strconcat (folder, G_DIR_SEPARATOR_S, prefix, "XXXXXX", NULL);
  fd = g_mkstemp_full (temp, O_WRONLY | O_CLOEXEC,
                       (flags & PF_FILE_WRITE_PRIVATE) != 0 ? 0600 : 0666);
  if (fd < 0)
    {
      set_errno_error (error, errno, STEP_CREATE);
      g_clear_pointer (&temp, g_free);
      goto out;
    }
  /* Held until the temporary has become the target: the sign that a live writer owns it. */
  (void) flock (fd, LOCK_EX | LOCK_NB);

  if (exists)
    {
      GStatBuf mine;

      /* The new version is the same file to its owner and to everyone else. A file of another
       * user in one's own folder becomes one's own, as with any editor. */
      if ((flags & PF_FILE_WRITE_PRIVATE) == 0 && fchmod (fd, old.st_mode & 07777) != 0)
        g_debug ("Could not keep the permissions of %s: %s", target, g_strerror (errno));
      if (fstat (fd, &mine) == 0 && (mine.st_uid != old.st_uid || mine.st_gid != old.st_gid)
          && fchown (fd, old.st_uid, old.st_gid) != 0)
        g_debug ("Could not keep the owner of %s: %s", target, g_strerror (errno));
    }

  if (!write_all (fd, data, length, fail_after) || !sync_fd (fd))
    {
      set_errno_error (error, errno, STEP_WRITE);
      goto out;
    }
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    goto out;

  if (exists && (flags & PF_FILE_WRITE_BACKUP) != 0)
    {
      backup_temp = g_strconcat (temp, "~", NULL);
      /* The second name is born locked (a lock belongs to the file, whatever its name), so no
       * other save takes it for a dead writer's. */
      old_fd = open (target, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
      if (old_fd >= 0)
        (void) flock (old_fd, LOCK_EX | LOCK_NB);
      if (!keep_old_version (target, backup_temp, &old))
        {
          int saved_errno = errno;

          if (saved_errno == EEXIST)
            g_clear_pointer (&backup_temp, g_free);
          set_errno_error (error, saved_errno, STEP_BACKUP);
          goto out;
        }
    }

  if (rename (temp, target) != 0)
    {
      set_errno_error (error, errno, STEP_REPLACE);
      goto out;
    }
  g_clear_pointer (&temp, g_free);

  if (backup_temp != NULL)
    {
      g_autofree char *backup = g_strconcat (target, "~", NULL);

      /* The new version is in place whatever happens here; at worst the backup is the older
       * one, never a broken one. */
      if (rename (backup_temp, backup) == 0)
        g_clear_pointer (&backup_temp, g_free);
      else
        g_debug ("Could not keep the previous version as %s: %s", backup, g_strerror (errno));
    }

  sync_folder (folder);
  ok = TRUE;

out:
  /* Removed before their descriptors close, so they are never seen unlocked. */
  if (temp != NULL)
    (void) g_unlink (temp);
  if (backup_temp != NULL)
    (void) g_unlink (backup_temp);
  if (fd >= 0)
    close (fd);
  if (old_fd >= 0)
    close (old_fd);
  return ok;
}
