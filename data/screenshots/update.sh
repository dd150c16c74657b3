#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Retakes the screenshots the metainfo and the README show, from a built tree, with no display:
# the embedded sample course (Twin Cities Marathon 2014, MIT) in a 1200×800 window, and the
# plan in a narrow one. Look at every picture before committing it.
#
# Usage: data/screenshots/update.sh BUILD_DIR

set -eu

build=${1:?usage: data/screenshots/update.sh BUILD_DIR}
here=$(cd "$(dirname "$0")" && pwd)
shot="$build/tests/ui/pf-shot"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

export GSETTINGS_SCHEMA_DIR="$build/data" GSETTINGS_BACKEND=memory GSK_RENDERER=cairo \
       NO_AT_BRIDGE=1 GTK_A11Y=none LC_ALL=C.UTF-8 LANGUAGE='' TZ=UTC

# A marathon goal faster than the runner's 10K predicts, on a day that warms from 14 to 23 °C,
# with an aid station every 5 km: the plan, its warnings and the fuel schedule all have
# something to say.
plan_args="--official-km 42.195 --goal 3:25:00 --race-10k 45:00 --temp-start 14 --temp-end 23
           --aid-every 5"

take () {
  name=$1
  shift
  dbus-run-session -- xvfb-run -a -s "-screen 0 1400x1000x24" "$shot" "$@" "$tmp/$name"
  # Opaque RGB, no metadata, best zlib compression: a third smaller, pixel for pixel the same.
  convert "$tmp/$name" -strip -alpha off -define png:compression-level=9 \
          -define png:color-type=2 "$here/$name"
  identify -format "%f: %w×%h, %b\n" "$here/$name"
}

# shellcheck disable=SC2086 # plan_args is a list of words
take plan.png --page plan --width 1200 --height 800 $plan_args
take course.png --page course --width 1200 --height 800 --official-km 42.195 --cursor 36.5 \
     --aid-every 5
take stations.png --page course --width 1200 --height 800 --dark $plan_args --open-aid 10
# shellcheck disable=SC2086
take fuel.png --page fuel --width 1200 --height 800 $plan_args
# shellcheck disable=SC2086
take narrow.png --page plan --width 400 --height 800 $plan_args
# --temp-end is typed into the window's field, in °F in imperial units (73 °F: 23 °C).
take narrow-imperial.png --page fuel --width 360 --height 800 --imperial --dark \
     --official-km 42.195 --goal 3:25:00 --race-10k 45:00 --temp-start 14 --temp-end 73 \
     --aid-every 5
