/* pf-records.h — the world records: the fastest a human has covered each distance
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The record time for @distance_m on the road and in timed ultra races (docs/science.md §5):
 * log-log interpolation between the records, their end slopes beyond them. */
double pf_record_time            (double distance_m);

/* The fastest any human has covered @distance_m: pf_record_time from 5 km on, and below it
 * the curve down from the 1500 m track record. No goal may be faster. */
double pf_record_fastest         (double distance_m);

/* How much longer a runner at their best needs for @to_m than for @from_m if they lose no
 * more than the record holders do: record(to) / record(from). A prediction from a race at
 * @from_m to a longer @to_m is never faster than this ratio times the race. */
double pf_record_ratio           (double from_m,
                                  double to_m);

/* ITRA's effort distance: one kilometre per 100 m of climb added to the distance. */
double pf_itra_effort_distance   (double distance_m,
                                  double ascent_m);

G_END_DECLS
