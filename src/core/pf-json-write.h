/* pf-json-write.h — members written one way into a JsonBuilder: the plan document, the
 * CLI's JSON and the product catalog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

double pf_json_round        (double        value,
                             double        unit);
void   pf_json_begin_object (JsonBuilder  *builder,
                             const char   *member);
void   pf_json_begin_array  (JsonBuilder  *builder,
                             const char   *member);
void   pf_json_add_number   (JsonBuilder  *builder,
                             double        value);
void   pf_json_add_string   (JsonBuilder  *builder,
                             const char   *member,
                             const char   *value);
void   pf_json_add_int      (JsonBuilder  *builder,
                             const char   *member,
                             gint64        value);
void   pf_json_add_bool     (JsonBuilder  *builder,
                             const char   *member,
                             gboolean      value);
void   pf_json_add_double   (JsonBuilder  *builder,
                             const char   *member,
                             double        value);
void   pf_json_add_rounded  (JsonBuilder  *builder,
                             const char   *member,
                             double        value,
                             double        unit);
void   pf_json_add_doubles  (JsonBuilder  *builder,
                             const char   *member,
                             const GArray *values);
void   pf_json_add_strings  (JsonBuilder  *builder,
                             const char   *member,
                             GPtrArray    *strings);

G_END_DECLS
