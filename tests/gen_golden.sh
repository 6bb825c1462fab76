#!/usr/bin/env bash
#
# gen_golden.sh — records what Go 1.19 does with each golden program, so that
# run_golden.sh can hold vm to it. For developers only: the test suite never
# needs Go.
#
#   tests/gen_golden.sh                  regenerate every tests/go/*.go
#   tests/gen_golden.sh NAME [NAME.go]   regenerate the named programs
#   tests/gen_golden.sh --check [NAME]   compare with Go, write nothing
#
# For NAME.go it writes NAME.out (stdout, always), NAME.err (normalised
# stderr, only when non-empty) and NAME.status (only when not 0), and removes
# stale .err/.status files. NAME.in and NAME.args are inputs, never written.
#
# Why `go build` and then run the binary rather than `go run`: go run exits 1
# whatever status the program had (printing `exit status N`) and 2 when the
# build fails. The golden status is the program's own: its os.Exit code, 2
# for a panic, and 1 for a compile error as libvm.h specifies
# (VM_ERR_COMPILE). The build runs in tests/go on `NAME.go`, which is what
# makes Go print `# command-line-arguments` and `./NAME.go:LINE:COL: ...`
# (errors found while loading the package, before type checking, have other
# forms: `NAME.go:1:1: expected 'package', found 'func'`).
# Output and stderr are the same as go run's; run_golden.sh's normaliser
# (also applied here) drops the traceback after `goroutine N [running]:`.
set -euo pipefail
export LC_ALL=C

here=$(cd "$(dirname "$0")" && pwd)
godir=$here/go
check=0
if [[ ${1:-} == --check ]]; then
  check=1
  shift
fi

command -v go >/dev/null 2>&1 || {
  echo "gen_golden.sh: needs Go 1.19 (apt-get install golang-go)" >&2
  exit 2
}
goversion=$(go version)
if [[ $goversion != *" go1.19"* ]]; then
  echo "gen_golden.sh: warning: the oracle is Go 1.19, this is: $goversion" >&2
fi
export CGO_ENABLED=0 GOFLAGS= GO111MODULE=auto

work=$(mktemp -d "${TMPDIR:-/tmp}/gen_golden.XXXXXX")
trap 'rm -rf "$work"' EXIT

# Writes [content file] to [dest] when non-empty, else removes [dest].
put_or_remove() {
  if [[ -s $1 ]]; then cp "$1" "$2"; else rm -f "$2"; fi
}

# Compares [expected] (possibly absent, meaning empty) with [actual].
same() {
  if [[ -f $1 ]]; then cmp -s "$1" "$2"; else [[ ! -s $2 ]]; fi
}

# Records one program's outcome under Go into $work/NAME.{out,err,status}.
oracle() {
  local name=$1 t=$work/$1 status=0
  local -a args=()
  local input=/dev/null
  mkdir -p "$t"
  [[ -f $godir/$name.args ]] && { read -r -a args <"$godir/$name.args" || true; }
  [[ -f $godir/$name.in ]] && input=$godir/$name.in
  if (cd "$godir" && go build -o "$t/prog" "$name.go") >/dev/null 2>"$t/build"; then
    (cd "$godir" && exec "$t/prog" "${args[@]}") <"$input" >"$t/out" 2>"$t/err.raw" || status=$?
    "$here/run_golden.sh" --normalize <"$t/err.raw" >"$t/err"
  else
    # A compile error names the file or the package; anything else (no
    # cache directory, a broken toolchain) must not become a golden file.
    if ! grep -q -e "$name\.go:" -e 'command-line-arguments' "$t/build"; then
      echo "gen_golden.sh: $name: go build failed without a compile error:" >&2
      cat "$t/build" >&2
      exit 2
    fi
    : >"$t/out"
    "$here/run_golden.sh" --normalize <"$t/build" >"$t/err"
    status=1
  fi
  echo "$status" >"$t/status.txt"
  if ((status == 0)); then : >"$t/status"; else echo "$status" >"$t/status"; fi
}

names=()
if (($# == 0)); then
  for f in "$godir"/*.go; do names+=("$(basename "$f" .go)"); done
else
  for a in "$@"; do names+=("$(basename "$a" .go)"); done
fi

bad=0
for name in "${names[@]}"; do
  if [[ ! -f $godir/$name.go ]]; then
    echo "gen_golden.sh: no such program: $godir/$name.go" >&2
    exit 2
  fi
  oracle "$name"
  t=$work/$name
  if ((check)); then
    if same "$godir/$name.out" "$t/out" && same "$godir/$name.err" "$t/err" &&
       same "$godir/$name.status" "$t/status"; then
      echo "same     $name"
    else
      echo "DIFFERS  $name"
      bad=1
    fi
    continue
  fi
  cp "$t/out" "$godir/$name.out"
  put_or_remove "$t/err" "$godir/$name.err"
  put_or_remove "$t/status" "$godir/$name.status"
  printf '%-32s status %-3s stdout %6d B  stderr %5d B\n' "$name" \
    "$(cat "$t/status.txt")" "$(wc -c <"$t/out")" "$(wc -c <"$t/err")"
done
exit $bad
