/* pf-gpx-export.h — the course as a GPX track with planned times (a watch's virtual partner)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "core/pf-plan.h"

G_BEGIN_DECLS

char *pf_gpx_export_timed (const PfPlan *plan);

G_END_DECLS
