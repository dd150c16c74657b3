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
 * The document's signals reach the section through one GSignalGroup, so changing documents is
 * a single `g_signal_group_set_target`.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-editor-section"

#include "config.h"

#include "pf-editor-section.h"

#include "pf-field.h"
#include "report/pf-report-enums.h"

typedef struct
{
  PfDocument   *document;
  GSignalGroup *document_signals;
  PfUnitSystem  units;
  guint         n_holds;
} PfEditorSectionPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (PfEditorSection, pf_editor_section, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_UNITS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
on_document_plan_changed_cb (PfEditorSection *self)
{
  pf_editor_section_sync (self, FALSE);
}

static void
on_document_file_changed_cb (PfEditorSection *self)
{
  PF_EDITOR_SECTION_GET_CLASS (self)->file_changed (self);
}

static void
pf_editor_section_real_file_changed (PfEditorSection *self)
{
  pf_editor_section_sync (self, TRUE);
}

static void
pf_editor_section_real_units_changed (PfEditorSection *self)
{
  pf_editor_section_sync (self, TRUE);
}

/* Subclasses dispose their templates first; the document is let go of without a last sync.
 * gtk_widget_dispose_template unparents only the children it names, so an unnamed group at the
 * root of a section's template goes here. */
static void
pf_editor_section_dispose (GObject *object)
{
  PfEditorSection *self = PF_EDITOR_SECTION (object);
  PfEditorSectionPrivate *priv = pf_editor_section_get_instance_private (self);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_signal_group_set_target (priv->document_signals, NULL);
  g_clear_object (&priv->document);

  G_OBJECT_CLASS (pf_editor_section_parent_class)->dispose (object);
}

static void
pf_editor_section_finalize (GObject *object)
{
  PfEditorSection *self = PF_EDITOR_SECTION (object);
  PfEditorSectionPrivate *priv = pf_editor_section_get_instance_private (self);

  g_clear_object (&priv->document_signals);

  G_OBJECT_CLASS (pf_editor_section_parent_class)->finalize (object);
}

static void
pf_editor_section_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PfEditorSection *self = PF_EDITOR_SECTION (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, pf_editor_section_get_document (self));
      break;

    case PROP_UNITS:
      g_value_set_enum (value, pf_editor_section_get_units (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pf_editor_section_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  PfEditorSection *self = PF_EDITOR_SECTION (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      pf_editor_section_set_document (self, g_value_get_object (value));
      break;

    case PROP_UNITS:
      pf_editor_section_set_units (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pf_editor_section_class_init (PfEditorSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pf_editor_section_dispose;
  object_class->finalize = pf_editor_section_finalize;
  object_class->get_property = pf_editor_section_get_property;
  object_class->set_property = pf_editor_section_set_property;

  klass->file_changed = pf_editor_section_real_file_changed;
  klass->units_changed = pf_editor_section_real_units_changed;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         PF_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_UNITS] =
    g_param_spec_enum ("units", NULL, NULL,
                       PF_TYPE_UNIT_SYSTEM, PF_UNITS_METRIC,
                       (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A section is one group (its template's single child) laid out as the section itself. */
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
pf_editor_section_init (PfEditorSection *self)
{
  PfEditorSectionPrivate *priv = pf_editor_section_get_instance_private (self);

  priv->units = PF_UNITS_METRIC;
  priv->document_signals = g_signal_group_new (PF_TYPE_DOCUMENT);
  g_signal_group_connect_object (priv->document_signals, "notify::plan",
                                 G_CALLBACK (on_document_plan_changed_cb), self,
                                 G_CONNECT_SWAPPED);
  g_signal_group_connect_object (priv->document_signals, "notify::file",
                                 G_CALLBACK (on_document_file_changed_cb), self,
                                 G_CONNECT_SWAPPED);
}

PfDocument *
pf_editor_section_get_document (PfEditorSection *self)
{
  PfEditorSectionPrivate *priv = pf_editor_section_get_instance_private (self);

  g_return_val_if_fail (PF_IS_EDITOR_SECTION (self), NULL);

  return priv->document;
}

void
pf_editor_section_set_document (PfEditorSection *self,
                                PfDocument      *document)
{
  PfEditorSectionPrivate *priv = pf_editor_section_get_instance_private (self);

  g_return_if_fail (PF_IS_EDITOR_SECTION (self));
  g_return_if_fail (!document || PF_IS_DOCUMENT (document));

  if (!g_set_object (&priv->document, document))
    return;

  g_signal_group_set_target (priv->document_signals, document);
  pf_editor_section_sync (self, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

PfUnitSystem
pf_editor_section_get_units (PfEditorSection *self)
{
  PfEditorSectionPrivate *priv = pf_editor_section_get_instance_private (self);

  g_return_val_if_fail (PF_IS_EDITOR_SECTION (self), PF_UNITS_METRIC);

  return priv->units;
}

void
pf_editor_section_set_units (PfEditorSection *self,
                             PfUnitSystem     units)
{
  PfEditorSectionPrivate *priv = pf_editor_section_get_instance_private (self);

  g_return_if_fail (PF_IS_EDITOR_SECTION (self));

  if (priv->units == units)
    return;

  priv->units = units;
  PF_EDITOR_SECTION_GET_CLASS (self)->units_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNITS]);
}

/* Shows the document's inputs in the fields (see the class's `sync`). */
void
pf_editor_section_sync (PfEditorSection *self,
                        gboolean         force)
{
  PfEditorSectionPrivate *priv = pf_editor_section_get_instance_private (self);

  g_return_if_fail (PF_IS_EDITOR_SECTION (self));

  if (priv->document == NULL || PF_EDITOR_SECTION_GET_CLASS (self)->sync == NULL)
    return;

  pf_editor_section_hold_edits (self);
  PF_EDITOR_SECTION_GET_CLASS (self)->sync (self, pf_document_get_inputs (priv->document), force);
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

  g_return_val_if_fail (PF_IS_EDITOR_SECTION (self), FALSE);

  if (priv->n_holds > 0 || priv->document == NULL)
    return FALSE;

  pf_document_copy_inputs (priv->document, inputs);
  return TRUE;
}

/* Hands @inputs to the document; when it refuses them, @field (may be NULL) says why. */
gboolean
pf_editor_section_edit_commit (PfEditorSection    *self,
                               const PfPlanInputs *inputs,
                               GtkWidget          *field)
{
  PfEditorSectionPrivate *priv = pf_editor_section_get_instance_private (self);
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (PF_IS_EDITOR_SECTION (self), FALSE);
  g_return_val_if_fail (priv->document != NULL, FALSE);

  if (!pf_document_set_inputs (priv->document, inputs, &error))
    {
      pf_field_set_error (field, error->message);
      return FALSE;
    }

  pf_field_set_error (field, NULL);
  return TRUE;
}
