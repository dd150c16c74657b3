/* pf-sample-tree.c — the course's samples in a 2-d tree, to find the nearest one to a place
 *
 * Waypoints are placed at the nearest sample of the course (pf-course-line.c). Comparing each
 * with every sample took four minutes for 400 000 waypoints on a 400 000-point course
 * (issue 19); a uniform grid still put hundreds of samples in each cell along a long course
 * that runs one way. A k-d tree is built in O(n log n) and answers in O(log n) for a place
 * near the line, whatever its shape.
 *
 * The tree is implicit: `order` holds the sample indices so that, for the range [lo, hi), the
 * node is at mid = (lo + hi) / 2, everything before it is ≤ it along the node's axis and
 * everything after it ≥. Distances are equirectangular (longitude scaled by the cosine of the
 * place's latitude): exact enough to tell which sample is nearest.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-course"

#include "config.h"

#include <math.h>

#include "pf-sample-tree.h"

/* Ranges this short are searched through, not split: fewer levels, same answers. */
#define LEAF_SIZE 8

enum { AXIS_LAT, AXIS_LON };

struct _PfSampleTree
{
  const PfCourseSample *samples;  /* borrowed: the course's, which outlives the tree */
  guint                 n;
  guint                *order;    /* sample indices, arranged as above */
  guint8               *axis;     /* [mid]: the axis the range with that node splits */
};

static inline double
coordinate (const PfCourseSample *s,
            int                   axis)
{
  return axis == AXIS_LAT ? s->lat : s->lon;
}

static inline void
swap (guint *a,
      guint *b)
{
  guint t = *a;

  *a = *b;
  *b = t;
}

/* Arrange order[lo, hi) so that order[k] holds the sample that would be there sorted by
 * @axis, the ones before it ≤ and after it ≥. Three-way partitions, so that many equal
 * coordinates (a course along a meridian) cost no more than distinct ones. */
static void
select_kth (PfSampleTree *self,
            guint         lo,
            guint         hi,
            guint         k,
            int           axis)
{
  while (hi - lo > 1)
    {
      guint a = lo, i = lo, b = hi;
      double x = coordinate (&self->samples[self->order[lo]], axis);
      double y = coordinate (&self->samples[self->order[lo + (hi - lo) / 2]], axis);
      double z = coordinate (&self->samples[self->order[hi - 1]], axis);
      /* The median of three: sorted or reversed runs (a course is both) stay O(n). */
      double pivot = MAX (MIN (x, y), MIN (MAX (x, y), z));

      while (i < b)
        {
          double v = coordinate (&self->samples[self->order[i]], axis);

          if (v < pivot)
            swap (&self->order[a++], &self->order[i++]);
          else if (v > pivot)
            swap (&self->order[i], &self->order[--b]);
          else
            i++;
        }
      /* [lo, a) < pivot, [a, b) = pivot, [b, hi) > pivot. */
      if (k < a)
        hi = a;
      else if (k >= b)
        lo = b;
      else
        return;
    }
}

static void
build (PfSampleTree *self,
       guint         lo,
       guint         hi)
{
  double lat_min = G_MAXDOUBLE, lat_max = -G_MAXDOUBLE, lon_min = G_MAXDOUBLE,
         lon_max = -G_MAXDOUBLE;
  guint mid = lo + (hi - lo) / 2;
  int axis;

  if (hi - lo <= LEAF_SIZE)
    return;
  for (guint i = lo; i < hi; i++)
    {
      const PfCourseSample *s = &self->samples[self->order[i]];

      lat_min = MIN (lat_min, s->lat);
      lat_max = MAX (lat_max, s->lat);
      lon_min = MIN (lon_min, s->lon);
      lon_max = MAX (lon_max, s->lon);
    }
  /* Split the longer side, in metres on the ground. */
  axis = (lon_max - lon_min) * cos ((lat_min + lat_max) / 2.0 * G_PI / 180.0)
           > lat_max - lat_min ? AXIS_LON : AXIS_LAT;
  select_kth (self, lo, hi, mid, axis);
  self->axis[mid] = (guint8) axis;
  build (self, lo, mid);
  build (self, mid + 1, hi);
}

PfSampleTree *
pf_sample_tree_new (const PfCourseSample *samples,
                    guint                 n_samples)
{
  PfSampleTree *self = g_new0 (PfSampleTree, 1);

  self->samples = samples;
  self->n = n_samples;
  self->order = g_new (guint, MAX (n_samples, 1u));
  self->axis = g_new0 (guint8, MAX (n_samples, 1u));
  for (guint k = 0; k < n_samples; k++)
    self->order[k] = k;
  build (self, 0, n_samples);
  return self;
}

void
pf_sample_tree_free (PfSampleTree *self)
{
  if (self == NULL)
    return;
  g_free (self->order);
  g_free (self->axis);
  g_free (self);
}

typedef struct
{
  double lat, lon, coslat;
  double best;     /* squared distance of the best so far */
  guint  best_k;
} Query;

static inline void
consider (const PfSampleTree *self,
          Query              *q,
          guint               k)
{
  double dy = self->samples[k].lat - q->lat;
  double dx = (self->samples[k].lon - q->lon) * q->coslat;
  double d2 = dx * dx + dy * dy;

  /* The first sample on ties: a station at the start of a loop sits at 0 km, not at the
   * finish. Ties are why the far side is searched when it is exactly as far (≤, below). */
  if (d2 < q->best || (d2 == q->best && k < q->best_k))
    {
      q->best = d2;
      q->best_k = k;
    }
}

static void
search (const PfSampleTree *self,
        Query              *q,
        guint               lo,
        guint               hi)
{
  guint mid;
  double diff;

  if (hi - lo <= LEAF_SIZE)
    {
      for (guint i = lo; i < hi; i++)
        consider (self, q, self->order[i]);
      return;
    }
  mid = lo + (hi - lo) / 2;
  consider (self, q, self->order[mid]);
  diff = self->axis[mid] == AXIS_LAT
           ? q->lat - self->samples[self->order[mid]].lat
           : (q->lon - self->samples[self->order[mid]].lon) * q->coslat;
  if (diff < 0.0)
    {
      search (self, q, lo, mid);
      if (diff * diff <= q->best)
        search (self, q, mid + 1, hi);
    }
  else
    {
      search (self, q, mid + 1, hi);
      if (diff * diff <= q->best)
        search (self, q, lo, mid);
    }
}

/* The index of the sample nearest (@lat, @lon), the first one on ties; 0 without samples. */
guint
pf_sample_tree_nearest (const PfSampleTree *self,
                        double              lat,
                        double              lon)
{
  Query q = { lat, lon, cos (lat * G_PI / 180.0), G_MAXDOUBLE, 0 };

  g_return_val_if_fail (self != NULL, 0);

  search (self, &q, 0, self->n);
  return q.best_k;
}
