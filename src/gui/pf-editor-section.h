/* pf-editor-section.h — one group of input fields of an editor (runner, sweat, goal, weather…)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "pf-document.h"
#include "report/pf-units.h"

G_BEGIN_DECLS

#define PF_TYPE_EDITOR_SECTION (pf_editor_section_get_type ())

G_DECLARE_DERIVABLE_TYPE (PfEditorSection, pf_editor_section, PF, EDITOR_SECTION, GtkWidget)

struct _PfEditorSectionClass
{
  GtkWidgetClass parent_class;

  /* Show @inputs in the section's fields. Unless @force, a field being typed in or marked
   * refused is left as it is. The fields' change signals are held meanwhile
   * (pf_editor_section_is_syncing). */
  void (*sync)         (PfEditorSection    *self,
                        const PfPlanInputs *inputs,
                        gboolean            force);
  /* Another plan was opened, or a course loaded. By default: sync everything. */
  void (*file_changed) (PfEditorSection    *self);
  /* The units changed. By default: sync everything (the fields' text was in the old units). */
  void (*units_changed) (PfEditorSection   *self);
};

PfDocument   *pf_editor_section_get_document  (PfEditorSection    *self);
void          pf_editor_section_set_document  (PfEditorSection    *self,
                                               PfDocument         *document);
PfUnitSystem  pf_editor_section_get_units     (PfEditorSection    *self);
void          pf_editor_section_set_units     (PfEditorSection    *self,
                                               PfUnitSystem        units);

/* For subclasses. */
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
