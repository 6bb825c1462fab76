/*
** gc.h — the one allocation interface of vm. Every heap object the program or
** the runtime creates is requested here, with its type and size; memory comes
** back zeroed. Callers never free: the heap owns every object and releases
** them all in gc_heap_free (a collector replaces this behind the same
** interface, see the heap issue).
**
** Invariants:
**  - gc_alloc never returns NULL: exhaustion ends the run with a fatal error.
**  - The counters are exact: mallocs counts every gc_alloc call, total_alloc
**    the bytes requested, heap_alloc/heap_objects what is currently live.
*/
#ifndef GC_H
#define GC_H

#include <stddef.h>
#include <stdint.h>

struct RType;
struct vm_State;

typedef struct GcStats {
  uint64_t mallocs, frees;
  uint64_t total_alloc;     /* bytes ever allocated */
  uint64_t heap_alloc;      /* bytes in live objects */
  uint64_t heap_objects;    /* live objects */
  uint32_t num_gc;
} GcStats;

typedef struct GcHeap {
  void *objects;            /* gc.c's own bookkeeping */
  GcStats stats;
  size_t limit;             /* 0: no limit */
} GcHeap;

void gc_heap_init(GcHeap *h);
void gc_heap_free(GcHeap *h);

/* Returns [size] zeroed bytes for an object of [type] (NULL: the object holds
** no pointers, e.g. string bytes). */
void *gc_alloc(struct vm_State *vm, const struct RType *type, size_t size);

#endif /* GC_H */
