/* pf-plan-inputs.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-plan-inputs"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "pf-plan-inputs.h"
#include "pf-duration.h"
#include "pf-number.h"
#include "pf-plan.h"

/* A marathon at 4:00:00 starting at 08:00, 12 °C and 60 % relative humidity all morning:
 * what a runner who has not said anything yet most likely faces. */
void
pf_plan_inputs_init (PfPlanInputs *inputs)
{
  g_return_if_fail (inputs != NULL);

  memset (inputs, 0, sizeof *inputs);
  inputs->pace_mode = PF_PACE_MODE_GOAL;
  inputs->goal_time_s = 4 * 3600;
  inputs->races = g_array_new (FALSE, FALSE, sizeof (PfRaceResult));
  inputs->start_time = 8 * 3600;
  inputs->conditions.humidity_kind = PF_HUMIDITY_RELATIVE;
  inputs->conditions.humidity = 60.0;
  inputs->conditions.start_temp_c = 12.0;
  inputs->conditions.finish_temp_c = NAN;
  inputs->conditions.hours = g_array_new (FALSE, FALSE, sizeof (PfWeatherHour));
  inputs->grade_model = PF_GRADE_MODEL_DEFAULT;
  inputs->heat_model = PF_HEAT_MODEL_DEFAULT;
  inputs->strategy = PF_STRATEGY_EVEN_EFFORT;
  /* Per kilometre until the display units say otherwise (pf_plan_inputs_follow_split_unit). */
  inputs->split_unit = PF_SPLIT_KM;
  inputs->split_unit_chosen = FALSE;
  /* A runner of average build with the population's sweat (Baker 2016). */
  inputs->runner.mass_kg = 70.0;
  inputs->runner.height_cm = 175.0;
  inputs->runner.sweat_sodium_mg_per_l = PF_SWEAT_SODIUM_TYPICAL;
  inputs->runner.gut_max_g_per_h = 60.0;
  /* ACSM 2007 / Almond 2005: a practical ceiling against hyponatremia. */
  inputs->fuel.fluid_ceiling_l_per_h = 0.8;
  inputs->fuel.drink_mode = PF_DRINK_PLANNED;
  inputs->fuel.extra_aid_m = g_array_new (FALSE, FALSE, sizeof (double));
  inputs->fuel.drink_fructose_pct = NAN;
  inputs->fuel.products = pf_product_array_new ();
  inputs->fuel.aid_offers = pf_aid_offer_array_new ();
  inputs->training.goal_pace_km = NAN;
}

void
pf_aid_offer_clear (gpointer data)
{
  g_clear_pointer (&((PfAidOffer *) data)->name, g_free);
}

/* An array of PfAidOffer that frees their names. */
GArray *
pf_aid_offer_array_new (void)
{
  GArray *offers = g_array_new (FALSE, FALSE, sizeof (PfAidOffer));

  g_array_set_clear_func (offers, pf_aid_offer_clear);
  return offers;
}

void
pf_plan_inputs_clear (PfPlanInputs *inputs)
{
  g_return_if_fail (inputs != NULL);

  g_clear_pointer (&inputs->athlete.name, g_free);
  g_clear_pointer (&inputs->athlete.club, g_free);
  g_clear_pointer (&inputs->athlete.notes, g_free);
  g_clear_pointer (&inputs->track, pf_track_unref);
  g_clear_pointer (&inputs->races, g_array_unref);
  g_clear_pointer (&inputs->conditions.hours, g_array_unref);
  g_clear_pointer (&inputs->conditions.forecast_source, g_free);
  g_clear_pointer (&inputs->fuel.extra_aid_m, g_array_unref);
  g_clear_pointer (&inputs->fuel.products, g_array_unref);
  g_clear_pointer (&inputs->fuel.aid_offers, g_array_unref);
  g_clear_pointer (&inputs->profile, pf_runner_profile_free);
}

void
pf_plan_inputs_copy (PfPlanInputs       *dest,
                     const PfPlanInputs *src)
{
  g_return_if_fail (dest != NULL);
  g_return_if_fail (src != NULL);

  if (dest == src)
    return;

  pf_plan_inputs_clear (dest);
  *dest = *src;
  dest->athlete.name = g_strdup (src->athlete.name);
  dest->athlete.club = g_strdup (src->athlete.club);
  dest->athlete.notes = g_strdup (src->athlete.notes);
  dest->profile = src->profile != NULL ? pf_runner_profile_copy (src->profile) : NULL;
  if (dest->track != NULL)
    pf_track_ref (dest->track);
  dest->races = src->races != NULL ? g_array_copy (src->races)
                                   : g_array_new (FALSE, FALSE, sizeof (PfRaceResult));
  dest->conditions.hours = src->conditions.hours != NULL
                             ? g_array_copy (src->conditions.hours)
                             : g_array_new (FALSE, FALSE, sizeof (PfWeatherHour));
  dest->conditions.forecast_source = g_strdup (src->conditions.forecast_source);
  dest->fuel.extra_aid_m = src->fuel.extra_aid_m != NULL
                             ? g_array_copy (src->fuel.extra_aid_m)
                             : g_array_new (FALSE, FALSE, sizeof (double));
  /* Offers hold their names: copy them one by one, as the products below. */
  dest->fuel.aid_offers = pf_aid_offer_array_new ();
  for (guint i = 0; src->fuel.aid_offers != NULL && i < src->fuel.aid_offers->len; i++)
    {
      PfAidOffer copy = g_array_index (src->fuel.aid_offers, PfAidOffer, i);

      copy.name = g_strdup (copy.name);
      g_array_append_val (dest->fuel.aid_offers, copy);
    }
  /* Own products hold their strings: copy them one by one. */
  dest->fuel.products = pf_product_array_new ();
  for (guint i = 0; src->fuel.products != NULL && i < src->fuel.products->len; i++)
    {
      PfProduct copy;

      pf_product_copy (&copy, &g_array_index (src->fuel.products, PfProduct, i));
      g_array_append_val (dest->fuel.products, copy);
    }
}

void
pf_plan_inputs_set_track (PfPlanInputs *inputs,
                          PfTrack      *track)
{
  g_return_if_fail (inputs != NULL);

  if (track != NULL)
    pf_track_ref (track);
  g_clear_pointer (&inputs->track, pf_track_unref);
  inputs->track = track;
}

/* Trimmed; empty is "not given" (NULL), so a cleared field and an old file read alike. */
static char *
athlete_text (const char *text)
{
  g_autofree char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));

  return copy[0] != '\0' ? g_steal_pointer (&copy) : NULL;
}

/* Sets all three as typed (trimmed, empty as NULL); the limits are checked where every input's
 * are, by pf_plan_inputs_validate (pf_athlete_check). */
void
pf_plan_inputs_set_athlete (PfPlanInputs *inputs,
                            const char   *name,
                            const char   *club,
                            const char   *notes)
{
  char *new_name, *new_club, *new_notes;

  g_return_if_fail (inputs != NULL);

  /* Built before the old ones are freed: the arguments may be the inputs' own strings. */
  new_name = athlete_text (name);
  new_club = athlete_text (club);
  new_notes = athlete_text (notes);
  g_free (inputs->athlete.name);
  g_free (inputs->athlete.club);
  g_free (inputs->athlete.notes);
  inputs->athlete.name = new_name;
  inputs->athlete.club = new_club;
  inputs->athlete.notes = new_notes;
}

/* Uses a copy of @profile (NULL: none, the models as published). */
void
pf_plan_inputs_set_profile (PfPlanInputs          *inputs,
                            const PfRunnerProfile *profile)
{
  PfRunnerProfile *copy;

  g_return_if_fail (inputs != NULL);

  /* Copied before the old one is freed: @profile may be the inputs' own. */
  copy = profile != NULL ? pf_runner_profile_copy (profile) : NULL;
  g_clear_pointer (&inputs->profile, pf_runner_profile_free);
  inputs->profile = copy;
}

static gboolean
athlete_text_ok (const char *text,
                 glong       max_chars,
                 gboolean    one_line)
{
  if (text == NULL)
    return TRUE;
  if (!g_utf8_validate (text, -1, NULL) || g_utf8_strlen (text, -1) > max_chars)
    return FALSE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* A control character breaks a header line or a file name; notes keep their lines. */
      if (g_unichar_iscntrl (c) && !(!one_line && (c == '\n' || c == '\t')))
        return FALSE;
    }
  return TRUE;
}

/* The athlete's limits, each refused with a sentence that says which field (PF_PLAN_ERROR, as
 * every other input's range). */
gboolean
pf_athlete_check (const PfAthlete  *athlete,
                  GError          **error)
{
  g_return_val_if_fail (athlete != NULL, FALSE);

  if (!athlete_text_ok (athlete->name, PF_ATHLETE_NAME_MAX, TRUE))
    {
      g_set_error (error, PF_PLAN_ERROR, PF_PLAN_ERROR_INVALID,
                   /* Translators: %d is a number of characters, 80 */
                   _("the athlete’s name must be one line of text of at most %d characters"),
                   PF_ATHLETE_NAME_MAX);
      return FALSE;
    }
  if (!athlete_text_ok (athlete->club, PF_ATHLETE_CLUB_MAX, TRUE))
    {
      g_set_error (error, PF_PLAN_ERROR, PF_PLAN_ERROR_INVALID,
                   /* Translators: %d is a number of characters, 80 */
                   _("the club or coach must be one line of text of at most %d characters"),
                   PF_ATHLETE_CLUB_MAX);
      return FALSE;
    }
  if (!athlete_text_ok (athlete->notes, PF_ATHLETE_NOTES_MAX, FALSE))
    {
      g_set_error (error, PF_PLAN_ERROR, PF_PLAN_ERROR_INVALID,
                   /* Translators: %d is a number of characters, 2000 */
                   _("the athlete’s notes must be text of at most %d characters"),
                   PF_ATHLETE_NOTES_MAX);
      return FALSE;
    }
  return TRUE;
}

/* "Jane Doe (Harriers)", "Jane Doe", "Harriers" or NULL: who the plan is for, as a page's
 * header and the CLI's first line say it. */
char *
pf_athlete_label (const PfAthlete *athlete)
{
  g_return_val_if_fail (athlete != NULL, NULL);

  if (athlete->name != NULL && athlete->club != NULL)
    return g_strdup_printf ("%s (%s)", athlete->name, athlete->club);
  if (athlete->name != NULL)
    return g_strdup (athlete->name);
  return g_strdup (athlete->club);
}

void
pf_plan_inputs_add_race (PfPlanInputs *inputs,
                         double        distance_m,
                         double        time_s)
{
  PfRaceResult race = { distance_m, time_s, 0 };

  g_return_if_fail (inputs != NULL);

  g_array_append_val (inputs->races, race);
}

/* The distance the plan is made on: the official distance when set, else the length of the
 * track as drawn (0 without a track). It is what pf_course_get_distance () says of the course
 * pf_plan_compute () cleans from these inputs, known without cleaning it, so a goal time typed
 * before the plan exists (or while it is being computed) reads the same as after. */
double
pf_plan_inputs_get_distance (const PfPlanInputs *inputs)
{
  g_return_val_if_fail (inputs != NULL, 0.0);

  if (inputs->official_distance_m > 0.0)
    return inputs->official_distance_m;
  return inputs->track != NULL ? pf_track_get_length (inputs->track) : 0.0;
}

/* The one way a goal time is read, in the app and in pacefuel-cli alike: as a race time for
 * the distance the plan is made on (pf_race_time_parse: "3:30" for a marathon is three and a
 * half hours, for a 1500 m three and a half minutes). */
gboolean
pf_plan_inputs_parse_goal (const PfPlanInputs *inputs,
                           const char         *text,
                           double             *seconds)
{
  g_return_val_if_fail (inputs != NULL, FALSE);
  g_return_val_if_fail (seconds != NULL, FALSE);

  return pf_race_time_parse (text, pf_plan_inputs_get_distance (inputs), seconds);
}

/* The one rule for which splits a plan shows, in the window and in pacefuel-cli alike: per
 * kilometre in metric, per mile in imperial (@units_split_unit, the display units' own), until
 * the runner picks a split unit themselves; then theirs, whatever the units. Splits at aid
 * stations are always someone's choice and never follow. Returns whether @inputs changed. */
gboolean
pf_plan_inputs_follow_split_unit (PfPlanInputs *inputs,
                                  PfSplitUnit   units_split_unit)
{
  g_return_val_if_fail (inputs != NULL, FALSE);
  g_return_val_if_fail (units_split_unit == PF_SPLIT_KM || units_split_unit == PF_SPLIT_MILE,
                        FALSE);

  if (inputs->split_unit_chosen || inputs->split_unit == PF_SPLIT_AID
      || inputs->split_unit == units_split_unit)
    return FALSE;

  inputs->split_unit = units_split_unit;
  return TRUE;
}

const char *
pf_strategy_to_string (PfStrategy strategy,
                       double     pct)
{
  char buffer[32];

  switch (strategy)
    {
    case PF_STRATEGY_EVEN_PACE:
      return "even-pace";
    case PF_STRATEGY_NEGATIVE:
      g_snprintf (buffer, sizeof buffer, "negative:%g", pct);
      return g_intern_string (buffer);
    case PF_STRATEGY_POSITIVE:
      g_snprintf (buffer, sizeof buffer, "positive:%g", pct);
      return g_intern_string (buffer);
    case PF_STRATEGY_EVEN_EFFORT:
    default:
      return "even-effort";
    }
}

/* The hill model by name, as a profile's corrections refer to it. */
static const char *
grade_model_name (PfGradeModel model)
{
  switch (model)
    {
    case PF_GRADE_MODEL_MINETTI:
      return _("Minetti’s energy cost (2002)");
    case PF_GRADE_MODEL_ULTRAPACER:
      return _("ultraPacer’s model");
    case PF_GRADE_MODEL_STRAVA:
    default:
      return _("Strava’s model (2017)");
    }
}

/* The pacing strategy and the hill and heat models in words a runner reads, for the printed
 * plan, the CLI's text and anywhere else they are named ("Even effort; hills by Strava’s model
 * (2017); heat by Hadley’s rule"); pf_strategy_to_string and the models' to_string stay the
 * words of the command line and the JSON. */
char *
pf_plan_inputs_describe_models (const PfPlanInputs *inputs)
{
  g_autofree char *strategy = NULL;
  g_autofree char *own_hills = NULL;
  const char *hills, *heat;

  g_return_val_if_fail (inputs != NULL, NULL);

  switch (inputs->strategy)
    {
    case PF_STRATEGY_EVEN_PACE:
      strategy = g_strdup (_("Even pace"));
      break;
    case PF_STRATEGY_NEGATIVE:
      /* Translators: %.0f is a percentage, "2" */
      strategy = g_strdup_printf (_("Negative split, the second half %.0f %% faster"),
                                  inputs->strategy_pct);
      break;
    case PF_STRATEGY_POSITIVE:
      /* Translators: %.0f is a percentage, "2" */
      strategy = g_strdup_printf (_("Positive split, the second half %.0f %% slower"),
                                  inputs->strategy_pct);
      break;
    case PF_STRATEGY_EVEN_EFFORT:
    default:
      strategy = g_strdup (_("Even effort"));
      break;
    }

  switch (inputs->grade_model)
    {
    case PF_GRADE_MODEL_MINETTI:
      hills = _("hills by Minetti’s energy cost (2002)");
      break;
    case PF_GRADE_MODEL_ULTRAPACER:
      hills = _("hills by ultraPacer’s model");
      break;
    case PF_GRADE_MODEL_STRAVA:
    default:
      hills = _("hills by Strava’s model (2017)");
      break;
    }
  if (inputs->profile != NULL)
    {
      /* Translators: the runner's own hill profile, "hills by your own profile (12 runs,
       * corrections to Strava’s model (2017))" */
      own_hills = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "hills by your own profile (%u run, corrections to %s)",
                                                "hills by your own profile (%u runs, corrections to %s)",
                                                inputs->profile->n_runs_used),
                                   inputs->profile->n_runs_used,
                                   grade_model_name (inputs->profile->model));
      hills = own_hills;
    }

  heat = inputs->heat_model == PF_HEAT_MODEL_MANTZIOS ? _("heat by Mantzios’s model (2022)")
                                                      : _("heat by Hadley’s rule");

  /* Translators: the strategy, the hill model and the heat model, "Even effort; hills by
   * Strava’s model (2017); heat by Hadley’s rule" */
  return g_strdup_printf (_("%s; %s; %s"), strategy, hills, heat);
}

/* "even-effort", "even-pace", "negative:PCT", "positive:PCT" with 0 < PCT ≤ 20. */
gboolean
pf_strategy_from_string (const char *text,
                         PfStrategy *strategy,
                         double     *pct)
{
  const char *colon;
  double value;

  if (g_strcmp0 (text, "even-effort") == 0 || g_strcmp0 (text, "even-pace") == 0)
    {
      *strategy = text[5] == 'e' ? PF_STRATEGY_EVEN_EFFORT : PF_STRATEGY_EVEN_PACE;
      *pct = 0.0;
      return TRUE;
    }

  if (text == NULL || (colon = strchr (text, ':')) == NULL)
    return FALSE;

  if (!pf_parse_double (colon + 1, &value) || value <= 0.0 || value > 20.0)
    return FALSE;

  if (strncmp (text, "negative:", 9) == 0)
    *strategy = PF_STRATEGY_NEGATIVE;
  else if (strncmp (text, "positive:", 9) == 0)
    *strategy = PF_STRATEGY_POSITIVE;
  else
    return FALSE;

  *pct = value;
  return TRUE;
}

/* Whether the runner's field test counts: switched on and filled in. A test switched on with
 * nothing typed yet (every value zero) changes nothing, rather than being refused. */
gboolean
pf_runner_has_sweat_test (const PfRunner *runner)
{
  g_return_val_if_fail (runner != NULL, FALSE);

  return runner->has_sweat_test && !pf_sweat_test_is_empty (&runner->sweat_test);
}
