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

static void
on_export_chooser_response_cb (GtkNativeDialog *chooser,
                               int              response,
                               PfWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GError) error = NULL;

      if (file != NULL && !_pf_window_export (self, self->export_format, self->export_paper,
                                              file, &error))
        _pf_window_show_message (self, _("Could Not Export the Plan"), error->message);
      else if (file != NULL)
        _pf_window_remember_folder (self, file);
    }

  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->export_chooser);
}

static void
choose_export_file (PfWindow *self)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  const char *suffix = pf_export_format_get_suffix (self->export_format);
  g_autofree char *name =
    pf_export_file_name_for (pf_document_get_inputs (self->document)->athlete.name,
                             pf_document_get_title (self->document), suffix);

  _pf_window_dispose_export (self);

  self->export_chooser = gtk_file_chooser_native_new (_("Export Plan"), GTK_WINDOW (self),
                                                      GTK_FILE_CHOOSER_ACTION_SAVE,
                                                      _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->export_chooser), TRUE);
  gtk_file_filter_set_name (filter, pf_export_format_get_label (self->export_format));
  gtk_file_filter_add_mime_type (filter, pf_export_format_get_mime_type (self->export_format));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->export_chooser), filter);
  _pf_window_set_chooser_folder (self, GTK_FILE_CHOOSER (self->export_chooser));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->export_chooser), name);
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
  if (!g_str_equal (response, "export"))
    return;

  self->export_format = pf_export_dialog_get_format (dialog);
  self->export_paper = pf_export_dialog_get_paper (dialog);
  choose_export_file (self);
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

  dialog = pf_export_dialog_new (GTK_WINDOW (self), self->export_format, self->export_paper);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_export_dialog_response_cb),
                           self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
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
