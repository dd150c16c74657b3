/* pf-race-test.h — what the validation tests share beyond pf-race-bands: the shipped race data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pf-race-bands.h"
#include "pf-test-util.h"

/* The per-band aggregate @name of tests/data/races/, or the test fails. */
static inline GArray *
pf_race_bands_load_test_data (const char *name)
{
  g_autofree char *path = g_build_filename (pf_test_data_dir (), "races", name, NULL);
  g_autoptr(GError) error = NULL;
  GArray *bands = pf_race_bands_load (path, &error);

  g_assert_no_error (error);
  return bands;
}
