/* test-aid-stations.c — the aid stations a plan uses and the runner's edits to them, as a runner
 * checks them: added one by one or every N km, renamed, removed and put back, moved; the same
 * stations, names and offers in the list, the splits "at aid stations", the schedule and the
 * plan file (issue 17, item 2)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "core/pacefuel-core.h"
#include "pf-test-course.h"

/* A straight course of 255 steps of 0.001° east along 45° N (about 20 km), whose file marks
 * three stations: at the start (none on the way), at about 5 km and at about 10 km. */
static PfTrack *
course_with_stations (void)
{
  g_autoptr(GString) gpx = g_string_new ("<?xml version=\"1.0\"?>\n"
                                         "<gpx version=\"1.1\" creator=\"test\" "
                                         "xmlns=\"http://www.topografix.com/GPX/1/1\">\n");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  const struct { double lon; const char *name; } stations[] = {
    { 7.0, "Start" }, { 7.064, "Water 5" }, { 7.128, "Halfway" },
  };
  PfTrack *track;

  for (guint i = 0; i < G_N_ELEMENTS (stations); i++)
    g_string_append_printf (gpx, "<wpt lat=\"45.0\" lon=\"%.3f\"><name>%s</name>"
                            "<type>Water</type></wpt>\n", stations[i].lon, stations[i].name);
  g_string_append (gpx, "<trk><name>Stations</name><trkseg>\n");
  for (guint i = 0; i <= 255; i++)
    g_string_append_printf (gpx, "<trkpt lat=\"45.0\" lon=\"%.3f\"><ele>100</ele></trkpt>\n",
                            7.0 + i * 0.001);
  g_string_append (gpx, "</trkseg></trk></gpx>\n");

  bytes = g_bytes_new (gpx->str, gpx->len);
  track = pf_import_bytes (bytes, "stations.gpx", &error);
  g_assert_no_error (error);
  return track;
}

/* What every test starts from: the course above, 1:45 on a warm morning (a drink at every
 * station), splits at the aid stations. */
typedef struct
{
  PfPlanInputs inputs;
  PfCourse    *course;
  double       length;  /* of the course */
  double       c1;      /* the file's "Water 5" */
  double       c2;      /* the file's "Halfway" */
} Race;

static void
race_init (Race *race)
{
  g_autoptr(PfTrack) track = course_with_stations ();
  g_autoptr(PfPlan) plan = NULL;

  pf_plan_inputs_init (&race->inputs);
  pf_plan_inputs_set_track (&race->inputs, track);
  race->inputs.goal_time_s = 105 * 60;
  race->inputs.conditions.start_temp_c = 24.0;
  race->inputs.conditions.finish_temp_c = 27.0;
  race->inputs.split_unit = PF_SPLIT_AID;
  plan = pf_test_plan_compute (&race->inputs);
  race->course = pf_course_ref (pf_plan_get_course (plan));
  race->length = pf_course_get_distance (race->course);
  g_assert_cmpuint (pf_course_get_n_aid_stations (race->course), ==, 3);
  g_assert_cmpstr (pf_course_get_aid_station (race->course, 1)->name, ==, "Water 5");
  g_assert_cmpstr (pf_course_get_aid_station (race->course, 2)->name, ==, "Halfway");
  race->c1 = pf_course_get_aid_station (race->course, 1)->distance_m;
  race->c2 = pf_course_get_aid_station (race->course, 2)->distance_m;
}

static void
race_clear (Race *race)
{
  pf_plan_inputs_clear (&race->inputs);
  g_clear_pointer (&race->course, pf_course_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Race, race_clear)

static GArray *
list (const Race *race,
      gboolean    with_removed)
{
  return pf_aid_stations_list (race->course, &race->inputs, with_removed);
}

/* The station listed at @distance_m (within a metre), or NULL. */
static const PfAidStation *
station_at (const GArray *stations,
            double        distance_m)
{
  for (guint i = 0; i < stations->len; i++)
    if (fabs (g_array_index (stations, PfAidStation, i).distance_m - distance_m) <= 1.0)
      return &g_array_index (stations, PfAidStation, i);

  return NULL;
}

/* The split that ends at @distance_m (within a metre), or NULL. */
static const PfSplit *
split_at (const PfPlan *plan,
          double        distance_m)
{
  for (guint i = 0; i < pf_plan_get_n_splits (plan); i++)
    if (fabs (pf_plan_get_split (plan, i)->end_m - distance_m) <= 1.0)
      return pf_plan_get_split (plan, i);

  return NULL;
}

/* The schedule's drink at @distance_m (within a metre), or NULL. */
static const PfIntake *
intake_at (const PfPlan *plan,
           double        distance_m)
{
  const GArray *schedule = pf_plan_get_fuel (plan)->schedule;

  for (guint i = 0; i < schedule->len; i++)
    if (fabs (g_array_index (schedule, PfIntake, i).distance_m - distance_m) <= 1.0)
      return &g_array_index (schedule, PfIntake, i);

  return NULL;
}

/* Whether any record (PfAidOffer) lies within @reach_m of @distance_m. */
static gboolean
record_near (const PfPlanInputs *inputs,
             double              distance_m,
             double              reach_m)
{
  for (guint i = 0; i < inputs->fuel.aid_offers->len; i++)
    if (fabs (g_array_index (inputs->fuel.aid_offers, PfAidOffer, i).distance_m - distance_m)
        <= reach_m)
      return TRUE;

  return FALSE;
}

/* The runner's stations and records, to tell that a refusal changed nothing. */
static char *
snapshot (const PfPlanInputs *inputs)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < inputs->fuel.extra_aid_m->len; i++)
    g_string_append_printf (s, "%.3f ", g_array_index (inputs->fuel.extra_aid_m, double, i));
  g_string_append (s, "|");
  for (guint i = 0; i < inputs->fuel.aid_offers->len; i++)
    {
      const PfAidOffer *offer = &g_array_index (inputs->fuel.aid_offers, PfAidOffer, i);

      g_string_append_printf (s, " %.3f:%d:%s", offer->distance_m, offer->offers,
                              offer->name != NULL ? offer->name : "(null)");
    }
  return g_string_free (s, FALSE);
}

/* The list every page uses, the plan's, the count, the splits and the schedule agree: one
 * station at every listed place, named as listed. */
static void
assert_plan_uses (const Race *race,
                  const PfPlan *plan)
{
  g_autoptr(GArray) stations = list (race, FALSE);
  const GArray *planned = pf_plan_get_aid_stations (plan);
  guint n_course = 0, n_added = 0, n_splits = 0;

  g_assert_cmpuint (planned->len, ==, stations->len);
  for (guint i = 0; i < stations->len; i++)
    {
      const PfAidStation *s = &g_array_index (stations, PfAidStation, i);
      const PfAidStation *p = &g_array_index (planned, PfAidStation, i);
      const char *shown = s->name[0] != '\0' ? s->name : "Aid station";

      g_assert_cmpfloat (p->distance_m, ==, s->distance_m);
      g_assert_cmpstr (p->name, ==, s->name);
      g_assert_cmpint (p->offers, ==, s->offers);
      g_assert_cmpint (p->from_course, ==, s->from_course);
      g_assert_cmpint (s->offers, !=, 0);
      if (s->from_course)
        n_course++;
      else
        n_added++;

      g_assert_nonnull (split_at (plan, s->distance_m));
      g_assert_cmpstr (split_at (plan, s->distance_m)->name, ==, shown);
      if (intake_at (plan, s->distance_m) != NULL)
        g_assert_cmpstr (intake_at (plan, s->distance_m)->where, ==, shown);
    }
  /* Every drink at a station is at one listed: none at a removed one. */
  for (guint i = 0; i < pf_plan_get_fuel (plan)->schedule->len; i++)
    {
      const PfIntake *intake = &g_array_index (pf_plan_get_fuel (plan)->schedule, PfIntake, i);

      if (intake->where != NULL)
        g_assert_nonnull (station_at (stations, intake->distance_m));
    }
  g_assert_cmpuint (pf_plan_get_n_aid_stations (plan, NULL, NULL), ==, stations->len);
  {
    guint c, a;

    pf_plan_get_n_aid_stations (plan, &c, &a);
    g_assert_cmpuint (c, ==, n_course);
    g_assert_cmpuint (a, ==, n_added);
  }
  /* No other split ends at a station: one per station, and the finish. */
  for (guint i = 0; i < pf_plan_get_n_splits (plan); i++)
    if (pf_plan_get_split (plan, i)->name != NULL)
      n_splits++;
  g_assert_cmpuint (n_splits, ==, stations->len);
  g_assert_cmpuint (pf_plan_get_n_splits (plan), ==, stations->len + 1);
}

static PfPlan *
plan_of (const Race *race)
{
  PfPlan *plan = pf_test_plan_compute (&race->inputs);

  assert_plan_uses (race, plan);
  return plan;
}

/* The file's stations on the way, with the file's names, water and sports drink. */
static void
test_from_the_file (void)
{
  g_auto(Race) race = { 0 };
  g_autoptr(GArray) stations = NULL;
  g_autoptr(PfPlan) plan = NULL;

  race_init (&race);
  stations = list (&race, TRUE);
  g_assert_cmpuint (stations->len, ==, 2);  /* not the one at the start */
  g_assert_cmpstr (station_at (stations, race.c1)->name, ==, "Water 5");
  g_assert_cmpstr (station_at (stations, race.c2)->name, ==, "Halfway");
  for (guint i = 0; i < stations->len; i++)
    {
      g_assert_true (g_array_index (stations, PfAidStation, i).from_course);
      g_assert_cmpint (g_array_index (stations, PfAidStation, i).offers, ==, PF_OFFERS_DEFAULT);
    }
  plan = plan_of (&race);
  g_assert_cmpuint (pf_plan_get_n_aid_stations (plan, NULL, NULL), ==, 2);
}

/* One station where the runner clicks; refused off the course, near the finish, on another. */
static void
test_add_one (void)
{
  g_auto(Race) race = { 0 };
  g_autoptr(GArray) stations = NULL;
  g_autoptr(PfPlan) plan = NULL;
  g_autofree char *before = NULL;
  const PfAidStation *s;
  double refused[6];

  race_init (&race);
  g_assert_true (pf_plan_inputs_add_aid (&race.inputs, race.course, 7500.0));
  stations = list (&race, FALSE);
  g_assert_cmpuint (stations->len, ==, 3);
  s = station_at (stations, 7500.0);
  g_assert_nonnull (s);
  g_assert_false (s->from_course);
  g_assert_cmpstr (s->name, ==, "");
  g_assert_cmpint (s->offers, ==, PF_OFFERS_DEFAULT);
  plan = plan_of (&race);
  g_assert_cmpstr (split_at (plan, 7500.0)->name, ==, "Aid station");

  /* Refused, changing nothing: 40 m from the file's station, 30 m from the runner's, before
   * the start, within 500 m of the finish, past it, not a number. */
  refused[0] = race.c1 + 40.0;
  refused[1] = 7530.0;
  refused[2] = -100.0;
  refused[3] = race.length - 450.0;
  refused[4] = race.length + 1000.0;
  refused[5] = NAN;
  before = snapshot (&race.inputs);
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autofree char *after = NULL;

      g_test_message ("add at %f", refused[i]);
      g_assert_false (pf_plan_inputs_add_aid (&race.inputs, race.course, refused[i]));
      after = snapshot (&race.inputs);
      g_assert_cmpstr (after, ==, before);
    }
  /* Without the course, a duplicate of the runner's own is still refused. */
  g_assert_false (pf_plan_inputs_add_aid (&race.inputs, NULL, 7470.0));
  g_assert_true (pf_plan_inputs_add_aid (&race.inputs, race.course, race.length - 700.0));
}

/* "A station every 2.5 km" in one step: none where the file has one, none twice. */
static void
test_add_every (void)
{
  g_auto(Race) race = { 0 };
  g_autoptr(GArray) stations = NULL;
  g_autoptr(PfPlan) plan = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  GArray *added;
  guint n_course, n_added;

  race_init (&race);
  added = race.inputs.fuel.extra_aid_m;
  g_assert_true (pf_plan_inputs_add_aid_every (&race.inputs, race.course, 2500.0, NAN, NAN));
  /* 2.5, 7.5, 10, 12.5, 15, 17.5 km; not 5 km, 30-odd m from the file's "Water 5"; not 20 km,
   * within 500 m of the finish. */
  g_assert_cmpfloat (fabs (race.c1 - 5000.0), <=, PF_AID_SAME_M);
  g_assert_cmpfloat (fabs (race.c2 - 10000.0), >, PF_AID_SAME_M);
  g_assert_cmpuint (added->len, ==, 6);
  for (guint i = 0; i < added->len; i++)
    {
      double d = g_array_index (added, double, i);

      g_assert_cmpfloat (fabs (d - race.c1), >, PF_AID_SAME_M);
      g_assert_cmpfloat (fabs (d - race.c2), >, PF_AID_SAME_M);
      g_assert_cmpfloat (fmod (d, 2500.0), ==, 0.0);
    }
  stations = list (&race, FALSE);
  g_assert_cmpuint (stations->len, ==, 2 + 6);
  plan = plan_of (&race);
  g_assert_cmpuint (pf_plan_get_n_aid_stations (plan, &n_course, &n_added), ==, 8);
  g_assert_cmpuint (n_course, ==, 2);
  g_assert_cmpuint (n_added, ==, 6);

  /* Asked again, or every 5 km, nothing new. */
  before = snapshot (&race.inputs);
  g_assert_true (pf_plan_inputs_add_aid_every (&race.inputs, race.course, 2500.0, NAN, NAN));
  g_assert_true (pf_plan_inputs_add_aid_every (&race.inputs, race.course, 5000.0, NAN, NAN));
  after = snapshot (&race.inputs);
  g_assert_cmpstr (after, ==, before);
  g_clear_pointer (&after, g_free);

  /* Refused, changing nothing: stations closer than 500 m, a range that ends before it starts. */
  g_assert_false (pf_plan_inputs_add_aid_every (&race.inputs, race.course, 400.0, NAN, NAN));
  g_assert_false (pf_plan_inputs_add_aid_every (&race.inputs, race.course, 1000.0, 9000.0,
                                                4000.0));
  after = snapshot (&race.inputs);
  g_assert_cmpstr (after, ==, before);
}

/* A station named by the runner is called so everywhere; cleared, the file's name is back. */
static void
test_rename (void)
{
  g_auto(Race) race = { 0 };
  g_autoptr(PfPlan) plan = NULL;
  g_autoptr(GArray) stations = NULL;
  /* 50 two-byte letters: 100 bytes, cut to 40 letters. */
  g_autoptr(GString) long_name = g_string_new (NULL);
  /* One byte, then 30 three-byte signs: cut after 26 of them, 79 bytes, not inside the 27th. */
  g_autoptr(GString) odd_name = g_string_new ("a");

  race_init (&race);
  g_assert_true (pf_plan_inputs_add_aid (&race.inputs, race.course, 7500.0));

  pf_plan_inputs_set_aid (&race.inputs, race.c1,
                          pf_plan_inputs_offers_at (&race.inputs, race.c1), "  Bridge ");
  pf_plan_inputs_set_aid (&race.inputs, 7500.0,
                          pf_plan_inputs_offers_at (&race.inputs, 7500.0), "Gel stop");
  stations = list (&race, FALSE);
  g_assert_cmpstr (station_at (stations, race.c1)->name, ==, "Bridge");
  g_assert_true (station_at (stations, race.c1)->from_course);
  g_assert_cmpint (station_at (stations, race.c1)->offers, ==, PF_OFFERS_DEFAULT);
  g_assert_cmpstr (station_at (stations, 7500.0)->name, ==, "Gel stop");
  g_assert_cmpstr (station_at (stations, race.c2)->name, ==, "Halfway");
  plan = plan_of (&race);
  g_assert_cmpstr (split_at (plan, race.c1)->name, ==, "Bridge");
  g_assert_nonnull (intake_at (plan, race.c1));
  g_assert_cmpstr (intake_at (plan, race.c1)->where, ==, "Bridge");
  g_assert_cmpstr (split_at (plan, 7500.0)->name, ==, "Gel stop");
  g_assert_nonnull (intake_at (plan, 7500.0));
  g_assert_cmpstr (intake_at (plan, 7500.0)->where, ==, "Gel stop");
  g_clear_pointer (&plan, pf_plan_unref);
  g_clear_pointer (&stations, g_array_unref);

  /* Renamed with what it offers kept. */
  pf_plan_inputs_set_aid (&race.inputs, race.c1, PF_OFFERS_WATER, "Bridge");
  pf_plan_inputs_set_aid (&race.inputs, race.c1,
                          pf_plan_inputs_offers_at (&race.inputs, race.c1), "Old bridge");
  stations = list (&race, FALSE);
  g_assert_cmpstr (station_at (stations, race.c1)->name, ==, "Old bridge");
  g_assert_cmpint (station_at (stations, race.c1)->offers, ==, PF_OFFERS_WATER);
  g_clear_pointer (&stations, g_array_unref);

  /* Cleared (nothing, or blanks): the file's name again, the runner's own nameless. */
  pf_plan_inputs_set_aid (&race.inputs, race.c1, PF_OFFERS_DEFAULT, NULL);
  pf_plan_inputs_set_aid (&race.inputs, 7500.0, PF_OFFERS_DEFAULT, "  ");
  stations = list (&race, FALSE);
  g_assert_cmpstr (station_at (stations, race.c1)->name, ==, "Water 5");
  g_assert_cmpstr (station_at (stations, 7500.0)->name, ==, "");
  g_assert_null (pf_plan_inputs_aid_name_at (&race.inputs, race.c1));
  g_assert_null (pf_plan_inputs_aid_name_at (&race.inputs, 7500.0));
  plan = plan_of (&race);
  g_assert_cmpstr (split_at (plan, race.c1)->name, ==, "Water 5");
  g_assert_nonnull (intake_at (plan, 7500.0));
  g_assert_cmpstr (intake_at (plan, 7500.0)->where, ==, "Aid station");
  g_clear_pointer (&plan, pf_plan_unref);
  g_clear_pointer (&stations, g_array_unref);
  pf_plan_inputs_set_aid (&race.inputs, race.c2, PF_OFFERS_DEFAULT, " ");
  stations = list (&race, FALSE);
  g_assert_cmpstr (station_at (stations, race.c2)->name, ==, "Halfway");
  g_clear_pointer (&stations, g_array_unref);

  /* Too long: cut at PF_AID_NAME_MAX bytes, between two characters. */
  for (guint i = 0; i < 50; i++)
    g_string_append (long_name, "é");
  for (guint i = 0; i < 30; i++)
    g_string_append (odd_name, "€");
  pf_plan_inputs_set_aid (&race.inputs, race.c1, PF_OFFERS_DEFAULT, long_name->str);
  pf_plan_inputs_set_aid (&race.inputs, 7500.0, PF_OFFERS_DEFAULT, odd_name->str);
  stations = list (&race, FALSE);
  {
    const char *cut = station_at (stations, race.c1)->name;
    const char *odd = station_at (stations, 7500.0)->name;

    g_assert_cmpuint (strlen (cut), ==, PF_AID_NAME_MAX);
    g_assert_true (g_utf8_validate (cut, -1, NULL));
    g_assert_cmpint (g_utf8_strlen (cut, -1), ==, 40);
    g_assert_true (strncmp (cut, long_name->str, strlen (cut)) == 0);
    g_assert_cmpuint (strlen (odd), ==, 1 + 26 * 3);
    g_assert_true (g_utf8_validate (odd, -1, NULL));
    g_assert_true (strncmp (odd, odd_name->str, strlen (odd)) == 0);
  }
  /* What the runner types is what a plan accepts. */
  plan = plan_of (&race);
}

/* Removed: one of the runner's is gone with what they said of it; one of the file's stays
 * listed, to be put back, and nothing else counts it. */
static void
test_remove (void)
{
  g_auto(Race) race = { 0 };
  g_autoptr(PfPlan) plan = NULL;
  g_autoptr(GArray) stations = NULL;
  const PfAidStation *s;
  guint n_course, n_added;

  race_init (&race);
  g_assert_true (pf_plan_inputs_add_aid (&race.inputs, race.course, 7500.0));
  pf_plan_inputs_set_aid (&race.inputs, 7500.0, PF_OFFERS_WATER | PF_OFFERS_GELS, "Gel stop");
  pf_plan_inputs_remove_aid (&race.inputs, 7500.0);
  g_assert_cmpuint (race.inputs.fuel.extra_aid_m->len, ==, 0);
  g_assert_false (record_near (&race.inputs, 7500.0, 100.0));
  stations = list (&race, TRUE);
  g_assert_null (station_at (stations, 7500.0));
  g_clear_pointer (&stations, g_array_unref);
  /* Added there again, it is a new one: nothing of the old one's. */
  g_assert_true (pf_plan_inputs_add_aid (&race.inputs, race.course, 7500.0));
  stations = list (&race, FALSE);
  g_assert_cmpstr (station_at (stations, 7500.0)->name, ==, "");
  g_assert_cmpint (station_at (stations, 7500.0)->offers, ==, PF_OFFERS_DEFAULT);
  g_clear_pointer (&stations, g_array_unref);

  /* The file's "Halfway", renamed, then removed. */
  pf_plan_inputs_set_aid (&race.inputs, race.c2, PF_OFFERS_DEFAULT, "Town hall");
  pf_plan_inputs_remove_aid (&race.inputs, race.c2);
  stations = list (&race, TRUE);
  s = station_at (stations, race.c2);
  g_assert_nonnull (s);
  g_assert_true (s->from_course);
  g_assert_cmpint (s->offers, ==, 0);
  g_assert_cmpstr (s->name, ==, "Town hall");
  g_clear_pointer (&stations, g_array_unref);
  stations = list (&race, FALSE);
  g_assert_null (station_at (stations, race.c2));
  g_assert_cmpuint (stations->len, ==, 2);
  plan = plan_of (&race);
  g_assert_cmpuint (pf_plan_get_n_aid_stations (plan, &n_course, &n_added), ==, 2);
  g_assert_cmpuint (n_course, ==, 1);
  g_assert_cmpuint (n_added, ==, 1);
  g_assert_null (split_at (plan, race.c2));
  g_assert_null (intake_at (plan, race.c2));
  g_clear_pointer (&plan, pf_plan_unref);
  g_clear_pointer (&stations, g_array_unref);

  /* Put back, with the name it had. */
  pf_plan_inputs_set_aid (&race.inputs, race.c2, PF_OFFERS_DEFAULT,
                          pf_plan_inputs_aid_name_at (&race.inputs, race.c2));
  stations = list (&race, FALSE);
  g_assert_nonnull (station_at (stations, race.c2));
  g_assert_cmpstr (station_at (stations, race.c2)->name, ==, "Town hall");
  g_assert_cmpint (station_at (stations, race.c2)->offers, ==, PF_OFFERS_DEFAULT);
  plan = plan_of (&race);
  g_assert_cmpuint (pf_plan_get_n_aid_stations (plan, NULL, NULL), ==, 3);
  g_assert_cmpstr (split_at (plan, race.c2)->name, ==, "Town hall");
  g_clear_pointer (&plan, pf_plan_unref);
  g_clear_pointer (&stations, g_array_unref);

  /* Removed and put back without a name: the file's, and no record left over. */
  pf_plan_inputs_set_aid (&race.inputs, race.c2, PF_OFFERS_DEFAULT, NULL);
  pf_plan_inputs_remove_aid (&race.inputs, race.c2);
  pf_plan_inputs_set_aid (&race.inputs, race.c2, PF_OFFERS_DEFAULT, NULL);
  stations = list (&race, FALSE);
  g_assert_cmpstr (station_at (stations, race.c2)->name, ==, "Halfway");
  g_assert_false (record_near (&race.inputs, race.c2, 100.0));
}

/* Moved: the runner's own with its name and offers; the file's removed where the file has it
 * and the runner's where they put it. */
static void
test_move (void)
{
  g_auto(Race) race = { 0 };
  g_autoptr(PfPlan) plan = NULL;
  g_autoptr(GArray) stations = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const PfAidStation *s;

  race_init (&race);
  g_assert_true (pf_plan_inputs_add_aid (&race.inputs, race.course, 7500.0));
  pf_plan_inputs_set_aid (&race.inputs, 7500.0, PF_OFFERS_WATER | PF_OFFERS_GELS, "Gel stop");
  g_assert_true (pf_plan_inputs_move_aid (&race.inputs, NULL, 7500.0, 8200.0, NULL));
  stations = list (&race, TRUE);
  g_assert_null (station_at (stations, 7500.0));
  s = station_at (stations, 8200.0);
  g_assert_nonnull (s);
  g_assert_false (s->from_course);
  g_assert_cmpstr (s->name, ==, "Gel stop");
  g_assert_cmpint (s->offers, ==, PF_OFFERS_WATER | PF_OFFERS_GELS);
  g_assert_false (record_near (&race.inputs, 7500.0, 100.0));
  g_assert_cmpuint (stations->len, ==, 3);
  g_clear_pointer (&stations, g_array_unref);

  /* The file's "Water 5" to 6 km: removed at its place, the runner's at 6 km, named as the
   * file named it. */
  g_assert_true (pf_plan_inputs_move_aid (&race.inputs, NULL, race.c1, 6000.0, "Water 5"));
  stations = list (&race, TRUE);
  s = station_at (stations, race.c1);
  g_assert_nonnull (s);
  g_assert_true (s->from_course);
  g_assert_cmpint (s->offers, ==, 0);
  s = station_at (stations, 6000.0);
  g_assert_nonnull (s);
  g_assert_false (s->from_course);
  g_assert_cmpstr (s->name, ==, "Water 5");
  g_assert_cmpint (s->offers, ==, PF_OFFERS_DEFAULT);
  g_clear_pointer (&stations, g_array_unref);
  plan = plan_of (&race);
  g_assert_null (split_at (plan, race.c1));
  g_assert_cmpstr (split_at (plan, 6000.0)->name, ==, "Water 5");
  g_assert_nonnull (intake_at (plan, 6000.0));
  g_assert_cmpstr (intake_at (plan, 6000.0)->where, ==, "Water 5");
  g_clear_pointer (&plan, pf_plan_unref);

  /* "Halfway", renamed by the runner, keeps the runner's name. */
  pf_plan_inputs_set_aid (&race.inputs, race.c2, PF_OFFERS_WATER, "Town hall");
  g_assert_true (pf_plan_inputs_move_aid (&race.inputs, NULL, race.c2, 12000.0, "Halfway"));
  stations = list (&race, FALSE);
  g_assert_null (station_at (stations, race.c2));
  g_assert_cmpstr (station_at (stations, 12000.0)->name, ==, "Town hall");
  g_assert_cmpint (station_at (stations, 12000.0)->offers, ==, PF_OFFERS_WATER);
  g_assert_cmpuint (stations->len, ==, 3);
  g_clear_pointer (&stations, g_array_unref);
  plan = plan_of (&race);
  g_clear_pointer (&plan, pf_plan_unref);

  /* Refused, changing nothing: onto another of the runner's, onto one of the file's (when the
   * course is given), near or past the finish. */
  before = snapshot (&race.inputs);
  g_assert_false (pf_plan_inputs_move_aid (&race.inputs, race.course, 6000.0, race.c2 + 20.0,
                                           NULL));
  g_assert_false (pf_plan_inputs_move_aid (&race.inputs, NULL, 6000.0, 8230.0, NULL));
  g_assert_false (pf_plan_inputs_move_aid (&race.inputs, NULL, 6000.0, race.length - 300.0, NULL));
  g_assert_false (pf_plan_inputs_move_aid (&race.inputs, NULL, 6000.0, race.length + 300.0, NULL));
  g_assert_false (pf_plan_inputs_move_aid (&race.inputs, NULL, 6000.0, -10.0, NULL));
  after = snapshot (&race.inputs);
  g_assert_cmpstr (after, ==, before);
}

/* Moved less than a record's reach: nothing of the old place's record leaks onto the new. */
static void
test_move_a_little (void)
{
  g_auto(Race) race = { 0 };
  g_autoptr(PfPlan) plan = NULL;
  g_autoptr(GArray) stations = NULL;
  const PfAidStation *s;

  race_init (&race);
  /* The file's "Water 5", water only, moved 60 m on: water only there; removed at its place. */
  pf_plan_inputs_set_aid (&race.inputs, race.c1, PF_OFFERS_WATER, NULL);
  g_assert_true (pf_plan_inputs_move_aid (&race.inputs, NULL, race.c1, race.c1 + 60.0, "Water 5"));
  stations = list (&race, TRUE);
  g_assert_cmpuint (stations->len, ==, 3);
  s = station_at (stations, race.c1);
  g_assert_cmpint (s->offers, ==, 0);
  g_assert_true (s->from_course);
  s = station_at (stations, race.c1 + 60.0);
  g_assert_nonnull (s);
  g_assert_false (s->from_course);
  g_assert_cmpint (s->offers, ==, PF_OFFERS_WATER);
  g_assert_cmpstr (s->name, ==, "Water 5");
  g_clear_pointer (&stations, g_array_unref);
  plan = plan_of (&race);
  g_assert_null (split_at (plan, race.c1));
  g_clear_pointer (&plan, pf_plan_unref);

  /* Moved again, 60 m back towards it: still water only; the file's still removed. */
  g_assert_true (pf_plan_inputs_move_aid (&race.inputs, NULL, race.c1 + 60.0, race.c1 + 20.0,
                                          NULL));
  stations = list (&race, TRUE);
  g_assert_cmpuint (stations->len, ==, 3);
  g_assert_cmpint (station_at (stations, race.c1)->offers, ==, 0);
  g_assert_cmpint (station_at (stations, race.c1 + 20.0)->offers, ==, PF_OFFERS_WATER);
  g_assert_cmpstr (station_at (stations, race.c1 + 20.0)->name, ==, "Water 5");
  g_clear_pointer (&stations, g_array_unref);

  /* The runner's own, water only, moved 60 m: water only; its old place holds nothing. */
  g_assert_true (pf_plan_inputs_add_aid (&race.inputs, race.course, 7500.0));
  pf_plan_inputs_set_aid (&race.inputs, 7500.0, PF_OFFERS_WATER, NULL);
  g_assert_true (pf_plan_inputs_move_aid (&race.inputs, NULL, 7500.0, 7560.0, NULL));
  stations = list (&race, TRUE);
  g_assert_null (station_at (stations, 7500.0));
  g_assert_cmpint (station_at (stations, 7560.0)->offers, ==, PF_OFFERS_WATER);
  g_clear_pointer (&stations, g_array_unref);
  /* Moved 60 m from a plain one (default offers): nothing leaks either way. */
  g_assert_true (pf_plan_inputs_add_aid (&race.inputs, race.course, 9000.0));
  g_assert_true (pf_plan_inputs_move_aid (&race.inputs, NULL, 7560.0, 8940.0, NULL));
  stations = list (&race, TRUE);
  g_assert_cmpint (station_at (stations, 8940.0)->offers, ==, PF_OFFERS_WATER);
  g_assert_cmpint (station_at (stations, 9000.0)->offers, ==, PF_OFFERS_DEFAULT);
  g_clear_pointer (&stations, g_array_unref);
  plan = plan_of (&race);
}

/* Two stations 80 m apart, each its own: what one offers, its name, its removal, leave the
 * other alone. */
static void
test_neighbours (void)
{
  g_auto(Race) race = { 0 };
  g_autoptr(PfPlan) plan = NULL;
  g_autoptr(GArray) stations = NULL;
  double near_c1;

  race_init (&race);
  near_c1 = race.c1 + 80.0;

  /* The runner's 80 m past the file's "Water 5": gels at theirs, the file's unchanged. */
  g_assert_true (pf_plan_inputs_add_aid (&race.inputs, race.course, near_c1));
  pf_plan_inputs_set_aid (&race.inputs, near_c1, PF_OFFERS_WATER | PF_OFFERS_GELS, "Gels");
  stations = list (&race, TRUE);
  g_assert_cmpint (station_at (stations, race.c1)->offers, ==, PF_OFFERS_DEFAULT);
  g_assert_cmpstr (station_at (stations, race.c1)->name, ==, "Water 5");
  g_assert_cmpint (station_at (stations, near_c1)->offers, ==, PF_OFFERS_WATER | PF_OFFERS_GELS);
  g_assert_cmpstr (station_at (stations, near_c1)->name, ==, "Gels");
  g_clear_pointer (&stations, g_array_unref);

  /* Water only at the file's: the runner's keeps its gels. */
  pf_plan_inputs_set_aid (&race.inputs, race.c1, PF_OFFERS_WATER, NULL);
  stations = list (&race, TRUE);
  g_assert_cmpint (station_at (stations, race.c1)->offers, ==, PF_OFFERS_WATER);
  g_assert_cmpstr (station_at (stations, race.c1)->name, ==, "Water 5");
  g_assert_cmpint (station_at (stations, near_c1)->offers, ==, PF_OFFERS_WATER | PF_OFFERS_GELS);
  g_assert_cmpstr (station_at (stations, near_c1)->name, ==, "Gels");
  g_clear_pointer (&stations, g_array_unref);

  /* The file's removed: the runner's stays; the runner's removed: the file's stays removed. */
  pf_plan_inputs_remove_aid (&race.inputs, race.c1);
  stations = list (&race, FALSE);
  g_assert_null (station_at (stations, race.c1));
  g_assert_nonnull (station_at (stations, near_c1));
  g_clear_pointer (&stations, g_array_unref);
  pf_plan_inputs_remove_aid (&race.inputs, near_c1);
  stations = list (&race, TRUE);
  g_assert_null (station_at (stations, near_c1));
  g_assert_cmpint (station_at (stations, race.c1)->offers, ==, 0);
  g_clear_pointer (&stations, g_array_unref);
  plan = plan_of (&race);
  g_clear_pointer (&plan, pf_plan_unref);
}

/* The same, in the other order: the runner's station is plain when the file's gets its word. */
static void
test_neighbours_plain (void)
{
  g_auto(Race) race = { 0 };
  g_autoptr(PfPlan) plan = NULL;
  g_autoptr(GArray) stations = NULL;
  double near_c2;

  race_init (&race);
  near_c2 = race.c2 - 80.0;
  g_assert_true (pf_plan_inputs_add_aid (&race.inputs, race.course, near_c2));
  pf_plan_inputs_set_aid (&race.inputs, race.c2, PF_OFFERS_WATER, "Town hall");
  stations = list (&race, TRUE);
  g_assert_cmpint (station_at (stations, race.c2)->offers, ==, PF_OFFERS_WATER);
  g_assert_cmpstr (station_at (stations, race.c2)->name, ==, "Town hall");
  g_assert_cmpint (station_at (stations, near_c2)->offers, ==, PF_OFFERS_DEFAULT);
  g_assert_cmpstr (station_at (stations, near_c2)->name, ==, "");
  g_clear_pointer (&stations, g_array_unref);

  /* The file's removed: the runner's still pours. */
  pf_plan_inputs_remove_aid (&race.inputs, race.c2);
  stations = list (&race, FALSE);
  g_assert_null (station_at (stations, race.c2));
  g_assert_nonnull (station_at (stations, near_c2));
  g_assert_cmpint (station_at (stations, near_c2)->offers, ==, PF_OFFERS_DEFAULT);
  g_clear_pointer (&stations, g_array_unref);
  plan = plan_of (&race);
  g_clear_pointer (&plan, pf_plan_unref);
  /* The runner's removed in turn: the file's stays removed, with its name. */
  pf_plan_inputs_remove_aid (&race.inputs, near_c2);
  stations = list (&race, TRUE);
  g_assert_null (station_at (stations, near_c2));
  g_assert_cmpint (station_at (stations, race.c2)->offers, ==, 0);
  g_assert_cmpstr (station_at (stations, race.c2)->name, ==, "Town hall");
  g_clear_pointer (&stations, g_array_unref);

  /* Two of the runner's, 80 m apart, both plain: setting one leaves the other. */
  g_assert_true (pf_plan_inputs_add_aid (&race.inputs, race.course, 15000.0));
  g_assert_true (pf_plan_inputs_add_aid (&race.inputs, race.course, 15080.0));
  pf_plan_inputs_set_aid (&race.inputs, 15080.0, PF_OFFERS_WATER | PF_OFFERS_FOOD, "Food");
  stations = list (&race, FALSE);
  g_assert_cmpint (station_at (stations, 15000.0)->offers, ==, PF_OFFERS_DEFAULT);
  g_assert_cmpstr (station_at (stations, 15000.0)->name, ==, "");
  g_assert_cmpint (station_at (stations, 15080.0)->offers, ==, PF_OFFERS_WATER | PF_OFFERS_FOOD);
  g_clear_pointer (&stations, g_array_unref);
  pf_plan_inputs_remove_aid (&race.inputs, 15000.0);
  stations = list (&race, FALSE);
  g_assert_cmpstr (station_at (stations, 15080.0)->name, ==, "Food");
  g_assert_cmpint (station_at (stations, 15080.0)->offers, ==, PF_OFFERS_WATER | PF_OFFERS_FOOD);
  g_clear_pointer (&stations, g_array_unref);
  plan = plan_of (&race);
}

/* Saved and opened again: the same stations, names and offers; a name too long for a label
 * is refused, saying so. */
static void
test_plan_file (void)
{
  g_auto(Race) race = { 0 };
  g_auto(PfPlanInputs) reopened = { 0 };
  g_auto(PfPlanInputs) bad = { 0 };
  g_autoptr(GArray) before = NULL;
  g_autoptr(GArray) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) long_name = g_string_new (NULL);
  g_autofree char *data = NULL;
  g_autofree char *bad_data = NULL;
  gsize length;
  PfAidOffer offer = { 7500.0, PF_OFFERS_DEFAULT, NULL };

  race_init (&race);
  g_assert_true (pf_plan_inputs_add_aid (&race.inputs, race.course, 7500.0));
  pf_plan_inputs_set_aid (&race.inputs, 7500.0, PF_OFFERS_WATER | PF_OFFERS_GELS, "Gel «stop»");
  pf_plan_inputs_set_aid (&race.inputs, race.c1, PF_OFFERS_DEFAULT, "Brücke");
  pf_plan_inputs_remove_aid (&race.inputs, race.c2);
  before = list (&race, TRUE);

  data = pf_plan_file_to_data (&race.inputs, &length);
  pf_plan_inputs_init (&reopened);
  g_assert_true (pf_plan_file_from_data (data, length, "race.pacefuel", &reopened, &error));
  g_assert_no_error (error);
  after = pf_aid_stations_list (race.course, &reopened, TRUE);
  g_assert_cmpuint (after->len, ==, before->len);
  for (guint i = 0; i < before->len; i++)
    {
      const PfAidStation *b = &g_array_index (before, PfAidStation, i);
      const PfAidStation *a = &g_array_index (after, PfAidStation, i);

      g_assert_cmpfloat (a->distance_m, ==, b->distance_m);
      g_assert_cmpstr (a->name, ==, b->name);
      g_assert_cmpint (a->offers, ==, b->offers);
      g_assert_cmpint (a->from_course, ==, b->from_course);
    }
  g_assert_cmpstr (pf_plan_inputs_aid_name_at (&reopened, 7500.0), ==, "Gel «stop»");
  g_assert_cmpstr (pf_plan_inputs_aid_name_at (&reopened, race.c1), ==, "Brücke");
  g_assert_null (pf_plan_inputs_aid_name_at (&reopened, race.c2));

  /* A file whose name for a station is longer than PF_AID_NAME_MAX bytes (written by hand, or
   * by something else) is refused, and the message says what is wrong. */
  for (guint i = 0; i <= PF_AID_NAME_MAX; i++)
    g_string_append_c (long_name, 'x');
  pf_plan_inputs_init (&bad);
  pf_plan_inputs_copy (&bad, &race.inputs);
  g_array_set_size (bad.fuel.aid_offers, 0);
  offer.name = g_strdup (long_name->str);
  g_array_append_val (bad.fuel.aid_offers, offer);
  bad_data = pf_plan_file_to_data (&bad, &length);
  pf_plan_inputs_clear (&reopened);
  pf_plan_inputs_init (&reopened);
  /* The file is refused, as one with any other value out of range, naming the file. */
  g_assert_false (pf_plan_file_from_data (bad_data, length, "bad.pacefuel", &reopened, &error));
  g_assert_error (error, PF_PLAN_FILE_ERROR, PF_PLAN_FILE_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "bad.pacefuel: "));
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "aid station"));
  g_assert_nonnull (strstr (error->message, "name"));
  g_assert_nonnull (strstr (error->message, "80 bytes"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/aid-stations/from-the-file", test_from_the_file);
  g_test_add_func ("/aid-stations/add-one", test_add_one);
  g_test_add_func ("/aid-stations/add-every", test_add_every);
  g_test_add_func ("/aid-stations/rename", test_rename);
  g_test_add_func ("/aid-stations/remove", test_remove);
  g_test_add_func ("/aid-stations/move", test_move);
  g_test_add_func ("/aid-stations/move-a-little", test_move_a_little);
  g_test_add_func ("/aid-stations/neighbours", test_neighbours);
  g_test_add_func ("/aid-stations/neighbours-plain", test_neighbours_plain);
  g_test_add_func ("/aid-stations/plan-file", test_plan_file);

  return g_test_run ();
}
