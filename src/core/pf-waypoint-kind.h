/* pf-waypoint-kind.h — telling aid stations from landmarks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pf-track.h"

G_BEGIN_DECLS

PfWaypointKind pf_waypoint_kind_guess               (const char * const *texts,
                                                     gsize               n_texts);
PfWaypointKind pf_waypoint_kind_from_tcx_point_type (const char         *point_type,
                                                     const char * const *texts,
                                                     gsize               n_texts);

G_END_DECLS
