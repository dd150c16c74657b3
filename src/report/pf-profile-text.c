/* pf-profile-text.c — what the runner's own profile changes in a plan, in words
 *
 * A plan with the runner's profile switched on is never a silent change: the CLI's text, the
 * printed plan and the Profile page say what the run by feel rests on and how many seconds the
 * profile moves, each part on its own, in the same words.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-report"

#include "config.h"

#include "pf-profile-text.h"

#include <glib/gi18n-lib.h>

/* What the run by feel is made of: the models' average runner, or the runner's own. */
char *
pf_profile_by_feel_basis (const PfPlan *plan)
{
  g_return_val_if_fail (plan != NULL, NULL);

  if (pf_plan_get_inputs (plan)->profile == NULL)
    return g_strdup (_("hills, heat at your level, the fade of runners like you"));
  return g_strdup (_("your own hills; your heat and fade where your profile knows them, else "
                     "those of runners like you"));
}

/* "Your profile (2 runs) changes the finish by feel by +0:12: hills +0:14, heat 0:00, fade
 * −0:02"; NULL without a profile or without a run by feel. */
char *
pf_profile_effect_describe (const PfPlan *plan)
{
  const PfProfileEffect *effect;
  const PfRunnerProfile *profile;
  g_autofree char *total = NULL, *hills = NULL, *heat = NULL, *fade = NULL;

  g_return_val_if_fail (plan != NULL, NULL);

  effect = pf_plan_get_profile_effect (plan);
  profile = pf_plan_get_inputs (plan)->profile;
  if (!effect->used || !effect->predicted)
    return NULL;
  total = pf_duration_format_change (effect->finish_s);
  hills = pf_duration_format_change (effect->hills_s);
  heat = pf_duration_format_change (effect->heat_s);
  fade = pf_duration_format_change (effect->fade_s);
  /* Translators: the change the runner's own profile makes to the finish by feel, then each
   * part: "Your profile (12 runs) changes the finish by feel by −1:25: hills −1:10, heat
   * −0:20, fade +0:05" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Your profile (%u run) changes the finish by feel by %s: "
                                       "hills %s, heat %s, fade %s",
                                       "Your profile (%u runs) changes the finish by feel by %s: "
                                       "hills %s, heat %s, fade %s",
                                       profile->n_runs_used),
                          profile->n_runs_used, total, hills, heat, fade);
}

/* "Your profile changes the splits by up to +0:12, in the split ending at 23.0 km"; NULL
 * without a profile. */
char *
pf_profile_split_describe (const PfPlan *plan,
                           PfUnitSystem  units)
{
  const PfProfileEffect *effect;
  g_autofree char *change = NULL, *where = NULL;

  g_return_val_if_fail (plan != NULL, NULL);

  effect = pf_plan_get_profile_effect (plan);
  if (!effect->used || pf_plan_get_n_splits (plan) == 0)
    return NULL;
  change = pf_duration_format_change (effect->split_s);
  where = pf_format_distance (units, pf_plan_get_split (plan, effect->split)->end_m);
  /* Translators: the split the runner's profile changes most, and where it ends: "+0:12, in
   * the split ending at 23.0 km" */
  return g_strdup_printf (_("Your profile changes the splits by up to %s, in the split ending "
                            "at %s"), change, where);
}
