/* pf-profile-store.c — the runner's own profile, kept across plans
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-profile-store"

#include "config.h"

#include "pf-profile-store.h"

#include <glib/gi18n.h>
#include <string.h>

/* One profile for the whole application (PfApplication owns it, as it owns the product
 * catalog): it belongs to the runner, not to a plan. A plan that uses it carries a copy
 * (PfPlanInputs.profile), so this file changing never changes a saved plan.
 *
 * Learning reads and fits the runs in a worker thread (hundreds of files take seconds), then
 * writes the file whole (pf_file_write_atomic) before the store shows the new profile. A file
 * that exists but cannot be read is never written over unasked: the store shows no profile,
 * keeps the reason (`load-error`) for the page to say, and only the runner's own "Learn" or
 * "Forget" replaces it — learning keeps the unreadable one as NAME~. */
struct _PfProfileStore
{
  GObject          parent_instance;

  GFile           *file;
  PfRunnerProfile *profile;     /* NULL: none learnt (or the file could not be read) */
  char            *load_error;  /* the file exists but could not be read */
  PfGradeModel     model;       /* the hill model a new profile corrects */
  gboolean         busy;
};

G_DEFINE_FINAL_TYPE (PfProfileStore, pf_profile_store, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FILE,
  PROP_PROFILE,
  PROP_LOAD_ERROR,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  GPtrArray       *files;       /* GFile: activities or folders of them */
  GFile           *target;
  PfGradeModel     model;
  gboolean         backup;      /* the file there could not be read: keep it as NAME~ */
  PfRunnerProfile *profile;     /* out */
  GPtrArray       *unreadable;  /* out: "NAME: problem" of each run that could not be read */
} LearnData;

static void
learn_data_free (LearnData *data)
{
  g_clear_pointer (&data->files, g_ptr_array_unref);
  g_clear_object (&data->target);
  g_clear_pointer (&data->profile, pf_runner_profile_free);
  g_clear_pointer (&data->unreadable, g_ptr_array_unref);
  g_free (data);
}

static void
pf_profile_store_finalize (GObject *object)
{
  PfProfileStore *self = (PfProfileStore *)object;

  g_clear_object (&self->file);
  g_clear_pointer (&self->profile, pf_runner_profile_free);
  g_clear_pointer (&self->load_error, g_free);

  G_OBJECT_CLASS (pf_profile_store_parent_class)->finalize (object);
}

static void
pf_profile_store_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PfProfileStore *self = PF_PROFILE_STORE (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_PROFILE:
      g_value_set_boxed (value, self->profile);
      break;

    case PROP_LOAD_ERROR:
      g_value_set_string (value, self->load_error);
      break;

    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pf_profile_store_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PfProfileStore *self = PF_PROFILE_STORE (object);

  switch (prop_id)
    {
    case PROP_FILE:
      self->file = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pf_profile_store_class_init (PfProfileStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pf_profile_store_finalize;
  object_class->get_property = pf_profile_store_get_property;
  object_class->set_property = pf_profile_store_set_property;

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL,
                         G_TYPE_FILE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /* A PfRunnerProfile, or NULL. */
  properties[PROP_PROFILE] =
    g_param_spec_boxed ("profile", NULL, NULL,
                        PF_TYPE_RUNNER_PROFILE,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  /* Why the file could not be read ("NAME: problem"), or NULL. */
  properties[PROP_LOAD_ERROR] =
    g_param_spec_string ("load-error", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  /* Runs are being read and fitted. */
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pf_profile_store_init (PfProfileStore *self)
{
  self->model = PF_GRADE_MODEL_DEFAULT;
}

/* @file: where the profile is kept; see pf_profile_store_default_file(). */
PfProfileStore *
pf_profile_store_new (GFile *file)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  return g_object_new (PF_TYPE_PROFILE_STORE, "file", file, NULL);
}

/* $XDG_DATA_HOME/pacefuel/runner-profile.json: in the Flatpak sandbox, the app's own folder. */
GFile *
pf_profile_store_default_file (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "pacefuel",
                                            "runner-profile.json", NULL);

  return g_file_new_for_path (path);
}

GFile *
pf_profile_store_get_file (PfProfileStore *self)
{
  g_return_val_if_fail (PF_IS_PROFILE_STORE (self), NULL);

  return self->file;
}

static void
set_profile (PfProfileStore  *self,
             PfRunnerProfile *profile)
{
  if (self->profile == NULL && profile == NULL)
    return;
  g_clear_pointer (&self->profile, pf_runner_profile_free);
  self->profile = profile;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROFILE]);
}

static void
set_load_error (PfProfileStore *self,
                const char     *message)
{
  if (g_strcmp0 (self->load_error, message) == 0)
    return;
  g_free (self->load_error);
  self->load_error = g_strdup (message);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOAD_ERROR]);
}

/* Reads the file again. A missing file is no profile, and not an error; a file that cannot be
 * read is no profile, the reason kept in `load-error` (and returned). */
gboolean
pf_profile_store_load (PfProfileStore  *self,
                       GError         **error)
{
  g_autoptr(GError) local_error = NULL;
  PfRunnerProfile *profile;

  g_return_val_if_fail (PF_IS_PROFILE_STORE (self), FALSE);

  profile = pf_runner_profile_load (self->file, &local_error);
  if (profile == NULL && g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      set_load_error (self, NULL);
      set_profile (self, NULL);
      return TRUE;
    }
  if (profile == NULL)
    {
      set_load_error (self, local_error->message);
      set_profile (self, NULL);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  set_load_error (self, NULL);
  set_profile (self, profile);
  return TRUE;
}

/* The runner's profile, or NULL. */
const PfRunnerProfile *
pf_profile_store_get_profile (PfProfileStore *self)
{
  g_return_val_if_fail (PF_IS_PROFILE_STORE (self), NULL);

  return self->profile;
}

const char *
pf_profile_store_get_load_error (PfProfileStore *self)
{
  g_return_val_if_fail (PF_IS_PROFILE_STORE (self), NULL);

  return self->load_error;
}

gboolean
pf_profile_store_get_busy (PfProfileStore *self)
{
  g_return_val_if_fail (PF_IS_PROFILE_STORE (self), FALSE);

  return self->busy;
}

PfGradeModel
pf_profile_store_get_model (PfProfileStore *self)
{
  g_return_val_if_fail (PF_IS_PROFILE_STORE (self), PF_GRADE_MODEL_DEFAULT);

  return self->model;
}

/* The hill model the next profile learnt corrects (the application's default for new plans). */
void
pf_profile_store_set_model (PfProfileStore *self,
                            PfGradeModel    model)
{
  g_return_if_fail (PF_IS_PROFILE_STORE (self));

  self->model = model;
}

static void
set_busy (PfProfileStore *self,
          gboolean        busy)
{
  if (self->busy == busy)
    return;
  self->busy = busy;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

/* The runs @file names (pf_runner_profile_collect_runs): local files only, since the importer
 * reads by path. */
static gboolean
collect (GFile     *file,
         GPtrArray *paths,
         GError   **error)
{
  g_autofree char *path = g_file_get_path (file);

  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("%s: only local files can be read"), uri);
      return FALSE;
    }
  return pf_runner_profile_collect_runs (path, paths, error);
}

static gboolean
save (GFile                  *target,
      const PfRunnerProfile  *profile,
      gboolean                backup,
      GError                **error)
{
  g_autoptr(GFile) folder = g_file_get_parent (target);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *data = NULL;
  gsize length = 0;

  if (folder != NULL && !g_file_make_directory_with_parents (folder, NULL, &local_error)
      && !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  data = pf_runner_profile_to_json (profile, &length);
  return pf_file_write_atomic (target, data, length,
                               backup ? PF_FILE_WRITE_BACKUP : PF_FILE_WRITE_NONE, NULL, error);
}

/* In the worker thread: read every run (an unreadable one is named and left out), fit, save. */
static void
learn_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  LearnData *data = task_data;
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) runs = g_ptr_array_new_with_free_func ((GDestroyNotify) pf_track_unref);
  GError *error = NULL;

  for (guint i = 0; i < data->files->len; i++)
    if (!collect (g_ptr_array_index (data->files, i), paths, &error))
      {
        g_task_return_error (task, error);
        return;
      }
  if (paths->len > PF_RUNNER_PROFILE_MAX_RUNS)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_FAILED,
                               _("More than %d runs given"), PF_RUNNER_PROFILE_MAX_RUNS);
      return;
    }
  for (guint i = 0; i < paths->len; i++)
    {
      g_autoptr(GError) local_error = NULL;
      PfTrack *track;

      if (g_task_return_error_if_cancelled (task))
        return;
      track = pf_import_path (g_ptr_array_index (paths, i), &local_error);
      if (track != NULL)
        g_ptr_array_add (runs, track);
      else
        g_ptr_array_add (data->unreadable, g_strdup (local_error->message));
    }
  if (runs->len == 0 && data->unreadable->len > 0)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "%s",
                               (const char *) g_ptr_array_index (data->unreadable, 0));
      return;
    }

  data->profile = pf_runner_profile_fit (runs, NULL, data->model, &error);
  if (data->profile == NULL
      || !save (data->target, data->profile, data->backup, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_boolean (task, TRUE);
}

static void
learn_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  PfProfileStore *self = PF_PROFILE_STORE (object);
  g_autoptr(GTask) outer = user_data;
  LearnData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  set_busy (self, FALSE);
  /* Always answered, cancelled or not: the outer task checks the caller's cancellable. */
  g_task_set_task_data (outer, g_ptr_array_ref (data->unreadable),
                        (GDestroyNotify) g_ptr_array_unref);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_task_return_error (outer, g_steal_pointer (&error));
      return;
    }
  /* The file is written: what it holds is the runner's profile now. */
  set_load_error (self, NULL);
  set_profile (self, g_steal_pointer (&data->profile));
  g_task_return_boolean (outer, TRUE);
}

/* Reads @files (GPX, TCX or FIT activities, or folders of them), fits the runner's profile
 * against the store's model and saves it, in a worker thread. One learning at a time. */
void
pf_profile_store_learn_async (PfProfileStore      *self,
                              GFile              **files,
                              guint                n_files,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) outer = NULL;
  g_autoptr(GTask) task = NULL;
  LearnData *data;

  g_return_if_fail (PF_IS_PROFILE_STORE (self));
  g_return_if_fail (files != NULL || n_files == 0);

  outer = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (outer, pf_profile_store_learn_async);
  if (self->busy)
    {
      g_task_return_new_error (outer, G_IO_ERROR, G_IO_ERROR_PENDING,
                               _("Runs are being read already"));
      return;
    }

  data = g_new0 (LearnData, 1);
  data->files = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n_files; i++)
    g_ptr_array_add (data->files, g_object_ref (files[i]));
  data->target = g_object_ref (self->file);
  data->model = self->model;
  data->backup = self->load_error != NULL;
  data->unreadable = g_ptr_array_new_with_free_func (g_free);

  /* The inner task does the work and holds its data; the outer one is answered after the
   * store has taken the profile, so the caller sees the store already changed. It also
   * answers when the store is busy, which is why it is made first. */
  task = g_task_new (self, cancellable, learn_done_cb, g_steal_pointer (&outer));
  /* Once the file is written the store takes the profile, even if the caller has gone (a
   * window closed meanwhile): the file and the store never disagree. The outer task still
   * answers the caller "cancelled". */
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, data, (GDestroyNotify) learn_data_free);
  set_busy (self, TRUE);
  g_task_run_in_thread (task, learn_thread);
}

/* TRUE when the store holds the new profile. @unreadable (may be NULL) receives the
 * "NAME: problem" of every run that was left out because it could not be read. */
gboolean
pf_profile_store_learn_finish (PfProfileStore  *self,
                               GAsyncResult    *result,
                               GPtrArray      **unreadable,
                               GError         **error)
{
  GPtrArray *left_out;

  g_return_val_if_fail (PF_IS_PROFILE_STORE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  left_out = g_task_get_task_data (G_TASK (result));
  if (unreadable != NULL)
    *unreadable = left_out != NULL ? g_ptr_array_ref (left_out)
                                   : g_ptr_array_new_with_free_func (g_free);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Removes the file and the profile (a plan that uses it keeps its own copy). */
gboolean
pf_profile_store_forget (PfProfileStore  *self,
                         GError         **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (PF_IS_PROFILE_STORE (self), FALSE);

  if (!g_file_delete (self->file, NULL, &local_error)
      && !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  set_load_error (self, NULL);
  set_profile (self, NULL);
  return TRUE;
}
