#!/usr/bin/env bash
# run.sh VM NAME.go [EXPECTED_DIR] — checks that `vm -m` reports what Go
# 1.19's `go build -gcflags='-m -l'` reported for NAME.go (NAME.m, from
# gen.sh), read from EXPECTED_DIR (default: beside NAME.go; golden programs
# of tests/go keep theirs in tests/escape/golden, so no program is copied).
# The program is not run (`vm -m disasm`), so its own stderr output cannot
# mix with the report; if the code generator rejects a construct, the
# report (printed before code generation) is still compared, and the
# compile error after it (from its "# command-line-arguments" line) is
# ignored. When NAME.m2 exists, `vm -m=2` must print it too. A multi-file
# golden program is a directory NAME (tests/go/NAME/), checked as `vm -m
# disasm .` in it; its compile errors follow a "# NAME" line.
set -uo pipefail
vm=$1
prog=$2
if [[ -d $prog ]]; then
  dir=$prog
  name=$(basename "$prog")
  target=.
else
  dir=$(dirname "$prog")
  name=$(basename "$prog" .go)
  target=./$name.go
fi
expect=$(cd "${3:-$dir}" && pwd) || exit 1
cd "$dir" || exit 1
got=$("$vm" -m disasm "$target" 2>&1 >/dev/null </dev/null | sed '/^# /,$d')
want=$(cat "$expect/$name.m")
status=0
if [[ "$got" != "$want" ]]; then
  echo "escape report (-m) of $name.go differs from Go's (< go, > vm):"
  diff <(printf '%s\n' "$want") <(printf '%s\n' "$got")
  status=1
fi
if [[ -f "$expect/$name.m2" ]]; then
  got=$("$vm" -m=2 disasm "$target" 2>&1 >/dev/null </dev/null | sed '/^# /,$d')
  want=$(cat "$expect/$name.m2")
  if [[ "$got" != "$want" ]]; then
    echo "escape report (-m=2) of $name.go differs from Go's (< go, > vm):"
    diff <(printf '%s\n' "$want") <(printf '%s\n' "$got")
    status=1
  fi
fi
exit $status
