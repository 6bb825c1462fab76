#!/usr/bin/env bash
#
# run_golden.sh — runs golden Go programs under vm and compares the outcome
# with what Go 1.19 produced (recorded by tests/gen_golden.sh).
#
#   tests/run_golden.sh VM tests/go/NAME.go            one test (ctest go_NAME)
#   tests/run_golden.sh VM tests/go/*.go               many, with a summary
#   tests/run_golden.sh VM tests/pending/*.go          staged programs (no ctest)
#   tests/run_golden.sh VM tests/go/NAME               a multi-file program
#   tests/run_golden.sh --normalize < stderr.txt       the stderr filter alone
#
# For DIR/NAME.go (tests/go or tests/pending) the expectations sit beside it:
#   NAME.out     stdout, compared byte for byte (always present)
#   NAME.err     stderr after normalisation; absent means stderr must be empty
#   NAME.status  exit status; absent means 0
#   NAME.in      fed on stdin (absent: /dev/null)
#   NAME.args    program arguments, one line, split on blanks
#   NAME.noescape.out  stdout under `vm -noescape`, for the few programs
#                whose output measures heap allocations (else NAME.out)
#
# A multi-file program is a directory DIR/NAME holding its *.go files, a
# go.mod (`module NAME`) and the expectations NAME.out etc.; it runs as
# `vm . [args]` in that directory, as gen_golden.sh ran `go build .` there.
#
# The program runs with its own directory as working directory and is named
# `NAME.go` on the command line, exactly as gen_golden.sh ran `go build
# NAME.go`, so compile errors read `./NAME.go:LINE:COL: message` on both sides.
#
# Invariants:
#  - Normalisation is one function (normalize_stderr), used here on the actual
#    stderr and by gen_golden.sh on Go's, so both sides see the same filter:
#    keep everything up to and including the first `goroutine N [STATE]:`
#    line (`[running]` for a panic, `[chan receive]` etc. in a deadlock
#    report; the trace after it holds addresses and absolute paths), drop
#    `exit status N` lines (go run's, never the program's business), and
#    rewrite the faulting instruction's address in a nil dereference's
#    `[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x47e0b6]`
#    to `pc=0x0` (it changes with every build; `addr=` is kept: it is the
#    field's offset from nil, a fact vm must reproduce); and shorten the
#    absolute directory of `found packages main (a.go) and foo (b.go) in
#    DIR` to `.../NAME`, so expectations do not depend on the checkout.
#  - stdout is never normalised.
#  - Uses only bash, coreutils, sed and diffutils (all in a bare Debian 12).
#
# Environment:
#   VM_GOLDEN_TIMEOUT  seconds before a run is killed (default 60; ctest has
#                      its own TIMEOUT too)
#   VM_GOLDEN_WRAP     command prefix, e.g. "valgrind -q --error-exitcode=99"
#   VM_GOLDEN_FLAGS    vm flags put before the file, e.g. "-noescape": the
#                      outcome must not change
set -uo pipefail
export LC_ALL=C

normalize_stderr() {
  sed -e 's/^\(\[signal .* pc=0x\)[0-9a-f][0-9a-f]*\]$/\10]/' \
      -e 's#^\(found packages .* in \)/.*/\([^/]*\)$#\1.../\2#' \
      -e '/^goroutine [0-9][0-9]* \[[^]]*\]:$/q' \
      -e '/^exit status [0-9][0-9]*$/d'
}

# Prints the first lines of a unified diff between expected and actual.
show_diff() {
  local what=$1 expected=$2 actual=$3
  echo "--- $what differs (expected vs actual):"
  if command -v diff >/dev/null 2>&1; then
    diff -a -u --label expected --label actual "$expected" "$actual" | head -n 60
  else
    echo "[expected]"; head -c 4000 "$expected"; echo "[actual]"; head -c 4000 "$actual"
  fi
}

# Runs one program; prints a report and returns 0 on a match.
run_one() {
  local vm=$1 src=$2
  local dir name base tmp status expected_status ok=0 target
  if [[ -d $src ]]; then
    dir=$(cd "$src" && pwd) || return 1
    name=$(basename "$dir")
    target=.
  else
    dir=$(cd "$(dirname "$src")" && pwd) || return 1
    name=$(basename "$src" .go)
    target=$name.go
  fi
  base=$dir/$name
  if [[ $target != . && ! -f $base.go ]]; then
    echo "FAIL $name: no such program $base.go"
    return 1
  fi
  if [[ ! -f $base.out ]]; then
    echo "FAIL $name: missing $base.out (run tests/gen_golden.sh $name)"
    return 1
  fi

  local -a args=() wrap=() flags=()
  if [[ -f $base.args ]]; then
    read -r -a args <"$base.args" || true
  fi
  local input=/dev/null
  [[ -f $base.in ]] && input=$base.in
  if [[ -n ${VM_GOLDEN_WRAP:-} ]]; then
    read -r -a wrap <<<"$VM_GOLDEN_WRAP"
  fi
  if [[ -n ${VM_GOLDEN_FLAGS:-} ]]; then
    read -r -a flags <<<"$VM_GOLDEN_FLAGS"
  fi
  if command -v timeout >/dev/null 2>&1; then
    wrap=(timeout -k 5 "${VM_GOLDEN_TIMEOUT:-60}" "${wrap[@]}")
  fi

  tmp=$(mktemp -d "${TMPDIR:-/tmp}/golden.XXXXXX") || return 1
  (cd "$dir" && exec "${wrap[@]}" "$vm" "${flags[@]}" "$target" "${args[@]}") \
    <"$input" >"$tmp/stdout" 2>"$tmp/stderr.raw"
  status=$?
  normalize_stderr <"$tmp/stderr.raw" >"$tmp/stderr"

  expected_status=0
  if [[ -f $base.status ]]; then
    read -r expected_status <"$base.status" || true
  fi
  local expected_err=/dev/null
  [[ -f $base.err ]] && expected_err=$base.err

  if [[ $status != "$expected_status" ]]; then
    ok=1
    echo "--- exit status $status, expected $expected_status"
    if ((status == 124)) && [[ ${wrap[0]:-} == timeout ]]; then
      echo "    (timed out after ${VM_GOLDEN_TIMEOUT:-60}s)"
    elif ((status == 86)); then
      echo "    (AddressSanitizer/LeakSanitizer report: see stderr)"
    elif ((status == 87)); then
      echo "    (UndefinedBehaviorSanitizer report: see stderr)"
    elif ((status > 128)); then
      echo "    (killed by signal $((status - 128)))"
    fi
  fi
  # A program that measures the heap itself (runtime.ReadMemStats) prints
  # what escape analysis saved; under -noescape it expects NAME.noescape.out.
  local expected_out=$base.out
  if [[ " ${flags[*]} " == *" -noescape "* && -f $base.noescape.out ]]; then
    expected_out=$base.noescape.out
  fi
  if ! cmp -s "$expected_out" "$tmp/stdout"; then
    ok=1
    show_diff stdout "$expected_out" "$tmp/stdout"
  fi
  if ! cmp -s "$expected_err" "$tmp/stderr"; then
    ok=1
    show_diff "stderr (normalised)" "$expected_err" "$tmp/stderr"
  fi
  if ((ok != 0)) && ! cmp -s "$tmp/stderr" "$tmp/stderr.raw"; then
    echo "--- raw stderr (first 40 lines):"
    head -n 40 "$tmp/stderr.raw"
  fi
  rm -rf "$tmp"
  if ((ok == 0)); then
    echo "ok   $name"
  else
    echo "FAIL $name"
  fi
  return $ok
}

main() {
  if [[ ${1:-} == --normalize ]]; then
    normalize_stderr
    return
  fi
  if (($# < 2)); then
    echo "usage: $0 VM PROGRAM.go...   |   $0 --normalize <in >out" >&2
    return 2
  fi
  local vm=$1
  shift
  if [[ $vm == */* ]]; then
    vm=$(cd "$(dirname "$vm")" && pwd)/$(basename "$vm")
  fi
  if [[ ! -x $vm ]] && ! command -v "$vm" >/dev/null 2>&1; then
    echo "run_golden.sh: $vm is not an executable" >&2
    return 2
  fi

  if (($# == 1)); then
    run_one "$vm" "$1"
    return
  fi
  local failed=() total=0 src
  for src in "$@"; do
    total=$((total + 1))
    run_one "$vm" "$src" || failed+=("$(basename "${src%/}" .go)")
  done
  echo "$((total - ${#failed[@]})) of $total golden programs passed"
  if ((${#failed[@]} > 0)); then
    echo "failed: ${failed[*]}"
    return 1
  fi
}

main "$@"
