/* pf-training.c — best efforts, long runs, weekly volume and time at goal pace from
 * recorded runs (GPX/TCX with timestamps)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-training"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "pf-plan.h"
#include "pf-training.h"

/* A stop longer than this is a pause, not running time. */
#define PAUSE_S        60.0
/* Faster than this between two fixes is a GPS jump. */
#define MAX_SPEED      10.0
#define WEEKS          8
#define GOAL_PACE_BAND 0.05
#define PACE_WINDOW_M  200.0

static const double effort_distances[] = { 5000.0, 10000.0, 21097.5, 42195.0 };

typedef struct
{
  GArray *distance;  /* double, cumulative metres */
  GArray *time;      /* double, cumulative running seconds */
  gint64  start_us;
} Run;

static gboolean
read_run (PfTrack  *track,
          Run      *run,
          GError  **error)
{
  const PfTrackPoint *p = pf_track_get_points (track);
  guint n = pf_track_get_n_points (track), timed = 0;
  double d = 0.0, t = 0.0;
  gint64 last_time = PF_TRACK_NO_TIME;

  for (guint i = 0; i < n; i++)
    timed += p[i].time_us != PF_TRACK_NO_TIME;
  if (timed < MAX (2, n / 2))
    {
      g_set_error (error, PF_PLAN_ERROR, PF_PLAN_ERROR_INVALID,
                   _("%s: a training run needs the times of its points; this file has too few"),
                   pf_track_get_display_name (track));
      return FALSE;
    }

  run->distance = g_array_new (FALSE, FALSE, sizeof (double));
  run->time = g_array_new (FALSE, FALSE, sizeof (double));
  run->start_us = PF_TRACK_NO_TIME;

  for (guint i = 0; i < n; i++)
    {
      if (p[i].time_us == PF_TRACK_NO_TIME)
        continue;
      if (last_time != PF_TRACK_NO_TIME)
        {
          double dt = (p[i].time_us - last_time) / 1e6;
          double step = pf_track_get_step (track, i);

          /* Pauses, backwards clocks and GPS jumps do not count as running. */
          if (dt <= 0.0 || dt > PAUSE_S || step / dt > MAX_SPEED)
            {
              last_time = p[i].time_us;
              continue;
            }
          d += step;
          t += dt;
        }
      else
        run->start_us = p[i].time_us;
      g_array_append_val (run->distance, d);
      g_array_append_val (run->time, t);
      last_time = p[i].time_us;
    }

  return TRUE;
}

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->distance, g_array_unref);
  g_clear_pointer (&run->time, g_array_unref);
}

/* The fastest stretch of at least @length inside the run (two pointers). */
static double
best_effort (const Run *run,
             double     length)
{
  const double *d = (const double *) (gpointer) run->distance->data;
  const double *t = (const double *) (gpointer) run->time->data;
  guint n = run->distance->len, lo = 0;
  double best = G_MAXDOUBLE;

  for (guint hi = 0; hi < n; hi++)
    {
      while (lo + 1 < hi && d[hi] - d[lo + 1] >= length)
        lo++;
      if (d[hi] - d[lo] >= length && t[hi] > t[lo])
        best = MIN (best, (t[hi] - t[lo]) * length / (d[hi] - d[lo]));
    }

  return best;
}

/* The longest continuous stretch whose pace, over PACE_WINDOW_M, is within 5 % of goal. */
static double
longest_at_pace (const Run *run,
                 double     goal_s_per_m)
{
  const double *d = (const double *) (gpointer) run->distance->data;
  const double *t = (const double *) (gpointer) run->time->data;
  guint n = run->distance->len, lo = 0;
  double best = 0.0, stretch_start = -1.0;

  for (guint hi = 0; hi < n; hi++)
    {
      gboolean on_pace;

      while (lo + 1 < hi && d[hi] - d[lo + 1] >= PACE_WINDOW_M)
        lo++;
      if (d[hi] - d[lo] < PACE_WINDOW_M)
        continue;

      on_pace = fabs ((t[hi] - t[lo]) / (d[hi] - d[lo]) / goal_s_per_m - 1.0) <= GOAL_PACE_BAND;
      if (on_pace && stretch_start < 0.0)
        stretch_start = d[lo];
      if (!on_pace && stretch_start >= 0.0)
        {
          best = MAX (best, d[hi - 1] - stretch_start);
          stretch_start = -1.0;
        }
    }
  if (stretch_start >= 0.0)
    best = MAX (best, d[n - 1] - stretch_start);

  return best;
}

gboolean
pf_training_summarise (GPtrArray         *tracks,
                       double             goal_pace_s_per_km,
                       PfTrainingSummary *summary,
                       GError           **error)
{
  g_autofree Run *runs = g_new0 (Run, MAX (tracks->len, 1));
  gint64 newest = G_MININT64;
  double recent_km = 0.0, recent_s = 0.0;
  gboolean ok = TRUE;

  memset (summary, 0, sizeof *summary);
  summary->goal_pace_km = NAN;
  summary->best_efforts = g_array_new (FALSE, FALSE, sizeof (PfRaceResult));

  for (guint i = 0; i < tracks->len && ok; i++)
    ok = read_run (g_ptr_array_index (tracks, i), &runs[i], error);

  for (guint i = 0; i < tracks->len && ok; i++)
    {
      double km = g_array_index (runs[i].distance, double, runs[i].distance->len - 1) / 1000.0;

      summary->n_runs++;
      summary->total_km += km;
      summary->longest_km = MAX (summary->longest_km, km);
      newest = MAX (newest, runs[i].start_us);
      if (goal_pace_s_per_km > 0.0)
        summary->goal_pace_km = MAX (isnan (summary->goal_pace_km) ? 0.0 : summary->goal_pace_km,
                                     longest_at_pace (&runs[i], goal_pace_s_per_km / 1000.0) / 1000.0);
    }

  for (guint i = 0; i < tracks->len && ok; i++)
    {
      if (runs[i].start_us > newest - (gint64) WEEKS * 7 * 86400 * G_USEC_PER_SEC)
        {
          recent_km += g_array_index (runs[i].distance, double, runs[i].distance->len - 1) / 1000.0;
          recent_s += g_array_index (runs[i].time, double, runs[i].time->len - 1);
        }
    }
  summary->weekly_km = recent_km / WEEKS;
  /* Tanda's P: the mean pace of all running in the weeks his K counts (Tanda 2011). */
  summary->mean_pace_s_per_km = recent_km > 0.0 ? recent_s / recent_km : 0.0;

  for (guint k = 0; k < G_N_ELEMENTS (effort_distances) && ok; k++)
    {
      PfRaceResult effort = { effort_distances[k], G_MAXDOUBLE, 0 };

      for (guint i = 0; i < tracks->len; i++)
        {
          double t = best_effort (&runs[i], effort_distances[k]);

          if (t < effort.time_s)
            {
              effort.time_s = t;
              effort.date = runs[i].start_us / G_USEC_PER_SEC;
            }
        }
      if (effort.time_s < G_MAXDOUBLE)
        g_array_append_val (summary->best_efforts, effort);
    }

  for (guint i = 0; i < tracks->len; i++)
    run_clear (&runs[i]);

  if (!ok)
    pf_training_summary_clear (summary);
  return ok;
}

void
pf_training_summary_clear (PfTrainingSummary *summary)
{
  g_clear_pointer (&summary->best_efforts, g_array_unref);
}

/* Fills what the runner did not type: typed figures win over derived ones. */
void
pf_training_apply (const PfTrainingSummary *summary,
                   PfPlanInputs            *inputs)
{
  if (inputs->training.weekly_km <= 0.0)
    inputs->training.weekly_km = summary->weekly_km;
  if (inputs->training.longest_run_km <= 0.0)
    inputs->training.longest_run_km = summary->longest_km;
  if (isnan (inputs->training.goal_pace_km))
    inputs->training.goal_pace_km = summary->goal_pace_km;
  if (inputs->training.mean_pace_s_per_km <= 0.0)
    inputs->training.mean_pace_s_per_km = summary->mean_pace_s_per_km;
  if (summary->best_efforts != NULL)
    g_array_append_vals (inputs->races, summary->best_efforts->data, summary->best_efforts->len);
}
