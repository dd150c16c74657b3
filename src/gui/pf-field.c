/* pf-field.c
 *
 * Every editor marks a refused value the same way: libadwaita's "error" style on the field,
 * and the core's own sentence (what is wrong, and the range) as its tooltip.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-field"

#include "config.h"

#include "pf-field.h"

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
