/* pf-cli-profile.c — pacefuel-cli profile RUN… [--model M] [--save PROFILE.json]
 *                                    [--units auto|metric|imperial] [--json]
 *
 * The runner's own profile (core/pf-runner-profile.c) from recorded runs, files or folders of
 * them: what it rests on, the grade table against the model, heat and fade.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-cli-profile"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "core/pacefuel-core.h"
#include "pf-cli.h"

/* @text padded to @width characters (not bytes: "−" is three), right-aligned or left. */
static char *
pad (const char *text,
     int         width,
     gboolean    right)
{
  int missing = MAX (0, width - (int) g_utf8_strlen (text, -1));
  g_autofree char *spaces = g_strnfill (missing, ' ');

  return right ? g_strconcat (spaces, text, NULL) : g_strconcat (text, spaces, NULL);
}

static void
print_text (const PfRunnerProfile *p,
            PfUnitSystem           units)
{
  g_autofree char *km = pf_format_distance (units, p->distance_m);
  guint removed = p->n_removed_stop + p->n_removed_walk + p->n_removed_spike;

  printf (_("Runs: %u of %u used, %s\n"), p->n_runs_used, p->n_runs_given, km);
  printf (_("Segments: %u kept, %u removed (%u stops, %u walking breaks, %u GPS jumps)\n"),
          p->n_segments, removed, p->n_removed_stop, p->n_removed_walk, p->n_removed_spike);
  printf (_("Grade model: %s\n"), pf_grade_model_to_string (p->model));
  /* Each column as wide as its header or its widest value, counted in characters: a
   * translated header ("Pendiente", "Läufe") never pushes the numbers out of line. */
  {
    const char *headers[] = { _("Grade"), _("Model"), _("Yours"), _("Band"), _("Segments"),
                              _("Runs") };
    const int minimum[] = { 8, 8, 8, 17, 9, 5 };
    int width[G_N_ELEMENTS (headers)];

    printf ("\n");
    for (guint c = 0; c < G_N_ELEMENTS (headers); c++)
      {
        g_autofree char *cell = NULL;

        width[c] = MAX (minimum[c], (int) g_utf8_strlen (headers[c], -1));
        cell = pad (headers[c], width[c], c > 0);
        printf ("%s ", cell);
      }
    printf (" %s\n", _("Distance"));

    for (guint k = 0; k < PF_RUNNER_PROFILE_N_KNOTS; k++)
      {
        const PfRunnerProfileKnot *x = &p->knots[k];
        double model = pf_grade_factor (p->model, x->grade);
        char *cells[G_N_ELEMENTS (headers)];
        g_autofree char *dist = pf_format_distance (units, x->distance_m);

        cells[0] = pf_format_grade (x->grade);
        cells[1] = g_strdup_printf ("%.3f", model);
        cells[2] = g_strdup_printf ("%.3f", model * exp (x->correction));
        cells[3] = g_strdup_printf ("%.3f–%.3f", model * exp (x->correction - 1.96 * x->se),
                                    model * exp (x->correction + 1.96 * x->se));
        cells[4] = g_strdup_printf ("%u", x->n_segments);
        cells[5] = g_strdup_printf ("%u", x->n_runs);
        for (guint c = 0; c < G_N_ELEMENTS (headers); c++)
          {
            g_autofree char *cell = pad (cells[c], width[c], c > 0);

            printf ("%s ", cell);
            g_free (cells[c]);
          }
        printf (" %s\n", dist);
      }
  }
  printf ("\n");
  if (p->heat.known)
    printf (g_dngettext (GETTEXT_PACKAGE,
                         "Heat: %.2f × the model's slowdown (band %.2f–%.2f), from %u run\n",
                         "Heat: %.2f × the model's slowdown (band %.2f–%.2f), from %u runs\n",
                         p->heat.n_runs),
            1.0 + p->heat.value, 1.0 + p->heat.value - 1.96 * p->heat.se,
            1.0 + p->heat.value + 1.96 * p->heat.se, p->heat.n_runs);
  else
    printf (g_dngettext (GETTEXT_PACKAGE,
                         "Heat: the model's (too little spread in temperature to tell, %u run with a "
                         "temperature)\n",
                         "Heat: the model's (too little spread in temperature to tell, %u runs with a "
                         "temperature)\n", p->heat.n_runs),
            p->heat.n_runs);
  if (p->fade.known)
    {
      /* Signed percentages with a true minus, as the grades above. */
      g_autofree char *value = pf_format_grade (p->fade.value);
      g_autofree char *low = pf_format_grade (p->fade.value - 1.96 * p->fade.se);
      g_autofree char *high = pf_format_grade (p->fade.value + 1.96 * p->fade.se);

      /* Translators: "Fade: −2.5 % of pace per hour (band −6.5 % to +1.5 %), from 1 run of 90
       * minutes or more" */
      printf (g_dngettext (GETTEXT_PACKAGE,
                           "Fade: %s of pace per hour (band %s to %s), from %u run of 90 minutes "
                           "or more\n",
                           "Fade: %s of pace per hour (band %s to %s), from %u runs of 90 minutes "
                           "or more\n", p->fade.n_runs),
              value, low, high, p->fade.n_runs);
    }
  else
    printf ("%s\n", _("Fade: none learnt (no run of 90 minutes or more)"));
}

int
pf_cli_profile (int    argc,
                char **argv)
{
  g_autofree char *model_text = NULL;
  g_autofree char *save_path = NULL;
  g_autofree char *units_text = NULL;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "model", 0, 0, G_OPTION_ARG_STRING, &model_text,
      N_("The grade model the profile corrects: strava (default), minetti or ultrapacer"),
      N_("MODEL") },
    { "save", 0, 0, G_OPTION_ARG_FILENAME, &save_path, N_("Save the profile to this file"),
      N_("PROFILE.json") },
    { "units", 0, 0, G_OPTION_ARG_STRING, &units_text,
      N_("Units of the table: auto (from the locale), metric or imperial"), N_("UNITS") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the profile as JSON (SI units)"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("RUN… — the runner's own grade, "
                                                              "heat and fade from their runs"));
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) runs = g_ptr_array_new_with_free_func ((GDestroyNotify) pf_track_unref);
  g_autoptr(PfRunnerProfile) profile = NULL;
  PfGradeModel model = PF_GRADE_MODEL_DEFAULT;
  PfUnitSystem units;
  gboolean failed = FALSE;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
                                    _("RUN is a GPX, TCX or FIT activity with times, or a folder "
                                      "of them. The profile corrects the grade model where your "
                                      "runs show it, and stays the model where they do not."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return pf_cli_usage_error ("profile", "%s", error->message);
  if (argc < 2)
    return pf_cli_usage_error ("profile", "%s", _("no run given"));
  if (model_text != NULL && !pf_grade_model_from_string (model_text, &model))
    return pf_cli_usage_error ("profile", _("--model: “%s” is not strava, minetti or ultrapacer"),
                               model_text);
  if (!pf_cli_read_units ("profile", units_text, &units))
    return PF_EXIT_BAD_USAGE;
  if (save_path != NULL && !pf_cli_check_out_name ("profile", "--save", save_path))
    return PF_EXIT_BAD_USAGE;

  for (int i = 1; i < argc; i++)
    if (!pf_runner_profile_collect_runs (argv[i], paths, &error))
      {
        pf_cli_print_error ("%s: %s", argv[i], error->message);
        return PF_EXIT_BAD_INPUT;
      }
  if (paths->len > PF_RUNNER_PROFILE_MAX_RUNS)
    {
      pf_cli_print_error (_("more than %d runs given"), PF_RUNNER_PROFILE_MAX_RUNS);
      return PF_EXIT_BAD_INPUT;
    }
  /* Every bad file is named, not only the first, then the command fails. */
  for (guint i = 0; i < paths->len; i++)
    {
      g_autoptr(GError) local_error = NULL;
      PfTrack *track = pf_import_path (g_ptr_array_index (paths, i), &local_error);

      if (track == NULL)
        {
          pf_cli_print_error ("%s", local_error->message);
          failed = TRUE;
        }
      else
        g_ptr_array_add (runs, track);
    }
  if (failed)
    return PF_EXIT_BAD_INPUT;

  profile = pf_runner_profile_fit (runs, NULL, model, &error);
  if (profile == NULL)
    {
      pf_cli_print_error ("%s", error->message);
      return PF_EXIT_BAD_INPUT;
    }
  if (save_path != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (save_path);

      if (!pf_runner_profile_save (profile, file, &error))
        {
          pf_cli_print_error ("%s", error->message);
          return PF_EXIT_BAD_INPUT;
        }
    }

  if (json)
    {
      g_autofree char *data = pf_runner_profile_to_json (profile, NULL);

      printf ("%s\n", data);
    }
  else
    print_text (profile, units);

  return fflush (stdout) == 0 ? PF_EXIT_OK : PF_EXIT_BAD_INPUT;
}
