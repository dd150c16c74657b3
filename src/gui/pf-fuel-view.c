/* pf-fuel-view.c — the fuel page: the runner's inputs beside the schedule and checklist
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-fuel-view"

#include "config.h"

#include "pf-fuel-view.h"

#include "pf-checklist-view.h"
#include "pf-fuel-editor.h"
#include "pf-schedule-view.h"

/* Like the plan page, a PfSidebarPage. Its template binds the page's document and units (and
 * the catalog) to the editor and the views, which follow the document's plan themselves. */
struct _PfFuelView
{
  PfSidebarPage      parent_instance;

  AdwFlap           *flap;
  PfFuelEditor      *editor;
  PfScheduleView    *schedule_view;
  PfChecklistView   *checklist;

  PfProductsCatalog *catalog;
};

G_DEFINE_FINAL_TYPE (PfFuelView, pf_fuel_view, PF_TYPE_SIDEBAR_PAGE)

enum {
  PROP_0,
  PROP_CATALOG,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pf_fuel_view_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PF_TYPE_FUEL_VIEW);
  g_clear_object (&PF_FUEL_VIEW (object)->catalog);

  G_OBJECT_CLASS (pf_fuel_view_parent_class)->dispose (object);
}

static void
pf_fuel_view_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_CATALOG:
      g_value_set_object (value, PF_FUEL_VIEW (object)->catalog);
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
  switch (prop_id)
    {
    case PROP_CATALOG:
      pf_fuel_view_set_catalog (PF_FUEL_VIEW (object), g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pf_fuel_view_class_init (PfFuelViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pf_fuel_view_dispose;
  object_class->get_property = pf_fuel_view_get_property;
  object_class->set_property = pf_fuel_view_set_property;

  /* The runner's own products kept across plans: the application's, passed down like settings. */
  properties[PROP_CATALOG] =
    g_param_spec_object ("catalog", NULL, NULL,
                         PF_TYPE_PRODUCTS_CATALOG,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PF_TYPE_FUEL_EDITOR);
  g_type_ensure (PF_TYPE_SCHEDULE_VIEW);
  g_type_ensure (PF_TYPE_CHECKLIST_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/pf-fuel-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PfFuelView, flap);
  gtk_widget_class_bind_template_child (widget_class, PfFuelView, editor);
  gtk_widget_class_bind_template_child (widget_class, PfFuelView, schedule_view);
  gtk_widget_class_bind_template_child (widget_class, PfFuelView, checklist);

  gtk_widget_class_set_css_name (widget_class, "pf-fuel-view");
}

static void
pf_fuel_view_init (PfFuelView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  pf_sidebar_page_set_flap (PF_SIDEBAR_PAGE (self), self->flap);
}

GtkWidget *
pf_fuel_view_new (void)
{
  return g_object_new (PF_TYPE_FUEL_VIEW, NULL);
}

PfProductsCatalog *
pf_fuel_view_get_catalog (PfFuelView *self)
{
  g_return_val_if_fail (PF_IS_FUEL_VIEW (self), NULL);

  return self->catalog;
}

void
pf_fuel_view_set_catalog (PfFuelView        *self,
                          PfProductsCatalog *catalog)
{
  g_return_if_fail (PF_IS_FUEL_VIEW (self));
  g_return_if_fail (!catalog || PF_IS_PRODUCTS_CATALOG (catalog));

  if (g_set_object (&self->catalog, catalog))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATALOG]);
}

/* Open the inputs at the training section. */
void
pf_fuel_view_show_training (PfFuelView *self)
{
  g_return_if_fail (PF_IS_FUEL_VIEW (self));

  pf_sidebar_page_set_inputs_revealed (PF_SIDEBAR_PAGE (self), TRUE);
  pf_fuel_editor_focus_training (self->editor);
}
