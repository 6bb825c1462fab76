/*
** memstats.c — runtime.ReadMemStats: the allocator's counters (gc.h) written
** into a Go runtime.MemStats in its Go 1.19 memory layout, so the native
** function can fill the variable the program passed by pointer.
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
** Filled: Alloc and HeapAlloc (live bytes), TotalAlloc, Mallocs, Frees,
** HeapObjects, StackInuse and StackSys (the bytes of every goroutine's
** stack, vm/sched.h; we have no OS thread stacks, so the two are equal),
** NumGC, EnableGC (always true in Go) and BySize[i].Size (the
** size classes, as Go reports them). Every other field is written as 0: the
** heap has no spans, pauses or per-class counts yet.
*/
#include <string.h>

#include "runtime.h"
#include "../gc/sizeclass.h"
#include "../vm/interp.h"

enum {
  OFF_ALLOC = 0, OFF_TOTAL_ALLOC = 8, OFF_MALLOCS = 32, OFF_FREES = 40,
  OFF_HEAP_ALLOC = 48, OFF_HEAP_OBJECTS = 88, OFF_STACK_INUSE = 96, OFF_STACK_SYS = 104, OFF_NUM_GC = 4288,
  OFF_ENABLE_GC = 4304, OFF_BY_SIZE = 4312, BY_SIZE_ENTRY = 24, BY_SIZE_N = 61
};

_Static_assert(OFF_BY_SIZE + BY_SIZE_N * BY_SIZE_ENTRY == RT_MEMSTATS_SIZE,
               "runtime.MemStats is 5776 bytes");

static void put64(uint8_t *dst, int off, uint64_t v) { memcpy(dst + off, &v, 8); }
static void put32(uint8_t *dst, int off, uint32_t v) { memcpy(dst + off, &v, 4); }

void rt_read_memstats(VM *vm, void *dst) {
  uint8_t *d = dst;
  const GcStats *s = &vm->heap.stats;
  memset(d, 0, RT_MEMSTATS_SIZE);
  put64(d, OFF_ALLOC, s->heap_alloc);
  put64(d, OFF_TOTAL_ALLOC, s->total_alloc);
  put64(d, OFF_MALLOCS, s->mallocs);
  put64(d, OFF_FREES, s->frees);
  put64(d, OFF_HEAP_ALLOC, s->heap_alloc);
  put64(d, OFF_HEAP_OBJECTS, s->heap_objects);
  if (vm->exec) {   /* every goroutine's stack: words and frame records */
    put64(d, OFF_STACK_INUSE, vm->exec->sched.stkstats.inuse_bytes);
    put64(d, OFF_STACK_SYS, vm->exec->sched.stkstats.inuse_bytes);
  }
  put32(d, OFF_NUM_GC, s->num_gc);
  d[OFF_ENABLE_GC] = 1;
  for (int i = 0; i < BY_SIZE_N; i++)
    put32(d, OFF_BY_SIZE + i * BY_SIZE_ENTRY, gc_class_to_size[i]);
}
