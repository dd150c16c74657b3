/* pf-salt-section.c — the Fuel page's Salt and Cramps group: sweat sodium and cramps
 *
 * Sweat sodium is picked from a few bands, or typed as measured (in mg/L or mmol/L, which
 * only changes how it is shown).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-salt-section"

#include "config.h"

#include "pf-salt-section.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "pf-field.h"

/* The sodium combo's rows are the core's questionnaire bands in order (row i is PfSodiumBand i);
 * the last one shows the measured value. */
#define SODIUM_MEASURED_INDEX PF_N_SODIUM_BANDS

struct _PfSaltSection
{
  PfEditorSection      parent_instance;

  AdwPreferencesGroup *group;
  AdwComboRow         *sodium_row;
  AdwActionRow        *sodium_value_row;
  GtkSpinButton       *sodium_spin;
  GtkDropDown         *sodium_unit_dropdown;
  GtkSwitch           *cramp_switch;
};

G_DEFINE_FINAL_TYPE (PfSaltSection, pf_salt_section, PF_TYPE_EDITOR_SECTION)

static gboolean
sodium_in_mmol (PfSaltSection *self)
{
  return gtk_drop_down_get_selected (self->sodium_unit_dropdown) == 1;
}

static double
sodium_from_display (PfSaltSection *self)
{
  double value = gtk_spin_button_get_value (self->sodium_spin);

  return sodium_in_mmol (self) ? value * PF_SODIUM_MG_PER_MMOL : value;
}

static void
update_sodium_rows (PfSaltSection *self)
{
  guint selected = adw_combo_row_get_selected (self->sodium_row);
  const char *subtitle;

  switch (selected)
    {
    case 0:
      subtitle = _("About 500 mg/L: little salt in your sweat");
      break;
    case 2:
      subtitle = _("White salt marks on your kit or skin after a run");
      break;
    case SODIUM_MEASURED_INDEX:
      subtitle = _("From a sweat test");
      break;
    case 1:
    default:
      subtitle = _("About 900 mg/L, like most runners");
      break;
    }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->sodium_row), subtitle);
  gtk_widget_set_visible (GTK_WIDGET (self->sodium_value_row),
                          selected == SODIUM_MEASURED_INDEX);
}

/* One handler for the fields that each set one value: @source says which. */
static void
on_fields_notify_cb (GObject       *source,
                     GParamSpec    *pspec,
                     PfSaltSection *self)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  PfRunner *r = &inputs.runner;

  if (source == G_OBJECT (self->sodium_row))
    update_sodium_rows (self);
  if (!pf_editor_section_edit_begin (PF_EDITOR_SECTION (self), &inputs))
    return;

  if (source == G_OBJECT (self->sodium_row))
    {
      guint selected = adw_combo_row_get_selected (self->sodium_row);

      r->sweat_sodium_mg_per_l = selected < PF_N_SODIUM_BANDS
                                 ? pf_sodium_band_get_mg_per_l (selected)
                                 : sodium_from_display (self);
    }
  else if (source == G_OBJECT (self->sodium_spin))
    r->sweat_sodium_mg_per_l = sodium_from_display (self);
  else if (source == G_OBJECT (self->cramp_switch))
    r->cramp_prone = gtk_switch_get_active (self->cramp_switch);
  else
    return;

  pf_editor_section_edit_commit (PF_EDITOR_SECTION (self), &inputs, GTK_WIDGET (source));
}

static void
on_sodium_unit_changed_cb (PfSaltSection *self)
{
  /* The same sodium in the other unit: the inputs do not change. */
  pf_editor_section_sync (PF_EDITOR_SECTION (self), TRUE);
}

static void
pf_salt_section_sync (PfEditorSection    *section,
                      const PfPlanInputs *inputs,
                      gboolean            force)
{
  PfSaltSection *self = PF_SALT_SECTION (section);
  double sodium = inputs->runner.sweat_sodium_mg_per_l;
  PfSodiumBand band;
  guint sodium_index = pf_sodium_band_find (sodium, &band) ? (guint) band : SODIUM_MEASURED_INDEX;

  if (sodium_index != SODIUM_MEASURED_INDEX
      || adw_combo_row_get_selected (self->sodium_row) == SODIUM_MEASURED_INDEX || force)
    adw_combo_row_set_selected (self->sodium_row, sodium_index);
  pf_field_show_value (self->sodium_spin,
                       round (sodium_in_mmol (self) ? sodium / PF_SODIUM_MG_PER_MMOL : sodium),
                       force);
  update_sodium_rows (self);
  gtk_switch_set_active (self->cramp_switch, inputs->runner.cramp_prone);
}

static void
pf_salt_section_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PF_TYPE_SALT_SECTION);

  G_OBJECT_CLASS (pf_salt_section_parent_class)->dispose (object);
}

static void
pf_salt_section_class_init (PfSaltSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PfEditorSectionClass *section_class = PF_EDITOR_SECTION_CLASS (klass);

  object_class->dispose = pf_salt_section_dispose;
  section_class->sync = pf_salt_section_sync;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/pf-salt-section.ui");
  gtk_widget_class_bind_template_child (widget_class, PfSaltSection, group);
  gtk_widget_class_bind_template_child (widget_class, PfSaltSection, sodium_row);
  gtk_widget_class_bind_template_child (widget_class, PfSaltSection, sodium_value_row);
  gtk_widget_class_bind_template_child (widget_class, PfSaltSection, sodium_spin);
  gtk_widget_class_bind_template_child (widget_class, PfSaltSection, sodium_unit_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PfSaltSection, cramp_switch);
  gtk_widget_class_bind_template_callback (widget_class, on_fields_notify_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_sodium_unit_changed_cb);
}

static void
pf_salt_section_init (PfSaltSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_sodium_rows (self);
}
