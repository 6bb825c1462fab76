/*
** codegen_cplx.c — complex64 and complex128 in the code generator:
** constants, arithmetic, negation, comparison, conversions between the two
** complex types and the builtins complex, real and imag (opcodes in
** vm/opcodes.h, "complex numbers").
**
** Register form: a complex value takes two registers, the real part in
** the first and the imaginary part in the second, each a double; a
** complex64's parts are doubles that hold float32 values. Memory form is
** Go's (codegen_mem.c's leaves): complex128 = two float64 (16 bytes),
** complex64 = two float32 (8 bytes, LDF32/STF32 per part), so natives, fmt
** and map keys read them as Go lays them out.
**
** Invariants:
**  - A complex64 register pair always holds float32 values: every op that
**    can produce more precision (+ - * /, complex128 -> complex64) is
**    followed by C64. This is exact, as F32 is for float32: gc itself
**    computes complex64 products and quotients in float64 and narrows
**    once, and a single float64 op on float32 inputs rounds to the same
**    float32 as the float32 op would (double rounding is innocuous).
**  - Constants are folded by the checker (constant.c: exact rationals);
**    here they are only loaded, each part rounded to the type's precision.
**  - Like every code generator helper these restore F->top, and the final
**    instruction reads its operands before it writes the destination (the
**    interpreter copies operands to locals), so d may be an operand.
*/
#include "codegen.h"

static Type *ul(Type *t) { return t ? ty_underlying(t) : NULL; }

static bool is_c64(Type *t) { return ul(t)->kind == TY_COMPLEX64; }

/* One double into register d: LOADI 0 for +0, else a pool constant. */
static void load_part(Fn *F, int d, double v) {
  Word w = {.f = v};
  if (w.u == 0) cg_emit_bx(F, OP_LOADI, d, 0);
  else cg_emit_bx(F, OP_LOADK, d, (uint32_t)cg_const_word(F->cg, w));
}

void cg_cplx_const(Fn *F, Type *t, ConstVal *cv, int d) {
  ConstVal *z = cv ? cst_to_complex(F->cg->c, cv) : NULL;
  double re = z ? cst_float64_value(z) : 0, im = z ? cst_imag_value(z) : 0;
  if (is_c64(t)) {
    re = (float)re;
    im = (float)im;
  }
  load_part(F, d, re);
  load_part(F, d + 1, im);
}

bool cg_cplx_arith(Fn *F, TokenKind op, Type *t, int a, int b, int d) {
  int cop;
  switch (op) {
  case TK_ADD: cop = OP_ADDC; break;
  case TK_SUB: cop = OP_SUBC; break;
  case TK_MUL: cop = OP_MULC; break;
  case TK_QUO: cop = OP_DIVC; break;
  default: return false;
  }
  cg_emit(F, cop, d, a, b);
  if (is_c64(t)) cg_emit(F, OP_C64, d, d, 0);
  return true;
}

void cg_cplx_neg(Fn *F, int a, int d) { cg_emit(F, OP_NEGC, d, a, 0); }

void cg_cplx_compare(Fn *F, bool eq, int a, int b, int d) {
  cg_emit(F, eq ? OP_EQC : OP_NEC, d, a, b);
}

void cg_cplx_convert(Fn *F, Expr *x, Type *to, int d) {
  Type *from = cg_vtype(x);
  if (!is_c64(to) || is_c64(from)) { cg_expr_to(F, x, d); return; }
  int mark = F->top;
  int a = cg_expr_any(F, x);
  F->top = mark;
  cg_emit(F, OP_C64, d, a, 0);
}

/* complex(re, im): both operands are evaluated (left to right) before the
** pair is written, so d may hold either of them. real(z) and imag(z) are a
** move of one register of the pair (a complex64's part is already a
** float32 value). */
void cg_cplx_builtin(Fn *F, Expr *e, Builtin b, int d) {
  ExprList *args = &e->u.call.args;
  int mark = F->top;
  int a = cg_expr_any(F, args->v[0]);
  if (b == BI_COMPLEX) {
    int c = cg_expr_any(F, args->v[1]);
    F->top = mark;
    cg_emit(F, OP_MKCPLX, d, a, c);
    return;
  }
  F->top = mark;
  cg_move(F, d, b == BI_REAL ? a : a + 1, 1);
}
