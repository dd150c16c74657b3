/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Lints a Flatpak manifest without flatpak-builder or a runtime: the things a
 * build machine would only discover after downloading the SDK.
 *
 * Usage: test-flatpak-manifest MANIFEST.json [EXPECTED-APP-ID]
 */

#define G_LOG_DOMAIN "test-flatpak-manifest"

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#define BASE_APP_ID "io.github.pacefuel.Pacefuel"

static const char *manifest_path;
static const char *expected_app_id = BASE_APP_ID;
static JsonObject *manifest;

static const char * const required_finish_args[] = {
  "--share=ipc",
  "--socket=wayland",
  "--socket=fallback-x11",
  "--device=dri",
};

static const char *
manifest_app_id (void)
{
  /* flatpak-builder accepts both spellings; a manifest with two disagreeing ids is broken. */
  const char *app_id = json_object_get_string_member_with_default (manifest, "app-id", NULL);
  const char *id = json_object_get_string_member_with_default (manifest, "id", NULL);

  if (app_id != NULL && id != NULL)
    g_assert_cmpstr (app_id, ==, id);

  return app_id != NULL ? app_id : id;
}

static void
test_app_id (void)
{
  const char *app_id = manifest_app_id ();

  g_assert_nonnull (app_id);
  g_assert_cmpstr (app_id, ==, expected_app_id);
  g_assert_true (g_application_id_is_valid (app_id));
}

static void
test_command (void)
{
  g_assert_cmpstr (json_object_get_string_member_with_default (manifest, "command", NULL),
                   ==, "pacefuel");
}

static void
test_runtime (void)
{
  const char *version;

  g_assert_cmpstr (json_object_get_string_member_with_default (manifest, "runtime", NULL),
                   ==, "org.gnome.Platform");
  g_assert_cmpstr (json_object_get_string_member_with_default (manifest, "sdk", NULL),
                   ==, "org.gnome.Sdk");

  /* A GNOME runtime version is a plain major number ("49") or "master"; a number here
   * would be silently turned into something else by a YAML round trip. */
  g_assert_true (json_object_has_member (manifest, "runtime-version"));
  g_assert_cmpint (json_node_get_value_type (json_object_get_member (manifest, "runtime-version")),
                   ==, G_TYPE_STRING);
  version = json_object_get_string_member (manifest, "runtime-version");
  g_assert_true (g_strcmp0 (version, "master") == 0 ||
                 (version[0] != '\0' && strspn (version, "0123456789") == strlen (version)));
}

static gboolean
finish_args_contain (JsonArray  *finish_args,
                     const char *wanted)
{
  for (guint i = 0; i < json_array_get_length (finish_args); i++)
    if (g_strcmp0 (json_array_get_string_element (finish_args, i), wanted) == 0)
      return TRUE;
  return FALSE;
}

static void
test_finish_args (void)
{
  JsonArray *finish_args;
  guint n_network = 0;

  g_assert_true (json_object_has_member (manifest, "finish-args"));
  finish_args = json_object_get_array_member (manifest, "finish-args");
  g_assert_nonnull (finish_args);

  for (guint i = 0; i < G_N_ELEMENTS (required_finish_args); i++)
    {
      if (!finish_args_contain (finish_args, required_finish_args[i]))
        g_error ("%s: finish-args lack %s", manifest_path, required_finish_args[i]);
    }

  for (guint i = 0; i < json_array_get_length (finish_args); i++)
    {
      JsonNode *node = json_array_get_element (finish_args, i);
      const char *arg;

      g_assert_cmpint (json_node_get_value_type (node), ==, G_TYPE_STRING);
      arg = json_node_get_string (node);

      /* Files come through the portals; the sandbox grants no file system access. */
      if (g_str_has_prefix (arg, "--filesystem"))
        g_error ("%s: finish-args must not grant %s (files go through portals)",
                 manifest_path, arg);
      /* The X11 socket only as a fallback, or Wayland sessions get X11 access too. */
      if (g_strcmp0 (arg, "--socket=x11") == 0)
        g_error ("%s: use --socket=fallback-x11, not %s", manifest_path, arg);
      /* The weather forecast is the only thing that needs the network. */
      if (g_strcmp0 (arg, "--share=network") == 0)
        n_network++;
      if (g_strcmp0 (arg, "--device=all") == 0 ||
          g_str_has_prefix (arg, "--talk-name=org.freedesktop.Flatpak"))
        g_error ("%s: finish-args grant too much: %s", manifest_path, arg);
    }

  if (n_network != 1)
    g_error ("%s: finish-args need --share=network exactly once (for the forecast), not %u times",
             manifest_path, n_network);
}

static void
test_modules (void)
{
  JsonArray *modules;
  JsonObject *last;
  JsonArray *sources;
  guint n;

  g_assert_true (json_object_has_member (manifest, "modules"));
  modules = json_object_get_array_member (manifest, "modules");
  g_assert_nonnull (modules);
  n = json_array_get_length (modules);
  g_assert_cmpuint (n, >, 0);

  /* flatpak-builder builds modules in order: the application itself comes last. */
  g_assert_cmpint (json_node_get_node_type (json_array_get_element (modules, n - 1)),
                   ==, JSON_NODE_OBJECT);
  last = json_array_get_object_element (modules, n - 1);
  g_assert_cmpstr (json_object_get_string_member_with_default (last, "name", NULL),
                   ==, "pacefuel");
  g_assert_cmpstr (json_object_get_string_member_with_default (last, "buildsystem", NULL),
                   ==, "meson");

  g_assert_true (json_object_has_member (last, "sources"));
  sources = json_object_get_array_member (last, "sources");
  g_assert_nonnull (sources);
  g_assert_cmpuint (json_array_get_length (sources), >, 0);
  for (guint i = 0; i < json_array_get_length (sources); i++)
    {
      JsonObject *source = json_array_get_object_element (sources, i);

      g_assert_nonnull (source);
      g_assert_nonnull (json_object_get_string_member_with_default (source, "type", NULL));
    }
}

static void
test_profile_matches_app_id (void)
{
  JsonArray *modules = json_object_get_array_member (manifest, "modules");
  JsonObject *last = json_array_get_object_element (modules, json_array_get_length (modules) - 1);
  JsonArray *opts;
  const char *wanted;
  gboolean found = FALSE;

  /* The build profile decides the id baked into the binary (APP_ID); it must agree with
   * the manifest, or the exported desktop file and icons carry the wrong name. */
  wanted = g_str_has_suffix (manifest_app_id (), ".Devel")
           ? "-Dprofile=development" : "-Dprofile=default";

  g_assert_true (json_object_has_member (last, "config-opts"));
  opts = json_object_get_array_member (last, "config-opts");
  g_assert_nonnull (opts);
  for (guint i = 0; i < json_array_get_length (opts); i++)
    {
      const char *opt = json_array_get_string_element (opts, i);

      if (g_str_has_prefix (opt, "-Dprofile="))
        {
          g_assert_cmpstr (opt, ==, wanted);
          found = TRUE;
        }
    }
  g_assert_true (found);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) error = NULL;
  JsonNode *root;
  int ret;

  g_test_init (&argc, &argv, NULL);

  if (argc < 2)
    {
      g_printerr ("usage: %s MANIFEST.json [EXPECTED-APP-ID]\n", argv[0]);
      return 2;
    }
  manifest_path = argv[1];
  if (argc > 2)
    expected_app_id = argv[2];

  parser = json_parser_new ();
  if (!json_parser_load_from_file (parser, manifest_path, &error))
    g_error ("%s: not valid JSON: %s", manifest_path, error->message);
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    g_error ("%s: the top level is not a JSON object", manifest_path);
  manifest = json_node_get_object (root);

  g_test_add_func ("/flatpak-manifest/app-id", test_app_id);
  g_test_add_func ("/flatpak-manifest/command", test_command);
  g_test_add_func ("/flatpak-manifest/runtime", test_runtime);
  g_test_add_func ("/flatpak-manifest/finish-args", test_finish_args);
  g_test_add_func ("/flatpak-manifest/modules", test_modules);
  g_test_add_func ("/flatpak-manifest/profile", test_profile_matches_app_id);

  ret = g_test_run ();
  manifest = NULL;
  return ret;
}
