/* pf-course-json.c — the course summary object of `pacefuel-cli course --json`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-course-json"

#include "config.h"

#include <math.h>

#include "pf-course-json.h"
#include "pf-json-write.h"

/* Metres to the centimetre, degrees to about a centimetre: more digits would be noise. */
#define CENTIMETRE            0.01
#define DEGREE_TO_CENTIMETRE  1e-7

static const char *
source_name (PfTrackSource source)
{
  switch (source)
    {
    case PF_TRACK_SOURCE_ROUTE:
      return "route";
    case PF_TRACK_SOURCE_WAYPOINTS:
      return "waypoints";
    case PF_TRACK_SOURCE_TRACK:
    default:
      return "track";
    }
}

static void
add_points (JsonBuilder          *builder,
            const char           *member,
            const PfCourse       *course,
            guint                 n,
            const PfCoursePoint *(*get) (const PfCourse *, guint))
{
  pf_json_begin_array (builder, member);
  for (guint i = 0; i < n; i++)
    {
      const PfCoursePoint *point = get (course, i);

      json_builder_begin_object (builder);
      pf_json_add_string (builder, "name", point->name);
      pf_json_add_rounded (builder, "distance_m", point->distance_m, CENTIMETRE);
      pf_json_add_rounded (builder, "offset_m", point->offset_m, CENTIMETRE);
      pf_json_add_rounded (builder, "lat", point->lat, DEGREE_TO_CENTIMETRE);
      pf_json_add_rounded (builder, "lon", point->lon, DEGREE_TO_CENTIMETRE);
      if (point->comment != NULL)
        pf_json_add_string (builder, "comment", point->comment);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

JsonNode *
pf_course_summary_to_json (const PfCourse *course)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  PfTrack *track = pf_course_get_track (course);
  GPtrArray *notes = pf_course_get_notes (course);
  double lat, lon;

  g_return_val_if_fail (course != NULL, NULL);

  pf_course_get_start (course, &lat, &lon);

  json_builder_begin_object (builder);
  pf_json_add_string (builder, "name", pf_course_get_name (course));
  pf_json_add_string (builder, "format", pf_track_format_name (pf_track_get_format (track)));
  pf_json_add_string (builder, "source", source_name (pf_track_get_source (track)));
  pf_json_add_int (builder, "points", pf_course_get_n_points (course));
  pf_json_add_int (builder, "parts", pf_track_get_n_parts (track));
  pf_json_add_rounded (builder, "distance_m", pf_course_get_measured_distance (course), CENTIMETRE);
  /* null: the course keeps its measured length */
  pf_json_add_double (builder, "official_distance_m",
                      pf_course_get_official_distance (course) > 0.0
                      ? pf_course_get_official_distance (course) : NAN);
  pf_json_add_rounded (builder, "ascent_m", pf_course_get_ascent (course), CENTIMETRE);
  pf_json_add_rounded (builder, "descent_m", pf_course_get_descent (course), CENTIMETRE);
  pf_json_add_rounded (builder, "raw_ascent_m", pf_course_get_raw_ascent (course), CENTIMETRE);
  pf_json_add_rounded (builder, "raw_descent_m", pf_course_get_raw_descent (course), CENTIMETRE);
  pf_json_add_rounded (builder, "min_elevation_m", pf_course_get_min_elevation (course),
                       CENTIMETRE);
  pf_json_add_rounded (builder, "max_elevation_m", pf_course_get_max_elevation (course),
                       CENTIMETRE);
  pf_json_add_bool (builder, "has_elevation", pf_course_has_elevation (course));

  {
    double step, window, hysteresis;

    pf_course_get_cleaning (course, &step, &window, &hysteresis);
    pf_json_begin_object (builder, "cleaning");
    pf_json_add_rounded (builder, "step_m", step, CENTIMETRE);
    pf_json_add_rounded (builder, "smooth_window_m", window, CENTIMETRE);
    pf_json_add_rounded (builder, "hysteresis_m", hysteresis, CENTIMETRE);
    json_builder_end_object (builder);
  }

  pf_json_begin_object (builder, "start");
  pf_json_add_rounded (builder, "lat", lat, DEGREE_TO_CENTIMETRE);
  pf_json_add_rounded (builder, "lon", lon, DEGREE_TO_CENTIMETRE);
  json_builder_end_object (builder);

  add_points (builder, "aid_stations", course, pf_course_get_n_aid_stations (course),
              pf_course_get_aid_station);
  add_points (builder, "landmarks", course, pf_course_get_n_landmarks (course),
              pf_course_get_landmark);

  pf_json_add_strings (builder, "notes", notes);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}
