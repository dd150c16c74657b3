/* fuzz-replay.c — runs a fuzz target over files and folders, without libFuzzer
 *
 * The normal test suite replays the seed corpus and every input that once crashed
 * (tests/fuzz/regressions) through each target, so a fixed crash stays fixed in every
 * build, sanitized or not.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>

#include "pf-fuzz.h"

static guint
replay (const char *path)
{
  guint n = 0;

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          n += replay (child);
        }
    }
  else
    {
      g_autofree char *data = NULL;
      gsize length = 0;

      if (g_file_get_contents (path, &data, &length, NULL))
        {
          LLVMFuzzerTestOneInput ((const guint8 *) data, length);
          /* And every prefix at a few cuts: truncated files are the commonest damage. */
          for (gsize cut = 1; cut < length; cut += length / 7 + 1)
            LLVMFuzzerTestOneInput ((const guint8 *) data, cut);
          n++;
        }
    }

  return n;
}

int
main (int    argc,
      char **argv)
{
  guint n = 0;

  LLVMFuzzerInitialize (&argc, &argv);
  for (int i = 1; i < argc; i++)
    n += replay (argv[i]);

  g_print ("replayed %u inputs\n", n);
  return n > 0 ? 0 : 77;
}
