/* pf-cli-util.c — messages and shared option parsing for pacefuel-cli
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "core/pf-course.h"
#include "core/pf-distance.h"
#include "core/pf-duration.h"
#include "core/pf-plan.h"
#include "pf-cli.h"

static void print_message (const char *format,
                           va_list     args) G_GNUC_PRINTF (1, 0);

static void
print_message (const char *format,
               va_list     args)
{
  g_autofree char *message = g_strdup_vprintf (format, args);
  /* The core's refusals carry their limits as quantities (core/pf-quantity.h); they are said
   * in the units the options are typed in (--mass=KG, --temp=C): metric. */
  g_autofree char *said = pf_units_expand (PF_UNITS_METRIC, message);

  fprintf (stderr, "pacefuel-cli: %s\n", said);
}

/* "pacefuel-cli: FILE:LINE: message" on stderr: the importers already name file and line. */
void
pf_cli_print_error (const char *format,
                    ...)
{
  va_list args;

  va_start (args, format);
  print_message (format, args);
  va_end (args);
}

int
pf_cli_usage_error (const char *command,
                    const char *format,
                    ...)
{
  va_list args;

  va_start (args, format);
  print_message (format, args);
  va_end (args);

  /* Translators: %s is a subcommand, e.g. course */
  fprintf (stderr, _("Try “pacefuel-cli %s --help” for more information.\n"), command);
  return PF_EXIT_BAD_USAGE;
}

/* An output option given an empty name ("--csv ''", a variable left unset): GFile reads ""
 * as the current folder, so the write would fail late, after the planning, with "Is a
 * directory". A usage mistake, said before any work. @value may be NULL (not given). */
gboolean
pf_cli_check_out_name (const char *command,
                       const char *option,
                       const char *value)
{
  if (value == NULL || value[0] != '\0')
    return TRUE;

  /* Translators: %s is an option that names a file to write, e.g. --save or --pdf */
  pf_cli_usage_error (command, _("%s needs a file name"), option);
  return FALSE;
}

/* The core's texts hold quantities (core/pf-quantity.h) that only a formatter turns into
 * words: every string of a JSON document is formatted here, in metric like the numbers
 * beside it, so that no marker reaches a script. */
static void
expand_strings (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObjectIter iter;
        JsonNode *member;

        json_object_iter_init (&iter, json_node_get_object (node));
        while (json_object_iter_next (&iter, NULL, &member))
          expand_strings (member);
      }
      break;

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);

        for (guint i = 0; i < json_array_get_length (array); i++)
          expand_strings (json_array_get_element (array, i));
      }
      break;

    case JSON_NODE_VALUE:
      if (json_node_get_value_type (node) == G_TYPE_STRING
          && pf_quantity_in (json_node_get_string (node)))
        {
          g_autofree char *text = pf_units_expand (PF_UNITS_METRIC, json_node_get_string (node));

          json_node_set_string (node, text);
        }
      break;

    case JSON_NODE_NULL:
    default:
      break;
    }
}

/* --json: the document, pretty, on stdout (SI units: the command-line contract). */
void
pf_cli_print_json (JsonNode *root)
{
  g_autofree char *text = NULL;

  expand_strings (root);
  text = json_to_string (root, TRUE);

  printf ("%s\n", text);
}

/* A distance in metres (or with its unit, as pf_distance_parse reads it: 42.195km, 26.2mi),
 * or a race name: 5k, 10k, half, marathon. */
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
  double value;

  for (guint i = 0; i < G_N_ELEMENTS (presets); i++)
    {
      if (g_ascii_strcasecmp (text, presets[i].name) == 0)
        {
          *metres = presets[i].metres;
          return TRUE;
        }
    }

  if (!pf_distance_parse (text, &value) || value <= 0.0 || value > PF_PLAN_MAX_DISTANCE_M)
    return FALSE;

  *metres = value;
  return TRUE;
}

/* "DIST=TIME": a distance in metres or a race name, and a time (H:MM:SS or M:SS). */
gboolean
pf_cli_parse_race (const char *text,
                   double     *distance_m,
                   double     *time_s)
{
  g_auto(GStrv) parts = g_strsplit (text, "=", 2);

  return g_strv_length (parts) == 2
         && pf_cli_parse_distance (parts[0], distance_m)
         && pf_race_time_parse (parts[1], *distance_m, time_s);
}

/* --units of @command: auto (NULL too: from the locale), metric or imperial; FALSE after
 * saying what is wrong. */
gboolean
pf_cli_read_units (const char   *command,
                   const char   *text,
                   PfUnitSystem *units)
{
  if (text == NULL || g_strcmp0 (text, "auto") == 0)
    *units = pf_units_from_locale ();
  else if (g_strcmp0 (text, "metric") == 0)
    *units = PF_UNITS_METRIC;
  else if (g_strcmp0 (text, "imperial") == 0)
    *units = PF_UNITS_IMPERIAL;
  else
    {
      pf_cli_usage_error (command, _("--units: “%s” is not auto, metric or imperial"), text);
      return FALSE;
    }

  return TRUE;
}
