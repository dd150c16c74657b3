/* pf-distance.h — distances as people type them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean pf_distance_parse (const char *text,
                            double     *metres);

G_END_DECLS
