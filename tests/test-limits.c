/* test-limits.c — absurd inputs are refused quickly, with a message, without eating memory
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "core/pacefuel-core.h"
#include "core/pf-json-guard.h"
#include "forecast/pf-forecast.h"

/* A 1 GB file (sparse: it takes no disk) is refused before it is read. */
static void
test_huge_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("pf-limits-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "huge.gpx", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = NULL;
  const char head[] = "<?xml version=\"1.0\"?><gpx version=\"1.1\"><trk><trkseg>";
  gint64 start;
  FILE *f = fopen (path, "w");

  g_assert_nonnull (f);
  fwrite (head, 1, strlen (head), f);
  g_assert_cmpint (ftruncate (fileno (f), (off_t) 1024 * 1024 * 1024), ==, 0);
  fclose (f);

  start = g_get_monotonic_time ();
  track = pf_import_path (path, &error);
  g_assert_null (track);
  g_assert_error (error, PF_IMPORT_ERROR, PF_IMPORT_ERROR_TOO_LARGE);
  g_assert_true (g_str_has_prefix (error->message, path));
  /* Refused on its size: no parsing of a gigabyte (generous even under sanitizers). */
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);

  g_unlink (path);
  g_rmdir (dir);
}

/* More points than any course has: refused with the line where the limit was passed. */
static void
test_too_many_points (void)
{
  g_autoptr(GString) gpx = g_string_sized_new ((PF_IMPORT_MAX_POINTS + 2) * 26 + 200);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = NULL;

  g_string_append (gpx, "<?xml version=\"1.0\"?>\n<gpx version=\"1.1\"><trk><trkseg>\n");
  for (guint i = 0; i <= PF_IMPORT_MAX_POINTS; i++)
    g_string_append (gpx, "<trkpt lat=\"1\" lon=\"1\"/>\n");
  g_string_append (gpx, "</trkseg></trk></gpx>\n");

  bytes = g_bytes_new_static (gpx->str, gpx->len);
  track = pf_import_bytes (bytes, "many.gpx", &error);
  g_assert_null (track);
  g_assert_error (error, PF_IMPORT_ERROR, PF_IMPORT_ERROR_TOO_LARGE);
  g_assert_true (g_str_has_prefix (error->message, "many.gpx:"));
}

/* Ten million points, streamed from the same few kilobytes over and over: refused at the
 * point limit, without holding the 250 MB of text or the points beyond it. */
static void
test_ten_million_points (void)
{
  static const char head[] = "<?xml version=\"1.0\"?>\n<gpx version=\"1.1\"><trk><trkseg>\n";
  static const char tail[] = "</trkseg></trk></gpx>\n";
  g_autoptr(GString) chunk = g_string_new (NULL);
  g_autoptr(GInputStream) stream = g_memory_input_stream_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = NULL;
  gint64 start;

  for (guint i = 0; i < 1000; i++)
    g_string_append_printf (chunk, "<trkpt lat=\"45.%03u\" lon=\"7\"/>\n", i);
  g_memory_input_stream_add_data (G_MEMORY_INPUT_STREAM (stream), head, strlen (head), NULL);
  for (guint i = 0; i < 10000; i++)
    g_memory_input_stream_add_data (G_MEMORY_INPUT_STREAM (stream), chunk->str, chunk->len, NULL);
  g_memory_input_stream_add_data (G_MEMORY_INPUT_STREAM (stream), tail, strlen (tail), NULL);

  start = g_get_monotonic_time ();
  track = pf_import_stream (stream, "ten-million.gpx", NULL, &error);
  g_assert_null (track);
  g_assert_error (error, PF_IMPORT_ERROR, PF_IMPORT_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "2000000"));
  /* The line of the point past the limit, line 2 000 003, not 65535 (16 bits in libxml2's
   * nodes): the parser's line, which runs at most a chunk ahead. */
  {
    const char *colon = strchr (error->message, ':');
    guint64 line = colon != NULL ? g_ascii_strtoull (colon + 1, NULL, 10) : 0;

    g_assert_cmpuint (line, >=, 2000003);
    g_assert_cmpuint (line, <, 2000003 + 1000);
  }
  /* 2 M points read, not 10 M (generous for sanitizers and valgrind). */
  g_assert_cmpint (g_get_monotonic_time () - start, <, 60 * G_USEC_PER_SEC);
}

/* A text longer than any name or description, whole or in pieces between comments
 * (libxml2 caps a single text node, not an element's text): refused with its line. */
static void
test_long_text (void)
{
  for (guint pieces = 1; pieces <= 64; pieces *= 64)
    {
      g_autoptr(GString) gpx = g_string_new ("<?xml version=\"1.0\"?>\n<gpx version=\"1.1\">\n"
                                             "<wpt lat=\"45\" lon=\"7\"><name>");
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(PfTrack) track = NULL;

      for (guint i = 0; i < pieces; i++)
        {
          for (guint k = 0; k < (PF_IMPORT_MAX_TEXT_LENGTH + 1) / pieces + 1; k++)
            g_string_append_c (gpx, 'a' + k % 26);
          g_string_append (gpx, "<!-- -->");
        }
      g_string_append (gpx, "</name></wpt>\n<wpt lat=\"45.1\" lon=\"7\"/>\n</gpx>\n");

      bytes = g_bytes_new_static (gpx->str, gpx->len);
      track = pf_import_bytes (bytes, "long.gpx", &error);
      g_assert_null (track);
      g_assert_error (error, PF_IMPORT_ERROR, PF_IMPORT_ERROR_TOO_LARGE);
      g_assert_true (g_str_has_prefix (error->message, "long.gpx:3: "));
      g_assert_nonnull (strstr (error->message, "64 kB"));
    }

  /* Just at the limit it is a (long) name. */
  {
    g_autoptr(GString) gpx = g_string_new ("<?xml version=\"1.0\"?>\n<gpx version=\"1.1\">\n"
                                           "<wpt lat=\"45\" lon=\"7\"><name>");
    g_autoptr(GBytes) bytes = NULL;
    g_autoptr(GError) error = NULL;
    g_autoptr(PfTrack) track = NULL;

    for (guint k = 0; k < PF_IMPORT_MAX_TEXT_LENGTH; k++)
      g_string_append_c (gpx, 'a');
    g_string_append (gpx, "</name></wpt>\n<wpt lat=\"45.1\" lon=\"7\"/>\n</gpx>\n");
    bytes = g_bytes_new_static (gpx->str, gpx->len);
    track = pf_import_bytes (bytes, "long.gpx", &error);
    g_assert_no_error (error);
    g_assert_nonnull (track);
  }
}

/* A document whose first element has a name of 50 000 characters is named in a line. */
static void
test_long_root_name (void)
{
  g_autoptr(GString) xml = g_string_new ("<?xml version=\"1.0\"?>\n<");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = NULL;

  for (guint k = 0; k < 40000; k++)
    g_string_append_c (xml, 'k');
  g_string_append (xml, "/>\n");
  bytes = g_bytes_new_static (xml->str, xml->len);
  track = pf_import_bytes (bytes, "kml.gpx", &error);
  g_assert_null (track);
  g_assert_error (error, PF_IMPORT_ERROR, PF_IMPORT_ERROR_UNKNOWN_FORMAT);
  g_assert_cmpuint (strlen (error->message), <, 300);
}

static const char plan_head[] = "{\"format_version\": 1, \"course\": {\"points\": [";

/* A 1 GB plan file (sparse) is refused on its size, before it is read. */
static void
test_huge_plan_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("pf-limits-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "huge.pacefuel", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(GError) error = NULL;
  gint64 start;
  FILE *f = fopen (path, "w");

  g_assert_nonnull (f);
  fwrite (plan_head, 1, strlen (plan_head), f);
  g_assert_cmpint (ftruncate (fileno (f), (off_t) 1024 * 1024 * 1024), ==, 0);
  fclose (f);

  pf_plan_inputs_init (&inputs);
  start = g_get_monotonic_time ();
  g_assert_false (pf_plan_file_load (file, &inputs, NULL, &error));
  g_assert_error (error, PF_PLAN_FILE_ERROR, PF_PLAN_FILE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "too large"));
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
  g_assert_null (inputs.track);

  g_unlink (path);
  g_rmdir (dir);
}

/* Ten million points in 100 MB of plan: json-glib would take gigabytes and a minute to build
 * it; refused from one look over the text. */
static void
test_ten_million_point_plan (void)
{
  static const char point[] = "[0,0,0,0],";
  static const char tail[] = "[0,0,0,0]]}}";
  gsize length = strlen (plan_head) + 10000000 * strlen (point) + strlen (tail);
  g_autofree char *data = g_malloc (length);
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(GError) error = NULL;
  char *p = data;
  gint64 start;

  memcpy (p, plan_head, strlen (plan_head));
  p += strlen (plan_head);
  for (guint i = 0; i < 10000000; i++, p += strlen (point))
    memcpy (p, point, strlen (point));
  memcpy (p, tail, strlen (tail));

  pf_plan_inputs_init (&inputs);
  start = g_get_monotonic_time ();
  g_assert_false (pf_plan_file_from_data (data, length, "many.pacefuel", &inputs, &error));
  g_assert_error (error, PF_PLAN_FILE_ERROR, PF_PLAN_FILE_ERROR_CORRUPT);
  g_assert_true (g_str_has_prefix (error->message, "many.pacefuel: "));
  g_assert_nonnull (strstr (error->message, "2000000 points"));
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
}

/* More points than the importer takes, in a plan small enough to parse: refused too. */
static void
test_plan_too_many_points (void)
{
  g_autoptr(GString) json = g_string_new (plan_head);
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i <= PF_IMPORT_MAX_POINTS; i++)
    g_string_append (json, "[0,0,0,0],");
  g_string_truncate (json, json->len - 1);
  g_string_append (json, "]}}");

  pf_plan_inputs_init (&inputs);
  g_assert_false (pf_plan_file_from_data (json->str, json->len, "many.pacefuel", &inputs, &error));
  g_assert_error (error, PF_PLAN_FILE_ERROR, PF_PLAN_FILE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "more than 2000000 points"));
}

/* json-glib recurses once per level: a few thousand "[" overflowed the stack (a crash on
 * opening a plan, a catalog or a forecast answer). */
static void
test_deep_nesting (void)
{
  g_autoptr(GString) deep = g_string_new (NULL);
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(PfForecast) forecast = NULL;
  g_autofree char *dir = g_dir_make_tmp ("pf-limits-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "products.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GArray) products = pf_product_array_new ();

  g_string_append (deep, "{\"products\": ");
  for (guint i = 0; i < 1000000; i++)
    g_string_append_c (deep, '[');

  pf_plan_inputs_init (&inputs);
  g_assert_false (pf_plan_file_from_data (deep->str, deep->len, "deep.pacefuel", &inputs, &error));
  g_assert_error (error, PF_PLAN_FILE_ERROR, PF_PLAN_FILE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "nested too deep"));
  g_clear_error (&error);

  forecast = pf_forecast_parse (deep->str, deep->len, &error);
  g_assert_null (forecast);
  g_assert_error (error, PF_FORECAST_ERROR, PF_FORECAST_ERROR_MALFORMED);
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (path, deep->str, deep->len, NULL));
  g_assert_false (pf_product_catalog_load (file, products, &error));
  g_assert_error (error, PF_PLAN_ERROR, PF_PLAN_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "nested too deep"));
  g_assert_cmpuint (products->len, ==, 0);

  /* Strings are not nesting: brackets inside them do not count. */
  g_assert_cmpint (pf_json_guard_check ("[\"[[[[\\\"[[[\"]", 13, 2, 100), ==, PF_JSON_GUARD_OK);
  g_assert_cmpint (pf_json_guard_check ("[[[]]]", 6, 2, 100), ==, PF_JSON_GUARD_TOO_DEEP);
  g_assert_cmpint (pf_json_guard_check ("[1,2,3]", 7, 2, 3), ==, PF_JSON_GUARD_TOO_MANY_VALUES);

  g_unlink (path);
  g_rmdir (dir);
}

/* Texts in a plan document (names, comments, notes, the forecast's source) keep the
 * importer's limit. */
static void
test_plan_long_text (void)
{
  /* Each a document cut where the text goes. */
  static const char *const where[][2] = {
    { "{\"format_version\": 1, \"course\": {\"name\": \"",
      "\", \"points\": [[45,7,0,0],[45.01,7,0,0]]}}" },
    { "{\"format_version\": 1, \"course\": {\"points\": [[45,7,0,0],[45.01,7,0,0]], "
        "\"waypoints\": [{\"lat\": 45, \"lon\": 7, \"name\": \"",
      "\"}]}}" },
    { "{\"format_version\": 1, \"course\": {\"points\": [[45,7,0,0],[45.01,7,0,0]], "
        "\"notes\": [\"",
      "\"]}}" },
    { "{\"format_version\": 1, \"course\": {\"points\": [[45,7,0,0],[45.01,7,0,0]]}, "
        "\"conditions\": {\"forecast\": {\"source\": \"",
      "\"}}}" },
  };
  g_autofree char *text = g_strnfill (PF_IMPORT_MAX_TEXT_LENGTH + 1, 'x');

  for (guint i = 0; i < G_N_ELEMENTS (where); i++)
    {
      g_autofree char *json = g_strconcat (where[i][0], text, where[i][1], NULL);
      g_autofree char *fits = g_strconcat (where[i][0], text + 1, where[i][1], NULL);
      g_auto(PfPlanInputs) inputs = { 0 };
      g_autoptr(GError) error = NULL;

      pf_plan_inputs_init (&inputs);
      g_assert_false (pf_plan_file_from_data (json, strlen (json), "long.pacefuel", &inputs,
                                              &error));
      g_assert_error (error, PF_PLAN_FILE_ERROR, PF_PLAN_FILE_ERROR_CORRUPT);
      g_assert_nonnull (strstr (error->message, "64 kB"));
      g_clear_error (&error);

      g_assert_true (pf_plan_file_from_data (fits, strlen (fits), "long.pacefuel", &inputs,
                                             &error));
      g_assert_no_error (error);
    }
}

/* A runner's own product: a name of at most 100 characters, and a message that quotes no
 * more than the start of a longer one. */
static void
test_product_name (void)
{
  g_autoptr(GString) name = g_string_new (NULL);
  PfProduct product = { .id = "mine", .carbs_g = 20.0, .glucose_g = 10.0 };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < PF_PRODUCT_MAX_NAME_LENGTH; i++)
    g_string_append (name, "é");
  product.name = name->str;
  g_assert_true (pf_product_check (&product, &error));
  g_assert_no_error (error);

  g_string_append (name, "é");
  product.name = name->str;
  g_assert_false (pf_product_check (&product, &error));
  g_assert_error (error, PF_PLAN_ERROR, PF_PLAN_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "100 characters"));
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_cmpuint (g_utf8_strlen (error->message, -1), <, 150);
  g_clear_error (&error);

  /* A short name is quoted whole (the quoting once read past its end). */
  product.name = "Gel";
  product.carbs_g = 500.0;
  g_assert_false (pf_product_check (&product, &error));
  g_assert_true (g_str_has_suffix (error->message, "(Gel)"));
  g_clear_error (&error);
  product.carbs_g = 20.0;

  product.name = "caf\xc3";
  g_assert_false (pf_product_check (&product, &error));
  g_assert_error (error, PF_PLAN_ERROR, PF_PLAN_ERROR_INVALID);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
}

/* The weather service's reason for a refusal is shown: at most 200 characters of it. */
static void
test_forecast_reason (void)
{
  g_autofree char *reason = g_strnfill (100000, 'r');
  g_autofree char *json = g_strdup_printf ("{\"error\": true, \"reason\": \"%s\"}", reason);
  g_autoptr(GError) error = NULL;
  g_autoptr(PfForecast) forecast = pf_forecast_parse (json, strlen (json), &error);
  const char *shown;

  g_assert_null (forecast);
  g_assert_error (error, PF_FORECAST_ERROR, PF_FORECAST_ERROR_HTTP);
  shown = strstr (error->message, "rrr");
  g_assert_nonnull (shown);
  g_assert_cmpuint (g_utf8_strlen (shown, -1), ==, PF_FORECAST_MAX_REASON_LENGTH + 1);
  g_assert_true (g_str_has_suffix (error->message, "…"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/limits/huge-file", test_huge_file);
  g_test_add_func ("/limits/too-many-points", test_too_many_points);
  g_test_add_func ("/limits/ten-million-points", test_ten_million_points);
  g_test_add_func ("/limits/long-text", test_long_text);
  g_test_add_func ("/limits/long-root-name", test_long_root_name);
  g_test_add_func ("/limits/huge-plan-file", test_huge_plan_file);
  g_test_add_func ("/limits/ten-million-point-plan", test_ten_million_point_plan);
  g_test_add_func ("/limits/plan-too-many-points", test_plan_too_many_points);
  g_test_add_func ("/limits/deep-nesting", test_deep_nesting);
  g_test_add_func ("/limits/plan-long-text", test_plan_long_text);
  g_test_add_func ("/limits/product-name", test_product_name);
  g_test_add_func ("/limits/forecast-reason", test_forecast_reason);

  return g_test_run ();
}
