/* pf-geo.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-geo"

#include "config.h"

#include <math.h>

#include "pf-geo.h"

#define DEG_TO_RAD (G_PI / 180.0)

double
pf_geo_haversine_m (double lat1,
                    double lon1,
                    double lat2,
                    double lon2)
{
  double phi1 = lat1 * DEG_TO_RAD;
  double phi2 = lat2 * DEG_TO_RAD;
  double dphi = phi2 - phi1;
  double dlambda = (lon2 - lon1) * DEG_TO_RAD;
  double s_dphi = sin (dphi / 2.0);
  double s_dlambda = sin (dlambda / 2.0);
  double a = s_dphi * s_dphi + cos (phi1) * cos (phi2) * s_dlambda * s_dlambda;

  /* Rounding can push a just past 1 for antipodal points. */
  a = CLAMP (a, 0.0, 1.0);

  return 2.0 * PF_EARTH_RADIUS_M * asin (sqrt (a));
}
