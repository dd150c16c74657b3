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

typedef struct
{
  char    *goal;
  char   **races;
  char    *start;
  double   temp;
  double   temp_end;
  double   rh;
  double   dew_point;
  char    *model;
  char    *heat_model;
  char    *strategy;
  char    *splits;
  char    *official;
  double   drift;
  char    *units;
  gboolean json;
  gboolean csv;
  /* runner and fuel */
  double   mass;
  double   height;
  double   sweat_rate;
  char    *sweat_test;
  double   sweat_sodium;
  char    *sweat_sodium_band;
  gboolean cramp_prone;
  double   gut_max;
  double   carbs_per_hour;
  double   fluid_per_hour;
  double   fluid_ceiling;
  char    *drink_mode;
  char    *aid;
  double   carry_bottle;
  double   drink_carbs;
  double   drink_fructose;
  /* training */
  char   **training_races;
  double   week_km;
  double   longest_run;
  double   goal_pace_km;
  char   **training_files;
  gboolean acclimatised;
  char   **answers;
  char    *save;
  char   **products;
  char   **aid_offers;
  /* weather */
  gboolean forecast;
  char    *forecast_url;
} PlanOptions;

static void
plan_options_clear (PlanOptions *o)
{
  g_clear_pointer (&o->goal, g_free);
  g_clear_pointer (&o->races, g_strfreev);
  g_clear_pointer (&o->start, g_free);
  g_clear_pointer (&o->model, g_free);
  g_clear_pointer (&o->heat_model, g_free);
  g_clear_pointer (&o->strategy, g_free);
  g_clear_pointer (&o->splits, g_free);
  g_clear_pointer (&o->official, g_free);
  g_clear_pointer (&o->units, g_free);
  g_clear_pointer (&o->sweat_test, g_free);
  g_clear_pointer (&o->sweat_sodium_band, g_free);
  g_clear_pointer (&o->drink_mode, g_free);
  g_clear_pointer (&o->aid, g_free);
  g_clear_pointer (&o->training_races, g_strfreev);
  g_clear_pointer (&o->training_files, g_strfreev);
  g_clear_pointer (&o->answers, g_strfreev);
  g_clear_pointer (&o->save, g_free);
  g_clear_pointer (&o->products, g_strfreev);
  g_clear_pointer (&o->aid_offers, g_strfreev);
  g_clear_pointer (&o->forecast_url, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PlanOptions, plan_options_clear)

/* "DIST=TIME@YYYY-MM-DD", the date optional. */
static gboolean
parse_dated_race (const char   *text,
                  PfRaceResult *race)
{
  g_auto(GStrv) parts = g_strsplit (text, "@", 2);

  race->date = 0;
  if (!pf_cli_parse_race (parts[0], &race->distance_m, &race->time_s))
    return FALSE;
  if (parts[1] != NULL)
    {
      g_autofree char *noon = g_strconcat (parts[1], "T12:00", NULL);

      return strlen (parts[1]) == 10 && pf_start_time_parse (noon, &race->date);
    }

  return TRUE;
}

/* "pre=KG,post=KG,drank=L,urine=L,minutes=N,temp=C,dew=C|rh=PCT,pace=M:SS" */
static gboolean
parse_sweat_test (const char  *text,
                  PfSweatTest *test)
{
  g_auto(GStrv) fields = g_strsplit (text, ",", -1);
  double rh = NAN;
  guint seen = 0;

  test->dew_point_c = NAN;
  test->urine_l = 0.0;
  for (guint i = 0; fields[i] != NULL; i++)
    {
      g_auto(GStrv) kv = g_strsplit (fields[i], "=", 2);
      double *slot = NULL;
      char *end = NULL;
      double value;

      if (g_strv_length (kv) != 2)
        return FALSE;
      if (g_str_equal (kv[0], "pace"))
        {
          if (!pf_duration_parse (kv[1], &test->pace_s_per_km))
            return FALSE;
          seen |= 1 << 0;
          continue;
        }

      if (g_str_equal (kv[0], "pre"))
        slot = &test->pre_kg, seen |= 1 << 1;
      else if (g_str_equal (kv[0], "post"))
        slot = &test->post_kg, seen |= 1 << 2;
      else if (g_str_equal (kv[0], "drank"))
        slot = &test->drank_l, seen |= 1 << 3;
      else if (g_str_equal (kv[0], "urine"))
        slot = &test->urine_l;
      else if (g_str_equal (kv[0], "minutes"))
        slot = &test->minutes, seen |= 1 << 4;
      else if (g_str_equal (kv[0], "temp"))
        slot = &test->temp_c, seen |= 1 << 5;
      else if (g_str_equal (kv[0], "dew"))
        slot = &test->dew_point_c;
      else if (g_str_equal (kv[0], "rh"))
        slot = &rh;
      else
        return FALSE;

      value = g_ascii_strtod (kv[1], &end);
      if (end == kv[1] || *end != '\0' || !isfinite (value))
        return FALSE;
      *slot = value;
    }

  if (seen != 0x3f || (isnan (test->dew_point_c) == isnan (rh)))
    return FALSE;
  if (!isnan (rh))
    {
      if (rh < 0.0 || rh > 100.0)
        return FALSE;
      test->dew_point_c = pf_dew_point (test->temp_c, rh);
    }

  return TRUE;
}

/* "name=My Gel,carbs=30,glucose=20,fructose=10,sodium=60,caffeine=0,volume=0" */
static gboolean
parse_product (const char *text,
               PfProduct  *product)
{
  g_auto(GStrv) fields = g_strsplit (text, ",", -1);
  g_autofree char *name = NULL;

  memset (product, 0, sizeof *product);
  for (guint i = 0; fields[i] != NULL; i++)
    {
      g_auto(GStrv) kv = g_strsplit (fields[i], "=", 2);
      static const char * const keys[] = { "carbs", "glucose", "fructose", "sodium", "caffeine",
                                           "volume", NULL };
      double *slots[] = { &product->carbs_g, &product->glucose_g, &product->fructose_g,
                          &product->sodium_mg, &product->caffeine_mg, &product->volume_ml };
      char *end = NULL;
      guint k;

      if (g_strv_length (kv) != 2)
        return FALSE;
      if (g_str_equal (kv[0], "name"))
        {
          g_free (name);
          name = g_strstrip (g_strdup (kv[1]));
          continue;
        }
      for (k = 0; keys[k] != NULL && !g_str_equal (kv[0], keys[k]); k++)
        ;
      if (keys[k] == NULL)
        return FALSE;
      *slots[k] = g_ascii_strtod (kv[1], &end);
      if (end == kv[1] || *end != '\0')
        return FALSE;
    }

  if (name == NULL)
    return FALSE;
  product->id = g_ascii_strdown (name, -1);
  g_strcanon ((char *) product->id, "abcdefghijklmnopqrstuvwxyz0123456789", '-');
  product->name = g_steal_pointer (&name);
  return TRUE;
}

/* "KM=water+sports+gels+food", or "KM=none" to leave a station out */
static gboolean
parse_aid_offer (const char *text,
                 PfAidOffer *offer)
{
  g_auto(GStrv) kv = g_strsplit (text, "=", 2);
  g_auto(GStrv) what = NULL;
  char *end = NULL;

  if (g_strv_length (kv) != 2)
    return FALSE;
  offer->distance_m = g_ascii_strtod (kv[0], &end) * 1000.0;
  if (end == kv[0] || *end != '\0' || !(offer->distance_m >= 0.0))
    return FALSE;

  offer->offers = 0;
  what = g_strsplit (kv[1], "+", -1);
  for (guint i = 0; what[i] != NULL; i++)
    {
      if (g_str_equal (what[i], "water"))
        offer->offers |= PF_OFFERS_WATER;
      else if (g_str_equal (what[i], "sports"))
        offer->offers |= PF_OFFERS_SPORTS;
      else if (g_str_equal (what[i], "gels"))
        offer->offers |= PF_OFFERS_GELS;
      else if (g_str_equal (what[i], "food"))
        offer->offers |= PF_OFFERS_FOOD;
      else if (g_str_equal (what[i], "none"))
        offer->offers = 0;
      else
        return FALSE;
    }

  return TRUE;
}

/* A number option overrides the input only when it was given (NAN: not given). */
static void
override (double  value,
          double *input)
{
  if (!isnan (value))
    *input = value;
}

/* --goal is read again once the course is known, as the app reads its goal field
 * (pf_plan_inputs_parse_goal): "3:30" for a marathon is three and a half hours, not minutes.
 * Its form was checked with the other options. */
static void
read_goal_for_course (const PlanOptions *o,
                      PfPlanInputs      *inputs)
{
  double seconds;

  if (o->goal != NULL && pf_plan_inputs_parse_goal (inputs, o->goal, &seconds))
    inputs->goal_time_s = seconds;
}

/* Turns the options into plan inputs; a usage error is reported and FALSE returned. */
static gboolean
inputs_from_options (const PlanOptions *o,
                     PfPlanInputs      *inputs,
                     gboolean           from_file)
{
  g_autoptr(GError) error = NULL;

  if (o->goal != NULL && !pf_duration_parse (o->goal, &inputs->goal_time_s))
    return pf_cli_usage_error ("plan", _("--goal: “%s” is not a time (H:MM:SS)"), o->goal), FALSE;

  for (guint i = 0; o->races != NULL && o->races[i] != NULL; i++)
    {
      double d, t;

      if (!pf_cli_parse_race (o->races[i], &d, &t))
        return pf_cli_usage_error ("plan", _("--from-race: “%s” is not DISTANCE_M=TIME "
                                             "(e.g. 21097.5=1:45:00 or 10k=48:30)"),
                                   o->races[i]), FALSE;
      pf_plan_inputs_add_race (inputs, d, t);
    }

  for (guint i = 0; o->training_races != NULL && o->training_races[i] != NULL; i++)
    {
      PfRaceResult race;

      if (!parse_dated_race (o->training_races[i], &race))
        return pf_cli_usage_error ("plan", _("--race: “%s” is not DISTANCE_M=TIME[@YYYY-MM-DD]"),
                                   o->training_races[i]), FALSE;
      g_array_append_val (inputs->races, race);
    }

  if (!from_file && o->goal == NULL && inputs->races->len == 0 && o->training_files == NULL)
    return pf_cli_usage_error ("plan", "%s", _("give a goal (--goal H:MM:SS) or a recent race "
                                               "(--from-race DISTANCE_M=TIME)")), FALSE;
  if (o->goal != NULL)
    inputs->pace_mode = PF_PACE_MODE_GOAL;
  else if (!from_file || o->training_races != NULL || o->races != NULL)
    inputs->pace_mode = inputs->races->len > 0 || o->training_files != NULL ? PF_PACE_MODE_EFFORT
                                                                            : inputs->pace_mode;

  if (o->start != NULL && !pf_start_time_parse (o->start, &inputs->start_time))
    return pf_cli_usage_error ("plan", _("--start: “%s” is not YYYY-MM-DDTHH:MM"), o->start), FALSE;

  override (o->temp, &inputs->conditions.start_temp_c);
  override (o->temp_end, &inputs->conditions.finish_temp_c);
  if (!isnan (o->rh) && !isnan (o->dew_point))
    return pf_cli_usage_error ("plan", "%s", _("give --rh or --dew-point, not both")), FALSE;
  override (o->rh, &inputs->conditions.humidity);
  if (!isnan (o->dew_point))
    {
      inputs->conditions.humidity_kind = PF_HUMIDITY_DEW_POINT;
      inputs->conditions.humidity = o->dew_point;
    }

  if (o->model != NULL && !pf_grade_model_from_string (o->model, &inputs->grade_model))
    return pf_cli_usage_error ("plan", _("--model: “%s” is not strava, minetti or ultrapacer"),
                               o->model), FALSE;
  if (o->heat_model != NULL && !pf_heat_model_from_string (o->heat_model, &inputs->heat_model))
    return pf_cli_usage_error ("plan", _("--heat-model: “%s” is not hadley or mantzios"),
                               o->heat_model), FALSE;
  if (o->strategy != NULL
      && !pf_strategy_from_string (o->strategy, &inputs->strategy, &inputs->strategy_pct))
    return pf_cli_usage_error ("plan", _("--strategy: “%s” is not even-effort, even-pace, "
                                         "negative:PCT or positive:PCT (0 < PCT ≤ 20)"),
                               o->strategy), FALSE;

  if (o->splits == NULL)
    ;  /* keep: km for a new plan, the saved unit for a plan file */
  else if (g_strcmp0 (o->splits, "km") == 0)
    inputs->split_unit = PF_SPLIT_KM;
  else if (g_strcmp0 (o->splits, "mile") == 0)
    inputs->split_unit = PF_SPLIT_MILE;
  else if (g_strcmp0 (o->splits, "aid") == 0)
    inputs->split_unit = PF_SPLIT_AID;
  else
    return pf_cli_usage_error ("plan", _("--splits: “%s” is not km, mile or aid"), o->splits), FALSE;

  if (o->official != NULL && !pf_cli_parse_distance (o->official, &inputs->official_distance_m))
    return pf_cli_usage_error ("plan", _("--official-distance: “%s” is not a distance in metres "
                                         "nor one of 5k, 10k, half, marathon"), o->official), FALSE;
  override (o->drift, &inputs->drift_pct);

  override (o->mass, &inputs->runner.mass_kg);
  override (o->height, &inputs->runner.height_cm);
  override (o->sweat_rate, &inputs->runner.sweat_rate_l_per_h);
  if (o->sweat_test != NULL)
    {
      if (!parse_sweat_test (o->sweat_test, &inputs->runner.sweat_test))
        return pf_cli_usage_error ("plan", _("--sweat-test: “%s” is not pre=KG,post=KG,drank=L,"
                                             "[urine=L,]minutes=N,temp=C,dew=C|rh=PCT,pace=M:SS"),
                                   o->sweat_test), FALSE;
      inputs->runner.has_sweat_test = TRUE;
    }
  if (!isnan (o->sweat_sodium) && o->sweat_sodium_band != NULL)
    return pf_cli_usage_error ("plan", "%s", _("give --sweat-sodium or --sweat-sodium-band, not both")), FALSE;
  override (o->sweat_sodium, &inputs->runner.sweat_sodium_mg_per_l);
  if (o->sweat_sodium_band != NULL)
    {
      PfSodiumBand band;

      if (!pf_sodium_band_from_string (o->sweat_sodium_band, &band))
        return pf_cli_usage_error ("plan", _("--sweat-sodium-band: “%s” is not low, typical or salty"),
                                   o->sweat_sodium_band), FALSE;
      inputs->runner.sweat_sodium_mg_per_l = pf_sodium_band_get_mg_per_l (band);
    }
  inputs->runner.cramp_prone |= o->cramp_prone;
  override (o->gut_max, &inputs->runner.gut_max_g_per_h);
  override (o->carbs_per_hour, &inputs->fuel.carbs_per_hour_g);
  override (o->fluid_per_hour, &inputs->fuel.fluid_per_hour_l);
  override (o->fluid_ceiling, &inputs->fuel.fluid_ceiling_l_per_h);
  if (o->drink_mode != NULL)
    {
      if (g_str_equal (o->drink_mode, "planned"))
        inputs->fuel.drink_mode = PF_DRINK_PLANNED;
      else if (g_str_equal (o->drink_mode, "thirst"))
        inputs->fuel.drink_mode = PF_DRINK_THIRST;
      else
        return pf_cli_usage_error ("plan", _("--drink-mode: “%s” is not planned or thirst"),
                                   o->drink_mode), FALSE;
    }
  if (o->aid != NULL)
    {
      g_auto(GStrv) kms = g_strsplit (o->aid, ",", -1);

      for (guint i = 0; kms[i] != NULL; i++)
        {
          char *end = NULL;
          double km = g_ascii_strtod (kms[i], &end);

          if (end == kms[i] || *end != '\0' || !isfinite (km) || km < 0.0)
            return pf_cli_usage_error ("plan", _("--aid: “%s” is not a list of kilometres"),
                                       o->aid), FALSE;
          km *= 1000.0;
          g_array_append_val (inputs->fuel.extra_aid_m, km);
        }
    }
  override (o->carry_bottle, &inputs->fuel.carry_bottle_ml);
  override (o->drink_carbs, &inputs->fuel.drink_carbs_g_per_l);
  override (o->drink_fructose, &inputs->fuel.drink_fructose_pct);

  override (o->week_km, &inputs->training.weekly_km);
  override (o->longest_run, &inputs->training.longest_run_km);
  override (o->goal_pace_km, &inputs->training.goal_pace_km);
  inputs->training.acclimatised |= o->acclimatised;
  if ((!isnan (o->week_km) && !(o->week_km >= 0.0 && o->week_km <= 400.0))
      || (!isnan (o->longest_run) && !(o->longest_run >= 0.0 && o->longest_run <= 400.0))
      || (!isnan (o->goal_pace_km) && !(o->goal_pace_km >= 0.0 && o->goal_pace_km <= 400.0)))
    return pf_cli_usage_error ("plan", "%s", _("training distances must be between 0 and 400 km")), FALSE;

  for (guint i = 0; o->products != NULL && o->products[i] != NULL; i++)
    {
      PfProduct product;

      if (!parse_product (o->products[i], &product))
        return pf_cli_usage_error ("plan", _("--product: “%s” is not name=NAME,carbs=G,glucose=G,"
                                             "fructose=G,sodium=MG,caffeine=MG,volume=ML"),
                                   o->products[i]), FALSE;
      g_array_append_val (inputs->fuel.products, product);
    }
  for (guint i = 0; o->aid_offers != NULL && o->aid_offers[i] != NULL; i++)
    {
      PfAidOffer offer;

      if (!parse_aid_offer (o->aid_offers[i], &offer))
        return pf_cli_usage_error ("plan", _("--aid-offers: “%s” is not KM=water+sports+gels+food"),
                                   o->aid_offers[i]), FALSE;
      g_array_append_val (inputs->fuel.aid_offers, offer);
    }

  for (guint i = 0; o->answers != NULL && o->answers[i] != NULL; i++)
    {
      g_auto(GStrv) kv = g_strsplit (o->answers[i], "=", 2);
      PfCheck check;

      if (g_strv_length (kv) != 2 || !pf_check_from_id (kv[0], &check)
          || !(g_str_equal (kv[1], "yes") || g_str_equal (kv[1], "no")))
        return pf_cli_usage_error ("plan", _("--answer: “%s” is not QUESTION=yes|no (questions: "
                                             "medications, sleep, goal-pace-training, strength, "
                                             "carb-loading, fuel-plan, heat-plan, nerves)"),
                                   o->answers[i]), FALSE;
      inputs->checklist[check] = g_str_equal (kv[1], "yes") ? PF_ANSWER_YES : PF_ANSWER_NO;
    }

  /* With recorded runs, the check waits until what they say is in. */
  if (o->training_files == NULL && !pf_plan_inputs_validate (inputs, &error))
    return pf_cli_usage_error ("plan", "%s", error->message), FALSE;

  return TRUE;
}

/* Recorded runs: best efforts become races, long runs and volume fill the training. */
static gboolean
add_training_files (const PlanOptions  *o,
                    PfPlanInputs       *inputs,
                    GError            **error)
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
forecast_has_day (const PlanOptions  *o,
                  const PfPlanInputs *inputs)
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
add_forecast (const PlanOptions  *o,
              PfPlanInputs       *inputs,
              GError            **error)
{
  g_autoptr(PfForecastClient) client = pf_forecast_client_new ();
  g_autoptr(PfForecast) forecast = NULL;
  g_autoptr(PfPlan) first = NULL;
  double lat, lon, duration;
  GDate day;

  first = pf_plan_compute (inputs, error);
  if (first == NULL)
    return FALSE;
  pf_course_get_start (pf_plan_get_course (first), &lat, &lon);
  if (!race_day_of (inputs->start_time, &day))
    g_return_val_if_reached (FALSE);  /* checked with the options */

  pf_forecast_client_set_base_url (client, o->forecast_url);
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

static void
print_plan (const PfPlan *plan,
            PfUnitSystem  units)
{
  const PfPlanInputs *inputs = pf_plan_get_inputs (plan);
  PfCourse *course = pf_plan_get_course (plan);
  gboolean miles = units == PF_UNITS_IMPERIAL;
  double unit_m = miles ? PF_METRES_PER_MILE : 1000.0;
  const char *unit = pf_units_distance_symbol (units);
  g_autofree char *distance = pf_format_distance (units, pf_course_get_distance (course));
  g_autofree char *finish = pf_duration_format (pf_plan_get_finish_time (plan));
  g_autofree char *start_clock = pf_plan_format_clock (plan, 0.0);
  g_autofree char *finish_clock = pf_plan_format_clock (plan, pf_plan_get_finish_time (plan));
  g_autofree char *flat = pf_pace_format (pf_plan_get_flat_pace (plan) * unit_m);
  g_autofree char *climb = pf_duration_format (pf_plan_get_climb_cost (plan));
  g_autofree char *heat = pf_duration_format (pf_plan_get_heat_cost (plan));

  printf ("%s — %s\n", pf_course_get_name (course), distance);
  /* Translators: "…, even-effort, strava grade model, hadley heat model" */
  printf (_("Finish %s (%s → %s), %s, %s grade model, %s heat model\n"), finish, start_clock,
          finish_clock, pf_strategy_to_string (inputs->strategy, inputs->strategy_pct),
          pf_grade_model_to_string (inputs->grade_model),
          pf_heat_model_to_string (inputs->heat_model));
  printf (_("Flat-equivalent pace %s /%s · hills %s%s · heat +%s\n"), flat, unit,
          pf_plan_get_climb_cost (plan) >= 0 ? "+" : "", climb, heat);
  if (inputs->conditions.forecast_source != NULL && inputs->conditions.hours->len > 0)
    {
      g_autoptr(GDateTime) fetched =
        g_date_time_new_from_unix_utc (inputs->conditions.forecast_fetched_at);
      g_autofree char *when = fetched != NULL ? g_date_time_format (fetched, "%Y-%m-%d %H:%M UTC")
                                              : g_strdup ("?");

      /* Open-Meteo's licence (CC BY 4.0) asks for the attribution wherever its data shows. */
      printf (_("Hourly forecast fetched %s · %s (%s)\n"), when, pf_forecast_attribution (),
              PF_FORECAST_LICENSE);
    }

  if (pf_plan_get_n_predictions (plan) > 0)
    {
      printf ("%s", _("Predictions:"));
      for (guint i = 0; i < pf_plan_get_n_predictions (plan); i++)
        {
          const PfPrediction *p = pf_plan_get_prediction (plan, i);
          g_autofree char *t = pf_duration_format (p->time_s);

          printf (" %s %s%s", pf_prediction_model_to_string (p->model), t,
                  i + 1 < pf_plan_get_n_predictions (plan) ? "," : "\n");
        }
    }

  printf ("\n%4s %8s %8s %9s %6s %6s %11s %5s %5s %5s  %s\n", "#", unit, _("time"), _("elapsed"),
          _("pace"), _("GAP"), _("clock"), "+", "−", "°C", "");
  for (guint i = 0; i < pf_plan_get_n_splits (plan); i++)
    {
      const PfSplit *s = pf_plan_get_split (plan, i);
      double length = s->end_m - s->start_m;
      g_autofree char *time = pf_duration_format (s->time_s);
      g_autofree char *elapsed = pf_duration_format (s->elapsed_s);
      g_autofree char *pace = pf_pace_format (s->time_s / length * unit_m);
      g_autofree char *gap = pf_pace_format (s->flat_time_s / length * unit_m);
      g_autofree char *clock = pf_plan_format_clock (plan, s->elapsed_s);

      printf ("%4u %8.2f %8s %9s %6s %6s %11s %5.0f %5.0f %5.1f  %s\n", s->index,
              s->end_m / unit_m, time, elapsed, pace, gap, clock,
              pf_units_elevation_value (units, s->ascent_m),
              pf_units_elevation_value (units, s->descent_m), s->temp_c,
              s->name != NULL ? s->name : "");
    }
}

static void
print_fuel (const PfPlan *plan,
            PfUnitSystem  units)
{
  const PfFuel *fuel = pf_plan_get_fuel (plan);
  const PfDrink *d = &fuel->drink;
  const PfFuelTotals *t = &fuel->totals;

  printf ("\n%s\n", _("Fluid, sodium and carbohydrate"));
  printf (_("Sweat: %.2f L/h on average, %.1f L in all, %.0f mg of sodium\n"),
          fuel->sweat_rate_l_per_h, t->sweat_l, t->sodium_lost_mg);
  printf (_("Drink: %.2f g/L sodium, %.0f g/L carbohydrate — %s\n"), d->sodium_g_per_l,
          d->carbs_g_per_l, d->why);
  printf (_("Recipe for a %.0f mL bottle: %.1f g table sugar, %.1f g maltodextrin, %.2f g table salt\n"),
          d->bottle_ml, d->sucrose_g, d->maltodextrin_g, d->salt_g);
  if (fuel->gels_to_carry > 0 || fuel->capsules_to_carry > 0)
    {
      printf ("%s", _("Carry from the start:"));
      if (fuel->gels_to_carry > 0)
        printf (" %u × %s", fuel->gels_to_carry, _(fuel->gel->name));
      if (fuel->capsules_to_carry > 0)
        printf (" %u × %s", fuel->capsules_to_carry, _(fuel->salt->name));
      printf ("\n");
    }

  printf ("\n%11s %8s %-22s %7s %8s %6s  %s\n", _("clock"), pf_units_distance_symbol (units),
          _("where"), _("mL"), _("Na mg"), _("CHO g"), _("take"));
  for (guint i = 0; i < fuel->schedule->len; i++)
    {
      const PfIntake *intake = &g_array_index (fuel->schedule, PfIntake, i);
      g_autofree char *clock = pf_plan_format_clock (plan, intake->elapsed_s);
      g_autoptr(GString) items = g_string_new (NULL);
      char ml[G_ASCII_DTOSTR_BUF_SIZE];

      /* Plain water where a station pours nothing else. */
      if (intake->water_ml > 0.0)
        g_string_append_printf (items, _("%.0f mL of it water"), intake->water_ml);
      for (guint k = 0; k < intake->n_items; k++)
        g_string_append_printf (items, "%s%u × %s", items->len > 0 ? ", " : "",
                                intake->items[k].servings, _(intake->items[k].product->name));
      /* A gel taken on its own is no drink: a dash, not a 0 to read past. */
      if (intake->fluid_ml >= 1.0)
        g_snprintf (ml, sizeof ml, "%.0f", intake->fluid_ml);
      else
        g_strlcpy (ml, "-", sizeof ml);
      printf ("%11s %8.2f %-22.22s %7s %8.0f %6.1f  %s\n", clock,
              pf_units_distance_value (units, intake->distance_m),
              intake->where != NULL ? intake->where : _("(carried bottle)"), ml,
              intake->sodium_mg, intake->carbs_g, items->str);
    }

  printf (_("\nTotals: %.2f L drunk of %.2f L sweated (body mass %+.1f %%), %.0f of %.0f mg sodium, "
            "%.0f g carbohydrate (%.0f g glucose, %.0f g fructose)\n"),
          t->fluid_l, t->sweat_l, t->mass_change_pct, t->sodium_in_mg, t->sodium_lost_mg,
          t->carbs_g, t->glucose_g, t->fructose_g);
  for (guint i = 0; i < fuel->notes->len; i++)
    printf ("  • %s\n", (const char *) g_ptr_array_index (fuel->notes, i));
}

static void
print_warnings (const PfPlan *plan)
{
  static const char * const marks[] = { "i", "!", "!!" };

  printf ("\n%s\n", pf_plan_get_n_warnings (plan) > 0 ? _("Warnings") : _("No warnings"));
  for (guint i = 0; i < pf_plan_get_n_warnings (plan); i++)
    {
      const PfWarning *w = pf_plan_get_warning (plan, i);

      const char *severity = w->severity == PF_SEVERITY_DANGER ? _("danger")
                             : w->severity == PF_SEVERITY_WARNING ? _("warning") : _("info");

      printf ("%2s %s (%.1f–%.1f km) %s\n", marks[w->severity], severity,
              w->from_m / 1000.0, w->to_m / 1000.0, w->message);
      printf ("     %s %s\n", _("Why:"), w->reason);
      printf ("     %s %s\n", _("What to do:"), w->action);
    }

  /* Without training the checks above cannot tell whether the goal asks more than it: say
   * so, lest "No warnings" read as "within your training". */
  if (!pf_plan_has_training_data (plan))
    {
      printf ("%2s %s %s\n", marks[PF_SEVERITY_INFO], _("info"),
              _("Training not entered: the goal cannot be checked against your training."));
      printf ("     %s %s\n", _("What to do:"),
              _("Give your longest run (--longest-run KM) and your weekly distance "
                "(--training-week-km KM), or recorded runs (--training FILE)."));
    }
}

int
pf_cli_plan (int    argc,
             char **argv)
{
  g_auto(PlanOptions) o = { .temp = NAN, .temp_end = NAN, .rh = NAN, .dew_point = NAN,
                            .drift = NAN, .mass = NAN, .height = NAN, .sweat_rate = NAN,
                            .sweat_sodium = NAN, .gut_max = NAN, .carbs_per_hour = NAN,
                            .fluid_per_hour = NAN, .fluid_ceiling = NAN, .carry_bottle = NAN,
                            .drink_carbs = NAN, .drink_fructose = NAN, .week_km = NAN,
                            .longest_run = NAN, .goal_pace_km = NAN };
  const GOptionEntry entries[] = {
    { "goal", 0, 0, G_OPTION_ARG_STRING, &o.goal, N_("Finish in this time"), N_("H:MM:SS") },
    { "from-race", 0, 0, G_OPTION_ARG_STRING_ARRAY, &o.races,
      N_("A recent race (repeatable): predicts the finish without --goal"), N_("DIST_M=TIME") },
    { "start", 0, 0, G_OPTION_ARG_STRING, &o.start, N_("Start date and time (local)"),
      N_("YYYY-MM-DDTHH:MM") },
    { "temp", 0, 0, G_OPTION_ARG_DOUBLE, &o.temp, N_("Air temperature at the start (default 12)"),
      N_("C") },
    { "temp-end", 0, 0, G_OPTION_ARG_DOUBLE, &o.temp_end,
      N_("Air temperature at the finish (linear in between)"), N_("C") },
    { "rh", 0, 0, G_OPTION_ARG_DOUBLE, &o.rh, N_("Relative humidity (default 60)"), N_("PCT") },
    { "dew-point", 0, 0, G_OPTION_ARG_DOUBLE, &o.dew_point, N_("Dew point instead of humidity"),
      N_("C") },
    { "model", 0, 0, G_OPTION_ARG_STRING, &o.model,
      N_("Grade model: strava (default), minetti, ultrapacer"), N_("MODEL") },
    { "heat-model", 0, 0, G_OPTION_ARG_STRING, &o.heat_model,
      N_("Heat model: hadley (temperature + dew point, default) or mantzios (temperature and "
         "humidity)"), N_("MODEL") },
    { "strategy", 0, 0, G_OPTION_ARG_STRING, &o.strategy,
      N_("even-effort (default), even-pace, negative:PCT, positive:PCT"), N_("STRATEGY") },
    { "drift", 0, 0, G_OPTION_ARG_DOUBLE, &o.drift,
      N_("Late-race slowdown reached at the finish, per cent (default 0)"), N_("PCT") },
    { "splits", 0, 0, G_OPTION_ARG_STRING, &o.splits, N_("Splits per km (default), mile or aid"),
      N_("UNIT") },
    { "official-distance", 0, 0, G_OPTION_ARG_STRING, &o.official,
      N_("Scale the course: metres, or 5k, 10k, half, marathon"), N_("M") },
    { "units", 0, 0, G_OPTION_ARG_STRING, &o.units,
      N_("Units of the table: auto (from the locale), metric or imperial"), N_("UNITS") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &o.json, N_("Print the plan as JSON (SI units)"), NULL },
    { "csv", 0, 0, G_OPTION_ARG_NONE, &o.csv, N_("Print the splits as CSV (SI units)"), NULL },
    { "save", 0, 0, G_OPTION_ARG_FILENAME, &o.save,
      N_("Save the plan as a plan document (course included)"), N_("PLAN.pacefuel") },
    { "mass", 0, 0, G_OPTION_ARG_DOUBLE, &o.mass, N_("Body mass (default 70)"), N_("KG") },
    { "height", 0, 0, G_OPTION_ARG_DOUBLE, &o.height, N_("Height (default 175)"), N_("CM") },
    { "sweat-rate", 0, 0, G_OPTION_ARG_DOUBLE, &o.sweat_rate,
      N_("Sweat rate measured at about 20 °C and 11 km/h"), N_("L_PER_H") },
    { "sweat-test", 0, 0, G_OPTION_ARG_STRING, &o.sweat_test,
      N_("A field test: pre=KG,post=KG,drank=L,urine=L,minutes=N,temp=C,dew=C|rh=PCT,pace=M:SS"),
      N_("TEST") },
    { "sweat-sodium", 0, 0, G_OPTION_ARG_DOUBLE, &o.sweat_sodium, N_("Sweat sodium (default 900)"),
      N_("MG_PER_L") },
    { "sweat-sodium-band", 0, 0, G_OPTION_ARG_STRING, &o.sweat_sodium_band,
      N_("Sweat sodium as low, typical or salty (white salt marks on kit)"), N_("BAND") },
    { "cramp-prone", 0, 0, G_OPTION_ARG_NONE, &o.cramp_prone, N_("The runner has a cramp history"),
      NULL },
    { "gut-max", 0, 0, G_OPTION_ARG_DOUBLE, &o.gut_max,
      N_("Carbohydrate the gut is trained for (default 60)"), N_("G_PER_H") },
    { "carbs-per-hour", 0, 0, G_OPTION_ARG_DOUBLE, &o.carbs_per_hour,
      N_("A carbohydrate target instead of the one by duration"), N_("G") },
    { "fluid-per-hour", 0, 0, G_OPTION_ARG_DOUBLE, &o.fluid_per_hour,
      N_("A fluid target instead of the one from sweat (still within the rails)"), N_("L") },
    { "fluid-ceiling", 0, 0, G_OPTION_ARG_DOUBLE, &o.fluid_ceiling,
      N_("Most to drink in an hour (default 0.8)"), N_("L_PER_H") },
    { "drink-mode", 0, 0, G_OPTION_ARG_STRING, &o.drink_mode,
      N_("planned volumes (default) or thirst (volumes are upper bounds)"), N_("MODE") },
    { "aid", 0, 0, G_OPTION_ARG_STRING, &o.aid, N_("Aid stations to add, in km along the course"),
      N_("KM[,KM…]") },
    { "carry-bottle", 0, 0, G_OPTION_ARG_DOUBLE, &o.carry_bottle,
      N_("Carry a bottle of this size and drink from it every 15 minutes"), N_("ML") },
    { "drink-carbs", 0, 0, G_OPTION_ARG_DOUBLE, &o.drink_carbs,
      N_("Your own drink mix's carbohydrate (the plan keeps it at 80 g/L at most)"), N_("G_PER_L") },
    { "drink-fructose", 0, 0, G_OPTION_ARG_DOUBLE, &o.drink_fructose,
      N_("Your own drink mix's fructose share of its carbohydrate"), N_("PCT") },
    { "race", 0, 0, G_OPTION_ARG_STRING_ARRAY, &o.training_races,
      N_("A recent race (repeatable), with its date"), N_("DIST_M=TIME[@YYYY-MM-DD]") },
    { "training-week-km", 0, 0, G_OPTION_ARG_DOUBLE, &o.week_km,
      N_("Average weekly distance over the last 8 weeks"), N_("KM") },
    { "longest-run", 0, 0, G_OPTION_ARG_DOUBLE, &o.longest_run, N_("Longest training run"),
      N_("KM") },
    { "goal-pace-km", 0, 0, G_OPTION_ARG_DOUBLE, &o.goal_pace_km,
      N_("Longest continuous run at goal pace"), N_("KM") },
    { "training", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &o.training_files,
      N_("A recorded run, GPX or TCX with times (repeatable): best efforts, long runs, volume"),
      N_("FILE") },
    { "acclimatised", 0, 0, G_OPTION_ARG_NONE, &o.acclimatised,
      N_("The runner is acclimatised to heat"), NULL },
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
  g_autoptr(GError) error = NULL;
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(PfTrack) track = NULL;
  g_autoptr(PfPlan) plan = NULL;
  PfUnitSystem units;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
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
  if (!pf_cli_read_units ("plan", o.units, &units))
    return PF_EXIT_BAD_USAGE;

  pf_plan_inputs_init (&inputs);
  if (g_str_has_suffix (argv[1], ".pacefuel"))
    {
      /* A saved plan: its inputs, with the options given here on top. */
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (argv[1]);

      if (!pf_plan_file_load (file, &inputs, NULL, &error))
        {
          pf_cli_print_error ("%s", error->message);
          return PF_EXIT_BAD_INPUT;
        }
      if (!inputs_from_options (&o, &inputs, TRUE) || !forecast_has_day (&o, &inputs))
        return PF_EXIT_BAD_USAGE;
    }
  else
    {
      if (!inputs_from_options (&o, &inputs, FALSE) || !forecast_has_day (&o, &inputs))
        return PF_EXIT_BAD_USAGE;

      track = pf_import_path (argv[1], &error);
      if (track == NULL)
        {
          pf_cli_print_error ("%s", error->message);
          return PF_EXIT_BAD_INPUT;
        }
      pf_plan_inputs_set_track (&inputs, track);
    }
  read_goal_for_course (&o, &inputs);

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
      print_plan (plan, units);
      print_fuel (plan, units);
      print_warnings (plan);
    }

  return fflush (stdout) == 0 ? PF_EXIT_OK : PF_EXIT_BAD_INPUT;
}
