/*
** barrier.c — the write barrier: what a pointer store must do while the GC
** thread marks, so that marking concurrently with the program still finds
** every live object.
**
** The invariant. Marking is correct if no object that is live at the end
** is still white. A mutator can break that only by both (1) storing a
** pointer to a white object W into a black object (or a scanned root),
** which the marker will not look at again, and (2) destroying every other
** path to W from gray objects. The strong tri-color invariant ("no black
** object points to a white one") rules out (1); the weak one ("every white
** object pointed to by a black object is reachable from a gray one through
** white objects") allows (1) but protects the paths of (2). This collector
** keeps the weak invariant for the heap, and, since stacks are not
** barriered, also: every object a black stack points to is shaded.
**
** The barrier is Go's hybrid barrier (runtime/mbarrier.go; Yuasa deletion
** plus Dijkstra insertion), run before every pointer store into the heap
** or into globals while marking:
**
**     writePointer(slot, ptr):
**         shade(*slot)      // deletion: the old target stays reachable
**         shade(ptr)        // insertion: the new target is not white
**         *slot = ptr
**
** Why each half. shade(*slot): a mutator may load a pointer from the heap
** into its stack (unbarriered) and then overwrite the heap slot; without
** the shade, the only path the marker could still find is gone, while the
** stack — already black, never rescanned — holds the pointer. Shading the
** old value on every overwrite means an object reachable at the start of
** the cycle is never lost (snapshot-at-the-beginning). shade(ptr): Go needs
** it only while the storing goroutine's stack is still gray (not yet
** scanned), since such a stack may hold the only pointer to an object
** allocated or loaded before the scan; here every stack is scanned in the
** stop-the-world start (so every stack is black from the first store on)
** and the half is kept for when stacks are scanned concurrently, as Go
** does: like Go, the shades are unconditional (no test of the slot's or
** the stack's color, which would race with the marker).
**
** Why stack writes need no barrier. A goroutine's stack is scanned once,
** at the start of the cycle, and then counts as black. A pointer it stores
** into its own frame came either from a root scanned then (so the target is
** shaded), from a heap object (reachable at the start, so protected by the
** deletion half until it is marked), or from an allocation during the cycle
** (black). So stores to the current frame, the overwhelming majority, run
** at full speed, and stacks are never rescanned at mark termination (the
** point of Go's hybrid barrier: no stack rescan, so a short pause).
** Globals are not a stack: they are scanned once too, but any goroutine
** writes them, so they take the barrier like the heap.
**
** New objects are allocated black during marking (heap.c), so storing into
** a fresh object shades only what it receives.
**
** Bulk stores (a typed memmove of a struct or array, clearing) announce
** every pointer word they overwrite and write with gc_barrier_range, or do
** both with gc_copy_words or gc_typed_memmove.
**
** Who takes it (the VM, vm/gcroots.c and vm/interp.c): the interpreter's
** ST64 (every 64-bit store to memory; it does not know which are pointers,
** so it shades whatever it overwrites and writes: a scalar is rejected by
** the base-of-object lookup, or keeps an object whose address it happens
** to equal for one more cycle), MEMMOVE and SETG (untyped: every aligned
** word), and the runtime's stores into memory that already held values:
** append within capacity and copy (runtime/slice.c), map entries, clears
** and the header's table pointers (runtime/map.c). Stores into freshly
** allocated memory (a new backing array, a rebuilt map table, an interface
** box) overwrite nothing; what they copy is still reachable from the old
** object, which the deletion half keeps for the cycle.
**
** Order: the shades happen before the store publishes the pointer; the
** store itself is an atomic relaxed store, as the marker's loads are.
** Outside marking the barrier is one load and a predictable branch.
**
** Invariant checked: gc_verify (collector.c, VM_DEBUG) at each mark
** termination: no marked object points to an unmarked one.
*/
#include <string.h>

#include "gcint.h"
#include "../vm/value.h"

/* GcHeap.barrier mirrors Gc.barrier_on: the mutator sets both with the
** world stopped, and only the mutator reads it, so a relaxed load of one
** word is the whole test (no NULL check of h->gc on the fast path). */
static inline bool barrier_on(const GcHeap *h) {
  return gc_barrier_on(h) && h->gc;
}

void gc_write_ptr(GcHeap *h, void **slot, void *ptr) {
  Gc *g = h->gc;
  if (barrier_on(h)) {
    uintptr_t old = (uintptr_t)__atomic_load_n(slot, __ATOMIC_RELAXED);
    if (old) gc_shade(g, &g->mwork, old);
    if (ptr) gc_shade(g, &g->mwork, (uintptr_t)ptr);
  }
  __atomic_store_n(slot, ptr, __ATOMIC_RELAXED);
}

void gc_barrier_range(GcHeap *h, void *dst, const void *src, size_t nwords,
                      const uint8_t *ptrmask) {
  Gc *g = h->gc;
  if (!barrier_on(h)) return;
  uintptr_t *d = dst;
  const uintptr_t *s = src;
  for (size_t i = 0; i < nwords; i++) {
    if (ptrmask && !((ptrmask[i / 8] >> (i % 8)) & 1)) continue;
    uintptr_t old = __atomic_load_n(&d[i], __ATOMIC_RELAXED);
    if (old) gc_shade(g, &g->mwork, old);
    if (s && s[i]) gc_shade(g, &g->mwork, s[i]);
  }
}

/* {==================================================================
** The one copy into memory the marker may be reading
** =================================================================== */

/* Moves [n] bytes between unaligned edges plainly: they hold no pointer
** word (Go aligns those), so the marker never reads them. */
static void copy_bytes(uint8_t *d, const uint8_t *s, size_t n) {
  if (s) memmove(d, s, n);
  else memset(d, 0, n);
}

static inline void copy_word(uint8_t *d, const uint8_t *s) {
  uint64_t v = 0;
  if (s) memcpy(&v, s, 8); /* s may be unaligned: the value is then no pointer */
  __atomic_store_n((uint64_t *)d, v, __ATOMIC_RELAXED);
}

void gc_memmove(void *dst, const void *src, size_t bytes) {
  uint8_t *d = dst;
  const uint8_t *s = src;
  if (d == s || !bytes) return;
  /* the aligned words of dst: [d + head, d + head + 8 * nw) */
  size_t head = (size_t)(-(uintptr_t)d % 8);
  if (head > bytes) head = bytes;
  size_t nw = (bytes - head) / 8, tail = bytes - head - nw * 8;
  const uint8_t *sw = s ? s + head : NULL;
  uint8_t *dw = d + head;
  if (!s || d < s || d >= s + bytes) { /* forward, as memmove would */
    copy_bytes(d, s, head);
    for (size_t i = 0; i < nw; i++) copy_word(dw + 8 * i, sw ? sw + 8 * i : NULL);
    copy_bytes(dw + 8 * nw, sw ? sw + 8 * nw : NULL, tail);
  } else { /* dst overlaps the end of src: backward */
    copy_bytes(dw + 8 * nw, sw + 8 * nw, tail);
    for (size_t i = nw; i-- > 0;) copy_word(dw + 8 * i, sw + 8 * i);
    copy_bytes(d, s, head);
  }
}

/* While marking, the atomic copy; otherwise the GC thread is idle (it
** reported mark_done before the barrier went off: a happens-before edge)
** and libc's memmove is safe and fastest. */
static void heap_copy(const GcHeap *h, void *dst, const void *src, size_t bytes) {
  if (gc_barrier_on(h)) gc_memmove(dst, src, bytes);
  else copy_bytes(dst, src, bytes);
}

/* }================================================================== */

void gc_copy_words(GcHeap *h, void *dst, const void *src, size_t nwords,
                   const uint8_t *ptrmask) {
  gc_barrier_range(h, dst, src, nwords, ptrmask);
  heap_copy(h, dst, src, nwords * 8);
}

void gc_typed_memmove(GcHeap *h, const RType *type, void *dst, const void *src,
                      size_t bytes) {
  if (barrier_on(h) && type && type->ptrmask && type->size >= 8) {
    size_t esize = (size_t)type->size, n = bytes / esize;
    for (size_t e = 0; e < n; e++)
      gc_barrier_range(h, (uint8_t *)dst + e * esize,
                       src ? (const uint8_t *)src + e * esize : NULL, esize / 8,
                       type->ptrmask);
  }
  /* the shades came first; then whichever of the old and the new value the
  ** marker reads in a word, it loses nothing */
  heap_copy(h, dst, src, bytes);
}

void gc_untyped_memmove(GcHeap *h, void *dst, const void *src, size_t bytes) {
  /* a value holding pointers is 8-byte aligned (Go's layout), so an
  ** unaligned copy moves no pointer */
  if (barrier_on(h) && bytes >= 8 && ((uintptr_t)dst | (uintptr_t)src) % 8 == 0)
    gc_barrier_range(h, dst, src, bytes / 8, NULL);
  heap_copy(h, dst, src, bytes);
}
