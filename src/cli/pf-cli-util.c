/* pf-cli-util.c — messages and shared option parsing for pacefuel-cli
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>

#include "core/pf-course.h"
#include "pf-cli.h"

/* "pacefuel-cli: FILE:LINE: message" on stderr: the importers already name file and line. */
void
pf_cli_print_error (const char *format,
                    ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  fprintf (stderr, "pacefuel-cli: %s\n", message);
}

int
pf_cli_usage_error (const char *command,
                    const char *format,
                    ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  fprintf (stderr, "pacefuel-cli: %s\n", message);
  /* Translators: %s is a subcommand, e.g. course */
  fprintf (stderr, _("Try “pacefuel-cli %s --help” for more information.\n"), command);
  return PF_EXIT_BAD_USAGE;
}

/* --json: the document, pretty, on stdout (SI units: the command-line contract). */
void
pf_cli_print_json (JsonNode *root)
{
  g_autofree char *text = json_to_string (root, TRUE);

  printf ("%s\n", text);
}

/* A distance in metres, or a race name: 5k, 10k, half, marathon. */
gboolean
pf_cli_parse_distance (const char *text,
                       double     *metres)
{
  static const struct { const char *name; double metres; } presets[] = {
    { "5k", PF_DISTANCE_5K },
    { "10k", PF_DISTANCE_10K },
    { "half", PF_DISTANCE_HALF },
    { "half-marathon", PF_DISTANCE_HALF },
    { "marathon", PF_DISTANCE_MARATHON },
  };
  char *end = NULL;
  double value;

  for (guint i = 0; i < G_N_ELEMENTS (presets); i++)
    {
      if (g_ascii_strcasecmp (text, presets[i].name) == 0)
        {
          *metres = presets[i].metres;
          return TRUE;
        }
    }

  value = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0' || !isfinite (value) || value <= 0.0 || value > 1.0e7)
    return FALSE;

  *metres = value;
  return TRUE;
}
