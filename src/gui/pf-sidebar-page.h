/* pf-sidebar-page.h — a page with the runner's inputs in a sidebar beside the results
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "pf-document.h"
#include "report/pf-units.h"

G_BEGIN_DECLS

#define PF_TYPE_SIDEBAR_PAGE (pf_sidebar_page_get_type ())

G_DECLARE_DERIVABLE_TYPE (PfSidebarPage, pf_sidebar_page, PF, SIDEBAR_PAGE, GtkWidget)

struct _PfSidebarPageClass
{
  GtkWidgetClass parent_class;

  /* Optional: pass a new document (or NULL) on to the page's editors, for a page whose
   * template does not bind their "document" to the page's. */
  void (*document_changed) (PfSidebarPage *self,
                            PfDocument    *document);
  /* Optional: pass new units on to the page's editors and views, for a page whose template
   * does not bind their "units" to the page's. */
  void (*units_changed)    (PfSidebarPage *self,
                            PfUnitSystem   units);
  /* Show @plan, NULL without a course: after a new plan, document or units. */
  void (*show_plan)        (PfSidebarPage *self,
                            PfPlan        *plan);
};

PfDocument   *pf_sidebar_page_get_document        (PfSidebarPage *self);
void          pf_sidebar_page_set_document        (PfSidebarPage *self,
                                                   PfDocument    *document);
PfUnitSystem  pf_sidebar_page_get_units           (PfSidebarPage *self);
void          pf_sidebar_page_set_units           (PfSidebarPage *self,
                                                   PfUnitSystem   units);
gboolean      pf_sidebar_page_get_folded          (PfSidebarPage *self);
gboolean      pf_sidebar_page_get_inputs_revealed (PfSidebarPage *self);
void          pf_sidebar_page_set_inputs_revealed (PfSidebarPage *self,
                                                   gboolean       revealed);

/* For subclasses, from their init: the flap of their template, the inputs as its sidebar. */
void          pf_sidebar_page_set_flap            (PfSidebarPage *self,
                                                   AdwFlap       *flap);

G_END_DECLS
