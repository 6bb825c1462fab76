/*
** test_lib.c — the helpers behind the standard-library natives: the
** generated Unicode tables (runtime/unicode.h) keep their invariants
** (sorted, disjoint ranges; case ranges and fold pairs sorted; every fold
** orbit closes), case mapping and folding give Go's answers on known
** runes, and the byte-sequence algorithms shared by strings and bytes
** (runtime/lib.h) agree with a naive search on every split of a few
** strings.
*/
#include <criterion/criterion.h>
#include <string.h>

#include "../../runtime/lib.h"
#include "../../runtime/unicode.h"

static const rt_UTable *const tables[] = {
  &rt_uni_letter, &rt_uni_upper, &rt_uni_lower, &rt_uni_title, &rt_uni_mark, &rt_uni_digit,
  &rt_uni_number, &rt_uni_punct, &rt_uni_symbol, &rt_uni_space, &rt_uni_print, &rt_uni_graphic,
};

Test(lib, tables_sorted_and_disjoint) {
  for (size_t t = 0; t < sizeof tables / sizeof *tables; t++) {
    const rt_UTable *u = tables[t];
    cr_assert_gt(u->n, 0);
    for (int i = 0; i < u->n; i++) {
      cr_assert_leq(u->r[i].lo, u->r[i].hi);
      if (i > 0) cr_assert_gt(u->r[i].lo, u->r[i - 1].hi + 1, "table %zu range %d", t, i);
    }
  }
  for (int i = 1; i < rt_uni_ncase; i++) cr_assert_gt(rt_uni_case[i].lo, rt_uni_case[i - 1].hi);
  for (int i = 1; i < rt_uni_nfold; i++) cr_assert_gt(rt_uni_fold[i].r, rt_uni_fold[i - 1].r);
}

Test(lib, classes) {
  cr_expect(rt_uni_in(&rt_uni_letter, 'a'));
  cr_expect(rt_uni_in(&rt_uni_letter, 0x4E2D));   /* 中 */
  cr_expect(!rt_uni_in(&rt_uni_letter, '5'));
  cr_expect(rt_uni_in(&rt_uni_digit, 0x0663));    /* Arabic-Indic three */
  cr_expect(!rt_uni_in(&rt_uni_digit, 0x00B2));   /* superscript two: N, not Nd */
  cr_expect(rt_uni_in(&rt_uni_number, 0x00B2));
  cr_expect(rt_uni_in(&rt_uni_space, 0x0085));
  cr_expect(rt_uni_in(&rt_uni_space, 0x3000));
  cr_expect(!rt_uni_in(&rt_uni_space, 0x200B));   /* zero width space is not White_Space */
  cr_expect(!rt_uni_in(&rt_uni_letter, -1));
  cr_expect(!rt_uni_in(&rt_uni_graphic, 0x110000));
}

Test(lib, case_mapping) {
  cr_expect_eq(rt_uni_to(RT_UPPER_CASE, 'a'), 'A');
  cr_expect_eq(rt_uni_to(RT_LOWER_CASE, 0x0130), 'i');      /* İ */
  cr_expect_eq(rt_uni_to(RT_UPPER_CASE, 0x0131), 'I');      /* ı */
  cr_expect_eq(rt_uni_to(RT_UPPER_CASE, 0x01C6), 0x01C4);   /* ǆ -> Ǆ */
  cr_expect_eq(rt_uni_to(RT_TITLE_CASE, 0x01C6), 0x01C5);   /* ǆ -> ǅ */
  cr_expect_eq(rt_uni_to(RT_LOWER_CASE, 0x0100), 0x0101);   /* UpperLower range */
  cr_expect_eq(rt_uni_to(RT_UPPER_CASE, 0x0101), 0x0100);
  cr_expect_eq(rt_uni_to(RT_UPPER_CASE, 0x00DF), 0x00DF);   /* ß has no simple upper case */
  cr_expect_eq(rt_uni_to(RT_UPPER_CASE, -5), -5);
}

Test(lib, fold_orbits_close) {
  /* following SimpleFold from any rune comes back to it */
  for (int i = 0; i < rt_uni_nfold; i++) {
    int32_t start = rt_uni_fold[i].r, r = rt_uni_simple_fold(start);
    int steps = 1;
    while (r != start && steps < 8) r = rt_uni_simple_fold(r), steps++;
    cr_assert_eq(r, start, "orbit of U+%04X", (unsigned)start);
  }
  cr_expect_eq(rt_uni_simple_fold('K'), 'k');
  cr_expect_eq(rt_uni_simple_fold('k'), 0x212A);           /* Kelvin sign */
  cr_expect_eq(rt_uni_simple_fold(0x212A), 'K');
  cr_expect_eq(rt_uni_simple_fold('1'), '1');
}

static GoString S(const char *s) { return (GoString){(const uint8_t *)s, (int64_t)strlen(s)}; }

static int64_t naive_index(GoString s, GoString sep, bool last) {
  int64_t found = -1;
  for (int64_t i = 0; i + sep.len <= s.len; i++)
    if (memcmp(s.ptr + i, sep.ptr, (size_t)sep.len) == 0) {
      found = i;
      if (!last) break;
    }
  return found;
}

Test(lib, index_agrees_with_naive) {
  const char *hay[] = {"", "a", "aaaa", "abababab", "xaaxaaax", "日本語日本", "\xff\xfe\xff"};
  const char *needles[] = {"", "a", "aa", "aba", "b", "x", "本", "\xff", "zzzzzzzzzzzz"};
  for (size_t h = 0; h < sizeof hay / sizeof *hay; h++)
    for (size_t n = 0; n < sizeof needles / sizeof *needles; n++) {
      GoString s = S(hay[h]), sep = S(needles[n]);
      cr_expect_eq(lib_index(s, sep), naive_index(s, sep, false), "%s in %s", needles[n], hay[h]);
      cr_expect_eq(lib_last_index(s, sep), sep.len ? naive_index(s, sep, true) : s.len);
    }
}

Test(lib, split_pieces_rejoin) {
  const char *inputs[] = {"a,b,,c", ",", "", "abc", ",a,"};
  for (size_t i = 0; i < sizeof inputs / sizeof *inputs; i++) {
    GoString s = S(inputs[i]);
    lib_Pieces p = {0};
    int64_t cap = lib_split(s, S(","), false, -1, &p);
    cr_assert_eq(cap, p.n);
    cr_assert_eq(p.n, lib_count(s, S(",")) + 1);
    /* pieces plus separators cover the input exactly */
    int64_t off = 0;
    for (int64_t k = 0; k < p.n; k++) {
      cr_assert_eq(p.v[k].off, off);
      off += p.v[k].len + (k + 1 < p.n ? 1 : 0);
    }
    cr_assert_eq(off, s.len);
    free(p.v);
  }
  lib_Pieces none = {0};
  cr_expect_eq(lib_split(S("a,b"), S(","), false, 0, &none), -1); /* SplitN(s, sep, 0) is nil */
  cr_expect_eq(none.n, 0);
}

Test(lib, decode_last) {
  int w;
  cr_expect_eq(lib_decode_last(S(""), &w), RT_RUNE_ERROR);
  cr_expect_eq(w, 0);
  cr_expect_eq(lib_decode_last(S("a\xe6\x97\xa5"), &w), 0x65E5);
  cr_expect_eq(w, 3);
  cr_expect_eq(lib_decode_last(S("\xe6\x97"), &w), RT_RUNE_ERROR);
  cr_expect_eq(w, 1);
  cr_expect_eq(lib_decode_last(S("\x80\x80\x80\x80\x80"), &w), RT_RUNE_ERROR);
  cr_expect_eq(w, 1);
}

Test(lib, trim_space_bounds) {
  int64_t lo, hi;
  lib_trim_space(S(" \t x y \xe3\x80\x80"), &lo, &hi); /* ends in U+3000 */
  cr_expect_eq(lo, 3);
  cr_expect_eq(hi, 6);
  lib_trim_space(S("   "), &lo, &hi);
  cr_expect_eq(lo, hi);
}
