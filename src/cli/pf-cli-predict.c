/* pf-cli-predict.c — pacefuel-cli predict --race DIST_M=TIME [--race …] [--distance M]
 *                                          [--units auto|metric|imperial] [--json]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-cli-predict"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <stdio.h>

#include "core/pacefuel-core.h"
#include "pf-cli.h"

int
pf_cli_predict (int    argc,
                char **argv)
{
  g_auto(GStrv) races = NULL;
  g_autofree char *distance_text = NULL;
  g_autofree char *units_text = NULL;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "race", 0, 0, G_OPTION_ARG_STRING_ARRAY, &races,
      N_("A recent race (repeatable; two or more give a personal Riegel exponent)"),
      N_("DIST_M=TIME") },
    { "distance", 0, 0, G_OPTION_ARG_STRING, &distance_text,
      N_("The distance to predict: metres, or 5k, 10k, half, marathon (default marathon)"),
      N_("M") },
    { "units", 0, 0, G_OPTION_ARG_STRING, &units_text,
      N_("Units of the table: auto (from the locale), metric or imperial"), N_("UNITS") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON (seconds)"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("— predict a race time from recent races"));
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) distances = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) predictions = NULL;
  double target = PF_DISTANCE_MARATHON;
  PfUnitSystem units;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
                                    _("Models: vdot (Daniels–Gilbert), riegel (exponent 1.06) and "
                                      "cameron up to the marathon; records (the world-record curve) "
                                      "beyond it; riegel-personal (your own exponent, from two "
                                      "races of different distances). No prediction from a "
                                      "shorter race beats the world records' ratio."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return pf_cli_usage_error ("predict", "%s", error->message);
  if (argc != 1)
    return pf_cli_usage_error ("predict", _("unexpected argument “%s”"), argv[1]);
  if (races == NULL)
    return pf_cli_usage_error ("predict", "%s", _("give at least one --race DISTANCE_M=TIME"));
  if (distance_text != NULL && !pf_cli_parse_distance (distance_text, &target))
    return pf_cli_usage_error ("predict", _("--distance: “%s” is not a distance in metres "
                                            "nor one of 5k, 10k, half, marathon"), distance_text);
  if (!pf_cli_read_units ("predict", units_text, &units))
    return PF_EXIT_BAD_USAGE;

  for (guint i = 0; races[i] != NULL; i++)
    {
      g_auto(PfPlanInputs) check = { 0 };
      double d, t;

      pf_plan_inputs_init (&check);
      if (!pf_cli_parse_race (races[i], &d, &t))
        return pf_cli_usage_error ("predict", _("--race: “%s” is not DISTANCE_M=TIME "
                                                "(e.g. 21097.5=1:45:00 or 10k=48:30)"), races[i]);
      pf_plan_inputs_add_race (&check, d, t);
      if (!pf_plan_inputs_validate (&check, &error))
        return pf_cli_usage_error ("predict", "%s", error->message);
      g_array_append_val (distances, d);
      g_array_append_val (times, t);
    }

  predictions = pf_predict_all ((const double *) (gpointer) distances->data,
                                (const double *) (gpointer) times->data, distances->len, target);

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (builder);
      pf_json_add_double (builder, "distance_m", target);
      pf_json_begin_array (builder, "predictions");
      for (guint i = 0; i < predictions->len; i++)
        {
          const PfPrediction *p = &g_array_index (predictions, PfPrediction, i);

          json_builder_begin_object (builder);
          pf_json_add_string (builder, "model", pf_prediction_model_to_string (p->model));
          /* Not pf_json_round: the same hundredths, a last digit apart, as ever. */
          pf_json_add_double (builder, "time_s", round (p->time_s * 100.0) / 100.0);
          pf_json_add_bool (builder, "capped_by_records", p->capped);
          pf_json_add_string (builder, "rests_on", pf_prediction_model_get_basis (p->model));
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      pf_cli_print_json (root);
    }
  else
    {
      /* The distance predicted and each model's pace in the units asked for (--units), like
       * every line of `plan`; the basis of a model may name a distance too (a quantity). */
      g_autofree char *distance = pf_format_distance (units, target);

      printf ("%s %s\n", _("Predictions:"), distance);
      for (guint i = 0; i < predictions->len; i++)
        {
          const PfPrediction *p = &g_array_index (predictions, PfPrediction, i);
          g_autofree char *t = pf_duration_format (p->time_s);
          g_autofree char *pace = pf_format_quantity (units, PF_QUANTITY_PACE,
                                                      p->time_s / target * 1000.0, 0);
          g_autofree char *basis = pf_units_expand (units,
                                                    pf_prediction_model_get_basis (p->model));

          printf ("%-16s %8s  %-9s  %s%s\n", pf_prediction_model_to_string (p->model), t, pace,
                  basis, p->capped ? _(" (held at the world-record ratio)") : "");
        }
    }

  return fflush (stdout) == 0 ? PF_EXIT_OK : PF_EXIT_BAD_INPUT;
}
