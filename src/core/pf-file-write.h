/* pf-file-write.h — the one way Pacefuel writes a file: whole or not at all
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  PF_FILE_WRITE_NONE    = 0,
  PF_FILE_WRITE_BACKUP  = 1 << 0,  /* keep the version replaced as "NAME~" */
  PF_FILE_WRITE_PRIVATE = 1 << 1,  /* readable by its owner only */
} PfFileWriteFlags;

/* What the temporary files are called, ".NAME" PF_FILE_WRITE_TEMP_INFIX "XXXXXX": a crashed
 * save's leftovers are recognised by it, and only those are ever removed. */
#define PF_FILE_WRITE_TEMP_INFIX ".pacefuel-"

gboolean pf_file_write_atomic (GFile             *file,
                               const void        *data,
                               gsize              length,
                               PfFileWriteFlags   flags,
                               GCancellable      *cancellable,
                               GError           **error);

G_END_DECLS
