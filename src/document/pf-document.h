/* pf-document.h — the plan being edited: inputs, where they came from, and the latest result
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "core/pacefuel-core.h"

G_BEGIN_DECLS

#define PF_TYPE_DOCUMENT (pf_document_get_type ())

G_DECLARE_FINAL_TYPE (PfDocument, pf_document, PF, DOCUMENT, GObject)

PfDocument *pf_document_new                    (void);
PfPlan     *pf_document_get_plan               (PfDocument          *self);
GFile      *pf_document_get_file               (PfDocument          *self);
GFile      *pf_document_get_plan_file          (PfDocument          *self);
gboolean    pf_document_get_dirty              (PfDocument          *self);
gboolean    pf_document_save                   (PfDocument          *self,
                                                GFile               *file,
                                                GError             **error);
void        pf_document_mark_unsaved           (PfDocument          *self);
const char *pf_document_get_display_name       (PfDocument          *self);
const char *pf_document_get_title              (PfDocument          *self);
char       *pf_document_dup_course_title       (PfDocument          *self);
gboolean    pf_document_get_busy               (PfDocument          *self);
const PfPlanInputs *pf_document_get_inputs     (PfDocument          *self);
void        pf_document_copy_inputs            (PfDocument          *self,
                                                PfPlanInputs        *inputs);
gboolean    pf_document_set_inputs             (PfDocument          *self,
                                                const PfPlanInputs  *inputs,
                                                GError             **error);
void        pf_document_set_budget             (PfDocument          *self,
                                                gint64               usec);
const char *pf_document_get_error_message      (PfDocument          *self);
double      pf_document_get_official_distance  (PfDocument          *self);
void        pf_document_set_official_distance  (PfDocument          *self,
                                                double               official_distance_m);
gboolean    pf_document_load_bytes             (PfDocument          *self,
                                                GBytes              *bytes,
                                                const char          *display_name,
                                                GError             **error);
void        pf_document_load_file_async        (PfDocument          *self,
                                                GFile               *file,
                                                GCancellable        *cancellable,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
gboolean    pf_document_load_file_finish       (PfDocument          *self,
                                                GAsyncResult        *result,
                                                GError             **error);
void        pf_document_set_defaults           (PfDocument          *self,
                                                PfGradeModel         grade_model,
                                                PfHeatModel          heat_model,
                                                double               fluid_ceiling_l_per_h);
void        pf_document_follow_units           (PfDocument          *self,
                                                PfSplitUnit          units_split_unit);

G_END_DECLS
