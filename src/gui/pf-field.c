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
