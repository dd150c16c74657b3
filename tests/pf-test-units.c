/* pf-test-units.c — finding a unit of the other system in what a runner reads
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-test-units"

#include "config.h"

#include <string.h>

#include "pf-test-units.h"

/**
 * pf_test_units_foreign:
 * @units: the units the runner asked for
 *
 * Returns: (nullable): the first unit of the other system in @text (or a quantity no formatter
 *   saw: a marker of core/pf-quantity.h), with what surrounds it; NULL when there is none
 */
char *
pf_test_units_foreign (PfUnitSystem  units,
                       const char   *text)
{
  /* Metric in imperial: km, kg, mL, cm, L/h, °C, litres, metres, paces per km; imperial in
   * metric: mi, lb, ft, fl oz, °F, paces per mile; a unit on its own (the label beside a
   * field) too. A marker is U+E000. */
  const char *pattern = units == PF_UNITS_IMPERIAL
                        ? "\\d ?(km|kg|mL|cm|L/h)\\b|°C|\\d L\\b|\\d m\\b|/km|\\x{E000}"
                          "|^(km|kg|mL|cm|L/h|L|m)$"
                        : "\\d ?(mi|lb|ft|fl oz)\\b|°F|/mi\\b|\\x{E000}"
                          "|^(mi|lb|ft|in|fl oz|fl oz/h)$";
  g_autoptr(GRegex) regex = g_regex_new (pattern, G_REGEX_OPTIMIZE, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  int start, end;

  g_assert_nonnull (regex);
  if (text == NULL || !g_regex_match (regex, text, 0, &match))
    return NULL;

  g_match_info_fetch_pos (match, 0, &start, &end);
  start = MAX (0, start - 40);
  end = MIN ((int) strlen (text), end + 40);
  return g_strndup (text + start, end - start);
}


/* Spaces and line breaks as one space: a printed text is wrapped where the page is full. */
char *
pf_test_units_squeeze (const char *text)
{
  g_autoptr(GRegex) spaces = g_regex_new ("\\s+", 0, 0, NULL);

  return g_regex_replace_literal (spaces, text, -1, 0, " ", 0, NULL);
}
