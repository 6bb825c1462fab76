/*
** lib_unicode.c — package unicode (stdlib.def: IsLetter ... ToTitle,
** MaxRune, ReplacementChar) and the table lookups of unicode.h.
**
** Classes are answered from the generated range tables (unicode_tables.c)
** by bisection; Go answers Latin-1 from a property array instead, with the
** same results, since both come from the same Unicode 13.0 data. Case
** mapping follows unicode.to: find the CaseRange holding r; a delta of
** RT_UPPER_LOWER means the range alternates Upper, Lower, Upper, ... from
** its first rune, so upper case is the even rune of the pair and lower the
** odd one (title case as upper).
**
** Natives read the rune from args[0] (a sign-extended int32) and write a
** bool or a rune to args[0].
*/
#include "runtime.h"
#include "unicode.h"

bool rt_uni_in(const rt_UTable *t, int32_t r) {
  int lo = 0, hi = t->n;
  while (lo < hi) {
    int m = lo + (hi - lo) / 2;
    if (r < t->r[m].lo) hi = m;
    else if (r > t->r[m].hi) lo = m + 1;
    else return true;
  }
  return false;
}

int32_t rt_uni_to(int which, int32_t r) {
  int lo = 0, hi = rt_uni_ncase;
  while (lo < hi) {
    int m = lo + (hi - lo) / 2;
    const rt_UCase *c = &rt_uni_case[m];
    if (r < c->lo) {
      hi = m;
    } else if (r > c->hi) {
      lo = m + 1;
    } else {
      int32_t d = c->delta[which];
      if (d != RT_UPPER_LOWER) return r + d;
      /* even offsets are upper case, odd ones lower: ((r-lo)&~1) | which&1 */
      return c->lo + (((r - c->lo) & ~1) | (which == RT_LOWER_CASE));
    }
  }
  return r;
}

int32_t rt_uni_simple_fold(int32_t r) {
  int lo = 0, hi = rt_uni_nfold;
  while (lo < hi) {
    int m = lo + (hi - lo) / 2;
    if (r < rt_uni_fold[m].r) hi = m;
    else if (r > rt_uni_fold[m].r) lo = m + 1;
    else return rt_uni_fold[m].fold;
  }
  return r;
}

static int32_t rune_arg(const Word *args) { return (int32_t)args[0].i; }

/* One native per class: args[0] = rune, result bool. */
#define CLASS(fn, table) \
  void fn(VM *vm, Word *args) { (void)vm; args[0].i = rt_uni_in(&table, rune_arg(args)); }
CLASS(rt_unicode_IsLetter, rt_uni_letter)
CLASS(rt_unicode_IsUpper, rt_uni_upper)
CLASS(rt_unicode_IsLower, rt_uni_lower)
CLASS(rt_unicode_IsTitle, rt_uni_title)
CLASS(rt_unicode_IsMark, rt_uni_mark)
CLASS(rt_unicode_IsDigit, rt_uni_digit)
CLASS(rt_unicode_IsNumber, rt_uni_number)
CLASS(rt_unicode_IsPunct, rt_uni_punct)
CLASS(rt_unicode_IsSymbol, rt_uni_symbol)
CLASS(rt_unicode_IsSpace, rt_uni_space)
CLASS(rt_unicode_IsPrint, rt_uni_print)
CLASS(rt_unicode_IsGraphic, rt_uni_graphic)
#undef CLASS

/* unicode.IsControl: only the C0 and C1 controls (Go's pC property is set
** for Latin-1 only; other Cc-like runes are not "control" to Go). */
void rt_unicode_IsControl(VM *vm, Word *args) {
  (void)vm;
  uint32_t r = (uint32_t)rune_arg(args);
  args[0].i = r <= 0x1F || (0x7F <= r && r <= 0x9F);
}

void rt_unicode_ToUpper(VM *vm, Word *args) {
  (void)vm;
  args[0].i = rt_uni_to(RT_UPPER_CASE, rune_arg(args));
}

void rt_unicode_ToLower(VM *vm, Word *args) {
  (void)vm;
  args[0].i = rt_uni_to(RT_LOWER_CASE, rune_arg(args));
}

void rt_unicode_ToTitle(VM *vm, Word *args) {
  (void)vm;
  args[0].i = rt_uni_to(RT_TITLE_CASE, rune_arg(args));
}

void rt_unicode_SimpleFold(VM *vm, Word *args) {
  (void)vm;
  args[0].i = rt_uni_simple_fold(rune_arg(args));
}
