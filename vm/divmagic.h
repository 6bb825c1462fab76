/*
** divmagic.h — signed division by a constant as a multiplication, the way
** gc (and every optimising compiler) compiles x / 7 and x % 1000000007.
**
** A hardware 64-bit divide costs tens of cycles; for a divisor d known at
** compile time there is a "magic" multiplier M and shift s such that, for
** every int64 x,
**     trunc(x / d) = (hi64(M * x) [+ x when M < 0]) >> s, plus 1 when x < 0
** (Granlund & Montgomery 1994; Warren, Hacker's Delight 10-1). The
** compiler computes (M, s) once with dm_signed_magic and the interpreter
** applies them with dm_signed_quotient; both live here so the two halves
** cannot drift apart.
**
** Invariants: only divisors 2 <= d < 2^63 take this path (d = 0, 1, -1 and
** negative divisors keep the plain DIV/REM with their panics and MinInt64
** cases); the quotient is exact for every int64 x, so x % d = x - q*d with
** the dividend's sign, as Go defines it. tests/unit/test_divmagic.c checks
** both against the hardware divide on edge and random values.
*/
#ifndef DIVMAGIC_H
#define DIVMAGIC_H

#include <stdbool.h>
#include <stdint.h>

/* High 64 bits of the signed 128-bit product, on 32-bit halves: for
** compilers without __int128 (and checked against it by the unit test). */
static inline int64_t dm_mulhs_portable(int64_t a, int64_t b) {
  uint64_t ua = (uint64_t)a, ub = (uint64_t)b;
  uint64_t a0 = ua & 0xFFFFFFFFu, a1 = ua >> 32, b0 = ub & 0xFFFFFFFFu, b1 = ub >> 32;
  uint64_t w0 = a0 * b0, t = a1 * b0 + (w0 >> 32);
  uint64_t w1 = (t & 0xFFFFFFFFu) + a0 * b1;
  uint64_t hi = a1 * b1 + (t >> 32) + (w1 >> 32);   /* the unsigned product's */
  if (a < 0) hi -= ub;
  if (b < 0) hi -= ua;
  return (int64_t)hi;
}

static inline int64_t dm_mulhs(int64_t a, int64_t b) {
#ifdef __SIZEOF_INT128__
  return (int64_t)(((__int128)a * (__int128)b) >> 64);
#else
  return dm_mulhs_portable(a, b);
#endif
}

/* The magic pair for divisor d (2 <= d < 2^63): *m and *shift (0..63). */
static inline void dm_signed_magic(int64_t d, int64_t *m, int *shift) {
  const uint64_t two63 = (uint64_t)1 << 63;
  uint64_t ad = (uint64_t)d;
  uint64_t anc = two63 - 1 - two63 % ad;   /* |nc|: the largest x with x mod d = d - 1 */
  int p = 63;
  uint64_t q1 = two63 / anc, r1 = two63 - q1 * anc;
  uint64_t q2 = two63 / ad, r2 = two63 - q2 * ad;
  uint64_t delta;
  do {
    p++;
    q1 *= 2; r1 *= 2;
    if (r1 >= anc) { q1++; r1 -= anc; }
    q2 *= 2; r2 *= 2;
    if (r2 >= ad) { q2++; r2 -= ad; }
    delta = ad - r2;
  } while (q1 < delta || (q1 == delta && r1 == 0));
  *m = (int64_t)(q2 + 1);
  *shift = p - 64;
}

/* trunc(x / d) from d's magic pair. */
static inline int64_t dm_signed_quotient(int64_t x, int64_t m, int shift) {
  int64_t q = dm_mulhs(m, x);
  if (m < 0) q = (int64_t)((uint64_t)q + (uint64_t)x);
  q >>= shift;
  return (int64_t)((uint64_t)q + ((uint64_t)x >> 63));
}

#endif
