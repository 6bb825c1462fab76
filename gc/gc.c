/*
** gc.c — the allocation interface (gc.h), first version: every object is a
** separate calloc'd block on a singly linked list owned by the heap, and
** nothing is collected until gc_heap_free releases the whole list. The
** collector (size classes, spans, concurrent mark-sweep) replaces this file
** behind the same interface.
**
** Layout of an object:   [ ObjHeader | size bytes of zeroed memory ]
**                                     ^ what gc_alloc returns
** ObjHeader is 16 bytes, so objects keep malloc's 16-byte alignment.
**
** Invariants:
**  - stats.mallocs - stats.frees == stats.heap_objects, and heap_alloc is
**    the sum of the sizes of the objects on the list (requested bytes, not
**    counting headers): the counters are exact, as runtime.ReadMemStats
**    needs.
**  - With a limit, heap_alloc never exceeds it: the request that would cross
**    it ends the run with Go's "fatal error: runtime: out of memory".
**  - gc_alloc never returns NULL, also for size 0 (a real, empty object,
**    so that the counters above stay simple).
*/
#include <stdint.h>
#include <stdlib.h>

#include "gc.h"
#include "../vm/vm.h"

typedef struct ObjHeader {
  struct ObjHeader *next;
  size_t size;
} ObjHeader;

_Static_assert(sizeof(ObjHeader) == 16, "objects must stay 16-byte aligned");

void gc_heap_init(GcHeap *h) {
  h->objects = NULL;
  h->stats = (GcStats){0};
  h->limit = 0;
}

void gc_heap_free(GcHeap *h) {
  ObjHeader *o = h->objects;
  while (o) {
    ObjHeader *next = o->next;
    h->stats.frees++;
    h->stats.heap_objects--;
    h->stats.heap_alloc -= o->size;
    free(o);
    o = next;
  }
  h->objects = NULL;
}

void *gc_alloc(struct vm_State *vm, const struct RType *type, size_t size) {
  GcHeap *h = &vm->heap;
  (void)type; /* the collector will need it for scanning; a list does not */
  if (size > SIZE_MAX - sizeof(ObjHeader) ||
      (h->limit && (h->stats.heap_alloc > h->limit ||
                   size > h->limit - h->stats.heap_alloc)))
    vm_fatal(vm, "runtime: out of memory");
  ObjHeader *o = calloc(1, sizeof(ObjHeader) + size);
  if (!o) vm_fatal(vm, "runtime: out of memory");
  o->size = size;
  o->next = h->objects;
  h->objects = o;
  h->stats.mallocs++;
  h->stats.total_alloc += size;
  h->stats.heap_alloc += size;
  h->stats.heap_objects++;
  return o + 1;
}
