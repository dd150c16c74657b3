/* main.c — the pacefuel GUI entry point
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pacefuel"

#include "config.h"

#include <glib/gi18n.h>

#include "core/pf-i18n.h"
#include "gui/pf-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PfApplication) app = NULL;

  pf_i18n_init ();

  g_set_application_name (_("Pacefuel"));

  app = pf_application_new (APP_ID, G_APPLICATION_DEFAULT_FLAGS);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
