/* pf-catalog-picker.c — a popover to find one product of the user catalog and add it to the plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-catalog-picker"

#include "config.h"

#include "pf-catalog-picker.h"

#include "pf-catalog-product.h"
#include "pf-product-row.h"
#include "report/pf-report-enums.h"

/* The "Add from My Catalog" popover of the products section: a search entry over a list view
 * of the catalog, sorted by name and filtered by the words typed (pf_catalog_product_matches:
 * the name and what the product is). A list view makes widgets for the rows on screen only,
 * so a catalog of 20 000 products opens as fast as one of 20 (issue 19: a menu item per
 * product kept the window from showing). Activating a row — a click, Enter on it, or Enter in
 * the search for the first one shown — activates "products.add-from-catalog" with the
 * product's place in the catalog, the products section's action.
 *
 * The catalog is attached to the sorted model only while the popover is open: a closed picker
 * costs nothing when the catalog changes, and the catalog makes its items when first asked. */
struct _PfCatalogPicker
{
  GtkPopover          parent_instance;

  GtkSearchEntry     *search_entry;
  GtkStack           *stack;
  GtkScrolledWindow  *scroller;
  GtkListView        *list_view;

  PfProductsCatalog  *catalog;
  PfUnitSystem        units;
  GtkSortListModel   *sorted;
  GtkFilterListModel *filtered;
  GtkSingleSelection *selection;
  GtkCustomFilter    *filter;
  char              **terms;
  guint               detach_id;
};

G_DEFINE_FINAL_TYPE (PfCatalogPicker, pf_catalog_picker, GTK_TYPE_POPOVER)

enum {
  PROP_0,
  PROP_CATALOG,
  PROP_UNITS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
match_cb (gpointer item,
          gpointer user_data)
{
  PfCatalogPicker *self = user_data;

  return pf_catalog_product_matches (item, (const char * const *) self->terms);
}

/* The list, or a word that nothing matches the search. */
static void
update_stack (PfCatalogPicker *self)
{
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));

  gtk_stack_set_visible_child_name (self->stack, n_shown > 0 ? "list" : "empty");
}

static void
on_search_changed_cb (PfCatalogPicker *self)
{
  g_strfreev (self->terms);
  self->terms = pf_catalog_product_fold_search (
                  gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  /* The best matches are at the top: show them. */
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0.0);
  update_stack (self);
}

/* Adds the @position-th product shown to the plan, through the products section's action. */
static void
activate_shown (PfCatalogPicker *self,
                guint            position)
{
  g_autoptr(PfCatalogProduct) item = g_list_model_get_item (G_LIST_MODEL (self->filtered),
                                                            position);
  guint index;

  if (item == NULL)
    return;

  index = pf_catalog_product_get_index (item);
  gtk_widget_activate_action (GTK_WIDGET (self), "products.add-from-catalog", "u", index);
  gtk_popover_popdown (GTK_POPOVER (self));
}

static void
on_list_view_activate_cb (PfCatalogPicker *self,
                          guint            position)
{
  activate_shown (self, position);
}

/* Enter in the search takes the product highlighted: the first one shown, as a search in
 * GNOME's own pickers does, unless the pointer went over another. */
static void
on_search_activate_cb (PfCatalogPicker *self)
{
  guint selected = gtk_single_selection_get_selected (self->selection);

  activate_shown (self, selected != GTK_INVALID_LIST_POSITION ? selected : 0);
}

static void
on_stop_search_cb (PfCatalogPicker *self)
{
  gtk_popover_popdown (GTK_POPOVER (self));
}

/* Down from the search goes into the list, to pick with the arrows and Enter. */
static gboolean
on_search_key_pressed_cb (GtkEventControllerKey *controller,
                          guint                  keyval,
                          guint                  keycode,
                          GdkModifierType        state,
                          PfCatalogPicker       *self)
{
  if ((keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down)
      && g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) > 0)
    return gtk_widget_child_focus (GTK_WIDGET (self->list_view), GTK_DIR_TAB_FORWARD);

  return GDK_EVENT_PROPAGATE;
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              PfCatalogPicker          *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  /* The values wrap between amounts (no-break spaces inside each) in a narrow window. */
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0.0);
  gtk_label_set_wrap (GTK_LABEL (subtitle), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (subtitle), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (box, "pf-tnum");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_list_item_set_child (list_item, box);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             PfCatalogPicker          *self)
{
  PfCatalogProduct *item = gtk_list_item_get_item (list_item);
  const PfProduct *product = pf_catalog_product_get_product (item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *title = gtk_widget_get_first_child (box);
  GtkWidget *subtitle = gtk_widget_get_next_sibling (title);
  g_autofree char *values = pf_product_row_describe_brief (product, self->units);
  g_autofree char *tooltip = g_strdup_printf ("%s\n%s", product->name, values);

  gtk_label_set_text (GTK_LABEL (title), product->name);
  gtk_label_set_text (GTK_LABEL (subtitle), values);
  /* A long name is cut short. */
  gtk_widget_set_tooltip_text (box, tooltip);
}

/* Opened: the whole catalog, sorted, and the search ready for typing. */
static void
pf_catalog_picker_show (GtkWidget *widget)
{
  PfCatalogPicker *self = PF_CATALOG_PICKER (widget);

  g_clear_handle_id (&self->detach_id, g_source_remove);
  if (gtk_sort_list_model_get_model (self->sorted) != G_LIST_MODEL (self->catalog))
    gtk_sort_list_model_set_model (self->sorted, G_LIST_MODEL (self->catalog));
  update_stack (self);
  GTK_WIDGET_CLASS (pf_catalog_picker_parent_class)->show (widget);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static gboolean
detach_cb (gpointer user_data)
{
  PfCatalogPicker *self = user_data;

  self->detach_id = 0;
  gtk_sort_list_model_set_model (self->sorted, NULL);
  return G_SOURCE_REMOVE;
}

/* Closed: the next opening starts from the whole catalog again. The rows go once the click
 * that closed it is over, not from under it. */
static void
pf_catalog_picker_closed (GtkPopover *popover)
{
  PfCatalogPicker *self = PF_CATALOG_PICKER (popover);

  g_clear_pointer (&self->terms, g_strfreev);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  g_clear_handle_id (&self->detach_id, g_source_remove);
  self->detach_id = g_idle_add (detach_cb, self);
}

static void
pf_catalog_picker_dispose (GObject *object)
{
  PfCatalogPicker *self = (PfCatalogPicker *)object;

  g_clear_handle_id (&self->detach_id, g_source_remove);
  if (self->list_view != NULL)
    gtk_list_view_set_model (self->list_view, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PF_TYPE_CATALOG_PICKER);
  g_clear_object (&self->selection);
  g_clear_object (&self->filtered);
  g_clear_object (&self->sorted);
  g_clear_object (&self->filter);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (pf_catalog_picker_parent_class)->dispose (object);
}

static void
pf_catalog_picker_finalize (GObject *object)
{
  PfCatalogPicker *self = (PfCatalogPicker *)object;

  g_clear_pointer (&self->terms, g_strfreev);

  G_OBJECT_CLASS (pf_catalog_picker_parent_class)->finalize (object);
}

static void
pf_catalog_picker_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PfCatalogPicker *self = PF_CATALOG_PICKER (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      g_value_set_object (value, self->catalog);
      break;

    case PROP_UNITS:
      g_value_set_enum (value, self->units);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pf_catalog_picker_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  PfCatalogPicker *self = PF_CATALOG_PICKER (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      pf_catalog_picker_set_catalog (self, g_value_get_object (value));
      break;

    case PROP_UNITS:
      pf_catalog_picker_set_units (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pf_catalog_picker_class_init (PfCatalogPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkPopoverClass *popover_class = GTK_POPOVER_CLASS (klass);

  object_class->dispose = pf_catalog_picker_dispose;
  object_class->finalize = pf_catalog_picker_finalize;
  object_class->get_property = pf_catalog_picker_get_property;
  object_class->set_property = pf_catalog_picker_set_property;
  widget_class->show = pf_catalog_picker_show;
  popover_class->closed = pf_catalog_picker_closed;

  properties[PROP_CATALOG] =
    g_param_spec_object ("catalog", NULL, NULL,
                         PF_TYPE_PRODUCTS_CATALOG,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));
  properties[PROP_UNITS] =
    g_param_spec_enum ("units", NULL, NULL,
                       PF_TYPE_UNIT_SYSTEM, PF_UNITS_METRIC,
                       (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/pf-catalog-picker.ui");
  gtk_widget_class_bind_template_child (widget_class, PfCatalogPicker, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PfCatalogPicker, stack);
  gtk_widget_class_bind_template_child (widget_class, PfCatalogPicker, scroller);
  gtk_widget_class_bind_template_child (widget_class, PfCatalogPicker, list_view);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_view_activate_cb);
}

static void
pf_catalog_picker_init (PfCatalogPicker *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkExpression *name;
  GtkStringSorter *sorter;
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Sorted once as it opens (the sorter keeps a collation key per product), then each search
   * only filters the sorted list: n log n, then linear per search. */
  name = gtk_property_expression_new (PF_TYPE_CATALOG_PRODUCT, NULL, "name");
  sorter = gtk_string_sorter_new (name);
  self->sorted = gtk_sort_list_model_new (NULL, GTK_SORTER (sorter));
  self->filter = gtk_custom_filter_new (match_cb, self, NULL);
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->sorted)),
                                              GTK_FILTER (g_object_ref (self->filter)));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  /* The row Enter in the search would take is highlighted, and the pointer moves it. */
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->filtered)));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  keys = gtk_event_controller_key_new ();
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_search_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);
}

GtkWidget *
pf_catalog_picker_new (void)
{
  return g_object_new (PF_TYPE_CATALOG_PICKER, NULL);
}

PfProductsCatalog *
pf_catalog_picker_get_catalog (PfCatalogPicker *self)
{
  g_return_val_if_fail (PF_IS_CATALOG_PICKER (self), NULL);

  return self->catalog;
}

/* The application's catalog (see PfApplication), shown when the popover opens. */
void
pf_catalog_picker_set_catalog (PfCatalogPicker   *self,
                               PfProductsCatalog *catalog)
{
  g_return_if_fail (PF_IS_CATALOG_PICKER (self));
  g_return_if_fail (!catalog || PF_IS_PRODUCTS_CATALOG (catalog));

  if (!g_set_object (&self->catalog, catalog))
    return;

  if (gtk_sort_list_model_get_model (self->sorted) != NULL)
    {
      gtk_sort_list_model_set_model (self->sorted, G_LIST_MODEL (catalog));
      update_stack (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATALOG]);
}

PfUnitSystem
pf_catalog_picker_get_units (PfCatalogPicker *self)
{
  g_return_val_if_fail (PF_IS_CATALOG_PICKER (self), PF_UNITS_METRIC);

  return self->units;
}

/* The units the rows give a product's volume in. */
void
pf_catalog_picker_set_units (PfCatalogPicker *self,
                             PfUnitSystem     units)
{
  g_return_if_fail (PF_IS_CATALOG_PICKER (self));

  if (self->units == units)
    return;

  self->units = units;
  /* The rows on screen are bound again with the new units. */
  if (gtk_widget_get_visible (GTK_WIDGET (self)))
    {
      gtk_list_view_set_model (self->list_view, NULL);
      gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNITS]);
}

/* The products the list shows now, in its order (PfCatalogProduct items): the catalog sorted
 * by name, filtered by the search; empty while the popover is closed. */
GListModel *
pf_catalog_picker_get_shown (PfCatalogPicker *self)
{
  g_return_val_if_fail (PF_IS_CATALOG_PICKER (self), NULL);

  return G_LIST_MODEL (self->filtered);
}
