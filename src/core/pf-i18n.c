/* pf-i18n.c — the locale and the message catalogs, for every entry point
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-i18n"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

#include "pf-i18n.h"

/* Takes the user's locale and finds our catalogs: installed ones under LOCALEDIR, or those of
 * the build tree (<build>/po) when PACEFUEL_LOCALEDIR names them, so `build-aux/dev run`, the
 * tests and the screenshot tools speak the user's language before anything is installed.
 * Messages are UTF-8 whatever the locale's charset. */
void
pf_i18n_init (void)
{
  const char *localedir = g_getenv ("PACEFUEL_LOCALEDIR");

  if (localedir == NULL || localedir[0] == '\0')
    localedir = LOCALEDIR;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}
