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

/* Running median over 2·half_window + 1 samples, the window shrinking symmetrically at the
 * ends. A median removes a spike narrower than half the window entirely, and — unlike an
 * average — leaves the steps of real climbs where they are. */
void
pf_filter_median (const double *in,
                  double       *out,
                  gsize         n,
                  gsize         half_window)
{
  g_autofree double *window = g_new (double, 2 * half_window + 1);

  for (gsize i = 0; i < n; i++)
    {
      gsize h = MIN (half_window, MIN (i, n - 1 - i));
      gsize len = 2 * h + 1;

      memcpy (window, in + i - h, len * sizeof (double));
      sort_small (window, len);
      out[i] = window[h];
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

/* Centred moving average by prefix sums; the window shrinks symmetrically at the ends so
 * that the start and finish elevations are not pulled towards the inside of the course. */
void
pf_filter_moving_average (const double *in,
                          double       *out,
                          gsize         n,
                          gsize         half_window)
{
  g_autofree double *prefix = g_new (double, n + 1);

  prefix[0] = 0.0;
  for (gsize i = 0; i < n; i++)
    prefix[i + 1] = prefix[i] + in[i];

  for (gsize i = 0; i < n; i++)
    {
      gsize h = MIN (half_window, MIN (i, n - 1 - i));

      out[i] = (prefix[i + h + 1] - prefix[i - h]) / (double) (2 * h + 1);
    }
}

/* Ascent and descent counted with a dead band: a change only counts once the profile has
 * moved by at least @hysteresis from the last counted level, so the jitter that survives
 * smoothing does not add up over a long course. */
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

  *ascent = up;
  *descent = down;
}
