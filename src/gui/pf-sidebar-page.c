/* pf-sidebar-page.c — a page with the runner's inputs in a sidebar beside the results
 *
 * The plan and fuel pages share a shape: the inputs sit in the sidebar of an AdwFlap that
 * folds over the results on narrow windows, and the results read the document's plan only.
 * This base class holds what that shape needs — the document, the units, the "folded" and
 * "inputs-revealed" state the window's header button follows, Tab order — so each page holds
 * only what it shows. The page's editors and views take its document and units through
 * bindings (in the subclass's template); its `show_plan` follows the document's plan through
 * one GSignalGroup.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-sidebar-page"

#include "config.h"

#include "pf-sidebar-page.h"

#include "pf-flap-focus.h"
#include "report/pf-report-enums.h"

typedef struct
{
  AdwFlap      *flap;      /* the subclass's template child; a weak pointer */
  PfDocument   *document;
  GSignalGroup *document_signals;
  PfUnitSystem  units;
} PfSidebarPagePrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (PfSidebarPage, pf_sidebar_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_UNITS,
  PROP_FOLDED,
  PROP_INPUTS_REVEALED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_plan (PfSidebarPage *self)
{
  PfSidebarPagePrivate *priv = pf_sidebar_page_get_instance_private (self);
  PfSidebarPageClass *klass = PF_SIDEBAR_PAGE_GET_CLASS (self);

  if (klass->show_plan != NULL)
    klass->show_plan (self, priv->document != NULL ? pf_document_get_plan (priv->document) : NULL);
}

static void
on_flap_folded_changed_cb (PfSidebarPage *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLDED]);
}

static void
on_flap_reveal_changed_cb (PfSidebarPage *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INPUTS_REVEALED]);
}

/* Subclasses dispose their templates (and with them the editors and the flap) first; the
 * editors let go of the document themselves. */
static void
pf_sidebar_page_dispose (GObject *object)
{
  PfSidebarPage *self = PF_SIDEBAR_PAGE (object);
  PfSidebarPagePrivate *priv = pf_sidebar_page_get_instance_private (self);

  g_signal_group_set_target (priv->document_signals, NULL);
  g_clear_object (&priv->document);
  g_clear_weak_pointer (&priv->flap);

  G_OBJECT_CLASS (pf_sidebar_page_parent_class)->dispose (object);
}

static void
pf_sidebar_page_finalize (GObject *object)
{
  PfSidebarPagePrivate *priv = pf_sidebar_page_get_instance_private (PF_SIDEBAR_PAGE (object));

  g_clear_object (&priv->document_signals);

  G_OBJECT_CLASS (pf_sidebar_page_parent_class)->finalize (object);
}

static void
pf_sidebar_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PfSidebarPage *self = PF_SIDEBAR_PAGE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, pf_sidebar_page_get_document (self));
      break;

    case PROP_UNITS:
      g_value_set_enum (value, pf_sidebar_page_get_units (self));
      break;

    case PROP_FOLDED:
      g_value_set_boolean (value, pf_sidebar_page_get_folded (self));
      break;

    case PROP_INPUTS_REVEALED:
      g_value_set_boolean (value, pf_sidebar_page_get_inputs_revealed (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pf_sidebar_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PfSidebarPage *self = PF_SIDEBAR_PAGE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      pf_sidebar_page_set_document (self, g_value_get_object (value));
      break;

    case PROP_UNITS:
      pf_sidebar_page_set_units (self, g_value_get_enum (value));
      break;

    case PROP_INPUTS_REVEALED:
      pf_sidebar_page_set_inputs_revealed (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Tab reaches the inputs before the results, not after them. */
static gboolean
pf_sidebar_page_focus (GtkWidget        *widget,
                       GtkDirectionType  direction)
{
  PfSidebarPagePrivate *priv = pf_sidebar_page_get_instance_private (PF_SIDEBAR_PAGE (widget));

  if (priv->flap == NULL)
    return GTK_WIDGET_CLASS (pf_sidebar_page_parent_class)->focus (widget, direction);
  return pf_flap_focus_sidebar_first (priv->flap, direction);
}

static void
pf_sidebar_page_class_init (PfSidebarPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pf_sidebar_page_dispose;
  object_class->finalize = pf_sidebar_page_finalize;
  object_class->get_property = pf_sidebar_page_get_property;
  object_class->set_property = pf_sidebar_page_set_property;

  widget_class->focus = pf_sidebar_page_focus;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         PF_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_UNITS] =
    g_param_spec_enum ("units", NULL, NULL,
                       PF_TYPE_UNIT_SYSTEM, PF_UNITS_METRIC,
                       (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  /* TRUE when the window is too narrow for the inputs beside the results. */
  properties[PROP_FOLDED] =
    g_param_spec_boolean ("folded", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_INPUTS_REVEALED] =
    g_param_spec_boolean ("inputs-revealed", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pf_sidebar_page_init (PfSidebarPage *self)
{
  PfSidebarPagePrivate *priv = pf_sidebar_page_get_instance_private (self);

  priv->units = PF_UNITS_METRIC;
  priv->document_signals = g_signal_group_new (PF_TYPE_DOCUMENT);
  g_signal_group_connect_object (priv->document_signals, "notify::plan", G_CALLBACK (show_plan),
                                 self, G_CONNECT_SWAPPED);
}

void
pf_sidebar_page_set_flap (PfSidebarPage *self,
                          AdwFlap       *flap)
{
  PfSidebarPagePrivate *priv = pf_sidebar_page_get_instance_private (self);

  g_return_if_fail (PF_IS_SIDEBAR_PAGE (self));
  g_return_if_fail (ADW_IS_FLAP (flap));
  g_return_if_fail (priv->flap == NULL);

  g_set_weak_pointer (&priv->flap, flap);
  g_signal_connect_object (flap, "notify::folded", G_CALLBACK (on_flap_folded_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (flap, "notify::reveal-flap", G_CALLBACK (on_flap_reveal_changed_cb),
                           self, G_CONNECT_SWAPPED);
}

PfDocument *
pf_sidebar_page_get_document (PfSidebarPage *self)
{
  PfSidebarPagePrivate *priv = pf_sidebar_page_get_instance_private (self);

  g_return_val_if_fail (PF_IS_SIDEBAR_PAGE (self), NULL);

  return priv->document;
}

void
pf_sidebar_page_set_document (PfSidebarPage *self,
                              PfDocument    *document)
{
  PfSidebarPagePrivate *priv = pf_sidebar_page_get_instance_private (self);

  g_return_if_fail (PF_IS_SIDEBAR_PAGE (self));
  g_return_if_fail (!document || PF_IS_DOCUMENT (document));

  if (!g_set_object (&priv->document, document))
    return;

  g_signal_group_set_target (priv->document_signals, document);
  if (PF_SIDEBAR_PAGE_GET_CLASS (self)->document_changed != NULL)
    PF_SIDEBAR_PAGE_GET_CLASS (self)->document_changed (self, document);
  show_plan (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

PfUnitSystem
pf_sidebar_page_get_units (PfSidebarPage *self)
{
  PfSidebarPagePrivate *priv = pf_sidebar_page_get_instance_private (self);

  g_return_val_if_fail (PF_IS_SIDEBAR_PAGE (self), PF_UNITS_METRIC);

  return priv->units;
}

void
pf_sidebar_page_set_units (PfSidebarPage *self,
                           PfUnitSystem   units)
{
  PfSidebarPagePrivate *priv = pf_sidebar_page_get_instance_private (self);

  g_return_if_fail (PF_IS_SIDEBAR_PAGE (self));

  if (priv->units == units)
    return;

  priv->units = units;
  if (PF_SIDEBAR_PAGE_GET_CLASS (self)->units_changed != NULL)
    PF_SIDEBAR_PAGE_GET_CLASS (self)->units_changed (self, units);
  show_plan (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNITS]);
}

gboolean
pf_sidebar_page_get_folded (PfSidebarPage *self)
{
  PfSidebarPagePrivate *priv = pf_sidebar_page_get_instance_private (self);

  g_return_val_if_fail (PF_IS_SIDEBAR_PAGE (self), FALSE);

  return priv->flap != NULL && adw_flap_get_folded (priv->flap);
}

gboolean
pf_sidebar_page_get_inputs_revealed (PfSidebarPage *self)
{
  PfSidebarPagePrivate *priv = pf_sidebar_page_get_instance_private (self);

  g_return_val_if_fail (PF_IS_SIDEBAR_PAGE (self), FALSE);

  return priv->flap != NULL && adw_flap_get_reveal_flap (priv->flap);
}

void
pf_sidebar_page_set_inputs_revealed (PfSidebarPage *self,
                                     gboolean       revealed)
{
  PfSidebarPagePrivate *priv = pf_sidebar_page_get_instance_private (self);

  g_return_if_fail (PF_IS_SIDEBAR_PAGE (self));

  if (priv->flap != NULL)
    adw_flap_set_reveal_flap (priv->flap, revealed);
}
