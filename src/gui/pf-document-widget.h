/* pf-document-widget.h — a widget that shows or edits one document, in the window's units
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "pf-document.h"
#include "report/pf-units.h"

G_BEGIN_DECLS

#define PF_TYPE_DOCUMENT_WIDGET (pf_document_widget_get_type ())

G_DECLARE_DERIVABLE_TYPE (PfDocumentWidget, pf_document_widget, PF, DOCUMENT_WIDGET, GtkWidget)

struct _PfDocumentWidgetClass
{
  GtkWidgetClass parent_class;

  /* Optional: show the document's plan (NULL without a document or a course) after it
   * changed, and by default after a new document or new units. */
  void (*plan_changed)     (PfDocumentWidget *self,
                            PfPlan           *plan);
  /* Another document (or none) was set. By default: plan_changed. */
  void (*document_changed) (PfDocumentWidget *self);
  /* The units changed. By default: plan_changed. */
  void (*units_changed)    (PfDocumentWidget *self);
  /* Optional: the document opened another plan, or loaded a course. */
  void (*file_changed)     (PfDocumentWidget *self);
};

PfDocument   *pf_document_widget_get_document (PfDocumentWidget *self);
void          pf_document_widget_set_document (PfDocumentWidget *self,
                                               PfDocument       *document);
PfUnitSystem  pf_document_widget_get_units    (PfDocumentWidget *self);
void          pf_document_widget_set_units    (PfDocumentWidget *self,
                                               PfUnitSystem      units);
PfPlan       *pf_document_widget_get_plan     (PfDocumentWidget *self);

/* For subclasses that follow more of the document's signals. */
GSignalGroup *pf_document_widget_get_signals  (PfDocumentWidget *self);

G_END_DECLS
