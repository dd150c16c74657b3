/* pf-checklist.h — the pre-race checklist and what to do when a cramp comes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "pf-document.h"

G_BEGIN_DECLS

#define PF_TYPE_CHECKLIST (pf_checklist_get_type ())

G_DECLARE_FINAL_TYPE (PfChecklist, pf_checklist, PF, CHECKLIST, GtkWidget)

GtkWidget  *pf_checklist_new          (void);
PfDocument *pf_checklist_get_document (PfChecklist *self);
void        pf_checklist_set_document (PfChecklist *self,
                                       PfDocument  *document);
/* The Yes (@yes TRUE) or No button of @check, for tests. */
GtkToggleButton *_pf_checklist_get_button (PfChecklist *self,
                                           PfCheck      check,
                                           gboolean     yes);

G_END_DECLS
