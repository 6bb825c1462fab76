#!/usr/bin/env bash
# run.sh VM NAME.go — checks that `vm -m` reports what Go 1.19's
# `go build -gcflags='-m -l'` reported for NAME.go (NAME.m, from gen.sh).
# The program is not run (`vm -m disasm`), so its own stderr output cannot
# mix with the report; if the code generator rejects a construct, the
# report (printed before code generation) is still compared, and the
# compile error after it (from its "# command-line-arguments" line) is
# ignored. When NAME.m2 exists, `vm -m=2` must print it too.
set -uo pipefail
vm=$1
prog=$2
dir=$(dirname "$prog")
name=$(basename "$prog" .go)
cd "$dir" || exit 1
got=$("$vm" -m disasm "./$name.go" 2>&1 >/dev/null </dev/null | sed '/^# command-line-arguments$/,$d')
want=$(cat "$name.m")
status=0
if [[ "$got" != "$want" ]]; then
  echo "escape report (-m) of $name.go differs from Go's (< go, > vm):"
  diff <(printf '%s\n' "$want") <(printf '%s\n' "$got")
  status=1
fi
if [[ -f "$name.m2" ]]; then
  got=$("$vm" -m=2 disasm "./$name.go" 2>&1 >/dev/null </dev/null | sed '/^# command-line-arguments$/,$d')
  want=$(cat "$name.m2")
  if [[ "$got" != "$want" ]]; then
    echo "escape report (-m=2) of $name.go differs from Go's (< go, > vm):"
    diff <(printf '%s\n' "$want") <(printf '%s\n' "$got")
    status=1
  fi
fi
exit $status
