/* pf-import-values.c — the numbers and times of a course file, read the quick way when
 * they have the usual form (every point of a recording carries them) and by GLib otherwise
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-import"

#include "config.h"

#include <math.h>

#include "pf-import-private.h"
#include "pf-number.h"

/* Exact powers of ten as doubles: 10^22 is the largest that a double holds exactly. */
static const double exact_powers_of_ten[] = {
  1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
  1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
};

/* The numbers of a course file are plain decimals ("46.123456789", "-12.5"): read those
 * here, and leave anything else (exponents, 16 digits or more) to pf_parse_double, which
 * refuses hex, "inf" and "nan" (g_ascii_strtod read lat="0x10" as 16) and whose
 * multiprecision path cost a tenth of the whole import. The result
 * is the same double: when the digits fit in 2^53 and the power of ten is exact, one IEEE
 * division is correctly rounded (Clinger, "How to read floating point numbers
 * accurately", PLDI 1990). Returns the end of the number, or NULL to fall back. */
static const char *
parse_plain_decimal (const char *text,
                     double     *value)
{
  const char *p = text;
  guint64 digits = 0;
  guint n_digits = 0, n_decimals = 0;
  gboolean negative = *p == '-';

  if (*p == '-' || *p == '+')
    p++;
  for (; g_ascii_isdigit (*p); p++, n_digits++)
    digits = digits * 10 + (guint64) (*p - '0');
  if (*p == '.')
    for (p++; g_ascii_isdigit (*p); p++, n_digits++, n_decimals++)
      digits = digits * 10 + (guint64) (*p - '0');

  /* 15 digits always fit below 2^53; anything longer, or no digit at all, or an exponent
   * or other suffix straight after the digits goes the long way. */
  if (n_digits == 0 || n_digits > 15 || n_decimals >= G_N_ELEMENTS (exact_powers_of_ten)
      || *p == 'e' || *p == 'E' || g_ascii_isalnum (*p) || *p == '.')
    return NULL;

  *value = (double) digits / exact_powers_of_ten[n_decimals];
  if (negative)
    *value = -*value;
  return p;
}

gboolean
_pf_import_parse_double (const char *text,
                         double     *value)
{
  const char *plain_end;
  char *end = NULL;
  double v;

  if (text == NULL)
    return FALSE;

  while (g_ascii_isspace (*text))
    text++;
  if (*text == '\0')
    return FALSE;

  plain_end = parse_plain_decimal (text, &v);
  if (plain_end == NULL)
    return pf_parse_double (text, value);
  end = (char *) plain_end;
  while (g_ascii_isspace (*end))
    end++;
  if (*end != '\0' || !isfinite (v))
    return FALSE;

  *value = v;
  return TRUE;
}

static gboolean
parse_digits (const char **p,
              guint        n,
              int         *value)
{
  int v = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit ((*p)[i]))
        return FALSE;
      v = v * 10 + ((*p)[i] - '0');
    }

  *p += n;
  *value = v;
  return TRUE;
}

/* Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
static gint64
days_from_civil (int y,
                 int m,
                 int d)
{
  gint64 era;
  int yoe, doy, doe;

  y -= m <= 2;
  era = (y >= 0 ? y : y - 399) / 400;
  yoe = (int) (y - era * 400);
  doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

  return era * 146097 + doe - 719468;
}

/* The common "2014-10-05T13:07:53.000Z" by hand (it is on every point of a recording);
 * anything more exotic goes through GLib's full ISO 8601 parser. */
gboolean
_pf_import_parse_time (const char *text,
                       gint64     *time_us)
{
  const char *p = text;
  int year, month, day, hour, minute, second;
  gint64 frac_us = 0, offset_s = 0;

  while (g_ascii_isspace (*p))
    p++;

  if (parse_digits (&p, 4, &year) && *p++ == '-' && parse_digits (&p, 2, &month)
      && *p++ == '-' && parse_digits (&p, 2, &day) && (*p == 'T' || *p == 't' || *p == ' ')
      && (p++, parse_digits (&p, 2, &hour)) && *p++ == ':' && parse_digits (&p, 2, &minute)
      && *p++ == ':' && parse_digits (&p, 2, &second)
      && month >= 1 && month <= 12 && day >= 1 && day <= 31
      && hour <= 23 && minute <= 59 && second <= 60)
    {
      if (*p == '.' || *p == ',')
        {
          gint64 scale = 100000;

          p++;
          if (!g_ascii_isdigit (*p))
            return FALSE;
          for (; g_ascii_isdigit (*p); p++, scale /= 10)
            frac_us += (*p - '0') * scale;
        }

      if (*p == 'Z' || *p == 'z')
        p++;
      else if (*p == '+' || *p == '-')
        {
          int sign = *p++ == '-' ? -1 : 1;
          int oh, om = 0;

          if (!parse_digits (&p, 2, &oh))
            return FALSE;
          if (*p == ':')
            p++;
          if (g_ascii_isdigit (*p) && !parse_digits (&p, 2, &om))
            return FALSE;
          offset_s = sign * (oh * 3600 + om * 60);
        }

      while (g_ascii_isspace (*p))
        p++;

      if (*p == '\0')
        {
          gint64 seconds = days_from_civil (year, month, day) * 86400
                           + hour * 3600 + minute * 60 + second - offset_s;

          *time_us = seconds * G_USEC_PER_SEC + frac_us;
          return TRUE;
        }
    }

  {
    g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
    g_autofree char *stripped = g_strstrip (g_strdup (text));
    g_autoptr(GDateTime) dt = g_date_time_new_from_iso8601 (stripped, utc);

    if (dt == NULL)
      return FALSE;

    *time_us = g_date_time_to_unix (dt) * G_USEC_PER_SEC + g_date_time_get_microsecond (dt);
    return TRUE;
  }
}
