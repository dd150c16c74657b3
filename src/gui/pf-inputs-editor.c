/* pf-inputs-editor.c — a sidebar of input sections: the plan editor, the fuel editor
 *
 * The fields themselves live in PfEditorSections, which read and write the document's inputs;
 * an editor's template binds its `document` and `units` (from PfDocumentWidget) into each of
 * them. What is left for the
 * editor is one thing the sections share: the label that says why the document refused the
 * last edit (the document's `error-message`).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-inputs-editor"

#include "config.h"

#include "pf-inputs-editor.h"

#include <glib/gi18n.h>

#include "report/pf-units.h"

typedef struct
{
  GtkLabel *error_label;  /* the subclass's template child; a weak pointer */
} PfInputsEditorPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (PfInputsEditor, pf_inputs_editor, PF_TYPE_DOCUMENT_WIDGET)

static void
on_document_error_message_changed_cb (PfInputsEditor *self)
{
  PfInputsEditorPrivate *priv = pf_inputs_editor_get_instance_private (self);
  PfDocument *document = pf_document_widget_get_document (PF_DOCUMENT_WIDGET (self));
  const char *message = document ? pf_document_get_error_message (document) : NULL;

  if (priv->error_label == NULL)
    return;

  if (message != NULL)
    {
      g_autofree char *said = pf_units_expand (pf_document_widget_get_units (PF_DOCUMENT_WIDGET (self)),
                                                message);
      /* Translators: %s says which value the plan could not use */
      g_autofree char *text = g_strdup_printf (_("The plan did not change: %s"), said);

      gtk_label_set_text (priv->error_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (priv->error_label), message != NULL);
}

static void
pf_inputs_editor_document_changed (PfDocumentWidget *widget)
{
  on_document_error_message_changed_cb (PF_INPUTS_EDITOR (widget));
}

/* Subclasses dispose their templates first. */
static void
pf_inputs_editor_dispose (GObject *object)
{
  PfInputsEditorPrivate *priv = pf_inputs_editor_get_instance_private (PF_INPUTS_EDITOR (object));

  g_clear_weak_pointer (&priv->error_label);

  G_OBJECT_CLASS (pf_inputs_editor_parent_class)->dispose (object);
}

static void
pf_inputs_editor_class_init (PfInputsEditorClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = pf_inputs_editor_dispose;
  PF_DOCUMENT_WIDGET_CLASS (klass)->document_changed = pf_inputs_editor_document_changed;
}

static void
pf_inputs_editor_init (PfInputsEditor *self)
{
  g_signal_group_connect_object (pf_document_widget_get_signals (PF_DOCUMENT_WIDGET (self)),
                                 "notify::error-message",
                                 G_CALLBACK (on_document_error_message_changed_cb), self,
                                 G_CONNECT_SWAPPED);
}

void
pf_inputs_editor_set_error_label (PfInputsEditor *self,
                                  GtkLabel       *label)
{
  PfInputsEditorPrivate *priv = pf_inputs_editor_get_instance_private (self);

  g_return_if_fail (PF_IS_INPUTS_EDITOR (self));
  g_return_if_fail (GTK_IS_LABEL (label));

  g_set_weak_pointer (&priv->error_label, label);
  on_document_error_message_changed_cb (self);
}
