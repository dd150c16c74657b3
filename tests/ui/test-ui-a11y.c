/* test-ui-a11y.c — every control has a name, the chart a description and a text alternative,
 * every shortcut is in the shortcuts window, and Tab goes through a page in reading order
 *
 * Runs with GTK's test accessibility backend (GTK_A11Y=test), which keeps the accessible
 * properties and relations that a screen reader would be given and lets the test read them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-ui-a11y"

#include "config.h"

#include <string.h>

#include "core/pf-duration.h"
#include "gui/pf-application.h"
#include "gui/pf-course-view.h"
#include "gui/pf-fuel-view-private.h"
#include "gui/pf-plan-view-private.h"
#include "gui/pf-window.h"
#include "gui/pf-window-private.h"
#include "report/pf-units.h"
#include "pf-test-ui.h"

static PfApplication *app;

/* The value of a string property as the test backend keeps it; NULL when it is not set. */
static char *
accessible_property_text (GtkWidget             *widget,
                          GtkAccessibleProperty  property)
{
  /* check_property returns the real value whenever it differs from the one given. */
  static const char unlikely[] = "\x01";

  if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), property))
    return NULL;
  return gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget), property, unlikely);
}

/* Widgets the window holds, by address: relations are read back as "Type<address>". */
static GHashTable *known_widgets;

static void
remember_widgets (GtkWidget *widget)
{
  g_hash_table_add (known_widgets, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    remember_widgets (child);
}

/* The widgets @relation of @widget points at, among the known ones. */
static GPtrArray *
relation_targets (GtkWidget             *widget,
                  GtkAccessibleRelation  relation)
{
  GPtrArray *targets = g_ptr_array_new ();
  g_autofree char *text = NULL;
  const char *p;

  if (!gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget), relation))
    return targets;
  /* check_relation returns the real value whenever it differs from the one given (none). */
  text = gtk_test_accessible_check_relation (GTK_ACCESSIBLE (widget), relation, NULL);
  for (p = text ? strchr (text, '<') : NULL; p != NULL; p = strchr (p + 1, '<'))
    {
      gpointer address = GSIZE_TO_POINTER (g_ascii_strtoull (p + 1, NULL, 16));

      if (g_hash_table_contains (known_widgets, address))
        g_ptr_array_add (targets, address);
    }
  return targets;
}

static gboolean
has_label_property (GtkWidget *widget)
{
  g_autofree char *label = accessible_property_text (widget, GTK_ACCESSIBLE_PROPERTY_LABEL);

  return label != NULL && *label != '\0';
}

/* What GTK 4.8 gives a screen reader as the name (gtk_at_context_get_name): the label, then
 * the labels of the widgets it is labelled by. Without either it falls back to the type name,
 * which names nothing. */
static gboolean
has_accessible_name (GtkWidget *widget)
{
  g_autoptr(GPtrArray) targets = NULL;

  if (has_label_property (widget))
    return TRUE;

  targets = relation_targets (widget, GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  for (guint i = 0; i < targets->len; i++)
    if (has_label_property (g_ptr_array_index (targets, i)))
      return TRUE;
  return FALSE;
}

/* The controls a keyboard or screen reader user operates. The parts of composite controls
 * (the text of an entry, the button of a drop-down) are covered by the control itself. */
static gboolean
is_control (GtkWidget *widget)
{
  return GTK_IS_BUTTON (widget)
         || GTK_IS_MENU_BUTTON (widget)
         || GTK_IS_SWITCH (widget)
         || GTK_IS_SPIN_BUTTON (widget)
         || GTK_IS_ENTRY (widget)
         || GTK_IS_TEXT (widget)
         || GTK_IS_DROP_DOWN (widget)
         || GTK_IS_SCALE (widget)
         || GTK_IS_CHECK_BUTTON (widget)
         || (GTK_IS_LIST_BOX_ROW (widget)
             && gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (widget)));
}

static gboolean
is_composite (GtkWidget *widget)
{
  return GTK_IS_MENU_BUTTON (widget)
         || GTK_IS_SPIN_BUTTON (widget)
         || GTK_IS_ENTRY (widget)
         || GTK_IS_DROP_DOWN (widget)
         || GTK_IS_SEARCH_ENTRY (widget)
         || GTK_IS_PASSWORD_ENTRY (widget)
         || ADW_IS_SPLIT_BUTTON (widget);
}

static char *
describe (GtkWidget *widget)
{
  g_autoptr(GString) path = g_string_new (NULL);

  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    {
      const char *id = gtk_buildable_get_buildable_id (GTK_BUILDABLE (w));

      if (ADW_IS_PREFERENCES_ROW (w))
        g_string_prepend (path, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (w)));
      else if (id != NULL)
        g_string_prepend (path, id);
      else if (w == widget || g_str_has_prefix (G_OBJECT_TYPE_NAME (w), "Pf"))
        g_string_prepend (path, G_OBJECT_TYPE_NAME (w));
      else
        continue;
      g_string_prepend (path, " / ");
    }
  return g_string_free (g_steal_pointer (&path), FALSE);
}

static void
collect_unnamed (GtkWidget  *widget,
                 GPtrArray  *unnamed)
{
  /* Hidden widgets are not offered to screen readers (the setup shows the optional rows). */
  if (!gtk_widget_get_visible (widget))
    return;
  if (is_control (widget) && !has_accessible_name (widget))
    {
      g_autofree char *description = describe (widget);

      if (!g_ptr_array_find_with_equal_func (unnamed, description, g_str_equal, NULL))
        g_ptr_array_add (unnamed, g_steal_pointer (&description));
    }
  if (is_composite (widget))
    return;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_unnamed (child, unnamed);
}

/* A window with the sample course, an aid station and the runner's own products, so that the
 * rows made for them are there to look at. */
static PfWindow *
window_with_everything (void)
{
  PfWindow *window = pf_test_window_with_course (app, "activity_607442311.gpx");
  PfDocument *document = pf_window_get_document (window);
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(GError) error = NULL;
  PfProduct gel = { "my-gel", "My gel", 0, 30, 18, 12, 40, 0 };
  PfProduct copy;
  double aid_m = 10000;
  AdwComboRow *distance_row;

  pf_plan_inputs_init (&inputs);
  pf_plan_inputs_copy (&inputs, pf_document_get_inputs (document));
  g_array_append_val (inputs.fuel.extra_aid_m, aid_m);
  pf_product_copy (&copy, &gel);
  g_array_append_val (inputs.fuel.products, copy);
  inputs.strategy = PF_STRATEGY_NEGATIVE;
  inputs.strategy_pct = 2;
  pf_document_set_inputs (document, &inputs, &error);
  g_assert_no_error (error);
  /* The last choice, Custom, shows the custom distance field. */
  distance_row = pf_test_template_child (window, PF_TYPE_COURSE_VIEW, "distance_row");
  adw_combo_row_set_selected (distance_row,
                              g_list_model_get_n_items (adw_combo_row_get_model (distance_row))
                              - 1);
  pf_test_iterate_briefly ();
  return window;
}

static void
test_every_control_named (void)
{
  PfWindow *window = window_with_everything ();
  AdwViewStack *stack = pf_test_template_child (window, PF_TYPE_WINDOW, "view_stack");
  g_autoptr(GPtrArray) unnamed = g_ptr_array_new_with_free_func (g_free);
  const char *pages[] = { "course", "plan", "fuel", "profile" };

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      adw_view_stack_set_visible_child_name (stack, pages[i]);
      pf_test_iterate_briefly ();
      known_widgets = g_hash_table_new (NULL, NULL);
      remember_widgets (GTK_WIDGET (window));
      collect_unnamed (GTK_WIDGET (window), unnamed);
      g_clear_pointer (&known_widgets, g_hash_table_unref);
    }

  for (guint i = 0; i < unnamed->len; i++)
    g_test_message ("no accessible name: %s", (char *) g_ptr_array_index (unnamed, i));
  g_assert_cmpuint (unnamed->len, ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  pf_test_iterate_briefly ();
}

/* A recomputation may run in a worker: wait for its result. */
static void
wait_for_plan (PfDocument *document)
{
  while (pf_document_get_busy (document))
    g_main_context_iteration (NULL, TRUE);
  pf_test_iterate_briefly ();
}

static void
assert_description_has (GtkWidget  *widget,
                        const char *text)
{
  g_autofree char *description = accessible_property_text (widget,
                                                           GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);

  g_assert_nonnull (description);
  if (strstr (description, text) == NULL)
    g_error ("“%s” is not in the description “%s”", text, description);
}

/* The charts are images with a name and a description that says what they show; the plan's
 * points at the splits table, which says it split by split, and follows the plan. */
static void
test_chart_described (void)
{
  PfWindow *window = pf_test_window_with_course (app, "activity_607442311.gpx");
  PfDocument *document = pf_window_get_document (window);
  PfPlanView *plan_view = pf_test_template_child (window, PF_TYPE_WINDOW, "plan_view");
  GtkWidget *course_chart = GTK_WIDGET (pf_test_template_child (window, PF_TYPE_COURSE_VIEW,
                                                                "chart"));
  GtkWidget *plan_chart = GTK_WIDGET (pf_test_template_child (plan_view, PF_TYPE_PLAN_VIEW,
                                                              "chart"));
  PfCourse *course = pf_plan_get_course (pf_document_get_plan (document));
  g_autofree char *distance = pf_format_distance (PF_UNITS_METRIC,
                                                  pf_course_get_distance (course));
  g_autofree char *climb = pf_format_elevation (PF_UNITS_METRIC, pf_course_get_ascent (course));
  g_autofree char *finish = NULL;
  g_autofree char *new_finish = NULL;
  g_autofree char *description = NULL;
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(GError) error = NULL;

  gtk_test_accessible_assert_role (course_chart, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_test_accessible_assert_property (course_chart, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Elevation profile");
  assert_description_has (course_chart, distance);
  assert_description_has (course_chart, climb);

  gtk_test_accessible_assert_role (plan_chart, GTK_ACCESSIBLE_ROLE_IMG);
  g_assert_true (has_label_property (plan_chart));
  assert_description_has (plan_chart, distance);
  assert_description_has (plan_chart, climb);
  finish = pf_duration_format (pf_plan_get_finish_time (pf_document_get_plan (document)));
  assert_description_has (plan_chart, finish);
  assert_description_has (plan_chart, "splits table");
  /* The table is its text alternative. */
  gtk_test_accessible_assert_relation (plan_chart, GTK_ACCESSIBLE_RELATION_DETAILS,
                                       pf_test_template_child (plan_view, PF_TYPE_PLAN_VIEW,
                                                               "splits_view"), NULL);

  /* A new goal, a new finish in the description. */
  pf_plan_inputs_init (&inputs);
  pf_plan_inputs_copy (&inputs, pf_document_get_inputs (document));
  inputs.pace_mode = PF_PACE_MODE_GOAL;
  inputs.goal_time_s = pf_plan_get_finish_time (pf_document_get_plan (document)) + 1234;
  pf_document_set_inputs (document, &inputs, &error);
  g_assert_no_error (error);
  wait_for_plan (document);
  new_finish = pf_duration_format (pf_plan_get_finish_time (pf_document_get_plan (document)));
  g_assert_cmpstr (new_finish, !=, finish);
  assert_description_has (plan_chart, new_finish);
  description = accessible_property_text (plan_chart, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  g_assert_null (strstr (description, finish));

  gtk_window_destroy (GTK_WINDOW (window));
  pf_test_iterate_briefly ();
}

/* "<Control>s" and "<Primary>s" alike, as gtk_accelerator_name () spells them. */
static void
add_accelerators (GHashTable *set,
                  const char *accelerators)
{
  g_auto(GStrv) parts = g_strsplit (accelerators, " ", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      guint key;
      GdkModifierType mods;

      if (*parts[i] == '\0' || !gtk_accelerator_parse (parts[i], &key, &mods))
        continue;
      g_hash_table_add (set, gtk_accelerator_name (key, mods));
    }
}

static void
collect_listed (GtkWidget  *widget,
                GHashTable *listed)
{
  if (GTK_IS_SHORTCUTS_SHORTCUT (widget))
    {
      g_autofree char *accelerator = NULL;
      g_autofree char *action = NULL;

      g_object_get (widget, "accelerator", &accelerator, "action-name", &action, NULL);
      if (accelerator != NULL)
        add_accelerators (listed, accelerator);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_listed (child, listed);
}

/* The key bindings our own widget classes install for their actions (not GTK's own, like the
 * inspector's or a text field's). */
static void
collect_bound (GtkWidget  *widget,
               GHashTable *bound)
{
  if (g_str_has_prefix (G_OBJECT_TYPE_NAME (widget), "Pf"))
    {
      GtkWidgetClass *klass = GTK_WIDGET_GET_CLASS (widget);
      g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
      g_autoptr(GHashTable) own_actions = g_hash_table_new (g_str_hash, g_str_equal);
      const GVariantType *parameter_type;
      const char *name, *property;
      GType owner;

      for (guint i = 0;
           gtk_widget_class_query_action (klass, i, &owner, &name, &parameter_type, &property);
           i++)
        if (owner == G_OBJECT_TYPE (widget))
          g_hash_table_add (own_actions, (gpointer) name);

      for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
        {
          g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

          if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
            continue;
          for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
            {
              g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller),
                                                                       j);
              GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);
              GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

              if (GTK_IS_NAMED_ACTION (action) && GTK_IS_KEYVAL_TRIGGER (trigger)
                  && g_hash_table_contains (own_actions,
                                            gtk_named_action_get_action_name (
                                              GTK_NAMED_ACTION (action))))
                g_hash_table_insert (bound,
                                     gtk_accelerator_name (
                                       gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)),
                                       gtk_keyval_trigger_get_modifiers (
                                         GTK_KEYVAL_TRIGGER (trigger))),
                                     g_strdup (gtk_named_action_get_action_name (
                                       GTK_NAMED_ACTION (action))));
            }
        }
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_bound (child, bound);
}

/* Every accelerator, the application's and the windows', is in the shortcuts window. */
static void
test_shortcuts_listed (void)
{
  PfWindow *window = pf_test_window_with_course (app, "activity_607442311.gpx");
  GtkShortcutsWindow *overlay;
  g_autoptr(GHashTable) listed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) bound = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_auto(GStrv) actions = gtk_application_list_action_descriptions (GTK_APPLICATION (app));
  GHashTableIter iter;
  gpointer accelerator, action;
  guint n_missing = 0;

  overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_assert_nonnull (overlay);
  collect_listed (GTK_WIDGET (overlay), listed);
  g_assert_cmpuint (g_hash_table_size (listed), >, 0);

  for (guint i = 0; actions[i] != NULL; i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                                     actions[i]);

      /* Preferences come with their own window and entry, added with it. */
      if (g_str_has_suffix (actions[i], ".preferences"))
        continue;
      for (guint j = 0; accels[j] != NULL; j++)
        {
          g_autoptr(GHashTable) one = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                             NULL);

          add_accelerators (one, accels[j]);
          g_hash_table_iter_init (&iter, one);
          while (g_hash_table_iter_next (&iter, &accelerator, NULL))
            g_hash_table_insert (bound, g_strdup (accelerator), g_strdup (actions[i]));
        }
    }

  for (guint i = 0; i < 4; i++)
    {
      const char *pages[] = { "course", "plan", "fuel", "profile" };

      adw_view_stack_set_visible_child_name (pf_test_template_child (window, PF_TYPE_WINDOW,
                                                                     "view_stack"), pages[i]);
      pf_test_iterate_briefly ();
      collect_bound (GTK_WIDGET (window), bound);
    }

  g_hash_table_iter_init (&iter, bound);
  while (g_hash_table_iter_next (&iter, &accelerator, &action))
    {
      g_test_message ("%s: %s%s", (char *) action, (char *) accelerator,
                      g_hash_table_contains (listed, accelerator) ? "" : " (not listed)");
      n_missing += !g_hash_table_contains (listed, accelerator);
    }
  g_assert_cmpuint (n_missing, ==, 0);
  /* The window's own bindings were found, not only the application's. */
  g_assert_true (g_hash_table_contains (bound, "<Control>o"));
  g_assert_true (g_hash_table_contains (bound, "<Alt>2"));

  gtk_window_destroy (GTK_WINDOW (window));
  pf_test_iterate_briefly ();
}

/* The first time Tab reaches each of @targets, counted from the start of the window; no stop
 * on the figures of a summary. */
static void
tab_through (PfWindow   *window,
             GtkWidget **targets,
             int        *reached,
             guint       n_targets)
{
  GtkWidget *root = GTK_WIDGET (window);

  for (guint i = 0; i < n_targets; i++)
    reached[i] = -1;

  gtk_window_set_focus (GTK_WINDOW (window), NULL);
  for (int step = 0; step < 600; step++)
    {
      GtkWidget *focus;

      if (!gtk_widget_child_focus (root, GTK_DIR_TAB_FORWARD) && step > 0)
        break;
      focus = gtk_root_get_focus (GTK_ROOT (window));
      /* The summary's figures are read, not operated: no Tab stop among them. */
      g_assert_false (focus != NULL && (GTK_IS_FLOW_BOX_CHILD (focus)
                                        || gtk_widget_get_ancestor (focus, PF_TYPE_STAT_TILE)));
      for (guint i = 0; focus != NULL && i < n_targets; i++)
        if (reached[i] < 0 && (focus == targets[i] || gtk_widget_is_ancestor (focus, targets[i])))
          reached[i] = step;
    }
}

/* Tab goes from the header to the inputs, then down the results in reading order. */
static void
test_focus_order (void)
{
  PfWindow *window = pf_test_window_with_course (app, "activity_607442311.gpx");
  PfPlanView *plan_view = pf_test_template_child (window, PF_TYPE_WINDOW, "plan_view");
  PfFuelView *fuel_view = pf_test_template_child (window, PF_TYPE_WINDOW, "fuel_view");
  GtkWidget *header = gtk_widget_get_ancestor (GTK_WIDGET (
    pf_test_template_child (window, PF_TYPE_WINDOW, "switcher_title")),
                                               ADW_TYPE_HEADER_BAR);
  GtkWidget *plan_targets[] = {
    header,
    GTK_WIDGET (_pf_plan_view_get_editor (plan_view)),
    GTK_WIDGET (pf_test_template_child (plan_view, PF_TYPE_PLAN_VIEW, "chart")),
    GTK_WIDGET (pf_test_template_child (plan_view, PF_TYPE_PLAN_VIEW, "splits_view")),
  };
  GtkWidget *fuel_targets[] = {
    header,
    pf_test_template_child (fuel_view, PF_TYPE_FUEL_VIEW, "editor"),
    pf_test_template_child (fuel_view, PF_TYPE_FUEL_VIEW, "checklist"),
  };
  int plan_reached[G_N_ELEMENTS (plan_targets)];
  int fuel_reached[G_N_ELEMENTS (fuel_targets)];

  adw_view_stack_set_visible_child_name (pf_test_template_child (window, PF_TYPE_WINDOW,
                                                                 "view_stack"), "plan");
  pf_test_iterate_briefly ();
  g_assert_false (pf_sidebar_page_get_folded (PF_SIDEBAR_PAGE (plan_view)));
  tab_through (window, plan_targets, plan_reached, G_N_ELEMENTS (plan_targets));
  g_test_message ("plan: header %d, inputs %d, chart %d, splits %d", plan_reached[0],
                  plan_reached[1], plan_reached[2], plan_reached[3]);
  for (guint i = 0; i < G_N_ELEMENTS (plan_targets); i++)
    g_assert_cmpint (plan_reached[i], >=, 0);
  for (guint i = 1; i < G_N_ELEMENTS (plan_targets); i++)
    g_assert_cmpint (plan_reached[i - 1], <, plan_reached[i]);

  adw_view_stack_set_visible_child_name (pf_test_template_child (window, PF_TYPE_WINDOW,
                                                                 "view_stack"), "fuel");
  pf_test_iterate_briefly ();
  tab_through (window, fuel_targets, fuel_reached, G_N_ELEMENTS (fuel_targets));
  g_test_message ("fuel: header %d, inputs %d, checklist %d", fuel_reached[0], fuel_reached[1],
                  fuel_reached[2]);
  for (guint i = 0; i < G_N_ELEMENTS (fuel_targets); i++)
    g_assert_cmpint (fuel_reached[i], >=, 0);
  for (guint i = 1; i < G_N_ELEMENTS (fuel_targets); i++)
    g_assert_cmpint (fuel_reached[i - 1], <, fuel_reached[i]);

  gtk_window_destroy (GTK_WINDOW (window));
  pf_test_iterate_briefly ();
}

static GBytes *
render_widget (GtkWidget *widget)
{
  g_autoptr(GdkTexture) texture = NULL;
  gsize stride;
  guchar *pixels;

  g_assert_cmpint (gtk_widget_get_width (widget), >, 0);
  texture = pf_test_render_widget (widget);
  g_assert_nonnull (texture);
  stride = (gsize) gdk_texture_get_width (texture) * 4;
  pixels = g_malloc (stride * gdk_texture_get_height (texture));
  gdk_texture_download (texture, pixels, stride);
  return g_bytes_new_take (pixels, stride * gdk_texture_get_height (texture));
}

/* The chart follows the style manager into high contrast, with its own palette. */
static void
test_chart_high_contrast (void)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  g_autoptr(GSettingsSchema) schema =
    g_settings_schema_source_lookup (g_settings_schema_source_get_default (),
                                     "org.gnome.desktop.a11y.interface", TRUE);
  g_autoptr(GSettings) a11y = NULL;
  g_autoptr(GBytes) normal = NULL;
  g_autoptr(GBytes) high = NULL;
  PfWindow *window;
  GtkWidget *chart;

  /* Without a portal, libadwaita reads GNOME's own setting, here in the memory backend. */
  if (schema == NULL)
    {
      g_test_skip ("no org.gnome.desktop.a11y.interface schema to switch high contrast with");
      return;
    }

  window = pf_test_window_with_course (app, "activity_607442311.gpx");
  adw_view_stack_set_visible_child_name (pf_test_template_child (window, PF_TYPE_WINDOW,
                                                                 "view_stack"), "plan");
  pf_test_iterate_briefly ();
  chart = GTK_WIDGET (pf_test_template_child (pf_test_template_child (window, PF_TYPE_WINDOW, "plan_view"),
                                              PF_TYPE_PLAN_VIEW, "chart"));
  while (gtk_widget_get_width (chart) == 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (adw_style_manager_get_high_contrast (style_manager));
  normal = render_widget (chart);

  a11y = g_settings_new ("org.gnome.desktop.a11y.interface");
  g_settings_set_boolean (a11y, "high-contrast", TRUE);
  pf_test_iterate_briefly ();
  g_assert_true (adw_style_manager_get_high_contrast (style_manager));
  high = render_widget (chart);
  g_assert_false (g_bytes_equal (normal, high));

  g_settings_reset (a11y, "high-contrast");
  pf_test_iterate_briefly ();
  gtk_window_destroy (GTK_WINDOW (window));
  pf_test_iterate_briefly ();
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* Before GTK starts: the backend that keeps accessible attributes for the test to read. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  app = pf_test_ui_init (&argc, &argv, "Test");
  if (app == NULL)
    return PF_TEST_EXIT_SKIPPED;

  g_test_add_func ("/ui/a11y/every-control-named", test_every_control_named);
  g_test_add_func ("/ui/a11y/chart-described", test_chart_described);
  g_test_add_func ("/ui/a11y/shortcuts-listed", test_shortcuts_listed);
  g_test_add_func ("/ui/a11y/focus-order", test_focus_order);
  g_test_add_func ("/ui/a11y/chart-high-contrast", test_chart_high_contrast);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
