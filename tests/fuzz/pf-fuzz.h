/* pf-fuzz.h — the libFuzzer entry points, shared by the targets and the replay driver
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <stddef.h>

#include "core/pf-track.h"

/* Longer courses go through the same code as any other, only for longer: the targets leave
 * cleaning and planning them to the tests and benchmarks, and keep the fuzzer fast. */
#define PF_FUZZ_MAX_COURSE_M 1000000.0

gboolean pf_fuzz_track_is_long (const PfTrack *track);

int LLVMFuzzerInitialize   (int           *argc,
                            char        ***argv);
int LLVMFuzzerTestOneInput (const guint8  *data,
                            size_t         size);
