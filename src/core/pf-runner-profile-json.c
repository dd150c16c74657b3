/* pf-runner-profile-json.c — the runner's profile as JSON: its own file, and inside a plan
 *
 * The profile belongs to the runner, not to one plan: it is saved on its own
 * (pf_runner_profile_save), and a plan that uses it carries a copy (pf-plan-file.c writes
 * pf_runner_profile_to_node) so that the plan reopens to the same numbers on another machine.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-runner-profile"

#include "config.h"

#include "pf-runner-profile.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pf-file-read.h"
#include "pf-file-write.h"
#include "pf-json-guard.h"


#define FORMAT_VERSION    1
/* A profile is a few hundred values: anything far larger is not one. */
#define PROFILE_MAX_SIZE  (64 * 1024)
#define PROFILE_MAX_VALUES 2000

static void
add_term (JsonBuilder *b, const char *name, const PfRunnerProfileTerm *t)
{
  json_builder_set_member_name (b, name);
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "known");
  json_builder_add_boolean_value (b, t->known);
  json_builder_set_member_name (b, "value");
  json_builder_add_double_value (b, t->value);
  json_builder_set_member_name (b, "se");
  json_builder_add_double_value (b, t->se);
  json_builder_set_member_name (b, "runs");
  json_builder_add_int_value (b, t->n_runs);
  json_builder_set_member_name (b, "spread");
  json_builder_add_double_value (b, t->spread);
  json_builder_end_object (b);
}

static void
add_number (JsonBuilder *b, const char *name, double value)
{
  json_builder_set_member_name (b, name);
  json_builder_add_double_value (b, value);
}

static void
add_count (JsonBuilder *b, const char *name, guint value)
{
  json_builder_set_member_name (b, name);
  json_builder_add_int_value (b, value);
}

/* The profile as a JSON object, SI units: grades and corrections are decimals (log-pace),
 * distances metres, fade per hour (a rate: the profile's one non-second time unit, named in the key). */
JsonNode *
pf_runner_profile_to_node (const PfRunnerProfile *self)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  g_return_val_if_fail (self != NULL, NULL);

  json_builder_begin_object (b);
  add_count (b, "format_version", FORMAT_VERSION);
  json_builder_set_member_name (b, "model");
  json_builder_add_string_value (b, pf_grade_model_to_string (self->model));
  add_count (b, "runs_given", self->n_runs_given);
  add_count (b, "runs_used", self->n_runs_used);
  add_number (b, "distance_m", self->distance_m);
  add_count (b, "segments", self->n_segments);
  add_count (b, "removed_stop", self->n_removed_stop);
  add_count (b, "removed_walk", self->n_removed_walk);
  add_count (b, "removed_spike", self->n_removed_spike);
  add_number (b, "residual_sd", self->residual_sd);
  json_builder_set_member_name (b, "grade_knots");
  json_builder_begin_array (b);
  for (guint k = 0; k < PF_RUNNER_PROFILE_N_KNOTS; k++)
    {
      const PfRunnerProfileKnot *x = &self->knots[k];

      json_builder_begin_object (b);
      add_number (b, "grade", x->grade);
      add_number (b, "correction", x->correction);
      add_number (b, "se", x->se);
      add_count (b, "runs", x->n_runs);
      add_count (b, "segments", x->n_segments);
      add_number (b, "distance_m", x->distance_m);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  add_term (b, "heat", &self->heat);
  add_term (b, "fade_per_hour", &self->fade);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

/* The profile's own file: the object above, pretty-printed. */
char *
pf_runner_profile_to_json (const PfRunnerProfile *self,
                           gsize                 *length)
{
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  root = pf_runner_profile_to_node (self);
  json_generator_set_root (gen, root);
  json_generator_set_pretty (gen, TRUE);
  return json_generator_to_data (gen, length);
}

typedef struct
{
  const char *name;
  GError    **error;
  gboolean    failed;
} Reader;

static void
bad (Reader *r, const char *member)
{
  if (!r->failed)
    g_set_error (r->error, PF_RUNNER_PROFILE_ERROR, PF_RUNNER_PROFILE_ERROR_CORRUPT,
                 _("%s: not a valid runner profile (“%s” is missing or out of range)"),
                 r->name, member);
  r->failed = TRUE;
}

static double
read_number (Reader *r, JsonObject *o, const char *member, double lo, double hi)
{
  JsonNode *node = o != NULL ? json_object_get_member (o, member) : NULL;
  double v;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node)
      || (json_node_get_value_type (node) != G_TYPE_DOUBLE
          && json_node_get_value_type (node) != G_TYPE_INT64))
    {
      bad (r, member);
      return 0.0;
    }
  v = json_node_get_double (node);
  if (!isfinite (v) || v < lo || v > hi)
    {
      bad (r, member);
      return 0.0;
    }
  return v;
}

static guint
read_count (Reader *r, JsonObject *o, const char *member)
{
  JsonNode *node = o != NULL ? json_object_get_member (o, member) : NULL;
  gint64 v;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node)
      || json_node_get_value_type (node) != G_TYPE_INT64
      || (v = json_node_get_int (node)) < 0 || v > G_MAXINT)
    {
      bad (r, member);
      return 0;
    }
  return (guint) v;
}

static JsonObject *
read_object (Reader *r, JsonObject *o, const char *member)
{
  JsonNode *node = o != NULL ? json_object_get_member (o, member) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      bad (r, member);
      return NULL;
    }
  return json_node_get_object (node);
}

static void
read_term (Reader *r, JsonObject *o, const char *member, PfRunnerProfileTerm *t)
{
  JsonObject *to = read_object (r, o, member);
  JsonNode *known = to != NULL ? json_object_get_member (to, "known") : NULL;

  if (known == NULL || !JSON_NODE_HOLDS_VALUE (known)
      || json_node_get_value_type (known) != G_TYPE_BOOLEAN)
    {
      bad (r, member);
      return;
    }
  t->known = json_node_get_boolean (known);
  t->value = read_number (r, to, "value", -10.0, 10.0);
  t->se = read_number (r, to, "se", 0.0, 100.0);
  t->n_runs = read_count (r, to, "runs");
  t->spread = read_number (r, to, "spread", 0.0, 1e9);
}

PfRunnerProfile *
pf_runner_profile_from_json (const char  *data,
                             gsize        length,
                             const char  *display_name,
                             GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) json_error = NULL;
  PfJsonGuard guard;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  if (length > PROFILE_MAX_SIZE)
    {
      g_set_error (error, PF_RUNNER_PROFILE_ERROR, PF_RUNNER_PROFILE_ERROR_CORRUPT,
                   _("%s: not a runner profile (larger than %d kB)"), display_name,
                   PROFILE_MAX_SIZE / 1024);
      return NULL;
    }
  guard = pf_json_guard_check (data != NULL ? data : "", length, PF_JSON_MAX_DEPTH,
                               PROFILE_MAX_VALUES);
  if (guard != PF_JSON_GUARD_OK)
    {
      g_set_error (error, PF_RUNNER_PROFILE_ERROR, PF_RUNNER_PROFILE_ERROR_CORRUPT,
                   _("%s: not a runner profile (%s)"), display_name,
                   pf_json_guard_problem (guard));
      return NULL;
    }
  if (!json_parser_load_from_data (parser, data != NULL ? data : "", (gssize) length,
                                   &json_error))
    {
      g_set_error (error, PF_RUNNER_PROFILE_ERROR, PF_RUNNER_PROFILE_ERROR_CORRUPT,
                   _("%s: not a runner profile (not JSON)"), display_name);
      return NULL;
    }
  return pf_runner_profile_from_node (json_parser_get_root (parser), display_name, error);
}

/* A profile from its JSON object (its own file's root, or a plan's "runner_profile"), every
 * value checked: NULL and PF_RUNNER_PROFILE_ERROR_CORRUPT naming @display_name otherwise. */
PfRunnerProfile *
pf_runner_profile_from_node (JsonNode    *root_node,
                             const char  *display_name,
                             GError     **error)
{
  g_autoptr(PfRunnerProfile) p = g_new0 (PfRunnerProfile, 1);
  Reader r = { display_name, error, FALSE };
  JsonNode *knots_node, *model_node;
  JsonObject *root;
  JsonArray *knots;
  const char *model;

  g_return_val_if_fail (display_name != NULL, NULL);

  if (root_node == NULL || !JSON_NODE_HOLDS_OBJECT (root_node))
    {
      bad (&r, "format_version");
      return NULL;
    }
  root = json_node_get_object (root_node);
  if (read_count (&r, root, "format_version") != FORMAT_VERSION)
    {
      g_clear_error (error);
      r.failed = FALSE;
      g_set_error (error, PF_RUNNER_PROFILE_ERROR, PF_RUNNER_PROFILE_ERROR_CORRUPT,
                   _("%s: a runner profile of a format this version cannot read"),
                   display_name);
      return NULL;
    }
  model_node = json_object_get_member (root, "model");
  model = model_node != NULL && JSON_NODE_HOLDS_VALUE (model_node)
          && json_node_get_value_type (model_node) == G_TYPE_STRING
          ? json_node_get_string (model_node) : NULL;
  if (model == NULL || !pf_grade_model_from_string (model, &p->model))
    bad (&r, "model");
  p->n_runs_given = read_count (&r, root, "runs_given");
  p->n_runs_used = read_count (&r, root, "runs_used");
  p->distance_m = read_number (&r, root, "distance_m", 0.0, 1e9);
  p->n_segments = read_count (&r, root, "segments");
  p->n_removed_stop = read_count (&r, root, "removed_stop");
  p->n_removed_walk = read_count (&r, root, "removed_walk");
  p->n_removed_spike = read_count (&r, root, "removed_spike");
  p->residual_sd = read_number (&r, root, "residual_sd", 0.0, 10.0);
  if (p->n_runs_used > p->n_runs_given)
    bad (&r, "runs_used");
  knots_node = json_object_get_member (root, "grade_knots");
  knots = knots_node != NULL && JSON_NODE_HOLDS_ARRAY (knots_node)
          ? json_node_get_array (knots_node) : NULL;
  if (knots == NULL || json_array_get_length (knots) != PF_RUNNER_PROFILE_N_KNOTS)
    bad (&r, "grade_knots");
  else
    for (guint k = 0; k < PF_RUNNER_PROFILE_N_KNOTS && !r.failed; k++)
      {
        JsonNode *kn = json_array_get_element (knots, k);
        JsonObject *ko = JSON_NODE_HOLDS_OBJECT (kn) ? json_node_get_object (kn) : NULL;
        PfRunnerProfileKnot *x = &p->knots[k];

        x->grade = read_number (&r, ko, "grade", -1.0, 1.0);
        /* The knots are fixed: a file with other grades is of another format. */
        if (!r.failed && x->grade != pf_runner_profile_knot_grade (k)
            && fabs (x->grade - pf_runner_profile_knot_grade (k)) > 1e-9)
          bad (&r, "grade");
        /* ±2 in log-pace is a factor of 7.4: beyond it, not a runner. */
        x->correction = read_number (&r, ko, "correction", -2.0, 2.0);
        x->se = read_number (&r, ko, "se", 0.0, 10.0);
        x->n_runs = read_count (&r, ko, "runs");
        x->n_segments = read_count (&r, ko, "segments");
        x->distance_m = read_number (&r, ko, "distance_m", 0.0, 1e9);
        if (k == PF_RUNNER_PROFILE_FLAT_KNOT && x->correction != 0.0)
          bad (&r, "correction");
      }
  read_term (&r, root, "heat", &p->heat);
  read_term (&r, root, "fade_per_hour", &p->fade);
  if (r.failed)
    return NULL;
  return g_steal_pointer (&p);
}

gboolean
pf_runner_profile_save (const PfRunnerProfile  *self,
                        GFile                  *file,
                        GError                **error)
{
  g_autofree char *data = NULL;
  gsize length = 0;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  data = pf_runner_profile_to_json (self, &length);
  return pf_file_write_atomic (file, data, length, PF_FILE_WRITE_NONE, NULL, error);
}

PfRunnerProfile *
pf_runner_profile_load (GFile   *file,
                        GError **error)
{
  g_autofree char *name = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize length = 0;
  const char *data;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_parse_name (file);
  bytes = pf_file_read_bounded (file, name, PROFILE_MAX_SIZE + 1, NULL, error);
  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &length);
  return pf_runner_profile_from_json (data, length, name, error);
}
