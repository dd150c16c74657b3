/* pf-plan-file.h — the *.pacefuel plan document (JSON)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "pf-plan-inputs.h"

G_BEGIN_DECLS

#define PF_PLAN_FILE_ERROR (pf_plan_file_error_quark ())

/* Bump when the document changes shape; older readers refuse newer files. */
#define PF_PLAN_FILE_VERSION 1
#define PF_PLAN_FILE_MIME_TYPE "application/x-pacefuel+json"

/* Limits (docs/performance.md): a plan file is at most 256 MB, and is refused before it is
 * parsed when it holds more JSON values than a course at the importer's point limit needs
 * (five a point) or nests deeper than PF_JSON_MAX_DEPTH; its course keeps the importer's
 * limits on points, waypoints and texts (PF_IMPORT_MAX_*). */
#define PF_PLAN_FILE_MAX_SIZE   (256 * 1024 * 1024)
#define PF_PLAN_FILE_MAX_VALUES 12000000

typedef enum
{
  PF_PLAN_FILE_ERROR_CORRUPT,   /* not JSON, or JSON that is not a plan */
  PF_PLAN_FILE_ERROR_NEWER,     /* written by a newer Pacefuel */
  PF_PLAN_FILE_ERROR_IO,        /* could not be read or written */
  PF_PLAN_FILE_ERROR_INVALID,   /* a value out of the range the editors and the CLI take */
} PfPlanFileError;

GQuark   pf_plan_file_error_quark (void);
gboolean pf_plan_file_is_plan_name (const char        *name);
GFile   *pf_plan_file_backed_up   (GFile              *file);
char    *pf_plan_file_to_data     (const PfPlanInputs *inputs,
                                   gsize              *length);
gboolean pf_plan_file_from_data   (const char         *data,
                                   gsize               length,
                                   const char         *display_name,
                                   PfPlanInputs       *inputs,
                                   GError            **error);
gboolean pf_plan_file_save        (const PfPlanInputs *inputs,
                                   GFile              *file,
                                   GCancellable       *cancellable,
                                   GError            **error);
gboolean pf_plan_file_load        (GFile              *file,
                                   PfPlanInputs       *inputs,
                                   GCancellable       *cancellable,
                                   GError            **error);

G_END_DECLS
