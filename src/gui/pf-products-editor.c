/* pf-products-editor.c — the runner's own products in this plan, and the catalog they come from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-products-editor"

#include "config.h"

#include "pf-products-editor.h"
#include "pf-fuel-view-private.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "pf-catalog-picker.h"
#include "pf-product-dialog.h"
#include "pf-product-row.h"

/* The Fuel page's products section (a PfEditorSection). The products live in the plan
 * (inputs->fuel.products), edited like every other input: a copy of the inputs handed back to
 * the document, which recomputes. The catalog is the application's (PfApplication passes it
 * down); products are copied between the two, never shared, so a plan file stays complete
 * without the catalog. Rows are rebuilt from the inputs on every change: there are few of them,
 * and the plan says which one it uses. The catalog may be large: it is picked from in
 * PfCatalogPicker, a list view that makes rows for what is on screen only, and each row's
 * star asks the catalog by name (pf_products_catalog_contains). */
struct _PfProductsEditor
{
  PfEditorSection      parent_instance;

  AdwPreferencesGroup *group;
  GtkListBox          *list;
  AdwActionRow        *add_row;
  AdwActionRow        *catalog_row;
  GtkMenuButton       *catalog_button;
  PfCatalogPicker     *catalog_picker;

  GPtrArray           *rows;
  PfProductsCatalog   *catalog;
  GSignalGroup        *catalog_signals;
  PfProductDialog     *dialog;
};

G_DEFINE_FINAL_TYPE (PfProductsEditor, pf_products_editor, PF_TYPE_EDITOR_SECTION)

enum {
  PROP_0,
  PROP_CATALOG,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static inline PfDocument *
document_of (PfProductsEditor *self)
{
  return pf_document_widget_get_document (PF_DOCUMENT_WIDGET (self));
}

static const GArray *
own_products (PfProductsEditor *self)
{
  return document_of (self) ? pf_document_get_inputs (document_of (self))->fuel.products : NULL;
}

static void
update_actions (PfProductsEditor *self)
{
  gboolean has_catalog = self->catalog != NULL;
  guint n_catalog = has_catalog ? pf_products_catalog_get_products (self->catalog)->len : 0;
  gboolean has_document = document_of (self) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "products.add", has_document);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "products.remove", has_document);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "products.save-to-catalog",
                                 has_document && has_catalog);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "products.add-from-catalog",
                                 has_document && n_catalog > 0);
}

static gboolean
same_product (const PfProduct *a,
              const PfProduct *b)
{
  return a != NULL && b != NULL && g_strcmp0 (a->id, b->id) == 0
         && g_strcmp0 (a->name, b->name) == 0;
}

static void
sync_rows (PfProductsEditor *self)
{
  const GArray *products = own_products (self);
  PfPlan *plan = document_of (self) ? pf_document_get_plan (document_of (self)) : NULL;
  const PfFuel *fuel = plan ? pf_plan_get_fuel (plan) : NULL;

  for (guint i = 0; i < self->rows->len; i++)
    gtk_list_box_remove (self->list, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);

  for (guint i = 0; products != NULL && i < products->len; i++)
    {
      const PfProduct *product = &g_array_index (products, PfProduct, i);
      gboolean saved = self->catalog != NULL
                       && pf_products_catalog_contains (self->catalog, product);
      const char *used = NULL;
      GtkWidget *row;

      if (fuel != NULL && same_product (fuel->gel, product))
        used = _("Used for carbohydrate");
      else if (fuel != NULL && same_product (fuel->salt, product))
        used = _("Used for salt");
      row = pf_product_row_new (product, used, saved, i,
                                pf_document_widget_get_units (PF_DOCUMENT_WIDGET (self)));
      gtk_list_box_insert (self->list, row, (int) i);
      g_ptr_array_add (self->rows, row);
    }
}

/* The catalog changed (or is another): whether there is anything to add from it, and the
 * rows' stars. The picker follows the catalog's list by itself. */
static void
sync_catalog (PfProductsEditor *self)
{
  const GArray *products = self->catalog ? pf_products_catalog_get_products (self->catalog) : NULL;

  if (products == NULL || products->len == 0)
    gtk_menu_button_popdown (self->catalog_button);
  gtk_widget_set_sensitive (GTK_WIDGET (self->catalog_row), products != NULL && products->len > 0);
  adw_action_row_set_subtitle (self->catalog_row,
                               products != NULL && products->len > 0
                               ? NULL : _("Save a product with its star to use it in other plans"));
  update_actions (self);
  sync_rows (self);
}

/* An id the plan can tell apart: not one of the built-in products', not another own one's. */
static char *
unique_id (const GArray *products,
           const char   *name)
{
  g_autofree char *base = g_ascii_strdown (name, -1);
  char *id;

  g_strcanon (base, "abcdefghijklmnopqrstuvwxyz0123456789", '-');
  id = g_strdup (base);
  for (guint n = 2; ; n++)
    {
      gboolean taken = pf_product_lookup (id) != NULL;

      for (guint i = 0; !taken && i < products->len; i++)
        taken = g_strcmp0 (g_array_index (products, PfProduct, i).id, id) == 0;
      if (!taken)
        return id;
      g_free (id);
      id = g_strdup_printf ("%s-%u", base, n);
    }
}

/* Appends a copy of @product to the plan's products under an id of its own. */
static gboolean
add_product (PfProductsEditor *self,
             const PfProduct  *product)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  PfProduct copy;

  if (!pf_editor_section_edit_begin (PF_EDITOR_SECTION (self), &inputs))
    return FALSE;

  pf_product_copy (&copy, product);
  g_free ((char *) copy.id);
  copy.id = unique_id (inputs.fuel.products, product->name);
  g_array_append_val (inputs.fuel.products, copy);
  /* A refusal is the document's error message, which the fuel editor shows. */
  return pf_editor_section_edit_commit (PF_EDITOR_SECTION (self), &inputs, NULL);
}

static void
on_dialog_response_cb (PfProductDialog  *dialog,
                       const char       *response,
                       PfProductsEditor *self)
{
  PfProduct product;

  if (g_strcmp0 (response, "add") == 0 && pf_product_dialog_get_product (dialog, &product))
    {
      add_product (self, &product);
      pf_product_clear (&product);
    }
}

static void
on_dialog_destroy_cb (PfProductsEditor *self)
{
  self->dialog = NULL;
}

static void
open_dialog (PfProductsEditor *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  PfUnitSystem units = pf_document_widget_get_units (PF_DOCUMENT_WIDGET (self));

  if (self->dialog == NULL)
    {
      /* The volume is typed in the window's units. */
      self->dialog = PF_PRODUCT_DIALOG (pf_product_dialog_new (GTK_IS_WINDOW (root)
                                                               ? GTK_WINDOW (root) : NULL,
                                                               units));
      g_signal_connect_object (self->dialog, "response", G_CALLBACK (on_dialog_response_cb),
                               self, 0);
      g_signal_connect_object (self->dialog, "destroy", G_CALLBACK (on_dialog_destroy_cb),
                               self, G_CONNECT_SWAPPED);
    }
  gtk_window_present (GTK_WINDOW (self->dialog));
}

static void
add_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  open_dialog (PF_PRODUCTS_EDITOR (widget));
}

static void
remove_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PfProductsEditor *self = PF_PRODUCTS_EDITOR (widget);
  g_auto(PfPlanInputs) inputs = { 0 };
  guint index = g_variant_get_uint32 (parameter);

  if (!pf_editor_section_edit_begin (PF_EDITOR_SECTION (self), &inputs)
      || index >= inputs.fuel.products->len)
    return;
  g_array_remove_index (inputs.fuel.products, index);
  pf_editor_section_edit_commit (PF_EDITOR_SECTION (self), &inputs, NULL);
}

static void
show_catalog_error (PfProductsEditor *self,
                    const GError     *error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Could Not Save to My Catalog"), error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
save_to_catalog_activated (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  PfProductsEditor *self = PF_PRODUCTS_EDITOR (widget);
  const GArray *products = own_products (self);
  guint index = g_variant_get_uint32 (parameter);
  g_autoptr(GError) error = NULL;

  if (self->catalog == NULL || products == NULL || index >= products->len)
    return;

  if (!pf_products_catalog_add (self->catalog, &g_array_index (products, PfProduct, index), &error))
    show_catalog_error (self, error);
}

static void
add_from_catalog_activated (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  PfProductsEditor *self = PF_PRODUCTS_EDITOR (widget);
  const GArray *catalog = self->catalog ? pf_products_catalog_get_products (self->catalog) : NULL;
  guint index = g_variant_get_uint32 (parameter);

  if (catalog != NULL && index < catalog->len)
    add_product (self, &g_array_index (catalog, PfProduct, index));
}

static void
pf_products_editor_sync (PfEditorSection    *section,
                         const PfPlanInputs *inputs,
                         gboolean            force)
{
  PfProductsEditor *self = PF_PRODUCTS_EDITOR (section);

  sync_rows (self);
  pf_catalog_picker_set_units (self->catalog_picker,
                               pf_document_widget_get_units (PF_DOCUMENT_WIDGET (self)));
  /* The units can change while the dialog is open (from another window's preferences). */
  if (self->dialog != NULL)
    pf_product_dialog_set_units (self->dialog,
                                 pf_document_widget_get_units (PF_DOCUMENT_WIDGET (self)));
}

static void
pf_products_editor_dispose (GObject *object)
{
  PfProductsEditor *self = (PfProductsEditor *)object;

  if (self->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->dialog));
  g_signal_group_set_target (self->catalog_signals, NULL);
  g_clear_object (&self->catalog_signals);
  g_clear_object (&self->catalog);
  gtk_widget_dispose_template (GTK_WIDGET (self), PF_TYPE_PRODUCTS_EDITOR);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (pf_products_editor_parent_class)->dispose (object);
}

static void
pf_products_editor_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PfProductsEditor *self = PF_PRODUCTS_EDITOR (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      g_value_set_object (value, self->catalog);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pf_products_editor_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PfProductsEditor *self = PF_PRODUCTS_EDITOR (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      pf_products_editor_set_catalog (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pf_products_editor_class_init (PfProductsEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PfEditorSectionClass *section_class = PF_EDITOR_SECTION_CLASS (klass);

  object_class->dispose = pf_products_editor_dispose;
  object_class->get_property = pf_products_editor_get_property;
  object_class->set_property = pf_products_editor_set_property;
  section_class->sync = pf_products_editor_sync;

  properties[PROP_CATALOG] =
    g_param_spec_object ("catalog", NULL, NULL,
                         PF_TYPE_PRODUCTS_CATALOG,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "products.add", NULL, add_activated);
  gtk_widget_class_install_action (widget_class, "products.remove", "u", remove_activated);
  gtk_widget_class_install_action (widget_class, "products.save-to-catalog", "u",
                                   save_to_catalog_activated);
  gtk_widget_class_install_action (widget_class, "products.add-from-catalog", "u",
                                   add_from_catalog_activated);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/pf-products-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, PfProductsEditor, group);
  gtk_widget_class_bind_template_child (widget_class, PfProductsEditor, list);
  gtk_widget_class_bind_template_child (widget_class, PfProductsEditor, add_row);
  gtk_widget_class_bind_template_child (widget_class, PfProductsEditor, catalog_row);
  gtk_widget_class_bind_template_child (widget_class, PfProductsEditor, catalog_button);
  gtk_widget_class_bind_template_child (widget_class, PfProductsEditor, catalog_picker);

  gtk_widget_class_set_css_name (widget_class, "pf-products-editor");
}

static void
pf_products_editor_init (PfProductsEditor *self)
{
  g_type_ensure (PF_TYPE_CATALOG_PICKER);
  self->rows = g_ptr_array_new ();
  self->catalog_signals = g_signal_group_new (PF_TYPE_PRODUCTS_CATALOG);
  g_signal_group_connect_object (self->catalog_signals, "changed", G_CALLBACK (sync_catalog),
                                 self, G_CONNECT_SWAPPED);
  /* What can be done depends on there being a document (the rows follow it in `sync`). */
  g_signal_connect (self, "notify::document", G_CALLBACK (update_actions), NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  sync_catalog (self);
}

GtkWidget *
pf_products_editor_new (void)
{
  return g_object_new (PF_TYPE_PRODUCTS_EDITOR, NULL);
}

PfProductsCatalog *
pf_products_editor_get_catalog (PfProductsEditor *self)
{
  g_return_val_if_fail (PF_IS_PRODUCTS_EDITOR (self), NULL);

  return self->catalog;
}

void
pf_products_editor_set_catalog (PfProductsEditor  *self,
                                PfProductsCatalog *catalog)
{
  g_return_if_fail (PF_IS_PRODUCTS_EDITOR (self));
  g_return_if_fail (!catalog || PF_IS_PRODUCTS_CATALOG (catalog));

  if (!g_set_object (&self->catalog, catalog))
    return;

  g_signal_group_set_target (self->catalog_signals, catalog);
  pf_catalog_picker_set_catalog (self->catalog_picker, catalog);
  if (self->rows != NULL)
    sync_catalog (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATALOG]);
}

PfProductDialog *
_pf_products_editor_open_dialog (PfProductsEditor *self)
{
  open_dialog (self);
  return self->dialog;
}
