/* pf-big-array.h — memory for profile-long arrays
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gpointer pf_big_array_new  (gsize    n_elements,
                            gsize    element_size);
void     pf_big_array_free (gpointer array);

G_END_DECLS
