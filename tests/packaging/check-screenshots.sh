#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The metainfo's screenshots are the pictures in data/screenshots/: every <image> is a raw
# GitHub URL of this repository's main branch whose file exists here, is a PNG, and has the
# width and height the metainfo states; there is exactly one default screenshot, every
# screenshot has a caption, and no picture in data/screenshots/ is left unused.
# Software centres download the URLs; this test cannot (no network), so it checks the files
# that the URLs will serve once pushed.
#
# Usage: check-screenshots.sh XMLLINT METAINFO.xml SOURCE_ROOT

set -u

xmllint=${1:?usage: check-screenshots.sh XMLLINT METAINFO.xml SOURCE_ROOT}
metainfo=${2:?}
root=${3:?}
prefix=https://raw.githubusercontent.com/pacefuel/pacefuel/main/
status=0

fail () {
  echo "FAIL: $*"
  status=1
}

xpath () {
  "$xmllint" --xpath "$1" "$metainfo" 2>/dev/null
}

# The first bytes of a PNG: the signature, then the IHDR chunk with width and height as
# big-endian 32-bit numbers at offsets 16 and 20.
png_size () {
  sig=$(od -An -tx1 -N8 "$1" | tr -d ' \n')
  [ "$sig" = 89504e470d0a1a0a ] || return 1
  # shellcheck disable=SC2046 # eight numbers, one per word
  set -- $(od -An -tu1 -j16 -N8 "$1")
  echo "$(( ($1 << 24) + ($2 << 16) + ($3 << 8) + $4 ))" \
       "$(( ($5 << 24) + ($6 << 16) + ($7 << 8) + $8 ))"
}

n=$(xpath 'count(/component/screenshots/screenshot)')
[ "${n:-0}" -ge 1 ] || fail "$metainfo has no screenshots"
n_default=$(xpath 'count(/component/screenshots/screenshot[@type="default"])')
[ "${n_default:-0}" -eq 1 ] || fail "$metainfo has $n_default default screenshots, not 1"

used=""
i=1
while [ "$i" -le "${n:-0}" ]; do
  shot="/component/screenshots/screenshot[$i]"
  caption=$(xpath "normalize-space($shot/caption[not(@xml:lang)])")
  [ -n "$caption" ] || fail "screenshot $i has no caption"

  n_images=$(xpath "count($shot/image)")
  [ "$n_images" -ge 1 ] || fail "screenshot $i has no image"
  j=1
  while [ "$j" -le "$n_images" ]; do
    image="$shot/image[$j]"
    url=$(xpath "normalize-space($image)")
    width=$(xpath "string($image/@width)")
    height=$(xpath "string($image/@height)")
    j=$((j + 1))

    case $url in
      "$prefix"*) ;;
      *) fail "screenshot $i: $url is not under $prefix"; continue ;;
    esac
    path=${url#"$prefix"}
    used="$used $path"
    if [ ! -f "$root/$path" ]; then
      fail "screenshot $i: $path does not exist in the source tree"
      continue
    fi
    if ! size=$(png_size "$root/$path"); then
      fail "screenshot $i: $path is not a PNG"
      continue
    fi
    if [ -z "$width" ] || [ -z "$height" ]; then
      fail "screenshot $i: $url states no width and height"
    elif [ "$size" != "$width $height" ]; then
      fail "screenshot $i: $path is $(echo "$size" | tr ' ' x), the metainfo says ${width}x$height"
    fi
    echo "screenshot $i: $path ${width}x$height: $caption"
  done
  i=$((i + 1))
done

for png in "$root"/data/screenshots/*.png; do
  [ -f "$png" ] || continue
  rel=${png#"$root"/}
  case " $used " in
    *" $rel "*) ;;
    *) fail "$rel is not shown by the metainfo" ;;
  esac
done

[ $status -eq 0 ] && echo "screenshots: $n, all present with the stated sizes"
exit $status
