/* pf-warnings.h — where the plan asks more than training, heat or the gut can give
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _PfPlan PfPlan;

typedef enum
{
  PF_SEVERITY_INFO,
  PF_SEVERITY_WARNING,
  PF_SEVERITY_DANGER,
} PfSeverity;

typedef struct
{
  const char *id;        /* stable: "heat", "late-hills", … */
  PfSeverity  severity;
  double      from_m;    /* the stretch of course it concerns */
  double      to_m;
  char       *message;   /* what: one sentence with the numbers */
  char       *reason;    /* why, with its source */
  char       *action;    /* what to do */
} PfWarning;

GArray     *pf_warnings_compute       (const PfPlan *plan);
const char *pf_severity_to_string     (PfSeverity    severity);

G_END_DECLS
