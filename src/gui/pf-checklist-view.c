/* pf-checklist-view.c — the pre-race checklist and what to do when a cramp comes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-checklist-view"

#include "config.h"

#include "pf-checklist-view.h"

#include <adwaita.h>
#include <glib/gi18n.h>

/* The answers live in the document's inputs (they are saved with the plan); pressing the
 * pressed answer again takes it back. */
struct _PfChecklistView
{
  PfDocumentWidget     parent_instance;

  AdwPreferencesGroup *checks_group;
  GtkLabel            *cramp_label;

  AdwPreferencesRow   *check_rows[PF_N_CHECKS];
  GtkToggleButton     *yes_buttons[PF_N_CHECKS];
  GtkToggleButton     *no_buttons[PF_N_CHECKS];
  gboolean             syncing;
};

G_DEFINE_FINAL_TYPE (PfChecklistView, pf_checklist_view, PF_TYPE_DOCUMENT_WIDGET)

/* The questions and the cramp response may hold quantities: in the window's units. */
static void
update_texts (PfChecklistView *self)
{
  PfUnitSystem units = pf_document_widget_get_units (PF_DOCUMENT_WIDGET (self));
  g_autofree char *cramp = pf_units_expand (units, pf_cramp_response ());

  for (guint i = 0; i < PF_N_CHECKS; i++)
    {
      g_autofree char *question = pf_units_expand (units, pf_check_question (i));

      adw_preferences_row_set_title (self->check_rows[i], question);
    }
  gtk_label_set_text (self->cramp_label, cramp);
}

/* A new plan may come from a file just opened, with its own answers. */
static void
pf_checklist_view_plan_changed (PfDocumentWidget *widget,
                                PfPlan           *plan)
{
  PfChecklistView *self = PF_CHECKLIST_VIEW (widget);
  PfDocument *document = pf_document_widget_get_document (widget);
  const PfPlanInputs *inputs;

  update_texts (self);

  if (document == NULL)
    return;

  inputs = pf_document_get_inputs (document);
  self->syncing = TRUE;
  for (guint i = 0; i < PF_N_CHECKS; i++)
    {
      gtk_toggle_button_set_active (self->yes_buttons[i], inputs->checklist[i] == PF_ANSWER_YES);
      gtk_toggle_button_set_active (self->no_buttons[i], inputs->checklist[i] == PF_ANSWER_NO);
    }
  self->syncing = FALSE;
}

static void
on_answer_toggled_cb (GtkToggleButton *button,
                      PfChecklistView *self)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  guint check = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "pf-check"));
  PfDocument *document = pf_document_widget_get_document (PF_DOCUMENT_WIDGET (self));
  PfAnswer answer;
  g_autoptr(GError) error = NULL;

  if (self->syncing || document == NULL)
    return;

  if (gtk_toggle_button_get_active (self->yes_buttons[check]))
    answer = PF_ANSWER_YES;
  else if (gtk_toggle_button_get_active (self->no_buttons[check]))
    answer = PF_ANSWER_NO;
  else
    answer = PF_ANSWER_NONE;

  pf_document_copy_inputs (document, &inputs);
  if (inputs.checklist[check] == answer)
    return;
  inputs.checklist[check] = answer;
  if (!pf_document_set_inputs (document, &inputs, &error))
    g_message ("The checklist answer was not kept: %s", error->message);
}

/* Yes and No exclude each other, but either may be taken back: not a radio group. */
static void
on_exclusive_toggled_cb (GtkToggleButton *button,
                         PfChecklistView *self)
{
  guint check = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "pf-check"));
  GtkToggleButton *other = button == self->yes_buttons[check] ? self->no_buttons[check]
                                                              : self->yes_buttons[check];

  if (gtk_toggle_button_get_active (button) && gtk_toggle_button_get_active (other))
    {
      gboolean was_syncing = self->syncing;

      self->syncing = TRUE;
      gtk_toggle_button_set_active (other, FALSE);
      self->syncing = was_syncing;
    }
}

static GtkWidget *
check_row_new (PfChecklistView *self,
               PfCheck          check)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *yes = gtk_toggle_button_new_with_mnemonic (_("_Yes"));
  GtkWidget *no = gtk_toggle_button_new_with_mnemonic (_("_No"));

  self->check_rows[check] = ADW_PREFERENCES_ROW (row);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_widget_add_css_class (box, "linked");
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  for (guint i = 0; i < 2; i++)
    {
      GtkWidget *button = i == 0 ? yes : no;

      g_object_set_data (G_OBJECT (button), "pf-check", GUINT_TO_POINTER (check));
      /* The other button goes off before the answer is read. */
      g_signal_connect_object (button, "toggled", G_CALLBACK (on_exclusive_toggled_cb), self, 0);
      g_signal_connect_object (button, "toggled", G_CALLBACK (on_answer_toggled_cb), self, 0);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, row, NULL, -1);
      gtk_box_append (GTK_BOX (box), button);
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);
  gtk_widget_set_name (row, pf_check_id (check));
  self->yes_buttons[check] = GTK_TOGGLE_BUTTON (yes);
  self->no_buttons[check] = GTK_TOGGLE_BUTTON (no);
  return row;
}

static void
pf_checklist_view_dispose (GObject *object)
{
  PfChecklistView *self = (PfChecklistView *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PF_TYPE_CHECKLIST_VIEW);

  G_OBJECT_CLASS (pf_checklist_view_parent_class)->dispose (object);
}

static void
pf_checklist_view_class_init (PfChecklistViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pf_checklist_view_dispose;
  PF_DOCUMENT_WIDGET_CLASS (klass)->plan_changed = pf_checklist_view_plan_changed;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/pf-checklist-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PfChecklistView, checks_group);
  gtk_widget_class_bind_template_child (widget_class, PfChecklistView, cramp_label);

  gtk_widget_class_set_css_name (widget_class, "pf-checklist-view");
}

static void
pf_checklist_view_init (PfChecklistView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < PF_N_CHECKS; i++)
    {
      adw_preferences_group_add (self->checks_group, check_row_new (self, i));
    }
  update_texts (self);
}

GtkWidget *
pf_checklist_view_new (void)
{
  return g_object_new (PF_TYPE_CHECKLIST_VIEW, NULL);
}

GtkToggleButton *
_pf_checklist_view_get_button (PfChecklistView *self,
                               PfCheck          check,
                               gboolean         yes)
{
  g_return_val_if_fail (check < PF_N_CHECKS, NULL);

  return yes ? self->yes_buttons[check] : self->no_buttons[check];
}
