/* pf-records.c — the world-record curve, the floor under every long prediction
 *
 * Riegel (1981) fitted his exponent to records lasting 3.5 to 230 minutes; beyond the
 * marathon the records themselves fall off faster, and every road model that extrapolates
 * (VDOT, Riegel, Cameron) ends up faster than the best humans. The records are the one
 * published curve that reaches from 5 km to six days, so long predictions scale a runner's
 * race along it, and no prediction may lose less than it from a shorter race.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-records"

#include "config.h"

#include <math.h>

#include "pf-records.h"

typedef struct
{
  double distance_m;
  double time_s;
} Record;

/* Men's records (World Athletics road records; IAU for 24 h, 48 h and 6 days), the fastest
 * on record in December 2026 as far as we know them. Women's records follow the same ratios
 * within a few per cent (marathon 2:09:56, 100 km 6:33:11: 3.03 either way). */
static const Record records[] = {
  { 5000.0,     12 * 60 + 49.0 },          /* Aregawi, Barcelona 2021 */
  { 10000.0,    26 * 60 + 24.0 },          /* Kipruto, Valencia 2020 */
  { 21097.5,    57 * 60 + 30.0 },          /* Kejelcha, Valencia 2024 */
  { 42195.0,    2 * 3600 + 35.0 },         /* Kiptum, Chicago 2023 */
  { 100000.0,   6 * 3600 + 5 * 60 + 41.0 },/* Kazami, Lake Saroma 2018 */
  { 319614.0,   24 * 3600.0 },             /* Sorokin, Verona 2022 (24 h) */
  { 473495.0,   48 * 3600.0 },             /* Kouros, Surgères 1996 (48 h) */
  { 1036800.0,  144 * 3600.0 },            /* Kouros, Colac 2005 (6 days) */
};

double
pf_record_time (double distance_m)
{
  guint n = G_N_ELEMENTS (records), i = 0;
  double slope;

  g_return_val_if_fail (distance_m > 0.0, 0.0);

  /* The segment that holds the distance, or the nearest end segment. */
  while (i + 2 < n && distance_m > records[i + 1].distance_m)
    i++;
  slope = log (records[i + 1].time_s / records[i].time_s)
          / log (records[i + 1].distance_m / records[i].distance_m);
  return records[i].time_s * pow (distance_m / records[i].distance_m, slope);
}

/* El Guerrouj's 1500 m (Rome 1998, 3:26.00). Below 5 km the road curve's own end slope,
 * continued, is slower than the track records (3:38 for 1500 m), and a floor must be the
 * fastest anyone ran: log-log from the 1500 m record to the 5 km road record gives the
 * 3000 m in 7:20, as Komen ran it (1996). */
#define RECORD_1500_S 206.0

double
pf_record_fastest (double distance_m)
{
  double slope;

  g_return_val_if_fail (distance_m > 0.0, 0.0);

  if (distance_m >= records[0].distance_m)
    return pf_record_time (distance_m);
  slope = log (records[0].time_s / RECORD_1500_S) / log (records[0].distance_m / 1500.0);
  return RECORD_1500_S * pow (distance_m / 1500.0, slope);
}

double
pf_record_ratio (double from_m,
                 double to_m)
{
  g_return_val_if_fail (from_m > 0.0 && to_m > 0.0, 1.0);

  return pf_record_time (to_m) / pf_record_time (from_m);
}

/* ITRA (International Trail Running Association), "km-effort": distance in km plus the
 * positive elevation gain in hundreds of metres. */
double
pf_itra_effort_distance (double distance_m,
                         double ascent_m)
{
  return distance_m + MAX (ascent_m, 0.0) * 10.0;
}
