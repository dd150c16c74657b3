/* pf-pacing.c — pace per segment so that effort is even, heat counted by the hour
 *
 * Per resampled segment i of length dᵢ: tᵢ = dᵢ · p₀ · fᵢ, with fᵢ = grade factor × heat
 * factor × strategy factor × drift (docs/science.md §4). In goal mode p₀ is chosen so that
 * Σ tᵢ = goal; in effort mode p₀ comes from a prediction. The heat factor depends on when
 * the runner reaches the segment, which depends on p₀: iterate to the fixed point (a few
 * rounds: heat changes slowly over the race).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-pacing"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "pf-aid-stations.h"
#include "pf-bisect.h"
#include "pf-heat.h"
#include "pf-pacing.h"

#define MAX_ITERATIONS 50
#define CONVERGED_S    0.001
/* Weather changes over minutes, not seconds: heat is tabulated along elapsed time at this
 * step and interpolated, so a 330 km course does not evaluate the models 33 000 times a
 * round. */
#define HEAT_STEP_S    30.0

static double
dew_point_of (PfHumidityKind kind,
              double         humidity,
              double         temp_c)
{
  return kind == PF_HUMIDITY_DEW_POINT ? MIN (humidity, temp_c) : pf_dew_point (temp_c, humidity);
}

/* Weather at a moment of the race: the hourly table when there is one (linear between
 * hours, held beyond its ends), else a linear change from the start to the finish. */
void
pf_conditions_at (const PfConditions *conditions,
                  gint64              start_time,
                  double              elapsed_s,
                  double              finish_s,
                  double             *temp_c,
                  double             *dew_point_c)
{
  const GArray *hours = conditions->hours;

  if (hours != NULL && hours->len > 0)
    {
      const PfWeatherHour *h = (const PfWeatherHour *) (gpointer) hours->data;
      double when = (double) start_time + elapsed_s;
      guint i = 0;

      if (when <= h[0].time || hours->len == 1)
        {
          *temp_c = h[0].temp_c;
          *dew_point_c = dew_point_of (conditions->humidity_kind, h[0].humidity, h[0].temp_c);
          return;
        }

      while (i + 1 < hours->len && h[i + 1].time < when)
        i++;

      if (i + 1 == hours->len)
        {
          *temp_c = h[i].temp_c;
          *dew_point_c = dew_point_of (conditions->humidity_kind, h[i].humidity, h[i].temp_c);
        }
      else
        {
          double t = (when - h[i].time) / (double) (h[i + 1].time - h[i].time);
          double d0 = dew_point_of (conditions->humidity_kind, h[i].humidity, h[i].temp_c);
          double d1 = dew_point_of (conditions->humidity_kind, h[i + 1].humidity, h[i + 1].temp_c);

          *temp_c = h[i].temp_c + t * (h[i + 1].temp_c - h[i].temp_c);
          *dew_point_c = d0 + t * (d1 - d0);
        }
      return;
    }

  {
    double finish_temp = isnan (conditions->finish_temp_c) ? conditions->start_temp_c
                                                           : conditions->finish_temp_c;
    double t = finish_s > 0.0 ? CLAMP (elapsed_s / finish_s, 0.0, 1.0) : 0.0;

    *temp_c = conditions->start_temp_c + t * (finish_temp - conditions->start_temp_c);
    *dew_point_c = dew_point_of (conditions->humidity_kind, conditions->humidity, *temp_c);
  }
}

/* How the strategy shares the effort between the halves; normalised later so that the
 * strategy moves time between the halves without changing the total. */
static double
strategy_factor (const PfPlanInputs *inputs,
                 double              mid_m,
                 double              distance_m)
{
  gboolean second_half = mid_m > distance_m / 2.0;

  switch (inputs->strategy)
    {
    case PF_STRATEGY_NEGATIVE:
      return second_half ? 1.0 - inputs->strategy_pct / 100.0 : 1.0;
    case PF_STRATEGY_POSITIVE:
      return second_half ? 1.0 + inputs->strategy_pct / 100.0 : 1.0;
    case PF_STRATEGY_EVEN_EFFORT:
    case PF_STRATEGY_EVEN_PACE:
    default:
      return 1.0;
    }
}

typedef struct
{
  GArray *rows;  /* HeatRow every HEAT_STEP_S from the start */
} HeatTable;

typedef struct
{
  double temp_c;
  double dew_point_c;
  double factor;
} HeatRow;

static void
heat_table_clear (HeatTable *table)
{
  g_clear_pointer (&table->rows, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (HeatTable, heat_table_clear)

/* Rows from the start to well past the expected finish (the next round may run longer). */
static void
tabulate_heat (HeatTable          *table,
               const PfPlanInputs *inputs,
               double              heat_scale,
               double              finish_s)
{
  guint n = (guint) ceil (finish_s * 1.5 / HEAT_STEP_S) + 2;

  if (table->rows == NULL)
    table->rows = g_array_new (FALSE, FALSE, sizeof (HeatRow));
  g_array_set_size (table->rows, n);

  for (guint k = 0; k < n; k++)
    {
      HeatRow *row = &g_array_index (table->rows, HeatRow, k);

      pf_conditions_at (&inputs->conditions, inputs->start_time, k * HEAT_STEP_S, finish_s,
                        &row->temp_c, &row->dew_point_c);
      row->factor = 1.0 + heat_scale * pf_heat_model_slowdown (inputs->heat_model, row->temp_c,
                                                               row->dew_point_c);
    }
}

static void
heat_at (const HeatTable *table,
         double           elapsed_s,
         PfSegment       *segment)
{
  const HeatRow *rows = (const HeatRow *) (gpointer) table->rows->data;
  double x = MAX (elapsed_s, 0.0) / HEAT_STEP_S;
  guint k = MIN ((guint) x, table->rows->len - 2);
  double t = MIN (x - k, 1.0);

  segment->temp_c = rows[k].temp_c + t * (rows[k + 1].temp_c - rows[k].temp_c);
  segment->dew_point_c = rows[k].dew_point_c + t * (rows[k + 1].dew_point_c - rows[k].dew_point_c);
  segment->heat_factor = rows[k].factor + t * (rows[k + 1].factor - rows[k].factor);
}

/* The flat distance that costs what the course costs on the grade model: Σ dᵢ·gᵢ. */
double
pf_pacing_grade_distance (const PfCourse *course,
                          PfGradeModel    grade_model)
{
  const PfCourseSample *samples = pf_course_get_samples (course);
  guint n = pf_course_get_n_samples (course);
  double total = 0.0;

  for (guint i = 0; i + 1 < n; i++)
    total += (samples[i + 1].distance_m - samples[i].distance_m)
             * pf_grade_factor (grade_model, (samples[i].grade + samples[i + 1].grade) / 2.0);
  return total;
}

void
pf_pacing_solve (PfPacing           *pacing,
                 const PfCourse     *course,
                 const PfPlanInputs *inputs,
                 double              flat_pace_s_per_m)
{
  static const PfPacingRunner as_published = { 1.0, { 0.0, 0.0 }, 0.0, NULL };

  pf_pacing_solve_runner (pacing, course, inputs, flat_pace_s_per_m, &as_published);
}

void
pf_pacing_solve_runner (PfPacing             *pacing,
                        const PfCourse       *course,
                        const PfPlanInputs   *inputs,
                        double                flat_pace_s_per_m,
                        const PfPacingRunner *runner)
{
  const PfCourseSample *samples = pf_course_get_samples (course);
  guint n = pf_course_get_n_samples (course) - 1;
  double distance = pf_course_get_distance (course);
  gboolean even_pace = inputs->strategy == PF_STRATEGY_EVEN_PACE;
  gboolean goal_mode = inputs->pace_mode == PF_PACE_MODE_GOAL;
  g_autofree double *shape = g_new (double, n);  /* strategy × drift, per segment */
  g_auto(HeatTable) table = { 0 };
  PfSegment *seg;
  double finish = goal_mode ? inputs->goal_time_s : flat_pace_s_per_m * distance;
  double p0 = finish / distance;

  memset (pacing, 0, sizeof *pacing);
  pacing->segments = g_array_sized_new (FALSE, FALSE, sizeof (PfSegment), n);
  g_array_set_size (pacing->segments, n);
  seg = (PfSegment *) (gpointer) pacing->segments->data;

  for (guint i = 0; i < n; i++)
    {
      double mid = (samples[i].distance_m + samples[i + 1].distance_m) / 2.0;

      seg[i].start_m = samples[i].distance_m;
      seg[i].end_m = samples[i + 1].distance_m;
      seg[i].grade = (samples[i].grade + samples[i + 1].grade) / 2.0;
      seg[i].grade_factor = runner->hills != NULL
                              ? pf_runner_profile_factor (runner->hills, seg[i].grade)
                              : pf_grade_factor (inputs->grade_model, seg[i].grade);
      seg[i].heat_factor = 1.0;
      shape[i] = strategy_factor (inputs, mid, distance)
                 * (1.0 + (inputs->drift_pct / 100.0 + runner->training_drift) * mid / distance)
                 * pf_fade_factor (&runner->fade, mid / distance);
    }

  for (pacing->iterations = 1; pacing->iterations <= MAX_ITERATIONS; pacing->iterations++)
    {
      double effort_total = 0.0, shaped_total = 0.0, effort_mean, scale, elapsed = 0.0;
      double previous_finish = finish;

      /* Heat at the middle of each segment, at the times of the previous round. */
      tabulate_heat (&table, inputs, runner->heat_scale, finish);
      for (guint i = 0; i < n; i++)
        {
          double mid_s = seg[i].start_s + seg[i].time_s / 2.0;

          if (pacing->iterations == 1)
            mid_s = p0 * (seg[i].start_m + seg[i].end_m) / 2.0;
          heat_at (&table, mid_s, &seg[i]);
          effort_total += (seg[i].end_m - seg[i].start_m) * seg[i].grade_factor * seg[i].heat_factor;
        }

      /* Even pace spreads the same total effort evenly over the distance. */
      effort_mean = effort_total / distance;
      for (guint i = 0; i < n; i++)
        {
          double effort = even_pace ? effort_mean : seg[i].grade_factor * seg[i].heat_factor;

          shaped_total += (seg[i].end_m - seg[i].start_m) * effort * shape[i];
        }

      /* Goal: the time is fixed, the pace follows. Effort: the pace is fixed; the strategy
       * only moves time between the halves, drift adds to it. */
      if (goal_mode)
        scale = inputs->goal_time_s / shaped_total;
      else
        {
          double strategy_total = 0.0;

          for (guint i = 0; i < n; i++)
            {
              double effort = even_pace ? effort_mean : seg[i].grade_factor * seg[i].heat_factor;
              double mid = (seg[i].start_m + seg[i].end_m) / 2.0;

              strategy_total += (seg[i].end_m - seg[i].start_m) * effort
                                * strategy_factor (inputs, mid, distance);
            }
          scale = flat_pace_s_per_m * effort_total / strategy_total;
        }

      for (guint i = 0; i < n; i++)
        {
          double effort = even_pace ? effort_mean : seg[i].grade_factor * seg[i].heat_factor;

          seg[i].start_s = elapsed;
          seg[i].time_s = (seg[i].end_m - seg[i].start_m) * scale * effort * shape[i];
          elapsed += seg[i].time_s;
        }

      finish = elapsed;
      p0 = scale;
      if (fabs (finish - previous_finish) < CONVERGED_S && pacing->iterations > 1)
        break;
    }
  pacing->iterations = MIN (pacing->iterations, MAX_ITERATIONS);

  pacing->finish_s = finish;
  pacing->flat_pace_s_per_m = p0;
  pacing->max_hadley_f = -G_MAXDOUBLE;
  for (guint i = 0; i < n; i++)
    {
      double d = seg[i].end_m - seg[i].start_m;

      /* At this plan's effort: what the grade adds over the flat, what heat adds over cool. */
      pacing->climb_cost_s += d * p0 * shape[i] * (seg[i].grade_factor - 1.0) * seg[i].heat_factor;
      pacing->heat_cost_s += d * p0 * shape[i] * seg[i].grade_factor * (seg[i].heat_factor - 1.0);
      pacing->max_hadley_f = MAX (pacing->max_hadley_f,
                                  pf_hadley_sum_f (seg[i].temp_c, seg[i].dew_point_c));
    }
}

void
pf_pacing_clear (PfPacing *pacing)
{
  g_clear_pointer (&pacing->segments, g_array_unref);
}

static void
clear_split (gpointer data)
{
  g_clear_pointer (&((PfSplit *) data)->name, g_free);
}

/* Time spent between two distances, assuming an even pace within each segment. */
typedef struct
{
  const PfSegment *seg;
  guint            n;
  guint            cursor;
} SegmentWalk;

static void
add_span (SegmentWalk *walk,
          double       from_m,
          double       to_m,
          double      *time_s,
          double      *flat_s)
{
  while (walk->cursor < walk->n && walk->seg[walk->cursor].end_m <= from_m)
    walk->cursor++;

  for (guint i = walk->cursor; i < walk->n && walk->seg[i].start_m < to_m; i++)
    {
      const PfSegment *s = &walk->seg[i];
      double lo = MAX (from_m, s->start_m), hi = MIN (to_m, s->end_m);
      double length = s->end_m - s->start_m;

      if (hi > lo && length > 0.0)
        {
          double t = s->time_s * (hi - lo) / length;

          *time_s += t;
          *flat_s += t / s->grade_factor;
        }
    }
}

/* Ascent and descent of the cleaned profile between two distances; @cursor walks forward
 * with the splits so the whole course is read once. */
static void
climb_between (const PfCourse *course,
               guint          *cursor,
               double          from_m,
               double          to_m,
               double         *ascent,
               double         *descent)
{
  const PfCourseSample *samples = pf_course_get_samples (course);
  guint n = pf_course_get_n_samples (course);
  double previous = pf_course_elevation_at (course, from_m);

  *ascent = *descent = 0.0;
  while (*cursor < n && samples[*cursor].distance_m <= from_m)
    (*cursor)++;

  for (guint i = *cursor; i < n; i++)
    {
      gboolean last = samples[i].distance_m >= to_m;
      double ele = last ? pf_course_elevation_at (course, to_m) : samples[i].ele;

      if (ele > previous)
        *ascent += ele - previous;
      else
        *descent += previous - ele;
      previous = ele;
      if (last)
        break;
    }
}

typedef struct
{
  double      end_m;
  const char *name;   /* the aid station ending the split, or NULL */
} SplitEnd;

static int
compare_split_ends (gconstpointer a,
                    gconstpointer b)
{
  const SplitEnd *x = a, *y = b;

  return (x->end_m > y->end_m) - (x->end_m < y->end_m);
}

GArray *
pf_pacing_splits (const PfPacing *pacing,
                  const PfCourse *course,
                  const GArray   *stations,
                  PfSplitUnit     unit)
{
  GArray *splits = g_array_new (FALSE, TRUE, sizeof (PfSplit));
  g_autoptr(GArray) ends = g_array_new (FALSE, FALSE, sizeof (SplitEnd));
  SegmentWalk walk = { (const PfSegment *) (gpointer) pacing->segments->data,
                       pacing->segments->len, 0 };
  double distance = pf_course_get_distance (course);
  double elapsed = 0.0, from = 0.0;
  guint climb_cursor = 0;
  SplitEnd finish = { distance, NULL };

  g_array_set_clear_func (splits, clear_split);

  if (unit == PF_SPLIT_AID)
    {
      /* The stations the plan uses (pf_aid_stations_list): the course's and the runner's,
       * less those removed. */
      for (guint i = 0; stations != NULL && i < stations->len; i++)
        {
          const PfAidStation *aid = &g_array_index (stations, PfAidStation, i);
          SplitEnd end = { aid->distance_m, aid->name[0] != '\0' ? aid->name : _("Aid station") };

          g_array_append_val (ends, end);
        }
      /* Stable, so that of two stations at one place the course's own names the split. */
      g_array_sort (ends, compare_split_ends);
    }
  else
    {
      double step = unit == PF_SPLIT_MILE ? 1609.344 : 1000.0;

      /* A last bit shorter than 1 m is rounding, not a split. */
      for (double d = step; d < distance - 1.0; d += step)
        {
          SplitEnd end = { d, NULL };

          g_array_append_val (ends, end);
        }
    }
  g_array_append_val (ends, finish);

  for (guint k = 0; k < ends->len; k++)
    {
      double to = g_array_index (ends, SplitEnd, k).end_m;
      PfSplit split = { 0 };

      if (to <= from)
        continue;

      split.index = splits->len + 1;
      split.name = g_strdup (g_array_index (ends, SplitEnd, k).name);
      split.start_m = from;
      split.end_m = to;
      add_span (&walk, from, to, &split.time_s, &split.flat_time_s);
      split.elapsed_s = elapsed + split.time_s;
      climb_between (course, &climb_cursor, from, to, &split.ascent_m, &split.descent_m);

      /* The temperature the runner meets halfway through the split. */
      for (guint i = walk.cursor; i < walk.n; i++)
        {
          split.temp_c = walk.seg[i].temp_c;
          if (walk.seg[i].end_m >= (from + to) / 2.0)
            break;
        }

      elapsed = split.elapsed_s;
      from = to;
      g_array_append_val (splits, split);
    }

  return splits;
}

/* The segment the runner is on at @distance_m: the last one that starts at or before it (the
 * first before the start, the last past the finish); NULL without a timeline. */
const PfSegment *
pf_pacing_segment_at (const PfPacing *pacing,
                      double          distance_m)
{
  const PfSegment *seg = (const PfSegment *) (gpointer) pacing->segments->data;
  guint n = pacing->segments->len;

  if (n == 0)
    return NULL;
  return &seg[PF_BISECT (PfSegment, seg, n, start_m, distance_m)];
}

/* Elapsed time when the runner passes @distance_m (even pace within a segment). */
double
pf_pacing_elapsed_at (const PfPacing *pacing,
                      double          distance_m)
{
  const PfSegment *seg;

  if (pacing->segments->len == 0 || distance_m <= 0.0)
    return 0.0;
  if (distance_m >= g_array_index (pacing->segments, PfSegment, pacing->segments->len - 1).end_m)
    return pacing->finish_s;

  seg = pf_pacing_segment_at (pacing, distance_m);
  return seg->start_s + seg->time_s * (distance_m - seg->start_m) / (seg->end_m - seg->start_m);
}

/* Where the runner is @elapsed_s after the start. */
double
pf_pacing_distance_at (const PfPacing *pacing,
                       double          elapsed_s)
{
  const PfSegment *seg = (const PfSegment *) (gpointer) pacing->segments->data;
  guint n = pacing->segments->len, i;

  if (n == 0 || elapsed_s <= 0.0)
    return 0.0;
  if (elapsed_s >= pacing->finish_s)
    return seg[n - 1].end_m;

  i = PF_BISECT (PfSegment, seg, n, start_s, elapsed_s);
  return seg[i].start_m + (seg[i].end_m - seg[i].start_m)
                            * CLAMP ((elapsed_s - seg[i].start_s) / MAX (seg[i].time_s, 1e-9),
                                     0.0, 1.0);
}
