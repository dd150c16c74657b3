/* pf-document.c — the plan being edited: inputs, where they came from, and the latest result
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-document"

#include "config.h"

#include "pf-document.h"
#include "pf-plan-worker.h"

#include <glib/gi18n.h>
#include <string.h>

/* The document owns the inputs; the plan is recomputed whenever they change, and views only
 * ever read the plan. Inputs the core refuses leave inputs and plan as they were and set
 * :error-message, so the field that was edited can say why. A load replaces inputs and plan
 * together, and only when both succeeded, so a bad file never leaves the window without a
 * course; what the runner chose (goal, weather, strategy) carries over to the new course.
 *
 * Recomputing usually takes well under a millisecond and happens at once. When the last
 * comparable computation took longer than a frame's share (a long course being cleaned again),
 * the inputs are taken at once but the plan follows from a PfPlanWorker thread, so typing never
 * stalls; :busy is set meanwhile and only the newest result is applied. */
struct _PfDocument
{
  GObject       parent_instance;

  PfPlanInputs  inputs;
  PfPlan       *plan;
  GFile        *file;
  GFile        *plan_file;
  char         *display_name;
  char         *title;
  gboolean      dirty;
  char         *error_message;
  GCancellable *load_cancellable;
  guint         n_loads;

  PfPlanWorker *worker;
  gint64        budget_usec;
  gint64        recompute_usec;
  gint64        clean_usec;
};

/* Half of a 60 Hz frame: the rest is left for drawing what changed. */
#define DEFAULT_BUDGET_USEC 8000

G_DEFINE_FINAL_TYPE (PfDocument, pf_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PLAN,
  PROP_FILE,
  PROP_DISPLAY_NAME,
  PROP_TITLE,
  PROP_BUSY,
  PROP_OFFICIAL_DISTANCE,
  PROP_ERROR_MESSAGE,
  PROP_PLAN_FILE,
  PROP_DIRTY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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
  result->usec = g_get_monotonic_time ();
  result->plan = pf_plan_compute (&result->inputs, error);
  if (result->plan == NULL)
    return NULL;
  result->usec = g_get_monotonic_time () - result->usec;

  result->file = file ? g_object_ref (file) : NULL;
  result->display_name = g_strdup (display_name);
  return g_steal_pointer (&result);
}

/* A saved plan is known by its file's name, as the runner chose it; a course by its name. */
static char *
make_title (PfPlan     *plan,
            GFile      *plan_file,
            const char *display_name)
{
  PfCourse *course = pf_plan_get_course (plan);
  const char *name = pf_course_get_name (course);

  if (plan_file != NULL)
    {
      g_autofree char *basename = g_file_get_basename (plan_file);

      if (g_str_has_suffix (basename, ".pacefuel"))
        basename[strlen (basename) - strlen (".pacefuel")] = '\0';
      if (*basename != '\0')
        return g_steal_pointer (&basename);
    }

  if (name == NULL || *name == '\0')
    name = pf_track_get_name (pf_course_get_track (course));
  if (name != NULL && *name != '\0')
    return g_strstrip (g_strdup (name));

  return g_strdup (display_name);
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

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR_MESSAGE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN_FILE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DISPLAY_NAME]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OFFICIAL_DISTANCE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);

  g_object_thaw_notify (G_OBJECT (self));
}

static void
pf_document_dispose (GObject *object)
{
  PfDocument *self = (PfDocument *)object;

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  if (self->worker != NULL)
    {
      pf_plan_worker_cancel (self->worker);
      g_signal_handlers_disconnect_by_data (self->worker, self);
      g_clear_object (&self->worker);
    }

  G_OBJECT_CLASS (pf_document_parent_class)->dispose (object);
}

static void
pf_document_finalize (GObject *object)
{
  PfDocument *self = (PfDocument *)object;

  pf_plan_inputs_clear (&self->inputs);
  g_clear_pointer (&self->plan, pf_plan_unref);
  g_clear_object (&self->file);
  g_clear_object (&self->plan_file);
  g_clear_pointer (&self->display_name, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->error_message, g_free);

  G_OBJECT_CLASS (pf_document_parent_class)->finalize (object);
}

static void
pf_document_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  PfDocument *self = PF_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_boxed (value, self->plan);
      break;

    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_DISPLAY_NAME:
      g_value_set_string (value, self->display_name);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_BUSY:
      g_value_set_boolean (value, pf_document_get_busy (self));
      break;

    case PROP_OFFICIAL_DISTANCE:
      g_value_set_double (value, self->inputs.official_distance_m);
      break;

    case PROP_ERROR_MESSAGE:
      g_value_set_string (value, self->error_message);
      break;

    case PROP_PLAN_FILE:
      g_value_set_object (value, self->plan_file);
      break;

    case PROP_DIRTY:
      g_value_set_boolean (value, self->dirty);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pf_document_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  PfDocument *self = PF_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_OFFICIAL_DISTANCE:
      pf_document_set_official_distance (self, g_value_get_double (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pf_document_class_init (PfDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pf_document_dispose;
  object_class->finalize = pf_document_finalize;
  object_class->get_property = pf_document_get_property;
  object_class->set_property = pf_document_set_property;

  properties[PROP_PLAN] =
    g_param_spec_boxed ("plan", NULL, NULL,
                        PF_TYPE_PLAN,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL,
                         G_TYPE_FILE,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_DISPLAY_NAME] =
    g_param_spec_string ("display-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_OFFICIAL_DISTANCE] =
    g_param_spec_double ("official-distance", NULL, NULL,
                         0, G_MAXDOUBLE, 0,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  /* Why the last edit of the inputs was refused, or NULL when the plan follows the inputs. */
  properties[PROP_ERROR_MESSAGE] =
    g_param_spec_string ("error-message", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  /* The *.pacefuel the inputs were last opened from or saved to; NULL for a new plan. */
  properties[PROP_PLAN_FILE] =
    g_param_spec_object ("plan-file", NULL, NULL,
                         G_TYPE_FILE,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  /* The inputs changed since they were opened or saved. */
  properties[PROP_DIRTY] =
    g_param_spec_boolean ("dirty", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void on_worker_finished_cb     (PfDocument *self,
                                      PfPlan     *plan,
                                      GError     *error,
                                      gint64      usec);
static void on_worker_busy_changed_cb (PfDocument *self);

static void
pf_document_init (PfDocument *self)
{
  pf_plan_inputs_init (&self->inputs);

  self->budget_usec = DEFAULT_BUDGET_USEC;
  self->worker = pf_plan_worker_new ();
  g_signal_connect_swapped (self->worker, "finished",
                            G_CALLBACK (on_worker_finished_cb), self);
  g_signal_connect_swapped (self->worker, "notify::busy",
                            G_CALLBACK (on_worker_busy_changed_cb), self);
}

PfDocument *
pf_document_new (void)
{
  return g_object_new (PF_TYPE_DOCUMENT, NULL);
}

/* Returns: (transfer none) (nullable): the latest plan, NULL before the first load. */
PfPlan *
pf_document_get_plan (PfDocument *self)
{
  g_return_val_if_fail (PF_IS_DOCUMENT (self), NULL);

  return self->plan;
}

GFile *
pf_document_get_file (PfDocument *self)
{
  g_return_val_if_fail (PF_IS_DOCUMENT (self), NULL);

  return self->file;
}

const char *
pf_document_get_display_name (PfDocument *self)
{
  g_return_val_if_fail (PF_IS_DOCUMENT (self), NULL);

  return self->display_name;
}

const char *
pf_document_get_title (PfDocument *self)
{
  g_return_val_if_fail (PF_IS_DOCUMENT (self), NULL);

  return self->title;
}

gboolean
pf_document_get_busy (PfDocument *self)
{
  g_return_val_if_fail (PF_IS_DOCUMENT (self), FALSE);

  return self->n_loads > 0 || pf_plan_worker_get_busy (self->worker);
}

double
pf_document_get_official_distance (PfDocument *self)
{
  g_return_val_if_fail (PF_IS_DOCUMENT (self), 0);

  return self->inputs.official_distance_m;
}

/* A value that cannot be planned (the core refuses it) leaves the previous plan in place. */
void
pf_document_set_official_distance (PfDocument *self,
                                   double      official_distance_m)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(GError) error = NULL;

  g_return_if_fail (PF_IS_DOCUMENT (self));

  if (self->inputs.official_distance_m == official_distance_m)
    return;

  pf_plan_inputs_init (&inputs);
  pf_plan_inputs_copy (&inputs, &self->inputs);
  inputs.official_distance_m = official_distance_m;
  if (!pf_document_set_inputs (self, &inputs, &error))
    g_message ("Keeping the previous plan: %s", error->message);
}

/* Returns: (transfer none): what the runner chose; the plan follows these unless
 * :error-message says why it could not. Copy them (pf_plan_inputs_copy) to edit. */
const PfPlanInputs *
pf_document_get_inputs (PfDocument *self)
{
  g_return_val_if_fail (PF_IS_DOCUMENT (self), NULL);

  return &self->inputs;
}

/* A copy of the inputs, for an editor to change and hand back with pf_document_set_inputs();
 * clear it with pf_plan_inputs_clear(). */
void
pf_document_copy_inputs (PfDocument   *self,
                         PfPlanInputs *inputs)
{
  g_return_if_fail (PF_IS_DOCUMENT (self));
  g_return_if_fail (inputs != NULL);

  pf_plan_inputs_init (inputs);
  pf_plan_inputs_copy (inputs, &self->inputs);
}

const char *
pf_document_get_error_message (PfDocument *self)
{
  g_return_val_if_fail (PF_IS_DOCUMENT (self), NULL);

  return self->error_message;
}

static void
set_error_message (PfDocument *self,
                   const char *message)
{
  if (g_strcmp0 (self->error_message, message) == 0)
    return;

  g_free (self->error_message);
  self->error_message = g_strdup (message);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR_MESSAGE]);
}

static void
set_dirty (PfDocument *self,
           gboolean    dirty)
{
  if (self->dirty == dirty)
    return;

  self->dirty = dirty;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
}

GFile *
pf_document_get_plan_file (PfDocument *self)
{
  g_return_val_if_fail (PF_IS_DOCUMENT (self), NULL);

  return self->plan_file;
}

gboolean
pf_document_get_dirty (PfDocument *self)
{
  g_return_val_if_fail (PF_IS_DOCUMENT (self), FALSE);

  return self->dirty;
}

static void
set_plan_file (PfDocument *self,
               GFile      *plan_file)
{
  g_autofree char *title = NULL;

  if (g_set_object (&self->plan_file, plan_file))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN_FILE]);

  if (self->plan == NULL)
    return;
  title = make_title (self->plan, self->plan_file, self->display_name);
  if (g_strcmp0 (title, self->title) != 0)
    {
      g_free (self->title);
      self->title = g_steal_pointer (&title);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
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
  set_dirty (self, FALSE);
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
  set_dirty (self, TRUE);
  g_object_thaw_notify (G_OBJECT (self));
}

/* Whether @inputs keep the cleaned course of the current plan, so only the fast part runs. */
static gboolean
keeps_course (PfDocument         *self,
              const PfPlanInputs *inputs)
{
  return self->plan != NULL && pf_plan_keeps_course (self->plan, inputs);
}

static void
remember_cost (PfDocument *self,
               gboolean    kept_course,
               gint64      usec)
{
  if (kept_course)
    self->recompute_usec = usec;
  else
    self->clean_usec = usec;
}

/* Takes @inputs as the runner's choices; @plan is their plan, or NULL while it is computed. */
static void
take_inputs (PfDocument         *self,
             const PfPlanInputs *inputs,
             PfPlan             *plan)
{
  gboolean course_changed = inputs->official_distance_m != self->inputs.official_distance_m;

  pf_plan_inputs_copy (&self->inputs, inputs);

  g_object_freeze_notify (G_OBJECT (self));
  set_error_message (self, NULL);
  set_dirty (self, TRUE);
  if (course_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OFFICIAL_DISTANCE]);
  if (plan != NULL || inputs->track == NULL)
    {
      g_clear_pointer (&self->plan, pf_plan_unref);
      self->plan = plan ? pf_plan_ref (plan) : NULL;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

static void
on_worker_finished_cb (PfDocument *self,
                       PfPlan     *plan,
                       GError     *error,
                       gint64      usec)
{
  if (plan == NULL)
    {
      /* Refused after the inputs were taken (the checks that run at once passed): go back to
       * the choices the shown plan was made from, and say why. */
      g_object_freeze_notify (G_OBJECT (self));
      if (self->plan != NULL)
        pf_plan_inputs_copy (&self->inputs, pf_plan_get_inputs (self->plan));
      set_error_message (self, error->message);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OFFICIAL_DISTANCE]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
      g_object_thaw_notify (G_OBJECT (self));
      return;
    }

  remember_cost (self, keeps_course (self, pf_plan_get_inputs (plan)), usec);
  g_clear_pointer (&self->plan, pf_plan_unref);
  self->plan = pf_plan_ref (plan);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

static void
on_worker_busy_changed_cb (PfDocument *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

/* Replaces the inputs (the track is taken from @inputs too) and recomputes the plan, reusing
 * the cleaned course when only the runner's choices changed: typing stays well under a
 * millisecond per keystroke. Inputs the core refuses change nothing but :error-message.
 * When the last comparable computation took longer than the budget, the checks run at once and
 * the plan follows from the worker thread (see the top of this file). */
gboolean
pf_document_set_inputs (PfDocument          *self,
                        const PfPlanInputs  *inputs,
                        GError             **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(PfPlan) plan = NULL;
  gboolean kept_course;
  gint64 begin;

  g_return_val_if_fail (PF_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (inputs != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!pf_plan_inputs_validate (inputs, &local_error))
    {
      set_error_message (self, local_error->message);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  kept_course = keeps_course (self, inputs);
  if (inputs->track != NULL
      && (pf_plan_worker_get_busy (self->worker)
          || (kept_course ? self->recompute_usec : self->clean_usec) >= self->budget_usec))
    {
      take_inputs (self, inputs, NULL);
      pf_plan_worker_submit (self->worker, self->plan, inputs);
      return TRUE;
    }

  if (inputs->track != NULL)
    {
      begin = g_get_monotonic_time ();
      plan = pf_plan_recompute (self->plan, inputs, &local_error);
      if (plan == NULL)
        {
          set_error_message (self, local_error->message);
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      remember_cost (self, kept_course, g_get_monotonic_time () - begin);
    }

  take_inputs (self, inputs, plan);
  return TRUE;
}

/* Computations longer than @usec run in a worker thread (tests set 0 to force it). */
void
pf_document_set_budget (PfDocument *self,
                        gint64      usec)
{
  g_return_if_fail (PF_IS_DOCUMENT (self));

  self->budget_usec = usec;
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
} LoadTask;

static void
load_task_free (LoadTask *load)
{
  g_clear_object (&load->file);
  pf_plan_inputs_clear (&load->choices);
  g_free (load);
}

static gboolean
is_plan_file (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *lower = basename ? g_ascii_strdown (basename, -1) : NULL;

  return lower != NULL && g_str_has_suffix (lower, ".pacefuel");
}

/* A plan document brings its own course and choices: nothing carries over. */
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
  result->plan = pf_plan_compute (&result->inputs, &error);
  if (result->plan == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (load->file);

      g_task_return_new_error (task, PF_PLAN_FILE_ERROR, PF_PLAN_FILE_ERROR_CORRUPT,
                               "%s: %s", name, error->message);
      return;
    }

  result->plan_file = g_object_ref (load->file);
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
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);

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
  g_task_set_task_data (thread_task, load, (GDestroyNotify) load_task_free);

  self->n_loads++;
  if (self->n_loads == 1)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);

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

/* ---- defaults for new plans ----------------------------------------------------------------- */

/* The preferences' choices for new plans. A document that holds none of the runner's own
 * choices yet (no course, or one nobody opened from a file, edited or saved: the embedded
 * sample) takes them at once without becoming dirty, and a course opened into it next plans
 * with them, since loads carry the choices over. A saved plan or an opened or edited course
 * keeps its own. */
void
pf_document_set_defaults (PfDocument   *self,
                          PfGradeModel  grade_model,
                          PfHeatModel   heat_model,
                          double        fluid_ceiling_l_per_h)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(PfPlan) plan = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (PF_IS_DOCUMENT (self));

  if (self->dirty || self->file != NULL || self->plan_file != NULL)
    return;
  if (self->inputs.grade_model == grade_model
      && self->inputs.heat_model == heat_model
      && self->inputs.fuel.fluid_ceiling_l_per_h == fluid_ceiling_l_per_h)
    return;

  pf_plan_inputs_init (&inputs);
  pf_plan_inputs_copy (&inputs, &self->inputs);
  inputs.grade_model = grade_model;
  inputs.heat_model = heat_model;
  inputs.fuel.fluid_ceiling_l_per_h = fluid_ceiling_l_per_h;

  /* Only the runner's choices change: the cleaned course is reused, which takes microseconds. */
  if (inputs.track != NULL)
    plan = pf_plan_recompute (self->plan, &inputs, &error);
  else if (!pf_plan_inputs_validate (&inputs, &error))
    plan = NULL;
  if (error != NULL)
    {
      g_warning ("The defaults for new plans do not apply: %s", error->message);
      return;
    }

  pf_plan_inputs_copy (&self->inputs, &inputs);
  if (plan != NULL)
    {
      g_clear_pointer (&self->plan, pf_plan_unref);
      self->plan = g_steal_pointer (&plan);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
    }
}
