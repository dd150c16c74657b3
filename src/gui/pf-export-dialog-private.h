/* pf-export-dialog-private.h — what the UI tests reach inside Export…
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pf-export-dialog.h"

G_BEGIN_DECLS

AdwComboRow *_pf_export_dialog_get_paper_row (PfExportDialog *self);

G_END_DECLS
