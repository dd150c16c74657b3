/* pf-aid-stations.c — the aid stations a plan uses, and the runner's edits to them
 *
 * A course's file may mark stations; the runner adds their own (fuel.extra_aid_m), and says of
 * any station what it offers and what it is called (fuel.aid_offers, PfAidOffer). A station
 * that offers nothing is one the runner removed: it stays in the list, so that it can be put
 * back, but no drink, split or count uses it. pf_aid_stations_list is the one rule every page,
 * split, schedule and printout takes the stations from.
 *
 * A record of one of the course's stations matches it within RECORD_REACH_M, not only exactly at
 * its distance: the course's stations move a little when the course is measured again (another
 * official distance, another cleaning), and the runner's word on them must follow. The runner's
 * own stations do not move under their records (both are kept in fuel, in the same metres), so
 * theirs is the one at their distance (RECORD_OWN_M) and no other; and a course station never
 * takes one of theirs. Two stations a few dozen metres apart, one the file's and one the
 * runner's, thus never share what they offer or their name, whichever was said first.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-aid-stations"

#include "config.h"

#include "pf-aid-stations.h"

#include <math.h>
#include <string.h>

#include "pf-text.h"

#define RECORD_REACH_M 100.0
/* A record this near a station is that station's own. */
#define RECORD_OWN_M 1.0

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static int
compare_stations (gconstpointer a,
                  gconstpointer b)
{
  const PfAidStation *x = a, *y = b;

  return (x->distance_m > y->distance_m) - (x->distance_m < y->distance_m);
}

/* The index of the runner's station at @distance_m (within RECORD_OWN_M), or -1. */
static int
added_index (const PfPlanInputs *inputs,
             double              distance_m)
{
  for (guint i = 0; inputs->fuel.extra_aid_m != NULL && i < inputs->fuel.extra_aid_m->len; i++)
    if (fabs (g_array_index (inputs->fuel.extra_aid_m, double, i) - distance_m) <= RECORD_OWN_M)
      return i;

  return -1;
}

/* The record nearest @distance_m within @reach_m, or -1; with @course_only, not one at a
 * station of the runner's. */
static int
nearest_record (const PfPlanInputs *inputs,
                double              distance_m,
                double              reach_m,
                gboolean            course_only)
{
  double best = reach_m;
  int found = -1;

  for (guint i = 0; inputs->fuel.aid_offers != NULL && i < inputs->fuel.aid_offers->len; i++)
    {
      double d = g_array_index (inputs->fuel.aid_offers, PfAidOffer, i).distance_m;

      if (fabs (d - distance_m) <= best && !(course_only && added_index (inputs, d) >= 0))
        {
          best = fabs (d - distance_m);
          found = i;
        }
    }

  return found;
}

/* The record of the station at @distance_m, or -1: for one of the runner's, the record at its
 * distance; for one of the course's, the nearest within reach that is not the runner's. */
static int
record_of (const PfPlanInputs *inputs,
           double              distance_m)
{
  if (added_index (inputs, distance_m) >= 0)
    return nearest_record (inputs, distance_m, RECORD_OWN_M, FALSE);
  return nearest_record (inputs, distance_m, RECORD_REACH_M, TRUE);
}

/* What the station at @distance_m offers (unlisted: water and sports drink). */
PfOffers
pf_plan_inputs_offers_at (const PfPlanInputs *inputs,
                          double              distance_m)
{
  int i = record_of (inputs, distance_m);

  return i >= 0 ? g_array_index (inputs->fuel.aid_offers, PfAidOffer, i).offers
                : PF_OFFERS_DEFAULT;
}

/* The runner's name for the station at @distance_m, or NULL. */
const char *
pf_plan_inputs_aid_name_at (const PfPlanInputs *inputs,
                            double              distance_m)
{
  int i = record_of (inputs, distance_m);

  return i >= 0 ? g_array_index (inputs->fuel.aid_offers, PfAidOffer, i).name : NULL;
}

/* A name as a label holds it: without control characters (pf_text_sanitize), trimmed, at
 * most PF_AID_NAME_MAX bytes cut between characters, NULL for an empty or invalid one. */
static char *
clean_name (const char *name)
{
  g_autofree char *copy = NULL;
  const char *end;

  if (name == NULL || !g_utf8_validate (name, -1, NULL))
    return NULL;
  copy = g_strstrip (pf_text_sanitize (name));
  if (strlen (copy) > PF_AID_NAME_MAX)
    {
      end = g_utf8_find_prev_char (copy, copy + PF_AID_NAME_MAX + 1);
      copy[end - copy] = '\0';
      g_strchomp (copy);
    }
  return copy[0] != '\0' ? g_steal_pointer (&copy) : NULL;
}

/* Records what the station at @distance_m offers and its @name (NULL or empty: the file's, if
 * any), in place of the record it had. A station with nothing of its own to say keeps no
 * record, unless it is the course's and another of the course's records lies within reach:
 * then it needs its own. */
void
pf_plan_inputs_set_aid (PfPlanInputs *inputs,
                        double        distance_m,
                        PfOffers      offers,
                        const char   *name)
{
  g_autofree char *clean = clean_name (name);
  int i;

  g_return_if_fail (inputs != NULL && inputs->fuel.aid_offers != NULL);

  i = record_of (inputs, distance_m);
  if (i >= 0)
    g_array_remove_index (inputs->fuel.aid_offers, i);
  if (offers != PF_OFFERS_DEFAULT || clean != NULL
      || (added_index (inputs, distance_m) < 0 && record_of (inputs, distance_m) >= 0))
    {
      PfAidOffer offer = { distance_m, offers, g_steal_pointer (&clean) };

      g_array_append_val (inputs->fuel.aid_offers, offer);
    }
}

/* Whether one of @course's stations (may be NULL: none), other than one at @except_m, is
 * within PF_AID_SAME_M of @distance_m. */
static gboolean
near_other_course_station (const PfCourse *course,
                           double          distance_m,
                           double          except_m)
{
  for (guint i = 0; course != NULL && i < pf_course_get_n_aid_stations (course); i++)
    {
      double d = pf_course_get_aid_station (course, i)->distance_m;

      if (fabs (d - distance_m) <= PF_AID_SAME_M && !(fabs (d - except_m) <= RECORD_OWN_M))
        return TRUE;
    }

  return FALSE;
}

static gboolean
near_course_station (const PfCourse *course,
                     double          distance_m)
{
  return near_other_course_station (course, distance_m, NAN);
}

/**
 * pf_aid_stations_list:
 * @with_removed: also the stations the runner removed (offering nothing)
 *
 * The aid stations on the way — the course's (not one at the start or the finish) and the
 * runner's — by distance, each with its name and what it offers. Without @with_removed these
 * are the stations the plan uses: the splits "at aid stations", the schedule, the profile and
 * every count take them from here.
 *
 * Returns: (transfer full) (element-type PfAidStation): the stations
 */
GArray *
pf_aid_stations_list (const PfCourse     *course,
                      const PfPlanInputs *inputs,
                      gboolean            with_removed)
{
  GArray *stations = g_array_new (FALSE, FALSE, sizeof (PfAidStation));
  double length = pf_course_get_distance (course);

  for (guint i = 0; i < pf_course_get_n_aid_stations (course); i++)
    {
      const PfCoursePoint *aid = pf_course_get_aid_station (course, i);
      const char *name = pf_plan_inputs_aid_name_at (inputs, aid->distance_m);
      PfAidStation station = { aid->distance_m,
                               name != NULL ? name : aid->name != NULL ? aid->name : "",
                               pf_plan_inputs_offers_at (inputs, aid->distance_m), TRUE };

      if (station.distance_m > 1.0 && station.distance_m < length - 1.0
          && (with_removed || station.offers != 0))
        g_array_append_val (stations, station);
    }
  for (guint i = 0; inputs->fuel.extra_aid_m != NULL && i < inputs->fuel.extra_aid_m->len; i++)
    {
      double d = g_array_index (inputs->fuel.extra_aid_m, double, i);
      const char *name = pf_plan_inputs_aid_name_at (inputs, d);
      PfAidStation station = { d, name != NULL ? name : "", pf_plan_inputs_offers_at (inputs, d),
                               FALSE };

      if (d > 1.0 && d < length - 1.0 && (with_removed || station.offers != 0))
        g_array_append_val (stations, station);
    }
  /* Stable: of two stations at one place, the course's comes first. */
  g_array_sort (stations, compare_stations);

  return stations;
}

/* One station of the runner's at @distance_m. FALSE, adding nothing, when it is not on the
 * course (nor short of the finish, PF_AID_FINISH_GAP_M) or a station is already there
 * (PF_AID_SAME_M; the course's too, when @course is given). */
gboolean
pf_plan_inputs_add_aid (PfPlanInputs   *inputs,
                        const PfCourse *course,
                        double          distance_m)
{
  g_return_val_if_fail (inputs != NULL && inputs->fuel.extra_aid_m != NULL, FALSE);

  if (!(distance_m > 0.0 && distance_m < pf_plan_inputs_get_distance (inputs) - PF_AID_FINISH_GAP_M)
      || near_course_station (course, distance_m))
    return FALSE;
  for (guint i = 0; i < inputs->fuel.extra_aid_m->len; i++)
    if (fabs (g_array_index (inputs->fuel.extra_aid_m, double, i) - distance_m) <= PF_AID_SAME_M)
      return FALSE;

  g_array_append_val (inputs->fuel.extra_aid_m, distance_m);
  g_array_sort (inputs->fuel.extra_aid_m, compare_doubles);
  return TRUE;
}

/* Takes the station at @distance_m out of the plan: one of the runner's is gone, with what they
 * said of it; one of the course's is kept, offering nothing, so that it can be put back
 * (pf_plan_inputs_set_aid with what it offers). */
void
pf_plan_inputs_remove_aid (PfPlanInputs *inputs,
                           double        distance_m)
{
  int added, record;

  g_return_if_fail (inputs != NULL && inputs->fuel.extra_aid_m != NULL);

  added = added_index (inputs, distance_m);
  if (added < 0)
    {
      pf_plan_inputs_set_aid (inputs, distance_m, 0,
                              pf_plan_inputs_aid_name_at (inputs, distance_m));
      return;
    }

  /* Its own record only: a neighbour's within reach stays the neighbour's. */
  record = record_of (inputs, distance_m);
  if (record >= 0)
    g_array_remove_index (inputs->fuel.aid_offers, record);
  g_array_remove_index (inputs->fuel.extra_aid_m, added);
}

/* Moves the station at @from_m to @to_m with its name and offers. The runner's own simply
 * moves; one of the course's is removed where the file has it and added where the runner puts
 * it, named @course_name unless the runner named it. FALSE, changing nothing, where
 * pf_plan_inputs_add_aid would refuse @to_m (not counting the station itself; @course's
 * stations only when it is given). */
gboolean
pf_plan_inputs_move_aid (PfPlanInputs   *inputs,
                         const PfCourse *course,
                         double          from_m,
                         double          to_m,
                         const char     *course_name)
{
  g_autofree char *name = NULL;
  PfOffers offers;
  int added;

  g_return_val_if_fail (inputs != NULL && inputs->fuel.extra_aid_m != NULL, FALSE);

  if (fabs (to_m - from_m) <= RECORD_OWN_M)
    return TRUE;
  if (!(to_m > 0.0 && to_m < pf_plan_inputs_get_distance (inputs) - PF_AID_FINISH_GAP_M)
      || near_other_course_station (course, to_m, from_m))
    return FALSE;
  added = added_index (inputs, from_m);
  for (guint i = 0; i < inputs->fuel.extra_aid_m->len; i++)
    if ((int) i != added
        && fabs (g_array_index (inputs->fuel.extra_aid_m, double, i) - to_m) <= PF_AID_SAME_M)
      return FALSE;

  name = g_strdup (pf_plan_inputs_aid_name_at (inputs, from_m));
  offers = pf_plan_inputs_offers_at (inputs, from_m);
  if (offers == 0)
    offers = PF_OFFERS_DEFAULT;  /* moved is put back */
  if (added >= 0)
    {
      pf_plan_inputs_remove_aid (inputs, from_m);
    }
  else
    {
      pf_plan_inputs_set_aid (inputs, from_m, 0, name);
      if (name == NULL)
        name = g_strdup (course_name);
    }

  g_array_append_val (inputs->fuel.extra_aid_m, to_m);
  g_array_sort (inputs->fuel.extra_aid_m, compare_doubles);
  /* The record it had (if any) went with it; at its new place it has one only if it has
   * something to say (no other record is ever its own: record_of). */
  if (offers != PF_OFFERS_DEFAULT || name != NULL)
    {
      PfAidOffer offer = { to_m, offers, clean_name (name) };

      g_array_append_val (inputs->fuel.aid_offers, offer);
    }
  return TRUE;
}

/* "A station every @every_m from @from_m to @to_m" in one step, into the runner's own
 * stations (fuel.extra_aid_m, kept in order): the first at @from_m, or one spacing from the
 * start when @from_m is not positive (or NAN); then every @every_m up to @to_m, or to the
 * finish when @to_m is not positive (or NAN) — never within PF_AID_FINISH_GAP_M of the
 * finish, and never within PF_AID_SAME_M of a station already listed (the runner's, and the
 * course's when @course is given), so that asking twice adds nothing. The stations lie along
 * the distance the plan is made on (pf_plan_inputs_get_distance): without a track or an
 * official distance there is nothing to place them along, and none is added. Each is @from_m
 * plus a whole number of spacings, not a running sum, so "every 3 mi" stays on the miles.
 *
 * Returns FALSE, adding nothing, for a spacing under PF_AID_EVERY_MIN_M (or not a number)
 * or a range that ends before it starts: values a runner typed, to be told about, not a
 * programming error. */
gboolean
pf_plan_inputs_add_aid_every (PfPlanInputs   *inputs,
                              const PfCourse *course,
                              double          every_m,
                              double          from_m,
                              double          to_m)
{
  double first = from_m > 0.0 ? from_m : every_m;
  double finish, last;
  guint n_before;

  g_return_val_if_fail (inputs != NULL, FALSE);
  g_return_val_if_fail (inputs->fuel.extra_aid_m != NULL, FALSE);

  if (!(every_m >= PF_AID_EVERY_MIN_M) || !isfinite (every_m) || !isfinite (first)
      || (to_m > 0.0 && (to_m < first || !isfinite (to_m))))
    return FALSE;

  finish = pf_plan_inputs_get_distance (inputs);
  last = finish - PF_AID_FINISH_GAP_M;
  if (to_m > 0.0)
    last = MIN (last, to_m + 0.001);  /* to_m itself, whatever the rounding */

  n_before = inputs->fuel.extra_aid_m->len;
  for (guint k = 0;; k++)
    {
      double d = first + k * every_m;
      gboolean known = FALSE;

      if (!(d < last))
        break;
      for (guint i = 0; i < n_before && !known; i++)
        known = fabs (g_array_index (inputs->fuel.extra_aid_m, double, i) - d) <= PF_AID_SAME_M;
      if (!known && !near_course_station (course, d))
        g_array_append_val (inputs->fuel.extra_aid_m, d);
    }
  g_array_sort (inputs->fuel.extra_aid_m, compare_doubles);

  return TRUE;
}

