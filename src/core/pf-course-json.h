/* pf-course-json.h — the course summary as JSON (the CLI's contract, later the plan file)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "pf-course.h"

G_BEGIN_DECLS

JsonNode *pf_course_summary_to_json (const PfCourse *course);

G_END_DECLS
