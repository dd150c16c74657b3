/* pf-editor-section.h — one group of input fields of an editor (runner, sweat, goal, weather…)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pf-document-widget.h"

G_BEGIN_DECLS

#define PF_TYPE_EDITOR_SECTION (pf_editor_section_get_type ())

G_DECLARE_DERIVABLE_TYPE (PfEditorSection, pf_editor_section, PF, EDITOR_SECTION,
                          PfDocumentWidget)

struct _PfEditorSectionClass
{
  PfDocumentWidgetClass parent_class;

  /* Show @inputs in the section's fields. Unless @force, a field being typed in or marked
   * refused is left as it is. The fields' change signals are held meanwhile
   * (pf_editor_section_is_syncing). */
  void (*sync)         (PfEditorSection    *self,
                        const PfPlanInputs *inputs,
                        gboolean            force);
};

/* Whenever the plan changes the fields are filled in again, everything when another document,
 * another file or other units come (PfDocumentWidget's file_changed, which a subclass may
 * override). For subclasses: */
void          pf_editor_section_sync          (PfEditorSection    *self,
                                               gboolean            force);
void          pf_editor_section_hold_edits    (PfEditorSection    *self);
void          pf_editor_section_release_edits (PfEditorSection    *self);
gboolean      pf_editor_section_is_syncing    (PfEditorSection    *self);
gboolean      pf_editor_section_edit_begin    (PfEditorSection    *self,
                                               PfPlanInputs       *inputs);
gboolean      pf_editor_section_edit_commit   (PfEditorSection    *self,
                                               const PfPlanInputs *inputs,
                                               GtkWidget          *field);

G_END_DECLS
