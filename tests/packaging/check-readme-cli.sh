#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# README.md documents the whole command line: every command `pacefuel-cli --help` lists has a
# "### `pacefuel-cli COMMAND" section, and every long option `pacefuel-cli COMMAND --help` prints
# appears in README.md as `--option` (a whole word: `--race` is not `--race-10k`).
#
# Usage: check-readme-cli.sh PACEFUEL-CLI README.md

set -u

cli=${1:?usage: check-readme-cli.sh PACEFUEL-CLI README.md}
readme=${2:?}
status=0

fail () {
  echo "FAIL: $*"
  status=1
}

# The help in English, whatever the machine's locale.
export LC_ALL=C.UTF-8 LANGUAGE=

commands=$("$cli" --help | sed -n '/^Commands:/,/^$/s/^  \([a-z][a-z-]*\) .*/\1/p')
[ -n "$commands" ] || fail "pacefuel-cli --help lists no commands"

n_options=0
for command in $commands; do
  grep -q "^### \`pacefuel-cli $command" "$readme" \
    || fail "README.md has no section \"### \`pacefuel-cli $command …\`\""

  if ! help=$("$cli" "$command" --help); then
    fail "pacefuel-cli $command --help failed"
    continue
  fi
  # "  --name=ARG   description" or "  --name   description"; -h/--help is GLib's own.
  options=$(echo "$help" | sed -n 's/^  *\(-[a-zA-Z], \)\{0,1\}--\([a-z][a-z0-9-]*\).*/\2/p' \
            | grep -v '^help' | sort -u)
  for option in $options; do
    n_options=$((n_options + 1))
    grep -qE -- "--$option([^a-z0-9-]|\$)" "$readme" \
      || fail "README.md does not document pacefuel-cli $command --$option"
  done
done

n_commands=$(echo "$commands" | wc -w)
[ $status -eq 0 ] && echo "README.md documents all $n_commands commands and $n_options options"
exit $status
