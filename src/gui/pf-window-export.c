/* pf-window-export.c — PfWindow's printouts: Print (the print dialog) and Export…
 *
 * Export… asks PfExportDialog for the format and paper, then a native chooser for the file, and
 * hands the rest to pf_export_write, which `pacefuel-cli export` uses too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-window"

#include "config.h"

#include "pf-window.h"
#include "pf-window-private.h"

#include <glib/gi18n.h>

#include "pf-export-dialog.h"

/* ---- printing --------------------------------------------------------------------------- */

static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   PfWindow          *self)
{
  PfPlan *plan = pf_document_get_plan (self->document);
  double width_pt, height_pt;
  PfReport *report;

  /* The context measures in device units at its resolution; the report draws in points. */
  width_pt = gtk_print_context_get_width (context) * 72.0 / gtk_print_context_get_dpi_x (context);
  height_pt = gtk_print_context_get_height (context) * 72.0 / gtk_print_context_get_dpi_y (context);
  report = pf_report_new (plan, pf_document_get_title (self->document),
                          self->units, width_pt, height_pt);
  g_object_set_data_full (G_OBJECT (operation), "pf-report", report,
                          (GDestroyNotify) pf_report_free);
  gtk_print_operation_set_n_pages (operation, pf_report_get_n_pages (report));
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page,
                 PfWindow          *self)
{
  PfReport *report = g_object_get_data (G_OBJECT (operation), "pf-report");
  cairo_t *cr = gtk_print_context_get_cairo_context (context);

  cairo_save (cr);
  cairo_scale (cr, gtk_print_context_get_dpi_x (context) / 72.0,
               gtk_print_context_get_dpi_y (context) / 72.0);
  pf_report_draw_page (report, cr, page);
  cairo_restore (cr);
}

/* The paper-size preference; "auto", and a window without settings, follow the locale. */
static PfPaper
preferred_paper (PfWindow *self)
{
  g_autofree char *paper = NULL;

  if (self->settings != NULL)
    paper = g_settings_get_string (self->settings, "paper-size");

  if (g_strcmp0 (paper, "a4") == 0)
    return PF_PAPER_A4;
  if (g_strcmp0 (paper, "letter") == 0)
    return PF_PAPER_LETTER;
  return pf_units_from_locale () == PF_UNITS_IMPERIAL ? PF_PAPER_LETTER : PF_PAPER_A4;
}

GtkPrintOperation *
_pf_window_new_print_operation (PfWindow *self)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) page_setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) paper = NULL;

  paper = gtk_paper_size_new (preferred_paper (self) == PF_PAPER_LETTER
                              ? GTK_PAPER_NAME_LETTER : GTK_PAPER_NAME_A4);
  gtk_page_setup_set_paper_size_and_default_margins (page_setup, paper);

  /* The report keeps its own margins: the page is the whole sheet. */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_default_page_setup (operation, page_setup);
  gtk_print_operation_set_job_name (operation, pf_document_get_title (self->document));
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect_object (operation, "begin-print", G_CALLBACK (on_begin_print_cb), self, 0);
  g_signal_connect_object (operation, "draw-page", G_CALLBACK (on_draw_page_cb), self, 0);
  return operation;
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PfWindow *self = PF_WINDOW (widget);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  if (pf_document_get_plan (self->document) == NULL)
    return;

  operation = _pf_window_new_print_operation (self);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_WINDOW (self), &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    _pf_window_show_message (self, _("Could Not Print the Plan"), error->message);
}

/* ---- exporting -------------------------------------------------------------------------- */

gboolean
_pf_window_export (PfWindow        *self,
                   PfExportFormat   format,
                   PfPaper          paper,
                   GFile           *file,
                   GError         **error)
{
  PfPlan *plan;

  g_return_val_if_fail (PF_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  plan = pf_document_get_plan (self->document);
  if (plan == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           _("There is no plan to export yet"));
      return FALSE;
    }

  return pf_export_write (plan, format, pf_document_get_title (self->document), self->units,
                          paper, file, error);
}

/* The name Export offers for @suffix: the athlete's, then the plan's title. */
static char *
export_file_name (PfWindow   *self,
                  const char *suffix)
{
  return pf_export_file_name_for (pf_document_get_inputs (self->document)->athlete.name,
                                  pf_document_get_title (self->document), suffix);
}

/* Says what was written, with a way to the folder: the runner's next step is to open it. */
static void
toast_exported (PfWindow *self,
                GFile    *folder,
                guint     n_files,
                GFile    *file)
{
  AdwToast *toast;
  g_autofree char *title = NULL;
  g_autofree char *uri = g_file_get_uri (folder);

  if (n_files == 1)
    {
      g_autofree char *name = g_file_get_basename (file);

      /* Translators: %s is the name of the file just written */
      title = g_strdup_printf (_("Exported “%s”"), name);
    }
  else
    {
      title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Exported %u file",
                                            "Exported %u files", n_files), n_files);
    }
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Open Folder"));
  adw_toast_set_action_name (toast, "win.open-folder");
  adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Writes every format of self->export_formats into @folder under its suggested name; stops at
 * the first that fails (each is written whole or not at all) and says which. */
static void
export_into (PfWindow *self,
             GFile    *folder)
{
  g_autoptr(GFile) last = NULL;
  guint n_files = 0;

  for (guint i = 0; i < PF_N_EXPORT_FORMATS; i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GFile) file = NULL;
      g_autoptr(GError) error = NULL;

      if (!(self->export_formats & PF_EXPORT_FORMAT_BIT (i)))
        continue;
      name = export_file_name (self, pf_export_format_get_suffix (i));
      file = g_file_get_child (folder, name);
      if (!_pf_window_export (self, i, self->export_paper, file, &error))
        {
          _pf_window_show_message (self, _("Could Not Export the Plan"), error->message);
          return;
        }
      g_set_object (&last, file);
      n_files++;
    }
  if (n_files > 0)
    {
      _pf_window_remember_folder (self, last);
      toast_exported (self, folder, n_files, last);
    }
}

static void
on_replace_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        PfWindow         *self)
{
  GFile *folder = g_object_get_data (G_OBJECT (dialog), "pf-folder");

  if (g_str_equal (response, "replace"))
    export_into (self, folder);
}

/* Several formats into @folder: files already there under those names are replaced only when
 * the runner says so, nothing is lost unasked. */
static void
export_into_folder (PfWindow *self,
                    GFile    *folder)
{
  g_autoptr(GString) existing = g_string_new (NULL);
  guint n_existing = 0;
  AdwMessageDialog *dialog;
  g_autofree char *heading = NULL;

  for (guint i = 0; i < PF_N_EXPORT_FORMATS; i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GFile) file = NULL;

      if (!(self->export_formats & PF_EXPORT_FORMAT_BIT (i)))
        continue;
      name = export_file_name (self, pf_export_format_get_suffix (i));
      file = g_file_get_child (folder, name);
      if (g_file_query_exists (file, NULL))
        {
          g_string_append_printf (existing, "%s%s", n_existing > 0 ? "\n" : "", name);
          n_existing++;
        }
    }
  if (n_existing == 0)
    {
      export_into (self, folder);
      return;
    }

  heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Replace %u File?",
                                          "Replace %u Files?", n_existing), n_existing);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading,
                                                       existing->str));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"),
                                    "replace", _("_Replace"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "replace", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "pf-folder", g_object_ref (folder),
                          g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_replace_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_export_chooser_response_cb (GtkNativeDialog *chooser,
                               int              response,
                               PfWindow        *self)
{
  gboolean to_folder = gtk_file_chooser_get_action (GTK_FILE_CHOOSER (chooser))
                       == GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER;
  g_autoptr(GFile) file = response == GTK_RESPONSE_ACCEPT
                          ? gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser)) : NULL;

  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->export_chooser);
  if (file == NULL)
    return;

  if (to_folder)
    {
      export_into_folder (self, file);
    }
  else
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GFile) folder = g_file_get_parent (file);
      PfExportFormat format = g_bit_nth_lsf (self->export_formats, -1);

      /* The chooser asked before replacing the one file. */
      if (!_pf_window_export (self, format, self->export_paper, file, &error))
        {
          _pf_window_show_message (self, _("Could Not Export the Plan"), error->message);
          return;
        }
      _pf_window_remember_folder (self, file);
      toast_exported (self, folder, 1, file);
    }
}

/* One format: its file, with the name and type suggested; several: a folder, where each gets
 * its suggested name. */
static void
choose_export_target (PfWindow *self)
{
  gboolean several = (self->export_formats & (self->export_formats - 1)) != 0;

  _pf_window_dispose_export (self);

  if (several)
    {
      self->export_chooser = gtk_file_chooser_native_new (_("Export Plan Into a Folder"),
                                                          GTK_WINDOW (self),
                                                          GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                                          _("_Export Here"), _("_Cancel"));
      _pf_window_set_chooser_folder (self, GTK_FILE_CHOOSER (self->export_chooser));
    }
  else
    {
      PfExportFormat format = g_bit_nth_lsf (self->export_formats, -1);
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
      g_autofree char *name = export_file_name (self, pf_export_format_get_suffix (format));

      self->export_chooser = gtk_file_chooser_native_new (_("Export Plan"), GTK_WINDOW (self),
                                                          GTK_FILE_CHOOSER_ACTION_SAVE,
                                                          _("_Export"), _("_Cancel"));
      gtk_file_filter_set_name (filter, pf_export_format_get_label (format));
      gtk_file_filter_add_mime_type (filter, pf_export_format_get_mime_type (format));
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->export_chooser), filter);
      _pf_window_set_chooser_folder (self, GTK_FILE_CHOOSER (self->export_chooser));
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->export_chooser), name);
    }
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->export_chooser), TRUE);
  g_signal_connect (self->export_chooser, "response",
                    G_CALLBACK (on_export_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->export_chooser));
}

/* The choice stays with the window: the next Export… offers it again. */
static void
on_export_dialog_response_cb (PfExportDialog *dialog,
                              const char     *response,
                              PfWindow       *self)
{
  if (!g_str_equal (response, "export") || pf_export_dialog_get_formats (dialog) == 0)
    return;

  self->export_formats = pf_export_dialog_get_formats (dialog);
  self->export_paper = pf_export_dialog_get_paper (dialog);
  choose_export_target (self);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PfWindow *self = PF_WINDOW (widget);
  GtkWidget *dialog;

  if (pf_document_get_plan (self->document) == NULL)
    return;

  /* The race sheet, the page a runner takes to the start, until the runner has chosen. */
  if (self->export_formats == 0)
    self->export_formats = PF_EXPORT_FORMAT_BIT (PF_EXPORT_RACE_SHEET_PDF);
  dialog = pf_export_dialog_new (GTK_WINDOW (self), self->export_formats, self->export_paper);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_export_dialog_response_cb),
                           self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The toast's Open Folder. */
static void
open_folder_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  gtk_show_uri (GTK_WINDOW (widget), g_variant_get_string (parameter, NULL), GDK_CURRENT_TIME);
}

/* ---- the window's part ------------------------------------------------------------------ */

/* Export… offers the preferred paper again once the preference changes. */
static void
on_paper_size_changed_cb (PfWindow *self)
{
  self->export_paper = preferred_paper (self);
}

void
_pf_window_class_init_export (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.open-folder", "s", open_folder_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "win.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "win.export", NULL);
}

/* Once the window has its settings (or knows it has none). */
void
_pf_window_follow_paper_setting (PfWindow *self)
{
  /* Connected before the first read: GSettings only reports changes to keys read since. */
  if (self->settings != NULL)
    g_signal_connect_object (self->settings, "changed::paper-size",
                             G_CALLBACK (on_paper_size_changed_cb), self, G_CONNECT_SWAPPED);
  on_paper_size_changed_cb (self);
}

void
_pf_window_dispose_export (PfWindow *self)
{
  if (self->export_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->export_chooser));
  g_clear_object (&self->export_chooser);
}
