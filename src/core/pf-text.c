/* pf-text.c — text that came from outside, made safe to show
 *
 * A course's or a waypoint's name, a product's, a forecast server's error: text someone else
 * wrote, printed on a terminal by pacefuel-cli and shown in the window. An escape sequence in
 * it would move the cursor, retitle the terminal or hide what follows; a carriage return
 * would overwrite the line before. Such text is cleaned once, where it enters (the importers,
 * the loaders, the forecast), rather than at every place that shows it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-text"

#include "config.h"

#include <string.h>

#include "pf-text.h"

/* A newly allocated copy of @text (NULL gives NULL) as valid UTF-8 without control
 * characters: C0 (which holds ESC, the start of every terminal escape sequence), DEL and C1
 * (U+0080…U+009F, which some terminals also read as CSI). A tab, newline or carriage return
 * becomes a space, so words do not run together; what is left of an escape sequence after
 * its ESC ("[31m") is plain text that moves nothing. Invalid UTF-8 becomes U+FFFD. */
char *
pf_text_sanitize (const char *text)
{
  g_autofree char *valid = NULL;
  GString *out;

  if (text == NULL)
    return NULL;

  valid = g_utf8_make_valid (text, -1);
  out = g_string_sized_new (strlen (valid));
  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\t' || c == '\n' || c == '\r')
        g_string_append_c (out, ' ');
      else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f))
        continue;
      else
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}
