/* pf-cli.h — the subcommands of pacefuel-cli
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "report/pf-units.h"

G_BEGIN_DECLS

/* Exit statuses: the command-line contract (README, DESIGN.md). */
#define PF_EXIT_OK          0
#define PF_EXIT_BAD_INPUT   1
#define PF_EXIT_BAD_USAGE   2

int  pf_cli_course          (int          argc,
                             char       **argv);
int  pf_cli_plan            (int          argc,
                             char       **argv);
int  pf_cli_predict         (int          argc,
                             char       **argv);
int  pf_cli_export          (int          argc,
                             char       **argv);
int  pf_cli_batch           (int          argc,
                             char       **argv);
int  pf_cli_profile         (int          argc,
                             char       **argv);

void pf_cli_print_error     (const char  *format,
                             ...) G_GNUC_PRINTF (1, 2);
int  pf_cli_usage_error     (const char  *command,
                             const char  *format,
                             ...) G_GNUC_PRINTF (2, 3);
void pf_cli_print_json      (JsonNode    *root);
gboolean pf_cli_parse_distance (const char *text,
                                double     *metres);
gboolean pf_cli_parse_race     (const char *text,
                                double     *distance_m,
                                double     *time_s);
gboolean pf_cli_read_units     (const char   *command,
                                const char   *text,
                                PfUnitSystem *units);
gboolean pf_cli_check_out_name (const char   *command,
                                const char   *option,
                                const char   *value);

G_END_DECLS
