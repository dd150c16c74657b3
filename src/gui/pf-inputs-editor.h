/* pf-inputs-editor.h — a form over the document's inputs: the plan editor, the fuel editor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "pf-document.h"
#include "report/pf-units.h"

G_BEGIN_DECLS

#define PF_TYPE_INPUTS_EDITOR (pf_inputs_editor_get_type ())

G_DECLARE_DERIVABLE_TYPE (PfInputsEditor, pf_inputs_editor, PF, INPUTS_EDITOR, GtkWidget)

struct _PfInputsEditorClass
{
  GtkWidgetClass parent_class;

  /* Show @inputs in the fields. Unless @force, a field being typed in or marked refused is left
   * as it is. Edits made by the fields meanwhile are held (pf_inputs_editor_is_syncing). */
  void (*sync)         (PfInputsEditor     *self,
                        const PfPlanInputs *inputs,
                        gboolean            force);
  /* Another plan was opened, or a course loaded. By default: sync everything. */
  void (*file_changed) (PfInputsEditor     *self);
};

PfDocument   *pf_inputs_editor_get_document    (PfInputsEditor     *self);
void          pf_inputs_editor_set_document    (PfInputsEditor     *self,
                                                PfDocument         *document);
PfUnitSystem  pf_inputs_editor_get_units       (PfInputsEditor     *self);
void          pf_inputs_editor_set_units       (PfInputsEditor     *self,
                                                PfUnitSystem        units);

/* For subclasses. */
void          pf_inputs_editor_set_error_label (PfInputsEditor     *self,
                                                GtkLabel           *label);
void          pf_inputs_editor_sync            (PfInputsEditor     *self,
                                                gboolean            force);
void          pf_inputs_editor_hold_edits      (PfInputsEditor     *self);
void          pf_inputs_editor_release_edits   (PfInputsEditor     *self);
gboolean      pf_inputs_editor_is_syncing      (PfInputsEditor     *self);
gboolean      pf_inputs_editor_edit_begin      (PfInputsEditor     *self,
                                                PfPlanInputs       *inputs);
gboolean      pf_inputs_editor_edit_commit     (PfInputsEditor     *self,
                                                const PfPlanInputs *inputs,
                                                GtkWidget          *field);

G_END_DECLS
