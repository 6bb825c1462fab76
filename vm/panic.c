/*
** panic.c — how a run ends early: Go panics, fatal errors and os.Exit.
**
** Each of them unwinds with longjmp to the protected call that ex_run_main
** (exec.c) owns; none returns and none crosses the public API. On the way
** out they write what Go would write, in Go's order:
**
**   1. vm_flush: the program's buffered stdout goes out first, so the host
**      sees both streams in program order;
**   2. the report on stderr, also kept as the vm_error text:
**        panic: <value>                         (or "fatal error: <msg>",
**        <blank line>                            after the runtime's own
**        goroutine 1 [running]:                  preamble lines)
**        main.f(...)
**        \t/abs/path/file.go:LINE +0x0        one pair per frame,
**        ...                                    innermost first, as many
**                                               as Go shows (TB_*)
**   3. vm->exit_status = 2 (the os.Exit code for vm_exit) and the result
**      the protected call returns.
**
** The traceback shows main.f() for functions without parameters and
** main.f(...) otherwise (Go prints argument words we do not keep), and +0x0
** for the pc offset. The line of every frame is that of its instruction
** pc - 1 (the call, or the faulting instruction in the innermost frame); a
** frame that has not started (pc 0, a prologue's stack overflow) shows its
** declaration line, as Go does.
**
** Go panics are recoverable, so they do not end the run here: vm_panic_*
** and ex_panic_plain make the panic's value (a run-time error is a
** runtime.Error value whose Error() is "runtime error: ..."), push it on
** the goroutine (dfr_start_panic) and longjmp to the interpreter's landing
** point (ExecState.panic_jb), which runs the deferred calls (vm/defer.c).
** Only when none recovers does ex_panic_report write the report above,
** with the whole chain of panics as Go's printpanics does, oldest first:
**   panic: first [recovered]        a panic a deferred call recovered and
**   \tpanic: second                 then panicked again, or one a deferred
**                                    call's panic interrupted
** then the "[signal ...]" line of a nil dereference, the blank line and the
** goroutine's trace.
**
** Panic values print as Go's printpanicval after preprintpanics: errors
** as their Error() text (the native error types directly, rt_error_text;
** Go-defined ones by calling the method, vm/call.h), then Stringers as
** their String(), strings, bools and numbers of predeclared types as
** print() would; values of defined basic types as T(v), T("s"); anything
** else as (T) 0xADDR. A panic inside Error or String is fatal ("panic
** while printing panic value").
*/
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "call.h"
#include "defer.h"
#include "interp.h"
#include "../runtime/lib.h"
#include "../runtime/runtime.h"
#include "module.h"

/* Go's traceback stops after 100 frames (_TracebackMaxFrames), hidden
** runtime frames included: a panic(v) spends one on runtime.gopanic, a
** run-time error two (gopanic and e.g. runtime.panicIndex), and neither
** says that frames were left out; a fatal error (runtime.throw) shows 100
** frames of the goroutine and then "...additional frames elided...". */
enum { TB_PANIC = 99, TB_RUNTIME_ERROR = 98, TB_FATAL = 100 };

/* ----------------------------------------------------------------------
** Traceback
** ---------------------------------------------------------------------- */

/* One goroutine's trace: "goroutine ID [STATE]:" and its frames. */
static void trace_stack(VM *vm, rt_Buf *t, const Stack *s, int64_t id,
                        const char *state, size_t max_frames) {
  const Module *m = vm->module;
  rt_buf_printf(t, "goroutine %" PRId64 " [%s]:\n", id, state);
  if (!s) return;
  size_t shown = 0;
  for (size_t k = s->nframes; k-- > 0;) {
    const Frame *f = &s->frames[k];
    const FuncInfo *fn = stk_func(s, f);
    if (fn->wrapper && k + 1 != s->nframes) continue;   /* unless it faulted itself */
    if (shown++ == max_frames) {
      if (max_frames == TB_FATAL) rt_buf_str(t, "...additional frames elided...\n");
      break;
    }
    size_t pc = stk_pc_index(s, f);
    int line = fn->decl_line;
    if (pc > 0 && fn->lines && pc <= (size_t)fn->ncode) line = fn->lines[pc - 1];
    rt_buf_printf(t, "%s(%s)\n\t%s:%d +0x0\n", fn->name ? fn->name : "?",
                fn->param_words ? "..." : "", m ? mod_abspath(m, fn->file) : "?", line);
  }
}

/* The running goroutine's trace, after a blank line. */
static void traceback(VM *vm, rt_Buf *t, size_t max_frames) {
  const ExecState *ex = vm->exec;
  const G *g = ex ? ex->sched.cur : NULL;
  rt_buf_str(t, "\n");
  trace_stack(vm, t, ex ? ex->stk : NULL, g ? g->id : 1, "running", max_frames);
}

/* ----------------------------------------------------------------------
** Ending the run
** ---------------------------------------------------------------------- */

static ExecState *active(VM *vm) {
  ExecState *ex = vm->exec;
  if (!ex || !ex->jb) {
    /* A panic with no Go code running is a VM bug: nothing to unwind to. */
    fprintf(stderr, "vm: panic or exit outside a protected call\n");
    abort();
  }
  return ex;
}

/* Writes [t] (the whole report) to stderr after stdout, keeps it as the
** error text and unwinds with [result]. */
static _Noreturn void finish(VM *vm, rt_Buf *t, vm_Result result, int status) {
  ExecState *ex = active(vm);
  vm_flush(vm);
  if (t->len) {
    vm_write(vm, VM_STDERR, t->data, t->len);
    vm_set_error(vm, t->data, t->len);
  }
  rt_buf_free(t);
  vm->exit_status = status;
  ex->result = result;
  longjmp(*ex->jb, 1);
}

/* Starts a Go panic with [v]: unwinds to the interpreter, which runs the
** deferred calls. With no interpreter loop to land in, the report at once. */
static _Noreturn void raise(VM *vm, GoIface v, const char *signal, bool runtime_error) {
  ExecState *ex = active(vm);
  /* a goroutine with no frame (go of a nil func) has no deferred calls */
  if (ex->panic_jb && ex->stk && ex->stk->nframes > 0) {
    dfr_start_panic(vm, ex->stk, v, signal, runtime_error);
    longjmp(*ex->panic_jb, 1);
  }
  Panic p = {.value = v, .signal = (char *)signal, .runtime_error = runtime_error};
  ex_panic_report(vm, &p);
}

_Noreturn void vm_goexit(VM *vm) {
  ExecState *ex = active(vm);
  if (!ex->panic_jb || !ex->stk || ex->stk->nframes == 0)
    ex_throw(vm, NULL, "runtime.Goexit outside a goroutine");
  dfr_start_panic(vm, ex->stk, (GoIface){NULL, {0}}, NULL, false);
  ex->stk->panics->goexit = true;
  longjmp(*ex->panic_jb, 1);
}

/* A run-time error whose Error() is [text]; a second line is the
** "[signal ...]" line Go prints after the report. */
static _Noreturn void raise_runtime(VM *vm, RtErrorKind kind, rt_Buf *text) {
  const char *nl = memchr(text->data, '\n', text->len);
  size_t len = nl ? (size_t)(nl - text->data) : text->len;
  GoIface v = rt_runtime_error(vm, kind, text->data, len);
  char signal[256] = "";
  if (nl) snprintf(signal, sizeof signal, "%.*s", (int)(text->len - len - 1), nl + 1);
  rt_buf_free(text);
  raise(vm, v, nl ? signal : NULL, true);
}

/* "runtime error: " and the formatted message */
static rt_Buf runtime_text(const char *fmt, va_list ap) {
  rt_Buf t = {0};
  rt_buf_str(&t, "runtime error: ");
  rt_buf_vprintf(&t, fmt, ap);
  return t;
}

_Noreturn void vm_panic_runtime(VM *vm, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  rt_Buf t = runtime_text(fmt, ap);
  va_end(ap);
  raise_runtime(vm, RTE_ERRORSTRING, &t);
}

/* Indexing and slicing faults: Go's boundsError. */
static _Noreturn __attribute__((format(printf, 2, 3))) void panic_bounds(VM *vm, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  rt_Buf t = runtime_text(fmt, ap);
  va_end(ap);
  raise_runtime(vm, RTE_BOUNDS, &t);
}

_Noreturn void ex_panic_index(VM *vm, int64_t i, int64_t len) {
  if (i < 0) panic_bounds(vm, "index out of range [%" PRId64 "]", i);
  panic_bounds(vm, "index out of range [%" PRId64 "] with length %" PRId64, i, len);
}

#define SLICE_OOR "slice bounds out of range "

_Noreturn void ex_panic_slice(VM *vm, int form, int64_t lo, int64_t hi,
                              int64_t max, int64_t bound) {
  const char *bound_name = form & EX_SLICE_LEN ? "length" : "capacity";
  if (form & EX_SLICE_3) {
    if ((uint64_t)max > (uint64_t)bound) {
      if (max < 0) panic_bounds(vm, SLICE_OOR "[::%" PRId64 "]", max);
      panic_bounds(vm, SLICE_OOR "[::%" PRId64 "] with %s %" PRId64, max,
                       bound_name, bound);
    }
    if ((uint64_t)hi > (uint64_t)max) {
      if (hi < 0) panic_bounds(vm, SLICE_OOR "[:%" PRId64 ":]", hi);
      panic_bounds(vm, SLICE_OOR "[:%" PRId64 ":%" PRId64 "]", hi, max);
    }
    if (lo < 0) panic_bounds(vm, SLICE_OOR "[%" PRId64 "::]", lo);
    panic_bounds(vm, SLICE_OOR "[%" PRId64 ":%" PRId64 ":]", lo, hi);
  }
  if ((uint64_t)hi > (uint64_t)bound) {
    if (hi < 0) panic_bounds(vm, SLICE_OOR "[:%" PRId64 "]", hi);
    panic_bounds(vm, SLICE_OOR "[:%" PRId64 "] with %s %" PRId64, hi,
                     bound_name, bound);
  }
  if (lo < 0) panic_bounds(vm, SLICE_OOR "[%" PRId64 ":]", lo);
  panic_bounds(vm, SLICE_OOR "[%" PRId64 ":%" PRId64 "]", lo, hi);
}

_Noreturn void ex_throw(VM *vm, const char *preamble, const char *fmt, ...) {
  rt_Buf t = {0};
  va_list ap;
  if (preamble) rt_buf_str(&t, preamble);
  rt_buf_str(&t, "fatal error: ");
  va_start(ap, fmt);
  rt_buf_vprintf(&t, fmt, ap);
  va_end(ap);
  rt_buf_str(&t, "\n");
  traceback(vm, &t, TB_FATAL);
  finish(vm, &t, VM_ERR_RUNTIME, 2);
}

static int by_id(const void *a, const void *b) {
  int64_t x = (*(G *const *)a)->id, y = (*(G *const *)b)->id;
  return (x > y) - (x < y);
}

_Noreturn void ex_deadlock(VM *vm) {
  rt_Buf t = {0};
  const Sched *s = &vm->exec->sched;
  /* vm/call.c's limit, not the program's deadlock: a goroutine whose call
  ** from a native ended waits for the C stack to unwind to its level */
  for (size_t i = 0; i < s->nallg; i++)
    if (s->allg[i]->cbstate != G_CB_NONE)
      ex_throw(vm, NULL, "goroutine %" PRId64 " cannot resume: its call from a native "
               "(sort, fmt) ended while another goroutine's call was running, and that "
               "goroutine waits for it (vm runs such calls on one C stack)", s->allg[i]->id);
  /* after main's runtime.Goexit its G stays parked, but Go's is gone */
  size_t skip_main = vm->exec->main_goexit ? 1 : 0;
  if (skip_main && s->nallg <= 1) {
    rt_buf_str(&t, "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
    finish(vm, &t, VM_ERR_RUNTIME, 2);
  }
  rt_buf_str(&t, "fatal error: all goroutines are asleep - deadlock!\n");
  G **gs = malloc((s->nallg ? s->nallg : 1) * sizeof *gs);
  if (gs) {
    memcpy(gs, s->allg, s->nallg * sizeof *gs);
    qsort(gs, s->nallg, sizeof *gs, by_id);  /* Go lists them by id */
    for (size_t i = skip_main; i < s->nallg; i++) {
      rt_buf_str(&t, "\n");
      trace_stack(vm, &t, &gs[i]->stk, gs[i]->id,
                  gs[i]->waitreason ? gs[i]->waitreason : "runnable", TB_FATAL);
    }
    free(gs);
  }
  finish(vm, &t, VM_ERR_RUNTIME, 2);
}

static _Noreturn void raise_unprefixed(VM *vm, RtErrorKind kind, const char *msg) {
  rt_Buf t = {0};
  rt_buf_str(&t, msg);
  raise_runtime(vm, kind, &t);
}

_Noreturn void ex_panic_plain(VM *vm, const char *msg) { raise_unprefixed(vm, RTE_PLAIN, msg); }

_Noreturn void ex_panic_assert(VM *vm, const char *msg) { raise_unprefixed(vm, RTE_ASSERTION, msg); }

_Noreturn void vm_fatal(VM *vm, const char *fmt, ...) {
  char msg[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  ex_throw(vm, NULL, "%s", msg);
}

_Noreturn void vm_exit(VM *vm, int code) {
  rt_Buf t = {0};
  finish(vm, &t, VM_EXIT, code);
}

/* ----------------------------------------------------------------------
** Panic values, as Go's printpanicval
** ---------------------------------------------------------------------- */

static bool is_basic(RKind k) {
  return (k >= RK_BOOL && k <= RK_COMPLEX128) || k == RK_STRING;
}

/* Appends the value of a basic-kind interface as print() would; values of
** two or more words are boxed (value.h), so the words are behind d.p. */
static void print_basic(rt_Buf *t, const RType *ty, Word d) {
  static const Word zero[2];
  const Word *boxed = d.cp ? d.cp : zero;
  switch ((RKind)ty->kind) {
  case RK_BOOL: rt_print_format(t, RP_BOOL, &d); break;
  case RK_INT: case RK_INT8: case RK_INT16: case RK_INT32: case RK_INT64:
    rt_print_format(t, RP_INT, &d);
    break;
  case RK_FLOAT32: case RK_FLOAT64: rt_print_format(t, RP_FLOAT, &d); break;
  case RK_COMPLEX64: case RK_COMPLEX128: rt_print_format(t, RP_COMPLEX, boxed); break;
  case RK_STRING: rt_print_format(t, RP_STRING, boxed); break;
  default: rt_print_format(t, RP_UINT, &d); break; /* the unsigned kinds */
  }
}

/* Go's preprintpanics: an error prints as its Error() text, else a
** Stringer as its String() (Go code, run through vm/call.h while the
** panicking goroutine's frames are all still there); true when [v] had
** such a method. A panic inside it is fatal, as in Go. */
static bool print_method_text(VM *vm, rt_Buf *t, GoIface v) {
  if (rt_error_text(v.type, v.data, t)) return true;  /* the runtime's own */
  if (v.type->kind == RK_INTERFACE) return false;
  const RMethod *m = rt_method_find(v.type, "Error");
  if (!m) m = rt_method_find(v.type, "String");
  if (!m) return false;
  Word res[2];
  GoIface e;
  if (!rt_call_method(vm, m, v.data, NULL, 0, res, 2, &e))
    ex_throw(vm, NULL, "panic while printing panic value");
  rt_buf_append(t, res[0].cp, (size_t)res[1].i);
  return true;
}

/* One panic value, as printpanicval prints it after preprintpanics. */
static void print_value(VM *vm, rt_Buf *t, GoIface v) {
  const RType *ty = v.type;
  if (!ty) {
    rt_buf_str(t, "nil");
  } else if (print_method_text(vm, t, v)) {
    /* an error or a Stringer: the method's text */
  } else if (!is_basic((RKind)ty->kind)) {
    rt_buf_printf(t, "(%s) 0x%" PRIx64, ty->str ? ty->str : "?", v.data.u);
  } else if (!ty->str || !strchr(ty->str, '.')) {
    print_basic(t, ty, v.data);  /* a predeclared type prints bare */
  } else if (ty->kind == RK_COMPLEX64 || ty->kind == RK_COMPLEX128) {
    /* a defined complex type: T(re+imi), the value's own parentheses
    ** serving (printanycustomtype) */
    rt_buf_str(t, ty->str);
    print_basic(t, ty, v.data);
  } else {
    /* a defined type (main.E): T(v), strings quoted */
    const char *q = ty->kind == RK_STRING ? "\"" : "";
    rt_buf_printf(t, "%s(%s", ty->str, q);
    print_basic(t, ty, v.data);
    rt_buf_printf(t, "%s)", q);
  }
}

/* Go's printpanics: the oldest panic first, each later one indented. */
static void print_panics(VM *vm, rt_Buf *t, const Panic *p) {
  if (p->link) {
    print_panics(vm, t, p->link);
    rt_buf_str(t, "\t");
  }
  rt_buf_str(t, "panic: ");
  print_value(vm, t, p->value);
  if (p->recovered) rt_buf_str(t, " [recovered]");
  rt_buf_str(t, "\n");
}

_Noreturn void ex_panic_report(VM *vm, const Panic *p) {
  rt_Buf t = {0};
  print_panics(vm, &t, p);
  if (p->signal) rt_buf_printf(&t, "%s\n", p->signal);
  traceback(vm, &t, p->runtime_error ? TB_RUNTIME_ERROR : TB_PANIC);
  finish(vm, &t, VM_ERR_RUNTIME, 2);
}

_Noreturn void vm_panic_value(VM *vm, GoIface v) { raise(vm, v, NULL, false); }
