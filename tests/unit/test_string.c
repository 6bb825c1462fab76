/*
** test_string.c — run-time strings (runtime/string.c): UTF-8 decoding and
** rune counting with unicode/utf8's rules, string(rune) for valid and
** invalid runes, concatenation, comparison and equality.
**
** The decode and string(rune) tables were printed by Go 1.19
** (utf8.DecodeRuneInString, utf8.RuneCountInString, string(int64)) on the
** same bytes: edge cases of every sequence length plus random bytes.
*/
#include <criterion/criterion.h>
#include <stdint.h>
#include <string.h>

#include "../../runtime/runtime.h"
#include "../../runtime/strconv.h"

typedef struct DecodeCase { const char *s; size_t n; int32_t rune; int width; int64_t count; } DecodeCase;
#define D(s, r, w, c) {s, sizeof(s) - 1, r, w, c}

static const DecodeCase decode_cases[] = {
  D("", 0xfffd, 0, 0),
  D("\x61", 0x61, 1, 1),
  D("\x7f", 0x7f, 1, 1),
  D("\x80", 0xfffd, 1, 1),
  D("\xc1\xbf", 0xfffd, 1, 2),
  D("\xc2\x80", 0x80, 2, 1),
  D("\xdf\xbf", 0x7ff, 2, 1),
  D("\xe0\x9f\xbf", 0xfffd, 1, 3),
  D("\xe0\xa0\x80", 0x800, 3, 1),
  D("\xed\x9f\xbf", 0xd7ff, 3, 1),
  D("\xed\xa0\x80", 0xfffd, 1, 3),
  D("\xef\xbf\xbf", 0xffff, 3, 1),
  D("\xf0\x8f\xbf\xbf", 0xfffd, 1, 4),
  D("\xf0\x90\x80\x80", 0x10000, 4, 1),
  D("\xf4\x8f\xbf\xbf", 0x10ffff, 4, 1),
  D("\xf4\x90\x80\x80", 0xfffd, 1, 4),
  D("\xf5\x80\x80\x80", 0xfffd, 1, 4),
  D("\xff", 0xfffd, 1, 1),
  D("\xe4\xb8", 0xfffd, 1, 2),
  D("\xe4\xb8\x96", 0x4e16, 3, 1),
  D("\xe4\x41", 0xfffd, 1, 2),
  D("\xf0\x9f\x98", 0xfffd, 1, 3),
  D("\xf0\x9f\x98\x80", 0x1f600, 4, 1),
  D("\xc3", 0xfffd, 1, 1),
  D("\xc3\xa9\x78", 0xe9, 2, 2),
  D("\xed\xbf\xc4", 0xfffd, 1, 3),
  D("\xe6", 0xfffd, 1, 1),
  D("\xfc", 0xfffd, 1, 1),
  D("\xf2\xf7", 0xfffd, 1, 2),
  D("\xee", 0xfffd, 1, 1),
  D("\xdc\xb2", 0x732, 2, 1),
  D("\xf5\xdd\xcf\xe1", 0xfffd, 1, 4),
  D("\xf4\xb5", 0xfffd, 1, 2),
  D("\xd3", 0xfffd, 1, 1),
  D("\xcd\x98", 0x358, 2, 1),
  D("\xc0", 0xfffd, 1, 1),
  D("\xed\x98", 0xfffd, 1, 2),
  D("\xe5\xe5\xa2\xfa", 0xfffd, 1, 4),
  D("\xd5", 0xfffd, 1, 1),
  D("\xe9\xb0\x9f", 0x9c1f, 3, 1),
  D("\xc7\xb9", 0x1f9, 2, 1),
  D("\xe8\xf1", 0xfffd, 1, 2),
  D("\xdb\xb6\xf5", 0x6f6, 2, 2),
  D("\xc7\xc5", 0xfffd, 1, 2),
  D("\xc2", 0xfffd, 1, 1),
  D("\xc5\xc6\x8b\xdd", 0xfffd, 1, 3),
  D("\xce", 0xfffd, 1, 1),
  D("\xc3\xf3\xc1\xb3", 0xfffd, 1, 4),
  D("\xe0\xa4\xa9\x85", 0x929, 3, 2),
  D("\xf2\xb5\xb4", 0xfffd, 1, 3),
  D("\xfa\x8f\x92", 0xfffd, 1, 3),
  D("\xf9\xdd\xda", 0xfffd, 1, 3),
  D("\xe9\xc1\x90", 0xfffd, 1, 3),
  D("\xe1\x86\x94", 0x1194, 3, 1),
  D("\xf4", 0xfffd, 1, 1),
  D("\xd3\xe1\x97\xb5", 0xfffd, 1, 2),
  D("\xc5\x93\xbf", 0x153, 2, 2),
  D("\xd7\xb7", 0x5f7, 2, 1),
  D("\xfc", 0xfffd, 1, 1),
  D("\xee\xa3", 0xfffd, 1, 2),
  D("\xdd\xf4\xb5", 0xfffd, 1, 3),
  D("\xc5\xd9\xb3", 0xfffd, 1, 2),
  D("\xca\xa0\xbb", 0x2a0, 2, 2),
  D("\xca\xfe\x89", 0xfffd, 1, 3),
  D("\xe7", 0xfffd, 1, 1),
};

typedef struct RuneCase { int64_t r; const char *s; size_t n; } RuneCase;
#define R(r, s) {r, s, sizeof(s) - 1}

static const RuneCase rune_cases[] = {
  R(0LL, "\x00"),
  R(65LL, "\x41"),
  R(127LL, "\x7f"),
  R(128LL, "\xc2\x80"),
  R(2047LL, "\xdf\xbf"),
  R(2048LL, "\xe0\xa0\x80"),
  R(55295LL, "\xed\x9f\xbf"),
  R(55296LL, "\xef\xbf\xbd"),
  R(57343LL, "\xef\xbf\xbd"),
  R(57344LL, "\xee\x80\x80"),
  R(65533LL, "\xef\xbf\xbd"),
  R(65535LL, "\xef\xbf\xbf"),
  R(65536LL, "\xf0\x90\x80\x80"),
  R(1114111LL, "\xf4\x8f\xbf\xbf"),
  R(1114112LL, "\xef\xbf\xbd"),
  R(-1LL, "\xef\xbf\xbd"),
  R(1099511627776LL, "\xef\xbf\xbd"),
  R(-1099511627776LL, "\xef\xbf\xbd"),
};

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

static GoString gs(const char *s) { return (GoString){(const uint8_t *)s, (int64_t)strlen(s)}; }

static VM *vm;
static void setup(void) { vm = vm_new(NULL); }
static void teardown(void) { vm_free(vm); }
TestSuite(string, .init = setup, .fini = teardown);

Test(string, decode_matches_go) {
  for (size_t i = 0; i < NELEM(decode_cases); i++) {
    const DecodeCase *c = &decode_cases[i];
    int w = 0;
    int32_t r = rt_decode_rune((GoString){(const uint8_t *)c->s, (int64_t)c->n}, 0, &w);
    if (c->n == 0) { /* Go: (RuneError, 0); range never asks at the end */
      cr_expect_eq(r, RT_RUNE_ERROR);
      continue;
    }
    cr_expect_eq(r, c->rune, "case %zu: rune %#x want %#x", i, (unsigned)r, (unsigned)c->rune);
    cr_expect_eq(w, c->width, "case %zu: width %d want %d", i, w, c->width);
    cr_expect_eq(rt_utf8_count((const uint8_t *)c->s, c->n), c->count, "case %zu: count", i);
  }
}

Test(string, decode_inside_a_string) {
  GoString s = gs("a\xe4\xb8\x96\xff" "b");
  int w;
  cr_expect_eq(rt_decode_rune(s, 0, &w), 'a');
  cr_expect_eq(w, 1);
  cr_expect_eq(rt_decode_rune(s, 1, &w), 0x4e16);
  cr_expect_eq(w, 3);
  cr_expect_eq(rt_decode_rune(s, 2, &w), RT_RUNE_ERROR); /* a continuation byte */
  cr_expect_eq(w, 1);
  cr_expect_eq(rt_decode_rune(s, 4, &w), RT_RUNE_ERROR);
  cr_expect_eq(w, 1);
  cr_expect_eq(rt_decode_rune(s, 5, &w), 'b');
  /* a sequence cut by the end of the string is an error of width 1 */
  cr_expect_eq(rt_decode_rune((GoString){(const uint8_t *)"\xe4\xb8\x96", 2}, 0, &w), RT_RUNE_ERROR);
  cr_expect_eq(w, 1);
}

Test(string, from_rune_matches_go) {
  for (size_t i = 0; i < NELEM(rune_cases); i++) {
    GoString s = rt_string_from_rune(vm, rune_cases[i].r);
    cr_expect_eq(s.len, (int64_t)rune_cases[i].n, "string(%lld) length", (long long)rune_cases[i].r);
    cr_expect(memcmp(s.ptr, rune_cases[i].s, rune_cases[i].n) == 0, "string(%lld) bytes", (long long)rune_cases[i].r);
  }
}

Test(string, encode_round_trips) {
  for (int32_t r = 0; r <= RT_MAX_RUNE; r += 97) {
    uint8_t buf[4];
    int n = rt_utf8_encode(buf, r);
    int w;
    int32_t back = rt_utf8_decode(buf, (size_t)n, &w);
    cr_assert_eq(w, n);
    cr_assert_eq(back, rt_valid_rune(r) ? r : RT_RUNE_ERROR);
  }
}

Test(string, concat) {
  GoString a = gs("foo"), b = gs("bar"), e = {NULL, 0};
  GoString c = rt_string_concat(vm, a, b);
  cr_expect_eq(c.len, 6);
  cr_expect(memcmp(c.ptr, "foobar", 6) == 0);
  cr_expect(c.ptr != a.ptr && c.ptr != b.ptr, "a new string");
  /* an empty operand shares the other one */
  cr_expect_eq(rt_string_concat(vm, a, e).ptr, a.ptr);
  cr_expect_eq(rt_string_concat(vm, e, b).ptr, b.ptr);
  cr_expect_eq(rt_string_concat(vm, e, e).len, 0);
  uint64_t before = vm->heap.stats.mallocs;
  rt_string_concat(vm, a, e);
  cr_expect_eq(vm->heap.stats.mallocs, before, "sharing allocates nothing");
}

Test(string, compare_and_equal) {
  cr_expect_eq(rt_string_compare(gs("a"), gs("a")), 0);
  cr_expect_lt(rt_string_compare(gs("a"), gs("b")), 0);
  cr_expect_gt(rt_string_compare(gs("b"), gs("a")), 0);
  cr_expect_lt(rt_string_compare(gs("ab"), gs("abc")), 0);
  cr_expect_gt(rt_string_compare(gs("abc"), gs("ab")), 0);
  cr_expect_lt(rt_string_compare((GoString){NULL, 0}, gs("a")), 0);
  cr_expect_eq(rt_string_compare((GoString){NULL, 0}, gs("")), 0);
  /* bytes compare unsigned, as Go's do */
  cr_expect_gt(rt_string_compare(gs("\xff"), gs("a")), 0);
  cr_expect(rt_string_equal(gs("xy"), gs("xy")));
  cr_expect(!rt_string_equal(gs("xy"), gs("xz")));
  cr_expect(!rt_string_equal(gs("x"), gs("xy")));
  cr_expect(rt_string_equal((GoString){NULL, 0}, gs("")));
  cr_expect(rt_string_equal((GoString){(const uint8_t *)"a\0b", 3}, (GoString){(const uint8_t *)"a\0b", 3}));
}
