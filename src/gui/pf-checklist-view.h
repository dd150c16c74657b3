/* pf-checklist-view.h — the pre-race checklist and what to do when a cramp comes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "pf-document.h"

G_BEGIN_DECLS

#define PF_TYPE_CHECKLIST_VIEW (pf_checklist_view_get_type ())

G_DECLARE_FINAL_TYPE (PfChecklistView, pf_checklist_view, PF, CHECKLIST_VIEW, GtkWidget)

GtkWidget  *pf_checklist_view_new          (void);
PfDocument *pf_checklist_view_get_document (PfChecklistView *self);
void        pf_checklist_view_set_document (PfChecklistView *self,
                                            PfDocument      *document);
/* The Yes (@yes TRUE) or No button of @check, for tests. */
GtkToggleButton *_pf_checklist_view_get_button (PfChecklistView *self,
                                                PfCheck          check,
                                                gboolean         yes);

G_END_DECLS
