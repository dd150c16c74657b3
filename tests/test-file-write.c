/* test-file-write.c — every save is whole or not at all: full disks, read-only folders, kill -9
 *
 * The full disk is a 64 kB tmpfs mounted in a user namespace of our own (unshare), where this
 * program runs its "inside" test; where the machine allows no such namespace, that test is
 * skipped and says why. The same failure is also made on any file system by the write's test
 * hook (pf-file-write-private.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/file.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/pacefuel-core.h"
#include "core/pf-file-write-private.h"
#include "report/pf-export.h"
#include "pf-test-course.h"
#include "pf-test-util.h"

/* What the test run inside the namespace is given: the folder to mount the small disk on. */
#define INSIDE_ENV "PF_TEST_FILE_WRITE_INSIDE"

static char *
temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("pf-file-write-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
write_file (const char *path,
            const char *contents,
            gssize      length)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

static GBytes *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static void
assert_file_is (const char *path,
                GBytes     *expected)
{
  g_autoptr(GBytes) bytes = read_file (path);

  if (!g_bytes_equal (bytes, expected))
    g_error ("%s changed: %" G_GSIZE_FORMAT " bytes, expected %" G_GSIZE_FORMAT, path,
             g_bytes_get_size (bytes), g_bytes_get_size (expected));
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The names in @dir, sorted and joined by spaces: what the user sees there. */
static char *
list_dir (const char *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static void
inputs_for_course (PfPlanInputs *inputs,
                   double        length_m,
                   double        goal_s)
{
  g_autoptr(PfTrack) track = pf_test_course_new (length_m, NULL);

  pf_plan_inputs_init (inputs);
  pf_plan_inputs_set_track (inputs, track);
  inputs->goal_time_s = goal_s;
}

static GBytes *
pattern (gsize  length,
         char   c)
{
  char *data = g_malloc (length);

  memset (data, c, length);
  return g_bytes_new_take (data, length);
}

static gboolean
write_bytes (const char        *path,
             GBytes            *bytes,
             PfFileWriteFlags   flags,
             GError           **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  gsize length;
  const void *data = g_bytes_get_data (bytes, &length);

  return pf_file_write_atomic (file, data, length, flags, NULL, error);
}

/* ---- on any file system --------------------------------------------------------------- */

static void
test_replace (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *path = g_build_filename (dir, "a.pacefuel", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autofree char *listing = NULL;
  g_autoptr(GBytes) one = pattern (5000, '1');
  g_autoptr(GBytes) two = pattern (3000, '2');
  g_autoptr(GBytes) three = pattern (7000, '3');
  g_autoptr(GError) error = NULL;
  mode_t mask = umask (0);
  GStatBuf st;

  umask (mask);
  g_assert_true (write_bytes (path, one, PF_FILE_WRITE_BACKUP, &error));
  g_assert_no_error (error);
  assert_file_is (path, one);
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));  /* nothing was replaced */
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0666 & ~mask);  /* as any new file */

  /* The permissions the user gave the file stay. */
  g_assert_cmpint (g_chmod (path, 0640), ==, 0);
  g_assert_true (write_bytes (path, two, PF_FILE_WRITE_BACKUP, &error));
  g_assert_no_error (error);
  assert_file_is (path, two);
  assert_file_is (backup, one);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0640);

  /* Private files are the owner's only; without a backup the old one stays as it was. */
  g_assert_true (write_bytes (path, three, PF_FILE_WRITE_PRIVATE, &error));
  g_assert_no_error (error);
  assert_file_is (path, three);
  assert_file_is (backup, one);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "a.pacefuel a.pacefuel~");
  pf_test_remove_tree (dir);
}

/* A full disk, made by the test hook: the write fails at any point, the target and its backup
 * stay byte for byte, and the temporary goes. */
static void
test_fail_after (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *path = g_build_filename (dir, "a.pacefuel", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GBytes) old = pattern (20000, 'o');
  g_autoptr(GBytes) older = pattern (10000, 'b');
  g_autoptr(GBytes) new = pattern (3 << 20, 'n');
  gssize cuts[] = { 0, 1, 4096, 12288, 1 << 20, (3 << 20) - 1 };

  write_file (path, g_bytes_get_data (old, NULL), g_bytes_get_size (old));
  write_file (backup, g_bytes_get_data (older, NULL), g_bytes_get_size (older));
  for (guint i = 0; i < G_N_ELEMENTS (cuts); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *listing = NULL;

      _pf_file_write_fail_after (cuts[i]);
      g_assert_false (write_bytes (path, new, PF_FILE_WRITE_BACKUP, &error));
      _pf_file_write_fail_after (-1);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
      g_assert_true (g_str_has_prefix (error->message, "the disk is full ("));
      assert_file_is (path, old);
      assert_file_is (backup, older);
      listing = list_dir (dir);
      g_assert_cmpstr (listing, ==, "a.pacefuel a.pacefuel~");
    }
  pf_test_remove_tree (dir);
}

/* The same through the plan document, the catalog and every export: the message names the
 * file and says what happened. */
static void
test_fail_after_every_writer (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *path = g_build_filename (dir, "a.pacefuel", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(PfPlan) plan = NULL;
  g_autoptr(GBytes) old = pattern (100, 'o');
  g_autoptr(GBytes) older = pattern (50, 'b');
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *listing = NULL;

  inputs_for_course (&inputs, 5000.0, 25 * 60);
  plan = pf_test_plan_compute (&inputs);
  write_file (path, g_bytes_get_data (old, NULL), g_bytes_get_size (old));
  write_file (backup, g_bytes_get_data (older, NULL), g_bytes_get_size (older));

  _pf_file_write_fail_after (4096);
  g_assert_false (pf_plan_file_save (&inputs, file, NULL, &error));
  _pf_file_write_fail_after (-1);
  g_assert_error (error, PF_PLAN_FILE_ERROR, PF_PLAN_FILE_ERROR_IO);
  expected = g_strdup_printf ("Could not save %s: the disk is full (", path);
  g_assert_true (g_str_has_prefix (error->message, expected));
  g_clear_error (&error);
  assert_file_is (path, old);
  assert_file_is (backup, older);

  {
    g_autoptr(GArray) products = g_array_new (FALSE, TRUE, sizeof (PfProduct));

    _pf_file_write_fail_after (0);
    g_assert_false (pf_product_catalog_save (file, products, &error));
    _pf_file_write_fail_after (-1);
    g_assert_true (g_str_has_prefix (error->message, expected));
    g_clear_error (&error);
    assert_file_is (path, old);
    assert_file_is (backup, older);
  }

  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("Could not write %s: the disk is full (", path);
  for (int format = 0; format < PF_N_EXPORT_FORMATS; format++)
    {
      _pf_file_write_fail_after (10);
      g_assert_false (pf_export_write (plan, format, NULL, PF_UNITS_METRIC, PF_PAPER_A4, file,
                                       &error));
      _pf_file_write_fail_after (-1);
      g_assert_true (g_str_has_prefix (error->message, expected));
      g_clear_error (&error);
      assert_file_is (path, old);
    }

  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "a.pacefuel a.pacefuel~");
  pf_test_remove_tree (dir);
}

/* Never a folder or a special file replaced, and a message that says so. */
static void
test_not_a_file (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *folder = g_build_filename (dir, "plans", NULL);
  g_autofree char *inside = g_build_filename (folder, "keep", NULL);
  g_autofree char *fifo = g_build_filename (dir, "pipe", NULL);
  g_autofree char *missing = g_build_filename (dir, "nowhere", "a.pacefuel", NULL);
  g_autofree char *listing = NULL;
  g_autoptr(GBytes) data = pattern (100, 'x');
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  write_file (inside, "kept", -1);
  g_assert_false (write_bytes (folder, data, PF_FILE_WRITE_BACKUP, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_assert_cmpstr (error->message, ==, "it is a folder");
  g_clear_error (&error);
  g_assert_true (g_file_test (inside, G_FILE_TEST_IS_REGULAR));

  g_assert_cmpint (mkfifo (fifo, 0644), ==, 0);
  g_assert_false (write_bytes (fifo, data, PF_FILE_WRITE_NONE, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  g_clear_error (&error);

  g_assert_false (write_bytes (missing, data, PF_FILE_WRITE_NONE, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_true (g_str_has_prefix (error->message, "its folder does not exist ("));
  g_clear_error (&error);

  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "pipe plans");
  pf_test_remove_tree (dir);
}

/* Read-only folders are tested here where permissions apply (not as root), and on a read-only
 * mount in the namespace test. */
static void
test_read_only_folder (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GFile) file = NULL;
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(GBytes) old = pattern (100, 'o');
  g_autoptr(GError) error = NULL;

  if (geteuid () == 0)
    {
      g_test_skip ("root writes into read-only folders; the namespace test covers them");
      return;
    }

  dir = temp_dir ();
  path = g_build_filename (dir, "a.pacefuel", NULL);
  file = g_file_new_for_path (path);
  write_file (path, g_bytes_get_data (old, NULL), g_bytes_get_size (old));
  g_assert_cmpint (g_chmod (dir, 0555), ==, 0);
  inputs_for_course (&inputs, 5000.0, 25 * 60);
  g_assert_false (pf_plan_file_save (&inputs, file, NULL, &error));
  g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
  expected = g_strdup_printf ("Could not save %s: the folder is read-only (%s)", path,
                              g_strerror (EACCES));
  g_assert_cmpstr (error->message, ==, expected);
  assert_file_is (path, old);
  pf_test_remove_tree (dir);
}

/* A link keeps pointing at the file it names, which is the one replaced. */
static void
test_symlink (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *real_dir = g_build_filename (dir, "real", NULL);
  g_autofree char *real = g_build_filename (real_dir, "a.pacefuel", NULL);
  g_autofree char *link = g_build_filename (dir, "link.pacefuel", NULL);
  g_autofree char *backup = g_strconcat (real, "~", NULL);
  g_autoptr(GBytes) one = pattern (10, '1');
  g_autoptr(GBytes) two = pattern (20, '2');
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (real_dir, 0755), ==, 0);
  write_file (real, g_bytes_get_data (one, NULL), g_bytes_get_size (one));
  g_assert_cmpint (symlink (real, link), ==, 0);
  g_assert_true (write_bytes (link, two, PF_FILE_WRITE_BACKUP, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  assert_file_is (real, two);
  assert_file_is (backup, one);
  pf_test_remove_tree (dir);
}

/* What a killed save left is removed by the next save of the same file; nothing else is: not
 * another file's, not a live writer's (locked), not a name that only looks alike. */
static void
test_stale_temporaries (void)
{
  const char *stale[] = { ".a.pacefuel.pacefuel-Ab12Cd", ".a.pacefuel.pacefuel-Zz9zz9~" };
  const char *kept[] = { ".a.pacefuel.pacefuel-toolong", ".a.pacefuel.pacefuel-Ab1",
                         ".b.pacefuel.pacefuel-Ab12Cd", ".goutputstream-Ab12Cd",
                         "a.pacefuel.pacefuel-Ab12Cd", ".a.pacefuel.pacefuel-Ab12Cd.bak" };
  g_autofree char *dir = temp_dir ();
  g_autofree char *path = g_build_filename (dir, "a.pacefuel", NULL);
  g_autofree char *live = g_build_filename (dir, ".a.pacefuel.pacefuel-L1ve00", NULL);
  g_autofree char *listing = NULL;
  g_autoptr(GBytes) data = pattern (100, 'x');
  g_autoptr(GError) error = NULL;
  int live_fd;

  for (guint i = 0; i < G_N_ELEMENTS (stale); i++)
    {
      g_autofree char *name = g_build_filename (dir, stale[i], NULL);

      write_file (name, "stale", -1);
    }
  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    {
      g_autofree char *name = g_build_filename (dir, kept[i], NULL);

      write_file (name, "other", -1);
    }
  write_file (live, "live", -1);
  live_fd = g_open (live, O_RDONLY, 0);
  g_assert_cmpint (live_fd, >=, 0);
  g_assert_cmpint (flock (live_fd, LOCK_EX), ==, 0);

  g_assert_true (write_bytes (path, data, PF_FILE_WRITE_BACKUP, &error));
  g_assert_no_error (error);
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, ".a.pacefuel.pacefuel-Ab1 .a.pacefuel.pacefuel-Ab12Cd.bak "
                                ".a.pacefuel.pacefuel-L1ve00 .a.pacefuel.pacefuel-toolong "
                                ".b.pacefuel.pacefuel-Ab12Cd .goutputstream-Ab12Cd a.pacefuel "
                                "a.pacefuel.pacefuel-Ab12Cd");
  close (live_fd);
  pf_test_remove_tree (dir);
}

static void
test_cli_save_empty (void)
{
  g_auto(PfTestCliRun) run = { 0 };
  g_autofree char *course = pf_test_data_path ("twin_cities_marathon.gpx");

  if (!pf_test_cli_run (&run, "plan", course, "--goal", "3:30", "--save", "", NULL))
    return;
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "--save needs a file name"));
}

/* Every option that names a file to write, given "" (a variable left unset): a usage error
 * said before any work, as for --save; not "Is a directory" after planning, nor a batch
 * written into the folder the command ran in. Nothing is written. */
static void
test_cli_out_names_empty (void)
{
  static const char * const options[] = { "--race-sheet", "--card", "--pdf", "--pace-band",
                                          "--csv", "--schedule-csv", "--gpx", "--fit",
                                          "--tcx" };
  g_autofree char *dir = temp_dir ();
  g_autofree char *plan = g_build_filename (dir, "a.pacefuel", NULL);
  g_autofree char *csv = g_build_filename (dir, "splits.csv", NULL);
  g_autofree char *roster = g_build_filename (dir, "roster.csv", NULL);
  g_autofree char *course = pf_test_data_path ("route.gpx");
  g_autoptr(GFile) file = g_file_new_for_path (plan);
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *listing = NULL;

  inputs_for_course (&inputs, 5000.0, 25 * 60);
  g_assert_true (pf_plan_file_save (&inputs, file, NULL, &error));
  g_assert_no_error (error);
  write_file (roster, "name,mass\nAda,60\n", -1);

  for (guint i = 0; i < G_N_ELEMENTS (options); i++)
    {
      g_auto(PfTestCliRun) run = { 0 };
      g_auto(PfTestCliRun) joined = { 0 };
      g_autofree char *expected = g_strdup_printf ("pacefuel-cli: %s needs a file name\n",
                                                   options[i]);
      g_autofree char *option_empty = g_strconcat (options[i], "=", NULL);

      /* Given alone, and beside a good one: nothing is written either way. */
      if (!pf_test_cli_run (&run, "export", plan, options[i], "", NULL))
        return;
      g_assert_cmpint (run.status, ==, 2);
      g_assert_true (g_str_has_prefix (run.err, expected));
      g_assert_cmpstr (run.out, ==, "");

      g_assert_true (pf_test_cli_run (&joined, "export", plan, "--csv", csv, option_empty,
                                      NULL));
      g_assert_cmpint (joined.status, ==, 2);
      g_assert_true (g_str_has_prefix (joined.err, expected));
    }
  {
    g_auto(PfTestCliRun) run = { 0 };

    g_assert_true (pf_test_cli_run (&run, "batch", roster, course, "--out", "", NULL));
    g_assert_cmpint (run.status, ==, 2);
    g_assert_nonnull (strstr (run.err, "give the folder to write into with --out"));
  }

  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "a.pacefuel roster.csv");
  pf_test_remove_tree (dir);
}

/* ---- a full disk ---------------------------------------------------------------------- */

static const struct
{
  const char *option;
  const char *name;
} exports[] = {
  { "--pdf", "plan.pdf" },
  { "--pace-band", "band.pdf" },
  { "--csv", "splits.csv" },
  { "--schedule-csv", "schedule.csv" },
  { "--gpx", "timed.gpx" },
  { "--fit", "course.fit" },
  { "--tcx", "course.tcx" },
};

/* The files on the small disk, and what each holds before the failures. */
typedef struct
{
  char   *disk;
  char   *target;
  char   *backup;
  GBytes *target_bytes;
  GBytes *backup_bytes;
  GBytes *export_bytes[G_N_ELEMENTS (exports)];
} Disk;

static void
assert_disk_unchanged (Disk *d)
{
  g_autofree char *listing = list_dir (d->disk);

  assert_file_is (d->target, d->target_bytes);
  assert_file_is (d->backup, d->backup_bytes);
  for (guint i = 0; i < G_N_ELEMENTS (exports); i++)
    {
      g_autofree char *path = g_build_filename (d->disk, exports[i].name, NULL);

      assert_file_is (path, d->export_bytes[i]);
    }
  /* No temporary left: only the files put there. */
  g_assert_cmpstr (listing, ==, "a.pacefuel a.pacefuel~ band.pdf course.fit course.tcx "
                                "filler plan.pdf schedule.csv splits.csv timed.gpx");
}

static void
fill (const char *path)
{
  char block[4096];
  int fd = g_open (path, O_WRONLY | O_CREAT | O_APPEND, 0644);
  gsize total = 0;

  g_assert_cmpint (fd, >=, 0);
  memset (block, 'f', sizeof block);
  for (gsize size = sizeof block; size > 0; size /= 2)
    while (write (fd, block, size) == (gssize) size)
      total += size;
  g_assert_cmpint (errno, ==, ENOSPC);
  close (fd);
  g_test_message ("filled with %" G_GSIZE_FORMAT " bytes", total);
}

/* Runs in the user and mount namespace that test_full_disk makes: as its root, it can mount. */
static void
test_full_disk_inside (void)
{
  const char *work = g_getenv (INSIDE_ENV);
  g_autofree char *plan = g_build_filename (work, "plan.pacefuel", NULL);
  g_autofree char *filler = NULL;
  g_autofree char *expected = NULL;
  Disk d = { 0 };

  d.disk = g_build_filename (work, "disk", NULL);
  g_assert_cmpint (g_mkdir (d.disk, 0755), ==, 0);
  if (mount ("pacefuel-test", d.disk, "tmpfs", 0, "size=64k") != 0)
    {
      g_autofree char *skipped = g_build_filename (work, "inside-skipped", NULL);
      g_autofree char *why = g_strdup_printf ("no tmpfs can be mounted in a user namespace: %s",
                                              g_strerror (errno));

      write_file (skipped, why, -1);
      g_free (d.disk);
      return;
    }

  d.target = g_build_filename (d.disk, "a.pacefuel", NULL);
  d.backup = g_strconcat (d.target, "~", NULL);
  filler = g_build_filename (d.disk, "filler", NULL);

  /* An existing plan and its backup, saved by the program itself while there is room. */
  for (int i = 0; i < 2; i++)
    {
      g_auto(PfTestCliRun) run = { 0 };

      g_assert_true (pf_test_cli_run (&run, "plan", plan, "--goal", i == 0 ? "40:00" : "41:00",
                                      "--save", d.target, NULL));
      g_assert_cmpint (run.status, ==, 0);
    }
  d.target_bytes = read_file (d.target);
  d.backup_bytes = read_file (d.backup);
  g_assert_false (g_bytes_equal (d.target_bytes, d.backup_bytes));
  for (guint i = 0; i < G_N_ELEMENTS (exports); i++)
    {
      g_autofree char *path = g_build_filename (d.disk, exports[i].name, NULL);
      g_autofree char *text = g_strdup_printf ("the old %s\n", exports[i].name);

      write_file (path, text, -1);
      d.export_bytes[i] = read_file (path);
    }
  fill (filler);

  /* Saving over the plan, twice (the second failure once emptied it). */
  expected = g_strdup_printf ("Could not save %s: the disk is full (", d.target);
  for (int i = 0; i < 2; i++)
    {
      g_auto(PfTestCliRun) run = { 0 };

      g_assert_true (pf_test_cli_run (&run, "plan", plan, "--goal", "39:00", "--save", d.target,
                                      NULL));
      assert_disk_unchanged (&d);
      g_assert_cmpint (run.status, ==, 1);
      g_assert_nonnull (strstr (run.err, expected));
    }

  /* Every export over an existing file. */
  for (guint i = 0; i < G_N_ELEMENTS (exports); i++)
    {
      g_auto(PfTestCliRun) run = { 0 };
      g_autofree char *path = g_build_filename (d.disk, exports[i].name, NULL);

      g_clear_pointer (&expected, g_free);
      expected = g_strdup_printf ("Could not write %s: the disk is full (", path);
      g_assert_true (pf_test_cli_run (&run, "export", plan, exports[i].option, path, NULL));
      assert_disk_unchanged (&d);
      g_assert_cmpint (run.status, ==, 1);
      g_assert_nonnull (strstr (run.err, expected));
    }

  /* A read-only disk: the message says so, and nothing changes. */
  if (mount (NULL, d.disk, NULL, MS_REMOUNT | MS_RDONLY, NULL) != 0)
    g_error ("remount read-only: %s", g_strerror (errno));
  {
    g_auto(PfTestCliRun) run = { 0 };

    g_clear_pointer (&expected, g_free);
    expected = g_strdup_printf ("Could not save %s: the folder is read-only (%s)", d.target,
                                g_strerror (EROFS));
    g_assert_true (pf_test_cli_run (&run, "plan", plan, "--goal", "39:00", "--save", d.target,
                                    NULL));
    assert_disk_unchanged (&d);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, expected));
  }

  /* With room again, the save goes through and the old plan becomes the backup. */
  if (mount (NULL, d.disk, NULL, MS_REMOUNT, NULL) != 0)
    g_error ("remount read-write: %s", g_strerror (errno));
  g_assert_cmpint (g_unlink (filler), ==, 0);
  {
    g_auto(PfTestCliRun) run = { 0 };
    g_auto(PfPlanInputs) inputs = { 0 };
    g_autoptr(GFile) file = g_file_new_for_path (d.target);
    g_autoptr(GError) error = NULL;

    g_assert_true (pf_test_cli_run (&run, "plan", plan, "--goal", "39:00", "--save", d.target,
                                    NULL));
    g_assert_cmpint (run.status, ==, 0);
    assert_file_is (d.backup, d.target_bytes);
    g_assert_true (pf_plan_file_load (file, &inputs, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpfloat (inputs.goal_time_s, ==, 39 * 60);
  }

  g_assert_cmpint (umount (d.disk), ==, 0);
  /* Tells the test outside that this one ran rather than skipped. */
  {
    g_autofree char *done = g_build_filename (work, "inside-passed", NULL);

    write_file (done, "", 0);
  }
  g_free (d.disk);
  g_free (d.target);
  g_free (d.backup);
  g_bytes_unref (d.target_bytes);
  g_bytes_unref (d.backup_bytes);
  for (guint i = 0; i < G_N_ELEMENTS (exports); i++)
    g_bytes_unref (d.export_bytes[i]);
}

static gboolean
can_unshare (char **why)
{
  const char *argv[] = { "unshare", "--user", "--map-root-user", "--mount", "true", NULL };
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                     NULL, NULL, NULL, &err, &status, &error))
    {
      *why = g_strdup_printf ("no unshare to make a small disk with: %s", error->message);
      return FALSE;
    }
  if (!g_spawn_check_wait_status (status, NULL))
    {
      *why = g_strdup_printf ("no user namespace to make a small disk in: %s", g_strstrip (err));
      return FALSE;
    }
  return TRUE;
}

/* A 64 kB tmpfs, filled up: saving a plan over an existing one and exporting every format over
 * existing files fail with a clear message and leave every file byte for byte as it was. */
static void
test_full_disk (void)
{
  g_autofree char *why = NULL;
  g_autofree char *work = NULL;
  g_autofree char *plan = NULL;
  g_autofree char *self = NULL;
  g_autofree char *done = NULL;
  g_autofree char *skipped = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) env = NULL;
  int status = 0;

  if (!can_unshare (&why))
    {
      g_test_skip (why);
      return;
    }

  work = temp_dir ();
  plan = g_build_filename (work, "plan.pacefuel", NULL);
  file = g_file_new_for_path (plan);
  /* Small enough that a plan and its backup fit on the disk with room to spare. */
  inputs_for_course (&inputs, 2000.0, 40 * 60);
  g_assert_true (pf_plan_file_save (&inputs, file, NULL, &error));
  g_assert_no_error (error);

  self = g_file_read_link ("/proc/self/exe", &error);
  g_assert_no_error (error);
  {
    const char *argv[] = { "unshare", "--user", "--map-root-user", "--mount", "--", self,
                           "-p", "/file-write/full-disk/inside", NULL };

    env = g_environ_setenv (g_get_environ (), INSIDE_ENV, work, TRUE);
    g_assert_true (g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_SEARCH_PATH, NULL, NULL,
                                 &out, &err, &status, &error));
    g_assert_no_error (error);
  }
  g_test_message ("inside:\n%s\n%s", out, err);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("the test on the small disk failed (%s):\n%s\n%s", error->message, out, err);
  skipped = g_build_filename (work, "inside-skipped", NULL);
  if (g_file_get_contents (skipped, &why, NULL, NULL))
    g_test_skip (why);
  else
    {
      done = g_build_filename (work, "inside-passed", NULL);
      g_assert_true (g_file_test (done, G_FILE_TEST_EXISTS));
    }
  pf_test_remove_tree (work);
}

/* ---- kill -9 -------------------------------------------------------------------------- */

/* The temporary files in @dir_path, by name ("" when none). */
static char *
list_temporaries (const char *dir_path)
{
  g_autofree char *listing = list_dir (dir_path);
  g_auto(GStrv) names = g_strsplit (listing, " ", -1);
  g_autoptr(GString) temporaries = g_string_new ("");

  for (guint i = 0; names[i] != NULL; i++)
    if (strstr (names[i], PF_FILE_WRITE_TEMP_INFIX) != NULL)
      g_string_append_printf (temporaries, "%s ", names[i]);
  return g_string_free (g_steal_pointer (&temporaries), FALSE);
}

static GSubprocess *
spawn_cli (const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  GSubprocess *process;

  g_ptr_array_add (argv, (gpointer) g_getenv ("PF_CLI"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  process = g_subprocess_newv ((const char * const *) argv->pdata,
                               G_SUBPROCESS_FLAGS_STDOUT_SILENCE
                               | G_SUBPROCESS_FLAGS_STDERR_SILENCE, &error);
  g_assert_no_error (error);
  return process;
}

static void
run_cli_to_end (const char * const *args)
{
  g_autoptr(GSubprocess) process = spawn_cli (args);
  g_autoptr(GError) error = NULL;

  g_subprocess_wait_check (process, NULL, &error);
  g_assert_no_error (error);
}

/* The CLI saves a big plan over and over, alternating two goals, and is killed at random
 * moments of its run: the target is always one of the two plans whole, and the next save
 * leaves no temporary behind. */
static void
test_kill (void)
{
  const char *cli = g_getenv ("PF_CLI");
  g_autofree char *dir = NULL;
  g_autofree char *source = NULL;
  g_autofree char *target = NULL;
  g_autofree char *listing = NULL;
  GBytes *versions[2] = { NULL, NULL };
  const char *goals[2] = { "9:00:00", "9:30:00" };
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  gint64 duration_us;
  guint killed = 0;
  guint interrupted = 0;

  if (cli == NULL || !g_file_test (cli, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("PF_CLI does not name the built pacefuel-cli");
      return;
    }

  dir = temp_dir ();
  source = g_build_filename (dir, "big-source.pacefuel", NULL);
  target = g_build_filename (dir, "big.pacefuel", NULL);
  file = g_file_new_for_path (source);
  /* 100 km, a point every 20 m: a plan of a few megabytes, long enough to write that kills
   * land in the middle of writes. */
  inputs_for_course (&inputs, 100000.0, 9 * 3600);
  g_assert_true (pf_plan_file_save (&inputs, file, NULL, &error));
  g_assert_no_error (error);

  /* The two plans the target may hold, as the program writes them. */
  for (int i = 0; i < 2; i++)
    {
      const char *args[] = { "plan", source, "--goal", goals[i], "--save", target, NULL };
      gint64 start = g_get_monotonic_time ();

      run_cli_to_end (args);
      duration_us = g_get_monotonic_time () - start;
      versions[i] = read_file (target);
    }
  g_test_message ("one save takes %" G_GINT64_FORMAT " ms, %" G_GSIZE_FORMAT " bytes",
                  duration_us / 1000, g_bytes_get_size (versions[1]));

  for (guint round = 0; round < 30; round++)
    {
      const char *args[] = { "plan", source, "--goal", goals[round % 2], "--save", target, NULL };
      g_autofree char *before = list_temporaries (dir);
      g_autoptr(GSubprocess) process = spawn_cli (args);
      g_autoptr(GBytes) now = NULL;
      g_autofree char *left = NULL;

      if (round % 2 == 0)
        {
          /* Anywhere in the run. */
          g_usleep (g_test_rand_int_range (0, duration_us * 11 / 10));
        }
      else
        {
          /* A moment after the save begins (it removes the last round's temporary, or makes
           * its own): in the middle of the write where writing takes time. */
          gint64 give_up = g_get_monotonic_time () + 2 * duration_us;

          while (g_get_monotonic_time () < give_up)
            {
              g_autofree char *temporaries = list_temporaries (dir);

              if (g_strcmp0 (temporaries, before) != 0)
                break;
              g_usleep (200);
            }
          g_usleep (g_test_rand_int_range (0, 2000));
        }
      g_subprocess_force_exit (process);
      g_subprocess_wait (process, NULL, &error);
      g_assert_no_error (error);
      if (g_subprocess_get_if_signaled (process))
        killed++;

      now = read_file (target);
      g_assert_true (g_bytes_equal (now, versions[0]) || g_bytes_equal (now, versions[1]));
      left = list_temporaries (dir);
      if (left[0] != '\0')
        interrupted++;
    }
  g_test_message ("%u of 30 runs killed before they ended, %u while writing", killed,
                  interrupted);
  g_assert_cmpuint (killed, >, 0);

  {
    g_autoptr(GFile) saved = g_file_new_for_path (target);
    g_auto(PfPlanInputs) read = { 0 };
    const char *args[] = { "plan", source, "--goal", goals[0], "--save", target, NULL };

    run_cli_to_end (args);
    g_assert_true (pf_plan_file_load (saved, &read, NULL, &error));
    g_assert_no_error (error);
  }
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "big-source.pacefuel big.pacefuel big.pacefuel~");
  g_bytes_unref (versions[0]);
  g_bytes_unref (versions[1]);
  pf_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  if (g_getenv (INSIDE_ENV) != NULL)
    {
      /* Only in the namespace test_full_disk makes. */
      g_test_add_func ("/file-write/full-disk/inside", test_full_disk_inside);
      return g_test_run ();
    }

  g_test_add_func ("/file-write/replace", test_replace);
  g_test_add_func ("/file-write/fail-after", test_fail_after);
  g_test_add_func ("/file-write/fail-after-every-writer", test_fail_after_every_writer);
  g_test_add_func ("/file-write/not-a-file", test_not_a_file);
  g_test_add_func ("/file-write/read-only-folder", test_read_only_folder);
  g_test_add_func ("/file-write/symlink", test_symlink);
  g_test_add_func ("/file-write/stale-temporaries", test_stale_temporaries);
  g_test_add_func ("/file-write/cli-save-empty", test_cli_save_empty);
  g_test_add_func ("/file-write/cli-out-names-empty", test_cli_out_names_empty);
  g_test_add_func ("/file-write/full-disk", test_full_disk);
  g_test_add_func ("/file-write/kill", test_kill);
  return g_test_run ();
}
