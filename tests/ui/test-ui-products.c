/* test-ui-products.c — the runner's own products through the Fuel page: the Add Product dialog,
 * refused label values, the plan using them, and the user catalog kept across plans
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-ui-products"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "gui/pf-application.h"
#include "document/pf-catalog-product.h"
#include "gui/pf-catalog-picker.h"
#include "gui/pf-fuel-editor.h"
#include "gui/pf-fuel-view-private.h"
#include "gui/pf-schedule-view.h"
#include "gui/pf-window.h"
#include "gui/pf-window-private.h"
#include "pf-test-ui.h"
#include "pf-test-units.h"

static PfApplication *app;
static char *tmp_dir;
static char *data_home;


static PfWindow *
window_with_course (const char *name)
{
  PfWindow *window = pf_test_window_new (app);

  pf_window_set_catalog (window, pf_application_get_product_catalog (app));
  pf_test_window_load (window, name);
  adw_view_stack_set_visible_child_name (pf_test_template_child (window, PF_TYPE_WINDOW,
                                                                 "view_stack"), "fuel");
  pf_test_iterate_briefly ();
  return window;
}

static PfProductsEditor *
products_editor (PfWindow *window)
{
  return pf_test_template_child (window, PF_TYPE_FUEL_EDITOR, "products_editor");
}

/* The row of the plan's product @index: the list holds them before its Add rows. */
static AdwActionRow *
product_row (PfProductsEditor *editor,
             guint             index)
{
  GtkListBox *list = pf_test_template_child (editor, PF_TYPE_PRODUCTS_EDITOR, "list");

  return ADW_ACTION_ROW (gtk_list_box_get_row_at_index (list, (int) index));
}

/* How many of the plan's products are listed: all rows but Add and Add from My Catalog. */
static guint
n_product_rows (PfProductsEditor *editor)
{
  GtkListBox *list = pf_test_template_child (editor, PF_TYPE_PRODUCTS_EDITOR, "list");
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, (int) n) != NULL)
    n++;
  return n - 2;
}

/* The field of the Add Product dialog for @name ("carbs" for the row carbs_row). */
static GtkEditable *
dialog_field (PfProductDialog *dialog,
              const char      *name)
{
  g_autofree char *id = g_strdup_printf ("%s_row", name);

  return pf_test_template_child (dialog, PF_TYPE_PRODUCT_DIALOG, id);
}

static void
fill (PfProductDialog *dialog,
      const char      *name,
      const char      *carbs,
      const char      *glucose,
      const char      *fructose,
      const char      *sodium)
{
  gtk_editable_set_text (dialog_field (dialog, "name"), name);
  gtk_editable_set_text (dialog_field (dialog, "carbs"), carbs);
  gtk_editable_set_text (dialog_field (dialog, "glucose"), glucose);
  gtk_editable_set_text (dialog_field (dialog, "fructose"), fructose);
  gtk_editable_set_text (dialog_field (dialog, "sodium"), sodium);
}

/* The texts of the labels in @widget and all it holds, a line each. */
static void
collect_label_texts (GtkWidget *widget,
                             GString   *texts)
{
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (texts, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_label_texts (child, texts);
}

/* The titles of the schedule's rows, one string. */
static void
collect_titles (GtkWidget *widget,
                GString   *titles)
{
  if (ADW_IS_ACTION_ROW (widget))
    g_string_append_printf (titles, "%s\n",
                            adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_titles (child, titles);
}

static void
test_add_product (void)
{
  PfWindow *window = window_with_course ("activity_607442311.gpx");
  PfDocument *document = pf_window_get_document (window);
  PfProductsEditor *editor = products_editor (window);
  GtkWidget *schedule = pf_test_template_child (window, PF_TYPE_FUEL_VIEW, "schedule_view");
  PfProductDialog *dialog;
  const PfProduct *own;
  const GArray *products;
  const PfFuel *fuel;
  g_autoptr(GString) titles = g_string_new (NULL);

  g_assert_cmpuint (pf_document_get_inputs (document)->fuel.products->len, ==, 0);
  g_assert_cmpstr (pf_plan_get_fuel (pf_document_get_plan (document))->gel->id, ==, PF_PRODUCT_GEL);

  /* Through the dialog's widgets, as typed, then its Add response. */
  dialog = _pf_products_editor_open_dialog (editor);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "add"));
  fill (dialog, "My gel", "30", "18", "12", "40");
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "add"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "add");
  pf_test_iterate_briefly ();

  g_assert_cmpuint (pf_document_get_inputs (document)->fuel.products->len, ==, 1);
  own = &g_array_index (pf_document_get_inputs (document)->fuel.products, PfProduct, 0);
  g_assert_cmpstr (own->name, ==, "My gel");
  g_assert_cmpfloat (own->carbs_g, ==, 30);
  g_assert_cmpfloat (own->glucose_g, ==, 18);
  g_assert_cmpfloat (own->fructose_g, ==, 12);
  g_assert_cmpfloat (own->sodium_mg, ==, 40);
  g_assert_null (pf_document_get_error_message (document));

  /* The plan uses it, says so on its row, and the schedule names it. */
  fuel = pf_plan_get_fuel (pf_document_get_plan (document));
  g_assert_cmpstr (fuel->gel->name, ==, "My gel");
  g_assert_cmpstr (fuel->gel->id, ==, own->id);
  g_assert_cmpuint (n_product_rows (editor), ==, 1);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (product_row (editor, 0)),
                            "Used for carbohydrate"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (product_row (editor, 0)),
                            "18\u00a0g\u00a0glucose"));
  collect_titles (schedule, titles);
  g_assert_nonnull (strstr (titles->str, "× My gel"));
  g_assert_null (strstr (titles->str, "Energy gel"));

  /* A second gel is kept but not used: the first one is. */
  dialog = _pf_products_editor_open_dialog (editor);
  fill (dialog, "My gel", "40", "25", "15", "0");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "add");
  pf_test_iterate_briefly ();
  products = pf_document_get_inputs (document)->fuel.products;
  g_assert_cmpuint (products->len, ==, 2);
  g_assert_cmpstr (g_array_index (products, PfProduct, 1).id, !=,
                   g_array_index (products, PfProduct, 0).id);
  g_assert_null (strstr (adw_action_row_get_subtitle (product_row (editor, 1)),
                         "Used for"));

  /* Removing the first makes the plan use the second. */
  gtk_widget_activate_action (GTK_WIDGET (editor), "products.remove", "u", 0);
  pf_test_iterate_briefly ();
  g_assert_cmpuint (pf_document_get_inputs (document)->fuel.products->len, ==, 1);
  g_assert_cmpfloat (pf_plan_get_fuel (pf_document_get_plan (document))->gel->carbs_g, ==, 40);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_refused (void)
{
  PfWindow *window = window_with_course ("activity_607442311.gpx");
  PfDocument *document = pf_window_get_document (window);
  PfProductsEditor *editor = products_editor (window);
  PfPlan *before = pf_plan_ref (pf_document_get_plan (document));
  PfProductDialog *dialog;
  GtkWidget *glucose, *carbs, *typo;
  PfProduct wrong = { "x", "Too sweet", 0, 20, 30, 0, 0, 0 };
  g_autoptr(GError) expected = NULL;

  g_assert_false (pf_product_check (&wrong, &expected));

  dialog = _pf_products_editor_open_dialog (editor);
  fill (dialog, "Too sweet", "20", "30", "0", "0");
  glucose = GTK_WIDGET (dialog_field (dialog, "glucose"));
  carbs = GTK_WIDGET (dialog_field (dialog, "carbs"));

  /* The field at fault carries the core's own message; the others are fine; Add is off. */
  g_assert_true (gtk_widget_has_css_class (glucose, "error"));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (glucose), ==, expected->message);
  g_assert_false (gtk_widget_has_css_class (carbs, "error"));
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "add"));

  /* Even forced, the response adds nothing: the plan is the same plan. */
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "add");
  pf_test_iterate_briefly ();
  g_assert_true (pf_document_get_plan (document) == before);
  g_assert_cmpuint (pf_document_get_inputs (document)->fuel.products->len, ==, 0);

  /* Not a number: said on that field. */
  dialog = _pf_products_editor_open_dialog (editor);
  fill (dialog, "Typo", "2O", "", "", "");
  typo = GTK_WIDGET (dialog_field (dialog, "carbs"));
  g_assert_true (gtk_widget_has_css_class (typo, "error"));
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "add"));
  /* Corrected, it clears; a comma reads as a decimal point. */
  gtk_editable_set_text (GTK_EDITABLE (typo), "20,5");
  g_assert_false (gtk_widget_has_css_class (typo, "error"));
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "add"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  pf_test_iterate_briefly ();
  g_assert_true (pf_document_get_plan (document) == before);

  pf_plan_unref (before);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_catalog (void)
{
  PfProductsCatalog *catalog = pf_application_get_product_catalog (app);
  g_autofree char *path = g_build_filename (data_home, "pacefuel", "products.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GArray) saved = pf_product_array_new ();
  g_autoptr(GError) error = NULL;
  PfWindow *first, *second;
  PfDocument *document;
  const GArray *products;
  PfProductDialog *dialog;

  /* The application's catalog lives in the user's data folder, empty to start with. */
  g_assert_nonnull (catalog);
  g_assert_true (g_file_equal (pf_products_catalog_get_file (catalog), file));
  g_assert_cmpuint (pf_products_catalog_get_products (catalog)->len, ==, 0);
  g_assert_false (g_file_query_exists (file, NULL));

  first = window_with_course ("activity_607442311.gpx");
  dialog = _pf_products_editor_open_dialog (products_editor (first));
  fill (dialog, "Salt caps", "0", "0", "0", "215");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "add");
  pf_test_iterate_briefly ();
  document = pf_window_get_document (first);
  g_assert_cmpstr (pf_plan_get_fuel (pf_document_get_plan (document))->salt->name, ==, "Salt caps");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (
                              product_row (products_editor (first), 0)),
                            "Used for salt"));

  /* Saved: the folder is made, the file holds it, and the catalog has it. */
  gtk_widget_activate_action (GTK_WIDGET (products_editor (first)), "products.save-to-catalog",
                              "u", 0);
  pf_test_iterate_briefly ();
  g_assert_true (g_file_query_exists (file, NULL));
  g_assert_true (pf_product_catalog_load (file, saved, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (saved->len, ==, 1);
  g_assert_cmpstr (g_array_index (saved, PfProduct, 0).name, ==, "Salt caps");
  g_assert_cmpfloat (g_array_index (saved, PfProduct, 0).sodium_mg, ==, 215);
  g_assert_cmpuint (pf_products_catalog_get_products (catalog)->len, ==, 1);
  /* Saving it again does not make two. */
  gtk_widget_activate_action (GTK_WIDGET (products_editor (first)), "products.save-to-catalog",
                              "u", 0);
  g_assert_cmpuint (pf_products_catalog_get_products (catalog)->len, ==, 1);

  /* Another plan takes it from the catalog. */
  second = window_with_course ("activity_607442311.gpx");
  document = pf_window_get_document (second);
  g_assert_cmpuint (pf_document_get_inputs (document)->fuel.products->len, ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (products_editor (second)), "products.add-from-catalog",
                              "u", 0);
  pf_test_iterate_briefly ();
  products = pf_document_get_inputs (document)->fuel.products;
  g_assert_cmpuint (products->len, ==, 1);
  g_assert_cmpstr (g_array_index (products, PfProduct, 0).name, ==, "Salt caps");
  g_assert_cmpstr (pf_plan_get_fuel (pf_document_get_plan (document))->salt->name, ==, "Salt caps");

  /* A fresh catalog over the same file reads the same product back. */
  {
    g_autoptr(PfProductsCatalog) again = pf_products_catalog_new (file);

    g_assert_true (pf_products_catalog_load (again, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (pf_products_catalog_get_products (again)->len, ==, 1);
    g_assert_true (pf_products_catalog_contains (again,
                                                 &g_array_index (saved, PfProduct, 0)));
  }

  gtk_window_destroy (GTK_WINDOW (second));
  gtk_window_destroy (GTK_WINDOW (first));
}

/* In imperial units a product's volume is typed in fl oz and kept in mL: the unit beside the
 * field, the product stored, its row and the limits of a refusal; the units changing while the
 * dialog is open keep the volume typed. */
static void
test_volume_units (void)
{
  GSettings *settings = pf_application_get_settings (app);
  PfWindow *window;
  PfDocument *document;
  PfProductsEditor *editor;
  PfProductDialog *dialog;
  GtkLabel *unit, *error_label;
  GtkWidget *volume;
  const PfProduct *own;
  g_autofree char *foreign = NULL;

  g_settings_set_string (settings, "units", "imperial");
  window = window_with_course ("activity_607442311.gpx");
  document = pf_window_get_document (window);
  editor = products_editor (window);

  dialog = _pf_products_editor_open_dialog (editor);
  unit = pf_test_template_child (dialog, PF_TYPE_PRODUCT_DIALOG, "volume_unit");
  g_assert_cmpstr (gtk_label_get_text (unit), ==, "fl oz");
  fill (dialog, "My drink", "30", "18", "12", "200");
  gtk_editable_set_text (dialog_field (dialog, "volume"), "8");
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "add"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "add");
  pf_test_iterate_briefly ();

  g_assert_cmpuint (pf_document_get_inputs (document)->fuel.products->len, ==, 1);
  own = &g_array_index (pf_document_get_inputs (document)->fuel.products, PfProduct, 0);
  /* 8 US fluid ounces are 236.6 mL. */
  g_assert_cmpfloat_with_epsilon (own->volume_ml, 236.6, 0.05);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (product_row (editor, 0)),
                            "8.0\u00a0fl\u00a0oz"));

  /* Too much for one serving: refused, with the limits in fl oz and no metric unit. */
  dialog = _pf_products_editor_open_dialog (editor);
  unit = pf_test_template_child (dialog, PF_TYPE_PRODUCT_DIALOG, "volume_unit");
  volume = GTK_WIDGET (dialog_field (dialog, "volume"));
  fill (dialog, "Big bottle", "30", "18", "12", "200");
  gtk_editable_set_text (GTK_EDITABLE (volume), "40");
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "add"));
  g_assert_true (gtk_widget_has_css_class (volume, "error"));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (volume), "fl oz"));
  foreign = pf_test_units_foreign (PF_UNITS_IMPERIAL, gtk_widget_get_tooltip_text (volume));
  g_assert_null (foreign);
  error_label = pf_test_template_child (dialog, PF_TYPE_PRODUCT_DIALOG, "error_label");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  foreign = pf_test_units_foreign (PF_UNITS_IMPERIAL, gtk_label_get_text (error_label));
  g_assert_null (foreign);
  g_assert_nonnull (strstr (gtk_label_get_text (error_label), "fl oz"));

  /* Metric now: the 40 fl oz typed are 1183 mL, still too much. */
  g_settings_set_string (settings, "units", "metric");
  pf_test_iterate_briefly ();
  g_assert_cmpint (pf_product_dialog_get_units (dialog), ==, PF_UNITS_METRIC);
  g_assert_cmpstr (gtk_label_get_text (unit), ==, "mL");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (volume)), ==, "1183");
  g_assert_true (gtk_widget_has_css_class (volume, "error"));
  gtk_editable_set_text (GTK_EDITABLE (volume), "500");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "add");
  pf_test_iterate_briefly ();
  g_assert_cmpuint (pf_document_get_inputs (document)->fuel.products->len, ==, 2);
  own = &g_array_index (pf_document_get_inputs (document)->fuel.products, PfProduct, 1);
  g_assert_cmpfloat (own->volume_ml, ==, 500.0);

  gtk_window_destroy (GTK_WINDOW (window));
  pf_test_iterate_briefly ();
}

static gboolean
set_true_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @widget is mapped, or fails after a minute. */
static void
wait_mapped (GtkWidget *widget)
{
  gboolean late = FALSE;
  guint id = g_timeout_add_seconds (60, set_true_cb, &late);

  while (!gtk_widget_get_mapped (widget) && !late)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (gtk_widget_get_mapped (widget));
  if (!late)
    g_source_remove (id);
}

/* Scrolls the Fuel page's inputs to @widget, as a runner does before clicking it: a popover
 * opened from a button outside the window has no monitor to go on (a GTK critical). */
static void
scroll_to (GtkWidget *widget)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller));
  gboolean late = FALSE;
  guint id = g_timeout_add_seconds (60, set_true_cb, &late);
  double x, y;

  /* Laid out first: the page was only just shown. */
  while ((!gtk_widget_get_mapped (widget) || gtk_widget_get_height (scroller) == 0) && !late)
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (gtk_widget_translate_coordinates (widget, content, 0, 0, &x, &y));
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller)),
                            y);
  /* Until the next layout has put it in the window. */
  while (!late && (!gtk_widget_translate_coordinates (widget, scroller, 0, 0, &x, &y)
                   || y < 0 || y + gtk_widget_get_height (widget) > gtk_widget_get_height (scroller)))
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (late);
  g_source_remove (id);
}

/* Types @search into the picker and waits (its search waits for typing to pause) until it
 * shows @n_expected products, or fails after a minute. */
static GListModel *
search (PfCatalogPicker *picker,
        const char      *text,
        guint            n_expected)
{
  GtkEditable *entry = pf_test_template_child (picker, PF_TYPE_CATALOG_PICKER, "search_entry");
  GListModel *shown = pf_catalog_picker_get_shown (picker);
  gboolean late = FALSE;
  guint id = g_timeout_add_seconds (60, set_true_cb, &late);

  gtk_editable_set_text (entry, text);
  while (g_list_model_get_n_items (shown) != n_expected && !late)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_expected);
  if (!late)
    g_source_remove (id);
  return shown;
}

/* A window as the application opens one, the catalog set before it shows: waits until it is
 * mapped, then opens a course on it and goes to the Fuel page. */
static PfWindow *
window_with_catalog (PfProductsCatalog *catalog)
{
  PfWindow *window = PF_WINDOW (pf_window_new (GTK_APPLICATION (app),
                                               pf_application_get_settings (app)));

  pf_document_set_budget (pf_window_get_document (window), G_MAXINT64);
  pf_window_set_catalog (window, catalog);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  gtk_window_present (GTK_WINDOW (window));
  wait_mapped (GTK_WIDGET (window));
  pf_test_window_load (window, "activity_607442311.gpx");
  adw_view_stack_set_visible_child_name (pf_test_template_child (window, PF_TYPE_WINDOW,
                                                                 "view_stack"), "fuel");
  pf_test_iterate_briefly ();
  return window;
}

/* Opens the Add from My Catalog picker of @window with its button, as a click does. Once per
 * window: under Xvfb without a window manager, GTK 4.8 finds no monitor for a popover opened
 * again and says so with a critical, which the tests' fatal warnings would turn into a
 * failure (the old menu had it at the first opening). */
static PfCatalogPicker *
open_picker (PfWindow *window)
{
  PfProductsEditor *editor = products_editor (window);
  GtkMenuButton *button = pf_test_template_child (editor, PF_TYPE_PRODUCTS_EDITOR,
                                                  "catalog_button");
  PfCatalogPicker *picker = pf_test_template_child (editor, PF_TYPE_PRODUCTS_EDITOR,
                                                    "catalog_picker");

  g_assert_true (gtk_menu_button_get_popover (button) == GTK_POPOVER (picker));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (button)));
  scroll_to (GTK_WIDGET (button));
  gtk_menu_button_popup (button);
  wait_mapped (GTK_WIDGET (picker));
  pf_test_iterate_briefly ();
  return picker;
}

/* Issue 19: 5 000 products in the catalog delayed the window 21 s and 20 000 never let it
 * show, a menu item each. With 20 000: the window shows, the picker lists them all by name
 * with widgets for the rows on screen only, a search by name finds the one product, and
 * picking it — with the pointer or Enter — adds it to the plan. No timing: meson's timeout
 * bounds the test. */
static void
test_big_catalog (void)
{
  PfProductsCatalog *catalog = pf_application_get_product_catalog (app);
  g_autofree char *folder = g_build_filename (data_home, "pacefuel", NULL);
  g_autofree char *path = g_build_filename (folder, "products.json", NULL);
  g_autofree char *wanted = pf_test_catalog_name (12345);
  g_autofree char *other = pf_test_catalog_name (777);
  g_autoptr(GError) error = NULL;
  PfWindow *window;
  PfCatalogPicker *picker;
  GtkWidget *list_view, *entry, *focus;
  GtkStack *stack;
  GListModel *shown;
  PfDocument *document;
  const GArray *products;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  pf_test_write_catalog (path, 20000);
  g_assert_true (pf_products_catalog_load (catalog, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pf_products_catalog_get_products (catalog)->len, ==, 20000);

  window = window_with_catalog (catalog);
  document = pf_window_get_document (window);

  /* Opened: all of them, sorted by name, rows made for what is on screen only, and the
   * search ready for typing. */
  picker = open_picker (window);
  list_view = pf_test_template_child (picker, PF_TYPE_CATALOG_PICKER, "list_view");
  entry = pf_test_template_child (picker, PF_TYPE_CATALOG_PICKER, "search_entry");
  stack = pf_test_template_child (picker, PF_TYPE_CATALOG_PICKER, "stack");
  shown = pf_catalog_picker_get_shown (picker);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 20000);
  for (guint i = 0; i + 1 < 50; i++)
    {
      g_autoptr(PfCatalogProduct) a = g_list_model_get_item (shown, i);
      g_autoptr(PfCatalogProduct) b = g_list_model_get_item (shown, i + 1);

      g_assert_cmpint (g_utf8_collate (pf_catalog_product_get_name (a),
                                       pf_catalog_product_get_name (b)), <=, 0);
    }
  g_assert_cmpuint (pf_test_count_widgets (list_view, GTK_TYPE_LABEL), <, 500);
  focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (picker)));
  g_assert_nonnull (focus);
  g_assert_true (focus == entry || gtk_widget_is_ancestor (focus, entry));

  /* Nothing found says so. */
  search (picker, "no such product", 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");

  /* Its name finds it; its row says what it is and what it brings. */
  shown = search (picker, wanted, 1);
  {
    g_autoptr(PfCatalogProduct) item = g_list_model_get_item (shown, 0);

    g_assert_cmpstr (pf_catalog_product_get_name (item), ==, "Huma Gel Berry 12345");
  }
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "list");
  pf_test_iterate_briefly ();
  {
    g_autoptr(GString) texts = g_string_new (NULL);

    for (GtkWidget *child = gtk_widget_get_first_child (list_view); child != NULL;
         child = gtk_widget_get_next_sibling (child))
      if (gtk_widget_get_visible (child))
        collect_label_texts (child, texts);
    g_assert_nonnull (strstr (texts->str, "Huma Gel Berry 12345"));
    g_assert_nonnull (strstr (texts->str, "Gel, chews or bar · 25\u00a0g\u00a0carbohydrate · "
                                          "50\u00a0mg\u00a0sodium"));
  }

  /* Picked (a click or Enter on its row): in the plan, and the picker closed. */
  gtk_widget_activate_action (list_view, "list.activate-item", "u", 0);
  pf_test_iterate_briefly ();
  products = pf_document_get_inputs (document)->fuel.products;
  g_assert_cmpuint (products->len, ==, 1);
  g_assert_cmpstr (g_array_index (products, PfProduct, 0).name, ==, wanted);
  g_assert_cmpstr (pf_plan_get_fuel (pf_document_get_plan (document))->gel->name, ==, wanted);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (picker)));
  g_assert_cmpuint (n_product_rows (products_editor (window)), ==, 1);
  gtk_window_destroy (GTK_WINDOW (window));
  pf_test_iterate_briefly ();

  /* Another window: Enter in the search takes the first product shown. */
  window = window_with_catalog (catalog);
  document = pf_window_get_document (window);
  picker = open_picker (window);
  g_assert_cmpuint (g_list_model_get_n_items (pf_catalog_picker_get_shown (picker)), ==, 20000);
  search (picker, "00777", 1);
  g_signal_emit_by_name (pf_test_template_child (picker, PF_TYPE_CATALOG_PICKER, "search_entry"),
                         "activate");
  pf_test_iterate_briefly ();
  products = pf_document_get_inputs (document)->fuel.products;
  g_assert_cmpuint (products->len, ==, 1);
  g_assert_cmpstr (g_array_index (products, PfProduct, 0).name, ==, other);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (picker)));

  gtk_window_destroy (GTK_WINDOW (window));
  pf_test_iterate_briefly ();
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* Before anything asks GLib for the user data folder, which it remembers. */
  tmp_dir = pf_test_make_user_dirs ("pacefuel-ui-products-XXXXXX");
  data_home = g_build_filename (tmp_dir, "data", NULL);
  app = pf_test_ui_init (&argc, &argv, "TestProducts");
  if (app == NULL)
    {
      pf_test_remove_tree (tmp_dir);
      return PF_TEST_EXIT_SKIPPED;
    }

  g_test_add_func ("/ui/products/add", test_add_product);
  g_test_add_func ("/ui/products/refused", test_refused);
  g_test_add_func ("/ui/products/catalog", test_catalog);
  g_test_add_func ("/ui/products/volume-units", test_volume_units);
  /* Last: it fills the application's catalog. */
  g_test_add_func ("/ui/products/big-catalog", test_big_catalog);

  status = g_test_run ();
  g_clear_object (&app);
  pf_test_remove_tree (tmp_dir);
  g_free (data_home);
  g_free (tmp_dir);
  return status;
}
