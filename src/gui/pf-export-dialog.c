/* pf-export-dialog.c — Export…: what to write and on which paper, before the file name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-export-dialog"

#include "config.h"

#include "pf-export-dialog.h"


/* Only asks: PfWindow reads the choice on the "export" response, then asks for the file name
 * (a native chooser, which the dialog cannot hold) and writes it. */
struct _PfExportDialog
{
  AdwMessageDialog  parent_instance;

  AdwComboRow      *format_row;
  AdwComboRow      *paper_row;
  GtkStringList    *formats;
};

G_DEFINE_FINAL_TYPE (PfExportDialog, pf_export_dialog, ADW_TYPE_MESSAGE_DIALOG)

/* The paper row's items, in its order. */
static const PfPaper papers[] = { PF_PAPER_A4, PF_PAPER_LETTER };

static void
on_format_row_selected_changed_cb (PfExportDialog *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->paper_row),
                            pf_export_format_is_printed (pf_export_dialog_get_format (self)));
}

static void
pf_export_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PF_TYPE_EXPORT_DIALOG);

  G_OBJECT_CLASS (pf_export_dialog_parent_class)->dispose (object);
}

static void
pf_export_dialog_class_init (PfExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pf_export_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/pf-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PfExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, PfExportDialog, paper_row);
  gtk_widget_class_bind_template_child (widget_class, PfExportDialog, formats);
  gtk_widget_class_bind_template_callback (widget_class, on_format_row_selected_changed_cb);
}

static void
pf_export_dialog_init (PfExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The labels live with the suffixes and types in report/, which the file chooser needs too. */
  for (guint i = 0; i < PF_N_EXPORT_FORMATS; i++)
    gtk_string_list_append (self->formats, pf_export_format_get_label (i));
  on_format_row_selected_changed_cb (self);
}

GtkWidget *
pf_export_dialog_new (GtkWindow      *parent,
                      PfExportFormat  format,
                      PfPaper         paper)
{
  PfExportDialog *self;

  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);

  self = g_object_new (PF_TYPE_EXPORT_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
  pf_export_dialog_set_format (self, format);
  pf_export_dialog_set_paper (self, paper);
  return GTK_WIDGET (self);
}

PfExportFormat
pf_export_dialog_get_format (PfExportDialog *self)
{
  guint selected;

  g_return_val_if_fail (PF_IS_EXPORT_DIALOG (self), PF_EXPORT_PLAN_PDF);

  selected = adw_combo_row_get_selected (self->format_row);
  return selected < PF_N_EXPORT_FORMATS ? (PfExportFormat) selected
                                                  : PF_EXPORT_PLAN_PDF;
}

void
pf_export_dialog_set_format (PfExportDialog *self,
                             PfExportFormat  format)
{
  g_return_if_fail (PF_IS_EXPORT_DIALOG (self));
  g_return_if_fail (format < PF_N_EXPORT_FORMATS);

  adw_combo_row_set_selected (self->format_row, format);
}

PfPaper
pf_export_dialog_get_paper (PfExportDialog *self)
{
  guint selected;

  g_return_val_if_fail (PF_IS_EXPORT_DIALOG (self), PF_PAPER_A4);

  selected = adw_combo_row_get_selected (self->paper_row);
  return selected < G_N_ELEMENTS (papers) ? papers[selected] : PF_PAPER_A4;
}

void
pf_export_dialog_set_paper (PfExportDialog *self,
                            PfPaper         paper)
{
  g_return_if_fail (PF_IS_EXPORT_DIALOG (self));

  for (guint i = 0; i < G_N_ELEMENTS (papers); i++)
    if (papers[i] == paper)
      adw_combo_row_set_selected (self->paper_row, i);
}
