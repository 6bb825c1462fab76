/*
** interp.h — the interpreter's private state (struct ExecState, hung off
** vm->exec) and the entry points shared by exec.c, interp.c and panic.c.
**
** Invariants:
**  - Outside ex_execute, ex->stk describes every live frame, with each
**    frame's pc saved; inside it, the loop keeps pc/R/frame in locals and
**    writes them back (SAVE_STATE in interp.c) before anything that can
**    fault, allocate, grow the stack or call out, so a panic's traceback and
**    the stack copier always see a consistent picture.
**  - ex->jb is non-NULL exactly while a protected call (exec.c) runs; every
**    longjmp targets it, and none crosses the public API.
*/
#ifndef INTERP_H
#define INTERP_H

#include <setjmp.h>
#include <stdbool.h>

#include "module.h"
#include "stack.h"
#include "vm.h"

typedef struct ExecState {
  Stack stk;               /* the main goroutine's stack and frames */
  jmp_buf *jb;             /* the active protected call */
  vm_Result result;        /* what the protected call returns after longjmp */
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

/* exec.c: pushes a frame for module function [fidx] above the live ones,
** with its parameters zeroed, and runs it to completion. */
void ex_call(VM *vm, int fidx);

/* panic.c: ends the run with Go's fatal-error report: [preamble] (may be
** NULL; lines the runtime prints first, e.g. "runtime: goroutine stack
** exceeds ..."), then "fatal error: MSG", then the goroutine's traceback;
** exit status 2. */
_Noreturn void ex_throw(VM *vm, const char *preamble, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

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
