/* pf-json-guard.c — a look over JSON text before json-glib parses it
 *
 * json-glib builds the whole document in memory, some fifty bytes per value, with one level
 * of C recursion per level of nesting. A few kilobytes of "[[[[…" crash it; a hundred
 * megabytes of "[0,0,0,0]," take five gigabytes and a minute before anything can say no.
 * One pass over the bytes, with no allocation, refuses both first.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-json-guard"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pf-json-guard.h"

/* Whether @data (JSON text, or anything) nests at most @max_depth arrays and objects deep
 * and holds at most @max_values values, counted from above by their separators (every ","
 * "[" and "{" outside strings). */
PfJsonGuard
pf_json_guard_check (const char *data,
                     gsize       length,
                     guint       max_depth,
                     gsize       max_values)
{
  gboolean in_string = FALSE;
  guint depth = 0;
  gsize values = 1;

  g_return_val_if_fail (data != NULL || length == 0, PF_JSON_GUARD_TOO_MANY_VALUES);

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
          continue;
        }

      switch (c)
        {
        case '"':
          in_string = TRUE;
          break;

        case '[':
        case '{':
          if (++depth > max_depth)
            return PF_JSON_GUARD_TOO_DEEP;
          G_GNUC_FALLTHROUGH;
        case ',':
          if (++values > max_values)
            return PF_JSON_GUARD_TOO_MANY_VALUES;
          break;

        case ']':
        case '}':
          depth = depth > 0 ? depth - 1 : 0;
          break;

        default:
          break;
        }
    }

  return PF_JSON_GUARD_OK;
}

/* What is wrong, for a message: "not a Pacefuel plan (%s)". */
const char *
pf_json_guard_problem (PfJsonGuard guard)
{
  switch (guard)
    {
    case PF_JSON_GUARD_TOO_DEEP:
      return _("arrays and objects nested too deep");
    case PF_JSON_GUARD_TOO_MANY_VALUES:
      return _("too many values");
    case PF_JSON_GUARD_OK:
    default:
      return NULL;
    }
}
