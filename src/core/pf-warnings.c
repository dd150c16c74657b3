/* pf-warnings.c — where the plan asks more than training, heat or the gut can give
 *
 * Race cramps come mostly from running faster or longer than the legs were trained for,
 * late in the race, on hills, in the heat, and in runners with a history of cramps
 * (Manjra 1996; Schwellnus 2004, 2011; docs/science.md §8). Each check below looks at one of
 * these in the computed plan, says where on the course, and what would change it — and
 * stays quiet on a sound plan: only real causes raise a warning.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-warnings"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pf-duration.h"
#include "pf-heat.h"
#include "pf-plan.h"
#include "pf-quantity.h"
#include "pf-warnings.h"

/* Runners meet cramps after 25–30 km (Manjra 1996: 80 % after 30 km). */
#define LATE_M               30000.0
#define FIRST_HALF_RISK_M    25000.0
/* A climb a tired runner feels: this much gain at this average grade at least. */
#define CLIMB_MIN_GAIN_M     15.0
#define CLIMB_MIN_GRADE      0.02
/* …and this share of the course's whole ascent, so that a mountain course's small bumps do
 * not bury its real climbs (check_late_hills). */
#define CLIMB_MIN_SHARE      0.02
/* …over this much distance at least: a short dip and rise is a bridge or a DEM glitch. */
#define CLIMB_MIN_LENGTH_M   400.0
/* Hadley T + Td (°F): a 2 % cost from 130; the danger line (hard running not recommended
 * above 180) is Hadley's own, PF_HADLEY_DANGER_F, shared with the heat model. */
/* A race this many times the longest training run is new to the legs (check_long_run). */
#define LONG_RUN_RATIO       1.5
#define HADLEY_WARM_F        130.0
#define HADLEY_UNACCLIMATISED_F 120.0

const char *
pf_severity_to_string (PfSeverity severity)
{
  switch (severity)
    {
    case PF_SEVERITY_WARNING:
      return "warning";
    case PF_SEVERITY_DANGER:
      return "danger";
    case PF_SEVERITY_INFO:
    default:
      return "info";
    }
}

static void
clear_warning (gpointer data)
{
  PfWarning *w = data;

  g_clear_pointer (&w->message, g_free);
  g_clear_pointer (&w->reason, g_free);
  g_clear_pointer (&w->action, g_free);
}

static void
add (GArray     *warnings,
     const char *id,
     PfSeverity  severity,
     double      from_m,
     double      to_m,
     char       *message,
     const char *reason,
     char       *action)
{
  PfWarning w = { id, severity, from_m, to_m, message, g_strdup (reason), action };

  g_array_append_val (warnings, w);
}

static double
course_distance (const PfPlan *plan)
{
  return pf_course_get_distance (pf_plan_get_course (plan));
}

/* A prediction is good to a few per cent: Tanda (2011) predicted marathons to within about
 * 4 minutes (2 %). A goal inside that band of the realistic finish is not refused. */
#define GOAL_TOLERANCE 0.02

/* The goal against what the runner's races predict on this course on this day: the hills,
 * the hour-by-hour heat at their level, the fade of running by feel. Flat, cool predictions
 * would let a goal through that the day itself rules out. */
static void
check_goal (const PfPlan *plan,
            GArray       *warnings)
{
  const PfPlanInputs *inputs = pf_plan_get_inputs (plan);
  const PfPacing *realistic = pf_plan_get_realistic (plan);
  double goal = inputs->goal_time_s, finish;
  g_autofree char *goal_text = NULL;
  g_autofree char *finish_text = NULL;
  g_autofree char *hills_text = NULL;
  g_autofree char *heat_text = NULL;
  g_autofree char *first_km = NULL;
  g_autofree char *reason = NULL;

  if (inputs->pace_mode != PF_PACE_MODE_GOAL || realistic == NULL)
    return;

  finish = realistic->finish_s;
  if (goal >= finish * (1.0 - GOAL_TOLERANCE))
    return;

  goal_text = pf_duration_format (goal);
  finish_text = pf_duration_format (finish);
  hills_text = pf_duration_format (fabs (realistic->climb_cost_s));
  heat_text = pf_duration_format (realistic->heat_cost_s);
  first_km = pf_quantity (PF_QUANTITY_DISTANCE, 28000.0, 0);
  /* Translators: %s is a distance, "28 km" */
  reason = g_strdup_printf (_("Pace above what was trained is the first cause of race cramps: crampers ran the first %s faster than non-crampers of the same best times (Schwellnus 2011; Manjra 1996)."),
                            first_km);
  add (warnings, "goal-faster-than-fitness",
       goal < finish * 0.95 ? PF_SEVERITY_DANGER : PF_SEVERITY_WARNING, 0.0, course_distance (plan),
       g_strdup_printf (_("The goal of %s is faster than your races predict on this course on this day: %s (hills %s%s, heat +%s)."),
                        goal_text, finish_text, realistic->climb_cost_s < 0 ? "−" : "+",
                        hills_text, heat_text),
       reason,
       g_strdup_printf (_("Plan for %s or slower, or race a shorter distance first to show the fitness."), finish_text));
}

/* An official distance far from the course as drawn (half or less, twice or more; beyond ten
 * times the plan refuses it, pf_plan_inputs_check_official_distance): every stretch, climb
 * and station is scaled by the same factor, so the plan is for a course the runner will not
 * run. */
static void
check_official_distance (const PfPlan *plan,
                         GArray       *warnings)
{
  const PfPlanInputs *inputs = pf_plan_get_inputs (plan);
  double official = inputs->official_distance_m;
  double measured = inputs->track != NULL ? pf_track_get_length (inputs->track) : 0.0;
  g_autofree char *said = NULL;
  g_autofree char *drawn = NULL;

  if (official <= 0.0 || measured <= 0.0
      || (official * PF_OFFICIAL_DISTANCE_WARNED_RATIO > measured
          && official < PF_OFFICIAL_DISTANCE_WARNED_RATIO * measured))
    return;

  said = pf_quantity (PF_QUANTITY_DISTANCE, official, 1);
  drawn = pf_quantity (PF_QUANTITY_DISTANCE, measured, 1);
  add (warnings, "official-distance-far", PF_SEVERITY_WARNING, 0.0, course_distance (plan),
       /* Translators: both %s are distances, "5.0 km" and "42.7 km" */
       g_strdup_printf (_("The official distance, %s, is far from the course’s measured length "
                          "(%s): the whole course is scaled to it."), said, drawn),
       _("Every stretch, climb and aid station moves with the scale, so the plan is for a course "
         "of another shape than the one drawn."),
       g_strdup (_("Check the official distance and its unit, or open the course of the whole "
                   "race (a loop run several times drawn as often as it is run).")));
}

/* Stretches whose effort pace (grade and heat removed) is faster than threshold pace. */
static void
check_threshold (const PfPlan *plan,
                 GArray       *warnings)
{
  const PfSegment *seg = pf_plan_get_segments (plan);
  guint n = pf_plan_get_n_segments (plan);
  double vdot = pf_plan_get_vdot (plan), threshold_pace;
  double from = -1.0, to = 0.0;

  if (vdot <= 0.0)
    return;

  threshold_pace = 1.0 / pf_vdot_training_speed (vdot, 0.90);
  for (guint i = 0; i <= n; i++)
    {
      gboolean fast = FALSE;

      if (i < n)
        {
          double length = seg[i].end_m - seg[i].start_m;
          double effort_pace = seg[i].time_s / (length * seg[i].grade_factor * seg[i].heat_factor);

          fast = length > 0.0 && effort_pace < threshold_pace;
        }

      if (fast && from < 0.0)
        from = seg[i].start_m;
      if (fast)
        to = seg[i].end_m;
      if (!fast && from >= 0.0)
        {
          /* Short bursts (a smoothing edge) are not a stretch. */
          if (to - from >= 200.0)
            {
              g_autofree char *pace = pf_quantity (PF_QUANTITY_PACE, threshold_pace * 1000.0, 0);
              g_autofree char *from_q = pf_quantity (PF_QUANTITY_DISTANCE, from, 1);
              g_autofree char *to_q = pf_quantity (PF_QUANTITY_DISTANCE, to, 1);

              add (warnings, "pace-above-threshold", PF_SEVERITY_WARNING, from, to,
                   /* Translators: the first two %s are distances ("12.0 km"), the third a
                    * pace ("4:35 /km") */
                   g_strdup_printf (_("From %s to %s the effort is faster than your threshold pace (%s on the flat)."),
                                    from_q, to_q, pace),
                   _("Threshold pace can be held for about an hour; beyond it fatigue — and with it cramp risk — builds fast (Daniels; Schwellnus 2011)."),
                   g_strdup (_("Even the effort out: an even-effort strategy, a slower goal, or less of a negative split.")));
            }
          from = -1.0;
        }
    }
}

static void
check_long_run (const PfPlan *plan,
                GArray       *warnings)
{
  const PfTraining *t = &pf_plan_get_inputs (plan)->training;
  double distance = course_distance (plan);
  g_autofree char *race = NULL;
  g_autofree char *longest = NULL;
  g_autofree char *longest_0 = NULL;
  g_autofree char *late = NULL;
  g_autofree char *towards = NULL;
  g_autofree char *reason = NULL;

  if (t->longest_run_km <= 0.0 || distance <= t->longest_run_km * 1000.0 * LONG_RUN_RATIO)
    return;

  race = pf_quantity (PF_QUANTITY_DISTANCE, distance, 1);
  longest = pf_quantity (PF_QUANTITY_DISTANCE, t->longest_run_km * 1000.0, 1);
  longest_0 = pf_quantity (PF_QUANTITY_DISTANCE, t->longest_run_km * 1000.0, 0);
  late = pf_quantity (PF_QUANTITY_DISTANCE, LATE_M, 0);
  /* Whole kilometres: a target to build towards, not a measurement. A marathoner's long run
   * stops at 35 km; an ultra runner's must still reach the distance at which this warning
   * stops (the race ÷ 1.5), or the advice would name less than they have already run. */
  towards = pf_quantity (PF_QUANTITY_DISTANCE,
                         MAX (MIN (distance * 0.75, 35000.0), distance / LONG_RUN_RATIO), 0);
  /* Translators: %s is a distance, "30 km" */
  reason = g_strdup_printf (_("Cramps come when muscles are asked for longer than they were trained for; most come late (Schwellnus 2008; Manjra 1996: 80 %% after %s)."),
                            late);
  add (warnings, "beyond-long-run", PF_SEVERITY_WARNING, t->longest_run_km * 1000.0, distance,
       /* Translators: every %s is a distance, "42.2 km" */
       g_strdup_printf (_("The race is %s; your longest run is %s. Everything past %s is new to your legs."),
                        race, longest, longest_0),
       reason,
       /* Translators: both %s are distances, "31 km" */
       g_strdup_printf (_("Build long runs towards %s, or plan the stretch past %s slower."),
                        towards, longest_0));
}

static void
check_goal_pace_training (const PfPlan *plan,
                          GArray       *warnings)
{
  const PfPlanInputs *inputs = pf_plan_get_inputs (plan);
  double distance = course_distance (plan), km = inputs->training.goal_pace_km;
  g_autofree char *longest = NULL;
  g_autofree char *race = NULL;
  g_autofree char *target = NULL;

  if (isnan (km) || inputs->pace_mode != PF_PACE_MODE_GOAL || km * 1000.0 >= 0.25 * distance)
    return;

  longest = pf_quantity (PF_QUANTITY_DISTANCE, km * 1000.0, 1);
  race = pf_quantity (PF_QUANTITY_DISTANCE, distance, 1);
  /* A quarter of the race, rounded up to a whole kilometre as the text always did. */
  target = pf_quantity (PF_QUANTITY_DISTANCE, 0.25 * distance + 500.0, 0);
  add (warnings, "little-goal-pace-training", PF_SEVERITY_WARNING, km * 1000.0, distance,
       /* Translators: both %s are distances, "8.0 km" and "42.2 km" */
       g_strdup_printf (_("Your longest run at goal pace is %s, a small part of the %s race."),
                        longest, race),
       _("Time spent at goal pace in training is one of the factors runners can act on against cramps (Schwellnus 2008, 2011)."),
       /* Translators: %s is a distance, "11 km" */
       g_strdup_printf (_("Put %s or more at goal pace into your long runs before the race."),
                        target));
}

/* A positive split, or a first half faster than the second at equal conditions. */
static void
check_first_half (const PfPlan *plan,
                  GArray       *warnings)
{
  const PfPlanInputs *inputs = pf_plan_get_inputs (plan);
  double distance = course_distance (plan);
  double from = MIN (FIRST_HALF_RISK_M, 0.6 * distance);
  g_autofree char *diverges = NULL;
  g_autofree char *reason = NULL;

  if (inputs->strategy != PF_STRATEGY_POSITIVE || distance < 15000.0)
    return;

  diverges = pf_quantity (PF_QUANTITY_DISTANCE, FIRST_HALF_RISK_M, 0);
  /* Translators: %s is a distance, "25 km" */
  reason = g_strdup_printf (_("Pacing of crampers and non-crampers diverges after about %s: those who started fast cramp (Schwellnus 2011)."),
                            diverges);
  add (warnings, "fast-first-half", PF_SEVERITY_WARNING, from, distance,
       g_strdup_printf (_("The plan runs the first half %.0f %% faster than the second."),
                        inputs->strategy_pct),
       reason,
       g_strdup (_("Run even effort, or a slight negative split: the time comes back at the end.")));
}

/* Sustained climbs after 30 km (after 70 % of shorter courses' length). */
static void
check_late_hills (const PfPlan *plan,
                  GArray       *warnings)
{
  PfCourse *course = pf_plan_get_course (plan);
  const PfCourseSample *s = pf_course_get_samples (course);
  guint n = pf_course_get_n_samples (course);
  double distance = course_distance (plan);
  double late = distance > 50000.0 ? 0.7 * distance : MIN (LATE_M, 0.7 * distance);
  /* On a mountain course a 20 m bump is not a climb to prepare for: a climb counts from
   * CLIMB_MIN_SHARE of the course's whole ascent (CCC's 6100 m: 122 m; a road marathon's
   * 300 m: the 15 m floor). */
  double min_gain = MAX (CLIMB_MIN_GAIN_M, CLIMB_MIN_SHARE * pf_course_get_ascent (course));
  guint start = 0, top = 0;

  if (!pf_course_has_elevation (course) || distance < 15000.0)
    return;

  /* Walk the cleaned profile from each low point to the next high point; a dip of less
   * than 3 m does not end a climb, and a rise of less than a centimetre does not move its
   * top (the filters' rounding leaves a flat summit wobbling by 10⁻¹³ m). */
  for (guint i = 1; i <= n; i++)
    {
      if (i < n)
        {
          if (top == start && s[i].ele <= s[start].ele)
            {
              start = top = i;  /* still on the flat or going down before the climb */
              continue;
            }
          if (s[i].ele > s[top].ele + 0.01)
            {
              top = i;
              continue;
            }
          if (s[i].ele >= s[top].ele - 3.0)
            continue;
        }

      /* The climb starts where the road starts to rise, not at the end of the flat. */
      while (start < top
             && s[start + 1].ele - s[start].ele
                  < 0.01 * (s[start + 1].distance_m - s[start].distance_m))
        start++;

      {
        double gain = s[top].ele - s[start].ele;
        double run = s[top].distance_m - s[start].distance_m;

        if (gain >= min_gain && run >= CLIMB_MIN_LENGTH_M && gain / run >= CLIMB_MIN_GRADE
            && s[top].distance_m > late)
          {
            g_autofree char *climb = pf_quantity (PF_QUANTITY_ELEVATION, gain, 0);
            g_autofree char *from_q = pf_quantity (PF_QUANTITY_DISTANCE, s[start].distance_m, 1);
            g_autofree char *to_q = pf_quantity (PF_QUANTITY_DISTANCE, s[top].distance_m, 1);
            g_autofree char *late_q = pf_quantity (PF_QUANTITY_DISTANCE, LATE_M, 0);
            /* Translators: %s is a distance, "30 km" */
            g_autofree char *reason = g_strdup_printf (_("Hills and the late race are two of the commonest settings of cramps (Manjra 1996: hills in 53 %%, after %s in 80 %%)."),
                                                       late_q);

            add (warnings, "late-hills", PF_SEVERITY_WARNING, MAX (s[start].distance_m, late),
                 s[top].distance_m,
                 /* Translators: the first %s is a climb ("45 m"), the last two are
                  * distances ("31.2 km") */
                 g_strdup_printf (_("A climb of %s at %.1f %% from %s to %s, when the legs are tired."),
                                  climb, gain / run * 100.0, from_q, to_q),
                 reason,
                 g_strdup (_("Run it by effort, not pace: shorter steps, let the pace drop, and keep something for it from the start.")));
          }
      }
      start = top = MIN (i, n - 1);
    }
}

static void
check_heat (const PfPlan *plan,
            GArray       *warnings)
{
  const PfPlanInputs *inputs = pf_plan_get_inputs (plan);
  const PfSegment *seg = pf_plan_get_segments (plan);
  guint n = pf_plan_get_n_segments (plan);
  double limit = inputs->training.acclimatised ? HADLEY_WARM_F : HADLEY_UNACCLIMATISED_F;
  double from = -1.0, to = 0.0, max_sum = 0.0, max_wbgt = 0.0, max_temp = 0.0;
  g_autofree char *cost = NULL;
  g_autofree char *temp = NULL;
  g_autofree char *hadley = NULL;
  g_autofree char *from_q = NULL;

  for (guint i = 0; i < n; i++)
    {
      double sum = pf_hadley_sum_f (seg[i].temp_c, seg[i].dew_point_c);
      double wbgt = pf_wbgt_shade (seg[i].temp_c, pf_relative_humidity (seg[i].temp_c,
                                                                        seg[i].dew_point_c));

      max_sum = MAX (max_sum, sum);
      max_wbgt = MAX (max_wbgt, wbgt);
      max_temp = MAX (max_temp, seg[i].temp_c);
      if (sum > limit)
        {
          from = from < 0.0 ? seg[i].start_m : from;
          to = seg[i].end_m;
        }
    }

  cost = pf_duration_format (pf_plan_get_heat_cost (plan));
  temp = pf_quantity (PF_QUANTITY_TEMPERATURE, max_temp, 0);
  hadley = pf_quantity (PF_QUANTITY_HADLEY, max_sum, 0);
  from_q = pf_quantity (PF_QUANTITY_DISTANCE, from, 1);
  if (pf_heat_is_extreme (max_sum, max_wbgt))
    {
      g_autofree char *wbgt = pf_quantity (PF_QUANTITY_TEMPERATURE, max_wbgt, 0);
      g_autofree char *danger = pf_quantity (PF_QUANTITY_HADLEY, PF_HADLEY_DANGER_F, 0);
      g_autofree char *danger_wbgt = pf_quantity (PF_QUANTITY_TEMPERATURE, 28.0, 0);
      /* Translators: the first %s is Hadley's sum of temperature and dew point ("180 °F"),
       * the second a WBGT ("28 °C") */
      g_autofree char *reason = g_strdup_printf (_("Above %s of temperature + dew point (Hadley) or %s WBGT, the risk of heat illness rises sharply; slower runners lose the most (Ely 2007)."),
                                                 danger, danger_wbgt);

      add (warnings, "heat", PF_SEVERITY_DANGER, MAX (from, 0.0), from < 0.0 ? course_distance (plan) : to,
           /* Translators: the first %s is a temperature ("31 °C"), the second Hadley's sum of
            * temperature and dew point ("149 °F"), the third a WBGT ("28 °C") */
           g_strdup_printf (_("Extreme heat: up to %s (temperature + dew point %s, WBGT %s). Hard running is not recommended."),
                            temp, hadley, wbgt),
           reason,
           g_strdup (_("Run for the finish, not the time: a much slower goal, walk breaks, shade and cooling at every station.")));
    }
  else if (from >= 0.0)
    {
      g_autofree char *onset = pf_quantity (PF_QUANTITY_TEMPERATURE, 5.0, 0);
      /* Translators: %s is a WBGT, "5 °C" */
      g_autofree char *reason = g_strdup_printf (_("Performance falls from %s WBGT upwards, more for slower runners (Ely 2007; El Helou 2012); runners acclimatised to heat lose less (Racinais 2015)."),
                                                 onset);

      add (warnings, "heat", PF_SEVERITY_WARNING, from, to,
           inputs->profile != NULL && inputs->profile->heat.known
             /* Translators: as below, with the share of the heat's cost measured on the
              * runner's own runs (their profile) */
             ? g_strdup_printf (_("Heat from %s on (up to %s, temperature + dew point %s): it costs you about %s, %.0f %% of the heat model's cost, as your own runs showed."),
                                from_q, temp, hadley, cost,
                                100.0 * pf_plan_get_heat_scale (plan))
           : inputs->training.acclimatised
             /* Translators: the first %s is a distance ("21.1 km"), the second a temperature
              * ("27 °C"), the third Hadley's sum of temperature and dew point ("149 °F"), the
              * fourth a duration */
             ? g_strdup_printf (_("Heat from %s on (up to %s, temperature + dew point %s): it costs you about %s, %.0f %% of the heat model's cost for your level, acclimatised."),
                                from_q, temp, hadley, cost,
                                100.0 * pf_plan_get_heat_scale (plan))
             /* Translators: the first %s is a distance ("21.1 km"), the second a temperature
              * ("27 °C"), the third Hadley's sum of temperature and dew point ("149 °F"), the
              * fourth a duration */
             : g_strdup_printf (_("Heat from %s on (up to %s, temperature + dew point %s), and you are not acclimatised: it costs you about %s, %.0f %% of the heat model's cost for your level."),
                                from_q, temp, hadley, cost,
                                100.0 * pf_plan_get_heat_scale (plan)),
           reason,
           g_strdup (_("The plan already slows for the heat; start slower still, drink by the schedule, and cool off at the stations.")));
    }
  else if (pf_plan_get_heat_cost (plan) >= 1.0)
    {
      add (warnings, "heat", PF_SEVERITY_INFO, 0.0, course_distance (plan),
           g_strdup_printf (_("Mild warmth costs about %s; the plan’s paces include it."), cost),
           _("The temperature + dew point rule (Hadley 2013)."),
           g_strdup (_("Nothing to change.")));
    }
}

/* The plan cannot be raced as set: even the changes it needs are said here, first of all
 * warnings (compare_warnings), not as a footnote to the mass loss. */
static void
check_feasibility (const PfPlan *plan,
                   GArray       *warnings)
{
  const PfPlanInputs *inputs = pf_plan_get_inputs (plan);
  const PfFeasibility *f = pf_plan_get_feasibility (plan);
  const PfFeasibilityChange *first;
  GString *action;
  g_autofree char *lost = NULL;

  if (f->feasible)
    return;

  lost = pf_quantity (PF_QUANTITY_MASS, f->mass_loss_pct * inputs->runner.mass_kg / 100.0, 1);

  action = g_string_new (NULL);
  for (guint i = 0; i < f->changes->len; i++)
    {
      const PfFeasibilityChange *c = &g_array_index (f->changes, PfFeasibilityChange, i);

      if (i > 0)
        g_string_append_c (action, ' ');
      g_string_append (action, c->text);
    }
  if (f->changes->len == 0)
    g_string_append (action, _("No slower finish up to three times this one keeps the loss within the limit: shorten the race or choose a cooler one."));

  first = f->changes->len > 0 ? &g_array_index (f->changes, PfFeasibilityChange, 0) : NULL;
  add (warnings, "not-feasible", PF_SEVERITY_DANGER, 0.0, course_distance (plan),
       first != NULL
         /* Translators: the first %s is a mass ("3.3 kg"), the second what to change */
         ? g_strdup_printf (_("Not feasible as set: you would lose about %.1f %% of your body mass (%s), past the %.0f %% a runner can race on. %s"),
                            f->mass_loss_pct, lost, f->max_mass_loss_pct, first->text)
         /* Translators: %s is a mass, "3.3 kg" */
         : g_strdup_printf (_("Not feasible as set: you would lose about %.1f %% of your body mass (%s), past the %.0f %% a runner can race on."),
                            f->mass_loss_pct, lost, f->max_mass_loss_pct),
       /* xgettext:no-c-format */
       _("Drinking is kept within safe limits — never more than you sweat, at most the hourly ceiling (ACSM 2007) — so the rest of the sweat is lost. Past 2 % of body mass endurance performance falls (ACSM 2007), and the loss adds to the strain of the heat; more than about 3 % (4 % in a race over 6 h, where part of the loss is fuel burnt) is not a plan but a risk."),
       g_string_free (action, FALSE));
}

/* A field test carried to a race far from its conditions: the rate is an estimate. */
static void
check_sweat_test (const PfPlan *plan,
                  GArray       *warnings)
{
  const PfSweatTransfer *t = pf_plan_get_sweat_transfer (plan);
  g_autofree char *test_rate = NULL;
  g_autofree char *test_temp = NULL;
  g_autofree char *test_pace = NULL;
  g_autofree char *race_temp = NULL;
  g_autofree char *race_pace = NULL;
  g_autofree char *race_rate = NULL;
  g_autofree char *heat = NULL;
  g_autofree char *pace = NULL;
  g_autofree char *heat_signed = NULL;
  g_autofree char *pace_signed = NULL;

  if (!t->has_test || !t->uncertain)
    return;

  test_rate = pf_quantity (PF_QUANTITY_FLOW, t->test_rate_l_per_h, 2);
  test_temp = pf_quantity (PF_QUANTITY_TEMPERATURE, t->test_temp_c, 0);
  test_pace = pf_quantity (PF_QUANTITY_PACE, t->test_pace_s_per_km, 0);
  race_temp = pf_quantity (PF_QUANTITY_TEMPERATURE, t->race_temp_c, 0);
  race_pace = pf_quantity (PF_QUANTITY_PACE, t->race_pace_s_per_km, 0);
  race_rate = pf_quantity (PF_QUANTITY_FLOW, t->race_rate_l_per_h, 2);
  heat = pf_quantity (PF_QUANTITY_FLOW, t->heat_l_per_h, 2);
  pace = pf_quantity (PF_QUANTITY_FLOW, t->pace_l_per_h, 2);
  /* A quantity carries no sign of its own but a minus: the plus is written here. */
  heat_signed = g_strconcat (t->heat_l_per_h >= 0.0 ? "+" : "", heat, NULL);
  pace_signed = g_strconcat (t->pace_l_per_h >= 0.0 ? "+" : "", pace, NULL);
  add (warnings, "sweat-test-far", PF_SEVERITY_WARNING, 0.0, course_distance (plan),
       /* Translators: a sweat rate ("0.95 L/h"), a temperature ("18 °C"), a pace ("5:30 /km");
        * then the race's temperature and pace, its sweat rate, and the two signed changes
        * of the rate ("+0.30 L/h") */
       g_strdup_printf (_("Your sweat test (%s at %s, %s) is far from the race (%s, %s): the race’s %s (%s for the weather, %s for the pace and hills) is an estimate."),
                        test_rate, test_temp, test_pace, race_temp,
                        race_pace, race_rate, heat_signed, pace_signed),
       _("A test carries best to a race in its own weather and at its own pace. The heat balance (ISO 7933; Gonzalez 2009) says how much more sweat the race’s heat and pace take; the plan adds that to your test rather than multiplying it, and no more."),
       g_strdup (_("Repeat the sweat test in weather and at a pace like the race’s, or weigh yourself before and after a long run in similar conditions.")));
}

static void
check_mass_loss (const PfPlan *plan,
                 GArray       *warnings)
{
  const PfPlanInputs *inputs = pf_plan_get_inputs (plan);
  const PfFuel *fuel = pf_plan_get_fuel (plan);
  double loss = -fuel->totals.mass_change_pct, deficit = 0.0;
  double limit_l = PF_MASS_LOSS_TARGET_PCT / 100.0 * inputs->runner.mass_kg;
  double from = course_distance (plan);
  g_autofree char *lost = NULL;
  g_autofree char *from_q = NULL;
  g_autofree char *ceiling = NULL;
  g_autofree char *action = NULL;
  gboolean access;

  /* A plan not feasible as set says the loss first, with what to change (check_feasibility):
   * not twice. */
  if (loss <= PF_MASS_LOSS_TARGET_PCT + 0.05 || !pf_plan_get_feasibility (plan)->feasible)
    return;

  /* Where the deficit passes 2 % of body mass. */
  for (guint h = 0; h < fuel->hours->len; h++)
    {
      const PfFuelHour *hour = &g_array_index (fuel->hours, PfFuelHour, h);
      double step = hour->sweat_l - hour->fluid_l;

      if (deficit + step >= limit_l && step > 0.0)
        {
          double t = hour->start_s + (hour->end_s - hour->start_s) * (limit_l - deficit) / step;

          from = pf_plan_distance_at (plan, t);
          break;
        }
      deficit += step;
    }

  lost = pf_quantity (PF_QUANTITY_MASS, loss * inputs->runner.mass_kg / 100.0, 1);
  from_q = pf_quantity (PF_QUANTITY_DISTANCE, from, 1);
  ceiling = pf_quantity (PF_QUANTITY_FLOW, 1.0, 0);
  /* What holds the drinking back: the safe limits (the heat), or the places to drink. */
  access = pf_fuel_held_by_course (fuel, inputs->runner.mass_kg);
  if (access)
    action = g_strdup (_("Add the aid stations you know of, carry a bigger bottle or a second flask, or refill it where you can."));
  else
    /* Translators: %s is a fluid ceiling, "1 L/h" */
    action = g_strdup_printf (_("Slow down in the heat (you sweat less), start well hydrated, or — if you are large and heat-acclimatised — allow a ceiling of %s."),
                              ceiling);
  add (warnings, "mass-loss", loss > 4.0 ? PF_SEVERITY_DANGER : PF_SEVERITY_WARNING, from,
       course_distance (plan),
       /* Translators: the first %s is a mass ("2.1 kg"), the second a distance ("31.5 km") */
       g_strdup_printf (_("You will lose about %.1f %% of your body mass (%s) — past 2 %% from %s on."),
                        loss, lost, from_q),
       access ? _("The course leaves too few places to drink for what you sweat: the schedule drinks only at the stations and from your bottle, so the loss passes 2 %, where performance begins to suffer (ACSM 2007).")
              : _("Drinking is kept within safe limits (ACSM 2007: never more than sweat, at most the hourly ceiling), so in this heat the loss passes 2 %, where performance begins to suffer."),
       g_steal_pointer (&action));
}

/* Overdrinking is drinking more than is sweated, which shows as a gain of mass over time
 * (Almond 2005: weight gain is the strongest predictor of hyponatremia). The plan's own
 * schedule never drinks more than the sweat of any hour, so it is never judged here — a
 * total volume or a count of stations says nothing without the sweat beside it. What can
 * overdrink is a fixed target the runner sets: it is set against the sweat, hour by hour. */
static void
check_drinking (const PfPlan *plan,
                GArray       *warnings)
{
  const PfPlanInputs *inputs = pf_plan_get_inputs (plan);
  const PfFuel *fuel = pf_plan_get_fuel (plan);

  for (guint h = 0; h < fuel->hours->len; h++)
    {
      const PfFuelHour *hour = &g_array_index (fuel->hours, PfFuelHour, h);
      double hours = (hour->end_s - hour->start_s) / 3600.0;

      if (inputs->fuel.fluid_per_hour_l > 0.0 && hours > 0.25
          && inputs->fuel.fluid_per_hour_l * hours > hour->sweat_l + 1e-6)
        {
          g_autofree char *target = pf_quantity (PF_QUANTITY_FLOW,
                                                 inputs->fuel.fluid_per_hour_l, 2);
          g_autofree char *sweat = pf_quantity (PF_QUANTITY_VOLUME, hour->sweat_l, 2);

          add (warnings, "overdrinking", PF_SEVERITY_DANGER,
               pf_plan_distance_at (plan, hour->start_s),
               pf_plan_distance_at (plan, hour->end_s),
               /* Translators: the first %s is a fluid rate ("0.80 L/h"), the second a volume
                * ("0.65 L") */
               g_strdup_printf (_("Your fluid target of %s is more than you sweat in hour %u (%s): drinking it would make you gain weight."),
                                target, h + 1, sweat),
               /* xgettext:no-c-format */
               _("Weight gain during a marathon is the strongest predictor of hyponatremia (Almond 2005, Boston: 13 % of finishers); never drink more than you sweat (ACSM 2007)."),
               g_strdup (_("The schedule caps your drinks at what you sweat. Drop the fixed target, or drink to thirst.")));
          break;
        }
    }
}

/* The runner's sweat sodium in words: the band it stands for, or a measured value. */
static const char *
band_name (double mg_per_l)
{
  PfSodiumBand band;

  if (!pf_sodium_band_find (mg_per_l, &band))
    return _("measured");
  switch (band)
    {
    case PF_SODIUM_BAND_LOW:
      return _("low");
    case PF_SODIUM_BAND_SALTY:
      return _("salty");
    case PF_SODIUM_BAND_TYPICAL:
    default:
      return _("typical");
    }
}

/* The advice names the concentration the plan mixes, never another one: a typical sweater
 * with a cramp history is not told to mix at the rail's top while the plan mixes less. */
static char *
sodium_action (const PfFuel *fuel,
               gboolean      salty)
{
  double g_per_l = fuel->drink.sodium_g_per_l;
  double salt_per_500 = g_per_l / 0.393 / 2.0;
  g_autofree char *bottle = pf_quantity (PF_QUANTITY_SMALL_VOLUME, 0.5, 0);

  /* No bottle in the schedule: nothing to mix, only what the stations pour and what is carried. */
  if (!fuel->bottle)
    {
      if (fuel->capsules_to_carry > 0)
        return g_strdup_printf (_("Take the %u salt capsules the plan lists: the stations’ cups bring little sodium."),
                                fuel->capsules_to_carry);
      if (salty)
        return g_strdup (_("Take salty food at the stations: their cups bring little sodium and you carry no bottle to mix."));
      return g_strdup (_("Nothing to add: with typical sweat, more sodium would not prevent cramps, which come mainly from fatigue."));
    }
  if (fuel->capsules_to_carry > 0)
    /* Translators: %s is a bottle's volume, "500 mL" */
    return g_strdup_printf (_("Mix your bottles as the plan does, at %.2f g/L of sodium (%.1f g of table salt per %s), and take the %u salt capsules it lists."),
                            g_per_l, salt_per_500, bottle, fuel->capsules_to_carry);
  if (salty)
    /* Translators: %s is a bottle's volume, "500 mL" */
    return g_strdup_printf (_("Mix your bottles as the plan does, at %.2f g/L of sodium (%.1f g of table salt per %s); salty food at the stations adds more."),
                            g_per_l, salt_per_500, bottle);
  /* Translators: %s is a bottle's volume, "500 mL" */
  return g_strdup_printf (_("Mix your bottles as the plan does, at %.2f g/L of sodium (%.1f g of table salt per %s): with typical sweat, more would not prevent cramps, which come mainly from fatigue."),
                          g_per_l, salt_per_500, bottle);
}

static void
check_sodium (const PfPlan *plan,
              GArray       *warnings)
{
  const PfPlanInputs *inputs = pf_plan_get_inputs (plan);
  const PfRunner *runner = &inputs->runner;
  const PfFuel *fuel = pf_plan_get_fuel (plan);
  gboolean salty = pf_sweat_sodium_is_salty (runner->sweat_sodium_mg_per_l);
  gboolean hot = pf_plan_get_max_hadley_f (plan) > HADLEY_UNACCLIMATISED_F;

  if (!(salty || runner->cramp_prone) || !hot)
    return;

  add (warnings, "sodium-cramp-risk",
       fuel->drink.sodium_g_per_l >= PF_DRINK_SODIUM_MAX_G_PER_L - 1e-9 ? PF_SEVERITY_INFO
                                                                      : PF_SEVERITY_WARNING,
       0.0, course_distance (plan),
       salty ? g_strdup_printf (runner->cramp_prone
                                  ? _("Salty sweat (%.0f mg/L), a cramp history and heat: you lose about %.1f g of sodium.")
                                  : _("Salty sweat (%.0f mg/L) in the heat: you lose about %.1f g of sodium."),
                                runner->sweat_sodium_mg_per_l,
                                fuel->totals.sodium_lost_mg / 1000.0)
             : g_strdup_printf (_("A cramp history in the heat, with %s sweat sodium (%.0f mg/L): you lose about %.1f g of sodium."),
                                band_name (runner->sweat_sodium_mg_per_l),
                                runner->sweat_sodium_mg_per_l,
                                fuel->totals.sodium_lost_mg / 1000.0),
       _("Heavy, salty sweaters in the heat are the ones for whom sodium matters (\"electrolyte\" cramps: Bergeron 2003); the plan’s drinks go up to 1.5 g/L for them. Fatigue is still the main cause (Schwellnus 2008)."),
       sodium_action (fuel, salty));
}

static void
check_carbs (const PfPlan *plan,
             GArray       *warnings)
{
  const PfPlanInputs *inputs = pf_plan_get_inputs (plan);
  const PfFuel *fuel = pf_plan_get_fuel (plan);
  double distance = course_distance (plan);
  g_autofree char *bottle = pf_quantity (PF_QUANTITY_SMALL_VOLUME, 0.5, 0);

  if (fuel->carbs_target_g_per_h > inputs->runner.gut_max_g_per_h + 1e-9)
    add (warnings, "gut-carbs", PF_SEVERITY_WARNING, 0.0, distance,
         g_strdup_printf (_("The plan asks %.0f g of carbohydrate an hour; your gut is trained for %.0f g."),
                          fuel->carbs_target_g_per_h, inputs->runner.gut_max_g_per_h),
         _("The gut adapts to carbohydrate with practice; untrained, high intakes bring stomach trouble (Jeukendrup 2013; Wilson 2015)."),
         g_strdup (_("Practise this intake on long runs first, or lower the target to what you have trained.")));

  if (fuel->carbs_target_g_per_h > 60.0 && fuel->drink.carbs_g_per_l > 0.0
      && fuel->drink.fructose_g_per_l < 0.2 * fuel->drink.carbs_g_per_l)
    add (warnings, "single-source-carbs", PF_SEVERITY_WARNING, 0.0, distance,
         g_strdup_printf (_("Your drink is almost all glucose, and the plan asks %.0f g of carbohydrate an hour."),
                          fuel->carbs_target_g_per_h),
         _("A single sugar is absorbed at about 60 g/h at most; more needs glucose and fructose together, 2:1 up to 90 g/h (Jeukendrup 2013; Wallis & Podlogar 2022)."),
         g_strdup (_("Use a mix with fructose (table sugar is half fructose), or keep to 60 g/h.")));

  if (inputs->fuel.drink_carbs_g_per_l > PF_DRINK_CARBS_MAX_G_PER_L)
    add (warnings, "strong-drink", PF_SEVERITY_WARNING, 0.0, distance,
         g_strdup_printf (_("Your drink mix is %.0f %% carbohydrate; the plan dilutes it to 8 %%."),
                          inputs->fuel.drink_carbs_g_per_l / 10.0),
         /* xgettext:no-c-format */
         _("Drinks above ~8 % carbohydrate empty slowly from the stomach and draw water into the gut (Vist & Maughan 1995; ACSM 2007)."),
         /* Translators: %s is a bottle's volume, "500 mL" */
         g_strdup_printf (_("Mix it with more water: %.0f g in a %s bottle at most."),
                          PF_DRINK_CARBS_MAX_G_PER_L / 2.0, bottle));
}

static int
compare_warnings (gconstpointer a,
                  gconstpointer b)
{
  const PfWarning *x = a, *y = b;
  gboolean x_first = g_str_equal (x->id, "not-feasible");
  gboolean y_first = g_str_equal (y->id, "not-feasible");

  /* A plan that cannot be raced as set leads, before every other danger. */
  if (x_first != y_first)
    return x_first ? -1 : 1;
  if (x->severity != y->severity)
    return (int) y->severity - (int) x->severity;
  return (x->from_m > y->from_m) - (x->from_m < y->from_m);
}

/* Every check on the computed plan, danger first. Pure: the same plan gives the same list. */
GArray *
pf_warnings_compute (const PfPlan *plan)
{
  GArray *warnings = g_array_new (FALSE, TRUE, sizeof (PfWarning));

  g_array_set_clear_func (warnings, clear_warning);

  check_goal (plan, warnings);
  check_official_distance (plan, warnings);
  check_threshold (plan, warnings);
  check_long_run (plan, warnings);
  check_goal_pace_training (plan, warnings);
  check_first_half (plan, warnings);
  check_late_hills (plan, warnings);
  check_heat (plan, warnings);
  check_feasibility (plan, warnings);
  check_sweat_test (plan, warnings);
  check_mass_loss (plan, warnings);
  check_drinking (plan, warnings);
  check_sodium (plan, warnings);
  check_carbs (plan, warnings);

  g_array_sort (warnings, compare_warnings);
  return warnings;
}
