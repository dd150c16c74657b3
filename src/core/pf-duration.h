/* pf-duration.h — race times and clock times as people type and read them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean pf_duration_parse     (const char *text,
                                double     *seconds);
char    *pf_duration_format    (double      seconds);
char    *pf_pace_format        (double      seconds_per_unit);
gboolean pf_start_time_parse   (const char *text,
                                gint64     *local_time);

G_END_DECLS
