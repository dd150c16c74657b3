/* pf-plan-file-read.c — opening a *.pacefuel plan: every value checked as it is read
 *
 * A plan comes from outside (a coach's mail, a backup, a file edited by hand), so nothing in
 * it is trusted: the JSON passes pf-json-guard first, every number its range, every text its
 * length, the course its point ranges, and the inputs pf_plan_inputs_validate — a refusal is
 * "FILE: problem", and the caller's inputs are untouched until all of it has been read.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-plan-file"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "pf-duration.h"
#include "pf-file-read.h"
#include "pf-import.h"
#include "pf-json-guard.h"
#include "pf-plan-file.h"
#include "pf-plan.h"
#include "pf-quantity.h"
#include "pf-text.h"
#include "pf-track-private.h"

/* The dates a plan holds (start, races, weather hours, the forecast's fetch) are written
 * with four-digit years: from 0001-01-01 to 9999-12-31, what GDateTime takes. */
#define MIN_TIME G_GINT64_CONSTANT (-62135596800)
#define MAX_TIME G_GINT64_CONSTANT (253402300799)

typedef struct
{
  const char *display_name;
  GError    **error;
  gboolean    failed;
} Reader;

static gboolean
corrupt (Reader     *r,
         const char *what)
{
  if (!r->failed)
    g_set_error (r->error, PF_PLAN_FILE_ERROR, PF_PLAN_FILE_ERROR_CORRUPT,
                 _("%s: not a valid plan: %s"), r->display_name, what);
  r->failed = TRUE;
  return FALSE;
}

static JsonObject *
get_object (Reader     *r,
            JsonObject *parent,
            const char *name,
            gboolean    required)
{
  JsonNode *node = parent != NULL ? json_object_get_member (parent, name) : NULL;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        corrupt (r, name);
      return NULL;
    }
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      corrupt (r, name);
      return NULL;
    }

  return json_node_get_object (node);
}

static JsonArray *
get_array (Reader     *r,
           JsonObject *parent,
           const char *name)
{
  JsonNode *node = parent != NULL ? json_object_get_member (parent, name) : NULL;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      corrupt (r, name);
      return NULL;
    }

  return json_node_get_array (node);
}

/* A number member; absent keeps @fallback, null reads as NAN, anything else is corrupt. */
static double
get_double (Reader     *r,
            JsonObject *parent,
            const char *name,
            double      fallback)
{
  JsonNode *node = parent != NULL ? json_object_get_member (parent, name) : NULL;
  GType type;

  if (node == NULL)
    return fallback;
  if (JSON_NODE_HOLDS_NULL (node))
    return NAN;
  type = json_node_get_value_type (node);
  if (!JSON_NODE_HOLDS_VALUE (node) || (type != G_TYPE_DOUBLE && type != G_TYPE_INT64))
    {
      corrupt (r, name);
      return fallback;
    }

  return json_node_get_double (node);
}

static gint64
get_int (Reader     *r,
         JsonObject *parent,
         const char *name,
         gint64      fallback,
         gint64      min,
         gint64      max)
{
  JsonNode *node = parent != NULL ? json_object_get_member (parent, name) : NULL;
  gint64 value;

  if (node == NULL)
    return fallback;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    {
      corrupt (r, name);
      return fallback;
    }

  value = json_node_get_int (node);
  if (value < min || value > max)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, value);
      /* Translators: the first %s is a member of the plan file, "start_time", the second
       * its value as written */
      g_autofree char *what = g_strdup_printf (_("%s %s is out of range"), name, number);

      corrupt (r, what);
      return fallback;
    }

  return value;
}

/* A date or time of day (seconds since 1970) from @min to @max, both at a year's edge; out of
 * them, the message names the years, which the runner can check against the file. */
static gint64
get_time (Reader     *r,
          JsonObject *parent,
          const char *name,
          gint64      fallback,
          gint64      min,
          gint64      max)
{
  JsonNode *node = parent != NULL ? json_object_get_member (parent, name) : NULL;
  gint64 value;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node)
      || json_node_get_value_type (node) != G_TYPE_INT64)
    return get_int (r, parent, name, fallback, min, max);

  value = json_node_get_int (node);
  if (value < min || value > max)
    {
      g_autoptr(GDateTime) first = g_date_time_new_from_unix_utc (min);
      g_autoptr(GDateTime) last = g_date_time_new_from_unix_utc (max);
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, value);
      g_autofree char *what = NULL;

      /* Translators: the first %s is a member of the plan file, "start_time", the second
       * its value as written; the numbers are years, "1900" and "9999" */
      what = g_strdup_printf (_("%s %s is out of range: a year from %d to %d"), name, number,
                              g_date_time_get_year (first), g_date_time_get_year (last));
      corrupt (r, what);
      return fallback;
    }

  return value;
}

static gboolean
get_bool (Reader     *r,
          JsonObject *parent,
          const char *name,
          gboolean    fallback)
{
  JsonNode *node = parent != NULL ? json_object_get_member (parent, name) : NULL;

  if (node == NULL)
    return fallback;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    {
      corrupt (r, name);
      return fallback;
    }

  return json_node_get_boolean (node);
}

static gboolean
text_too_long (Reader     *r,
               const char *text)
{
  g_autofree char *what = NULL;

  if (strlen (text) <= PF_IMPORT_MAX_TEXT_LENGTH)
    return FALSE;
  what = g_strdup_printf (_("a text longer than %d kB"), PF_IMPORT_MAX_TEXT_LENGTH / 1024);
  corrupt (r, what);
  return TRUE;
}

static const char *
get_string (Reader     *r,
            JsonObject *parent,
            const char *name)
{
  JsonNode *node = parent != NULL ? json_object_get_member (parent, name) : NULL;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      corrupt (r, name);
      return NULL;
    }
  if (text_too_long (r, json_node_get_string (node)))
    return NULL;

  return json_node_get_string (node);
}

static double
element_double (Reader    *r,
                JsonArray *array,
                guint      index)
{
  JsonNode *node = json_array_get_element (array, index);
  GType type;

  if (JSON_NODE_HOLDS_NULL (node))
    return NAN;
  type = JSON_NODE_HOLDS_VALUE (node) ? json_node_get_value_type (node) : G_TYPE_INVALID;
  if (type != G_TYPE_DOUBLE && type != G_TYPE_INT64)
    {
      corrupt (r, "a number");
      return NAN;
    }

  return json_node_get_double (node);
}

/* The importer's ranges (pf-import-points.c): below the Dead Sea shore or above Everest
 * is a broken reading, not a course; a missing elevation is null. */
static gboolean
elevation_in_range (double ele)
{
  return isnan (ele) || (ele >= -500.0 && ele <= 9000.0);
}

/* A course point as the importer would have taken it; else corrupt, naming the point (from
 * 1) and the value as written. */
static gboolean
position_in_range (Reader *r,
                   guint   index,
                   double  lat,
                   double  lon,
                   double  ele)
{
  char value[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *what = NULL;

  if (!(fabs (lat) <= 90.0))
    /* Translators: %u counts the course's points from 1, %s is a number as written, "1e+300" */
    what = g_strdup_printf (_("course point %u: the latitude %s is not between -90 and 90"),
                            index + 1, g_ascii_formatd (value, sizeof value, "%g", lat));
  else if (!(fabs (lon) <= 180.0))
    /* Translators: %u counts the course's points from 1, %s is a number as written, "1e+300" */
    what = g_strdup_printf (_("course point %u: the longitude %s is not between -180 and 180"),
                            index + 1, g_ascii_formatd (value, sizeof value, "%g", lon));
  else if (!elevation_in_range (ele))
    {
      g_autofree char *low = pf_quantity (PF_QUANTITY_ELEVATION, -500.0, 0);
      g_autofree char *high = pf_quantity (PF_QUANTITY_ELEVATION, 9000.0, 0);

      /* Translators: %u counts the course's points from 1, the first %s is a number as
       * written in the file (in metres), "1e+300", the others elevations, "-500 m" */
      what = g_strdup_printf (_("course point %u: the elevation %s is not between %s and %s"),
                              index + 1, g_ascii_formatd (value, sizeof value, "%g", ele),
                              low, high);
    }
  else
    return TRUE;

  return corrupt (r, what);
}

static PfTrack *
read_track (Reader     *r,
            JsonObject *object)
{
  g_autoptr(PfTrack) track = NULL;
  JsonArray *points, *waypoints, *notes;
  const char *display_name = get_string (r, object, "display_name");
  const char *name = get_string (r, object, "name");

  track = _pf_track_new (display_name != NULL ? display_name : r->display_name,
                         g_strcmp0 (get_string (r, object, "format"), "tcx") == 0
                           ? PF_TRACK_FORMAT_TCX
                           : g_strcmp0 (get_string (r, object, "format"), "fit") == 0
                           ? PF_TRACK_FORMAT_FIT : PF_TRACK_FORMAT_GPX);
  if (name != NULL)
    _pf_track_set_name (track, name);
  track->source = (PfTrackSource) get_int (r, object, "source", PF_TRACK_SOURCE_TRACK,
                                           PF_TRACK_SOURCE_TRACK, PF_TRACK_SOURCE_WAYPOINTS);

  points = get_array (r, object, "points");
  if (points == NULL || json_array_get_length (points) < 2)
    return corrupt (r, _("the course has fewer than two points")), NULL;
  waypoints = get_array (r, object, "waypoints");
  if (json_array_get_length (points) > PF_IMPORT_MAX_POINTS
      || (waypoints != NULL && json_array_get_length (waypoints) > PF_IMPORT_MAX_POINTS))
    {
      g_autofree char *what = g_strdup_printf (_("more than %d points"), PF_IMPORT_MAX_POINTS);

      return corrupt (r, what), NULL;
    }

  for (guint i = 0; i < json_array_get_length (points) && !r->failed; i++)
    {
      JsonNode *node = json_array_get_element (points, i);
      JsonArray *p;
      PfTrackPoint point = { 0 };
      double part;

      if (!JSON_NODE_HOLDS_ARRAY (node) || json_array_get_length (p = json_node_get_array (node)) != 4)
        return corrupt (r, _("a course point")), NULL;

      point.lat = element_double (r, p, 0);
      point.lon = element_double (r, p, 1);
      point.ele = element_double (r, p, 2);
      part = element_double (r, p, 3);
      point.time_us = PF_TRACK_NO_TIME;
      point.distance_m = NAN;
      point.heart_rate = NAN;
      point.temperature_c = NAN;
      if (!position_in_range (r, i, point.lat, point.lon, point.ele))
        return NULL;
      if (!(part >= 0.0 && part < G_MAXUINT))
        return corrupt (r, _("a course point out of range")), NULL;
      point.part = (guint) part;
      g_array_append_val (track->points, point);
      track->n_parts = MAX (track->n_parts, point.part + 1);
    }
  _pf_track_points_done (track);

  for (guint i = 0; waypoints != NULL && i < json_array_get_length (waypoints) && !r->failed; i++)
    {
      JsonNode *node = json_array_get_element (waypoints, i);
      JsonObject *w;
      PfWaypoint waypoint = { 0 };

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return corrupt (r, _("a waypoint")), NULL;
      w = json_node_get_object (node);
      waypoint.name = (char *) get_string (r, w, "name");
      waypoint.comment = (char *) get_string (r, w, "comment");
      waypoint.lat = get_double (r, w, "lat", NAN);
      waypoint.lon = get_double (r, w, "lon", NAN);
      waypoint.ele = get_double (r, w, "ele", NAN);
      waypoint.kind = get_bool (r, w, "aid_station", FALSE) ? PF_WAYPOINT_AID_STATION
                                                            : PF_WAYPOINT_LANDMARK;
      if (!(fabs (waypoint.lat) <= 90.0) || !(fabs (waypoint.lon) <= 180.0)
          || !elevation_in_range (waypoint.ele))
        return corrupt (r, _("a waypoint out of range")), NULL;
      _pf_track_add_waypoint (track, &waypoint);
    }

  notes = get_array (r, object, "notes");
  for (guint i = 0; notes != NULL && i < json_array_get_length (notes); i++)
    {
      JsonNode *node = json_array_get_element (notes, i);

      if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING
          && !text_too_long (r, json_node_get_string (node)))
        g_ptr_array_add (track->notes, g_strdup (json_node_get_string (node)));
    }

  return r->failed ? NULL : g_steal_pointer (&track);
}

/* The runner's profile the plan uses, if any: checked as its own file is, named as the plan. */
static void
read_profile (Reader       *r,
              JsonObject   *root,
              PfPlanInputs *inputs)
{
  JsonNode *node = json_object_get_member (root, "runner_profile");
  g_autoptr(GError) error = NULL;
  g_autoptr(PfRunnerProfile) profile = NULL;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return;
  profile = pf_runner_profile_from_node (node, r->display_name, &error);
  if (profile == NULL)
    {
      if (!r->failed)
        g_set_error_literal (r->error, PF_PLAN_FILE_ERROR, PF_PLAN_FILE_ERROR_CORRUPT,
                             error->message);
      r->failed = TRUE;
      return;
    }
  pf_plan_inputs_set_profile (inputs, profile);
}

static void
read_inputs (Reader       *r,
             JsonObject   *root,
             PfPlanInputs *inputs)
{
  JsonObject *athlete = get_object (r, root, "athlete", FALSE);
  JsonObject *pacing = get_object (r, root, "pacing", FALSE);
  JsonObject *conditions = get_object (r, root, "conditions", FALSE);
  JsonObject *runner = get_object (r, root, "runner", FALSE);
  JsonObject *test = get_object (r, runner, "sweat_test", FALSE);
  JsonObject *fuel = get_object (r, root, "fuel", FALSE);
  JsonObject *training = get_object (r, root, "training", FALSE);
  JsonArray *races = get_array (r, root, "races");
  JsonArray *hours = get_array (r, conditions, "hours");
  JsonObject *forecast = get_object (r, conditions, "forecast", FALSE);
  JsonArray *aid = get_array (r, fuel, "aid_stations_m");
  JsonArray *checklist = get_array (r, root, "checklist");
  JsonArray *offers;

  /* Read as written; pf_plan_inputs_validate says which one is too long, as for any value. */
  pf_plan_inputs_set_athlete (inputs, get_string (r, athlete, "name"),
                              get_string (r, athlete, "club"), get_string (r, athlete, "notes"));
  read_profile (r, root, inputs);

  inputs->official_distance_m = get_double (r, root, "official_distance_m", 0.0);
  if (isnan (inputs->official_distance_m))
    inputs->official_distance_m = 0.0;

  inputs->pace_mode = get_int (r, pacing, "pace_mode", inputs->pace_mode, 0, PF_PACE_MODE_EFFORT);
  inputs->goal_time_s = get_double (r, pacing, "goal_time_s", inputs->goal_time_s);
  /* The start's own range (pf_plan_inputs_validate's), so that the message says it. */
  inputs->start_time = get_time (r, pacing, "start_time", inputs->start_time, PF_START_TIME_MIN,
                                 PF_START_TIME_END - 1);
  inputs->grade_model = get_int (r, pacing, "grade_model", inputs->grade_model, 0,
                                 PF_GRADE_MODEL_ULTRAPACER);
  inputs->heat_model = get_int (r, pacing, "heat_model", inputs->heat_model, 0,
                                PF_HEAT_MODEL_LAST);
  inputs->strategy = get_int (r, pacing, "strategy", inputs->strategy, 0, PF_STRATEGY_POSITIVE);
  inputs->strategy_pct = get_double (r, pacing, "strategy_pct", inputs->strategy_pct);
  inputs->drift_pct = get_double (r, pacing, "drift_pct", inputs->drift_pct);
  inputs->split_unit = get_int (r, pacing, "split_unit", inputs->split_unit, 0, PF_SPLIT_AID);
  /* Files from before the runner's choice was kept say only the unit. Their per-kilometre or
   * per-mile splits may well be the default new plans took from the units, which the runner
   * never asked for (issue 17: 0.62-mile rows in imperial), so they follow the units from now
   * on; splits at aid stations were never a default, so only the runner can have picked them. */
  inputs->split_unit_chosen = get_bool (r, pacing, "split_unit_chosen",
                                        inputs->split_unit == PF_SPLIT_AID);

  for (guint i = 0; races != NULL && i < json_array_get_length (races) && !r->failed; i++)
    {
      JsonNode *node = json_array_get_element (races, i);
      PfRaceResult race;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          corrupt (r, "races");
          break;
        }
      race.distance_m = get_double (r, json_node_get_object (node), "distance_m", NAN);
      race.time_s = get_double (r, json_node_get_object (node), "time_s", NAN);
      race.date = get_time (r, json_node_get_object (node), "date", 0, MIN_TIME, MAX_TIME);
      g_array_append_val (inputs->races, race);
    }

  inputs->conditions.humidity_kind = get_int (r, conditions, "humidity_kind",
                                              inputs->conditions.humidity_kind, 0,
                                              PF_HUMIDITY_DEW_POINT);
  inputs->conditions.humidity = get_double (r, conditions, "humidity", inputs->conditions.humidity);
  inputs->conditions.start_temp_c = get_double (r, conditions, "start_temp_c",
                                                inputs->conditions.start_temp_c);
  inputs->conditions.finish_temp_c = get_double (r, conditions, "finish_temp_c",
                                                 inputs->conditions.finish_temp_c);
  for (guint i = 0; hours != NULL && i < json_array_get_length (hours) && !r->failed; i++)
    {
      JsonNode *node = json_array_get_element (hours, i);
      PfWeatherHour hour;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          corrupt (r, "hours");
          break;
        }
      hour.time = get_time (r, json_node_get_object (node), "time", 0, MIN_TIME, MAX_TIME);
      hour.temp_c = get_double (r, json_node_get_object (node), "temp_c", NAN);
      hour.humidity = get_double (r, json_node_get_object (node), "humidity", NAN);
      g_array_append_val (inputs->conditions.hours, hour);
    }
  if (forecast != NULL)
    {
      g_free (inputs->conditions.forecast_source);
      inputs->conditions.forecast_source = g_strdup (get_string (r, forecast, "source"));
      inputs->conditions.forecast_fetched_at = get_time (r, forecast, "fetched_at", 0,
                                                         MIN_TIME, MAX_TIME);
    }

  inputs->runner.mass_kg = get_double (r, runner, "mass_kg", inputs->runner.mass_kg);
  inputs->runner.height_cm = get_double (r, runner, "height_cm", inputs->runner.height_cm);
  inputs->runner.sweat_rate_l_per_h = get_double (r, runner, "sweat_rate_l_per_h", 0.0);
  if (test != NULL)
    {
      PfSweatTest *t = &inputs->runner.sweat_test;

      inputs->runner.has_sweat_test = TRUE;
      t->pre_kg = get_double (r, test, "pre_kg", NAN);
      t->post_kg = get_double (r, test, "post_kg", NAN);
      t->drank_l = get_double (r, test, "drank_l", 0.0);
      t->urine_l = get_double (r, test, "urine_l", 0.0);
      t->minutes = get_double (r, test, "minutes", NAN);
      t->temp_c = get_double (r, test, "temp_c", NAN);
      t->dew_point_c = get_double (r, test, "dew_point_c", NAN);
      t->pace_s_per_km = get_double (r, test, "pace_s_per_km", NAN);
    }
  inputs->runner.sweat_sodium_mg_per_l = get_double (r, runner, "sweat_sodium_mg_per_l",
                                                     inputs->runner.sweat_sodium_mg_per_l);
  inputs->runner.cramp_prone = get_bool (r, runner, "cramp_prone", FALSE);
  inputs->runner.gut_max_g_per_h = get_double (r, runner, "gut_max_g_per_h",
                                               inputs->runner.gut_max_g_per_h);

  inputs->fuel.carbs_per_hour_g = get_double (r, fuel, "carbs_per_hour_g", 0.0);
  inputs->fuel.fluid_per_hour_l = get_double (r, fuel, "fluid_per_hour_l", 0.0);
  inputs->fuel.fluid_ceiling_l_per_h = get_double (r, fuel, "fluid_ceiling_l_per_h",
                                                   inputs->fuel.fluid_ceiling_l_per_h);
  inputs->fuel.drink_mode = get_int (r, fuel, "drink_mode", PF_DRINK_PLANNED, 0, PF_DRINK_THIRST);
  inputs->fuel.carry_bottle_ml = get_double (r, fuel, "carry_bottle_ml", 0.0);
  for (guint i = 0; aid != NULL && i < json_array_get_length (aid) && !r->failed; i++)
    {
      double d = element_double (r, aid, i);

      g_array_append_val (inputs->fuel.extra_aid_m, d);
    }
  inputs->fuel.drink_carbs_g_per_l = get_double (r, fuel, "drink_carbs_g_per_l", 0.0);
  inputs->fuel.drink_fructose_pct = get_double (r, fuel, "drink_fructose_pct", NAN);
  if (get_array (r, fuel, "products") != NULL
      && !pf_products_from_json (get_array (r, fuel, "products"), inputs->fuel.products, NULL))
    corrupt (r, "products");
  offers = get_array (r, fuel, "aid_offers");
  for (guint i = 0; offers != NULL && i < json_array_get_length (offers) && !r->failed; i++)
    {
      JsonNode *node = json_array_get_element (offers, i);
      PfAidOffer offer;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          corrupt (r, "aid_offers");
          break;
        }
      offer.distance_m = get_double (r, json_node_get_object (node), "distance_m", NAN);
      offer.offers = get_int (r, json_node_get_object (node), "offers", PF_OFFERS_DEFAULT, 0, 15);
      offer.name = pf_text_sanitize (get_string (r, json_node_get_object (node), "name"));
      g_array_append_val (inputs->fuel.aid_offers, offer);
    }

  inputs->training.weekly_km = get_double (r, training, "weekly_km", 0.0);
  inputs->training.longest_run_km = get_double (r, training, "longest_run_km", 0.0);
  inputs->training.goal_pace_km = get_double (r, training, "goal_pace_km", NAN);
  inputs->training.mean_pace_s_per_km = get_double (r, training, "mean_pace_s_per_km", 0.0);
  inputs->training.acclimatised = get_bool (r, training, "acclimatised", FALSE);

  for (guint i = 0; checklist != NULL && i < MIN (json_array_get_length (checklist), PF_N_CHECKS); i++)
    {
      double answer = element_double (r, checklist, i);

      inputs->checklist[i] = answer == PF_ANSWER_YES ? PF_ANSWER_YES
                             : answer == PF_ANSWER_NO ? PF_ANSWER_NO : PF_ANSWER_NONE;
    }
}

/* Reads a plan document into @inputs (initialised by the caller); on error @inputs is left
 * as it was. */
gboolean
pf_plan_file_from_data (const char    *data,
                        gsize          length,
                        const char    *display_name,
                        PfPlanInputs  *inputs,
                        GError       **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) json_error = NULL;
  g_auto(PfPlanInputs) read = { 0 };
  g_autoptr(PfTrack) track = NULL;
  Reader r = { display_name, error, FALSE };
  g_autofree char *problem = NULL;
  PfJsonGuard guard = PF_JSON_GUARD_OK;
  JsonNode *root_node;
  JsonObject *root, *course;
  gint64 version;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  /* Refused before json-glib builds it: too large, too many values, nested too deep. */
  if (length > PF_PLAN_FILE_MAX_SIZE)
    problem = g_strdup_printf (_("larger than %d MB"), PF_PLAN_FILE_MAX_SIZE / (1024 * 1024));
  else if ((guard = pf_json_guard_check (data, length, PF_JSON_MAX_DEPTH,
                                         PF_PLAN_FILE_MAX_VALUES)) == PF_JSON_GUARD_TOO_MANY_VALUES)
    problem = g_strdup_printf (_("more values than a course of %d points has"),
                               PF_IMPORT_MAX_POINTS);
  else if (guard != PF_JSON_GUARD_OK)
    problem = g_strdup (pf_json_guard_problem (guard));
  else if (!json_parser_load_from_data (parser, data != NULL ? data : "", (gssize) length,
                                        &json_error))
    /* json-glib may quote the character it stumbled on: cleaned, as text from the file. */
    problem = json_error != NULL ? pf_text_sanitize (json_error->message)
                                 : g_strdup (_("not JSON"));
  if (problem != NULL)
    {
      /* A compressed plan, a course given as a plan…: say what it is. */
      g_autofree char *what = pf_file_sniff (data, length);

      if (what != NULL)
        g_set_error (error, PF_PLAN_FILE_ERROR, PF_PLAN_FILE_ERROR_CORRUPT, "%s: %s",
                     display_name, what);
      else
        g_set_error (error, PF_PLAN_FILE_ERROR, PF_PLAN_FILE_ERROR_CORRUPT,
                     _("%s: not a Pacefuel plan (%s)"), display_name, problem);
      return FALSE;
    }

  root_node = json_parser_get_root (parser);
  if (root_node == NULL || !JSON_NODE_HOLDS_OBJECT (root_node))
    return corrupt (&r, _("the document is not a JSON object"));
  root = json_node_get_object (root_node);

  if (!json_object_has_member (root, "format_version"))
    return corrupt (&r, _("no format_version"));
  version = get_int (&r, root, "format_version", 0, 1, G_MAXINT64);
  if (r.failed)
    return FALSE;
  if (version > PF_PLAN_FILE_VERSION)
    {
      g_autofree char *written = g_strdup_printf ("%" G_GINT64_FORMAT, version);

      /* The number is formatted apart: a G_GINT64_FORMAT inside _() cannot be translated. */
      g_set_error (error, PF_PLAN_FILE_ERROR, PF_PLAN_FILE_ERROR_NEWER,
                   _("%s was written by a newer Pacefuel (plan format %s; this version reads up to %d): update Pacefuel to open it"),
                   display_name, written, PF_PLAN_FILE_VERSION);
      return FALSE;
    }

  course = get_object (&r, root, "course", TRUE);
  if (course == NULL)
    return FALSE;
  track = read_track (&r, course);
  if (track == NULL)
    return FALSE;

  pf_plan_inputs_init (&read);
  pf_plan_inputs_set_track (&read, track);
  read_inputs (&r, root, &read);
  if (r.failed)
    return FALSE;

  /* Every value passes the checks the editors and the CLI apply, named with the file. */
  {
    g_autoptr(GError) invalid = NULL;

    if (!pf_plan_inputs_validate (&read, &invalid))
      {
        g_set_error (error, PF_PLAN_FILE_ERROR, PF_PLAN_FILE_ERROR_INVALID, "%s: %s",
                     display_name, invalid->message);
        return FALSE;
      }
  }

  pf_plan_inputs_copy (inputs, &read);
  return TRUE;
}

