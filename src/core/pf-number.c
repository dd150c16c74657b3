/* pf-number.c — the one reader of a number typed or written as text
 *
 * g_ascii_strtod (and strtod, and GOption's doubles) read far more than a person or a course
 * file means by a number: "nan", "inf", "0x10" (sixteen), and, without a look at where it
 * stopped, "12abc". NaN is worse than a refusal: every range check is false for it, so it
 * slips through as "not given" or into a sum. Every number that comes from outside goes
 * through pf_parse_double, so the command line, the importers and the window refuse the same.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-number"

#include "config.h"

#include <math.h>

#include "pf-number.h"

/* A decimal number: spaces, an optional sign, digits with at most one point (at least one
 * digit), an optional exponent (e or E, optional sign, digits), spaces, and nothing else.
 * No hex, no "nan" or "inf", no comma for a point; a value too large for a double is refused
 * rather than read as infinity. @value is left alone on refusal. */
gboolean
pf_parse_double (const char *text,
                 double     *value)
{
  const char *p = text, *start;
  guint n_digits = 0;
  char *end = NULL;
  double v;

  g_return_val_if_fail (value != NULL, FALSE);

  if (text == NULL)
    return FALSE;
  while (g_ascii_isspace (*p))
    p++;
  start = p;

  if (*p == '+' || *p == '-')
    p++;
  for (; g_ascii_isdigit (*p); p++)
    n_digits++;
  if (*p == '.')
    for (p++; g_ascii_isdigit (*p); p++)
      n_digits++;
  if (n_digits == 0)
    return FALSE;
  if (*p == 'e' || *p == 'E')
    {
      guint n_exponent = 0;

      p++;
      if (*p == '+' || *p == '-')
        p++;
      for (; g_ascii_isdigit (*p); p++)
        n_exponent++;
      if (n_exponent == 0)
        return FALSE;
    }

  /* The form is checked: what g_ascii_strtod reads now is exactly that span. */
  v = g_ascii_strtod (start, &end);
  if (end != p || !isfinite (v))
    return FALSE;
  while (g_ascii_isspace (*p))
    p++;
  if (*p != '\0')
    return FALSE;

  *value = v;
  return TRUE;
}
