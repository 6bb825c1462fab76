/*
** lib_math.c — package math (stdlib.def): the functions and, in
** stdlib.def's STDLIB_CONSTS, the exact untyped constants (Pi, MaxInt64,
** SmallestNonzeroFloat64, ...).
**
** Go's results on amd64 are the reference. Functions Go computes exactly
** (Sqrt, Floor, Ceil, Trunc, Round, RoundToEven, Abs, Mod, Remainder,
** Copysign, Frexp, Ldexp, Dim, Float64bits ...) are the C99 functions
** with Go's special cases, which Annex F mostly shares; where Go's
** definition differs from C's, the Go one is written out: Max and Min
** propagate NaN and order -0 below +0 (fmax/fmin drop NaN), Modf(±Inf) is
** (±Inf, NaN), NaN() has Go's bit pattern 0x7FF8000000000001, Log10 and
** Log2 are Go's formulas (log(x) * (1/Ln10), so Log10(1000) is
** 2.9999999999999996 as in Go; Log2 exact for powers of two).
**
** The transcendental functions are Go's own algorithms written out in C
** (below: Log, Exp as amd64's assembly computes it, Exp2, Pow, Hypot,
** Cbrt, Sin, Cos, Tan, Atan, Asin, Acos, Atan2, Sinh, Cosh, Tanh, Asinh,
** Acosh), because the C library's more accurate results differ from Go's
** in the last bit for many inputs (glibc's Log10(100) is not 2). They
** agree with Go bit for bit on the inputs of tests/go/lib_math_*.go and a
** sweep of 415 values per function. Still from the C library, so possibly
** one ulp away from Go: Expm1, Log1p (agreeing on the sweep), Atanh, Erf,
** Erfc, Gamma (these three differ on some inputs), Remainder, Nextafter.
*/
#include <math.h>
#include <string.h>

#include "lib.h"

static uint64_t bits(double f) {
  uint64_t u;
  memcpy(&u, &f, sizeof u);
  return u;
}

static double from_bits(uint64_t u) {
  double f;
  memcpy(&f, &u, sizeof f);
  return f;
}

static double go_nan(void) { return from_bits(0x7FF8000000000001ull); }

static double go_max(double x, double y) {
  if (isinf(x) && x > 0) return x;
  if (isinf(y) && y > 0) return y;
  if (isnan(x) || isnan(y)) return go_nan();
  if (x == 0 && x == y) return signbit(x) ? y : x;
  return x > y ? x : y;
}

static double go_min(double x, double y) {
  if (isinf(x) && x < 0) return x;
  if (isinf(y) && y < 0) return y;
  if (isnan(x) || isnan(y)) return go_nan();
  if (x == 0 && x == y) return signbit(x) ? x : y;
  return x < y ? x : y;
}

static double go_dim(double x, double y) {
  double v = x - y;
  return v <= 0 ? 0 : v; /* NaN stays NaN */
}

/* {==================================================================
** Log, Exp and Pow as Go computes them
** ===================================================================
** The C library's log is more accurate than Go's and so differs from it in
** the last bit for about half of all inputs (Go's Log10(100) is exactly 2,
** glibc's log gives 1.9999999999999998). These follow the algorithms Go
** uses (FDLIBM's, as described in its comments):
**
** log(x): x = 2^k * (1+f) with sqrt(2)/2 < 1+f < sqrt(2); with s = f/(2+f),
**   log(1+f) = f - s*(f - R(s^2)) where R is a degree-14 minimax
**   polynomial in s (even powers, split in two Horner chains), and
**   k*ln2 is added in two parts (hi exact in 32 bits, lo the rest).
** exp(x): x = k*ln2 + r with |r| <= ln2/2 (r as hi - lo); e^r from a
**   degree-5 rational approximation c(r) = r - r^2*P(r^2),
**   e^r = 1 - ((lo - r*c/(2-c)) - hi), then scaled by 2^k (Ldexp).
** pow(x, y): split |y| into integer and fraction; x^fraction as
**   exp(yf*log(x)) (fraction folded into (-0.5, 0.5]), x^integer by
**   repeated squaring of frexp's mantissa with the exponent kept apart,
**   and one final ldexp, so intermediate results never overflow.
*/

static const double ln2_hi = 6.93147180369123816490e-01, ln2_lo = 1.90821492927058770002e-10;

static double go_log(double x) {
  static const double L1 = 6.666666666666735130e-01, L2 = 3.999999999940941908e-01,
                      L3 = 2.857142874366239149e-01, L4 = 2.222219843214978396e-01,
                      L5 = 1.818357216161805012e-01, L6 = 1.531383769920937332e-01,
                      L7 = 1.479819860511658591e-01;
  if (isnan(x) || x == INFINITY) return x;
  if (x < 0) return go_nan();
  if (x == 0) return -INFINITY;
  /* frexp by bit surgery, as amd64's archLog does: a subnormal is not
  ** normalised first (so Go's Log(5e-324) is -709.78..., and so is ours) */
  uint64_t xb = bits(x);
  double f1 = from_bits((xb & 0x000FFFFFFFFFFFFFull) | 0x3FE0000000000000ull);
  int ki = (int)(xb >> 52 & 0x7FF) - 0x3FE;
  if (f1 <= 7.07106781186547524401e-01) { /* sqrt(2)/2; CMPSD not-less-than: <= */
    f1 *= 2;
    ki--;
  }
  double f = f1 - 1, k = (double)ki;
  double s = f / (2 + f), s2 = s * s, s4 = s2 * s2;
  double t1 = s2 * (L1 + s4 * (L3 + s4 * (L5 + s4 * L7)));
  double t2 = s4 * (L2 + s4 * (L4 + s4 * L6));
  double R = t1 + t2, hfsq = 0.5 * f * f;
  return k * ln2_hi - ((hfsq - (s * (hfsq + R) + k * ln2_lo)) - f);
}

/* Exp on amd64 is Go's assembly (exp_amd64.s, after Shibata's SLEEF
** method): k = round(x*log2(e)); r = (x - k*ln2) / 16 in two steps (ln2
** split in an upper and a lower part); e^r - 1 by its Taylor series to
** degree 8 (Horner); squared back four times through (t+2)*t, which maps
** e^r - 1 to e^2r - 1; plus 1, times 2^k (in two steps for subnormal
** results). With AVX and FMA, as Go (cpu.X86.HasFMA), the reduction and
** the Horner steps are fused multiply-adds, so results match Go on the
** same machine. */
static bool have_fma(void) {
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
  return __builtin_cpu_supports("avx") && __builtin_cpu_supports("fma");
#else
  return false;
#endif
}

static double go_exp(double x) {
  static const double LOG2E = 1.4426950408889634073599246810018920,
                      LN2U = 0.69314718055966295651160180568695068359375,
                      LN2L = 0.28235290563031577122588448175013436025525412068e-12,
                      overflow = 7.09782712893384e+02;
  static const double taylor[] = {/* 1/8! .. 1/3!, 1/2, 1 */
                                   2.4801587301587301587e-5, 1.9841269841269841270e-4,
                                   1.3888888888888888889e-3, 8.3333333333333333333e-3,
                                   4.1666666666666666667e-2, 1.6666666666666666667e-1, 0.5, 1.0};
  if (isnan(x) || x == INFINITY) return x;
  if (x == -INFINITY) return 0;
  if (x > overflow) return INFINITY;
  double kf = LOG2E * x;
  /* CVTSD2SL: round to nearest; out of range gives INT32_MIN */
  int32_t k = kf < -2147483648.0 ? INT32_MIN : (int32_t)nearbyint(kf);
  double kd = (double)k;
  bool fused = have_fma();
  double r = fused ? fma(-kd, LN2L, fma(-kd, LN2U, x)) : (x - kd * LN2U) - kd * LN2L;
  r *= 0.0625;
  double t = taylor[0];
  for (int i = 1; i < 8; i++) t = fused ? fma(t, r, taylor[i]) : t * r + taylor[i];
  r *= t;
  for (int i = 0; i < 3; i++) r *= r + 2.0;
  r = fused ? fma(r, r + 2.0, 1.0) : r * (r + 2.0) + 1.0;
  int64_t bx = (int64_t)k + 0x3FF;
  if (bx <= 0) {
    if (bx < -52) return 0;
    r *= from_bits((uint64_t)(bx + 0x3FE) << 52);
    bx = 1;
  } else if (bx >= 0x7FF) {
    return INFINITY;
  }
  return r * from_bits((uint64_t)bx << 52);
}

/* Hypot on amd64 (hypot_amd64.s): max * sqrt(1 + (min/max)^2). */
static double go_hypot(double p, double q) {
  p = fabs(p);
  q = fabs(q);
  if (isinf(p) || isinf(q)) return INFINITY;
  if (isnan(p) || isnan(q)) return go_nan();
  if (p == 0 && q == 0) return 0;
  double hi = p > q ? p : q, lo = p > q ? q : p;
  lo /= hi;
  return hi * sqrt(1 + lo * lo);
}

static bool is_odd_int(double x) {
  double xi;
  double xf = modf(x, &xi);
  return xf == 0 && fabs(xi) < 0x1p63 && ((int64_t)xi & 1);
}

/* Go's pow (pow.go): special cases first, in Go's order. */
static double go_pow(double x, double y) {
  if (y == 0 || x == 1) return 1;
  if (y == 1) return x;
  if (isnan(x) || isnan(y)) return go_nan();
  if (x == 0) {
    if (y < 0) return is_odd_int(y) ? copysign(INFINITY, x) : INFINITY;
    return is_odd_int(y) ? x : 0;
  }
  if (isinf(y)) {
    if (x == -1) return 1;
    if ((fabs(x) < 1) == (y > 0)) return 0;
    return INFINITY;
  }
  if (isinf(x)) {
    if (x < 0) return go_pow(1 / x, -y);
    return y < 0 ? 0 : INFINITY;
  }
  if (y == 0.5) return sqrt(x);
  if (y == -0.5) return 1 / sqrt(x);
  double yi, yf = modf(fabs(y), &yi);
  if (yf != 0 && x < 0) return go_nan();
  if (yi >= 0x1p63) {
    if (x == -1) return 1;
    if ((fabs(x) < 1) == (y > 0)) return 0;
    return INFINITY;
  }
  double a1 = 1;
  int64_t ae = 0;
  if (yf != 0) {
    if (yf > 0.5) {
      yf--;
      yi++;
    }
    a1 = go_exp(yf * go_log(x));
  }
  /* x^yi by squaring x's mantissa, the exponent accumulated apart */
  int xe_i;
  double x1 = frexp(x, &xe_i);
  int64_t xe = xe_i;
  for (int64_t i = (int64_t)yi; i != 0; i >>= 1) {
    if (xe < -(1 << 12) || (1 << 12) < xe) {
      ae += xe; /* certain overflow or underflow: Ldexp saturates */
      break;
    }
    if (i & 1) {
      a1 *= x1;
      ae += xe;
    }
    x1 *= x1;
    xe *= 2; /* xe may be negative: no left shift */
    if (x1 < .5) {
      x1 += x1;
      xe--;
    }
  }
  if (y < 0) {
    a1 = 1 / a1;
    ae = -ae;
  }
  return ldexp(a1, ae > 100000 ? 100000 : ae < -100000 ? -100000 : (int)ae);
}

/* Cbrt (FDLIBM's method, as Go): a first guess to 5 bits from the bit
** pattern (exponent divided by 3 by integer division of the whole word,
** plus a bias), improved to 23 bits by a rational approximation, chopped
** to 22 bits and rounded up so the last Newton step (to 53 bits) starts
** above the root. Subnormals are scaled by 2^54 first. */
static double go_cbrt(double x) {
  static const uint64_t B1 = 715094163, B2 = 696219795;
  static const double C = 5.42857142857142815906e-01, D = -7.05306122448979611050e-01,
                      E = 1.41428571428571436819e+00, F = 1.60714285714285720630e+00,
                      G = 3.57142857142857150787e-01, smallest_normal = 0x1p-1022;
  if (x == 0 || isnan(x) || isinf(x)) return x;
  bool neg = x < 0;
  x = fabs(x);
  double t = from_bits(bits(x) / 3 + (B1 << 32));
  if (x < smallest_normal) {
    t = 0x1p54 * x;
    t = from_bits(bits(t) / 3 + (B2 << 32));
  }
  double r = t * t / x;
  double s = C + r * t;
  t *= G + F / (s + E + D / s);
  t = from_bits((bits(t) & (0xFFFFFFFFCull << 28)) + (1ull << 30));
  s = t * t;
  r = x / s;
  double w = t + t;
  r = (r - t) / (w + r);
  t = t + t * r;
  return neg ? -t : t;
}

/* Exp2 (Go's pure-Go exp2): k = x rounded half away from zero,
** 2^(x-k) = e^((x-k)*ln2) by the FDLIBM kernel below, times 2^k. */
double rt_math_log(double x) { return go_log(x); }
double rt_math_exp(double x) { return go_exp(x); }

static double go_exp2(double x) {
  static const double P1 = 1.66666666666666657415e-01, P2 = -2.77777777770155933842e-03,
                      P3 = 6.61375632143793436117e-05, P4 = -1.65339022054652515390e-06,
                      P5 = 4.13813679705723846039e-08;
  if (isnan(x) || x == INFINITY) return x;
  if (x == -INFINITY) return 0;
  if (x > 1.0239999999999999e+03) return INFINITY;
  if (x < -1.0740e+03) return 0;
  int k = x > 0 ? (int)(x + 0.5) : x < 0 ? (int)(x - 0.5) : 0;
  double t = x - k;
  double hi = t * ln2_hi, lo = -t * ln2_lo;
  double r = hi - lo, tt = r * r;
  double c = r - tt * (P1 + tt * (P2 + tt * (P3 + tt * (P4 + tt * P5))));
  double y = 1 - ((lo - (r * c) / (2 - c)) - hi);
  return ldexp(y, k);
}

static double go_asinh(double x) {
  static const double ln2 = 6.93147180559945286227e-01;
  if (isnan(x) || isinf(x)) return x;
  bool neg = x < 0;
  x = fabs(x);
  double t;
  if (x > 0x1p28) t = go_log(x) + ln2;
  else if (x > 2) t = go_log(2 * x + 1 / (sqrt(x * x + 1) + x));
  else if (x < 0x1p-28) t = x;
  else t = log1p(x + x * x / (1 + sqrt(1 + x * x)));
  return neg ? -t : t;
}

static double go_acosh(double x) {
  static const double ln2 = 6.93147180559945286227e-01;
  if (x < 1 || isnan(x)) return go_nan();
  if (x == 1) return 0;
  if (x >= 0x1p28) return go_log(x) + ln2;
  if (x > 2) return go_log(2 * x - 1 / (x + sqrt(x * x - 1)));
  double t = x - 1;
  return log1p(t + sqrt(2 * t + t * t));
}

static double go_log10(double x) { return go_log(x) * 0.434294481903251827651128918916605082294397005803666566114453783166 /* 1/Ln10 */; }

static double go_log2(double x) {
  int e;
  double frac = frexp(x, &e);
  if (frac == 0.5) return (double)(e - 1);
  return go_log(frac) * 1.44269504088896340735992468100189213742664595415298593413544940693 /* 1/Ln2 */ + (double)e;
}

/* }================================================================== */

/* Go's Pow special cases that C's pow answers differently: none for
** finite operands; C agrees on ±0, ±1, ±Inf and NaN per Annex F. */
/* {==================================================================
** Trigonometric and hyperbolic functions as Go computes them
** ===================================================================
** Go's are Cephes's methods (in Go, no assembly on amd64):
**  - sin, cos, tan: the argument is reduced to z in [-Pi/4, Pi/4] and an
**    octant j: for |x| < 2^29 by x - y*Pi/4 with Pi/4 split in three parts
**    (Cody-Waite), beyond by Payne-Hanek (trig_reduce: multiply the
**    mantissa by the bits of 4/Pi that matter at its exponent, in 192-bit
**    integer arithmetic). Then a degree-13 sine or degree-14 cosine
**    polynomial, or for tan a rational function, chosen and signed by j.
**  - atan: a rational approximation on [0, 0.66], extended by
**    atan(x) = Pi/4 + atan((x-1)/(x+1)) and Pi/2 - atan(1/x), with the low
**    bits of Pi/2 added back (Morebits); asin and acos from atan and sqrt;
**    atan2 by quadrant after Go's special cases.
**  - sinh, cosh, tanh: rational approximations near 0, else from Exp.
** Constants like 4/Pi are written as decimal literals, which the C compiler
** rounds correctly, as Go rounds its exact constant expressions.
*/

static const double PI = 3.14159265358979323846264338327950288419716939937510582097494459;
static const double PI_2 = 1.57079632679489661923132169163975144209858469968755291048747230;
static const double PI_4 = 0.785398163397448309615660845819875721049292349843776455243736148;
static const double PI3_4 = 2.35619449019234492884698253745962716314787704953132936573120844;
static const double FOUR_OVER_PI = 1.27323954473516268615107010698011489627567716592365158998133875;
static const double PI4A = 7.85398125648498535156e-1, PI4B = 3.77489470793079817668e-8,
                    PI4C = 2.69515142907905952645e-15;

/* The bits of 4/Pi, from the binary point on (word 0 holds the integer 1). */
static const uint64_t bits_4_over_pi[] = {
  0x0000000000000001, 0x45f306dc9c882a53, 0xf84eafa3ea69bb81, 0xb6c52b3278872083,
  0xfca2c757bd778ac3, 0x6e48dc74849ba5c0, 0x0c925dd413a32439, 0xfc3bd63962534e7d,
  0xd1046bea5d768909, 0xd338e04d68befc82, 0x7323ac7306a673e9, 0x3908bf177bf25076,
  0x3ff12fffbc0b301f, 0xde5e2316b414da3e, 0xda6cfd9e4f96136e, 0x9e8c7ecd3cbfd45a,
  0xea4f758fd7cbe2f6, 0x7a0e73ef14a525d4, 0xd7f6bf623f1aba10, 0xac06608df8f6d757,
};

/* Payne-Hanek: x = (j + z/(Pi/4)) * Pi/4 for x >= 2^29; returns j (0..7)
** and sets *z in [-Pi/4, Pi/4]. */
static uint64_t trig_reduce(double x, double *z) {
  if (x < PI_4) {
    *z = x;
    return 0;
  }
  uint64_t ix = bits(x);
  int exp = (int)(ix >> 52 & 0x7FF) - 1023 - 52;
  ix &= ~(0x7FFull << 52);
  ix |= 1ull << 52;
  unsigned digit = (unsigned)(exp + 61) / 64, shift = (unsigned)(exp + 61) % 64;
  const uint64_t *m = bits_4_over_pi;
#define WORD(i) (shift ? (m[digit + (i)] << shift) | (m[digit + (i) + 1] >> (64 - shift)) : m[digit + (i)])
  uint64_t z0 = WORD(0), z1 = WORD(1), z2 = WORD(2);
#undef WORD
  unsigned __int128 p2 = (unsigned __int128)z2 * ix, p1 = (unsigned __int128)z1 * ix;
  uint64_t z2hi = (uint64_t)(p2 >> 64), z1hi = (uint64_t)(p1 >> 64), z1lo = (uint64_t)p1;
  uint64_t z0lo = z0 * ix;
  uint64_t lo = z1lo + z2hi, carry = lo < z1lo;
  uint64_t hi = z0lo + z1hi + carry;
  uint64_t j = hi >> 61;
  hi = hi << 3 | lo >> 61;
  unsigned lz = (unsigned)__builtin_clzll(hi);
  uint64_t e = (uint64_t)(1023 - (lz + 1));
  hi = (hi << (lz + 1)) | (lo >> (64 - (lz + 1)));
  hi >>= 64 - 52;
  hi |= e << 52;
  double zz = from_bits(hi);
  if (j & 1) {
    j++;
    j &= 7;
    zz--;
  }
  *z = zz * PI_4;
  return j;
}

/* The octant and reduced argument of |x| (x finite, >= 0). */
static uint64_t reduce(double x, double *z, bool fold_odd) {
  if (x >= 0x1p29) return trig_reduce(x, z);
  uint64_t j = (uint64_t)(x * FOUR_OVER_PI);
  double y = (double)j;
  if (fold_odd && (j & 1)) {
    j++;
    y++;
  }
  *z = ((x - y * PI4A) - y * PI4B) - y * PI4C;
  return j;
}

static double sin_poly(double z, double zz) {
  static const double S[] = {1.58962301576546568060e-10, -2.50507477628578072866e-8,
                             2.75573136213857245213e-6,  -1.98412698295895385996e-4,
                             8.33333333332211858878e-3,  -1.66666666666666307295e-1};
  return z + z * zz * ((((((S[0] * zz) + S[1]) * zz + S[2]) * zz + S[3]) * zz + S[4]) * zz + S[5]);
}

static double cos_poly(double zz) {
  static const double C[] = {-1.13585365213876817300e-11, 2.08757008419747316778e-9,
                             -2.75573141792967388112e-7,  2.48015872888517045348e-5,
                             -1.38888888888730564116e-3,  4.16666666666665929218e-2};
  return 1.0 - 0.5 * zz + zz * zz * ((((((C[0] * zz) + C[1]) * zz + C[2]) * zz + C[3]) * zz + C[4]) * zz + C[5]);
}

static double go_sin(double x) {
  if (x == 0 || isnan(x)) return x;
  if (isinf(x)) return go_nan();
  bool neg = x < 0;
  double z;
  uint64_t j = reduce(fabs(x), &z, true) & 7;
  if (j > 3) {
    neg = !neg;
    j -= 4;
  }
  double zz = z * z;
  double y = (j == 1 || j == 2) ? cos_poly(zz) : sin_poly(z, zz);
  return neg ? -y : y;
}

static double go_cos(double x) {
  if (isnan(x) || isinf(x)) return go_nan();
  bool neg = false;
  double z;
  uint64_t j = reduce(fabs(x), &z, true);
  j &= 7;
  if (j > 3) {
    j -= 4;
    neg = !neg;
  }
  if (j > 1) neg = !neg;
  double zz = z * z;
  double y = (j == 1 || j == 2) ? sin_poly(z, zz) : cos_poly(zz);
  return neg ? -y : y;
}

static double go_tan(double x) {
  static const double P[] = {-1.30936939181383777646e4, 1.15351664838587416140e6,
                             -1.79565251976484877988e7};
  static const double Q[] = {1.0, 1.36812963470692954678e4, -1.32089234440210967447e6,
                             2.50083801823357915839e7, -5.38695755929454629881e7};
  if (x == 0 || isnan(x)) return x;
  if (isinf(x)) return go_nan();
  bool neg = x < 0;
  double z;
  uint64_t j = reduce(fabs(x), &z, true);
  double zz = z * z, y;
  if (zz > 1e-14)
    y = z + z * (zz * (((P[0] * zz) + P[1]) * zz + P[2]) /
                 ((((zz + Q[1]) * zz + Q[2]) * zz + Q[3]) * zz + Q[4]));
  else
    y = z;
  if (j & 2) y = -1 / y;
  return neg ? -y : y;
}

static double xatan(double x) {
  static const double P0 = -8.750608600031904122785e-01, P1 = -1.615753718733365076637e+01,
                      P2 = -7.500855792314704667340e+01, P3 = -1.228866684490136173410e+02,
                      P4 = -6.485021904942025371773e+01, Q0 = +2.485846490142306297962e+01,
                      Q1 = +1.650270098316988542046e+02, Q2 = +4.328810604912902668951e+02,
                      Q3 = +4.853903996359136964868e+02, Q4 = +1.945506571482613964425e+02;
  double z = x * x;
  z = z * ((((P0 * z + P1) * z + P2) * z + P3) * z + P4) / (((((z + Q0) * z + Q1) * z + Q2) * z + Q3) * z + Q4);
  return x * z + x;
}

/* atan of x >= 0 */
static double satan(double x) {
  static const double morebits = 6.123233995736765886130e-17, tan3pio8 = 2.41421356237309504880;
  if (x <= 0.66) return xatan(x);
  if (x > tan3pio8) return PI_2 - xatan(1 / x) + morebits;
  return PI_4 + xatan((x - 1) / (x + 1)) + 0.5 * morebits;
}

static double go_atan(double x) {
  if (x == 0) return x;
  return x > 0 ? satan(x) : -satan(-x);
}

static double go_asin(double x) {
  if (x == 0) return x;
  bool neg = x < 0;
  x = fabs(x);
  if (x > 1) return go_nan();
  double t = sqrt(1 - x * x);
  t = x > 0.7 ? PI_2 - satan(t / x) : satan(x / t);
  return neg ? -t : t;
}

static double go_acos(double x) { return PI_2 - go_asin(x); }

static double go_atan2(double y, double x) {
  if (isnan(y) || isnan(x)) return go_nan();
  if (y == 0) return (x >= 0 && !signbit(x)) ? copysign(0, y) : copysign(PI, y);
  if (x == 0) return copysign(PI_2, y);
  if (isinf(x)) {
    if (x > 0) return isinf(y) ? copysign(PI_4, y) : copysign(0, y);
    return isinf(y) ? copysign(PI3_4, y) : copysign(PI, y);
  }
  if (isinf(y)) return copysign(PI_2, y);
  double q = go_atan(y / x);
  if (x < 0) return q <= 0 ? q + PI : q - PI;
  return q;
}

static double go_sinh(double x) {
  static const double P0 = -0.6307673640497716991184787251e+6, P1 = -0.8991272022039509355398013511e+5,
                      P2 = -0.2894211355989563807284660366e+4, P3 = -0.2630563213397497062819489e+2,
                      Q0 = -0.6307673640497716991212077277e+6, Q1 = 0.1521517378790019070696485176e+5,
                      Q2 = -0.173678953558233699533450911e+3;
  bool neg = x < 0;
  x = fabs(x);
  double t;
  if (x > 21) {
    t = go_exp(x) * 0.5;
  } else if (x > 0.5) {
    double ex = go_exp(x);
    t = (ex - 1 / ex) * 0.5;
  } else {
    double sq = x * x;
    t = (((P3 * sq + P2) * sq + P1) * sq + P0) * x;
    t = t / (((sq + Q2) * sq + Q1) * sq + Q0);
  }
  return neg ? -t : t;
}

static double go_cosh(double x) {
  x = fabs(x);
  if (x > 21) return go_exp(x) * 0.5;
  double ex = go_exp(x);
  return (ex + 1 / ex) * 0.5;
}

static double go_tanh(double x) {
  static const double P[] = {-9.64399179425052238628e-1, -9.92877231001918586564e1, -1.61468768441708447952e3};
  static const double Q[] = {1.12811678491632931402e2, 2.23548839060100448583e3, 4.84406305325125486048e3};
  static const double maxlog = 8.8029691931113054295988e+01;
  double z = fabs(x);
  if (z > 0.5 * maxlog) return x < 0 ? -1 : 1;
  if (z >= 0.625) {
    double s = go_exp(2 * z);
    z = 1 - 2 / (s + 1);
    return x < 0 ? -z : z;
  }
  if (x == 0) return x;
  double s = x * x;
  return x + x * s * ((P[0] * s + P[1]) * s + P[2]) / (((s + Q[0]) * s + Q[1]) * s + Q[2]);
}

/* }================================================================== */

/* Go's functions make their NaN results with NaN() (or from NaN
** operands, kept as they are); C's make the default quiet NaN. */
static double go_result(double r, double x, double y) {
  if (!isnan(r)) return r;
  if (isnan(x)) return x;
  if (isnan(y)) return y;
  return go_nan();
}

#define F1(name, expr) \
  void rt_math_##name(VM *vm, Word *a) { (void)vm; double x = a[0].f; a[0].f = go_result((expr), x, x); }
#define F2(name, expr) \
  void rt_math_##name(VM *vm, Word *a) { \
    (void)vm; double x = a[0].f, y = a[1].f; a[0].f = go_result((expr), x, y); }

/* hardware square root: a negative operand gives the default NaN, as SQRTSD */
void rt_math_Sqrt(VM *vm, Word *a) { (void)vm; a[0].f = sqrt(a[0].f); }
F1(Abs, fabs(x))
F1(Floor, floor(x))
F1(Ceil, ceil(x))
F1(Trunc, trunc(x))
F1(Round, round(x))
F1(RoundToEven, nearbyint(x))
F1(Exp, go_exp(x))
F1(Exp2, go_exp2(x))
F1(Expm1, expm1(x))
F1(Log, go_log(x))
F1(Log2, go_log2(x))
F1(Log10, go_log10(x))
F1(Log1p, log1p(x))
F1(Sin, go_sin(x))
F1(Cos, go_cos(x))
F1(Tan, go_tan(x))
F1(Asin, go_asin(x))
F1(Acos, go_acos(x))
F1(Atan, go_atan(x))
F1(Sinh, go_sinh(x))
F1(Cosh, go_cosh(x))
F1(Tanh, go_tanh(x))
F1(Asinh, go_asinh(x))
F1(Acosh, go_acosh(x))
F1(Atanh, atanh(x))
F1(Cbrt, go_cbrt(x))
F1(Gamma, tgamma(x))
F1(Erf, erf(x))
F1(Erfc, erfc(x))
F2(Pow, go_pow(x, y))
F2(Atan2, go_atan2(x, y))
F2(Hypot, go_hypot(x, y))
F2(Mod, fmod(x, y))
F2(Remainder, remainder(x, y))
F2(Max, go_max(x, y))
F2(Min, go_min(x, y))
F2(Dim, go_dim(x, y))
F2(Copysign, copysign(x, y))
F2(Nextafter, nextafter(x, y))
#undef F1
#undef F2

/* func Inf(sign int) float64 */
void rt_math_Inf(VM *vm, Word *a) { (void)vm; a[0].f = a[0].i >= 0 ? INFINITY : -INFINITY; }
void rt_math_NaN(VM *vm, Word *a) { (void)vm; a[0].f = go_nan(); }
void rt_math_IsNaN(VM *vm, Word *a) { (void)vm; a[0].i = isnan(a[0].f) != 0; }
void rt_math_Signbit(VM *vm, Word *a) { (void)vm; a[0].i = signbit(a[0].f) != 0; }

/* func IsInf(f float64, sign int) bool */
void rt_math_IsInf(VM *vm, Word *a) {
  (void)vm;
  double f = a[0].f;
  int64_t sign = a[1].i;
  a[0].i = (sign >= 0 && f == INFINITY) || (sign <= 0 && f == -INFINITY);
}

void rt_math_Float64bits(VM *vm, Word *a) { (void)vm; a[0].u = bits(a[0].f); }
void rt_math_Float64frombits(VM *vm, Word *a) { (void)vm; a[0].f = from_bits(a[0].u); }

/* float32 values are doubles in registers (value.h) */
void rt_math_Float32bits(VM *vm, Word *a) {
  (void)vm;
  float f = (float)a[0].f;
  uint32_t u;
  memcpy(&u, &f, sizeof u);
  a[0].u = u;
}

void rt_math_Float32frombits(VM *vm, Word *a) {
  (void)vm;
  uint32_t u = (uint32_t)a[0].u;
  float f;
  memcpy(&f, &u, sizeof f);
  a[0].f = f;
}

/* func Modf(f float64) (int float64, frac float64): Go's modf works on
** |f| and negates both parts, and its frac is f - int, so Modf(-2) is
** (-2, -0) and Modf(±Inf) is (±Inf, NaN). */
static void go_modf(double f, double *ip, double *fp) {
  if (f < 0) {
    go_modf(-f, ip, fp);
    *ip = -*ip;
    *fp = -*fp;
    return;
  }
  if (f < 1) {
    *ip = f == 0 ? f : 0;
    *fp = f;
    return;
  }
  *ip = trunc(f);
  *fp = f - *ip;
}

void rt_math_Modf(VM *vm, Word *a) {
  (void)vm;
  double i, f;
  go_modf(a[0].f, &i, &f);
  a[0].f = i;
  a[1].f = f;
}

/* func Frexp(f float64) (frac float64, exp int) */
void rt_math_Frexp(VM *vm, Word *a) {
  (void)vm;
  int e = 0;
  double f = a[0].f;
  double frac = (f == 0 || isinf(f) || isnan(f)) ? f : frexp(f, &e);
  a[0].f = frac;
  a[1].i = e;
}

/* func Ldexp(frac float64, exp int) float64: exponents beyond int's range
** saturate (they overflow or underflow anyway). */
void rt_math_Ldexp(VM *vm, Word *a) {
  (void)vm;
  int64_t e = a[1].i;
  int ei = e > 100000 ? 100000 : e < -100000 ? -100000 : (int)e;
  a[0].f = ldexp(a[0].f, ei);
}
