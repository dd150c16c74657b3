/* pf-start-section.c — the plan editor's start: the race day and the start time of day
 *
 * Start times are wall-clock seconds without a zone; the day and the time of day are edited
 * apart, each keeping the other.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-start-section"

#include "config.h"

#include "pf-start-section.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "pf-field.h"

#define SECONDS_PER_DAY 86400

struct _PfStartSection
{
  PfEditorSection  parent_instance;

  GtkMenuButton   *date_button;
  GtkCalendar     *calendar;
  GtkEntry        *time_entry;
};

G_DEFINE_FINAL_TYPE (PfStartSection, pf_start_section, PF_TYPE_EDITOR_SECTION)

static gint64
start_day (gint64 start_time)
{
  return start_time >= 0 ? start_time / SECONDS_PER_DAY
                         : (start_time - SECONDS_PER_DAY + 1) / SECONDS_PER_DAY;
}

static void
on_time_entry_changed_cb (PfStartSection *self)
{
  PfEditorSection *section = PF_EDITOR_SECTION (self);
  g_auto(PfPlanInputs) inputs = { 0 };
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->time_entry));
  gint64 time_of_day;

  if (pf_editor_section_is_syncing (section))
    return;
  /* Only a time of day parses to the first day of 1970, which leaves the seconds of the day. */
  if (!pf_start_time_parse (text, &time_of_day) || time_of_day >= SECONDS_PER_DAY
      || time_of_day < 0)
    {
      pf_field_set_error (GTK_WIDGET (self->time_entry),
                          _("Type the start time as hours and minutes, such as 07:30"));
      return;
    }
  if (!pf_editor_section_edit_begin (section, &inputs))
    return;

  inputs.start_time = start_day (inputs.start_time) * SECONDS_PER_DAY + time_of_day;
  pf_editor_section_edit_commit (section, &inputs, GTK_WIDGET (self->time_entry));
}

static void
on_calendar_day_selected_cb (PfStartSection *self)
{
  PfEditorSection *section = PF_EDITOR_SECTION (self);
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(GDateTime) date = gtk_calendar_get_date (self->calendar);
  g_autoptr(GDateTime) midnight = NULL;
  gint64 time_of_day;

  if (!pf_editor_section_edit_begin (section, &inputs))
    return;

  /* Start times are wall-clock seconds without a zone: the date as written, in UTC. */
  midnight = g_date_time_new_utc (g_date_time_get_year (date), g_date_time_get_month (date),
                                  g_date_time_get_day_of_month (date), 0, 0, 0);
  time_of_day = inputs.start_time - start_day (inputs.start_time) * SECONDS_PER_DAY;
  inputs.start_time = g_date_time_to_unix (midnight) + time_of_day;
  pf_editor_section_edit_commit (section, &inputs, GTK_WIDGET (self->date_button));
  gtk_menu_button_popdown (self->date_button);
}

static void
sync_time_entry (PfStartSection *self,
                 gint64          start_time,
                 gboolean        force)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->time_entry));
  gint64 time_of_day = start_time - start_day (start_time) * SECONDS_PER_DAY;
  gint64 shown;
  g_autofree char *formatted = NULL;

  if (!force && pf_field_has_error (self->time_entry))
    return;
  if (pf_start_time_parse (text, &shown) && shown == time_of_day)
    return;

  formatted = g_strdup_printf ("%02d:%02d", (int) (time_of_day / 3600),
                               (int) (time_of_day / 60 % 60));
  gtk_editable_set_text (GTK_EDITABLE (self->time_entry), formatted);
  pf_field_set_error (GTK_WIDGET (self->time_entry), NULL);
}

static void
sync_date_button (PfStartSection *self,
                  gint64          start_time)
{
  gint64 day = start_day (start_time);
  g_autoptr(GDateTime) date = g_date_time_new_from_unix_utc (day * SECONDS_PER_DAY);

  /* Day 0 is what a bare time of day gives: no date chosen yet. */
  if (day == 0 || date == NULL)
    {
      gtk_menu_button_set_label (self->date_button, _("Not Set"));
    }
  else
    {
      /* Translators: the race day on its button, see g_date_time_format() */
      g_autofree char *label = g_date_time_format (date, _("%-d %b %Y"));

      gtk_menu_button_set_label (self->date_button, label);
      gtk_calendar_select_day (self->calendar, date);
    }
}

static void
pf_start_section_sync (PfEditorSection    *section,
                       const PfPlanInputs *inputs,
                       gboolean            force)
{
  PfStartSection *self = PF_START_SECTION (section);

  sync_date_button (self, inputs->start_time);
  sync_time_entry (self, inputs->start_time, force);
}

static void
pf_start_section_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PF_TYPE_START_SECTION);

  G_OBJECT_CLASS (pf_start_section_parent_class)->dispose (object);
}

static void
pf_start_section_class_init (PfStartSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PfEditorSectionClass *section_class = PF_EDITOR_SECTION_CLASS (klass);

  object_class->dispose = pf_start_section_dispose;

  section_class->sync = pf_start_section_sync;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/pf-start-section.ui");
  gtk_widget_class_bind_template_child (widget_class, PfStartSection, date_button);
  gtk_widget_class_bind_template_child (widget_class, PfStartSection, calendar);
  gtk_widget_class_bind_template_child (widget_class, PfStartSection, time_entry);
  gtk_widget_class_bind_template_callback (widget_class, on_time_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_calendar_day_selected_cb);

  gtk_widget_class_set_css_name (widget_class, "pf-start-section");
}

static void
pf_start_section_init (PfStartSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
