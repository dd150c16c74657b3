/* pf-window.h — the main window: one course document, its summary and profile
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "pf-document.h"
#include "pf-products-catalog.h"
#include "pf-profile-store.h"

G_BEGIN_DECLS

#define PF_TYPE_WINDOW (pf_window_get_type ())

G_DECLARE_FINAL_TYPE (PfWindow, pf_window, PF, WINDOW, AdwApplicationWindow)

PfWindow   *pf_window_new          (GtkApplication *application,
                                    GSettings      *settings);
PfDocument *pf_window_get_document (PfWindow       *self);
void        pf_window_open         (PfWindow       *self,
                                    GFile          *file);
void        pf_window_open_sample  (PfWindow       *self);
void        pf_window_set_autosave_file (PfWindow  *self,
                                         GFile     *file);
void        pf_window_offer_restore     (PfWindow  *self);
void        pf_window_set_catalog       (PfWindow          *self,
                                         PfProductsCatalog *catalog);
void        pf_window_set_profile_store (PfWindow          *self,
                                         PfProfileStore    *store);

G_END_DECLS
