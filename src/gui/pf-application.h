/* pf-application.h — the application: settings, windows, app-wide actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "pf-products-catalog.h"
#include "pf-profile-store.h"

G_BEGIN_DECLS

#define PF_TYPE_APPLICATION (pf_application_get_type ())

G_DECLARE_FINAL_TYPE (PfApplication, pf_application, PF, APPLICATION, AdwApplication)

PfApplication *pf_application_new          (const char        *application_id,
                                            GApplicationFlags  flags);
GSettings     *pf_application_get_settings (PfApplication     *self);
PfProductsCatalog *pf_application_get_product_catalog (PfApplication *self);
PfProfileStore    *pf_application_get_profile_store   (PfApplication *self);

G_END_DECLS
