/* pf-tcx-course.c
 *
 * A TCX (Training Center Database v2) course: one lap over the whole course, a track of the
 * timed points of pf-course-timed.c, and a CoursePoint per aid station (Food where it offers
 * gels or food, Water where only drinks, Generic otherwise), for devices older than FIT
 * courses. Names are cut to the schema's limits (15 characters for the course, 10 for a
 * point). Times follow the timed GPX: the start's wall clock written as UTC.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-tcx-course"

#include "config.h"

#include <math.h>

#include "pf-course-timed.h"
#include "pf-tcx-course.h"

/* @name cut to @max characters, escaped for XML. */
static char *
escaped_name (const char *name,
              glong       max)
{
  g_autofree char *cut = g_utf8_substring (name, 0, MIN (g_utf8_strlen (name, -1), max));

  /* A cut may leave a space at the end, which a token may not. */
  return g_markup_escape_text (g_strchomp (cut), -1);
}

static void
append_time (GString      *out,
             const PfPlan *plan,
             double        elapsed_s)
{
  gint64 whole = (gint64) floor (elapsed_s);
  g_autoptr(GDateTime) t = g_date_time_new_from_unix_utc (pf_plan_get_inputs (plan)->start_time
                                                          + whole);
  g_autofree char *stamp = g_date_time_format (t, "%Y-%m-%dT%H:%M:%S");

  g_string_append_printf (out, "<Time>%s.%03dZ</Time>", stamp,
                          (int) floor ((elapsed_s - whole) * 1000.0));
}

static void
append_position (GString            *out,
                 const char         *element,
                 const PfTimedPoint *p)
{
  char lat[G_ASCII_DTOSTR_BUF_SIZE], lon[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (lat, sizeof lat, "%.8f", p->lat);
  g_ascii_formatd (lon, sizeof lon, "%.8f", p->lon);
  g_string_append_printf (out, "<%s><LatitudeDegrees>%s</LatitudeDegrees>"
                          "<LongitudeDegrees>%s</LongitudeDegrees></%s>",
                          element, lat, lon, element);
}

static void
append_double (GString    *out,
               const char *element,
               const char *format,
               double      value)
{
  char text[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (text, sizeof text, format, value);
  g_string_append_printf (out, "<%s>%s</%s>", element, text, element);
}

static const char *
point_type (PfOffers offers)
{
  if (offers & (PF_OFFERS_FOOD | PF_OFFERS_GELS))
    return "Food";
  if (offers & (PF_OFFERS_WATER | PF_OFFERS_SPORTS))
    return "Water";
  return "Generic";
}

/* The course of @plan as TCX, named @title (NULL: the course's name). */
char *
pf_tcx_course_write (const PfPlan *plan,
                     const char   *title)
{
  g_autoptr(GArray) points = pf_course_timed_points (plan);
  const GArray *stations = pf_plan_get_aid_stations (plan);
  const PfTimedPoint *first, *last;
  g_autofree char *name = NULL;
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (points->len > 0, g_string_free (out, TRUE));

  first = &g_array_index (points, PfTimedPoint, 0);
  last = &g_array_index (points, PfTimedPoint, points->len - 1);
  name = escaped_name (title != NULL && *title != '\0'
                       ? title : pf_course_get_name (pf_plan_get_course (plan)),
                       PF_TCX_COURSE_NAME_MAX);

  g_string_append_printf (out,
                          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<TrainingCenterDatabase "
                          "xmlns=\"http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2\">\n"
                          "  <Courses>\n    <Course>\n      <Name>%s</Name>\n      <Lap>",
                          name);
  append_double (out, "TotalTimeSeconds", "%.1f", last->elapsed_s - first->elapsed_s);
  append_double (out, "DistanceMeters", "%.1f", last->distance_m - first->distance_m);
  append_position (out, "BeginPosition", first);
  append_position (out, "EndPosition", last);
  g_string_append (out, "<Intensity>Active</Intensity></Lap>\n      <Track>\n");

  for (guint i = 0; i < points->len; i++)
    {
      const PfTimedPoint *p = &g_array_index (points, PfTimedPoint, i);

      g_string_append (out, "        <Trackpoint>");
      append_time (out, plan, p->elapsed_s);
      append_position (out, "Position", p);
      if (!isnan (p->ele))
        append_double (out, "AltitudeMeters", "%.1f", p->ele);
      append_double (out, "DistanceMeters", "%.2f", p->distance_m);
      g_string_append (out, "</Trackpoint>\n");
    }
  g_string_append (out, "      </Track>\n");

  for (guint i = 0; i < stations->len; i++)
    {
      const PfAidStation *station = &g_array_index (stations, PfAidStation, i);
      g_autofree char *full = pf_course_timed_label (station, i);
      g_autofree char *label = escaped_name (full, PF_TCX_POINT_NAME_MAX);
      PfTimedPoint p;

      pf_course_timed_at (plan, station->distance_m, &p);
      g_string_append_printf (out, "      <CoursePoint><Name>%s</Name>", label);
      append_time (out, plan, p.elapsed_s);
      append_position (out, "Position", &p);
      if (!isnan (p.ele))
        append_double (out, "AltitudeMeters", "%.1f", p.ele);
      g_string_append_printf (out, "<PointType>%s</PointType></CoursePoint>\n",
                              point_type (station->offers));
    }

  g_string_append (out, "    </Course>\n  </Courses>\n</TrainingCenterDatabase>\n");
  return g_string_free (out, FALSE);
}
