/* pf-json-write.c
 *
 * Every JSON Pacefuel writes is built member by member with JsonBuilder; these are the few
 * shapes a member takes, so that a number that is not one (NAN, an infinity) is written the
 * same way everywhere: as null, never as json-glib's "nan.0", which no reader accepts.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-json-write"

#include "config.h"

#include <math.h>

#include "pf-json-write.h"

/* @value to the nearest multiple of @unit: metres to the centimetre, degrees to about a
 * centimetre; more digits in the output would be noise. */
double
pf_json_round (double value,
               double unit)
{
  return round (value / unit) * unit;
}

/* A member holding an object, or an array: end it with json_builder_end_object () or
 * json_builder_end_array (). */
void
pf_json_begin_object (JsonBuilder *builder,
                      const char  *member)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_object (builder);
}

void
pf_json_begin_array (JsonBuilder *builder,
                     const char  *member)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
}

/* NULL is written as null. */
void
pf_json_add_string (JsonBuilder *builder,
                    const char  *member,
                    const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

void
pf_json_add_int (JsonBuilder *builder,
                 const char  *member,
                 gint64       value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_int_value (builder, value);
}

void
pf_json_add_bool (JsonBuilder *builder,
                  const char  *member,
                  gboolean     value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_boolean_value (builder, value);
}

/* A number as an element of an array; null when not finite. */
void
pf_json_add_number (JsonBuilder *builder,
                    double       value)
{
  if (isfinite (value))
    json_builder_add_double_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

/* Exactly (the plan document keeps every digit); null when not finite. */
void
pf_json_add_double (JsonBuilder *builder,
                    const char  *member,
                    double       value)
{
  json_builder_set_member_name (builder, member);
  pf_json_add_number (builder, value);
}

/* Rounded to @unit (pf_json_round); null when not finite. */
void
pf_json_add_rounded (JsonBuilder *builder,
                     const char  *member,
                     double       value,
                     double       unit)
{
  json_builder_set_member_name (builder, member);
  pf_json_add_number (builder, pf_json_round (value, unit));
}

/* An array of numbers (@values holds doubles), exactly; empty when @values is NULL. */
void
pf_json_add_doubles (JsonBuilder  *builder,
                     const char   *member,
                     const GArray *values)
{
  pf_json_begin_array (builder, member);
  for (guint i = 0; values != NULL && i < values->len; i++)
    pf_json_add_number (builder, g_array_index (values, double, i));
  json_builder_end_array (builder);
}

/* An array of texts (notes, messages); empty when @strings is NULL. */
void
pf_json_add_strings (JsonBuilder *builder,
                     const char  *member,
                     GPtrArray   *strings)
{
  pf_json_begin_array (builder, member);
  for (guint i = 0; strings != NULL && i < strings->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (strings, i));
  json_builder_end_array (builder);
}
