/*
** test_memstats.c — runtime.ReadMemStats' memory image (runtime/memstats.c):
** the counters land at Go 1.19's offsets of runtime.MemStats (checked with
** unsafe.Offsetof), the rest is zero, BySize lists the size classes.
*/
#include <criterion/criterion.h>
#include <stdint.h>
#include <string.h>

#include "../../runtime/runtime.h"

static uint64_t u64(const uint8_t *p, int off) { uint64_t x; memcpy(&x, p + off, 8); return x; }
static uint32_t u32(const uint8_t *p, int off) { uint32_t x; memcpy(&x, p + off, 4); return x; }

Test(memstats, counters_at_go_offsets) {
  VM *vm = vm_new(NULL);
  for (int i = 0; i < 10; i++) gc_alloc(vm, NULL, 24);
  vm->heap.stats.num_gc = 3;
  static uint8_t m[RT_MEMSTATS_SIZE];
  memset(m, 0xCC, sizeof m);
  rt_read_memstats(vm, m);
  cr_expect_eq(u64(m, 0), 240, "Alloc");
  cr_expect_eq(u64(m, 8), 240, "TotalAlloc");
  cr_expect_eq(u64(m, 16), 0, "Sys");
  cr_expect_eq(u64(m, 32), 10, "Mallocs");
  cr_expect_eq(u64(m, 40), 0, "Frees");
  cr_expect_eq(u64(m, 48), 240, "HeapAlloc");
  cr_expect_eq(u64(m, 88), 10, "HeapObjects");
  cr_expect_eq(u32(m, 4288), 3, "NumGC");
  cr_expect_eq(u32(m, 4292), 0, "NumForcedGC");
  cr_expect_eq(m[4304], 1, "EnableGC");
  cr_expect_eq(m[4305], 0, "DebugGC");
  /* BySize[i].Size at 4312 + 24*i: Go reports 0, 8, ..., 18432 */
  cr_expect_eq(u32(m, 4312), 0);
  cr_expect_eq(u32(m, 4312 + 24), 8);
  cr_expect_eq(u32(m, 4312 + 24 * 60), 18432);
  cr_expect_eq(u64(m, 4312 + 24 * 60 + 8), 0, "BySize[60].Mallocs");
  cr_expect_eq(m[RT_MEMSTATS_SIZE - 1], 0, "the whole struct is written");
  gc_heap_free(&vm->heap);
  rt_read_memstats(vm, m);
  cr_expect_eq(u64(m, 40), 10, "Frees after the heap is released");
  cr_expect_eq(u64(m, 88), 0, "HeapObjects");
  vm_free(vm);
}
