/* pf-flap-focus.c
 *
 * The Plan and Fuel pages keep their inputs in an AdwFlap, which stacks the sidebar above the
 * results so that it can slide over them when folded; Tab follows that stacking and would
 * reach the inputs only after every result. The pages' focus handlers use this instead: the
 * sidebar first, as it reads from the left (or right, in right-to-left locales), while shown.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-flap-focus"

#include "config.h"

#include "pf-flap-focus.h"

/* Returns: TRUE if focus moved inside @flap, FALSE to let it leave. */
gboolean
pf_flap_focus_sidebar_first (AdwFlap          *flap,
                             GtkDirectionType  direction)
{
  GtkWidget *parts[2] = { adw_flap_get_flap (flap), adw_flap_get_content (flap) };
  GtkWidget *focus_child = gtk_widget_get_focus_child (GTK_WIDGET (flap));
  gboolean forward = direction == GTK_DIR_TAB_FORWARD;
  int start, step, i;

  if (direction != GTK_DIR_TAB_FORWARD && direction != GTK_DIR_TAB_BACKWARD)
    return gtk_widget_child_focus (GTK_WIDGET (flap), direction);

  step = forward ? 1 : -1;
  start = forward ? 0 : 1;
  /* Carry on from the part that has the focus. */
  for (i = 0; i < 2; i++)
    if (parts[i] != NULL && parts[i] == focus_child)
      start = i;

  for (i = start; i >= 0 && i < 2; i += step)
    {
      /* A folded sidebar that is not revealed stays out of the way. */
      if (parts[i] == NULL || !gtk_widget_get_mapped (parts[i]))
        continue;
      if (gtk_widget_child_focus (parts[i], direction))
        return TRUE;
    }

  return FALSE;
}
