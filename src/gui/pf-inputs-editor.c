/* pf-inputs-editor.c — a form over the document's inputs: the plan editor, the fuel editor
 *
 * Both editors of the sidebars work the same way, and this base class is that way:
 * - the document's inputs are shown in the fields (the subclass's `sync`), again whenever the
 *   plan changes, everything when another file is opened or the units change;
 * - while the fields are being filled in from the inputs, their change signals must not
 *   become edits: `pf_inputs_editor_is_syncing` says so (a count, so that a subclass can hold
 *   edits of its own while it converts a field);
 * - an edit copies the inputs (`edit_begin`), changes them and hands them back
 *   (`edit_commit`), the field marked with the core's reason when the document refuses them;
 * - the document's error message shows in the subclass's error label.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-inputs-editor"

#include "config.h"

#include "pf-inputs-editor.h"

#include <glib/gi18n.h>

#include "pf-field.h"
#include "pf-gui-enums.h"

typedef struct
{
  PfDocument   *document;
  PfUnitSystem  units;
  guint         n_holds;
  GtkLabel     *error_label;  /* the subclass's template child; a weak pointer */
} PfInputsEditorPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (PfInputsEditor, pf_inputs_editor, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_UNITS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
on_document_plan_changed_cb (PfInputsEditor *self)
{
  pf_inputs_editor_sync (self, FALSE);
}

static void
on_document_file_changed_cb (PfInputsEditor *self)
{
  PF_INPUTS_EDITOR_GET_CLASS (self)->file_changed (self);
}

static void
on_document_error_message_changed_cb (PfInputsEditor *self)
{
  PfInputsEditorPrivate *priv = pf_inputs_editor_get_instance_private (self);
  const char *message = priv->document ? pf_document_get_error_message (priv->document) : NULL;

  if (priv->error_label == NULL)
    return;

  if (message != NULL)
    {
      /* Translators: %s says which value the plan could not use */
      g_autofree char *text = g_strdup_printf (_("The plan did not change: %s"), message);

      gtk_label_set_text (priv->error_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (priv->error_label), message != NULL);
}

static void
pf_inputs_editor_real_file_changed (PfInputsEditor *self)
{
  pf_inputs_editor_sync (self, TRUE);
}

/* Subclasses dispose their templates first; the document is let go of without a last sync. */
static void
pf_inputs_editor_dispose (GObject *object)
{
  PfInputsEditor *self = PF_INPUTS_EDITOR (object);
  PfInputsEditorPrivate *priv = pf_inputs_editor_get_instance_private (self);

  if (priv->document != NULL)
    g_signal_handlers_disconnect_by_data (priv->document, self);
  g_clear_object (&priv->document);
  g_clear_weak_pointer (&priv->error_label);

  G_OBJECT_CLASS (pf_inputs_editor_parent_class)->dispose (object);
}

static void
pf_inputs_editor_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PfInputsEditor *self = PF_INPUTS_EDITOR (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, pf_inputs_editor_get_document (self));
      break;

    case PROP_UNITS:
      g_value_set_enum (value, pf_inputs_editor_get_units (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pf_inputs_editor_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PfInputsEditor *self = PF_INPUTS_EDITOR (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      pf_inputs_editor_set_document (self, g_value_get_object (value));
      break;

    case PROP_UNITS:
      pf_inputs_editor_set_units (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pf_inputs_editor_class_init (PfInputsEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pf_inputs_editor_dispose;
  object_class->get_property = pf_inputs_editor_get_property;
  object_class->set_property = pf_inputs_editor_set_property;

  klass->file_changed = pf_inputs_editor_real_file_changed;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         PF_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_UNITS] =
    g_param_spec_enum ("units", NULL, NULL,
                       PF_TYPE_UNIT_SYSTEM, PF_UNITS_METRIC,
                       (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pf_inputs_editor_init (PfInputsEditor *self)
{
  PfInputsEditorPrivate *priv = pf_inputs_editor_get_instance_private (self);

  priv->units = PF_UNITS_METRIC;
}

PfDocument *
pf_inputs_editor_get_document (PfInputsEditor *self)
{
  PfInputsEditorPrivate *priv = pf_inputs_editor_get_instance_private (self);

  g_return_val_if_fail (PF_IS_INPUTS_EDITOR (self), NULL);

  return priv->document;
}

void
pf_inputs_editor_set_document (PfInputsEditor *self,
                               PfDocument     *document)
{
  PfInputsEditorPrivate *priv = pf_inputs_editor_get_instance_private (self);

  g_return_if_fail (PF_IS_INPUTS_EDITOR (self));
  g_return_if_fail (!document || PF_IS_DOCUMENT (document));

  if (priv->document == document)
    return;

  if (priv->document != NULL)
    g_signal_handlers_disconnect_by_data (priv->document, self);
  g_set_object (&priv->document, document);
  if (document != NULL)
    {
      g_signal_connect_object (document, "notify::plan",
                               G_CALLBACK (on_document_plan_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "notify::file",
                               G_CALLBACK (on_document_file_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "notify::error-message",
                               G_CALLBACK (on_document_error_message_changed_cb), self,
                               G_CONNECT_SWAPPED);
      pf_inputs_editor_sync (self, TRUE);
    }
  on_document_error_message_changed_cb (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

PfUnitSystem
pf_inputs_editor_get_units (PfInputsEditor *self)
{
  PfInputsEditorPrivate *priv = pf_inputs_editor_get_instance_private (self);

  g_return_val_if_fail (PF_IS_INPUTS_EDITOR (self), PF_UNITS_METRIC);

  return priv->units;
}

/* Every field is shown again in the new units, those marked refused too: their text was in
 * the old ones. */
void
pf_inputs_editor_set_units (PfInputsEditor *self,
                            PfUnitSystem    units)
{
  PfInputsEditorPrivate *priv = pf_inputs_editor_get_instance_private (self);

  g_return_if_fail (PF_IS_INPUTS_EDITOR (self));

  if (priv->units == units)
    return;

  priv->units = units;
  pf_inputs_editor_sync (self, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNITS]);
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

/* Shows the document's inputs in the fields (see the class's `sync`). */
void
pf_inputs_editor_sync (PfInputsEditor *self,
                       gboolean        force)
{
  PfInputsEditorPrivate *priv = pf_inputs_editor_get_instance_private (self);

  g_return_if_fail (PF_IS_INPUTS_EDITOR (self));

  if (priv->document == NULL || PF_INPUTS_EDITOR_GET_CLASS (self)->sync == NULL)
    return;

  pf_inputs_editor_hold_edits (self);
  PF_INPUTS_EDITOR_GET_CLASS (self)->sync (self, pf_document_get_inputs (priv->document), force);
  pf_inputs_editor_release_edits (self);
}

/* While held, the fields' change signals are not edits (nested holds count). */
void
pf_inputs_editor_hold_edits (PfInputsEditor *self)
{
  PfInputsEditorPrivate *priv = pf_inputs_editor_get_instance_private (self);

  g_return_if_fail (PF_IS_INPUTS_EDITOR (self));

  priv->n_holds++;
}

void
pf_inputs_editor_release_edits (PfInputsEditor *self)
{
  PfInputsEditorPrivate *priv = pf_inputs_editor_get_instance_private (self);

  g_return_if_fail (PF_IS_INPUTS_EDITOR (self));
  g_return_if_fail (priv->n_holds > 0);

  priv->n_holds--;
}

gboolean
pf_inputs_editor_is_syncing (PfInputsEditor *self)
{
  PfInputsEditorPrivate *priv = pf_inputs_editor_get_instance_private (self);

  g_return_val_if_fail (PF_IS_INPUTS_EDITOR (self), FALSE);

  return priv->n_holds > 0;
}

/* A copy of the inputs to edit, or FALSE when this is no edit (no document, or the fields
 * are being filled in). */
gboolean
pf_inputs_editor_edit_begin (PfInputsEditor *self,
                             PfPlanInputs   *inputs)
{
  PfInputsEditorPrivate *priv = pf_inputs_editor_get_instance_private (self);

  g_return_val_if_fail (PF_IS_INPUTS_EDITOR (self), FALSE);

  if (priv->n_holds > 0 || priv->document == NULL)
    return FALSE;

  pf_document_copy_inputs (priv->document, inputs);
  return TRUE;
}

/* Hands @inputs to the document; when it refuses them, @field (may be NULL) says why. */
gboolean
pf_inputs_editor_edit_commit (PfInputsEditor     *self,
                              const PfPlanInputs *inputs,
                              GtkWidget          *field)
{
  PfInputsEditorPrivate *priv = pf_inputs_editor_get_instance_private (self);
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (PF_IS_INPUTS_EDITOR (self), FALSE);
  g_return_val_if_fail (priv->document != NULL, FALSE);

  if (!pf_document_set_inputs (priv->document, inputs, &error))
    {
      pf_field_set_error (field, error->message);
      return FALSE;
    }

  pf_field_set_error (field, NULL);
  return TRUE;
}
