/* pf-plan-file.c — saving and opening *.pacefuel plans (the reading is pf-plan-file-read.c)
 *
 * A plan document holds every input — the course itself included, point by point, so a
 * plan opens after the original GPX is gone — and the version of the format and of the
 * app that wrote it. The plan is recomputed on opening: the document stores choices, never
 * results, so an improved model improves old plans too.
 *
 * Saving goes through pf_file_write_atomic: a temporary file beside the target, synced and
 * renamed over it, the previous version kept as a backup ("plan.pacefuel~"). A failed save
 * leaves the old file and its backup as they were.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-plan-file"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "pf-file-read.h"
#include "pf-file-write.h"
#include "pf-json-write.h"
#include "pf-plan-file.h"
#include "pf-plan.h"
#include "pf-track-private.h"

G_DEFINE_QUARK (pf-plan-file-error-quark, pf_plan_file_error)

/* ---- writing ------------------------------------------------------------------------ */

static void
write_track (JsonBuilder   *b,
             const PfTrack *track)
{
  const PfTrackPoint *p = pf_track_get_points (track);

  json_builder_begin_object (b);
  pf_json_add_string (b, "name", track->name);
  pf_json_add_string (b, "display_name", track->display_name);
  pf_json_add_string (b, "format", pf_track_format_name (track->format));
  pf_json_add_int (b, "source", track->source);

  /* [lat, lon, ele or null, part] per point: compact, and exact to the file's digits. */
  pf_json_begin_array (b, "points");
  for (guint i = 0; i < pf_track_get_n_points (track); i++)
    {
      json_builder_begin_array (b);
      json_builder_add_double_value (b, p[i].lat);
      json_builder_add_double_value (b, p[i].lon);
      pf_json_add_number (b, p[i].ele);
      json_builder_add_int_value (b, p[i].part);
      json_builder_end_array (b);
    }
  json_builder_end_array (b);

  pf_json_begin_array (b, "waypoints");
  for (guint i = 0; i < pf_track_get_n_waypoints (track); i++)
    {
      const PfWaypoint *w = pf_track_get_waypoint (track, i);

      json_builder_begin_object (b);
      pf_json_add_string (b, "name", w->name);
      pf_json_add_string (b, "comment", w->comment);
      pf_json_add_double (b, "lat", w->lat);
      pf_json_add_double (b, "lon", w->lon);
      pf_json_add_double (b, "ele", w->ele);
      pf_json_add_bool (b, "aid_station", w->kind == PF_WAYPOINT_AID_STATION);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  pf_json_add_strings (b, "notes", track->notes);
  json_builder_end_object (b);
}

char *
pf_plan_file_to_data (const PfPlanInputs *inputs,
                      gsize              *length)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  const PfConditions *c = &inputs->conditions;

  g_return_val_if_fail (inputs != NULL && inputs->track != NULL, NULL);

  json_builder_begin_object (b);
  pf_json_add_int (b, "format_version", PF_PLAN_FILE_VERSION);
  pf_json_add_string (b, "generator", "Pacefuel " PACKAGE_VERSION);
  json_builder_set_member_name (b, "course");
  write_track (b, inputs->track);
  pf_json_add_double (b, "official_distance_m", inputs->official_distance_m);
  /* Optional, and only what was given, so files without it (older, or nameless) read alike. */
  if (inputs->athlete.name != NULL || inputs->athlete.club != NULL
      || inputs->athlete.notes != NULL)
    {
      pf_json_begin_object (b, "athlete");
      if (inputs->athlete.name != NULL)
        pf_json_add_string (b, "name", inputs->athlete.name);
      if (inputs->athlete.club != NULL)
        pf_json_add_string (b, "club", inputs->athlete.club);
      if (inputs->athlete.notes != NULL)
        pf_json_add_string (b, "notes", inputs->athlete.notes);
      json_builder_end_object (b);
    }
  /* The runner's profile travels with the plan that uses it, so it reopens to the same plan. */
  if (inputs->profile != NULL)
    {
      json_builder_set_member_name (b, "runner_profile");
      json_builder_add_value (b, pf_runner_profile_to_node (inputs->profile));
    }

  pf_json_begin_object (b, "pacing");
  pf_json_add_int (b, "pace_mode", inputs->pace_mode);
  pf_json_add_double (b, "goal_time_s", inputs->goal_time_s);
  pf_json_add_int (b, "start_time", inputs->start_time);
  pf_json_add_int (b, "grade_model", inputs->grade_model);
  pf_json_add_int (b, "heat_model", inputs->heat_model);
  pf_json_add_int (b, "strategy", inputs->strategy);
  pf_json_add_double (b, "strategy_pct", inputs->strategy_pct);
  pf_json_add_double (b, "drift_pct", inputs->drift_pct);
  pf_json_add_int (b, "split_unit", inputs->split_unit);
  pf_json_add_bool (b, "split_unit_chosen", inputs->split_unit_chosen);
  json_builder_end_object (b);

  pf_json_begin_array (b, "races");
  for (guint i = 0; i < inputs->races->len; i++)
    {
      const PfRaceResult *r = &g_array_index (inputs->races, PfRaceResult, i);

      json_builder_begin_object (b);
      pf_json_add_double (b, "distance_m", r->distance_m);
      pf_json_add_double (b, "time_s", r->time_s);
      pf_json_add_int (b, "date", r->date);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  pf_json_begin_object (b, "conditions");
  pf_json_add_int (b, "humidity_kind", c->humidity_kind);
  pf_json_add_double (b, "humidity", c->humidity);
  pf_json_add_double (b, "start_temp_c", c->start_temp_c);
  pf_json_add_double (b, "finish_temp_c", c->finish_temp_c);
  pf_json_begin_array (b, "hours");
  for (guint i = 0; c->hours != NULL && i < c->hours->len; i++)
    {
      const PfWeatherHour *h = &g_array_index (c->hours, PfWeatherHour, i);

      json_builder_begin_object (b);
      pf_json_add_int (b, "time", h->time);
      pf_json_add_double (b, "temp_c", h->temp_c);
      pf_json_add_double (b, "humidity", h->humidity);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  /* Optional, so files without it (older, or typed weather) read as before. */
  if (c->forecast_source != NULL)
    {
      pf_json_begin_object (b, "forecast");
      pf_json_add_string (b, "source", c->forecast_source);
      pf_json_add_int (b, "fetched_at", c->forecast_fetched_at);
      json_builder_end_object (b);
    }
  json_builder_end_object (b);

  pf_json_begin_object (b, "runner");
  pf_json_add_double (b, "mass_kg", inputs->runner.mass_kg);
  pf_json_add_double (b, "height_cm", inputs->runner.height_cm);
  pf_json_add_double (b, "sweat_rate_l_per_h", inputs->runner.sweat_rate_l_per_h);
  if (inputs->runner.has_sweat_test)
    {
      const PfSweatTest *t = &inputs->runner.sweat_test;

      pf_json_begin_object (b, "sweat_test");
      pf_json_add_double (b, "pre_kg", t->pre_kg);
      pf_json_add_double (b, "post_kg", t->post_kg);
      pf_json_add_double (b, "drank_l", t->drank_l);
      pf_json_add_double (b, "urine_l", t->urine_l);
      pf_json_add_double (b, "minutes", t->minutes);
      pf_json_add_double (b, "temp_c", t->temp_c);
      pf_json_add_double (b, "dew_point_c", t->dew_point_c);
      pf_json_add_double (b, "pace_s_per_km", t->pace_s_per_km);
      json_builder_end_object (b);
    }
  pf_json_add_double (b, "sweat_sodium_mg_per_l", inputs->runner.sweat_sodium_mg_per_l);
  pf_json_add_bool (b, "cramp_prone", inputs->runner.cramp_prone);
  pf_json_add_double (b, "gut_max_g_per_h", inputs->runner.gut_max_g_per_h);
  json_builder_end_object (b);

  pf_json_begin_object (b, "fuel");
  pf_json_add_double (b, "carbs_per_hour_g", inputs->fuel.carbs_per_hour_g);
  pf_json_add_double (b, "fluid_per_hour_l", inputs->fuel.fluid_per_hour_l);
  pf_json_add_double (b, "fluid_ceiling_l_per_h", inputs->fuel.fluid_ceiling_l_per_h);
  pf_json_add_int (b, "drink_mode", inputs->fuel.drink_mode);
  pf_json_add_double (b, "carry_bottle_ml", inputs->fuel.carry_bottle_ml);
  pf_json_add_doubles (b, "aid_stations_m", inputs->fuel.extra_aid_m);
  pf_json_add_double (b, "drink_carbs_g_per_l", inputs->fuel.drink_carbs_g_per_l);
  pf_json_add_double (b, "drink_fructose_pct", inputs->fuel.drink_fructose_pct);
  json_builder_set_member_name (b, "products");
  pf_products_to_json (b, inputs->fuel.products);
  pf_json_begin_array (b, "aid_offers");
  for (guint i = 0; i < inputs->fuel.aid_offers->len; i++)
    {
      const PfAidOffer *offer = &g_array_index (inputs->fuel.aid_offers, PfAidOffer, i);

      json_builder_begin_object (b);
      pf_json_add_double (b, "distance_m", offer->distance_m);
      pf_json_add_int (b, "offers", offer->offers);
      if (offer->name != NULL)
        pf_json_add_string (b, "name", offer->name);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);

  pf_json_begin_object (b, "training");
  pf_json_add_double (b, "weekly_km", inputs->training.weekly_km);
  pf_json_add_double (b, "longest_run_km", inputs->training.longest_run_km);
  pf_json_add_double (b, "goal_pace_km", inputs->training.goal_pace_km);
  pf_json_add_double (b, "mean_pace_s_per_km", inputs->training.mean_pace_s_per_km);
  pf_json_add_bool (b, "acclimatised", inputs->training.acclimatised);
  json_builder_end_object (b);

  pf_json_begin_array (b, "checklist");
  for (guint i = 0; i < PF_N_CHECKS; i++)
    json_builder_add_int_value (b, inputs->checklist[i]);
  json_builder_end_array (b);
  json_builder_end_object (b);

  root = json_builder_get_root (b);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 1);
  return json_generator_to_data (generator, length);
}

/* Whether @name (a file's name or path) is a plan document: "*.pacefuel", or the backup the
 * saver keeps beside it ("*.pacefuel~"), which is opened as the plan it backs up. */
gboolean
pf_plan_file_is_plan_name (const char *name)
{
  g_autofree char *lower = NULL;

  g_return_val_if_fail (name != NULL, FALSE);

  lower = g_ascii_strdown (name, -1);
  return g_str_has_suffix (lower, ".pacefuel") || g_str_has_suffix (lower, ".pacefuel~");
}

/**
 * pf_plan_file_backed_up:
 * @file: a file
 *
 * The plan @file is the backup of ("race.pacefuel" for "race.pacefuel~"), in the same folder.
 * A backup opened is read as its plan, but it is not where that plan is saved: saving to it
 * would make the next backup a backup's backup and leave the plan itself behind.
 *
 * Returns: (transfer full) (nullable): the plan, or %NULL when @file is no plan's backup
 */
GFile *
pf_plan_file_backed_up (GFile *file)
{
  g_autofree char *basename = NULL;
  g_autoptr(GFile) parent = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  basename = g_file_get_basename (file);
  parent = g_file_get_parent (file);
  if (basename == NULL || parent == NULL || !g_str_has_suffix (basename, "~")
      || !pf_plan_file_is_plan_name (basename))
    return NULL;

  basename[strlen (basename) - 1] = '\0';
  return g_file_get_child (parent, basename);
}

gboolean
pf_plan_file_save (const PfPlanInputs  *inputs,
                   GFile               *file,
                   GCancellable        *cancellable,
                   GError             **error)
{
  g_autofree char *data = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length = 0;

  g_return_val_if_fail (inputs != NULL && inputs->track != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  data = pf_plan_file_to_data (inputs, &length);
  if (!pf_file_write_atomic (file, data, length, PF_FILE_WRITE_BACKUP, cancellable,
                             &local_error))
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, PF_PLAN_FILE_ERROR, PF_PLAN_FILE_ERROR_IO,
                   _("Could not save %s: %s"), name, local_error->message);
      return FALSE;
    }

  return TRUE;
}

gboolean
pf_plan_file_load (GFile         *file,
                   PfPlanInputs  *inputs,
                   GCancellable  *cancellable,
                   GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length = 0;
  const char *data;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  name = g_file_get_parse_name (file);

  /* Never more than the limit, whatever the size says (a link to /dev/zero says 0), and
   * never a named pipe or a device (pf-file-read.c). */
  bytes = pf_file_read_bounded (file, name, PF_PLAN_FILE_MAX_SIZE, cancellable, &local_error);
  if (bytes == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE))
        g_set_error (error, PF_PLAN_FILE_ERROR, PF_PLAN_FILE_ERROR_CORRUPT,
                     _("%s: too large to be a plan"), name);
      else
        g_set_error_literal (error, PF_PLAN_FILE_ERROR, PF_PLAN_FILE_ERROR_IO,
                             local_error->message);
      return FALSE;
    }

  data = g_bytes_get_data (bytes, &length);
  return pf_plan_file_from_data (data != NULL ? data : "", length, name, inputs, error);
}
