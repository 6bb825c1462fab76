/*
** stack.h — a goroutine's stack: one contiguous array of Words holding every
** frame's registers, plus the array of frame records that links them.
**
** Frames are addressed by offsets (Frame.base, in words from the start of
** the stack), never by pointers, so moving the stack only has to rewrite the
** words that the pointer maps name (vm/stack.c explains the algorithm).
**
** Invariants (checked by stk_verify in VM_DEBUG builds):
**  - frames[0 .. nframes) run outermost first; frames[k].base is R[0] of
**    function funcs[frames[k].fidx], and frames[k].pc points into its code.
**  - Frames nest: base[k] <= base[k+1] <= base[k] + frame_words[k] (the
**    callee's frame starts inside its caller's, at the call window), and the
**    innermost frame lies inside the stack: base + frame_words <= nwords.
**  - Every word of a live frame was zeroed or written since the frame was
**    pushed, so a pointer map never sees garbage.
*/
#ifndef STACK_H
#define STACK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "module.h"
#include "vm.h"

/* One activation. 16 bytes, the size of Go's return address + frame
** pointer, which is why frame records count toward the stack limit. The
** saved pc is a pointer (module code never moves), so a return reloads it
** with one load; the function is found by index, as Go finds it by pc. */
typedef struct Frame {
  const Instr *pc; /* the instruction after the one running: saved at calls
                      and before anything that can fault */
  uint32_t base;   /* offset in words of R[0] */
  uint32_t fidx;   /* index of the function in funcs */
} Frame;

/* Counters shared by every stack of a VM (vm -stats, MemStats.StackInuse):
** a stack's bytes are its words plus its frame records. */
typedef struct StkStats {
  uint64_t growths, shrinks, bytes_copied, ptrs_adjusted;
  uint64_t inuse_bytes, peak_bytes;
} StkStats;

/* One segment of a segmented stack (-stackmode=segmented): its words, the
** index of the first frame that lives in it, and where in the previous
** segment that frame's caller put the call window (results go back there). */
typedef struct StkSeg {
  Word *words; size_t nwords;
  size_t first_frame;
  size_t window;
} StkSeg;

typedef struct Stack {
  const FuncInfo *funcs;              /* the module's functions */
  Word *words; size_t nwords;         /* the registers of every frame (in
                                         segmented mode: of the frames in
                                         the newest segment) */
  Frame *frames; size_t nframes, capframes;
  size_t max_bytes;                   /* cfg.max_stack: words + frame records */
  bool stress;                        /* move the stack at every check */
  bool segmented;                     /* grow by chaining segments, never copy */
  size_t seg_words;                   /* segmented: a new segment's size */
  StkSeg *segs; size_t nsegs, capsegs;/* segmented: segs[0] is the first
                                         segment, segs[nsegs-1] the newest
                                         (== words); none in copying mode */
  uint64_t stress_tick;               /* checks since the last stress move */
  /* defer and panic (vm/defer.c): the goroutine's records, newest first,
  ** and the frame of the running deferred call whose RET ends it (or
  ** SIZE_MAX) */
  struct Defer *defers;
  struct Panic *panics;
  size_t dfr_frame;
  /* statistics (vm -stats) */
  uint64_t ngrow, nmoves, copied_words, nshrink;
  StkStats *stats;                    /* the VM's totals; NULL: none */
} Stack;

/* Sizes [s] for a run of the functions [funcs]: [initial_bytes] of words (at
** least one word), none of them in use, no frames. Returns false when the
** C heap is exhausted. */
bool stk_init(Stack *s, const FuncInfo *funcs, size_t initial_bytes,
              size_t max_bytes, bool stress);

void stk_free(Stack *s);

/* Makes [s] count into [stats] (its current bytes are added). */
void stk_account(Stack *s, StkStats *stats);

/* Halves the words of [s] when less than a quarter is in use and the half
** is at least [min_bytes] (Go's shrinkstack, run at GC time), fixing every
** pointer into it. [s] must not be the running goroutine's stack while a
** native holds pointers into it. Returns true when it shrank. */
bool stk_shrink(VM *vm, Stack *s, size_t min_bytes);

/* Whether [p] points into the words of [s] (any segment): Go's
** stringDataOnStack, for results that must not alias a frame buffer. */
static inline bool stk_holds(const Stack *s, const void *p) {
  const Word *w = p;
  if (w >= s->words && w < s->words + s->nwords) return true;
  for (size_t i = 0; i + 1 < s->nsegs; i++)
    if (w >= s->segs[i].words && w < s->segs[i].words + s->segs[i].nwords) return true;
  return false;
}

static inline const FuncInfo *stk_func(const Stack *s, const Frame *f) {
  return &s->funcs[f->fidx];
}

/* The index in its function's code of the instruction [f] will run next. */
static inline size_t stk_pc_index(const Stack *s, const Frame *f) {
  return (size_t)(f->pc - stk_func(s, f)->code);
}

/* The prologue's slow path, run when [callee]'s frame, starting at word
** [base], does not fit in the stack, when there is no room for its frame
** record, or always in stress mode. Grows the stack by doubling until the
** frame fits (stress mode also moves it when it fits; stack.c says how
** often), fixes every pointer into it, and makes room for one more record.
** The frames recorded in [s] must describe every live word. Past the limit:
** Go's fatal "stack overflow" with [callee] as the innermost frame of the
** traceback, as in Go, where the check runs in the callee's prologue.
** Returns where the callee's frame starts: [base], except in segmented
** mode, where a frame that does not fit goes to the start (0) of a new
** segment with its parameters copied there. */
size_t stk_reserve(VM *vm, Stack *s, const FuncInfo *callee, size_t base);

/* Segmented mode: the frame whose return leaves the newest segment, i.e.
** frames[segs[nsegs-1].first_frame]; NULL when there is none (copying
** mode, or one segment). */
static inline Frame *stk_segment_frame(const Stack *s) {
  return s->nsegs > 1 ? s->frames + s->segs[s->nsegs - 1].first_frame : NULL;
}

/* Segmented mode, the return of stk_segment_frame(s) (still the top
** frame): copies its results into the caller's call window in the
** previous segment and frees the newest segment. */
void stk_pop_segment(VM *vm, Stack *s);

/* Drops the frames from [nframes] up without running them (a recover
** unwinding to the frame that deferred the call); segmented mode frees the
** segments they leave, copying nothing back. */
void stk_unwind(VM *vm, Stack *s, size_t nframes);

/* Calls [fn] on every word that a live frame's pointer map names, exactly
** once per word, then on every word of the defer and panic records
** (vm/defer.c): the copier adjusts them, the collector scans them. */
typedef void (*stk_SlotFn)(Word *slot, void *ud);
void stk_each_ptr_slot(Stack *s, stk_SlotFn fn, void *ud);

/* Checks the invariants above; on failure prints what broke and aborts
** (a broken invariant is a VM bug, not a Go panic). */
void stk_verify(const Stack *s);

#endif /* STACK_H */
