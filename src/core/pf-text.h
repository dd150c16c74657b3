/* pf-text.h — text that came from outside, made safe to show
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *pf_text_sanitize (const char *text);

G_END_DECLS
