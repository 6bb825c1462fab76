/*
** gc.h — the one allocation interface of vm. Every heap object the program or
** the runtime creates is requested here, with its type and size; memory comes
** back zeroed. Callers never free: the heap owns every object, the
** collector frees the unreachable ones, and gc_heap_free releases the rest
** (with the arenas).
**
** The pieces (one file per concern, each opening with its algorithm):
**   gc/arena.c      arenas, the page heap, the page->span table, scavenging
**   gc/span.c       spans of one size class: slots, bitmaps, pointer bits
**   gc/heap.c       gc_alloc, gc_find_object, the counters and the limit
**   gc/mark.c       tri-color marking: shading, the gray work lists, roots
**   gc/sweep.c      lazy sweeping of unmarked objects
**   gc/barrier.c    the write barrier (Go's hybrid barrier)
**   gc/collector.c  the cycle: phases, the GC thread, pacing, pauses
**   gc/gcint.h      the structures they share (internal)
**
** Invariants:
**  - gc_alloc never returns NULL: exhaustion ends the run with a fatal error.
**  - The counters are exact: mallocs counts every gc_alloc call, total_alloc
**    the bytes requested, heap_alloc/heap_objects what is currently live
**    (requested bytes; heap_live the same objects in whole slots).
**  - heap_sys == heap_inuse + heap_idle, heap_released <= heap_idle.
**  - Nothing is collected unless a cycle is started (gc_collect, gc_start)
**    or a root scanner is registered (roots): without roots the collector
**    cannot know what is live, so it never runs on its own.
*/
#ifndef GC_H
#define GC_H

#include <stddef.h>
#include <stdbool.h>
#include <stdint.h>

struct RType;
struct vm_State;

enum { GC_NUM_PAUSES = 256 };  /* MemStats.PauseNs is a ring of 256 */

typedef struct GcStats {
  uint64_t mallocs, frees;
  uint64_t total_alloc;     /* bytes ever allocated */
  uint64_t heap_alloc;      /* bytes in live objects */
  uint64_t heap_objects;    /* live objects */
  uint32_t num_gc;
  /* added with the span heap (all in bytes unless said otherwise) */
  uint32_t num_forced_gc;   /* cycles started by gc_collect */
  uint64_t heap_live;       /* live objects counted in whole slots/pages */
  uint64_t heap_sys;        /* arena bytes mapped */
  uint64_t heap_inuse;      /* bytes in spans holding objects */
  uint64_t heap_idle;       /* heap_sys - heap_inuse: free pages */
  uint64_t heap_released;   /* free pages given back to the OS (madvise) */
  uint64_t heap_marked;     /* heap_live at the end of the last mark */
  uint64_t next_gc;         /* heap goal of the next cycle */
  uint64_t last_gc;         /* end of the last cycle, ns since 1970 */
  uint64_t pause_total_ns;
  uint64_t pause_ns[GC_NUM_PAUSES];  /* most recent at (num_gc+255)%256 */
  uint64_t max_pause_ns;    /* the longest stop-the-world pause */
  uint64_t assist_scans;    /* objects scanned by the mutator's mark assists */
  /* added with the wiring into the VM */
  uint64_t pause_end[GC_NUM_PAUSES]; /* wall ns at the end of each cycle's pause */
  uint64_t gc_cpu_ns;       /* pauses + the GC thread's marking, ns */
  uint64_t init_ns;         /* monotonic ns when the heap was made */
  uint64_t peak_marked;     /* the largest heap_marked of any cycle */
  uint64_t peak_inuse;      /* the largest heap_inuse seen at a cycle's end */
} GcStats;

/* What one finished cycle did, for GODEBUG=gctrace=1 (times in ns, heap
** sizes in bytes of whole slots). */
typedef struct GcCycle {
  uint32_t n;               /* 1 for the first cycle */
  bool forced;              /* started by runtime.GC */
  uint64_t start_ns;        /* since the heap was made */
  uint64_t stw_start_ns, mark_ns, stw_term_ns;  /* wall clock */
  uint64_t mark_cpu_ns;     /* the GC thread's marking */
  uint64_t heap_start, heap_term, heap_marked, goal;
} GcCycle;

struct GcHeap;
/* A root scanner: called at the start of every cycle, with the world
** stopped, to report every root through gc_mark_root_range/gc_mark_root. */
typedef void (*GcRootFn)(struct GcHeap *h, void *ud);
/* Called at the end of every mark termination (on the mutator thread). */
typedef void (*GcCycleFn)(struct GcHeap *h, const GcCycle *c, void *ud);

typedef struct GcHeap {
  void *objects;            /* unused (the first version's object list) */
  GcStats stats;
  size_t limit;             /* 0: no limit; else heap_alloc never exceeds it */
  /* added with the span heap */
  struct Gc *gc;            /* the allocator's and collector's state */
  int gc_percent;           /* GOGC: 100 by default, < 0 is off */
  GcRootFn roots;           /* NULL: never collect on its own */
  void *roots_ud;
  uint64_t scavenge_delay_ns; /* free pages are released after this long */
  /* added with the wiring into the VM */
  int poll;                 /* atomic: the next gc_safepoint has work (a
                               cycle to start or a mark to terminate); the
                               interpreter tests only this word */
  int barrier;              /* atomic: the write barrier is on (marking) */
  unsigned stress;          /* > 0: a full collection at the safepoint after
                               every stress-th allocation (VM_GCSTRESS) */
  unsigned stress_count;
  bool stress_concurrent;   /* stress starts a concurrent cycle instead, and
                               the program runs on while it marks: the
                               barriers' test (VM_GCSTRESS=cN) */
  GcCycleFn on_cycle;       /* NULL: nobody listens */
  void *cycle_ud;
} GcHeap;

void gc_heap_init(GcHeap *h);
/* The monotonic clock, ns (stats.init_ns and cycle times use it). */
uint64_t gc_nanotime(void);
void gc_heap_free(GcHeap *h);

/* Returns [size] zeroed bytes for an object of [type] (NULL: the object holds
** no pointers, e.g. string bytes). An object of n * type->size bytes is an
** array of n [type]s: the ptrmask repeats. */
void *gc_alloc(struct vm_State *vm, const struct RType *type, size_t size);

/* The object holding [p] (any byte inside it): its base and slot size, or
** NULL when [p] is not inside a live heap object. O(1). */
void *gc_find_object(GcHeap *h, const void *p, size_t *size);

/* Gives back to the OS the free spans that have been free for at least
** [min_age_ns] (0: all of them now). Returns the bytes released. */
uint64_t gc_scavenge(GcHeap *h, uint64_t min_age_ns);

/* {==================================================================
** The collector (gc/collector.c, gc/mark.c, gc/barrier.c)
** =================================================================== */

/* runtime.GC: runs a full cycle (finishing one under way first) and sweeps;
** returns when every unreachable object has been freed. */
void gc_collect(struct vm_State *vm);
/* The same on a bare heap (no VM needed). */
void gc_heap_collect(GcHeap *h);
/* debug.SetGCPercent / GOGC: sets the percentage (< 0: off) and recomputes
** the goal from the last marked heap, as Go does. */
void gc_set_percent(GcHeap *h, int pct);

/* Starts a concurrent cycle (the stop-the-world start: finish the last
** sweep, enable the barrier, scan the roots) and returns: the GC thread
** marks while the caller keeps running. No-op if a cycle is under way. */
void gc_start(GcHeap *h);
/* The mutator's safepoint: call it often, at points where every live
** pointer is visible to the root scanner (the interpreter's polls: calls,
** loop back-edges). It starts the cycle the pacer asked for, and ends the
** mark phase (the short stop-the-world mark termination) once the GC thread
** has run out of work (allocation does that part too). Returns true while a
** mark phase is on. */
bool gc_safepoint(GcHeap *h);
/* True while marking (the barrier is on). */
bool gc_marking(const GcHeap *h);

/* Roots, reported by the root scanner (or between gc_start and the first
** safepoint): [n] words at [words], word i holding a pointer when bit i of
** [ptrmask] is set (bit i%8 of byte i/8); a NULL ptrmask means every word. */
void gc_mark_root_range(GcHeap *h, const void *words, size_t n,
                        const uint8_t *ptrmask);
void gc_mark_root(GcHeap *h, const void *p);

/* The write barrier: stores [ptr] into the pointer slot [slot] of a heap
** object or global, shading as the hybrid barrier needs while marking.
** Every pointer store into the heap or globals goes through one of these;
** stores into the running goroutine's own stack need none. */
void gc_write_ptr(GcHeap *h, void **slot, void *ptr);
/* Before copying [nwords] words from [src] over [dst] (a typed memmove of a
** value with [ptrmask], as gc_mark_root_range): shades what the copy
** overwrites and what it writes. [src] may be NULL (clearing). */
void gc_barrier_range(GcHeap *h, void *dst, const void *src, size_t nwords,
                      const uint8_t *ptrmask);
/* The raw copy into heap memory the GC thread may be scanning (memmove's
** contract; [src] NULL clears): every aligned 8-byte word of [dst] is
** written with one relaxed atomic store, the unaligned edges (which hold no
** pointer) plainly. It shades nothing: the caller runs the barrier first.
** Every store of a value into an existing heap object that bypasses the
** typed and untyped memmoves below goes through this one (rt_value_store,
** the interpreter's stores), so the marker's relaxed loads never race. */
void gc_memmove(void *dst, const void *src, size_t bytes);
/* A typed memmove of [nwords] words (overlap allowed; [src] NULL clears):
** gc_barrier_range, then the copy, pointer words stored atomically. */
void gc_copy_words(GcHeap *h, void *dst, const void *src, size_t nwords,
                   const uint8_t *ptrmask);
/* True while the barrier is on: the one predictable branch callers test
** before taking a slow path. */
static inline bool gc_barrier_on(const GcHeap *h) {
  return __atomic_load_n(&h->barrier, __ATOMIC_RELAXED) != 0;
}
/* A typed memmove of [bytes] bytes of values of [type] (an array of them
** when bytes > type->size; NULL or a pointer-free type: no barrier), [src]
** NULL clears: the barrier for every pointer word it overwrites, then the
** copy. What the runtime uses for every store into existing heap memory. */
void gc_typed_memmove(GcHeap *h, const struct RType *type, void *dst, const void *src,
                      size_t bytes);
/* The same when the layout is not known (the interpreter's MEMMOVE, SETG):
** every whole aligned word is treated as a possible pointer. Shading a
** scalar that happens to equal a heap address only keeps that object one
** cycle longer (floating garbage), never frees anything live. */
void gc_untyped_memmove(GcHeap *h, void *dst, const void *src, size_t bytes);

#ifdef VM_DEBUG
/* Checks the tri-color invariant at the end of marking: no marked object
** points to an unmarked one. Returns the number of violations. */
size_t gc_verify(GcHeap *h);
#endif

/* }================================================================== */

#endif /* GC_H */
