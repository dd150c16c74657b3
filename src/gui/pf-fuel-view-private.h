/* pf-fuel-view-private.h — what the UI tests and pf-shot do inside the fuel page that a user
 * does through a dialog or by looking (widgets themselves are reached as template children)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "pf-checklist-view.h"
#include "pf-product-dialog.h"
#include "pf-products-editor.h"
#include "pf-training-section.h"

G_BEGIN_DECLS

/* Imports @files as if chosen in the file chooser. */
void             _pf_training_section_import_files (PfTrainingSection *self,
                                                    GListModel        *files);
/* Opens the Add Product dialog, as its row does. */
PfProductDialog *_pf_products_editor_open_dialog   (PfProductsEditor  *self);

G_END_DECLS
