/* pf-cli-plan-options.c — the options of `pacefuel-cli plan` read into PfPlanInputs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-cli-plan"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "pf-cli.h"
#include "pf-cli-plan-private.h"

void
_pf_cli_plan_options_clear (PfCliPlanOptions *o)
{
  g_clear_pointer (&o->name, g_free);
  g_clear_pointer (&o->club, g_free);
  g_clear_pointer (&o->goal, g_free);
  g_clear_pointer (&o->training_pace, g_free);
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
  g_clear_pointer (&o->aid_every, g_free);
  g_clear_pointer (&o->aid_from, g_free);
  g_clear_pointer (&o->aid_to, g_free);
  g_clear_pointer (&o->training_races, g_strfreev);
  g_clear_pointer (&o->training_files, g_strfreev);
  g_clear_pointer (&o->answers, g_strfreev);
  g_clear_pointer (&o->save, g_free);
  g_clear_pointer (&o->products, g_strfreev);
  g_clear_pointer (&o->aid_offers, g_strfreev);
  g_clear_pointer (&o->forecast_url, g_free);
  g_clear_pointer (&o->profile, g_free);
}


/* The options that are one number, and where each goes. */
static const struct
{
  const char *option;
  goffset     offset;
} number_options[] = {
  { "--temp", G_STRUCT_OFFSET (PfCliPlanOptions, temp) },
  { "--temp-end", G_STRUCT_OFFSET (PfCliPlanOptions, temp_end) },
  { "--rh", G_STRUCT_OFFSET (PfCliPlanOptions, rh) },
  { "--dew-point", G_STRUCT_OFFSET (PfCliPlanOptions, dew_point) },
  { "--drift", G_STRUCT_OFFSET (PfCliPlanOptions, drift) },
  { "--mass", G_STRUCT_OFFSET (PfCliPlanOptions, mass) },
  { "--height", G_STRUCT_OFFSET (PfCliPlanOptions, height) },
  { "--sweat-rate", G_STRUCT_OFFSET (PfCliPlanOptions, sweat_rate) },
  { "--sweat-sodium", G_STRUCT_OFFSET (PfCliPlanOptions, sweat_sodium) },
  { "--gut-max", G_STRUCT_OFFSET (PfCliPlanOptions, gut_max) },
  { "--carbs-per-hour", G_STRUCT_OFFSET (PfCliPlanOptions, carbs_per_hour) },
  { "--fluid-per-hour", G_STRUCT_OFFSET (PfCliPlanOptions, fluid_per_hour) },
  { "--fluid-ceiling", G_STRUCT_OFFSET (PfCliPlanOptions, fluid_ceiling) },
  { "--carry-bottle", G_STRUCT_OFFSET (PfCliPlanOptions, carry_bottle) },
  { "--drink-carbs", G_STRUCT_OFFSET (PfCliPlanOptions, drink_carbs) },
  { "--drink-fructose", G_STRUCT_OFFSET (PfCliPlanOptions, drink_fructose) },
  { "--training-week-km", G_STRUCT_OFFSET (PfCliPlanOptions, week_km) },
  { "--longest-run", G_STRUCT_OFFSET (PfCliPlanOptions, longest_run) },
  { "--goal-pace-km", G_STRUCT_OFFSET (PfCliPlanOptions, goal_pace_km) },
};

/* A number option, for GOption: refused unless pf_parse_double reads it (no "nan", "inf",
 * hex or anything after the number), so a typo is a usage error and never the default. */
gboolean
_pf_cli_plan_read_number (const char  *option_name,
                          const char  *value,
                          gpointer     data,
                          GError     **error)
{
  PfCliPlanOptions *o = data;
  double number;

  for (guint i = 0; i < G_N_ELEMENTS (number_options); i++)
    {
      if (!g_str_equal (option_name, number_options[i].option))
        continue;
      if (!pf_parse_double (value, &number))
        {
          /* Translators: the first %s is an option (--temp), the second what was typed */
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("%s: “%s” is not a number"), option_name, value);
          return FALSE;
        }
      G_STRUCT_MEMBER (double, o, number_options[i].offset) = number;
      return TRUE;
    }

  g_return_val_if_reached (FALSE);
}

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

      if (!pf_parse_double (kv[1], &value))
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
      if (!pf_parse_double (kv[1], slots[k]))
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
  double km;

  if (g_strv_length (kv) != 2 || !pf_parse_double (kv[0], &km) || km < 0.0)
    return FALSE;
  offer->distance_m = km * 1000.0;

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
void
_pf_cli_plan_read_goal_for_course (const PfCliPlanOptions *o,
                                   PfPlanInputs           *inputs)
{
  double seconds;

  if (o->goal != NULL && pf_plan_inputs_parse_goal (inputs, o->goal, &seconds))
    inputs->goal_time_s = seconds;
}

/* Once the course is known: --goal and --official-distance against its length (the core's
 * checks, which pf_plan_compute makes too), as usage errors that name the option. */
gboolean
_pf_cli_plan_check_for_course (const PfCliPlanOptions *o,
                               const PfPlanInputs     *inputs)
{
  g_autoptr(GError) error = NULL;

  if (o->official != NULL && !pf_plan_inputs_check_official_distance (inputs, &error))
    return pf_cli_usage_error ("plan", "--official-distance: %s", error->message), FALSE;
  if (o->goal != NULL && !pf_plan_inputs_check_goal (inputs, &error))
    return pf_cli_usage_error ("plan", "--goal: %s", error->message), FALSE;
  return TRUE;
}

/* --aid-every, --aid-from and --aid-to as metres (0: not given); FALSE after saying what
 * is wrong. Their form is checked with the other options, before the course is read; the
 * stations are placed once the course's length is known (_pf_cli_plan_add_aid_every). */
static gboolean
read_aid_every (const PfCliPlanOptions *o,
                double                 *every_m,
                double                 *from_m,
                double                 *to_m)
{
  const struct { const char *option; const char *text; double *metres; } fields[] = {
    { "--aid-every", o->aid_every, every_m },
    { "--aid-from", o->aid_from, from_m },
    { "--aid-to", o->aid_to, to_m },
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      *fields[i].metres = 0.0;
      if (fields[i].text == NULL)
        continue;
      if (o->aid_every == NULL)
        /* Translators: %s is --aid-from or --aid-to */
        return pf_cli_usage_error ("plan", _("%s goes with --aid-every"), fields[i].option), FALSE;
      if (!pf_distance_parse (fields[i].text, fields[i].metres))
        /* Translators: the first %s is an option (--aid-every, --aid-from, --aid-to), the
         * second what was typed; km and mi are the units to type, not to translate */
        return pf_cli_usage_error ("plan", _("%s: “%s” is not a distance (metres, or a number "
                                             "with km or mi)"),
                                   fields[i].option, fields[i].text), FALSE;
    }

  if (o->aid_every == NULL)
    return TRUE;
  if (*every_m < PF_AID_EVERY_MIN_M)
    return pf_cli_usage_error ("plan", _("--aid-every: “%s” is less than 500 m between stations "
                                         "(give km or mi after the number: 5km, 3mi)"),
                               o->aid_every), FALSE;
  /* As pf_plan_inputs_add_aid_every reads them: from 0 is from the start. */
  if (o->aid_to != NULL && *to_m < (*from_m > 0.0 ? *from_m : *every_m))
    return pf_cli_usage_error ("plan", _("--aid-to: “%s” comes before the first station"),
                               o->aid_to), FALSE;

  return TRUE;
}

/* --aid-every: the stations, once the course is known. The form was checked with the other
 * options; what is left to refuse is a first station at or past the finish. */
gboolean
_pf_cli_plan_add_aid_every (const PfCliPlanOptions *o,
                            PfPlanInputs           *inputs)
{
  double every, from, to;

  if (o->aid_every == NULL)
    return TRUE;
  if (!read_aid_every (o, &every, &from, &to))
    return FALSE;

  if ((from > 0.0 ? from : every)
      >= pf_plan_inputs_get_distance (inputs) - PF_AID_FINISH_GAP_M)
    /* Translators: the first %s is --aid-from or --aid-every, the second what was typed */
    return pf_cli_usage_error ("plan", _("%s: “%s” puts the first station within 500 m of the "
                                         "finish or past it"),
                               o->aid_from != NULL ? "--aid-from" : "--aid-every",
                               o->aid_from != NULL ? o->aid_from : o->aid_every), FALSE;
  if (!pf_plan_inputs_add_aid_every (inputs, NULL, every, from, to))
    g_return_val_if_reached (FALSE);  /* checked with the options */

  return TRUE;
}

/* Turns the options into plan inputs; a usage error is reported and FALSE returned. */
gboolean
_pf_cli_plan_inputs_from_options (const PfCliPlanOptions *o,
                                  PfPlanInputs           *inputs,
                                  gboolean                from_file)
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
    return pf_cli_usage_error ("plan", _("--start: “%s” is not YYYY-MM-DDTHH:MM (a year from 1900 "
                                         "to 9999)"), o->start), FALSE;

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

  /* Without --splits the unit follows --units, unless a plan file says its runner chose one
   * (pf_plan_inputs_follow_split_unit, in pf-cli-plan.c); with it, it is chosen here. */
  if (o->splits == NULL)
    ;
  else if (g_strcmp0 (o->splits, "km") == 0)
    inputs->split_unit = PF_SPLIT_KM;
  else if (g_strcmp0 (o->splits, "mile") == 0)
    inputs->split_unit = PF_SPLIT_MILE;
  else if (g_strcmp0 (o->splits, "aid") == 0)
    inputs->split_unit = PF_SPLIT_AID;
  else
    return pf_cli_usage_error ("plan", _("--splits: “%s” is not km, mile or aid"), o->splits), FALSE;
  if (o->splits != NULL)
    inputs->split_unit_chosen = TRUE;

  /* Who the plan is for; on a saved plan an empty --name "" takes the name out. */
  if (o->name != NULL || o->club != NULL)
    {
      pf_plan_inputs_set_athlete (inputs, o->name != NULL ? o->name : inputs->athlete.name,
                                  o->club != NULL ? o->club : inputs->athlete.club,
                                  inputs->athlete.notes);
      if (!pf_athlete_check (&inputs->athlete, &error))
        return pf_cli_usage_error ("plan", "%s", error->message), FALSE;
    }

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
          double km;

          if (!pf_parse_double (kms[i], &km) || km < 0.0)
            return pf_cli_usage_error ("plan", _("--aid: “%s” is not a list of kilometres"),
                                       o->aid), FALSE;
          km *= 1000.0;
          g_array_append_val (inputs->fuel.extra_aid_m, km);
        }
    }
  {
    double every, from, to;

    if (!read_aid_every (o, &every, &from, &to))
      return FALSE;
  }
  override (o->carry_bottle, &inputs->fuel.carry_bottle_ml);
  override (o->drink_carbs, &inputs->fuel.drink_carbs_g_per_l);
  override (o->drink_fructose, &inputs->fuel.drink_fructose_pct);

  override (o->week_km, &inputs->training.weekly_km);
  override (o->longest_run, &inputs->training.longest_run_km);
  override (o->goal_pace_km, &inputs->training.goal_pace_km);
  inputs->training.acclimatised |= o->acclimatised;
  if (o->training_pace != NULL)
    {
      double pace;

      /* 2:30 to 15:00 per km: from a world-class runner's easy day to a walk. */
      if (!pf_duration_parse (o->training_pace, &pace) || pace < 150.0 || pace > 900.0)
        return pf_cli_usage_error ("plan", _("--training-pace: “%s” is not a pace between 2:30 and "
                                             "15:00 per kilometre"), o->training_pace), FALSE;
      inputs->training.mean_pace_s_per_km = pace;
    }
  /* The Fuel page's limit and a plan file's (core/pf-plan.h), said here with the option's
   * exit status before a recorded run is read. */
  if ((!isnan (o->week_km) && !(o->week_km >= 0.0 && o->week_km <= PF_TRAINING_MAX_KM))
      || (!isnan (o->longest_run)
          && !(o->longest_run >= 0.0 && o->longest_run <= PF_TRAINING_MAX_KM))
      || (!isnan (o->goal_pace_km)
          && !(o->goal_pace_km >= 0.0 && o->goal_pace_km <= PF_TRAINING_MAX_KM)))
    {
      g_autofree char *high = pf_quantity (PF_QUANTITY_DISTANCE, PF_TRAINING_MAX_KM * 1000.0, 0);

      /* Translators: %s is a distance, "500 km" */
      return pf_cli_usage_error ("plan", _("training distances must be between 0 and %s"),
                                 high), FALSE;
    }

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

  /* The goal for the distance known so far (the official one, or a plan file's course), so
   * "3:30" for a marathon is checked as hours. */
  _pf_cli_plan_read_goal_for_course (o, inputs);
  if (!_pf_cli_plan_check_for_course (o, inputs))
    return FALSE;

  /* With recorded runs, the check waits until what they say is in. */
  if (o->training_files == NULL && !pf_plan_inputs_validate (inputs, &error))
    return pf_cli_usage_error ("plan", "%s", error->message), FALSE;

  return TRUE;
}
