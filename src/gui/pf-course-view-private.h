/* pf-course-view-private.h — what the UI tests and pf-shot do inside the Course page that a
 * user does by looking for a row (widgets themselves are reached as template children)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pf-aid-row.h"
#include "pf-aid-section.h"

G_BEGIN_DECLS

/* The row of the station at @distance_m (within 1 m), or NULL. */
PfAidRow        *_pf_aid_section_get_row          (PfAidSection *self,
                                                   double        distance_m);
/* The toggle for @offer on the row of the station at @distance_m (within 1 m). */
GtkToggleButton *_pf_aid_section_get_offer_toggle (PfAidSection *self,
                                                   double        distance_m,
                                                   PfOffers      offer);

G_END_DECLS
