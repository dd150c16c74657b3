/* pf-runner-section.c — the Fuel page's Runner group: who the plan is for (name, club or coach,
 * notes), body mass and height
 *
 * Like every section: each field edits a copy of the document's inputs and hands it back; the
 * document recomputes at once or says why not, and the field that was edited shows it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-runner-section"

#include "config.h"

#include "pf-runner-section.h"

#include <adwaita.h>

#include "pf-field.h"

struct _PfRunnerSection
{
  PfEditorSection      parent_instance;

  AdwPreferencesGroup *group;
  AdwEntryRow         *name_row;
  AdwEntryRow         *club_row;
  AdwEntryRow         *notes_row;
  GtkWidget           *athlete_edited;  /* the row last typed in, until the idle commits it */
  guint                athlete_idle;
  GtkSpinButton       *mass_spin;
  GtkLabel            *mass_unit;
  GtkSpinButton       *height_spin;
  GtkLabel            *height_unit;
};

G_DEFINE_FINAL_TYPE (PfRunnerSection, pf_runner_section, PF_TYPE_EDITOR_SECTION)

static PfUnitSystem
units_of (PfRunnerSection *self)
{
  return pf_document_widget_get_units (PF_DOCUMENT_WIDGET (self));
}

static void
on_fields_notify_cb (GObject         *source,
                     GParamSpec      *pspec,
                     PfRunnerSection *self)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  PfRunner *r = &inputs.runner;

  if (!pf_editor_section_edit_begin (PF_EDITOR_SECTION (self), &inputs))
    return;

  if (source == G_OBJECT (self->mass_spin))
    r->mass_kg = pf_units_mass_kg (units_of (self), gtk_spin_button_get_value (self->mass_spin));
  else if (source == G_OBJECT (self->height_spin))
    r->height_cm = 100.0 * pf_units_height_metres (units_of (self),
                                                   gtk_spin_button_get_value (self->height_spin));
  else
    return;

  pf_editor_section_edit_commit (PF_EDITOR_SECTION (self), &inputs, GTK_WIDGET (source));
}

/* Each key typed goes to the document, as a spin button's value does: what is printed, saved
 * and offered as a file name is always what the fields show. From an idle, so that a paste
 * over a selection (a deletion, then an insertion) is one edit, not an empty name first. Too
 * long a text is refused by the document (pf_athlete_check) and the row says so. */
static gboolean
commit_athlete (gpointer data)
{
  PfRunnerSection *self = data;
  g_auto(PfPlanInputs) inputs = { 0 };

  self->athlete_idle = 0;
  if (!pf_editor_section_edit_begin (PF_EDITOR_SECTION (self), &inputs))
    return G_SOURCE_REMOVE;

  pf_plan_inputs_set_athlete (&inputs, gtk_editable_get_text (GTK_EDITABLE (self->name_row)),
                              gtk_editable_get_text (GTK_EDITABLE (self->club_row)),
                              gtk_editable_get_text (GTK_EDITABLE (self->notes_row)));
  pf_editor_section_edit_commit (PF_EDITOR_SECTION (self), &inputs, self->athlete_edited);
  return G_SOURCE_REMOVE;
}

static void
on_athlete_changed_cb (PfRunnerSection *self,
                       GtkEditable     *row)
{
  if (pf_editor_section_is_syncing (PF_EDITOR_SECTION (self)))
    return;
  /* Another row typed in before the last one was committed: the mark goes to the newer. */
  if (self->athlete_edited != NULL && self->athlete_edited != GTK_WIDGET (row))
    pf_field_set_error (self->athlete_edited, NULL);
  self->athlete_edited = GTK_WIDGET (row);
  if (self->athlete_idle == 0)
    self->athlete_idle = g_idle_add (commit_athlete, self);
}

/* The document keeps the text trimmed: a row whose text trims to it is left alone, or the
 * space just typed between two names would vanish under the cursor. */
static void
show_text (AdwEntryRow *row,
           const char  *text,
           gboolean     force)
{
  g_autofree char *shown = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  if (!force && pf_field_has_error (row))
    return;
  if (g_strcmp0 (shown, text != NULL ? text : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  pf_field_set_error (GTK_WIDGET (row), NULL);
}

static void
pf_runner_section_sync (PfEditorSection    *section,
                        const PfPlanInputs *inputs,
                        gboolean            force)
{
  PfRunnerSection *self = PF_RUNNER_SECTION (section);

  show_text (self->name_row, inputs->athlete.name, force);
  show_text (self->club_row, inputs->athlete.club, force);
  show_text (self->notes_row, inputs->athlete.notes, force);
  /* The units are spelt where they are formatted (report/pf-units.c), in the window's units. */
  gtk_label_set_text (self->mass_unit, pf_units_mass_symbol (units_of (self)));
  gtk_label_set_text (self->height_unit, pf_units_height_symbol (units_of (self)));
  pf_field_show_value (self->mass_spin, pf_units_mass_value (units_of (self),
                                                             inputs->runner.mass_kg), force);
  pf_field_show_value (self->height_spin,
                       pf_units_height_value (units_of (self), inputs->runner.height_cm / 100.0),
                       force);
}

static void
pf_runner_section_dispose (GObject *object)
{
  PfRunnerSection *self = PF_RUNNER_SECTION (object);

  g_clear_handle_id (&self->athlete_idle, g_source_remove);
  self->athlete_edited = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (object), PF_TYPE_RUNNER_SECTION);

  G_OBJECT_CLASS (pf_runner_section_parent_class)->dispose (object);
}

static void
pf_runner_section_class_init (PfRunnerSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PfEditorSectionClass *section_class = PF_EDITOR_SECTION_CLASS (klass);

  object_class->dispose = pf_runner_section_dispose;
  section_class->sync = pf_runner_section_sync;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/pf-runner-section.ui");
  gtk_widget_class_bind_template_child (widget_class, PfRunnerSection, group);
  gtk_widget_class_bind_template_child (widget_class, PfRunnerSection, name_row);
  gtk_widget_class_bind_template_child (widget_class, PfRunnerSection, club_row);
  gtk_widget_class_bind_template_child (widget_class, PfRunnerSection, notes_row);
  gtk_widget_class_bind_template_child (widget_class, PfRunnerSection, mass_spin);
  gtk_widget_class_bind_template_child (widget_class, PfRunnerSection, mass_unit);
  gtk_widget_class_bind_template_child (widget_class, PfRunnerSection, height_spin);
  gtk_widget_class_bind_template_child (widget_class, PfRunnerSection, height_unit);
  gtk_widget_class_bind_template_callback (widget_class, on_fields_notify_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_athlete_changed_cb);
}

/* libadwaita 1.2 leaves an entry row's text without a name for screen readers: its title. */
static void
name_entry_text (AdwEntryRow *row)
{
  GtkEditable *text = gtk_editable_get_delegate (GTK_EDITABLE (row));

  if (text != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (text), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), -1);
}

static void
pf_runner_section_init (PfRunnerSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  name_entry_text (self->name_row);
  name_entry_text (self->club_row);
  name_entry_text (self->notes_row);
}
