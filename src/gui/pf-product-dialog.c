/* pf-product-dialog.c — asks for one product's label values, checked as they are typed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-product-dialog"

#include "config.h"

#include "pf-product-dialog.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "core/pf-number.h"
#include "report/pf-report-enums.h"

/* An AdwMessageDialog closes on any response, so a product it cannot add must never get that
 * far: every keystroke checks the product with the core's own pf_product_check, marks the field
 * at fault with the core's message, and enables "Add" only for a product the plan will take.
 *
 * The volume is typed in the runner's units (mL or fl oz, with pf-units' conversion and symbol,
 * as the fluid fields of the editors) and kept in mL; grams and milligrams are the same in both. */
struct _PfProductDialog
{
  AdwMessageDialog  parent_instance;

  AdwEntryRow      *name_row;
  AdwEntryRow      *carbs_row;
  AdwEntryRow      *glucose_row;
  AdwEntryRow      *fructose_row;
  AdwEntryRow      *sodium_row;
  AdwEntryRow      *caffeine_row;
  AdwEntryRow      *volume_row;
  GtkLabel         *volume_unit;
  GtkLabel         *error_label;

  PfUnitSystem      units;
};

G_DEFINE_FINAL_TYPE (PfProductDialog, pf_product_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum
{
  PROP_0,
  PROP_UNITS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_row_error (AdwEntryRow *row,
               const char  *message)
{
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  gtk_widget_set_tooltip_text (GTK_WIDGET (row), message);
}

/* Empty is nothing (0); a comma is read as a decimal point too. */
static gboolean
read_amount (AdwEntryRow *row,
             double      *value)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  g_strdelimit (text, ",", '.');
  if (text[0] == '\0')
    {
      *value = 0.0;
      return TRUE;
    }
  return pf_parse_double (text, value);
}

/* A volume as typed in the dialog's units, in mL; to a tenth, as a label would give it (8 fl oz
 * are 236.6 mL). */
static double
volume_ml_from_typed (PfProductDialog *self,
                      double           typed)
{
  double litres = pf_units_fluid_litres (self->units, PF_QUANTITY_SMALL_VOLUME, typed);

  return round (litres * 1000.0 * 10.0) / 10.0;
}

static void
set_amounts (PfProduct    *product,
             const double *values,
             guint         n_values)
{
  double *slots[] = { &product->carbs_g, &product->glucose_g, &product->fructose_g,
                      &product->sodium_mg, &product->caffeine_mg, &product->volume_ml };

  for (guint i = 0; i < n_values && i < G_N_ELEMENTS (slots); i++)
    *slots[i] = values[i];
}

/* The core's messages are phrased to follow "The plan did not change: "; alone, they start a
 * sentence. */
static void
show_problem (PfProductDialog *self,
              const char      *message)
{
  if (message != NULL)
    {
      gunichar first = g_utf8_get_char (message);
      char capital[8] = { 0 };
      g_autofree char *sentence = NULL;

      g_unichar_to_utf8 (g_unichar_totitle (first), capital);
      sentence = g_strconcat (capital, g_utf8_next_char (message), NULL);
      gtk_label_set_text (self->error_label, sentence);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

/* Fills @product (its name is *@name, the id a placeholder) and marks what is wrong; FALSE when
 * the product can't be added. */
static gboolean
check (PfProductDialog *self,
       PfProduct       *product,
       char           **name)
{
  AdwEntryRow *rows[] = { self->carbs_row, self->glucose_row, self->fructose_row,
                          self->sodium_row, self->caffeine_row, self->volume_row };
  double values[G_N_ELEMENTS (rows)];
  /* pf_product_check's own order; the sugars are judged together, against the carbohydrate. */
  const guint steps[][2] = { { 0, 1 }, { 1, 3 }, { 3, 4 }, { 4, 5 }, { 5, 6 } };
  PfProduct partial = { 0 };
  gboolean numbers = TRUE;
  gboolean ok;

  *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  memset (product, 0, sizeof *product);
  partial.id = "product";
  partial.name = (*name)[0] != '\0' ? *name : "?";

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      gboolean number = read_amount (rows[i], &values[i]);

      set_row_error (rows[i], number ? NULL : _("Type a number, such as 25"));
      numbers = numbers && number;
    }
  if (!numbers)
    {
      show_problem (self, _("Type a number, such as 25"));
      adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "add", FALSE);
      return FALSE;
    }
  values[5] = volume_ml_from_typed (self, values[5]);

  /* Add the values in the check's order: the first step that fails holds the field at fault. */
  for (guint s = 0; s < G_N_ELEMENTS (steps); s++)
    {
      g_autoptr(GError) error = NULL;

      set_amounts (&partial, values, steps[s][1]);
      if (!pf_product_check (&partial, &error))
        {
          /* The core names the product; here the field says which one is meant. The volume's
           * limits are said in the units it is typed in. */
          g_autofree char *message = pf_units_expand (self->units, error->message);

          for (guint i = steps[s][0]; i < steps[s][1]; i++)
            if (values[i] != 0.0 || steps[s][1] - steps[s][0] == 1)
              set_row_error (rows[i], message);
          show_problem (self, message);
          adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "add", FALSE);
          return FALSE;
        }
    }
  show_problem (self, NULL);

  product->id = "product";
  product->name = (*name)[0] != '\0' ? *name : NULL;
  set_amounts (product, values, G_N_ELEMENTS (values));
  /* A product without a name is not wrong yet, only unfinished. */
  ok = product->name != NULL && pf_product_check (product, NULL);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "add", ok);
  return ok;
}

static void
on_row_changed_cb (PfProductDialog *self)
{
  PfProduct product;
  g_autofree char *name = NULL;

  check (self, &product, &name);
}

static void
pf_product_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PF_TYPE_PRODUCT_DIALOG);

  G_OBJECT_CLASS (pf_product_dialog_parent_class)->dispose (object);
}

static void
pf_product_dialog_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PfProductDialog *self = PF_PRODUCT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_UNITS:
      g_value_set_enum (value, self->units);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pf_product_dialog_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  PfProductDialog *self = PF_PRODUCT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_UNITS:
      pf_product_dialog_set_units (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pf_product_dialog_class_init (PfProductDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pf_product_dialog_dispose;
  object_class->get_property = pf_product_dialog_get_property;
  object_class->set_property = pf_product_dialog_set_property;

  properties[PROP_UNITS] =
    g_param_spec_enum ("units", NULL, NULL,
                       PF_TYPE_UNIT_SYSTEM, PF_UNITS_METRIC,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/pf-product-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PfProductDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, PfProductDialog, carbs_row);
  gtk_widget_class_bind_template_child (widget_class, PfProductDialog, glucose_row);
  gtk_widget_class_bind_template_child (widget_class, PfProductDialog, fructose_row);
  gtk_widget_class_bind_template_child (widget_class, PfProductDialog, sodium_row);
  gtk_widget_class_bind_template_child (widget_class, PfProductDialog, caffeine_row);
  gtk_widget_class_bind_template_child (widget_class, PfProductDialog, volume_row);
  gtk_widget_class_bind_template_child (widget_class, PfProductDialog, volume_unit);
  gtk_widget_class_bind_template_child (widget_class, PfProductDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_row_changed_cb);
}

static void
pf_product_dialog_init (PfProductDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->units = PF_UNITS_METRIC;
  gtk_label_set_text (self->volume_unit,
                      pf_units_fluid_symbol (self->units, PF_QUANTITY_SMALL_VOLUME));
}

/* @units: those of the window, which the volume is typed in */
GtkWidget *
pf_product_dialog_new (GtkWindow    *parent,
                       PfUnitSystem  units)
{
  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);

  return g_object_new (PF_TYPE_PRODUCT_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       "units", units,
                       NULL);
}

PfUnitSystem
pf_product_dialog_get_units (PfProductDialog *self)
{
  g_return_val_if_fail (PF_IS_PRODUCT_DIALOG (self), PF_UNITS_METRIC);

  return self->units;
}

/* A volume already typed keeps its meaning: it is shown again in the new units. */
void
pf_product_dialog_set_units (PfProductDialog *self,
                             PfUnitSystem     units)
{
  double typed;
  gboolean volume_typed;
  double litres = 0.0;

  g_return_if_fail (PF_IS_PRODUCT_DIALOG (self));

  if (self->units == units)
    return;

  volume_typed = gtk_editable_get_text (GTK_EDITABLE (self->volume_row))[0] != '\0'
                 && read_amount (self->volume_row, &typed);
  if (volume_typed)
    litres = volume_ml_from_typed (self, typed) / 1000.0;

  self->units = units;
  gtk_label_set_text (self->volume_unit, pf_units_fluid_symbol (units, PF_QUANTITY_SMALL_VOLUME));
  if (volume_typed)
    {
      double shown = pf_units_fluid_value (units, PF_QUANTITY_SMALL_VOLUME, litres);
      /* Whole millilitres; fluid ounces to a tenth (a 100 mL sip is 3.4 fl oz). The locale's
       * decimal comma is read back too. */
      g_autofree char *text = g_strdup_printf ("%.*f", units == PF_UNITS_IMPERIAL ? 1 : 0, shown);

      gtk_editable_set_text (GTK_EDITABLE (self->volume_row), text);
    }
  on_row_changed_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNITS]);
}

/* Fills @product with owned strings (clear it with pf_product_clear; its id is left NULL for
 * the caller to choose); FALSE, and nothing filled, when the values can't be added. */
gboolean
pf_product_dialog_get_product (PfProductDialog *self,
                               PfProduct       *product)
{
  PfProduct checked;
  g_autofree char *name = NULL;

  g_return_val_if_fail (PF_IS_PRODUCT_DIALOG (self), FALSE);
  g_return_val_if_fail (product != NULL, FALSE);

  if (!check (self, &checked, &name) || checked.name == NULL)
    return FALSE;

  *product = checked;
  product->id = NULL;
  product->name = g_steal_pointer (&name);
  return TRUE;
}
