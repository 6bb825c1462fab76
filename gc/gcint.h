/*
** gcint.h — the structures the allocator and the collector share (internal
** to gc/; the interface is gc.h).
**
** Memory is carved in three levels:
**   arena  64 MB (or a multiple, for a huge object) mmap'd at a 64 MB
**          boundary, so the arena of any address is found from its high
**          bits (the arena map, two levels of tables);
**   page   8 KB (GC_PAGE_SIZE); each arena has a page->span table;
**   span   a run of pages: free, a small span cut into equal slots of one
**          size class (pointer-free "noscan" objects on spans of their own),
**          or a large span holding one object of more than 32 KB.
**
** Threads: one mutator thread (the interpreter; goroutines are multiplexed
** on it) allocates, sweeps, and changes spans and the page heap, and also
** shades (barrier, roots, mark assists); the GC thread only marks. What the GC thread reads while the mutator runs is
** read and written with atomics: page->span entries, span states, alloc,
** mark and pointer bits, and the pointer words of objects.
**
** Invariants:
**  - Every page of an in-use span maps to it; of a free span only the first
**    and the last page do (the others map to NULL).
**  - A span's fields are written before its state turns SMALL or LARGE
**    (release) and its pages are published; a reader that sees an in-use
**    state (acquire) sees the fields.
**  - Span structs are never freed while the heap lives, and one killed
**    during a mark phase is not reused before the next cycle starts (the
**    dying list), so a stale page->span entry read by the marker leads to
**    a struct whose state says "not in use", never to freed memory nor to
**    a struct rewritten for another span under its feet. (Structs killed
**    before the cycle started are reused freely: the marker began reading
**    the page table after their entries were gone.)
**  - A slot's mark bit is set before its alloc bit when allocating black.
*/
#ifndef GC_GCINT_H
#define GC_GCINT_H

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "gc.h"
#include "sizeclass.h"

struct RType;

enum {
  GC_PAGE_SHIFT = 13,                       /* 8 KB pages */
  GC_ARENA_SHIFT = 26,                      /* 64 MB arenas */
  GC_ARENA_PAGES = 1 << (GC_ARENA_SHIFT - GC_PAGE_SHIFT),
  GC_ADDR_BITS = 48,                        /* user addresses on x86-64/arm64 */
  GC_MAP_L2_BITS = 12,
  GC_MAP_L1_BITS = GC_ADDR_BITS - GC_ARENA_SHIFT - GC_MAP_L2_BITS,
  GC_NUM_SPANCLASSES = GC_NUM_SIZE_CLASSES * 2, /* class*2 + noscan */
  GC_MIN_HEAP_GOAL = 4 << 20,               /* Go's heapminimum */
  GC_WORK_FLUSH = 256,                      /* mutator gray buffer size */
  GC_WORK_BATCH = 128,                      /* taken from the shared list at once */
  GC_WORK_LOCAL_MAX = 1024,                 /* a thread's stack gives half back past this */
  GC_ASSIST_BUDGET = 32,                    /* objects scanned per allocation over the goal */
  GC_SCAVENGE_POLL_MS = 250                 /* an idle GC thread asks for a scavenge tick */
};

#define GC_ARENA_BYTES ((uintptr_t)1 << GC_ARENA_SHIFT)

typedef enum SpanState { SPAN_DEAD, SPAN_FREE, SPAN_SMALL, SPAN_LARGE } SpanState;

typedef struct GcSpan {
  uintptr_t base;             /* first byte */
  size_t npages;
  struct GcArena *arena;
  struct GcSpan *next, *prev; /* the list it is on (class, large, free, dead) */
  uint8_t state;              /* SpanState; atomic */
  uint8_t spanclass;          /* small: class*2 + noscan */
  bool noscan;                /* holds no pointers: never scanned */
  bool needzero;              /* free slots/pages may hold old bytes */
  uint32_t sweepgen;          /* == Gc.sweepgen: swept this cycle */
  /* in use: slots (a large span has one) */
  size_t elemsize;            /* slot bytes; large: the whole span */
  uint32_t nelems;
  uint32_t divmul;            /* slot index = (off * divmul) >> 32 */
  uint32_t freeindex;         /* no free slot below (allocation hint) */
  uint32_t nalloc;            /* allocated slots */
  uint64_t *allocbits, *markbits;  /* nelems bits each */
  uint64_t *ptrbits;          /* small scan span: a bit per word of the span */
  uint16_t *slack;            /* per slot: elemsize - requested size (lazy) */
  size_t bitwords;            /* capacity of allocbits/markbits, in words */
  size_t ptrwords;            /* capacity of ptrbits */
  uint64_t largebits[2];      /* a large span's alloc and mark words */
  const struct RType *type;   /* large scan object: its element type */
  size_t reqsize;             /* large: the requested size */
  /* free */
  bool released;              /* pages given back to the OS */
  uint64_t free_since;        /* monotonic ns */
} GcSpan;

typedef struct GcArena {
  uintptr_t base;
  size_t npages;
  GcSpan **spans;             /* page -> span; entries atomic */
  struct GcArena *next;
} GcArena;

typedef struct SpanList { GcSpan *first; } SpanList;

/* A gray work list: object base addresses still to scan. */
typedef struct GcWork {
  uintptr_t *items; size_t n, cap;
  uint64_t marked;            /* slot bytes its owner shaded, not yet added to
                                 Gc.marked_bytes (no shared counter per shade) */
} GcWork;

typedef enum GcPhase { GC_OFF, GC_MARK, GC_MARKTERM } GcPhase;

typedef struct Gc {
  GcHeap *heap;
  /* arenas and pages (arena.c) */
  GcArena **map[1 << GC_MAP_L1_BITS];   /* arena map: L1 -> L2 tables */
  GcArena *arenas;
  SpanList free;              /* free spans, any order */
  SpanList dead;              /* span structs to reuse: killed before the
                                 cycle under way started, so no marker can
                                 hold one */
  SpanList dying;             /* killed while marking: reusable from the
                                 next cycle's start (gc_spans_recycle) */
  uint64_t scavenge_clock;    /* last automatic scavenge, ns */
  /* spans in use (span.c, heap.c) */
  SpanList classes[GC_NUM_SPANCLASSES];
  GcSpan *cursor[GC_NUM_SPANCLASSES];  /* first span that may have room */
  GcSpan *cur[GC_NUM_SPANCLASSES];     /* allocating from */
  SpanList large;
  /* sweeping (sweep.c) */
  uint32_t sweepgen;          /* += 1 at each mark termination */
  GcSpan **unswept; size_t nunswept, unswept_cap;
  /* marking (mark.c, collector.c); phase is atomic */
  int phase;                  /* GcPhase */
  int barrier_on;             /* atomic: shade on pointer stores */
  GcWork mwork;               /* the mutator's gray buffer */
  GcWork gwork;               /* the GC thread's gray stack */
  GcWork awork;               /* the mutator's stack while it assists */
  GcWork shared;              /* handed from the mutator to the GC thread */
  uint64_t marked_bytes;      /* atomic: slot bytes marked this cycle (the
                                 GC thread adds its share after each batch) */
  uint64_t black_bytes;       /* mutator only: slot bytes allocated black */
  int mark_done;              /* atomic: the GC thread found no more work */
  pthread_mutex_t mu;         /* guards shared, mark_done's wakeups, quit */
  pthread_cond_t work_cv;     /* GC thread waits for work */
  pthread_cond_t done_cv;     /* mutator waits for the GC thread */
  pthread_t thread;
  bool thread_started, quit;
  uint64_t pause_start;       /* ns: the start pause of the cycle under way */
  uint64_t cycle_start;
  uint64_t trigger;           /* paced_live that requests a cycle */
  unsigned trigger_pm;        /* where between marked and goal it lies, per mille */
  uint64_t paced_live;        /* marked at the last termination + slots since */
  bool want_cycle;            /* the pacer asks the next safepoint to start one */
  bool forced;                /* the cycle under way was started by gc_collect */
  GcCycle cyc;                /* the cycle under way, for on_cycle (gctrace) */
  uint64_t mark_cpu_ns;       /* atomic: the GC thread's marking this cycle */
} Gc;

/* Monotonic and wall clocks, ns. */
uint64_t gc_nanotime(void);
uint64_t gc_walltime(void);

/* arena.c */
GcSpan *gc_span_of(Gc *g, uintptr_t p);  /* in-use span of p, or NULL; any thread */
GcSpan *gc_pages_alloc(Gc *g, size_t npages);  /* a span, state not yet set */
void gc_pages_free(Gc *g, GcSpan *s);
void gc_span_set_pages(Gc *g, GcSpan *s);      /* publish: all pages -> s */
void gc_arenas_free(Gc *g);
void gc_scavenge_tick(Gc *g);
void gc_list_push(SpanList *l, GcSpan *s);
void gc_list_remove(SpanList *l, GcSpan *s);
void gc_spans_recycle(Gc *g);  /* at a cycle's start: dying -> dead */

/* span.c */
bool gc_span_init_small(Gc *g, GcSpan *s, int spanclass); /* false: no memory */
size_t gc_class_npages(int cls);
void gc_span_init_large(Gc *g, GcSpan *s, const struct RType *type, size_t size);
long gc_span_next_free(GcSpan *s);       /* slot index, or -1: full */
void gc_span_set_ptrbits(GcSpan *s, uint32_t idx, const struct RType *type, size_t size);
void gc_span_release_bits(GcSpan *s);
static inline uint32_t gc_span_index(const GcSpan *s, uintptr_t p) {
  return s->state == SPAN_LARGE ? 0
       : (uint32_t)(((uint64_t)(p - s->base) * s->divmul) >> 32);
}
static inline bool gc_bit(const uint64_t *bits, uint32_t i) {
  return (__atomic_load_n(&bits[i / 64], __ATOMIC_ACQUIRE) >> (i % 64)) & 1;
}
static inline void gc_bit_set(uint64_t *bits, uint32_t i) {
  __atomic_fetch_or(&bits[i / 64], (uint64_t)1 << (i % 64), __ATOMIC_RELEASE);
}
/* Sets the bit; true if it was clear. */
static inline bool gc_bit_test_and_set(uint64_t *bits, uint32_t i) {
  uint64_t m = (uint64_t)1 << (i % 64);
  if (__atomic_load_n(&bits[i / 64], __ATOMIC_RELAXED) & m) return false;
  return !(__atomic_fetch_or(&bits[i / 64], m, __ATOMIC_ACQ_REL) & m);
}

/* heap.c */
Gc *gc_state(GcHeap *h);                 /* created on first use; NULL: no memory */
GcSpan *gc_new_span(Gc *g, size_t npages);
void gc_free_span(Gc *g, GcSpan *s);

/* mark.c */
typedef void (*GcVisit)(Gc *g, void *ctx, uintptr_t ptr);
void gc_scan_object(Gc *g, uintptr_t obj, GcVisit fn, void *ctx);
void gc_shade(Gc *g, GcWork *w, uintptr_t p);
void gc_drain(Gc *g, GcWork *w);
size_t gc_drain_some(Gc *g, GcWork *w, size_t budget);  /* objects scanned */
void gc_take_batch(Gc *g, GcWork *w);    /* shared -> w; caller holds g->mu */
void gc_assist(Gc *g, size_t budget);    /* mutator: scan up to budget objects */
void gc_work_push(GcWork *w, uintptr_t obj);
void gc_work_free(GcWork *w);
uint64_t gc_work_take_marked(GcWork *w);  /* w->marked, zeroed */
void gc_mutator_flush(Gc *g);            /* mwork -> shared; takes g->mu */

/* sweep.c */
void gc_sweep_begin(Gc *g);              /* at mark termination */
bool gc_sweep_span(Gc *g, GcSpan *s);    /* false: the span was freed */
void gc_sweep_some(Gc *g, size_t n);
void gc_sweep_all(Gc *g);

/* collector.c */
void gc_collector_init(Gc *g);
void gc_collector_free(Gc *g);
void gc_maybe_trigger(Gc *g);             /* after an allocation: request a cycle */
void gc_mark_termination_point(Gc *g);    /* ends the mark phase if it is complete */
static inline bool gc_is_marking(const Gc *g) {
  return __atomic_load_n(&g->phase, __ATOMIC_ACQUIRE) != GC_OFF;
}

#endif /* GC_GCINT_H */
