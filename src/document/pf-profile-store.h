/* pf-profile-store.h — the runner's own profile, kept across plans
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "core/pacefuel-core.h"

G_BEGIN_DECLS

#define PF_TYPE_PROFILE_STORE (pf_profile_store_get_type ())

G_DECLARE_FINAL_TYPE (PfProfileStore, pf_profile_store, PF, PROFILE_STORE, GObject)

PfProfileStore        *pf_profile_store_new            (GFile            *file);
GFile                 *pf_profile_store_default_file   (void);
GFile                 *pf_profile_store_get_file       (PfProfileStore   *self);
gboolean               pf_profile_store_load           (PfProfileStore   *self,
                                                        GError          **error);
const PfRunnerProfile *pf_profile_store_get_profile    (PfProfileStore   *self);
const char            *pf_profile_store_get_load_error (PfProfileStore   *self);
gboolean               pf_profile_store_get_busy       (PfProfileStore   *self);
PfGradeModel           pf_profile_store_get_model      (PfProfileStore   *self);
void                   pf_profile_store_set_model      (PfProfileStore   *self,
                                                        PfGradeModel      model);
void                   pf_profile_store_learn_async    (PfProfileStore   *self,
                                                        GFile           **files,
                                                        guint             n_files,
                                                        GCancellable     *cancellable,
                                                        GAsyncReadyCallback callback,
                                                        gpointer          user_data);
gboolean               pf_profile_store_learn_finish   (PfProfileStore   *self,
                                                        GAsyncResult     *result,
                                                        GPtrArray       **unreadable,
                                                        GError          **error);
gboolean               pf_profile_store_forget         (PfProfileStore   *self,
                                                        GError          **error);

G_END_DECLS
