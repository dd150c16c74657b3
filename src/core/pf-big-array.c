/* pf-big-array.c — memory for profile-long arrays
 *
 * The cleaned profile of a long course, and the arrays its filters work in, run to tens of
 * megabytes (a 4 200 km course: 420 000 samples at 10 m, 20 MB of them). Memory is handed
 * out by the system one 4 kB page at a time, on first touch, and on a virtual machine each
 * such page fault is dear: they were four fifths of the time the cleaning of that course
 * took (docs/performance.md). Arrays of a few megabytes or more are therefore placed on
 * 2 MB boundaries and offered to the kernel for transparent huge pages, one fault per
 * 2 MB. Where the kernel does not take the advice (THP off, or not Linux) they are plain
 * memory. Smaller arrays are plain memory too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-big-array"

#include "config.h"

#include "pf-big-array.h"

#ifdef __linux__
#include <sys/mman.h>
#endif

#define HUGE_PAGE (2u * 1024 * 1024)
/* Below two huge pages the rounding would waste more than it saves. */
#define HUGE_PAGE_THRESHOLD (2 * HUGE_PAGE)

/* An array of @n_elements of @element_size bytes, not cleared; free it with
 * pf_big_array_free(). Aborts, like g_new(), when the size overflows or memory runs out. */
gpointer
pf_big_array_new (gsize n_elements,
                  gsize element_size)
{
  gsize bytes;
  gpointer array;

  if (!g_size_checked_mul (&bytes, n_elements, element_size))
    g_error ("%s: overflow allocating %" G_GSIZE_FORMAT "*%" G_GSIZE_FORMAT " bytes",
             G_STRLOC, n_elements, element_size);

  if (bytes < HUGE_PAGE_THRESHOLD)
    return g_aligned_alloc (MAX (bytes, 1), 1, 2 * sizeof (gpointer));

  array = g_aligned_alloc (bytes, 1, HUGE_PAGE);
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  /* Advice only: whatever the kernel answers, the memory is usable. The tail that does not
   * fill a huge page stays in small pages. */
  (void) madvise (array, bytes / HUGE_PAGE * HUGE_PAGE, MADV_HUGEPAGE);
#endif
  return array;
}

void
pf_big_array_free (gpointer array)
{
  g_aligned_free (array);
}
