/*
** test_memstats.c — runtime.ReadMemStats' memory image (runtime/memstats.c):
** the counters land at Go 1.19's offsets of runtime.MemStats (checked with
** unsafe.Offsetof), the page heap's and the collector's fields are filled
** and consistent, the rest is zero, BySize lists the size classes.
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
  cr_expect_eq(u64(m, 16), u64(m, 56) + u64(m, 104), "Sys = HeapSys + StackSys (no run: no stack)");
  cr_expect_gt(u64(m, 56), 0, "HeapSys: an arena is mapped");
  cr_expect_eq(u64(m, 56), u64(m, 64) + u64(m, 72), "HeapSys = HeapIdle + HeapInuse");
  cr_expect_geq(u64(m, 72), 8192, "HeapInuse: at least the span of the 24-byte class");
  cr_expect_leq(u64(m, 80), u64(m, 64), "HeapReleased <= HeapIdle");
  cr_expect_eq(u64(m, 168), 4 << 20, "NextGC: Go's 4 MB minimum goal");
  cr_expect_eq(u64(m, 32), 10, "Mallocs");
  cr_expect_eq(u64(m, 40), 0, "Frees");
  cr_expect_eq(u64(m, 48), 240, "HeapAlloc");
  cr_expect_eq(u64(m, 88), 10, "HeapObjects");
  cr_expect_eq(u32(m, 4288), 3, "NumGC");
  cr_expect_eq(u32(m, 4292), 0, "NumForcedGC");
  cr_expect_eq(m[4304], 1, "EnableGC");
  cr_expect_eq(u64(m, 184), 0, "PauseTotalNs: no cycle ran");
  cr_expect_eq(m[4305], 0, "DebugGC");
  /* BySize[i].Size at 4312 + 24*i: Go reports 0, 8, ..., 18432 */
  cr_expect_eq(u32(m, 4312), 0);
  cr_expect_eq(u32(m, 4312 + 24), 8);
  cr_expect_eq(u32(m, 4312 + 24 * 60), 18432);
  cr_expect_eq(u64(m, 4312 + 24 * 60 + 8), 0, "BySize[60].Mallocs");
  cr_expect_eq(m[RT_MEMSTATS_SIZE - 1], 0, "the whole struct is written");
  /* a forced cycle: everything is garbage (no roots), one pause recorded */
  vm->heap.stats.num_gc = 0;
  gc_heap_collect(&vm->heap);
  rt_read_memstats(vm, m);
  cr_expect_eq(u32(m, 4288), 1, "NumGC");
  cr_expect_eq(u32(m, 4292), 1, "NumForcedGC");
  cr_expect_eq(u64(m, 40), 10, "Frees");
  cr_expect_eq(u64(m, 48), 0, "HeapAlloc");
  cr_expect_gt(u64(m, 184), 0, "PauseTotalNs");
  cr_expect_eq(u64(m, 192), u64(m, 184), "PauseNs[0] is the one cycle's pause");
  cr_expect_gt(u64(m, 176), 0, "LastGC");
  cr_expect_eq(u64(m, 2240), u64(m, 176), "PauseEnd[0] is LastGC");
  gc_heap_free(&vm->heap);
  rt_read_memstats(vm, m);
  cr_expect_eq(u64(m, 40), 10, "Frees after the heap is released");
  cr_expect_eq(u64(m, 88), 0, "HeapObjects");
  vm_free(vm);
}
