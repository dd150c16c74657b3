/* pf-test-locale.c — a locale the test machine has not generated, made for one test run
 *
 * Test machines often have only C.UTF-8. localedef compiles NAME.UTF-8 (de_DE, say) from the
 * sources of the `locales` package into a temporary folder; a test points LOCPATH at it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>

#include "pf-test-locale.h"

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *entry;

  if (dir != NULL)
    {
      while ((entry = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, entry, NULL);

          remove_tree (child);
        }
    }
  g_remove (path);
}

/* Returns: (transfer full) (nullable): the folder for LOCPATH, holding NAME.UTF-8; or NULL
 * with @why_not when localedef or the locale's sources are missing. */
char *
pf_test_make_locale (const char  *name,
                     char       **why_not)
{
  g_autofree char *localedef = g_find_program_in_path ("localedef");
  g_autofree char *source = g_build_filename ("/usr/share/i18n/locales", name, NULL);
  g_autofree char *root = NULL;
  g_autofree char *target = NULL;
  g_autofree char *numeric = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int wait_status = 0;
  const char *argv[] = { NULL, "-i", name, "-f", "UTF-8", NULL, NULL };

  if (localedef == NULL)
    {
      *why_not = g_strdup ("localedef is not installed (package libc-bin / glibc-common)");
      return NULL;
    }
  if (!g_file_test (source, G_FILE_TEST_EXISTS))
    {
      *why_not = g_strdup_printf ("%s is missing (package locales)", source);
      return NULL;
    }

  root = g_dir_make_tmp ("pacefuel-locale-XXXXXX", &error);
  if (root == NULL)
    {
      *why_not = g_strdup (error->message);
      return NULL;
    }
  target = g_strdup_printf ("%s/%s.UTF-8", root, name);
  numeric = g_build_filename (target, "LC_NUMERIC", NULL);
  argv[0] = localedef;
  argv[5] = target;
  /* localedef exits 1 on mere warnings: the compiled files decide. */
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, &err,
                     &wait_status, &error))
    *why_not = g_strdup_printf ("localedef did not run: %s", error->message);
  else if (!g_file_test (numeric, G_FILE_TEST_IS_REGULAR))
    *why_not = g_strdup_printf ("localedef -i %s -f UTF-8 made no locale: %s", name, err);
  else
    return g_steal_pointer (&root);

  remove_tree (root);
  return NULL;
}

/* Removes what pf_test_make_locale made, and frees @root. */
void
pf_test_remove_locale (char *root)
{
  if (root != NULL)
    remove_tree (root);
  g_free (root);
}
