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

#include "core/pf-file-write.h"

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
  [PF_EXPORT_RACE_SHEET_PDF] = { N_("Race Sheet (PDF)"), "-race-sheet.pdf", "application/pdf" },
  [PF_EXPORT_RACE_CARD_PDF] = { N_("Race Card, 10 × 7 cm (PDF)"), "-race-card.pdf",
                                "application/pdf" },
  [PF_EXPORT_PLAN_PDF]      = { N_("Full Plan (PDF)"), ".pdf", "application/pdf" },
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
  return format == PF_EXPORT_RACE_SHEET_PDF || format == PF_EXPORT_RACE_CARD_PDF
         || format == PF_EXPORT_PLAN_PDF || format == PF_EXPORT_PACE_BAND_PDF;
}

/* The name a chooser offers: the plan's title, or "Plan", then @suffix (".pdf", ".pacefuel"). */
char *
pf_export_file_name (const char *title,
                     const char *suffix)
{
  return pf_export_file_name_for (NULL, title, suffix);
}

/* Longest name offered, in bytes with the suffix: file systems allow 255, and a name from a
 * long athlete's name and a long course's still leaves room for a copy's " (2)". */
#define FILE_NAME_MAX 200

/* The name a chooser offers for @athlete's plan: "Jane Doe — Berlin Marathon.pdf". The
 * athlete first, so a coach's folder of ten plans sorts by runner; not twice when @title
 * already starts with the name (a plan saved under the name offered here). Characters a file
 * name cannot hold on any system the plan may be sent to (/ \ : * ? " < > |, control
 * characters) become "-", runs of spaces one, and the name neither starts with a dot (hidden)
 * nor ends with one or a space (refused on Windows). */
char *
pf_export_file_name_for (const char *athlete,
                         const char *title,
                         const char *suffix)
{
  g_autofree char *valid_title = NULL;
  g_autofree char *joined = NULL;
  g_autoptr(GString) name = g_string_new (NULL);
  gsize max;

  g_return_val_if_fail (suffix != NULL, NULL);

  valid_title = g_utf8_make_valid (title != NULL ? title : "", -1);
  g_strstrip (valid_title);
  if (athlete != NULL && *athlete != '\0')
    {
      g_autofree char *valid_athlete = g_strstrip (g_utf8_make_valid (athlete, -1));

      if (*valid_title == '\0' || g_str_has_prefix (valid_title, valid_athlete))
        joined = g_strdup (*valid_title != '\0' ? valid_title : valid_athlete);
      else
        joined = g_strconcat (valid_athlete, " — ", valid_title, NULL);
    }
  else
    joined = g_strdup (valid_title);

  max = FILE_NAME_MAX > strlen (suffix) ? FILE_NAME_MAX - strlen (suffix) : 0;
  for (const char *p = joined; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        c = ' ';
      else if (g_unichar_iscntrl (c) || (c < 128 && strchr ("/\\:*?\"<>|", (int) c) != NULL))
        c = '-';
      if (c == ' ' && (name->len == 0 || name->str[name->len - 1] == ' '))
        continue;
      if (c == '.' && name->len == 0)
        continue;
      if (name->len + g_unichar_to_utf8 (c, NULL) > max)
        break;
      g_string_append_unichar (name, c);
    }
  while (name->len > 0 && (name->str[name->len - 1] == ' ' || name->str[name->len - 1] == '.'))
    g_string_truncate (name, name->len - 1);
  if (name->len == 0)
    g_string_assign (name, _("Plan"));

  g_string_append (name, suffix);
  return g_string_free (g_steal_pointer (&name), FALSE);
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

  if (!pf_file_write_atomic (file, data, length, PF_FILE_WRITE_NONE, NULL, &local_error))
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
    case PF_EXPORT_RACE_SHEET_PDF:
      return pf_race_sheet_write_pdf (plan, title, units, paper, file, error);
    case PF_EXPORT_RACE_CARD_PDF:
      return pf_race_card_write_pdf (plan, title, units, paper, file, error);
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
