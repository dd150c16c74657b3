/* pf-test-util.h — what every test shares: its data files, a scratch home, running pacefuel-cli
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* What a test program exits with when it cannot run here (no display, no locale): meson counts
 * it as skipped. */
#define PF_TEST_EXIT_SKIPPED 77

const char *pf_test_data_dir          (void);
char       *pf_test_data_path         (const char  *name);
GBytes     *pf_test_data_bytes        (const char  *name);
char       *pf_test_shared_path       (const char  *first_element,
                                       ...) G_GNUC_NULL_TERMINATED;
GBytes     *pf_test_recorded_forecast (const char  *start_date);

char       *pf_test_make_user_dirs    (const char  *tmpl);
void        pf_test_remove_tree       (const char  *path);

void        pf_test_wait_until_idle   (gpointer     object);

char       *pf_test_catalog_name      (guint        i);
void        pf_test_write_catalog     (const char  *path,
                                       guint        n_products);

/* One run of pacefuel-cli. */
typedef struct
{
  int   status;  /* the exit status: 0 ok, 1 bad input, 2 bad usage */
  char *out;
  char *err;
} PfTestCliRun;

void        pf_test_cli_run_clear  (PfTestCliRun        *run);
gboolean    pf_test_cli_runv       (PfTestCliRun        *run,
                                    const char * const  *env,
                                    const char * const  *args);
gboolean    pf_test_cli_run        (PfTestCliRun        *run,
                                    ...) G_GNUC_NULL_TERMINATED;
gboolean    pf_test_cli_run_valist (PfTestCliRun        *run,
                                    const char * const  *env,
                                    va_list              args);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PfTestCliRun, pf_test_cli_run_clear)

G_END_DECLS
