/* pf-profile-filter.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-profile-filter"

#include "config.h"

#include <string.h>

#include "pf-profile-filter.h"

/* Windows are a few samples wide: insertion sort beats qsort's call overhead by far. */
static void
sort_small (double *values,
            gsize   n)
{
  for (gsize i = 1; i < n; i++)
    {
      double v = values[i];
      gsize j = i;

      for (; j > 0 && values[j - 1] > v; j--)
        values[j] = values[j - 1];
      values[j] = v;
    }
}

/* The robust straight line through y[0..n) at x = 0…n−1 (Theil–Sen: the median of the
 * pairwise slopes, then the median intercept), evaluated at @x. One wild point among
 * them does not move it. */
static double
theil_sen_at (const double *y,
              gsize         n,
              double        x)
{
  g_autofree double *values = g_new (double, MAX (n * (n - 1) / 2, n));
  double slope = 0.0, intercept;
  gsize k = 0;

  for (gsize i = 0; i < n; i++)
    for (gsize j = i + 1; j < n; j++)
      values[k++] = (y[j] - y[i]) / (double) (j - i);
  if (k > 0)
    {
      sort_small (values, k);
      slope = values[k / 2];
    }

  for (gsize i = 0; i < n; i++)
    values[i] = y[i] - slope * i;
  sort_small (values, n);
  intercept = values[n / 2];

  return intercept + slope * x;
}

/* Running median over 2·half_window + 1 samples. A median removes a spike narrower than
 * half the window entirely, and — unlike an average — leaves the steps of real climbs
 * where they are. Beyond the ends the profile is continued along its robust trend, so a
 * spike on the very first or last point goes too while a steady climb keeps its ends. */
/* The value at position @j of the profile continued by @h samples on both sides. */
static inline double
padded_at (const double *in,
           gsize         n,
           gsize         h,
           const double *head,
           const double *tail,
           gsize         j)
{
  if (j < h)
    return head[j];
  if (j - h < n)
    return in[j - h];
  return tail[j - h - n];
}

void
pf_filter_median (const double *in,
                  double       *out,
                  gsize         n,
                  gsize         half_window)
{
  gsize h = half_window, len = 2 * half_window + 1;
  gsize fit = MIN (len, n);
  g_autofree double *head = g_new (double, MAX (h, 1));
  g_autofree double *tail = g_new (double, MAX (h, 1));
  g_autofree double *window = g_new (double, len);

  if (n == 0)
    return;

  /* The continuation is computed for the few samples beyond each end; the profile itself is
   * read in place (a copy of a long profile cost more in fresh pages than the filter). */
  for (gsize k = 1; k <= h; k++)
    {
      head[h - k] = theil_sen_at (in, fit, -(double) k);
      tail[k - 1] = theil_sen_at (in + n - fit, fit, (double) (fit - 1 + k));
    }

  /* The window is kept sorted as it slides: each step takes the sample that leaves out and
   * puts the one that enters in its place, one pass of at most len moves instead of a sort
   * (sorting each window afresh was two thirds of the cleaning of a long course). */
  for (gsize j = 0; j < len; j++)
    window[j] = padded_at (in, n, h, head, tail, j);
  sort_small (window, len);
  for (gsize i = 0;; i++)
    {
      double leaving, entering;
      gsize pos = 0;

      out[i] = window[h];
      if (i + 1 == n)
        break;

      leaving = padded_at (in, n, h, head, tail, i);
      entering = padded_at (in, n, h, head, tail, i + len);
      while (pos < len && window[pos] != leaving)
        pos++;
      if (pos == len)
        {
          /* Not found: only a NaN compares unequal to itself. Sort afresh. */
          for (gsize j = 0; j < len; j++)
            window[j] = padded_at (in, n, h, head, tail, i + 1 + j);
          sort_small (window, len);
          continue;
        }

      for (; pos + 1 < len && window[pos + 1] < entering; pos++)
        window[pos] = window[pos + 1];
      for (; pos > 0 && window[pos - 1] > entering; pos--)
        window[pos] = window[pos - 1];
      window[pos] = entering;
    }
}

/* The median of @values (reordered in place) in linear time, by Hoare's selection. */
double
pf_filter_select_median (double *values,
                         gsize   n)
{
  gsize k = n / 2, lo = 0, hi = n - 1;

  g_return_val_if_fail (n > 0, 0.0);

  while (lo < hi)
    {
      double pivot = values[lo + (hi - lo) / 2];
      gsize i = lo, j = hi;

      while (i <= j)
        {
          while (values[i] < pivot)
            i++;
          while (values[j] > pivot)
            j--;
          if (i <= j)
            {
              double t = values[i];

              values[i] = values[j];
              values[j] = t;
              i++;
              if (j == 0)
                break;
              j--;
            }
        }

      if (k <= j)
        hi = j;
      else if (k >= i)
        lo = i;
      else
        break;
    }

  return values[k];
}

/* Centred moving average by a running sum (no copy of the profile: on a long course the
 * fresh pages of one cost more than the sums); the window shrinks symmetrically at the ends
 * so that the start and finish elevations are not pulled towards the inside of the course.
 * The sum is taken afresh wherever the window changes width and every 1024 samples, so the
 * rounding of the running additions never builds up over a long profile. */
void
pf_filter_moving_average (const double *in,
                          double       *out,
                          gsize         n,
                          gsize         half_window)
{
  gsize lo = 0, hi = 0;  /* the window [lo, hi) that sum holds */
  double sum = 0.0;

  g_return_if_fail (in != out || n == 0);

  for (gsize i = 0; i < n; i++)
    {
      gsize h = MIN (half_window, MIN (i, n - 1 - i));
      gsize new_lo = i - h, new_hi = i + h + 1;

      if (new_hi - new_lo == hi - lo && new_lo == lo + 1 && (i & 1023) != 0)
        {
          /* The full window slides by one. */
          sum += in[hi] - in[lo];
        }
      else
        {
          sum = 0.0;
          for (gsize j = new_lo; j < new_hi; j++)
            sum += in[j];
        }
      lo = new_lo;
      hi = new_hi;
      out[i] = sum / (double) (hi - lo);
    }
}

/* Ascent and descent counted with a dead band: a change only counts once the profile has
 * moved by at least @hysteresis from the last counted level, so the jitter that survives
 * smoothing does not add up over a long course. The move still pending at the finish is
 * counted, so that ascent − descent is the finish minus the start. */
void
pf_filter_climb (const double *ele,
                 gsize         n,
                 double        hysteresis,
                 double       *ascent,
                 double       *descent)
{
  double up = 0.0, down = 0.0;
  double level;

  if (n == 0)
    {
      *ascent = *descent = 0.0;
      return;
    }

  level = ele[0];
  for (gsize i = 1; i < n; i++)
    {
      double delta = ele[i] - level;

      if (delta >= hysteresis)
        {
          up += delta;
          level = ele[i];
        }
      else if (-delta >= hysteresis)
        {
          down -= delta;
          level = ele[i];
        }
    }

  /* What is left at the finish is real, however small: ascent − descent = finish − start. */
  if (ele[n - 1] > level)
    up += ele[n - 1] - level;
  else
    down += level - ele[n - 1];

  *ascent = up;
  *descent = down;
}
