/* pf-fuel-view.c — the fuel page: the runner's inputs beside the schedule and checklist
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-fuel-view"

#include "config.h"

#include "pf-fuel-view.h"
#include "pf-fuel-view-private.h"

#include <glib/gi18n.h>


/* Like the plan page, a PfSidebarPage; the schedule reads the plan only. */
struct _PfFuelView
{
  PfSidebarPage    parent_instance;

  AdwFlap         *flap;
  PfFuelEditor    *editor;
  PfScheduleView  *schedule_view;
  PfChecklistView *checklist;
};

G_DEFINE_FINAL_TYPE (PfFuelView, pf_fuel_view, PF_TYPE_SIDEBAR_PAGE)

static void
pf_fuel_view_show_plan (PfSidebarPage *page,
                        PfPlan        *plan)
{
  pf_schedule_view_set_plan (PF_FUEL_VIEW (page)->schedule_view, plan);
}

static void
pf_fuel_view_document_changed (PfSidebarPage *page,
                               PfDocument    *document)
{
  PfFuelView *self = PF_FUEL_VIEW (page);

  pf_inputs_editor_set_document (PF_INPUTS_EDITOR (self->editor), document);
  pf_checklist_view_set_document (self->checklist, document);
}

static void
pf_fuel_view_units_changed (PfSidebarPage *page,
                            PfUnitSystem   units)
{
  PfFuelView *self = PF_FUEL_VIEW (page);

  pf_inputs_editor_set_units (PF_INPUTS_EDITOR (self->editor), units);
  pf_schedule_view_set_units (self->schedule_view, units);
}

static void
pf_fuel_view_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PF_TYPE_FUEL_VIEW);

  G_OBJECT_CLASS (pf_fuel_view_parent_class)->dispose (object);
}

static void
pf_fuel_view_class_init (PfFuelViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PfSidebarPageClass *page_class = PF_SIDEBAR_PAGE_CLASS (klass);

  object_class->dispose = pf_fuel_view_dispose;

  page_class->document_changed = pf_fuel_view_document_changed;
  page_class->units_changed = pf_fuel_view_units_changed;
  page_class->show_plan = pf_fuel_view_show_plan;

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

PfChecklistView *
_pf_fuel_view_get_checklist (PfFuelView *self)
{
  return self->checklist;
}
