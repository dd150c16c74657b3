#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The application icons: well-formed SVG on the canvas the icon theme expects (128 px for the
# full-colour icon, 16 px for the symbolic one), and the symbolic icon in the single colour
# GTK recolours (#2e3436), or it shows up black on dark themes.
#
# Usage: check-icons.sh XMLLINT SCALABLE.svg SYMBOLIC.svg

set -u

xmllint=${1:?usage: check-icons.sh XMLLINT SCALABLE.svg SYMBOLIC.svg}
scalable=${2:?}
symbolic=${3:?}
status=0

fail () {
  echo "FAIL: $*"
  status=1
}

for svg in "$scalable" "$symbolic"; do
  "$xmllint" --noout "$svg" || fail "$svg is not well-formed XML"
  root=$("$xmllint" --xpath 'local-name(/*)' "$svg" 2>/dev/null)
  [ "$root" = svg ] || fail "$svg: root element is '$root', not svg"
  # Raster images inside an icon defeat the point of a scalable icon.
  if grep -q '<image' "$svg"; then
    fail "$svg embeds a raster image"
  fi
done

attr () {
  "$xmllint" --xpath "string(/*[local-name()='svg']/@$2)" "$1" 2>/dev/null
}

[ "$(attr "$scalable" width)" = 128 ] || fail "$scalable: width is not 128"
[ "$(attr "$scalable" height)" = 128 ] || fail "$scalable: height is not 128"
[ "$(attr "$scalable" viewBox)" = "0 0 128 128" ] || fail "$scalable: viewBox is not 0 0 128 128"
[ "$(attr "$symbolic" width)" = 16 ] || fail "$symbolic: width is not 16"
[ "$(attr "$symbolic" height)" = 16 ] || fail "$symbolic: height is not 16"
[ "$(attr "$symbolic" viewBox)" = "0 0 16 16" ] || fail "$symbolic: viewBox is not 0 0 16 16"

colours=$(grep -oiE '#[0-9a-f]{6}\b|#[0-9a-f]{3}\b' "$symbolic" | tr 'A-F' 'a-f' | sort -u)
for colour in $colours; do
  [ "$colour" = "#2e3436" ] || fail "$symbolic uses $colour; symbolic icons use only #2e3436"
done
[ -n "$colours" ] || fail "$symbolic names no colour"
if grep -qE 'Gradient|<style|opacity="0"' "$symbolic"; then
  fail "$symbolic uses gradients, styles or hidden shapes"
fi

[ $status -eq 0 ] && echo "icons: $scalable, $symbolic ok"
exit $status
