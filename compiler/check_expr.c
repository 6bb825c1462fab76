/*
** check_expr.c — expressions (types2's expr.go, operand.go, conversions.go,
** the identifier half of typexpr.go and assignments.go's assignment).
**
** Expressions are checked top down into Operands; on the way out,
** chk_raw_expr records each one's mode/type/value on its Expr. Untyped
** values are the subtle part (spec "Constants", "Operands"): an untyped
** constant keeps its exact value and kind until the context gives it a type
** (assignment, conversion, an operand of another type, a comparison); then
** chk_update_expr_type walks back down the already-recorded subexpressions
** that were untyped and gives them their final type. Constant subtrees are
** left alone except for their root, whose value is converted (and checked
** to be representable) in the final type. The left operand of a
** non-constant shift is typed "as if the shift were not there": it is marked
** is_lhs and must turn out to be an integer once its type is known.
*/
#include <string.h>

#include "check.h"

static Arena *A(Checker *k) { return &k->c->arena; }

static void set_invalid(Operand *x) {
  x->mode = MODE_INVALID;
}

bool chk_is_const_type(Type *t) {
  Type *u = ty_underlying(t);
  return ty_is_basic(u) && (ty_is_boolean(u) || ty_is_numeric(u) || ty_is_string(u));
}

/* {=================================================================
** Recording and untyped expressions
** ================================================================== */

void chk_record(Checker *k, Operand *x) {
  Expr *e = x->expr;
  if (!e) return;
  Type *t = x->type;
  int mode = x->mode;
  if (mode == MODE_INVALID || !t) t = TY(TY_INVALID);
  if (mode == MODE_NIL) mode = MODE_VALUE;
  e->mode = (uint8_t)mode;
  e->type = t;
  e->cval = x->mode == MODE_CONST ? x->val : NULL;
  if (x->mode != MODE_INVALID && ty_is_untyped(t)) {
    Untyped *u = pmap_get(&k->untyped, e);
    if (!u) {
      u = arena_alloc(A(k), sizeof *u);
      pmap_put(A(k), &k->untyped, e, u);
    }
    u->final = false;
  }
}

static bool is_comparison(TokenKind op) {
  return op == TK_EQL || op == TK_NEQ || op == TK_LSS || op == TK_LEQ || op == TK_GTR || op == TK_GEQ;
}

static bool is_shift(TokenKind op) { return op == TK_SHL || op == TK_SHR; }

static void update_expr_type0(Checker *k, Expr *parent, Expr *e, Type *typ, bool final);

/* expr.go's updateExprType. */
void chk_update_expr_type(Checker *k, Expr *e, Type *t, bool final) { update_expr_type0(k, NULL, e, t, final); }

static void update_expr_type0(Checker *k, Expr *parent, Expr *e, Type *typ, bool final) {
  if (!e) return;
  Untyped *old = pmap_get(&k->untyped, e);
  if (!old || old->final) return;
  switch (e->kind) {
  case E_PAREN: update_expr_type0(k, e, e->u.paren.x, typ, final); break;
  case E_UNARY:
    if (e->mode == MODE_CONST) break; /* constant operands are never materialized */
    update_expr_type0(k, e, e->u.unary.x, typ, final);
    break;
  case E_BINARY:
    if (e->mode == MODE_CONST) break;
    if (is_comparison(e->u.binary.op)) {
      /* the operands have their own final types */
    } else if (is_shift(e->u.binary.op)) {
      update_expr_type0(k, e, e->u.binary.x, typ, final);
    } else {
      update_expr_type0(k, e, e->u.binary.x, typ, final);
      update_expr_type0(k, e, e->u.binary.y, typ, final);
    }
    break;
  case E_IDENT:
  case E_BASICLIT:
  case E_SELECTOR:
  case E_CALL: break;
  default: return; /* never untyped */
  }
  if (!final && ty_is_untyped(typ)) {
    e->type = ty_underlying(typ);
    return;
  }
  old->final = true;
  if (old->is_lhs) {
    /* the lhs of a shift must end up an integer */
    if (!ty_is_integer(typ)) {
      chk_error(k, chk_start(e), "invalid operation: %s (shift of type %s)", chk_expr_str(k, parent),
                chk_type_str(k, typ));
      return;
    }
  }
  if (e->mode == MODE_CONST) {
    Operand c = {MODE_CONST, e, e->type, e->cval, BI_NONE};
    chk_convert_untyped(k, &c, typ);
    if (c.mode == MODE_INVALID) return;
    e->cval = c.val;
  }
  e->type = typ;
}

static void update_expr_val(Expr *e, ConstVal *v) {
  if (e && e->mode == MODE_CONST) e->cval = v;
}

/* What remains untyped at the end takes its default type; constants whose
** value does not fit it stay untyped (they are never materialized). */
void chk_finalize_untyped(Checker *k) {
  for (int i = 0; i < k->untyped.cap; i++) {
    Expr *e = (Expr *)k->untyped.keys[i];
    Untyped *u = k->untyped.vals[i];
    if (!e || !u || u->final) continue;
    Type *t = e->type;
    if (!ty_is_untyped(t) || t->kind == TY_UNTYPED_NIL) continue;
    Type *d = ty_default(t);
    if (e->mode == MODE_CONST) {
      ConstVal *r = NULL;
      if (!e->cval || !cst_representable(k->c, e->cval, ty_underlying(d)->kind, &r)) continue;
      e->cval = r;
    }
    e->type = d;
  }
}

/* }================================================================= */

/* {=================================================================
** Representability and implicit conversion
** ================================================================== */

/* expr.go's representation: the value in basic type t, or an error code. */
static ConstVal *representation(Checker *k, Operand *x, Type *t, int *code) {
  ConstVal *v = x->val;
  *code = ERR_NONE;
  if (!cst_representable(k->c, x->val, ty_underlying(t)->kind, &v)) {
    if (ty_is_numeric(x->type) && ty_is_numeric(t)) {
      *code = (!ty_is_integer(x->type) && ty_is_integer(t)) ? ERR_TRUNCATED : ERR_OVERFLOW;
    } else {
      *code = ERR_INVALID_CONST;
    }
    return NULL;
  }
  return v;
}

static void invalid_conversion(Checker *k, int code, Operand *x, Type *target) {
  const char *xs = chk_operand_str(k, x), *ts = chk_type_str(k, target);
  Pos pos = chk_start(x->expr);
  if (code == ERR_TRUNCATED) chk_error(k, pos, "%s truncated to %s", xs, ts);
  else if (code == ERR_OVERFLOW) chk_error(k, pos, "%s overflows %s", xs, ts);
  else chk_error(k, pos, "cannot convert %s to %s", xs, ts);
}

void chk_representable(Checker *k, Operand *x, Type *t) {
  int code;
  ConstVal *v = representation(k, x, t, &code);
  if (code) {
    invalid_conversion(k, code, x, t);
    set_invalid(x);
    return;
  }
  x->val = v;
}

Type *chk_implicit_type(Checker *k, Operand *x, Type *target, ConstVal **val, int *code) {
  *val = NULL;
  *code = ERR_NONE;
  if (x->mode == MODE_INVALID || !ty_is_untyped(x->type) || !target || target->kind == TY_INVALID) return x->type;
  if (ty_is_untyped(target)) {
    TypeKind xk = x->type->kind, tk = target->kind;
    if (ty_is_numeric(x->type) && ty_is_numeric(target)) {
      if (xk < tk) return target;
    } else if (xk != tk) {
      *code = ERR_INVALID_UNTYPED;
      return NULL;
    }
    return x->type;
  }
  if (x->mode == MODE_NIL) {
    if (ty_has_nil(target)) return target;
    *code = ERR_INVALID_UNTYPED;
    return NULL;
  }
  Type *u = ty_underlying(target);
  if (ty_is_basic(u)) {
    if (x->mode == MODE_CONST) {
      ConstVal *v = representation(k, x, u, code);
      if (*code) return NULL;
      *val = v;
      return target;
    }
    switch (x->type->kind) {
    case TY_UNTYPED_BOOL:
      if (!ty_is_boolean(target)) goto bad;
      break;
    case TY_UNTYPED_INT:
    case TY_UNTYPED_RUNE:
    case TY_UNTYPED_FLOAT:
    case TY_UNTYPED_COMPLEX:
      if (!ty_is_numeric(target)) goto bad;
      break;
    case TY_UNTYPED_STRING:
      if (!ty_is_string(target)) goto bad;
      break;
    default: goto bad;
    }
    return target;
  }
  if (u->kind == TY_INTERFACE) {
    /* values in interfaces have concrete types: the default one */
    if (u->u.iface.nmethods != 0) goto bad;
    return ty_default(x->type);
  }
bad:
  *code = ERR_INVALID_UNTYPED;
  return NULL;
}

void chk_convert_untyped(Checker *k, Operand *x, Type *target) {
  ConstVal *val;
  int code;
  Type *nt = chk_implicit_type(k, x, target, &val, &code);
  if (code) {
    Type *t = ty_underlying(target);
    invalid_conversion(k, code, x, t);
    set_invalid(x);
    return;
  }
  if (val) {
    x->val = val;
    update_expr_val(x->expr, val);
  }
  if (nt != x->type) {
    x->type = nt;
    chk_update_expr_type(k, x->expr, nt, false);
  }
}

/* }================================================================= */

/* {=================================================================
** Assignability (operand.go) and assignment (assignments.go)
** ================================================================== */

static bool has_name(Type *t) { return t && (t->kind == TY_NAMED || ty_is_basic(t)); }

bool chk_assignable(Checker *k, Operand *x, Type *T, const char **reason) {
  if (x->mode == MODE_INVALID || !T || T->kind == TY_INVALID) return true;
  Type *V = x->type;
  if (!V || V->kind == TY_INVALID) return true;
  if (ty_identical(V, T)) return true;
  Type *Vu = ty_underlying(V), *Tu = ty_underlying(T);
  if (ty_is_untyped(Vu)) {
    ConstVal *val;
    int code;
    return chk_implicit_type(k, x, T, &val, &code) != NULL;
  }
  if (ty_identical(Vu, Tu) && (!has_name(V) || !has_name(T))) return true;
  if (Tu->kind == TY_INTERFACE) {
    const char *cause = NULL;
    if (!chk_implements(k, V, T, &cause)) {
      if (reason) *reason = cause;
      return false;
    }
    return true;
  }
  if (Tu->kind == TY_POINTER && ty_is_interface(Tu->u.ptr.elem)) {
    if (reason)
      *reason = chk_sprintf(k, "%s does not implement %s (type %s is pointer to interface, not interface)",
                            chk_type_str(k, V), chk_type_str(k, T), chk_type_str(k, T));
    return false;
  }
  if (Vu->kind == TY_INTERFACE) {
    const char *cause = NULL;
    if (chk_implements(k, T, V, &cause)) {
      if (reason) *reason = "need type assertion";
      return false;
    }
  }
  if (Vu->kind == TY_CHAN && Vu->u.chan.dir == CHAN_BOTH && Tu->kind == TY_CHAN &&
      ty_identical(Vu->u.chan.elem, Tu->u.chan.elem))
    return !has_name(V) || !has_name(T);
  return false;
}

/* assignments.go's assignment: T == NULL for the blank identifier. */
void chk_assignment(Checker *k, Operand *x, Type *T, const char *context) {
  chk_single_value(k, x);
  switch (x->mode) {
  case MODE_INVALID: return;
  case MODE_CONST:
  case MODE_VAR:
  case MODE_MAPINDEX:
  case MODE_VALUE:
  case MODE_NIL:
  case MODE_COMMAOK: break;
  default:
    chk_error(k, chk_start(x->expr), "cannot assign %s to %s in %s", chk_operand_str(k, x),
              T ? chk_type_str(k, T) : "<nil>", context);
    set_invalid(x);
    return;
  }
  if (ty_is_untyped(x->type)) {
    Type *target = T;
    if (x->mode == MODE_NIL) {
      if (!T) {
        chk_error(k, chk_start(x->expr), "use of untyped nil in %s", context);
        set_invalid(x);
        return;
      }
    } else if (!T || (ty_is_interface(T))) {
      target = ty_default(x->type);
    }
    ConstVal *val;
    int code;
    Type *nt = chk_implicit_type(k, x, target, &val, &code);
    if (code) {
      const char *msg = chk_sprintf(k, "cannot use %s as %s value in %s", chk_operand_str(k, x),
                                    chk_type_str(k, target), context);
      if (code == ERR_TRUNCATED) msg = chk_sprintf(k, "%s (truncated)", msg);
      else if (code == ERR_OVERFLOW) msg = chk_sprintf(k, "%s (overflows)", msg);
      chk_error(k, chk_start(x->expr), "%s", msg);
      set_invalid(x);
      return;
    }
    if (val) {
      x->val = val;
      update_expr_val(x->expr, val);
    }
    if (nt != x->type) {
      x->type = nt;
      chk_update_expr_type(k, x->expr, nt, false);
    }
  }
  if (!T) return;
  const char *reason = NULL;
  if (!chk_assignable(k, x, T, &reason)) {
    if (reason)
      chk_error(k, chk_start(x->expr), "cannot use %s as type %s in %s:\n\t%s", chk_operand_str(k, x),
                chk_type_str(k, T), context, reason);
    else
      chk_error(k, chk_start(x->expr), "cannot use %s as type %s in %s", chk_operand_str(k, x), chk_type_str(k, T),
                context);
    set_invalid(x);
  }
}

/* }================================================================= */

/* {=================================================================
** Identifiers (typexpr.go's ident)
** ================================================================== */

static void note_capture(Checker *k, Object *o) {
  if (!k->fn || o->is_global || o->depth <= 0 || o->depth >= k->fn->depth) return;
  o->captured = true;
  o->addr_taken = true;
  for (FuncCtx *f = k->fn; f && f->depth > o->depth; f = f->outer) {
    bool have = false;
    for (int i = 0; i < f->captures.n; i++)
      if (f->captures.v[i] == o) have = true;
    if (!have) ptrvec_push(A(k), &f->captures, o);
  }
}

void chk_ident(Checker *k, Operand *x, Expr *e, Type *def, bool want_type) {
  x->mode = MODE_INVALID;
  x->expr = e;
  x->type = TY(TY_INVALID);
  x->val = NULL;
  const char *name = e->u.ident.name;
  Object *o = chk_lookup(k, name);
  if (!o) {
    if (strcmp(name, "_") == 0)
      chk_error(k, e->pos, "cannot use _ as value or type");
    else
      chk_error(k, e->pos, "undefined: %s", name);
    return;
  }
  e->u.ident.obj = o;
  Type *typ = o->type;
  if (!typ || (o->kind == OBJ_TYPE && want_type)) {
    chk_obj_decl(k, o, def);
    typ = o->type;
  }
  if (!typ) typ = TY(TY_INVALID);
  switch (o->kind) {
  case OBJ_PKG:
    chk_error(k, e->pos, "use of package %s not in selector", o->name);
    return;
  case OBJ_CONST:
    chk_add_dep(k, o);
    if (typ->kind == TY_INVALID) return;
    if (o == k->iota_obj) {
      if (!k->iota) {
        chk_error(k, e->pos, "cannot use iota outside constant declaration");
        return;
      }
      x->val = k->iota;
    } else {
      x->val = o->cval;
    }
    x->mode = MODE_CONST;
    break;
  case OBJ_TYPE: x->mode = MODE_TYPE; break;
  case OBJ_VAR:
    o->used = true;
    chk_add_dep(k, o);
    note_capture(k, o);
    if (typ->kind == TY_INVALID) return;
    x->mode = MODE_VAR;
    break;
  case OBJ_FUNC:
    chk_add_dep(k, o);
    x->mode = MODE_VALUE;
    break;
  case OBJ_BUILTIN:
    x->id = o->builtin;
    x->mode = MODE_BUILTIN;
    break;
  case OBJ_NIL: x->mode = MODE_NIL; break;
  default: return;
  }
  x->type = typ;
}

/* }================================================================= */

/* {=================================================================
** Unary and binary operations
** ================================================================== */

static const char *op_name(Expr *e) {
  if (!e) return "";
  if (e->kind == E_UNARY) return e->u.unary.op == TK_XOR ? "bitwise complement" : "";
  if (e->kind == E_BINARY) {
    switch (e->u.binary.op) {
    case TK_ADD: return "addition";
    case TK_SUB: return "subtraction";
    case TK_XOR: return "bitwise XOR";
    case TK_MUL: return "multiplication";
    case TK_SHL: return "shift";
    default: return "";
    }
  }
  return "";
}

/* expr.go's overflow: typed constants must be representable, untyped
** integers must stay within 512 bits. */
static void overflow(Checker *k, Operand *x, Pos oppos) {
  if (!x->val) {
    chk_error(k, oppos, "constant result is not representable");
    return;
  }
  if (!ty_is_untyped(x->type)) {
    chk_representable(k, x, ty_underlying(x->type));
    return;
  }
  if (x->val->kind == CV_INT && cst_bitlen(x->val) > 512) {
    chk_error(k, oppos, "constant %s overflow", op_name(x->expr));
    x->val = NULL;
  }
}

static bool unary_pred(TokenKind op, Type *t) {
  switch (op) {
  case TK_ADD:
  case TK_SUB: return ty_is_numeric(t);
  case TK_XOR: return ty_is_integer(t);
  case TK_NOT: return ty_is_boolean(t);
  default: return false;
  }
}

static bool binary_pred(TokenKind op, Type *t) {
  switch (op) {
  case TK_ADD: return ty_is_numeric(t) || ty_is_string(t);
  case TK_SUB:
  case TK_MUL:
  case TK_QUO: return ty_is_numeric(t);
  case TK_REM:
  case TK_AND:
  case TK_OR:
  case TK_XOR:
  case TK_AND_NOT: return ty_is_integer(t);
  case TK_LAND:
  case TK_LOR: return ty_is_boolean(t);
  default: return false;
  }
}

/* The variable whose storage &e takes the address of, if any. */
Object *chk_root_var(Expr *e) {
  for (int guard = 0; e && guard < 10000; guard++) {
    switch (e->kind) {
    case E_PAREN: e = e->u.paren.x; break;
    case E_IDENT: return e->u.ident.obj && e->u.ident.obj->kind == OBJ_VAR ? e->u.ident.obj : NULL;
    case E_SELECTOR:
      if (!e->u.selector.x || !e->u.selector.x->type || ty_underlying(e->u.selector.x->type)->kind == TY_POINTER)
        return NULL;
      e = e->u.selector.x;
      break;
    case E_INDEX:
      if (!e->u.index.x || !e->u.index.x->type || ty_underlying(e->u.index.x->type)->kind != TY_ARRAY) return NULL;
      e = e->u.index.x;
      break;
    default: return NULL;
    }
  }
  return NULL;
}

static void unary(Checker *k, Operand *x, Expr *e) {
  TokenKind op = e->u.unary.op;
  chk_expr(k, x, e->u.unary.x);
  if (x->mode == MODE_INVALID) return;
  switch (op) {
  case TK_AND: {
    Expr *inner = chk_unparen(e->u.unary.x);
    if ((!inner || inner->kind != E_COMPOSITE) && x->mode != MODE_VAR) {
      chk_error(k, chk_start(x->expr), "invalid operation: cannot take address of %s", chk_operand_str(k, x));
      set_invalid(x);
      return;
    }
    Object *v = chk_root_var(e->u.unary.x);
    if (v) v->addr_taken = true;
    x->mode = MODE_VALUE;
    x->type = ty_new_pointer(k->c, x->type);
    return;
  }
  case TK_ARROW: {
    Type *u = ty_underlying(x->type);
    if (u->kind != TY_CHAN) {
      chk_error(k, chk_start(x->expr), "invalid operation: cannot receive from non-channel %s", chk_operand_str(k, x));
      set_invalid(x);
      return;
    }
    if (u->u.chan.dir == CHAN_SEND) {
      chk_error(k, chk_start(x->expr), "invalid operation: cannot receive from send-only channel %s",
                chk_operand_str(k, x));
      set_invalid(x);
      return;
    }
    x->mode = MODE_COMMAOK;
    x->type = u->u.chan.elem;
    k->has_call_or_recv = true;
    return;
  }
  case TK_TILDE:
    chk_error(k, e->pos, "cannot use ~ outside of interface or type constraint");
    set_invalid(x);
    return;
  default: break;
  }
  if (!unary_pred(op, x->type)) {
    chk_error(k, chk_start(x->expr), "invalid operation: operator %s not defined on %s", ast_token_string(op),
              chk_operand_str(k, x));
    set_invalid(x);
    return;
  }
  if (x->mode == MODE_CONST) {
    if (!x->val) return;
    int prec = 0;
    if (ty_is_unsigned(x->type)) {
      Type *u = ty_underlying(x->type);
      prec = (int)u->size * 8;
    }
    x->val = cst_unary(k->c, op, x->val, prec);
    x->expr = e;
    overflow(k, x, chk_oppos(e));
    return;
  }
  x->mode = MODE_VALUE;
}

static const char *kind_string(Checker *k, Type *t) {
  switch (ty_underlying(t)->kind) {
  case TY_ARRAY: return "array";
  case TY_SLICE: return "slice";
  case TY_STRUCT: return "struct";
  case TY_POINTER: return "pointer";
  case TY_FUNC: return "func";
  case TY_INTERFACE: return "interface";
  case TY_MAP: return "map";
  case TY_CHAN: return "chan";
  default: return chk_type_str(k, t);
  }
}

/* expr.go's incomparableCause. */
static const char *incomparable_cause(Checker *k, Type *t) {
  Type *u = ty_underlying(t);
  if (u->kind == TY_SLICE || u->kind == TY_FUNC || u->kind == TY_MAP)
    return chk_sprintf(k, "%s can only be compared to nil", kind_string(k, t));
  if (u->kind == TY_STRUCT) {
    for (int i = 0; i < u->u.strct.nfields; i++)
      if (!ty_is_comparable(u->u.strct.fields[i].type))
        return chk_sprintf(k, "struct containing %s cannot be compared", chk_type_str(k, u->u.strct.fields[i].type));
  }
  if (u->kind == TY_ARRAY) return chk_sprintf(k, "%s cannot be compared", chk_type_str(k, t));
  return "";
}

static bool has_nil_go(Type *t) { return ty_has_nil(t); }

void chk_comparison(Checker *k, Operand *x, Operand *y, TokenKind op, bool switch_case) {
  if (switch_case) op = TK_EQL;
  Operand *err_op = x;
  const char *cause = "";
  bool ok = chk_assignable(k, x, y->type, NULL);
  if (!ok) ok = chk_assignable(k, y, x->type, NULL);
  if (!ok) {
    err_op = y;
    cause = chk_sprintf(k, "mismatched types %s and %s", chk_type_str(k, x->type), chk_type_str(k, y->type));
    goto error;
  }
  if (op == TK_EQL || op == TK_NEQ) {
    if (x->mode == MODE_NIL || y->mode == MODE_NIL) {
      Type *t = x->mode == MODE_NIL ? y->type : x->type;
      if (!has_nil_go(t)) {
        err_op = y;
        goto error;
      }
    } else if (!ty_is_comparable(x->type)) {
      err_op = x;
      cause = incomparable_cause(k, x->type);
      goto error;
    } else if (!ty_is_comparable(y->type)) {
      err_op = y;
      cause = incomparable_cause(k, y->type);
      goto error;
    }
  } else {
    if (!ty_is_ordered(x->type)) {
      err_op = x;
      goto error;
    }
    if (!ty_is_ordered(y->type)) {
      err_op = y;
      goto error;
    }
  }
  if (x->mode == MODE_CONST && y->mode == MODE_CONST) {
    x->val = (x->val && y->val) ? cst_bool(k->c, cst_compare(op, x->val, y->val)) : NULL;
  } else {
    x->mode = MODE_VALUE;
    chk_update_expr_type(k, x->expr, ty_default(x->type), true);
    chk_update_expr_type(k, y->expr, ty_default(y->type), true);
  }
  x->type = TY(TY_UNTYPED_BOOL);
  return;
error:
  if (!*cause) {
    cause = chk_sprintf(k, "operator %s not defined on %s", ast_token_string(op), kind_string(k, err_op->type));
  }
  if (switch_case)
    chk_error(k, chk_start(x->expr), "invalid case %s in switch on %s (%s)", chk_expr_str(k, x->expr),
              chk_expr_str(k, y->expr), cause);
  else
    chk_error(k, chk_start(err_op->expr), "invalid operation: %s %s %s (%s)", chk_expr_str(k, x->expr),
              ast_token_string(op), chk_expr_str(k, y->expr), cause);
  set_invalid(x);
}

static void shift(Checker *k, Operand *x, Operand *y, Expr *e, TokenKind op) {
  ConstVal *xval = NULL;
  if (x->mode == MODE_CONST) xval = cst_to_int(k->c, x->val);
  if (ty_is_integer(x->type) || (ty_is_untyped(x->type) && xval && xval->kind == CV_INT)) {
    /* ok */
  } else {
    chk_error(k, chk_start(x->expr), "invalid operation: shifted operand %s must be integer", chk_operand_str(k, x));
    set_invalid(x);
    return;
  }
  if (y->mode == MODE_CONST) {
    ConstVal *yval = cst_to_int(k->c, y->val);
    if (yval && yval->kind == CV_INT && cst_sign(yval) < 0) {
      chk_error(k, chk_start(y->expr), "invalid operation: negative shift count %s", chk_operand_str(k, y));
      set_invalid(x);
      return;
    }
    if (ty_is_untyped(y->type)) {
      Operand yy = *y;
      chk_representable(k, &yy, TY(TY_UINT));
      if (yy.mode == MODE_INVALID) {
        set_invalid(x);
        return;
      }
    }
  } else {
    if (ty_is_integer(y->type)) {
      /* signed counts are fine since go1.13 */
    } else if (ty_is_untyped(y->type)) {
      chk_convert_untyped(k, y, TY(TY_UINT));
      if (y->mode == MODE_INVALID) {
        set_invalid(x);
        return;
      }
    } else {
      chk_error(k, chk_start(y->expr), "invalid operation: shift count %s must be integer", chk_operand_str(k, y));
      set_invalid(x);
      return;
    }
  }
  if (x->mode == MODE_CONST) {
    if (y->mode == MODE_CONST) {
      if (!x->val || !y->val) {
        x->val = NULL;
        if (!ty_is_integer(x->type)) x->type = TY(TY_UNTYPED_INT);
        return;
      }
      /* rhs within reasonable bounds: enough for the smallest float64 */
      const uint64_t bound = 1023 - 1 + 52;
      ConstVal *yi = cst_to_int(k->c, y->val);
      bool ok = yi && yi->kind == CV_INT && cst_sign(yi) >= 0 && cst_bitlen(yi) <= 64;
      uint64_t s = ok ? cst_uint64_value(yi) : 0;
      if (!ok || s > bound) {
        chk_error(k, chk_start(y->expr), "invalid operation: invalid shift count %s", chk_operand_str(k, y));
        set_invalid(x);
        return;
      }
      if (!ty_is_integer(x->type)) x->type = TY(TY_UNTYPED_INT);
      x->val = cst_shift(k->c, op, xval, s);
      x->expr = e;
      overflow(k, x, chk_oppos(e));
      return;
    }
    if (ty_is_untyped(x->type)) {
      /* non-constant shift of an untyped constant: its type is what it
      ** would be without the shift; checked when known */
      Untyped *u = pmap_get(&k->untyped, x->expr);
      if (u) u->is_lhs = true;
      x->mode = MODE_VALUE;
      return;
    }
  }
  if (!ty_is_integer(x->type)) {
    chk_error(k, chk_start(x->expr), "invalid operation: shifted operand %s must be integer", chk_operand_str(k, x));
    set_invalid(x);
    return;
  }
  x->mode = MODE_VALUE;
}

static bool can_mix(Operand *x, Operand *y) {
  if (ty_is_interface(x->type) || ty_is_interface(y->type)) return true;
  if (ty_is_boolean(x->type) != ty_is_boolean(y->type)) return false;
  if (ty_is_string(x->type) != ty_is_string(y->type)) return false;
  if (x->mode == MODE_NIL && !ty_has_nil(y->type)) return false;
  if (y->mode == MODE_NIL && !ty_has_nil(x->type)) return false;
  return true;
}

void chk_binary(Checker *k, Operand *x, Expr *e, Expr *lhs, Expr *rhs, TokenKind op) {
  Operand y;
  chk_expr(k, x, lhs);
  chk_expr(k, &y, rhs);
  if (x->mode == MODE_INVALID) return;
  if (y.mode == MODE_INVALID) {
    set_invalid(x);
    x->expr = y.expr;
    return;
  }
  if (is_shift(op)) {
    shift(k, x, &y, e, op);
    return;
  }
  if (can_mix(x, &y)) {
    chk_convert_untyped(k, x, y.type);
    if (x->mode == MODE_INVALID) return;
    chk_convert_untyped(k, &y, x->type);
    if (y.mode == MODE_INVALID) {
      set_invalid(x);
      return;
    }
  }
  if (is_comparison(op)) {
    chk_comparison(k, x, &y, op, false);
    return;
  }
  if (!ty_identical(x->type, y.type)) {
    if (x->type->kind != TY_INVALID && y.type->kind != TY_INVALID) {
      if (e)
        chk_error(k, chk_start(x->expr), "invalid operation: %s (mismatched types %s and %s)", chk_expr_str(k, e),
                  chk_type_str(k, x->type), chk_type_str(k, y.type));
      else
        chk_error(k, chk_start(x->expr), "invalid operation: %s %s= %s (mismatched types %s and %s)",
                  chk_expr_str(k, lhs), ast_token_string(op), chk_expr_str(k, rhs), chk_type_str(k, x->type),
                  chk_type_str(k, y.type));
    }
    set_invalid(x);
    return;
  }
  if (!binary_pred(op, x->type)) {
    chk_error(k, chk_start(x->expr), "invalid operation: operator %s not defined on %s", ast_token_string(op),
              chk_operand_str(k, x));
    set_invalid(x);
    return;
  }
  if (op == TK_QUO || op == TK_REM) {
    if ((x->mode == MODE_CONST || ty_is_integer(x->type)) && y.mode == MODE_CONST && y.val && cst_sign(y.val) == 0) {
      chk_error(k, chk_start(y.expr), "invalid operation: division by zero");
      set_invalid(x);
      return;
    }
    if (x->mode == MODE_CONST && y.mode == MODE_CONST && ty_is_complex(x->type) && y.val) {
      ConstVal *yc = cst_to_complex(k->c, y.val);
      if (yc && cst_float64_value(yc) == 0 && cst_imag_value(yc) == 0 && cst_is_zero(yc)) {
        chk_error(k, chk_start(y.expr), "invalid operation: division by zero");
        set_invalid(x);
        return;
      }
    }
  }
  if (x->mode == MODE_CONST && y.mode == MODE_CONST) {
    if (!x->val || !y.val) {
      x->val = NULL;
      return;
    }
    ConstVal *a = x->val, *b = y.val;
    if (ty_is_integer(x->type)) {
      a = cst_to_int(k->c, a);
      b = cst_to_int(k->c, b);
    } else if (op == TK_QUO && !ty_is_complex(x->type)) {
      a = cst_to_float(k->c, a); /* float division, even of integral values */
    }
    x->val = cst_binary(k->c, op, a, b);
    x->expr = e;
    overflow(k, x, e ? chk_oppos(e) : (Pos){0, 0, 0});
    return;
  }
  x->mode = MODE_VALUE;
}

/* }================================================================= */

/* {=================================================================
** Conversions (conversions.go)
** ================================================================== */

static bool is_bytes_or_runes(Type *t) {
  Type *u = ty_underlying(t);
  if (u->kind != TY_SLICE) return false;
  TypeKind ek = ty_underlying(u->u.slice.elem)->kind;
  return ty_is_basic(u->u.slice.elem) && (ek == TY_UINT8 || ek == TY_INT32);
}

static bool convertible(Checker *k, Operand *x, Type *T, const char **cause) {
  if (chk_assignable(k, x, T, cause)) return true;
  Type *V = x->type, *Vu = ty_underlying(V), *Tu = ty_underlying(T);
  /* conversions ignore struct tags (Go 1.8) */
  if (ty_identical_ignore_tags(Vu, Tu)) return true;
  if (V->kind == TY_POINTER && T->kind == TY_POINTER &&
      ty_identical_ignore_tags(ty_underlying(V->u.ptr.elem), ty_underlying(T->u.ptr.elem)))
    return true;
  bool vnum = ty_is_integer(Vu) || ty_is_float(Vu), tnum = ty_is_integer(Tu) || ty_is_float(Tu);
  if (vnum && tnum) return true;
  if (ty_is_complex(Vu) && ty_is_complex(Tu)) return true;
  if ((ty_is_integer(Vu) || is_bytes_or_runes(Vu)) && ty_is_string(Tu)) return true;
  if (ty_is_string(Vu) && is_bytes_or_runes(Tu)) return true;
  if ((Vu->kind == TY_POINTER || Vu->kind == TY_UINTPTR) && Tu->kind == TY_UNSAFEPOINTER) return true;
  if (Vu->kind == TY_UNSAFEPOINTER && (Tu->kind == TY_POINTER || Tu->kind == TY_UINTPTR)) return true;
  if (Vu->kind == TY_SLICE && Tu->kind == TY_POINTER) {
    Type *a = ty_underlying(Tu->u.ptr.elem);
    if (a->kind == TY_ARRAY && ty_identical(Vu->u.slice.elem, a->u.array.elem)) return true;
  }
  return false;
}

void chk_conversion(Checker *k, Operand *x, Type *T) {
  bool const_arg = x->mode == MODE_CONST;
  bool ok = false;
  const char *cause = NULL;
  if (const_arg && chk_is_const_type(T)) {
    Type *t = ty_underlying(T);
    ConstVal *v = x->val;
    if (cst_representable(k->c, x->val, t->kind, &v)) {
      x->val = v;
      ok = true;
    } else if (ty_is_integer(x->type) && ty_is_string(t)) {
      /* string(65) is "A"; out-of-range values give "\uFFFD" */
      x->val = cst_rune_string(k->c, x->val);
      ok = true;
    } else if (!x->val) {
      ok = true; /* unknown: reported before */
    }
  } else if (convertible(k, x, T, &cause)) {
    ok = true;
    x->mode = MODE_VALUE;
  }
  if (!ok) {
    if (cause)
      chk_error(k, chk_start(x->expr), "cannot convert %s to type %s:\n\t%s", chk_operand_str(k, x),
                chk_type_str(k, T), cause);
    else
      chk_error(k, chk_start(x->expr), "cannot convert %s to type %s", chk_operand_str(k, x), chk_type_str(k, T));
    set_invalid(x);
    return;
  }
  if (ty_is_untyped(x->type)) {
    Type *final = T;
    if (x->type->kind == TY_UNTYPED_NIL) {
      /* ok */
    } else if (ty_is_interface(T) || (const_arg && !chk_is_const_type(T))) {
      final = ty_default(x->type);
    } else if (x->mode == MODE_CONST && ty_is_integer(x->type) && ty_is_string(T)) {
      final = x->type;
    }
    chk_update_expr_type(k, x->expr, final, true);
  }
  x->type = T;
}

/* }================================================================= */

/* {=================================================================
** The expression switch (exprInternal)
** ================================================================== */

static int func_lit(Checker *k, Operand *x, Expr *e) {
  Expr *ft = e->u.funclit.type;
  if (!ft || ft->kind != E_FUNCTYPE) {
    set_invalid(x);
    return KIND_STATEMENT;
  }
  Type *sig = ty_new(k->c, TY_FUNC);
  Scope *scope = NULL;
  Object **results = NULL;
  int nres = 0;
  chk_func_type(k, sig, ft, NULL, &scope, NULL, &results, &nres);
  ft->type = sig;
  ft->mode = MODE_TYPE;
  e->u.funclit.scope = scope;
  if (e->u.funclit.body) {
    Delayed d = {.kind = DL_FUNC_BODY, .lit = e, .sig = sig, .scope = scope, .body = e->u.funclit.body,
                 .decl = k->decl, .iota = k->iota, .outer = k->fn, .results = results, .nresults = nres};
    chk_later(k, d);
  }
  x->mode = MODE_VALUE;
  x->type = sig;
  return KIND_EXPRESSION;
}

static void basic_lit(Checker *k, Operand *x, Expr *e) {
  TokenKind tok = e->u.lit.tok;
  if ((tok == TK_INT || tok == TK_FLOAT || tok == TK_IMAG) && e->u.lit.len > 10000) {
    chk_error(k, e->pos, "excessively long constant: %.10s... (%d chars)", e->u.lit.raw, e->u.lit.len);
    set_invalid(x);
    return;
  }
  TypeKind kind;
  switch (tok) {
  case TK_INT: kind = TY_UNTYPED_INT; break;
  case TK_FLOAT: kind = TY_UNTYPED_FLOAT; break;
  case TK_IMAG: kind = TY_UNTYPED_COMPLEX; break;
  case TK_CHAR: kind = TY_UNTYPED_RUNE; break;
  case TK_STRING: kind = TY_UNTYPED_STRING; break;
  default: set_invalid(x); return;
  }
  ConstVal *v = cst_from_literal(k->c, tok, e->u.lit.raw, e->u.lit.len);
  if (!v) {
    chk_error(k, e->pos, "malformed constant: %.*s", e->u.lit.len, e->u.lit.raw);
    set_invalid(x);
    return;
  }
  x->mode = MODE_CONST;
  x->type = TY(kind);
  x->val = v;
}

static int expr_internal(Checker *k, Operand *x, Expr *e, Type *hint) {
  x->mode = MODE_INVALID;
  x->type = TY(TY_INVALID);
  x->val = NULL;
  x->id = BI_NONE;
  x->expr = e;
  switch (e->kind) {
  case E_BAD: goto error;
  case E_IDENT: chk_ident(k, x, e, NULL, false); break;
  case E_ELLIPSIS:
    chk_error(k, e->pos, "invalid use of '...'");
    goto error;
  case E_BASICLIT:
    basic_lit(k, x, e);
    if (x->mode == MODE_INVALID) goto error;
    break;
  case E_FUNCLIT:
    func_lit(k, x, e);
    if (x->mode == MODE_INVALID) goto error;
    break;
  case E_COMPOSITE:
    chk_composite_lit(k, x, e, hint);
    if (x->mode == MODE_INVALID) goto error;
    break;
  case E_PAREN: {
    int kind = chk_raw_expr(k, x, e->u.paren.x, NULL);
    x->expr = e;
    return kind;
  }
  case E_SELECTOR: chk_selector(k, x, e, NULL); break;
  case E_INDEX:
    chk_index_expr(k, x, e);
    if (x->mode == MODE_INVALID) goto error;
    break;
  case E_SLICE:
    chk_slice_expr(k, x, e);
    if (x->mode == MODE_INVALID) goto error;
    break;
  case E_TYPEASSERT: {
    chk_expr(k, x, e->u.typeassert.x);
    if (x->mode == MODE_INVALID) goto error;
    if (!ty_is_interface(x->type)) {
      chk_error(k, chk_start(x->expr), "invalid operation: %s is not an interface", chk_operand_str(k, x));
      goto error;
    }
    if (!e->u.typeassert.type) {
      chk_error(k, e->pos, "use of .(type) outside type switch");
      goto error;
    }
    Type *T = chk_var_type(k, e->u.typeassert.type);
    if (T->kind == TY_INVALID) goto error;
    chk_type_assertion(k, e, x, T, false);
    x->mode = MODE_COMMAOK;
    x->type = T;
    break;
  }
  case E_CALL: {
    int kind = chk_call_expr(k, x, e);
    return kind;
  }
  case E_STAR:
    chk_expr_or_type(k, x, e->u.star.x);
    if (x->mode == MODE_INVALID) goto error;
    if (x->mode == MODE_TYPE) {
      x->type = ty_new_pointer(k->c, x->type);
      break;
    }
    if (ty_underlying(x->type)->kind != TY_POINTER) {
      chk_error(k, chk_start(x->expr), "invalid operation: cannot indirect %s", chk_operand_str(k, x));
      goto error;
    }
    x->mode = MODE_VAR;
    x->type = ty_underlying(x->type)->u.ptr.elem;
    break;
  case E_UNARY:
    unary(k, x, e);
    if (x->mode == MODE_INVALID) goto error;
    if (e->u.unary.op == TK_ARROW) {
      x->expr = e;
      return KIND_STATEMENT;
    }
    break;
  case E_BINARY:
    chk_binary(k, x, e, e->u.binary.x, e->u.binary.y, e->u.binary.op);
    if (x->mode == MODE_INVALID) goto error;
    break;
  case E_KEYVALUE:
    chk_error(k, e->pos, "invalid AST: no key:value expected");
    goto error;
  case E_ARRAYTYPE:
  case E_STRUCTTYPE:
  case E_FUNCTYPE:
  case E_INTERFACETYPE:
  case E_MAPTYPE:
  case E_CHANTYPE:
    x->mode = MODE_TYPE;
    x->type = chk_typ(k, e);
    break;
  }
  x->expr = e;
  return KIND_EXPRESSION;
error:
  set_invalid(x);
  x->expr = e;
  return KIND_STATEMENT;
}

int chk_raw_expr(Checker *k, Operand *x, Expr *e, Type *hint) {
  if (!e) {
    *x = (Operand){MODE_INVALID, NULL, TY(TY_INVALID), NULL, BI_NONE};
    return KIND_STATEMENT;
  }
  if (!chk_enter(k, e->pos)) {
    chk_leave(k);
    *x = (Operand){MODE_INVALID, e, TY(TY_INVALID), NULL, BI_NONE};
    return KIND_STATEMENT;
  }
  int kind = expr_internal(k, x, e, hint);
  chk_leave(k);
  chk_record(k, x);
  return kind;
}

static void exclude(Checker *k, Operand *x, unsigned modeset) {
  if (x->mode < 0 || x->mode > 31 || !(modeset & (1u << x->mode))) return;
  const char *fmt;
  switch (x->mode) {
  case MODE_NOVALUE: fmt = (modeset & (1u << MODE_TYPE)) ? "%s used as value" : "%s used as value or type"; break;
  case MODE_BUILTIN: fmt = "%s must be called"; break;
  case MODE_TYPE: fmt = "%s is not an expression"; break;
  default: return;
  }
  chk_error(k, chk_start(x->expr), fmt, chk_operand_str(k, x));
  set_invalid(x);
}

void chk_single_value(Checker *k, Operand *x) {
  if (x->mode == MODE_VALUE && x->type && x->type->kind == TY_TUPLE) {
    chk_error(k, chk_start(x->expr), "multiple-value %s in single-value context", chk_operand_str(k, x));
    set_invalid(x);
  }
}

void chk_expr(Checker *k, Operand *x, Expr *e) {
  chk_raw_expr(k, x, e, NULL);
  exclude(k, x, 1u << MODE_NOVALUE | 1u << MODE_BUILTIN | 1u << MODE_TYPE);
  chk_single_value(k, x);
}

void chk_multi_expr(Checker *k, Operand *x, Expr *e) {
  chk_raw_expr(k, x, e, NULL);
  exclude(k, x, 1u << MODE_NOVALUE | 1u << MODE_BUILTIN | 1u << MODE_TYPE);
}

void chk_expr_with_hint(Checker *k, Operand *x, Expr *e, Type *hint) {
  chk_raw_expr(k, x, e, hint);
  exclude(k, x, 1u << MODE_NOVALUE | 1u << MODE_BUILTIN | 1u << MODE_TYPE);
  chk_single_value(k, x);
}

void chk_expr_or_type(Checker *k, Operand *x, Expr *e) {
  chk_raw_expr(k, x, e, NULL);
  exclude(k, x, 1u << MODE_NOVALUE);
  chk_single_value(k, x);
}

/* call.go's use: evaluates expressions for their side effects on "used",
** in the presence of other errors. */
void chk_use1(Checker *k, Expr *e) {
  if (!e) return;
  if (e->kind == E_IDENT && strcmp(e->u.ident.name, "_") == 0) return;
  Operand x;
  chk_raw_expr(k, &x, e, NULL);
}

void chk_use(Checker *k, Expr **list, int n) {
  for (int i = 0; i < n; i++) chk_use1(k, list[i]);
}

/* expr.go's typeAssertion: x.(T) for an interface x. */
void chk_type_assertion(Checker *k, Expr *e, Operand *x, Type *T, bool type_switch) {
  if (ty_is_interface(T)) return;
  Method *alt;
  bool alt_ptr;
  Method *m = chk_missing_method(k, T, x->type, false, &alt, &alt_ptr);
  if (!m) return;
  const char *cause = chk_missing_method_reason(k, T, x->type, m, alt, alt_ptr);
  if (type_switch)
    chk_error(k, chk_start(e), "impossible type switch case: %s\n\t%s cannot have dynamic type %s %s",
              chk_expr_str(k, e), chk_operand_str(k, x), chk_type_str(k, T), cause);
  else
    chk_error(k, chk_start(e), "impossible type assertion: %s\n\t%s does not implement %s %s", chk_expr_str(k, e),
              chk_type_str(k, T), chk_type_str(k, x->type), cause);
}

/* index.go's isValidIndex. */
bool chk_is_valid_index(Checker *k, Operand *x, const char *what, bool allow_negative) {
  if (x->mode == MODE_INVALID) return false;
  chk_convert_untyped(k, x, TY(TY_INT));
  if (x->mode == MODE_INVALID) return false;
  if (!ty_is_integer(x->type)) {
    chk_error(k, chk_start(x->expr), "invalid argument: %s %s must be integer", what, chk_operand_str(k, x));
    return false;
  }
  if (x->mode == MODE_CONST && x->val) {
    if (!allow_negative && cst_sign(x->val) < 0) {
      chk_error(k, chk_start(x->expr), "invalid argument: %s %s must not be negative", what, chk_operand_str(k, x));
      return false;
    }
    ConstVal *r = x->val;
    if (!cst_representable(k->c, x->val, TY_INT, &r)) {
      chk_error(k, chk_start(x->expr), "invalid argument: %s %s overflows int", what, chk_operand_str(k, x));
      return false;
    }
    x->val = r;
  }
  return true;
}

/* }================================================================= */
