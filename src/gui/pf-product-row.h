/* pf-product-row.h — one of the runner's own products as a row: name, label values, star, remove
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "core/pf-product.h"
#include "report/pf-units.h"

G_BEGIN_DECLS

GtkWidget *pf_product_row_new (const PfProduct *product,
                               const char      *used,
                               gboolean         saved,
                               guint            index,
                               PfUnitSystem     units);
char      *pf_product_row_describe_brief (const PfProduct *product,
                                          PfUnitSystem     units);

G_END_DECLS
