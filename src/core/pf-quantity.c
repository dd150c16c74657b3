/* pf-quantity.c — quantities inside the core's texts, formatted later in the runner's units
 *
 * The core computes in SI and never writes a unit: a warning that says "past 2 % from
 * 21.1 km on" is written as "past 2 % from %s on" with the distance as a quantity — a
 * marker holding its kind, the decimals asked for and the value in SI units, between two
 * characters of Unicode's private use area that no course name or translation holds. Every
 * view, printout and CLI line then formats the markers in the runner's units through one
 * function (pf_units_expand(), report/pf-units.c), and the JSON in SI.
 *
 * A marker: U+E000, the kind as a letter, the decimals as a digit, ':', the value
 * (g_ascii_dtostr), U+E001.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-quantity"

#include "config.h"

#include <string.h>

#include "pf-quantity.h"

#define OPEN  "\xee\x80\x80"  /* U+E000 */
#define CLOSE "\xee\x80\x81"  /* U+E001 */
#define MARK_BYTES 3

/* One letter per kind, in the order of PfQuantityKind. */
static const char kind_letters[PF_QUANTITY_N_KINDS + 1] = "dehmsvftTpa";

/**
 * pf_quantity:
 * @kind: what the value measures
 * @quantity: the value in the kind's SI unit
 * @digits: decimals to show in metric units (0–9)
 *
 * Returns: (transfer full): the quantity, to be put into a text with "%s"
 */
char *
pf_quantity (PfQuantityKind kind,
             double         quantity,
             guint          digits)
{
  char value[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_val_if_fail (kind < PF_QUANTITY_N_KINDS, g_strdup (""));

  g_ascii_dtostr (value, sizeof value, quantity);
  return g_strdup_printf (OPEN "%c%u:%s" CLOSE, kind_letters[kind], MIN (digits, 9u), value);
}

/* Reads the marker that starts at @p (just after OPEN); FALSE when it is not one. */
static gboolean
parse_marker (const char     *p,
              const char     *end,
              PfQuantityKind *kind,
              guint          *digits,
              double         *value)
{
  const char *letter = memchr (kind_letters, p[0], PF_QUANTITY_N_KINDS);
  g_autofree char *number = NULL;
  char *number_end = NULL;

  if (p[0] == '\0' || letter == NULL || !g_ascii_isdigit (p[1]) || p[2] != ':' || end <= p + 3)
    return FALSE;

  number = g_strndup (p + 3, end - (p + 3));
  *value = g_ascii_strtod (number, &number_end);
  if (number_end == number || *number_end != '\0')
    return FALSE;
  *kind = (PfQuantityKind) (letter - kind_letters);
  *digits = (guint) (p[1] - '0');
  return TRUE;
}

/**
 * pf_quantity_expand:
 * @text: (nullable): a text that may hold quantities
 * @format: turns one quantity into text
 *
 * Returns: (transfer full) (nullable): @text with every quantity formatted; anything that
 *   only looks like a marker is kept as it is
 */
char *
pf_quantity_expand (const char           *text,
                    PfQuantityFormatFunc  format,
                    gpointer              user_data)
{
  GString *out;
  const char *p;

  g_return_val_if_fail (format != NULL, NULL);

  if (text == NULL)
    return NULL;

  out = g_string_sized_new (strlen (text));
  p = text;
  for (;;)
    {
      const char *open = strstr (p, OPEN);
      const char *close;
      PfQuantityKind kind;
      guint digits;
      double value;

      if (open == NULL)
        break;
      close = strstr (open + MARK_BYTES, CLOSE);
      g_string_append_len (out, p, open - p);
      if (close != NULL && parse_marker (open + MARK_BYTES, close, &kind, &digits, &value))
        {
          g_autofree char *formatted = format (kind, value, digits, user_data);

          g_string_append (out, formatted != NULL ? formatted : "");
          p = close + MARK_BYTES;
        }
      else
        {
          g_string_append_len (out, open, MARK_BYTES);
          p = open + MARK_BYTES;
        }
    }
  g_string_append (out, p);

  return g_string_free (out, FALSE);
}

/* Whether @text still holds a quantity (a text that reached the runner unformatted). */
gboolean
pf_quantity_in (const char *text)
{
  return text != NULL && strstr (text, OPEN) != NULL;
}
