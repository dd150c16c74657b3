/* pf-inputs-editor.c — a sidebar of input sections: the plan editor, the fuel editor
 *
 * The fields themselves live in PfEditorSections, which read and write the document's inputs;
 * an editor's template binds its `document` and `units` into each of them. What is left for the
 * editor is one thing the sections share: the label that says why the document refused the
 * last edit (the document's `error-message`).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-inputs-editor"

#include "config.h"

#include "pf-inputs-editor.h"

#include <glib/gi18n.h>

#include "report/pf-report-enums.h"

typedef struct
{
  PfDocument   *document;
  PfUnitSystem  units;
  GSignalGroup *document_signals;
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

/* Subclasses dispose their templates first. */
static void
pf_inputs_editor_dispose (GObject *object)
{
  PfInputsEditor *self = PF_INPUTS_EDITOR (object);
  PfInputsEditorPrivate *priv = pf_inputs_editor_get_instance_private (self);

  g_signal_group_set_target (priv->document_signals, NULL);
  g_clear_object (&priv->document);
  g_clear_weak_pointer (&priv->error_label);

  G_OBJECT_CLASS (pf_inputs_editor_parent_class)->dispose (object);
}

static void
pf_inputs_editor_finalize (GObject *object)
{
  PfInputsEditor *self = PF_INPUTS_EDITOR (object);
  PfInputsEditorPrivate *priv = pf_inputs_editor_get_instance_private (self);

  g_clear_object (&priv->document_signals);

  G_OBJECT_CLASS (pf_inputs_editor_parent_class)->finalize (object);
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
  object_class->finalize = pf_inputs_editor_finalize;
  object_class->get_property = pf_inputs_editor_get_property;
  object_class->set_property = pf_inputs_editor_set_property;

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
  priv->document_signals = g_signal_group_new (PF_TYPE_DOCUMENT);
  g_signal_group_connect_object (priv->document_signals, "notify::error-message",
                                 G_CALLBACK (on_document_error_message_changed_cb), self,
                                 G_CONNECT_SWAPPED);
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

  g_set_object (&priv->document, document);
  g_signal_group_set_target (priv->document_signals, document);
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

/* The sections take the units through the template's bindings. */
void
pf_inputs_editor_set_units (PfInputsEditor *self,
                            PfUnitSystem    units)
{
  PfInputsEditorPrivate *priv = pf_inputs_editor_get_instance_private (self);

  g_return_if_fail (PF_IS_INPUTS_EDITOR (self));

  if (priv->units == units)
    return;

  priv->units = units;
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
