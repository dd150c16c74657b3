/* main.c — the pacefuel GUI entry point
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pacefuel"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "gui/pf-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PfApplication) app = NULL;
  const char *localedir = g_getenv ("PACEFUEL_LOCALEDIR");

  setlocale (LC_ALL, "");
  /* PACEFUEL_LOCALEDIR: the build tree's catalogs (<build>/po), for `build-aux/dev run`
   * and tests before anything is installed. */
  if (localedir == NULL || localedir[0] == '\0')
    localedir = LOCALEDIR;
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_application_name (_("Pacefuel"));

  app = pf_application_new (APP_ID, G_APPLICATION_DEFAULT_FLAGS);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
