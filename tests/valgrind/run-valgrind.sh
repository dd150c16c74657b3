#!/usr/bin/env bash
# tests/valgrind/run-valgrind.sh BUILD_DIR [SHARED_DATA]
#
# Memcheck over pacefuel-cli on every real course file of ../shared/data (read in place; the
# folder is PF_SHARED_DATA, or ../shared/data beside the source tree), on a normal build
# (not sanitized: valgrind and ASan do not mix). For each file:
#   course FILE                                  import, cleaning, the text summary
#   plan FILE --from-race … --save PLAN          pacing, fuel, warnings, the plan document
#   plan PLAN --json                             the plan document read back, JSON
#   export PLAN --pdf --pace-band --csv …        every printout and file
# A run fails on any invalid read or write, use of uninitialised memory, bad free, or
# definitely lost block (--errors-for-leak-kinds=definite), and on a crash; exit status 1
# (a file the CLI refuses, such as the malformed edge cases) is a pass. The font stack's own
# caches are suppressed in pacefuel.supp, by library, never our code.
#
# Every file is checked (the largest, tor_330k.GPX, is 4 MB and takes under a minute); files
# larger than PF_VALGRIND_MAX_MB (default 16) are skipped, and counted as skipped.
# Jobs: PF_VALGRIND_JOBS (default: the number of cores). Logs stay in PF_VALGRIND_LOGS (default
# a temporary folder, removed when everything passed).
# The last line is "N passed, N failed, N skipped" (runs of valgrind).
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -uo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=$(cd "${1:?usage: run-valgrind.sh BUILD_DIR [SHARED_DATA]}" && pwd)
shared=${2:-${PF_SHARED_DATA:-$top/../shared/data}}
cli=$build/src/cli/pacefuel-cli
jobs=${PF_VALGRIND_JOBS:-$(nproc)}
max_mb=${PF_VALGRIND_MAX_MB:-16}
logs=${PF_VALGRIND_LOGS:-$(mktemp -d "${TMPDIR:-/tmp}/pf-valgrind-XXXXXX")}

if ! command -v valgrind >/dev/null 2>&1; then
  echo "run-valgrind: valgrind is not installed" >&2
  echo "0 passed, 1 failed, 0 skipped"
  exit 1
fi
if [ ! -x "$cli" ]; then
  echo "run-valgrind: no $cli (build first)" >&2
  echo "0 passed, 1 failed, 0 skipped"
  exit 1
fi
if [ ! -d "$shared" ]; then
  echo "run-valgrind: no shared data at $shared: nothing to check" >&2
  echo "0 passed, 0 failed, 1 skipped"
  exit 0
fi
mkdir -p "$logs"

export top cli logs max_mb
export G_SLICE=always-malloc G_DEBUG=gc-friendly LC_ALL=C.UTF-8 TZ=UTC

elapsed() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }
export -f elapsed

# vg NAME STEP ARGS…: one run of memcheck; prints "pass|fail NAME STEP seconds".
vg() {
  local name=$1 step=$2 log rc start
  shift 2
  log="$logs/$name.$step"
  start=$(date +%s.%N)
  valgrind -q --tool=memcheck --leak-check=full --show-leak-kinds=definite \
    --errors-for-leak-kinds=definite --error-exitcode=99 --num-callers=40 \
    --suppressions="$top/tests/valgrind/pacefuel.supp" --log-file="$log.valgrind" \
    "$cli" "$@" >"$log.out" 2>"$log.err"
  rc=$?
  # 0: done; 1: the CLI refused the file, with a message; anything else is a failure.
  if [ $rc -eq 0 ] || { [ $rc -eq 1 ] && [ -s "$log.err" ]; }; then
    echo "pass $name $step $(elapsed "$start")"
  else
    echo "fail $name $step $(elapsed "$start") (exit $rc; see $log.valgrind)"
  fi
}
export -f vg

check_file() {
  local file=$1 name size_mb tmp
  name=$(basename "$(dirname "$file")")-$(basename "$file")
  size_mb=$(( $(stat -c %s "$file") / 1048576 ))
  if [ "$size_mb" -ge "$max_mb" ]; then
    echo "skip $name all 0 (larger than $max_mb MB)"
    return
  fi
  tmp="$logs/$name.d"
  mkdir -p "$tmp"
  vg "$name" course course "$file"
  vg "$name" plan plan "$file" --from-race=10000=50:00 --save "$tmp/plan.pacefuel"
  if [ -f "$tmp/plan.pacefuel" ]; then
    vg "$name" plan-file plan "$tmp/plan.pacefuel" --json
    vg "$name" export export "$tmp/plan.pacefuel" --pdf "$tmp/plan.pdf" \
      --pace-band "$tmp/band.pdf" --csv "$tmp/splits.csv" --schedule-csv "$tmp/schedule.csv" \
      --gpx "$tmp/timed.gpx"
  fi
  # The runner's profile from this run (refused, with a message, when it has no times), and a
  # plan that uses it: the fit, the plan's profile effect and the plan file that carries it.
  vg "$name" profile profile "$file" --save "$tmp/profile.json"
  if [ -f "$tmp/profile.json" ]; then
    vg "$name" plan-profile plan "$file" --from-race=10000=50:00 --profile "$tmp/profile.json" \
      --save "$tmp/own.pacefuel"
  fi
}
export -f check_file

start=$(date +%s)
find "$shared" -type f \( -iname '*.gpx' -o -iname '*.tcx' \) -print0 | sort -z \
  | xargs -0 -n 1 -P "$jobs" bash -c 'check_file "$1"' _ >"$logs/results.txt"

sort -k2 "$logs/results.txt" | while read -r verdict name step seconds rest; do
  [ "$verdict" = pass ] && continue
  printf '  %-4s %-48s %-9s %s\n' "$verdict" "$name" "$step" "$rest" >&2
done
for f in $(grep '^fail' "$logs/results.txt" | awk '{ print $2 "." $3 }'); do
  echo "---- $f" >&2
  head -n 60 "$logs/$f.valgrind" "$logs/$f.err" >&2
done

passed=$(grep -c '^pass' "$logs/results.txt" || true)
failed=$(grep -c '^fail' "$logs/results.txt" || true)
skipped=$(grep -c '^skip' "$logs/results.txt" || true)
slowest=$(sort -k4 -n -r "$logs/results.txt" | head -n 1 | awk '{ printf "%s %s %.0f s", $2, $3, $4 }')
echo "run-valgrind: $(find "$shared" -type f \( -iname '*.gpx' -o -iname '*.tcx' \) | wc -l) files, $((passed + failed)) runs in $(( $(date +%s) - start )) s with $jobs jobs (slowest: $slowest)" >&2
[ "$failed" -eq 0 ] && [ -z "${PF_VALGRIND_LOGS:-}" ] && rm -rf "$logs"
[ "$failed" -eq 0 ] || echo "run-valgrind: logs in $logs" >&2
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
