/* pf-cli-batch.c — `pacefuel-cli batch ROSTER.csv COURSE [plan options] --out DIR`: a squad at once
 *
 * Each row of the roster is an athlete; each column but "name" is a `plan` option by its long
 * name ("mass", "sweat-rate", "goal", "from-race", "cramp-prone"…), so that a roster can hold
 * anything `plan` takes and means by it what `plan` means. The options after COURSE apply to
 * every athlete, and a row's own values come after them, so the row wins. Each athlete is
 * planned and exported by this same program, run as a child for each: one athlete's refusal
 * never stops the others, and every rule is the one `plan` and `export` apply. A bad row is
 * reported with its line and skipped; the others go on, and the exit status says whether any
 * was skipped.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-cli-batch"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <math.h>
#include <glib/gstdio.h>
#include <string.h>

#include "pf-cli.h"
#include "core/pacefuel-core.h"
#include "report/pf-export.h"

/* A roster is a squad, not a census: more rows than this is a file mixed up with another. */
#define MAX_ATHLETES 500

/* A cell that switches a flag of `plan` on. */
static gboolean
is_yes (const char *value)
{
  static const char * const yes[] = { "yes", "y", "true", "1", "x" };

  for (guint i = 0; i < G_N_ELEMENTS (yes); i++)
    if (g_ascii_strcasecmp (value, yes[i]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_no (const char *value)
{
  static const char * const no[] = { "no", "n", "false", "0", "" };

  for (guint i = 0; i < G_N_ELEMENTS (no); i++)
    if (g_ascii_strcasecmp (value, no[i]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_blank (const char *line)
{
  for (const char *p = line; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;
  return TRUE;
}

/* The options of `plan` that take no value. */
static gboolean
is_flag (const char *option)
{
  return g_str_equal (option, "cramp-prone") || g_str_equal (option, "acclimatised");
}

/* One line of CSV (RFC 4180: commas, double quotes, "" for a quote inside quotes) into its
 * cells; NULL when a quote is left open. Lines end at the caller's split: a roster's cells do
 * not hold line breaks. */
static GStrv
split_csv_line (const char *line)
{
  g_autoptr(GStrvBuilder) cells = g_strv_builder_new ();
  g_autoptr(GString) cell = g_string_new (NULL);
  gboolean quoted = FALSE;

  for (const char *p = line; *p != '\0' && *p != '\r'; p++)
    {
      if (quoted && *p == '"' && p[1] == '"')
        g_string_append_c (cell, *p++);
      else if (*p == '"' && (quoted || cell->len == 0))
        quoted = !quoted;
      else if (*p == ',' && !quoted)
        {
          g_strv_builder_add (cells, g_strstrip (cell->str));
          g_string_truncate (cell, 0);
        }
      else
        g_string_append_c (cell, *p);
    }
  if (quoted)
    return NULL;
  g_strv_builder_add (cells, g_strstrip (cell->str));
  return g_strv_builder_end (cells);
}

/* An athlete's folder: their name as a file name can hold it. */
static char *
folder_name (const char *name)
{
  char *folder = pf_export_file_name (name, "");

  g_strdelimit (folder, "\t\n\r", ' ');
  return g_str_equal (folder, ".") || g_str_equal (folder, "..") ? g_strdup ("_") : folder;
}

/* Runs this program with @args; its output in @out (may be NULL), its first error line in
 * @message. */
static gboolean
run_self (GPtrArray  *args,
          char      **out,
          char      **message)
{
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_ptr_array_add (args, NULL);
  if (!g_spawn_sync (NULL, (char **) args->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, out, &err,
                     &status, &error))
    {
      *message = g_strdup (error->message);
      return FALSE;
    }
  if (!g_spawn_check_wait_status (status, NULL))
    {
      /* "pacefuel-cli: FILE:LINE: problem" or "pacefuel-cli plan: problem": the problem. */
      g_auto(GStrv) lines = g_strsplit (err != NULL ? err : "", "\n", 2);
      const char *text = lines[0] != NULL ? lines[0] : "";
      const char *colon = strstr (text, ": ");

      if (colon != NULL)
        text = colon + 2;
      *message = g_strdup (*text != '\0' ? text : _("the plan could not be made"));
      return FALSE;
    }
  return TRUE;
}

typedef struct
{
  char   *name;
  double  finish_s;
  guint   n_warnings;
  gboolean feasible;
} Done;

static void
done_clear (gpointer data)
{
  g_free (((Done *) data)->name);
}

/* The summary `plan --json` gives: the finish, the warnings, whether the fuel plan can be
 * raced as set. */
static void
read_summary (const char *json,
              Done       *done)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root, *feasibility;

  done->finish_s = NAN;
  if (json == NULL || !json_parser_load_from_data (parser, json, -1, NULL)
      || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return;
  root = json_node_get_object (json_parser_get_root (parser));
  done->finish_s = json_object_get_double_member_with_default (root, "finish_s", NAN);
  if (json_object_has_member (root, "warnings")
      && JSON_NODE_HOLDS_ARRAY (json_object_get_member (root, "warnings")))
    done->n_warnings = json_array_get_length (json_object_get_array_member (root, "warnings"));
  feasibility = json_object_get_object_member (root, "feasibility");
  done->feasible = feasibility == NULL
                   || json_object_get_boolean_member_with_default (feasibility, "feasible", TRUE);
}

int
pf_cli_batch (int    argc,
              char **argv)
{
  g_autofree char *out_dir = NULL;
  g_autofree char *units = NULL;
  g_autofree char *paper = NULL;
  const GOptionEntry entries[] = {
    { "out", 0, 0, G_OPTION_ARG_FILENAME, &out_dir,
      N_("The folder to write into: a folder per athlete"), N_("DIR") },
    { "units", 0, 0, G_OPTION_ARG_STRING, &units,
      N_("Units of the printouts and the summary: auto (from the locale), metric or imperial"),
      N_("UNITS") },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &paper,
      N_("a4 (default), letter, a4-landscape or letter-landscape"), N_("PAPER") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (
    _("ROSTER.csv COURSE_FILE [PLAN OPTION…] — plan and print for every athlete of a roster"));
  g_autoptr(GError) error = NULL;
  g_autofree char *self_exe = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) header = NULL;
  g_autoptr(GArray) done = g_array_new (FALSE, TRUE, sizeof (Done));
  PfUnitSystem unit_system;
  guint name_column = G_MAXUINT, n_skipped = 0, n_rows = 0;

  g_array_set_clear_func (done, done_clear);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  /* The rest are `plan`'s options for every athlete: `plan` reads them. */
  g_option_context_set_ignore_unknown_options (context, TRUE);
  g_option_context_set_description (context,
                                    _("The roster's first line names its columns: “name”, then any "
                                      "option of “plan” by its long name (mass, sweat-rate, "
                                      "sweat-test, sweat-sodium-band, goal, from-race, gut-max, "
                                      "cramp-prone…); a cell with several values for a repeatable "
                                      "option separates them with “;”. Each athlete gets "
                                      "DIR/NAME/ with the plan document, the printed plan and the "
                                      "pace band. A bad row is reported with its line and skipped.\n"
                                      "Exit status: 0 when every athlete was planned, 1 when a row "
                                      "was skipped, 2 for bad usage."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return pf_cli_usage_error ("batch", "%s", error->message);
  if (argc < 3)
    return pf_cli_usage_error ("batch", "%s", _("give a roster and a course file"));
  /* Empty, it would name the folder the command runs in. */
  if (out_dir == NULL || out_dir[0] == '\0')
    return pf_cli_usage_error ("batch", "%s", _("give the folder to write into with --out"));
  if (!pf_cli_read_units ("batch", units, &unit_system))
    return PF_EXIT_BAD_USAGE;
  /* Where each athlete's plan goes, and in which form, is batch's to say. */
  for (int i = 3; i < argc; i++)
    if (g_str_has_prefix (argv[i], "--save") || g_str_equal (argv[i], "--json")
        || g_str_equal (argv[i], "--csv") || g_str_has_prefix (argv[i], "--name"))
      return pf_cli_usage_error ("batch", _("“%s” is not an option of “plan” for every athlete"),
                                 argv[i]);

  /* Bounded and regular only, as every file read from outside (core/pf-file-read.c). */
  {
    g_autoptr(GFile) roster = g_file_new_for_commandline_arg (argv[1]);
    g_autoptr(GBytes) bytes = pf_file_read_bounded (roster, argv[1], PF_IMPORT_MAX_FILE_SIZE,
                                                    NULL, &error);

    if (bytes == NULL)
      {
        pf_cli_print_error ("%s", error->message);
        return PF_EXIT_BAD_INPUT;
      }
    contents = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  }
  if (!g_utf8_validate (contents, -1, NULL))
    {
      pf_cli_print_error (_("%s: not a text file in UTF-8"), argv[1]);
      return PF_EXIT_BAD_INPUT;
    }
  lines = g_strsplit (contents, "\n", -1);
  header = lines[0] != NULL ? split_csv_line (lines[0]) : NULL;
  for (guint c = 0; header != NULL && header[c] != NULL; c++)
    if (g_ascii_strcasecmp (header[c], "name") == 0)
      name_column = c;
  if (header == NULL || name_column == G_MAXUINT)
    {
      pf_cli_print_error (_("%s:1: the first line names the columns, and one is “name”"),
                          argv[1]);
      return PF_EXIT_BAD_INPUT;
    }
  if (g_mkdir_with_parents (out_dir, 0755) != 0)
    {
      pf_cli_print_error (_("Could not make the folder %s: %s"), out_dir, g_strerror (errno));
      return PF_EXIT_BAD_INPUT;
    }
  self_exe = g_file_read_link ("/proc/self/exe", NULL);
  if (self_exe == NULL)
    self_exe = g_strdup (g_get_prgname ());

  for (guint line = 1; lines[line] != NULL; line++)
    {
      g_auto(GStrv) cells = NULL;
      g_autoptr(GPtrArray) plan_args = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GPtrArray) export_args = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *folder = NULL;
      g_autofree char *base = NULL;
      g_autofree char *json = NULL;
      g_autofree char *message = NULL;
      g_autofree char *document = NULL;
      g_autofree char *bad = NULL;
      Done athlete = { 0 };

      if (is_blank (lines[line]))
        continue;
      cells = split_csv_line (lines[line]);
      n_rows++;
      if (n_rows > MAX_ATHLETES)
        {
          pf_cli_print_error (_("%s:%u: more than %u athletes; the rest are left out"), argv[1],
                              line + 1, MAX_ATHLETES);
          n_skipped++;
          break;
        }
      if (cells == NULL || g_strv_length (cells) != g_strv_length (header))
        bad = g_strdup_printf (_("%u cells where the first line names %u"),
                               cells != NULL ? g_strv_length (cells) : 0,
                               g_strv_length (header));
      else if (cells[name_column][0] == '\0')
        bad = g_strdup (_("no name"));
      if (bad != NULL)
        {
          pf_cli_print_error ("%s:%u: %s", argv[1], line + 1, bad);
          n_skipped++;
          continue;
        }

      athlete.name = g_strdup (cells[name_column]);
      base = folder_name (athlete.name);
      folder = g_build_filename (out_dir, base, NULL);
      document = g_build_filename (folder, base, NULL);

      g_ptr_array_add (plan_args, g_strdup (self_exe));
      g_ptr_array_add (plan_args, g_strdup ("plan"));
      g_ptr_array_add (plan_args, g_strdup (argv[2]));
      for (int i = 3; i < argc; i++)
        g_ptr_array_add (plan_args, g_strdup (argv[i]));
      for (guint c = 0; header[c] != NULL; c++)
        {
          g_auto(GStrv) values = NULL;

          if (c == name_column || cells[c][0] == '\0')
            continue;
          if (is_flag (header[c]))
            {
              if (is_yes (cells[c]))
                g_ptr_array_add (plan_args, g_strdup_printf ("--%s", header[c]));
              else if (!is_no (cells[c]))
                bad = g_strdup_printf (_("“%s” is yes or no, not “%s”"), header[c], cells[c]);
              continue;
            }
          values = g_strsplit (cells[c], ";", -1);
          for (guint v = 0; values[v] != NULL; v++)
            g_ptr_array_add (plan_args, g_strdup_printf ("--%s=%s", header[c],
                                                         g_strstrip (values[v])));
        }
      g_ptr_array_add (plan_args, g_strdup_printf ("--name=%s", athlete.name));
      g_ptr_array_add (plan_args, g_strdup_printf ("--units=%s", units != NULL ? units : "auto"));
      g_ptr_array_add (plan_args, g_strdup ("--json"));
      g_ptr_array_add (plan_args, g_strdup_printf ("--save=%s.pacefuel", document));

      if (bad == NULL && g_mkdir_with_parents (folder, 0755) != 0)
        bad = g_strdup_printf (_("could not make the folder %s: %s"), folder, g_strerror (errno));
      if (bad == NULL && !run_self (plan_args, &json, &message))
        bad = g_steal_pointer (&message);
      if (bad == NULL)
        {
          g_ptr_array_add (export_args, g_strdup (self_exe));
          g_ptr_array_add (export_args, g_strdup ("export"));
          g_ptr_array_add (export_args, g_strdup_printf ("%s.pacefuel", document));
          /* The race sheet and its card, the full plan and the band, named as Export…
           * names them. */
          g_ptr_array_add (export_args, g_strdup_printf (
            "--race-sheet=%s%s", document, pf_export_format_get_suffix (PF_EXPORT_RACE_SHEET_PDF)));
          g_ptr_array_add (export_args, g_strdup_printf (
            "--card=%s%s", document, pf_export_format_get_suffix (PF_EXPORT_RACE_CARD_PDF)));
          g_ptr_array_add (export_args, g_strdup_printf (
            "--pdf=%s%s", document, pf_export_format_get_suffix (PF_EXPORT_PLAN_PDF)));
          g_ptr_array_add (export_args, g_strdup_printf (
            "--pace-band=%s%s", document, pf_export_format_get_suffix (PF_EXPORT_PACE_BAND_PDF)));
          g_ptr_array_add (export_args, g_strdup_printf ("--units=%s",
                                                         units != NULL ? units : "auto"));
          if (paper != NULL)
            g_ptr_array_add (export_args, g_strdup_printf ("--paper=%s", paper));
          if (!run_self (export_args, NULL, &message))
            bad = g_steal_pointer (&message);
        }
      if (bad != NULL)
        {
          pf_cli_print_error ("%s:%u: %s: %s", argv[1], line + 1, athlete.name, bad);
          g_rmdir (folder);  /* only if nothing was written there */
          g_free (athlete.name);
          n_skipped++;
          continue;
        }
      read_summary (json, &athlete);
      g_array_append_val (done, athlete);
    }

  /* The summary: who, the finish, how many warnings, whether the fuel plan can be raced. */
  g_print ("%-28s %9s %9s  %s\n", _("Athlete"), _("Finish"), _("Warnings"), _("Fuel plan"));
  for (guint i = 0; i < done->len; i++)
    {
      const Done *d = &g_array_index (done, Done, i);
      g_autofree char *finish = pf_duration_format (d->finish_s);

      g_print ("%-28s %9s %9u  %s\n", d->name, finish, d->n_warnings,
               d->feasible ? _("as set") : _("not feasible"));
    }
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u athlete planned, %u skipped, in %s\n",
                        "%u athletes planned, %u skipped, in %s\n", done->len),
           done->len, n_skipped, out_dir);

  return n_skipped > 0 ? PF_EXIT_BAD_INPUT : PF_EXIT_OK;
}
