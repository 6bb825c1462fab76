/*
** stack.c — goroutine stacks: allocation, growth by copying, pointer fixup.
**
** A goroutine runs on one contiguous array of Words (the registers of all its
** frames) that starts at cfg.stack_size bytes (2048, as Go). Every CALL checks
** in its prologue that the callee's frame fits (interp.c, the fast path: one
** compare); when it does not, stk_reserve runs the algorithm of Go's
** copystack (runtime/stack.go):
**
**   1. newsize = size; double newsize until base + callee->frame_words fits.
**   2. if newsize (plus the frame records, see below) > max_stack: print
**      "runtime: goroutine stack exceeds N-byte limit" and throw
**      "fatal error: stack overflow" (exit 2), as Go does.
**   3. allocate the new array and copy the words in use (realloc, which
**      copies; in stress and debug builds malloc + memcpy + poison the old
**      array, so a stale pointer reads garbage instead of working by luck).
**   4. adjust every pointer into the old array: for each word a live frame's
**      pointer map names, if lo <= word < hi (the old bounds, kept as
**      integers: the old array may already be freed) add new - old.
**
** Why step 4 is enough: frames are addressed by offsets (Frame.base), the
** interpreter reloads its cached register pointer after every call that may
** move the stack (LOAD_FRAME in interp.c), escape analysis guarantees that no
** heap object points into a stack, and the only other words that can hold a
** stack address (a FRAMESLICE backing array, later &local) are typed as
** pointers, so the pointer maps name them. Later additions that record
** stack addresses outside frames must be adjusted here too: defer records
** (vm/defer.c) are, through stk_each_ptr_slot; channel waiters keep offsets.
**
** The maps are per function, the union over its body (codegen.h): a marked
** word may hold a scalar at the moment of the move. adjust_slot rewrites only
** values inside the old stack's bounds, so such a scalar changes only if it
** happens to equal an address of the old stack; per-call-site maps from the
** code generator would close that gap.
**
** Frames overlap: a callee's frame starts at its caller's call window, so
** one word can be named by two maps (the caller's window slot and the
** callee's parameter). stk_each_ptr_slot therefore gives each word to the
** innermost frame that covers it and visits it once; adjusting a word twice
** would corrupt it. A caller's words from the window up are dead during the
** call (the code generator places call windows above every live register),
** and the callee zeroes its own non-parameter words at entry, so the
** innermost map is the one that describes such a word's current contents.
**
** Shrinking (stk_shrink, Go's shrinkstack): the same move to half the
** size when less than a quarter is in use, never below the initial size.
** The collector's hook sched_shrink_stacks (vm/sched.h) runs it on every
** goroutine but the running one; stress mode on every stack at every
** switch. Waiters on channels record offsets, not pointers (sched.h), so
** a waiting goroutine's stack may shrink under it.
**
** Segmented mode (-stackmode=segmented, Stack.segmented): a frame that
** does not fit never moves anything. A new segment (the initial size,
** doubled until the frame fits) is chained, the callee's parameters are
** copied into it from the caller's window, and the callee runs at its
** word 0; when that frame returns (the interpreter watches for
** stk_segment_frame), its results are copied back to the window and the
** segment is freed. A call made in a loop right at a segment's end pays
** an allocation and a free every time: the "hot split" that made Go
** switch to copying (bench/hotsplit.go). Frames of different segments
** never overlap, so the slot walk restarts its overlap bookkeeping at
** each segment boundary.
**
** Counters (StkStats, shared by every stack of a VM): growths (segments
** in segmented mode), shrinks, bytes copied, pointers adjusted, bytes in
** use and their peak (words plus frame records): vm -stats and
** MemStats.StackInuse.
**
** Frame records (Frame, 16 bytes) live in their own array, grown by doubling
** at the same prologue check. They stand for the return address and frame
** pointer Go keeps in the stack, so they count toward the limit: the depth at
** which a runaway recursion dies stays close to Go's.
**
** Stress mode (VM_STACKSTRESS=1): every prologue check moves both arrays, so
** any cached pointer the interpreter failed to reload shows up at once (Lua's
** HARDSTACKTESTS, Go's stackForceMove). A move copies every word in use, so
** moving at every call would make deep recursion quadratic: once more than
** STRESS_WORDS words are in use, only every (in use / STRESS_WORDS)-th check
** moves, which bounds the work (copy and pointer walk) to O(STRESS_WORDS)
** per call amortised while still moving the stack at every depth.
*/
#include "stack.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "defer.h"
#include "interp.h"

#define FRAMES_INITIAL 16
#define STRESS_WORDS 64
#define POISON 0xdeadbeefdeadbeefULL

#if defined(VM_DEBUG)
#define MOVE_BY_COPY 1
#else
#define MOVE_BY_COPY 0
#endif

bool stk_init(Stack *s, const FuncInfo *funcs, size_t initial_bytes,
              size_t max_bytes, bool stress) {
  memset(s, 0, sizeof *s);
  s->funcs = funcs;
  s->dfr_frame = SIZE_MAX;
  s->nwords = initial_bytes / sizeof(Word);
  if (s->nwords < 1) s->nwords = 1;
  s->words = malloc(s->nwords * sizeof(Word));
  s->capframes = FRAMES_INITIAL;
  s->frames = malloc(s->capframes * sizeof(Frame));
  s->max_bytes = max_bytes;
  s->stress = stress;
  if (!s->words || !s->frames) {
    stk_free(s);
    return false;
  }
  return true;
}

static size_t stack_bytes(const Stack *s) {
  return s->nwords * sizeof(Word) + s->capframes * sizeof(Frame);
}

/* Adds [delta] bytes (may wrap: a decrease) to the VM's stack bytes. */
static void account(Stack *s, uint64_t delta) {
  StkStats *st = s->stats;
  if (!st) return;
  st->inuse_bytes += delta;
  if (st->inuse_bytes > st->peak_bytes) st->peak_bytes = st->inuse_bytes;
}

/* Segmented mode: frees the newest segment and makes the previous one
** current. */
static void drop_segment(Stack *s) {
  StkSeg *top = &s->segs[s->nsegs - 1], *prev = top - 1;
  account(s, (uint64_t)0 - top->nwords * sizeof(Word));
  free(top->words);
  s->nsegs--;
  s->words = prev->words;
  s->nwords = prev->nwords;
  if (s->nsegs == 1) s->nsegs = 0;  /* back to one plain array */
}

void stk_account(Stack *s, StkStats *stats) {
  s->stats = stats;
  account(s, stack_bytes(s));
}

void stk_free(Stack *s) {
  dfr_free_all(s);
  if (s->words) account(s, (uint64_t)0 - stack_bytes(s));
  if (s->nsegs > 0) {  /* s->words is the newest segment's */
    for (size_t j = 0; j < s->nsegs; j++) {
      if (s->segs[j].words != s->words) account(s, (uint64_t)0 - s->segs[j].nwords * sizeof(Word));
      if (s->segs[j].words != s->words) free(s->segs[j].words);
    }
  }
  free(s->segs);
  s->segs = NULL;
  s->nsegs = s->capsegs = 0;
  free(s->words);
  free(s->frames);
  s->words = NULL;
  s->frames = NULL;
  s->nwords = s->nframes = s->capframes = 0;
}

/* ----------------------------------------------------------------------
** Visiting pointer slots
** ---------------------------------------------------------------------- */

static bool ptrbit(const FuncInfo *fn, size_t w) {
  return fn->ptrmap && (fn->ptrmap[w >> 3] >> (w & 7) & 1);
}

/*
** Innermost frame first. [lo, hi) is the union of the frames already
** visited: contiguous, because each callee starts inside its caller
** (base[k] <= base[k+1] <= base[k] + frame_words[k]).
*/
void stk_each_ptr_slot(Stack *s, stk_SlotFn fn, void *ud) {
  size_t lo = SIZE_MAX, hi = 0;
  size_t seg = s->nsegs ? s->nsegs - 1 : 0;
  Word *words = s->words;
  for (size_t k = s->nframes; k-- > 0;) {
    if (s->nsegs && k < s->segs[seg].first_frame) {
      /* into the previous segment: frames there do not overlap these */
      words = s->segs[--seg].words;
      lo = SIZE_MAX;
      hi = 0;
    }
    const FuncInfo *f = stk_func(s, &s->frames[k]);
    size_t base = s->frames[k].base, top = base + (size_t)f->frame_words;
    if (f->ptrmap) {
      for (size_t x = base; x < top; x++) {
        if (x == lo) {  /* skip what inner frames own */
          x = hi - 1;
          continue;
        }
        if (ptrbit(f, x - base)) fn(&words[x], ud);
      }
    }
    lo = base;
    if (top > hi) hi = top;
  }
  dfr_each_slot(s, fn, ud);
}

void stk_unwind(VM *vm, Stack *s, size_t nframes) {
  (void)vm;
  while (s->nsegs > 0 && s->segs[s->nsegs - 1].first_frame >= nframes)
    drop_segment(s);
  if (nframes < s->nframes) s->nframes = nframes;
}

/* ----------------------------------------------------------------------
** Moving
** ---------------------------------------------------------------------- */

typedef struct Move { uintptr_t lo, hi, delta; uint64_t adjusted; } Move;

static void adjust_slot(Word *slot, void *ud) {
  Move *m = ud;
  uintptr_t p = (uintptr_t)slot->p;
  if (p >= m->lo && p < m->hi) {
    slot->p = (void *)(p + m->delta);
    m->adjusted++;
  }
}

static size_t words_in_use(const Stack *s) {
  if (s->nframes == 0) return 0;
  const Frame *f = &s->frames[s->nframes - 1];
  return (size_t)f->base + (size_t)stk_func(s, f)->frame_words;
}

static _Noreturn void out_of_memory(VM *vm) {
  ex_throw(vm, NULL, "runtime: cannot allocate memory");
}

/* Moves the words to a fresh array of [newn] words and fixes the pointers. */
static void move_words(VM *vm, Stack *s, size_t newn) {
  Move m = {(uintptr_t)s->words, (uintptr_t)(s->words + s->nwords), 0, 0};
  uint64_t before = stack_bytes(s);
  size_t used = words_in_use(s);
  Word *nw;
  if (MOVE_BY_COPY || s->stress) {
    nw = malloc(newn * sizeof(Word));
    if (!nw) out_of_memory(vm);
    memcpy(nw, s->words, used * sizeof(Word));
    for (size_t i = 0; i < used; i++) s->words[i].u = POISON;
    free(s->words);
  } else {
    nw = realloc(s->words, newn * sizeof(Word));
    if (!nw) out_of_memory(vm);
  }
  m.delta = (uintptr_t)nw - m.lo;
  s->words = nw;
  s->nwords = newn;
  s->nmoves++;
  s->copied_words += used;
  if (m.delta != 0) stk_each_ptr_slot(s, adjust_slot, &m);
  account(s, stack_bytes(s) - before);
  if (s->stats) {
    s->stats->bytes_copied += used * sizeof(Word);
    s->stats->ptrs_adjusted += m.adjusted;
  }
}

/* Frame records hold no pointers into the stack: moving them is a copy. */
static void move_frames(VM *vm, Stack *s, size_t newcap) {
  Frame *nf;
  if (MOVE_BY_COPY || s->stress) {
    nf = malloc(newcap * sizeof(Frame));
    if (!nf) out_of_memory(vm);
    memcpy(nf, s->frames, s->nframes * sizeof(Frame));
    memset(s->frames, 0xa5, s->nframes * sizeof(Frame));
    free(s->frames);
  } else {
    nf = realloc(s->frames, newcap * sizeof(Frame));
    if (!nf) out_of_memory(vm);
  }
  uint64_t before = stack_bytes(s);
  s->frames = nf;
  s->capframes = newcap;
  account(s, stack_bytes(s) - before);
}

static _Noreturn void overflow(VM *vm, Stack *s, const FuncInfo *callee,
                               size_t base) {
  char pre[256];
  uintptr_t lo = (uintptr_t)s->words;
  uintptr_t sp = lo + (base < s->nwords ? base : s->nwords) * sizeof(Word);
  snprintf(pre, sizeof pre,
           "runtime: goroutine stack exceeds %zu-byte limit\n"
           "runtime: sp=0x%" PRIxPTR " stack=[0x%" PRIxPTR ", 0x%" PRIxPTR "]\n",
           s->max_bytes, sp, lo, lo + s->nwords * sizeof(Word));
  /* Go's traceback starts in the callee, whose prologue found no room. */
  if (s->nframes == s->capframes) {
    Frame *nf = realloc(s->frames, (s->capframes + 1) * sizeof(Frame));
    if (nf) s->frames = nf, s->capframes++;
  }
  if (s->nframes < s->capframes)
    s->frames[s->nframes++] =
        (Frame){callee->code, (uint32_t)base, (uint32_t)(callee - s->funcs)};
  ex_throw(vm, pre, "stack overflow");
}

/* Would a stack of [nwords] words with [capframes] records pass the limit? */
static bool within_limit(const Stack *s, size_t nwords, size_t capframes) {
  if (nwords > UINT32_MAX) return false;  /* Frame.base is 32 bits */
  size_t bytes = nwords * sizeof(Word), rec = capframes * sizeof(Frame);
  return bytes <= s->max_bytes && rec <= s->max_bytes - bytes;
}

/* In stress mode: should this check move the stack? (See the top.) */
static bool stress_due(Stack *s) {
  size_t every = words_in_use(s) / STRESS_WORDS;
  return every <= 1 || ++s->stress_tick % every == 0;
}

static size_t push_segment(VM *vm, Stack *s, const FuncInfo *callee, size_t base);

size_t stk_reserve(VM *vm, Stack *s, const FuncInfo *callee, size_t base) {
  if (s->segmented && s->nframes > 0) return push_segment(vm, s, callee, base);
  size_t need = base + (size_t)callee->frame_words;
  size_t newn = s->nwords, newcap = s->capframes;
  while (newn < need) {
    if (newn > SIZE_MAX / 4) overflow(vm, s, callee, base);
    newn *= 2;
  }
  if (s->nframes == newcap) newcap *= 2;
  if (!within_limit(s, newn, newcap)) overflow(vm, s, callee, base);
  bool force = s->stress && !s->segmented && stress_due(s);
  if (newn != s->nwords || force) {
    s->ngrow += newn != s->nwords;
    if (s->stats && newn != s->nwords) s->stats->growths++;
    move_words(vm, s, newn);
#ifdef VM_DEBUG
    stk_verify(s);
#endif
  }
  if (newcap != s->capframes || force) move_frames(vm, s, newcap);
  return base;
}


/* ----------------------------------------------------------------------
** Segmented stacks (-stackmode=segmented)
** ---------------------------------------------------------------------- */

static size_t total_words(const Stack *s) {
  size_t n = 0;
  for (size_t j = 0; j < s->nsegs; j++) n += s->segs[j].nwords;
  return s->nsegs ? n : s->nwords;
}

/* The callee's frame does not fit in the newest segment: chain a new one
** (the size of the first, doubled until the frame fits), copy the
** parameters from the caller's window into it, and make it current. */
static size_t push_segment(VM *vm, Stack *s, const FuncInfo *callee, size_t base) {
  if (s->nsegs == 0) s->seg_words = s->nwords;
  size_t n = s->seg_words;
  while (n < (size_t)callee->frame_words) n *= 2;
  size_t newcap = s->nframes == s->capframes ? s->capframes * 2 : s->capframes;
  bool fits = base + (size_t)callee->frame_words <= s->nwords;
  /* stress mode checks at every call: the common case stays O(1) */
  if (fits && newcap == s->capframes) return base;
  if (!within_limit(s, total_words(s) + (fits ? 0 : n), newcap)) overflow(vm, s, callee, base);
  if (newcap != s->capframes) move_frames(vm, s, newcap);
  if (fits) return base;
  if (s->nsegs + 1 >= s->capsegs) {
    size_t cap = s->capsegs ? s->capsegs * 2 : 8;
    StkSeg *v = realloc(s->segs, cap * sizeof *v);
    if (!v) out_of_memory(vm);
    s->segs = v;
    s->capsegs = cap;
  }
  if (s->nsegs == 0) s->segs[s->nsegs++] = (StkSeg){s->words, s->nwords, 0, 0};
  Word *w = malloc(n * sizeof(Word));
  if (!w) out_of_memory(vm);
  /* the parameters, as far as the caller's segment holds them (a deferred
  ** call's frame starts past its caller's: vm/defer.c copies them itself) */
  size_t avail = base < s->nwords ? s->nwords - base : 0;
  size_t np = (size_t)callee->param_words < avail ? (size_t)callee->param_words : avail;
  memcpy(w, &s->words[base], np * sizeof(Word));
  s->segs[s->nsegs++] = (StkSeg){w, n, s->nframes, base};
  s->words = w;
  s->nwords = n;
  s->ngrow++;
  account(s, n * sizeof(Word));
  if (s->stats) {
    s->stats->growths++;
    s->stats->bytes_copied += (uint64_t)callee->param_words * sizeof(Word);
  }
  return 0;
}

void stk_pop_segment(VM *vm, Stack *s) {
  (void)vm;
  StkSeg *top = &s->segs[s->nsegs - 1], *prev = top - 1;
  const FuncInfo *fn = stk_func(s, &s->frames[top->first_frame]);
  memcpy(&prev->words[top->window], top->words, (size_t)fn->result_words * sizeof(Word));
  drop_segment(s);
}

/* Shrinking (Go's shrinkstack): the same move to half the size. A
** segmented stack never shrinks: its segments go away as frames return. */
bool stk_shrink(VM *vm, Stack *s, size_t min_bytes) {
  if (s->segmented) return false;
  size_t half = s->nwords / 2;
  if (half * sizeof(Word) < min_bytes || words_in_use(s) >= s->nwords / 4) return false;
  move_words(vm, s, half);
  s->nshrink++;
  if (s->stats) s->stats->shrinks++;
#ifdef VM_DEBUG
  stk_verify(s);
#endif
  return true;
}

/* ----------------------------------------------------------------------
** Invariant checks
** ---------------------------------------------------------------------- */

static _Noreturn void broken(const Stack *s, size_t k, const char *what) {
  fprintf(stderr, "vm: stack invariant broken at frame %zu of %zu: %s\n", k,
          s->nframes, what);
  abort();
}

void stk_verify(const Stack *s) {
  if (s->nframes > s->capframes) broken(s, s->nframes, "more frames than records");
  if (s->nsegs && s->segs[s->nsegs - 1].words != s->words)
    broken(s, s->nframes, "the newest segment is not the current one");
  size_t j = 0;  /* segmented: the segment of frames[k] */
  for (size_t k = 0; k < s->nframes; k++) {
    const Frame *f = &s->frames[k];
    const FuncInfo *fn = stk_func(s, f);
    if (!f->pc || f->pc < fn->code || f->pc > fn->code + fn->ncode)
      broken(s, k, "pc outside the function's code");
    while (j + 1 < s->nsegs && s->segs[j + 1].first_frame <= k) j++;
    size_t top = (size_t)f->base + (size_t)fn->frame_words;
    if (top > (s->nsegs ? s->segs[j].nwords : s->nwords))
      broken(s, k, "frame extends past the stack");
    bool next_starts_segment = j + 1 < s->nsegs && s->segs[j + 1].first_frame == k + 1;
    if (k + 1 < s->nframes && !next_starts_segment) {
      size_t next = s->frames[k + 1].base;
      if (next < f->base || next > top) broken(s, k, "callee not inside caller");
    }
  }
}
