/* pf-fuel-view.c — the fuel page: the runner's inputs beside the schedule and checklist
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-fuel-view"

#include "config.h"

#include "pf-fuel-view.h"
#include "pf-fuel-view-private.h"

#include <glib/gi18n.h>

#include "pf-flap-focus.h"
#include "pf-gui-enums.h"

/* Like the plan page: the inputs sit in a sidebar (an AdwFlap) that folds over the results on
 * narrow windows; the schedule reads the plan only. */
struct _PfFuelView
{
  GtkWidget       parent_instance;

  AdwFlap        *flap;
  PfFuelEditor   *editor;
  PfScheduleView *schedule_view;
  PfChecklist    *checklist;

  PfDocument     *document;
  PfUnitSystem    units;
};

G_DEFINE_FINAL_TYPE (PfFuelView, pf_fuel_view, GTK_TYPE_WIDGET)

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
update_view (PfFuelView *self)
{
  PfPlan *plan = self->document ? pf_document_get_plan (self->document) : NULL;

  pf_schedule_view_set_plan (self->schedule_view, plan);
}

static void
on_flap_folded_changed_cb (PfFuelView *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLDED]);
}

static void
on_flap_reveal_changed_cb (PfFuelView *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INPUTS_REVEALED]);
}

static void
pf_fuel_view_dispose (GObject *object)
{
  PfFuelView *self = (PfFuelView *)object;

  pf_fuel_view_set_document (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PF_TYPE_FUEL_VIEW);

  G_OBJECT_CLASS (pf_fuel_view_parent_class)->dispose (object);
}

static void
pf_fuel_view_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  PfFuelView *self = PF_FUEL_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_UNITS:
      g_value_set_enum (value, self->units);
      break;

    case PROP_FOLDED:
      g_value_set_boolean (value, pf_fuel_view_get_folded (self));
      break;

    case PROP_INPUTS_REVEALED:
      g_value_set_boolean (value, pf_fuel_view_get_inputs_revealed (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pf_fuel_view_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  PfFuelView *self = PF_FUEL_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      pf_fuel_view_set_document (self, g_value_get_object (value));
      break;

    case PROP_UNITS:
      pf_fuel_view_set_units (self, g_value_get_enum (value));
      break;

    case PROP_INPUTS_REVEALED:
      pf_fuel_view_set_inputs_revealed (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Tab reaches the inputs before the results, not after them. */
static gboolean
pf_fuel_view_focus (GtkWidget        *widget,
                    GtkDirectionType  direction)
{
  return pf_flap_focus_sidebar_first (PF_FUEL_VIEW (widget)->flap, direction);
}

static void
pf_fuel_view_class_init (PfFuelViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pf_fuel_view_dispose;
  object_class->get_property = pf_fuel_view_get_property;
  object_class->set_property = pf_fuel_view_set_property;

  widget_class->focus = pf_fuel_view_focus;

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

  g_type_ensure (PF_TYPE_FUEL_EDITOR);
  g_type_ensure (PF_TYPE_SCHEDULE_VIEW);
  g_type_ensure (PF_TYPE_CHECKLIST);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/pf-fuel-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PfFuelView, flap);
  gtk_widget_class_bind_template_child (widget_class, PfFuelView, editor);
  gtk_widget_class_bind_template_child (widget_class, PfFuelView, schedule_view);
  gtk_widget_class_bind_template_child (widget_class, PfFuelView, checklist);
  gtk_widget_class_bind_template_callback (widget_class, on_flap_folded_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_flap_reveal_changed_cb);

  gtk_widget_class_set_css_name (widget_class, "pf-fuel-view");
}

static void
pf_fuel_view_init (PfFuelView *self)
{
  self->units = PF_UNITS_METRIC;

  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
pf_fuel_view_new (void)
{
  return g_object_new (PF_TYPE_FUEL_VIEW, NULL);
}

PfDocument *
pf_fuel_view_get_document (PfFuelView *self)
{
  g_return_val_if_fail (PF_IS_FUEL_VIEW (self), NULL);

  return self->document;
}

void
pf_fuel_view_set_document (PfFuelView *self,
                           PfDocument *document)
{
  g_return_if_fail (PF_IS_FUEL_VIEW (self));
  g_return_if_fail (!document || PF_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_set_object (&self->document, document);
  if (document != NULL)
    g_signal_connect_object (document, "notify::plan", G_CALLBACK (update_view), self,
                             G_CONNECT_SWAPPED);
  if (self->editor != NULL)
    pf_fuel_editor_set_document (self->editor, document);
  if (self->checklist != NULL)
    pf_checklist_set_document (self->checklist, document);
  update_view (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

PfUnitSystem
pf_fuel_view_get_units (PfFuelView *self)
{
  g_return_val_if_fail (PF_IS_FUEL_VIEW (self), PF_UNITS_METRIC);

  return self->units;
}

void
pf_fuel_view_set_units (PfFuelView   *self,
                        PfUnitSystem  units)
{
  g_return_if_fail (PF_IS_FUEL_VIEW (self));

  if (self->units == units)
    return;

  self->units = units;
  pf_fuel_editor_set_units (self->editor, units);
  pf_schedule_view_set_units (self->schedule_view, units);
  update_view (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNITS]);
}

gboolean
pf_fuel_view_get_folded (PfFuelView *self)
{
  g_return_val_if_fail (PF_IS_FUEL_VIEW (self), FALSE);

  return adw_flap_get_folded (self->flap);
}

gboolean
pf_fuel_view_get_inputs_revealed (PfFuelView *self)
{
  g_return_val_if_fail (PF_IS_FUEL_VIEW (self), FALSE);

  return adw_flap_get_reveal_flap (self->flap);
}

void
pf_fuel_view_set_inputs_revealed (PfFuelView *self,
                                  gboolean    revealed)
{
  g_return_if_fail (PF_IS_FUEL_VIEW (self));

  adw_flap_set_reveal_flap (self->flap, revealed);
}

PfProductsCatalog *
pf_fuel_view_get_catalog (PfFuelView *self)
{
  g_return_val_if_fail (PF_IS_FUEL_VIEW (self), NULL);

  return pf_fuel_editor_get_catalog (self->editor);
}

/* The runner's own products kept across plans: the application's, passed down like settings. */
void
pf_fuel_view_set_catalog (PfFuelView        *self,
                          PfProductsCatalog *catalog)
{
  g_return_if_fail (PF_IS_FUEL_VIEW (self));

  pf_fuel_editor_set_catalog (self->editor, catalog);
}

PfFuelEditor *
_pf_fuel_view_get_editor (PfFuelView *self)
{
  return self->editor;
}

PfScheduleView *
_pf_fuel_view_get_schedule_view (PfFuelView *self)
{
  return self->schedule_view;
}

PfChecklist *
_pf_fuel_view_get_checklist (PfFuelView *self)
{
  return self->checklist;
}
