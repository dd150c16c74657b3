/* pf-intake-text.h — one intake of the fuel schedule in words, for every view and printout
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "core/pf-fuel.h"
#include "pf-units.h"

G_BEGIN_DECLS

/* What to drink: "2 cups of sports drink", "150 mL drink", "up to 200 mL water"; "" when
 * the intake holds nothing to drink. */
char *pf_intake_describe_drink (const PfIntake *intake,
                                PfDrinkMode     drink_mode,
                                PfUnitSystem    units);
/* What to eat or swallow: "1 × Energy gel (25 g, 2:1), 1 × Salt capsule"; "" when nothing.
 * @short_names: each product's name without what follows it in brackets ("1 × Energy gel"),
 * for a card. */
char *pf_intake_describe_take  (const PfIntake *intake,
                                gboolean        short_names);
/* "Energy gel (25 g, 2:1)" as a card says it: "Energy gel". */
char *pf_product_short_name    (const PfProduct *product);
/* Both: "200 mL drink + 1 × Energy gel (25 g, 2:1)"; "Nothing" for an empty intake. */
char *pf_intake_describe       (const PfIntake *intake,
                                PfDrinkMode     drink_mode,
                                PfUnitSystem    units);

G_END_DECLS
