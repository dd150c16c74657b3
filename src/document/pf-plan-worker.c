/* pf-plan-worker.c — recomputes plans in a worker thread, newest inputs first
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-plan-worker"

#include "config.h"

#include "pf-plan-worker.h"

/* PfDocument hands its inputs here when a recompute would take longer than a frame (cleaning a
 * 300 km course after its official distance changed, say), so typing never waits for the core.
 * One computation runs at a time. Inputs submitted meanwhile replace one another: when the
 * running computation ends, its result is stale and dropped, and only the newest inputs are
 * computed next. ::finished therefore reports results in order and never an outdated one.
 *
 * The thread reads nothing but its own copy of the inputs and a reference to the previous plan;
 * PfPlan, PfCourse and PfTrack are immutable and atomically ref-counted, so sharing them with
 * the views on the main thread is safe. */
struct _PfPlanWorker
{
  GObject       parent_instance;

  gboolean      running;
  guint64       serial;

  gboolean      has_pending;
  PfPlanInputs  pending;
  PfPlan       *pending_previous;
};

G_DEFINE_FINAL_TYPE (PfPlanWorker, pf_plan_worker, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_BUSY,
  N_PROPS
};

enum {
  FINISHED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

typedef struct
{
  guint64       serial;
  PfPlanInputs  inputs;
  PfPlan       *previous;
  PfPlan       *plan;
  GError       *error;
  gint64        usec;
} Job;

static void
job_free (Job *job)
{
  pf_plan_inputs_clear (&job->inputs);
  g_clear_pointer (&job->previous, pf_plan_unref);
  g_clear_pointer (&job->plan, pf_plan_unref);
  g_clear_error (&job->error);
  g_free (job);
}

static void start (PfPlanWorker       *self,
                   PfPlan             *previous,
                   const PfPlanInputs *inputs);

static void
set_running (PfPlanWorker *self,
             gboolean      running)
{
  gboolean was_busy = pf_plan_worker_get_busy (self);

  self->running = running;
  if (was_busy != pf_plan_worker_get_busy (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
clear_pending (PfPlanWorker *self)
{
  self->has_pending = FALSE;
  pf_plan_inputs_clear (&self->pending);
  pf_plan_inputs_init (&self->pending);
  g_clear_pointer (&self->pending_previous, pf_plan_unref);
}

static void
compute_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Job *job = task_data;
  gint64 begin = g_get_monotonic_time ();

  job->plan = pf_plan_recompute (job->previous, &job->inputs, &job->error);
  job->usec = g_get_monotonic_time () - begin;
  g_task_return_boolean (task, TRUE);
}

static void
on_compute_done_cb (GObject      *source_object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  PfPlanWorker *self = PF_PLAN_WORKER (source_object);
  Job *job = g_task_get_task_data (G_TASK (result));

  if (self->has_pending)
    {
      /* Newer inputs arrived while this ran: this result is already out of date. */
      g_auto(PfPlanInputs) inputs = self->pending;
      g_autoptr(PfPlan) previous = g_steal_pointer (&self->pending_previous);

      self->has_pending = FALSE;
      pf_plan_inputs_init (&self->pending);
      /* The stale result is worth passing on when its cleaned course can be reused. */
      start (self,
             job->plan != NULL && pf_plan_keeps_course (job->plan, &inputs) ? job->plan : previous,
             &inputs);
      return;
    }

  set_running (self, FALSE);
  if (job->serial == self->serial)
    g_signal_emit (self, signals[FINISHED], 0, job->plan, job->error, job->usec);
}

static void
start (PfPlanWorker       *self,
       PfPlan             *previous,
       const PfPlanInputs *inputs)
{
  g_autoptr(GTask) task = g_task_new (self, NULL, on_compute_done_cb, NULL);
  Job *job = g_new0 (Job, 1);

  job->serial = self->serial;
  pf_plan_inputs_init (&job->inputs);
  pf_plan_inputs_copy (&job->inputs, inputs);
  job->previous = previous ? pf_plan_ref (previous) : NULL;

  g_task_set_source_tag (task, start);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  set_running (self, TRUE);
  g_task_run_in_thread (task, compute_thread);
}

static void
pf_plan_worker_finalize (GObject *object)
{
  PfPlanWorker *self = (PfPlanWorker *)object;

  clear_pending (self);

  G_OBJECT_CLASS (pf_plan_worker_parent_class)->finalize (object);
}

static void
pf_plan_worker_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PfPlanWorker *self = PF_PLAN_WORKER (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, pf_plan_worker_get_busy (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pf_plan_worker_class_init (PfPlanWorkerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pf_plan_worker_finalize;
  object_class->get_property = pf_plan_worker_get_property;

  /* A computation is running or waiting. */
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PfPlanWorker::finished:
   * @plan: (nullable): the plan for the newest inputs, or %NULL when the core refused them
   * @error: (nullable): why the core refused them
   * @usec: how long the computation took, in microseconds
   *
   * Emitted on the main thread for the newest inputs submitted, unless cancelled since.
   */
  signals[FINISHED] =
    g_signal_new ("finished",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3,
                  PF_TYPE_PLAN, G_TYPE_ERROR, G_TYPE_INT64);
}

static void
pf_plan_worker_init (PfPlanWorker *self)
{
  pf_plan_inputs_init (&self->pending);
}

PfPlanWorker *
pf_plan_worker_new (void)
{
  return g_object_new (PF_TYPE_PLAN_WORKER, NULL);
}

/* Computes the plan for @inputs (which need a track), reusing the cleaned course of @previous
 * when it fits; replaces any inputs still waiting. */
void
pf_plan_worker_submit (PfPlanWorker       *self,
                       PfPlan             *previous,
                       const PfPlanInputs *inputs)
{
  g_return_if_fail (PF_IS_PLAN_WORKER (self));
  g_return_if_fail (inputs != NULL && inputs->track != NULL);

  self->serial++;
  if (!self->running)
    {
      start (self, previous, inputs);
      return;
    }

  clear_pending (self);
  pf_plan_inputs_copy (&self->pending, inputs);
  self->pending_previous = previous ? pf_plan_ref (previous) : NULL;
  self->has_pending = TRUE;
}

/* Forgets what was submitted: nothing more is reported until the next submit. A computation
 * already running cannot be interrupted; its result is dropped. */
void
pf_plan_worker_cancel (PfPlanWorker *self)
{
  gboolean was_busy;

  g_return_if_fail (PF_IS_PLAN_WORKER (self));

  was_busy = pf_plan_worker_get_busy (self);
  self->serial++;
  clear_pending (self);
  if (was_busy != pf_plan_worker_get_busy (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

gboolean
pf_plan_worker_get_busy (PfPlanWorker *self)
{
  g_return_val_if_fail (PF_IS_PLAN_WORKER (self), FALSE);

  return self->running || self->has_pending;
}
