/* pf-fuel-section.c — the Fuel page's Fuel and Drink group: carbohydrate, fluid, drinking, bottle
 *
 * A target of the runner's own is an expander row switched on; switched off, the value is 0 (or
 * no bottle) and the plan sets it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-fuel-section"

#include "config.h"

#include "pf-fuel-section.h"

#include <adwaita.h>

#include "pf-field.h"

struct _PfFuelSection
{
  PfEditorSection      parent_instance;

  AdwPreferencesGroup *group;
  GtkSpinButton       *gut_spin;
  AdwExpanderRow      *carbs_expander;
  GtkSpinButton       *carbs_spin;
  AdwExpanderRow      *fluid_expander;
  GtkSpinButton       *fluid_spin;
  GtkLabel            *fluid_unit;
  GtkSpinButton       *ceiling_spin;
  GtkLabel            *ceiling_unit;
  AdwComboRow         *drink_mode_row;
  AdwExpanderRow      *bottle_expander;
  GtkSpinButton       *bottle_spin;
  GtkLabel            *bottle_unit;
};

G_DEFINE_FINAL_TYPE (PfFuelSection, pf_fuel_section, PF_TYPE_EDITOR_SECTION)

/* The value of an optional field: 0 while its expander row is switched off. */
static double
optional_value (AdwExpanderRow *expander,
                GtkSpinButton  *spin_button)
{
  return adw_expander_row_get_enable_expansion (expander)
         ? gtk_spin_button_get_value (spin_button) : 0.0;
}

static void
show_optional_value (AdwExpanderRow *expander,
                     GtkSpinButton  *spin_button,
                     double          value,
                     gboolean        force)
{
  adw_expander_row_set_enable_expansion (expander, value > 0);
  if (value > 0)
    pf_field_show_value (spin_button, value, force);
}

static PfUnitSystem
units_of (PfFuelSection *self)
{
  return pf_document_widget_get_units (PF_DOCUMENT_WIDGET (self));
}

/* An optional fluid field in the window's units (pf_field_show_fluid()); switched off, it
 * shows @otherwise, the value it offers when switched on. */
static void
show_optional_fluid (PfFuelSection  *self,
                     AdwExpanderRow *expander,
                     GtkSpinButton  *spin_button,
                     GtkLabel       *unit_label,
                     PfQuantityKind  kind,
                     double          litres,
                     double          otherwise,
                     gboolean        force)
{
  adw_expander_row_set_enable_expansion (expander, litres > 0);
  pf_field_show_fluid (spin_button, unit_label, units_of (self), kind,
                       litres > 0 ? litres : otherwise, force);
}

/* One handler for the fields that each set one value: @source says which. */
static void
on_fields_notify_cb (GObject       *source,
                     GParamSpec    *pspec,
                     PfFuelSection *self)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  PfFuelOptions *f = &inputs.fuel;

  if (!pf_editor_section_edit_begin (PF_EDITOR_SECTION (self), &inputs))
    return;

  if (source == G_OBJECT (self->gut_spin))
    inputs.runner.gut_max_g_per_h = gtk_spin_button_get_value (self->gut_spin);
  else if (source == G_OBJECT (self->carbs_expander) || source == G_OBJECT (self->carbs_spin))
    f->carbs_per_hour_g = optional_value (self->carbs_expander, self->carbs_spin);
  else if (source == G_OBJECT (self->fluid_expander) || source == G_OBJECT (self->fluid_spin))
    f->fluid_per_hour_l = adw_expander_row_get_enable_expansion (self->fluid_expander)
                          ? pf_field_get_fluid (self->fluid_spin, units_of (self), PF_QUANTITY_FLOW)
                          : 0.0;
  else if (source == G_OBJECT (self->ceiling_spin))
    f->fluid_ceiling_l_per_h = pf_field_get_fluid (self->ceiling_spin, units_of (self),
                                                   PF_QUANTITY_FLOW);
  else if (source == G_OBJECT (self->drink_mode_row))
    f->drink_mode = adw_combo_row_get_selected (self->drink_mode_row) == 1
                    ? PF_DRINK_THIRST : PF_DRINK_PLANNED;
  else if (source == G_OBJECT (self->bottle_expander) || source == G_OBJECT (self->bottle_spin))
    f->carry_bottle_ml = adw_expander_row_get_enable_expansion (self->bottle_expander)
                         ? round (pf_field_get_fluid (self->bottle_spin, units_of (self),
                                                      PF_QUANTITY_SMALL_VOLUME) * 1000.0)
                         : 0.0;
  else
    return;

  pf_editor_section_edit_commit (PF_EDITOR_SECTION (self), &inputs, GTK_WIDGET (source));
}

static void
pf_fuel_section_sync (PfEditorSection    *section,
                      const PfPlanInputs *inputs,
                      gboolean            force)
{
  PfFuelSection *self = PF_FUEL_SECTION (section);
  const PfFuelOptions *f = &inputs->fuel;

  pf_field_show_value (self->gut_spin, inputs->runner.gut_max_g_per_h, force);
  show_optional_value (self->carbs_expander, self->carbs_spin, f->carbs_per_hour_g, force);
  show_optional_fluid (self, self->fluid_expander, self->fluid_spin, self->fluid_unit,
                       PF_QUANTITY_FLOW, f->fluid_per_hour_l, 0.5, force);
  pf_field_show_fluid (self->ceiling_spin, self->ceiling_unit, units_of (self), PF_QUANTITY_FLOW,
                       f->fluid_ceiling_l_per_h, force);
  adw_combo_row_set_selected (self->drink_mode_row, f->drink_mode == PF_DRINK_THIRST ? 1 : 0);
  show_optional_fluid (self, self->bottle_expander, self->bottle_spin, self->bottle_unit,
                       PF_QUANTITY_SMALL_VOLUME, f->carry_bottle_ml / 1000.0, 0.5, force);
}

static void
pf_fuel_section_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PF_TYPE_FUEL_SECTION);

  G_OBJECT_CLASS (pf_fuel_section_parent_class)->dispose (object);
}

#define BIND(name) gtk_widget_class_bind_template_child (widget_class, PfFuelSection, name)

static void
pf_fuel_section_class_init (PfFuelSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PfEditorSectionClass *section_class = PF_EDITOR_SECTION_CLASS (klass);

  object_class->dispose = pf_fuel_section_dispose;
  section_class->sync = pf_fuel_section_sync;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/pf-fuel-section.ui");
  BIND (group);
  BIND (gut_spin);
  BIND (carbs_expander);
  BIND (carbs_spin);
  BIND (fluid_expander);
  BIND (fluid_spin);
  BIND (ceiling_spin);
  BIND (ceiling_unit);
  BIND (fluid_unit);
  BIND (bottle_unit);
  BIND (drink_mode_row);
  BIND (bottle_expander);
  BIND (bottle_spin);
  gtk_widget_class_bind_template_callback (widget_class, on_fields_notify_cb);
}

#undef BIND

static void
pf_fuel_section_init (PfFuelSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  pf_field_name_expander_switches (GTK_WIDGET (self));
}
