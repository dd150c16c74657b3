/* pf-duration.h — race times and clock times as people type and read them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* No one has covered even 100 m faster than this (Bolt's 9.58 s is 10.4 m/s on average): a
 * race time implying more is a typing mistake. */
#define PF_FASTEST_RUN_M_PER_S 10.5
/* A race averaged slower than a slow walk (1.8 km/h; the Tor des Géants' last finishers, sleep
 * included, average 0.6 m/s) is a typing mistake too, and below 0.42 m/s Daniels' VO2 of the
 * pace, and so the VDOT prediction, is not even positive. */
#define PF_SLOWEST_RACE_M_PER_S 0.5

/* The start times a plan may have, as local wall-clock seconds since 1970: from 1900-01-01
 * to the end of 9999. Every format written (ISO 8601 in GPX and TCX, the FIT epoch aside)
 * has four digits for the year, and GDateTime ends at 9999. */
#define PF_START_TIME_MIN G_GINT64_CONSTANT (-2208988800)   /* 1900-01-01T00:00 */
#define PF_START_TIME_END G_GINT64_CONSTANT (253402300800)  /* 10000-01-01T00:00 */

gboolean pf_duration_parse     (const char *text,
                                double     *seconds);
gboolean pf_race_time_parse    (const char *text,
                                double      distance_m,
                                double     *seconds);
char    *pf_duration_format    (double      seconds);
char    *pf_duration_format_change (double  seconds);
char    *pf_pace_format        (double      seconds_per_unit);
gboolean pf_start_time_parse   (const char *text,
                                gint64     *local_time);

G_END_DECLS
