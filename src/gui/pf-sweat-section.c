/* pf-sweat-section.c — the Fuel page's Sweat group: the sweat rate, or a sweat test to measure it
 *
 * The test is one value of the inputs (PfSweatTest) read from eight fields at once: any of them
 * changing hands the whole test back. Its humidity can be typed as a dew point or as relative
 * humidity; switching converts what is shown and keeps the air the same.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-sweat-section"

#include "config.h"

#include "pf-sweat-section.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "pf-field.h"

struct _PfSweatSection
{
  PfEditorSection      parent_instance;

  AdwPreferencesGroup *group;
  GtkSpinButton       *sweat_rate_spin;
  GtkLabel            *sweat_rate_unit;
  AdwExpanderRow      *test_row;
  gboolean             test_entered;  /* the runner typed into the test: until then it is not used */
  GtkSpinButton       *test_pre_spin;
  GtkLabel            *test_pre_unit;
  GtkSpinButton       *test_post_spin;
  GtkLabel            *test_post_unit;
  GtkSpinButton       *test_drank_spin;
  GtkLabel            *test_drank_unit;
  GtkSpinButton       *test_urine_spin;
  GtkLabel            *test_urine_unit;
  GtkSpinButton       *test_minutes_spin;
  GtkSpinButton       *test_temp_spin;
  GtkLabel            *test_temp_unit;
  GtkSpinButton       *test_humidity_spin;
  GtkDropDown         *test_humidity_kind_dropdown;
  GtkEntry            *test_pace_entry;
  GtkLabel            *test_pace_unit;
};

G_DEFINE_FINAL_TYPE (PfSweatSection, pf_sweat_section, PF_TYPE_EDITOR_SECTION)

static PfUnitSystem
units_of (PfSweatSection *self)
{
  return pf_document_widget_get_units (PF_DOCUMENT_WIDGET (self));
}

static double
distance_unit_km (PfSweatSection *self)
{
  return pf_units_distance_unit_m (units_of (self)) / 1000.0;
}

static double
temp_from_display (PfSweatSection *self,
                   double          value)
{
  return pf_units_temperature_celsius (units_of (self), value);
}

static gboolean
humidity_is_relative (PfSweatSection *self)
{
  return gtk_drop_down_get_selected (self->test_humidity_kind_dropdown) == 1;
}

static double
spin (GtkSpinButton *spin_button)
{
  return gtk_spin_button_get_value (spin_button);
}

static void
on_fields_notify_cb (GObject        *source,
                     GParamSpec     *pspec,
                     PfSweatSection *self)
{
  g_auto(PfPlanInputs) inputs = { 0 };

  if (!pf_editor_section_edit_begin (PF_EDITOR_SECTION (self), &inputs))
    return;

  inputs.runner.sweat_rate_l_per_h = pf_field_get_fluid (self->sweat_rate_spin, units_of (self),
                                                         PF_QUANTITY_FLOW);
  pf_editor_section_edit_commit (PF_EDITOR_SECTION (self), &inputs, GTK_WIDGET (source));
}

static gboolean
read_test (PfSweatSection *self,
           PfSweatTest    *test)
{
  double pace;
  double humidity = spin (self->test_humidity_spin);

  if (!pf_duration_parse (gtk_editable_get_text (GTK_EDITABLE (self->test_pace_entry)), &pace)
      || pace <= 0)
    {
      pf_field_set_error (GTK_WIDGET (self->test_pace_entry),
                          _("Type the pace as minutes and seconds, such as 5:30"));
      return FALSE;
    }
  pf_field_set_error (GTK_WIDGET (self->test_pace_entry), NULL);

  test->pre_kg = pf_units_mass_kg (units_of (self), spin (self->test_pre_spin));
  test->post_kg = pf_units_mass_kg (units_of (self), spin (self->test_post_spin));
  test->drank_l = pf_field_get_fluid (self->test_drank_spin, units_of (self), PF_QUANTITY_VOLUME);
  test->urine_l = pf_field_get_fluid (self->test_urine_spin, units_of (self), PF_QUANTITY_VOLUME);
  test->minutes = spin (self->test_minutes_spin);
  test->temp_c = temp_from_display (self, spin (self->test_temp_spin));
  test->dew_point_c = humidity_is_relative (self)
                      ? pf_dew_point (test->temp_c, CLAMP (humidity, 1, 100))
                      : temp_from_display (self, humidity);
  test->pace_s_per_km = pace / distance_unit_km (self);
  return TRUE;
}

static void
on_test_notify_cb (GObject        *source,
                   GParamSpec     *pspec,
                   PfSweatSection *self)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  GtkWidget *field = GTK_IS_WIDGET (source) ? GTK_WIDGET (source) : NULL;

  if (!pf_editor_section_edit_begin (PF_EDITOR_SECTION (self), &inputs))
    return;

  inputs.runner.has_sweat_test = adw_expander_row_get_enable_expansion (self->test_row);
  if (source != G_OBJECT (self->test_row))
    self->test_entered = TRUE;
  /* Switched on, the fields start from an example hour; the plan uses the test only once the
   * runner has typed their own figures (an empty test changes nothing in the core). */
  if (inputs.runner.has_sweat_test && !self->test_entered)
    memset (&inputs.runner.sweat_test, 0, sizeof inputs.runner.sweat_test);
  else if (inputs.runner.has_sweat_test && !read_test (self, &inputs.runner.sweat_test))
    return;
  /* A test that is switched on but not filled in yet is the row's fault, not a field's. */
  if (source == G_OBJECT (self->test_row))
    field = GTK_WIDGET (self->test_row);
  pf_editor_section_edit_commit (PF_EDITOR_SECTION (self), &inputs, field);
}

static void
on_test_humidity_kind_changed_cb (PfSweatSection *self)
{
  double temp_c = temp_from_display (self, spin (self->test_temp_spin));
  double value = spin (self->test_humidity_spin);

  /* Keep the air the same: convert what is shown, then let the test read it. */
  pf_editor_section_hold_edits (PF_EDITOR_SECTION (self));
  if (humidity_is_relative (self))
    gtk_spin_button_set_value (self->test_humidity_spin,
                               round (CLAMP (pf_relative_humidity (temp_c,
                                                                   temp_from_display (self, value)),
                                             1, 100)));
  else
    gtk_spin_button_set_value (self->test_humidity_spin,
                               round (pf_units_temperature_value (units_of (self),
                                                                  pf_dew_point (temp_c, value))));
  pf_editor_section_release_edits (PF_EDITOR_SECTION (self));
}

static void
sync_test (PfSweatSection    *self,
           const PfSweatTest *test,
           gboolean           force)
{
  g_autofree char *pace = NULL;
  double pace_shown;

  pf_field_show_value (self->test_pre_spin, pf_units_mass_value (units_of (self), test->pre_kg),
                       force);
  pf_field_show_value (self->test_post_spin, pf_units_mass_value (units_of (self), test->post_kg),
                       force);
  pf_field_show_fluid (self->test_drank_spin, self->test_drank_unit, units_of (self),
                       PF_QUANTITY_VOLUME, test->drank_l, force);
  pf_field_show_fluid (self->test_urine_spin, self->test_urine_unit, units_of (self),
                       PF_QUANTITY_VOLUME, test->urine_l, force);
  pf_field_show_value (self->test_minutes_spin, test->minutes, force);
  pf_field_show_value (self->test_temp_spin,
                       round (pf_units_temperature_value (units_of (self), test->temp_c)), force);
  if (humidity_is_relative (self))
    pf_field_show_value (self->test_humidity_spin,
                         round (CLAMP (pf_relative_humidity (test->temp_c, test->dew_point_c),
                                       1, 100)),
                         force);
  else
    pf_field_show_value (self->test_humidity_spin,
                         round (pf_units_temperature_value (units_of (self), test->dew_point_c)),
                         force);

  if (!force && pf_field_has_error (self->test_pace_entry))
    return;
  if (pf_duration_parse (gtk_editable_get_text (GTK_EDITABLE (self->test_pace_entry)),
                         &pace_shown)
      && fabs (pace_shown - test->pace_s_per_km * distance_unit_km (self)) < 0.5)
    return;
  pace = pf_pace_format (test->pace_s_per_km * distance_unit_km (self));
  gtk_editable_set_text (GTK_EDITABLE (self->test_pace_entry), pace);
  pf_field_set_error (GTK_WIDGET (self->test_pace_entry), NULL);
}

/* The units are spelt where they are formatted (report/pf-units.c); the fluid fields' units
 * come with their values (pf_field_show_fluid). */
static void
set_unit_labels (PfSweatSection *self)
{
  const char *mass = pf_units_mass_symbol (units_of (self));

  gtk_label_set_text (self->test_pre_unit, mass);
  gtk_label_set_text (self->test_post_unit, mass);
  gtk_label_set_text (self->test_temp_unit, pf_units_temperature_symbol (units_of (self)));
  gtk_label_set_text (self->test_pace_unit, pf_units_pace_symbol (units_of (self)));
}

static void
pf_sweat_section_sync (PfEditorSection    *section,
                       const PfPlanInputs *inputs,
                       gboolean            force)
{
  PfSweatSection *self = PF_SWEAT_SECTION (section);
  const PfRunner *r = &inputs->runner;

  set_unit_labels (self);
  pf_field_show_fluid (self->sweat_rate_spin, self->sweat_rate_unit, units_of (self),
                       PF_QUANTITY_FLOW, r->sweat_rate_l_per_h, force);

  adw_expander_row_set_enable_expansion (self->test_row, r->has_sweat_test);
  self->test_entered = r->has_sweat_test && !pf_sweat_test_is_empty (&r->sweat_test);
  adw_expander_row_set_subtitle (self->test_row,
                                 r->has_sweat_test && !self->test_entered
                                   ? _("Type your test’s figures: until then the plan does not use it")
                                   : _("Weigh before and after an hour’s run"));
  if (self->test_entered)
    sync_test (self, &r->sweat_test, force);
  else if (force || r->has_sweat_test)
    {
      /* A test to start from when it is switched on: this runner, an hour in mild air. */
      PfSweatTest example = { r->mass_kg, r->mass_kg - 1.0, 0.5, 0.0, 60.0, 20.0, 10.0, 330.0 };

      sync_test (self, &example, TRUE);
    }
  pf_field_set_error (GTK_WIDGET (self->test_row), NULL);
}

static void
pf_sweat_section_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PF_TYPE_SWEAT_SECTION);

  G_OBJECT_CLASS (pf_sweat_section_parent_class)->dispose (object);
}

#define BIND(name) gtk_widget_class_bind_template_child (widget_class, PfSweatSection, name)

static void
pf_sweat_section_class_init (PfSweatSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PfEditorSectionClass *section_class = PF_EDITOR_SECTION_CLASS (klass);

  object_class->dispose = pf_sweat_section_dispose;
  section_class->sync = pf_sweat_section_sync;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/pf-sweat-section.ui");
  BIND (group);
  BIND (sweat_rate_spin);
  BIND (sweat_rate_unit);
  BIND (test_drank_unit);
  BIND (test_urine_unit);
  BIND (test_row);
  BIND (test_pre_spin);
  BIND (test_pre_unit);
  BIND (test_post_spin);
  BIND (test_post_unit);
  BIND (test_drank_spin);
  BIND (test_urine_spin);
  BIND (test_minutes_spin);
  BIND (test_temp_spin);
  BIND (test_temp_unit);
  BIND (test_humidity_spin);
  BIND (test_humidity_kind_dropdown);
  BIND (test_pace_entry);
  BIND (test_pace_unit);
  gtk_widget_class_bind_template_callback (widget_class, on_fields_notify_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_test_notify_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_test_humidity_kind_changed_cb);
}

#undef BIND

static void
pf_sweat_section_init (PfSweatSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  pf_field_name_expander_switches (GTK_WIDGET (self));
}
