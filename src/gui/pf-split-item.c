/* pf-split-item.c — one row of the splits table: a plan and the index of one of its splits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-split-item"

#include "config.h"

#include "pf-split-item.h"

#include <glib/gi18n.h>
#include <math.h>

#include "core/pf-duration.h"

/* The item holds a reference to the immutable plan, so a row never outlives its numbers and the
 * table needs no copies. The numeric properties exist for the column sorters. */
struct _PfSplitItem
{
  GObject  parent_instance;

  PfPlan  *plan;
  guint    index;
};

G_DEFINE_FINAL_TYPE (PfSplitItem, pf_split_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NUMBER,
  PROP_DISTANCE,
  PROP_TIME,
  PROP_PACE,
  PROP_GAP,
  PROP_ELAPSED,
  PROP_CLIMB,
  PROP_TEMPERATURE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pf_split_item_finalize (GObject *object)
{
  PfSplitItem *self = (PfSplitItem *)object;

  g_clear_pointer (&self->plan, pf_plan_unref);

  G_OBJECT_CLASS (pf_split_item_parent_class)->finalize (object);
}

static void
pf_split_item_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  PfSplitItem *self = PF_SPLIT_ITEM (object);
  const PfSplit *split = pf_split_item_get_split (self);

  switch (prop_id)
    {
    case PROP_NUMBER:
      g_value_set_uint (value, split->index);
      break;

    case PROP_DISTANCE:
      g_value_set_double (value, split->end_m);
      break;

    case PROP_TIME:
      g_value_set_double (value, split->time_s);
      break;

    case PROP_PACE:
      g_value_set_double (value, pf_split_item_get_pace (self));
      break;

    case PROP_GAP:
      g_value_set_double (value, pf_split_item_get_gap (self));
      break;

    case PROP_ELAPSED:
      g_value_set_double (value, split->elapsed_s);
      break;

    case PROP_CLIMB:
      g_value_set_double (value, split->ascent_m);
      break;

    case PROP_TEMPERATURE:
      g_value_set_double (value, split->temp_c);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
double_property (const char *name)
{
  return g_param_spec_double (name, NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                              (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS |
                               G_PARAM_EXPLICIT_NOTIFY));
}

static void
pf_split_item_class_init (PfSplitItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pf_split_item_finalize;
  object_class->get_property = pf_split_item_get_property;

  properties[PROP_NUMBER] =
    g_param_spec_uint ("number", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));
  /* SI units: metres, seconds, seconds per metre, °C. */
  properties[PROP_DISTANCE] = double_property ("distance");
  properties[PROP_TIME] = double_property ("time");
  properties[PROP_PACE] = double_property ("pace");
  properties[PROP_GAP] = double_property ("gap");
  properties[PROP_ELAPSED] = double_property ("elapsed");
  properties[PROP_CLIMB] = double_property ("climb");
  properties[PROP_TEMPERATURE] = double_property ("temperature");

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pf_split_item_init (PfSplitItem *self)
{
}

PfSplitItem *
pf_split_item_new (PfPlan *plan,
                   guint   index)
{
  PfSplitItem *self;

  g_return_val_if_fail (plan != NULL, NULL);
  g_return_val_if_fail (index < pf_plan_get_n_splits (plan), NULL);

  self = g_object_new (PF_TYPE_SPLIT_ITEM, NULL);
  self->plan = pf_plan_ref (plan);
  self->index = index;
  return self;
}

PfPlan *
pf_split_item_get_plan (PfSplitItem *self)
{
  g_return_val_if_fail (PF_IS_SPLIT_ITEM (self), NULL);

  return self->plan;
}

const PfSplit *
pf_split_item_get_split (PfSplitItem *self)
{
  g_return_val_if_fail (PF_IS_SPLIT_ITEM (self), NULL);

  return pf_plan_get_split (self->plan, self->index);
}

/* Seconds per metre over the split. */
double
pf_split_item_get_pace (PfSplitItem *self)
{
  const PfSplit *split = pf_split_item_get_split (self);

  return split->time_s / MAX (split->end_m - split->start_m, 1e-6);
}

/* Grade-adjusted pace: seconds per metre with every grade factor removed. */
double
pf_split_item_get_gap (PfSplitItem *self)
{
  const PfSplit *split = pf_split_item_get_split (self);

  return split->flat_time_s / MAX (split->end_m - split->start_m, 1e-6);
}

static double
unit_length_m (PfUnitSystem units)
{
  return units == PF_UNITS_IMPERIAL ? PF_METRES_PER_MILE : 1000.0;
}

/* The text of one cell, the same on screen and on the clipboard. */
char *
pf_split_item_format (PfSplitItem   *self,
                      PfSplitColumn  column,
                      PfUnitSystem   units)
{
  const PfSplit *split;

  g_return_val_if_fail (PF_IS_SPLIT_ITEM (self), NULL);

  split = pf_split_item_get_split (self);
  switch (column)
    {
    case PF_SPLIT_COLUMN_NUMBER:
      return g_strdup_printf ("%u", split->index);

    case PF_SPLIT_COLUMN_DISTANCE:
      return g_strdup_printf ("%.2f", pf_units_distance_value (units, split->end_m));

    case PF_SPLIT_COLUMN_TIME:
      return pf_duration_format (split->time_s);

    case PF_SPLIT_COLUMN_PACE:
      return pf_pace_format (pf_split_item_get_pace (self) * unit_length_m (units));

    case PF_SPLIT_COLUMN_GAP:
      return pf_pace_format (pf_split_item_get_gap (self) * unit_length_m (units));

    case PF_SPLIT_COLUMN_ELAPSED:
      return pf_duration_format (split->elapsed_s);

    case PF_SPLIT_COLUMN_CLOCK:
      return pf_plan_format_clock (self->plan, split->elapsed_s);

    case PF_SPLIT_COLUMN_CLIMB:
      /* A true minus sign, as in the rest of the window. */
      return g_strdup_printf ("+%.0f −%.0f", pf_units_elevation_value (units, split->ascent_m),
                              pf_units_elevation_value (units, split->descent_m));

    case PF_SPLIT_COLUMN_TEMPERATURE:
      return g_strdup_printf ("%.0f", pf_units_temperature_value (units, split->temp_c));

    case PF_SPLIT_COLUMN_NAME:
      return g_strdup (split->name != NULL ? split->name : "");

    case PF_N_SPLIT_COLUMNS:
    default:
      g_return_val_if_reached (NULL);
    }
}

char *
pf_split_column_title (PfSplitColumn column,
                       PfUnitSystem  units)
{
  const char *distance = pf_units_distance_symbol (units);

  switch (column)
    {
    case PF_SPLIT_COLUMN_NUMBER:
      /* Translators: column of the splits table: the split's number */
      return g_strdup (C_("splits", "#"));

    case PF_SPLIT_COLUMN_DISTANCE:
      return g_strdup (distance);

    case PF_SPLIT_COLUMN_TIME:
      /* Translators: column of the splits table: time spent on the split */
      return g_strdup (C_("splits", "Split"));

    case PF_SPLIT_COLUMN_PACE:
      /* Translators: column of the splits table; %s is km or mi */
      return g_strdup_printf (C_("splits", "Pace /%s"), distance);

    case PF_SPLIT_COLUMN_GAP:
      /* Translators: column of the splits table: grade-adjusted pace; %s is km or mi */
      return g_strdup_printf (C_("splits", "GAP /%s"), distance);

    case PF_SPLIT_COLUMN_ELAPSED:
      return g_strdup (C_("splits", "Elapsed"));

    case PF_SPLIT_COLUMN_CLOCK:
      /* Translators: column of the splits table: time of day */
      return g_strdup (C_("splits", "Clock"));

    case PF_SPLIT_COLUMN_CLIMB:
      /* Translators: column of the splits table: climb and descent; %s is m or ft */
      return g_strdup_printf (C_("splits", "+/− %s"), pf_units_elevation_symbol (units));

    case PF_SPLIT_COLUMN_TEMPERATURE:
      return g_strdup (pf_units_temperature_symbol (units));

    case PF_SPLIT_COLUMN_NAME:
      /* Translators: column of the splits table: the aid station ending the split */
      return g_strdup (C_("splits", "Aid Station"));

    case PF_N_SPLIT_COLUMNS:
    default:
      g_return_val_if_reached (NULL);
    }
}
