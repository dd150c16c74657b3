/* pf-intake-text.c — one intake of the fuel schedule in words, for every view and printout
 *
 * The Fuel page's schedule, the printed plan, the race sheet, its card and the CLI's text all
 * say an intake this way: at a station in the station's own terms (cups of water, cups of its
 * sports drink), from the runner's bottle as a volume, then the products by name.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-report"

#include "config.h"

#include "pf-intake-text.h"

#include <glib/gi18n-lib.h>
#include <string.h>

static gboolean
is_fluid_product (const PfProduct *product)
{
  /* Drinks are counted in millilitres: one serving is one millilitre. */
  return product != NULL && product->volume_ml == 1.0;
}

/* A volume in millilitres, as the runner reads it (mL or fl oz). */
static char *
format_ml (PfUnitSystem units,
           double       ml)
{
  return pf_format_quantity (units, PF_QUANTITY_SMALL_VOLUME, ml / 1000.0, 0);
}

static void
append_part (GString    *text,
             const char *separator)
{
  if (text->len > 0)
    g_string_append (text, separator);
}

char *
pf_intake_describe_drink (const PfIntake *intake,
                          PfDrinkMode     drink_mode,
                          PfUnitSystem    units)
{
  g_autoptr(GString) text = g_string_new (NULL);
  gboolean has_fluid_item = FALSE;

  g_return_val_if_fail (intake != NULL, NULL);

  for (guint i = 0; i < intake->n_items; i++)
    has_fluid_item |= is_fluid_product (intake->items[i].product);

  /* At a station, in its own terms (issue 16). */
  if (intake->water_cups > 0)
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u cup of water",
                                               "%u cups of water", intake->water_cups),
                            intake->water_cups);
  if (intake->drink_cups > 0)
    {
      append_part (text, " + ");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u cup of sports drink",
                                                 "%u cups of sports drink",
                                                 intake->drink_cups),
                              intake->drink_cups);
    }
  if (pf_intake_cups (intake) == 0 && !has_fluid_item && intake->fluid_ml >= 1)
    {
      /* Plain water where the station pours nothing else, or where the drink's carbohydrate
       * would overflow the hour. */
      double water = CLAMP (intake->water_ml, 0.0, intake->fluid_ml);
      double drink = intake->fluid_ml - water;
      g_autofree char *water_text = format_ml (units, water);
      g_autofree char *drink_text = format_ml (units, drink);

      if (water >= 1 && drink_mode == PF_DRINK_THIRST)
        /* Translators: plain water to take to thirst, at most this volume ("200 mL") */
        g_string_append_printf (text, _("up to %s water"), water_text);
      else if (water >= 1)
        /* Translators: %s is a volume, "200 mL" or "6.8 fl oz" */
        g_string_append_printf (text, _("%s water"), water_text);
      if (drink >= 1)
        append_part (text, " + ");
      if (drink >= 1 && drink_mode == PF_DRINK_THIRST)
        /* Translators: a drink to take to thirst, at most this volume ("200 mL") */
        g_string_append_printf (text, _("up to %s drink"), drink_text);
      else if (drink >= 1)
        /* Translators: %s is a volume, "200 mL" or "6.8 fl oz" */
        g_string_append_printf (text, _("%s drink"), drink_text);
    }

  for (guint i = 0; i < intake->n_items; i++)
    {
      const PfServing *s = &intake->items[i];
      g_autofree char *volume = NULL;

      if (!is_fluid_product (s->product) || s->servings == 0)
        continue;
      append_part (text, " + ");
      volume = format_ml (units, s->servings);
      if (drink_mode == PF_DRINK_THIRST)
        /* Translators: "up to 200 mL Water" */
        g_string_append_printf (text, _("up to %s %s"), volume, _(s->product->name));
      else
        /* Translators: "200 mL Water" */
        g_string_append_printf (text, _("%s %s"), volume, _(s->product->name));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

char *
pf_product_short_name (const PfProduct *product)
{
  const char *name = _(product->name);
  const char *bracket = strstr (name, " (");

  /* Not a name that is all brackets. */
  if (bracket == NULL || bracket == name)
    return g_strdup (name);
  return g_strndup (name, bracket - name);
}

char *
pf_intake_describe_take (const PfIntake *intake,
                         gboolean        short_names)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (intake != NULL, NULL);

  for (guint i = 0; i < intake->n_items; i++)
    {
      const PfServing *s = &intake->items[i];

      if (s->product == NULL || s->servings == 0 || is_fluid_product (s->product))
        continue;
      g_autofree char *name = short_names ? pf_product_short_name (s->product)
                                          : g_strdup (_(s->product->name));

      append_part (text, ", ");
      /* Translators: "1 × Energy gel" */
      g_string_append_printf (text, _("%u × %s"), s->servings, name);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

char *
pf_intake_describe (const PfIntake *intake,
                    PfDrinkMode     drink_mode,
                    PfUnitSystem    units)
{
  g_autofree char *drink = pf_intake_describe_drink (intake, drink_mode, units);
  g_autofree char *take = pf_intake_describe_take (intake, FALSE);

  if (*drink != '\0' && *take != '\0')
    return g_strconcat (drink, " + ", take, NULL);
  if (*drink != '\0' || *take != '\0')
    return g_strdup (*drink != '\0' ? drink : take);
  return g_strdup (_("Nothing"));
}
