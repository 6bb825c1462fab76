/*
** lib_cmplx.c — package math/cmplx (stdlib.def): Abs, Conj, Phase, Polar,
** Rect, Sqrt, Exp, Log, Log10, Pow... the subset listed in
** STDLIB_FUNCS_CMPLX, with Go 1.19's algorithms written out in C.
**
** Calling convention: a complex128 parameter is two argument words (real,
** imaginary) and so is a complex128 result (runtime.h, opcodes.h "complex
** numbers"); every result is written after the parameters are read.
**
** Invariant: bit-exact with Go. Every real function these build on is
** package math's own native (lib_math.c: Go's Hypot, Atan2, Exp, Log, Sin,
** Cos written out, not the C library's), called through the same argument
** words Go code would pass (mcall1/mcall2), and every formula keeps Go's
** order of operations. math.Sincos(x) is Sin(x), Cos(x): Go computes it
** with the same reduction and polynomials, so the pair is identical.
*/
#include <math.h>

#include "lib.h"

/* A package math native called from C: f(x) and f(x, y). */
static double mcall1(VM *vm, rt_NativeFn f, double x) {
  Word a[1] = {{.f = x}};
  f(vm, a);
  return a[0].f;
}

static double mcall2(VM *vm, rt_NativeFn f, double x, double y) {
  Word a[2] = {{.f = x}, {.f = y}};
  f(vm, a);
  return a[0].f;
}

static void ret_cplx(Word *a, double re, double im) {
  a[0].f = re;
  a[1].f = im;
}

static double go_nan(VM *vm) {
  Word a[1];
  rt_math_NaN(vm, a);
  return a[0].f;
}

static double cabs_(VM *vm, double re, double im) { return mcall2(vm, rt_math_Hypot, re, im); }
static double phase(VM *vm, double re, double im) { return mcall2(vm, rt_math_Atan2, im, re); }

/* func Abs(x complex128) float64: math.Hypot(real(x), imag(x)) */
void rt_cmplx_Abs(VM *vm, Word *a) { a[0].f = cabs_(vm, a[0].f, a[1].f); }

/* func Conj(x complex128) complex128 */
void rt_cmplx_Conj(VM *vm, Word *a) { (void)vm; a[1].f = -a[1].f; }

/* func Phase(x complex128) float64: math.Atan2(imag(x), real(x)) */
void rt_cmplx_Phase(VM *vm, Word *a) { a[0].f = phase(vm, a[0].f, a[1].f); }

/* func Polar(x complex128) (r, θ float64) */
void rt_cmplx_Polar(VM *vm, Word *a) {
  double re = a[0].f, im = a[1].f;
  a[0].f = cabs_(vm, re, im);
  a[1].f = phase(vm, re, im);
}

/* func Rect(r, θ float64) complex128: r*cos θ + r*sin θ i */
void rt_cmplx_Rect(VM *vm, Word *a) {
  double r = a[0].f, t = a[1].f;
  double s = mcall1(vm, rt_math_Sin, t), c = mcall1(vm, rt_math_Cos, t);
  ret_cplx(a, r * c, r * s);
}

/* func IsNaN(x complex128) bool: an infinite part wins over a NaN one. */
void rt_cmplx_IsNaN(VM *vm, Word *a) {
  double re = a[0].f, im = a[1].f;
  (void)vm;
  a[0].u = !isinf(re) && !isinf(im) && (isnan(re) || isnan(im));
}

/* func IsInf(x complex128) bool */
void rt_cmplx_IsInf(VM *vm, Word *a) { (void)vm; a[0].u = isinf(a[0].f) || isinf(a[1].f); }

/* func Inf() complex128 */
void rt_cmplx_Inf(VM *vm, Word *a) { (void)vm; ret_cplx(a, INFINITY, INFINITY); }

/* func NaN() complex128: math.NaN() in both parts (Go's bit pattern) */
void rt_cmplx_NaN(VM *vm, Word *a) {
  double n = go_nan(vm);
  ret_cplx(a, n, n);
}

/* func Sqrt(x complex128) complex128, Go's sqrt.go: the special cases on
** the axes, then Kahan's scaling (by 1/4 above 4, else by 2^54, undone
** with 2 or 2^-27) so that Hypot neither overflows nor loses precision. */
void rt_cmplx_Sqrt(VM *vm, Word *a) {
  double re = a[0].f, im = a[1].f;
  if (im == 0) {
    if (re == 0) ret_cplx(a, 0, im);
    else if (re < 0) ret_cplx(a, 0, copysign(sqrt(-re), im));
    else ret_cplx(a, sqrt(re), im);
    return;
  }
  if (isinf(im)) { ret_cplx(a, INFINITY, im); return; }
  if (re == 0) {
    double r = im < 0 ? sqrt(-0.5 * im) : sqrt(0.5 * im);
    ret_cplx(a, r, im < 0 ? -r : r);
    return;
  }
  double x = re, y = im, scale;
  if (fabs(x) > 4 || fabs(y) > 4) {
    x *= 0.25;
    y *= 0.25;
    scale = 2;
  } else {
    x *= 1.8014398509481984e16;  /* 2**54 */
    y *= 1.8014398509481984e16;
    scale = 7.450580596923828125e-9;  /* 2**-27 */
  }
  double r = cabs_(vm, x, y), t;
  if (x > 0) {
    t = sqrt(0.5 * r + 0.5 * x);
    r = scale * fabs((0.5 * y) / t);
    t *= scale;
  } else {
    r = sqrt(0.5 * r - 0.5 * x);
    t = scale * fabs((0.5 * y) / r);
    r *= scale;
  }
  ret_cplx(a, t, y < 0 ? -r : r);
}

/* func Exp(x complex128) complex128, Go's exp.go (C99 G.6.3.1 cases for
** infinite and NaN real parts first). */
void rt_cmplx_Exp(VM *vm, Word *a) {
  double re = a[0].f, im = a[1].f;
  if (isinf(re)) {
    if (re > 0 && im == 0) return;  /* x itself */
    if (isinf(im) || isnan(im)) {
      if (re < 0) ret_cplx(a, 0, copysign(0, im));
      else ret_cplx(a, INFINITY, go_nan(vm));
      return;
    }
  } else if (isnan(re) && im == 0) {
    ret_cplx(a, go_nan(vm), im);
    return;
  }
  double r = mcall1(vm, rt_math_Exp, re);
  double s = mcall1(vm, rt_math_Sin, im), c = mcall1(vm, rt_math_Cos, im);
  ret_cplx(a, r * c, r * s);
}

/* func Log(x complex128) complex128: math.Log(Abs(x)) + Phase(x) i */
static void clog_(VM *vm, double re, double im, double out[2]) {
  out[0] = mcall1(vm, rt_math_Log, cabs_(vm, re, im));
  out[1] = phase(vm, re, im);
}

void rt_cmplx_Log(VM *vm, Word *a) {
  double z[2];
  clog_(vm, a[0].f, a[1].f, z);
  ret_cplx(a, z[0], z[1]);
}

/* func Log10(x complex128) complex128: math.Log10E times Log(x) */
void rt_cmplx_Log10(VM *vm, Word *a) {
  const double log10e = 0.43429448190325182765112891891660508229439700580366656611445378;
  double z[2];
  clog_(vm, a[0].f, a[1].f, z);
  ret_cplx(a, log10e * z[0], log10e * z[1]);
}
