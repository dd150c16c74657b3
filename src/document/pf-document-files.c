/* pf-document-files.c — the document's files: a course or a plan read (in a worker thread
 * for files) and taken whole or not at all, the plan saved, and the title the file gives it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-document"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pf-document.h"
#include "pf-document-private.h"

typedef struct
{
  PfPlanInputs  inputs;
  PfPlan       *plan;
  GFile        *file;
  GFile        *plan_file;
  char         *display_name;
  gint64        usec;
} LoadResult;

static void
load_result_free (LoadResult *result)
{
  pf_plan_inputs_clear (&result->inputs);
  g_clear_pointer (&result->plan, pf_plan_unref);
  g_clear_object (&result->file);
  g_clear_object (&result->plan_file);
  g_clear_pointer (&result->display_name, g_free);
  g_free (result);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LoadResult, load_result_free)

/* Runs in a worker thread for files: touches nothing but its arguments. @choices are the
 * inputs to carry over (the course's own, track and official distance, start afresh). */
static LoadResult *
load_result_new (PfTrack             *track,
                 const PfPlanInputs  *choices,
                 GFile               *file,
                 const char          *display_name,
                 GError             **error)
{
  g_autoptr(LoadResult) result = g_new0 (LoadResult, 1);

  pf_plan_inputs_init (&result->inputs);
  if (choices != NULL)
    pf_plan_inputs_copy (&result->inputs, choices);
  result->inputs.official_distance_m = 0;
  pf_plan_inputs_set_track (&result->inputs, track);
  /* A goal typed for the last course that no one could run on this one is not refused. */
  pf_plan_inputs_fit_goal (&result->inputs);
  result->usec = g_get_monotonic_time ();
  result->plan = pf_plan_compute (&result->inputs, error);
  if (result->plan == NULL)
    return NULL;
  result->usec = g_get_monotonic_time () - result->usec;

  result->file = file ? g_object_ref (file) : NULL;
  result->display_name = g_strdup (display_name);
  return g_steal_pointer (&result);
}

/* A course is known by its name, as the file gives it (the course's, else the track's),
 * else by the name of the file it came from. */
static char *
course_title (PfPlan     *plan,
              const char *display_name)
{
  PfCourse *course = pf_plan_get_course (plan);
  const char *name = pf_course_get_name (course);

  if (name == NULL || *name == '\0')
    name = pf_track_get_name (pf_course_get_track (course));
  if (name != NULL && *name != '\0')
    return g_strstrip (g_strdup (name));

  return g_strdup (display_name);
}

/* A saved plan is known by its file's name, as the runner chose it; a course by its name. */
static char *
make_title (PfPlan     *plan,
            GFile      *plan_file,
            const char *display_name)
{
  if (plan_file != NULL)
    {
      g_autofree char *basename = g_file_get_basename (plan_file);

      if (g_str_has_suffix (basename, ".pacefuel"))
        basename[strlen (basename) - strlen (".pacefuel")] = '\0';
      if (*basename != '\0')
        return g_steal_pointer (&basename);
    }

  return course_title (plan, display_name);
}

/**
 * pf_document_dup_course_title:
 *
 * The course's own name, whatever the plan is saved as: the Course page's title.
 *
 * Returns: (transfer full) (nullable): the name, or %NULL with no course
 */
char *
pf_document_dup_course_title (PfDocument *self)
{
  g_return_val_if_fail (PF_IS_DOCUMENT (self), NULL);

  if (self->plan == NULL)
    return NULL;
  return course_title (self->plan, self->display_name);
}

static void
pf_document_apply (PfDocument *self,
                   LoadResult *result)
{
  g_object_freeze_notify (G_OBJECT (self));

  /* A recompute of the previous course must not land on this one. */
  pf_plan_worker_cancel (self->worker);
  self->clean_usec = result->usec;
  self->recompute_usec = 0;

  pf_plan_inputs_clear (&self->inputs);
  self->inputs = result->inputs;
  pf_plan_inputs_init (&result->inputs);

  g_clear_pointer (&self->plan, pf_plan_unref);
  self->plan = g_steal_pointer (&result->plan);

  g_set_object (&self->file, result->file);
  g_set_object (&self->plan_file, result->plan_file);
  g_free (self->display_name);
  self->display_name = g_steal_pointer (&result->display_name);
  g_free (self->title);
  self->title = make_title (self->plan, self->plan_file, self->display_name);
  g_clear_pointer (&self->error_message, g_free);
  self->dirty = FALSE;

  g_object_notify_by_pspec (G_OBJECT (self), _pf_document_properties[PROP_ERROR_MESSAGE]);
  g_object_notify_by_pspec (G_OBJECT (self), _pf_document_properties[PROP_FILE]);
  g_object_notify_by_pspec (G_OBJECT (self), _pf_document_properties[PROP_PLAN_FILE]);
  g_object_notify_by_pspec (G_OBJECT (self), _pf_document_properties[PROP_DIRTY]);
  g_object_notify_by_pspec (G_OBJECT (self), _pf_document_properties[PROP_DISPLAY_NAME]);
  g_object_notify_by_pspec (G_OBJECT (self), _pf_document_properties[PROP_TITLE]);
  g_object_notify_by_pspec (G_OBJECT (self), _pf_document_properties[PROP_OFFICIAL_DISTANCE]);
  g_object_notify_by_pspec (G_OBJECT (self), _pf_document_properties[PROP_PLAN]);

  g_object_thaw_notify (G_OBJECT (self));

  /* The load followed the units it started with; only when they changed meanwhile is there
   * anything left to do. */
  _pf_document_follow_units (self);
}

static void
set_plan_file (PfDocument *self,
               GFile      *plan_file)
{
  g_autofree char *title = NULL;

  if (g_set_object (&self->plan_file, plan_file))
    g_object_notify_by_pspec (G_OBJECT (self), _pf_document_properties[PROP_PLAN_FILE]);

  if (self->plan == NULL)
    return;
  title = make_title (self->plan, self->plan_file, self->display_name);
  if (g_strcmp0 (title, self->title) != 0)
    {
      g_free (self->title);
      self->title = g_steal_pointer (&title);
      g_object_notify_by_pspec (G_OBJECT (self), _pf_document_properties[PROP_TITLE]);
    }
}

/* Writes the inputs to @file (atomically, keeping a "~" backup) and makes it the plan's file.
 * The document is small: saving takes well under a frame, so it runs on the caller's thread. */
gboolean
pf_document_save (PfDocument  *self,
                  GFile       *file,
                  GError     **error)
{
  g_return_val_if_fail (PF_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->inputs.track == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           _("There is no course to save yet"));
      return FALSE;
    }
  if (!pf_plan_file_save (&self->inputs, file, NULL, error))
    return FALSE;

  g_object_freeze_notify (G_OBJECT (self));
  set_plan_file (self, file);
  _pf_document_set_dirty (self, FALSE);
  g_object_thaw_notify (G_OBJECT (self));
  return TRUE;
}

/* After restoring an autosaved plan: it is nobody's file yet, and not saved anywhere. */
void
pf_document_mark_unsaved (PfDocument *self)
{
  g_return_if_fail (PF_IS_DOCUMENT (self));

  g_object_freeze_notify (G_OBJECT (self));
  set_plan_file (self, NULL);
  _pf_document_set_dirty (self, TRUE);
  g_object_thaw_notify (G_OBJECT (self));
}

/* Synchronous: meant for the embedded sample, which is small and already in memory. */
gboolean
pf_document_load_bytes (PfDocument  *self,
                        GBytes      *bytes,
                        const char  *display_name,
                        GError     **error)
{
  g_autoptr(PfTrack) track = NULL;
  g_autoptr(LoadResult) result = NULL;

  g_return_val_if_fail (PF_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (display_name != NULL, FALSE);

  track = pf_import_bytes (bytes, display_name, error);
  if (track == NULL)
    return FALSE;

  result = load_result_new (track, &self->inputs, NULL, display_name, error);
  if (result == NULL)
    return FALSE;

  /* A load still running would overwrite what was asked for last. */
  g_cancellable_cancel (self->load_cancellable);
  pf_document_apply (self, result);
  return TRUE;
}

static char *
query_display_name (GFile        *file,
                    GCancellable *cancellable)
{
  g_autoptr(GFileInfo) info = NULL;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME,
                            G_FILE_QUERY_INFO_NONE, cancellable, NULL);
  if (info != NULL)
    return g_strdup (g_file_info_get_display_name (info));

  return g_file_get_basename (file);
}

/* What the worker thread reads: its own copies, so the document may change meanwhile. */
typedef struct
{
  GFile        *file;
  PfPlanInputs  choices;
  PfSplitUnit   units_split_unit;
} LoadTask;

static void
load_task_free (LoadTask *load)
{
  g_clear_object (&load->file);
  pf_plan_inputs_clear (&load->choices);
  g_free (load);
}

/* A plan, or its backup ("plan.pacefuel~"), opened as the plan it backs up (see
 * load_plan_thread for where it is saved). */
static gboolean
is_plan_file (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);

  return basename != NULL && pf_plan_file_is_plan_name (basename);
}

/* A plan document brings its own course and choices: nothing carries over. Its splits follow
 * the units unless its runner picked them, before the plan is computed, so it is computed once.
 * (A course's choices carry over from the document, which follows the units already.) */
static void
load_plan_thread (GTask        *task,
                  LoadTask     *load,
                  GCancellable *cancellable)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LoadResult) result = g_new0 (LoadResult, 1);
  g_autoptr(GFile) course_file = NULL;

  pf_plan_inputs_init (&result->inputs);
  if (!pf_plan_file_load (load->file, &result->inputs, cancellable, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  pf_plan_inputs_follow_split_unit (&result->inputs, load->units_split_unit);
  result->plan = pf_plan_compute (&result->inputs, &error);
  if (result->plan == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (load->file);

      g_task_return_new_error (task, PF_PLAN_FILE_ERROR, PF_PLAN_FILE_ERROR_CORRUPT,
                               "%s: %s", name, error->message);
      return;
    }

  {
    g_autoptr(GFile) backed_up = pf_plan_file_backed_up (load->file);

    /* A backup is read from, as a course is (file), but it is no plan's own file: Save asks
     * where, proposing the plan it backs up (the window's Save As), as for a restored
     * autosave — never writing to "plan.pacefuel~" itself. */
    if (backed_up != NULL)
      result->file = g_object_ref (load->file);
    else
      result->plan_file = g_object_ref (load->file);
  }
  result->display_name = g_strdup (pf_track_get_display_name (result->inputs.track));
  if (result->display_name == NULL)
    result->display_name = query_display_name (load->file, cancellable);
  g_task_return_pointer (task, g_steal_pointer (&result), (GDestroyNotify)load_result_free);
}

static void
load_file_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  LoadTask *load = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = NULL;
  g_autofree char *display_name = NULL;
  LoadResult *result;

  if (is_plan_file (load->file))
    {
      load_plan_thread (task, load, cancellable);
      return;
    }

  track = pf_import_file (load->file, cancellable, &error);
  if (track == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  display_name = query_display_name (load->file, cancellable);
  result = load_result_new (track, &load->choices, load->file, display_name, &error);
  if (result == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_pointer (task, result, (GDestroyNotify)load_result_free);
}

static void
on_load_file_thread_done_cb (GObject      *source_object,
                             GAsyncResult *thread_result,
                             gpointer      user_data)
{
  PfDocument *self = PF_DOCUMENT (source_object);
  g_autoptr(GTask) task = user_data;
  g_autoptr(LoadResult) result = NULL;
  GError *error = NULL;

  self->n_loads--;
  if (self->n_loads == 0)
    g_object_notify_by_pspec (G_OBJECT (self), _pf_document_properties[PROP_BUSY]);

  if (g_task_get_cancellable (task) != NULL)
    g_cancellable_disconnect (g_task_get_cancellable (task),
                              GPOINTER_TO_SIZE (g_task_get_task_data (task)));

  result = g_task_propagate_pointer (G_TASK (thread_result), &error);
  if (result == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  pf_document_apply (self, result);
  g_task_return_boolean (task, TRUE);
}

static void
on_caller_cancellable_cancelled_cb (GCancellable *cancellable,
                                    gpointer      user_data)
{
  g_cancellable_cancel (G_CANCELLABLE (user_data));
}

/* Reads and cleans @file in a worker thread. Starting another load cancels this one; on failure
 * the document keeps its course. */
void
pf_document_load_file_async (PfDocument          *self,
                             GFile               *file,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) thread_task = NULL;
  LoadTask *load;

  g_return_if_fail (PF_IS_DOCUMENT (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, pf_document_load_file_async);

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  self->load_cancellable = g_cancellable_new ();
  /* The caller's cancellable stops this load only; the handler goes when the load ends. */
  if (cancellable != NULL)
    {
      gulong handler_id;

      handler_id = g_cancellable_connect (cancellable,
                                          G_CALLBACK (on_caller_cancellable_cancelled_cb),
                                          g_object_ref (self->load_cancellable),
                                          g_object_unref);
      g_task_set_task_data (task, GSIZE_TO_POINTER (handler_id), NULL);
    }

  thread_task = g_task_new (self, self->load_cancellable, on_load_file_thread_done_cb,
                            g_steal_pointer (&task));
  g_task_set_source_tag (thread_task, load_file_thread);
  load = g_new0 (LoadTask, 1);
  load->file = g_object_ref (file);
  pf_plan_inputs_init (&load->choices);
  pf_plan_inputs_copy (&load->choices, &self->inputs);
  pf_plan_inputs_set_track (&load->choices, NULL);
  load->units_split_unit = self->units_split_unit;
  g_task_set_task_data (thread_task, load, (GDestroyNotify) load_task_free);

  self->n_loads++;
  if (self->n_loads == 1)
    g_object_notify_by_pspec (G_OBJECT (self), _pf_document_properties[PROP_BUSY]);

  g_task_run_in_thread (thread_task, load_file_thread);
}

gboolean
pf_document_load_file_finish (PfDocument    *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (PF_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
