/* pf-document.c — the plan being edited: inputs, where they came from, and the latest result
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-document"

#include "config.h"

#include "pf-document.h"
#include "pf-document-private.h"

/* The document owns the inputs; the plan is recomputed whenever they change, and views only
 * ever read the plan. Inputs the core refuses leave inputs and plan as they were and set
 * :error-message, so the field that was edited can say why. A load (pf-document-files.c)
 * replaces inputs and plan together, and only when both succeeded, so a bad file never leaves
 * the window without a course; what the runner chose (goal, weather, strategy) carries over to
 * the new course.
 *
 * Recomputing usually takes well under a millisecond and happens at once. When the last
 * comparable computation took longer than a frame's share (a long course being cleaned again),
 * the inputs are taken at once but the plan follows from a PfPlanWorker thread, so typing never
 * stalls; :busy is set meanwhile and only the newest result is applied. */

/* Half of a 60 Hz frame: the rest is left for drawing what changed. */
#define DEFAULT_BUDGET_USEC 8000

G_DEFINE_FINAL_TYPE (PfDocument, pf_document, G_TYPE_OBJECT)

GParamSpec *_pf_document_properties[N_PROPS];

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

  _pf_document_properties[PROP_PLAN] =
    g_param_spec_boxed ("plan", NULL, NULL,
                        PF_TYPE_PLAN,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  _pf_document_properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL,
                         G_TYPE_FILE,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  _pf_document_properties[PROP_DISPLAY_NAME] =
    g_param_spec_string ("display-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  _pf_document_properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  _pf_document_properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  _pf_document_properties[PROP_OFFICIAL_DISTANCE] =
    g_param_spec_double ("official-distance", NULL, NULL,
                         0, G_MAXDOUBLE, 0,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  /* Why the last edit of the inputs was refused, or NULL when the plan follows the inputs. */
  _pf_document_properties[PROP_ERROR_MESSAGE] =
    g_param_spec_string ("error-message", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  /* The *.pacefuel the inputs were last opened from or saved to; NULL for a new plan. */
  _pf_document_properties[PROP_PLAN_FILE] =
    g_param_spec_object ("plan-file", NULL, NULL,
                         G_TYPE_FILE,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  /* The inputs changed since they were opened or saved. */
  _pf_document_properties[PROP_DIRTY] =
    g_param_spec_boolean ("dirty", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, _pf_document_properties);
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

  /* Metric until the window says otherwise, as the inputs' own default. */
  self->units_split_unit = PF_SPLIT_KM;
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
  g_object_notify_by_pspec (G_OBJECT (self), _pf_document_properties[PROP_ERROR_MESSAGE]);
}

void
_pf_document_set_dirty (PfDocument *self,
                        gboolean    dirty)
{
  if (self->dirty == dirty)
    return;

  self->dirty = dirty;
  g_object_notify_by_pspec (G_OBJECT (self), _pf_document_properties[PROP_DIRTY]);
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

/* Takes @inputs as the runner's choices; @plan is their plan, or NULL while it is computed.
 * An @edit is the runner's and makes the document dirty; what follows the units is not. */
static void
take_inputs (PfDocument         *self,
             const PfPlanInputs *inputs,
             PfPlan             *plan,
             gboolean            edit)
{
  gboolean course_changed = inputs->official_distance_m != self->inputs.official_distance_m;

  pf_plan_inputs_copy (&self->inputs, inputs);

  g_object_freeze_notify (G_OBJECT (self));
  set_error_message (self, NULL);
  if (edit)
    _pf_document_set_dirty (self, TRUE);
  if (course_changed)
    g_object_notify_by_pspec (G_OBJECT (self), _pf_document_properties[PROP_OFFICIAL_DISTANCE]);
  if (plan != NULL || inputs->track == NULL)
    {
      g_clear_pointer (&self->plan, pf_plan_unref);
      self->plan = plan ? pf_plan_ref (plan) : NULL;
      g_object_notify_by_pspec (G_OBJECT (self), _pf_document_properties[PROP_PLAN]);
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
      g_object_notify_by_pspec (G_OBJECT (self), _pf_document_properties[PROP_OFFICIAL_DISTANCE]);
      g_object_notify_by_pspec (G_OBJECT (self), _pf_document_properties[PROP_PLAN]);
      g_object_thaw_notify (G_OBJECT (self));
      return;
    }

  remember_cost (self, keeps_course (self, pf_plan_get_inputs (plan)), usec);
  g_clear_pointer (&self->plan, pf_plan_unref);
  self->plan = pf_plan_ref (plan);
  g_object_notify_by_pspec (G_OBJECT (self), _pf_document_properties[PROP_PLAN]);
}

static void
on_worker_busy_changed_cb (PfDocument *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), _pf_document_properties[PROP_BUSY]);
}

static gboolean
replace_inputs (PfDocument          *self,
                const PfPlanInputs  *inputs,
                gboolean             edit,
                GError             **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(PfPlan) plan = NULL;
  gboolean kept_course;
  gint64 begin;

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
      take_inputs (self, inputs, NULL, edit);
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

  take_inputs (self, inputs, plan, edit);
  return TRUE;
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
  g_return_val_if_fail (PF_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (inputs != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return replace_inputs (self, inputs, TRUE, error);
}

/* Computations longer than @usec run in a worker thread (tests set 0 to force it). */
void
pf_document_set_budget (PfDocument *self,
                        gint64      usec)
{
  g_return_if_fail (PF_IS_DOCUMENT (self));

  self->budget_usec = usec;
}

/* ---- defaults for new plans ----------------------------------------------------------------- */

/* The preferences' choices for new plans. A document that holds none of the runner's own
 * choices yet (no course, or one nobody opened from a file, edited or saved: the embedded
 * sample) takes them at once without becoming dirty, and a course opened into it next plans
 * with them, since loads carry the choices over. A saved plan or an opened or edited course
 * keeps its own. (The split unit is not among them: it follows the units in every plan whose
 * runner did not pick one, pf_document_follow_units.) */
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
      g_object_notify_by_pspec (G_OBJECT (self), _pf_document_properties[PROP_PLAN]);
    }
}

/* ---- the split unit of the units ------------------------------------------------------------- */

/* Applies the units' split unit to a plan whose runner has not picked one: once, reusing the
 * cleaned course. Like the defaults for new plans this is no edit of the runner's and leaves
 * :dirty as it was: the unit was never theirs, the file's is as good (it follows again when
 * opened), and switching the units back and forth must not ask to save a plan nobody changed. */
void
_pf_document_follow_units (PfDocument *self)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(GError) error = NULL;

  pf_document_copy_inputs (self, &inputs);
  if (!pf_plan_inputs_follow_split_unit (&inputs, self->units_split_unit))
    return;
  if (!replace_inputs (self, &inputs, FALSE, &error))
    g_message ("The splits keep their unit: %s", error->message);
}

/**
 * pf_document_follow_units:
 * @units_split_unit: the display units' split unit: %PF_SPLIT_KM in metric, %PF_SPLIT_MILE in
 *   imperial
 *
 * The display units changed (or are first known). Until the runner picks a split unit, the
 * plan's splits follow them (pf_plan_inputs_follow_split_unit), in this plan and in every
 * course or plan opened into the document later.
 */
void
pf_document_follow_units (PfDocument  *self,
                          PfSplitUnit  units_split_unit)
{
  g_return_if_fail (PF_IS_DOCUMENT (self));
  g_return_if_fail (units_split_unit == PF_SPLIT_KM || units_split_unit == PF_SPLIT_MILE);

  self->units_split_unit = units_split_unit;
  _pf_document_follow_units (self);
}
