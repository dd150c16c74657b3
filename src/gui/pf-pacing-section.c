/* pf-pacing-section.c — the plan editor's pacing: hill and heat models, strategy, splits
 *
 * Every row here edits at once on change: one handler copies the models and the strategy into
 * the inputs, and each model's row says in its subtitle what the chosen model is. The splits
 * row has a handler of its own: a unit picked there is the runner's, kept whatever the units
 * (split_unit_chosen), while the unit it shows otherwise follows them (pf_document_follow_units).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-pacing-section"

#include "config.h"

#include "pf-pacing-section.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "pf-field.h"

struct _PfPacingSection
{
  PfEditorSection  parent_instance;

  AdwComboRow     *grade_model_row;
  AdwComboRow     *heat_model_row;
  AdwComboRow     *strategy_row;
  AdwActionRow    *strategy_pct_row;
  GtkSpinButton   *strategy_pct_spin;
  GtkSpinButton   *drift_spin;
  AdwComboRow     *split_unit_row;
};

G_DEFINE_FINAL_TYPE (PfPacingSection, pf_pacing_section, PF_TYPE_EDITOR_SECTION)

static const char *
grade_model_description (PfGradeModel model)
{
  switch (model)
    {
    case PF_GRADE_MODEL_MINETTI:
      return _("Lab energy cost: right uphill, too generous downhill");
    case PF_GRADE_MODEL_ULTRAPACER:
      return _("A simple curve for trails and ultras");
    case PF_GRADE_MODEL_STRAVA:
    default:
      return _("Recommended: fitted on millions of runs");
    }
}

static const char *
heat_model_description (PfHeatModel model)
{
  switch (model)
    {
    case PF_HEAT_MODEL_MANTZIOS:
      return _("Temperature and humidity, from 754 marathons");
    case PF_HEAT_MODEL_HADLEY:
    default:
      return _("Recommended: temperature plus dew point");
    }
}

static const char *
strategy_description (PfStrategy strategy)
{
  switch (strategy)
    {
    case PF_STRATEGY_EVEN_PACE:
      return _("The same pace everywhere, whatever the hills");
    case PF_STRATEGY_NEGATIVE:
      return _("Start easier, finish faster");
    case PF_STRATEGY_POSITIVE:
      return _("Faster early, slower late");
    case PF_STRATEGY_EVEN_EFFORT:
    default:
      return _("Same effort: slower up hills, faster down");
    }
}

static void
update_pacing_rows (PfPacingSection *self)
{
  PfStrategy strategy = adw_combo_row_get_selected (self->strategy_row);

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->grade_model_row),
                               grade_model_description (adw_combo_row_get_selected (
                                 self->grade_model_row)));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->heat_model_row),
                               heat_model_description (adw_combo_row_get_selected (
                                 self->heat_model_row)));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->strategy_row),
                               strategy_description (strategy));
  gtk_widget_set_visible (GTK_WIDGET (self->strategy_pct_row),
                          strategy == PF_STRATEGY_NEGATIVE || strategy == PF_STRATEGY_POSITIVE);
  pf_field_set_row_title (GTK_WIDGET (self->strategy_pct_row),
                          GTK_WIDGET (self->strategy_pct_spin),
                          strategy == PF_STRATEGY_POSITIVE
                          ? _("Second Half Slower By")
                          : _("Second Half Faster By"));
}

static void
on_pacing_changed_cb (PfPacingSection *self)
{
  PfEditorSection *section = PF_EDITOR_SECTION (self);
  g_auto(PfPlanInputs) inputs = { 0 };

  update_pacing_rows (self);
  if (!pf_editor_section_edit_begin (section, &inputs))
    return;

  inputs.grade_model = adw_combo_row_get_selected (self->grade_model_row);
  inputs.heat_model = adw_combo_row_get_selected (self->heat_model_row);
  inputs.strategy = adw_combo_row_get_selected (self->strategy_row);
  inputs.strategy_pct = inputs.strategy == PF_STRATEGY_NEGATIVE
                        || inputs.strategy == PF_STRATEGY_POSITIVE
                        ? gtk_spin_button_get_value (self->strategy_pct_spin) : 0.0;
  inputs.drift_pct = gtk_spin_button_get_value (self->drift_spin);
  pf_editor_section_edit_commit (section, &inputs, NULL);
}

/* Only a pick of the runner's gets here (a sync holds edits), so the unit is theirs from now. */
static void
on_split_unit_changed_cb (PfPacingSection *self)
{
  PfEditorSection *section = PF_EDITOR_SECTION (self);
  g_auto(PfPlanInputs) inputs = { 0 };

  if (!pf_editor_section_edit_begin (section, &inputs))
    return;

  inputs.split_unit = adw_combo_row_get_selected (self->split_unit_row);
  inputs.split_unit_chosen = TRUE;
  pf_editor_section_edit_commit (section, &inputs, NULL);
}

static void
pf_pacing_section_sync (PfEditorSection    *section,
                        const PfPlanInputs *inputs,
                        gboolean            force)
{
  PfPacingSection *self = PF_PACING_SECTION (section);

  adw_combo_row_set_selected (self->grade_model_row, inputs->grade_model);
  adw_combo_row_set_selected (self->heat_model_row, inputs->heat_model);
  adw_combo_row_set_selected (self->strategy_row, inputs->strategy);
  if (inputs->strategy_pct > 0)
    gtk_spin_button_set_value (self->strategy_pct_spin, inputs->strategy_pct);
  gtk_spin_button_set_value (self->drift_spin, inputs->drift_pct);
  adw_combo_row_set_selected (self->split_unit_row, inputs->split_unit);
  update_pacing_rows (self);
}

static void
pf_pacing_section_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PF_TYPE_PACING_SECTION);

  G_OBJECT_CLASS (pf_pacing_section_parent_class)->dispose (object);
}

static void
pf_pacing_section_class_init (PfPacingSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PfEditorSectionClass *section_class = PF_EDITOR_SECTION_CLASS (klass);

  object_class->dispose = pf_pacing_section_dispose;

  section_class->sync = pf_pacing_section_sync;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/pf-pacing-section.ui");
  gtk_widget_class_bind_template_child (widget_class, PfPacingSection, grade_model_row);
  gtk_widget_class_bind_template_child (widget_class, PfPacingSection, heat_model_row);
  gtk_widget_class_bind_template_child (widget_class, PfPacingSection, strategy_row);
  gtk_widget_class_bind_template_child (widget_class, PfPacingSection, strategy_pct_row);
  gtk_widget_class_bind_template_child (widget_class, PfPacingSection, strategy_pct_spin);
  gtk_widget_class_bind_template_child (widget_class, PfPacingSection, drift_spin);
  gtk_widget_class_bind_template_child (widget_class, PfPacingSection, split_unit_row);
  gtk_widget_class_bind_template_callback (widget_class, on_pacing_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_split_unit_changed_cb);

  gtk_widget_class_set_css_name (widget_class, "pf-pacing-section");
}

static void
pf_pacing_section_init (PfPacingSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_pacing_rows (self);
}
