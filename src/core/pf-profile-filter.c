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
void
pf_filter_median (const double *in,
                  double       *out,
                  gsize         n,
                  gsize         half_window)
{
  gsize h = half_window, len = 2 * half_window + 1;
  gsize fit = MIN (len, n);
  g_autofree double *padded = g_new (double, n + 2 * h);
  g_autofree double *window = g_new (double, len);

  if (n == 0)
    return;

  memcpy (padded + h, in, n * sizeof (double));
  for (gsize k = 1; k <= h; k++)
    {
      padded[h - k] = theil_sen_at (in, fit, -(double) k);
      padded[h + n - 1 + k] = theil_sen_at (in + n - fit, fit, (double) (fit - 1 + k));
    }

  for (gsize i = 0; i < n; i++)
    {
      memcpy (window, padded + i, len * sizeof (double));
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
