/* pacefuel-cli.c — Pacefuel without a display: scripting, batch export, tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pacefuel-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "core/pf-i18n.h"
#include "pf-cli.h"

typedef struct
{
  const char *name;
  int       (*run) (int argc, char **argv);
  const char *summary;
} Command;

static const Command commands[] = {
  { "course", pf_cli_course, N_("Summarise a GPX, TCX or FIT course: distance, climb, aid stations") },
  { "plan", pf_cli_plan, N_("Plan the pace of a race: grade- and heat-adjusted splits") },
  { "predict", pf_cli_predict, N_("Predict a race time from recent races") },
  { "export", pf_cli_export, N_("Write a saved plan as PDF, pace band, CSV or timed GPX") },
  { "batch", pf_cli_batch, N_("Plan and print for every athlete of a roster, a folder each") },
  { "profile", pf_cli_profile, N_("Learn your own grade, heat and fade response from your runs") },
};

static void
print_usage (FILE *out)
{
  fprintf (out, "%s\n\n", _("Usage: pacefuel-cli COMMAND [OPTION…]"));
  fprintf (out, "%s\n", _("Plan a race: course, pacing, fluid, sodium and carbohydrate."));
  fprintf (out, "\n%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  %-10s %s\n", commands[i].name, _(commands[i].summary));
  fprintf (out, "\n%s\n", _("Run “pacefuel-cli COMMAND --help” for the options of a command."));
  fprintf (out, "%s\n", _("Exit status: 0 on success, 1 for bad input, 2 for bad usage."));
}

int
main (int    argc,
      char **argv)
{
  pf_i18n_init ();

  if (argc < 2)
    {
      print_usage (stderr);
      return PF_EXIT_BAD_USAGE;
    }

  if (strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0
      || strcmp (argv[1], "help") == 0)
    {
      print_usage (stdout);
      return PF_EXIT_OK;
    }

  if (strcmp (argv[1], "--version") == 0)
    {
      printf ("pacefuel-cli %s\n", PACKAGE_VERSION);
      return PF_EXIT_OK;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (strcmp (argv[1], commands[i].name) == 0)
        {
          /* The subcommand sees itself as argv[0], as GOptionContext expects. */
          return commands[i].run (argc - 1, argv + 1);
        }
    }

  fprintf (stderr, _("pacefuel-cli: unknown command “%s”\n"), argv[1]);
  print_usage (stderr);
  return PF_EXIT_BAD_USAGE;
}
