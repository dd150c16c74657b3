/* pf-waypoint-kind.c
 *
 * Course files mark aid stations in many ways: a GPX <sym> of "Drinking Water", a <cmt>
 * of "Ristoro - Ravitaillement - Refreshment point", a name like "Verpflegungsstelle 3".
 * We look for the words race organisers use, in the languages of the big race calendars.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-waypoint-kind"

#include "config.h"

#include <string.h>

#include "pf-waypoint-kind.h"

/* Whole words (after folding case and accents). */
static const char * const aid_words[] = {
  "aid", "aidstation", "water", "food", "feed", "drink", "drinks", "drinking", "refreshment",
  "refreshments", "hydration", "sponge", "sponges",
  "ravito", "ravitaillement", "ravitaillements", "eau",              /* French */
  "ristoro", "rifornimento", "acqua",                                /* Italian */
  "verpflegung", "labe", "labestation", "wasser", "getranke",        /* German */
  "avituallamiento", "abastecimiento", "agua", "hidratacion",        /* Spanish */
  "abastecimento", "hidratacao",                                     /* Portuguese */
  "verzorging", "verzorgingspost", "drinkpost",                      /* Dutch */
  "kyusui", "kyushoku",                                              /* Japanese (romaji) */
  NULL
};

/* Word beginnings that catch compounds and inflections ("Verpflegungsstelle", "Ravitos"). */
static const char * const aid_prefixes[] = {
  "aidstation", "verpflegung", "ravitaill", "ravito", "ristor", "rifornim", "avituall",
  "abastec", "refreshment", "hydrat", "feedzone", "feedstation", "waterstation", "labestation",
  "lifebase", "basevita", "basevie",
  NULL
};

static gboolean
word_is_aid (const char *word)
{
  if (g_strv_contains (aid_words, word))
    return TRUE;

  for (guint i = 0; aid_prefixes[i] != NULL; i++)
    {
      if (g_str_has_prefix (word, aid_prefixes[i]))
        return TRUE;
    }

  return FALSE;
}

static gboolean
text_mentions_aid (const char *text)
{
  g_autofree char *ascii = NULL;
  g_autofree char *lower = NULL;
  g_auto(GStrv) words = NULL;

  if (text == NULL || text[0] == '\0')
    return FALSE;

  /* Fold accents so "Getränke" and "hidratación" match plain-letter entries. */
  ascii = g_str_to_ascii (text, "C");
  lower = g_ascii_strdown (ascii, -1);

  for (char *p = lower; *p != '\0'; p++)
    {
      if (!g_ascii_isalnum (*p))
        *p = ' ';
    }

  words = g_strsplit (lower, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (words[i][0] != '\0' && word_is_aid (words[i]))
        return TRUE;
    }

  /* Written as two words: "Aid Station", "Feed Zone", and the life bases of mountain
   * ultras ("Base vita - Base vie - Life base") where runners eat, sleep and change. */
  return strstr (lower, "aid station") != NULL
      || strstr (lower, "water station") != NULL
      || strstr (lower, "feed zone") != NULL
      || strstr (lower, "life base") != NULL
      || strstr (lower, "base vie") != NULL
      || strstr (lower, "base vita") != NULL;
}

/* @texts may hold NULLs: a waypoint has a name, a comment, a symbol… or not. */
PfWaypointKind
pf_waypoint_kind_guess (const char * const *texts,
                        gsize               n_texts)
{
  for (gsize i = 0; i < n_texts; i++)
    {
      if (text_mentions_aid (texts[i]))
        return PF_WAYPOINT_AID_STATION;
    }

  return PF_WAYPOINT_LANDMARK;
}

/* TCX CoursePoint PointType is an enumeration; Water, Food, Aid and First Aid are the
 * stations a runner plans around. Generic points still count when their words say so. */
PfWaypointKind
pf_waypoint_kind_from_tcx_point_type (const char         *point_type,
                                      const char * const *texts,
                                      gsize               n_texts)
{
  static const char * const aid_types[] = { "Water", "Food", "Aid", "First Aid", NULL };

  if (point_type != NULL && g_strv_contains (aid_types, point_type))
    return PF_WAYPOINT_AID_STATION;

  return pf_waypoint_kind_guess (texts, n_texts);
}
