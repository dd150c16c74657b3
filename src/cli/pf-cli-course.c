/* pf-cli-course.c — pacefuel-cli course FILE [--official-distance M] [--json]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-cli-course"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <stdio.h>

#include "core/pacefuel-core.h"
#include "report/pf-units.h"
#include "pf-cli.h"

static void
print_points (const char           *title,
              const PfCourse       *course,
              guint                 n,
              const PfCoursePoint *(*get) (const PfCourse *, guint),
              PfUnitSystem          units)
{
  if (n == 0)
    return;

  printf ("%s (%u)\n", title, n);
  for (guint i = 0; i < n; i++)
    {
      const PfCoursePoint *point = get (course, i);
      g_autofree char *at = pf_format_distance (units, point->distance_m);

      printf ("  %10s  %s\n", at, point->name[0] != '\0' ? point->name : _("(unnamed)"));
    }
}

static void
print_summary (const PfCourse *course,
               PfUnitSystem    units)
{
  PfTrack *track = pf_course_get_track (course);
  GPtrArray *notes = pf_course_get_notes (course);
  g_autofree char *measured = pf_format_distance (units, pf_course_get_measured_distance (course));
  const char *source;
  double lat, lon;

  switch (pf_track_get_source (track))
    {
    case PF_TRACK_SOURCE_ROUTE:
      source = _("route");
      break;
    case PF_TRACK_SOURCE_WAYPOINTS:
      source = _("waypoints");
      break;
    case PF_TRACK_SOURCE_TRACK:
    default:
      source = _("track");
      break;
    }

  printf ("%s\n", pf_course_get_name (course));
  /* Translators: e.g. "File: boston.gpx (GPX track, 1381 points)" */
  printf (_("  File:          %s (%s %s, %u points)\n"), pf_track_get_display_name (track),
          pf_track_get_format (track) == PF_TRACK_FORMAT_TCX ? "TCX"
          : pf_track_get_format (track) == PF_TRACK_FORMAT_FIT ? "FIT" : "GPX", source,
          pf_course_get_n_points (course));
  printf (_("  Distance:      %s measured\n"), measured);
  if (pf_course_get_official_distance (course) > 0.0)
    {
      g_autofree char *official = pf_format_distance (units, pf_course_get_official_distance (course));

      printf (_("  Official:      %s (distances scaled by %.4f)\n"), official,
              pf_course_get_scale (course));
    }

  if (pf_course_has_elevation (course))
    {
      g_autofree char *ascent = pf_format_elevation (units, pf_course_get_ascent (course));
      g_autofree char *descent = pf_format_elevation (units, pf_course_get_descent (course));
      g_autofree char *raw_ascent = pf_format_elevation (units, pf_course_get_raw_ascent (course));
      g_autofree char *raw_descent = pf_format_elevation (units, pf_course_get_raw_descent (course));
      g_autofree char *min = pf_format_elevation (units, pf_course_get_min_elevation (course));
      g_autofree char *max = pf_format_elevation (units, pf_course_get_max_elevation (course));

      printf (_("  Climb:         +%s / −%s (raw, point to point: +%s / −%s)\n"),
              ascent, descent, raw_ascent, raw_descent);
      double step, window, hysteresis;
      g_autofree char *step_text = NULL;
      g_autofree char *window_text = NULL;
      g_autofree char *hysteresis_text = NULL;

      pf_course_get_cleaning (course, &step, &window, &hysteresis);
      step_text = pf_format_elevation (units, step);
      window_text = pf_format_elevation (units, window);
      hysteresis_text = pf_format_elevation (units, hysteresis);
      printf (_("  Elevation:     %s to %s\n"), min, max);
      /* Translators: the profile's cleaning, three lengths in m or ft */
      printf (_("  Cleaning:      every %s, smoothed over %s, climbs under %s ignored\n"),
              step_text, window_text, hysteresis_text);
    }
  else
    {
      printf (_("  Elevation:     none in the file (treated as flat)\n"));
    }

  pf_course_get_start (course, &lat, &lon);
  printf (_("  Start:         %.5f, %.5f\n"), lat, lon);

  print_points (_("Aid stations"), course, pf_course_get_n_aid_stations (course),
                pf_course_get_aid_station, units);
  print_points (_("Landmarks"), course, pf_course_get_n_landmarks (course),
                pf_course_get_landmark, units);

  if (notes->len > 0)
    {
      printf ("%s\n", _("Notes"));
      for (guint i = 0; i < notes->len; i++)
        {
          g_autofree char *note = pf_units_expand (units, g_ptr_array_index (notes, i));

          printf ("  • %s\n", note);
        }
    }
}

int
pf_cli_course (int    argc,
               char **argv)
{
  g_autofree char *official_text = NULL;
  g_autofree char *units_text = NULL;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "official-distance", 0, 0, G_OPTION_ARG_STRING, &official_text,
      N_("Scale the course to this distance: metres, or 5k, 10k, half, marathon"), N_("M") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json,
      N_("Print one JSON object (SI units) instead of a summary"), NULL },
    { "units", 0, 0, G_OPTION_ARG_STRING, &units_text,
      N_("Units of the summary: auto (from the locale), metric or imperial"), N_("UNITS") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE — summarise a GPX, TCX or FIT course"));
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = NULL;
  g_autoptr(PfCourse) course = NULL;
  PfCleanOptions options;
  PfUnitSystem units = pf_units_from_locale ();

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
                                    _("The summary reports the measured distance, the climb after "
                                      "cleaning the elevation (and the raw point-to-point figure), "
                                      "aid stations and landmarks, and every note about the file.\n"
                                      "Exit status: 0 on success, 1 for a file that cannot be used, "
                                      "2 for bad usage."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return pf_cli_usage_error ("course", "%s", error->message);

  if (argc != 2)
    return pf_cli_usage_error ("course", "%s", argc < 2 ? _("no course file given")
                                                        : _("give exactly one course file"));

  pf_clean_options_init (&options);
  if (official_text != NULL && !pf_cli_parse_distance (official_text, &options.official_distance_m))
    return pf_cli_usage_error ("course", _("--official-distance: “%s” is not a distance in metres "
                                           "nor one of 5k, 10k, half, marathon"), official_text);
  if (units_text != NULL && !pf_cli_read_units ("course", units_text, &units))
    return PF_EXIT_BAD_USAGE;

  track = pf_import_path (argv[1], &error);
  if (track == NULL)
    {
      pf_cli_print_error ("%s", error->message);
      return PF_EXIT_BAD_INPUT;
    }

  /* The same refusal as the plan's: a course scaled to half or twice its length is a typo. */
  if (options.official_distance_m > 0.0)
    {
      g_auto(PfPlanInputs) check = { 0 };

      pf_plan_inputs_init (&check);
      pf_plan_inputs_set_track (&check, track);
      check.official_distance_m = options.official_distance_m;
      if (!pf_plan_inputs_check_official_distance (&check, &error))
        return pf_cli_usage_error ("course", "--official-distance: %s", error->message);
    }

  course = pf_course_new (track, &options, &error);
  if (course == NULL)
    {
      pf_cli_print_error ("%s", error->message);
      return PF_EXIT_BAD_INPUT;
    }

  if (json)
    {
      g_autoptr(JsonNode) root = pf_course_summary_to_json (course);

      pf_cli_print_json (root);
    }
  else
    {
      print_summary (course, units);
    }

  return fflush (stdout) == 0 ? PF_EXIT_OK : PF_EXIT_BAD_INPUT;
}
