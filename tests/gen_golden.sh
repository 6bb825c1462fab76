#!/usr/bin/env bash
#
# gen_golden.sh — records what Go 1.19 does with each golden program, so that
# run_golden.sh can hold vm to it. For developers only: the test suite never
# needs Go.
#
#   tests/gen_golden.sh                  regenerate every tests/go/*.go
#   tests/gen_golden.sh NAME [NAME.go]   regenerate the named programs
#   tests/gen_golden.sh --check [NAME]   compare with Go, write nothing
#   tests/gen_golden.sh [--check] NAME        NAME may be a multi-file
#                                        program, tests/go/NAME/ (see below)
#   tests/gen_golden.sh [--check] DIR/NAME.go | DIR
#                                        the same for programs elsewhere
#                                        (tests/pending): an existing path
#                                        names its directory, a directory
#                                        every *.go in it; anything else is
#                                        a NAME in tests/go
#
# A multi-file program is a directory NAME holding *.go files and a go.mod
# saying `module NAME` (so the go command builds it in module mode and
# names it "# NAME" in compile errors); Go runs `go build .` in it, as
# `go run .` would, and the expectations are written inside it.
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

# Records the outcome of [dir]/[name].go under Go into
# $work/NAME.{out,err,status}.
oracle() {
  local dir=$1 name=$2 t=$work/$2 status=0
  local -a args=()
  local input=/dev/null
  mkdir -p "$t"
  local target=$name.go
  [[ -d $dir/$name && -f $dir/$name/go.mod ]] && { dir=$dir/$name; target=.; }
  [[ -f $dir/$name.args ]] && { read -r -a args <"$dir/$name.args" || true; }
  [[ -f $dir/$name.in ]] && input=$dir/$name.in
  if (cd "$dir" && go build -o "$t/prog" "$target") >/dev/null 2>"$t/build"; then
    (cd "$dir" && exec "$t/prog" "${args[@]}") <"$input" >"$t/out" 2>"$t/err.raw" || status=$?
    "$here/run_golden.sh" --normalize <"$t/err.raw" >"$t/err"
  else
    # A compile error names the file or the package; anything else (no
    # cache directory, a broken toolchain) must not become a golden file.
    if ! grep -q -e "$name\.go:" -e 'command-line-arguments' -e "^# $name\$" \
         -e 'found packages' -e 'not a main package' "$t/build"; then
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

# Each program is a path DIR/NAME.go; a bare NAME means tests/go/NAME.go.
progs=()
add_dir() {
  local f
  for f in "$1"/*.go "$1"/*/go.mod; do
    [[ -e $f ]] || continue
    if [[ $f == */go.mod ]]; then progs+=("$(dirname "$f")"); else progs+=("$f"); fi
  done
}
if (($# == 0)); then
  add_dir "$godir"
else
  for a in "$@"; do
    if [[ -f $godir/$a/go.mod ]]; then
      progs+=("$godir/$a")
    elif [[ -f $a/go.mod ]]; then
      progs+=("$a")
    elif [[ -d $a ]]; then
      add_dir "$a"
    elif [[ $a == */* && -f $(dirname "$a")/$(basename "$a" .go).go ]]; then
      progs+=("$(dirname "$a")/$(basename "$a" .go).go")
    else
      progs+=("$godir/$(basename "$a" .go).go")
    fi
  done
fi

bad=0
for prog in "${progs[@]}"; do
  name=$(basename "$prog" .go)
  if [[ ! -e $prog ]]; then
    echo "gen_golden.sh: no such program: $prog" >&2
    exit 2
  fi
  dir=$(cd "$(dirname "$prog")" && pwd)
  oracle "$dir" "$name"
  [[ -d $prog ]] && dir=$dir/$name
  t=$work/$name
  if ((check)); then
    if same "$dir/$name.out" "$t/out" && same "$dir/$name.err" "$t/err" &&
       same "$dir/$name.status" "$t/status"; then
      echo "same     $name"
    else
      echo "DIFFERS  $name"
      bad=1
    fi
    continue
  fi
  cp "$t/out" "$dir/$name.out"
  put_or_remove "$t/err" "$dir/$name.err"
  put_or_remove "$t/status" "$dir/$name.status"
  printf '%-32s status %-3s stdout %6d B  stderr %5d B\n' "$name" \
    "$(cat "$t/status.txt")" "$(wc -c <"$t/out")" "$(wc -c <"$t/err")"
done
exit $bad
