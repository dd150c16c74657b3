/* pf-goal-section.c — the plan editor's goal: a goal time, or the pace a recent race predicts
 *
 * The mode buttons, the goal and the recent race are one section: the mode decides which of
 * the two the plan runs at. The mode stays where the runner puts it: "Predict From a Race"
 * before a race is typed waits for one (the plan keeps the goal meanwhile), with no error.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-goal-section"

#include "config.h"

#include "pf-goal-section.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "pf-field.h"

/* The rows of the race distance combo, in order; the last row is "Custom". */
static const double race_presets[] = {
  PF_DISTANCE_5K,
  PF_DISTANCE_10K,
  PF_DISTANCE_HALF,
  PF_DISTANCE_MARATHON,
};
#define RACE_CUSTOM_INDEX G_N_ELEMENTS (race_presets)

struct _PfGoalSection
{
  PfEditorSection      parent_instance;

  GtkToggleButton     *mode_goal_button;
  GtkToggleButton     *mode_race_button;
  AdwActionRow        *goal_row;
  GtkEntry            *goal_entry;
  AdwPreferencesGroup *race_group;
  AdwComboRow         *race_distance_row;
  AdwActionRow        *race_custom_row;
  GtkSpinButton       *race_custom_spin;
  GtkLabel            *race_custom_unit;
  GtkEntry            *race_time_entry;

  gboolean             race_mode_wanted;  /* picked, while the plan waits for a race */
};

G_DEFINE_FINAL_TYPE (PfGoalSection, pf_goal_section, PF_TYPE_EDITOR_SECTION)

static double
distance_unit_m (PfGoalSection *self)
{
  return pf_document_widget_get_units (PF_DOCUMENT_WIDGET (self)) == PF_UNITS_IMPERIAL
         ? PF_METRES_PER_MILE : 1000.0;
}

/* The distance the goal time is for, so "3:30" can be read as hours for a marathon: the core's
 * one rule (official distance, else the track's length), as pacefuel-cli reads it. */
static double
goal_distance (PfGoalSection *self)
{
  PfDocument *document = pf_document_widget_get_document (PF_DOCUMENT_WIDGET (self));

  return document != NULL ? pf_plan_inputs_get_distance (pf_document_get_inputs (document)) : 0.0;
}

static void
on_goal_entry_changed_cb (PfGoalSection *self)
{
  PfEditorSection *section = PF_EDITOR_SECTION (self);
  g_auto(PfPlanInputs) inputs = { 0 };
  double seconds;

  if (pf_editor_section_is_syncing (section))
    return;
  if (!pf_race_time_parse (gtk_editable_get_text (GTK_EDITABLE (self->goal_entry)),
                           goal_distance (self), &seconds))
    {
      pf_field_set_error (GTK_WIDGET (self->goal_entry),
                          _("Type the finish time as hours, minutes and seconds, such as 3:30:00"));
      return;
    }
  if (!pf_editor_section_edit_begin (section, &inputs))
    return;

  inputs.goal_time_s = seconds;
  pf_editor_section_edit_commit (section, &inputs, GTK_WIDGET (self->goal_entry));
}

static void
update_mode_rows (PfGoalSection *self)
{
  gboolean goal = gtk_toggle_button_get_active (self->mode_goal_button);
  const char *description;

  if (goal)
    description = _("Optional: shows what the race predicts for this course");
  else if (self->race_mode_wanted)
    description = _("Type the time of a recent race: the plan will run at the effort it "
                    "predicts");
  else
    description = _("The plan runs at the effort this race predicts");
  gtk_widget_set_visible (GTK_WIDGET (self->goal_row), goal);
  adw_preferences_group_set_description (self->race_group, description);
}

static void
on_mode_toggled_cb (PfGoalSection *self)
{
  PfEditorSection *section = PF_EDITOR_SECTION (self);
  PfDocument *document = pf_document_widget_get_document (PF_DOCUMENT_WIDGET (self));
  g_auto(PfPlanInputs) inputs = { 0 };
  gboolean goal = gtk_toggle_button_get_active (self->mode_goal_button);

  if (!pf_editor_section_edit_begin (section, &inputs))
    {
      update_mode_rows (self);
      return;
    }

  /* No race yet: the mode waits for one, rather than refuse a field not typed in. */
  self->race_mode_wanted = !goal && inputs.races->len == 0;
  update_mode_rows (self);
  if (self->race_mode_wanted)
    return;

  inputs.pace_mode = goal ? PF_PACE_MODE_GOAL : PF_PACE_MODE_EFFORT;
  if (inputs.pace_mode == pf_document_get_inputs (document)->pace_mode)
    return;
  /* The only way to refuse a mode is an impossible race: say so at the race. */
  pf_editor_section_edit_commit (section, &inputs, GTK_WIDGET (self->race_time_entry));
}

static double
race_distance (PfGoalSection *self)
{
  guint selected = adw_combo_row_get_selected (self->race_distance_row);

  if (selected < G_N_ELEMENTS (race_presets))
    return race_presets[selected];
  return gtk_spin_button_get_value (self->race_custom_spin) * distance_unit_m (self);
}

static void
on_race_changed_cb (PfGoalSection *self)
{
  PfEditorSection *section = PF_EDITOR_SECTION (self);
  g_auto(PfPlanInputs) inputs = { 0 };
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->race_time_entry));
  double seconds = 0;

  gtk_widget_set_visible (GTK_WIDGET (self->race_custom_row),
                          adw_combo_row_get_selected (self->race_distance_row)
                          == RACE_CUSTOM_INDEX);
  if (pf_editor_section_is_syncing (section))
    return;

  if (*text != '\0' && !pf_race_time_parse (text, race_distance (self), &seconds))
    {
      pf_field_set_error (GTK_WIDGET (self->race_time_entry),
                          _("Type the race time as hours, minutes and seconds (1:45:00) or "
                            "minutes and seconds (48:30)"));
      return;
    }
  if (!pf_editor_section_edit_begin (section, &inputs))
    return;

  g_array_set_size (inputs.races, 0);
  if (seconds > 0)
    pf_plan_inputs_add_race (&inputs, race_distance (self), seconds);
  /* In race mode the plan runs at the race once there is one, and waits again without one.
   * The mode stays picked whatever the plan makes of the race: a race refused is said at its
   * field, and an accepted one clears the wait (sync). */
  if (!gtk_toggle_button_get_active (self->mode_goal_button))
    {
      inputs.pace_mode = seconds > 0 ? PF_PACE_MODE_EFFORT : PF_PACE_MODE_GOAL;
      self->race_mode_wanted = TRUE;
    }
  pf_editor_section_edit_commit (section, &inputs, GTK_WIDGET (self->race_time_entry));
  update_mode_rows (self);
}

/* Leaves text alone while it says what the inputs hold (the runner may be typing, "3:30" for a
 * race of @distance_m), and while it is marked wrong, unless @force. */
static void
sync_duration_entry (GtkEntry *entry,
                     double    seconds,
                     double    distance_m,
                     gboolean  force)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  double shown;
  g_autofree char *formatted = NULL;

  if (seconds <= 0)
    {
      if (force || (*text != '\0' && !pf_field_has_error (entry)))
        gtk_editable_set_text (GTK_EDITABLE (entry), "");
      pf_field_set_error (GTK_WIDGET (entry), NULL);
      return;
    }
  if (!force && pf_field_has_error (entry))
    return;
  if (pf_race_time_parse (text, distance_m, &shown) && fabs (shown - seconds) < 0.5)
    return;

  formatted = pf_duration_format (seconds);
  gtk_editable_set_text (GTK_EDITABLE (entry), formatted);
  pf_field_set_error (GTK_WIDGET (entry), NULL);
}

static void
pf_goal_section_sync (PfEditorSection    *section,
                      const PfPlanInputs *inputs,
                      gboolean            force)
{
  PfGoalSection *self = PF_GOAL_SECTION (section);
  PfUnitSystem units;
  gboolean goal = inputs->pace_mode == PF_PACE_MODE_GOAL;

  /* A race mode waiting for its race is shown as picked, until the runner has one. */
  self->race_mode_wanted = self->race_mode_wanted && goal && inputs->races->len == 0;
  gtk_toggle_button_set_active (goal && !self->race_mode_wanted
                                ? self->mode_goal_button : self->mode_race_button, TRUE);
  update_mode_rows (self);
  sync_duration_entry (self->goal_entry, inputs->goal_time_s, goal_distance (self), force);

  if (inputs->races->len > 0)
    {
      const PfRaceResult *race = &g_array_index (inputs->races, PfRaceResult, 0);
      guint index = RACE_CUSTOM_INDEX;

      for (guint i = 0; i < G_N_ELEMENTS (race_presets); i++)
        if (fabs (race_presets[i] - race->distance_m) < 0.5)
          index = i;
      if (adw_combo_row_get_selected (self->race_distance_row) != RACE_CUSTOM_INDEX
          || index != RACE_CUSTOM_INDEX)
        adw_combo_row_set_selected (self->race_distance_row, index);
      if (index == RACE_CUSTOM_INDEX)
        gtk_spin_button_set_value (self->race_custom_spin,
                                   race->distance_m / distance_unit_m (self));
      sync_duration_entry (self->race_time_entry, race->time_s, race->distance_m, force);
    }
  else
    {
      sync_duration_entry (self->race_time_entry, 0, 0, force);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->race_custom_row),
                          adw_combo_row_get_selected (self->race_distance_row)
                          == RACE_CUSTOM_INDEX);
  units = pf_document_widget_get_units (PF_DOCUMENT_WIDGET (section));
  gtk_label_set_text (self->race_custom_unit, pf_units_distance_symbol (units));
}

/* Another document: its own mode, not one picked for the last. (A save or a new course in
 * the same document keeps it.) */
static void
pf_goal_section_document_changed (PfDocumentWidget *widget)
{
  PF_GOAL_SECTION (widget)->race_mode_wanted = FALSE;
  PF_DOCUMENT_WIDGET_CLASS (pf_goal_section_parent_class)->document_changed (widget);
}

static void
pf_goal_section_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PF_TYPE_GOAL_SECTION);

  G_OBJECT_CLASS (pf_goal_section_parent_class)->dispose (object);
}

static void
pf_goal_section_class_init (PfGoalSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PfEditorSectionClass *section_class = PF_EDITOR_SECTION_CLASS (klass);

  object_class->dispose = pf_goal_section_dispose;

  section_class->sync = pf_goal_section_sync;
  PF_DOCUMENT_WIDGET_CLASS (klass)->document_changed = pf_goal_section_document_changed;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/pf-goal-section.ui");
  gtk_widget_class_bind_template_child (widget_class, PfGoalSection, mode_goal_button);
  gtk_widget_class_bind_template_child (widget_class, PfGoalSection, mode_race_button);
  gtk_widget_class_bind_template_child (widget_class, PfGoalSection, goal_row);
  gtk_widget_class_bind_template_child (widget_class, PfGoalSection, goal_entry);
  gtk_widget_class_bind_template_child (widget_class, PfGoalSection, race_group);
  gtk_widget_class_bind_template_child (widget_class, PfGoalSection, race_distance_row);
  gtk_widget_class_bind_template_child (widget_class, PfGoalSection, race_custom_row);
  gtk_widget_class_bind_template_child (widget_class, PfGoalSection, race_custom_spin);
  gtk_widget_class_bind_template_child (widget_class, PfGoalSection, race_custom_unit);
  gtk_widget_class_bind_template_child (widget_class, PfGoalSection, race_time_entry);
  gtk_widget_class_bind_template_callback (widget_class, on_goal_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_mode_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_race_changed_cb);

  gtk_widget_class_set_css_name (widget_class, "pf-goal-section");
}

static void
pf_goal_section_init (PfGoalSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_mode_rows (self);
}
