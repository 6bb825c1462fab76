/*
** test_divmagic.c — division by a constant through a magic multiplier
** (vm/divmagic.h) must give exactly the hardware's truncated quotient, for
** every dividend: checked over small divisors exhaustively against edge
** dividends, over powers of two, divisors near 2^63, and pseudo-random
** pairs (a fixed xorshift seed, so a failure reproduces). The portable
** high multiply (used without __int128) is checked against __int128 too.
*/
#include <criterion/criterion.h>
#include <stdint.h>

#include "../../vm/divmagic.h"

static uint64_t xorshift(uint64_t *s) {
  *s ^= *s << 13;
  *s ^= *s >> 7;
  *s ^= *s << 17;
  return *s;
}

static void check(int64_t x, int64_t d) {
  int64_t m;
  int shift;
  dm_signed_magic(d, &m, &shift);
  int64_t q = dm_signed_quotient(x, m, shift);
  cr_assert_eq(q, x / d, "%lld / %lld: magic gives %lld", (long long)x, (long long)d, (long long)q);
  cr_assert_eq((int64_t)((uint64_t)x - (uint64_t)q * (uint64_t)d), x % d);
}

static const int64_t edges[] = {0, 1, -1, 2, -2, 3, -3, 7, -7, 1000000006, 1000000007, -1000000007,
                                INT32_MAX, INT32_MIN, (int64_t)INT32_MAX + 1, INT64_MAX, INT64_MIN,
                                INT64_MAX - 1, INT64_MIN + 1, INT64_MAX / 3, INT64_MIN / 3};

Test(divmagic, small_divisors_against_edge_dividends) {
  for (int64_t d = 2; d < 5000; d++)
    for (size_t i = 0; i < sizeof edges / sizeof edges[0]; i++) {
      check(edges[i], d);
      check(edges[i] / 2 + d, d);
      check(d * 12345 - 1, d);
      check(-(d * 12345) + 1, d);
    }
}

Test(divmagic, powers_of_two_and_huge_divisors) {
  for (int k = 1; k < 63; k++) {
    int64_t d = (int64_t)1 << k;
    int64_t near[] = {d, d - 1, d + 1, INT64_MAX - d};
    for (size_t j = 0; j < 4; j++)
      if (near[j] >= 2)
        for (size_t i = 0; i < sizeof edges / sizeof edges[0]; i++) check(edges[i], near[j]);
  }
  for (size_t i = 0; i < sizeof edges / sizeof edges[0]; i++) check(edges[i], INT64_MAX);
}

Test(divmagic, random_pairs) {
  uint64_t s = 0x9E3779B97F4A7C15ull;
  for (int n = 0; n < 2000000; n++) {
    int64_t x = (int64_t)xorshift(&s);
    uint64_t r = xorshift(&s);
    int64_t d = (int64_t)(r >> (r & 63)) & INT64_MAX;   /* all magnitudes */
    if (d < 2) continue;
    check(x, d);
  }
}

#ifdef __SIZEOF_INT128__
Test(divmagic, portable_high_multiply_matches_int128) {
  uint64_t s = 12345;
  for (int n = 0; n < 1000000; n++) {
    int64_t a = (int64_t)xorshift(&s), b = (int64_t)xorshift(&s);
    cr_assert_eq(dm_mulhs_portable(a, b), dm_mulhs(a, b), "%lld * %lld", (long long)a, (long long)b);
  }
  int64_t e[] = {INT64_MIN, INT64_MAX, -1, 0, 1};
  for (int i = 0; i < 5; i++)
    for (int j = 0; j < 5; j++) cr_assert_eq(dm_mulhs_portable(e[i], e[j]), dm_mulhs(e[i], e[j]));
}
#endif
