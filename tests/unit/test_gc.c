/*
** test_gc.c — the allocation interface (gc/gc.c): zeroed, aligned,
** distinct objects; exact counters (mallocs, frees, total_alloc, heap_alloc,
** heap_objects) through allocation and gc_heap_free; the memory limit's
** boundary.
*/
#include <criterion/criterion.h>
#include <stdint.h>
#include <string.h>

#include "../../vm/vm.h"

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

Test(gc, objects_are_zeroed_aligned_and_distinct) {
  uint8_t *prev = NULL;
  for (size_t size = 1; size <= 4096; size = size * 3 + 1) {
    uint8_t *p = gc_alloc(vm, NULL, size);
    cr_assert_not_null(p);
    cr_expect_eq((uintptr_t)p % 16, 0, "16-byte aligned");
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
