/*
** test_sizeclass.c — Go 1.19's size classes and roundupsize (gc/sizeclass.c).
**
** The expectations are Go's own: a program linked to runtime.roundupsize
** (//go:linkname, Go 1.19.8) printed the sample table and an FNV-1a hash of
** roundupsize(n) for every n in [0, 70000], so the whole small-size range
** and the first page-rounded sizes are checked against Go, not against a
** re-derivation of the table.
*/
#include <criterion/criterion.h>
#include <stdint.h>

#include "../../gc/sizeclass.h"

Test(sizeclass, table_shape) {
  cr_expect_eq(gc_class_to_size[0], 0);
  cr_expect_eq(gc_class_to_size[1], 8);
  cr_expect_eq(gc_class_to_size[GC_NUM_SIZE_CLASSES - 1], GC_MAX_SMALL_SIZE);
  for (int i = 1; i < GC_NUM_SIZE_CLASSES; i++) {
    cr_expect_gt(gc_class_to_size[i], gc_class_to_size[i - 1], "class %d", i);
    cr_expect_eq(gc_class_to_size[i] % 8, 0, "class %d", i);
  }
}

Test(sizeclass, size_class_is_the_smallest_that_fits) {
  cr_expect_eq(gc_size_class(0), 0);
  cr_expect_eq(gc_size_class(GC_MAX_SMALL_SIZE + 1), -1);
  for (uint64_t n = 1; n <= GC_MAX_SMALL_SIZE; n++) {
    int c = gc_size_class(n);
    cr_assert(c >= 1 && c < GC_NUM_SIZE_CLASSES, "size %llu", (unsigned long long)n);
    cr_assert_geq(gc_class_to_size[c], n);
    cr_assert_lt(gc_class_to_size[c - 1], n, "size %llu", (unsigned long long)n);
  }
}

/* roundupsize(n) for chosen n, printed by Go 1.19. */
static const uint64_t samples[][2] = {
  {0ULL, 0ULL},
  {1ULL, 8ULL},
  {7ULL, 8ULL},
  {8ULL, 8ULL},
  {9ULL, 16ULL},
  {1016ULL, 1024ULL},
  {1017ULL, 1024ULL},
  {1024ULL, 1024ULL},
  {1025ULL, 1152ULL},
  {32767ULL, 32768ULL},
  {32768ULL, 32768ULL},
  {32769ULL, 40960ULL},
  {40000ULL, 40960ULL},
  {1048576ULL, 1048576ULL},
  {1048577ULL, 1056768ULL},
  {1099511627776ULL, 1099511627776ULL},
  {18446744073709551515ULL, 18446744073709551515ULL},
};

Test(sizeclass, roundupsize_samples_from_go) {
  for (size_t i = 0; i < sizeof samples / sizeof samples[0]; i++)
    cr_expect_eq(gc_roundupsize(samples[i][0]), samples[i][1], "roundupsize(%llu)",
                 (unsigned long long)samples[i][0]);
}

Test(sizeclass, roundupsize_matches_go_for_every_size_to_70000) {
  uint64_t h = 1469598103934665603ULL;
  for (uint64_t n = 0; n <= 70000; n++) h = (h ^ gc_roundupsize(n)) * 1099511628211ULL;
  cr_expect_eq(h, 0xd36a6d32524c1b99ULL, "hash %#llx", (unsigned long long)h);
}
