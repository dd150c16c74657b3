/* pf-fuzz.h — the libFuzzer entry point, shared by the targets and the replay driver
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <stddef.h>

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);
