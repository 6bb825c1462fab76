/*
** constant.c — exact arithmetic on Go constants (the role of go/constant).
**
** Representation (private to this file, behind ConstVal.repr):
**  - CV_INT: a Big, sign and magnitude in 64-bit limbs, little-endian, with
**    no leading zero limb (zero has n == 0 and is never negative).
**  - CV_FLOAT: a Rat, the value num/den * 2^e with den > 0, both num and den
**    odd (powers of two live in e) and coprime; zero is num == 0, e == 0.
**    Keeping the powers of two apart makes huge and tiny binary exponents
**    (1e300 * 1e300, 0x1p-1074) cheap, and keeps every decimal literal and
**    every + - * / of them exact, as go/constant's big.Rat does.
**  - CV_COMPLEX: two Rats.
** Like go/constant, a fraction whose numerator or denominator outgrows
** MAX_RAT_BITS is rounded to a MANT_BITS-bit mantissa (go/constant switches
** to a 512-bit big.Float there); only such huge values lose exactness.
**
** Invariants: values are immutable and live in the Comp's arena; every
** operation returns a fresh value (or NULL when the result is unknowable,
** e.g. a binary exponent beyond MAX_EXP2, which the checker reports).
** Intermediate limb arrays also come from the arena: constant folding is
** bounded by the size of the source, and the arena dies with the Comp.
*/
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler.h"
#include "constant.h"
#include "lex.h"
#include "types.h"

enum {
  MAX_RAT_BITS = 4096, /* go/constant's maxExp */
  MANT_BITS = 512,     /* go/constant's float precision */
  MAX_DEC_EXP = 100000 /* decimal exponents beyond this are refused */
};
#define MAX_EXP2 ((int64_t)1 << 40)

typedef unsigned __int128 u128;

/* {=================================================================
** Big integers
** ================================================================== */

typedef struct Big {
  int n;
  bool neg;
  uint64_t *d;
} Big;

typedef struct Rat {
  Big num, den;
  int64_t e;
} Rat;

typedef struct Cplx {
  Rat re, im;
} Cplx;

static uint64_t *limbs(Arena *a, int n) {
  return n > 0 ? arena_alloc(a, (size_t)n * sizeof(uint64_t)) : NULL;
}

static Big big_trim(Big x) {
  while (x.n > 0 && x.d[x.n - 1] == 0) x.n--;
  if (x.n == 0) x.neg = false;
  return x;
}

static Big big_u64(Arena *a, uint64_t v, bool neg) {
  Big x = {0, false, NULL};
  if (v == 0) return x;
  x.d = limbs(a, 1);
  x.d[0] = v;
  x.n = 1;
  x.neg = neg;
  return x;
}

static Big big_i64(Arena *a, int64_t v) {
  return v < 0 ? big_u64(a, (uint64_t)0 - (uint64_t)v, true) : big_u64(a, (uint64_t)v, false);
}

static bool big_is_one(Big x) { return x.n == 1 && x.d[0] == 1 && !x.neg; }

static int big_bitlen(Big x) {
  if (x.n == 0) return 0;
  return (x.n - 1) * 64 + (64 - __builtin_clzll(x.d[x.n - 1]));
}

static int big_trailing_zeros(Big x) {
  for (int i = 0; i < x.n; i++)
    if (x.d[i]) return i * 64 + __builtin_ctzll(x.d[i]);
  return 0;
}

static bool big_bit(Big x, int64_t i) {
  if (i < 0 || i / 64 >= x.n) return false;
  return (x.d[i / 64] >> (i % 64)) & 1;
}

/* Whether any bit below position i is set. */
static bool big_any_below(Big x, int64_t i) {
  if (i <= 0) return false;
  int64_t full = i / 64;
  for (int64_t k = 0; k < full && k < x.n; k++)
    if (x.d[k]) return true;
  if (full < x.n && (i % 64) && (x.d[full] & (((uint64_t)1 << (i % 64)) - 1))) return true;
  return false;
}

static int cmp_mag(Big a, Big b) {
  if (a.n != b.n) return a.n < b.n ? -1 : 1;
  for (int i = a.n - 1; i >= 0; i--)
    if (a.d[i] != b.d[i]) return a.d[i] < b.d[i] ? -1 : 1;
  return 0;
}

static int big_cmp(Big a, Big b) {
  if (a.neg != b.neg) return a.neg ? -1 : 1;
  int c = cmp_mag(a, b);
  return a.neg ? -c : c;
}

static Big add_mag(Arena *ar, Big a, Big b) {
  if (a.n < b.n) { Big t = a; a = b; b = t; }
  Big z = {a.n + 1, false, limbs(ar, a.n + 1)};
  uint64_t carry = 0;
  for (int i = 0; i < a.n; i++) {
    u128 s = (u128)a.d[i] + (i < b.n ? b.d[i] : 0) + carry;
    z.d[i] = (uint64_t)s;
    carry = (uint64_t)(s >> 64);
  }
  z.d[a.n] = carry;
  return big_trim(z);
}

/* |a| - |b|, requires |a| >= |b|. */
static Big sub_mag(Arena *ar, Big a, Big b) {
  Big z = {a.n, false, limbs(ar, a.n)};
  uint64_t borrow = 0;
  for (int i = 0; i < a.n; i++) {
    uint64_t bi = i < b.n ? b.d[i] : 0;
    uint64_t t = a.d[i] - bi - borrow;
    borrow = (a.d[i] < bi || (a.d[i] == bi && borrow)) ? 1 : 0;
    z.d[i] = t;
  }
  return big_trim(z);
}

static Big big_add(Arena *ar, Big a, Big b) {
  if (a.neg == b.neg) {
    Big z = add_mag(ar, a, b);
    z.neg = a.neg && z.n > 0;
    return z;
  }
  int c = cmp_mag(a, b);
  if (c == 0) return (Big){0, false, NULL};
  Big z = c > 0 ? sub_mag(ar, a, b) : sub_mag(ar, b, a);
  z.neg = c > 0 ? a.neg : b.neg;
  return z;
}

static Big big_neg(Big a) {
  if (a.n) a.neg = !a.neg;
  return a;
}

static Big big_sub(Arena *ar, Big a, Big b) { return big_add(ar, a, big_neg(b)); }

static Big big_mul(Arena *ar, Big a, Big b) {
  if (a.n == 0 || b.n == 0) return (Big){0, false, NULL};
  Big z = {a.n + b.n, a.neg != b.neg, limbs(ar, a.n + b.n)};
  for (int i = 0; i < a.n; i++) {
    uint64_t carry = 0;
    for (int j = 0; j < b.n; j++) {
      u128 t = (u128)a.d[i] * b.d[j] + z.d[i + j] + carry;
      z.d[i + j] = (uint64_t)t;
      carry = (uint64_t)(t >> 64);
    }
    z.d[i + b.n] = carry;
  }
  return big_trim(z);
}

static Big big_mul_small(Arena *ar, Big a, uint64_t m, uint64_t add) {
  Big z = {a.n + 1, a.neg, limbs(ar, a.n + 1)};
  uint64_t carry = add;
  for (int i = 0; i < a.n; i++) {
    u128 t = (u128)a.d[i] * m + carry;
    z.d[i] = (uint64_t)t;
    carry = (uint64_t)(t >> 64);
  }
  z.d[a.n] = carry;
  return big_trim(z);
}

static Big big_shl(Arena *ar, Big a, int64_t s) {
  if (a.n == 0 || s == 0) return a;
  int w = (int)(s / 64), b = (int)(s % 64);
  Big z = {a.n + w + 1, a.neg, limbs(ar, a.n + w + 1)};
  for (int i = 0; i < a.n; i++) {
    z.d[i + w] |= a.d[i] << b;
    if (b) z.d[i + w + 1] |= a.d[i] >> (64 - b);
  }
  return big_trim(z);
}

/* Magnitude shifted right (truncating toward zero), sign kept. */
static Big big_shr_mag(Arena *ar, Big a, int64_t s) {
  if (s == 0 || a.n == 0) return a;
  if (s >= (int64_t)a.n * 64) return (Big){0, false, NULL};
  int w = (int)(s / 64), b = (int)(s % 64);
  Big z = {a.n - w, a.neg, limbs(ar, a.n - w)};
  for (int i = 0; i < z.n; i++) {
    z.d[i] = a.d[i + w] >> b;
    if (b && i + w + 1 < a.n) z.d[i] |= a.d[i + w + 1] << (64 - b);
  }
  return big_trim(z);
}

/* Knuth's algorithm D on magnitudes: q = |a| / |b|, r = |a| % |b|. */
static void divmod_mag(Arena *ar, Big a, Big b, Big *q, Big *r) {
  if (cmp_mag(a, b) < 0) {
    *q = (Big){0, false, NULL};
    *r = a;
    r->neg = false;
    return;
  }
  if (b.n == 1) {
    Big z = {a.n, false, limbs(ar, a.n)};
    u128 rem = 0;
    for (int i = a.n - 1; i >= 0; i--) {
      u128 cur = (rem << 64) | a.d[i];
      z.d[i] = (uint64_t)(cur / b.d[0]);
      rem = cur % b.d[0];
    }
    *q = big_trim(z);
    *r = big_u64(ar, (uint64_t)rem, false);
    return;
  }
  int s = __builtin_clzll(b.d[b.n - 1]);
  Big bn = big_shl(ar, (Big){b.n, false, b.d}, s);
  Big an0 = big_shl(ar, (Big){a.n, false, a.d}, s);
  int n = bn.n, m = a.n - b.n;
  uint64_t *un = limbs(ar, a.n + 1);
  memcpy(un, an0.d, (size_t)an0.n * sizeof(uint64_t));
  uint64_t *vn = bn.d;
  Big z = {m + 1, false, limbs(ar, m + 1)};
  for (int j = m; j >= 0; j--) {
    u128 num = ((u128)un[j + n] << 64) | un[j + n - 1];
    u128 qhat = num / vn[n - 1];
    u128 rhat = num % vn[n - 1];
    while (qhat >> 64 || qhat * vn[n - 2] > ((rhat << 64) | un[j + n - 2])) {
      qhat--;
      rhat += vn[n - 1];
      if (rhat >> 64) break;
    }
    /* multiply and subtract */
    uint64_t borrow = 0, carry = 0;
    for (int i = 0; i < n; i++) {
      u128 p = qhat * vn[i] + carry;
      carry = (uint64_t)(p >> 64);
      uint64_t pl = (uint64_t)p;
      uint64_t t = un[i + j] - pl - borrow;
      borrow = (un[i + j] < pl || (un[i + j] == pl && borrow)) ? 1 : 0;
      un[i + j] = t;
    }
    uint64_t t = un[j + n] - carry - borrow;
    bool negative = un[j + n] < carry || (un[j + n] == carry && borrow);
    un[j + n] = t;
    if (negative) { /* add back */
      qhat--;
      uint64_t c = 0;
      for (int i = 0; i < n; i++) {
        u128 sum = (u128)un[i + j] + vn[i] + c;
        un[i + j] = (uint64_t)sum;
        c = (uint64_t)(sum >> 64);
      }
      un[j + n] += c;
    }
    z.d[j] = (uint64_t)qhat;
  }
  *q = big_trim(z);
  Big rr = big_trim((Big){n, false, un});
  *r = big_shr_mag(ar, rr, s);
}

/* Truncated division, as Go's integer / and %. */
static void big_quorem(Arena *ar, Big a, Big b, Big *q, Big *r) {
  divmod_mag(ar, a, b, q, r);
  q->neg = q->n > 0 && (a.neg != b.neg);
  r->neg = r->n > 0 && a.neg;
}

/* In-place helpers for big_gcd on raw limb arrays (length *n, trimmed). */
static void raw_shr(uint64_t *d, int *n, int s) {
  int w = s / 64, b = s % 64;
  if (w >= *n) {
    *n = 0;
    return;
  }
  for (int i = 0; i < *n - w; i++) {
    d[i] = d[i + w] >> b;
    if (b && i + w + 1 < *n) d[i] |= d[i + w + 1] << (64 - b);
  }
  *n -= w;
  while (*n > 0 && d[*n - 1] == 0) (*n)--;
}

static int raw_ctz(const uint64_t *d, int n) {
  for (int i = 0; i < n; i++)
    if (d[i]) return i * 64 + __builtin_ctzll(d[i]);
  return 0;
}

static int raw_cmp(const uint64_t *a, int na, const uint64_t *b, int nb) {
  if (na != nb) return na < nb ? -1 : 1;
  for (int i = na - 1; i >= 0; i--)
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

static void raw_sub(uint64_t *a, int *na, const uint64_t *b, int nb) {
  uint64_t borrow = 0;
  for (int i = 0; i < *na; i++) {
    uint64_t bi = i < nb ? b[i] : 0;
    uint64_t t = a[i] - bi - borrow;
    borrow = (a[i] < bi || (a[i] == bi && borrow)) ? 1 : 0;
    a[i] = t;
  }
  while (*na > 0 && a[*na - 1] == 0) (*na)--;
}

/* Greatest common divisor of two magnitudes: the binary algorithm, in
** place on scratch copies (the operands are at most MAX_RAT_BITS long). */
static Big big_gcd(Arena *ar, Big a, Big b) {
  a.neg = b.neg = false;
  if (a.n == 0) return b;
  if (b.n == 0) return a;
  if (a.n == 1 && b.n == 1) {
    uint64_t x = a.d[0], y = b.d[0];
    while (y) { uint64_t t = x % y; x = y; y = t; }
    return big_u64(ar, x, false);
  }
  uint64_t *x = malloc(sizeof(uint64_t) * (size_t)a.n), *y = malloc(sizeof(uint64_t) * (size_t)b.n);
  if (!x || !y) abort();
  memcpy(x, a.d, sizeof(uint64_t) * (size_t)a.n);
  memcpy(y, b.d, sizeof(uint64_t) * (size_t)b.n);
  int nx = a.n, ny = b.n;
  int zx = raw_ctz(x, nx), zy = raw_ctz(y, ny);
  int k = zx < zy ? zx : zy;
  raw_shr(x, &nx, zx);
  raw_shr(y, &ny, zy);
  for (;;) { /* both odd */
    int c = raw_cmp(x, nx, y, ny);
    if (c == 0) break;
    if (c < 0) {
      uint64_t *t = x; x = y; y = t;
      int tn = nx; nx = ny; ny = tn;
    }
    raw_sub(x, &nx, y, ny);
    raw_shr(x, &nx, raw_ctz(x, nx));
  }
  Big g = {nx, false, limbs(ar, nx)};
  memcpy(g.d, x, sizeof(uint64_t) * (size_t)nx);
  free(x);
  free(y);
  return big_shl(ar, g, k);
}

/* Two's-complement bitwise operations, as big.Int's And/Or/Xor/AndNot. */
static void to_twos(Big x, uint64_t *out, int n) {
  for (int i = 0; i < n; i++) out[i] = i < x.n ? x.d[i] : 0;
  if (x.neg) {
    uint64_t carry = 1;
    for (int i = 0; i < n; i++) {
      out[i] = ~out[i] + carry;
      carry = (carry && out[i] == 0) ? 1 : 0;
    }
  }
}

static Big from_twos(Arena *ar, uint64_t *v, int n) {
  bool neg = n > 0 && (v[n - 1] >> 63);
  if (neg) {
    uint64_t carry = 1;
    for (int i = 0; i < n; i++) {
      v[i] = ~v[i] + carry;
      carry = (carry && v[i] == 0) ? 1 : 0;
    }
  }
  Big z = big_trim((Big){n, neg, v});
  (void)ar;
  return z;
}

static Big big_bitop(Arena *ar, TokenKind op, Big a, Big b) {
  int n = (a.n > b.n ? a.n : b.n) + 1;
  uint64_t *x = limbs(ar, n), *y = limbs(ar, n);
  to_twos(a, x, n);
  to_twos(b, y, n);
  for (int i = 0; i < n; i++) {
    switch (op) {
    case TK_AND: x[i] &= y[i]; break;
    case TK_OR: x[i] |= y[i]; break;
    case TK_XOR: x[i] ^= y[i]; break;
    default: x[i] &= ~y[i]; break; /* TK_AND_NOT */
    }
  }
  return from_twos(ar, x, n);
}

/* Arithmetic shift right (floor), as big.Int.Rsh. */
static Big big_rsh(Arena *ar, Big a, int64_t s) {
  if (!a.neg) return big_shr_mag(ar, a, s);
  /* floor(a / 2^s) = -ceil(|a| / 2^s) */
  Big q = big_shr_mag(ar, a, s);
  q.neg = false;
  if (big_any_below(a, s)) q = add_mag(ar, q, big_u64(ar, 1, false));
  return big_neg(q);
}

static char *big_decimal(Arena *ar, Big x) {
  if (x.n == 0) return arena_strndup(ar, "0", 1);
  int cap = x.n * 20 + 2;
  char *buf = arena_alloc(ar, (size_t)cap + 1);
  int pos = cap;
  buf[pos] = 0;
  Big q = x;
  q.neg = false;
  const uint64_t chunk = 10000000000000000000ull; /* 10^19 */
  while (q.n > 0) {
    Big r;
    divmod_mag(ar, q, big_u64(ar, chunk, false), &q, &r);
    uint64_t rv = r.n ? r.d[0] : 0;
    for (int i = 0; i < 19; i++) {
      buf[--pos] = (char)('0' + rv % 10);
      rv /= 10;
      if (q.n == 0 && rv == 0) break;
    }
  }
  if (x.neg) buf[--pos] = '-';
  return buf + pos;
}

static bool big_fits_i64(Big x) {
  if (x.n == 0) return true;
  if (x.n > 1) return false;
  return x.neg ? x.d[0] <= (uint64_t)1 << 63 : x.d[0] < (uint64_t)1 << 63;
}

static bool big_fits_u64(Big x) { return !x.neg && x.n <= 1; }

static int64_t big_to_i64(Big x) {
  uint64_t v = x.n ? x.d[0] : 0;
  return x.neg ? (int64_t)(0 - v) : (int64_t)v;
}

/* }================================================================= */

/* {=================================================================
** Rationals num/den * 2^e
** ================================================================== */

static Rat rat_zero(void) {
  Rat r = {{0, false, NULL}, {0, false, NULL}, 0};
  return r;
}

static Rat rat_round(Arena *ar, Rat x, int prec);

/* Makes the canonical form; NULL-like failure is signalled by *ok. */
static Rat rat_make(Arena *ar, Big num, Big den, int64_t e, bool *ok) {
  if (num.n == 0) {
    Rat z = rat_zero();
    z.den = big_u64(ar, 1, false);
    return z;
  }
  if (den.neg) { num = big_neg(num); den.neg = false; }
  int tz = big_trailing_zeros(num);
  num = big_shr_mag(ar, num, tz);
  e += tz;
  tz = big_trailing_zeros(den);
  den = big_shr_mag(ar, den, tz);
  e -= tz;
  /* too big to keep exact: go/constant switches to a 512-bit float here */
  bool huge = big_bitlen(num) > MAX_RAT_BITS || big_bitlen(den) > MAX_RAT_BITS;
  if (!huge && !big_is_one(den)) {
    Big g = big_gcd(ar, num, den);
    if (!big_is_one(g)) {
      Big q, r;
      bool neg = num.neg;
      divmod_mag(ar, num, g, &q, &r);
      num = q;
      num.neg = neg;
      divmod_mag(ar, den, g, &q, &r);
      den = q;
    }
  }
  Rat z = {num, den, e};
  if (big_bitlen(num) > MAX_RAT_BITS || big_bitlen(den) > MAX_RAT_BITS) z = rat_round(ar, z, MANT_BITS);
  if (z.e > MAX_EXP2 || z.e < -MAX_EXP2) *ok = false;
  return z;
}

static Rat rat_from_big(Arena *ar, Big x) {
  bool ok = true;
  return rat_make(ar, x, big_u64(ar, 1, false), 0, &ok);
}

static int rat_sign(Rat x) { return x.num.n == 0 ? 0 : x.num.neg ? -1 : 1; }

static Rat rat_neg(Rat x) {
  x.num = big_neg(x.num);
  return x;
}

/*
** Rounds |x| to a binary value mant * 2^exp with mant < 2^mbits, to
** nearest-even; the least significant bit's exponent is at least lsb_min
** (subnormals). Returns false if x is zero (mant 0).
*/
static void round_binary(Arena *ar, Rat x, int mbits, int64_t lsb_min, Big *mant, int64_t *exp) {
  Big num = x.num, den = x.den;
  num.neg = false;
  if (num.n == 0) {
    *mant = num;
    *exp = 0;
    return;
  }
  /* q = floor(num * 2^s / den) with at least mbits + 2 bits. */
  int64_t s = (int64_t)mbits + 2 + big_bitlen(den) - big_bitlen(num) + 1;
  Big q, r;
  if (s >= 0)
    divmod_mag(ar, big_shl(ar, num, s), den, &q, &r);
  else
    divmod_mag(ar, num, big_shl(ar, den, -s), &q, &r);
  bool sticky = r.n != 0;
  int64_t qexp = x.e - s; /* value = (q + frac) * 2^qexp */
  int64_t top = big_bitlen(q) - 1 + qexp;
  int64_t lsb = top - (mbits - 1);
  if (lsb < lsb_min) lsb = lsb_min;
  int64_t k = lsb - qexp; /* bits of q to drop */
  Big m;
  if (k <= 0) {
    m = big_shl(ar, q, -k);
  } else {
    bool half = big_bit(q, k - 1);
    bool rest = sticky || big_any_below(q, k - 1);
    m = big_shr_mag(ar, q, k);
    if (half && (rest || big_bit(m, 0))) m = add_mag(ar, m, big_u64(ar, 1, false));
    if (big_bitlen(m) > mbits) {
      m = big_shr_mag(ar, m, 1);
      lsb++;
    }
  }
  m.neg = false;
  *mant = m;
  *exp = lsb;
}

static Rat rat_round(Arena *ar, Rat x, int prec) {
  Big m;
  int64_t e;
  bool neg = x.num.neg;
  round_binary(ar, x, prec, INT64_MIN / 2, &m, &e);
  m.neg = neg && m.n > 0;
  Rat z = {m, big_u64(ar, 1, false), e};
  int tz = big_trailing_zeros(m);
  z.num = big_shr_mag(ar, m, tz);
  z.e += tz;
  return z;
}

/* x rounded to a float with mbits of mantissa and the given exponent
** range; *inf set on overflow. */
static double rat_to_binary(Arena *ar, Rat x, int mbits, int emin, int emax, bool *inf) {
  *inf = false;
  if (x.num.n == 0) return 0;
  Big m;
  int64_t e;
  round_binary(ar, x, mbits, (int64_t)emin - (mbits - 1), &m, &e);
  if (m.n == 0) return x.num.neg ? -0.0 : 0.0;
  int64_t top = big_bitlen(m) - 1 + e;
  if (top > emax) {
    *inf = true;
    return x.num.neg ? -HUGE_VAL : HUGE_VAL;
  }
  double v = ldexp((double)m.d[0], (int)e);
  return x.num.neg ? -v : v;
}

static double rat_to_double(Arena *ar, Rat x, bool *inf) { return rat_to_binary(ar, x, 53, -1022, 1023, inf); }

static Rat rat_from_double(Arena *ar, double v) {
  if (v == 0) return rat_from_big(ar, (Big){0, false, NULL});
  int ex;
  double m = frexp(fabs(v), &ex);
  uint64_t mant = (uint64_t)ldexp(m, 64);
  bool ok = true;
  return rat_make(ar, big_u64(ar, mant, v < 0), big_u64(ar, 1, false), (int64_t)ex - 64, &ok);
}

static Rat rat_mul(Arena *ar, Rat a, Rat b, bool *ok) {
  return rat_make(ar, big_mul(ar, a.num, b.num), big_mul(ar, a.den, b.den), a.e + b.e, ok);
}

static Rat rat_quo(Arena *ar, Rat a, Rat b, bool *ok) {
  Big num = big_mul(ar, a.num, b.den), den = big_mul(ar, a.den, b.num);
  if (den.neg) { den.neg = false; num = big_neg(num); }
  return rat_make(ar, num, den, a.e - b.e, ok);
}

/* Magnitude estimate: floor(log2 |x|) within one. */
static int64_t rat_log2(Rat x) { return big_bitlen(x.num) - big_bitlen(x.den) + x.e; }

static Rat rat_add(Arena *ar, Rat a, Rat b, bool *ok) {
  if (a.num.n == 0) return b;
  if (b.num.n == 0) return a;
  /* A term below the other's precision by far only matters for rounding
  ** at MANT_BITS; the exact sum would be rounded away anyway. */
  int64_t la = rat_log2(a), lb = rat_log2(b);
  int64_t gap = (int64_t)2 * MAX_RAT_BITS + 64;
  if (la - lb > gap) return a;
  if (lb - la > gap) return b;
  int64_t e = a.e < b.e ? a.e : b.e;
  if (a.e - e > gap * 4 || b.e - e > gap * 4) {
    /* exponents far apart but magnitudes close: reduce to MANT_BITS first */
    a = rat_round(ar, a, MANT_BITS);
    b = rat_round(ar, b, MANT_BITS);
    e = a.e < b.e ? a.e : b.e;
  }
  Big an = big_shl(ar, big_mul(ar, a.num, b.den), a.e - e);
  Big bn = big_shl(ar, big_mul(ar, b.num, a.den), b.e - e);
  return rat_make(ar, big_add(ar, an, bn), big_mul(ar, a.den, b.den), e, ok);
}

static int rat_cmp(Arena *ar, Rat a, Rat b) {
  bool ok = true;
  Rat d = rat_add(ar, a, rat_neg(b), &ok);
  return rat_sign(d);
}

static bool rat_is_int(Rat x) { return big_is_one(x.den) && (x.e >= 0 || x.num.n == 0); }

/* }================================================================= */

/* {=================================================================
** ConstVal constructors and conversions
** ================================================================== */

static Arena *A(struct Comp *c) { return &c->arena; }

static ConstVal *mk(struct Comp *c, ConstKind k) {
  ConstVal *v = arena_alloc(A(c), sizeof *v);
  v->kind = k;
  return v;
}

static ConstVal *mk_int(struct Comp *c, Big x) {
  ConstVal *v = mk(c, CV_INT);
  Big *p = arena_alloc(A(c), sizeof *p);
  *p = x;
  v->repr = p;
  return v;
}

static ConstVal *mk_float(struct Comp *c, Rat x) {
  ConstVal *v = mk(c, CV_FLOAT);
  Rat *p = arena_alloc(A(c), sizeof *p);
  *p = x;
  v->repr = p;
  return v;
}

static ConstVal *mk_complex(struct Comp *c, Rat re, Rat im) {
  ConstVal *v = mk(c, CV_COMPLEX);
  Cplx *p = arena_alloc(A(c), sizeof *p);
  p->re = re;
  p->im = im;
  v->repr = p;
  return v;
}

#define BIG(v) (*(Big *)(v)->repr)
#define RAT(v) (*(Rat *)(v)->repr)
#define CPX(v) (*(Cplx *)(v)->repr)

ConstVal *cst_bool(struct Comp *c, bool b) {
  ConstVal *v = mk(c, CV_BOOL);
  v->b = b;
  return v;
}

ConstVal *cst_string(struct Comp *c, const char *s, int64_t len) {
  ConstVal *v = mk(c, CV_STRING);
  v->s = arena_strndup(A(c), s, (size_t)len);
  v->slen = len;
  return v;
}

ConstVal *cst_int64(struct Comp *c, int64_t x) { return mk_int(c, big_i64(A(c), x)); }
ConstVal *cst_uint64(struct Comp *c, uint64_t x) { return mk_int(c, big_u64(A(c), x, false)); }

static Rat as_rat(struct Comp *c, ConstVal *x) {
  if (x->kind == CV_INT) return rat_from_big(A(c), BIG(x));
  if (x->kind == CV_FLOAT) return RAT(x);
  return CPX(x).re;
}

ConstVal *cst_to_int(struct Comp *c, ConstVal *x) {
  if (!x) return NULL;
  switch (x->kind) {
  case CV_INT:
    return x;
  case CV_FLOAT: {
    Rat r = RAT(x);
    if (rat_log2(r) >= MAX_RAT_BITS) return NULL; /* avoid huge integers, as go/constant */
    if (rat_is_int(r)) return mk_int(c, big_shl(A(c), r.num, r.e));
    /* A value within a few ulps of an integer at MANT_BITS precision is
    ** an integer that earlier rounding disturbed (go/constant's rule);
    ** only rounded (inexact) values can be in that state. */
    if (big_bitlen(r.num) >= MANT_BITS - 8 && big_is_one(r.den)) {
      Rat t = rat_round(A(c), r, MANT_BITS - 4);
      if (rat_is_int(t)) return mk_int(c, big_shl(A(c), t.num, t.e));
    }
    return NULL;
  }
  case CV_COMPLEX:
    if (rat_sign(CPX(x).im) != 0) return NULL;
    return cst_to_int(c, mk_float(c, CPX(x).re));
  default:
    return NULL;
  }
}

ConstVal *cst_to_float(struct Comp *c, ConstVal *x) {
  if (!x) return NULL;
  switch (x->kind) {
  case CV_INT: return mk_float(c, as_rat(c, x));
  case CV_FLOAT: return x;
  case CV_COMPLEX: return rat_sign(CPX(x).im) == 0 ? mk_float(c, CPX(x).re) : NULL;
  default: return NULL;
  }
}

ConstVal *cst_to_complex(struct Comp *c, ConstVal *x) {
  if (!x) return NULL;
  switch (x->kind) {
  case CV_INT:
  case CV_FLOAT: {
    Rat z = rat_from_big(A(c), (Big){0, false, NULL});
    return mk_complex(c, as_rat(c, x), z);
  }
  case CV_COMPLEX: return x;
  default: return NULL;
  }
}

bool cst_is_zero(ConstVal *x) { return cst_sign(x) == 0; }

int cst_sign(ConstVal *x) {
  if (!x) return 1; /* unknown: as go/constant, avoids spurious division by zero */
  switch (x->kind) {
  case CV_INT: return BIG(x).n == 0 ? 0 : BIG(x).neg ? -1 : 1;
  case CV_FLOAT: return rat_sign(RAT(x));
  case CV_COMPLEX: return rat_sign(CPX(x).re) | rat_sign(CPX(x).im) ? 1 : 0;
  default: return 1;
  }
}

int cst_bitlen(ConstVal *x) { return x && x->kind == CV_INT ? big_bitlen(BIG(x)) : 0; }

/* }================================================================= */

/* {=================================================================
** Literals
** ================================================================== */

static int digit_val(int ch) {
  if (ch >= '0' && ch <= '9') return ch - '0';
  if (ch >= 'a' && ch <= 'f') return ch - 'a' + 10;
  if (ch >= 'A' && ch <= 'F') return ch - 'A' + 10;
  return 99;
}

/* Parses digits in [base] (underscores skipped) into *out; counts digits
** after a '.', if allowed. Returns the position where parsing stopped. */
static int parse_digits(Arena *ar, const char *s, int len, int i, int base, Big *out, int *frac, bool allow_dot,
                        int *ndigits) {
  Big x = {0, false, NULL};
  bool dot = false;
  int nd = 0;
  uint64_t acc = 0, mul = 1;
  uint64_t limit = UINT64_MAX / 16;
  for (; i < len; i++) {
    int ch = (unsigned char)s[i];
    if (ch == '_') continue;
    if (ch == '.' && allow_dot && !dot) {
      dot = true;
      continue;
    }
    int d = digit_val(ch);
    if (d >= base) break;
    acc = acc * (uint64_t)base + (uint64_t)d;
    mul *= (uint64_t)base;
    if (mul >= limit) {
      x = big_mul_small(ar, x, mul, acc);
      acc = 0;
      mul = 1;
    }
    nd++;
    if (dot) (*frac)++;
  }
  if (mul > 1) x = big_mul_small(ar, x, mul, acc);
  *out = x;
  *ndigits = nd;
  return i;
}

static Big big_pow(Arena *ar, uint64_t base, int64_t n) {
  Big r = big_u64(ar, 1, false), b = big_u64(ar, base, false);
  while (n > 0) {
    if (n & 1) r = big_mul(ar, r, b);
    n >>= 1;
    if (n) b = big_mul(ar, b, b);
  }
  return r;
}

static ConstVal *int_literal(struct Comp *c, const char *s, int len) {
  int base = 10, i = 0, frac = 0, nd = 0;
  if (len >= 2 && s[0] == '0') {
    char p = s[1];
    if (p == 'x' || p == 'X') base = 16, i = 2;
    else if (p == 'b' || p == 'B') base = 2, i = 2;
    else if (p == 'o' || p == 'O') base = 8, i = 2;
    else base = 8, i = 1;
  }
  Big x;
  int end = parse_digits(A(c), s, len, i, base, &x, &frac, false, &nd);
  if (end != len || (nd == 0 && base != 8)) return NULL;
  return mk_int(c, x);
}

static ConstVal *float_literal(struct Comp *c, const char *s, int len) {
  Arena *ar = A(c);
  bool hex = len >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X');
  int frac = 0, nd = 0;
  Big m;
  int i = parse_digits(ar, s, len, hex ? 2 : 0, hex ? 16 : 10, &m, &frac, true, &nd);
  int64_t ex = 0;
  if (i < len) {
    char ch = s[i];
    if (!(hex ? (ch == 'p' || ch == 'P') : (ch == 'e' || ch == 'E'))) return NULL;
    i++;
    bool neg = false;
    if (i < len && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
    if (i >= len) return NULL;
    for (; i < len; i++) {
      if (s[i] == '_') continue;
      if (s[i] < '0' || s[i] > '9') return NULL;
      if (ex < 100000000) ex = ex * 10 + (s[i] - '0');
    }
    if (neg) ex = -ex;
  } else if (hex) {
    return NULL; /* hex floats need an exponent */
  }
  if (nd == 0) return NULL;
  bool ok = true;
  Rat r;
  if (hex) {
    r = rat_make(ar, m, big_u64(ar, 1, false), ex - 4 * (int64_t)frac, &ok);
  } else {
    int64_t e10 = ex - frac;
    if (m.n == 0) return mk_float(c, rat_from_big(ar, m));
    if (e10 > MAX_DEC_EXP || e10 < -MAX_DEC_EXP) return NULL;
    /* 10^k = 5^k * 2^k: only the power of five needs big arithmetic */
    Big p5 = big_pow(ar, 5, e10 < 0 ? -e10 : e10);
    if (e10 >= 0)
      r = rat_make(ar, big_mul(ar, m, p5), big_u64(ar, 1, false), e10, &ok);
    else
      r = rat_make(ar, m, p5, e10, &ok);
  }
  if (!ok) return NULL;
  return mk_float(c, r);
}

static int utf8_encode(char *out, uint32_t r) {
  if (r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = 0xFFFD;
  if (r < 0x80) { out[0] = (char)r; return 1; }
  if (r < 0x800) {
    out[0] = (char)(0xC0 | (r >> 6));
    out[1] = (char)(0x80 | (r & 0x3F));
    return 2;
  }
  if (r < 0x10000) {
    out[0] = (char)(0xE0 | (r >> 12));
    out[1] = (char)(0x80 | ((r >> 6) & 0x3F));
    out[2] = (char)(0x80 | (r & 0x3F));
    return 3;
  }
  out[0] = (char)(0xF0 | (r >> 18));
  out[1] = (char)(0x80 | ((r >> 12) & 0x3F));
  out[2] = (char)(0x80 | ((r >> 6) & 0x3F));
  out[3] = (char)(0x80 | (r & 0x3F));
  return 4;
}

/* Decodes one UTF-8 sequence; invalid input yields 0xFFFD of width 1. */
static uint32_t utf8_decode(const unsigned char *s, int64_t n, int *w) {
  *w = 1;
  if (n <= 0) return 0xFFFD;
  unsigned char c0 = s[0];
  if (c0 < 0x80) return c0;
  int need;
  uint32_t r, min;
  if ((c0 & 0xE0) == 0xC0) need = 1, r = c0 & 0x1F, min = 0x80;
  else if ((c0 & 0xF0) == 0xE0) need = 2, r = c0 & 0x0F, min = 0x800;
  else if ((c0 & 0xF8) == 0xF0) need = 3, r = c0 & 0x07, min = 0x10000;
  else return 0xFFFD;
  if (n < need + 1) return 0xFFFD;
  for (int i = 1; i <= need; i++) {
    if ((s[i] & 0xC0) != 0x80) return 0xFFFD;
    r = (r << 6) | (s[i] & 0x3F);
  }
  if (r < min || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) return 0xFFFD;
  *w = need + 1;
  return r;
}

/*
** Decodes one (possibly escaped) character of a quoted literal at s[*i];
** quote is the enclosing quote. Writes the bytes to out and returns their
** count, or -1 if malformed. *rune gets the value for char literals.
*/
static int unescape_one(const char *s, int len, int *i, char quote, char *out, uint32_t *rune) {
  unsigned char ch = (unsigned char)s[*i];
  if (ch != '\\') {
    int w;
    uint32_t r = utf8_decode((const unsigned char *)s + *i, len - *i, &w);
    memcpy(out, s + *i, (size_t)w);
    *i += w;
    *rune = r;
    return w;
  }
  if (*i + 1 >= len) return -1;
  char e = s[*i + 1];
  *i += 2;
  uint32_t v = 0;
  int nhex = 0;
  switch (e) {
  case 'a': v = 7; break;
  case 'b': v = 8; break;
  case 'f': v = 12; break;
  case 'n': v = 10; break;
  case 'r': v = 13; break;
  case 't': v = 9; break;
  case 'v': v = 11; break;
  case '\\': v = '\\'; break;
  case '\'':
  case '"':
    if (e != quote) return -1;
    v = (uint32_t)e;
    break;
  case 'x': nhex = 2; break;
  case 'u': nhex = 4; break;
  case 'U': nhex = 8; break;
  default:
    if (e >= '0' && e <= '7') {
      if (*i + 2 > len) return -1;
      v = (uint32_t)(e - '0');
      for (int k = 0; k < 2; k++) {
        char d = s[(*i)++];
        if (d < '0' || d > '7') return -1;
        v = v * 8 + (uint32_t)(d - '0');
      }
      if (v > 255) return -1;
      out[0] = (char)v;
      *rune = v;
      return 1;
    }
    return -1;
  }
  if (nhex) {
    if (*i + nhex > len) return -1;
    for (int k = 0; k < nhex; k++) {
      int d = digit_val((unsigned char)s[(*i)++]);
      if (d > 15) return -1;
      v = v * 16 + (uint32_t)d;
    }
    if (e == 'x') {
      out[0] = (char)v;
      *rune = v;
      return 1;
    }
    if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return -1;
  }
  *rune = v;
  return utf8_encode(out, v);
}

static ConstVal *string_literal(struct Comp *c, const char *s, int len) {
  if (len < 2 || s[len - 1] != s[0]) return NULL;
  char *buf = arena_alloc(A(c), (size_t)len + 1);
  int n = 0;
  if (s[0] == '`') {
    for (int i = 1; i < len - 1; i++)
      if (s[i] != '\r') buf[n++] = s[i];
  } else if (s[0] == '"') {
    int i = 1;
    while (i < len - 1) {
      uint32_t r;
      int w = unescape_one(s, len - 1, &i, '"', buf + n, &r);
      if (w < 0) return NULL;
      n += w;
    }
  } else {
    return NULL;
  }
  ConstVal *v = mk(c, CV_STRING);
  v->s = buf;
  v->slen = n;
  return v;
}

ConstVal *cst_rune_string(struct Comp *c, ConstVal *x) {
  uint32_t r = 0xFFFD;
  if (x && x->kind == CV_INT && !BIG(x).neg && BIG(x).n <= 1) {
    uint64_t u = BIG(x).n ? BIG(x).d[0] : 0;
    if (u <= 0x10FFFF) r = (uint32_t)u;
  }
  char buf[4];
  int n = utf8_encode(buf, r); /* surrogates become U+FFFD too */
  return cst_string(c, buf, n);
}

static ConstVal *char_literal(struct Comp *c, const char *s, int len) {
  if (len < 3 || s[0] != '\'' || s[len - 1] != '\'') return NULL;
  int i = 1;
  char tmp[8];
  uint32_t r;
  if (unescape_one(s, len - 1, &i, '\'', tmp, &r) < 0 || i != len - 1) return NULL;
  return cst_int64(c, r);
}

ConstVal *cst_from_literal(struct Comp *c, TokenKind tok, const char *raw, int len) {
  if (!raw || len <= 0) return NULL;
  switch (tok) {
  case TK_INT: return int_literal(c, raw, len);
  case TK_FLOAT: return float_literal(c, raw, len);
  case TK_IMAG: {
    if (raw[len - 1] != 'i') return NULL;
    int n = len - 1;
    bool prefixed = n >= 2 && raw[0] == '0' && strchr("xXbBoO", raw[1]);
    bool hex = prefixed && (raw[1] == 'x' || raw[1] == 'X');
    bool fl = false;
    for (int i = 0; i < n; i++)
      if (raw[i] == '.' || raw[i] == 'p' || raw[i] == 'P' || (!hex && (raw[i] == 'e' || raw[i] == 'E'))) fl = true;
    ConstVal *im;
    if (fl) {
      im = float_literal(c, raw, n);
    } else if (prefixed) {
      im = int_literal(c, raw, n);
    } else { /* "0123i" is decimal, for backward compatibility */
      int i = 0;
      while (i < n - 1 && (raw[i] == '0' || raw[i] == '_')) i++;
      im = int_literal(c, raw + i, n - i);
    }
    if (!im) return NULL;
    return mk_complex(c, rat_from_big(A(c), (Big){0, false, NULL}), as_rat(c, im));
  }
  case TK_CHAR: return char_literal(c, raw, len);
  case TK_STRING: return string_literal(c, raw, len);
  default: return NULL;
  }
}

/* }================================================================= */

/* {=================================================================
** Operations
** ================================================================== */

/* Promotes x and y to the same kind (int < float < complex). */
static int num_rank(ConstVal *x) { return x->kind == CV_INT ? 0 : x->kind == CV_FLOAT ? 1 : 2; }

static ConstVal *promote(struct Comp *c, ConstVal *x, int rank) {
  if (rank == 1) return cst_to_float(c, x);
  if (rank == 2) return cst_to_complex(c, x);
  return x;
}

static ConstVal *int_binary(struct Comp *c, TokenKind op, Big a, Big b) {
  Arena *ar = A(c);
  Big q, r;
  switch (op) {
  case TK_ADD: return mk_int(c, big_add(ar, a, b));
  case TK_SUB: return mk_int(c, big_sub(ar, a, b));
  case TK_MUL: return mk_int(c, big_mul(ar, a, b));
  case TK_QUO:
  case TK_QUO_ASSIGN:
    if (b.n == 0) return NULL;
    big_quorem(ar, a, b, &q, &r);
    return mk_int(c, q);
  case TK_REM:
  case TK_REM_ASSIGN:
    if (b.n == 0) return NULL;
    big_quorem(ar, a, b, &q, &r);
    return mk_int(c, r);
  case TK_AND:
  case TK_OR:
  case TK_XOR:
  case TK_AND_NOT: return mk_int(c, big_bitop(ar, op, a, b));
  default: return NULL;
  }
}

static ConstVal *float_binary(struct Comp *c, TokenKind op, Rat a, Rat b) {
  Arena *ar = A(c);
  bool ok = true;
  Rat z;
  switch (op) {
  case TK_ADD: z = rat_add(ar, a, b, &ok); break;
  case TK_SUB: z = rat_add(ar, a, rat_neg(b), &ok); break;
  case TK_MUL: z = rat_mul(ar, a, b, &ok); break;
  case TK_QUO:
    if (b.num.n == 0) return NULL;
    z = rat_quo(ar, a, b, &ok);
    break;
  default: return NULL;
  }
  return ok ? mk_float(c, z) : NULL;
}

static ConstVal *complex_binary(struct Comp *c, TokenKind op, Cplx a, Cplx b) {
  Arena *ar = A(c);
  bool ok = true;
  Rat re, im;
  switch (op) {
  case TK_ADD:
    re = rat_add(ar, a.re, b.re, &ok);
    im = rat_add(ar, a.im, b.im, &ok);
    break;
  case TK_SUB:
    re = rat_add(ar, a.re, rat_neg(b.re), &ok);
    im = rat_add(ar, a.im, rat_neg(b.im), &ok);
    break;
  case TK_MUL: {
    Rat ac = rat_mul(ar, a.re, b.re, &ok), bd = rat_mul(ar, a.im, b.im, &ok);
    Rat bc = rat_mul(ar, a.im, b.re, &ok), ad = rat_mul(ar, a.re, b.im, &ok);
    re = rat_add(ar, ac, rat_neg(bd), &ok);
    im = rat_add(ar, bc, ad, &ok);
    break;
  }
  case TK_QUO: {
    /* (ac + bd)/s + i(bc - ad)/s with s = c^2 + d^2 */
    Rat ac = rat_mul(ar, a.re, b.re, &ok), bd = rat_mul(ar, a.im, b.im, &ok);
    Rat bc = rat_mul(ar, a.im, b.re, &ok), ad = rat_mul(ar, a.re, b.im, &ok);
    Rat cc = rat_mul(ar, b.re, b.re, &ok), dd = rat_mul(ar, b.im, b.im, &ok);
    Rat s = rat_add(ar, cc, dd, &ok);
    if (s.num.n == 0) return NULL;
    re = rat_quo(ar, rat_add(ar, ac, bd, &ok), s, &ok);
    im = rat_quo(ar, rat_add(ar, bc, rat_neg(ad), &ok), s, &ok);
    break;
  }
  default: return NULL;
  }
  return ok ? mk_complex(c, re, im) : NULL;
}

ConstVal *cst_binary(struct Comp *c, TokenKind op, ConstVal *x, ConstVal *y) {
  if (!x || !y) return NULL;
  if (x->kind == CV_BOOL && y->kind == CV_BOOL) {
    if (op == TK_LAND) return cst_bool(c, x->b && y->b);
    if (op == TK_LOR) return cst_bool(c, x->b || y->b);
    return NULL;
  }
  if (x->kind == CV_STRING && y->kind == CV_STRING) {
    if (op != TK_ADD) return NULL;
    ConstVal *v = mk(c, CV_STRING);
    char *s = arena_alloc(A(c), (size_t)(x->slen + y->slen) + 1);
    memcpy(s, x->s, (size_t)x->slen);
    memcpy(s + x->slen, y->s, (size_t)y->slen);
    v->s = s;
    v->slen = x->slen + y->slen;
    return v;
  }
  if (x->kind < CV_INT || y->kind < CV_INT) return NULL;
  int rank = num_rank(x) > num_rank(y) ? num_rank(x) : num_rank(y);
  x = promote(c, x, rank);
  y = promote(c, y, rank);
  if (!x || !y) return NULL;
  switch (rank) {
  case 0: return int_binary(c, op, BIG(x), BIG(y));
  case 1: return float_binary(c, op, RAT(x), RAT(y));
  default: return complex_binary(c, op, CPX(x), CPX(y));
  }
}

ConstVal *cst_unary(struct Comp *c, TokenKind op, ConstVal *x, int unsigned_bits) {
  if (!x) return NULL;
  switch (op) {
  case TK_ADD: return x->kind >= CV_INT ? x : NULL;
  case TK_SUB:
    if (x->kind == CV_INT) return mk_int(c, big_neg(BIG(x)));
    if (x->kind == CV_FLOAT) return mk_float(c, rat_neg(RAT(x)));
    if (x->kind == CV_COMPLEX) return mk_complex(c, rat_neg(CPX(x).re), rat_neg(CPX(x).im));
    return NULL;
  case TK_XOR: {
    if (x->kind != CV_INT) return NULL;
    Arena *ar = A(c);
    /* ^x == -x - 1 */
    Big z = big_sub(ar, big_neg(BIG(x)), big_u64(ar, 1, false));
    if (unsigned_bits > 0) { /* z &^= -1 << bits */
      Big mask = big_shl(ar, big_i64(ar, -1), unsigned_bits);
      z = big_bitop(ar, TK_AND_NOT, z, mask);
    }
    return mk_int(c, z);
  }
  case TK_NOT: return x->kind == CV_BOOL ? cst_bool(c, !x->b) : NULL;
  default: return NULL;
  }
}

ConstVal *cst_shift(struct Comp *c, TokenKind op, ConstVal *x, uint64_t s) {
  if (!x || x->kind != CV_INT) return NULL;
  if (s == 0) return x;
  if (op == TK_SHL || op == TK_SHL_ASSIGN) {
    if (s > 1u << 20) return NULL;
    return mk_int(c, big_shl(A(c), BIG(x), (int64_t)s));
  }
  if (s > (uint64_t)BIG(x).n * 64 + 1) return cst_int64(c, BIG(x).neg ? -1 : 0);
  return mk_int(c, big_rsh(A(c), BIG(x), (int64_t)s));
}

static bool cmp_result(TokenKind op, int cmp) {
  switch (op) {
  case TK_EQL: return cmp == 0;
  case TK_NEQ: return cmp != 0;
  case TK_LSS: return cmp < 0;
  case TK_LEQ: return cmp <= 0;
  case TK_GTR: return cmp > 0;
  case TK_GEQ: return cmp >= 0;
  default: return false;
  }
}

/* Compare needs scratch memory for the float path; it takes it from a
** throwaway arena so that the API stays Comp-free. */
bool cst_compare(TokenKind op, ConstVal *x, ConstVal *y) {
  if (!x || !y) return false;
  if (x->kind == CV_BOOL && y->kind == CV_BOOL) {
    int cmp = x->b == y->b ? 0 : 1;
    return (op == TK_EQL || op == TK_NEQ) && cmp_result(op, cmp);
  }
  if (x->kind == CV_STRING && y->kind == CV_STRING) {
    int64_t n = x->slen < y->slen ? x->slen : y->slen;
    int cmp = memcmp(x->s, y->s, (size_t)n);
    if (cmp == 0) cmp = x->slen < y->slen ? -1 : x->slen > y->slen ? 1 : 0;
    return cmp_result(op, cmp);
  }
  if (x->kind < CV_INT || y->kind < CV_INT) return false;
  if (x->kind == CV_INT && y->kind == CV_INT) return cmp_result(op, big_cmp(BIG(x), BIG(y)));
  struct Comp tmp;
  memset(&tmp, 0, sizeof tmp);
  int rank = num_rank(x) > num_rank(y) ? num_rank(x) : num_rank(y);
  ConstVal *a = promote(&tmp, x, rank), *b = promote(&tmp, y, rank);
  bool res;
  if (rank == 1) {
    res = cmp_result(op, rat_cmp(&tmp.arena, RAT(a), RAT(b)));
  } else {
    int cre = rat_cmp(&tmp.arena, CPX(a).re, CPX(b).re), cim = rat_cmp(&tmp.arena, CPX(a).im, CPX(b).im);
    int cmp = (cre == 0 && cim == 0) ? 0 : 1;
    res = (op == TK_EQL || op == TK_NEQ) && cmp_result(op, cmp);
  }
  arena_free(&tmp.arena);
  return res;
}

/* }================================================================= */

/* {=================================================================
** Representability
** ================================================================== */

static bool int_fits(Big x, int kind) {
  switch (kind) {
  case TY_INT:
  case TY_INT64: return big_fits_i64(x);
  case TY_INT8:
  case TY_INT16:
  case TY_INT32: {
    if (!big_fits_i64(x)) return false;
    int bits = kind == TY_INT8 ? 8 : kind == TY_INT16 ? 16 : 32;
    int64_t v = big_to_i64(x), lim = (int64_t)1 << (bits - 1);
    return v >= -lim && v < lim;
  }
  case TY_UINT:
  case TY_UINT64:
  case TY_UINTPTR: return big_fits_u64(x);
  case TY_UINT8:
  case TY_UINT16:
  case TY_UINT32: {
    if (!big_fits_u64(x)) return false;
    int bits = kind == TY_UINT8 ? 8 : kind == TY_UINT16 ? 16 : 32;
    return (x.n ? x.d[0] : 0) < (uint64_t)1 << bits;
  }
  case TY_UNTYPED_INT:
  case TY_UNTYPED_RUNE: return true;
  default: return false;
  }
}

/* x rounded to float32 (single) or float64; false on overflow. */
static bool round_float(struct Comp *c, Rat x, bool single, Rat *out) {
  bool inf;
  double d = single ? (double)(float)rat_to_binary(A(c), x, 24, -126, 127, &inf) : rat_to_double(A(c), x, &inf);
  if (inf) return false;
  *out = rat_from_double(A(c), d);
  return true;
}

bool cst_representable(struct Comp *c, ConstVal *x, int kind, ConstVal **rounded) {
  if (!x) return true; /* unknown: avoid follow-on errors */
  switch (kind) {
  case TY_INT: case TY_INT8: case TY_INT16: case TY_INT32: case TY_INT64:
  case TY_UINT: case TY_UINT8: case TY_UINT16: case TY_UINT32: case TY_UINT64:
  case TY_UINTPTR: case TY_UNTYPED_INT: case TY_UNTYPED_RUNE: {
    if (x->kind < CV_INT) return false;
    ConstVal *i = cst_to_int(c, x);
    if (!i) return false;
    if (rounded) *rounded = i;
    return int_fits(BIG(i), kind);
  }
  case TY_FLOAT32:
  case TY_FLOAT64:
  case TY_UNTYPED_FLOAT: {
    if (x->kind < CV_INT) return false;
    ConstVal *f = cst_to_float(c, x);
    if (!f) return false;
    if (kind == TY_UNTYPED_FLOAT) {
      if (rounded) *rounded = f;
      return true;
    }
    Rat r;
    if (!round_float(c, RAT(f), kind == TY_FLOAT32, &r)) return false;
    if (rounded) *rounded = mk_float(c, r);
    return true;
  }
  case TY_COMPLEX64:
  case TY_COMPLEX128:
  case TY_UNTYPED_COMPLEX: {
    if (x->kind < CV_INT) return false;
    ConstVal *z = cst_to_complex(c, x);
    if (kind == TY_UNTYPED_COMPLEX) {
      if (rounded) *rounded = z;
      return true;
    }
    Rat re, im;
    bool single = kind == TY_COMPLEX64;
    if (!round_float(c, CPX(z).re, single, &re) || !round_float(c, CPX(z).im, single, &im)) return false;
    if (rounded) *rounded = mk_complex(c, re, im);
    return true;
  }
  case TY_STRING:
  case TY_UNTYPED_STRING:
  case TY_BOOL:
  case TY_UNTYPED_BOOL: {
    bool ok = x->kind == ((kind == TY_STRING || kind == TY_UNTYPED_STRING) ? CV_STRING : CV_BOOL);
    if (ok && rounded) *rounded = x;   /* exact: the value itself */
    return ok;
  }
  default: return false;
  }
}

/* }================================================================= */

/* {=================================================================
** Extraction and printing
** ================================================================== */

int64_t cst_int64_value(ConstVal *x) {
  if (!x) return 0;
  if (x->kind == CV_BOOL) return x->b;
  if (x->kind == CV_INT) return (int64_t)cst_uint64_value(x);
  return (int64_t)cst_float64_value(x);
}

uint64_t cst_uint64_value(ConstVal *x) {
  if (!x) return 0;
  if (x->kind == CV_INT) {
    /* two's complement truncation to 64 bits */
    Big b = BIG(x);
    uint64_t v = b.n ? b.d[0] : 0;
    return b.neg ? 0 - v : v;
  }
  if (x->kind == CV_BOOL) return x->b;
  return (uint64_t)cst_float64_value(x);
}

static double rat_double_scratch(Rat r) {
  Arena tmp = {0};
  bool inf;
  double d = rat_to_double(&tmp, r, &inf);
  arena_free(&tmp);
  return d;
}

double cst_float64_value(ConstVal *x) {
  if (!x) return 0;
  switch (x->kind) {
  case CV_INT: {
    Arena tmp = {0};
    bool inf;
    Rat r = rat_from_big(&tmp, BIG(x));
    double d = rat_to_double(&tmp, r, &inf);
    arena_free(&tmp);
    return d;
  }
  case CV_FLOAT: return rat_double_scratch(RAT(x));
  case CV_COMPLEX: return rat_double_scratch(CPX(x).re);
  case CV_BOOL: return x->b;
  default: return 0;
  }
}

ConstVal *cst_complex_part(struct Comp *c, ConstVal *x, bool imag) {
  if (!x || x->kind != CV_COMPLEX) return NULL;
  return mk_float(c, imag ? CPX(x).im : CPX(x).re);
}

double cst_imag_value(ConstVal *x) {
  if (!x || x->kind != CV_COMPLEX) return 0;
  return rat_double_scratch(CPX(x).im);
}

/* go/constant's floatVal.String: %.6g inside the float64 range, else a
** manual decimal approximation. */
static const char *float_repr(struct Comp *c, Rat r) {
  char buf[128];
  bool inf;
  double d = rat_to_double(A(c), r, &inf);
  if (!inf && (d == 0) == (rat_sign(r) == 0)) {
    snprintf(buf, sizeof buf, "%.6g", d); /* C's %g is Go's here */
    return arena_strndup(A(c), buf, strlen(buf));
  }
  /* f = m * 2^e2 with 0.5 <= m < 1; approximate m * 10^d */
  Big mant;
  int64_t e2;
  round_binary(A(c), r, 53, INT64_MIN / 2, &mant, &e2);
  double m = ldexp((double)mant.d[0], -53);
  int64_t exp2 = e2 + 53;
  if (r.num.neg) m = -m;
  double dd = (double)exp2 * (M_LN2 / M_LN10);
  int64_t e = (int64_t)dd;
  m *= pow(10, dd - (double)e);
  double am = fabs(m);
  if (am < 1 - 0.5e-6) {
    m *= 10;
    e--;
  } else if (am >= 10) {
    m /= 10;
    e++;
  }
  snprintf(buf, sizeof buf, "%.6ge%+lld", m, (long long)e);
  return arena_strndup(A(c), buf, strlen(buf));
}

/* strconv.Quote: Go escapes; non-printable runes and invalid bytes are
** escaped. */
static bool is_print_rune(uint32_t r) {
  return lex_is_print((int32_t)r);
}

char *cst_quote(struct Comp *c, const char *s, int64_t n) {
  size_t cap = (size_t)n * 10 + 3, k = 0;
  char *out = arena_alloc(A(c), cap + 1);
  out[k++] = '"';
  for (int64_t i = 0; i < n;) {
    int w;
    uint32_t r = utf8_decode((const unsigned char *)s + i, n - i, &w);
    if (r == 0xFFFD && w == 1) { /* invalid UTF-8 byte */
      k += (size_t)sprintf(out + k, "\\x%02x", (unsigned char)s[i]);
      i++;
      continue;
    }
    i += w;
    switch (r) {
    case '\a': k += (size_t)sprintf(out + k, "\\a"); continue;
    case '\b': k += (size_t)sprintf(out + k, "\\b"); continue;
    case '\f': k += (size_t)sprintf(out + k, "\\f"); continue;
    case '\n': k += (size_t)sprintf(out + k, "\\n"); continue;
    case '\r': k += (size_t)sprintf(out + k, "\\r"); continue;
    case '\t': k += (size_t)sprintf(out + k, "\\t"); continue;
    case '\v': k += (size_t)sprintf(out + k, "\\v"); continue;
    case '\\': k += (size_t)sprintf(out + k, "\\\\"); continue;
    case '"': k += (size_t)sprintf(out + k, "\\\""); continue;
    default: break;
    }
    if (is_print_rune(r)) {
      k += (size_t)utf8_encode(out + k, r);
    } else if (r < 0x80) {
      k += (size_t)sprintf(out + k, "\\x%02x", r);
    } else if (r < 0x10000) {
      k += (size_t)sprintf(out + k, "\\u%04x", r);
    } else {
      k += (size_t)sprintf(out + k, "\\U%08x", r);
    }
  }
  out[k++] = '"';
  out[k] = 0;
  return out;
}

const char *cst_string_repr(struct Comp *c, ConstVal *x) {
  if (!x) return "unknown";
  switch (x->kind) {
  case CV_BOOL: return x->b ? "true" : "false";
  case CV_STRING: {
    char *q = cst_quote(c, x->s, x->slen);
    /* at most 72 runes, as go/constant */
    int runes = 0;
    size_t i = 0, cut = 0;
    while (q[i]) {
      if (runes == 69) cut = i;
      int w;
      utf8_decode((const unsigned char *)q + i, (int64_t)strlen(q + i), &w);
      i += (size_t)w;
      runes++;
    }
    if (runes > 72) {
      q[cut] = 0;
      char *r = arena_alloc(A(c), cut + 4);
      memcpy(r, q, cut);
      memcpy(r + cut, "...", 4);
      return r;
    }
    return q;
  }
  case CV_INT: return big_decimal(A(c), BIG(x));
  case CV_FLOAT: return float_repr(c, RAT(x));
  case CV_COMPLEX: {
    const char *re = float_repr(c, CPX(x).re), *im = float_repr(c, CPX(x).im);
    size_t n = strlen(re) + strlen(im) + 8;
    char *s = arena_alloc(A(c), n);
    snprintf(s, n, "(%s + %si)", re, im);
    return s;
  }
  }
  return "unknown";
}

/* }================================================================= */
