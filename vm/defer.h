/*
** defer.h — deferred calls, panics in flight and recover (vm/defer.c
** explains the algorithm and its invariants).
**
** Each goroutine's Stack owns two lists, newest first: its defer records
** (Stack.defers) and its panics (Stack.panics). Both are C memory; every
** word of them that may hold a Go pointer is visited by stk_each_ptr_slot
** together with the frames (dfr_each_slot), so the collector scans them and
** the stack copier adjusts the ones that point into the stack.
*/
#ifndef DEFER_H
#define DEFER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "opcodes.h"
#include "value.h"
#include "vm.h"

struct Stack;

/* DeferKind, how a deferred call reaches its callee: opcodes.h. */

typedef struct Panic {
  struct Panic *link;     /* the panic this one interrupted, or NULL */
  GoIface value;          /* the argument of panic */
  char *signal;           /* "[signal SIGSEGV ...]" line after the report,
                             or NULL (malloc'd) */
  uint32_t call_frame;    /* while running a deferred call: its frame */
  bool calling;           /* call_frame is valid */
  bool recovered;         /* recover() returned its value */
  bool aborted;           /* a deferred call it started panicked */
  bool runtime_error;     /* raised by the runtime (Go's traceback shows
                             one frame fewer: panic.c) */
} Panic;

typedef struct Defer {
  struct Defer *link;     /* the next older record */
  uint32_t frame;         /* index of the frame that deferred it */
  uint32_t call_frame;    /* started: index of the deferred call's frame */
  int32_t index;          /* DK_FUNC: function; DK_NATIVE: native */
  uint8_t kind;           /* DeferKind */
  bool started;
  Panic *panic;           /* started by this panic; NULL: by a return */
  uint32_t nargs;
  Word fn;                /* DK_CLOSURE: the closure object */
  Word args[];            /* the argument words, evaluated at DEFER */
} Defer;

/* What the interpreter does after a defer step. */
typedef enum DfrNext {
  DFR_CONTINUE,   /* go on at the top frame's saved pc */
  DFR_PANICKING,  /* run the panic's next deferred call (dfr_panic_step) */
} DfrNext;

/* DEFER: records a call of [kind]/[index] (or closure [fn]) with the
** [nargs] words at [args], for the running frame (the top one of [s]). */
void dfr_push(VM *vm, struct Stack *s, DeferKind kind, int32_t index, Word fn,
              const Word *args, uint32_t nargs);

/* RUNDEFER in the top frame: if its newest record is due, starts it (a
** Go callee gets a frame above the top one, whose saved pc must point at
** the RUNDEFER, so it runs again when the call returns; a native runs at
** once). Returns true when something ran or started: the interpreter then
** reloads its state and continues at the top frame's saved pc. */
bool dfr_run_next(VM *vm, struct Stack *s);

/* The running deferred call (the frame Stack.dfr_frame names) returned: pops its frame and record. After a
** recover, unwinds to the frame that deferred it and resumes that frame
** at its deferreturn code. */
DfrNext dfr_call_returned(VM *vm, struct Stack *s);

/* Starts a Go panic with [value] on the running goroutine (the state is
** saved), [signal] an extra report line or NULL. The caller then unwinds to
** the interpreter (longjmp) which calls dfr_panic_step. [runtime_error]:
** raised by the runtime, not by the panic builtin. */
void dfr_start_panic(VM *vm, struct Stack *s, GoIface value, const char *signal,
                     bool runtime_error);

/* The panic's next step: starts the next deferred call and returns false
** (continue at the top frame's saved pc). Records of frames below [floor]
** are not touched: when the next one is such a record, or none is left and
** [floor] > 0, returns true (the panic leaves a call from a native into Go,
** whose entry frame is [floor]: vm/call.c). With none left and [floor] 0,
** prints Go's report and ends the run (does not return). */
bool dfr_panic_step(VM *vm, struct Stack *s, size_t floor);

/* A native recovers the panic that left its call into Go (vm/call.c): the
** newest panic ends as a recovered one does (with the aborted panics under
** it), the frames from [nframes] up are dropped; returns its value. */
GoIface dfr_end_panic(VM *vm, struct Stack *s, size_t nframes);

/* recover() in the top frame: the value of the current panic if this
** frame is the deferred call the panic runs, and marks it recovered; nil
** otherwise. */
GoIface dfr_recover(struct Stack *s);

/* Visits every word of the records that may hold a Go pointer. */
void dfr_each_slot(struct Stack *s, void (*fn)(Word *slot, void *ud), void *ud);

/* Frees every record (the goroutine is gone). */
void dfr_free_all(struct Stack *s);

#endif /* DEFER_H */
