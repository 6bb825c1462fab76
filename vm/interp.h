/*
** interp.h — the interpreter's private state (struct ExecState, hung off
** vm->exec) and the entry points shared by exec.c, interp.c and panic.c.
**
** Invariants:
**  - ex->stk is the running goroutine's stack (&sched.cur->stk, vm/sched.h).
**  - Outside ex_execute, ex->stk describes every live frame, with each
**    frame's pc saved; inside it, the loop keeps pc/R/frame in locals and
**    writes them back (SAVE_STATE in interp.c) before anything that can
**    fault, allocate, grow the stack or call out, so a panic's traceback and
**    the stack copier always see a consistent picture.
**  - ex->jb is non-NULL exactly while a protected call (exec.c) runs; every
**    longjmp targets it, and none crosses the public API.
**  - A collection cycle starts only at a safepoint (vm/gcroots.c: CALL,
**    LOOP, an allocating instruction before it reads its operands, or
**    runtime.GC), with the state saved: every live heap pointer is then in
**    a frame, a global or a heap object, never only in a C local.
*/
#ifndef INTERP_H
#define INTERP_H

#include <setjmp.h>
#include <stdbool.h>

#include "module.h"
#include "sched.h"
#include "stack.h"
#include "vm.h"

typedef struct ExecState {
  Stack *stk;              /* the running goroutine's stack and frames */
  Sched sched;             /* every goroutine (vm/sched.h) */
  jmp_buf *jb;             /* the active protected call */
  jmp_buf *panic_jb;       /* where a Go panic lands: the innermost
                              ex_execute (vm/defer.c), or NULL */
  vm_Result result;        /* what the protected call returns after longjmp */
  bool main_goexit;        /* main called runtime.Goexit: its G is parked
                              for good (vm/defer.c "GOEXIT") */
  int cblevel;             /* calls from natives into Go now on the C stack
                              (vm/call.c); 0 outside any */
  bool frame_pushed;       /* a native pushed a Go frame for the interpreter
                              to enter (dfr_call_go): CALLN continues there */
} ExecState;

/* exec.c: calls fn(vm, stack, ud) for the stack of every goroutine that
** exists (live frames only: stack->nframes of them). The one way the
** collector (roots) and statistics reach goroutine stacks, so the set of
** goroutines can change without touching them. */
typedef void (*ex_StackVisitor)(VM *vm, Stack *stack, void *ud);
void ex_foreach_stack(VM *vm, ex_StackVisitor fn, void *ud);

/* interp.c: runs the frames above [stop] until the frame at depth [stop]
** returns (the caller pushed it: stk.nframes == stop + 1 on entry). */
void ex_execute(VM *vm, size_t stop);

/* interp.c: as ex_execute, for a call from a native into Go (vm/call.c
** states the protocol): one level deeper on the C stack. Returns false when
** the frame at [stop] returned (its results are in its frame, which in
** segmented mode may still be the first of the newest segment: the caller
** reads them, then drops it with stk_unwind), true when a
** panic ran out of deferred calls above [stop] (it is still the newest on
** the goroutine's list and the frames above [stop] are left as they were,
** dead, for the traceback). Goroutines whose own such call ends while a
** deeper level runs wait (G.cbstate) until the C stack is back at their
** level. */
bool ex_execute_call(VM *vm, size_t stop);

/* exec.c: pushes a frame for module function [fidx] above the live ones,
** with its parameters zeroed, and runs it to completion. */
void ex_call(VM *vm, int fidx);

/* exec.c: pushes a zeroed frame for function [fidx] above the top frame of
** [s] (growing the stack as a call does; its pc at the function's start)
** and returns its base. */
size_t ex_push_frame(VM *vm, Stack *s, int fidx);

/* panic.c: the end of a panic nothing recovered: Go's report (the panics
** [p] and those it interrupted, oldest first, then the traceback), exit 2. */
struct Panic;
_Noreturn void ex_panic_report(VM *vm, const struct Panic *p);

/* panic.c: ends the run with Go's fatal-error report: [preamble] (may be
** NULL; lines the runtime prints first, e.g. "runtime: goroutine stack
** exceeds ..."), then "fatal error: MSG", then the goroutine's traceback;
** exit status 2. */
_Noreturn void ex_throw(VM *vm, const char *preamble, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* panic.c: Go's "fatal error: all goroutines are asleep - deadlock!" with
** every goroutine's wait reason and traceback; exit status 2. */
_Noreturn void ex_deadlock(VM *vm);

/* panic.c: a panic whose value is a runtime.Error printed without the
** "runtime error: " prefix, as Go's plainError ("send on closed channel"). */
_Noreturn void ex_panic_plain(VM *vm, const char *msg);
/* panic.c: a failed type assertion, Go's *runtime.TypeAssertionError whose
** Error() is [msg] ("interface conversion: ..."). */
_Noreturn void ex_panic_assert(VM *vm, const char *msg);

/* panic.c: the run-time panics of indexing and slicing, with Go's wording
** and Go's order of checks (runtime.panicIndex, panicSlice*):
**   s[lo:hi]       hi <= bound:  "[:hi] with BOUND n", then "[lo:hi]"
**   s[lo:hi:max]   "[::max] with BOUND n", "[:hi:max]", "[lo:hi:]"
** where BOUND is "length" for strings and arrays (EX_SLICE_LEN) and
** "capacity" for slices, with the shorter forms Go uses for negative values
** ("[-1:]", "[:-1]"). [form] is EX_SLICE_LEN and/or EX_SLICE_3 (three
** indices). */
enum { EX_SLICE_LEN = 1, EX_SLICE_3 = 2 };
_Noreturn void ex_panic_index(VM *vm, int64_t i, int64_t len);
_Noreturn void ex_panic_slice(VM *vm, int form, int64_t lo, int64_t hi,
                              int64_t max, int64_t bound);

#endif /* INTERP_H */
