/* pf-sidebar-page.h — a page with the runner's inputs in a sidebar beside the results
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "pf-document-widget.h"

G_BEGIN_DECLS

#define PF_TYPE_SIDEBAR_PAGE (pf_sidebar_page_get_type ())

G_DECLARE_DERIVABLE_TYPE (PfSidebarPage, pf_sidebar_page, PF, SIDEBAR_PAGE, PfDocumentWidget)

struct _PfSidebarPageClass
{
  PfDocumentWidgetClass parent_class;
};

gboolean      pf_sidebar_page_get_folded          (PfSidebarPage *self);
gboolean      pf_sidebar_page_get_inputs_revealed (PfSidebarPage *self);
void          pf_sidebar_page_set_inputs_revealed (PfSidebarPage *self,
                                                   gboolean       revealed);

/* For subclasses, from their init: the flap of their template, the inputs as its sidebar. */
void          pf_sidebar_page_set_flap            (PfSidebarPage *self,
                                                   AdwFlap       *flap);

G_END_DECLS
