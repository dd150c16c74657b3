/* pf-geo.h — distances on the Earth
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* WGS-84 mean radius (IUGG R1 = (2a + b) / 3). */
#define PF_EARTH_RADIUS_M 6371008.8

double pf_geo_haversine_m (double lat1,
                           double lon1,
                           double lat2,
                           double lon2);

G_END_DECLS
