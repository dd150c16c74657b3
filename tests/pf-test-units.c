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

static void
add_expanded (GPtrArray    *texts,
              PfUnitSystem  units,
              const char   *text)
{
  if (text != NULL && *text != '\0')
    g_ptr_array_add (texts, pf_units_expand (units, text));
}

/**
 * pf_test_units_core_texts:
 *
 * Returns: (transfer container): every text of the core's that @plan's views, printouts and
 *   CLI lines show, formatted in @units as they show them
 */
GPtrArray *
pf_test_units_core_texts (const PfPlan *plan,
                          PfUnitSystem  units)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);
  const PfFuel *fuel = pf_plan_get_fuel (plan);
  const PfFeasibility *feasibility = pf_plan_get_feasibility (plan);
  GPtrArray *notes = pf_course_get_notes (pf_plan_get_course (plan));

  for (guint i = 0; i < pf_plan_get_n_warnings (plan); i++)
    {
      const PfWarning *w = pf_plan_get_warning (plan, i);

      add_expanded (texts, units, w->message);
      add_expanded (texts, units, w->reason);
      add_expanded (texts, units, w->action);
    }
  for (guint i = 0; fuel != NULL && fuel->notes != NULL && i < fuel->notes->len; i++)
    add_expanded (texts, units, g_ptr_array_index (fuel->notes, i));
  if (fuel != NULL)
    add_expanded (texts, units, fuel->drink.why);
  for (guint i = 0; feasibility != NULL && feasibility->changes != NULL
                    && i < feasibility->changes->len; i++)
    add_expanded (texts, units, g_array_index (feasibility->changes, PfFeasibilityChange, i).text);
  for (guint i = 0; i < PF_N_CHECKS; i++)
    add_expanded (texts, units, pf_check_question (i));
  add_expanded (texts, units, pf_cramp_response ());
  for (guint i = 0; i < pf_plan_get_n_predictions (plan); i++)
    add_expanded (texts, units,
                  pf_prediction_model_get_basis (pf_plan_get_prediction (plan, i)->model));
  for (guint i = 0; notes != NULL && i < notes->len; i++)
    add_expanded (texts, units, g_ptr_array_index (notes, i));
  return texts;
}

/* Spaces and line breaks as one space: a printed text is wrapped where the page is full. */
static char *
squeeze (const char *text)
{
  g_autoptr(GRegex) spaces = g_regex_new ("\\s+", 0, 0, NULL);

  return g_regex_replace_literal (spaces, text, -1, 0, " ", 0, NULL);
}

/**
 * pf_test_units_strip:
 * @core_texts: (nullable): from pf_test_units_core_texts()
 *
 * Returns: @text without the core's texts while PF_TEST_CORE_TEXTS_CHECKED is FALSE (spaces
 *   and line breaks squeezed to one space), else @text as it is
 */
char *
pf_test_units_strip (const char *text,
                     GPtrArray  *core_texts)
{
  g_autofree char *squeezed = squeeze (text);
  g_autoptr(GString) out = g_string_new (squeezed);

  if (PF_TEST_CORE_TEXTS_CHECKED || core_texts == NULL)
    return g_string_free (g_steal_pointer (&out), FALSE);

  for (guint i = 0; i < core_texts->len; i++)
    {
      g_autofree char *core = squeeze (g_ptr_array_index (core_texts, i));

      g_strstrip (core);
      if (*core != '\0')
        g_string_replace (out, core, " ", 0);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}
