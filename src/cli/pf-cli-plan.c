/* pf-cli-plan.c — pacefuel-cli plan COURSE_FILE [options] [--json | --csv]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-cli-plan"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "core/pacefuel-core.h"
#include "forecast/pf-forecast-client.h"
#include "report/pf-csv.h"
#include "report/pf-units.h"
#include "pf-cli.h"
#include "pf-cli-plan-private.h"

/* Recorded runs: best efforts become races, long runs and volume fill the training. */
static gboolean
add_training_files (const PfCliPlanOptions  *o,
                    PfPlanInputs            *inputs,
                    GError                 **error)
{
  g_autoptr(GPtrArray) tracks = g_ptr_array_new_with_free_func ((GDestroyNotify) pf_track_unref);
  g_auto(PfTrainingSummary) summary = { 0 };
  double goal_pace = 0.0;

  for (guint i = 0; o->training_files[i] != NULL; i++)
    {
      PfTrack *run = pf_import_path (o->training_files[i], error);

      if (run == NULL)
        return FALSE;
      g_ptr_array_add (tracks, run);
    }

  if (inputs->pace_mode == PF_PACE_MODE_GOAL)
    {
      double distance = inputs->official_distance_m;

      if (distance <= 0.0)
        {
          g_autoptr(PfCourse) course = pf_course_new (inputs->track, NULL, NULL);

          distance = course != NULL ? pf_course_get_distance (course) : 0.0;
        }
      if (distance > 0.0)
        goal_pace = inputs->goal_time_s / distance * 1000.0;
    }

  if (!pf_training_summarise (tracks, goal_pace, &summary, error))
    return FALSE;
  pf_training_apply (&summary, inputs);
  return pf_plan_inputs_validate (inputs, error);
}

/* --profile FILE: the runner's own profile for this plan; --no-profile: none. */
static gboolean
use_profile (const PfCliPlanOptions  *o,
             PfPlanInputs            *inputs,
             GError                 **error)
{
  g_autoptr(PfRunnerProfile) profile = NULL;
  g_autoptr(GFile) file = NULL;

  if (o->no_profile)
    pf_plan_inputs_set_profile (inputs, NULL);
  if (o->profile == NULL)
    return TRUE;
  file = g_file_new_for_commandline_arg (o->profile);
  profile = pf_runner_profile_load (file, error);
  if (profile == NULL)
    return FALSE;
  pf_plan_inputs_set_profile (inputs, profile);
  return TRUE;
}

/* The start time's calendar day; FALSE for a time of day alone (kept on 1970-01-01). */
static gboolean
race_day_of (gint64  start_time,
             GDate  *day)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (start_time);
  int y, m, d;

  if (dt == NULL || start_time < 24 * 3600)
    return FALSE;
  g_date_time_get_ymd (dt, &y, &m, &d);
  g_date_clear (day, 1);
  g_date_set_dmy (day, d, m, y);
  return TRUE;
}

/* A forecast is for a day: --forecast needs a start with its date (or a plan file's). */
static gboolean
forecast_has_day (const PfCliPlanOptions *o,
                  const PfPlanInputs     *inputs)
{
  GDate day;

  if (!o->forecast || race_day_of (inputs->start_time, &day))
    return TRUE;

  pf_cli_usage_error ("plan", "%s", _("--forecast needs the race day: give --start "
                                      "YYYY-MM-DDTHH:MM"));
  return FALSE;
}

/* Replaces the hourly conditions with the race day's forecast at the course's start. A
 * first plan on the typed conditions tells how long the race will take, so the hours asked
 * for span it; pf_forecast_apply keeps an hour to spare each side. */
static gboolean
add_forecast (const PfCliPlanOptions  *o,
              PfPlanInputs            *inputs,
              GError                 **error)
{
  g_autoptr(PfForecastClient) client = pf_forecast_client_new ();
  g_autoptr(PfForecast) forecast = NULL;
  g_autoptr(PfPlan) first = NULL;
  const char *url;
  double lat, lon, duration;
  GDate day;

  first = pf_plan_compute (inputs, error);
  if (first == NULL)
    return FALSE;
  pf_course_get_start (pf_plan_get_course (first), &lat, &lon);
  if (!race_day_of (inputs->start_time, &day))
    g_return_val_if_reached (FALSE);  /* checked with the options */

  /* --forecast-url, else PACEFUEL_FORECAST_URL as the window reads it (tests and
   * self-hosted instances), else Open-Meteo's. */
  url = o->forecast_url;
  if (url == NULL && g_getenv ("PACEFUEL_FORECAST_URL") != NULL
      && *g_getenv ("PACEFUEL_FORECAST_URL") != '\0')
    url = g_getenv ("PACEFUEL_FORECAST_URL");
  pf_forecast_client_set_base_url (client, url);
  forecast = pf_forecast_client_fetch (client, lat, lon, &day, NULL, error);
  if (forecast == NULL)
    {
      g_prefix_error (error, "forecast: ");
      return FALSE;
    }
  /* The forecast's heat may slow the runner past the window asked for: then once more, for
   * the longer race. */
  duration = pf_plan_get_finish_time (first);
  for (guint pass = 0; pass < 2; pass++)
    {
      g_autoptr(PfPlan) plan = NULL;

      if (!pf_forecast_apply (forecast, inputs->start_time, duration, &inputs->conditions, error))
        {
          g_prefix_error (error, "forecast: ");
          return FALSE;
        }
      plan = pf_plan_compute (inputs, error);
      if (plan == NULL)
        return FALSE;
      if (pf_plan_get_finish_time (plan) <= duration)
        break;
      duration = pf_plan_get_finish_time (plan);
    }

  return TRUE;
}

/* GOption's own doubles take "nan" (then read as not given), "inf" and hex: every number
 * option goes through the core's one reader instead. */
#define NUMBER ((gpointer) _pf_cli_plan_read_number)

int
pf_cli_plan (int    argc,
             char **argv)
{
  g_auto(PfCliPlanOptions) o = { .temp = NAN, .temp_end = NAN, .rh = NAN, .dew_point = NAN,
                                  .drift = NAN, .mass = NAN, .height = NAN, .sweat_rate = NAN,
                                  .sweat_sodium = NAN, .gut_max = NAN, .carbs_per_hour = NAN,
                                  .fluid_per_hour = NAN, .fluid_ceiling = NAN, .carry_bottle = NAN,
                                  .drink_carbs = NAN, .drink_fructose = NAN, .week_km = NAN,
                                  .longest_run = NAN, .goal_pace_km = NAN };
  const GOptionEntry entries[] = {
    { "name", 0, 0, G_OPTION_ARG_STRING, &o.name,
      N_("The athlete’s name, printed on every page and in file names"), N_("NAME") },
    { "club", 0, 0, G_OPTION_ARG_STRING, &o.club, N_("The athlete’s club or coach"),
      N_("CLUB") },
    { "goal", 0, 0, G_OPTION_ARG_STRING, &o.goal, N_("Finish in this time"), N_("H:MM:SS") },
    { "from-race", 0, 0, G_OPTION_ARG_STRING_ARRAY, &o.races,
      N_("A recent race (repeatable): predicts the finish without --goal"), N_("DIST_M=TIME") },
    { "start", 0, 0, G_OPTION_ARG_STRING, &o.start, N_("Start date and time (local)"),
      N_("YYYY-MM-DDTHH:MM") },
    { "temp", 0, 0, G_OPTION_ARG_CALLBACK, NUMBER, N_("Air temperature at the start (default 12)"),
      N_("C") },
    { "temp-end", 0, 0, G_OPTION_ARG_CALLBACK, NUMBER,
      N_("Air temperature at the finish (linear in between)"), N_("C") },
    { "rh", 0, 0, G_OPTION_ARG_CALLBACK, NUMBER, N_("Relative humidity (default 60)"), N_("PCT") },
    { "dew-point", 0, 0, G_OPTION_ARG_CALLBACK, NUMBER, N_("Dew point instead of humidity"),
      N_("C") },
    { "model", 0, 0, G_OPTION_ARG_STRING, &o.model,
      N_("Grade model: strava (default), minetti, ultrapacer"), N_("MODEL") },
    { "heat-model", 0, 0, G_OPTION_ARG_STRING, &o.heat_model,
      N_("Heat model: hadley (temperature + dew point, default) or mantzios (temperature and "
         "humidity)"), N_("MODEL") },
    { "strategy", 0, 0, G_OPTION_ARG_STRING, &o.strategy,
      N_("even-effort (default), even-pace, negative:PCT, positive:PCT"), N_("STRATEGY") },
    { "drift", 0, 0, G_OPTION_ARG_CALLBACK, NUMBER,
      N_("Late-race slowdown reached at the finish, per cent (default 0)"), N_("PCT") },
    { "splits", 0, 0, G_OPTION_ARG_STRING, &o.splits,
      N_("Splits per km, mile or aid (default: a saved plan’s own choice, else the unit of "
         "--units)"),
      N_("UNIT") },
    { "official-distance", 0, 0, G_OPTION_ARG_STRING, &o.official,
      N_("Scale the course: metres, or 5k, 10k, half, marathon"), N_("M") },
    { "units", 0, 0, G_OPTION_ARG_STRING, &o.units,
      N_("Units of the table: auto (from the locale), metric or imperial"), N_("UNITS") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &o.json, N_("Print the plan as JSON (SI units)"), NULL },
    { "csv", 0, 0, G_OPTION_ARG_NONE, &o.csv, N_("Print the splits as CSV (SI units)"), NULL },
    { "save", 0, 0, G_OPTION_ARG_FILENAME, &o.save,
      N_("Save the plan as a plan document (course included)"), N_("PLAN.pacefuel") },
    { "mass", 0, 0, G_OPTION_ARG_CALLBACK, NUMBER, N_("Body mass (default 70)"), N_("KG") },
    { "height", 0, 0, G_OPTION_ARG_CALLBACK, NUMBER, N_("Height (default 175)"), N_("CM") },
    { "sweat-rate", 0, 0, G_OPTION_ARG_CALLBACK, NUMBER,
      N_("Sweat rate measured at about 20 °C and 11 km/h"), N_("L_PER_H") },
    { "sweat-test", 0, 0, G_OPTION_ARG_STRING, &o.sweat_test,
      N_("A field test: pre=KG,post=KG,drank=L,urine=L,minutes=N,temp=C,dew=C|rh=PCT,pace=M:SS"),
      N_("TEST") },
    { "sweat-sodium", 0, 0, G_OPTION_ARG_CALLBACK, NUMBER, N_("Sweat sodium (default 900)"),
      N_("MG_PER_L") },
    { "sweat-sodium-band", 0, 0, G_OPTION_ARG_STRING, &o.sweat_sodium_band,
      N_("Sweat sodium as low, typical or salty (white salt marks on kit)"), N_("BAND") },
    { "cramp-prone", 0, 0, G_OPTION_ARG_NONE, &o.cramp_prone, N_("The runner has a cramp history"),
      NULL },
    { "gut-max", 0, 0, G_OPTION_ARG_CALLBACK, NUMBER,
      N_("Carbohydrate the gut is trained for (default 60)"), N_("G_PER_H") },
    { "carbs-per-hour", 0, 0, G_OPTION_ARG_CALLBACK, NUMBER,
      N_("A carbohydrate target instead of the one by duration"), N_("G") },
    { "fluid-per-hour", 0, 0, G_OPTION_ARG_CALLBACK, NUMBER,
      N_("A fluid target instead of the one from sweat (still within the rails)"), N_("L") },
    { "fluid-ceiling", 0, 0, G_OPTION_ARG_CALLBACK, NUMBER,
      N_("Most to drink in an hour (default 0.8)"), N_("L_PER_H") },
    { "drink-mode", 0, 0, G_OPTION_ARG_STRING, &o.drink_mode,
      N_("planned volumes (default) or thirst (volumes are upper bounds)"), N_("MODE") },
    { "aid", 0, 0, G_OPTION_ARG_STRING, &o.aid, N_("Aid stations to add, in km along the course"),
      N_("KM[,KM…]") },
    { "aid-every", 0, 0, G_OPTION_ARG_STRING, &o.aid_every,
      N_("An aid station every DIST to the finish: metres, or a number with km or mi (5km, 3mi)"),
      N_("DIST") },
    { "aid-from", 0, 0, G_OPTION_ARG_STRING, &o.aid_from,
      N_("With --aid-every: the first station (default: DIST from the start)"), N_("DIST") },
    { "aid-to", 0, 0, G_OPTION_ARG_STRING, &o.aid_to,
      N_("With --aid-every: no station past this (default: the finish)"), N_("DIST") },
    { "carry-bottle", 0, 0, G_OPTION_ARG_CALLBACK, NUMBER,
      N_("Carry a bottle of this size and drink from it every 15 minutes"), N_("ML") },
    { "drink-carbs", 0, 0, G_OPTION_ARG_CALLBACK, NUMBER,
      N_("Your own drink mix's carbohydrate (the plan keeps it at 80 g/L at most)"), N_("G_PER_L") },
    { "drink-fructose", 0, 0, G_OPTION_ARG_CALLBACK, NUMBER,
      N_("Your own drink mix's fructose share of its carbohydrate"), N_("PCT") },
    { "race", 0, 0, G_OPTION_ARG_STRING_ARRAY, &o.training_races,
      N_("A recent race (repeatable), with its date"), N_("DIST_M=TIME[@YYYY-MM-DD]") },
    { "training-week-km", 0, 0, G_OPTION_ARG_CALLBACK, NUMBER,
      N_("Average weekly distance over the last 8 weeks"), N_("KM") },
    { "longest-run", 0, 0, G_OPTION_ARG_CALLBACK, NUMBER, N_("Longest training run"),
      N_("KM") },
    { "goal-pace-km", 0, 0, G_OPTION_ARG_CALLBACK, NUMBER,
      N_("Longest continuous run at goal pace"), N_("KM") },
    { "training-pace", 0, 0, G_OPTION_ARG_STRING, &o.training_pace,
      N_("Average pace of all your running over the last 8 weeks, per kilometre"), N_("M:SS") },
    { "training", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &o.training_files,
      N_("A recorded run, GPX, TCX or FIT with times (repeatable): best efforts, long runs, volume"),
      N_("FILE") },
    { "acclimatised", 0, 0, G_OPTION_ARG_NONE, &o.acclimatised,
      N_("The runner is acclimatised to heat"), NULL },
    { "profile", 0, 0, G_OPTION_ARG_FILENAME, &o.profile,
      N_("Use the runner's own hills, heat and fade (a profile from pacefuel-cli profile --save)"),
      N_("FILE") },
    { "no-profile", 0, 0, G_OPTION_ARG_NONE, &o.no_profile,
      N_("Plan with the published models only, even if the plan file holds a profile"), NULL },
    { "product", 0, 0, G_OPTION_ARG_STRING_ARRAY, &o.products,
      N_("Your own product (repeatable): name=NAME,carbs=G,glucose=G,fructose=G,sodium=MG,caffeine=MG,volume=ML"),
      N_("PRODUCT") },
    { "aid-offers", 0, 0, G_OPTION_ARG_STRING_ARRAY, &o.aid_offers,
      N_("What the station at KM offers (repeatable; others: water and sports drink; none: left out)"),
      N_("KM=water+sports+gels+food|none") },
    { "answer", 0, 0, G_OPTION_ARG_STRING_ARRAY, &o.answers,
      N_("Answer a pre-race checklist question (repeatable)"), N_("QUESTION=yes|no") },
    { "forecast", 0, 0, G_OPTION_ARG_NONE, &o.forecast,
      N_("Use the race day's hourly forecast from Open-Meteo.com (needs a dated --start and "
         "the network)"), NULL },
    { "forecast-url", 0, 0, G_OPTION_ARG_STRING, &o.forecast_url,
      N_("The forecast service (default https://api.open-meteo.com/v1/forecast)"), N_("URL") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("COURSE_FILE|PLAN.pacefuel — plan a race"));
  GOptionGroup *group;
  g_autoptr(GError) error = NULL;
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(PfTrack) track = NULL;
  g_autoptr(PfPlan) plan = NULL;
  PfUnitSystem units;

  /* The number options are read by _pf_cli_plan_read_number, which needs the options. */
  group = g_option_group_new (NULL, NULL, NULL, &o, NULL);
  g_option_group_add_entries (group, entries);
  g_option_group_set_translation_domain (group, GETTEXT_PACKAGE);
  g_option_context_set_main_group (context, group);
  g_option_context_set_description (context,
                                    _("Every stretch of the course gets the pace that spends equal "
                                      "effort on hills and flats, slowed for the heat of the hour "
                                      "the runner gets there; the splits add up to the goal.\n"
                                      "Exit status: 0 on success, 1 for a file that cannot be used, "
                                      "2 for bad usage."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return pf_cli_usage_error ("plan", "%s", error->message);
  if (argc != 2)
    return pf_cli_usage_error ("plan", "%s", argc < 2 ? _("no course file or plan given")
                                                      : _("give exactly one course file or plan"));
  if (o.json && o.csv)
    return pf_cli_usage_error ("plan", "%s", _("give --json or --csv, not both"));
  if (o.forecast_url != NULL && !o.forecast)
    return pf_cli_usage_error ("plan", "%s", _("--forecast-url goes with --forecast"));
  if (o.profile != NULL && o.no_profile)
    return pf_cli_usage_error ("plan", "%s", _("give --profile or --no-profile, not both"));
  if (!pf_cli_check_out_name ("plan", "--save", o.save))
    return PF_EXIT_BAD_USAGE;
  if (!pf_cli_read_units ("plan", o.units, &units))
    return PF_EXIT_BAD_USAGE;

  pf_plan_inputs_init (&inputs);
  if (pf_plan_file_is_plan_name (argv[1]))
    {
      /* A saved plan (or its backup, "PLAN.pacefuel~"): its inputs, with the options given
       * here on top. */
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (argv[1]);

      if (!pf_plan_file_load (file, &inputs, NULL, &error))
        {
          pf_cli_print_error ("%s", error->message);
          return PF_EXIT_BAD_INPUT;
        }
      if (!_pf_cli_plan_inputs_from_options (&o, &inputs, TRUE) || !forecast_has_day (&o, &inputs))
        return PF_EXIT_BAD_USAGE;
    }
  else
    {
      if (!_pf_cli_plan_inputs_from_options (&o, &inputs, FALSE) || !forecast_has_day (&o, &inputs))
        return PF_EXIT_BAD_USAGE;

      track = pf_import_path (argv[1], &error);
      if (track == NULL)
        {
          pf_cli_print_error ("%s", error->message);
          return PF_EXIT_BAD_INPUT;
        }
      pf_plan_inputs_set_track (&inputs, track);
    }
  /* The splits are per unit of the units the plan is read in, as in the window, unless the
   * runner chose theirs: --splits here, or in the app for a plan file. */
  pf_plan_inputs_follow_split_unit (&inputs,
                                    units == PF_UNITS_IMPERIAL ? PF_SPLIT_MILE : PF_SPLIT_KM);
  _pf_cli_plan_read_goal_for_course (&o, &inputs);
  if (!_pf_cli_plan_check_for_course (&o, &inputs) || !_pf_cli_plan_add_aid_every (&o, &inputs))
    return PF_EXIT_BAD_USAGE;

  if (!use_profile (&o, &inputs, &error))
    {
      pf_cli_print_error ("%s", error->message);
      return PF_EXIT_BAD_INPUT;
    }

  if (o.training_files != NULL && !add_training_files (&o, &inputs, &error))
    {
      pf_cli_print_error ("%s", error->message);
      return PF_EXIT_BAD_INPUT;
    }

  if (o.forecast && !add_forecast (&o, &inputs, &error))
    {
      pf_cli_print_error ("%s", error->message);
      return PF_EXIT_BAD_INPUT;
    }

  plan = pf_plan_compute (&inputs, &error);
  if (plan == NULL)
    {
      pf_cli_print_error ("%s", error->message);
      return PF_EXIT_BAD_INPUT;
    }

  if (o.save != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (o.save);

      if (!pf_plan_file_save (&inputs, file, NULL, &error))
        {
          pf_cli_print_error ("%s", error->message);
          return PF_EXIT_BAD_INPUT;
        }
    }

  if (o.json)
    {
      g_autoptr(JsonNode) root = pf_plan_to_json (plan);

      pf_cli_print_json (root);
    }
  else if (o.csv)
    {
      g_autofree char *text = pf_csv_splits (plan);

      fputs (text, stdout);
    }
  else
    {
      _pf_cli_plan_print_plan (plan, units);
      _pf_cli_plan_print_fuel (plan, units);
      _pf_cli_plan_print_warnings (plan, units);
    }

  return fflush (stdout) == 0 ? PF_EXIT_OK : PF_EXIT_BAD_INPUT;
}
