/* pf-editor-section.c — one group of input fields of an editor (runner, sweat, goal, weather…)
 *
 * The editors of the sidebars are lists of sections, as GNOME Calendar's event editor is: each
 * group of fields is its own small template, and this base class is what they all do alike:
 * - the document's inputs are shown in the fields (the subclass's `sync`), again whenever the
 *   plan changes, everything when another file is opened or the units change;
 * - while the fields are being filled in from the inputs, their change signals must not
 *   become edits: `pf_editor_section_is_syncing` says so (a count, so that a subclass can hold
 *   edits of its own while it converts a field);
 * - an edit copies the inputs (`edit_begin`), changes them and hands them back
 *   (`edit_commit`), the field marked with the core's reason when the document refuses them.
 * The document and the units, and following the document's plan and file, come from
 * PfDocumentWidget.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-editor-section"

#include "config.h"

#include "pf-editor-section.h"

#include "pf-field.h"

typedef struct
{
  guint n_holds;
} PfEditorSectionPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (PfEditorSection, pf_editor_section, PF_TYPE_DOCUMENT_WIDGET)

/* A new plan leaves a field being typed in alone; another document, another file or other
 * units fill in everything. */
static void
pf_editor_section_plan_changed (PfDocumentWidget *widget,
                                PfPlan           *plan)
{
  pf_editor_section_sync (PF_EDITOR_SECTION (widget), FALSE);
}

static void
pf_editor_section_sync_all (PfDocumentWidget *widget)
{
  pf_editor_section_sync (PF_EDITOR_SECTION (widget), TRUE);
}

static void
pf_editor_section_class_init (PfEditorSectionClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PfDocumentWidgetClass *document_widget_class = PF_DOCUMENT_WIDGET_CLASS (klass);

  document_widget_class->plan_changed = pf_editor_section_plan_changed;
  document_widget_class->document_changed = pf_editor_section_sync_all;
  document_widget_class->units_changed = pf_editor_section_sync_all;
  document_widget_class->file_changed = pf_editor_section_sync_all;

  /* A section is one group (its template's single child) laid out as the section itself. */
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
pf_editor_section_init (PfEditorSection *self)
{
}

/* Shows the document's inputs in the fields (see the class's `sync`). */
void
pf_editor_section_sync (PfEditorSection *self,
                        gboolean         force)
{
  PfDocument *document = pf_document_widget_get_document (PF_DOCUMENT_WIDGET (self));

  g_return_if_fail (PF_IS_EDITOR_SECTION (self));

  if (document == NULL || PF_EDITOR_SECTION_GET_CLASS (self)->sync == NULL)
    return;

  pf_editor_section_hold_edits (self);
  PF_EDITOR_SECTION_GET_CLASS (self)->sync (self, pf_document_get_inputs (document), force);
  pf_editor_section_release_edits (self);
}

/* While held, the fields' change signals are not edits (nested holds count). */
void
pf_editor_section_hold_edits (PfEditorSection *self)
{
  PfEditorSectionPrivate *priv = pf_editor_section_get_instance_private (self);

  g_return_if_fail (PF_IS_EDITOR_SECTION (self));

  priv->n_holds++;
}

void
pf_editor_section_release_edits (PfEditorSection *self)
{
  PfEditorSectionPrivate *priv = pf_editor_section_get_instance_private (self);

  g_return_if_fail (PF_IS_EDITOR_SECTION (self));
  g_return_if_fail (priv->n_holds > 0);

  priv->n_holds--;
}

gboolean
pf_editor_section_is_syncing (PfEditorSection *self)
{
  PfEditorSectionPrivate *priv = pf_editor_section_get_instance_private (self);

  g_return_val_if_fail (PF_IS_EDITOR_SECTION (self), FALSE);

  return priv->n_holds > 0;
}

/* A copy of the inputs to edit, or FALSE when this is no edit (no document, or the fields
 * are being filled in). */
gboolean
pf_editor_section_edit_begin (PfEditorSection *self,
                              PfPlanInputs    *inputs)
{
  PfEditorSectionPrivate *priv = pf_editor_section_get_instance_private (self);
  PfDocument *document = pf_document_widget_get_document (PF_DOCUMENT_WIDGET (self));

  g_return_val_if_fail (PF_IS_EDITOR_SECTION (self), FALSE);

  if (priv->n_holds > 0 || document == NULL)
    return FALSE;

  pf_document_copy_inputs (document, inputs);
  return TRUE;
}

/* Hands @inputs to the document; when it refuses them, @field (may be NULL) says why. */
gboolean
pf_editor_section_edit_commit (PfEditorSection    *self,
                               const PfPlanInputs *inputs,
                               GtkWidget          *field)
{
  PfDocument *document = pf_document_widget_get_document (PF_DOCUMENT_WIDGET (self));
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (PF_IS_EDITOR_SECTION (self), FALSE);
  g_return_val_if_fail (document != NULL, FALSE);

  if (!pf_document_set_inputs (document, inputs, &error))
    {
      /* The core's reason carries its limits as quantities: said in the runner's units. */
      PfUnitSystem units = pf_document_widget_get_units (PF_DOCUMENT_WIDGET (self));
      g_autofree char *said = pf_units_expand (units, error->message);

      pf_field_set_error (field, said);
      return FALSE;
    }

  pf_field_set_error (field, NULL);
  return TRUE;
}
