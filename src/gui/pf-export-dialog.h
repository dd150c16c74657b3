/* pf-export-dialog.h — Export…: what to write and on which paper, before the file name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "report/pf-export.h"

G_BEGIN_DECLS

#define PF_TYPE_EXPORT_DIALOG (pf_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PfExportDialog, pf_export_dialog, PF, EXPORT_DIALOG, AdwMessageDialog)

/* One bit per PfExportFormat, for the formats ticked. */
#define PF_EXPORT_FORMAT_BIT(format) (1u << (format))

GtkWidget      *pf_export_dialog_new            (GtkWindow      *parent,
                                                 guint           formats,
                                                 PfPaper         paper);
guint           pf_export_dialog_get_formats    (PfExportDialog *self);
void            pf_export_dialog_set_formats    (PfExportDialog *self,
                                                 guint           formats);
GtkCheckButton *pf_export_dialog_get_check      (PfExportDialog *self,
                                                 PfExportFormat  format);
PfPaper         pf_export_dialog_get_paper      (PfExportDialog *self);
void            pf_export_dialog_set_paper      (PfExportDialog *self,
                                                 PfPaper         paper);

G_END_DECLS
