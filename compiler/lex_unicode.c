/*
** lex_unicode.c — the Unicode classes the scanner needs: letters
** (unicode.IsLetter), decimal digits (unicode.IsDigit, category Nd) and
** printable characters (strconv.IsPrint, used by %q and %#U in messages).
**
** ASCII is classified inline (the scanner's hot path); everything else is
** answered by the runtime's Unicode 13.0 tables (runtime/unicode.h,
** generated from Go 1.19's package unicode by
** runtime/gen/unicode_tables.go), so the compiler and package unicode
** share one copy of each table and cannot disagree.
*/
#include "lex.h"
#include "../runtime/unicode.h"

bool lex_is_letter(int32_t r) {
  if (r < 0x80)
    return ('a' <= (r | 0x20) && (r | 0x20) <= 'z');
  return rt_uni_in(&rt_uni_letter, r);
}

bool lex_is_digit(int32_t r) {
  if (r < 0x80) return '0' <= r && r <= '9';
  return rt_uni_in(&rt_uni_digit, r);
}

bool lex_is_print(int32_t r) {
  if (r < 0x80) return r >= 0x20 && r < 0x7F;
  return rt_uni_in(&rt_uni_print, r);
}
