/* pf-product-row.c — one of the runner's own products as a row: name, label values, star, remove
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-product-row"

#include "config.h"

#include "pf-product-row.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

/* "30" or "2.5": label values, without trailing zeros. */
static char *
format_amount (double value)
{
  return g_strdup_printf ("%.*f", fabs (value - round (value)) < 0.05 ? 0 : 1, value);
}

/* The volume in @units, kept on one line (no-break spaces) as every amount is. */
static char *
format_volume (const PfProduct *product,
               PfUnitSystem     units)
{
  g_autofree char *formatted = pf_format_quantity (units, PF_QUANTITY_SMALL_VOLUME,
                                                   product->volume_ml / 1000.0, 0);
  g_autoptr(GString) volume = g_string_new (formatted);

  g_string_replace (volume, " ", " ", 0);
  return g_string_free (g_steal_pointer (&volume), FALSE);
}

/* Each amount stays on one line (no-break spaces); lines break between them. */
static char *
describe (const PfProduct *product,
          PfUnitSystem     units)
{
  g_autofree char *carbs = format_amount (product->carbs_g);
  g_autofree char *glucose = format_amount (product->glucose_g);
  g_autofree char *fructose = format_amount (product->fructose_g);
  g_autofree char *sodium = format_amount (product->sodium_mg);
  g_autofree char *caffeine = format_amount (product->caffeine_mg);
  g_autofree char *values = NULL;

  if (product->carbs_g > 0)
    /* Translators: one serving of a product; keep the no-break spaces inside each amount */
    values = g_strdup_printf (_("%s g carbohydrate · %s g glucose / %s g fructose · "
                                "%s mg sodium · %s mg caffeine"),
                              carbs, glucose, fructose, sodium, caffeine);
  else
    /* Translators: one serving of a product without carbohydrate, such as a salt capsule */
    values = g_strdup_printf (_("No carbohydrate · %s mg sodium · %s mg caffeine"),
                              sodium, caffeine);

  if (product->volume_ml > 0)
    {
      g_autofree char *volume = format_volume (product, units);

      /* Translators: a product's values, then its volume ("330 mL" or "11 fl oz") */
      return g_strdup_printf (_("%s · %s"), values, volume);
    }
  return g_steal_pointer (&values);
}

/* What a product is and what it brings, in one short line for a list to pick from: "Gel,
 * chews or bar · 25 g carbohydrate · 50 mg sodium", and its volume in @units when it has one. */
char *
pf_product_row_describe_brief (const PfProduct *product,
                               PfUnitSystem     units)
{
  g_autofree char *carbs = format_amount (product->carbs_g);
  g_autofree char *sodium = format_amount (product->sodium_mg);
  g_autofree char *values = NULL;

  if (product->carbs_g > 0)
    /* Translators: what a product is ("Gel, chews or bar"), then its carbohydrate and sodium
     * a serving; keep the no-break spaces inside each amount */
    values = g_strdup_printf (_("%s · %s g carbohydrate · %s mg sodium"),
                              pf_product_kind_label (product), carbs, sodium);
  else
    /* Translators: what a product is ("Salt capsule"), then its sodium a serving; keep the
     * no-break spaces inside the amount */
    values = g_strdup_printf (_("%s · %s mg sodium"), pf_product_kind_label (product),
                              sodium);

  if (product->volume_ml > 0)
    {
      g_autofree char *volume = format_volume (product, units);

      /* Translators: a product's values, then its volume ("330 mL" or "11 fl oz") */
      return g_strdup_printf (_("%s · %s"), values, volume);
    }
  return g_steal_pointer (&values);
}

static GtkWidget *
icon_button_new (const char *icon_name,
                 const char *tooltip,
                 const char *action_name,
                 guint       index)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip,
                                  -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "u", index);
  return button;
}

/* A row for @product, the @index-th of the plan's; @used says what the plan uses it for (NULL:
 * nothing), @saved whether the catalog holds it; its volume shows in @units. Its buttons
 * activate the products editor's "products.save-to-catalog" and "products.remove" actions
 * with @index. */
GtkWidget *
pf_product_row_new (const PfProduct *product,
                    const char      *used,
                    gboolean         saved,
                    guint            index,
                    PfUnitSystem     units)
{
  g_autofree char *values = describe (product, units);
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();

  subtitle = used != NULL ? g_strdup_printf ("%s\n%s", used, values) : g_strdup (values);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), product->name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_add_css_class (row, "pf-tnum");
  /* A star: filled once the catalog holds this very product. */
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             icon_button_new (saved ? "starred-symbolic" : "non-starred-symbolic",
                                              saved ? _("Saved in My Catalog")
                                                    : _("Save to My Catalog"),
                                              "products.save-to-catalog", index));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             icon_button_new ("user-trash-symbolic", _("Remove This Product"),
                                              "products.remove", index));
  return row;
}
