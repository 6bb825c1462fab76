/*
** memstats.c — the program's view of the collector: runtime.ReadMemStats
** (the heap's counters, gc.h, written into a Go runtime.MemStats in its Go
** 1.19 memory layout), runtime.GC and debug.SetGCPercent.
**
** Layout (linux/amd64, checked with unsafe.Offsetof under Go 1.19; 5776
** bytes in all):
**      0 Alloc          8 TotalAlloc     16 Sys           24 Lookups
**     32 Mallocs       40 Frees          48 HeapAlloc     56 HeapSys
**     64 HeapIdle      72 HeapInuse      80 HeapReleased  88 HeapObjects
**     96 StackInuse   104 StackSys      112 MSpanInuse   120 MSpanSys
**    128 MCacheInuse  136 MCacheSys     144 BuckHashSys   152 GCSys
**    160 OtherSys     168 NextGC        176 LastGC        184 PauseTotalNs
**    192 PauseNs [256]uint64            2240 PauseEnd [256]uint64
**   4288 NumGC uint32 4292 NumForcedGC uint32  4296 GCCPUFraction float64
**   4304 EnableGC bool 4305 DebugGC bool
**   4312 BySize [61]struct{Size uint32; Mallocs, Frees uint64} (24 bytes each)
**
** What each field holds here (all exact counters of the heap, gc.h):
**   Alloc, HeapAlloc   bytes requested by the live objects
**   TotalAlloc, Mallocs, Frees, HeapObjects   as Go defines them
**   HeapSys, HeapIdle, HeapInuse, HeapReleased   the page heap (arenas
**                      mapped, free pages, pages in spans, pages madvised)
**   StackInuse, StackSys   the goroutine stacks' words and frame records
**   Sys                HeapSys + StackSys (the collector's own metadata is
**                      C heap memory, not counted, as OtherSys is 0)
**   NextGC, LastGC, PauseTotalNs, PauseNs, PauseEnd, NumGC, NumForcedGC
**                      from the collector (PauseNs[(NumGC+255)%256] is the
**                      most recent), GCCPUFraction its time (pauses plus
**                      the GC thread's marking) over the run's, EnableGC
**                      true, BySize[i].Size the size classes.
** Zero: Lookups (Go's too), the M* and BuckHash fields, DebugGC, and the
** per-class counts of BySize (not kept).
**
** runtime.GC and SetGCPercent run inside a native call, with the
** interpreter's state saved: a safepoint (vm/gcroots.c), and they hold no
** heap pointer in C locals.
*/
#include <string.h>

#include "runtime.h"
#include "../gc/sizeclass.h"
#include "../vm/gcroots.h"

enum {
  OFF_ALLOC = 0, OFF_TOTAL_ALLOC = 8, OFF_SYS = 16, OFF_MALLOCS = 32, OFF_FREES = 40,
  OFF_HEAP_ALLOC = 48, OFF_HEAP_SYS = 56, OFF_HEAP_IDLE = 64, OFF_HEAP_INUSE = 72,
  OFF_HEAP_RELEASED = 80, OFF_HEAP_OBJECTS = 88, OFF_STACK_INUSE = 96,
  OFF_STACK_SYS = 104, OFF_NEXT_GC = 168, OFF_LAST_GC = 176, OFF_PAUSE_TOTAL = 184,
  OFF_PAUSE_NS = 192, OFF_PAUSE_END = 2240, OFF_NUM_GC = 4288, OFF_NUM_FORCED_GC = 4292,
  OFF_GC_CPU_FRACTION = 4296, OFF_ENABLE_GC = 4304, OFF_BY_SIZE = 4312,
  BY_SIZE_ENTRY = 24, BY_SIZE_N = 61
};

_Static_assert(OFF_BY_SIZE + BY_SIZE_N * BY_SIZE_ENTRY == RT_MEMSTATS_SIZE,
               "runtime.MemStats is 5776 bytes");
_Static_assert(OFF_PAUSE_END == OFF_PAUSE_NS + 8 * GC_NUM_PAUSES, "PauseNs is [256]uint64");

static void put64(uint8_t *dst, int off, uint64_t v) { memcpy(dst + off, &v, 8); }
static void put32(uint8_t *dst, int off, uint32_t v) { memcpy(dst + off, &v, 4); }

void rt_read_memstats(VM *vm, void *dst) {
  uint8_t *d = dst;
  const GcStats *s = &vm->heap.stats;
  uint64_t stack = vmgc_stack_bytes(vm);
  memset(d, 0, RT_MEMSTATS_SIZE);
  put64(d, OFF_ALLOC, s->heap_alloc);
  put64(d, OFF_TOTAL_ALLOC, s->total_alloc);
  put64(d, OFF_SYS, s->heap_sys + stack);
  put64(d, OFF_MALLOCS, s->mallocs);
  put64(d, OFF_FREES, s->frees);
  put64(d, OFF_HEAP_ALLOC, s->heap_alloc);
  put64(d, OFF_HEAP_SYS, s->heap_sys);
  put64(d, OFF_HEAP_IDLE, s->heap_idle);
  put64(d, OFF_HEAP_INUSE, s->heap_inuse);
  put64(d, OFF_HEAP_RELEASED, s->heap_released);
  put64(d, OFF_HEAP_OBJECTS, s->heap_objects);
  put64(d, OFF_STACK_INUSE, stack);
  put64(d, OFF_STACK_SYS, stack);
  put64(d, OFF_NEXT_GC, s->next_gc);
  put64(d, OFF_LAST_GC, s->last_gc);
  put64(d, OFF_PAUSE_TOTAL, s->pause_total_ns);
  for (int i = 0; i < GC_NUM_PAUSES; i++) {
    put64(d, OFF_PAUSE_NS + 8 * i, s->pause_ns[i]);
    put64(d, OFF_PAUSE_END + 8 * i, s->pause_end[i]);
  }
  put32(d, OFF_NUM_GC, s->num_gc);
  put32(d, OFF_NUM_FORCED_GC, s->num_forced_gc);
  uint64_t run = gc_nanotime() - s->init_ns;
  double frac = run ? (double)s->gc_cpu_ns / (double)run : 0;
  memcpy(d + OFF_GC_CPU_FRACTION, &frac, 8);
  d[OFF_ENABLE_GC] = 1;
  for (int i = 0; i < BY_SIZE_N; i++)
    put32(d, OFF_BY_SIZE + i * BY_SIZE_ENTRY, gc_class_to_size[i]);
}

/* func GC() */
void rt_runtime_GC(VM *vm, Word *args) {
  (void)args;
  gc_collect(vm);
}

/* func SetGCPercent(percent int) int: the previous setting; a negative
** one turns the collector off (reported back as -1, as Go does). */
void rt_debug_SetGCPercent(VM *vm, Word *args) {
  int64_t pct = args[0].i;
  int prev = vm->heap.gc_percent;
  if (pct < 0) pct = -1;
  if (pct > 1000000000) pct = 1000000000;
  gc_set_percent(&vm->heap, (int)pct);
  args[0].i = prev;
}
