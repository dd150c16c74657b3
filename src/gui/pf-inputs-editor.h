/* pf-inputs-editor.h — a sidebar of input sections: the plan editor, the fuel editor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pf-document-widget.h"

G_BEGIN_DECLS

#define PF_TYPE_INPUTS_EDITOR (pf_inputs_editor_get_type ())

G_DECLARE_DERIVABLE_TYPE (PfInputsEditor, pf_inputs_editor, PF, INPUTS_EDITOR, PfDocumentWidget)

struct _PfInputsEditorClass
{
  PfDocumentWidgetClass parent_class;
};

/* For subclasses: the label that shows why the document refused an edit. */
void          pf_inputs_editor_set_error_label (PfInputsEditor     *self,
                                                GtkLabel           *label);

G_END_DECLS
