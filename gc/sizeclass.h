/*
** sizeclass.h — Go 1.19's malloc size classes (runtime/sizeclasses.go): the
** 68 object sizes a small allocation is rounded up to, and roundupsize, the
** size mallocgc really hands out for a request.
**
** They are the allocator's future spans, but they matter already: append's
** growth policy (runtime/slice.c) rounds the new backing array up to a size
** class, which is why `cap` after append prints 8, 16, 32, 64, 128, 256,
** 512, 896, 1408 ... for a []byte, and []byte(s) / []rune(s) round the same
** way. Programs print these numbers, so they must be Go's to the byte.
**
** Invariants:
**  - gc_class_to_size is strictly increasing from class 0 (size 0) to class
**    67 (32768 = GC_MAX_SMALL_SIZE); every entry is a multiple of 8.
**  - gc_roundupsize(n) >= n, except when rounding up would overflow (then n
**    itself, as Go); for n <= GC_MAX_SMALL_SIZE it is the smallest class size
**    >= n, above it the next multiple of GC_PAGE_SIZE.
*/
#ifndef GC_SIZECLASS_H
#define GC_SIZECLASS_H

#include <stdint.h>

enum {
  GC_NUM_SIZE_CLASSES = 68,   /* _NumSizeClasses, class 0 included */
  GC_MAX_SMALL_SIZE = 32768,  /* _MaxSmallSize */
  GC_PAGE_SIZE = 8192         /* _PageSize */
};

/* Bytes per object of each class; class 0 is size 0 (not a real class). */
extern const uint16_t gc_class_to_size[GC_NUM_SIZE_CLASSES];

/* The class a request of [size] bytes falls in: the smallest class whose
** objects hold it; 0 for size 0, -1 above GC_MAX_SMALL_SIZE (a large object
** gets its own pages). */
int gc_size_class(uint64_t size);

/* The number of bytes mallocgc allocates for a request of [size] bytes
** (Go's roundupsize). */
uint64_t gc_roundupsize(uint64_t size);

#endif /* GC_SIZECLASS_H */
