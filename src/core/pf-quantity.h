/* pf-quantity.h — quantities inside the core's texts, formatted later in the runner's units
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What a quantity measures, and the SI unit it is given in. */
typedef enum
{
  PF_QUANTITY_DISTANCE,          /* metres: km or mi */
  PF_QUANTITY_ELEVATION,         /* metres: m or ft (climb, height above the sea) */
  PF_QUANTITY_MASS,              /* kilograms: kg or lb */
  PF_QUANTITY_HEIGHT,            /* metres: cm, or ft and in */
  PF_QUANTITY_SMALL_VOLUME,      /* litres: mL or fl oz (a cup, a sip, a bottle) */
  PF_QUANTITY_VOLUME,            /* litres: L or fl oz (what is drunk over a race) */
  PF_QUANTITY_FLOW,              /* litres per hour: L/h or fl oz/h */
  PF_QUANTITY_TEMPERATURE,       /* degrees Celsius: °C or °F */
  PF_QUANTITY_TEMPERATURE_DIFF,  /* kelvins: a difference, °C or °F */
  PF_QUANTITY_PACE,              /* seconds per kilometre: /km or /mi */
  PF_QUANTITY_HADLEY,            /* Hadley's temperature + dew point, in °F as he gives it */
  PF_QUANTITY_N_KINDS,
} PfQuantityKind;

/* Formats one quantity; @digits is the number of decimals the text asks for in metric
 * units (a formatter may use fewer or more where the other unit's size calls for it). */
typedef char *(*PfQuantityFormatFunc) (PfQuantityKind kind,
                                       double         quantity,
                                       guint          digits,
                                       gpointer       user_data);

char     *pf_quantity        (PfQuantityKind        kind,
                              double                quantity,
                              guint                 digits);
char     *pf_quantity_expand (const char           *text,
                              PfQuantityFormatFunc  format,
                              gpointer              user_data);
gboolean  pf_quantity_in     (const char           *text);

G_END_DECLS
