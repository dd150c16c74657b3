/* pf-split-item.h — one row of the splits table: a plan and the index of one of its splits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "core/pf-plan.h"
#include "report/pf-units.h"

G_BEGIN_DECLS

/* The columns of the splits table, in order; also the fields of the copied text. */
typedef enum
{
  PF_SPLIT_COLUMN_NUMBER,
  PF_SPLIT_COLUMN_DISTANCE,
  PF_SPLIT_COLUMN_TIME,
  PF_SPLIT_COLUMN_PACE,
  PF_SPLIT_COLUMN_GAP,
  PF_SPLIT_COLUMN_ELAPSED,
  PF_SPLIT_COLUMN_CLOCK,
  PF_SPLIT_COLUMN_CLIMB,
  PF_SPLIT_COLUMN_TEMPERATURE,
  PF_SPLIT_COLUMN_NAME,
  PF_N_SPLIT_COLUMNS
} PfSplitColumn;

#define PF_TYPE_SPLIT_ITEM (pf_split_item_get_type ())

G_DECLARE_FINAL_TYPE (PfSplitItem, pf_split_item, PF, SPLIT_ITEM, GObject)

PfSplitItem   *pf_split_item_new        (PfPlan        *plan,
                                         guint          index);
PfPlan        *pf_split_item_get_plan   (PfSplitItem   *self);
const PfSplit *pf_split_item_get_split  (PfSplitItem   *self);
double         pf_split_item_get_pace   (PfSplitItem   *self);
double         pf_split_item_get_gap    (PfSplitItem   *self);
char          *pf_split_item_format     (PfSplitItem   *self,
                                         PfSplitColumn  column,
                                         PfUnitSystem   units);
char          *pf_split_column_title    (PfSplitColumn  column,
                                         PfUnitSystem   units);

G_END_DECLS
