/* pf-flap-focus.h — Tab through a page's inputs sidebar before its results
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

gboolean pf_flap_focus_sidebar_first (AdwFlap          *flap,
                                      GtkDirectionType  direction);

G_END_DECLS
