/*
** test_complex.c — complex division (runtime/complex.c, Go's
** runtime.complex128div) and complex formatting (strconv.c's
** rt_ftoa_complex, print.c's println form) against Go 1.19: every
** expectation below was printed by Go itself (n / m on complex128 values
** and strconv.FormatComplex, operands given by their bits). The division
** cases mix the C99 Annex G special values (zeros of both signs,
** infinities, NaN, huge, tiny and subnormal parts) with random values;
** a NaN expectation matches any NaN (Go does not specify the payload).
*/
#include <criterion/criterion.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "../../runtime/runtime.h"
#include "../../runtime/strconv.h"

typedef struct DivCase { uint64_t n[2], m[2], q[2]; } DivCase;
typedef struct FmtCase { uint64_t re, im; char fmt; int prec, bitsize; const char *want; } FmtCase;

static const DivCase div_cases[] = {
  {{0x7ff0000000000000ULL, 0x7ff0000000000000ULL}, {0x7e37e43c8800759cULL, 0x7e37e43c8800759cULL}, {0x7ff0000000000000ULL, 0xfff8000000000000ULL}}, 
  {{0x7ff0000000000000ULL, 0x01a56e1fc2f8f359ULL}, {0x7fe1ccf385ebc8a0ULL, 0x01a56e1fc2f8f359ULL}, {0x7ff0000000000000ULL, 0xfff8000000000000ULL}}, 
  {{0x3ff0000000000000ULL, 0x3ff0000000000000ULL}, {0x4004000000000000ULL, 0xfff0000000000000ULL}, {0x8000000000000000ULL, 0x0000000000000000ULL}}, 
  {{0x7fe1ccf385ebc8a0ULL, 0x3ff0000000000000ULL}, {0xbff0000000000000ULL, 0x3ff0000000000000ULL}, {0xffd1ccf385ebc8a0ULL, 0xffd1ccf385ebc8a0ULL}}, 
  {{0x4004000000000000ULL, 0x4004000000000000ULL}, {0xc008000000000000ULL, 0x3ff0000000000000ULL}, {0xbfe0000000000000ULL, 0xbfefffffffffffffULL}}, 
  {{0x3ff0000000000000ULL, 0x3ff0000000000000ULL}, {0x0000000000000001ULL, 0x8000000000000000ULL}, {0x7ff0000000000000ULL, 0x7ff0000000000000ULL}}, 
  {{0x0000000000000001ULL, 0xc008000000000000ULL}, {0xfff0000000000000ULL, 0x8000000000000000ULL}, {0x8000000000000000ULL, 0x0000000000000000ULL}}, 
  {{0x7e37e43c8800759cULL, 0xc008000000000000ULL}, {0x3ff0000000000000ULL, 0x8000000000000000ULL}, {0x7e37e43c8800759cULL, 0xc008000000000000ULL}}, 
  {{0x3ff0000000000000ULL, 0xc008000000000000ULL}, {0xbff0000000000000ULL, 0xfff0000000000000ULL}, {0x0000000000000000ULL, 0x0000000000000000ULL}}, 
  {{0x7ff0000000000000ULL, 0xfff0000000000000ULL}, {0x7ff8000000000001ULL, 0x3ff0000000000000ULL}, {0x7ff8000000000001ULL, 0x7ff8000000000001ULL}}, 
  {{0x7fe1ccf385ebc8a0ULL, 0x7fe1ccf385ebc8a0ULL}, {0xbff0000000000000ULL, 0xfff0000000000000ULL}, {0x8000000000000000ULL, 0x0000000000000000ULL}}, 
  {{0x0000000000000001ULL, 0x7fe1ccf385ebc8a0ULL}, {0xfff0000000000000ULL, 0xfff0000000000000ULL}, {0x8000000000000000ULL, 0x8000000000000000ULL}}, 
  {{0x8000000000000000ULL, 0x8000000000000000ULL}, {0x0000000000000000ULL, 0x0000000000000000ULL}, {0xfff8000000000000ULL, 0xfff8000000000000ULL}}, 
  {{0x7ff0000000000000ULL, 0x4004000000000000ULL}, {0xfff0000000000000ULL, 0x0000000000000000ULL}, {0xfff8000000000000ULL, 0xfff8000000000000ULL}}, 
  {{0x7fe1ccf385ebc8a0ULL, 0x3fb999999999999aULL}, {0x7fe1ccf385ebc8a0ULL, 0x7e37e43c8800759cULL}, {0x3feffffffffffffeULL, 0xbe45798ee2308c39ULL}}, 
  {{0x7e37e43c8800759cULL, 0x01a56e1fc2f8f359ULL}, {0x0000000000000001ULL, 0x7e37e43c8800759cULL}, {0x0000000000000000ULL, 0xbff0000000000000ULL}}, 
  {{0x3fb999999999999aULL, 0x3ff0000000000000ULL}, {0x7ff0000000000000ULL, 0x3fb999999999999aULL}, {0x0000000000000000ULL, 0x0000000000000000ULL}}, 
  {{0x7ff8000000000001ULL, 0x7ff0000000000000ULL}, {0x7e37e43c8800759cULL, 0x01a56e1fc2f8f359ULL}, {0x7ff0000000000000ULL, 0x7ff0000000000000ULL}}, 
  {{0xc008000000000000ULL, 0xc008000000000000ULL}, {0x3fb999999999999aULL, 0xbff0000000000000ULL}, {0x400562d9faee41e7ULL, 0xc00a237c32b16cfdULL}}, 
  {{0x3fb999999999999aULL, 0x7fe1ccf385ebc8a0ULL}, {0xc008000000000000ULL, 0x3ff0000000000000ULL}, {0x7fac7b1f3cac7432ULL, 0xffc55c576d815726ULL}}, 
  {{0x3fb999999999999aULL, 0x7fe1ccf385ebc8a0ULL}, {0x7e37e43c8800759cULL, 0x7fe1ccf385ebc8a0ULL}, {0x3feffffffffffffeULL, 0x3e45798ee2308c39ULL}}, 
  {{0xfff0000000000000ULL, 0xc008000000000000ULL}, {0x4004000000000000ULL, 0x01a56e1fc2f8f359ULL}, {0xfff0000000000000ULL, 0x7ff0000000000000ULL}}, 
  {{0x01a56e1fc2f8f359ULL, 0x0000000000000001ULL}, {0x3ff0000000000000ULL, 0xc008000000000000ULL}, {0x017124e63593f5e1ULL, 0x0189b759505df0d1ULL}}, 
  {{0xbff0000000000000ULL, 0xbff0000000000000ULL}, {0xbff0000000000000ULL, 0xbff0000000000000ULL}, {0x3ff0000000000000ULL, 0x8000000000000000ULL}}, 
  {{0x8000000000000000ULL, 0x7fe1ccf385ebc8a0ULL}, {0x7fe1ccf385ebc8a0ULL, 0x8000000000000000ULL}, {0x8000000000000000ULL, 0x3ff0000000000000ULL}}, 
  {{0xc008000000000000ULL, 0x01a56e1fc2f8f359ULL}, {0xc008000000000000ULL, 0x7fe1ccf385ebc8a0ULL}, {0x0000000000000000ULL, 0x00159283684dba76ULL}}, 
  {{0xc008000000000000ULL, 0x7ff0000000000000ULL}, {0x7ff0000000000000ULL, 0xfff0000000000000ULL}, {0xfff8000000000000ULL, 0xfff8000000000000ULL}}, 
  {{0x0000000000000000ULL, 0x0000000000000001ULL}, {0x4004000000000000ULL, 0x7fe1ccf385ebc8a0ULL}, {0x0000000000000000ULL, 0x0000000000000000ULL}}, 
  {{0x7fe1ccf385ebc8a0ULL, 0xc008000000000000ULL}, {0x0000000000000001ULL, 0x7fe1ccf385ebc8a0ULL}, {0x80159283684dba76ULL, 0xbff0000000000000ULL}}, 
  {{0x0000000000000000ULL, 0xc008000000000000ULL}, {0xbff0000000000000ULL, 0x3fb999999999999aULL}, {0xbfd30288df0cac5cULL, 0x4007c32b16cfd772ULL}}, 
  {{0xc1ddcf72f776ce38ULL, 0xbfc47ae8b44d20b8ULL}, {0xc1c1c394e73a2695ULL, 0x3fde2e3023739444ULL}, {0x400ad9a281a91fcfULL, 0x3e291d527002e171ULL}}, 
  {{0xc177faf548ad3666ULL, 0xbff636e4e3e908c8ULL}, {0xc379f378065eb8d0ULL, 0x3fa02619762c2158ULL}, {0x3ded91e47bb5e03dULL, 0x3c6b6474df0c37fcULL}}, 
  {{0xbd4367c0dc517e8aULL, 0x4000b2fdd810a919ULL}, {0xc0a65e3001153044ULL, 0xc006734df7c550c3ULL}, {0xbea7fa701d71decaULL, 0xbf47e3e23f83b755ULL}}, 
  {{0xbc6a44d909415f15ULL, 0x3fe81c352662efcdULL}, {0xbd422f76ea48d95dULL, 0xbfe19b1c75a3b6f8ULL}, {0xbff5e9376d5ee336ULL, 0xbd56a23816f5bd83ULL}}, 
  {{0xc297a94cd906b9dbULL, 0xbfc75c7fe9a29c19ULL}, {0x4135f7538b6bd5b2ULL, 0xbff9cf7ff5536752ULL}, {0xc1513c1aaa38847dULL, 0xc014404b51b38239ULL}}, 
  {{0x402593fffb2b96d8ULL, 0x3ffd328e3756bedeULL}, {0x412dbaf6efc48b4fULL, 0xbff89cd2bbbcf256ULL}, {0x3ee739b5feda20fcULL, 0x3ebf6d4097e25d31ULL}}, 
  {{0xbbdb0a9e9d99586fULL, 0x3ff34a5b3043725bULL}, {0x40d22049fbf593afULL, 0xbf9648c4448276e0ULL}, {0xbdd4ef14502e2b98ULL, 0x3f11071ae1b9448fULL}}, 
  {{0xbc6f41fe728e6aa3ULL, 0x3fd6ba2b5e418cb4ULL}, {0x3df207f72afc25f4ULL, 0xbfccae715822b3e4ULL}, {0xbff95b5c5210a7d4ULL, 0x3e1fe1d53e9cc6daULL}}, 
  {{0xbef15eff5f255a0cULL, 0x3fdd75d8549a3436ULL}, {0x3bcdf21858b77aa8ULL, 0x3fe6f35d8ab6e37dULL}, {0x3fe489c87d9e73aaULL, 0x3ef8386e9a8c63eaULL}}, 
  {{0xc30212bb78cd8893ULL, 0x3ffab57691524b72ULL}, {0xc199c0935402b9c9ULL, 0x3fe97db84cb4b732ULL}, {0x41567539424ba68aULL, 0x3fa63aeb24a17c8bULL}}, 
};
static const FmtCase fmt_cases[] = {
  {0x7ff0000000000000ULL, 0x7ff0000000000000ULL, 'e', -1, 128, "(+Inf+Infi)"},
  {0x7e37e43c8800759cULL, 0x7e37e43c8800759cULL, 'g', 0, 64, "(+Inf+Infi)"},
  {0x7ff0000000000000ULL, 0x01a56e1fc2f8f359ULL, 'f', 3, 128, "(+Inf+0.000i)"},
  {0x7fe1ccf385ebc8a0ULL, 0x01a56e1fc2f8f359ULL, 'x', 6, 64, "(+Inf+0x0.000000p+00i)"},
  {0x3ff0000000000000ULL, 0x3ff0000000000000ULL, 'b', -1, 128, "(4503599627370496p-52+4503599627370496p-52i)"},
  {0x4004000000000000ULL, 0xfff0000000000000ULL, 'e', 0, 64, "(2e+00-Infi)"},
  {0x7fe1ccf385ebc8a0ULL, 0x3ff0000000000000ULL, 'g', 3, 128, "(1e+308+1i)"},
  {0xbff0000000000000ULL, 0x3ff0000000000000ULL, 'f', 6, 64, "(-1.000000+1.000000i)"},
  {0x4004000000000000ULL, 0x4004000000000000ULL, 'x', -1, 128, "(0x1.4p+01+0x1.4p+01i)"},
  {0xc008000000000000ULL, 0x3ff0000000000000ULL, 'b', 0, 64, "(-12582912p-22+8388608p-23i)"},
  {0x3ff0000000000000ULL, 0x3ff0000000000000ULL, 'e', 3, 128, "(1.000e+00+1.000e+00i)"},
  {0x0000000000000001ULL, 0x8000000000000000ULL, 'g', 6, 64, "(0-0i)"},
  {0x0000000000000001ULL, 0xc008000000000000ULL, 'f', -1, 128, "(0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000005-3i)"},
  {0xfff0000000000000ULL, 0x8000000000000000ULL, 'x', 0, 64, "(-Inf-0x0p+00i)"},
  {0x7e37e43c8800759cULL, 0xc008000000000000ULL, 'b', 3, 128, "(6724873095247260p+944-6755399441055744p-51i)"},
  {0x3ff0000000000000ULL, 0x8000000000000000ULL, 'e', 6, 64, "(1.000000e+00-0.000000e+00i)"},
  {0x3ff0000000000000ULL, 0xc008000000000000ULL, 'g', -1, 128, "(1-3i)"},
  {0xbff0000000000000ULL, 0xfff0000000000000ULL, 'f', 0, 64, "(-1-Infi)"},
  {0x7ff0000000000000ULL, 0xfff0000000000000ULL, 'x', 3, 128, "(+Inf-Infi)"},
  {0x7ff8000000000001ULL, 0x3ff0000000000000ULL, 'b', 6, 64, "(NaN+8388608p-23i)"},
  {0x7fe1ccf385ebc8a0ULL, 0x7fe1ccf385ebc8a0ULL, 'e', -1, 128, "(1e+308+1e+308i)"},
  {0xbff0000000000000ULL, 0xfff0000000000000ULL, 'g', 0, 64, "(-1-Infi)"},
  {0x0000000000000001ULL, 0x7fe1ccf385ebc8a0ULL, 'f', 3, 128, "(0.000+100000000000000001097906362944045541740492309677311846336810682903157585404911491537163328978494688899061249669721172515611590283743140088328307009198146046031271664502933027185697489699588559043338384466165001178426897626212945177628091195786707458122783970171784415105291802893207873272974885715430223118336.000i)"},
  {0xfff0000000000000ULL, 0xfff0000000000000ULL, 'x', 6, 64, "(-Inf-Infi)"},
  {0x8000000000000000ULL, 0x8000000000000000ULL, 'b', -1, 128, "(-0p-1074-0p-1074i)"},
  {0x0000000000000000ULL, 0x0000000000000000ULL, 'e', 0, 64, "(0e+00+0e+00i)"},
  {0x7ff0000000000000ULL, 0x4004000000000000ULL, 'g', 3, 128, "(+Inf+2.5i)"},
  {0xfff0000000000000ULL, 0x0000000000000000ULL, 'f', 6, 64, "(-Inf+0.000000i)"},
  {0x7fe1ccf385ebc8a0ULL, 0x3fb999999999999aULL, 'x', -1, 128, "(0x1.1ccf385ebc8ap+1023+0x1.999999999999ap-04i)"},
  {0x7fe1ccf385ebc8a0ULL, 0x7e37e43c8800759cULL, 'b', 0, 64, "(+Inf+Infi)"},
};

static double f64(uint64_t b) {
  double f;
  memcpy(&f, &b, sizeof f);
  return f;
}

static uint64_t bits(double f) {
  uint64_t b;
  memcpy(&b, &f, sizeof b);
  return b;
}

static bool same(double got, uint64_t want) {
  return isnan(got) ? isnan(f64(want)) : bits(got) == want;
}

Test(complex, division_as_go) {
  for (size_t i = 0; i < sizeof div_cases / sizeof div_cases[0]; i++) {
    const DivCase *c = &div_cases[i];
    double q[2];
    rt_complex_div(f64(c->n[0]), f64(c->n[1]), f64(c->m[0]), f64(c->m[1]), q);
    cr_expect(same(q[0], c->q[0]) && same(q[1], c->q[1]),
              "case %zu: (%a%+ai) / (%a%+ai) = (%a%+ai), want (%a%+ai)", i,
              f64(c->n[0]), f64(c->n[1]), f64(c->m[0]), f64(c->m[1]), q[0], q[1],
              f64(c->q[0]), f64(c->q[1]));
  }
}

/* The result may be written over the operands (DIVC's a == b). */
Test(complex, division_by_zero_signs) {
  double q[2];
  rt_complex_div(1, 0, 0, 0, q);
  cr_expect(isinf(q[0]) && q[0] > 0 && isnan(q[1]));
  rt_complex_div(-1, 2, -0.0, 0, q);
  cr_expect(isinf(q[0]) && q[0] > 0 && isinf(q[1]) && q[1] < 0);
  rt_complex_div(0, 0, 0, 0, q);
  cr_expect(isnan(q[0]) && isnan(q[1]));
  rt_complex_div(1, 1, INFINITY, 0, q);
  cr_expect(q[0] == 0 && q[1] == 0);
}

Test(complex, format_complex_as_go) {
  for (size_t i = 0; i < sizeof fmt_cases / sizeof fmt_cases[0]; i++) {
    const FmtCase *c = &fmt_cases[i];
    rt_Buf b = {0};
    rt_ftoa_complex(&b, f64(c->re), f64(c->im), c->fmt, c->prec, c->bitsize);
    rt_buf_byte(&b, '\0');
    cr_expect_str_eq(b.data, c->want, "case %zu", i);
    rt_buf_free(&b);
  }
}

/* println's form: (re+imi) with both parts as print formats floats. */
Test(complex, println_form) {
  static const struct { double re, im; const char *want; } cases[] = {
    {1, 2, "(+1.000000e+000+2.000000e+000i)"},
    {-0.0, -1.5, "(-0.000000e+000-1.500000e+000i)"},
    {INFINITY, -INFINITY, "(+Inf-Infi)"},
    {NAN, 0, "(NaN+0.000000e+000i)"},
    {1e-310, 123456789, "(+1.000000e-310+1.234568e+008i)"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    Word v[2] = {{.f = cases[i].re}, {.f = cases[i].im}};
    rt_Buf b = {0};
    rt_print_format(&b, RP_COMPLEX, v);
    rt_buf_byte(&b, '\0');
    cr_expect_str_eq(b.data, cases[i].want, "case %zu", i);
    rt_buf_free(&b);
  }
}
