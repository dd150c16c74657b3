/* pf-gui-enums.c — GTypes for the report's plain C enums
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-gui-enums"

#include "config.h"

#include "pf-gui-enums.h"

/* Written by hand: glib-mkenums would include report/pf-units.h by its bare name, which the
 * GUI's include path must not resolve (src/report also holds a pf-profile-chart.h). */
GType
pf_unit_system_get_type (void)
{
  static gsize type_id;

  if (g_once_init_enter (&type_id))
    {
      static const GEnumValue values[] = {
        { PF_UNITS_METRIC, "PF_UNITS_METRIC", "metric" },
        { PF_UNITS_IMPERIAL, "PF_UNITS_IMPERIAL", "imperial" },
        { 0, NULL, NULL },
      };
      GType id = g_enum_register_static (g_intern_static_string ("PfUnitSystem"), values);

      g_once_init_leave (&type_id, id);
    }

  return type_id;
}
