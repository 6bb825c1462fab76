#!/usr/bin/env bash
#
# escape.sh — Go's own escape-analysis tests as a conformance check for
# `vm -m` (issue 4).
#
#   tests/gotest/escape.sh [-v] [VM] [NAME...]
#
# Takes every single-file program of Go 1.19's test directory
# (/usr/share/go-1.19/test and its fixedbugs/, package golang-1.19-src;
# override with GOTEST_DIR) whose action line is `// errorcheck` with -m,
# and every `// run` program that vm passes (tests/gotest/run.sh), and
# compares what `go build -gcflags='-m -l'` prints for it with what
# `vm -m disasm` prints, line for line (vm does not inline, hence -l on
# both sides). One line per program:
#
#   same     NAME
#   DIFF     NAME  N lines differ
#   skip     NAME  why
#
# then the counts; -v also prints each diff (< go, > vm).
#
# An errorcheck program is often a package other than main: its package
# clause becomes `package main`, and a `func main() {}` is added when it
# has none, on both sides. Skipped: programs that import packages vm does
# not provide (unsafe, reflect, runtime internals: vm says "not in
# GOROOT"), and programs gc does not build as a main package (functions
# without bodies, deliberate errors).
#
# Not part of ctest: it needs Go. The counts are in docs/gotest.md.
set -uo pipefail
export LC_ALL=C CGO_ENABLED=0 GOFLAGS= GO111MODULE=off

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
src=${GOTEST_DIR:-/usr/share/go-1.19/test}
verbose=0
if [[ ${1:-} == -v ]]; then verbose=1; shift; fi
vm=$root/build/vm
if [[ $# -gt 0 && -x $1 && ! -d $1 && $1 != *.go ]]; then vm=$(cd "$(dirname "$1")" && pwd)/$(basename "$1"); shift; fi
[[ -x $vm ]] || { echo "escape.sh: no vm at $vm (build first)" >&2; exit 2; }
command -v go >/dev/null || { echo "escape.sh: needs Go 1.19" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/gotest-escape.XXXXXX")
trap 'rm -rf "$work"' EXIT

# The programs: errorcheck programs asking for -m, then the run programs
# vm passes (their names as paths relative to $src, without .go).
programs() {
  (cd "$src" && grep -l '^// errorcheck .*-m' ./*.go fixedbugs/*.go 2>/dev/null) | sed -e 's#^\./##' -e 's#\.go$##'
  "$here/run.sh" "$vm" 2>/dev/null | awk '$1 == "pass" && NF == 2 { print $2 }'
}

names=()
if (($# > 0)); then
  for a in "$@"; do names+=("${a%.go}"); done
else
  mapfile -t names < <(programs)
fi

nsame=0 ndiff=0 nskip=0
for rel in "${names[@]}"; do
  f=$src/$rel.go
  [[ -f $f ]] || { echo "escape.sh: no $f" >&2; continue; }
  name=$(basename "$rel")
  d=$work/$name
  mkdir -p "$d"
  sed 's/^package [A-Za-z0-9_]*$/package main/' "$f" >"$d/$name.go"
  grep -q '^func main()' "$d/$name.go" || echo 'func main() {}' >>"$d/$name.go"
  go_out=$(cd "$d" && go build -gcflags='-m -l' -o /dev/null "./$name.go" 2>&1)
  go_status=$?
  vm_out=$(cd "$d" && "$vm" -m disasm "./$name.go" 2>&1 >/dev/null </dev/null)
  if grep -q 'is not in GOROOT' <<<"$vm_out"; then
    printf 'skip     %-24s %s\n' "$name" "$(grep -m1 -o 'package [^ ]* is not in GOROOT' <<<"$vm_out")"
    nskip=$((nskip + 1)); continue
  fi
  if ((go_status != 0)); then
    printf 'skip     %-24s go build fails: %s\n' "$name" "$(grep -v '^#' <<<"$go_out" | head -1 | cut -c1-70)"
    nskip=$((nskip + 1)); continue
  fi
  want=$(grep -v '^# ' <<<"$go_out")
  got=$(sed '/^# /,$d' <<<"$vm_out")
  if [[ $want == "$got" ]]; then
    printf 'same     %s\n' "$name"; nsame=$((nsame + 1))
  else
    n=$(diff <(printf '%s\n' "$want") <(printf '%s\n' "$got") | grep -c '^[<>]')
    printf 'DIFF     %-24s %s lines differ\n' "$name" "$n"; ndiff=$((ndiff + 1))
    if ((verbose)); then diff <(printf '%s\n' "$want") <(printf '%s\n' "$got") | head -20 | sed 's/^/    /'; fi
  fi
done
echo "same $nsame, different $ndiff, skipped $nskip"
