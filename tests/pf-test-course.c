/* pf-test-course.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "pf-test-course.h"

/* Metres per degree of latitude on the mean sphere. */
#define M_PER_DEG (PF_EARTH_RADIUS_M * G_PI / 180.0)

/* A course along a meridian, a point every 20 m, elevation from @ele (flat when NULL),
 * read through the real importer. */
PfTrack *
pf_test_course_new (double          length_m,
                    PfTestElevation ele)
{
  g_autoptr(GString) gpx = g_string_new ("<?xml version=\"1.0\"?>\n"
                                         "<gpx version=\"1.1\" xmlns=\"http://www.topografix.com/GPX/1/1\">"
                                         "<trk><name>Synthetic</name><trkseg>\n");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  PfTrack *track;

  for (double d = 0.0; d <= length_m + 0.01; d += 20.0)
    {
      char lat[G_ASCII_DTOSTR_BUF_SIZE], e[G_ASCII_DTOSTR_BUF_SIZE];

      g_ascii_formatd (lat, sizeof lat, "%.9f", 45.0 + d / M_PER_DEG);
      g_ascii_formatd (e, sizeof e, "%.3f", ele != NULL ? ele (d) : 0.0);
      g_string_append_printf (gpx, "<trkpt lat=\"%s\" lon=\"7.0\"><ele>%s</ele></trkpt>\n", lat, e);
    }
  g_string_append (gpx, "</trkseg></trk></gpx>\n");

  bytes = g_bytes_new (gpx->str, gpx->len);
  track = pf_import_bytes (bytes, "synthetic.gpx", &error);
  g_assert_no_error (error);
  return track;
}

PfPlan *
pf_test_plan_compute (const PfPlanInputs *inputs)
{
  g_autoptr(GError) error = NULL;
  PfPlan *plan = pf_plan_compute (inputs, &error);

  g_assert_no_error (error);
  return plan;
}

const PfWarning *
pf_test_plan_find_warning (const PfPlan *plan,
                           const char   *id)
{
  for (guint i = 0; i < pf_plan_get_n_warnings (plan); i++)
    if (g_str_equal (pf_plan_get_warning (plan, i)->id, id))
      return pf_plan_get_warning (plan, i);
  return NULL;
}
