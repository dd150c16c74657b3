/* pf-splits-view.c — the plan's splits as a sortable, copyable table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-splits-view"

#include "config.h"

#include "pf-splits-view.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "pf-split-item.h"

/* A list view only makes widgets for a window of about 200 rows around what it shows, so a
 * table longer than this scrolls inside itself rather than with the page (an ultra per km). */
#define MAX_UNSCROLLED_ROWS 150
#define SCROLLED_HEIGHT     480

/* The property each column sorts by; NULL: not sortable. */
static const char *sort_properties[PF_N_SPLIT_COLUMNS] = {
  [PF_SPLIT_COLUMN_NUMBER] = "number",
  [PF_SPLIT_COLUMN_DISTANCE] = "distance",
  [PF_SPLIT_COLUMN_TIME] = "time",
  [PF_SPLIT_COLUMN_PACE] = "pace",
  [PF_SPLIT_COLUMN_GAP] = "gap",
  [PF_SPLIT_COLUMN_ELAPSED] = "elapsed",
  [PF_SPLIT_COLUMN_CLOCK] = "elapsed",
  [PF_SPLIT_COLUMN_CLIMB] = "climb",
  [PF_SPLIT_COLUMN_TEMPERATURE] = "temperature",
};

/* A narrow page drops columns, least needed first, rather than scroll the table sideways:
 * the distance, the split's time and its pace always stay. The copied text keeps them all. */
static const PfSplitColumn fold_order[] = {
  PF_SPLIT_COLUMN_NUMBER,
  PF_SPLIT_COLUMN_TEMPERATURE,
  PF_SPLIT_COLUMN_CLIMB,
  PF_SPLIT_COLUMN_GAP,
  PF_SPLIT_COLUMN_CLOCK,
  PF_SPLIT_COLUMN_NAME,
  PF_SPLIT_COLUMN_ELAPSED,
};
#define N_FOLDABLE G_N_ELEMENTS (fold_order)

struct _PfSplitsView
{
  PfDocumentWidget   parent_instance;

  GtkScrolledWindow *scroller;
  GtkColumnView     *column_view;

  GtkColumnViewColumn *columns[PF_N_SPLIT_COLUMNS];
  GListStore        *store;
  GtkSortListModel  *sorted;
  GtkMultiSelection *selection;

  PfPlan            *plan;  /* the document's, as shown */
  gboolean           named;
  guint              n_folded;
  double             fold_width[N_FOLDABLE];  /* the table's width before each column went */
  guint              fit_idle;
  double             highlight_from_m;
  double             highlight_to_m;
};

G_DEFINE_FINAL_TYPE (PfSplitsView, pf_splits_view, PF_TYPE_DOCUMENT_WIDGET)

static PfUnitSystem
units_of (PfSplitsView *self)
{
  return pf_document_widget_get_units (PF_DOCUMENT_WIDGET (self));
}

/* The column a cell factory makes the cells of (set as it is made). */
static PfSplitColumn
factory_column (GtkSignalListItemFactory *factory)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "pf-column"));
}

static void
on_factory_setup_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     PfSplitsView             *self)
{
  PfSplitColumn column = factory_column (factory);
  GtkWidget *label = gtk_label_new (NULL);

  if (column == PF_SPLIT_COLUMN_NAME)
    {
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (label), 12);
    }
  else
    {
      gtk_label_set_xalign (GTK_LABEL (label), 1);
      gtk_widget_add_css_class (label, "pf-tnum");
    }
  if (column == PF_SPLIT_COLUMN_NUMBER)
    gtk_widget_add_css_class (label, "dim-label");
  gtk_list_item_set_child (list_item, label);
}

static void
on_factory_bind_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    PfSplitsView             *self)
{
  PfSplitItem *item = gtk_list_item_get_item (list_item);
  g_autofree char *text = pf_split_item_format (item, factory_column (factory), units_of (self));

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (list_item)), text);
}

static void
update_titles (PfSplitsView *self)
{
  for (guint i = 0; i < PF_N_SPLIT_COLUMNS; i++)
    {
      g_autofree char *title = pf_split_column_title (i, units_of (self));

      gtk_column_view_column_set_title (self->columns[i], title);
    }
}

/* The rows of a stretch of course (a warning the reader picked) show as selected. */
static void
apply_highlight (PfSplitsView *self)
{
  GListModel *model = G_LIST_MODEL (self->sorted);
  guint n = g_list_model_get_n_items (model);
  g_autoptr(GtkBitset) selected = gtk_bitset_new_empty ();
  g_autoptr(GtkBitset) mask = gtk_bitset_new_range (0, n);

  for (guint i = 0; i < n && self->highlight_to_m > self->highlight_from_m; i++)
    {
      g_autoptr(PfSplitItem) item = g_list_model_get_item (model, i);
      const PfSplit *split = pf_split_item_get_split (item);

      if (split->end_m > self->highlight_from_m && split->start_m < self->highlight_to_m)
        gtk_bitset_add (selected, i);
    }
  gtk_selection_model_set_selection (GTK_SELECTION_MODEL (self->selection), selected, mask);
}

static gboolean
is_folded (PfSplitsView  *self,
           PfSplitColumn  column)
{
  for (guint i = 0; i < self->n_folded; i++)
    if (fold_order[i] == column)
      return TRUE;
  return FALSE;
}

static gboolean
is_shown (PfSplitsView  *self,
          PfSplitColumn  column)
{
  return (column != PF_SPLIT_COLUMN_NAME || self->named) && !is_folded (self, column);
}

static void
update_columns (PfSplitsView *self)
{
  GtkColumnViewColumn *last = NULL;

  for (guint i = 0; i < PF_N_SPLIT_COLUMNS; i++)
    {
      gboolean visible = is_shown (self, i);

      gtk_column_view_column_set_visible (self->columns[i], visible);
      if (visible)
        last = self->columns[i];
    }

  /* The last column shown takes the spare width, so rows run to the edge of the card. */
  for (guint i = 0; i < PF_N_SPLIT_COLUMNS; i++)
    gtk_column_view_column_set_expand (self->columns[i], self->columns[i] == last);
}

/* One column in or out per layout: the width the table needs is only known once it is laid
 * out, and changing columns during the layout would lay it out again at once. */
static gboolean
fit_columns_cb (gpointer user_data)
{
  PfSplitsView *self = user_data;
  GtkAdjustment *adjustment = gtk_scrolled_window_get_hadjustment (self->scroller);
  double width = gtk_adjustment_get_upper (adjustment);
  double room = gtk_adjustment_get_page_size (adjustment);

  self->fit_idle = 0;
  if (room <= 0)
    return G_SOURCE_REMOVE;

  /* A column that is not shown anyway (the names, on a course without named points) is passed
   * over in the same step: folding it would change no width, and nothing would call again. */
  if (width > room + 0.5)
    {
      gboolean changed = FALSE;

      while (!changed && self->n_folded < N_FOLDABLE)
        {
          changed = is_shown (self, fold_order[self->n_folded]);
          self->fold_width[self->n_folded++] = width;
        }
      if (changed)
        update_columns (self);
    }
  else
    {
      gboolean changed = FALSE;

      while (!changed && self->n_folded > 0 && room >= self->fold_width[self->n_folded - 1])
        {
          self->n_folded--;
          changed = is_shown (self, fold_order[self->n_folded]);
        }
      if (changed)
        update_columns (self);
    }

  return G_SOURCE_REMOVE;
}

/* Right after the layout that changed the width, before the next frame is drawn. */
#define FIT_PRIORITY (GDK_PRIORITY_REDRAW - 10)

static void
on_hadjustment_changed_cb (PfSplitsView *self)
{
  if (self->fit_idle == 0)
    self->fit_idle = g_idle_add_full (FIT_PRIORITY, fit_columns_cb, self, NULL);
}

/* A scrolled window in GTK 4.8 takes every turn of the wheel over it, even along an axis it
 * cannot scroll: the table, as tall as its rows, would stop the page scrolling under the
 * pointer. Its wheel (a controller to capture a touchpad's scroll, one to bubble) listens
 * sideways only, unless the table scrolls inside itself. */
static void
update_wheel (PfSplitsView *self,
              gboolean      scrolls_itself)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (self->scroller));
  GtkEventControllerScrollFlags flags = GTK_EVENT_CONTROLLER_SCROLL_KINETIC;

  flags |= scrolls_itself ? GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES
                          : GTK_EVENT_CONTROLLER_SCROLL_HORIZONTAL;
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_SCROLL (controller))
        gtk_event_controller_scroll_set_flags (GTK_EVENT_CONTROLLER_SCROLL (controller), flags);
    }
}

/* Fresh items rebind every cell: the way units reach the table as well as a new plan. */
static void
rebuild_items (PfSplitsView *self)
{
  guint n = self->plan ? pf_plan_get_n_splits (self->plan) : 0;
  g_autoptr(GPtrArray) items = g_ptr_array_new_full (n, g_object_unref);
  gboolean named = FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_ptr_array_add (items, pf_split_item_new (self->plan, i));
      named = named || pf_plan_get_split (self->plan, i)->name != NULL;
    }

  g_list_store_splice (self->store, 0, g_list_model_get_n_items (G_LIST_MODEL (self->store)),
                       items->pdata, items->len);
  self->named = named;
  update_columns (self);

  if (n > MAX_UNSCROLLED_ROWS)
    {
      gtk_scrolled_window_set_policy (self->scroller, GTK_POLICY_AUTOMATIC, GTK_POLICY_AUTOMATIC);
      gtk_scrolled_window_set_min_content_height (self->scroller, SCROLLED_HEIGHT);
    }
  else
    {
      gtk_scrolled_window_set_policy (self->scroller, GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
      gtk_scrolled_window_set_min_content_height (self->scroller, -1);
    }
  update_wheel (self, n > MAX_UNSCROLLED_ROWS);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "splits.copy", n > 0);
}

/* Also after new units: the titles and every cell change with them. */
static void
pf_splits_view_plan_changed (PfDocumentWidget *widget,
                             PfPlan           *plan)
{
  PfSplitsView *self = PF_SPLITS_VIEW (widget);

  if (self->plan != plan)
    {
      g_clear_pointer (&self->plan, pf_plan_unref);
      self->plan = plan ? pf_plan_ref (plan) : NULL;
    }
  update_titles (self);
  rebuild_items (self);
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PfSplitsView *self = PF_SPLITS_VIEW (widget);
  g_autofree char *text = pf_splits_view_to_text (self);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
}

static void
pf_splits_view_dispose (GObject *object)
{
  PfSplitsView *self = (PfSplitsView *)object;

  g_clear_handle_id (&self->fit_idle, g_source_remove);
  /* The unnamed rows of the box layout are not template children: PfDocumentWidget unparents
   * them. */
  gtk_widget_dispose_template (GTK_WIDGET (self), PF_TYPE_SPLITS_VIEW);
  for (guint i = 0; i < PF_N_SPLIT_COLUMNS; i++)
    g_clear_object (&self->columns[i]);
  g_clear_object (&self->selection);
  g_clear_object (&self->sorted);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (pf_splits_view_parent_class)->dispose (object);
}

static void
pf_splits_view_finalize (GObject *object)
{
  PfSplitsView *self = (PfSplitsView *)object;

  g_clear_pointer (&self->plan, pf_plan_unref);

  G_OBJECT_CLASS (pf_splits_view_parent_class)->finalize (object);
}

static void
pf_splits_view_class_init (PfSplitsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pf_splits_view_dispose;
  object_class->finalize = pf_splits_view_finalize;

  PF_DOCUMENT_WIDGET_CLASS (klass)->plan_changed = pf_splits_view_plan_changed;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/pf-splits-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PfSplitsView, scroller);
  gtk_widget_class_bind_template_child (widget_class, PfSplitsView, column_view);

  gtk_widget_class_install_action (widget_class, "splits.copy", NULL, copy_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK,
                                       "splits.copy", NULL);

  gtk_widget_class_set_css_name (widget_class, "pf-splits-view");
}

static void
pf_splits_view_init (PfSplitsView *self)
{
  GtkSorter *sorter;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->store = g_list_store_new (PF_TYPE_SPLIT_ITEM);
  for (guint i = 0; i < PF_N_SPLIT_COLUMNS; i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

      g_object_set_data (G_OBJECT (factory), "pf-column", GUINT_TO_POINTER (i));
      g_signal_connect_object (factory, "setup", G_CALLBACK (on_factory_setup_cb), self, 0);
      g_signal_connect_object (factory, "bind", G_CALLBACK (on_factory_bind_cb), self, 0);
      self->columns[i] = gtk_column_view_column_new (NULL, factory);
      if (sort_properties[i] != NULL)
        {
          GtkExpression *expression = gtk_property_expression_new (PF_TYPE_SPLIT_ITEM, NULL,
                                                                   sort_properties[i]);

          gtk_column_view_column_set_sorter (self->columns[i],
                                             GTK_SORTER (gtk_numeric_sorter_new (expression)));
        }
      gtk_column_view_append_column (self->column_view, self->columns[i]);
    }

  sorter = gtk_column_view_get_sorter (self->column_view);
  self->sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->store)),
                                          g_object_ref (sorter));
  self->selection = gtk_multi_selection_new (G_LIST_MODEL (g_object_ref (self->sorted)));
  /* Sorting again replaces every row: the stretch stays selected. */
  g_signal_connect_object (self->sorted, "items-changed", G_CALLBACK (apply_highlight), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  self->highlight_from_m = self->highlight_to_m = -1;

  g_signal_connect_object (gtk_scrolled_window_get_hadjustment (self->scroller), "changed",
                           G_CALLBACK (on_hadjustment_changed_cb), self, G_CONNECT_SWAPPED);

  update_titles (self);
  rebuild_items (self);
}

GtkWidget *
pf_splits_view_new (void)
{
  return g_object_new (PF_TYPE_SPLITS_VIEW, NULL);
}

/* Returns: (transfer none): the rows in the order shown (PfSplitItem). */
GListModel *
pf_splits_view_get_model (PfSplitsView *self)
{
  g_return_val_if_fail (PF_IS_SPLITS_VIEW (self), NULL);

  return G_LIST_MODEL (self->sorted);
}

/* The table as shown, units and order included, as tab-separated text: a header line and one
 * line per split, which spreadsheets paste into cells. */
char *
pf_splits_view_to_text (PfSplitsView *self)
{
  GListModel *model;
  GString *text;
  guint n_columns;

  g_return_val_if_fail (PF_IS_SPLITS_VIEW (self), NULL);

  model = G_LIST_MODEL (self->sorted);
  text = g_string_new (NULL);
  n_columns = self->named ? PF_N_SPLIT_COLUMNS : PF_SPLIT_COLUMN_NAME;

  for (guint c = 0; c < n_columns; c++)
    {
      g_autofree char *title = pf_split_column_title (c, units_of (self));

      g_string_append (text, title);
      g_string_append_c (text, c + 1 < n_columns ? '\t' : '\n');
    }

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(PfSplitItem) item = g_list_model_get_item (model, i);

      for (guint c = 0; c < n_columns; c++)
        {
          g_autofree char *cell = pf_split_item_format (item, c, units_of (self));

          /* A tab or line break inside an aid station's name would shift the cells. */
          g_strdelimit (cell, "\t\r\n", ' ');
          g_string_append (text, cell);
          g_string_append_c (text, c + 1 < n_columns ? '\t' : '\n');
        }
    }

  return g_string_free (text, FALSE);
}

/* Selects the rows of the splits that overlap @from_m–@to_m; @to_m <= @from_m selects none. */
void
pf_splits_view_set_highlight (PfSplitsView *self,
                              double        from_m,
                              double        to_m)
{
  g_return_if_fail (PF_IS_SPLITS_VIEW (self));

  self->highlight_from_m = from_m;
  self->highlight_to_m = to_m;
  apply_highlight (self);
}

GtkSelectionModel *
pf_splits_view_get_selection (PfSplitsView *self)
{
  g_return_val_if_fail (PF_IS_SPLITS_VIEW (self), NULL);

  return GTK_SELECTION_MODEL (self->selection);
}
