#!/bin/sh
# The hardening flags meson.build asks for are really in the binaries: full RELRO (RELRO
# segment + BIND_NOW), a non-executable stack, position independence.
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
command -v readelf >/dev/null 2>&1 || { echo "readelf not found"; exit 77; }
status=0
for binary in "$@"; do
  headers=$(readelf -W -l -d -h "$binary") || { echo "$binary: not an ELF file"; exit 1; }
  echo "$headers" | grep -q 'GNU_RELRO' || { echo "$binary: no RELRO segment"; status=1; }
  echo "$headers" | grep -Eq '\(FLAGS\).*BIND_NOW|\(FLAGS_1\).*NOW' || { echo "$binary: not linked with -z now"; status=1; }
  echo "$headers" | grep -E 'GNU_STACK' | grep -q 'RWE' && { echo "$binary: executable stack"; status=1; }
  echo "$headers" | grep -Eq 'Type:[[:space:]]+DYN' || { echo "$binary: not position independent"; status=1; }
  [ $status -eq 0 ] && echo "$binary: hardened"
done
exit $status
