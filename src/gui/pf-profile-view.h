/* pf-profile-view.h — the Profile page: the runner's own hills, heat and fade, and their use
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pf-document-widget.h"
#include "pf-profile-store.h"

G_BEGIN_DECLS

#define PF_TYPE_PROFILE_VIEW (pf_profile_view_get_type ())

G_DECLARE_FINAL_TYPE (PfProfileView, pf_profile_view, PF, PROFILE_VIEW, PfDocumentWidget)

PfProfileStore *pf_profile_view_get_store (PfProfileView  *self);
void            pf_profile_view_set_store (PfProfileView  *self,
                                           PfProfileStore *store);

G_END_DECLS
