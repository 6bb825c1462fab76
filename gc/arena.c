/*
** arena.c — where the heap's memory comes from: arenas, the page heap and
** the page->span table, and scavenging (giving idle pages back to the OS).
**
** Arenas. Memory is reserved from the OS in arenas of 64 MB (a multiple of
** 64 MB for a larger object), mapped with MAP_NORESERVE and aligned to
** 64 MB, so that the arena of an address is addr >> 26. The arena map is a
** two-level table indexed by those bits (48-bit user addresses: 1024 L1
** entries, each an L2 table of 4096 arena pointers, created on demand).
** Lookup of any address is two loads, then one more for its page's span:
** O(1), which is what marking an interior pointer needs.
**
** Pages and spans. An arena is cut into 8 KB pages; a span is a run of
** pages. Free spans sit on one list; allocating n pages takes the best fit
** (the smallest free span that holds n) and splits it, the head becoming
** the new span. Freeing a span coalesces it with free neighbours, found
** through the page table. A new arena is one free span.
**
** Scavenging. A free span remembers when it became free; spans free for
** longer than heap->scavenge_delay_ns are madvise(MADV_DONTNEED)'d: the OS
** takes the physical pages back and hands out zero pages on the next touch,
** so a released span needs no zeroing. Fresh arena memory counts as released
** (nothing of it is resident yet). The check runs when spans are allocated
** or freed, and at the safepoint after the idle GC thread's periodic poll
** (collector.c), so a program that stops allocating still gives pages
** back; at most four times per delay.
**
** Invariants:
**  - heap_sys == heap_inuse + heap_idle; heap_released is the size of the
**    free spans marked released (coalescing a released span with an
**    unreleased one counts the whole as unreleased: the count never
**    overstates what the OS has back).
**  - Page->span entries: every page of an in-use span maps to it; a free
**    span's first and last page map to it, its inner pages to NULL.
**  - Two free spans are never adjacent (they are coalesced at free).
*/
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>

#include "gcint.h"

uint64_t gc_nanotime(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

uint64_t gc_walltime(void) {
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* {==================================================================
** Span lists and span structs
** =================================================================== */

void gc_list_push(SpanList *l, GcSpan *s) {
  s->prev = NULL;
  s->next = l->first;
  if (l->first) l->first->prev = s;
  l->first = s;
}

void gc_list_remove(SpanList *l, GcSpan *s) {
  if (s->prev) s->prev->next = s->next;
  else l->first = s->next;
  if (s->next) s->next->prev = s->prev;
  s->next = s->prev = NULL;
}

/* A span struct: a dead one (no marker can be looking at it), else new.
** Reusing them bounds the structs (and their bitmaps) by the most spans
** ever in use at once: with cycles back to back, a rule "never while
** marking" made them grow without bound. */
static GcSpan *span_struct(Gc *g) {
  GcSpan *s = g->dead.first;
  if (s) {
    gc_list_remove(&g->dead, s);
    return s;
  }
  return calloc(1, sizeof(GcSpan));
}

static void span_kill(Gc *g, GcSpan *s) {
  __atomic_store_n(&s->state, SPAN_DEAD, __ATOMIC_RELEASE);
  gc_list_push(gc_is_marking(g) ? &g->dying : &g->dead, s);
}

void gc_spans_recycle(Gc *g) {
  for (GcSpan *s = g->dying.first, *next; s; s = next) {
    next = s->next;
    gc_list_remove(&g->dying, s);
    gc_list_push(&g->dead, s);
  }
}

/* }================================================================== */

/* {==================================================================
** The arena map and the page table
** =================================================================== */

static GcArena *arena_of(Gc *g, uintptr_t p) {
  if (p >> GC_ADDR_BITS) return NULL;
  uintptr_t ai = p >> GC_ARENA_SHIFT;
  GcArena **l2 = __atomic_load_n(&g->map[ai >> GC_MAP_L2_BITS], __ATOMIC_ACQUIRE);
  if (!l2) return NULL;
  return __atomic_load_n(&l2[ai & ((1u << GC_MAP_L2_BITS) - 1)], __ATOMIC_ACQUIRE);
}

static void set_page(GcArena *a, size_t page, GcSpan *s) {
  __atomic_store_n(&a->spans[page], s, __ATOMIC_RELEASE);
}

static size_t page_of(const GcArena *a, uintptr_t p) {
  return (p - a->base) >> GC_PAGE_SHIFT;
}

GcSpan *gc_span_of(Gc *g, uintptr_t p) {
  GcArena *a = arena_of(g, p);
  if (!a) return NULL;
  GcSpan *s = __atomic_load_n(&a->spans[page_of(a, p)], __ATOMIC_ACQUIRE);
  if (!s) return NULL;
  uint8_t st = __atomic_load_n(&s->state, __ATOMIC_ACQUIRE);
  if (st != SPAN_SMALL && st != SPAN_LARGE) return NULL;
  if (p < s->base || p - s->base >= s->npages << GC_PAGE_SHIFT) return NULL;
  return s;
}

void gc_span_set_pages(Gc *g, GcSpan *s) {
  size_t first = page_of(s->arena, s->base);
  for (size_t i = 0; i < s->npages; i++) set_page(s->arena, first + i, s);
}

/* A free span's boundary entries. */
static void set_free_ends(GcSpan *s) {
  size_t first = page_of(s->arena, s->base);
  set_page(s->arena, first, s);
  set_page(s->arena, first + s->npages - 1, s);
}

/* }================================================================== */

/* {==================================================================
** Arenas
** =================================================================== */

static bool map_arena(Gc *g, GcArena *a) {
  for (uintptr_t p = a->base; p < a->base + (a->npages << GC_PAGE_SHIFT); p += GC_ARENA_BYTES) {
    uintptr_t ai = p >> GC_ARENA_SHIFT;
    GcArena ***l1 = &g->map[ai >> GC_MAP_L2_BITS];
    if (!*l1) {
      GcArena **l2 = calloc((size_t)1 << GC_MAP_L2_BITS, sizeof(GcArena *));
      if (!l2) return false;
      __atomic_store_n(l1, l2, __ATOMIC_RELEASE);
    }
    __atomic_store_n(&(*l1)[ai & ((1u << GC_MAP_L2_BITS) - 1)], a, __ATOMIC_RELEASE);
  }
  return true;
}

/* Reserves an arena of at least [npages] pages, aligned to GC_ARENA_BYTES,
** and adds it to the free list as one free span. */
static bool grow(Gc *g, size_t npages) {
  size_t units = (npages + GC_ARENA_PAGES - 1) / GC_ARENA_PAGES;
  if (units == 0 || units > ((size_t)1 << (GC_ADDR_BITS - GC_ARENA_SHIFT))) return false;
  size_t bytes = units * GC_ARENA_BYTES;
  uint8_t *raw = mmap(NULL, bytes + GC_ARENA_BYTES, PROT_READ | PROT_WRITE,
                      MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (raw == MAP_FAILED) return false;
  uintptr_t base = ((uintptr_t)raw + GC_ARENA_BYTES - 1) & ~(GC_ARENA_BYTES - 1);
  if (base > (uintptr_t)raw) munmap(raw, base - (uintptr_t)raw);
  uintptr_t end = (uintptr_t)raw + bytes + GC_ARENA_BYTES;
  if (end > base + bytes) munmap((void *)(base + bytes), end - (base + bytes));
  GcArena *a = calloc(1, sizeof *a);
  GcSpan *s = span_struct(g);
  if (a) a->spans = calloc(units * GC_ARENA_PAGES, sizeof(GcSpan *));
  if (!a || !a->spans || !s || (base >> GC_ADDR_BITS)) {
    if (a) free(a->spans);
    free(a);
    if (s) gc_list_push(&g->dead, s);
    munmap((void *)base, bytes);
    return false;
  }
  a->base = base;
  a->npages = units * GC_ARENA_PAGES;
  if (!map_arena(g, a)) { /* the arena stays unmapped in the map: unusable */
    free(a->spans);
    free(a);
    gc_list_push(&g->dead, s);
    munmap((void *)base, bytes);
    return false;
  }
  a->next = g->arenas;
  g->arenas = a;
  s->base = base;
  s->npages = a->npages;
  s->arena = a;
  s->released = true; /* nothing resident yet */
  s->needzero = false;
  s->free_since = gc_nanotime();
  __atomic_store_n(&s->state, SPAN_FREE, __ATOMIC_RELEASE);
  set_free_ends(s);
  gc_list_push(&g->free, s);
  GcStats *st = &g->heap->stats;
  st->heap_sys += bytes;
  st->heap_idle += bytes;
  st->heap_released += bytes;
  return true;
}

void gc_arenas_free(Gc *g) {
  for (GcArena *a = g->arenas, *next; a; a = next) {
    next = a->next;
    munmap((void *)a->base, a->npages << GC_PAGE_SHIFT);
    free(a->spans);
    free(a);
  }
  g->arenas = NULL;
  for (size_t i = 0; i < sizeof g->map / sizeof g->map[0]; i++) free(g->map[i]);
  memset(g->map, 0, sizeof g->map);
  SpanList *lists[] = {&g->free, &g->dead, &g->dying, &g->large};
  for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++)
    for (GcSpan *s = lists[i]->first, *next; s; s = next) {
      next = s->next;
      gc_span_release_bits(s);
      free(s);
    }
  for (int c = 0; c < GC_NUM_SPANCLASSES; c++)
    for (GcSpan *s = g->classes[c].first, *next; s; s = next) {
      next = s->next;
      gc_span_release_bits(s);
      free(s);
    }
}

/* }================================================================== */

/* {==================================================================
** The page heap
** =================================================================== */

static void take_pages(Gc *g, GcSpan *s, size_t npages) {
  GcStats *st = &g->heap->stats;
  uint64_t bytes = (uint64_t)npages << GC_PAGE_SHIFT;
  st->heap_inuse += bytes;
  st->heap_idle -= bytes;
  if (s->released) st->heap_released -= bytes;
}

GcSpan *gc_pages_alloc(Gc *g, size_t npages) {
  GcSpan *best = NULL;
  for (int tries = 0; tries < 2 && !best; tries++) {
    for (GcSpan *s = g->free.first; s; s = s->next)
      if (s->npages >= npages && (!best || s->npages < best->npages)) best = s;
    if (!best && (tries > 0 || !grow(g, npages))) return NULL;
  }
  take_pages(g, best, npages);
  GcSpan *r = best;
  if (best->npages > npages) { /* split: the head becomes the new span */
    r = span_struct(g);
    if (!r) { /* undo the accounting; the caller reports exhaustion */
      GcStats *st = &g->heap->stats;
      uint64_t bytes = (uint64_t)npages << GC_PAGE_SHIFT;
      st->heap_inuse -= bytes;
      st->heap_idle += bytes;
      if (best->released) st->heap_released += bytes;
      return NULL;
    }
    r->base = best->base;
    r->arena = best->arena;
    r->npages = npages;
    r->needzero = best->needzero;
    best->base += (uintptr_t)npages << GC_PAGE_SHIFT;
    best->npages -= npages;
    set_free_ends(best);
  } else {
    gc_list_remove(&g->free, best);
    /* the struct stays FREE until its owner sets a state: a marker reading
    ** a stale entry skips it */
  }
  if (best->released) r->needzero = false;
  r->released = false;
  r->next = r->prev = NULL;
  gc_scavenge_tick(g);
  return r;
}

/* Merges free span [b] (the higher) into [a] (the lower, kept). */
static void merge(Gc *g, GcSpan *a, GcSpan *b) {
  GcStats *st = &g->heap->stats;
  if (a->released != b->released) {
    GcSpan *rel = a->released ? a : b;
    st->heap_released -= (uint64_t)rel->npages << GC_PAGE_SHIFT;
  }
  /* the old inner boundaries become inner pages */
  set_page(a->arena, page_of(a->arena, a->base) + a->npages - 1, NULL);
  set_page(b->arena, page_of(b->arena, b->base), NULL);
  a->npages += b->npages;
  a->released = a->released && b->released;
  a->needzero = a->needzero || b->needzero;
  gc_list_remove(&g->free, b);
  span_kill(g, b);
}

void gc_pages_free(Gc *g, GcSpan *s) {
  GcStats *st = &g->heap->stats;
  uint64_t bytes = (uint64_t)s->npages << GC_PAGE_SHIFT;
  st->heap_inuse -= bytes;
  st->heap_idle += bytes;
  __atomic_store_n(&s->state, SPAN_FREE, __ATOMIC_RELEASE);
  GcArena *a = s->arena;
  size_t first = page_of(a, s->base);
  for (size_t i = 1; i + 1 < s->npages; i++) set_page(a, first + i, NULL);
  s->needzero = true;
  s->released = false;
  s->free_since = gc_nanotime();
  gc_list_push(&g->free, s);
  set_free_ends(s);
  if (first > 0) {
    GcSpan *prev = __atomic_load_n(&a->spans[first - 1], __ATOMIC_RELAXED);
    if (prev && prev->state == SPAN_FREE) {
      merge(g, prev, s);
      s = prev;
      first = page_of(a, s->base);
    }
  }
  size_t after = first + s->npages;
  if (after < a->npages) {
    GcSpan *next = __atomic_load_n(&a->spans[after], __ATOMIC_RELAXED);
    if (next && next->state == SPAN_FREE) merge(g, s, next);
  }
  s->free_since = gc_nanotime();
  set_free_ends(s);
  gc_scavenge_tick(g);
}

/* }================================================================== */

/* {==================================================================
** Scavenging
** =================================================================== */

static uint64_t scavenge(Gc *g, uint64_t min_age_ns) {
  uint64_t now = gc_nanotime(), released = 0;
  for (GcSpan *s = g->free.first; s; s = s->next) {
    if (s->released || now - s->free_since < min_age_ns) continue;
    uint64_t bytes = (uint64_t)s->npages << GC_PAGE_SHIFT;
    int rc;
    do rc = madvise((void *)s->base, bytes, MADV_DONTNEED);
    while (rc != 0 && errno == EAGAIN);
    if (rc != 0) continue;
    s->released = true;
    s->needzero = false; /* the OS gives zero pages back */
    released += bytes;
  }
  g->heap->stats.heap_released += released;
  g->scavenge_clock = now;
  return released;
}

void gc_scavenge_tick(Gc *g) {
  uint64_t delay = g->heap->scavenge_delay_ns;
  uint64_t now = gc_nanotime();
  if (now - g->scavenge_clock >= delay / 4) scavenge(g, delay);
}

uint64_t gc_scavenge(GcHeap *h, uint64_t min_age_ns) {
  return h->gc ? scavenge(h->gc, min_age_ns) : 0;
}

/* }================================================================== */
