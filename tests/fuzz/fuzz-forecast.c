/* fuzz-forecast.c — libFuzzer target: any bytes through the forecast parser, then whatever
 * it accepts applied to a race's conditions over a few windows, and a plan computed with it
 *
 * The windows are placed around the parsed hours (the start on an hour, between two, before
 * the first and after the last; no time, a marathon, a day and a half) so that the window
 * search and its "does not cover" branches see every shape of answer. The plan runs on a
 * small built-in course, so the hours reach pf_conditions_at and the heat and sweat models
 * as a fetched forecast would.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "core/pacefuel-core.h"
#include "forecast/pf-forecast.h"
#include "pf-fuzz.h"

/* 2026-10-04 08:00, wall clock: the day of the recorded answers in tests/data/forecast. */
#define FIXED_START ((gint64) 1791100800)

static const char course_gpx[] =
  "<?xml version=\"1.0\"?>\n"
  "<gpx version=\"1.1\" xmlns=\"http://www.topografix.com/GPX/1/1\"><trk><trkseg>\n"
  "<trkpt lat=\"44.97\" lon=\"-93.26\"><ele>250</ele></trkpt>\n"
  "<trkpt lat=\"44.99\" lon=\"-93.26\"><ele>262</ele></trkpt>\n"
  "<trkpt lat=\"45.01\" lon=\"-93.25\"><ele>248</ele></trkpt>\n"
  "<trkpt lat=\"45.03\" lon=\"-93.25\"><ele>255</ele></trkpt>\n"
  "</trkseg></trk></gpx>\n";

static PfTrack *
course_track (void)
{
  static PfTrack *track;

  if (g_once_init_enter (&track))
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (course_gpx, sizeof course_gpx - 1);
      g_autoptr(GError) error = NULL;
      PfTrack *t = pf_import_bytes (bytes, "fuzz-course.gpx", &error);

      g_assert_no_error (error);
      g_once_init_leave (&track, t);
    }

  return track;
}

static void
apply_window (const PfForecast *forecast,
              gint64            start,
              double            duration_s,
              PfHumidityKind    humidity_kind,
              gboolean          compute)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(PfPlan) plan = NULL;
  gboolean applied;

  pf_plan_inputs_init (&inputs);
  inputs.conditions.humidity_kind = humidity_kind;
  inputs.conditions.humidity = humidity_kind == PF_HUMIDITY_DEW_POINT ? 10.0 : 60.0;
  applied = pf_forecast_apply (forecast, start, duration_s, &inputs.conditions, &error);
  g_assert ((applied) == (error == NULL));
  if (!applied)
    {
      /* On error the conditions are not touched. */
      g_assert (inputs.conditions.hours == NULL || inputs.conditions.hours->len == 0);
      g_assert (inputs.conditions.forecast_source == NULL);
      return;
    }

  g_assert (inputs.conditions.hours != NULL && inputs.conditions.hours->len > 0);
  g_assert (inputs.conditions.forecast_source != NULL);
  for (guint i = 1; i < inputs.conditions.hours->len; i++)
    g_assert (g_array_index (inputs.conditions.hours, PfWeatherHour, i - 1).time
              < g_array_index (inputs.conditions.hours, PfWeatherHour, i).time);

  if (!compute)
    return;

  /* What a fetched forecast puts into the plan, the plan computes or refuses with a message. */
  pf_plan_inputs_set_track (&inputs, course_track ());
  inputs.start_time = start;
  inputs.goal_time_s = MAX (duration_s, 15 * 60.0);
  plan = pf_plan_compute (&inputs, &error);
  g_assert ((plan == NULL) != (error == NULL));
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PfForecast) forecast = pf_forecast_parse ((const char *) data, size, &error);
  static const double durations[] = { 0.0, 3.5 * 3600, 36.0 * 3600 };
  guint n;

  g_assert ((forecast == NULL) != (error == NULL));
  if (forecast == NULL)
    {
      g_assert (error->domain == PF_FORECAST_ERROR);
      g_assert (error->message != NULL && error->message[0] != '\0');
      return 0;
    }

  n = pf_forecast_get_n_hours (forecast);
  for (guint i = 0; i < n; i++)
    {
      const PfForecastHour *hour = pf_forecast_get_hour (forecast, i);

      g_assert (isfinite (hour->temp_c));
      g_assert (i == 0 || pf_forecast_get_hour (forecast, i - 1)->time < hour->time);
    }

  apply_window (forecast, FIXED_START, 4 * 3600, PF_HUMIDITY_RELATIVE, TRUE);
  if (n == 0)
    return 0;

  {
    gint64 first = pf_forecast_get_hour (forecast, 0)->time;
    gint64 middle = pf_forecast_get_hour (forecast, n / 2)->time;
    gint64 last = pf_forecast_get_hour (forecast, n - 1)->time;
    const gint64 starts[] = { first - 1800, first, first + 1800, middle, middle + 1, last };

    for (guint s = 0; s < G_N_ELEMENTS (starts); s++)
      for (guint d = 0; d < G_N_ELEMENTS (durations); d++)
        apply_window (forecast, starts[s], durations[d],
                      (s + d) % 2 ? PF_HUMIDITY_DEW_POINT : PF_HUMIDITY_RELATIVE,
                      s == 1 && d == 1);
  }

  return 0;
}
