/* pf-distance.c — distances as people type them: "5000", "5km", "3 mi"
 *
 * The one reader of a distance with its unit, so that "every 5 km" means the same in
 * pacefuel-cli as in the window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-distance"

#include "config.h"

#include <math.h>
#include <string.h>

#include "pf-distance.h"

/* The international mile (1959), as report/pf-units.h has it; the core cannot include the
 * report's header. */
#define METRES_PER_MILE 1609.344

/* A distance: a number of metres ("5000"), or a number with km, mi or m after it ("5km",
 * "3mi", "2.5 km"; any case, spaces around the unit allowed). The decimal separator is
 * always '.': a comma is refused rather than guessed, since "1,000" reads as a thousand in
 * English and as one in German. No sign, exponent, hex, "inf" or "nan": what a runner would
 * not type is refused, not read as something surprising. Zero is a distance; what range is
 * sensible is the caller's to say. */
gboolean
pf_distance_parse (const char *text,
                   double     *metres)
{
  static const struct { const char *unit; double metres; } units[] = {
    { "", 1.0 },
    { "m", 1.0 },
    { "km", 1000.0 },
    { "mi", METRES_PER_MILE },
  };
  const char *p = text;
  gsize span, len;
  char *end = NULL;
  double value;

  g_return_val_if_fail (metres != NULL, FALSE);

  if (text == NULL)
    return FALSE;
  while (g_ascii_isspace (*p))
    p++;

  /* g_ascii_strtod alone would also take "-5", "1e3", "0x10" and "inf": only plain digits
   * with at most one point, all of them read, are a number here. */
  span = strspn (p, "0123456789.");
  if (span == 0 || strspn (p, ".") == span)
    return FALSE;
  value = g_ascii_strtod (p, &end);
  if (end != p + span || !isfinite (value))
    return FALSE;

  p = end;
  while (g_ascii_isspace (*p))
    p++;
  len = strlen (p);
  while (len > 0 && g_ascii_isspace (p[len - 1]))
    len--;

  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    {
      if (strlen (units[i].unit) == len && g_ascii_strncasecmp (p, units[i].unit, len) == 0)
        {
          *metres = value * units[i].metres;
          return TRUE;
        }
    }

  return FALSE;
}
