/* pf-bisect.h — the one bisection over a sorted array of structs: the course's samples by
 * distance, the timeline's segments by distance or by elapsed time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Index of the last of @n_items items (@item_size bytes each) whose double at @offset is at or
 * below @value; 0 when none is, or when there are no items. The doubles must not decrease
 * along the array. Inline: the course and the chart call it per sample and per pixel. */
static inline guint
pf_bisect (const void *items,
           guint       n_items,
           gsize       item_size,
           gsize       offset,
           double      value)
{
  const guint8 *base = items;
  guint lo = 0, hi = n_items;

  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;

      if (*(const double *) (gconstpointer) (base + (gsize) mid * item_size + offset) <= value)
        lo = mid;
      else
        hi = mid;
    }
  return lo;
}

/* pf_bisect over @n_items of @Type at @items, by their double @field. */
#define PF_BISECT(Type, items, n_items, field, value) \
  pf_bisect ((items), (n_items), sizeof (Type), G_STRUCT_OFFSET (Type, field), (value))

G_END_DECLS
