/* pf-training-section.c — the Fuel page's Training group, filled in by hand or from recorded runs
 *
 * Recorded runs (GPX, TCX or FIT) are read in a worker thread and summarised by the core
 * (pf_training_summarise); the summary replaces the figures in one edit.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-training-section"

#include "config.h"

#include "pf-training-section.h"
#include "pf-fuel-view-private.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "pf-field.h"

struct _PfTrainingSection
{
  PfEditorSection       parent_instance;

  AdwPreferencesGroup  *group;
  GtkSpinButton        *weekly_spin;
  GtkLabel             *weekly_unit;
  GtkEntry             *pace_entry;
  GtkLabel             *pace_unit;
  GtkSpinButton        *longest_spin;
  GtkLabel             *longest_unit;
  AdwExpanderRow       *goal_pace_expander;
  GtkSpinButton        *goal_pace_spin;
  GtkLabel             *goal_pace_unit;
  GtkSwitch            *acclimatised_switch;
  AdwActionRow         *import_row;
  GtkButton            *import_button;

  GCancellable         *import_cancellable;
  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (PfTrainingSection, pf_training_section, PF_TYPE_EDITOR_SECTION)

static PfUnitSystem
units_of (PfTrainingSection *self)
{
  return pf_document_widget_get_units (PF_DOCUMENT_WIDGET (self));
}

static double
distance_unit_km (PfTrainingSection *self)
{
  return units_of (self) == PF_UNITS_IMPERIAL ? PF_METRES_PER_MILE / 1000.0 : 1.0;
}

/* One handler for the fields that each set one value: @source says which. */
static void
on_fields_notify_cb (GObject           *source,
                     GParamSpec        *pspec,
                     PfTrainingSection *self)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  PfTraining *t = &inputs.training;

  if (!pf_editor_section_edit_begin (PF_EDITOR_SECTION (self), &inputs))
    return;

  if (source == G_OBJECT (self->weekly_spin))
    t->weekly_km = gtk_spin_button_get_value (self->weekly_spin) * distance_unit_km (self);
  else if (source == G_OBJECT (self->longest_spin))
    t->longest_run_km = gtk_spin_button_get_value (self->longest_spin) * distance_unit_km (self);
  else if (source == G_OBJECT (self->goal_pace_expander)
           || source == G_OBJECT (self->goal_pace_spin))
    t->goal_pace_km = adw_expander_row_get_enable_expansion (self->goal_pace_expander)
                      ? gtk_spin_button_get_value (self->goal_pace_spin) * distance_unit_km (self)
                      : NAN;
  else if (source == G_OBJECT (self->acclimatised_switch))
    t->acclimatised = gtk_switch_get_active (self->acclimatised_switch);
  else
    return;

  pf_editor_section_edit_commit (PF_EDITOR_SECTION (self), &inputs, GTK_WIDGET (source));
}

/* The average training pace, typed as m:ss per kilometre or per mile; empty: not given. */
static void
on_pace_entry_changed_cb (PfTrainingSection *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->pace_entry));
  g_auto(PfPlanInputs) inputs = { 0 };
  double pace = 0.0;

  if (*text != '\0'
      && (!pf_duration_parse (text, &pace) || pace / distance_unit_km (self) < 150.0
          || pace / distance_unit_km (self) > 900.0))
    {
      pf_field_set_error (GTK_WIDGET (self->pace_entry),
                          units_of (self) == PF_UNITS_IMPERIAL
                            ? _("Type the pace as minutes and seconds per mile, between 4:01 and 24:08")
                            : _("Type the pace as minutes and seconds per kilometre, between 2:30 and 15:00"));
      return;
    }
  pf_field_set_error (GTK_WIDGET (self->pace_entry), NULL);
  if (!pf_editor_section_edit_begin (PF_EDITOR_SECTION (self), &inputs))
    return;
  inputs.training.mean_pace_s_per_km = pace / distance_unit_km (self);
  pf_editor_section_edit_commit (PF_EDITOR_SECTION (self), &inputs, GTK_WIDGET (self->pace_entry));
}

/* Shows @pace_s_per_km in the runner's units unless the entry already says it (or holds an
 * error being typed, which a recompute must not overwrite). */
static void
sync_pace_entry (PfTrainingSection *self,
                 double             pace_s_per_km,
                 gboolean           force)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->pace_entry));
  double per_unit = pace_s_per_km * distance_unit_km (self), shown;
  g_autofree char *formatted = NULL;

  if (!force && pf_field_has_error (self->pace_entry))
    return;
  if (pace_s_per_km <= 0.0)
    {
      if (*text != '\0')
        gtk_editable_set_text (GTK_EDITABLE (self->pace_entry), "");
      return;
    }
  if (pf_duration_parse (text, &shown) && fabs (shown - per_unit) < 0.5)
    return;
  formatted = pf_pace_format (per_unit);
  gtk_editable_set_text (GTK_EDITABLE (self->pace_entry), formatted);
  pf_field_set_error (GTK_WIDGET (self->pace_entry), NULL);
}

/* --- Importing recorded runs --------------------------------------------------------------- */

typedef struct
{
  GPtrArray *files;
  double     goal_pace_s_per_km;
} ImportTask;

static void
import_task_free (ImportTask *import)
{
  g_clear_pointer (&import->files, g_ptr_array_unref);
  g_free (import);
}

static void
summary_free (PfTrainingSummary *summary)
{
  pf_training_summary_clear (summary);
  g_free (summary);
}

/* Runs in a worker thread: reads every file; the first one that fails stops the import. */
static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ImportTask *import = task_data;
  g_autoptr(GPtrArray) tracks = g_ptr_array_new_with_free_func ((GDestroyNotify) pf_track_unref);
  PfTrainingSummary *summary;
  GError *error = NULL;

  for (guint i = 0; i < import->files->len; i++)
    {
      PfTrack *track = pf_import_file (g_ptr_array_index (import->files, i), cancellable, &error);

      if (track == NULL)
        {
          g_task_return_error (task, error);
          return;
        }
      g_ptr_array_add (tracks, track);
    }

  summary = g_new0 (PfTrainingSummary, 1);
  if (!pf_training_summarise (tracks, import->goal_pace_s_per_km, summary, &error))
    {
      summary_free (summary);
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, summary, (GDestroyNotify) summary_free);
}

static void
show_import_error (PfTrainingSection *self,
                   const GError      *error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  /* The core's message names the file and line; nothing changed, which the heading says. */
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Could Not Import the Runs"), error->message);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog), "%s\n\n%s", error->message,
                                  _("Your training figures have not changed."));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_import_done_cb (GObject      *source_object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  PfTrainingSection *self = PF_TRAINING_SECTION (source_object);
  g_autoptr(GError) error = NULL;
  PfTrainingSummary *summary;
  g_auto(PfPlanInputs) inputs = { 0 };

  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), TRUE);
  summary = g_task_propagate_pointer (G_TASK (result), &error);
  if (summary == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_import_error (self, error);
      return;
    }

  if (pf_editor_section_edit_begin (PF_EDITOR_SECTION (self), &inputs))
    {
      g_autofree char *total = pf_format_distance (units_of (self), summary->total_km * 1000.0);
      g_autofree char *subtitle = NULL;

      pf_training_apply (summary, &inputs);
      pf_editor_section_edit_commit (PF_EDITOR_SECTION (self), &inputs,
                                     GTK_WIDGET (self->import_button));
      subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "Imported %u run, %s in all",
                                               "Imported %u runs, %s in all",
                                               summary->n_runs),
                                  summary->n_runs, total);
      adw_action_row_set_subtitle (self->import_row, subtitle);
      pf_editor_section_sync (PF_EDITOR_SECTION (self), TRUE);
    }
  summary_free (summary);
}

/* The pace of the plan on the course: what "at goal pace" means in the recorded runs. */
static double
goal_pace_s_per_km (PfTrainingSection *self)
{
  PfDocument *document = pf_document_widget_get_document (PF_DOCUMENT_WIDGET (self));
  PfPlan *plan = document ? pf_document_get_plan (document) : NULL;
  double distance;

  if (plan == NULL)
    return NAN;
  distance = pf_course_get_distance (pf_plan_get_course (plan));
  return distance > 0 ? pf_plan_get_finish_time (plan) / distance * 1000.0 : NAN;
}

/* Reads @files in a worker thread; the import button is off meanwhile. */
void
_pf_training_section_import_files (PfTrainingSection *self,
                                   GListModel        *files)
{
  g_autoptr(GTask) task = NULL;
  ImportTask *import;

  import = g_new0 (ImportTask, 1);
  import->files = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (files); i++)
    g_ptr_array_add (import->files, g_list_model_get_item (files, i));
  import->goal_pace_s_per_km = goal_pace_s_per_km (self);

  g_cancellable_cancel (self->import_cancellable);
  g_clear_object (&self->import_cancellable);
  self->import_cancellable = g_cancellable_new ();

  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), FALSE);
  task = g_task_new (self, self->import_cancellable, on_import_done_cb, NULL);
  g_task_set_source_tag (task, _pf_training_section_import_files);
  g_task_set_task_data (task, import, (GDestroyNotify) import_task_free);
  g_task_run_in_thread (task, import_thread);
}

static void
on_chooser_response_cb (GtkNativeDialog   *chooser,
                        int                response,
                        PfTrainingSection *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));

      if (files != NULL && g_list_model_get_n_items (files) > 0)
        _pf_training_section_import_files (self, files);
    }

  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->chooser);
}

static void
on_import_clicked_cb (PfTrainingSection *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr(GtkFileFilter) runs = gtk_file_filter_new ();

  if (self->chooser != NULL)
    {
      gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
      return;
    }

  self->chooser = gtk_file_chooser_native_new (_("Import Runs"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (self->chooser), TRUE);
  gtk_file_filter_set_name (runs, _("Recorded Runs"));
  gtk_file_filter_add_suffix (runs, "gpx");
  gtk_file_filter_add_suffix (runs, "tcx");
  gtk_file_filter_add_suffix (runs, "fit");
  gtk_file_filter_add_mime_type (runs, "application/gpx+xml");
  gtk_file_filter_add_mime_type (runs, "application/vnd.garmin.tcx+xml");
  gtk_file_filter_add_mime_type (runs, "application/vnd.ant.fit");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), runs);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* --- Filling the fields from the inputs ------------------------------------------------------ */

static void
pf_training_section_sync (PfEditorSection    *section,
                          const PfPlanInputs *inputs,
                          gboolean            force)
{
  PfTrainingSection *self = PF_TRAINING_SECTION (section);
  const PfTraining *t = &inputs->training;
  const char *distance = pf_units_distance_symbol (units_of (self));

  gtk_label_set_text (self->weekly_unit, distance);
  gtk_label_set_text (self->pace_unit, pf_units_pace_symbol (units_of (self)));
  sync_pace_entry (self, t->mean_pace_s_per_km, force);
  gtk_label_set_text (self->longest_unit, distance);
  gtk_label_set_text (self->goal_pace_unit, distance);
  pf_field_show_value (self->weekly_spin, round (t->weekly_km / distance_unit_km (self)), force);
  pf_field_show_value (self->longest_spin, t->longest_run_km / distance_unit_km (self), force);
  adw_expander_row_set_enable_expansion (self->goal_pace_expander, !isnan (t->goal_pace_km));
  if (!isnan (t->goal_pace_km))
    pf_field_show_value (self->goal_pace_spin, t->goal_pace_km / distance_unit_km (self), force);
  gtk_switch_set_active (self->acclimatised_switch, t->acclimatised);
}

static void
pf_training_section_dispose (GObject *object)
{
  PfTrainingSection *self = PF_TRAINING_SECTION (object);

  g_cancellable_cancel (self->import_cancellable);
  g_clear_object (&self->import_cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), PF_TYPE_TRAINING_SECTION);

  G_OBJECT_CLASS (pf_training_section_parent_class)->dispose (object);
}

#define BIND(name) gtk_widget_class_bind_template_child (widget_class, PfTrainingSection, name)

static void
pf_training_section_class_init (PfTrainingSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PfEditorSectionClass *section_class = PF_EDITOR_SECTION_CLASS (klass);

  object_class->dispose = pf_training_section_dispose;
  section_class->sync = pf_training_section_sync;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/pf-training-section.ui");
  BIND (group);
  BIND (weekly_spin);
  BIND (weekly_unit);
  BIND (pace_entry);
  BIND (pace_unit);
  BIND (longest_spin);
  BIND (longest_unit);
  BIND (goal_pace_expander);
  BIND (goal_pace_spin);
  BIND (goal_pace_unit);
  BIND (acclimatised_switch);
  BIND (import_row);
  BIND (import_button);
  gtk_widget_class_bind_template_callback (widget_class, on_fields_notify_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_pace_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_import_clicked_cb);
}

#undef BIND

static void
pf_training_section_init (PfTrainingSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  pf_field_name_expander_switches (GTK_WIDGET (self));
}
