/* pf-gui-enums.h — GTypes for the report's plain C enums, so widgets can use them as properties
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "report/pf-units.h"

G_BEGIN_DECLS

#define PF_TYPE_UNIT_SYSTEM (pf_unit_system_get_type ())

GType pf_unit_system_get_type (void) G_GNUC_CONST;

G_END_DECLS
