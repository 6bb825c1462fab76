/*
** span.c — spans of one size class: their shape, their slots, and the bits
** that describe each slot (allocated, marked, which words hold pointers).
**
** Shape. A class of size n gets the fewest pages whose tail waste (pages *
** 8 KB mod n) is at most an eighth of the span, Go's rule
** (runtime/mksizeclasses.go); its slots are the n-byte pieces from the
** span's base. A span class is class*2 + noscan: objects without pointers
** get spans of their own, which the marker never scans.
**
** Slot of an address. off / n is computed as (off * divmul) >> 32 with
** divmul = floor((2^32 - 1) / n) + 1, exact for every offset inside a span
** of these classes (tests/unit/test_gc.c checks all of them): one multiply
** for every pointer the marker follows.
**
** Bits, one per slot: allocbits (set from allocation until the sweep that
** frees the slot) and markbits (set by marking, cleared by sweeping). A
** scan span also has ptrbits, one per 8-byte word of the span, written at
** allocation from the object's type: word i of an object of type T (an
** array of T when the object is bigger) holds a pointer when bit
** i % (T.size/8) of T.ptrmask is set. The marker reads only those words.
** A large span has one slot (its object) and keeps the type instead of
** ptrbits; the marker repeats the type's mask over the object.
**
** Invariants:
**  - freeindex <= the index of every free slot; nalloc == popcount(allocbits).
**  - ptrbits of a slot are written before its alloc bit is set (the marker
**    reads the bits of allocated objects only).
**  - Bitmap words shared with other slots are changed with atomic
**    read-modify-writes: the marker may be reading the neighbours.
*/
#include <stdlib.h>
#include <string.h>

#include "gcint.h"
#include "../vm/value.h"

/* Pages per span of size [size]: Go's tail-waste rule. */
static size_t class_npages(size_t size) {
  size_t bytes = GC_PAGE_SIZE;
  while (bytes % size > bytes / 8) bytes += GC_PAGE_SIZE;
  return bytes / GC_PAGE_SIZE;
}

size_t gc_class_npages(int cls) {
  return class_npages(gc_class_to_size[cls]);
}

/* Makes [*bits] a zeroed array of [nwords] words, reusing what is there. */
static bool zeroed_words(uint64_t **bits, size_t *cap, size_t nwords, const uint64_t *inline_bits) {
  if (*bits == inline_bits) *bits = NULL, *cap = 0;
  if (*cap < nwords) {
    free(*bits);
    *bits = calloc(nwords, sizeof(uint64_t));
    *cap = *bits ? nwords : 0;
    return *bits != NULL;
  }
  memset(*bits, 0, nwords * sizeof(uint64_t));
  return true;
}

void gc_span_release_bits(GcSpan *s) {
  if (s->allocbits != s->largebits) {
    free(s->allocbits);
    free(s->markbits);
  }
  free(s->ptrbits);
  free(s->slack);
  s->allocbits = s->markbits = s->ptrbits = NULL;
  s->slack = NULL;
  s->bitwords = s->ptrwords = 0;
}

static void common_init(Gc *g, GcSpan *s) {
  free(s->slack);
  s->slack = NULL;
  s->freeindex = 0;
  s->nalloc = 0;
  s->sweepgen = g->sweepgen;
  s->type = NULL;
  s->reqsize = 0;
  if (s->needzero) {
    memset((void *)s->base, 0, s->npages << GC_PAGE_SHIFT);
    s->needzero = false;
  }
}

bool gc_span_init_small(Gc *g, GcSpan *s, int spanclass) {
  size_t size = gc_class_to_size[spanclass >> 1];
  s->spanclass = (uint8_t)spanclass;
  s->noscan = spanclass & 1;
  s->elemsize = size;
  s->nelems = (uint32_t)((s->npages << GC_PAGE_SHIFT) / size);
  s->divmul = (uint32_t)(UINT32_MAX / size + 1);
  size_t nwords = (s->nelems + 63) / 64;
  size_t cap = s->bitwords, cap2 = s->bitwords;
  if (!zeroed_words(&s->allocbits, &cap, nwords, s->largebits)) return false;
  if (!zeroed_words(&s->markbits, &cap2, nwords, s->largebits + 1)) return false;
  s->bitwords = cap < cap2 ? cap : cap2;
  if (!s->noscan &&
      !zeroed_words(&s->ptrbits, &s->ptrwords, (s->npages << GC_PAGE_SHIFT) / 8 / 64, NULL))
    return false;
  common_init(g, s);
  return true;
}

void gc_span_init_large(Gc *g, GcSpan *s, const RType *type, size_t size) {
  gc_span_release_bits(s);
  s->spanclass = 0;
  s->elemsize = s->npages << GC_PAGE_SHIFT;
  s->nelems = 1;
  s->divmul = 0;
  s->allocbits = &s->largebits[0];
  s->markbits = &s->largebits[1];
  s->largebits[0] = s->largebits[1] = 0;
  common_init(g, s);
  s->noscan = !type || !type->ptrmask || type->size < 8;
  s->type = s->noscan ? NULL : type;
  s->reqsize = size;
}

long gc_span_next_free(GcSpan *s) {
  for (uint32_t w = s->freeindex / 64; w * 64 < s->nelems; w++) {
    uint64_t freebits = ~__atomic_load_n(&s->allocbits[w], __ATOMIC_RELAXED);
    if (w == s->freeindex / 64) freebits &= ~(uint64_t)0 << (s->freeindex % 64);
    if (!freebits) continue;
    uint32_t idx = w * 64 + (uint32_t)__builtin_ctzll(freebits);
    if (idx >= s->nelems) break;
    s->freeindex = idx;
    return idx;
  }
  s->freeindex = s->nelems;
  return -1;
}

/* Bits [lo, hi) of a bitmap word set to [val] (other bits kept). */
static void put_bits(uint64_t *word, unsigned lo, unsigned hi, uint64_t val) {
  uint64_t range = (hi - lo == 64 ? ~(uint64_t)0 : (((uint64_t)1 << (hi - lo)) - 1)) << lo;
  if (range == ~(uint64_t)0) {
    __atomic_store_n(word, val, __ATOMIC_RELAXED);
    return;
  }
  uint64_t old = __atomic_load_n(word, __ATOMIC_RELAXED);
  if ((old & range) == (val & range)) return;
  __atomic_fetch_and(word, ~range, __ATOMIC_RELAXED);
  __atomic_fetch_or(word, val & range, __ATOMIC_RELAXED);
}

void gc_span_set_ptrbits(GcSpan *s, uint32_t idx, const RType *type, size_t size) {
  size_t first = idx * (s->elemsize / 8), nwords = s->elemsize / 8;
  size_t ew = type ? (size_t)type->size / 8 : 0, used = size / 8;
  size_t i = 0, ei = 0; /* word of the object, word of the element */
  while (i < nwords) {
    size_t bit = first + i, w = bit / 64;
    unsigned lo = bit % 64, hi = lo + (unsigned)(nwords - i < 64 - lo ? nwords - i : 64 - lo);
    uint64_t val = 0;
    for (unsigned b = lo; b < hi; b++, i++) {
      if (ew && i < used && ((type->ptrmask[ei / 8] >> (ei % 8)) & 1)) val |= (uint64_t)1 << b;
      if (ew && ++ei == ew) ei = 0;
    }
    put_bits(&s->ptrbits[w], lo, hi, val);
  }
}
