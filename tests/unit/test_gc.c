/*
** test_gc.c — the allocator (gc/heap.c, gc/span.c, gc/arena.c): zeroed,
** aligned, distinct objects of every size class, scan and noscan; the O(1)
** object lookup from every byte of every object of a full span of each
** class; large objects; exact counters (mallocs, frees, total_alloc,
** heap_alloc, heap_objects, and the span-level heap_sys/inuse/idle/
** released) through allocation, collection and gc_heap_free; zeroing of
** reused memory; scavenging (checked with mincore: the pages really leave
** memory); the memory limit's boundary.
*/
#include <criterion/criterion.h>
#include <stdint.h>
#include <string.h>
#include <time.h>

#include <sys/mman.h>
#include <unistd.h>

#include "../../vm/vm.h"
#include "../../gc/gcint.h"

static VM *vm;
static void setup(void) { vm = vm_new(NULL); }
static void teardown(void) { vm_free(vm); }
TestSuite(gc, .init = setup, .fini = teardown);

Test(gc, fresh_heap_is_empty) {
  GcStats s = vm->heap.stats;
  cr_expect_eq(s.mallocs, 0);
  cr_expect_eq(s.frees, 0);
  cr_expect_eq(s.total_alloc, 0);
  cr_expect_eq(s.heap_alloc, 0);
  cr_expect_eq(s.heap_objects, 0);
  cr_expect_eq(s.num_gc, 0);
  cr_expect_eq(vm->heap.limit, 0);
}

/* Go's alignment: 8 bytes always, 16 when the slot size is a multiple of 16
** (and pages for large objects). */
static size_t alignment_of(size_t slot) {
  return slot % 16 == 0 ? 16 : 8;
}

Test(gc, objects_are_zeroed_aligned_and_distinct) {
  uint8_t *prev = NULL;
  for (size_t size = 1; size <= 4096; size = size * 3 + 1) {
    uint8_t *p = gc_alloc(vm, NULL, size);
    cr_assert_not_null(p);
    size_t slot = gc_roundupsize(size);
    cr_expect_eq((uintptr_t)p % alignment_of(slot), 0, "size %zu aligned", size);
    for (size_t i = 0; i < size; i++) cr_assert_eq(p[i], 0, "zeroed");
    memset(p, 0xAB, size); /* the whole object is writable (ASan checks) */
    cr_expect_neq(p, prev);
    prev = p;
  }
}

Test(gc, counters_are_exact) {
  size_t sizes[] = {1, 16, 100, 0, 4096, 7};
  uint64_t total = 0;
  for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
    cr_assert_not_null(gc_alloc(vm, NULL, sizes[i]));
    total += sizes[i];
    GcStats s = vm->heap.stats;
    cr_expect_eq(s.mallocs, i + 1);
    cr_expect_eq(s.heap_objects, i + 1);
    cr_expect_eq(s.total_alloc, total);
    cr_expect_eq(s.heap_alloc, total);
    cr_expect_eq(s.frees, 0);
  }
  gc_heap_free(&vm->heap);
  GcStats s = vm->heap.stats;
  cr_expect_eq(s.frees, 6);
  cr_expect_eq(s.mallocs - s.frees, s.heap_objects);
  cr_expect_eq(s.heap_objects, 0);
  cr_expect_eq(s.heap_alloc, 0);
  cr_expect_eq(s.total_alloc, total, "total_alloc never decreases");
  /* the heap stays usable and a second free is harmless */
  cr_assert_not_null(gc_alloc(vm, NULL, 8));
  cr_expect_eq(vm->heap.stats.heap_objects, 1);
  gc_heap_free(&vm->heap);
  gc_heap_free(&vm->heap);
  cr_expect_eq(vm->heap.stats.frees, 7);
}

Test(gc, zero_size_objects_are_real) {
  void *a = gc_alloc(vm, NULL, 0), *b = gc_alloc(vm, NULL, 0);
  cr_expect_not_null(a);
  cr_expect_not_null(b);
  cr_expect_eq(vm->heap.stats.mallocs, 2);
  cr_expect_eq(vm->heap.stats.heap_alloc, 0);
}

Test(gc, typed_objects_count_the_same) {
  static const uint8_t mask[] = {1};
  static const RType t = {.kind = RK_STRING, .size = 16, .nwords = 2, .str = "string",
                          .ptrmask = mask};
  GoString *arr = gc_alloc(vm, &t, 3 * sizeof(GoString));
  cr_assert_not_null(arr);
  cr_expect_eq(arr[2].len, 0);
  cr_expect_eq(vm->heap.stats.heap_alloc, 48);
}

/* The limit is inclusive: a heap may fill it exactly. (Crossing it is a
** fatal error, which unwinds through a run and is tested there.) */
Test(gc, limit_boundary) {
  vm->heap.limit = 1000;
  cr_assert_not_null(gc_alloc(vm, NULL, 600));
  cr_assert_not_null(gc_alloc(vm, NULL, 400));
  cr_expect_eq(vm->heap.stats.heap_alloc, 1000);
  gc_heap_free(&vm->heap);
  cr_assert_not_null(gc_alloc(vm, NULL, 1000), "freed bytes count again");
}

/* {==================================================================
** Size classes, spans and the object lookup
** =================================================================== */

/* A struct { p *T; n int; q *T } and its array/pointer cousins. */
static const uint8_t mask_101[] = {0x5};
static const RType T_NODE = {.kind = RK_STRUCT, .size = 24, .nwords = 3, .str = "main.node",
                             .ptrmask = mask_101};

/* Fills a whole span of each class (scan and noscan) and checks every byte
** of every slot maps back to its object: the multiply-shift division is
** exact over all the offsets of each span shape. */
Test(gc, every_class_every_byte_finds_its_object) {
  for (int cls = 1; cls < GC_NUM_SIZE_CLASSES; cls++) {
    size_t size = gc_class_to_size[cls];
    size_t per_span = gc_class_npages(cls) * GC_PAGE_SIZE / size;
    for (int scan = 0; scan < 2; scan++) {
      const RType *t = scan && size % 24 == 0 ? &T_NODE : NULL;
      uint8_t *first = NULL;
      for (size_t k = 0; k < per_span; k++) {
        uint8_t *p = gc_alloc(vm, t, size);
        if (!first) first = p;
        for (size_t i = 0; i < size; i += (i < 64 || size - i <= 64) ? 1 : 61) {
          size_t got = 0;
          cr_assert_eq(p[i], 0, "class %d: zeroed", cls);
          cr_assert_eq(gc_find_object(&vm->heap, p + i, &got), p,
                       "class %d (size %zu) object %zu byte %zu", cls, size, k, i);
          cr_assert_eq(got, size);
        }
        cr_assert_eq((uintptr_t)p % alignment_of(size), 0);
      }
    }
    gc_heap_free(&vm->heap);
  }
}

/* The multiply-shift division is exact for every offset of every span. */
Test(gc, slot_division_is_exact) {
  for (int cls = 1; cls < GC_NUM_SIZE_CLASSES; cls++) {
    uint64_t size = gc_class_to_size[cls];
    uint32_t divmul = (uint32_t)(UINT32_MAX / size + 1);
    uint64_t bytes = gc_class_npages(cls) * GC_PAGE_SIZE;
    for (uint64_t off = 0; off < bytes; off++)
      cr_assert_eq((off * divmul) >> 32, off / size, "class %d offset %llu", cls,
                   (unsigned long long)off);
  }
}

Test(gc, span_shapes_follow_gos_waste_rule) {
  for (int cls = 1; cls < GC_NUM_SIZE_CLASSES; cls++) {
    size_t size = gc_class_to_size[cls], bytes = gc_class_npages(cls) * GC_PAGE_SIZE;
    cr_expect_leq(bytes % size, bytes / 8, "class %d", cls);
    cr_expect_geq(bytes / size, 1);
  }
  cr_expect_eq(gc_class_npages(1), 1);
  cr_expect_eq(gc_class_npages(GC_NUM_SIZE_CLASSES - 1), 4, "32 KB objects: 4 pages");
}

Test(gc, lookup_rejects_what_is_not_an_object) {
  int local;
  static int global;
  uint8_t *p = gc_alloc(vm, NULL, 100);
  cr_expect_null(gc_find_object(&vm->heap, &local, NULL));
  cr_expect_null(gc_find_object(&vm->heap, &global, NULL));
  cr_expect_null(gc_find_object(&vm->heap, NULL, NULL));
  cr_expect_null(gc_find_object(&vm->heap, (void *)~(uintptr_t)0, NULL));
  cr_expect_null(gc_find_object(&vm->heap, p + 112, NULL), "the next slot is free");
  cr_expect_null(gc_find_object(&vm->heap, p + 64 * GC_PAGE_SIZE, NULL), "a free page");
  cr_expect_eq(gc_find_object(&vm->heap, p + 111, NULL), p, "the slot's tail");
}

Test(gc, noscan_and_scan_objects_live_on_different_spans) {
  uint8_t *a = gc_alloc(vm, NULL, 24), *b = gc_alloc(vm, &T_NODE, 24);
  GcSpan *sa = gc_span_of(vm->heap.gc, (uintptr_t)a), *sb = gc_span_of(vm->heap.gc, (uintptr_t)b);
  cr_assert(sa && sb);
  cr_expect_neq(sa, sb);
  cr_expect(sa->noscan);
  cr_expect_not(sb->noscan);
  static const RType pointerless = {.kind = RK_INT64, .size = 8, .nwords = 1, .str = "int64"};
  uint8_t *c = gc_alloc(vm, &pointerless, 24);
  cr_expect_eq(gc_span_of(vm->heap.gc, (uintptr_t)c), sa, "no ptrmask: noscan");
}

Test(gc, large_objects_have_their_own_pages) {
  size_t sizes[] = {GC_MAX_SMALL_SIZE + 1, 100000, 1 << 20, (size_t)70 << 20 /* > an arena */};
  uint64_t total = 0;
  for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
    uint8_t *p = gc_alloc(vm, &T_NODE, sizes[i]);
    total += sizes[i];
    cr_assert_eq((uintptr_t)p % GC_PAGE_SIZE, 0, "page aligned");
    for (size_t off = 0; off < sizes[i]; off += 4093) {
      cr_assert_eq(p[off], 0);
      cr_assert_eq(gc_find_object(&vm->heap, p + off, NULL), p);
    }
    cr_assert_eq(gc_find_object(&vm->heap, p + sizes[i] - 1, NULL), p);
    p[sizes[i] - 1] = 1; /* writable to the end */
    GcSpan *s = gc_span_of(vm->heap.gc, (uintptr_t)p);
    cr_expect_eq(s->state, SPAN_LARGE);
    cr_expect_eq(s->npages, (sizes[i] + GC_PAGE_SIZE - 1) / GC_PAGE_SIZE);
  }
  GcStats st = vm->heap.stats;
  cr_expect_eq(st.heap_alloc, total);
  cr_expect_eq(st.heap_objects, 4);
  cr_expect_geq(st.heap_sys, (uint64_t)128 << 20, "the 70 MB object got an arena of its own");
}

Test(gc, span_counters_add_up) {
  for (int i = 0; i < 1000; i++) gc_alloc(vm, i % 2 ? &T_NODE : NULL, (size_t)(i * 37 % 5000));
  gc_alloc(vm, NULL, 200000);
  GcStats s = vm->heap.stats;
  cr_expect_eq(s.heap_sys, s.heap_inuse + s.heap_idle);
  cr_expect_leq(s.heap_released, s.heap_idle);
  cr_expect_eq(s.heap_sys % GC_ARENA_BYTES, 0);
  cr_expect_geq(s.heap_inuse, s.heap_live);
  cr_expect_geq(s.heap_live, s.heap_alloc);
  gc_heap_free(&vm->heap);
  cr_expect_eq(vm->heap.stats.heap_sys, 0, "the arenas are unmapped");
  cr_expect_eq(vm->heap.stats.heap_inuse, 0);
}

/* }================================================================== */

/* {==================================================================
** Reuse, zeroing, scavenging (collections with no roots free everything)
** =================================================================== */

Test(gc, freed_memory_is_zeroed_when_reused) {
  uint8_t *small[64], *large;
  for (int i = 0; i < 64; i++) memset(small[i] = gc_alloc(vm, NULL, 48), 0xAB, 48);
  memset(large = gc_alloc(vm, &T_NODE, 50000), 0xCD, 50000);
  gc_heap_collect(&vm->heap); /* no roots: all garbage */
  cr_expect_eq(vm->heap.stats.heap_objects, 0);
  cr_expect_eq(vm->heap.stats.frees, 65);
  cr_expect_eq(vm->heap.stats.heap_alloc, 0);
  cr_expect_eq(vm->heap.stats.heap_live, 0);
  cr_expect_eq(vm->heap.stats.heap_inuse, 0, "every span went back to the page heap");
  cr_expect_null(gc_find_object(&vm->heap, small[0], NULL));
  for (int i = 0; i < 64; i++) {
    uint8_t *p = gc_alloc(vm, NULL, 48);
    for (int k = 0; k < 48; k++) cr_assert_eq(p[k], 0);
  }
  uint8_t *q = gc_alloc(vm, &T_NODE, 50000);
  for (int k = 0; k < 50000; k++) cr_assert_eq(q[k], 0);
}

Test(gc, requested_bytes_are_given_back_exactly) {
  for (int i = 0; i < 500; i++) gc_alloc(vm, NULL, (size_t)(1 + i * 13 % 3000));
  cr_expect_gt(vm->heap.stats.heap_alloc, 0);
  gc_heap_collect(&vm->heap);
  GcStats s = vm->heap.stats;
  cr_expect_eq(s.heap_alloc, 0);
  cr_expect_eq(s.heap_live, 0);
  cr_expect_eq(s.mallocs - s.frees, s.heap_objects);
  cr_expect_eq(s.num_gc, 1);
  cr_expect_eq(s.num_forced_gc, 1);
}

static size_t resident_pages(void *p, size_t len) {
  size_t pg = (size_t)sysconf(_SC_PAGESIZE), n = (len + pg - 1) / pg, res = 0;
  unsigned char *vec = malloc(n);
  cr_assert_eq(mincore(p, len, vec), 0);
  for (size_t i = 0; i < n; i++) res += vec[i] & 1;
  free(vec);
  return res;
}

Test(gc, scavenging_gives_free_spans_back) {
  size_t len = 8 << 20;
  uint8_t *p = gc_alloc(vm, NULL, len);
  memset(p, 1, len); /* make it resident */
  cr_expect_geq(resident_pages(p, len), len / (size_t)sysconf(_SC_PAGESIZE) / 2);
  uint64_t released_before = vm->heap.stats.heap_released;
  gc_heap_collect(&vm->heap);
  cr_expect_leq(vm->heap.stats.heap_released, released_before, "not yet: freed just now");
  cr_expect_gt(resident_pages(p, len), 0, "still in memory");
  vm->heap.scavenge_delay_ns = 3600ull * 1000000000u;
  cr_expect_eq(gc_scavenge(&vm->heap, vm->heap.scavenge_delay_ns), 0, "too young");
  uint64_t got = gc_scavenge(&vm->heap, 0);
  cr_expect_geq(got, len);
  GcStats s = vm->heap.stats;
  cr_expect_eq(s.heap_released, s.heap_idle, "every free page is released");
  cr_expect_eq(s.heap_inuse, 0);
  cr_expect_eq(resident_pages(p, len), 0, "the OS has the pages back");
  /* released pages come back zeroed without a memset */
  uint8_t *q = gc_alloc(vm, NULL, len);
  cr_expect_eq(q, p, "the same pages, best fit");
  for (size_t i = 0; i < len; i += 4096) cr_assert_eq(q[i], 0);
  cr_expect_eq(vm->heap.stats.heap_released, s.heap_released - len);
}

/* A program that stops allocating still gets its free pages released: the
** idle GC thread raises the poll word every GC_SCAVENGE_POLL_MS, and the
** safepoint that answers runs the scavenger (the interpreter polls at
** calls and loop back-edges; here the test plays the interpreter). */
Test(gc, an_idle_heap_is_scavenged_at_the_next_safepoints) {
  uint8_t *p = gc_alloc(vm, NULL, 1 << 20);
  memset(p, 1, 1 << 20);
  gc_heap_collect(&vm->heap); /* the GC thread runs from here on */
  vm->heap.scavenge_delay_ns = 20000000; /* 20 ms */
  cr_expect_lt(vm->heap.stats.heap_released, vm->heap.stats.heap_idle);
  int polls = 0;
  for (int ms = 0; ms < 5000 && vm->heap.stats.heap_released < vm->heap.stats.heap_idle; ms += 10) {
    struct timespec ts = {0, 10000000};
    nanosleep(&ts, NULL);
    if (__atomic_load_n(&vm->heap.poll, __ATOMIC_RELAXED)) {
      polls++;
      gc_safepoint(&vm->heap);
    }
  }
  cr_expect_gt(polls, 0, "the idle GC thread asked");
  cr_expect_eq(vm->heap.stats.heap_released, vm->heap.stats.heap_idle, "every free page released");
}

Test(gc, scavenging_happens_after_the_delay_on_its_own) {
  vm->heap.scavenge_delay_ns = 0; /* "a while" is now */
  uint8_t *p = gc_alloc(vm, NULL, 1 << 20);
  memset(p, 1, 1 << 20);
  gc_heap_collect(&vm->heap);
  gc_alloc(vm, NULL, 40000); /* page-heap activity runs the scavenger */
  cr_expect_eq(vm->heap.stats.heap_released, vm->heap.stats.heap_idle);
}

/* }================================================================== */
