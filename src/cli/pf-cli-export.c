/* pf-cli-export.c — pacefuel-cli export PLAN.pacefuel [--pdf FILE] [--pace-band FILE]
 *                                      [--csv FILE] [--schedule-csv FILE] [--gpx FILE]
 *                                      [--fit FILE] [--tcx FILE]
 *                                      [--paper a4|letter|a4-landscape|letter-landscape]
 *                                      [--units auto|metric|imperial]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-cli-export"

#include "config.h"

#include <glib/gi18n.h>

#include "core/pacefuel-core.h"
#include "report/pf-export.h"
#include "pf-cli.h"

int
pf_cli_export (int    argc,
               char **argv)
{
  g_autofree char *race_sheet = NULL;
  g_autofree char *card = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *band = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *schedule_csv = NULL;
  g_autofree char *gpx = NULL;
  g_autofree char *fit = NULL;
  g_autofree char *tcx = NULL;
  g_autofree char *paper_text = NULL;
  g_autofree char *units_text = NULL;
  const GOptionEntry entries[] = {
    { "race-sheet", 0, 0, G_OPTION_ARG_FILENAME, &race_sheet,
      N_("The race sheet: one page with the targets and every aid station"), N_("FILE") },
    { "card", 0, 0, G_OPTION_ARG_FILENAME, &card,
      N_("A 10 × 7 cm card of the stations' clock times and intakes, with cut marks"),
      N_("FILE") },
    { "pdf", 0, 0, G_OPTION_ARG_FILENAME, &pdf, N_("The full plan, several pages"), N_("FILE") },
    { "pace-band", 0, 0, G_OPTION_ARG_FILENAME, &band,
      N_("A wristband strip of clock times, with cut marks"), N_("FILE") },
    { "csv", 0, 0, G_OPTION_ARG_FILENAME, &csv, N_("The splits as CSV"), N_("FILE") },
    { "schedule-csv", 0, 0, G_OPTION_ARG_FILENAME, &schedule_csv,
      N_("The fuel schedule as CSV"), N_("FILE") },
    { "gpx", 0, 0, G_OPTION_ARG_FILENAME, &gpx,
      N_("The course with planned times, for a watch's virtual partner"), N_("FILE") },
    { "fit", 0, 0, G_OPTION_ARG_FILENAME, &fit,
      N_("The course for a watch (FIT): planned times and the aid stations"), N_("FILE") },
    { "tcx", 0, 0, G_OPTION_ARG_FILENAME, &tcx,
      N_("The course for older watches (TCX): planned times and the aid stations"), N_("FILE") },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &paper_text,
      N_("a4 (default), letter, a4-landscape or letter-landscape"), N_("PAPER") },
    { "units", 0, 0, G_OPTION_ARG_STRING, &units_text,
      N_("Units of the printouts: auto (from the locale), metric or imperial"), N_("UNITS") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("PLAN.pacefuel — write printouts and files"));
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(PfPlan) plan = NULL;
  g_auto(PfPlanInputs) inputs = { 0 };
  PfPaper paper = PF_PAPER_A4;
  PfUnitSystem units;
  const char *paths[PF_N_EXPORT_FORMATS];

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return pf_cli_usage_error ("export", "%s", error->message);
  if (argc != 2)
    return pf_cli_usage_error ("export", "%s", _("give exactly one plan"));
  if (race_sheet == NULL && card == NULL && pdf == NULL && band == NULL && csv == NULL
      && schedule_csv == NULL && gpx == NULL && fit == NULL && tcx == NULL)
    return pf_cli_usage_error ("export", "%s",
                               _("nothing to export: give --race-sheet, --card, --pdf, "
                                 "--pace-band, --csv, --schedule-csv, --gpx, --fit or --tcx"));
  {
    const struct { const char *option; const char *value; } outs[] = {
      { "--race-sheet", race_sheet }, { "--card", card }, { "--pdf", pdf },
      { "--pace-band", band }, { "--csv", csv }, { "--schedule-csv", schedule_csv },
      { "--gpx", gpx }, { "--fit", fit }, { "--tcx", tcx },
    };

    for (guint i = 0; i < G_N_ELEMENTS (outs); i++)
      if (!pf_cli_check_out_name ("export", outs[i].option, outs[i].value))
        return PF_EXIT_BAD_USAGE;
  }
  if (paper_text != NULL && !pf_paper_from_string (paper_text, &paper))
    return pf_cli_usage_error ("export",
                               _("--paper: “%s” is not a4, letter, a4-landscape or "
                                 "letter-landscape"), paper_text);
  if (!pf_cli_read_units ("export", units_text, &units))
    return PF_EXIT_BAD_USAGE;

  pf_plan_inputs_init (&inputs);
  file = g_file_new_for_commandline_arg (argv[1]);
  if (!pf_plan_file_load (file, &inputs, NULL, &error))
    {
      pf_cli_print_error ("%s", error->message);
      return PF_EXIT_BAD_INPUT;
    }
  /* Printed in other units than it was saved in, a plan whose runner never chose a split unit
   * is split per kilometre or per mile as these go, as in the window and in `plan`. */
  pf_plan_inputs_follow_split_unit (&inputs,
                                    units == PF_UNITS_IMPERIAL ? PF_SPLIT_MILE : PF_SPLIT_KM);
  if ((plan = pf_plan_compute (&inputs, &error)) == NULL)
    {
      pf_cli_print_error ("%s", error->message);
      return PF_EXIT_BAD_INPUT;
    }

  /* In the formats' order; the first file that cannot be written ends the run. */
  paths[PF_EXPORT_RACE_SHEET_PDF] = race_sheet;
  paths[PF_EXPORT_RACE_CARD_PDF] = card;
  paths[PF_EXPORT_PLAN_PDF] = pdf;
  paths[PF_EXPORT_PACE_BAND_PDF] = band;
  paths[PF_EXPORT_SPLITS_CSV] = csv;
  paths[PF_EXPORT_SCHEDULE_CSV] = schedule_csv;
  paths[PF_EXPORT_TIMED_GPX] = gpx;
  paths[PF_EXPORT_FIT_COURSE] = fit;
  paths[PF_EXPORT_TCX_COURSE] = tcx;
  for (guint format = 0; format < PF_N_EXPORT_FORMATS; format++)
    {
      g_autoptr(GFile) out = NULL;

      if (paths[format] == NULL)
        continue;

      out = g_file_new_for_commandline_arg (paths[format]);
      if (!pf_export_write (plan, format, NULL, units, paper, out, &error))
        {
          pf_cli_print_error ("%s", error->message);
          return PF_EXIT_BAD_INPUT;
        }
    }

  return PF_EXIT_OK;
}
