/*
** test_constant.c — exact constant arithmetic (compiler/constant.c):
** literals, big-integer and rational arithmetic, representability and
** rounding to float32/float64, and Go's printing of constants.
*/
#include <criterion/criterion.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../../compiler/compiler.h"
#include "../../compiler/constant.h"
#include "../../compiler/types.h"

static Comp comp;

static void setup(void) { cmp_init(&comp, "t.go", "", 0); }
static void teardown(void) { cmp_free(&comp); }

TestSuite(constant, .init = setup, .fini = teardown);

static ConstVal *lit(TokenKind k, const char *s) { return cst_from_literal(&comp, k, s, (int)strlen(s)); }
static const char *repr(ConstVal *v) { return cst_string_repr(&comp, v); }

Test(constant, int_literals) {
  cr_assert_str_eq(repr(lit(TK_INT, "42")), "42");
  cr_assert_str_eq(repr(lit(TK_INT, "0x_FF")), "255");
  cr_assert_str_eq(repr(lit(TK_INT, "0o17")), "15");
  cr_assert_str_eq(repr(lit(TK_INT, "017")), "15");
  cr_assert_str_eq(repr(lit(TK_INT, "0b1010")), "10");
  cr_assert_str_eq(repr(lit(TK_INT, "1_000_000")), "1000000");
  cr_assert_str_eq(repr(lit(TK_INT, "0")), "0");
  cr_assert_str_eq(repr(lit(TK_INT, "123456789012345678901234567890")), "123456789012345678901234567890");
  cr_assert_null(lit(TK_INT, "0x"));
  cr_assert_null(lit(TK_INT, "09"));
}

Test(constant, char_and_string_literals) {
  cr_assert_eq(cst_int64_value(lit(TK_CHAR, "'a'")), 97);
  cr_assert_eq(cst_int64_value(lit(TK_CHAR, "'\\n'")), 10);
  cr_assert_eq(cst_int64_value(lit(TK_CHAR, "'\\x41'")), 65);
  cr_assert_eq(cst_int64_value(lit(TK_CHAR, "'\\u00e9'")), 0xe9);
  cr_assert_eq(cst_int64_value(lit(TK_CHAR, "'\\377'")), 255);
  cr_assert_eq(cst_int64_value(lit(TK_CHAR, "'世'")), 0x4e16);
  ConstVal *s = lit(TK_STRING, "\"a\\tb\\x00\\u4e16\"");
  cr_assert_eq(s->kind, CV_STRING);
  cr_assert_eq(s->slen, 7);
  cr_assert(memcmp(s->s, "a\tb\0\xe4\xb8\x96", 7) == 0);
  ConstVal *raw = lit(TK_STRING, "`a\\n\r\nb`");
  cr_assert_eq(raw->slen, 5);
  cr_assert(memcmp(raw->s, "a\\n\nb", 5) == 0);
  cr_assert_null(lit(TK_STRING, "\"\\q\""));
  cr_assert_str_eq(repr(s), "\"a\\tb\\x00世\"");
}

Test(constant, float_literals_round_correctly) {
  const char *cases[] = {"0.1", "1e100", "3.14159265358979323846", "2.2250738585072014e-308", "4.9e-324",
                         "1.7976931348623157e308", "123456789.123456789", "0.000001", "9007199254740993",
                         "1e23", "8.98846567431158e307"};
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    ConstVal *v = lit(TK_FLOAT, cases[i]);
    cr_assert_not_null(v, "%s", cases[i]);
    cr_assert_eq(cst_float64_value(v), strtod(cases[i], NULL), "%s", cases[i]);
  }
  cr_assert_eq(cst_float64_value(lit(TK_FLOAT, "0x1.8p1")), 3.0);
  cr_assert_eq(cst_float64_value(lit(TK_FLOAT, "0x.8p0")), 0.5);
  cr_assert_eq(cst_float64_value(lit(TK_FLOAT, "1_0.5e1")), 105.0);
  cr_assert_null(lit(TK_FLOAT, "0x1.8"));
  ConstVal *im = lit(TK_IMAG, "2.5i");
  cr_assert_eq(im->kind, CV_COMPLEX);
  cr_assert_eq(cst_imag_value(im), 2.5);
  cr_assert_eq(cst_imag_value(lit(TK_IMAG, "0123i")), 123.0);
}

Test(constant, exact_rational_arithmetic) {
  ConstVal *tenth = lit(TK_FLOAT, "0.1");
  ConstVal *ten = cst_int64(&comp, 10);
  ConstVal *one = cst_int64(&comp, 1);
  cr_assert(cst_compare(TK_EQL, cst_binary(&comp, TK_MUL, tenth, ten), one));
  ConstVal *third = cst_binary(&comp, TK_QUO, cst_to_float(&comp, one), cst_int64(&comp, 3));
  cr_assert(cst_compare(TK_EQL, cst_binary(&comp, TK_MUL, third, cst_int64(&comp, 3)), one));
  cr_assert_null(cst_to_int(&comp, third));
  ConstVal *two = cst_to_int(&comp, cst_binary(&comp, TK_MUL, lit(TK_FLOAT, "0.5"), cst_int64(&comp, 4)));
  cr_assert_not_null(two);
  cr_assert_eq(two->kind, CV_INT);
  cr_assert_eq(cst_int64_value(two), 2);
  cr_assert(cst_compare(TK_LSS, lit(TK_FLOAT, "0.1"), lit(TK_FLOAT, "0.10000000000000000001")));
  /* 1e300*1e300 is fine as an untyped constant and huge */
  ConstVal *big = cst_binary(&comp, TK_MUL, lit(TK_FLOAT, "1e300"), lit(TK_FLOAT, "1e300"));
  cr_assert_str_eq(repr(big), "1e+600");
  cr_assert_not(cst_representable(&comp, big, TY_FLOAT64, NULL));
  ConstVal *back = cst_binary(&comp, TK_QUO, big, lit(TK_FLOAT, "1e599"));
  cr_assert_eq(cst_float64_value(back), 10.0);
}

Test(constant, integer_arithmetic) {
  ConstVal *m7 = cst_int64(&comp, -7), *two = cst_int64(&comp, 2);
  cr_assert_eq(cst_int64_value(cst_binary(&comp, TK_QUO, m7, two)), -3);
  cr_assert_eq(cst_int64_value(cst_binary(&comp, TK_REM, m7, two)), -1);
  cr_assert_null(cst_binary(&comp, TK_QUO, m7, cst_int64(&comp, 0)));
  cr_assert_eq(cst_int64_value(cst_binary(&comp, TK_AND, cst_int64(&comp, -6), cst_int64(&comp, 3))), 2);
  cr_assert_eq(cst_int64_value(cst_binary(&comp, TK_OR, cst_int64(&comp, -8), cst_int64(&comp, 3))), -5);
  cr_assert_eq(cst_int64_value(cst_binary(&comp, TK_XOR, cst_int64(&comp, -1), cst_int64(&comp, 5))), -6);
  cr_assert_eq(cst_int64_value(cst_binary(&comp, TK_AND_NOT, cst_int64(&comp, 15), cst_int64(&comp, -4))), 3);
  cr_assert_eq(cst_int64_value(cst_unary(&comp, TK_XOR, cst_int64(&comp, 0), 8)), 255);
  cr_assert_eq(cst_int64_value(cst_unary(&comp, TK_XOR, cst_int64(&comp, 5), 0)), -6);
  cr_assert_eq(cst_int64_value(cst_unary(&comp, TK_SUB, cst_int64(&comp, 5), 0)), -5);
  cr_assert_eq(cst_int64_value(cst_shift(&comp, TK_SHR, cst_int64(&comp, -5), 1)), -3);
  cr_assert_eq(cst_int64_value(cst_shift(&comp, TK_SHR, cst_int64(&comp, -5), 100)), -1);
  ConstVal *big = cst_shift(&comp, TK_SHL, cst_int64(&comp, 1), 100);
  cr_assert_str_eq(repr(big), "1267650600228229401496703205376");
  cr_assert_eq(cst_bitlen(big), 101);
  cr_assert_eq(cst_int64_value(cst_shift(&comp, TK_SHR, big, 98)), 4);
  ConstVal *sq = cst_binary(&comp, TK_MUL, big, big);
  ConstVal *q = cst_binary(&comp, TK_QUO, sq, big);
  cr_assert(cst_compare(TK_EQL, q, big));
  ConstVal *r = cst_binary(&comp, TK_REM, cst_binary(&comp, TK_ADD, sq, cst_int64(&comp, 12345)), big);
  cr_assert_eq(cst_int64_value(r), 12345);
  cr_assert(cst_compare(TK_GTR, big, cst_int64(&comp, 5)));
  cr_assert(cst_compare(TK_LSS, cst_unary(&comp, TK_SUB, big, 0), cst_int64(&comp, -5)));
}

Test(constant, representability) {
  cr_assert_not(cst_representable(&comp, cst_int64(&comp, 300), TY_INT8, NULL));
  cr_assert(cst_representable(&comp, cst_int64(&comp, 127), TY_INT8, NULL));
  cr_assert(cst_representable(&comp, cst_int64(&comp, -128), TY_INT8, NULL));
  cr_assert_not(cst_representable(&comp, cst_int64(&comp, -129), TY_INT8, NULL));
  cr_assert(cst_representable(&comp, cst_int64(&comp, 255), TY_UINT8, NULL));
  cr_assert_not(cst_representable(&comp, cst_int64(&comp, -1), TY_UINT, NULL));
  ConstVal *p63 = cst_shift(&comp, TK_SHL, cst_int64(&comp, 1), 63);
  cr_assert_not(cst_representable(&comp, p63, TY_INT64, NULL));
  cr_assert(cst_representable(&comp, p63, TY_UINT64, NULL));
  cr_assert_eq(cst_uint64_value(p63), (uint64_t)1 << 63);
  cr_assert_not(cst_representable(&comp, lit(TK_FLOAT, "2.5"), TY_INT, NULL));
  ConstVal *r = NULL;
  cr_assert(cst_representable(&comp, lit(TK_FLOAT, "2.0"), TY_INT, &r));
  cr_assert_eq(r->kind, CV_INT);
  cr_assert_not(cst_representable(&comp, lit(TK_FLOAT, "1e39"), TY_FLOAT32, NULL));
  cr_assert(cst_representable(&comp, lit(TK_FLOAT, "1e308"), TY_FLOAT64, NULL));
  cr_assert(cst_representable(&comp, lit(TK_FLOAT, "0.1"), TY_FLOAT32, &r));
  cr_assert_eq(cst_float64_value(r), (double)0.1f);
  cr_assert(cst_representable(&comp, lit(TK_FLOAT, "1e-400"), TY_FLOAT64, &r));
  cr_assert_eq(cst_float64_value(r), 0.0);
  cr_assert(cst_representable(&comp, lit(TK_STRING, "\"x\""), TY_STRING, NULL));
  cr_assert_not(cst_representable(&comp, lit(TK_STRING, "\"x\""), TY_INT, NULL));
  cr_assert(cst_representable(&comp, cst_bool(&comp, true), TY_BOOL, NULL));
  cr_assert(cst_representable(&comp, NULL, TY_INT8, NULL)); /* unknown */
}

Test(constant, printing_like_go) {
  cr_assert_str_eq(repr(lit(TK_FLOAT, "1e100")), "1e+100");
  cr_assert_str_eq(repr(lit(TK_FLOAT, "0.1")), "0.1");
  cr_assert_str_eq(repr(lit(TK_FLOAT, "2.0")), "2");
  cr_assert_str_eq(repr(lit(TK_FLOAT, "1.5")), "1.5");
  cr_assert_str_eq(repr(lit(TK_FLOAT, "123456789.5")), "1.23457e+08");
  cr_assert_str_eq(repr(lit(TK_FLOAT, "1000000.5")), "1e+06");
  cr_assert_str_eq(repr(lit(TK_FLOAT, "1e-1000")), "1e-1000");
  cr_assert_str_eq(repr(lit(TK_FLOAT, "1e-7")), "1e-07");
  cr_assert_str_eq(repr(lit(TK_FLOAT, "1e1000")), "1e+1000");
  cr_assert_str_eq(repr(lit(TK_IMAG, "2i")), "(0 + 2i)");
  cr_assert_str_eq(repr(cst_bool(&comp, false)), "false");
  cr_assert_str_eq(repr(NULL), "unknown");
  char longs[120];
  memset(longs, 'a', sizeof longs);
  ConstVal *s = cst_string(&comp, longs, 100);
  const char *q = repr(s);
  cr_assert_eq(strlen(q), 72);
  cr_assert(strcmp(q + 69, "...") == 0);
  cr_assert_str_eq(cst_quote(&comp, "\xff\x01\n", 3), "\"\\xff\\x01\\n\"");
}
