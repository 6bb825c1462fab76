/*
** check_call.c — calls, builtins, selectors, index and slice expressions,
** composite literals (types2's call.go, builtins.go, index.go and the
** composite-literal part of expr.go).
**
** A call is a conversion when its function is a type, a builtin call when
** it names a builtin (each checked by its own rules; the result may be a
** constant, as len("abc")), otherwise an ordinary call whose arguments are
** assigned to the parameters: a call f(g()) with a multi-valued g spreads
** g's results over the parameters. A call's Expr gets the type of its
** result, a TY_TUPLE when it has several and an empty TY_TUPLE when it has
** none (MODE_NOVALUE).
*/
#include <ctype.h>
#include <string.h>

#include "check.h"

static Arena *A(Checker *k) { return &k->c->arena; }

static Operand *new_operand(Checker *k, int mode, Expr *e, Type *t) {
  Operand *x = arena_alloc(A(k), sizeof *x);
  x->mode = mode;
  x->expr = e;
  x->type = t;
  return x;
}

/* call.go's exprList. */
int chk_expr_list(Checker *k, Expr **list, int n, bool allow_comma_ok, Operand **out, bool *comma_ok) {
  if (comma_ok) *comma_ok = false;
  *out = NULL;
  if (n == 0) return 0;
  if (n == 1) {
    Operand *x = new_operand(k, MODE_INVALID, NULL, NULL);
    chk_multi_expr(k, x, list[0]);
    if (x->mode != MODE_INVALID && x->type && x->type->kind == TY_TUPLE) {
      int m = x->type->u.tuple.n;
      Operand *v = arena_alloc(A(k), sizeof(Operand) * (size_t)(m ? m : 1));
      for (int i = 0; i < m; i++) v[i] = (Operand){MODE_VALUE, list[0], x->type->u.tuple.types[i], NULL, BI_NONE};
      *out = v;
      return m;
    }
    if (allow_comma_ok && (x->mode == MODE_MAPINDEX || x->mode == MODE_COMMAOK)) {
      Operand *v = arena_alloc(A(k), sizeof(Operand) * 2);
      v[0] = *x;
      v[0].mode = MODE_VALUE;
      v[1] = (Operand){MODE_VALUE, list[0], TY(TY_UNTYPED_BOOL), NULL, BI_NONE};
      if (comma_ok) *comma_ok = true;
      *out = v;
      return 2;
    }
    *out = x;
    return 1;
  }
  Operand *v = arena_alloc(A(k), sizeof(Operand) * (size_t)n);
  for (int i = 0; i < n; i++) chk_expr(k, &v[i], list[i]);
  *out = v;
  return n;
}

/* assignments.go's typesSummary. */
static const char *types_summary(Checker *k, Type **list, int n, bool variadic) {
  const char *s = "(";
  for (int i = 0; i < n; i++) {
    Type *t = list[i];
    const char *ts;
    if (!t || t->kind == TY_INVALID) ts = "<T>";
    else if (ty_is_untyped(t)) {
      if (ty_is_numeric(t)) ts = "number";
      else {
        ts = chk_type_str(k, t);
        if (strncmp(ts, "untyped ", 8) == 0) ts += 8;
      }
    } else if (variadic && i == n - 1 && t->kind == TY_SLICE) {
      ts = chk_sprintf(k, "...%s", chk_type_str(k, t->u.slice.elem));
    } else {
      ts = chk_type_str(k, t);
    }
    s = chk_sprintf(k, "%s%s%s", s, i ? ", " : "", ts);
  }
  return chk_sprintf(k, "%s)", s);
}

static Type **operand_types(Checker *k, Operand *args, int n) {
  Type **v = arena_alloc(A(k), sizeof(Type *) * (size_t)(n ? n : 1));
  for (int i = 0; i < n; i++) v[i] = args[i].type;
  return v;
}

/* call.go's arguments. */
static void arguments(Checker *k, Expr *call, Type *sig, Operand *args, int nargs) {
  for (int i = 0; i < nargs; i++) {
    if (args[i].mode == MODE_TYPE) {
      chk_error(k, chk_start(args[i].expr), "%s used as value", chk_operand_str(k, &args[i]));
      return;
    }
    if (args[i].mode == MODE_INVALID) return;
  }
  int npars = sig->u.func.nparams;
  bool ddd = call->u.call.has_ellipsis;
  Type **params = sig->u.func.params;
  if (sig->u.func.variadic) {
    if (ddd) {
      if (call->u.call.args.n == 1 && nargs > 1) {
        chk_error(k, chk_start(call), "cannot use ... with %d-valued %s", nargs,
                  chk_expr_str(k, call->u.call.args.v[0]));
        return;
      }
    } else if (nargs >= npars - 1) {
      Type **v = arena_alloc(A(k), sizeof(Type *) * (size_t)(nargs ? nargs : 1));
      for (int i = 0; i < npars - 1; i++) v[i] = params[i];
      Type *last = params[npars - 1];
      Type *elem = last && last->kind == TY_SLICE ? last->u.slice.elem : TY(TY_INVALID);
      for (int i = npars - 1; i < nargs; i++) v[i] = elem;
      params = v;
      npars = nargs;
    } else {
      npars--;
    }
  } else if (ddd) {
    chk_error(k, chk_start(call), "cannot use ... in call to non-variadic %s", chk_expr_str(k, call->u.call.fn));
    return;
  }
  if (nargs != npars) {
    Pos at = chk_start(call);
    const char *q = "not enough";
    if (nargs > npars) {
      at = chk_start(args[npars].expr);
      q = "too many";
    } else if (nargs > 0) {
      at = chk_start(args[nargs - 1].expr);
    }
    chk_error(k, at, "%s arguments in call to %s\n\thave %s\n\twant %s", q, chk_expr_str(k, call->u.call.fn),
              types_summary(k, operand_types(k, args, nargs), nargs, false),
              types_summary(k, sig->u.func.params, sig->u.func.nparams, sig->u.func.variadic));
    return;
  }
  const char *context = chk_sprintf(k, "argument to %s", chk_expr_str(k, call->u.call.fn));
  for (int i = 0; i < nargs; i++) chk_assignment(k, &args[i], params[i], context);
}

/* {=================================================================
** Builtins (builtins.go)
** ================================================================== */

static const struct {
  int nargs;
  bool variadic;
  bool statement;
} builtin_info[] = {
  [BI_APPEND] = {1, true, false}, [BI_CAP] = {1, false, false}, [BI_CLOSE] = {1, false, true},
  [BI_COMPLEX] = {2, false, false}, [BI_COPY] = {2, false, true}, [BI_DELETE] = {2, false, true},
  [BI_IMAG] = {1, false, false}, [BI_LEN] = {1, false, false}, [BI_MAKE] = {1, true, false},
  [BI_NEW] = {1, false, false}, [BI_PANIC] = {1, false, true}, [BI_PRINT] = {0, true, true},
  [BI_PRINTLN] = {0, true, true}, [BI_REAL] = {1, false, false}, [BI_RECOVER] = {0, false, true},
};

static Type *empty_iface(Checker *k) {
  Type *t = ty_new(k->c, TY_INTERFACE);
  ty_complete(t);
  return t;
}

static bool builtin(Checker *k, Operand *x, Expr *call, Builtin id) {
  const char *name = chk_builtin_name(id);
  ExprList *al = &call->u.call.args;
  if (call->u.call.has_ellipsis && id != BI_APPEND) {
    chk_error(k, chk_start(call), "invalid operation: invalid use of ... with built-in %s", name);
    chk_use(k, al->v, al->n);
    return false;
  }
  bool saved_ccr = k->has_call_or_recv;
  if (id == BI_LEN || id == BI_CAP) k->has_call_or_recv = false;
  bool ok = false;
  Operand *args = NULL;
  int nargs = al->n;
  if (id != BI_MAKE && id != BI_NEW) {
    nargs = chk_expr_list(k, al->v, al->n, false, &args, NULL);
    if (nargs > 0) {
      *x = args[0];
      if (x->mode == MODE_INVALID) goto done;
    }
  }
  {
    const char *msg = NULL;
    if (nargs < builtin_info[id].nargs) msg = "not enough";
    else if (!builtin_info[id].variadic && nargs > builtin_info[id].nargs) msg = "too many";
    if (msg) {
      chk_error(k, chk_start(call), "invalid operation: %s arguments for %s (expected %d, found %d)", msg,
                chk_expr_str(k, call), builtin_info[id].nargs, nargs);
      goto done;
    }
  }
  switch (id) {
  case BI_APPEND: {
    Type *S = x->type;
    Type *su = ty_underlying(S);
    if (su->kind != TY_SLICE) {
      const char *cause = x->mode == MODE_NIL ? "have untyped nil" : chk_sprintf(k, "have %s", chk_operand_str(k, x));
      chk_error(k, chk_start(x->expr), "first argument to append must be a slice; %s", cause);
      goto done;
    }
    Type *T = su->u.slice.elem;
    if (nargs == 2 && call->u.call.has_ellipsis) {
      Operand y = args[1];
      TypeKind ek = ty_underlying(T)->kind;
      if (ek == TY_UINT8 && ty_is_string(y.type)) {
        if (ty_is_untyped(y.type)) chk_convert_untyped(k, &args[1], TY(TY_STRING));
        x->mode = MODE_VALUE;
        x->type = S;
        ok = true;
        goto done;
      }
    }
    Type *sig = ty_new(k->c, TY_FUNC);
    Type **ps = arena_alloc(A(k), sizeof(Type *) * 2);
    ps[0] = S;
    ps[1] = ty_new_slice(k->c, T);
    sig->u.func.params = ps;
    sig->u.func.nparams = 2;
    sig->u.func.variadic = true;
    arguments(k, call, sig, args, nargs);
    x->mode = MODE_VALUE;
    x->type = S;
    ok = true;
    break;
  }
  case BI_CAP:
  case BI_LEN: {
    int mode = MODE_INVALID;
    ConstVal *val = NULL;
    Type *t = ty_underlying(x->type);
    if (t->kind == TY_POINTER && ty_underlying(t->u.ptr.elem)->kind == TY_ARRAY) t = ty_underlying(t->u.ptr.elem);
    if (ty_is_string(t) && ty_is_basic(t) && id == BI_LEN) {
      if (x->mode == MODE_CONST) {
        mode = MODE_CONST;
        val = x->val ? cst_int64(k->c, x->val->slen) : NULL;
      } else {
        mode = MODE_VALUE;
      }
    } else if (t->kind == TY_ARRAY) {
      mode = MODE_VALUE;
      if (!k->has_call_or_recv) {
        mode = MODE_CONST;
        val = t->u.array.len >= 0 ? cst_int64(k->c, t->u.array.len) : NULL;
      }
    } else if (t->kind == TY_SLICE || t->kind == TY_CHAN) {
      mode = MODE_VALUE;
    } else if (t->kind == TY_MAP && id == BI_LEN) {
      mode = MODE_VALUE;
    }
    if (mode == MODE_INVALID) {
      if (t->kind != TY_INVALID)
        chk_error(k, chk_start(x->expr), "invalid argument: %s for %s", chk_operand_str(k, x), name);
      goto done;
    }
    /* the argument has its final type now */
    if (ty_is_untyped(x->type)) chk_update_expr_type(k, x->expr, ty_default(x->type), true);
    x->mode = mode;
    x->type = TY(TY_INT);
    x->val = val;
    ok = true;
    break;
  }
  case BI_CLOSE: {
    Type *u = ty_underlying(x->type);
    if (u->kind != TY_CHAN) {
      chk_error(k, chk_start(x->expr), "invalid operation: cannot close non-channel %s", chk_operand_str(k, x));
      goto done;
    }
    if (u->u.chan.dir == CHAN_RECV) {
      chk_error(k, chk_start(x->expr), "invalid operation: cannot close receive-only channel %s",
                chk_operand_str(k, x));
      goto done;
    }
    x->mode = MODE_NOVALUE;
    ok = true;
    break;
  }
  case BI_COMPLEX: {
    Operand y = args[1];
    if (y.mode == MODE_INVALID) goto done;
    int d = (ty_is_untyped(x->type) ? 1 : 0) | (ty_is_untyped(y.type) ? 2 : 0);
    if (d == 1) chk_convert_untyped(k, x, y.type);
    else if (d == 2) chk_convert_untyped(k, &y, x->type);
    else if (d == 3) {
      if (x->mode == MODE_CONST && y.mode == MODE_CONST) {
        if (ty_is_numeric(x->type) && cst_imag_value(cst_to_complex(k->c, x->val)) == 0) x->type = TY(TY_UNTYPED_FLOAT);
        if (ty_is_numeric(y.type) && cst_imag_value(cst_to_complex(k->c, y.val)) == 0) y.type = TY(TY_UNTYPED_FLOAT);
      } else {
        chk_convert_untyped(k, x, TY(TY_FLOAT64));
        chk_convert_untyped(k, &y, TY(TY_FLOAT64));
      }
    }
    if (x->mode == MODE_INVALID || y.mode == MODE_INVALID) goto done;
    if (!ty_identical(x->type, y.type)) {
      chk_error(k, chk_start(x->expr), "invalid operation: %s (mismatched types %s and %s)", chk_expr_str(k, call),
                chk_type_str(k, x->type), chk_type_str(k, y.type));
      goto done;
    }
    Type *res = NULL;
    switch (ty_underlying(x->type)->kind) {
    case TY_FLOAT32: res = TY(TY_COMPLEX64); break;
    case TY_FLOAT64: res = TY(TY_COMPLEX128); break;
    case TY_UNTYPED_FLOAT: res = TY(TY_UNTYPED_COMPLEX); break;
    default: break;
    }
    if (!res) {
      chk_error(k, chk_start(x->expr), "invalid argument: arguments have type %s, expected floating-point",
                chk_type_str(k, x->type));
      goto done;
    }
    if (x->mode == MODE_CONST && y.mode == MODE_CONST) {
      ConstVal *re = cst_to_float(k->c, x->val), *im = cst_to_float(k->c, y.val);
      ConstVal *i = cst_from_literal(k->c, TK_IMAG, "1i", 2);
      x->val = (re && im) ? cst_binary(k->c, TK_ADD, re, cst_binary(k->c, TK_MUL, im, i)) : NULL;
    } else {
      x->mode = MODE_VALUE;
    }
    x->type = res;
    ok = true;
    break;
  }
  case BI_COPY: {
    Type *dst = ty_underlying(x->type);
    Operand y = args[1];
    if (y.mode == MODE_INVALID) goto done;
    Type *src = ty_underlying(y.type);
    Type *src_elem = NULL;
    if (ty_is_string(src)) src_elem = ty_byte;
    else if (src->kind == TY_SLICE) src_elem = src->u.slice.elem;
    if (dst->kind != TY_SLICE || !src_elem) {
      chk_error(k, chk_start(x->expr), "invalid argument: copy expects slice arguments; found %s and %s",
                chk_operand_str(k, x), chk_operand_str(k, &y));
      goto done;
    }
    if (!ty_identical(dst->u.slice.elem, src_elem)) {
      chk_error(k, chk_start(x->expr),
                "invalid argument: arguments to copy %s and %s have different element types %s and %s",
                chk_operand_str(k, x), chk_operand_str(k, &y), chk_type_str(k, dst->u.slice.elem),
                chk_type_str(k, src_elem));
      goto done;
    }
    if (ty_is_untyped(y.type)) chk_convert_untyped(k, &args[1], TY(TY_STRING));
    x->mode = MODE_VALUE;
    x->type = TY(TY_INT);
    ok = true;
    break;
  }
  case BI_DELETE: {
    Type *m = ty_underlying(x->type);
    if (m->kind != TY_MAP) {
      chk_error(k, chk_start(x->expr), "invalid argument: %s is not a map", chk_operand_str(k, x));
      goto done;
    }
    *x = args[1];
    if (x->mode == MODE_INVALID) goto done;
    chk_assignment(k, x, m->u.map.key, "argument to delete");
    if (x->mode == MODE_INVALID) goto done;
    x->mode = MODE_NOVALUE;
    ok = true;
    break;
  }
  case BI_IMAG:
  case BI_REAL: {
    if (ty_is_untyped(x->type)) {
      if (x->mode == MODE_CONST) {
        if (ty_is_numeric(x->type)) x->type = TY(TY_UNTYPED_COMPLEX);
      } else {
        chk_convert_untyped(k, x, TY(TY_COMPLEX128));
        if (x->mode == MODE_INVALID) goto done;
      }
    }
    Type *res = NULL;
    switch (ty_underlying(x->type)->kind) {
    case TY_COMPLEX64: res = TY(TY_FLOAT32); break;
    case TY_COMPLEX128: res = TY(TY_FLOAT64); break;
    case TY_UNTYPED_COMPLEX: res = TY(TY_UNTYPED_FLOAT); break;
    default: break;
    }
    if (!res) {
      chk_error(k, chk_start(x->expr), "invalid argument: argument has type %s, expected complex type",
                chk_type_str(k, x->type));
      goto done;
    }
    if (x->mode == MODE_CONST) {
      ConstVal *z = cst_to_complex(k->c, x->val);
      x->val = z ? cst_complex_part(k->c, z, id != BI_REAL) : NULL;
    } else {
      x->mode = MODE_VALUE;
    }
    x->type = res;
    ok = true;
    break;
  }
  case BI_MAKE: {
    Expr *arg0 = al->v[0];
    Type *T = chk_var_type(k, arg0);
    if (T->kind == TY_INVALID) goto done;
    int min;
    switch (ty_underlying(T)->kind) {
    case TY_SLICE: min = 2; break;
    case TY_MAP:
    case TY_CHAN: min = 1; break;
    default:
      chk_error(k, chk_start(arg0), "invalid argument: cannot make %s; type must be slice, map, or channel",
                chk_expr_str(k, arg0));
      goto done;
    }
    if (nargs < min || min + 1 < nargs) {
      chk_error(k, chk_start(call), "invalid operation: %s expects %d or %d arguments; found %d",
                chk_expr_str(k, call), min, min + 1, nargs);
      goto done;
    }
    int64_t sizes[2];
    int nsizes = 0;
    for (int i = 1; i < nargs; i++) {
      Type *t;
      int64_t s = chk_index(k, al->v[i], -1, &t);
      if (s >= 0 && nsizes < 2) sizes[nsizes++] = s;
    }
    if (nsizes == 2 && sizes[0] > sizes[1])
      chk_error(k, chk_start(al->v[1]), "invalid argument: length and capacity swapped");
    x->mode = MODE_VALUE;
    x->type = T;
    ok = true;
    break;
  }
  case BI_NEW: {
    Type *T = chk_var_type(k, al->v[0]);
    if (T->kind == TY_INVALID) goto done;
    x->mode = MODE_VALUE;
    x->type = ty_new_pointer(k->c, T);
    ok = true;
    break;
  }
  case BI_PANIC:
    if (k->fn && k->fn->sig && k->fn->sig->u.func.nresults > 0) pmap_put(A(k), &k->fn->panics, call, call);
    chk_assignment(k, x, empty_iface(k), "argument to panic");
    if (x->mode == MODE_INVALID) goto done;
    x->mode = MODE_NOVALUE;
    ok = true;
    break;
  case BI_PRINT:
  case BI_PRINTLN:
    for (int i = 0; i < nargs; i++) {
      if (i > 0) *x = args[i];
      chk_assignment(k, x, NULL, chk_sprintf(k, "argument to built-in %s", name));
      if (x->mode == MODE_INVALID) goto done;
    }
    x->mode = MODE_NOVALUE;
    ok = true;
    break;
  case BI_RECOVER:
    x->mode = MODE_VALUE;
    x->type = empty_iface(k);
    ok = true;
    break;
  default: break;
  }
done:
  if (id == BI_LEN || id == BI_CAP) k->has_call_or_recv = saved_ccr;
  return ok;
}

/* }================================================================= */

static Type *empty_tuple(Checker *k) { return ty_new_tuple(k->c, NULL, 0); }

int chk_call_expr(Checker *k, Operand *x, Expr *e) {
  ExprList *al = &e->u.call.args;
  chk_expr_or_type(k, x, e->u.call.fn);
  switch (x->mode) {
  case MODE_INVALID:
    chk_use(k, al->v, al->n);
    x->expr = e;
    return KIND_STATEMENT;
  case MODE_TYPE: {
    Type *T = x->type;
    x->mode = MODE_INVALID;
    if (al->n == 0) {
      chk_error(k, chk_start(e), "missing argument in conversion to %s", chk_type_str(k, T));
    } else if (al->n == 1) {
      chk_expr(k, x, al->v[0]);
      if (x->mode != MODE_INVALID) {
        if (e->u.call.has_ellipsis) {
          chk_error(k, chk_start(al->v[0]), "invalid use of ... in type conversion to %s", chk_type_str(k, T));
          x->mode = MODE_INVALID;
        } else {
          chk_conversion(k, x, T);
        }
      }
    } else {
      chk_use(k, al->v, al->n);
      chk_error(k, chk_start(al->v[al->n - 1]), "too many arguments in conversion to %s", chk_type_str(k, T));
    }
    x->expr = e;
    return KIND_CONVERSION;
  }
  case MODE_BUILTIN: {
    Builtin id = x->id;
    if (id < BI_APPEND || id > BI_RECOVER || !builtin(k, x, e, id)) x->mode = MODE_INVALID;
    x->expr = e;
    if (x->mode != MODE_INVALID && x->mode != MODE_CONST) k->has_call_or_recv = true;
    if (x->mode == MODE_NOVALUE) x->type = empty_tuple(k);
    return id >= BI_APPEND && id <= BI_RECOVER && builtin_info[id].statement ? KIND_STATEMENT : KIND_EXPRESSION;
  }
  default: break;
  }
  Type *sig = ty_underlying(x->type);
  if (sig->kind != TY_FUNC) {
    chk_error(k, chk_start(x->expr), "invalid operation: cannot call non-function %s", chk_operand_str(k, x));
    x->mode = MODE_INVALID;
    x->expr = e;
    return KIND_STATEMENT;
  }
  Operand *args;
  int nargs = chk_expr_list(k, al->v, al->n, false, &args, NULL);
  arguments(k, e, sig, args, nargs);
  switch (sig->u.func.nresults) {
  case 0:
    x->mode = MODE_NOVALUE;
    x->type = empty_tuple(k);
    break;
  case 1:
    x->mode = MODE_VALUE;
    x->type = sig->u.func.results[0];
    break;
  default:
    x->mode = MODE_VALUE;
    x->type = ty_new_tuple(k->c, sig->u.func.results, sig->u.func.nresults);
    x->type->u.tuple.names = sig->u.func.rnames;
    break;
  }
  x->expr = e;
  k->has_call_or_recv = true;
  return KIND_STATEMENT;
}

/* {=================================================================
** Selectors (call.go's selector)
** ================================================================== */

static bool exported(const char *name) {
  unsigned char c = (unsigned char)name[0];
  return c >= 'A' && c <= 'Z'; /* non-ASCII upper case letters are rare in names */
}

void chk_selector(Checker *k, Operand *x, Expr *e, Type *def) {
  Expr *sx = e->u.selector.x, *se = e->u.selector.sel;
  const char *sel = se && se->kind == E_IDENT ? se->u.ident.name : "_";
  x->val = NULL;
  if (sx && sx->kind == E_IDENT) {
    Object *o = chk_lookup(k, sx->u.ident.name);
    if (o && o->kind == OBJ_PKG) {
      o->used = true;
      sx->u.ident.obj = o;
      sx->mode = MODE_PACKAGE;
      sx->type = TY(TY_INVALID);
      Package *p = chk_std_lookup(k, o->pkg);
      Object *m = p ? chk_scope_lookup(k, p->scope, sel) : NULL;
      if (!m) {
        chk_error(k, se->pos, "undefined: %s.%s", p ? p->name : o->name, sel);
        goto error;
      }
      if (!exported(sel)) chk_error(k, se->pos, "%s not exported by package %s", sel, p->name);
      e->u.selector.obj = m;
      se->u.ident.obj = m;
      switch (m->kind) {
      case OBJ_CONST:
        x->mode = MODE_CONST;
        x->type = m->type;
        x->val = m->cval;
        break;
      case OBJ_TYPE:
        x->mode = MODE_TYPE;
        x->type = m->type;
        break;
      case OBJ_VAR:
        x->mode = MODE_VAR;
        x->type = m->type;
        break;
      case OBJ_FUNC:
        x->mode = MODE_VALUE;
        x->type = m->type;
        break;
      default: goto error;
      }
      x->expr = e;
      return;
    }
  }
  chk_expr_or_type(k, x, sx);
  switch (x->mode) {
  case MODE_TYPE:
    if (def && x->type == def) {
      Object *cyc = def->u.named.obj;
      chk_error(k, cyc->pos, "invalid recursive type %s\n\t%s: %s refers to\n\t%s: %s", cyc->name,
                chk_pos_str(k, cyc->pos), cyc->name, chk_pos_str(k, cyc->pos), cyc->name);
      goto error;
    }
    break;
  case MODE_BUILTIN: {
    /* reported at the '.', which the tree does not keep: it precedes the
    ** selector unless the source put space around it (never gofmt'ed) */
    Pos dot = se->pos;
    if (dot.col > 1) dot.col--;
    chk_error(k, dot, "cannot select on %s", chk_operand_str(k, x));
    goto error;
  }
  case MODE_INVALID: goto error;
  default: break;
  }
  bool ambiguous, ptr_needed;
  Selection *s = chk_lookup_field_or_method(k, x->type, x->mode == MODE_VAR, sel, &ambiguous, &ptr_needed);
  if (!s) {
    if (ty_underlying(x->type)->kind == TY_INVALID) goto error;
    if (ambiguous) {
      chk_error(k, se->pos, "ambiguous selector %s.%s", chk_expr_str(k, x->expr), sel);
      goto error;
    }
    if (ptr_needed) {
      chk_error(k, se->pos, "cannot call pointer method %s on %s", sel, chk_type_str(k, x->type));
      goto error;
    }
    const char *why;
    Type *u = ty_underlying(x->type);
    if (u->kind == TY_POINTER && ty_is_interface(u->u.ptr.elem)) {
      why = chk_sprintf(k, "type %s is pointer to interface, not interface", chk_type_str(k, x->type));
    } else {
      why = chk_sprintf(k, "type %s has no field or method %s", chk_type_str(k, x->type), sel);
      if (*sel) {
        char *alt = chk_sprintf(k, "%s", sel);
        alt[0] = isupper((unsigned char)alt[0]) ? (char)tolower((unsigned char)alt[0]) : (char)toupper((unsigned char)alt[0]);
        bool a2, p2;
        if (strcmp(alt, sel) != 0 && chk_lookup_field_or_method(k, x->type, x->mode == MODE_VAR, alt, &a2, &p2))
          why = chk_sprintf(k, "%s, but does have %s", why, alt);
      }
    }
    chk_error(k, se->pos, "%s.%s undefined (%s)", chk_expr_str(k, x->expr), sel, why);
    goto error;
  }
  if (x->mode == MODE_TYPE) {
    /* method expression T.m */
    if (s->kind != SEL_METHOD) {
      chk_error(k, se->pos, "%s.%s undefined (type %s has no method %s)", chk_expr_str(k, x->expr), sel,
                chk_type_str(k, x->type), sel);
      goto error;
    }
    s->kind = SEL_METHOD_EXPR;
    Type *msig = s->m->sig ? s->m->sig : TY(TY_INVALID);
    if (msig->kind != TY_FUNC) goto error;
    Type *f = ty_new(k->c, TY_FUNC);
    int n = msig->u.func.nparams;
    f->u.func.params = arena_alloc(A(k), sizeof(Type *) * (size_t)(n + 1));
    f->u.func.pnames = arena_alloc(A(k), sizeof(char *) * (size_t)(n + 1));
    f->u.func.params[0] = x->type;
    f->u.func.pnames[0] = n > 0 && msig->u.func.pnames && msig->u.func.pnames[0][0] ? "_" : "";
    for (int i = 0; i < n; i++) {
      f->u.func.params[i + 1] = msig->u.func.params[i];
      f->u.func.pnames[i + 1] = msig->u.func.pnames ? msig->u.func.pnames[i] : "";
    }
    f->u.func.nparams = n + 1;
    f->u.func.results = msig->u.func.results;
    f->u.func.rnames = msig->u.func.rnames;
    f->u.func.nresults = msig->u.func.nresults;
    f->u.func.variadic = msig->u.func.variadic;
    pmap_put(A(k), &k->selections, e, s);
    if (s->method) chk_add_dep(k, s->method);
    x->mode = MODE_VALUE;
    x->type = f;
    x->expr = e;
    return;
  }
  pmap_put(A(k), &k->selections, e, s);
  if (s->kind == SEL_FIELD) {
    x->mode = (x->mode == MODE_VAR || s->indirect) ? MODE_VAR : MODE_VALUE;
    x->type = s->field->type;
  } else {
    if (s->method) chk_add_dep(k, s->method);
    /* a native method (sync.WaitGroup.Add) on a variable takes its address
    ** (the implicit &x), so the variable lives in memory */
    if (s->method && s->method->native >= 0 && s->m->ptr_recv && x->mode == MODE_VAR &&
        ty_underlying(x->type)->kind != TY_POINTER) {
      Object *v = chk_root_var(e->u.selector.x);
      if (v) v->addr_taken = true;
    }
    x->mode = MODE_VALUE;
    x->type = s->m->sig ? s->m->sig : TY(TY_INVALID);
  }
  x->expr = e;
  return;
error:
  x->mode = MODE_INVALID;
  x->expr = e;
}

/* }================================================================= */

/* {=================================================================
** Index and slice expressions (index.go)
** ================================================================== */

/* index.go's index: checks an index against [0, max) when max >= 0;
** returns its constant value or -1. */
int64_t chk_index(Checker *k, Expr *index, int64_t max, Type **typ) {
  *typ = TY(TY_INVALID);
  Operand x;
  chk_expr(k, &x, index);
  if (!chk_is_valid_index(k, &x, "index", false)) return -1;
  if (x.mode != MODE_CONST) {
    *typ = x.type;
    return -1;
  }
  if (!x.val) return -1;
  int64_t v = cst_int64_value(x.val);
  if (max >= 0 && v >= max) {
    chk_error(k, chk_start(x.expr), "invalid argument: index %s out of bounds [0:%lld]", cst_string_repr(k->c, x.val),
              (long long)max);
    return -1;
  }
  *typ = x.type;
  return v;
}

void chk_index_expr(Checker *k, Operand *x, Expr *e) {
  chk_expr_or_type(k, x, e->u.index.x);
  switch (x->mode) {
  case MODE_INVALID: chk_use1(k, e->u.index.index); return;
  case MODE_TYPE:
    chk_error(k, chk_start(e), "%s is not a generic type", chk_type_str(k, x->type));
    x->mode = MODE_INVALID;
    return;
  default: break;
  }
  bool valid = false;
  int64_t length = -1;
  Type *u = ty_underlying(x->type);
  switch (u->kind) {
  case TY_STRING:
  case TY_UNTYPED_STRING:
    valid = true;
    if (x->mode == MODE_CONST && x->val) length = x->val->slen;
    /* the string has its final type now (an untyped one: string) */
    if (ty_is_untyped(x->type)) chk_update_expr_type(k, x->expr, TY(TY_STRING), true);
    x->mode = MODE_VALUE;
    x->type = ty_byte;
    break;
  case TY_ARRAY:
    valid = true;
    length = u->u.array.len;
    if (x->mode != MODE_VAR) x->mode = MODE_VALUE;
    x->type = u->u.array.elem;
    break;
  case TY_POINTER: {
    Type *a = ty_underlying(u->u.ptr.elem);
    if (a->kind == TY_ARRAY) {
      valid = true;
      length = a->u.array.len;
      x->mode = MODE_VAR;
      x->type = a->u.array.elem;
    }
    break;
  }
  case TY_SLICE:
    valid = true;
    x->mode = MODE_VAR;
    x->type = u->u.slice.elem;
    break;
  case TY_MAP: {
    Operand key;
    chk_expr(k, &key, e->u.index.index);
    chk_assignment(k, &key, u->u.map.key, "map index");
    x->mode = MODE_MAPINDEX;
    x->type = u->u.map.value;
    x->expr = e;
    return;
  }
  default: break;
  }
  if (!valid) {
    chk_error(k, e->u.index.lbrack.line ? e->u.index.lbrack : chk_start(x->expr), "invalid operation: cannot index %s",
              chk_operand_str(k, x));
    x->mode = MODE_INVALID;
    chk_use1(k, e->u.index.index);
    return;
  }
  Type *t;
  chk_index(k, e->u.index.index, length, &t);
}

void chk_slice_expr(Checker *k, Operand *x, Expr *e) {
  Expr *idx[3] = {e->u.slice.lo, e->u.slice.hi, e->u.slice.max};
  chk_expr(k, x, e->u.slice.x);
  if (x->mode == MODE_INVALID) {
    chk_use(k, idx, 3);
    return;
  }
  bool valid = false;
  int64_t length = -1;
  Type *u = ty_underlying(x->type);
  switch (u->kind) {
  case TY_STRING:
  case TY_UNTYPED_STRING:
    if (e->u.slice.slice3) {
      Expr *at = e->u.slice.max ? e->u.slice.max : e;
      chk_error(k, chk_start(at), "invalid operation: 3-index slice of string");
      x->mode = MODE_INVALID;
      return;
    }
    valid = true;
    if (x->mode == MODE_CONST && x->val) length = x->val->slen;
    if (ty_is_untyped(x->type)) {
      chk_update_expr_type(k, x->expr, TY(TY_STRING), true);
      x->type = TY(TY_STRING);
    }
    break;
  case TY_ARRAY:
    valid = true;
    length = u->u.array.len;
    if (x->mode != MODE_VAR) {
      chk_error(k, chk_start(x->expr), "invalid operation: %s (slice of unaddressable value)", chk_operand_str(k, x));
      x->mode = MODE_INVALID;
      return;
    }
    x->type = ty_new_slice(k->c, u->u.array.elem);
    break;
  case TY_POINTER: {
    Type *a = ty_underlying(u->u.ptr.elem);
    if (a->kind == TY_ARRAY) {
      valid = true;
      length = a->u.array.len;
      x->type = ty_new_slice(k->c, a->u.array.elem);
    }
    break;
  }
  case TY_SLICE: valid = true; break;
  default: break;
  }
  if (!valid) {
    chk_error(k, chk_start(x->expr), "invalid operation: cannot slice %s", chk_operand_str(k, x));
    x->mode = MODE_INVALID;
    return;
  }
  x->mode = MODE_VALUE;
  if (e->u.slice.slice3 && (!e->u.slice.hi || !e->u.slice.max)) {
    chk_error(k, chk_start(e), "invalid AST: 2nd and 3rd index required in 3-index slice");
    x->mode = MODE_INVALID;
    return;
  }
  int64_t ind[3];
  for (int i = 0; i < 3; i++) {
    int64_t v = -1;
    if (idx[i]) {
      int64_t max = length >= 0 ? length + 1 : -1;
      Type *t;
      int64_t c = chk_index(k, idx[i], max, &t);
      if (c >= 0) v = c;
    } else if (i == 0) {
      v = 0;
    } else if (length >= 0) {
      v = length;
    }
    ind[i] = v;
  }
  for (int i = 0; i < 2; i++) {
    if (ind[i] > 0) {
      for (int j = i + 1; j < 3; j++) {
        if (ind[j] >= 0 && ind[j] < ind[i] && idx[j]) {
          chk_error(k, chk_start(idx[j]), "invalid slice indices: %lld < %lld", (long long)ind[j], (long long)ind[i]);
          return;
        }
      }
    }
  }
}

/* }================================================================= */

/* {=================================================================
** Composite literals (expr.go)
** ================================================================== */

static int64_t indexed_elts(Checker *k, ExprList *elts, Type *typ, int64_t length) {
  int64_t index = 0, max = 0;
  PtrMap visited = {0};
  for (int i = 0; i < elts->n; i++) {
    Expr *e = elts->v[i];
    bool valid_index = false;
    Expr *eval = e;
    if (e->kind == E_KEYVALUE) {
      Type *t;
      int64_t v = chk_index(k, e->u.kv.key, length, &t);
      if (t->kind != TY_INVALID) {
        if (v >= 0) {
          index = v;
          valid_index = true;
        } else {
          chk_error(k, chk_start(e), "index %s must be integer constant", chk_expr_str(k, e->u.kv.key));
        }
      }
      eval = e->u.kv.value;
    } else if (length >= 0 && index >= length) {
      chk_error(k, chk_start(e), "index %lld is out of bounds (>= %lld)", (long long)index, (long long)length);
    } else {
      valid_index = true;
    }
    if (valid_index) {
      /* keys offset by one: a NULL key means "absent" */
      if (pmap_get(&visited, (void *)(intptr_t)(index + 1)))
        chk_error(k, chk_start(e), "duplicate index %lld in array or slice literal", (long long)index);
      pmap_put(A(k), &visited, (void *)(intptr_t)(index + 1), e);
    }
    index++;
    if (index > max) max = index;
    Operand x;
    chk_expr_with_hint(k, &x, eval, typ);
    chk_assignment(k, &x, typ, "array or slice literal");
  }
  return max;
}

void chk_composite_lit(Checker *k, Operand *x, Expr *e, Type *hint) {
  Type *typ, *base;
  Expr *te = e->u.composite.type;
  ExprList *elts = &e->u.composite.elts;
  if (te) {
    if (te->kind == E_ARRAYTYPE && te->u.array.len && te->u.array.len->kind == E_ELLIPSIS &&
        !te->u.array.len->u.ellipsis.elt) {
      typ = ty_new_array(k->c, chk_var_type(k, te->u.array.elem), -1);
      base = typ;
    } else {
      typ = chk_typ(k, te);
      base = typ;
    }
  } else if (hint) {
    typ = hint;
    base = ty_underlying(typ);
    if (base->kind == TY_POINTER) base = base->u.ptr.elem; /* *T implies &T{} */
  } else {
    chk_error(k, e->pos, "missing type in composite literal");
    x->mode = MODE_INVALID;
    return;
  }
  Type *u = ty_underlying(base);
  switch (u->kind) {
  case TY_STRUCT: {
    if (elts->n == 0) break;
    int nf = u->u.strct.nfields;
    if (elts->v[0]->kind == E_KEYVALUE) {
      bool *visited = arena_alloc(A(k), (size_t)(nf ? nf : 1));
      for (int i = 0; i < elts->n; i++) {
        Expr *kv = elts->v[i];
        if (kv->kind != E_KEYVALUE) {
          chk_error(k, chk_start(kv), "mixture of field:value and value elements in struct literal");
          continue;
        }
        Expr *key = kv->u.kv.key;
        chk_expr(k, x, kv->u.kv.value);
        if (!key || key->kind != E_IDENT) {
          chk_error(k, chk_start(kv), "invalid field name %s in struct literal", chk_expr_str(k, key));
          continue;
        }
        int fi = -1;
        for (int f = 0; f < nf; f++)
          if (strcmp(u->u.strct.fields[f].name, key->u.ident.name) == 0 && strcmp(key->u.ident.name, "_") != 0) fi = f;
        if (fi < 0) {
          chk_error(k, key->pos, "unknown field '%s' in struct literal of type %s", key->u.ident.name,
                    chk_type_str(k, base));
          continue;
        }
        chk_assignment(k, x, u->u.strct.fields[fi].type, "struct literal");
        if (visited[fi]) {
          chk_error(k, chk_start(kv), "duplicate field name %s in struct literal", key->u.ident.name);
          continue;
        }
        visited[fi] = true;
      }
    } else {
      for (int i = 0; i < elts->n; i++) {
        Expr *el = elts->v[i];
        if (el->kind == E_KEYVALUE) {
          chk_error(k, chk_start(el), "mixture of field:value and value elements in struct literal");
          continue;
        }
        chk_expr(k, x, el);
        if (i >= nf) {
          chk_error(k, chk_start(x->expr), "too many values in %s{…}", chk_type_str(k, base));
          break;
        }
        chk_assignment(k, x, u->u.strct.fields[i].type, "struct literal");
      }
      if (elts->n < nf) chk_error(k, e->u.composite.rbrace, "too few values in %s{…}", chk_type_str(k, base));
    }
    break;
  }
  case TY_ARRAY: {
    int64_t n = indexed_elts(k, elts, u->u.array.elem, u->u.array.len);
    if (u->u.array.len < 0) {
      u->u.array.len = n;
      if (te) {
        te->type = u;
        te->mode = MODE_TYPE;
      }
    }
    break;
  }
  case TY_SLICE: indexed_elts(k, elts, u->u.slice.elem, -1); break;
  case TY_MAP: {
    for (int i = 0; i < elts->n; i++) {
      Expr *kv = elts->v[i];
      if (kv->kind != E_KEYVALUE) {
        chk_error(k, chk_start(kv), "missing key in map literal");
        continue;
      }
      chk_expr_with_hint(k, x, kv->u.kv.key, u->u.map.key);
      chk_assignment(k, x, u->u.map.key, "map literal");
      if (x->mode == MODE_INVALID) continue;
      if (x->mode == MODE_CONST && x->val) {
        for (int j = 0; j < i; j++) {
          Expr *pk = elts->v[j]->kind == E_KEYVALUE ? elts->v[j]->u.kv.key : NULL;
          if (pk && pk->mode == MODE_CONST && pk->cval && ty_identical(pk->type, x->type) &&
              pk->cval->kind == x->val->kind && cst_compare(TK_EQL, pk->cval, x->val)) {
            chk_error(k, chk_start(x->expr), "duplicate key %s in map literal", cst_string_repr(k->c, x->val));
            goto next;
          }
        }
      }
      chk_expr_with_hint(k, x, kv->u.kv.value, u->u.map.value);
      chk_assignment(k, x, u->u.map.value, "map literal");
    next:;
    }
    break;
  }
  default:
    for (int i = 0; i < elts->n; i++) {
      Expr *el = elts->v[i];
      chk_use1(k, el->kind == E_KEYVALUE ? el->u.kv.value : el);
    }
    if (u->kind != TY_INVALID) chk_error(k, e->pos, "invalid composite literal type %s", chk_type_str(k, typ));
    x->mode = MODE_INVALID;
    return;
  }
  x->mode = MODE_VALUE;
  x->type = typ;
}

/* }================================================================= */
