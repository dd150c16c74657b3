/* pf-aid-row.h — one aid station on the Course page: its name, where it is, what it offers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "core/pacefuel-core.h"
#include "report/pf-units.h"

G_BEGIN_DECLS

#define PF_TYPE_AID_ROW (pf_aid_row_get_type ())

G_DECLARE_FINAL_TYPE (PfAidRow, pf_aid_row, PF, AID_ROW, AdwExpanderRow)

GtkWidget       *pf_aid_row_new              (const PfAidStation *station,
                                              PfUnitSystem        units);
double           pf_aid_row_get_distance     (PfAidRow           *self);
gboolean         pf_aid_row_get_from_course  (PfAidRow           *self);
const char      *pf_aid_row_get_name         (PfAidRow           *self);
void             pf_aid_row_set_offers       (PfAidRow           *self,
                                              PfOffers            offers);
void             pf_aid_row_set_distance_error (PfAidRow         *self,
                                                const char       *message);
GtkToggleButton *pf_aid_row_get_offer_toggle (PfAidRow           *self,
                                              PfOffers            offer);

G_END_DECLS
