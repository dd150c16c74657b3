#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# po/POTFILES.in must list every source file with translatable strings (or the strings never
# reach translators), and every file it lists must exist (or `meson compile pacefuel-pot` fails).
#
# Usage: check-potfiles.sh SOURCE_ROOT

set -u

root=${1:?usage: check-potfiles.sh SOURCE_ROOT}
potfiles="$root/po/POTFILES.in"
skip="$root/po/POTFILES.skip"
status=0

if [ ! -f "$potfiles" ]; then
  echo "FAIL: $potfiles does not exist"
  exit 1
fi

listed=$(mktemp)
missing=$(mktemp)
trap 'rm -f "$listed" "$missing"' EXIT
# Comments and blank lines are allowed; everything else is a path relative to the root.
strip_comments () {
  sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^$/d' "$1"
}

strip_comments "$potfiles" > "$listed"
while IFS= read -r file; do
  if [ ! -f "$root/$file" ]; then
    echo "FAIL: po/POTFILES.in lists $file, which does not exist"
    status=1
  fi
done < "$listed"

# POTFILES.skip names files that look translatable but must not reach translators.
if [ -f "$skip" ]; then
  strip_comments "$skip" >> "$listed"
fi

# gettext calls in C: _("…"), N_("…"), C_("ctx", "…"), NC_(…), with or without a space
# before the parenthesis (GNU style); ngettext/g_dngettext; translatable="yes" in GtkBuilder.
c_pattern='(^|[^A-Za-z0-9_])(N|C|NC)?_[[:space:]]*\([[:space:]]*"|(^|[^A-Za-z0-9_])(g_d?)?n?gettext[[:space:]]*\('
ui_pattern='translatable="(yes|true|1)"'

for dir in src ui; do
  [ -d "$root/$dir" ] || continue
  find "$root/$dir" -type f \( -name '*.c' -o -name '*.h' \) | sort | while IFS= read -r path; do
    rel=${path#"$root"/}
    if grep -qE "$c_pattern" "$path" && ! grep -qxF "$rel" "$listed"; then
      echo "FAIL: $rel has translatable strings but is not in po/POTFILES.in"
      echo "$rel" >> "$missing"
    fi
  done
  find "$root/$dir" -type f -name '*.ui' | sort | while IFS= read -r path; do
    rel=${path#"$root"/}
    if grep -qE "$ui_pattern" "$path" && ! grep -qxF "$rel" "$listed"; then
      echo "FAIL: $rel has translatable strings but is not in po/POTFILES.in"
      echo "$rel" >> "$missing"
    fi
  done
done

if [ -s "$missing" ]; then
  status=1
fi

# The packaging data carry translatable strings too.
for file in data/io.github.pacefuel.Pacefuel.desktop.in \
            data/io.github.pacefuel.Pacefuel.metainfo.xml.in \
            data/io.github.pacefuel.Pacefuel.gschema.xml \
            data/io.github.pacefuel.Pacefuel.mime.xml; do
  if ! grep -qxF "$file" "$listed"; then
    echo "FAIL: $file is not in po/POTFILES.in"
    status=1
  fi
done

if [ $status -eq 0 ]; then
  echo "po/POTFILES.in: $(grep -c . "$listed") files, complete"
fi
exit $status
