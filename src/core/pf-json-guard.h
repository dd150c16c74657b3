/* pf-json-guard.h — what json-glib is not given: too deep, or too many values
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* json-glib's parser recurses once per level of nesting: some ten thousand levels of "["
 * overflow the stack. Our documents nest five deep. */
#define PF_JSON_MAX_DEPTH 64

typedef enum
{
  PF_JSON_GUARD_OK,
  PF_JSON_GUARD_TOO_DEEP,
  PF_JSON_GUARD_TOO_MANY_VALUES,
} PfJsonGuard;

PfJsonGuard pf_json_guard_check   (const char  *data,
                                   gsize        length,
                                   guint        max_depth,
                                   gsize        max_values);
const char *pf_json_guard_problem (PfJsonGuard  guard);

G_END_DECLS
