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
** The transcendental functions (Exp, Log, Sin, Pow, ...) come from the C
** library. Go implements them in Go (or amd64 assembly for Exp, Log and
** Hypot) with its own polynomial approximations, so a result may differ in
** the last bit from Go's for some inputs: tests/go/lib_math_*.go print
** rounded values for those and bit patterns only for the exact functions.
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
  int ki;
  double f1 = frexp(x, &ki);
  if (f1 < M_SQRT2 / 2) {
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
    xe *= 2; /* Go shifts; xe is negative at times, where C may not */
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
F1(Exp2, exp2(x))
F1(Expm1, expm1(x))
F1(Log, go_log(x))
F1(Log2, go_log2(x))
F1(Log10, go_log10(x))
F1(Log1p, log1p(x))
F1(Sin, sin(x))
F1(Cos, cos(x))
F1(Tan, tan(x))
F1(Asin, asin(x))
F1(Acos, acos(x))
F1(Atan, atan(x))
F1(Sinh, sinh(x))
F1(Cosh, cosh(x))
F1(Tanh, tanh(x))
F1(Asinh, asinh(x))
F1(Acosh, acosh(x))
F1(Atanh, atanh(x))
F1(Cbrt, go_cbrt(x))
F1(Gamma, tgamma(x))
F1(Erf, erf(x))
F1(Erfc, erfc(x))
F2(Pow, go_pow(x, y))
F2(Atan2, atan2(x, y))
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
