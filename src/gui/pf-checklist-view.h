/* pf-checklist-view.h — the pre-race checklist and what to do when a cramp comes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pf-document-widget.h"

G_BEGIN_DECLS

#define PF_TYPE_CHECKLIST_VIEW (pf_checklist_view_get_type ())

G_DECLARE_FINAL_TYPE (PfChecklistView, pf_checklist_view, PF, CHECKLIST_VIEW, PfDocumentWidget)

GtkWidget  *pf_checklist_view_new          (void);
/* The Yes (@yes TRUE) or No button of @check, for tests. */
GtkToggleButton *_pf_checklist_view_get_button (PfChecklistView *self,
                                                PfCheck          check,
                                                gboolean         yes);

G_END_DECLS
