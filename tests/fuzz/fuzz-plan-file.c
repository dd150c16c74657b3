/* fuzz-plan-file.c — libFuzzer target: any bytes through the plan-document loader, and a
 * plan computed from whatever it accepts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "core/pacefuel-core.h"
#include "pf-fuzz.h"

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(PfPlan) plan = NULL;

  pf_plan_inputs_init (&inputs);
  if (!pf_plan_file_from_data ((const char *) data, size, "fuzz.pacefuel", &inputs, &error))
    {
      g_assert (error != NULL);
      return 0;
    }

  /* What the loader accepts, the plan either computes or refuses with a message. */
  if (pf_fuzz_track_is_long (inputs.track))
    return 0;
  plan = pf_plan_compute (&inputs, &error);
  g_assert ((plan == NULL) != (error == NULL));
  return 0;
}
