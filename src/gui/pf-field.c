/* pf-field.c
 *
 * Every editor marks a refused value the same way: libadwaita's "error" style on the field,
 * and the core's own sentence (what is wrong, and the range) as its tooltip. And every editor
 * names the switches libadwaita leaves unnamed the same way.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-field"

#include "config.h"

#include "pf-field.h"

#include <adwaita.h>
#include <math.h>

/* @message NULL clears the mark. */
void
pf_field_set_error (GtkWidget  *field,
                    const char *message)
{
  if (field == NULL)
    return;

  if (message != NULL)
    gtk_widget_add_css_class (field, "error");
  else
    gtk_widget_remove_css_class (field, "error");
  gtk_widget_set_tooltip_text (field, message);
}

gboolean
pf_field_has_error (gpointer field)
{
  return gtk_widget_has_css_class (GTK_WIDGET (field), "error");
}

/* GTK 4.8 does not name a field after the row it is labelled by (it reads only that row's own
 * label, and a row has none), so a field whose row changes its title takes the title too. */
void
pf_field_set_row_title (GtkWidget  *row,
                        GtkWidget  *field,
                        const char *title)
{
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
}

/* Shows @value in @spin_button, unless it is marked refused (then the runner's own value stays
 * in view until @force). Either way the field is no longer marked. */
void
pf_field_show_value (GtkSpinButton *spin_button,
                     double         value,
                     gboolean       force)
{
  if (!force && pf_field_has_error (spin_button))
    return;
  if (fabs (gtk_spin_button_get_value (spin_button) - value) > 1e-6)
    gtk_spin_button_set_value (spin_button, value);
  pf_field_set_error (GTK_WIDGET (spin_button), NULL);
}

/* The field's range, steps and decimals as the template gives them, in metric units. */
typedef struct
{
  double lower, upper, step, page;
  guint  digits;
} MetricRange;

/* Sets @spin_button up for a fluid in @units: its unit label, its range (the template's,
 * converted, and within it), its steps and decimals (whole fluid ounces an hour, else tenths). */
void
pf_field_set_fluid_unit (GtkSpinButton  *spin_button,
                GtkLabel       *unit_label,
                PfUnitSystem    units,
                PfQuantityKind  kind)
{
  GtkAdjustment *adjustment = gtk_spin_button_get_adjustment (spin_button);
  MetricRange *metric = g_object_get_data (G_OBJECT (spin_button), "pf-metric-range");

  if (metric == NULL)
    {
      metric = g_new (MetricRange, 1);
      metric->lower = gtk_adjustment_get_lower (adjustment);
      metric->upper = gtk_adjustment_get_upper (adjustment);
      metric->step = gtk_adjustment_get_step_increment (adjustment);
      metric->page = gtk_adjustment_get_page_increment (adjustment);
      metric->digits = gtk_spin_button_get_digits (spin_button);
      g_object_set_data_full (G_OBJECT (spin_button), "pf-metric-range", metric, g_free);
    }

  gtk_label_set_text (unit_label, pf_units_fluid_symbol (units, kind));
  if (units == PF_UNITS_IMPERIAL)
    {
      double lower = pf_units_fluid_value (units, kind,
                                           pf_units_fluid_litres (PF_UNITS_METRIC, kind,
                                                                  metric->lower));
      double upper = pf_units_fluid_value (units, kind,
                                           pf_units_fluid_litres (PF_UNITS_METRIC, kind,
                                                                  metric->upper));

      gtk_spin_button_set_digits (spin_button, kind == PF_QUANTITY_FLOW ? 0 : 1);
      gtk_spin_button_set_range (spin_button, ceil (lower), floor (upper));
      gtk_spin_button_set_increments (spin_button, 1.0, 4.0);
    }
  else
    {
      gtk_spin_button_set_digits (spin_button, metric->digits);
      gtk_spin_button_set_range (spin_button, metric->lower, metric->upper);
      gtk_spin_button_set_increments (spin_button, metric->step, metric->page);
    }
}

/**
 * pf_field_show_fluid:
 * @unit_label: the label beside the field, which says the unit
 * @kind: PF_QUANTITY_SMALL_VOLUME (mL), PF_QUANTITY_VOLUME (L) or PF_QUANTITY_FLOW (L/h)
 * @litres: the value in litres (an hour)
 *
 * pf_field_show_value() for a fluid, in the window's units (mL, L, L/h or fl oz, fl oz/h).
 */
void
pf_field_show_fluid (GtkSpinButton  *spin_button,
                     GtkLabel       *unit_label,
                     PfUnitSystem    units,
                     PfQuantityKind  kind,
                     double          litres,
                     gboolean        force)
{
  pf_field_set_fluid_unit (spin_button, unit_label, units, kind);
  pf_field_show_value (spin_button, pf_units_fluid_value (units, kind, litres), force);
}

/* The value typed into a field of pf_field_show_fluid(), in litres (an hour). */
double
pf_field_get_fluid (GtkSpinButton  *spin_button,
                    PfUnitSystem    units,
                    PfQuantityKind  kind)
{
  return pf_units_fluid_litres (units, kind, gtk_spin_button_get_value (spin_button));
}

static GtkWidget *
find_first_switch (GtkWidget *widget)
{
  if (GTK_IS_SWITCH (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_first_switch (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* libadwaita 1.2 gives the switch of an expander row (show-enable-switch) no accessible name,
 * so a screen reader says only "switch": name each after its row, everywhere under @root.
 * The header, which holds the switch, comes before the row's own rows. */
void
pf_field_name_expander_switches (GtkWidget *root)
{
  if (ADW_IS_EXPANDER_ROW (root)
      && adw_expander_row_get_show_enable_switch (ADW_EXPANDER_ROW (root)))
    {
      GtkWidget *toggle = find_first_switch (root);

      if (toggle != NULL)
        gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)),
                                        -1);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    pf_field_name_expander_switches (child);
}
