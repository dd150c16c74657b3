/* pf-test-locale.h — a locale the test machine has not generated, made for one test run
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *pf_test_make_locale   (const char  *name,
                             char       **why_not);
void  pf_test_remove_locale (char        *root);

G_END_DECLS
