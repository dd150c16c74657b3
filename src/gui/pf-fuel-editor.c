/* pf-fuel-editor.c — the runner's body, sweat, fuel choices and training
 *
 * A list of sections, as GNOME Calendar's event editor is: each group of fields is a
 * PfEditorSection with its own template (runner, sweat, salt, fuel and drink, the runner's own
 * products, training), and the template binds the editor's document and units to
 * each. What is left here is what the base class does for the whole editor, the document's
 * error message above the sections, and handing the catalog to the products.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-fuel-editor"

#include "config.h"

#include "pf-fuel-editor.h"

#include "pf-fuel-section.h"
#include "pf-products-editor.h"
#include "pf-runner-section.h"
#include "pf-salt-section.h"
#include "pf-sweat-section.h"
#include "pf-training-section.h"

struct _PfFuelEditor
{
  PfInputsEditor     parent_instance;

  GtkLabel          *error_label;
};

G_DEFINE_FINAL_TYPE (PfFuelEditor, pf_fuel_editor, PF_TYPE_INPUTS_EDITOR)

static void
pf_fuel_editor_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PF_TYPE_FUEL_EDITOR);

  G_OBJECT_CLASS (pf_fuel_editor_parent_class)->dispose (object);
}

/* The ids of the sections in the template, in the order they show. */
static const char * const sections[] = {
  "runner_section", "sweat_section", "salt_section", "fuel_section", "products_editor",
  "training_section",
};

static void
pf_fuel_editor_class_init (PfFuelEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pf_fuel_editor_dispose;

  g_type_ensure (PF_TYPE_RUNNER_SECTION);
  g_type_ensure (PF_TYPE_SWEAT_SECTION);
  g_type_ensure (PF_TYPE_SALT_SECTION);
  g_type_ensure (PF_TYPE_FUEL_SECTION);
  g_type_ensure (PF_TYPE_PRODUCTS_EDITOR);
  g_type_ensure (PF_TYPE_TRAINING_SECTION);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/pf-fuel-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, PfFuelEditor, error_label);
  /* Bound only so that disposing the template unparents them (and tests can reach them). */
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    gtk_widget_class_bind_template_child_full (widget_class, sections[i], FALSE, 0);

  gtk_widget_class_set_css_name (widget_class, "pf-fuel-editor");
}

static void
pf_fuel_editor_init (PfFuelEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  pf_inputs_editor_set_error_label (PF_INPUTS_EDITOR (self), self->error_label);
}

GtkWidget *
pf_fuel_editor_new (void)
{
  return g_object_new (PF_TYPE_FUEL_EDITOR, NULL);
}

/* The application's catalog of the runner's own products (see PfApplication). */
void
pf_fuel_editor_set_catalog (PfFuelEditor      *self,
                            PfProductsCatalog *catalog)
{
  GObject *products;

  g_return_if_fail (PF_IS_FUEL_EDITOR (self));

  products = gtk_widget_get_template_child (GTK_WIDGET (self), PF_TYPE_FUEL_EDITOR,
                                            "products_editor");
  pf_products_editor_set_catalog (PF_PRODUCTS_EDITOR (products), catalog);
}

/* Move the focus into the training section (the Plan page's "Enter Training" leads here);
 * the scrolled inputs follow the focus. */
void
pf_fuel_editor_focus_training (PfFuelEditor *self)
{
  GtkWidget *training;

  g_return_if_fail (PF_IS_FUEL_EDITOR (self));

  training = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (self), PF_TYPE_FUEL_EDITOR,
                                                        "training_section"));
  gtk_widget_child_focus (training, GTK_DIR_TAB_FORWARD);
}
