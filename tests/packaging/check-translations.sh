#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Every language in po/LINGUAS is complete: its .po has no untranslated and no fuzzy message,
# passes msgfmt --check (format strings, plural counts, header), declares the plural rule of
# its language, and translates every message of a template extracted afresh from the sources
# listed in po/POTFILES.in — so a string added to the code without a translation fails here,
# not in front of a German, French or Spanish user.
#
# The template is extracted into a temporary folder with the options of po/meson.build
# (i18n.gettext preset 'glib'); po/pacefuel.pot in the tree is neither read nor written.
# To fix a failure: `meson compile -C BUILD pacefuel-update-po`, then translate what
# this test lists (and clear the fuzzy flags it reports).
#
# Usage: check-translations.sh SOURCE_ROOT

set -u

root=${1:?usage: check-translations.sh SOURCE_ROOT}
status=0

for tool in xgettext msgmerge msgattrib msgfmt; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "$tool is not installed (gettext): skipping"
    exit 77
  fi
done

fail () {
  echo "FAIL: $*"
  status=1
}

# The plural rule each language must declare (GNU gettext manual, "Plural forms"), spaces
# and parentheses removed before comparing. French counts 0 and 1 as singular.
expected_plural () {
  case $1 in
    de|es|en|it|nl|pt) echo 'nplurals=2;plural=n!=1;' ;;
    fr|pt_BR) echo 'nplurals=2;plural=n>1;' ;;
    *) echo '' ;;
  esac
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The options of meson's i18n.gettext(preset: 'glib') that decide which strings are messages.
cd "$root" || exit 1
if ! xgettext --package-name=pacefuel -f po/POTFILES.in -D "$root" -o "$tmp/pacefuel.pot" \
       --from-code=UTF-8 --add-comments -k_ --keyword=_ --keyword=N_ --keyword=C_:1c,2 \
       --keyword=NC_:1c,2 --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 \
       --keyword=g_dpgettext2:2c,3 --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format \
       --flag=NC_:2:pass-c-format --flag=g_dngettext:2:pass-c-format \
       --flag=g_strdup_printf:1:c-format --flag=g_set_error:4:c-format 2>"$tmp/xgettext.err"; then
  cat "$tmp/xgettext.err"
  fail "xgettext could not extract the messages of po/POTFILES.in"
  exit 1
fi
n_template=$(grep -c '^msgid ' "$tmp/pacefuel.pot")
n_template=$((n_template - 1))  # the header

languages=$(sed -e 's/#.*//' "$root/po/LINGUAS" | tr -s ' \t' '\n' | sed '/^$/d')
[ -n "$languages" ] || fail "po/LINGUAS names no language"

for lang in $languages; do
  po="$root/po/$lang.po"
  if [ ! -f "$po" ]; then
    fail "po/LINGUAS names $lang but po/$lang.po does not exist"
    continue
  fi

  # Format strings that do not match their msgid, wrong plural counts, a broken header.
  if ! msgfmt --check --statistics -o /dev/null "$po" 2>"$tmp/stats"; then
    sed 's/^/  /' "$tmp/stats"
    fail "po/$lang.po does not pass msgfmt --check"
  fi
  stats=$(tail -n 1 "$tmp/stats" | sed 's/\.$//')
  fuzzy=$(echo "$stats" | sed -n 's/.* \([0-9][0-9]*\) fuzzy translation.*/\1/p')
  untranslated=$(echo "$stats" | sed -n 's/.* \([0-9][0-9]*\) untranslated message.*/\1/p')
  [ "${fuzzy:-0}" -eq 0 ] || fail "po/$lang.po has $fuzzy fuzzy translation(s): $stats"
  [ "${untranslated:-0}" -eq 0 ] \
    || fail "po/$lang.po has $untranslated untranslated message(s): $stats"

  # The header: the language, UTF-8, and the plural rule of the language.
  grep -q "^\"Language: $lang\\\\n\"" "$po" || fail "po/$lang.po: header lacks \"Language: $lang\""
  grep -q '^"Content-Type: text/plain; charset=UTF-8\\n"' "$po" \
    || fail "po/$lang.po: header does not declare charset=UTF-8"
  plural=$(sed -n 's/^"Plural-Forms: *\(.*\)\\n"$/\1/p' "$po" | tr -d ' ()')
  case $plural in *';') ;; *) plural="$plural;" ;; esac
  wanted=$(expected_plural "$lang")
  if [ -z "$wanted" ]; then
    fail "po/$lang.po: no known plural rule for '$lang'; add it to expected_plural in $0"
  elif [ "$plural" != "$wanted" ]; then
    fail "po/$lang.po: Plural-Forms is '$plural', $lang needs '$wanted'"
  fi

  # Every message of the fresh template, translated. Merging without fuzzy matching leaves
  # exactly the new or changed messages untranslated.
  if ! msgmerge --quiet --no-fuzzy-matching --no-wrap -o "$tmp/$lang.po" "$po" "$tmp/pacefuel.pot" \
         2>"$tmp/merge.err"; then
    sed 's/^/  /' "$tmp/merge.err"
    fail "msgmerge could not merge po/$lang.po with the fresh template"
    continue
  fi
  msgattrib --untranslated --no-obsolete --no-wrap -o "$tmp/$lang.missing.po" "$tmp/$lang.po"
  missing=0
  if [ -f "$tmp/$lang.missing.po" ]; then
    missing=$(grep -c '^msgid ' "$tmp/$lang.missing.po")
    missing=$((missing - 1))  # the header
  fi
  if [ "$missing" -gt 0 ]; then
    fail "po/$lang.po lacks $missing of the $n_template messages in the sources:"
    # "  src/file.c:12: msgid" for each, the first 40.
    awk '/^#: / { where = $2 }
         /^msgid "/ && where != "" { sub(/^msgid /, ""); print "  " where ": " $0; where = "" }' \
      "$tmp/$lang.missing.po" | head -n 40
    [ "$missing" -le 40 ] || echo "  … and $((missing - 40)) more"
  fi

  # Translations of messages the sources no longer have: harmless, but the .po was not merged.
  stale_before=$(grep -c '^#~ msgid ' "$po")
  stale_after=$(grep -c '^#~ msgid ' "$tmp/$lang.po")
  stale=$((stale_after - stale_before))
  if [ "$stale" -gt 0 ]; then
    echo "note: po/$lang.po translates $stale message(s) the sources no longer have" \
         "(meson compile pacefuel-update-po makes them obsolete)"
  fi

  echo "$lang: $stats; $missing of $n_template template messages missing"
done

[ $status -eq 0 ] && echo "translations: $(echo "$languages" | tr "\n" " ")complete ($n_template messages)"
exit $status
