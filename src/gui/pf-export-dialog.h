/* pf-export-dialog.h — Export…: what to write and on which paper, before the file name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "report/pf-report.h"

G_BEGIN_DECLS

/* In the order of the dialog's format row. */
typedef enum
{
  PF_EXPORT_PLAN_PDF,
  PF_EXPORT_PACE_BAND_PDF,
  PF_EXPORT_SPLITS_CSV,
  PF_EXPORT_SCHEDULE_CSV,
  PF_EXPORT_TIMED_GPX,
} PfExportFormat;

#define PF_TYPE_EXPORT_DIALOG (pf_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PfExportDialog, pf_export_dialog, PF, EXPORT_DIALOG, AdwMessageDialog)

GtkWidget      *pf_export_dialog_new            (GtkWindow      *parent,
                                                 PfExportFormat  format,
                                                 PfPaper         paper);
PfExportFormat  pf_export_dialog_get_format     (PfExportDialog *self);
void            pf_export_dialog_set_format     (PfExportDialog *self,
                                                 PfExportFormat  format);
PfPaper         pf_export_dialog_get_paper      (PfExportDialog *self);
void            pf_export_dialog_set_paper      (PfExportDialog *self,
                                                 PfPaper         paper);

const char     *pf_export_format_get_label      (PfExportFormat  format);
const char     *pf_export_format_get_suffix     (PfExportFormat  format);
const char     *pf_export_format_get_mime_type  (PfExportFormat  format);
gboolean        pf_export_format_is_printed     (PfExportFormat  format);

G_END_DECLS
