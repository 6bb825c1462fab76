/*
** heap.c — gc_alloc and the heap's life: small objects from the span of
** their class, large ones on spans of their own, the counters, the memory
** limit, and the lookup of an object from any pointer into it.
**
** Small allocation (<= 32 KB). The request picks a size class (a size-0
** request takes the 8-byte class: every object is real and distinct) and a
** span class (noscan when the type is NULL or has no ptrmask). Each span
** class has a current span; its next free slot comes from the alloc bits
** above freeindex. When it is full, the class's span list is walked from a
** cursor, sweeping the spans not yet swept this cycle (lazy sweeping), for
** one with a free slot; failing that a new span is cut from the page heap.
**
** Large allocation (> 32 KB): a span of ceil(size / 8 KB) pages, one object.
**
** Zeroing: memory comes back zeroed. Fresh and released pages are zero
** already; a span made of dirty pages is cleared when it is set up, and a
** slot is cleared at allocation once a sweep has freed slots of its span.
**
** Allocating during marking makes the object black (its mark bit set before
** its alloc bit), so the cycle in progress keeps it; past the heap goal it
** also assists the marking (mark.c). An allocation may end
** a mark phase (termination needs no roots) but never starts a cycle: the
** caller may hold pointers in C locals that no root scanner sees, so the
** pacer only raises a request that the next gc_safepoint honours.
**
** Counters (gc.h): mallocs, total_alloc, heap_alloc, heap_objects count
** requested bytes and are exact; to give heap_alloc back exactly when a
** slot is swept, a span keeps per slot the bytes its slot had beyond the
** request (the slack array, created only when a request was not a whole
** slot). heap_live counts the same objects in whole slots and pages.
**
** The heap's state (Gc) is created on the first allocation and destroyed,
** arenas and all, by gc_heap_free; the counters survive it.
**
** Invariants:
**  - mallocs - frees == heap_objects; with a limit, heap_alloc <= limit.
**  - gc_alloc never returns NULL and never leaves the heap half-changed when
**    it ends the run (every check comes before the first change).
*/
#include <stdlib.h>
#include <string.h>

#include "gcint.h"
#include "../vm/vm.h"

Gc *gc_state(GcHeap *h) {
  if (h->gc) return h->gc;
  Gc *g = calloc(1, sizeof *g);
  if (!g) return NULL;
  g->heap = h;
  g->scavenge_clock = gc_nanotime();
  gc_collector_init(g);
  h->gc = g;
  return g;
}

void gc_heap_init(GcHeap *h) {
  *h = (GcHeap){0};
  h->gc_percent = 100;
  h->scavenge_delay_ns = 1000000000u; /* a second */
  h->stats.init_ns = gc_nanotime();
}

void gc_heap_free(GcHeap *h) {
  Gc *g = h->gc;
  if (!g) return;
  gc_collector_free(g); /* stops the GC thread first */
  gc_arenas_free(g);
  free(g->unswept);
  free(g);
  h->gc = NULL;
  GcStats *st = &h->stats;
  st->frees += st->heap_objects;
  st->heap_objects = st->heap_alloc = st->heap_live = 0;
  st->heap_sys = st->heap_inuse = st->heap_idle = st->heap_released = 0;
}

/* {==================================================================
** Spans for allocation
** =================================================================== */

GcSpan *gc_new_span(Gc *g, size_t npages) {
  return gc_pages_alloc(g, npages);
}

void gc_free_span(Gc *g, GcSpan *s) {
  if (s->state == SPAN_LARGE) {
    gc_list_remove(&g->large, s);
  } else {
    int sc = s->spanclass;
    if (g->cursor[sc] == s) g->cursor[sc] = s->next;
    if (g->cur[sc] == s) g->cur[sc] = NULL;
    gc_list_remove(&g->classes[sc], s);
  }
  gc_pages_free(g, s);
}

/* A span of class [sc] with a free slot: from the list (sweeping on the
** way), else a new one. */
static GcSpan *refill(Gc *g, int sc) {
  gc_sweep_some(g, 1); /* the background share of sweeping */
  for (GcSpan *s = g->cursor[sc], *next; s; s = next) {
    next = s->next;
    if (s->sweepgen != g->sweepgen && !gc_sweep_span(g, s)) continue;
    if (s->nalloc < s->nelems) {
      g->cursor[sc] = s;
      return g->cur[sc] = s;
    }
    g->cursor[sc] = next;
  }
  GcSpan *s = gc_new_span(g, gc_class_npages(sc >> 1));
  if (!s) return NULL;
  if (!gc_span_init_small(g, s, sc)) {
    gc_pages_free(g, s);
    return NULL;
  }
  __atomic_store_n(&s->state, SPAN_SMALL, __ATOMIC_RELEASE);
  gc_span_set_pages(g, s);
  gc_list_push(&g->classes[sc], s);
  return g->cur[sc] = s;
}

/* }================================================================== */

/* {==================================================================
** Allocation
** =================================================================== */

/* Records [size] bytes requested in a slot of [slot] bytes. */
static void count_alloc(Gc *g, size_t size, size_t slot) {
  GcStats *st = &g->heap->stats;
  st->mallocs++;
  st->total_alloc += size;
  st->heap_alloc += size;
  st->heap_objects++;
  st->heap_live += slot;
  g->paced_live += slot;
}

static void make_black(Gc *g, GcSpan *s, uint32_t idx) {
  if (!gc_is_marking(g)) return;
  gc_bit_set(s->markbits, idx);
  g->black_bytes += s->elemsize;
}

static bool record_slack(GcSpan *s, uint32_t idx, size_t size) {
  size_t slack = s->elemsize - size;
  if (!slack && !s->slack) return true;
  if (!s->slack && !(s->slack = calloc(s->nelems, sizeof(uint16_t)))) return false;
  s->slack[idx] = (uint16_t)slack;
  return true;
}

static void *alloc_small(Gc *g, const RType *type, size_t size, bool noscan) {
  int cls = size ? gc_size_class(size) : 1;
  int sc = cls * 2 + noscan;
  GcSpan *s = g->cur[sc];
  long idx = s ? gc_span_next_free(s) : -1;
  if (idx < 0) {
    if (!(s = refill(g, sc))) return NULL;
    idx = gc_span_next_free(s);
  }
  if (!record_slack(s, (uint32_t)idx, size)) return NULL;
  void *p = (void *)(s->base + (size_t)idx * s->elemsize);
  if (s->needzero) memset(p, 0, s->elemsize);
  if (!noscan) gc_span_set_ptrbits(s, (uint32_t)idx, type, size);
  make_black(g, s, (uint32_t)idx);
  gc_bit_set(s->allocbits, (uint32_t)idx);
  s->freeindex = (uint32_t)idx + 1;
  s->nalloc++;
  count_alloc(g, size, s->elemsize);
  return p;
}

static void *alloc_large(Gc *g, const RType *type, size_t size) {
  gc_sweep_some(g, 1);
  size_t npages = size / GC_PAGE_SIZE + (size % GC_PAGE_SIZE != 0);
  GcSpan *s = gc_new_span(g, npages);
  if (!s) return NULL;
  gc_span_init_large(g, s, type, size);
  make_black(g, s, 0);
  gc_bit_set(s->allocbits, 0);
  s->nalloc = 1;
  __atomic_store_n(&s->state, SPAN_LARGE, __ATOMIC_RELEASE);
  gc_span_set_pages(g, s);
  gc_list_push(&g->large, s);
  count_alloc(g, size, s->elemsize);
  return (void *)s->base;
}

void *gc_alloc(struct vm_State *vm, const struct RType *type, size_t size) {
  GcHeap *h = &vm->heap;
  if (size > ((size_t)1 << GC_ADDR_BITS) ||
      (h->limit && (h->stats.heap_alloc > h->limit || size > h->limit - h->stats.heap_alloc)))
    vm_fatal(vm, "runtime: out of memory");
  Gc *g = gc_state(h);
  if (!g) vm_fatal(vm, "runtime: out of memory");
  if (gc_is_marking(g)) {
    gc_mark_termination_point(g);
    if (gc_is_marking(g) && g->paced_live > h->stats.next_gc) gc_assist(g, GC_ASSIST_BUDGET);
  }
  bool noscan = !type || !type->ptrmask || type->size < 8;
  void *p = size <= GC_MAX_SMALL_SIZE ? alloc_small(g, type, size, noscan)
                                      : alloc_large(g, noscan ? NULL : type, size);
  if (!p) vm_fatal(vm, "runtime: out of memory");
  gc_maybe_trigger(g);
  return p;
}

/* }================================================================== */

void *gc_find_object(GcHeap *h, const void *p, size_t *size) {
  if (!h->gc) return NULL;
  GcSpan *s = gc_span_of(h->gc, (uintptr_t)p);
  if (!s) return NULL;
  uint32_t idx = gc_span_index(s, (uintptr_t)p);
  if (idx >= s->nelems || !gc_bit(s->allocbits, idx)) return NULL;
  if (size) *size = s->elemsize;
  return (void *)(s->base + (size_t)idx * s->elemsize);
}
