/* pf-field.h — marking an input field the plan refused, with the reason as its tooltip; naming
 * the switches of expander rows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "report/pf-units.h"

G_BEGIN_DECLS

void     pf_field_set_error (GtkWidget  *field,
                             const char *message);
gboolean pf_field_has_error (gpointer    field);
/* Retitles @row (an AdwPreferencesRow) and names @field, the field it labels, the same. */
void     pf_field_set_row_title (GtkWidget  *row,
                                 GtkWidget  *field,
                                 const char *title);
void     pf_field_show_value (GtkSpinButton *spin_button,
                              double         value,
                              gboolean       force);

void     pf_field_set_fluid_unit (GtkSpinButton  *spin_button,
                                  GtkLabel       *unit_label,
                                  PfUnitSystem    units,
                                  PfQuantityKind  kind);
void     pf_field_show_fluid (GtkSpinButton  *spin_button,
                              GtkLabel       *unit_label,
                              PfUnitSystem    units,
                              PfQuantityKind  kind,
                              double          litres,
                              gboolean        force);
double   pf_field_get_fluid  (GtkSpinButton  *spin_button,
                              PfUnitSystem    units,
                              PfQuantityKind  kind);

void     pf_field_name_expander_switches (GtkWidget *root);

G_END_DECLS
