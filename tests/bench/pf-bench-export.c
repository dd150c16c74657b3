/* pf-bench-export.c — writing the printed plan as PDF, the work behind Export and Print
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-bench-export"

#include "config.h"

#include <glib/gstdio.h>

#include "core/pacefuel-core.h"
#include "report/pf-report.h"

#define ROUNDS 5

int
main (int    argc,
      char **argv)
{
  g_autofree char *dir = g_dir_make_tmp ("pf-bench-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "plan.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_print ("PDF export benchmark (best of %d)\n", ROUNDS);

  for (int a = 1; a < argc; a++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PfTrack) track = pf_import_path (argv[a], &error);
      g_auto(PfPlanInputs) inputs = { 0 };
      g_autoptr(PfPlan) plan = NULL;
      g_autofree char *name = g_path_get_basename (argv[a]);
      g_autoptr(GFileInfo) info = NULL;
      double best = G_MAXDOUBLE;

      if (track == NULL)
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      pf_plan_inputs_init (&inputs);
      pf_plan_inputs_set_track (&inputs, track);
      plan = pf_plan_compute (&inputs, &error);
      g_assert_no_error (error);
      inputs.goal_time_s = pf_course_get_distance (pf_plan_get_course (plan)) * 0.36;
      g_clear_pointer (&plan, pf_plan_unref);
      plan = pf_plan_compute (&inputs, &error);
      g_assert_no_error (error);

      for (int i = 0; i < ROUNDS; i++)
        {
          gint64 start = g_get_monotonic_time ();

          if (!pf_report_write_pdf (plan, NULL, PF_UNITS_METRIC, PF_PAPER_A4, file, &error))
            g_error ("%s", error->message);
          best = MIN (best, (g_get_monotonic_time () - start) / 1000.0);
        }

      info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                                NULL, NULL);
      g_print ("  %-28s %4u splits  %8.1f ms  (%.0f kB)\n", name, pf_plan_get_n_splits (plan), best,
               info != NULL ? g_file_info_get_size (info) / 1024.0 : 0.0);
    }

  g_unlink (path);
  g_rmdir (dir);
  return 0;
}
