/*
** bce.c — static bounds-check elision.
**
** gc drops the bounds check of a[i] before any flow analysis when i's type
** and form alone keep it within a's length: a is an array (or a pointer to
** one, or a constant string, whose length is known) and i is
**   - an unsigned value of b bits with 2^b <= len (a byte into [256]T),
**   - x & m or x &^ m with the constant mask in [0, len),
**   - unsigned x % m with the constant m <= len,
**   - unsigned x / d or x >> k, which narrow x's bits before the rule above.
** With -m it says "index bounds check elided" for each such non-constant
** index; vm -m reports the same (escape.c), and a constant index needs
** neither a check nor a word. Only the expression's form counts: nothing
** here knows what a variable holds.
*/
#include "bce.h"

#include "constant.h"
#include "types.h"

static const Expr *strip(const Expr *e) {
  while (e && e->kind == E_PAREN) e = e->u.paren.x;
  return e;
}

/* An integer constant that fits in 32 bits (gc's IsSmallIntConst). */
static bool small_const(const Expr *e, int64_t *v) {
  e = strip(e);
  if (!e || e->mode != MODE_CONST || !e->cval || e->cval->kind != CV_INT) return false;
  *v = cst_int64_value(e->cval);
  return *v >= INT32_MIN && *v <= INT32_MAX;
}

static bool is_integer(const Type *t) {
  if (!t) return false;
  TypeKind k = ty_underlying((Type *)t)->kind;
  return k >= TY_INT && k <= TY_UINTPTR;
}

bool bce_bounded(const Expr *index, int64_t len) {
  const Expr *n = strip(index);
  if (!n || !is_integer(n->type)) return false;
  Type *t = n->type;
  ty_complete(t);
  bool sign = !ty_is_unsigned(t);
  int bits = (int)(8 * t->size);
  int64_t v;
  if (small_const(n, &v)) return 0 <= v && v < len;
  if (n->kind == E_BINARY) {
    const Expr *x = n->u.binary.x, *y = n->u.binary.y;
    switch (n->u.binary.op) {
    case TK_AND: case TK_AND_NOT: {
      int64_t c;
      v = -1;
      if (small_const(x, &c)) {
        v = c;
      } else if (small_const(y, &c)) {
        v = c;
        if (n->u.binary.op == TK_AND_NOT) {
          v = ~v;
          if (!sign && bits < 64) v &= (int64_t)((UINT64_C(1) << bits) - 1);
        }
      }
      if (0 <= v && v < len) return true;
      break;
    }
    case TK_REM:
      if (!sign && small_const(y, &v) && 0 <= v && v <= len) return true;
      break;
    case TK_QUO:
      if (!sign && small_const(y, &v))
        for (; bits > 0 && v >= 2; v >>= 1) bits--;
      break;
    case TK_SHR:
      if (!sign && small_const(y, &v)) {
        if (v > bits) return true;
        bits -= (int)v;
      }
      break;
    default: break;
    }
  }
  return !sign && bits <= 62 && (INT64_C(1) << bits) <= len;
}

bool bce_elided(const Expr *e) {
  if (e->kind != E_INDEX || !e->u.index.index) return false;
  const Expr *i = strip(e->u.index.index), *x = strip(e->u.index.x);
  if (!i || i->mode == MODE_CONST || !x || !x->type) return false;
  if (x->mode == MODE_CONST && x->cval && x->cval->kind == CV_STRING) return bce_bounded(i, x->cval->slen);
  Type *t = ty_underlying(x->type);
  if (t->kind == TY_POINTER) t = ty_underlying(t->u.ptr.elem);
  return t->kind == TY_ARRAY && bce_bounded(i, t->u.array.len);
}
