/*
** mark.c — tri-color marking: shading, scanning, the gray work lists, and
** the root API.
**
** Colors. White: mark bit clear. Gray: mark bit set and the object still on
** a work list (its pointers not yet followed). Black: mark bit set and
** scanned (or noscan: a pointer-free object is black as soon as shaded, it
** never goes on a list). Shading an object (gc_shade) turns a white object
** gray; it is the only way an object gets a mark bit, apart from allocation
** during marking, which makes objects black directly.
**
** Precision. A word is followed only where the object's pointer bits (from
** its type's ptrmask, span.c) say it may hold a pointer, and a candidate is
** shaded only when it lies inside an allocated slot of an in-use span: any
** byte of the object marks the whole object (interior pointers, e.g. a
** slice of the middle of an array or &s.field, keep it alive). A pointer-
** typed word that holds no heap address (a static RType, a string literal,
** an interface's scalar data) is simply not shaded.
**
** Work lists. Gray objects wait on a shared list (under the collector's
** mutex) or on a thread's own stack. The GC thread takes batches of
** GC_WORK_BATCH from the shared list onto its stack (gwork); a stack that
** grows past GC_WORK_LOCAL_MAX gives half back, so most work stays where
** either thread can reach it. The mutator, shading from the write barrier
** or from roots, fills a small buffer (mwork) that it hands over when it
** holds GC_WORK_FLUSH entries, when a cycle starts, and when mark
** termination is attempted (collector.c).
**
** Mark assists (Go's gcAssistAlloc, simplified): while marking, an
** allocation that finds the heap past its goal first scans up to a budget
** of gray objects itself (on awork, from the shared list), returning what
** is left. So a GC thread that gets little CPU (a loaded machine) does not
** let the heap grow without bound: the mutator pays for its allocation.
**
** Memory order: mark bits are set with an atomic fetch-or, so two threads
** shading the same object agree on who grays it. Pointer words are read
** with relaxed atomic loads (the mutator stores them atomically through the
** barrier, barrier.c); the object a pointer leads to is found through the
** acquire loads of gc_span_of.
**
** Invariants:
**  - An object is on at most one work list, at most once per cycle (only the
**    shade that sets its mark bit pushes it).
**  - When the GC thread reports "no work" and the mutator's buffer is empty,
**    no object is gray: everything reachable from the roots is black.
*/
#include <stdlib.h>
#include <string.h>

#include "gcint.h"
#include "../vm/value.h"

void gc_work_push(GcWork *w, uintptr_t obj) {
  if (w->n == w->cap) {
    size_t cap = w->cap ? w->cap * 2 : 256;
    uintptr_t *items = realloc(w->items, cap * sizeof *items);
    if (!items) abort(); /* a broken invariant, not an OOM of the program */
    w->items = items;
    w->cap = cap;
  }
  w->items[w->n++] = obj;
}

uint64_t gc_work_take_marked(GcWork *w) {
  uint64_t n = w->marked;
  w->marked = 0;
  return n;
}

void gc_work_free(GcWork *w) {
  free(w->items);
  *w = (GcWork){0};
}

void gc_shade(Gc *g, GcWork *w, uintptr_t p) {
  GcSpan *s = gc_span_of(g, p);
  if (!s) return;
  uint32_t idx = gc_span_index(s, p);
  if (idx >= s->nelems || !gc_bit(s->allocbits, idx)) return;
  if (!gc_bit_test_and_set(s->markbits, idx)) return;
  w->marked += s->elemsize; /* the owner's count: no shared cache line */
  if (s->noscan) return;
  gc_work_push(w, s->base + (size_t)idx * s->elemsize);
  if (w == &g->mwork && w->n >= GC_WORK_FLUSH) gc_mutator_flush(g);
}

static uintptr_t load_word(uintptr_t addr) {
  return __atomic_load_n((uintptr_t *)addr, __ATOMIC_RELAXED);
}

/* Calls [fn] on every non-zero pointer word of the object at [obj]. */
static void scan_small(Gc *g, GcSpan *s, uintptr_t obj, GcVisit fn, void *ctx) {
  size_t first = (obj - s->base) / 8, n = s->elemsize / 8;
  for (size_t i = 0; i < n;) {
    size_t bit = first + i;
    uint64_t bits = __atomic_load_n(&s->ptrbits[bit / 64], __ATOMIC_RELAXED) >> (bit % 64);
    size_t run = 64 - bit % 64;
    if (run > n - i) {
      run = n - i;
      bits &= ((uint64_t)1 << run) - 1;
    }
    while (bits) {
      unsigned b = (unsigned)__builtin_ctzll(bits);
      bits &= bits - 1;
      uintptr_t v = load_word(obj + (i + b) * 8);
      if (v) fn(g, ctx, v);
    }
    i += run;
  }
}

static void scan_large(Gc *g, GcSpan *s, GcVisit fn, void *ctx) {
  const RType *t = s->type;
  if (!t) return;
  size_t ew = (size_t)t->size / 8, n = s->reqsize / 8;
  for (size_t i = 0, e = 0; i < n; i++) {
    if ((t->ptrmask[e / 8] >> (e % 8)) & 1) {
      uintptr_t v = load_word(s->base + i * 8);
      if (v) fn(g, ctx, v);
    }
    if (++e == ew) e = 0;
  }
}

void gc_scan_object(Gc *g, uintptr_t obj, GcVisit fn, void *ctx) {
  GcSpan *s = gc_span_of(g, obj);
  if (!s || s->noscan) return;
  if (__atomic_load_n(&s->state, __ATOMIC_ACQUIRE) == SPAN_LARGE) scan_large(g, s, fn, ctx);
  else scan_small(g, s, obj, fn, ctx);
}

static void shade_visit(Gc *g, void *w, uintptr_t v) { gc_shade(g, w, v); }

/* Moves up to [n] items of the shared list into [w]; caller holds g->mu. */
static void take_shared(Gc *g, GcWork *w, size_t n) {
  while (n-- && g->shared.n) gc_work_push(w, g->shared.items[--g->shared.n]);
}

/* Hands [n] items of [w] (from its bottom: the oldest, widest work) to the
** shared list, and wakes the GC thread. */
static void give_shared(Gc *g, GcWork *w, size_t n) {
  pthread_mutex_lock(&g->mu);
  for (size_t i = 0; i < n; i++) gc_work_push(&g->shared, w->items[i]);
  memmove(w->items, w->items + n, (w->n - n) * sizeof *w->items);
  w->n -= n;
  __atomic_store_n(&g->mark_done, 0, __ATOMIC_RELEASE);
  pthread_cond_signal(&g->work_cv);
  pthread_mutex_unlock(&g->mu);
}

/* Scans up to [budget] objects of [w]; a list grown past GC_WORK_LOCAL_MAX
** gives half to the shared list, so that no thread sits on much work. */
static size_t drain(Gc *g, GcWork *w, size_t budget) {
  size_t k = 0;
  while (w->n && k < budget) {
    gc_scan_object(g, w->items[--w->n], shade_visit, w);
    if (++k % 64 == 0 && w->n > GC_WORK_LOCAL_MAX) give_shared(g, w, w->n / 2);
  }
  return k;
}

void gc_drain(Gc *g, GcWork *w) {
  drain(g, w, SIZE_MAX);
}

size_t gc_drain_some(Gc *g, GcWork *w, size_t budget) {
  return drain(g, w, budget);
}

void gc_take_batch(Gc *g, GcWork *w) {
  take_shared(g, w, GC_WORK_BATCH);
}

void gc_assist(Gc *g, size_t budget) {
  GcWork *w = &g->awork;
  pthread_mutex_lock(&g->mu);
  take_shared(g, w, GC_WORK_BATCH);
  pthread_mutex_unlock(&g->mu);
  size_t before = w->n;
  if (!before) return;
  g->heap->stats.assist_scans += drain(g, w, budget);
  if (w->n) give_shared(g, w, w->n);
}

void gc_mutator_flush(Gc *g) {
  pthread_mutex_lock(&g->mu);
  for (size_t i = 0; i < g->mwork.n; i++) gc_work_push(&g->shared, g->mwork.items[i]);
  g->mwork.n = 0;
  __atomic_store_n(&g->mark_done, 0, __ATOMIC_RELEASE);
  pthread_cond_signal(&g->work_cv);
  pthread_mutex_unlock(&g->mu);
}

/* {==================================================================
** Roots
** =================================================================== */

void gc_mark_root_range(GcHeap *h, const void *words, size_t n, const uint8_t *ptrmask) {
  Gc *g = h->gc;
  if (!g || !gc_is_marking(g)) return;
  const uintptr_t *wp = words;
  for (size_t i = 0; i < n; i++)
    if (!ptrmask || ((ptrmask[i / 8] >> (i % 8)) & 1))
      if (wp[i]) gc_shade(g, &g->mwork, wp[i]);
}

void gc_mark_root(GcHeap *h, const void *p) {
  Gc *g = h->gc;
  if (g && p && gc_is_marking(g)) gc_shade(g, &g->mwork, (uintptr_t)p);
}

/* }================================================================== */
