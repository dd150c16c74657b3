/* pf-file-write-private.h — what tests drive in pf-file-write.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Makes every following write fail as a full disk would once @n_bytes of the temporary file
 * are written (-1: never), so the failure path is tested on any file system. */
void _pf_file_write_fail_after (gssize n_bytes);

G_END_DECLS
