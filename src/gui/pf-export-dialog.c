/* pf-export-dialog.c — Export…: what to write (one format or several) and on which paper
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-export-dialog"

#include "config.h"

#include "pf-export-dialog.h"


/* Only asks: PfWindow reads the choice on the "export" response, then asks for the file name
 * (one format) or the folder (several) — a native chooser, which the dialog cannot hold — and
 * writes them. */
struct _PfExportDialog
{
  AdwMessageDialog  parent_instance;

  GtkListBox       *formats_list;
  AdwComboRow      *paper_row;
  GtkCheckButton   *checks[PF_N_EXPORT_FORMATS];
};

G_DEFINE_FINAL_TYPE (PfExportDialog, pf_export_dialog, ADW_TYPE_MESSAGE_DIALOG)

/* The paper row's items, in its order. */
static const PfPaper papers[] = { PF_PAPER_A4, PF_PAPER_LETTER, PF_PAPER_A4_LANDSCAPE,
                                  PF_PAPER_LETTER_LANDSCAPE };

/* Paper matters only to a printed format; nothing to export, nothing to press. */
static void
on_check_toggled_cb (PfExportDialog *self)
{
  guint formats = pf_export_dialog_get_formats (self);
  gboolean printed = FALSE;

  for (guint i = 0; i < PF_N_EXPORT_FORMATS; i++)
    printed |= (formats & PF_EXPORT_FORMAT_BIT (i)) && pf_export_format_is_printed (i);
  gtk_widget_set_sensitive (GTK_WIDGET (self->paper_row), printed);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "export", formats != 0);
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
  gtk_widget_class_bind_template_child (widget_class, PfExportDialog, formats_list);
  gtk_widget_class_bind_template_child (widget_class, PfExportDialog, paper_row);
}

static void
pf_export_dialog_init (PfExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The labels live with the suffixes and types in report/, which the file chooser needs too. */
  for (guint i = 0; i < PF_N_EXPORT_FORMATS; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pf_export_format_get_label (i));
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      pf_export_format_get_label (i), -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_signal_connect_object (check, "toggled", G_CALLBACK (on_check_toggled_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_list_box_append (self->formats_list, row);
      self->checks[i] = GTK_CHECK_BUTTON (check);
    }
  on_check_toggled_cb (self);
}

/* Asks which of the formats to write (@formats, PF_EXPORT_FORMAT_BIT of each, ticked at
 * first) and on which paper. */
GtkWidget *
pf_export_dialog_new (GtkWindow *parent,
                      guint      formats,
                      PfPaper    paper)
{
  PfExportDialog *self;

  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);

  self = g_object_new (PF_TYPE_EXPORT_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
  pf_export_dialog_set_formats (self, formats);
  pf_export_dialog_set_paper (self, paper);
  return GTK_WIDGET (self);
}

/* The formats ticked, PF_EXPORT_FORMAT_BIT of each. */
guint
pf_export_dialog_get_formats (PfExportDialog *self)
{
  guint formats = 0;

  g_return_val_if_fail (PF_IS_EXPORT_DIALOG (self), 0);

  for (guint i = 0; i < PF_N_EXPORT_FORMATS; i++)
    if (gtk_check_button_get_active (self->checks[i]))
      formats |= PF_EXPORT_FORMAT_BIT (i);
  return formats;
}

void
pf_export_dialog_set_formats (PfExportDialog *self,
                              guint           formats)
{
  g_return_if_fail (PF_IS_EXPORT_DIALOG (self));

  for (guint i = 0; i < PF_N_EXPORT_FORMATS; i++)
    gtk_check_button_set_active (self->checks[i], (formats & PF_EXPORT_FORMAT_BIT (i)) != 0);
}

/* The tick box of @format, as the runner clicks it. */
GtkCheckButton *
pf_export_dialog_get_check (PfExportDialog *self,
                            PfExportFormat  format)
{
  g_return_val_if_fail (PF_IS_EXPORT_DIALOG (self), NULL);
  g_return_val_if_fail (format < PF_N_EXPORT_FORMATS, NULL);

  return self->checks[format];
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
