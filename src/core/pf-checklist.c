/* pf-checklist.c
 *
 * The contributing factors a runner can act on before the race, from the articles this
 * product grew from (docs/science.md §9): cramps are mainly a neuromuscular-fatigue phenomenon
 * (Schwellnus 2004/2008), so most questions are about training and the day itself.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-checklist"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pf-checklist.h"

static const struct
{
  const char *id;
  const char *question;
} checks[PF_N_CHECKS] = {
  { "medications", N_("Have you checked that none of your medications lists muscle cramps among its side effects?") },
  { "sleep", N_("Have you slept well in the nights before the race?") },
  { "goal-pace-training", N_("Have you run long stretches at your goal pace in training?") },
  { "strength", N_("Have you done strength and plyometric work in the last months?") },
  { "carb-loading", N_("Will you load carbohydrate in the two days before the race?") },
  { "fuel-plan", N_("Have you practised this fluid and fuel plan in training?") },
  { "heat-plan", N_("Do you have a plan for a hotter day than forecast (slower pace, more drink)?") },
  { "nerves", N_("Do you have a way to calm pre-race nerves so that you do not start too fast?") },
};

const char *
pf_check_id (PfCheck check)
{
  g_return_val_if_fail (check < PF_N_CHECKS, NULL);

  return checks[check].id;
}

const char *
pf_check_question (PfCheck check)
{
  g_return_val_if_fail (check < PF_N_CHECKS, NULL);

  return _(checks[check].question);
}

gboolean
pf_check_from_id (const char *id,
                  PfCheck    *check)
{
  for (guint i = 0; i < PF_N_CHECKS; i++)
    {
      if (g_strcmp0 (id, checks[i].id) == 0)
        {
          *check = (PfCheck) i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
pf_answer_to_string (PfAnswer answer)
{
  switch (answer)
    {
    case PF_ANSWER_YES:
      return "yes";
    case PF_ANSWER_NO:
      return "no";
    case PF_ANSWER_NONE:
    default:
      return "unanswered";
    }
}

/* What to do when a cramp comes, printed with the plan. */
const char *
pf_cramp_response (void)
{
  return _("If a cramp comes: stop and stretch the muscle gently, massage it, drink an "
           "electrolyte–carbohydrate drink (fluids take 13 minutes or more to be absorbed), then "
           "go on at a slower pace. Persistent or severe cramping needs a medical check.");
}
