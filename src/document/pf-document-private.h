/* pf-document-private.h — what the files of PfDocument share
 *
 *   pf-document.c        the object: its properties, the inputs and the plan that follows them
 *                        (at once or from the PfPlanWorker), the defaults for new plans, the
 *                        split unit that follows the units
 *   pf-document-files.c  loading a course or a plan (in a worker thread for files), saving,
 *                        and the title the file gives the plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pf-document.h"
#include "pf-plan-worker.h"

G_BEGIN_DECLS

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
  /* The display units' split unit, which plans follow until the runner picks one
   * (pf_document_follow_units). */
  PfSplitUnit   units_split_unit;

  PfPlanWorker *worker;
  gint64        budget_usec;
  gint64        recompute_usec;
  gint64        clean_usec;
};

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

extern GParamSpec *_pf_document_properties[N_PROPS];

void _pf_document_set_dirty    (PfDocument *self,
                                gboolean    dirty);
void _pf_document_follow_units (PfDocument *self);

G_END_DECLS
