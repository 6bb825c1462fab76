#!/usr/bin/env bash
#
# run.sh — Go's own test programs as a conformance check for vm (issue 7).
#
#   tests/gotest/run.sh [-v] [VM] [NAME...]
#
# Runs every single-file `// run` program of Go 1.19's test directory
# (/usr/share/go-1.19/test/*.go, package golang-1.19-src; override with
# GOTEST_DIR) under real Go and under vm (default build/vm), compares stdout,
# normalised stderr and exit status, and prints one line per program:
#
#   pass     NAME
#   FAIL     NAME  CLASS  detail
#   skip     NAME  why
#
# followed by the counts. -v also prints a diff for every failure. NAMEs
# (with or without .go) restrict the run to those programs.
#
# Which programs: those whose action line (the first `//` line after any
# build-constraint lines, as Go's test/run.go reads it) is `// run` or
# `// run ARGS` (ARGS ending in .go are more files of the program, built
# and run together with it; the rest become the program's arguments). Skipped: `// run`
# with compiler flags (-gcflags: they test the gc toolchain, not the
# language), programs importing "C" (cgo), and programs whose build
# constraints exclude linux/amd64 (go build says so; vm has no notion of
# constraints, so the oracle decides). `// runoutput`, `// rundir`,
# `// errorcheck` and the rest are not `// run` and are not considered.
#
# How a failure is classified (first match wins):
#   too slow      vm did not finish within GOTEST_TIMEOUT seconds (default 30)
#                 while Go did
#   unsupported   vm rejected an import (`package X is not in GOROOT`) or
#                 an identifier of a supported package (`undefined: pkg.F`):
#                 the detail names it
#   vm-limit      vm said a construct is `not supported yet` (a known gap
#                 in the language, not a library)
#   vm crash      vm died of a signal or an internal error (status > 2 and
#                 not the program's own)
#   compile error vm reported a compile error on a program Go accepts
#   wrong output  anything else: stdout, stderr or status differ
#
# Both sides see the same stderr normaliser as the golden tests
# (tests/run_golden.sh --normalize). Go runs the program as a built binary
# (go build, then exec), so the status is the program's own, not go run's.
# Each program runs in a scratch copy of the test directory's file so that
# programs that write files cannot touch the Go installation.
#
# Not part of ctest: it needs Go and takes minutes. The results are
# summarised in docs/gotest.md.
set -uo pipefail
export LC_ALL=C CGO_ENABLED=0 GOFLAGS= GO111MODULE=off

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
src=${GOTEST_DIR:-/usr/share/go-1.19/test}
timeout_s=${GOTEST_TIMEOUT:-30}
verbose=0
if [[ ${1:-} == -v ]]; then verbose=1; shift; fi
vm=$root/build/vm
if [[ $# -gt 0 && -x $1 && ! -d $1 && $1 != *.go ]]; then vm=$(cd "$(dirname "$1")" && pwd)/$(basename "$1"); shift; fi
[[ -x $vm ]] || { echo "run.sh: no vm at $vm (build first)" >&2; exit 2; }
command -v go >/dev/null || { echo "run.sh: needs Go 1.19" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/gotest.XXXXXX")
trap 'rm -rf "$work"' EXIT

# Prints the action line of [file]: the first `//` comment line that is not
# a build constraint.
action_of() {
  sed -n -e '/^\/\/ *+build/d' -e '/^\/\/go:build/d' -e '/^$/d' \
    -e '/^\/\//{p;q}' -e 'q' "$1"
}

# Runs [cmd...] in the current directory with the timeout; writes out, err
# and status into the directory named by $1.
run_capture() {
  local d=$1; shift
  local st=0
  timeout -k 5 "$timeout_s" "$@" </dev/null >"$d/out" 2>"$d/err.raw" || st=$?
  "$root/tests/run_golden.sh" --normalize <"$d/err.raw" >"$d/err"
  echo "$st" >"$d/status"
}

# Prints the failure class and a detail for the vm run in [v] against the
# Go run in [g].
classify() {
  local g=$1 v=$2 st line
  st=$(cat "$v/status")
  if [[ $st == 124 || $st == 137 ]]; then echo "too-slow    >${timeout_s}s"; return; fi
  line=$(grep -m1 -o 'package [^ ]* is not in GOROOT' "$v/err.raw")
  if [[ -n $line ]]; then echo "unsupported $(echo "$line" | cut -d' ' -f2)"; return; fi
  line=$(grep -m1 -o 'undefined: [a-z0-9]*\.[A-Za-z0-9_]*' "$v/err.raw")
  if [[ -n $line ]]; then echo "unsupported ${line#undefined: }"; return; fi
  line=$(grep -m1 -e 'not supported' "$v/err.raw" | cut -c1-100)
  if [[ -n $line ]]; then echo "vm-limit    ${line#*: }"; return; fi
  if ((st > 2 && st != $(cat "$g/status"))); then
    echo "vm-crash    status $st: $(grep -m1 . "$v/err.raw" | cut -c1-90)"; return
  fi
  if [[ $st == 1 && $(cat "$g/status") != 1 ]] && grep -q '\.go:[0-9]*:[0-9]*: ' "$v/err.raw"; then
    echo "compile-err $(grep -m1 '\.go:[0-9]*:[0-9]*: ' "$v/err.raw" | cut -c1-100)"; return
  fi
  if ! cmp -s "$g/status" "$v/status"; then
    echo "wrong       status $(cat "$v/status") (go $(cat "$g/status")): $(grep -m1 . "$v/err" | cut -c1-80)"; return
  fi
  if ! cmp -s "$g/out" "$v/out"; then echo "wrong       stdout differs"; return; fi
  echo "wrong       stderr differs: $(diff "$g/err" "$v/err" | grep -m1 '^>' | cut -c1-80)"
}

names=()
if (($# > 0)); then
  for a in "$@"; do names+=("$(basename "$a" .go)"); done
else
  for f in "$src"/*.go; do names+=("$(basename "$f" .go)"); done
fi

npass=0 nfail=0 nskip=0
for name in "${names[@]}"; do
  f=$src/$name.go
  [[ -f $f ]] || { echo "run.sh: no $f" >&2; continue; }
  act=$(action_of "$f")
  [[ $act == "// run" || $act == "// run "* ]] || continue
  args=()
  if [[ $act == "// run "* ]]; then
    rest=${act#// run }
    if [[ $rest == -* ]]; then
      printf 'skip     %-24s compiler flags (%s)\n' "$name" "$rest"; nskip=$((nskip + 1)); continue
    fi
    read -r -a args <<<"$rest"
  fi
  files=("$name.go")
  for a in "${args[@]}"; do [[ $a == *.go ]] && files+=("$a"); done
  plain=()
  for a in "${args[@]}"; do [[ $a == *.go ]] || plain+=("$a"); done
  args=("${plain[@]}")
  if grep -q '^import "C"' "$f"; then
    printf 'skip     %-24s cgo\n' "$name"; nskip=$((nskip + 1)); continue
  fi
  d=$work/$name
  mkdir -p "$d/g" "$d/v" "$d/src"
  for a in "${files[@]}"; do cp "$src/$a" "$d/src/"; done
  if ! (cd "$d/src" && go build -o "$d/prog" "${files[@]}") >"$d/build" 2>&1; then
    if grep -q 'build constraints exclude' "$d/build"; then
      printf 'skip     %-24s build constraints exclude linux/amd64\n' "$name"
    else
      printf 'skip     %-24s go build fails: %s\n' "$name" "$(head -c 80 "$d/build" | tr '\n' ' ')"
    fi
    nskip=$((nskip + 1)); continue
  fi
  (cd "$d/src" && run_capture "$d/g" "$d/prog" "${args[@]}")
  (cd "$d/src" && run_capture "$d/v" "$vm" "${files[@]}" "${args[@]}")
  if cmp -s "$d/g/out" "$d/v/out" && cmp -s "$d/g/err" "$d/v/err" &&
     cmp -s "$d/g/status" "$d/v/status"; then
    printf 'pass     %s\n' "$name"; npass=$((npass + 1))
  else
    printf 'FAIL     %-24s %s\n' "$name" "$(classify "$d/g" "$d/v")"; nfail=$((nfail + 1))
    if ((verbose)); then
      diff <(cat "$d/g/out"; echo "--- stderr"; cat "$d/g/err"; echo "--- status $(cat "$d/g/status")") \
           <(cat "$d/v/out"; echo "--- stderr"; cat "$d/v/err"; echo "--- status $(cat "$d/v/status")") |
        head -20 | sed 's/^/    /'
    fi
  fi
done
echo "pass $npass  fail $nfail  skip $nskip  (of $((npass + nfail + nskip)) // run programs)"
((nfail == 0))
