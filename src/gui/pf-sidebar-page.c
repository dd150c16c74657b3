/* pf-sidebar-page.c — a page with the runner's inputs in a sidebar beside the results
 *
 * The plan and fuel pages share a shape: the inputs sit in the sidebar of an AdwFlap that
 * folds over the results on narrow windows, and the results read the document's plan only.
 * This base class holds what that shape needs — the "folded" and "inputs-revealed" state the
 * window's header button follows, Tab order — so each page holds only what it shows. The
 * document and the units are PfDocumentWidget's: the page's editors and views take them through
 * bindings (in the subclass's template), and the page shows the plan in its `plan_changed`.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-sidebar-page"

#include "config.h"

#include "pf-sidebar-page.h"

#include "pf-flap-focus.h"

typedef struct
{
  AdwFlap *flap;  /* the subclass's template child; a weak pointer */
} PfSidebarPagePrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (PfSidebarPage, pf_sidebar_page, PF_TYPE_DOCUMENT_WIDGET)

enum {
  PROP_0,
  PROP_FOLDED,
  PROP_INPUTS_REVEALED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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
  PfSidebarPagePrivate *priv = pf_sidebar_page_get_instance_private (PF_SIDEBAR_PAGE (object));

  g_clear_weak_pointer (&priv->flap);

  G_OBJECT_CLASS (pf_sidebar_page_parent_class)->dispose (object);
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
  object_class->get_property = pf_sidebar_page_get_property;
  object_class->set_property = pf_sidebar_page_set_property;

  widget_class->focus = pf_sidebar_page_focus;

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
