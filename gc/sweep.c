/*
** sweep.c — freeing what marking left white, lazily, on the mutator thread.
**
** Sweep generations (Go's sweepgen, halved): a span whose sweepgen equals
** the heap's has been swept since the last mark termination; mark
** termination increments the heap's, which makes every span in use
** unswept at once, and snapshots the spans in use into the unswept array.
**
** Who sweeps: the allocator, before it allocates from a span of a class
** (heap.c, refill), so objects are never handed out of an unswept span;
** every refill also sweeps one span from the unswept array (the background
** share); gc_start finishes the sweep before the next cycle marks, so mark
** bits are all clear when marking begins; gc_collect sweeps everything.
** Sweeping never overlaps marking, so it changes spans without atomics
** except where the marker of a later cycle reads them (bits, state).
**
** Sweeping a span: the slots allocated and not marked are freed (their
** alloc bits cleared, the counters given back, in VM_DEBUG builds their
** bytes poisoned with 0xdb so that a use of a freed object shows), the mark
** bits cleared; a span left with no object goes back to the page heap. A
** large span is its object: unmarked, its pages go back.
**
** Invariants:
**  - After a span is swept: allocbits == the old allocbits & markbits,
**    markbits == 0, nalloc == popcount(allocbits), sweepgen == the heap's.
**  - Objects allocated since the last mark termination are in swept spans
**    (new spans start swept; refill sweeps before it allocates), so a sweep
**    never frees an object that marking could not have seen.
*/
#include <stdlib.h>
#include <string.h>

#include "gcint.h"

enum { POISON = 0xdb };

static void give_back(Gc *g, size_t requested, size_t slot) {
  GcStats *st = &g->heap->stats;
  st->frees++;
  st->heap_objects--;
  st->heap_alloc -= requested;
  st->heap_live -= slot;
}

static bool sweep_large(Gc *g, GcSpan *s) {
  if (s->largebits[1]) {
    s->largebits[1] = 0;
    return true;
  }
  give_back(g, s->reqsize, s->elemsize);
#ifdef VM_DEBUG
  memset((void *)s->base, POISON, s->reqsize);
#endif
  gc_free_span(g, s);
  return false;
}

static bool sweep_small(Gc *g, GcSpan *s) {
  uint32_t freed = 0;
  for (uint32_t w = 0; w * 64 < s->nelems; w++) {
    uint64_t dead = s->allocbits[w] & ~s->markbits[w];
    s->allocbits[w] &= s->markbits[w];
    s->markbits[w] = 0;
    while (dead) {
      uint32_t idx = w * 64 + (uint32_t)__builtin_ctzll(dead);
      dead &= dead - 1;
      give_back(g, s->elemsize - (s->slack ? s->slack[idx] : 0), s->elemsize);
#ifdef VM_DEBUG
      memset((void *)(s->base + (size_t)idx * s->elemsize), POISON, s->elemsize);
#endif
      freed++;
    }
  }
  s->nalloc -= freed;
  s->freeindex = 0;
  if (freed) s->needzero = true;
  if (s->nalloc == 0) {
    gc_free_span(g, s);
    return false;
  }
  return true;
}

bool gc_sweep_span(Gc *g, GcSpan *s) {
  s->sweepgen = g->sweepgen;
  return s->state == SPAN_LARGE ? sweep_large(g, s) : sweep_small(g, s);
}

static void snapshot(Gc *g, GcSpan *s) {
  if (g->nunswept == g->unswept_cap) {
    size_t cap = g->unswept_cap ? g->unswept_cap * 2 : 256;
    GcSpan **a = realloc(g->unswept, cap * sizeof *a);
    if (!a) return; /* the span is swept lazily by its class instead */
    g->unswept = a;
    g->unswept_cap = cap;
  }
  g->unswept[g->nunswept++] = s;
}

void gc_sweep_begin(Gc *g) {
  g->sweepgen++;
  g->nunswept = 0;
  for (int sc = 0; sc < GC_NUM_SPANCLASSES; sc++) {
    for (GcSpan *s = g->classes[sc].first; s; s = s->next) snapshot(g, s);
    g->cur[sc] = NULL;
    g->cursor[sc] = g->classes[sc].first;
  }
  for (GcSpan *s = g->large.first; s; s = s->next) snapshot(g, s);
}

void gc_sweep_some(Gc *g, size_t n) {
  while (n && g->nunswept) {
    GcSpan *s = g->unswept[--g->nunswept];
    /* a struct freed since the snapshot is dead or reborn swept */
    if ((s->state != SPAN_SMALL && s->state != SPAN_LARGE) || s->sweepgen == g->sweepgen)
      continue;
    gc_sweep_span(g, s);
    n--;
  }
}

void gc_sweep_all(Gc *g) {
  gc_sweep_some(g, SIZE_MAX);
  /* spans the snapshot missed (it could not grow) */
  for (int sc = 0; sc < GC_NUM_SPANCLASSES; sc++)
    for (GcSpan *s = g->classes[sc].first, *next; s; s = next) {
      next = s->next;
      if (s->sweepgen != g->sweepgen) gc_sweep_span(g, s);
    }
  for (GcSpan *s = g->large.first, *next; s; s = next) {
    next = s->next;
    if (s->sweepgen != g->sweepgen) gc_sweep_span(g, s);
  }
}
