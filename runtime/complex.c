/*
** complex.c — complex arithmetic the interpreter cannot do in one C
** expression: division (Go's runtime.complex128div).
**
** A complex value is two doubles, real part first (opcodes.h, "complex
** numbers"); complex64 values are doubles holding float32 values, so the
** same code serves both: gc widens complex64 operands to complex128, calls
** complex128div and narrows the result, and the code generator does the
** same with DIVC followed by C64.
**
** The algorithm is Smith's (Robert L. Smith, Algorithm 116: Complex
** division, CACM 5(8), 1962), as Go's runtime/complex.go writes it: divide
** through by the larger of |re m| and |im m| so that the intermediate
** products neither overflow nor underflow needlessly. When both parts of
** the result come out NaN, the C99 Annex G.5.1 rules recover infinities and
** zeros:
**   - m == 0 and n not NaN+NaN i: (copysign(Inf, re m) * re n, ... * im n);
**   - n infinite, m finite: Inf times the product with n's infinities
**     turned to +-1 (inf2one) and its finite parts to +-0;
**   - m infinite, n finite: 0 times the same product with m's parts.
** Division never panics: x/0 is Inf or NaN, as Go's is.
**
** Invariant: the operations happen in Go's order, each rounded to double
** (no fused multiply-add: the x86-64 baseline has none, and ISO C mode
** does not contract across statements), so results are bit-identical to
** Go's, NaN payloads aside.
*/
#include <math.h>

#include "runtime.h"

/* Go's inf2one: +-1 for an infinity, +-0 otherwise, with f's sign. */
static double inf2one(double f) {
  return copysign(isinf(f) ? 1.0 : 0.0, f);
}

/* The C99 G.5.1 recovery of an all-NaN quotient (n = a+bi, m = c+di). */
static void div_fixup(double a, double b, double c, double d, double *e, double *f) {
  if (c == 0 && d == 0 && (!isnan(a) || !isnan(b))) {
    double s = copysign(INFINITY, c);
    *e = s * a;
    *f = s * b;
  } else if ((isinf(a) || isinf(b)) && isfinite(c) && isfinite(d)) {
    a = inf2one(a);
    b = inf2one(b);
    *e = INFINITY * (a * c + b * d);
    *f = INFINITY * (b * c - a * d);
  } else if ((isinf(c) || isinf(d)) && isfinite(a) && isfinite(b)) {
    c = inf2one(c);
    d = inf2one(d);
    *e = 0 * (a * c + b * d);
    *f = 0 * (b * c - a * d);
  }
}

void rt_complex_div(double nre, double nim, double mre, double mim, double out[2]) {
  double e, f;
  if (fabs(mre) >= fabs(mim)) {
    double ratio = mim / mre;
    double denom = mre + ratio * mim;
    e = (nre + nim * ratio) / denom;
    f = (nim - nre * ratio) / denom;
  } else {
    double ratio = mre / mim;
    double denom = mim + ratio * mre;
    e = (nre * ratio + nim) / denom;
    f = (nim * ratio - nre) / denom;
  }
  if (isnan(e) && isnan(f)) div_fixup(nre, nim, mre, mim, &e, &f);
  out[0] = e;
  out[1] = f;
}
