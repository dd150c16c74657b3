/* pf-number.h — the one reader of a number typed or written as text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean pf_parse_double (const char *text,
                          double     *value);

G_END_DECLS
