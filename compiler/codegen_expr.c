/*
** codegen_expr.c — expressions: values into registers, conditions into
** jumps, calls into windows.
**
** Three entry points, by what the caller wants:
**   cg_expr_to(e, d)   the value in registers d.. (a variable, a call slot,
**                      a result register); used when the destination is
**                      known, so `x = a + b` is one ADD x, a, b.
**   cg_expr_any(e)     the value in some register: a local variable's own
**                      register (no move), a call's window, or a temporary
**                      claimed at the top.
**   cg_cond(e, s, L)   jump to L when e == s: comparisons become fused
**                      compare-and-branch instructions (JLT, JGEI, JLTF...),
**                      && || ! become control flow, nothing is materialised.
**
** Normalisation (value.h): after an operation that can leave bits outside
** an integer type narrower than 64 bits (+ - * << unary - and ^, signed /),
** SEXTn/ZEXTn re-normalise the destination; float32 results are rounded
** with F32. & | ^ &^ >> % and unsigned / keep normalised operands normal.
**
** Every helper restores F->top to its value at entry; temporaries are
** claimed above it and released before the final instruction, which writes
** the destination after reading its operands (codegen.h).
*/
#include <string.h>

#include "check.h"
#include "codegen.h"
#include "escape.h"
#include "../runtime/runtime.h"   /* rt_PrintKind, PRINT's operand */
#include "../vm/divmagic.h"

static bool is_conversion(Expr *call);
static Builtin builtin_of(Expr *call);

static void unsupported(Fn *F, Expr *e, const char *what) {
  char msg[160];
  snprintf(msg, sizeof msg, "%s not supported yet", what);
  cg_error(F->cg, e ? e->pos : (Pos){F->line, 1, F->file}, msg);
}

/* For "... not supported yet" diagnostics. */
static const char *expr_kind_name(ExprKind k) {
  switch (k) {
  case E_COMPOSITE: return "composite literals are";
  case E_FUNCLIT: return "function literals are";
  case E_TYPEASSERT: return "type assertions are";
  case E_STAR: return "pointer indirection is";
  case E_KEYVALUE: return "key-value expressions are";
  default: return "this expression is";
  }
}

Expr *cg_unparen(Expr *e) {
  while (e && e->kind == E_PAREN) e = e->u.paren.x;
  return e;
}

Type *cg_vtype(Expr *e) {
  Type *t = e ? e->type : NULL;
  if (t && ty_is_untyped(t) && t->kind != TY_UNTYPED_NIL) t = ty_default(t);
  return t;
}

static Type *ul(Type *t) { return t ? ty_underlying(t) : NULL; }
static bool is_iface(Type *t) { return t && ul(t)->kind == TY_INTERFACE; }
static bool is_nil(Expr *e) {
  e = cg_unparen(e);
  if (e->type && e->type->kind == TY_UNTYPED_NIL) return true;
  return e->kind == E_IDENT && e->u.ident.obj && e->u.ident.obj->kind == OBJ_NIL;
}

bool cg_is_local(Fn *F, Object *o) {
  return o && o->kind == OBJ_VAR && o->cg_data == F->token;
}

static int type_bits(Type *u) {
  switch (u->kind) {
  case TY_INT8: case TY_UINT8: return 8;
  case TY_INT16: case TY_UINT16: return 16;
  case TY_INT32: case TY_UINT32: return 32;
  default: return 64;
  }
}

/* Re-normalises register d after an operation on integer type u. */
static void ext(Fn *F, Type *u, int d) {
  static const int op[] = {
    [TY_INT8] = OP_SEXT8, [TY_INT16] = OP_SEXT16, [TY_INT32] = OP_SEXT32,
    [TY_UINT8] = OP_ZEXT8, [TY_UINT16] = OP_ZEXT16, [TY_UINT32] = OP_ZEXT32,
  };
  if (u->kind < (int)(sizeof op / sizeof op[0]) && op[u->kind]) cg_emit(F, op[u->kind], d, d, 0);
}

static void ext_to(Fn *F, Type *u, int d, int s) {
  switch (u->kind) {
  case TY_INT8: cg_emit(F, OP_SEXT8, d, s, 0); break;
  case TY_INT16: cg_emit(F, OP_SEXT16, d, s, 0); break;
  case TY_INT32: cg_emit(F, OP_SEXT32, d, s, 0); break;
  case TY_UINT8: cg_emit(F, OP_ZEXT8, d, s, 0); break;
  case TY_UINT16: cg_emit(F, OP_ZEXT16, d, s, 0); break;
  case TY_UINT32: cg_emit(F, OP_ZEXT32, d, s, 0); break;
  default: cg_move(F, d, s, 1); break;
  }
}

/* The 64-bit pattern of an integer constant operand. */
static bool const_bits(Expr *e, int64_t *v) {
  if (!e->cval) return false;
  Type *t = cg_vtype(e);
  if (e->cval->kind == CV_BOOL) { *v = e->cval->b; return true; }
  if (e->cval->kind != CV_INT || !t || !ty_is_integer(t)) return false;
  *v = ty_is_unsigned(t) ? (int64_t)cst_uint64_value(e->cval) : cst_int64_value(e->cval);
  return true;
}

static bool fits16(int64_t v) { return v >= INT16_MIN && v <= INT16_MAX; }

/* {====================================================================
** Variables
** ===================================================================== */

RefKind cg_var_ref(Fn *F, Expr *e, int *where) {
  e = cg_unparen(e);
  if (e->kind == E_IDENT) {
    Object *o = e->u.ident.obj;
    if (!o || o->kind != OBJ_VAR) return REF_NONE;
    if (cg_is_local(F, o)) { *where = o->cg_index; return REF_LOCAL; }
    if (o->is_global && o->addr_taken) return REF_NONE;  /* in a heap cell: a place */
    if (o->is_global) { *where = cg_global(F->cg, o); return REF_GLOBAL; }
    if (o->cg_data == F->box_token) return REF_NONE;   /* through its place */
    cg_error(F->cg, e->pos, "internal compiler error: variable used outside its scope");
    return REF_NONE;
  }
  if (e->kind == E_SELECTOR) {
    Object *o = e->u.selector.obj;
    if (o && o->kind == OBJ_VAR && o->native >= 0) { *where = cg_native_var(F->cg, o); return REF_GLOBAL; }
  }
  return REF_NONE;
}

/* A value read through its place: fields, elements, dereferences and
** variables moved to the heap (codegen_mem.c). */
static void place_to(Fn *F, Expr *e, int d) {
  int mark = F->top;
  if (F->top < d + cg_nwords(cg_vtype(e))) F->top = d + cg_nwords(cg_vtype(e));
  Place p;
  cg_place_of(F, e, &p);
  cg_load_place(F, &p, d);
  F->top = mark;
}

static void var_to(Fn *F, Expr *e, int d) {
  Object *o = e->kind == E_IDENT ? e->u.ident.obj : e->u.selector.obj;
  if (o && o->kind == OBJ_CONST && o->cval) { cg_load_const(F, e->type ? e->type : o->type, o->cval, d); return; }
  if (o && o->kind == OBJ_NIL) { cg_emit(F, OP_ZERO, d, cg_nwords(e->type), 0); return; }
  if (o && o->kind == OBJ_FUNC && o->cg_data == F->cg->func_token) { cg_funcval_to(F, o->cg_index, d); return; }
  if (o && o->kind == OBJ_FUNC && o->native >= 0 && e->kind == E_SELECTOR) {
    cg_funcval_to(F, cg_native_funcval(F->cg, o), d);
    return;
  }
  if (e->kind == E_SELECTOR && !o && cg_method_value_to(F, e, d)) return;
  if (e->kind == E_SELECTOR && !o) {
    const Selection *sel = chk_selection(F->cg->c, e);
    if (sel && sel->kind != SEL_FIELD) {   /* interface methods, promoted method expressions */
      if (!F->cg->failed) unsupported(F, e, "this method value is");
      return;
    }
  }
  if ((o && o->kind == OBJ_VAR && (o->cg_data == F->box_token || (o->is_global && o->addr_taken))) ||
      (e->kind == E_SELECTOR && !o)) {
    place_to(F, e, d);
    return;
  }
  int where;
  switch (cg_var_ref(F, e, &where)) {
  case REF_LOCAL: cg_move(F, d, where, cg_nwords(e->type)); break;
  case REF_GLOBAL: cg_emit(F, OP_GETG, d, where, cg_nwords(e->type)); break;
  default:
    if (!F->cg->failed)
      unsupported(F, e, e->kind == E_SELECTOR ? "field and method selectors are" : "this kind of operand is");
    break;
  }
}

/* }==================================================================== */

/* {====================================================================
** Arithmetic
** ===================================================================== */

static void shift_to(Fn *F, TokenKind op, Type *u, Expr *x, Expr *y, int d) {
  int mark = F->top;
  bool uns = ty_is_unsigned(u);
  int a = cg_expr_any(F, x);
  if (y->cval) {
    ConstVal *cv = y->cval->kind == CV_INT ? y->cval : cst_to_int(F->cg->c, y->cval);
    /* a count beyond 64 bits (MaxUint+0. rounds up to 1<<64) shifts everything out */
    uint64_t k = cv && cst_sign(cv) >= 0 && cst_bitlen(cv) <= 64 ? cst_uint64_value(cv) : 64;
    F->top = mark;
    if (k >= 64) {
      if (op == TK_SHR && !uns) cg_emit(F, OP_SHRI, d, a, 63);
      else cg_emit_bx(F, OP_LOADI, d, 0);
      return;
    }
    cg_emit(F, op == TK_SHL ? OP_SHLI : uns ? OP_SHRUI : OP_SHRI, d, a, (int)k);
  } else {
    int b = cg_expr_any(F, y);
    F->top = mark;
    if (!ty_is_unsigned(cg_vtype(y))) cg_emit(F, OP_CHKSHIFT, b, 0, 0);
    cg_emit(F, op == TK_SHL ? OP_SHL : uns ? OP_SHRU : OP_SHR, d, a, b);
  }
  if (op == TK_SHL) ext(F, u, d);
}

static bool int_immediate(Fn *F, TokenKind op, Type *u, Expr *x, Expr *y, int d) {
  int64_t k;
  if ((op == TK_ADD || op == TK_MUL) && const_bits(x, &k) && fits16(k) && !y->cval) {
    Expr *t = x; x = y; y = t;
  }
  if (op != TK_ADD && op != TK_SUB && op != TK_MUL) return false;
  if (!const_bits(y, &k)) return false;
  if (op == TK_SUB) {
    if (k == INT64_MIN) return false;
    k = -k;
  }
  if (!fits16(k)) return false;
  int mark = F->top;
  int a = cg_expr_any(F, x);
  F->top = mark;
  if (op != TK_MUL && a == d) cg_emit(F, OP_INCR, d, (uint16_t)(int16_t)k, 0);
  else cg_emit(F, op == TK_MUL ? OP_MULI : OP_ADDI, d, a, (uint16_t)(int16_t)k);
  ext(F, u, d);
  return true;
}

/* x / k and x % k of a signed x by a constant 2 <= k: a multiplication by
** k's magic number (vm/divmagic.h) instead of a divide, as gc compiles
** them. Nothing to check at run time: k is neither 0 nor -1. */
static bool magic_divisor(TokenKind op, Type *u, Expr *y, int64_t *k) {
  return (op == TK_QUO || op == TK_REM) && !ty_is_unsigned(u) && const_bits(y, k) && *k >= 2;
}

static bool div_by_const(Fn *F, TokenKind op, Type *u, Expr *x, Expr *y, int d) {
  int64_t k, magic;
  int shift;
  if (!magic_divisor(op, u, y, &k)) return false;
  dm_signed_magic(k, &magic, &shift);
  int kd = cg_const_word(F->cg, (Word){.i = k}), km = cg_const_word(F->cg, (Word){.i = magic});
  if (kd > 0xFFFF || km > 0xFFFF) return false;
  int mark = F->top;
  int a = cg_expr_any(F, x);
  F->top = mark;
  cg_emit(F, op == TK_QUO ? OP_DIVK : OP_REMK, d, a, shift);
  cg_emit(F, OP_EXTRA, kd, km, 0);
  return true;
}

/* d = x op y for the arithmetic operators (also the op-assignments), with
** x and y of type t. */
void cg_binop_to(Fn *F, TokenKind op, Type *t, Expr *x, Expr *y, int d) {
  Type *u = ul(t);
  int mark = F->top;
  if (op == TK_SHL || op == TK_SHR) {
    if (!ty_is_integer(u)) { unsupported(F, x, "this shift is"); return; }
    shift_to(F, op, u, x, y, d);
    return;
  }
  if (ty_is_integer(u) && (int_immediate(F, op, u, x, y, d) || div_by_const(F, op, u, x, y, d))) return;
  if (ty_is_string(u)) {
    if (op != TK_ADD) { unsupported(F, x, "this string operator is"); return; }
    cg_concat_to(F, NULL, x, y, d);
    return;
  }
  int a = cg_expr_any(F, x);
  int b = cg_expr_any(F, y);
  F->top = mark;
  if (ty_is_complex(u)) {
    if (!cg_cplx_arith(F, op, u, a, b, d)) unsupported(F, x, "this complex operator is");
    return;
  }
  if (ty_is_float(u)) {
    int fop = op == TK_ADD ? OP_ADDF : op == TK_SUB ? OP_SUBF : op == TK_MUL ? OP_MULF
            : op == TK_QUO ? OP_DIVF : -1;
    if (fop < 0) { unsupported(F, x, "this float operator is"); return; }
    cg_emit(F, fop, d, a, b);
    if (u->kind == TY_FLOAT32) cg_emit(F, OP_F32, d, d, 0);
    return;
  }
  if (!ty_is_integer(u)) { unsupported(F, x, "this operand type is"); return; }
  bool uns = ty_is_unsigned(u), norm = false;
  int iop;
  switch (op) {
  case TK_ADD: iop = OP_ADD; norm = true; break;
  case TK_SUB: iop = OP_SUB; norm = true; break;
  case TK_MUL: iop = OP_MUL; norm = true; break;
  case TK_QUO: iop = uns ? OP_DIVU : OP_DIV; norm = !uns; break;
  case TK_REM: iop = uns ? OP_REMU : OP_REM; break;
  case TK_AND: iop = OP_AND; break;
  case TK_OR: iop = OP_OR; break;
  case TK_XOR: iop = OP_XOR; break;
  case TK_AND_NOT: iop = OP_ANDNOT; break;
  default: unsupported(F, x, "this operator is"); return;
  }
  cg_emit(F, iop, d, a, b);
  if (norm) ext(F, u, d);
}

static void unary_to(Fn *F, Expr *e, int d) {
  Expr *x = e->u.unary.x;
  Type *u = ul(cg_vtype(e));
  int mark = F->top;
  switch (e->u.unary.op) {
  case TK_ADD:
    cg_expr_to(F, x, d);
    return;
  case TK_SUB: {
    int a = cg_expr_any(F, x);
    F->top = mark;
    if (ty_is_float(u)) { cg_emit(F, OP_NEGF, d, a, 0); return; }
    if (ty_is_complex(u)) { cg_cplx_neg(F, a, d); return; }
    cg_emit(F, OP_NEG, d, a, 0);
    ext(F, u, d);
    return;
  }
  case TK_NOT: {
    int a = cg_expr_any(F, x);
    F->top = mark;
    cg_emit(F, OP_NOT, d, a, 0);
    return;
  }
  case TK_XOR: {
    int a = cg_expr_any(F, x);
    F->top = mark;
    cg_emit(F, OP_BNOT, d, a, 0);
    if (ty_is_unsigned(u)) ext(F, u, d);
    return;
  }
  case TK_AND:
    cg_addr_to(F, x, e, d);
    return;
  case TK_ARROW:
    cg_chan_recv_to(F, e, d, -1);
    return;
  default:
    unsupported(F, e, e->u.unary.op == TK_AND ? "taking addresses is"
                      : e->u.unary.op == TK_ARROW ? "channel receives are" : "this unary operator is");
  }
}

/* }==================================================================== */

/* {====================================================================
** Comparisons and conditions
** ===================================================================== */

static Type *cmp_type(Expr *x, Expr *y) {
  Type *t = x->type;
  if (!t || ty_is_untyped(t)) t = y->type && !ty_is_untyped(y->type) ? y->type : cg_vtype(x);
  return t;
}

static TokenKind negate(TokenKind op) {
  switch (op) {
  case TK_EQL: return TK_NEQ;
  case TK_NEQ: return TK_EQL;
  case TK_LSS: return TK_GEQ;
  case TK_GEQ: return TK_LSS;
  case TK_GTR: return TK_LEQ;
  default: return TK_GTR;  /* TK_LEQ */
  }
}

static TokenKind mirror(TokenKind op) {
  switch (op) {
  case TK_LSS: return TK_GTR;
  case TK_GTR: return TK_LSS;
  case TK_LEQ: return TK_GEQ;
  case TK_GEQ: return TK_LEQ;
  default: return op;
  }
}

static bool is_empty_string(Expr *e) {
  return e->cval && e->cval->kind == CV_STRING && e->cval->slen == 0;
}

/* An immediate operand for JxxI: signed compare, so unsigned 64-bit
** orderings must not use it. */
static bool cmp_immediate(Type *u, TokenKind op, Expr *e, int64_t *k) {
  if (!const_bits(e, k)) return false;
  if (ty_is_unsigned(u)) {
    if ((uint64_t)*k > INT16_MAX) return false;
    if (op != TK_EQL && op != TK_NEQ && type_bits(u) == 64) return false;
    return true;
  }
  return fits16(*k);
}

/* Operand order and opcode of a register-register comparison (value form
** and branch form share it). */
static void int_cmp_ops(TokenKind op, bool uns, int *vop, int *jop, bool *swap) {
  *swap = op == TK_GTR || op == TK_GEQ;
  switch (op) {
  case TK_EQL: *vop = OP_EQ; *jop = OP_JEQ; break;
  case TK_NEQ: *vop = OP_NE; *jop = OP_JNE; break;
  case TK_LSS: case TK_GTR: *vop = uns ? OP_LTU : OP_LT; *jop = uns ? OP_JLTU : OP_JLT; break;
  default: *vop = uns ? OP_LEU : OP_LE; *jop = uns ? OP_JLEU : OP_JLE; break;
  }
}

static int str_cmp_op(TokenKind op, bool *swap) {
  *swap = op == TK_GTR || op == TK_GEQ;
  switch (op) {
  case TK_EQL: return OP_EQS;
  case TK_NEQ: return OP_NES;
  case TK_LSS: case TK_GTR: return OP_LTS;
  default: return OP_LES;
  }
}

static int float_cmp_op(TokenKind op, bool *swap) {
  *swap = op == TK_GTR || op == TK_GEQ;
  switch (op) {
  case TK_EQL: return OP_EQF;
  case TK_NEQ: return OP_NEF;
  case TK_LSS: case TK_GTR: return OP_LTF;
  default: return OP_LEF;
  }
}

/* x == y with one side an interface and neither nil: the other side is
** converted to the interface, whatever its own type. */
static bool iface_operand(Expr *x, Expr *y) {
  return !is_nil(x) && !is_nil(y) && (is_iface(x->type) || is_iface(y->type));
}

/* d = x op y as a bool. */
static void compare_to(Fn *F, TokenKind op, Expr *x, Expr *y, int d) {
  Type *u = ul(cmp_type(x, y));
  int mark = F->top;
  if (iface_operand(x, y)) { /* the other operand converted: before its own type's compare */
    cg_iface_compare(F, op == TK_EQL, x, y, d);
    return;
  }
  if (cg_agg_compare(F, op == TK_EQL, cmp_type(x, y), x, y, d)) return;
  if (is_nil(x) || is_nil(y) || is_iface(u)) {
    int a = cg_expr_any(F, is_nil(x) ? y : x);
    int z = cg_alloc_words(F, 1, false);
    cg_emit_bx(F, OP_LOADI, z, 0);
    F->top = mark;
    cg_emit(F, op == TK_EQL ? OP_EQ : OP_NE, d, a, z);
    return;
  }
  int a = cg_expr_any(F, x);
  int b = cg_expr_any(F, y);
  F->top = mark;
  if (ty_is_complex(u)) { cg_cplx_compare(F, op == TK_EQL, a, b, d); return; }
  bool swap;
  int vop, jop;
  if (ty_is_string(u)) vop = str_cmp_op(op, &swap);
  else if (ty_is_float(u)) vop = float_cmp_op(op, &swap);
  else int_cmp_ops(op, ty_is_unsigned(u), &vop, &jop, &swap);
  if (swap) cg_emit(F, vop, d, b, a);
  else cg_emit(F, vop, d, a, b);
}

static void float_branch(Fn *F, TokenKind op, int a, int b, bool sense, Label l) {
  static const struct { TokenKind op; int t, f; bool swap; } tab[] = {
    {TK_EQL, OP_JEQF, OP_JNEF, false}, {TK_NEQ, OP_JNEF, OP_JEQF, false},
    {TK_LSS, OP_JLTF, OP_JNLTF, false}, {TK_LEQ, OP_JLEF, OP_JNLEF, false},
    {TK_GTR, OP_JLTF, OP_JNLTF, true}, {TK_GEQ, OP_JLEF, OP_JNLEF, true},
  };
  for (size_t i = 0; i < sizeof tab / sizeof tab[0]; i++) {
    if (tab[i].op != op) continue;
    int jop = sense ? tab[i].t : tab[i].f;
    if (tab[i].swap) cg_branch(F, jop, b, a, l);
    else cg_branch(F, jop, a, b, l);
  }
}

/* Jumps to l when (x op y) == sense. */
static void cmp_branch(Fn *F, TokenKind op, Expr *x, Expr *y, bool sense, Label l) {
  Type *u = ul(cmp_type(x, y));
  int mark = F->top;
  if (u->kind == TY_STRUCT || u->kind == TY_ARRAY || ty_is_complex(u) || iface_operand(x, y)) {
    int t = cg_alloc_words(F, 1, false);
    compare_to(F, op, x, y, t);
    F->top = mark;
    cg_jump_if(F, sense ? OP_JT : OP_JF, t, l);
    return;
  }
  if (ty_is_float(u)) {
    int a = cg_expr_any(F, x);
    int b = cg_expr_any(F, y);
    F->top = mark;
    float_branch(F, op, a, b, sense, l);
    return;
  }

  if (!sense) op = negate(op);   /* exact for totally ordered types */
  if (is_nil(x) || is_nil(y) || is_iface(u)) {
    int a = cg_expr_any(F, is_nil(x) ? y : x);   /* the type word decides */
    F->top = mark;
    cg_branch(F, op == TK_EQL ? OP_JEQI : OP_JNEI, a, 0, l);
    return;
  }
  if (ty_is_string(u)) {
    if ((op == TK_EQL || op == TK_NEQ) && (is_empty_string(x) || is_empty_string(y))) {
      int s = cg_expr_any(F, is_empty_string(y) ? x : y);
      int n = cg_alloc_words(F, 1, false);
      F->top = mark;
      cg_emit(F, OP_SLEN, n, s, 0);
      cg_branch(F, op == TK_EQL ? OP_JEQI : OP_JNEI, n, 0, l);
      return;
    }
    int a = cg_expr_any(F, x);
    int b = cg_expr_any(F, y);
    F->top = mark;
    bool swap;
    int sop = str_cmp_op(op, &swap);
    int t = cg_alloc_words(F, 1, false);
    F->top = mark;
    if (swap) cg_emit(F, sop, t, b, a);
    else cg_emit(F, sop, t, a, b);
    cg_jump_if(F, OP_JT, t, l);
    return;
  }
  int64_t k;
  static const int immop[] = {
    [TK_EQL] = OP_JEQI, [TK_NEQ] = OP_JNEI, [TK_LSS] = OP_JLTI,
    [TK_LEQ] = OP_JLEI, [TK_GTR] = OP_JGTI, [TK_GEQ] = OP_JGEI,
  };
  if (cmp_immediate(u, op, y, &k)) {
    int a = cg_expr_any(F, x);
    F->top = mark;
    cg_branch(F, immop[op], a, (uint16_t)(int16_t)k, l);
    return;
  }
  if (cmp_immediate(u, mirror(op), x, &k)) {
    int a = cg_expr_any(F, y);
    F->top = mark;
    cg_branch(F, immop[mirror(op)], a, (uint16_t)(int16_t)k, l);
    return;
  }
  int a = cg_expr_any(F, x);
  int b = cg_expr_any(F, y);
  F->top = mark;
  bool swap;
  int vop, jop;
  int_cmp_ops(op, ty_is_unsigned(u), &vop, &jop, &swap);
  if (swap) cg_branch(F, jop, b, a, l);
  else cg_branch(F, jop, a, b, l);
}

static bool is_comparison(TokenKind op) {
  return op == TK_EQL || op == TK_NEQ || op == TK_LSS || op == TK_LEQ ||
         op == TK_GTR || op == TK_GEQ;
}

void cg_cond(Fn *F, Expr *e, bool sense, Label l) {
  int saved = F->line;
  e = cg_unparen(e);
  if (e->pos.line) F->line = e->pos.line;
  if (e->cval) {
    if (e->cval->b == sense) cg_jump(F, l);
  } else if (e->kind == E_UNARY && e->u.unary.op == TK_NOT) {
    cg_cond(F, e->u.unary.x, !sense, l);
  } else if (e->kind == E_BINARY && (e->u.binary.op == TK_LAND || e->u.binary.op == TK_LOR)) {
    /* a && b jumps on false as soon as a is false; on true only when both
    ** are; || is the dual. */
    bool is_and = e->u.binary.op == TK_LAND;
    int nh = F->nhoist, mark = F->top;
    Label skip = sense != is_and ? l : cg_label(F);
    cg_cond(F, e->u.binary.x, sense != is_and ? sense : !sense, skip);
    cg_precall(F, &e->u.binary.y, 1);    /* the right operand is a level of its own */
    cg_cond(F, e->u.binary.y, sense, l);
    F->nhoist = nh;
    F->top = mark;
    if (skip != l) cg_place(F, skip);
  } else if (e->kind == E_BINARY && is_comparison(e->u.binary.op)) {
    cmp_branch(F, e->u.binary.op, e->u.binary.x, e->u.binary.y, sense, l);
  } else {
    int mark = F->top;
    int r = cg_expr_any(F, e);
    F->top = mark;
    cg_jump_if(F, sense ? OP_JT : OP_JF, r, l);
  }
  F->line = saved;
}

/* Makes expression c findable in register r (cg_expr_any, cg_expr_to). */
void cg_push_hoist(Fn *F, Expr *c, int r) {
  int n = F->nhoist;
  if (!cg_ensure(F->cg, &F->hoist_e, &F->caphoist_e, n, sizeof(Expr *)) ||
      !cg_ensure(F->cg, &F->hoist_r, &F->caphoist_r, n, sizeof(int)))
    return;
  F->hoist_e[n] = c;
  F->hoist_r[n] = r;
  F->nhoist = n + 1;
}

/* {====================================================================
** Calls before package variables (gc's evaluation order)
** ===================================================================== */

/* Within one evaluation "level" (a statement's expressions, a call's
** arguments, the right operand of && or ||) gc runs every call first, left
** to right, into temporaries, and reads package variables afterwards:
** `x := g + f()` sees the g that f left. The spec leaves this order
** unspecified; gc is the oracle. A call can change only memory: package
** variables, locals moved to a cell or captured by reference (neither is
** cg_is_local), and what pointers, slices and maps reach (`*p`, `p.f`,
** `s[i]`, `m[k]`); so only reading memory before a call at the same level
** makes a difference, and only then are calls pre-evaluated. */

static bool is_real_call(Expr *e) {
  return e->kind == E_CALL && !is_conversion(e) && builtin_of(e) == BI_NONE;
}

static bool reads_global(Fn *F, Expr *e) {
  Object *o = e->kind == E_IDENT ? e->u.ident.obj : e->kind == E_SELECTOR ? e->u.selector.obj : NULL;
  return o && o->kind == OBJ_VAR && !cg_is_local(F, o);
}

/* Walks one level in evaluation order. mode 0: notes whether a package
** variable is read before a call (*need); mode 1: evaluates the calls. */
static void level(Fn *F, Expr *e, int mode, bool *seen_global, bool *need) {
  e = cg_unparen(e);
  if (!e || e->cval) return;
  switch (e->kind) {
  case E_IDENT:
    if (reads_global(F, e)) *seen_global = true;
    break;
  case E_SELECTOR:   /* a package variable, or a field: memory if through a pointer */
    if (reads_global(F, e)) *seen_global = true;
    if (!e->u.selector.obj) {
      level(F, e->u.selector.x, mode, seen_global, need);
      if (ul(cg_vtype(e->u.selector.x))->kind == TY_POINTER) *seen_global = true;
    }
    break;
  case E_CALL:
    if (is_real_call(e)) {
      if (mode == 0) { *need |= *seen_global; break; }
      for (int i = 0; i < F->nhoist; i++)
        if (F->hoist_e[i] == e) return;
      int r = cg_expr_any(F, e);
      cg_push_hoist(F, e, r);
      break;
    }
    for (int i = 0; i < e->u.call.args.n; i++) level(F, e->u.call.args.v[i], mode, seen_global, need);
    break;
  case E_BINARY:
    level(F, e->u.binary.x, mode, seen_global, need);
    if (e->u.binary.op != TK_LAND && e->u.binary.op != TK_LOR)   /* else: its own level */
      level(F, e->u.binary.y, mode, seen_global, need);
    break;
  case E_UNARY: level(F, e->u.unary.x, mode, seen_global, need); break;
  case E_STAR:       /* *p reads memory after p is evaluated */
    level(F, e->u.star.x, mode, seen_global, need);
    *seen_global = true;
    break;
  case E_COMPOSITE:
    for (int i = 0; i < e->u.composite.elts.n; i++) {
      Expr *x = e->u.composite.elts.v[i];
      level(F, x->kind == E_KEYVALUE ? x->u.kv.value : x, mode, seen_global, need);
    }
    break;
  case E_INDEX: {    /* slice, map and *array elements are memory */
    level(F, e->u.index.x, mode, seen_global, need);
    level(F, e->u.index.index, mode, seen_global, need);
    Type *xu = ul(cg_vtype(e->u.index.x));
    if (xu->kind != TY_ARRAY && !ty_is_string(xu)) *seen_global = true;
    break;
  }
  case E_SLICE:
    level(F, e->u.slice.x, mode, seen_global, need);
    level(F, e->u.slice.lo, mode, seen_global, need);
    level(F, e->u.slice.hi, mode, seen_global, need);
    level(F, e->u.slice.max, mode, seen_global, need);
    break;
  default:
    break;
  }
}

void cg_precall(Fn *F, Expr **list, int n) {
  bool seen = false, need = false;
  for (int i = 0; i < n; i++) level(F, list[i], 0, &seen, &need);
  if (!need) return;
  for (int i = 0; i < n; i++) level(F, list[i], 1, &seen, &need);
}

void cg_calls_first(Fn *F, Expr **list, int n) {
  bool seen = false, need = false;
  for (int i = 0; i < n; i++) level(F, list[i], 1, &seen, &need);
}

/* }==================================================================== */

/* {====================================================================
** Loop-invariant constants
** ===================================================================== */

#define MAX_HOIST 32   /* distinct constants hoisted per loop */

static bool same_const(Expr *a, Expr *b) {
  ConstVal *x = a->cval, *y = b->cval;
  if (x->kind != y->kind || !ty_identical(cg_vtype(a), cg_vtype(b))) return false;
  switch (x->kind) {
  case CV_STRING: return x->slen == y->slen && memcmp(x->s, y->s, (size_t)x->slen) == 0;
  case CV_BOOL: return x->b == y->b;
  case CV_INT: case CV_FLOAT: return cst_compare(TK_EQL, x, y);
  default: return false;
  }
}

typedef struct Hoister { Fn *F; int budget; } Hoister;


static void hoist(Hoister *h, Expr *c) {
  Fn *F = h->F;
  c = cg_unparen(c);
  if (!c || !c->cval || c->cval->kind == CV_COMPLEX) return;
  Type *t = cg_vtype(c);
  if (!t || ty_is_complex(t) || is_iface(t)) return;
  for (int i = 0; i < F->nhoist; i++) {
    if (F->hoist_e[i] == c) return;
    if (same_const(F->hoist_e[i], c)) { cg_push_hoist(F, c, F->hoist_r[i]); return; }
  }
  if (h->budget <= 0) return;
  h->budget--;
  int r = cg_alloc(F, t);
  cg_load_const(F, t, c->cval, r);
  cg_push_hoist(F, c, r);
}

/* Operands of x op y that cg_binop_to would load into a register. */
static void hoist_arith(Hoister *h, TokenKind op, Type *t, Expr *x, Expr *y) {
  Type *u = ul(t);
  int64_t k;
  if (op == TK_SHL || op == TK_SHR) { hoist(h, x); return; }
  if (u && ty_is_integer(u)) {
    if ((op == TK_ADD || op == TK_MUL) && const_bits(x, &k) && fits16(k) && !y->cval) return;
    if ((op == TK_ADD || op == TK_MUL) && const_bits(y, &k) && fits16(k)) return;
    if (op == TK_SUB && const_bits(y, &k) && k != INT64_MIN && fits16(-k)) return;
    if (magic_divisor(op, u, y, &k)) { hoist(h, x); return; }
  }
  hoist(h, x);
  hoist(h, y);
}

/* Operands of a comparison that cmp_branch / compare_to would load. */
static void hoist_cmp(Hoister *h, TokenKind op, Expr *x, Expr *y) {
  x = cg_unparen(x);
  y = cg_unparen(y);
  Type *u = ul(cmp_type(x, y));
  int64_t k;
  if (!u || is_nil(x) || is_nil(y) || is_iface(u)) return;
  if (ty_is_string(u)) {
    if ((op == TK_EQL || op == TK_NEQ) && (is_empty_string(x) || is_empty_string(y))) return;
  } else if (!ty_is_float(u)) {
    /* either sense: cmp_branch may negate op first */
    if (cmp_immediate(u, op, y, &k) && cmp_immediate(u, negate(op), y, &k)) return;
    if (cmp_immediate(u, mirror(op), x, &k) && cmp_immediate(u, mirror(negate(op)), x, &k)) return;
  }
  hoist(h, x);
  hoist(h, y);
}

static void visit_hoist(void *ud, Expr *e, Stmt *s) {
  Hoister *h = ud;
  if (s) {
    if (s->kind == S_ASSIGN && s->u.assign.tok != TK_ASSIGN && s->u.assign.tok != TK_DEFINE &&
        s->u.assign.lhs.n == 1 && s->u.assign.rhs.n == 1) {
      Expr *l = s->u.assign.lhs.v[0];
      hoist_arith(h, cg_assign_op(s->u.assign.tok), l->type, l, s->u.assign.rhs.v[0]);
    }
    return;
  }
  if (e->cval) return;   /* loaded whole */
  switch (e->kind) {
  case E_BINARY:
    if (e->u.binary.op == TK_LAND || e->u.binary.op == TK_LOR) break;
    if (is_comparison(e->u.binary.op)) hoist_cmp(h, e->u.binary.op, e->u.binary.x, e->u.binary.y);
    else hoist_arith(h, e->u.binary.op, cg_vtype(e), e->u.binary.x, e->u.binary.y);
    break;
  case E_INDEX:
    if (e->u.index.x->mode != MODE_TYPE) {
      hoist(h, e->u.index.x);
      hoist(h, e->u.index.index);
    }
    break;
  case E_SLICE:
    hoist(h, e->u.slice.x);
    hoist(h, e->u.slice.lo);
    hoist(h, e->u.slice.hi);
    hoist(h, e->u.slice.max);
    break;
  default:
    break;
  }
}

void cg_hoist_loop(Fn *F, Stmt *s) {
  Hoister h = {F, MAX_HOIST};
  if (s->kind == S_FOR) {
    cg_walk_expr(s->u.fors.cond, visit_hoist, &h);
    cg_walk_body(s->u.fors.post, visit_hoist, &h);
    cg_walk_body(s->u.fors.body, visit_hoist, &h);
  } else if (s->kind == S_RANGE) {
    cg_walk_body(s->u.range.body, visit_hoist, &h);
  }
}

/* }==================================================================== */

/* A bool value out of a condition, for && and || used as values. */
static void materialise(Fn *F, Expr *e, int d) {
  Label no = cg_label(F), end = cg_label(F);
  cg_cond(F, e, false, no);
  cg_emit_bx(F, OP_LOADI, d, 1);
  cg_jump(F, end);
  cg_place(F, no);
  cg_emit_bx(F, OP_LOADI, d, 0);
  cg_place(F, end);
}

static void binary_to(Fn *F, Expr *e, int d) {
  TokenKind op = e->u.binary.op;
  if (op == TK_LAND || op == TK_LOR) materialise(F, e, d);
  else if (is_comparison(op)) compare_to(F, op, e->u.binary.x, e->u.binary.y, d);
  else if (op == TK_ADD && ty_is_string(ul(cg_vtype(e)))) cg_concat_to(F, e, e->u.binary.x, e->u.binary.y, d);
  else cg_binop_to(F, op, cg_vtype(e), e->u.binary.x, e->u.binary.y, d);
}

/* }==================================================================== */

/* {====================================================================
** Interfaces and conversions
** ===================================================================== */

void cg_to_iface(Fn *F, int dst, int src, Type *from) { cg_to_iface_of(F, dst, src, from, NULL); }

void cg_to_iface_of(Fn *F, int dst, int src, Type *from, const Expr *e) {
  if (is_iface(from)) { cg_move(F, dst, src, 2); return; }
  int rt = cg_rtype(F->cg, from);
  if (rt > 0xFFFF) { cg_error(F->cg, (Pos){F->line, 1, F->file}, "too many types"); return; }
  if (cg_nwords(from) == 1) {
    cg_emit(F, OP_MKIFACE, dst, src, rt);
  } else {
    /* the boxed copy is an allocation: a site of its own */
    Type *u = ul(from);
    if (!u->complete) ty_complete(u);
    /* at the position gc reports the conversion at, when known */
    const EscSite *es = e ? esc_iface_site(F->cg->c, cg_unparen((Expr *)e)) : NULL;
    Pos at = es ? es->pos : e ? e->pos : (Pos){F->line, 0, F->file};
    int site = cg_site(F, at, "interface conversion", "interface box", from,
                       u->size > 8 * cg_nwords(from) ? u->size : 8 * cg_nwords(from));
    int mark = F->top;
    int box = e ? cg_frame_box(F, e, site, src, from) : -1;
    if (box >= 0) {
      cg_emit(F, OP_MKIFACE, dst, box, rt);   /* the data word: the frame copy */
    } else {
      cg_emit(F, OP_MKIFACES, dst, src, rt);
      cg_emit_bx(F, OP_EXTRA, 0, (uint32_t)site);
    }
    F->top = mark;
  }
  cg_mark_word(F, dst);
  cg_mark_word(F, dst + 1);
}

/* The interface value of e in dst..dst+1. The operand goes above dst+1 so
** MKIFACE never reads a word it has already written. */
static void iface_to(Fn *F, Expr *e, int d) {
  int mark = F->top;
  if (is_nil(e)) {
    cg_emit(F, OP_ZERO, d, 2, 0);
  } else if (is_iface(e->type)) {
    cg_expr_to(F, e, d);
  } else {
    if (F->top < d + 2) F->top = d + 2;
    cg_reserve(F, F->top);
    int r = cg_expr_any(F, e);
    cg_to_iface_of(F, d, r, cg_vtype(e), e);
  }
  F->top = mark;
  cg_mark_word(F, d);
  cg_mark_word(F, d + 1);
}

void cg_expr_as(Fn *F, Expr *e, int d, Type *target) {
  if (is_iface(target) && !is_iface(e->type)) iface_to(F, e, d);
  else cg_expr_to(F, e, d);
}

static void int_convert(Fn *F, Expr *x, Type *fu, Type *tu, int d) {
  int fb = type_bits(fu), tb = type_bits(tu);
  bool fs = !ty_is_unsigned(fu), ts = !ty_is_unsigned(tu);
  bool keeps = tb == 64 || (fb < tb && (!fs || ts)) || (fb == tb && fs == ts);
  if (keeps) { cg_expr_to(F, x, d); return; }
  int mark = F->top;
  int a = cg_expr_any(F, x);
  F->top = mark;
  ext_to(F, tu, d, a);
}

/* The conversion [conv] of x to type [to] into d. */
static void convert_to(Fn *F, Expr *conv, Expr *x, Type *to, int d) {
  Type *fu = ul(cg_vtype(x)), *tu = ul(to);
  int mark = F->top;
  if (is_iface(tu)) { iface_to(F, x, d); return; }
  if (cg_convert_mem(F, conv, x, to, d)) return;
  if (ty_is_string(tu)) {
    if (ty_is_string(fu)) { cg_expr_to(F, x, d); return; }
    if (!ty_is_integer(fu)) { unsupported(F, x, "this conversion is"); return; }
    int a = cg_expr_any(F, x);
    F->top = mark;
    cg_emit(F, OP_STRRUNE, d, a, 0);
    return;
  }
  if (ty_is_integer(tu) && ty_is_integer(fu)) { int_convert(F, x, fu, tu, d); return; }
  if (ty_is_integer(tu) && ty_is_float(fu)) {
    int a = cg_expr_any(F, x);
    F->top = mark;
    /* as Go on amd64: 64-bit targets, uint32 via a 64-bit conversion, the
    ** other narrow ones via CVTTSD2SL (F2I32) */
    int bits = type_bits(tu);
    bool uns = ty_is_unsigned(tu);
    int op = bits == 64 ? (uns ? OP_F2U : OP_F2I) : (uns && bits == 32 ? OP_F2I : OP_F2I32);
    cg_emit(F, op, d, a, 0);
    ext(F, tu, d);
    return;
  }
  if (ty_is_float(tu) && ty_is_integer(fu)) {
    int a = cg_expr_any(F, x);
    F->top = mark;
    cg_emit(F, ty_is_unsigned(fu) ? OP_U2F : OP_I2F, d, a, 0);
    if (tu->kind == TY_FLOAT32) cg_emit(F, OP_F32, d, d, 0);
    return;
  }
  if (ty_is_float(tu) && ty_is_float(fu)) {
    if (tu->kind == TY_FLOAT32 && fu->kind != TY_FLOAT32) {
      int a = cg_expr_any(F, x);
      F->top = mark;
      cg_emit(F, OP_F32, d, a, 0);
    } else {
      cg_expr_to(F, x, d);
    }
    return;
  }
  if (ty_is_complex(tu) && ty_is_complex(fu)) { cg_cplx_convert(F, x, tu, d); return; }
  if (ty_identical_ignore_tags(fu, tu) || (ty_is_boolean(fu) && ty_is_boolean(tu))) { cg_expr_to(F, x, d); return; }
  unsupported(F, x, "this conversion is");
}

/* }==================================================================== */

/* {====================================================================
** Calls
** ===================================================================== */

/* What call_op emits: a call, a go statement or a defer statement. */
typedef enum CallMode { CM_CALL, CM_GO, CM_DEFER } CallMode;
static int call_op(Fn *F, Expr *e, CallMode mode);

static bool is_conversion(Expr *call) {
  Expr *fn = cg_unparen(call->u.call.fn);
  return fn->mode == MODE_TYPE;
}

static Builtin builtin_of(Expr *call) {
  Expr *fn = cg_unparen(call->u.call.fn);
  if (fn->kind == E_IDENT && fn->u.ident.obj && fn->u.ident.obj->kind == OBJ_BUILTIN)
    return fn->u.ident.obj->builtin;
  return BI_NONE;
}

int cg_nresults(Expr *e) {
  e = cg_unparen(e);
  if (!e->type) return 0;
  if (e->type->kind == TY_TUPLE) return e->type->u.tuple.n;
  return 1;
}

Type *cg_result_type(Expr *e, int i, int *word) {
  e = cg_unparen(e);
  if (e->type->kind != TY_TUPLE) { *word = 0; return e->type; }
  *word = cg_sig_words(e->type->u.tuple.types, i);
  return e->type->u.tuple.types[i];
}

/* Moves a value of type [from] at [src] into [dst] as type [to]. */
static void move_as(Fn *F, int dst, int src, Type *from, Type *to) {
  if (is_iface(to) && !is_iface(from)) cg_to_iface(F, dst, src, from);
  else cg_move(F, dst, src, cg_nwords(to));
  cg_mark(F, dst, to);
}

/* Frame-backed variadic slices are only sound when the element's memory
** layout is its register layout. */
static bool frame_elem_ok(Type *et) {
  Type *u = ul(et);
  if (u->kind == TY_INTERFACE || u->kind == TY_STRING) return true;
  int bits = type_bits(u);
  return cg_nwords(et) == 1 && bits == 64 && u->kind != TY_BOOL && u->kind != TY_FLOAT32;
}

/* The arguments of a call, into its window at w (win words: the larger of
** the parameter and result words; for a method, w and win start after the
** receiver). Variadic extras go to frame words above
** the window and are passed as a FRAMESLICE. A single multi-valued call
** argument f(g()) spreads g's results over the parameters. */
static void args_to(Fn *F, Expr *e, Type *sig, int w, int win, bool native, bool deferred) {
  ExprList *args = &e->u.call.args;
  int np = sig->u.func.nparams;
  Type **pt = sig->u.func.params;
  bool spread = sig->u.func.variadic && !e->u.call.has_ellipsis;
  int nfixed = spread ? np - 1 : np;
  Type *et = spread ? ul(pt[np - 1])->u.slice.elem : NULL;
  int ew = et ? cg_nwords(et) : 0;
  int nvals = args->n == 1 && cg_nresults(args->v[0]) > 1 ? cg_nresults(args->v[0]) : args->n;
  int nextra = spread ? nvals - nfixed : 0;
  if (nextra < 0) nextra = 0;
  if (spread && native && !frame_elem_ok(et)) { unsupported(F, e, "this variadic call is"); return; }
  int pairs = w + win;   /* (w, win: the window after the receiver) */
  F->top = pairs + nextra * ew;
  cg_reserve(F, F->top);
  int slice_slot = w + cg_sig_words(pt, nfixed);

  if (nvals != args->n) {
    /* f(g()): g's window above everything, then spread its results */
    Expr *g = args->v[0];
    bool direct = !spread;
    for (int i = 0; direct && i < np; i++) {
      int word;
      Type *rt = cg_result_type(g, i, &word);
      direct = !is_iface(pt[i]) || is_iface(rt);
    }
    if (direct) {
      F->top = w;
      cg_call(F, g);             /* results land in the window */
    } else {
      int r = cg_call(F, g);
      int off = 0;
      for (int i = 0; i < nvals; i++) {
        int word;
        Type *rt = cg_result_type(g, i, &word);
        if (i < nfixed) {
          move_as(F, w + off, r + word, rt, pt[i]);
          off += cg_nwords(pt[i]);
        } else {
          move_as(F, pairs + (i - nfixed) * ew, r + word, rt, et);
        }
      }
    }
  } else {
    int off = 0;
    for (int i = 0; i < nfixed && i < args->n; i++) {
      F->top = w + off;
      cg_reserve(F, w + off + cg_nwords(pt[i]));
      cg_expr_as(F, args->v[i], w + off, pt[i]);
      cg_mark(F, w + off, pt[i]);
      off += cg_nwords(pt[i]);
    }
    for (int j = 0; j < nextra; j++) {
      F->top = pairs + nextra * ew;
      cg_expr_as(F, args->v[nfixed + j], pairs + j * ew, et);
      cg_mark(F, pairs + j * ew, et);
    }
  }
  if (spread) {
    if (nextra == 0) cg_emit(F, OP_ZERO, slice_slot, 3, 0);
    /* a deferred call's words are copied into its record: its ... array
    ** must outlive this window (heap, or the frame slot escape analysis
    ** gave it) */
    else if (!native || deferred) cg_heap_array(F, et, pairs, nextra, slice_slot, e->u.call.lparen, e);
    else cg_emit(F, OP_FRAMESLICE, slice_slot, pairs, nextra);
    cg_mark_word(F, slice_slot);
  }
  F->top = w + win;
}

/* How a call reaches its callee. */
typedef enum CallKind { CK_DIRECT, CK_NATIVE, CK_METHOD, CK_NATIVE_METHOD, CK_VALUE, CK_IFACE } CallKind;

int cg_call(Fn *F, Expr *e) { return call_op(F, e, CM_CALL); }

/* go f(args): the arguments go to a window as for a call, then GO (GOF for
** a func value) copies them to the new goroutine's stack. */
void cg_go(Fn *F, Expr *e) {
  int mark = F->top;
  call_op(F, e, CM_GO);
  F->top = mark;
}

static int print_kind(Type *t);

/* defer print(args) / println(args): the operands now, into a DK_PRINT
** record (opcodes.h), printed when it runs. */
static void defer_print(Fn *F, Expr *e, bool ln) {
  ExprList *args = &e->u.call.args;
  if (args->n == 1 && cg_nresults(args->v[0]) > 1) { unsupported(F, e, "defer of print(f()) is"); return; }
  int n = args->n, words = 2 + n;
  for (int i = 0; i < n; i++) {
    if (print_kind(cg_vtype(args->v[i])) < 0) { unsupported(F, args->v[i], "printing this type is"); return; }
    words += cg_nwords(cg_vtype(args->v[i]));
  }
  if (words > 0xFFFF) { unsupported(F, e, "a print with this many operands is"); return; }
  int w = cg_alloc_words(F, words, true);
  cg_emit_bx(F, OP_LOADI, w, (uint32_t)n);
  cg_emit_bx(F, OP_LOADI, w + 1, ln ? 1 : 0);
  for (int i = 0, off = w + 2 + n; i < n; i++) {
    Type *t = cg_vtype(args->v[i]);
    cg_emit_bx(F, OP_LOADI, w + 2 + i, (uint32_t)print_kind(t));
    cg_expr_to(F, args->v[i], off);
    cg_mark(F, off, t);
    off += cg_nwords(t);
  }
  cg_emit(F, OP_DEFER, w, words, DK_PRINT);
  cg_emit_bx(F, OP_EXTRA, 0, 0);
}

/* defer f(args): the callee and the arguments are evaluated now, into a
** window as for a call; DEFER copies them into a record (vm/defer.c).
** `defer recover()` recovers nothing (recover is not called by a deferred
** function): it is dropped. */
void cg_defer(Fn *F, Expr *e) {
  int mark = F->top;
  Builtin b = builtin_of(e);
  if (b == BI_RECOVER) return;
  if (b == BI_CLOSE || b == BI_PANIC) {
    /* the argument now, the builtin when the record runs */
    int w = cg_alloc_words(F, 2, true);
    if (b == BI_CLOSE) cg_expr_to(F, e->u.call.args.v[0], w);
    else iface_to(F, e->u.call.args.v[0], w);
    cg_emit(F, OP_DEFER, w, b == BI_CLOSE ? 1 : 2, b == BI_CLOSE ? DK_CLOSE : DK_PANIC);
    cg_emit_bx(F, OP_EXTRA, 0, 0);
    F->top = mark;
    return;
  }
  if (b == BI_PRINT || b == BI_PRINTLN) {
    defer_print(F, e, b == BI_PRINTLN);
    F->top = mark;
    return;
  }
  if (b != BI_NONE || is_conversion(e)) { unsupported(F, e, "defer of this builtin is"); return; }
  call_op(F, e, CM_DEFER);
  F->top = mark;
}

/* x.M where M is a native method of a standard-library type
** (sync.WaitGroup.Add): its native index, else -1; *ptr says whether its
** receiver is a pointer (else the value, time.Duration.String). */
static int native_method(CG *cg, Expr *fn, bool *ptr) {
  if (fn->kind != E_SELECTOR || fn->u.selector.obj) return -1;
  const Selection *sel = chk_selection(cg->c, fn);
  if (sel && sel->kind == SEL_METHOD && sel->method && !sel->method->decl && sel->method->native >= 0) {
    *ptr = !sel->m || sel->m->ptr_recv;
    return sel->method->native;
  }
  return -1;
}

/* A native with a func parameter calls Go (sync.Once.Do through
** dfr_call_go), which only a CALLN of a running frame can do: not a
** deferred record or a go statement's frameless goroutine. */
static bool calls_back(Type *sig) {
  for (int i = 0; i < sig->u.func.nparams; i++)
    if (ul(sig->u.func.params[i])->kind == TY_FUNC) return true;
  return false;
}

static int call_op(Fn *F, Expr *e, CallMode mode) {
  bool go = mode == CM_GO;
  CG *cg = F->cg;
  Expr *fn = cg_unparen(e->u.call.fn);
  Object *o = NULL;
  CallKind kind = CK_VALUE;
  int index = -1;
  bool recv = false, nptr = true;
  if (fn->kind == E_IDENT) o = fn->u.ident.obj;
  else if (fn->kind == E_SELECTOR && fn->u.selector.obj) o = fn->u.selector.obj;
  if (o && o->kind == OBJ_FUNC && fn->kind == E_SELECTOR) {
    kind = CK_NATIVE;
    index = o->native;
  } else if (o && o->kind == OBJ_FUNC && o->cg_data == cg->func_token) {
    kind = CK_DIRECT;
    index = o->cg_index;
  } else if ((index = native_method(cg, fn, &nptr)) >= 0) {
    kind = CK_NATIVE_METHOD;
  } else if (cg_is_iface_call(cg, fn)) {
    kind = CK_IFACE;
  } else if ((index = cg_method_callee(F, fn, &recv)) >= 0) {
    kind = recv ? CK_METHOD : CK_DIRECT;
  }
  /* go/defer x.M() of an interface x runs the method value x.M, made (and
  ** a nil x caught) by the statement, as Go evaluates it */
  if (mode != CM_CALL && kind == CK_IFACE) kind = CK_VALUE;
  Type *sig = ul(fn->type ? fn->type : o ? o->type : NULL);
  bool native = kind == CK_NATIVE || kind == CK_NATIVE_METHOD;
  /* a native package variable of func type (bufio.ScanWords) holds a
  ** sentinel only the library's natives understand, not a callable value */
  bool sentinel = kind == CK_VALUE && o && o->kind == OBJ_VAR && o->native >= 0;
  if (sentinel || (kind == CK_NATIVE && index < 0) || !sig || sig->kind != TY_FUNC) {
    unsupported(F, e, go ? "go with this function is" : "calling this function is");
    return F->top;
  }
  if (mode != CM_CALL && native && calls_back(sig)) {
    unsupported(F, e, go ? "go with this function is" : "defer of this function is");
    return F->top;
  }
  int nh = F->nhoist;
  cg_precall(F, e->u.call.args.v, e->u.call.args.n);
  int fv = -1;
  if (kind == CK_VALUE) fv = cg_expr_any(F, fn);   /* the func value first, as gc */
  int irt = 0, imeth = 0;
  if (kind == CK_IFACE) fv = cg_iface_recv(F, fn, &irt, &imeth);
  int w = F->top;
  Type *rt = kind == CK_METHOD ? cg_method_sig(cg, chk_selection(cg->c, fn)->method)->u.func.params[0] : NULL;
  Type *nrt = kind == CK_NATIVE_METHOD && !nptr ? cg_vtype(fn->u.selector.x) : NULL;
  bool nrt_deref = nrt && ul(nrt)->kind == TY_POINTER;  /* p.M of a value method: M gets *p */
  if (nrt_deref) nrt = ul(nrt)->u.ptr.elem;
  int recvw = rt ? cg_nwords(rt) : nrt ? cg_nwords(nrt) : kind == CK_NATIVE_METHOD || kind == CK_IFACE ? 1 : 0;
  int pw = recvw + cg_sig_words(sig->u.func.params, sig->u.func.nparams);
  int rw = cg_sig_words(sig->u.func.results, sig->u.func.nresults);
  int win = pw > rw ? pw : rw;
  int saved = F->line;
  if (rt) {
    cg_reserve(F, w + win);
    cg_recv_to(F, fn, w);
    F->top = w + recvw;
  } else if (kind == CK_IFACE) {
    cg_reserve(F, w + 1);     /* CALLI stores the data word there */
    F->top = w + 1;
    cg_mark_word(F, w);
  } else if (kind == CK_NATIVE_METHOD) {
    /* the receiver: its value, or a pointer (x, or the implicit &x) */
    Expr *x = fn->u.selector.x;
    cg_reserve(F, w + win);
    F->top = w + recvw;
    if (nrt_deref) {
      Place p = {PL_MEM, cg_expr_any(F, x), 0, nrt, 0, 0, false, 0};
      cg_load_place(F, &p, w);
      F->top = w + recvw;
    } else if (nrt) cg_expr_to(F, x, w);
    else if (ul(cg_vtype(x))->kind == TY_POINTER) cg_expr_to(F, x, w);
    else cg_addr_to(F, x, x, w);
    if (nrt) cg_mark(F, w, nrt);
    else cg_mark_word(F, w);
  }
  /* a deferred call's or a goroutine's ...T slice outlives this frame */
  args_to(F, e, sig, w + recvw, win - recvw, native, mode != CM_CALL);
  F->line = e->u.call.lparen.line ? e->u.call.lparen.line : e->pos.line;
  if (go && native) {  /* the native's window goes into the new G's record */
    cg_emit(F, OP_GON, w, win, 0);
    cg_emit_bx(F, OP_EXTRA, 0, (uint32_t)index);
    F->line = saved;
    F->nhoist = nh;
    return w;
  }
  if (mode == CM_DEFER) {
    int dk = native ? DK_NATIVE : kind == CK_VALUE ? DK_CLOSURE : DK_FUNC;
    cg_emit(F, OP_DEFER, w, win, dk);
    cg_emit_bx(F, OP_EXTRA, fv < 0 ? 0 : fv, (uint32_t)(index < 0 ? 0 : index));
    F->line = saved;
    F->nhoist = nh;
    return w;
  }
  if (native) cg_emit_bx(F, OP_CALLN, w, (uint32_t)index);
  else if (kind == CK_VALUE) cg_emit(F, go ? OP_GOF : OP_CALLF, w, fv, 0);
  else if (kind == CK_IFACE) {
    cg_emit(F, OP_CALLI, w, fv, 0);
    cg_emit(F, OP_EXTRA, irt, imeth, 0);
  }
  else cg_emit_bx(F, go ? OP_GO : OP_CALL, w, (uint32_t)index);
  F->line = saved;
  cg_reserve(F, w + win);
  int off = 0;
  for (int i = 0; i < sig->u.func.nresults; i++) {
    cg_mark(F, w + off, sig->u.func.results[i]);
    off += cg_nwords(sig->u.func.results[i]);
  }
  F->top = w + rw;
  F->nhoist = nh;
  return w;
}

static int print_kind(Type *t) {
  Type *u = ul(t);
  if (!u) return -1;
  if (ty_is_boolean(u)) return RP_BOOL;
  if (ty_is_integer(u)) return ty_is_unsigned(u) ? RP_UINT : RP_INT;
  if (ty_is_float(u)) return RP_FLOAT;
  if (ty_is_complex(u)) return RP_COMPLEX;
  if (ty_is_string(u)) return RP_STRING;
  switch (u->kind) {
  case TY_POINTER: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_UNSAFEPOINTER:
    return RP_POINTER;
  case TY_SLICE: return RP_SLICE;
  case TY_INTERFACE: return RP_IFACE;
  default:
    return -1;
  }
}

/* print / println: every operand is evaluated first, as gc does, then
** printed; println separates with spaces and ends with a newline. */
static void print_call(Fn *F, Expr *e, bool ln) {
  ExprList *args = &e->u.call.args;
  int mark = F->top;
  int n = args->n == 1 ? cg_nresults(args->v[0]) : args->n;
  int nh = F->nhoist;
  cg_precall(F, args->v, args->n);
  int *regs = arena_alloc(&F->cg->c->arena, sizeof(int) * (size_t)(n + 1));
  Type **types = arena_alloc(&F->cg->c->arena, sizeof(Type *) * (size_t)(n + 1));
  if (args->n == 1 && n > 1) {
    int r = cg_call(F, args->v[0]);
    for (int i = 0; i < n; i++) {
      int word;
      types[i] = cg_result_type(args->v[0], i, &word);
      regs[i] = r + word;
    }
  } else {
    for (int i = 0; i < n; i++) {
      regs[i] = cg_expr_any(F, args->v[i]);
      types[i] = cg_vtype(args->v[i]);
    }
  }
  int saved = F->line;
  F->line = e->u.call.lparen.line ? e->u.call.lparen.line : e->pos.line;
  for (int i = 0; i < n; i++) {
    int k = print_kind(types[i]);
    if (k < 0) { unsupported(F, args->v[args->n == 1 ? 0 : i], "printing this type is"); break; }
    if (ln && i > 0) cg_emit(F, OP_PRINT, 0, RP_SPACE, 0);
    cg_emit(F, OP_PRINT, regs[i], k, 0);
  }
  if (ln) cg_emit(F, OP_PRINT, 0, RP_NEWLINE, 0);
  F->line = saved;
  F->top = mark;
  F->nhoist = nh;
}

static void builtin_to(Fn *F, Expr *e, Builtin b, int d) {
  ExprList *args = &e->u.call.args;
  int mark = F->top;
  switch (b) {
  case BI_LEN: case BI_CAP: {
    Type *u = ul(cg_vtype(args->v[0]));
    int a = cg_expr_any(F, args->v[0]);
    F->top = mark;
    if (ty_is_string(u) && b == BI_LEN) cg_emit(F, OP_SLEN, d, a, 0);
    else if (u->kind == TY_ARRAY) cg_emit_bx(F, OP_LOADI, d, (uint32_t)u->u.array.len);
    else if (u->kind == TY_POINTER && ul(u->u.ptr.elem)->kind == TY_ARRAY)
      cg_emit_bx(F, OP_LOADI, d, (uint32_t)ul(u->u.ptr.elem)->u.array.len);
    else if (u->kind == TY_SLICE) cg_emit(F, b == BI_LEN ? OP_SLLEN : OP_SLCAP, d, a, 0);
    else if (u->kind == TY_MAP && b == BI_LEN) cg_emit(F, OP_MAPLEN, d, a, 0);
    else if (u->kind == TY_CHAN) cg_emit(F, b == BI_LEN ? OP_CHANLEN : OP_CHANCAP, d, a, 0);
    else unsupported(F, e, "this use of len/cap is");
    return;
  }
  case BI_PRINT: case BI_PRINTLN:
    print_call(F, e, b == BI_PRINTLN);
    return;
  case BI_NEW: cg_new_to(F, e, d); return;
  case BI_MAKE: cg_make_to(F, e, d); return;
  case BI_APPEND: cg_append_to(F, e, d); return;
  case BI_COPY: cg_copy_to(F, e, d); return;
  case BI_DELETE: cg_map_delete(F, e); return;
  case BI_CLOSE: cg_close(F, e); return;
  case BI_COMPLEX: case BI_REAL: case BI_IMAG: cg_cplx_builtin(F, e, b, d); return;
  case BI_RECOVER:
    cg_reserve(F, d + 2);
    cg_emit(F, OP_RECOVER, d, 0, 0);
    cg_mark(F, d, e->type);
    return;
  case BI_PANIC: {
    int t = cg_alloc_words(F, 2, true);
    iface_to(F, args->v[0], t);
    int saved = F->line;
    F->line = e->u.call.lparen.line ? e->u.call.lparen.line : e->pos.line;
    cg_emit(F, OP_PANIC, t, 0, 0);
    F->line = saved;
    F->top = mark;
    return;
  }
  default:
    unsupported(F, e, "this builtin is");
  }
}

/* A call used as a statement: its results, if any, are dropped. */
void cg_call_stmt(Fn *F, Expr *e) {
  int mark = F->top;
  e = cg_unparen(e);
  if (cg_is_recv(e)) {   /* <-ch: the value is dropped */
    cg_chan_recv_to(F, e, cg_alloc(F, cg_vtype(e)), -1);
    F->top = mark;
    return;
  }
  if (is_conversion(e)) {   /* _ = T(x): evaluated for its panics ((*[9]byte)(s)) */
    cg_expr_any(F, e);
    F->top = mark;
    return;
  }
  if (e->kind != E_CALL) { unsupported(F, e, "this expression statement is"); return; }
  Builtin b = builtin_of(e);
  if (b != BI_NONE) builtin_to(F, e, b, F->top);
  else cg_call(F, e);
  F->top = mark;
}

static void call_to(Fn *F, Expr *e, int d) {
  if (is_conversion(e)) {
    if (e->u.call.args.n != 1) { unsupported(F, e, "this conversion is"); return; }
    convert_to(F, e, e->u.call.args.v[0], e->type, d);
    return;
  }
  Builtin b = builtin_of(e);
  if (b != BI_NONE) { builtin_to(F, e, b, d); return; }
  int w = cg_call(F, e);
  cg_move(F, d, w, cg_nwords(e->type));
}

/* }==================================================================== */

/* {====================================================================
** Strings and slices
** ===================================================================== */

static int64_t mem_size(Type *t) {
  Type *u = ul(t);
  if (!u->complete) ty_complete(u);
  if (u->size > 0 || u->kind == TY_STRUCT || u->kind == TY_ARRAY) return u->size;
  switch (u->kind) {
  case TY_BOOL: case TY_INT8: case TY_UINT8: return 1;
  case TY_INT16: case TY_UINT16: return 2;
  case TY_INT32: case TY_UINT32: case TY_FLOAT32: return 4;
  default: return 8 * (int64_t)cg_nwords(t);
  }
}

/* d = element R[i] of the slice at s: SLLOAD zero-extends elements
** narrower than a word, so signed ones are sign-extended after. */
void cg_slice_load(Fn *F, int d, int s, int i, Type *et, Expr *at) {
  Type *u = ul(et);
  if (u->kind == TY_FLOAT32 || (cg_nwords(et) > 1 && !frame_elem_ok(et))) {
    /* general element types: address, then per-leaf loads */
    int mark = F->top;
    if (F->top < d + cg_nwords(et)) F->top = d + cg_nwords(et);
    int a = cg_alloc_words(F, 1, true);
    cg_emit(F, OP_INDEXADDR, a, s, i);
    uint32_t sz = (uint32_t)mem_size(et);
    cg_emit(F, OP_EXTRA, s + 1, (int)(sz & 0xFFFF), (int)(sz >> 16));
    Place p = {PL_MEM, a, 0, et, 0, 0, false, 0};
    cg_load_place(F, &p, d);
    F->top = mark;
    return;
  }
  cg_emit(F, OP_SLLOAD, d, s, cg_nwords(et));
  cg_emit(F, OP_EXTRA, i, (int)mem_size(et), 0);
  if (ty_is_integer(u) && !ty_is_unsigned(u)) ext(F, u, d);
}

static void index_to(Fn *F, Expr *e, int d) {
  Expr *x = e->u.index.x;
  Type *xu = ul(cg_vtype(x));
  int mark = F->top;
  int a = cg_expr_any(F, x);
  int i = cg_expr_any(F, e->u.index.index);
  F->top = mark;
  if (ty_is_string(xu)) {
    cg_emit(F, OP_SINDEX, d, a, i);
  } else if (xu->kind == TY_SLICE) {
    cg_slice_load(F, d, a, i, xu->u.slice.elem, e);
  } else {
    unsupported(F, e, "this index expression is");
  }
}

static void index_any_to(Fn *F, Expr *e, int d) {
  Type *xu = ul(cg_vtype(e->u.index.x));
  if (ty_is_string(xu) || xu->kind == TY_SLICE) index_to(F, e, d);
  else if (xu->kind == TY_ARRAY || xu->kind == TY_POINTER) place_to(F, e, d);
  else if (xu->kind == TY_MAP) cg_map_load(F, e, d, -1);
  else unsupported(F, e, "this index expression is");
}

/* The slice {&array, len, len} over an array in memory (an addressable
** array variable, moved to the heap) or behind a pointer. */
static int array_as_slice(Fn *F, Expr *x, Type **xu) {
  Type *u = *xu;
  int s = cg_alloc_words(F, 3, false);
  cg_mark_word(F, s);
  if (u->kind == TY_POINTER) {
    cg_expr_to(F, x, s);
    cg_emit(F, OP_NILCHK, s, 0, 0);
    u = ul(u->u.ptr.elem);
  } else {
    cg_addr_to(F, x, NULL, s);
  }
  cg_emit_bx(F, OP_LOADI, s + 1, (uint32_t)u->u.array.len);
  cg_emit_bx(F, OP_LOADI, s + 2, (uint32_t)u->u.array.len);
  *xu = ty_new_slice(F->cg->c, u->u.array.elem);
  return s;
}

static void slice_to(Fn *F, Expr *e, int d) {
  Type *xu = ul(cg_vtype(e->u.slice.x));
  int mark = F->top;
  bool array = xu->kind == TY_ARRAY || xu->kind == TY_POINTER;
  int a = xu->kind == TY_ARRAY || xu->kind == TY_POINTER ? array_as_slice(F, e->u.slice.x, &xu)
        : cg_expr_any(F, e->u.slice.x);
  int lo = e->u.slice.lo ? cg_expr_any(F, e->u.slice.lo) : 0;
  int hi = e->u.slice.hi ? cg_expr_any(F, e->u.slice.hi) : 0;
  int mx = e->u.slice.max ? cg_expr_any(F, e->u.slice.max) : 0;
  F->top = mark;
  if (ty_is_string(xu)) {
    cg_emit(F, OP_SSLICE, d, a, 0);
    cg_emit(F, OP_EXTRA, lo, hi, (e->u.slice.lo ? 1 : 0) | (e->u.slice.hi ? 2 : 0));
  } else if (xu->kind == TY_SLICE) {
    cg_emit(F, array ? OP_SLSLICEA : OP_SLSLICE, d, a, (int)mem_size(xu->u.slice.elem));
    cg_emit(F, OP_EXTRA, e->u.slice.lo ? lo : 0xFFFF, e->u.slice.hi ? hi : 0xFFFF,
            e->u.slice.max ? mx : 0xFFFF);
  } else {
    unsupported(F, e, "this slice expression is");
  }
}

/* }==================================================================== */

void cg_expr_to(Fn *F, Expr *e, int d) {
  if (F->cg->failed) return;
  int saved = F->line, mark = F->top;
  if (e->kind == E_CALL && e->u.call.lparen.line) F->line = e->u.call.lparen.line;
  else if (e->kind == E_INDEX && e->u.index.lbrack.line) F->line = e->u.index.lbrack.line;
  else if (e->kind == E_SLICE && e->u.slice.lbrack.line) F->line = e->u.slice.lbrack.line;
  else if (e->pos.line) F->line = e->pos.line;
  cg_reserve(F, d + cg_nwords(e->type));
  Expr *u = cg_unparen(e);
  int pre = -1;
  for (int i = F->nhoist - 1; i >= 0 && pre < 0; i--)
    if (F->hoist_e[i] == u) pre = F->hoist_r[i];
  if (pre >= 0) {
    cg_move(F, d, pre, cg_nwords(e->type));
  } else if (e->cval) {
    cg_load_const(F, e->type, e->cval, d);
  } else {
    switch (e->kind) {
    case E_PAREN: cg_expr_to(F, e->u.paren.x, d); break;
    case E_IDENT: case E_SELECTOR: var_to(F, e, d); break;
    case E_BINARY: binary_to(F, e, d); break;
    case E_UNARY: unary_to(F, e, d); break;
    case E_CALL: call_to(F, e, d); break;
    case E_INDEX: index_any_to(F, e, d); break;
    case E_STAR: place_to(F, e, d); break;
    case E_COMPOSITE: cg_composite_to(F, e, d); break;
    case E_SLICE: slice_to(F, e, d); break;
    case E_FUNCLIT: cg_funclit_to(F, e, d); break;
    case E_TYPEASSERT: cg_assert_to(F, e, d, -1); break;
    default: unsupported(F, e, expr_kind_name(e->kind)); break;
    }
  }
  cg_mark(F, d, cg_vtype(e));
  F->top = mark;
  F->line = saved;
}

int cg_expr_any(Fn *F, Expr *e) {
  Expr *u = cg_unparen(e);
  for (int i = F->nhoist - 1; i >= 0; i--)
    if (F->hoist_e[i] == u) return F->hoist_r[i];
  if (!u->cval && u->kind == E_IDENT && cg_is_local(F, u->u.ident.obj))
    return u->u.ident.obj->cg_index;
  int d = F->top;
  if (u->kind == E_CALL && !is_conversion(u) && builtin_of(u) == BI_NONE) {
    d = cg_call(F, u);
    F->top = d + cg_nwords(e->type);
    return d;
  }
  cg_expr_to(F, e, d);
  F->top = d + cg_nwords(cg_vtype(e));
  cg_reserve(F, F->top);
  return d;
}
