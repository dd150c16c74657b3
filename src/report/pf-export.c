/* pf-export.c — every file a plan can be exported to, written one way for the window and the CLI
 *
 * Export… in the window and `pacefuel-cli export` write the same files: this is the one
 * place that knows them — their label, the suffix that follows the plan's name, their MIME
 * type, whether paper matters — and that writes them, whole or not at all.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-export"

#include "config.h"

#include "pf-export.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pf-csv.h"
#include "pf-fit-course.h"
#include "pf-gpx-export.h"
#include "pf-tcx-course.h"

/* The label also names the file chooser's filter; the suffix follows the plan's name. */
static const struct
{
  const char *label;
  const char *suffix;
  const char *mime_type;
} export_formats[] = {
  [PF_EXPORT_PLAN_PDF]      = { N_("Printed Plan (PDF)"), ".pdf", "application/pdf" },
  [PF_EXPORT_PACE_BAND_PDF] = { N_("Pace Band (PDF)"), "-pace-band.pdf", "application/pdf" },
  [PF_EXPORT_SPLITS_CSV]    = { N_("Splits (CSV)"), "-splits.csv", "text/csv" },
  [PF_EXPORT_SCHEDULE_CSV]  = { N_("Fuel Schedule (CSV)"), "-schedule.csv", "text/csv" },
  [PF_EXPORT_TIMED_GPX]     = { N_("Course with Planned Times (GPX)"), ".gpx",
                                "application/gpx+xml" },
  [PF_EXPORT_FIT_COURSE]    = { N_("Watch Course (FIT)"), "-course.fit", "application/vnd.ant.fit" },
  [PF_EXPORT_TCX_COURSE]    = { N_("Watch Course (TCX)"), "-course.tcx",
                                "application/vnd.garmin.tcx+xml" },
};

G_STATIC_ASSERT (G_N_ELEMENTS (export_formats) == PF_N_EXPORT_FORMATS);

const char *
pf_export_format_get_label (PfExportFormat format)
{
  g_return_val_if_fail (format < PF_N_EXPORT_FORMATS, NULL);

  return _(export_formats[format].label);
}

const char *
pf_export_format_get_suffix (PfExportFormat format)
{
  g_return_val_if_fail (format < PF_N_EXPORT_FORMATS, NULL);

  return export_formats[format].suffix;
}

const char *
pf_export_format_get_mime_type (PfExportFormat format)
{
  g_return_val_if_fail (format < PF_N_EXPORT_FORMATS, NULL);

  return export_formats[format].mime_type;
}

/* Paper only matters for what is laid out in pages. */
gboolean
pf_export_format_is_printed (PfExportFormat format)
{
  return format == PF_EXPORT_PLAN_PDF || format == PF_EXPORT_PACE_BAND_PDF;
}

/* The name a chooser offers: the plan's title, or "Plan", then @suffix (".pdf", ".pacefuel"). */
char *
pf_export_file_name (const char *title,
                     const char *suffix)
{
  g_autofree char *name = g_strdup (title != NULL && *title != '\0' ? title : _("Plan"));

  g_return_val_if_fail (suffix != NULL, NULL);

  /* A course name may hold characters a file name cannot. */
  g_strdelimit (name, "/\\:", '-');
  return g_strconcat (name, suffix, NULL);
}

/* Written beside the target and renamed over it: never a half-written file. The message names
 * the file, since the CLI writes several in one run. The printed plan and the pace band are
 * saved this way too, once made in memory. */
gboolean
pf_export_replace_contents (GFile       *file,
                            const char  *data,
                            gsize        length,
                            GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  if (!g_file_replace_contents (file, data, length, NULL, FALSE, G_FILE_CREATE_NONE,
                                NULL, NULL, &local_error))
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, G_IO_ERROR, local_error->code, _("Could not write %s: %s"), name,
                   local_error->message);
      return FALSE;
    }

  return TRUE;
}

/* Writes @plan to @file as @format. @title heads the printouts (NULL: the course's name);
 * @units and @paper matter to the PDFs only. The PDFs are made in memory first, so on any
 * failure @file is as it was. */
gboolean
pf_export_write (const PfPlan    *plan,
                 PfExportFormat   format,
                 const char      *title,
                 PfUnitSystem     units,
                 PfPaper          paper,
                 GFile           *file,
                 GError         **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (plan != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  switch (format)
    {
    case PF_EXPORT_PLAN_PDF:
      return pf_report_write_pdf (plan, title, units, paper, file, error);
    case PF_EXPORT_PACE_BAND_PDF:
      return pf_pace_band_write_pdf (plan, title, units, paper, file, error);
    case PF_EXPORT_SPLITS_CSV:
      text = pf_csv_splits (plan);
      break;
    case PF_EXPORT_SCHEDULE_CSV:
      text = pf_csv_schedule (plan);
      break;
    case PF_EXPORT_TIMED_GPX:
      text = pf_gpx_export_timed (plan);
      break;
    case PF_EXPORT_FIT_COURSE:
      {
        g_autoptr(GBytes) bytes = pf_fit_course_write (plan, title);
        gsize size;
        const char *data = g_bytes_get_data (bytes, &size);

        return pf_export_replace_contents (file, data, size, error);
      }
    case PF_EXPORT_TCX_COURSE:
      text = pf_tcx_course_write (plan, title);
      break;
    default:
      g_return_val_if_reached (FALSE);
    }

  return pf_export_replace_contents (file, text, strlen (text), error);
}
