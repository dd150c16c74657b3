/* pf-warnings-list.c — where the plan asks too much, most serious first, and how to fix it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-warnings-list"

#include "config.h"

#include "pf-warnings-list.h"

#include <adwaita.h>
#include <glib/gi18n.h>

/* One row per warning, in the plan's order (danger first). Selecting a row opens its reason
 * and what to do, and tells whoever listens (:selected) so the chart and the splits can show
 * the stretch; a recomputed plan keeps the selection when the same warning is still there. */
struct _PfWarningsList
{
  GtkWidget   parent_instance;

  GtkLabel   *heading_label;
  GtkWidget  *empty_box;
  GtkLabel   *empty_label;
  GtkWidget  *training_button;
  GtkListBox *list_box;

  PfPlan     *plan;
  PfUnitSystem units;
  int         selected;
  gboolean    rebuilding;
  gboolean    just_selected;
};

G_DEFINE_FINAL_TYPE (PfWarningsList, pf_warnings_list, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PLAN,
  PROP_SELECTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Warnings and dangers: what the header counts; notes (info) are not counted. */
guint
pf_warnings_count_serious (const PfPlan *plan)
{
  guint n = 0;

  for (guint i = 0; plan != NULL && i < pf_plan_get_n_warnings (plan); i++)
    if (pf_plan_get_warning (plan, i)->severity >= PF_SEVERITY_WARNING)
      n++;
  return n;
}

static const char *
severity_icon (PfSeverity severity)
{
  switch (severity)
    {
    case PF_SEVERITY_DANGER:
      return "dialog-error-symbolic";
    case PF_SEVERITY_WARNING:
      return "dialog-warning-symbolic";
    case PF_SEVERITY_INFO:
    default:
      return "dialog-information-symbolic";
    }
}

static const char *
severity_class (PfSeverity severity)
{
  switch (severity)
    {
    case PF_SEVERITY_DANGER:
      return "error";
    case PF_SEVERITY_WARNING:
      return "warning";
    case PF_SEVERITY_INFO:
    default:
      return "accent";
    }
}

static const char *
severity_name (PfSeverity severity)
{
  switch (severity)
    {
    case PF_SEVERITY_DANGER:
      return _("Danger");
    case PF_SEVERITY_WARNING:
      return _("Warning");
    case PF_SEVERITY_INFO:
    default:
      return _("Note");
    }
}

static GtkWidget *
wrapped_label (const char *text,
               const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
warning_row_new (const PfWarning *warning,
                 PfUnitSystem     units)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *icon = gtk_image_new_from_icon_name (severity_icon (warning->severity));
  GtkWidget *details = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *revealer = gtk_revealer_new ();
  /* The core's texts hold quantities, formatted here in the window's units. */
  g_autofree char *what = pf_units_expand (units, warning->message);
  g_autofree char *reason = pf_units_expand (units, warning->reason);
  g_autofree char *action = pf_units_expand (units, warning->action);
  GtkWidget *message = wrapped_label (what, NULL);
  g_autofree char *why = g_strdup_printf (_("Why: %s"), reason ? reason : "");
  g_autofree char *todo = g_strdup_printf (_("What to do: %s"), action ? action : "");

  gtk_widget_add_css_class (icon, severity_class (warning->severity));
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  severity_name (warning->severity), -1);
  gtk_box_append (GTK_BOX (header), icon);
  gtk_box_append (GTK_BOX (header), message);

  /* The details line up with the message, past the icon. */
  gtk_widget_set_margin_start (details, 16 + 12);
  gtk_box_append (GTK_BOX (details), wrapped_label (why, "dim-label"));
  gtk_box_append (GTK_BOX (details), wrapped_label (todo, NULL));
  gtk_revealer_set_child (GTK_REVEALER (revealer), details);
  gtk_revealer_set_transition_type (GTK_REVEALER (revealer),
                                    GTK_REVEALER_TRANSITION_TYPE_SLIDE_DOWN);

  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), revealer);
  gtk_widget_add_css_class (box, "pf-warning");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  /* A screen reader names the row by its severity and message, not as an unnamed list item. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, icon, message, NULL,
                                  -1);
  gtk_widget_set_name (row, warning->id);
  g_object_set_data (G_OBJECT (row), "pf-revealer", revealer);
  gtk_widget_set_tooltip_text (row, _("Show the stretch on the chart, why, and what to do"));
  return row;
}

static void
reveal_selected (PfWarningsList *self)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list_box));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      GtkRevealer *revealer = g_object_get_data (G_OBJECT (row), "pf-revealer");

      if (revealer != NULL)
        gtk_revealer_set_reveal_child (revealer,
                                       gtk_list_box_row_is_selected (GTK_LIST_BOX_ROW (row)));
    }
}

static void
set_selected_internal (PfWarningsList *self,
                       int             index)
{
  reveal_selected (self);
  if (self->selected == index)
    return;

  self->selected = index;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

static void
on_list_box_row_selected_cb (PfWarningsList *self,
                             GtkListBoxRow  *row)
{
  if (self->rebuilding)
    return;
  self->just_selected = row != NULL;
  set_selected_internal (self, row ? gtk_list_box_row_get_index (row) : -1);
}

/* A click selects a row, then activates it: activating the row that was already selected
 * closes it again. */
static void
on_list_box_row_activated_cb (PfWarningsList *self,
                              GtkListBoxRow  *row)
{
  if (!self->just_selected && gtk_list_box_row_is_selected (row))
    gtk_list_box_unselect_all (self->list_box);
  self->just_selected = FALSE;
}

static void
update_view (PfWarningsList *self)
{
  const PfWarning *previous = pf_warnings_list_get_selected_warning (self);
  g_autofree char *selected_id = previous ? g_strdup (previous->id) : NULL;
  guint n = self->plan ? pf_plan_get_n_warnings (self->plan) : 0;
  guint serious = pf_warnings_count_serious (self->plan);
  int selected = -1;
  GtkWidget *child;

  self->rebuilding = TRUE;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);
  for (guint i = 0; i < n; i++)
    {
      const PfWarning *w = pf_plan_get_warning (self->plan, i);
      GtkWidget *row = warning_row_new (w, self->units);

      gtk_list_box_append (self->list_box, row);
      if (selected < 0 && g_strcmp0 (w->id, selected_id) == 0)
        {
          selected = i;
          gtk_list_box_select_row (self->list_box, GTK_LIST_BOX_ROW (row));
        }
    }
  self->rebuilding = FALSE;

  if (serious > 0)
    {
      g_autofree char *heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                               "%u Warning", "%u Warnings",
                                                               serious), serious);

      gtk_label_set_text (self->heading_label, heading);
    }
  else
    {
      gtk_label_set_text (self->heading_label, _("Warnings"));
    }
  /* Without training the plan cannot know whether it asks more than the training gave: it
   * says so and leads to where the training is entered, rather than give an all-clear. */
  if (self->plan != NULL && !pf_plan_has_training_data (self->plan))
    gtk_label_set_text (self->empty_label,
                        _("Nothing in the course, the weather or the fuel asks too much. Your "
                          "training is not entered, so the goal could not be checked against it."));
  else
    gtk_label_set_text (self->empty_label,
                        _("This plan asks no more than your training, the weather and your gut "
                          "can give. Run your race!"));
  gtk_widget_set_visible (self->training_button,
                          self->plan != NULL && !pf_plan_has_training_data (self->plan));
  /* Not a GtkStack: a non-homogeneous one asks for a wide minimum around wrapped rows. */
  gtk_widget_set_visible (self->empty_box, n == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->list_box), n > 0);
  /* The plan changed under the selection: listeners read the new stretch. */
  self->selected = -2;
  set_selected_internal (self, selected);
}

static void
pf_warnings_list_dispose (GObject *object)
{
  PfWarningsList *self = (PfWarningsList *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PF_TYPE_WARNINGS_LIST);
  g_clear_pointer (&self->plan, pf_plan_unref);

  G_OBJECT_CLASS (pf_warnings_list_parent_class)->dispose (object);
}

static void
pf_warnings_list_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PfWarningsList *self = PF_WARNINGS_LIST (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_boxed (value, self->plan);
      break;

    case PROP_SELECTED:
      g_value_set_int (value, self->selected);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pf_warnings_list_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PfWarningsList *self = PF_WARNINGS_LIST (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      pf_warnings_list_set_plan (self, g_value_get_boxed (value));
      break;

    case PROP_SELECTED:
      pf_warnings_list_set_selected (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pf_warnings_list_class_init (PfWarningsListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pf_warnings_list_dispose;
  object_class->get_property = pf_warnings_list_get_property;
  object_class->set_property = pf_warnings_list_set_property;

  properties[PROP_PLAN] =
    g_param_spec_boxed ("plan", NULL, NULL,
                        PF_TYPE_PLAN,
                        (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  /* The index of the selected warning in the plan, or -1. */
  properties[PROP_SELECTED] =
    g_param_spec_int ("selected", NULL, NULL,
                      -1, G_MAXINT, -1,
                      (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/pf-warnings-list.ui");
  gtk_widget_class_bind_template_child (widget_class, PfWarningsList, heading_label);
  gtk_widget_class_bind_template_child (widget_class, PfWarningsList, empty_box);
  gtk_widget_class_bind_template_child (widget_class, PfWarningsList, empty_label);
  gtk_widget_class_bind_template_child (widget_class, PfWarningsList, training_button);
  gtk_widget_class_bind_template_child (widget_class, PfWarningsList, list_box);
  gtk_widget_class_bind_template_callback (widget_class, on_list_box_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_box_row_activated_cb);

  gtk_widget_class_set_css_name (widget_class, "pf-warnings-list");
}

static void
pf_warnings_list_init (PfWarningsList *self)
{
  self->selected = -1;

  gtk_widget_init_template (GTK_WIDGET (self));
  update_view (self);
}

GtkWidget *
pf_warnings_list_new (void)
{
  return g_object_new (PF_TYPE_WARNINGS_LIST, NULL);
}

PfPlan *
pf_warnings_list_get_plan (PfWarningsList *self)
{
  g_return_val_if_fail (PF_IS_WARNINGS_LIST (self), NULL);

  return self->plan;
}

/* The units the warnings' quantities are read in; the rows follow at once. */
void
pf_warnings_list_set_units (PfWarningsList *self,
                            PfUnitSystem    units)
{
  g_return_if_fail (PF_IS_WARNINGS_LIST (self));

  if (self->units == units)
    return;

  self->units = units;
  if (self->plan != NULL)
    update_view (self);
}

void
pf_warnings_list_set_plan (PfWarningsList *self,
                           PfPlan         *plan)
{
  g_return_if_fail (PF_IS_WARNINGS_LIST (self));

  if (self->plan == plan)
    return;

  /* The selection is looked up by id in the old plan before it goes. */
  if (self->plan != NULL && plan != NULL)
    {
      const PfWarning *w = pf_warnings_list_get_selected_warning (self);
      g_autofree char *id = w ? g_strdup (w->id) : NULL;

      self->selected = -1;
      for (guint i = 0; id != NULL && i < pf_plan_get_n_warnings (plan); i++)
        if (g_strcmp0 (pf_plan_get_warning (plan, i)->id, id) == 0)
          {
            self->selected = i;
            break;
          }
    }
  g_clear_pointer (&self->plan, pf_plan_unref);
  self->plan = plan ? pf_plan_ref (plan) : NULL;
  update_view (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

int
pf_warnings_list_get_selected (PfWarningsList *self)
{
  g_return_val_if_fail (PF_IS_WARNINGS_LIST (self), -1);

  return self->selected;
}

void
pf_warnings_list_set_selected (PfWarningsList *self,
                               int             index)
{
  GtkListBoxRow *row;

  g_return_if_fail (PF_IS_WARNINGS_LIST (self));

  row = index >= 0 ? gtk_list_box_get_row_at_index (self->list_box, index) : NULL;
  if (row != NULL)
    gtk_list_box_select_row (self->list_box, row);
  else
    gtk_list_box_unselect_all (self->list_box);
}

/* Returns: (nullable): the selected warning of the current plan. */
const PfWarning *
pf_warnings_list_get_selected_warning (PfWarningsList *self)
{
  g_return_val_if_fail (PF_IS_WARNINGS_LIST (self), NULL);

  if (self->plan == NULL || self->selected < 0
      || (guint) self->selected >= pf_plan_get_n_warnings (self->plan))
    return NULL;
  return pf_plan_get_warning (self->plan, self->selected);
}
