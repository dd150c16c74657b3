/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Lints a Flatpak manifest without flatpak-builder or a runtime: the things a
 * build machine would only discover after downloading the SDK.
 *
 * Usage: test-flatpak-manifest MANIFEST.json [EXPECTED-APP-ID [INSTALLED.json BINDIR
 *                              DESKTOP.in BUILT.desktop BUILT.metainfo.xml]]
 *
 * With the optional arguments (meson's meson-info/intro-installed.json, the install bindir, the
 * desktop file template and this build's merged desktop file and metainfo) it also checks that
 * the manifest's command is a binary the meson build installs and that the desktop file and the
 * metainfo carry the manifest's app id; the built files only when this build's profile is the
 * manifest's (a development build has the .Devel files).
 */

#define G_LOG_DOMAIN "test-flatpak-manifest"

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#define BASE_APP_ID "io.github.pacefuel.Pacefuel"

static const char *manifest_path;
static const char *expected_app_id = BASE_APP_ID;
static const char *installed_path;
static const char *bindir;
static const char *desktop_template_path;
static const char *built_desktop_path;
static const char *built_metainfo_path;
static JsonObject *manifest;

static const char * const required_finish_args[] = {
  "--share=ipc",
  "--socket=wayland",
  "--socket=fallback-x11",
  "--device=dri",
};

/* Everything the sandbox may grant: the display, GPU rendering, and the network for the
 * forecast. Files come and go through the file chooser and print portals, which need no
 * permission; so does everything else on the session bus a GNOME app talks to. */
static const char * const allowed_finish_args[] = {
  "--share=ipc",
  "--share=network",
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
      gboolean allowed;
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
      /* Portals are reachable without any bus permission; a name here is a hole beside them. */
      if (g_str_has_prefix (arg, "--talk-name") || g_str_has_prefix (arg, "--own-name") ||
          g_str_has_prefix (arg, "--system-talk-name") ||
          g_str_has_prefix (arg, "--system-own-name") ||
          g_strcmp0 (arg, "--socket=session-bus") == 0 ||
          g_strcmp0 (arg, "--socket=system-bus") == 0)
        g_error ("%s: finish-args must not open the D-Bus buses (%s): portals need no permission",
                 manifest_path, arg);
      allowed = FALSE;
      for (guint k = 0; k < G_N_ELEMENTS (allowed_finish_args); k++)
        allowed = allowed || g_strcmp0 (allowed_finish_args[k], arg) == 0;
      if (!allowed)
        g_error ("%s: finish-args grant %s, which Pacefuel does not need", manifest_path, arg);
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

/* flatpak-builder (and Flathub) build offline: no module may ask for the network. */
static void
assert_no_build_network (JsonObject *object,
                         const char *where)
{
  JsonObject *options;
  JsonArray *args;

  if (!json_object_has_member (object, "build-options"))
    return;
  options = json_object_get_object_member (object, "build-options");
  if (options == NULL || !json_object_has_member (options, "build-args"))
    return;
  args = json_object_get_array_member (options, "build-args");
  for (guint i = 0; args != NULL && i < json_array_get_length (args); i++)
    if (g_strcmp0 (json_array_get_string_element (args, i), "--share=network") == 0)
      g_error ("%s: %s builds with --share=network; builds must work offline",
               manifest_path, where);
}

static void
test_build_offline (void)
{
  JsonArray *modules = json_object_get_array_member (manifest, "modules");

  assert_no_build_network (manifest, "the manifest");
  for (guint i = 0; i < json_array_get_length (modules); i++)
    {
      JsonObject *module = json_array_get_object_element (modules, i);

      if (module != NULL)
        assert_no_build_network (module,
                                 json_object_get_string_member_with_default (module, "name",
                                                                             "a module"));
    }
}

/* The command is a program the meson build installs into bindir, under the same name. */
static void
test_command_installed (void)
{
  const char *command = json_object_get_string_member_with_default (manifest, "command", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *wanted = NULL;
  JsonObject *installed;
  g_autoptr(GList) paths = NULL;
  gboolean found = FALSE;

  if (installed_path == NULL)
    {
      g_test_skip ("no meson-info/intro-installed.json given");
      return;
    }

  g_assert_nonnull (command);
  g_assert_null (strchr (command, '/'));
  wanted = g_build_filename (bindir, command, NULL);

  g_assert_true (json_parser_load_from_file (parser, installed_path, &error));
  g_assert_no_error (error);
  installed = json_node_get_object (json_parser_get_root (parser));
  paths = json_object_get_values (installed);
  for (GList *l = paths; l != NULL; l = l->next)
    found = found || g_strcmp0 (json_node_get_string (l->data), wanted) == 0;
  if (!found)
    g_error ("%s: command “%s” is not installed by meson as %s", manifest_path, command,
             wanted);
}

/* The first word of Exec=, without field codes. */
static char *
desktop_exec_program (GKeyFile   *keyfile,
                      const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *exec = g_key_file_get_string (keyfile, G_KEY_FILE_DESKTOP_GROUP,
                                                 G_KEY_FILE_DESKTOP_KEY_EXEC, &error);
  g_auto(GStrv) words = NULL;

  if (exec == NULL)
    g_error ("%s: no Exec: %s", path, error->message);
  g_assert_true (g_shell_parse_argv (exec, NULL, &words, &error));
  g_assert_no_error (error);
  return g_strdup (words[0]);
}

static void
test_desktop_file (void)
{
  const char *command = json_object_get_string_member_with_default (manifest, "command", NULL);
  const char *app_id = manifest_app_id ();
  g_autoptr(GKeyFile) template = g_key_file_new ();
  g_autoptr(GKeyFile) built = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *program = NULL;
  g_autofree char *icon = NULL;
  g_autofree char *built_name = NULL;
  g_autofree char *wanted_name = NULL;

  if (desktop_template_path == NULL)
    {
      g_test_skip ("no desktop file given");
      return;
    }

  /* The template: the manifest's command, and the icon named after the app id by meson. */
  g_assert_true (g_key_file_load_from_file (template, desktop_template_path, G_KEY_FILE_NONE,
                                            &error));
  g_assert_no_error (error);
  program = desktop_exec_program (template, desktop_template_path);
  g_assert_cmpstr (program, ==, command);
  icon = g_key_file_get_string (template, G_KEY_FILE_DESKTOP_GROUP,
                                G_KEY_FILE_DESKTOP_KEY_ICON, NULL);
  g_assert_cmpstr (icon, ==, "@icon@");

  /* Flatpak exports only files named after the app id: this build's desktop file, when its
   * profile is the manifest's. */
  built_name = g_path_get_basename (built_desktop_path);
  wanted_name = g_strconcat (app_id, ".desktop", NULL);
  if (g_strcmp0 (built_name, wanted_name) != 0)
    {
      g_autofree char *why = g_strdup_printf ("this build makes %s, not %s (another profile)",
                                              built_name, wanted_name);

      g_test_skip (why);
      return;
    }
  g_assert_true (g_key_file_load_from_file (built, built_desktop_path, G_KEY_FILE_NONE, &error));
  g_assert_no_error (error);
  g_clear_pointer (&program, g_free);
  g_clear_pointer (&icon, g_free);
  program = desktop_exec_program (built, built_desktop_path);
  g_assert_cmpstr (program, ==, command);
  icon = g_key_file_get_string (built, G_KEY_FILE_DESKTOP_GROUP,
                                G_KEY_FILE_DESKTOP_KEY_ICON, NULL);
  g_assert_cmpstr (icon, ==, app_id);
}

static char *
first_match (const char *text,
             const char *pattern)
{
  g_autoptr(GRegex) regex = g_regex_new (pattern, G_REGEX_DOTALL, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;

  g_assert_nonnull (regex);
  if (!g_regex_match (regex, text, 0, &match))
    return NULL;
  return g_match_info_fetch (match, 1);
}

/* The metainfo of the same id launches the desktop file, and every binary it says the app
 * provides is installed (a software centre offers `pacefuel-cli` in a terminal from it). */
static void
test_metainfo (void)
{
  const char *app_id = manifest_app_id ();
  g_autofree char *text = NULL;
  g_autofree char *id = NULL;
  g_autofree char *launchable = NULL;
  g_autofree char *wanted = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRegex) binary = NULL;
  g_autoptr(GMatchInfo) match = NULL;
  guint n_binaries = 0;

  if (built_metainfo_path == NULL)
    {
      g_test_skip ("no metainfo given");
      return;
    }

  g_assert_true (g_file_get_contents (built_metainfo_path, &text, NULL, &error));
  g_assert_no_error (error);
  id = first_match (text, "<id>\\s*([^<\\s]+)\\s*</id>");
  g_assert_nonnull (id);
  if (g_strcmp0 (id, app_id) != 0)
    {
      g_autofree char *why = g_strdup_printf ("this build's metainfo is %s, not %s "
                                              "(another profile)", id, app_id);

      g_test_skip (why);
      return;
    }

  launchable = first_match (text,
                           "<launchable type=\"desktop-id\">\\s*([^<\\s]+)\\s*</launchable>");
  wanted = g_strconcat (app_id, ".desktop", NULL);
  g_assert_cmpstr (launchable, ==, wanted);

  binary = g_regex_new ("<binary>\\s*([^<\\s]+)\\s*</binary>", 0, 0, NULL);
  for (g_regex_match (binary, text, 0, &match); g_match_info_matches (match);
       g_match_info_next (match, NULL))
    {
      g_autofree char *name = g_match_info_fetch (match, 1);
      g_autofree char *path = g_build_filename (bindir, name, NULL);
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GList) paths = NULL;
      gboolean found = FALSE;

      n_binaries++;
      if (installed_path == NULL)
        continue;
      g_assert_true (json_parser_load_from_file (parser, installed_path, NULL));
      paths = json_object_get_values (json_node_get_object (json_parser_get_root (parser)));
      for (GList *l = paths; l != NULL; l = l->next)
        found = found || g_strcmp0 (json_node_get_string (l->data), path) == 0;
      if (!found)
        g_error ("%s provides the binary “%s”, which meson does not install as %s",
                 built_metainfo_path, name, path);
    }
  g_assert_cmpuint (n_binaries, >, 0);
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

  if (argc < 2 || (argc > 3 && argc != 8))
    {
      g_printerr ("usage: %s MANIFEST.json [EXPECTED-APP-ID [INSTALLED.json BINDIR DESKTOP.in "
                  "BUILT.desktop BUILT.metainfo.xml]]\n", argv[0]);
      return 2;
    }
  manifest_path = argv[1];
  if (argc > 2)
    expected_app_id = argv[2];
  if (argc == 8)
    {
      installed_path = argv[3];
      bindir = argv[4];
      desktop_template_path = argv[5];
      built_desktop_path = argv[6];
      built_metainfo_path = argv[7];
    }

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
  g_test_add_func ("/flatpak-manifest/build-offline", test_build_offline);
  g_test_add_func ("/flatpak-manifest/command-installed", test_command_installed);
  g_test_add_func ("/flatpak-manifest/desktop-file", test_desktop_file);
  g_test_add_func ("/flatpak-manifest/metainfo", test_metainfo);

  ret = g_test_run ();
  manifest = NULL;
  return ret;
}
