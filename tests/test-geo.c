/* test-geo.c — great-circle distances on known geometry
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>

#include "core/pf-geo.h"

/* One degree of latitude on a sphere of radius R is R·π/180. */
#define DEGREE_M (PF_EARTH_RADIUS_M * G_PI / 180.0)

static void
test_geo_radius (void)
{
  /* The WGS-84 mean radius (2a + b) / 3 (IUGG; Moritz 2000). */
  g_assert_cmpfloat_with_epsilon (PF_EARTH_RADIUS_M, 6371008.8, 1e-6);
}

static void
test_geo_degree_of_latitude (void)
{
  g_assert_cmpfloat_with_epsilon (pf_geo_haversine_m (0.0, 0.0, 1.0, 0.0), 111195.0, 1.0);
  g_assert_cmpfloat_with_epsilon (pf_geo_haversine_m (45.0, 7.0, 46.0, 7.0), 111195.0, 1.0);
  g_assert_cmpfloat_with_epsilon (pf_geo_haversine_m (-34.5, -58.4, -33.5, -58.4), DEGREE_M, 1e-3);
  /* A degree of longitude shrinks with the cosine of the latitude. */
  g_assert_cmpfloat_with_epsilon (pf_geo_haversine_m (0.0, 10.0, 0.0, 11.0), DEGREE_M, 1e-3);
  g_assert_cmpfloat_with_epsilon (pf_geo_haversine_m (60.0, 10.0, 60.0, 11.0),
                                  DEGREE_M * 0.5, 20.0);
}

static void
test_geo_quarter_circumference (void)
{
  double quarter = G_PI / 2.0 * PF_EARTH_RADIUS_M;

  /* Along the equator, and from the equator to the pole. */
  g_assert_cmpfloat_with_epsilon (pf_geo_haversine_m (0.0, 0.0, 0.0, 90.0), quarter, 1e-3);
  g_assert_cmpfloat_with_epsilon (pf_geo_haversine_m (0.0, 0.0, 90.0, 0.0), quarter, 1e-3);
  g_assert_cmpfloat_with_epsilon (pf_geo_haversine_m (0.0, -45.0, 0.0, 45.0), quarter, 1e-3);
  /* Across the antimeridian the short way round. */
  g_assert_cmpfloat_with_epsilon (pf_geo_haversine_m (0.0, 179.5, 0.0, -179.5), DEGREE_M, 1e-3);
}

static void
test_geo_zero (void)
{
  g_assert_cmpfloat (pf_geo_haversine_m (0.0, 0.0, 0.0, 0.0), ==, 0.0);
  g_assert_cmpfloat (pf_geo_haversine_m (44.97431952, -93.26310088, 44.97431952, -93.26310088),
                     ==, 0.0);
  /* At the pole every longitude is the same place. */
  g_assert_cmpfloat_with_epsilon (pf_geo_haversine_m (90.0, 0.0, 90.0, 120.0), 0.0, 1e-6);
}

static void
test_geo_antipodes (void)
{
  double half = G_PI * PF_EARTH_RADIUS_M;
  double d;

  d = pf_geo_haversine_m (0.0, 0.0, 0.0, 180.0);
  g_assert_false (isnan (d));
  g_assert_cmpfloat_with_epsilon (d, half, 1e-3);

  d = pf_geo_haversine_m (90.0, 0.0, -90.0, 0.0);
  g_assert_cmpfloat_with_epsilon (d, half, 1e-3);

  /* Rounding must not push the intermediate value past 1 (asin of > 1 is NaN). */
  d = pf_geo_haversine_m (45.123456789, 7.987654321, -45.123456789, -172.012345679);
  g_assert_false (isnan (d));
  g_assert_cmpfloat_with_epsilon (d, half, 1.0);
}

static void
test_geo_short_distances (void)
{
  /* 0.001° of latitude: the step of a well-sampled recording. */
  g_assert_cmpfloat_with_epsilon (pf_geo_haversine_m (45.0, 7.0, 45.001, 7.0),
                                  DEGREE_M / 1000.0, 1e-3);
  /* A centimetre is not lost to rounding. */
  g_assert_cmpfloat_with_epsilon (pf_geo_haversine_m (45.0, 7.0, 45.0000001, 7.0),
                                  DEGREE_M * 1e-7, 1e-4);
}

static void
test_geo_symmetric (void)
{
  static const double places[][2] = {
    { 0.0, 0.0 }, { 44.9743, -93.2631 }, { 45.7928, 6.9714 }, { -33.8688, 151.2093 },
    { 89.9, 45.0 }, { -89.9, -135.0 }, { 35.6895, 139.6917 }, { 0.0, 180.0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    for (guint j = 0; j < G_N_ELEMENTS (places); j++)
      {
        double ab = pf_geo_haversine_m (places[i][0], places[i][1], places[j][0], places[j][1]);
        double ba = pf_geo_haversine_m (places[j][0], places[j][1], places[i][0], places[i][1]);

        g_assert_cmpfloat_with_epsilon (ab, ba, 1e-6);
        g_assert_cmpfloat (ab, >=, 0.0);
        g_assert_cmpfloat (ab, <=, G_PI * PF_EARTH_RADIUS_M + 1e-3);
      }
}

static void
test_geo_triangle_inequality (void)
{
  for (guint n = 0; n < 200; n++)
    {
      double a[2] = { g_test_rand_double_range (-89, 89), g_test_rand_double_range (-180, 180) };
      double b[2] = { g_test_rand_double_range (-89, 89), g_test_rand_double_range (-180, 180) };
      double c[2] = { g_test_rand_double_range (-89, 89), g_test_rand_double_range (-180, 180) };
      double ab = pf_geo_haversine_m (a[0], a[1], b[0], b[1]);
      double bc = pf_geo_haversine_m (b[0], b[1], c[0], c[1]);
      double ac = pf_geo_haversine_m (a[0], a[1], c[0], c[1]);

      g_assert_cmpfloat (ac, <=, ab + bc + 1e-3);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/geo/radius", test_geo_radius);
  g_test_add_func ("/geo/haversine/degree-of-latitude", test_geo_degree_of_latitude);
  g_test_add_func ("/geo/haversine/quarter-circumference", test_geo_quarter_circumference);
  g_test_add_func ("/geo/haversine/zero", test_geo_zero);
  g_test_add_func ("/geo/haversine/antipodes", test_geo_antipodes);
  g_test_add_func ("/geo/haversine/short", test_geo_short_distances);
  g_test_add_func ("/geo/haversine/symmetric", test_geo_symmetric);
  g_test_add_func ("/geo/haversine/triangle-inequality", test_geo_triangle_inequality);

  return g_test_run ();
}
