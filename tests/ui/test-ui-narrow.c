/* test-ui-narrow.c — a 360 px window (a phone, a tiled half screen) reaches every page, folds
 * the inputs away, and nothing in the pages asks for more width, scrolls sideways or cuts text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-ui-narrow"

#include "config.h"

#include <glib/gi18n.h>

#include "gui/pf-application.h"
#include "gui/pf-fuel-view.h"
#include "gui/pf-plan-view.h"
#include "gui/pf-window.h"
#include "gui/pf-window-private.h"
#include "pf-test-ui.h"

#define NARROW_WIDTH  360
#define NARROW_HEIGHT 720

static PfApplication *app;

typedef struct
{
  guint    n_quiet_frames;
  gboolean waited;
} Wait;

static gboolean
on_tick_cb (GtkWidget     *widget,
            GdkFrameClock *frame_clock,
            gpointer       user_data)
{
  Wait *wait = user_data;

  wait->n_quiet_frames++;
  return G_SOURCE_CONTINUE;
}

static void
on_layout_cb (GdkFrameClock *frame_clock,
              Wait          *wait)
{
  wait->n_quiet_frames = 0;
}

static gboolean
on_timeout_cb (gpointer user_data)
{
  Wait *wait = user_data;

  wait->waited = TRUE;
  return G_SOURCE_REMOVE;
}

/* Layout settles over a few frames (flaps fold, the splits table drops columns), and a page
 * shown for the first time takes a while to lay out: wait until frames go by without any. */
static void
wait_for_layout (GtkWidget *window)
{
  GdkFrameClock *frame_clock = gtk_widget_get_frame_clock (window);
  Wait wait = { 0 };
  guint tick = gtk_widget_add_tick_callback (window, on_tick_cb, &wait, NULL);
  gulong layout = g_signal_connect (frame_clock, "layout", G_CALLBACK (on_layout_cb), &wait);

  g_timeout_add (200, on_timeout_cb, &wait);
  while (!wait.waited || wait.n_quiet_frames < 5)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (frame_clock, layout);
  gtk_widget_remove_tick_callback (window, tick);
  pf_test_iterate_briefly ();
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
collect_descendants (GtkWidget *widget,
                     GType      type,
                     GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_descendants (child, type, found);
}

static char *
describe (GtkWidget *widget)
{
  g_autoptr(GString) path = g_string_new (NULL);

  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    {
      const char *id = gtk_buildable_get_buildable_id (GTK_BUILDABLE (w));

      if (id == NULL && w != widget && !g_str_has_prefix (G_OBJECT_TYPE_NAME (w), "Pf"))
        continue;
      g_string_prepend (path, id != NULL ? id : G_OBJECT_TYPE_NAME (w));
      g_string_prepend (path, "/");
    }
  return g_string_free (g_steal_pointer (&path), FALSE);
}

/* Whether @label shows fewer characters than it has. A one-line label is cut when it got
 * less width than it asks for: the allocation is what is drawn, while the label's layout may
 * still hold an earlier, narrower allocation's ellipsis until it is laid out again (seen
 * once under ASan's slower frames). A wrapping label asks for its whole text on one line,
 * so for it the ellipsis in the layout is what tells. */
static gboolean
is_cut_short (GtkLabel *label)
{
  int natural;

  if (gtk_label_get_wrap (label))
    return pango_layout_is_ellipsized (gtk_label_get_layout (label));

  gtk_widget_measure (GTK_WIDGET (label), GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural,
                      NULL, NULL);
  return gtk_widget_get_width (GTK_WIDGET (label)) < natural;
}

/* What the page shows fits its width: it asks for no more, nothing in it scrolls sideways,
 * and no label it shows is cut short with an ellipsis. */
static void
assert_page_fits (GtkWidget *page)
{
  g_autoptr(GPtrArray) scrollers = g_ptr_array_new ();
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  int minimum;

  g_assert_true (gtk_widget_get_mapped (page));
  gtk_widget_measure (page, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, NARROW_WIDTH);
  g_assert_cmpint (gtk_widget_get_width (page), <=, NARROW_WIDTH);

  collect_descendants (page, GTK_TYPE_SCROLLED_WINDOW, scrollers);
  for (guint i = 0; i < scrollers->len; i++)
    {
      GtkScrolledWindow *scroller = g_ptr_array_index (scrollers, i);
      GtkAdjustment *adjustment = gtk_scrolled_window_get_hadjustment (scroller);
      g_autofree char *where = describe (GTK_WIDGET (scroller));

      if (!gtk_widget_get_mapped (GTK_WIDGET (scroller)))
        continue;
      g_test_message ("%s: %.0f of %.0f", where, gtk_adjustment_get_page_size (adjustment),
                      gtk_adjustment_get_upper (adjustment));
      g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), <=,
                         gtk_adjustment_get_page_size (adjustment) + 0.5);
    }

  collect_descendants (page, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (labels, i);
      g_autofree char *where = NULL;

      if (!gtk_widget_get_mapped (GTK_WIDGET (label))
          || gtk_label_get_ellipsize (label) == PANGO_ELLIPSIZE_NONE
          || !is_cut_short (label))
        continue;
      where = describe (GTK_WIDGET (label));
      g_test_message ("cut short: %s “%s”", where, gtk_label_get_text (label));
      g_test_fail ();
    }
}

static void
test_narrow_window (void)
{
  PfWindow *window = pf_window_new (GTK_APPLICATION (app), pf_application_get_settings (app));
  AdwViewStack *stack;
  AdwViewSwitcherBar *bar;
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  const char *pages[] = { "course", "plan", "fuel", "profile" };

  gtk_window_set_default_size (GTK_WINDOW (window), NARROW_WIDTH, NARROW_HEIGHT);
  gtk_window_present (GTK_WINDOW (window));
  pf_test_window_load (window, "activity_607442311.gpx");
  wait_for_layout (GTK_WIDGET (window));

  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, NARROW_WIDTH);

  /* The header is too narrow for the view switcher: the bar at the bottom takes over. */
  stack = pf_test_template_child (window, PF_TYPE_WINDOW, "view_stack");
  g_assert_true (adw_view_switcher_title_get_title_visible (
                   pf_test_template_child (window, PF_TYPE_WINDOW, "switcher_title")));
  bar = ADW_VIEW_SWITCHER_BAR (find_descendant (GTK_WIDGET (window),
                                                ADW_TYPE_VIEW_SWITCHER_BAR));
  g_assert_nonnull (bar);
  g_assert_true (adw_view_switcher_bar_get_reveal (bar));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (bar)));

  /* Its buttons, in order, bring up each page. */
  collect_descendants (GTK_WIDGET (bar), GTK_TYPE_TOGGLE_BUTTON, buttons);
  g_assert_cmpuint (buttons->len, ==, G_N_ELEMENTS (pages));
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);
      GtkWidget *page;

      g_assert_true (gtk_widget_get_mapped (button));
      gtk_widget_activate (button);
      wait_for_layout (GTK_WIDGET (window));
      g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, pages[i]);

      page = adw_view_stack_get_visible_child (stack);
      assert_page_fits (page);
    }

  /* The inputs fold away, and the header button brings them over the results and back (the
   * plan and fuel pages: the others have no inputs). */
  for (guint i = 1; i <= 2; i++)
    {
      GtkWidget *page;

      adw_view_stack_set_visible_child_name (stack, pages[i]);
      wait_for_layout (GTK_WIDGET (window));
      page = adw_view_stack_get_visible_child (stack);
      g_assert_true (PF_IS_SIDEBAR_PAGE (page));
      g_assert_true (pf_sidebar_page_get_folded (PF_SIDEBAR_PAGE (page)));
      g_assert_false (pf_sidebar_page_get_inputs_revealed (PF_SIDEBAR_PAGE (page)));

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-inputs", NULL));
      wait_for_layout (GTK_WIDGET (window));
      g_assert_true (pf_sidebar_page_get_inputs_revealed (PF_SIDEBAR_PAGE (page)));
      assert_page_fits (page);

      gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-inputs", NULL);
      wait_for_layout (GTK_WIDGET (window));
      g_assert_false (pf_sidebar_page_get_inputs_revealed (PF_SIDEBAR_PAGE (page)));
    }

  gtk_window_destroy (GTK_WINDOW (window));
  pf_test_iterate_briefly ();
}

/* Widening the window gives the splits table its columns back. */
static void
test_splits_columns_return (void)
{
  PfWindow *window = pf_window_new (GTK_APPLICATION (app), pf_application_get_settings (app));
  GtkColumnView *columns;
  GListModel *model;
  guint n_narrow = 0, n_wide = 0;

  gtk_window_set_default_size (GTK_WINDOW (window), NARROW_WIDTH, NARROW_HEIGHT);
  gtk_window_present (GTK_WINDOW (window));
  pf_test_window_load (window, "activity_607442311.gpx");
  adw_view_stack_set_visible_child_name (pf_test_template_child (window, PF_TYPE_WINDOW,
                                                                 "view_stack"), "plan");
  wait_for_layout (GTK_WIDGET (window));

  columns = GTK_COLUMN_VIEW (find_descendant (GTK_WIDGET (
    pf_test_template_child (window, PF_TYPE_WINDOW, "plan_view")),
                                              GTK_TYPE_COLUMN_VIEW));
  model = gtk_column_view_get_columns (columns);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (model, i);

      n_narrow += gtk_column_view_column_get_visible (column);
    }

  gtk_window_set_default_size (GTK_WINDOW (window), 1400, NARROW_HEIGHT);
  wait_for_layout (GTK_WIDGET (window));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (model, i);

      n_wide += gtk_column_view_column_get_visible (column);
    }

  g_test_message ("%u columns narrow, %u wide", n_narrow, n_wide);
  g_assert_cmpuint (n_narrow, >=, 3);
  g_assert_cmpuint (n_wide, >, n_narrow);

  gtk_window_destroy (GTK_WINDOW (window));
  pf_test_iterate_briefly ();
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *why_not = NULL;
  int status;

  if (!pf_test_use_language (&argc, &argv, &why_not))
    {
      g_print ("SKIP: %s\n", why_not);
      return PF_TEST_EXIT_SKIPPED;
    }
  app = pf_test_ui_init (&argc, &argv, "Test");
  if (app == NULL)
    return PF_TEST_EXIT_SKIPPED;

  g_test_add_func ("/ui/narrow/window", test_narrow_window);
  g_test_add_func ("/ui/narrow/splits-columns-return", test_splits_columns_return);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
