/*
** sizeclass.c — Go 1.19's size classes and roundupsize (see sizeclass.h).
**
** Go looks the class up in two generated tables (size_to_class8 for sizes
** up to 1024 in steps of 8, size_to_class128 above in steps of 128); both
** are, by construction in mksizeclasses.go, "the smallest class that fits",
** so a binary search over class_to_size gives the same answer without
** copying them. Callers are not hot paths (slice growth, conversions).
*/
#include "sizeclass.h"

const uint16_t gc_class_to_size[GC_NUM_SIZE_CLASSES] = {
  0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224,
  240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896,
  1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456,
  4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880,
  12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264,
  28672, 32768
};

int gc_size_class(uint64_t size) {
  if (size == 0) return 0;
  if (size > GC_MAX_SMALL_SIZE) return -1;
  int lo = 1, hi = GC_NUM_SIZE_CLASSES - 1; /* the answer is in [lo, hi] */
  while (lo < hi) {
    int mid = lo + (hi - lo) / 2;
    if (gc_class_to_size[mid] >= size) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

uint64_t gc_roundupsize(uint64_t size) {
  if (size < GC_MAX_SMALL_SIZE) return gc_class_to_size[gc_size_class(size)];
  if (size + GC_PAGE_SIZE < size) return size; /* would overflow */
  return (size + GC_PAGE_SIZE - 1) & ~(uint64_t)(GC_PAGE_SIZE - 1);
}
