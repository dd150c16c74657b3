/* pf-product.c — the built-in catalog of generic products
 *
 * Typical label values of the generic item, per serving, rounded; a runner's own products
 * replace them where they differ.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-product"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "pf-file-read.h"
#include "pf-file-write.h"
#include "pf-json-guard.h"
#include "pf-json-write.h"
#include "pf-text.h"
#include "pf-plan.h"
#include "pf-plan-file.h"
#include "pf-product.h"
#include "pf-quantity.h"

static const PfProduct catalog[] = {
  /* id, name, volume mL, carbohydrate g, glucose g, fructose g, sodium mg, caffeine mg */
  { PF_PRODUCT_WATER, N_("Water"), 1.0, 0.0, 0.0, 0.0, 0.0, 0.0 },
  /* Per mL: what aid stations pour, at its own strength — Gatorade Thirst Quencher's label,
   * 21 g carbohydrate (sucrose and dextrose) and 160 mg sodium per 12 fl oz (355 mL):
   * 6 % and ~0.45 g/L (docs/science.md §7). A race's own drink replaces it as a product
   * of the runner's with the id "sports-drink". */
  { PF_PRODUCT_SPORTS, N_("Sports drink"), 1.0, 0.06, 0.04, 0.02, 0.45, 0.0 },
  /* Maltodextrin + fructose 2:1, ~25 g. */
  { PF_PRODUCT_GEL, N_("Energy gel (25 g, 2:1)"), 0.0, 25.0, 16.7, 8.3, 50.0, 0.0 },
  /* Dilute gels carry their own water (~60 mL), less carbohydrate. */
  { PF_PRODUCT_ISO_GEL, N_("Isotonic gel (22 g)"), 60.0, 22.0, 22.0, 0.0, 20.0, 0.0 },
  /* Glucose:fructose 1:0.8 for more than 90 g/h, ~40 g. */
  { PF_PRODUCT_HIGH_GEL, N_("High-carbohydrate gel (40 g, 1:0.8)"), 0.0, 40.0, 22.2, 17.8, 100.0, 0.0 },
  /* Three chews. */
  { PF_PRODUCT_CHEWS, N_("Energy chews (3 pieces, 24 g)"), 0.0, 24.0, 16.0, 8.0, 50.0, 0.0 },
  { PF_PRODUCT_SALT, N_("Salt capsule (200 mg sodium)"), 0.0, 0.0, 0.0, 0.0, 200.0, 0.0 },
};

const PfProduct *
pf_product_catalog (guint *n_products)
{
  if (n_products != NULL)
    *n_products = G_N_ELEMENTS (catalog);

  return catalog;
}

const PfProduct *
pf_product_lookup (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (catalog); i++)
    {
      if (g_strcmp0 (catalog[i].id, id) == 0)
        return &catalog[i];
    }

  return NULL;
}

/* A gel, chews, a bar: carbohydrate taken with a sip, not a drink. */
gboolean
pf_product_is_fuel (const PfProduct *product)
{
  return product->carbs_g >= 10.0 && product->volume_ml < 100.0;
}

/* A salt capsule or tablet: sodium and nothing else to speak of. */
gboolean
pf_product_is_salt (const PfProduct *product)
{
  return product->carbs_g < 1.0 && product->sodium_mg >= 100.0 && product->volume_ml < 100.0;
}

/* What the product is, in a word or two, as the plan sees it (pf_product_is_fuel, _is_salt,
 * and a drink by its volume): what a runner reads beside a name they may not remember. */
const char *
pf_product_kind_label (const PfProduct *product)
{
  /* Translators: what a product is, shown beside its name in the catalog ("Salt capsule",
   * "Gel, chews or bar", "Drink", "Other") */
  if (pf_product_is_salt (product))
    return _("Salt capsule");
  if (pf_product_is_fuel (product))
    return _("Gel, chews or bar");
  if (product->volume_ml >= 100.0 || g_strcmp0 (product->id, PF_PRODUCT_SPORTS) == 0)
    return _("Drink");
  /* Translators: a product that is not a salt capsule, a gel, chews, a bar or a drink */
  return _("Other");
}

void
pf_product_copy (PfProduct       *dest,
                 const PfProduct *src)
{
  *dest = *src;
  dest->id = g_strdup (src->id);
  dest->name = g_strdup (src->name);
}

/* For products copied with pf_product_copy (the runner's own), whose strings are owned. */
void
pf_product_clear (PfProduct *product)
{
  g_clear_pointer ((char **) &product->id, g_free);
  g_clear_pointer ((char **) &product->name, g_free);
}

static void
clear_product (gpointer data)
{
  pf_product_clear (data);
}

/* An array of owned products: the runner's own, kept with the plan. */
GArray *
pf_product_array_new (void)
{
  GArray *array = g_array_new (FALSE, TRUE, sizeof (PfProduct));

  g_array_set_clear_func (array, clear_product);
  return array;
}

/* Honest label values: named, within sane ranges, the sugars adding up. */
gboolean
pf_product_check (const PfProduct  *product,
                  GError          **error)
{
  const char *problem = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *formatted = NULL;

  if (product->name == NULL || product->name[0] == '\0' || product->id == NULL || product->id[0] == '\0')
    problem = _("a product needs a name");
  else if (!g_utf8_validate (product->name, -1, NULL))
    problem = _("a product’s name is not valid text");
  else if (g_utf8_strlen (product->name, -1) > PF_PRODUCT_MAX_NAME_LENGTH
           || strlen (product->id) > PF_PRODUCT_MAX_ID_LENGTH)
    problem = _("a product’s name must be at most 100 characters");
  else if (!(product->carbs_g >= 0.0 && product->carbs_g <= PF_PRODUCT_MAX_CARBS_G))
    problem = _("a product’s carbohydrate must be between 0 and 150 g a serving");
  else if (!(product->glucose_g >= 0.0 && product->fructose_g >= 0.0)
           || product->glucose_g + product->fructose_g > product->carbs_g + 0.5)
    problem = _("a product’s glucose and fructose cannot add up to more than its carbohydrate");
  else if (!(product->sodium_mg >= 0.0 && product->sodium_mg <= PF_PRODUCT_MAX_SODIUM_MG))
    problem = _("a product’s sodium must be between 0 and 2000 mg a serving");
  else if (!(product->caffeine_mg >= 0.0 && product->caffeine_mg <= PF_PRODUCT_MAX_CAFFEINE_MG))
    problem = _("a product’s caffeine must be between 0 and 400 mg a serving");
  else if (!(product->volume_ml >= 0.0 && product->volume_ml <= PF_PRODUCT_MAX_VOLUME_ML))
    {
      g_autofree char *low = pf_quantity (PF_QUANTITY_SMALL_VOLUME, 0.0, 0);
      g_autofree char *high = pf_quantity (PF_QUANTITY_SMALL_VOLUME,
                                           PF_PRODUCT_MAX_VOLUME_ML / 1000.0, 0);

      /* Translators: both %s are volumes, "0 mL" and "1000 mL" */
      problem = formatted = g_strdup_printf (_("a product’s volume must be between %s and %s"),
                                             low, high);
    }

  if (problem != NULL)
    {
      /* The name as the message can show it: valid, and not a page long. */
      if (product->name != NULL && g_utf8_validate (product->name, -1, NULL))
        {
          /* g_utf8_substring reads past the end of a string shorter than its end. */
          if (g_utf8_strlen (product->name, -1) > 40)
            {
              g_autofree char *start = g_utf8_substring (product->name, 0, 40);

              shown = g_strconcat (start, "…", NULL);
            }
          else
            shown = g_strdup (product->name);
        }
      g_set_error (error, PF_PLAN_ERROR, PF_PLAN_ERROR_INVALID, "%s (%s)", problem,
                   shown != NULL ? shown : "?");
      return FALSE;
    }

  return TRUE;
}

/* ---- the runner's own products as JSON: in the plan document and the user catalog ---- */

void
pf_products_to_json (JsonBuilder  *builder,
                     const GArray *products)
{
  json_builder_begin_array (builder);
  for (guint i = 0; products != NULL && i < products->len; i++)
    {
      const PfProduct *p = &g_array_index (products, PfProduct, i);
      const struct { const char *name; double value; } numbers[] = {
        { "volume_ml", p->volume_ml }, { "carbs_g", p->carbs_g }, { "glucose_g", p->glucose_g },
        { "fructose_g", p->fructose_g }, { "sodium_mg", p->sodium_mg },
        { "caffeine_mg", p->caffeine_mg },
      };

      json_builder_begin_object (builder);
      pf_json_add_string (builder, "id", p->id);
      pf_json_add_string (builder, "name", p->name);
      for (guint k = 0; k < G_N_ELEMENTS (numbers); k++)
        pf_json_add_double (builder, numbers[k].name, numbers[k].value);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static const char *
string_member (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) ? json_node_get_string (node) : NULL;
}

static gboolean
read_number (JsonObject *object,
             const char *name,
             double     *value)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL)
    {
      *value = 0.0;
      return TRUE;
    }
  if (!JSON_NODE_HOLDS_VALUE (node)
      || (json_node_get_value_type (node) != G_TYPE_DOUBLE
          && json_node_get_value_type (node) != G_TYPE_INT64))
    return FALSE;

  *value = json_node_get_double (node);
  return isfinite (*value);
}

/* Appends the products of @array to @products (an array from pf_product_array_new);
 * nothing is appended when any of them is not a valid product. */
gboolean
pf_products_from_json (JsonArray  *array,
                       GArray     *products,
                       GError    **error)
{
  g_autoptr(GArray) read = pf_product_array_new ();

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      JsonObject *o;
      PfProduct p = { 0 };
      const char *id, *name;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        goto invalid;
      o = json_node_get_object (node);
      /* json_object_get_string_member_with_default is critical about an object there. */
      id = string_member (o, "id");
      name = string_member (o, "name");
      if (!read_number (o, "volume_ml", &p.volume_ml) || !read_number (o, "carbs_g", &p.carbs_g)
          || !read_number (o, "glucose_g", &p.glucose_g) || !read_number (o, "fructose_g", &p.fructose_g)
          || !read_number (o, "sodium_mg", &p.sodium_mg) || !read_number (o, "caffeine_mg", &p.caffeine_mg))
        goto invalid;
      p.id = g_strdup (id);
      /* A catalog or a plan someone else wrote: its names are shown and printed. */
      p.name = pf_text_sanitize (name);
      g_array_append_val (read, p);
      if (!pf_product_check (&g_array_index (read, PfProduct, read->len - 1), error))
        return FALSE;
    }

  for (guint i = 0; i < read->len; i++)
    {
      PfProduct copy;

      pf_product_copy (&copy, &g_array_index (read, PfProduct, i));
      g_array_append_val (products, copy);
    }
  return TRUE;

invalid:
  g_set_error_literal (error, PF_PLAN_ERROR, PF_PLAN_ERROR_INVALID, _("not a list of products"));
  return FALSE;
}

/* The user's catalog of own products, a JSON file ({"products": […]}) in their data
 * folder, shared by all their plans. A missing file is an empty catalog. */
gboolean
pf_product_catalog_load (GFile         *file,
                         GArray        *products,
                         GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = g_file_get_parse_name (file);
  const char *data;
  JsonNode *root, *list;
  PfJsonGuard guard;
  gsize length = 0;

  /* Bounded and regular only (pf-file-read.c): a link to /dev/zero or a named pipe in the
   * data folder would stop the app at every start. */
  bytes = pf_file_read_bounded (file, name, PF_PLAN_FILE_MAX_SIZE, NULL, &local_error);
  if (bytes == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        return TRUE;
      g_set_error_literal (error, PF_PLAN_ERROR, PF_PLAN_ERROR_INVALID, local_error->message);
      return FALSE;
    }
  data = g_bytes_get_data (bytes, &length);
  if (data == NULL)
    data = "";

  /* Not given to json-glib when it would crash it or take gigabytes (pf-json-guard.c). */
  guard = pf_json_guard_check (data, length, PF_JSON_MAX_DEPTH, PF_PLAN_FILE_MAX_VALUES);
  if (guard != PF_JSON_GUARD_OK)
    {
      g_set_error (error, PF_PLAN_ERROR, PF_PLAN_ERROR_INVALID, _("%s: not a product catalog (%s)"),
                   name, pf_json_guard_problem (guard));
      return FALSE;
    }

  if (!json_parser_load_from_data (parser, data, (gssize) MIN (length, G_MAXSSIZE), &local_error)
      || (root = json_parser_get_root (parser)) == NULL || !JSON_NODE_HOLDS_OBJECT (root)
      || (list = json_object_get_member (json_node_get_object (root), "products")) == NULL
      || !JSON_NODE_HOLDS_ARRAY (list)
      || !pf_products_from_json (json_node_get_array (list), products, &local_error))
    {
      g_set_error (error, PF_PLAN_ERROR, PF_PLAN_ERROR_INVALID, _("%s: not a product catalog (%s)"),
                   name, local_error != NULL ? local_error->message : _("no products"));
      return FALSE;
    }

  return TRUE;
}

gboolean
pf_product_catalog_save (GFile         *file,
                         const GArray  *products,
                         GError       **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *text = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "products");
  pf_products_to_json (builder, products);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  text = json_to_string (root, TRUE);

  if (!pf_file_write_atomic (file, text, strlen (text), PF_FILE_WRITE_BACKUP, NULL,
                             &local_error))
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, G_IO_ERROR, local_error->code, _("Could not save %s: %s"), name,
                   local_error->message);
      return FALSE;
    }

  return TRUE;
}
