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

/* Like the plan page, a PfSidebarPage. Its template binds the page's document and units to the
 * editor and the views, which follow the document's plan themselves. */
struct _PfFuelView
{
  PfSidebarPage      parent_instance;

  AdwFlap           *flap;
  PfFuelEditor      *editor;
  PfScheduleView    *schedule_view;
  PfChecklistView   *checklist;
};

G_DEFINE_FINAL_TYPE (PfFuelView, pf_fuel_view, PF_TYPE_SIDEBAR_PAGE)

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

  object_class->dispose = pf_fuel_view_dispose;

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

/* The runner's own products kept across plans: the application's, which the window passes
 * down once to the one section that uses them. */
void
pf_fuel_view_set_catalog (PfFuelView        *self,
                          PfProductsCatalog *catalog)
{
  g_return_if_fail (PF_IS_FUEL_VIEW (self));

  pf_fuel_editor_set_catalog (self->editor, catalog);
}

/* Open the inputs at the training section. */
void
pf_fuel_view_show_training (PfFuelView *self)
{
  g_return_if_fail (PF_IS_FUEL_VIEW (self));

  pf_sidebar_page_set_inputs_revealed (PF_SIDEBAR_PAGE (self), TRUE);
  pf_fuel_editor_focus_training (self->editor);
}
