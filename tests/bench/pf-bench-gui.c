/* pf-bench-gui.c — the GUI's time from launch to its first frame with a plan, and its memory
 *
 *   pf-bench-gui COURSE      PfApplication opens COURSE as `pacefuel COURSE` does
 *   pf-bench-gui --floor     an empty AdwApplicationWindow of the same size: the floor that
 *                            GTK, libadwaita and the display cost any app in this process setup
 *
 * Times are taken with the frame clock's "after-paint" of the window's surface: the first
 * frame drawn at all, and (for a course) the first frame drawn after the document holds its
 * plan — the splits, the chart and the summary on screen. They are counted from the top of
 * main, and from exec when build-aux/bench passes the wall-clock time it launched the process
 * at (PF_BENCH_T0, microseconds since 1970); else from the process's start in /proc/self/stat
 * (10 ms ticks). Memory is the peak resident set (VmHWM) a second after that frame, the
 * views settled. One line per figure, for build-aux/bench; then the process quits.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-bench-gui"

#include "config.h"

#include <adwaita.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "gui/pf-application.h"
#include "document/pf-document.h"
#include "gui/pf-window.h"

#define SETTLE_MS 1000

typedef struct
{
  GApplication *app;
  gboolean      floor;
  gint64        main_us;         /* monotonic, at the top of main */
  gint64        exec_to_main_us; /* -1 when unknown */
  gint64        first_frame_us;  /* monotonic; 0 until drawn */
  gint64        plan_us;
  gint64        plan_frame_us;
  guint         frames;
  const char   *renderer;
  gboolean      settling;
} Bench;

static Bench bench;

static long
status_kb (const char *key)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL)
      || (line = strstr (status, key)) == NULL)
    return -1;
  return strtol (line + strlen (key), NULL, 10);
}

/* Microseconds from exec to now: from the launcher's clock when it gave one, else from the
 * process's start time in clock ticks since boot. */
static gint64
exec_to_now_us (void)
{
  const char *t0 = g_getenv ("PF_BENCH_T0");
  g_autofree char *stat = NULL;
  struct timespec boot;
  const char *p;
  unsigned long long start_ticks = 0;

  if (t0 != NULL && t0[0] != '\0')
    return g_get_real_time () - g_ascii_strtoll (t0, NULL, 10);

  if (!g_file_get_contents ("/proc/self/stat", &stat, NULL, NULL)
      || (p = strrchr (stat, ')')) == NULL)
    return -1;
  /* Field 22 (starttime); the command name in parentheses may hold spaces. */
  for (int field = 2; field < 22 && p != NULL; field++)
    p = strchr (p + 1, ' ');
  if (p == NULL || sscanf (p + 1, "%llu", &start_ticks) != 1)
    return -1;
  clock_gettime (CLOCK_BOOTTIME, &boot);
  return boot.tv_sec * G_USEC_PER_SEC + boot.tv_nsec / 1000
         - (gint64) (start_ticks * G_USEC_PER_SEC / sysconf (_SC_CLK_TCK));
}

static void
report (void)
{
  gint64 offset = bench.exec_to_main_us;
  const char *what = bench.floor ? "empty AdwApplicationWindow" : "Pacefuel with the plan";
  gint64 frame = bench.floor ? bench.first_frame_us : bench.plan_frame_us;

  g_print ("what: %s\n", what);
  g_print ("renderer: %s\n", bench.renderer != NULL ? bench.renderer : "?");
  g_print ("first_frame_ms: %.1f\n", (bench.first_frame_us - bench.main_us) / 1000.0);
  if (!bench.floor)
    g_print ("plan_ms: %.1f\nplan_frame_ms: %.1f\n", (bench.plan_us - bench.main_us) / 1000.0,
             (bench.plan_frame_us - bench.main_us) / 1000.0);
  g_print ("exec_to_main_ms: %.1f\n", offset >= 0 ? offset / 1000.0 : -1.0);
  g_print ("exec_to_frame_ms: %.1f\n",
           offset >= 0 ? (frame - bench.main_us + offset) / 1000.0 : -1.0);
  g_print ("frames: %u\n", bench.frames);
  g_print ("peak_rss_mb: %.1f\n", status_kb ("VmHWM:") / 1024.0);
  g_print ("rss_mb: %.1f\n", status_kb ("VmRSS:") / 1024.0);
}

static gboolean
on_settled_cb (gpointer user_data)
{
  report ();
  g_application_quit (bench.app);
  return G_SOURCE_REMOVE;
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   GtkWidget     *window)
{
  gint64 now = g_get_monotonic_time ();

  bench.frames++;
  if (bench.first_frame_us == 0)
    {
      GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (window));

      bench.first_frame_us = now;
      bench.renderer = renderer != NULL ? G_OBJECT_TYPE_NAME (renderer) : NULL;
    }
  /* A frame begun after the plan arrived shows it (both happen on this thread). */
  if (!bench.floor && bench.plan_us != 0 && bench.plan_frame_us == 0)
    bench.plan_frame_us = now;

  if (!bench.settling && (bench.floor || bench.plan_frame_us != 0))
    {
      bench.settling = TRUE;
      g_timeout_add (SETTLE_MS, on_settled_cb, NULL);
    }
}

static void
on_realize_cb (GtkWidget *window,
               gpointer   user_data)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                           G_CALLBACK (on_after_paint_cb), window, 0);
}

static void
on_plan_cb (PfDocument *document,
            GParamSpec *pspec,
            gpointer    user_data)
{
  if (bench.plan_us == 0 && pf_document_get_plan (document) != NULL)
    bench.plan_us = g_get_monotonic_time ();
}

static void
on_window_added_cb (GtkApplication *app,
                    GtkWindow      *window,
                    gpointer        user_data)
{
  if (bench.first_frame_us != 0 || gtk_widget_get_realized (GTK_WIDGET (window)))
    return;
  g_signal_connect (window, "realize", G_CALLBACK (on_realize_cb), NULL);
  if (PF_IS_WINDOW (window))
    g_signal_connect (pf_window_get_document (PF_WINDOW (window)), "notify::plan",
                      G_CALLBACK (on_plan_cb), NULL);
}

/* The floor: what any libadwaita app shows first, a header bar over an empty page. */
static void
on_floor_activate_cb (GApplication *app,
                      gpointer      user_data)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), adw_status_page_new ());
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 720);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GApplication) app = NULL;
  char *run_argv[3] = { argv[0], NULL, NULL };
  int run_argc = 1;

  bench.main_us = g_get_monotonic_time ();
  bench.exec_to_main_us = exec_to_now_us ();

  if (argc != 2)
    {
      g_printerr ("usage: pf-bench-gui (COURSE | --floor)\n");
      return 2;
    }

  setlocale (LC_ALL, "");
  bench.floor = g_strcmp0 (argv[1], "--floor") == 0;
  if (bench.floor)
    {
      app = G_APPLICATION (adw_application_new (APP_ID ".BenchFloor", G_APPLICATION_NON_UNIQUE));
      g_signal_connect (app, "activate", G_CALLBACK (on_floor_activate_cb), NULL);
    }
  else
    {
      app = G_APPLICATION (pf_application_new (APP_ID, G_APPLICATION_NON_UNIQUE));
      run_argv[run_argc++] = argv[1];
    }
  bench.app = app;
  g_signal_connect (app, "window-added", G_CALLBACK (on_window_added_cb), NULL);

  return g_application_run (app, run_argc, run_argv);
}
