/* pf-export.h — every file a plan can be exported to, written one way for the window and the CLI
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "core/pf-plan.h"
#include "pf-report.h"
#include "pf-units.h"

G_BEGIN_DECLS

/* In the order of the Export… dialog's format row and of pacefuel-cli export's writing. */
typedef enum
{
  PF_EXPORT_RACE_SHEET_PDF,
  PF_EXPORT_RACE_CARD_PDF,
  PF_EXPORT_PLAN_PDF,
  PF_EXPORT_PACE_BAND_PDF,
  PF_EXPORT_SPLITS_CSV,
  PF_EXPORT_SCHEDULE_CSV,
  PF_EXPORT_TIMED_GPX,
  PF_EXPORT_FIT_COURSE,
  PF_EXPORT_TCX_COURSE,
} PfExportFormat;

#define PF_N_EXPORT_FORMATS (PF_EXPORT_TCX_COURSE + 1)

const char *pf_export_format_get_label     (PfExportFormat  format);
const char *pf_export_format_get_suffix    (PfExportFormat  format);
const char *pf_export_format_get_mime_type (PfExportFormat  format);
gboolean    pf_export_format_is_printed    (PfExportFormat  format);

char       *pf_export_file_name            (const char     *title,
                                            const char     *suffix);
char       *pf_export_file_name_for        (const char     *athlete,
                                            const char     *title,
                                            const char     *suffix);

gboolean    pf_export_replace_contents     (GFile          *file,
                                            const char     *data,
                                            gsize           length,
                                            GError        **error);

gboolean    pf_export_write                (const PfPlan   *plan,
                                            PfExportFormat  format,
                                            const char     *title,
                                            PfUnitSystem    units,
                                            PfPaper         paper,
                                            GFile          *file,
                                            GError        **error);

G_END_DECLS
