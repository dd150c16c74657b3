/* pf-sample-tree.h — the course's samples in a 2-d tree, to find the nearest one to a place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pf-course.h"

G_BEGIN_DECLS

typedef struct _PfSampleTree PfSampleTree;

PfSampleTree *pf_sample_tree_new     (const PfCourseSample *samples,
                                      guint                 n_samples);
guint         pf_sample_tree_nearest (const PfSampleTree   *self,
                                      double                lat,
                                      double                lon);
void          pf_sample_tree_free    (PfSampleTree         *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PfSampleTree, pf_sample_tree_free)

G_END_DECLS
