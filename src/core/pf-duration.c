/* pf-duration.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-duration"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pf-duration.h"

static gboolean
parse_field (const char *text,
             gsize       len,
             double      max,
             gboolean    fractional,
             double     *value)
{
  g_autofree char *field = g_strndup (text, len);
  char *end = NULL;
  double v;

  /* Digits and at most one point: g_ascii_strtod alone would also read "0x10" (sixteen)
   * and "1e3". */
  if (len == 0 || !g_ascii_isdigit (field[0]) || strspn (field, "0123456789.") != len
      || (strchr (field, '.') != NULL && strchr (field, '.') != strrchr (field, '.')))
    return FALSE;
  v = g_ascii_strtod (field, &end);
  if (*end != '\0' || !isfinite (v) || v < 0.0 || v >= max)
    return FALSE;
  if (!fractional && strchr (field, '.') != NULL)
    return FALSE;

  *value = v;
  return TRUE;
}

/* Race times, kept simple and predictable:
 *   H:MM:SS[.s]  hours, minutes, seconds
 *   M:SS[.s]     minutes and seconds, as race results are written ("19:57")
 *   SS[.s]       plain seconds
 * Minutes and seconds must be below 60; the result is positive. */
gboolean
pf_duration_parse (const char *text,
                   double     *seconds)
{
  g_auto(GStrv) parts = NULL;
  double h = 0, m = 0, s = 0;
  guint n;

  g_return_val_if_fail (seconds != NULL, FALSE);

  if (text == NULL)
    return FALSE;

  parts = g_strsplit (text, ":", -1);
  n = g_strv_length (parts);

  switch (n)
    {
    case 1:
      if (!parse_field (parts[0], strlen (parts[0]), 1.0e7, TRUE, &s))
        return FALSE;
      break;
    case 2:
      if (!parse_field (parts[0], strlen (parts[0]), 60000, FALSE, &m)
          || strlen (parts[1]) < 2 || !parse_field (parts[1], strlen (parts[1]), 60, TRUE, &s))
        return FALSE;
      break;
    case 3:
      if (!parse_field (parts[0], strlen (parts[0]), 1000, FALSE, &h)
          || strlen (parts[1]) != 2 || !parse_field (parts[1], 2, 60, FALSE, &m)
          || strlen (parts[2]) < 2 || !parse_field (parts[2], strlen (parts[2]), 60, TRUE, &s))
        return FALSE;
      break;
    default:
      return FALSE;
    }

  *seconds = h * 3600 + m * 60 + s;
  return *seconds > 0.0;
}

/* As pf_duration_parse, for the time of a race of @distance_m: a runner who types "3:30" for a
 * marathon means three and a half hours, not minutes, since no one runs 42 km in 210 s. Two
 * fields are read as H:MM when M:SS would be faster than any human; otherwise as M:SS, so
 * "19:57" stays a 5K time. @distance_m ≤ 0 (not known) reads as pf_duration_parse does. */
gboolean
pf_race_time_parse (const char *text,
                    double      distance_m,
                    double     *seconds)
{
  g_auto(GStrv) parts = NULL;

  g_return_val_if_fail (seconds != NULL, FALSE);

  if (!pf_duration_parse (text, seconds))
    return FALSE;
  if (distance_m <= 0 || distance_m / *seconds <= PF_FASTEST_RUN_M_PER_S)
    return TRUE;

  parts = g_strsplit (text, ":", -1);
  if (g_strv_length (parts) != 2 || strchr (parts[1], '.') != NULL || strlen (parts[1]) != 2)
    return TRUE;
  *seconds *= 60;
  return TRUE;
}

/* "3:29:58", rounded to the second; "45:10" below an hour. */
char *
pf_duration_format (double seconds)
{
  gint64 total = llround (fabs (seconds));
  const char *sign = seconds < -0.5 ? "−" : "";

  if (total >= 3600)
    return g_strdup_printf ("%s%" G_GINT64_FORMAT ":%02d:%02d", sign, total / 3600,
                            (int) (total / 60 % 60), (int) (total % 60));

  return g_strdup_printf ("%s%d:%02d", sign, (int) (total / 60), (int) (total % 60));
}

/* A change of time, always signed: "+1:25" slower, "−0:20" faster, "0:00" none. */
char *
pf_duration_format_change (double seconds)
{
  g_autofree char *magnitude = pf_duration_format (fabs (seconds));

  if (llround (fabs (seconds)) == 0)
    return g_steal_pointer (&magnitude);
  return g_strconcat (seconds < 0.0 ? "−" : "+", magnitude, NULL);
}

/* A pace per km or per mile: "4:58". */
char *
pf_pace_format (double seconds_per_unit)
{
  gint64 total = llround (seconds_per_unit);

  return g_strdup_printf ("%d:%02d", (int) (total / 60), (int) (total % 60));
}

/* "YYYY-MM-DDTHH:MM" (or a space for the T, or just "HH:MM") as local wall-clock seconds;
 * the year from 1900 to 9999 (PF_START_TIME_MIN, PF_START_TIME_END). */
gboolean
pf_start_time_parse (const char *text,
                     gint64     *local_time)
{
  g_autoptr(GDateTime) dt = NULL;
  int y, mo, d, h, mi;
  char tail;

  g_return_val_if_fail (local_time != NULL, FALSE);

  if (text == NULL)
    return FALSE;

  if (sscanf (text, "%4d-%2d-%2d%*[T ]%2d:%2d%c", &y, &mo, &d, &h, &mi, &tail) != 5)
    {
      /* Only a time of day: the date does not matter, keep the epoch's. */
      y = 1970, mo = 1, d = 1;
      if (sscanf (text, "%2d:%2d%c", &h, &mi, &tail) != 2)
        return FALSE;
    }

  if (h < 0 || h > 23 || mi < 0 || mi > 59 || y < 1900)
    return FALSE;
  dt = g_date_time_new_utc (y, mo, d, h, mi, 0);
  if (dt == NULL)
    return FALSE;

  *local_time = g_date_time_to_unix (dt);
  return TRUE;
}
