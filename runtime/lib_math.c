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

static double go_log10(double x) { return log(x) * (1 / 2.30258509299404568401799145468436420760110148862877297603332790); }

static double go_log2(double x) {
  int e;
  double frac = frexp(x, &e);
  if (frac == 0.5) return (double)(e - 1);
  return log(frac) * (1 / 0.693147180559945309417232121458176568075500134360255254120680009) + (double)e;
}

/* Go's Pow special cases that C's pow answers differently: none for
** finite operands; C agrees on ±0, ±1, ±Inf and NaN per Annex F. */
#define F1(name, expr) \
  void rt_math_##name(VM *vm, Word *a) { (void)vm; double x = a[0].f; a[0].f = (expr); }
#define F2(name, expr) \
  void rt_math_##name(VM *vm, Word *a) { (void)vm; double x = a[0].f, y = a[1].f; a[0].f = (expr); }

F1(Sqrt, sqrt(x))
F1(Abs, fabs(x))
F1(Floor, floor(x))
F1(Ceil, ceil(x))
F1(Trunc, trunc(x))
F1(Round, round(x))
F1(RoundToEven, nearbyint(x))
F1(Exp, exp(x))
F1(Exp2, exp2(x))
F1(Expm1, expm1(x))
F1(Log, log(x))
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
F1(Cbrt, cbrt(x))
F1(Gamma, tgamma(x))
F1(Erf, erf(x))
F1(Erfc, erfc(x))
F2(Pow, pow(x, y))
F2(Atan2, atan2(x, y))
F2(Hypot, hypot(x, y))
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

/* func Modf(f float64) (int float64, frac float64): Go's frac is f - int,
** so NaN for ±Inf; -0.5 gives (-0, -0.5). */
void rt_math_Modf(VM *vm, Word *a) {
  (void)vm;
  double f = a[0].f, i;
  if (f < 1 && f > -1) {
    i = f < 0 ? -0.0 : f == 0 ? f : 0;
    a[0].f = i;
    a[1].f = f;
    return;
  }
  i = trunc(f);
  a[0].f = i;
  a[1].f = f - i;
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
