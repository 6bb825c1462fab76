/*
** defer.c — defer, panic and recover: the records, and the steps the
** interpreter takes on them (Go's runtime/panic.go, done as a state machine
** of the interpreter loop instead of recursive C calls).
**
** RECORDS. `defer f(args)` evaluates the callee and the arguments where it
** stands and DEFER copies them into a Defer record (malloc'd, variable
** size), pushed on the goroutine's list Stack.defers (newest first). The
** record names its deferring frame by INDEX (Defer.frame), never by
** address, so a moving stack leaves it valid; the argument words are a
** copy and may hold pointers into the stack (`defer mu.Unlock()` on a
** frame-allocated mutex) or into the heap. They are visited, with the
** panics' values, by stk_each_ptr_slot after the frames (dfr_each_slot):
** the copier adjusts those inside the old stack's bounds, the collector
** shades those that are heap objects (both validate every word, as they do
** for frame words: codegen.h). A record is C memory written only by the
** interpreter thread and scanned with its stack, with the world stopped:
** like frame words it needs no write barrier (gc/barrier.c: a scanned
** stack is black and the deletion barrier keeps what it may load).
**
** RETURN. A function with defer statements returns through one epilogue,
** its "deferreturn" code (FuncInfo.deferreturn): RUNDEFER, then the
** results are loaded from their variables into R[0..], then RET. RUNDEFER
** starts the newest record if it belongs to the running frame: a native
** runs at once; a Go callee gets a new frame ABOVE the deferring frame
** (which stays intact: the results and the named-result variables the
** deferred closure may change live there), with the deferring frame's pc
** left at the RUNDEFER, so when the call returns RUNDEFER runs again, until
** no record of this frame is left. While a deferred call runs its record
** stays on the list, marked started, with its frame index (call_frame); the
** RET of that frame is recognised by the interpreter (Stack.dfr_frame) and
** comes to dfr_call_returned, which pops the frame and the record.
**
** PANIC. A panic (the PANIC instruction, a run-time error, a native's
** fault) pushes a Panic on Stack.panics and unwinds the C stack with
** longjmp to the interpreter's landing point (ExecState.panic_jb); no
** frame is popped. The interpreter then runs dfr_panic_step:
**   - a call from a native into Go is running on this goroutine
**     (vm/call.c) and no record of a frame above its entry frame is left:
**     the call ends with the panic, which the native recovers or raises
**     again in its caller's frames;
**   - no record left: print the panics, oldest first (Go's printpanics:
**     "panic: V [recovered]" and "\tpanic: W" lines), the goroutine's
**     trace, exit 2;
**   - the newest record is started: its call was running when this panic
**     began, so its panic is aborted (it stays on the list, for the report)
**     and the record is dropped; its frames stay below, dead;
**   - otherwise start it as for a return, on top of every frame, with
**     record.panic and panic.call_frame set; when it returns
**     (dfr_call_returned) the panic either goes on with the next record or,
**     if the call recovered, ends: the panic and the aborted ones under it
**     are dropped, the frames above the deferring frame are discarded
**     (stk_unwind) and the deferring frame resumes at its deferreturn code,
**     which runs its remaining records and returns its named results (zero
**     when unnamed: the code generator keeps unnamed results in hidden
**     variables in such functions).
**
** GOEXIT (runtime.Goexit) is a panic record marked goexit: the deferred
** calls run as for a panic, recover() returns nil during them, and when
** none is left the interpreter ends the goroutine (dfr_goexit_done) instead
** of reporting; the main goroutine is parked for good instead, so the
** others run on, and when none is left the deadlock report is Go's "no
** goroutines (main called runtime.Goexit) - deadlock!".
**
** RECOVER returns the panic's value, and marks it recovered, only in the
** frame of the deferred call the current panic started (Go's argp test):
** recover called by a function the deferred call calls, or by a deferred
** call a return started, gets nil.
**
** Invariants:
**  - The lists are LIFO by frame: a record's frame is >= the frame of every
**    record after it; every record of a frame deeper than the running one
**    is started (its call is running) or belongs to a dead frame of an
**    aborted call.
**  - A started record with a Go callee is the newest record while its call
**    runs, except for records its own frames pushed; Stack.dfr_frame is the
**    call frame of the newest record when it is started, else SIZE_MAX.
**  - panic.calling implies the frame panic.call_frame is that of a
**    deferred call the panic started, still running.
*/
#include "defer.h"

#include <stdlib.h>
#include <string.h>

#include "../runtime/runtime.h"
#include "interp.h"
#include "stack.h"

static void *xmalloc(VM *vm, size_t n) {
  void *p = malloc(n);
  if (!p) vm_fatal(vm, "out of memory (defer record)");
  return p;
}

/* A record whose callee is a func value (record.fn). */
static bool calls_value(const Defer *d) { return d->kind == DK_CLOSURE || d->kind == DK_ONCE; }

/* Natives and builtins run in C, at once; the others get a frame. */
static bool runs_in_c(const Defer *d) {
  return d->kind != DK_FUNC && !calls_value(d);
}

/* Keeps Stack.dfr_frame (the interpreter's RET test) in step. */
static void update(struct Stack *s) {
  const Defer *d = s->defers;
  s->dfr_frame = d && d->started && !runs_in_c(d) ? d->call_frame : SIZE_MAX;
}

/* A native or builtin deferred call, on the record's own words (a
** native's results land there too). */
static void call_in_c(VM *vm, Defer *d) {
  switch ((DeferKind)d->kind) {
  case DK_NATIVE: rt_natives[d->index].fn(vm, d->args); break;
  case DK_CLOSE: rt_chan_close(vm, d->args[0].p); break;
  case DK_PANIC: vm_panic_value(vm, (GoIface){d->args[0].cp, d->args[1]}); break;
  case DK_PRINT: rt_print_list(vm, d->args); break;
  default: break;
  }
}

/* Drops the newest record; a DK_ONCE record's end (its call returned or
** a panic abandoned it) is its Once's end. */
static void pop_record(VM *vm, struct Stack *s) {
  Defer *d = s->defers;
  s->defers = d->link;
  if (d->kind == DK_ONCE) rt_sync_once_done(vm, d->args[0].p);
  free(d);
  update(s);
}

static void free_panic(Panic *p) {
  free(p->signal);
  free(p);
}

void dfr_push(VM *vm, struct Stack *s, DeferKind kind, int32_t index, Word fn,
              const Word *args, uint32_t nargs) {
  Defer *d = xmalloc(vm, sizeof *d + (size_t)nargs * sizeof(Word));
  memset(d, 0, sizeof *d);
  d->frame = (uint32_t)(s->nframes - 1);
  d->kind = (uint8_t)kind;
  d->index = index;
  d->fn = fn;
  d->nargs = nargs;
  if (nargs) memcpy(d->args, args, (size_t)nargs * sizeof(Word));
  d->link = s->defers;
  s->defers = d;
}

/* Starts record [d] (the newest) for panic [p] (NULL: a return). A native
** runs to completion and its record is gone on return; a Go callee gets
** its frame on top, the arguments copied in. */
static void start(VM *vm, struct Stack *s, Defer *d, Panic *p) {
  d->started = true;
  d->panic = p;
  if (runs_in_c(d)) {
    call_in_c(vm, d);
    pop_record(vm, s);
    return;
  }
  if (calls_value(d) && !d->fn.cp) /* defer of a nil func: faults now, as Go */
    vm_panic_runtime(vm, "invalid memory address or nil pointer dereference\n"
                         "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]");
  int fidx = d->kind == DK_FUNC ? d->index : (int)((const Word *)d->fn.cp)[0].u;
  const FuncInfo *fn = &s->funcs[fidx];
  size_t base = ex_push_frame(vm, s, fidx);
  size_t n = d->nargs < (uint32_t)fn->param_words ? d->nargs : (size_t)fn->param_words;
  memcpy(&s->words[base], d->args, n * sizeof(Word));
  if (calls_value(d) && fn->closure_reg >= 0) s->words[base + (size_t)fn->closure_reg] = d->fn;
  d->call_frame = (uint32_t)(s->nframes - 1);
  if (p) {
    p->call_frame = d->call_frame;
    p->calling = true;
  }
  update(s);
}

bool dfr_run_next(VM *vm, struct Stack *s) {
  Defer *d = s->defers;
  if (!d || d->started || d->frame != s->nframes - 1) return false;
  start(vm, s, d, NULL);
  return true;
}

void dfr_run_go_native(VM *vm, struct Stack *s) {
  Defer *d = s->defers;
  if (!d || d->started) return;
  /* started while it runs: a panic in it finds no call left to run
  ** (dfr_panic_step drops a started record) and reports at once */
  d->started = true;
  call_in_c(vm, d);
  pop_record(vm, s);
}

void dfr_call_go(VM *vm, struct Stack *s, DeferKind kind, Word fn, const Word *args, uint32_t nargs) {
  dfr_push(vm, s, kind, 0, fn, args, nargs);
  Defer *d = s->defers;
  if (!fn.cp) {  /* nothing to call: the record ends, then the fault */
    d->started = true;
    pop_record(vm, s);
    vm_panic_runtime(vm, "invalid memory address or nil pointer dereference\n"
                         "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]");
  }
  start(vm, s, d, NULL);
  vm->exec->frame_pushed = true;
}

/* Resumes frame [k] at its deferreturn code (after a recover). */
static void resume_deferreturn(VM *vm, struct Stack *s, size_t k) {
  stk_unwind(vm, s, k + 1);
  Frame *f = &s->frames[k];
  const FuncInfo *fn = stk_func(s, f);
  if (fn->deferreturn <= 0) ex_throw(vm, NULL, "recover in %s without deferreturn code (compiler bug)", fn->name);
  f->pc = fn->code + (fn->deferreturn - 1);
}

/* The newest panic ends (recovered), and the aborted ones it interrupted. */
static void drop_panic(struct Stack *s) {
  Panic *p = s->panics;
  s->panics = p->link;
  free_panic(p);
  while (s->panics && s->panics->aborted) {
    Panic *q = s->panics;
    s->panics = q->link;
    free_panic(q);
  }
}

GoIface dfr_end_panic(VM *vm, struct Stack *s, size_t nframes) {
  GoIface v = s->panics->value;
  drop_panic(s);
  stk_unwind(vm, s, nframes);
  return v;
}

DfrNext dfr_call_returned(VM *vm, struct Stack *s) {
  Defer *d = s->defers;
  Panic *p = d->panic;
  size_t target = d->frame;
  stk_unwind(vm, s, d->call_frame);
  pop_record(vm, s);
  if (!p) return DFR_CONTINUE;
  p->calling = false;
  if (!p->recovered) return DFR_PANICKING;
  /* recovered: the panic ends, with the aborted ones it interrupted */
  drop_panic(s);
  resume_deferreturn(vm, s, target);
  return DFR_CONTINUE;
}

void dfr_start_panic(VM *vm, struct Stack *s, GoIface value, const char *signal,
                     bool runtime_error) {
  Panic *p = xmalloc(vm, sizeof *p);
  memset(p, 0, sizeof *p);
  p->value = value;
  p->runtime_error = runtime_error;
  if (signal) {
    size_t n = strlen(signal) + 1;
    p->signal = malloc(n);
    if (p->signal) memcpy(p->signal, signal, n);
  }
  p->link = s->panics;
  s->panics = p;
}

bool dfr_panic_step(VM *vm, struct Stack *s, size_t floor) {
  Panic *p = s->panics;
  for (;;) {
    Defer *d = s->defers;
    if (!d && floor == 0) {
      if (p->goexit) return true; /* the goroutine ends: dfr_goexit_done */
      ex_panic_report(vm, p);
    }
    if (!d || d->frame < floor) return true;
    if (d->started) {
      /* its call was running: the panic it served (if any) is aborted */
      if (d->panic) {
        d->panic->aborted = true;
        d->panic->calling = false;
      }
      pop_record(vm, s);
      continue;
    }
    bool in_c = runs_in_c(d);
    start(vm, s, d, p);
    if (!in_c) return false;
  }
}

bool dfr_goexit_done(struct Stack *s) {
  Panic *p = s->panics;
  if (!p || !p->goexit || s->defers) return false;
  s->panics = p->link;
  free_panic(p);
  return true;
}

GoIface dfr_recover(struct Stack *s) {
  Panic *p = s->panics;
  if (p && p->calling && !p->goexit && !p->recovered && p->call_frame == s->nframes - 1) {
    p->recovered = true;
    return p->value;
  }
  return (GoIface){NULL, {0}};
}

void dfr_each_slot(struct Stack *s, void (*fn)(Word *slot, void *ud), void *ud) {
  for (Defer *d = s->defers; d; d = d->link) {
    if (calls_value(d)) fn(&d->fn, ud);
    for (uint32_t k = 0; k < d->nargs; k++) fn(&d->args[k], ud);
  }
  for (Panic *p = s->panics; p; p = p->link) fn(&p->value.data, ud);
}

void dfr_free_all(struct Stack *s) {
  while (s->defers) {
    Defer *d = s->defers;
    s->defers = d->link;
    free(d);
  }
  while (s->panics) {
    Panic *p = s->panics;
    s->panics = p->link;
    free_panic(p);
  }
  s->dfr_frame = SIZE_MAX;
}
