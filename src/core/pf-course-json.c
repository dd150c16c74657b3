/* pf-course-json.c — the course summary object of `pacefuel-cli course --json`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-course-json"

#include "config.h"

#include <math.h>

#include "pf-course-json.h"

/* Metres to the centimetre, degrees to ~1 cm: more digits would be noise. */
static double
round_to (double value,
          double unit)
{
  return round (value / unit) * unit;
}

static void
add_points (JsonBuilder          *builder,
            const char           *member,
            const PfCourse       *course,
            guint                 n,
            const PfCoursePoint *(*get) (const PfCourse *, guint))
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      const PfCoursePoint *point = get (course, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, point->name);
      json_builder_set_member_name (builder, "distance_m");
      json_builder_add_double_value (builder, round_to (point->distance_m, 0.01));
      json_builder_set_member_name (builder, "offset_m");
      json_builder_add_double_value (builder, round_to (point->offset_m, 0.01));
      json_builder_set_member_name (builder, "lat");
      json_builder_add_double_value (builder, round_to (point->lat, 1e-7));
      json_builder_set_member_name (builder, "lon");
      json_builder_add_double_value (builder, round_to (point->lon, 1e-7));
      if (point->comment != NULL)
        {
          json_builder_set_member_name (builder, "comment");
          json_builder_add_string_value (builder, point->comment);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_double (JsonBuilder *builder,
            const char  *member,
            double       value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_double_value (builder, round_to (value, 0.01));
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
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, pf_course_get_name (course));
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder,
                                 pf_track_get_format (track) == PF_TRACK_FORMAT_TCX ? "tcx" : "gpx");
  json_builder_set_member_name (builder, "source");
  switch (pf_track_get_source (track))
    {
    case PF_TRACK_SOURCE_ROUTE:
      json_builder_add_string_value (builder, "route");
      break;
    case PF_TRACK_SOURCE_WAYPOINTS:
      json_builder_add_string_value (builder, "waypoints");
      break;
    case PF_TRACK_SOURCE_TRACK:
    default:
      json_builder_add_string_value (builder, "track");
      break;
    }
  json_builder_set_member_name (builder, "points");
  json_builder_add_int_value (builder, pf_course_get_n_points (course));
  json_builder_set_member_name (builder, "parts");
  json_builder_add_int_value (builder, pf_track_get_n_parts (track));
  add_double (builder, "distance_m", pf_course_get_measured_distance (course));
  json_builder_set_member_name (builder, "official_distance_m");
  if (pf_course_get_official_distance (course) > 0.0)
    json_builder_add_double_value (builder, pf_course_get_official_distance (course));
  else
    json_builder_add_null_value (builder);
  add_double (builder, "ascent_m", pf_course_get_ascent (course));
  add_double (builder, "descent_m", pf_course_get_descent (course));
  add_double (builder, "raw_ascent_m", pf_course_get_raw_ascent (course));
  add_double (builder, "raw_descent_m", pf_course_get_raw_descent (course));
  add_double (builder, "min_elevation_m", pf_course_get_min_elevation (course));
  add_double (builder, "max_elevation_m", pf_course_get_max_elevation (course));
  json_builder_set_member_name (builder, "has_elevation");
  json_builder_add_boolean_value (builder, pf_course_has_elevation (course));

  {
    double step, window, hysteresis;

    pf_course_get_cleaning (course, &step, &window, &hysteresis);
    json_builder_set_member_name (builder, "cleaning");
    json_builder_begin_object (builder);
    add_double (builder, "step_m", step);
    add_double (builder, "smooth_window_m", window);
    add_double (builder, "hysteresis_m", hysteresis);
    json_builder_end_object (builder);
  }

  json_builder_set_member_name (builder, "start");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "lat");
  json_builder_add_double_value (builder, round_to (lat, 1e-7));
  json_builder_set_member_name (builder, "lon");
  json_builder_add_double_value (builder, round_to (lon, 1e-7));
  json_builder_end_object (builder);

  add_points (builder, "aid_stations", course, pf_course_get_n_aid_stations (course),
              pf_course_get_aid_station);
  add_points (builder, "landmarks", course, pf_course_get_n_landmarks (course),
              pf_course_get_landmark);

  json_builder_set_member_name (builder, "notes");
  json_builder_begin_array (builder);
  for (guint i = 0; i < notes->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (notes, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}
