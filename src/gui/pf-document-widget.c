/* pf-document-widget.c — a widget that shows or edits one document, in the window's units
 *
 * Most widgets of a window hold the window's PfDocument and its units and show the document's
 * plan again whenever it changes: the pages, the views on them, the editors and their sections.
 * This base class holds the two properties (which templates bind from parent to child) and
 * follows the document through one GSignalGroup, so changing documents is a single
 * `g_signal_group_set_target` and a subclass only says what it shows (`plan_changed`).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-document-widget"

#include "config.h"

#include "pf-document-widget.h"

#include "report/pf-report-enums.h"

typedef struct
{
  PfDocument   *document;
  GSignalGroup *document_signals;
  PfUnitSystem  units;
} PfDocumentWidgetPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (PfDocumentWidget, pf_document_widget, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_UNITS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
on_document_plan_changed_cb (PfDocumentWidget *self)
{
  PfDocumentWidgetClass *klass = PF_DOCUMENT_WIDGET_GET_CLASS (self);

  if (klass->plan_changed != NULL)
    klass->plan_changed (self, pf_document_widget_get_plan (self));
}

static void
on_document_file_changed_cb (PfDocumentWidget *self)
{
  PfDocumentWidgetClass *klass = PF_DOCUMENT_WIDGET_GET_CLASS (self);

  if (klass->file_changed != NULL)
    klass->file_changed (self);
}

/* Subclasses dispose their templates first. gtk_widget_dispose_template unparents only the
 * children it names, so an unnamed root (a section's group, a box of rows) goes here. The
 * document is let go of without a last plan_changed. */
static void
pf_document_widget_dispose (GObject *object)
{
  PfDocumentWidgetPrivate *priv =
    pf_document_widget_get_instance_private (PF_DOCUMENT_WIDGET (object));
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  g_signal_group_set_target (priv->document_signals, NULL);
  g_clear_object (&priv->document);

  G_OBJECT_CLASS (pf_document_widget_parent_class)->dispose (object);
}

static void
pf_document_widget_finalize (GObject *object)
{
  PfDocumentWidgetPrivate *priv =
    pf_document_widget_get_instance_private (PF_DOCUMENT_WIDGET (object));

  g_clear_object (&priv->document_signals);

  G_OBJECT_CLASS (pf_document_widget_parent_class)->finalize (object);
}

static void
pf_document_widget_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PfDocumentWidget *self = PF_DOCUMENT_WIDGET (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, pf_document_widget_get_document (self));
      break;

    case PROP_UNITS:
      g_value_set_enum (value, pf_document_widget_get_units (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pf_document_widget_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PfDocumentWidget *self = PF_DOCUMENT_WIDGET (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      pf_document_widget_set_document (self, g_value_get_object (value));
      break;

    case PROP_UNITS:
      pf_document_widget_set_units (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pf_document_widget_class_init (PfDocumentWidgetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pf_document_widget_dispose;
  object_class->finalize = pf_document_widget_finalize;
  object_class->get_property = pf_document_widget_get_property;
  object_class->set_property = pf_document_widget_set_property;

  klass->document_changed = on_document_plan_changed_cb;
  klass->units_changed = on_document_plan_changed_cb;

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
pf_document_widget_init (PfDocumentWidget *self)
{
  PfDocumentWidgetPrivate *priv = pf_document_widget_get_instance_private (self);

  priv->units = PF_UNITS_METRIC;
  priv->document_signals = g_signal_group_new (PF_TYPE_DOCUMENT);
  g_signal_group_connect_swapped (priv->document_signals, "notify::plan",
                                  G_CALLBACK (on_document_plan_changed_cb), self);
  g_signal_group_connect_swapped (priv->document_signals, "notify::file",
                                  G_CALLBACK (on_document_file_changed_cb), self);
}

PfDocument *
pf_document_widget_get_document (PfDocumentWidget *self)
{
  PfDocumentWidgetPrivate *priv = pf_document_widget_get_instance_private (self);

  g_return_val_if_fail (PF_IS_DOCUMENT_WIDGET (self), NULL);

  return priv->document;
}

void
pf_document_widget_set_document (PfDocumentWidget *self,
                                 PfDocument       *document)
{
  PfDocumentWidgetPrivate *priv = pf_document_widget_get_instance_private (self);

  g_return_if_fail (PF_IS_DOCUMENT_WIDGET (self));
  g_return_if_fail (!document || PF_IS_DOCUMENT (document));

  if (!g_set_object (&priv->document, document))
    return;

  g_signal_group_set_target (priv->document_signals, document);
  PF_DOCUMENT_WIDGET_GET_CLASS (self)->document_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

PfUnitSystem
pf_document_widget_get_units (PfDocumentWidget *self)
{
  PfDocumentWidgetPrivate *priv = pf_document_widget_get_instance_private (self);

  g_return_val_if_fail (PF_IS_DOCUMENT_WIDGET (self), PF_UNITS_METRIC);

  return priv->units;
}

void
pf_document_widget_set_units (PfDocumentWidget *self,
                              PfUnitSystem      units)
{
  PfDocumentWidgetPrivate *priv = pf_document_widget_get_instance_private (self);

  g_return_if_fail (PF_IS_DOCUMENT_WIDGET (self));

  if (priv->units == units)
    return;

  priv->units = units;
  PF_DOCUMENT_WIDGET_GET_CLASS (self)->units_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNITS]);
}

/* Returns: (nullable) (transfer none): the document's plan, NULL without a document or course. */
PfPlan *
pf_document_widget_get_plan (PfDocumentWidget *self)
{
  PfDocumentWidgetPrivate *priv = pf_document_widget_get_instance_private (self);

  g_return_val_if_fail (PF_IS_DOCUMENT_WIDGET (self), NULL);

  return priv->document != NULL ? pf_document_get_plan (priv->document) : NULL;
}

/* Returns: (transfer none): the group the document's signals reach this widget through; a
 * subclass connects to it from its init. */
GSignalGroup *
pf_document_widget_get_signals (PfDocumentWidget *self)
{
  PfDocumentWidgetPrivate *priv = pf_document_widget_get_instance_private (self);

  g_return_val_if_fail (PF_IS_DOCUMENT_WIDGET (self), NULL);

  return priv->document_signals;
}
