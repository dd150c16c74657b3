/* pf-splits-view.h — the plan's splits as a sortable, copyable table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pf-document-widget.h"

G_BEGIN_DECLS

#define PF_TYPE_SPLITS_VIEW (pf_splits_view_get_type ())

G_DECLARE_FINAL_TYPE (PfSplitsView, pf_splits_view, PF, SPLITS_VIEW, PfDocumentWidget)

GtkWidget    *pf_splits_view_new       (void);
GListModel   *pf_splits_view_get_model (PfSplitsView *self);
char         *pf_splits_view_to_text   (PfSplitsView *self);
void          pf_splits_view_set_highlight (PfSplitsView *self,
                                            double        from_m,
                                            double        to_m);
GtkSelectionModel *pf_splits_view_get_selection (PfSplitsView *self);

G_END_DECLS
