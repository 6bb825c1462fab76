/*
** check_stmt.c — statements (types2's stmt.go, assignments.go, return.go)
** and the targets of branch statements.
**
** Scopes follow the spec's blocks: each block, if/for/switch statement and
** case clause opens one; variables declared by := or var join it only after
** their initializers are checked, so `x := x` reads the outer x. Function
** literals met in a statement are checked when the statement is done (as
** types2 does, before the enclosing scope changes).
**
** Unused variables (spec: "Implementation restriction: a compiler may make
** it illegal to declare a variable inside a function body if the variable
** is never used") are reported when the function is done: a variable counts
** as used when its value is read; assigning to it does not count.
**
** Branch targets: gc's parser already validated labels and branches (as
** syntax.checkBranches), so here they are only recorded: break and
** continue point at their for/range/switch/select, goto at its S_LABELED,
** fallthrough at its switch.
*/
#include <stdlib.h>
#include <string.h>

#include "check.h"

static Arena *A(Checker *k) { return &k->c->arena; }

static void stmt(Checker *k, StmtCtx *ctx, Stmt *s);

static void open_scope(Checker *k) { k->scope = chk_new_scope(k, k->scope, false); }
static void close_scope(Checker *k) { k->scope = k->scope->parent; }

static void declare_local(Checker *k, Expr *ident, Object *o) {
  if (chk_declare(k, k->scope, ident, o) && k->fn && o->kind == OBJ_VAR && strcmp(o->name, "_") != 0)
    ptrvec_push(A(k), &k->fn->vars, o);
}

static Object *new_var(Checker *k, const char *name, Pos pos, Type *t) {
  return chk_new_obj(k, OBJ_VAR, name, pos, t);
}

/* {=================================================================
** Assignments (assignments.go)
** ================================================================== */

Type *chk_init_var(Checker *k, Object *lhs, Operand *x, const char *context) {
  if (x->mode == MODE_INVALID || !x->type || x->type->kind == TY_INVALID || (lhs->type && lhs->type->kind == TY_INVALID)) {
    if (!lhs->type) lhs->type = TY(TY_INVALID);
    lhs->used = true;
    return NULL;
  }
  if (!lhs->type) {
    Type *t = x->type;
    if (ty_is_untyped(t)) {
      if (t->kind == TY_UNTYPED_NIL) {
        chk_error(k, chk_start(x->expr), "use of untyped nil in %s", context);
        lhs->type = TY(TY_INVALID);
        return NULL;
      }
      t = ty_default(t);
    }
    lhs->type = t;
  }
  chk_assignment(k, x, lhs->type, context);
  if (x->mode == MODE_INVALID) {
    lhs->used = true;
    return NULL;
  }
  return x->type;
}

void chk_init_const(Checker *k, Object *lhs, Operand *x) {
  if (x->mode == MODE_INVALID || !x->type || x->type->kind == TY_INVALID || (lhs->type && lhs->type->kind == TY_INVALID)) {
    if (!lhs->type) lhs->type = TY(TY_INVALID);
    return;
  }
  if (x->mode != MODE_CONST) {
    chk_error(k, chk_start(x->expr), "%s is not constant", chk_operand_str(k, x));
    if (!lhs->type) lhs->type = TY(TY_INVALID);
    return;
  }
  if (!lhs->type) lhs->type = x->type;
  chk_assignment(k, x, lhs->type, "constant declaration");
  if (x->mode == MODE_INVALID) return;
  lhs->cval = x->val;
}

static const char *measure(Checker *k, int n, const char *unit) {
  return chk_sprintf(k, "%d %s%s", n, unit, n != 1 ? "s" : "");
}

static void assign_error(Checker *k, Expr **rhs, int nrhs_exprs, int nvars, int nvals) {
  Expr *rhs0 = rhs[0];
  const char *vars = measure(k, nvars, "variable"), *vals = measure(k, nvals, "value");
  Expr *call = chk_unparen(rhs0);
  if (nrhs_exprs == 1 && call && call->kind == E_CALL) {
    chk_error(k, chk_start(rhs0), "assignment mismatch: %s but %s returns %s", vars,
              chk_expr_str(k, call->u.call.fn), vals);
    return;
  }
  chk_error(k, chk_start(rhs0), "assignment mismatch: %s but %s", vars, vals);
}

/* The types of v, ok = <comma-ok expression>: the expression yields a pair. */
static void record_comma_ok(Checker *k, Expr *e, Type *a0, Type *a1) {
  if (!a0 || !a1) return;
  Type *ts[2] = {a0, a1};
  Type *tup = ty_new_tuple(k->c, ts, 2);
  for (int guard = 0; e && guard < 1000; guard++) {
    e->type = tup;
    if (e->kind != E_PAREN) break;
    e = e->u.paren.x;
  }
}

static void return_error(Checker *k, Object **lhs, int nlhs, Operand *rhs, int nrhs, Stmt *ret) {
  Pos at = ret->pos;
  const char *q = "not enough";
  if (nrhs > nlhs) {
    at = chk_start(rhs[nlhs].expr);
    q = "too many";
  } else if (nrhs > 0) {
    at = chk_start(rhs[nrhs - 1].expr);
  }
  Type **have = arena_alloc(A(k), sizeof(Type *) * (size_t)(nrhs ? nrhs : 1));
  Type **want = arena_alloc(A(k), sizeof(Type *) * (size_t)(nlhs ? nlhs : 1));
  for (int i = 0; i < nrhs; i++) have[i] = rhs[i].type;
  for (int i = 0; i < nlhs; i++) want[i] = lhs[i]->type;
  /* typesSummary, as in check_call.c */
  const char *hs = "(", *ws = "(";
  for (int i = 0; i < nrhs; i++) {
    Type *t = have[i];
    const char *s;
    if (!t || t->kind == TY_INVALID) s = "<T>";
    else if (ty_is_untyped(t)) {
      s = ty_is_numeric(t) ? "number" : chk_type_str(k, t) + 8;
    } else s = chk_type_str(k, t);
    hs = chk_sprintf(k, "%s%s%s", hs, i ? ", " : "", s);
  }
  for (int i = 0; i < nlhs; i++) ws = chk_sprintf(k, "%s%s%s", ws, i ? ", " : "", chk_type_str(k, want[i]));
  chk_error(k, at, "%s return values\n\thave %s)\n\twant %s)", q, hs, ws);
}

void chk_init_vars(Checker *k, Object **lhs, int nlhs, Expr **orig_rhs, int nrhs_exprs, Stmt *ret) {
  Operand *rhs;
  bool comma_ok;
  int nrhs = chk_expr_list(k, orig_rhs, nrhs_exprs, nlhs == 2 && !ret, &rhs, &comma_ok);
  if (nlhs != nrhs) {
    for (int i = 0; i < nlhs; i++) {
      lhs[i]->used = true;
      if (!lhs[i]->type) lhs[i]->type = TY(TY_INVALID);
    }
    for (int i = 0; i < nrhs; i++)
      if (rhs[i].mode == MODE_INVALID) return;
    if (ret) {
      return_error(k, lhs, nlhs, rhs, nrhs, ret);
      return;
    }
    assign_error(k, orig_rhs, nrhs_exprs, nlhs, nrhs);
    return;
  }
  const char *context = ret ? "return statement" : "assignment";
  if (comma_ok) {
    Type *a0 = chk_init_var(k, lhs[0], &rhs[0], context);
    Type *a1 = chk_init_var(k, lhs[1], &rhs[1], context);
    record_comma_ok(k, orig_rhs[0], a0, a1);
    return;
  }
  bool ok = true;
  for (int i = 0; i < nlhs; i++)
    if (!chk_init_var(k, lhs[i], &rhs[i], context)) ok = false;
  if (!ok)
    for (int i = 0; i < nlhs; i++) lhs[i]->used = true;
}

/* The local variable an assignment's lhs identifier denotes, if any. */
static Object *lhs_var(Checker *k, Expr *lhs) {
  Expr *id = chk_unparen(lhs);
  if (!id || id->kind != E_IDENT) return NULL;
  Object *o = chk_lookup(k, id->u.ident.name);
  return o && o->kind == OBJ_VAR ? o : NULL;
}

static Type *assign_var(Checker *k, Expr *lhs, Operand *x) {
  if (x->mode == MODE_INVALID || !x->type || x->type->kind == TY_INVALID) {
    chk_use1(k, lhs);
    return NULL;
  }
  Expr *id = chk_unparen(lhs);
  if (id && id->kind == E_IDENT && strcmp(id->u.ident.name, "_") == 0) {
    id->u.ident.obj = NULL;
    chk_assignment(k, x, NULL, "assignment to _ identifier");
    return x->mode == MODE_INVALID ? NULL : x->type;
  }
  /* assigning to v is not a use of v */
  Object *v = lhs_var(k, lhs);
  bool v_used = v ? v->used : false;
  Operand z;
  chk_expr(k, &z, lhs);
  if (v) v->used = v_used;
  if (z.mode == MODE_INVALID || !z.type || z.type->kind == TY_INVALID) return NULL;
  switch (z.mode) {
  case MODE_VAR:
  case MODE_MAPINDEX: break;
  default: {
    Expr *sel = chk_unparen(z.expr);
    if (sel && sel->kind == E_SELECTOR && sel->u.selector.x && sel->u.selector.x->mode == MODE_MAPINDEX) {
      chk_error(k, chk_start(z.expr), "cannot assign to struct field %s in map", chk_expr_str(k, z.expr));
      return NULL;
    }
    chk_error(k, chk_start(z.expr), "cannot assign to %s", chk_operand_str(k, &z));
    return NULL;
  }
  }
  chk_assignment(k, x, z.type, "assignment");
  return x->mode == MODE_INVALID ? NULL : x->type;
}

static void assign_vars(Checker *k, ExprList *lhs, ExprList *orig_rhs) {
  Operand *rhs;
  bool comma_ok;
  int nrhs = chk_expr_list(k, orig_rhs->v, orig_rhs->n, lhs->n == 2, &rhs, &comma_ok);
  if (lhs->n != nrhs) {
    chk_use(k, lhs->v, lhs->n);
    for (int i = 0; i < nrhs; i++)
      if (rhs[i].mode == MODE_INVALID) return;
    assign_error(k, orig_rhs->v, orig_rhs->n, lhs->n, nrhs);
    return;
  }
  if (comma_ok) {
    Type *a0 = assign_var(k, lhs->v[0], &rhs[0]);
    Type *a1 = assign_var(k, lhs->v[1], &rhs[1]);
    record_comma_ok(k, orig_rhs->v[0], a0, a1);
    return;
  }
  bool ok = true;
  for (int i = 0; i < lhs->n; i++)
    if (!assign_var(k, lhs->v[i], &rhs[i])) ok = false;
  if (!ok)
    for (int i = 0; i < lhs->n; i++) {
      Object *v = lhs_var(k, lhs->v[i]);
      if (v) v->used = true;
    }
}

static void short_var_decl(Checker *k, Pos pos, ExprList *lhs, ExprList *rhs) {
  int top = k->ndelayed;
  Scope *scope = k->scope;
  int n = lhs->n;
  Object **vars = arena_alloc(A(k), sizeof(Object *) * (size_t)(n ? n : 1));
  Object **newv = arena_alloc(A(k), sizeof(Object *) * (size_t)(n ? n : 1));
  Expr **newid = arena_alloc(A(k), sizeof(Expr *) * (size_t)(n ? n : 1));
  int nnew = 0;
  bool has_err = false;
  for (int i = 0; i < n; i++) {
    Expr *e = lhs->v[i];
    if (!e || e->kind != E_IDENT) {
      chk_use1(k, e);
      if (e) chk_error(k, chk_start(e), "non-name %s on left side of :=", chk_expr_str(k, e));
      has_err = true;
      continue;
    }
    const char *name = e->u.ident.name;
    if (strcmp(name, "_") != 0) {
      bool seen = false;
      for (int j = 0; j < i; j++)
        if (lhs->v[j] && lhs->v[j]->kind == E_IDENT && strcmp(lhs->v[j]->u.ident.name, name) == 0) seen = true;
      if (seen) {
        chk_error(k, e->pos, "%s repeated on left side of :=", name);
        has_err = true;
        continue;
      }
    }
    Object *alt = chk_scope_lookup(k, scope, name);
    if (alt) {
      e->u.ident.obj = alt;
      if (alt->kind == OBJ_VAR) vars[i] = alt;
      else {
        chk_error(k, e->pos, "cannot assign to %s", name);
        has_err = true;
      }
      continue;
    }
    Object *o = new_var(k, name, e->pos, NULL);
    vars[i] = o;
    e->u.ident.obj = strcmp(name, "_") != 0 ? o : NULL;
    if (strcmp(name, "_") != 0) {
      newid[nnew] = e;
      newv[nnew++] = o;
    }
  }
  for (int i = 0; i < n; i++)
    if (!vars[i]) vars[i] = new_var(k, "_", lhs->v[i] ? lhs->v[i]->pos : pos, NULL);
  chk_init_vars(k, vars, n, rhs->v, rhs->n, NULL);
  chk_process_delayed(k, top);
  if (nnew == 0 && !has_err) {
    chk_error(k, pos, "no new variables on left side of :=");
    return;
  }
  for (int i = 0; i < nnew; i++) {
    declare_local(k, newid[i], newv[i]);
    newid[i]->type = newv[i]->type;
    newid[i]->mode = MODE_VAR;
  }
}

void chk_arity(Checker *k, Pos pos, Expr **names, int nnames, Expr **inits, int ninits, bool is_const,
               bool inherited) {
  if (nnames < ninits) {
    Expr *n = inits[nnames];
    if (inherited)
      chk_error(k, pos, "extra init expr at %s", chk_pos_str(k, n->pos));
    else
      chk_error(k, chk_start(n), "extra init expr %s", chk_expr_str(k, n));
  } else if (nnames > ninits && (is_const || ninits != 1)) {
    Expr *n = names[ninits];
    chk_error(k, n->pos, "missing init expr for %s", n->u.ident.name);
  }
}

/* }================================================================= */

/* {=================================================================
** Terminating statements (return.go)
** ================================================================== */

static bool has_break(Stmt *s, const char *label, bool implicit, int depth);

static bool has_break_list(StmtList *l, const char *label, bool implicit, int depth) {
  for (int i = 0; i < l->n; i++)
    if (has_break(l->v[i], label, implicit, depth + 1)) return true;
  return false;
}

static bool has_break_clauses(Stmt *body, const char *label, int depth) {
  if (!body || body->kind != S_BLOCK) return false;
  for (int i = 0; i < body->u.block.list.n; i++) {
    Stmt *c = body->u.block.list.v[i];
    if (!c) continue;
    StmtList *l = c->kind == S_CASE ? &c->u.caseclause.body : c->kind == S_COMM ? &c->u.comm.body : NULL;
    if (l && has_break_list(l, label, false, depth + 1)) return true;
  }
  return false;
}

static bool has_break(Stmt *s, const char *label, bool implicit, int depth) {
  if (!s || depth > 2000) return false;
  switch (s->kind) {
  case S_LABELED: return has_break(s->u.labeled.stmt, label, implicit, depth + 1);
  case S_BRANCH:
    if (s->u.branch.tok == TK_BREAK) {
      if (!s->u.branch.label) return implicit;
      if (label && strcmp(s->u.branch.label->u.ident.name, label) == 0) return true;
    }
    return false;
  case S_BLOCK: return has_break_list(&s->u.block.list, label, implicit, depth);
  case S_IF:
    return has_break(s->u.ifs.then, label, implicit, depth + 1) ||
           (s->u.ifs.els && has_break(s->u.ifs.els, label, implicit, depth + 1));
  case S_SWITCH: return label && has_break_clauses(s->u.switchs.body, label, depth);
  case S_TYPESWITCH: return label && has_break_clauses(s->u.typeswitch.body, label, depth);
  case S_SELECT: return label && has_break_clauses(s->u.select.body, label, depth);
  case S_FOR: return label && has_break(s->u.fors.body, label, false, depth + 1);
  case S_RANGE: return label && has_break(s->u.range.body, label, false, depth + 1);
  default: return false;
  }
}

static bool is_terminating_list(Checker *k, StmtList *l, const char *label) {
  for (int i = l->n - 1; i >= 0; i--) {
    if (l->v[i] && l->v[i]->kind == S_EMPTY) continue;
    return chk_is_terminating(k, l->v[i], label);
  }
  return false;
}

static bool is_terminating_clauses(Checker *k, Stmt *body, const char *label, bool need_default) {
  if (!body || body->kind != S_BLOCK) return false;
  bool has_default = false;
  for (int i = 0; i < body->u.block.list.n; i++) {
    Stmt *c = body->u.block.list.v[i];
    if (!c) continue;
    StmtList *l;
    if (c->kind == S_CASE) {
      l = &c->u.caseclause.body;
      if (c->u.caseclause.is_default || c->u.caseclause.list.n == 0) has_default = true;
    } else if (c->kind == S_COMM) {
      l = &c->u.comm.body;
    } else {
      continue;
    }
    if (!is_terminating_list(k, l, NULL) || has_break_list(l, label, true, 0)) return false;
  }
  return need_default ? has_default : true;
}

bool chk_is_terminating(Checker *k, Stmt *s, const char *label) {
  if (!s) return false;
  switch (s->kind) {
  case S_LABELED:
    return chk_is_terminating(k, s->u.labeled.stmt, s->u.labeled.label ? s->u.labeled.label->u.ident.name : NULL);
  case S_EXPR: {
    Expr *call = chk_unparen(s->u.expr);
    return call && call->kind == E_CALL && k->fn && pmap_get(&k->fn->panics, call);
  }
  case S_RETURN: return true;
  case S_BRANCH: return s->u.branch.tok == TK_GOTO || s->u.branch.tok == TK_FALLTHROUGH;
  case S_BLOCK: return is_terminating_list(k, &s->u.block.list, NULL);
  case S_IF:
    return s->u.ifs.els && chk_is_terminating(k, s->u.ifs.then, NULL) && chk_is_terminating(k, s->u.ifs.els, NULL);
  case S_SWITCH: return is_terminating_clauses(k, s->u.switchs.body, label, true);
  case S_TYPESWITCH: return is_terminating_clauses(k, s->u.typeswitch.body, label, true);
  case S_SELECT: return is_terminating_clauses(k, s->u.select.body, label, false);
  case S_FOR: return !s->u.fors.cond && !has_break(s->u.fors.body, label, true, 0);
  default: return false;
  }
}

/* }================================================================= */

/* {=================================================================
** Unused variables, goto targets
** ================================================================== */

static int pos_cmp(const void *a, const void *b) {
  const Object *x = *(Object *const *)a, *y = *(Object *const *)b;
  return pos_before(x->pos, y->pos) ? -1 : pos_before(y->pos, x->pos);
}

void chk_usage(Checker *k, FuncCtx *f) {
  int n = 0;
  Object **unused = arena_alloc(A(k), sizeof(Object *) * (size_t)(f->vars.n ? f->vars.n : 1));
  for (int i = 0; i < f->vars.n; i++) {
    Object *o = f->vars.v[i];
    if (!o->used) unused[n++] = o;
  }
  qsort(unused, (size_t)n, sizeof *unused, pos_cmp);
  for (int i = 0; i < n; i++) chk_error(k, unused[i]->pos, "%s declared but not used", unused[i]->name);
}

void chk_resolve_gotos(Checker *k, FuncCtx *f) {
  for (int i = 0; i < f->gotos.n; i++) {
    Stmt *g = f->gotos.v[i];
    const char *name = g->u.branch.label->u.ident.name;
    for (int j = 0; j < f->labels.n; j++) {
      Stmt *l = f->labels.v[j];
      if (l->u.labeled.label && strcmp(l->u.labeled.label->u.ident.name, name) == 0) g->u.branch.target = l;
    }
  }
  (void)k;
}

/* }================================================================= */

/* {=================================================================
** Statements (stmt.go)
** ================================================================== */

void chk_stmt_list(Checker *k, StmtCtx *ctx, StmtList *list) {
  bool ok = ctx->flags & FALLTHROUGH_OK;
  StmtCtx inner = *ctx;
  inner.flags &= ~(unsigned)FALLTHROUGH_OK;
  /* trailing empty statements are invisible to fallthrough */
  int n = list->n;
  while (n > 0 && list->v[n - 1] && list->v[n - 1]->kind == S_EMPTY) n--;
  for (int i = 0; i < list->n; i++) {
    StmtCtx c = inner;
    if (ok && i + 1 == n) c.flags |= FALLTHROUGH_OK;
    stmt(k, &c, list->v[i]);
  }
}

static void suspended_call(Checker *k, const char *keyword, Expr *call) {
  Operand x;
  int kind = chk_raw_expr(k, &x, call, NULL);
  const char *msg;
  switch (kind) {
  case KIND_CONVERSION: msg = "requires function call, not conversion"; break;
  case KIND_EXPRESSION: msg = "discards result of"; break;
  default: return;
  }
  chk_error(k, chk_start(x.expr), "%s %s %s", keyword, msg, chk_operand_str(k, &x));
}

static void multiple_defaults(Checker *k, Stmt *body) {
  if (!body || body->kind != S_BLOCK) return;
  Stmt *first = NULL;
  for (int i = 0; i < body->u.block.list.n; i++) {
    Stmt *c = body->u.block.list.v[i];
    if (!c) continue;
    bool is_default = c->kind == S_CASE ? (c->u.caseclause.is_default || c->u.caseclause.list.n == 0)
                                        : c->kind == S_COMM && !c->u.comm.comm;
    if (!is_default) continue;
    if (first)
      chk_error(k, c->pos, "multiple defaults (first at %s)", chk_pos_str(k, first->pos));
    else
      first = c;
  }
}

typedef struct SeenCase {
  ConstVal *val;
  Type *type;
  Pos pos;
} SeenCase;

static void case_values(Checker *k, Operand *x, ExprList *values, PtrVec *seen) {
  for (int i = 0; i < values->n; i++) {
    Expr *e = values->v[i];
    Operand v;
    chk_expr(k, &v, e);
    if (x->mode == MODE_INVALID || v.mode == MODE_INVALID) continue;
    chk_convert_untyped(k, &v, x->type);
    if (v.mode == MODE_INVALID) continue;
    Operand res = v;
    chk_comparison(k, &res, x, TK_EQL, true);
    if (res.mode == MODE_INVALID) continue;
    if (v.mode != MODE_CONST || !v.val) continue;
    /* gc checks duplicates of integer, float and string values only */
    if (v.val->kind != CV_INT && v.val->kind != CV_FLOAT && v.val->kind != CV_STRING) continue;
    bool dup = false;
    for (int j = 0; j < seen->n; j++) {
      SeenCase *sc = seen->v[j];
      if (ty_identical(sc->type, v.type) && sc->val->kind == v.val->kind && cst_compare(TK_EQL, sc->val, v.val)) {
        chk_error(k, chk_start(v.expr), "duplicate case %s in expression switch\n\t%s: previous case",
                  chk_operand_str(k, &v), chk_pos_str(k, sc->pos));
        dup = true;
        break;
      }
    }
    if (dup) continue;
    SeenCase *sc = arena_alloc(A(k), sizeof *sc);
    sc->val = v.val;
    sc->type = v.type;
    sc->pos = chk_start(v.expr);
    ptrvec_push(A(k), seen, sc);
  }
}

static void switch_stmt(Checker *k, StmtCtx *inner, Stmt *s) {
  Operand x;
  Expr *tag = s->u.switchs.tag;
  Stmt *body = s->u.switchs.body;
  if (tag) {
    chk_expr(k, &x, tag);
    chk_assignment(k, &x, NULL, "switch expression");
    if (x.mode != MODE_INVALID && !ty_is_comparable(x.type) && !ty_has_nil(x.type)) {
      chk_error(k, chk_start(x.expr), "cannot switch on %s (%s is not comparable)", chk_operand_str(k, &x),
                chk_type_str(k, x.type));
      x.mode = MODE_INVALID;
    }
  } else {
    /* a missing switch expression means "true" */
    Expr *t = arena_alloc(A(k), sizeof *t);
    t->kind = E_IDENT;
    t->u.ident.name = "true";
    t->pos = body && body->kind == S_BLOCK && body->u.block.list.n > 0 && body->u.block.list.v[0]
                 ? body->u.block.list.v[0]->pos
                 : (body ? body->u.block.rbrace : s->pos);
    x = (Operand){MODE_CONST, t, TY(TY_BOOL), cst_bool(k->c, true), BI_NONE};
  }
  multiple_defaults(k, body);
  if (!body || body->kind != S_BLOCK) return;
  PtrVec seen = {0};
  int n = body->u.block.list.n;
  for (int i = 0; i < n; i++) {
    Stmt *c = body->u.block.list.v[i];
    if (!c || c->kind != S_CASE) continue;
    StmtCtx ci = *inner;
    if (i + 1 < n) ci.flags |= FALLTHROUGH_OK;
    else ci.flags |= FINAL_CASE;
    case_values(k, &x, &c->u.caseclause.list, &seen);
    open_scope(k);
    c->u.caseclause.scope = k->scope;
    chk_stmt_list(k, &ci, &c->u.caseclause.body);
    close_scope(k);
  }
}

static bool is_nil_expr(Checker *k, Expr *e) {
  e = chk_unparen(e);
  if (!e || e->kind != E_IDENT) return false;
  Object *o = chk_lookup(k, e->u.ident.name);
  return o && o->kind == OBJ_NIL;
}

typedef struct SeenType {
  Type *t; /* NULL: the nil case */
  Expr *e;
} SeenType;

static Type *case_types(Checker *k, Operand *x, ExprList *types, PtrVec *seen) {
  Type *T = NULL;
  for (int i = 0; i < types->n; i++) {
    Expr *e = types->v[i];
    if (is_nil_expr(k, e)) {
      T = NULL;
      Operand dummy;
      chk_expr(k, &dummy, e);
    } else {
      T = chk_var_type(k, e);
      if (T->kind == TY_INVALID) continue;
    }
    bool dup = false;
    for (int j = 0; j < seen->n; j++) {
      SeenType *st = seen->v[j];
      if ((!T && !st->t) || (T && st->t && ty_identical(T, st->t))) {
        chk_error(k, chk_start(e), "duplicate case %s in type switch\n\t%s: previous case",
                  T ? chk_type_str(k, T) : "nil", chk_pos_str(k, chk_start(st->e)));
        dup = true;
        break;
      }
    }
    if (dup) continue;
    SeenType *st = arena_alloc(A(k), sizeof *st);
    st->t = T;
    st->e = e;
    ptrvec_push(A(k), seen, st);
    if (x && T) chk_type_assertion(k, e, x, T, true);
  }
  return T;
}

static void type_switch_stmt(Checker *k, StmtCtx *inner, Stmt *s) {
  Stmt *g = s->u.typeswitch.assign;
  Expr *lhs = NULL, *guard = NULL;
  if (g && g->kind == S_ASSIGN && g->u.assign.lhs.n == 1 && g->u.assign.rhs.n == 1) {
    lhs = g->u.assign.lhs.v[0];
    guard = g->u.assign.rhs.v[0];
  } else if (g && g->kind == S_EXPR) {
    guard = g->u.expr;
  }
  guard = chk_unparen(guard);
  if (!guard || guard->kind != E_TYPEASSERT) return;
  if (lhs && lhs->kind == E_IDENT && strcmp(lhs->u.ident.name, "_") == 0) {
    chk_error(k, lhs->pos, "no new variable on left side of :=");
    lhs = NULL;
  }
  if (lhs && lhs->kind != E_IDENT) lhs = NULL;
  Operand x;
  chk_expr(k, &x, guard->u.typeassert.x);
  if (x.mode == MODE_INVALID) return;
  guard->type = x.type;
  guard->mode = MODE_VALUE;
  Operand *sx = NULL;
  if (ty_is_interface(x.type)) sx = &x;
  else chk_error(k, chk_start(x.expr), "%s is not an interface", chk_operand_str(k, &x));
  Stmt *body = s->u.typeswitch.body;
  multiple_defaults(k, body);
  if (!body || body->kind != S_BLOCK) return;
  PtrVec seen = {0}, lhs_vars = {0};
  for (int i = 0; i < body->u.block.list.n; i++) {
    Stmt *c = body->u.block.list.v[i];
    if (!c || c->kind != S_CASE) continue;
    ExprList *cases = &c->u.caseclause.list;
    Type *T = case_types(k, sx, cases, &seen);
    open_scope(k);
    c->u.caseclause.scope = k->scope;
    if (lhs) {
      if (cases->n != 1 || !T) T = x.type;
      Object *o = new_var(k, lhs->u.ident.name, lhs->pos, T);
      chk_scope_insert(k, k->scope, o);
      c->u.caseclause.implicit = o;
      ptrvec_push(A(k), &lhs_vars, o);
    }
    StmtCtx ci = *inner;
    chk_stmt_list(k, &ci, &c->u.caseclause.body);
    close_scope(k);
  }
  if (lhs) {
    bool used = false;
    for (int i = 0; i < lhs_vars.n; i++) {
      Object *o = lhs_vars.v[i];
      if (o->used) used = true;
      o->used = true;
    }
    if (!used) chk_error(k, lhs->pos, "%s declared but not used", lhs->u.ident.name);
  }
}

static void range_key_val(Type *t, Type **key, Type **val) {
  *key = *val = NULL;
  Type *u = ty_underlying(t);
  if (u->kind == TY_POINTER && ty_underlying(u->u.ptr.elem)->kind == TY_ARRAY) u = ty_underlying(u->u.ptr.elem);
  switch (u->kind) {
  case TY_STRING:
  case TY_UNTYPED_STRING:
    *key = TY(TY_INT);
    *val = ty_rune;
    break;
  case TY_ARRAY:
    *key = TY(TY_INT);
    *val = u->u.array.elem;
    break;
  case TY_SLICE:
    *key = TY(TY_INT);
    *val = u->u.slice.elem;
    break;
  case TY_MAP:
    *key = u->u.map.key;
    *val = u->u.map.value;
    break;
  case TY_CHAN:
    *key = u->u.chan.elem;
    *val = TY(TY_INVALID);
    break;
  default: break;
  }
}

static void range_stmt(Checker *k, StmtCtx *inner, Stmt *s) {
  Expr *skey = s->u.range.key, *sval = s->u.range.value;
  Operand x;
  chk_expr(k, &x, s->u.range.x);
  Type *key = NULL, *val = NULL;
  if (x.mode != MODE_INVALID) {
    const char *cause = NULL;
    Type *u = ty_underlying(x.type);
    if (u->kind == TY_CHAN) {
      if (sval) chk_error(k, chk_start(sval), "range over %s permits only one iteration variable", chk_operand_str(k, &x));
      if (u->u.chan.dir == CHAN_SEND) cause = "receive from send-only channel";
    }
    range_key_val(x.type, &key, &val);
    if (!key || cause) {
      if (!cause)
        chk_error(k, chk_start(x.expr), "cannot range over %s", chk_operand_str(k, &x));
      else
        chk_error(k, chk_start(x.expr), "cannot range over %s (%s)", chk_operand_str(k, &x), cause);
    }
    /* a ranged-over untyped string constant is a string (types2 gives any
    ** other untyped constant its default type, after the error above) */
    if (ty_is_untyped(x.type))
      chk_update_expr_type(k, x.expr, key ? TY(TY_STRING) : ty_default(x.type), true);
  }
  open_scope(k);
  Expr *lhs[2] = {skey, sval};
  Type *rhs[2] = {key, val};
  if (s->u.range.tok == TK_DEFINE) {
    Object *vars[2];
    Expr *ids[2];
    int nvars = 0;
    for (int i = 0; i < 2; i++) {
      Expr *l = lhs[i];
      if (!l) continue;
      Object *o;
      if (l->kind == E_IDENT) {
        o = new_var(k, l->u.ident.name, l->pos, NULL);
        l->u.ident.obj = strcmp(l->u.ident.name, "_") != 0 ? o : NULL;
        if (strcmp(l->u.ident.name, "_") != 0) {
          ids[nvars] = l;
          vars[nvars++] = o;
        }
      } else {
        chk_error(k, chk_start(l), "cannot declare %s", chk_expr_str(k, l));
        o = new_var(k, "_", l->pos, NULL);
      }
      if (rhs[i]) {
        Operand v = {MODE_VALUE, l, rhs[i], NULL, BI_NONE};
        chk_init_var(k, o, &v, "range clause");
        l->type = o->type;
        l->mode = MODE_VAR;
      } else {
        o->type = TY(TY_INVALID);
        o->used = true;
      }
    }
    if (nvars > 0) {
      for (int i = 0; i < nvars; i++) declare_local(k, ids[i], vars[i]);
    } else {
      chk_error(k, s->pos, "no new variables on left side of :=");
    }
  } else if (s->u.range.tok == TK_ASSIGN) {
    for (int i = 0; i < 2; i++) {
      if (!lhs[i] || !rhs[i]) continue;
      Operand v = {MODE_VALUE, lhs[i], rhs[i], NULL, BI_NONE};
      assign_var(k, lhs[i], &v);
    }
  }
  stmt(k, inner, s->u.range.body);
  close_scope(k);
}

static void return_stmt(Checker *k, Stmt *s) {
  FuncCtx *f = k->fn;
  if (!f) return;
  ExprList *results = &s->u.ret.results;
  int nres = f->nresults;
  if (results->n == 0 && nres > 0 && f->results[0]->name[0]) {
    /* a bare return needs the named results in scope */
    for (int i = 0; i < nres; i++) {
      Object *r = f->results[i];
      if (!r->name[0] || strcmp(r->name, "_") == 0) continue;
      Object *alt = chk_lookup(k, r->name);
      if (alt && alt != r)
        chk_error(k, s->pos, "result parameter %s not in scope at return\n\t%s: inner declaration of var %s %s",
                  r->name, chk_pos_str(k, alt->pos), r->name, chk_type_str(k, r->type));
    }
    return;
  }
  chk_init_vars(k, f->results, nres, results->v, results->n, s);
}

static Stmt *find_label(LabelCtx *l, const char *name) {
  for (; l; l = l->up)
    if (strcmp(l->name, name) == 0) return l->stmt;
  return NULL;
}

static void branch_stmt(Checker *k, StmtCtx *ctx, Stmt *s) {
  Expr *label = s->u.branch.label;
  switch (s->u.branch.tok) {
  case TK_BREAK: s->u.branch.target = label ? find_label(ctx->labels, label->u.ident.name) : ctx->brk; break;
  case TK_CONTINUE: s->u.branch.target = label ? find_label(ctx->labels, label->u.ident.name) : ctx->cont; break;
  case TK_GOTO:
    if (label && k->fn) ptrvec_push(A(k), &k->fn->gotos, s);
    break;
  case TK_FALLTHROUGH: s->u.branch.target = ctx->brk; break;
  default: break;
  }
}

static void stmt(Checker *k, StmtCtx *ctx, Stmt *s) {
  if (!s) return;
  if (!chk_enter(k, s->pos)) {
    chk_leave(k);
    return;
  }
  int top = k->ndelayed;
  StmtCtx inner = *ctx;
  inner.flags &= ~(unsigned)(FALLTHROUGH_OK | FINAL_CASE | IN_TYPE_SWITCH);
  switch (s->kind) {
  case S_BAD:
  case S_EMPTY: break;
  case S_DECL: chk_decl_stmt(k, s->u.decl); break;
  case S_LABELED: {
    if (k->fn) ptrvec_push(A(k), &k->fn->labels, s);
    Expr *l = s->u.labeled.label;
    LabelCtx lc = {ctx->labels, l ? l->u.ident.name : "_", s->u.labeled.stmt};
    StmtCtx c2 = *ctx;
    c2.labels = &lc;
    stmt(k, &c2, s->u.labeled.stmt);
    break;
  }
  case S_EXPR: {
    Operand x;
    int kind = chk_raw_expr(k, &x, s->u.expr, NULL);
    const char *msg;
    switch (x.mode) {
    case MODE_BUILTIN: msg = "must be called"; break;
    case MODE_TYPE: msg = "is not an expression"; break;
    default:
      if (kind == KIND_STATEMENT) goto done;
      msg = "is not used";
      break;
    }
    chk_error(k, chk_start(x.expr), "%s %s", chk_operand_str(k, &x), msg);
    break;
  }
  case S_SEND: {
    Operand ch, val;
    chk_expr(k, &ch, s->u.send.chan);
    chk_expr(k, &val, s->u.send.value);
    if (ch.mode == MODE_INVALID || val.mode == MODE_INVALID) break;
    Type *u = ty_underlying(ch.type);
    if (u->kind != TY_CHAN) {
      chk_error(k, chk_start(s->u.send.chan), "invalid operation: cannot send to non-channel %s", chk_operand_str(k, &ch));
      break;
    }
    if (u->u.chan.dir == CHAN_RECV) {
      chk_error(k, chk_start(s->u.send.chan), "invalid operation: cannot send to receive-only channel %s",
                chk_operand_str(k, &ch));
      break;
    }
    chk_assignment(k, &val, u->u.chan.elem, "send");
    break;
  }
  case S_INCDEC: {
    Operand x;
    Expr *lhs = s->u.incdec.x;
    chk_expr(k, &x, lhs);
    if (x.mode == MODE_INVALID) break;
    if (!ty_is_numeric(x.type)) {
      const char *op = s->u.incdec.tok == TK_INC ? "++" : "--";
      chk_error(k, chk_start(lhs), "invalid operation: %s%s (non-numeric type %s)", chk_expr_str(k, lhs), op,
                chk_type_str(k, x.type));
      break;
    }
    assign_var(k, lhs, &x);
    break;
  }
  case S_ASSIGN: {
    ExprList *lhs = &s->u.assign.lhs, *rhs = &s->u.assign.rhs;
    TokenKind tok = s->u.assign.tok;
    if (tok == TK_ASSIGN) {
      assign_vars(k, lhs, rhs);
      break;
    }
    if (tok == TK_DEFINE) {
      short_var_decl(k, s->u.assign.tokpos, lhs, rhs);
      break;
    }
    if (lhs->n != 1 || rhs->n != 1) {
      chk_error(k, s->pos, "assignment operation %s requires single-valued expressions", ast_token_string(tok));
      break;
    }
    TokenKind op;
    switch (tok) {
    case TK_ADD_ASSIGN: op = TK_ADD; break;
    case TK_SUB_ASSIGN: op = TK_SUB; break;
    case TK_MUL_ASSIGN: op = TK_MUL; break;
    case TK_QUO_ASSIGN: op = TK_QUO; break;
    case TK_REM_ASSIGN: op = TK_REM; break;
    case TK_AND_ASSIGN: op = TK_AND; break;
    case TK_OR_ASSIGN: op = TK_OR; break;
    case TK_XOR_ASSIGN: op = TK_XOR; break;
    case TK_SHL_ASSIGN: op = TK_SHL; break;
    case TK_SHR_ASSIGN: op = TK_SHR; break;
    default: op = TK_AND_NOT; break;
    }
    Operand x;
    chk_binary(k, &x, NULL, lhs->v[0], rhs->v[0], op);
    assign_var(k, lhs->v[0], &x);
    break;
  }
  case S_GO:
  case S_DEFER:
    if (s->u.call) suspended_call(k, s->kind == S_GO ? "go" : "defer", s->u.call);
    break;
  case S_RETURN: return_stmt(k, s); break;
  case S_BRANCH: branch_stmt(k, ctx, s); break;
  case S_BLOCK:
    open_scope(k);
    s->u.block.scope = k->scope;
    chk_stmt_list(k, &inner, &s->u.block.list);
    close_scope(k);
    break;
  case S_IF: {
    open_scope(k);
    stmt(k, &(StmtCtx){0, inner.brk, inner.cont, inner.labels}, s->u.ifs.init);
    Operand x;
    chk_expr(k, &x, s->u.ifs.cond);
    if (x.mode != MODE_INVALID && !ty_is_boolean(x.type))
      chk_error(k, chk_start(s->u.ifs.cond), "non-boolean condition in if statement");
    stmt(k, &inner, s->u.ifs.then);
    if (s->u.ifs.els) stmt(k, &inner, s->u.ifs.els);
    close_scope(k);
    break;
  }
  case S_SWITCH:
    inner.flags |= BREAK_OK;
    inner.brk = s;
    open_scope(k);
    stmt(k, &(StmtCtx){0, ctx->brk, ctx->cont, ctx->labels}, s->u.switchs.init);
    switch_stmt(k, &inner, s);
    close_scope(k);
    break;
  case S_TYPESWITCH:
    inner.flags |= BREAK_OK | IN_TYPE_SWITCH;
    inner.brk = s;
    open_scope(k);
    stmt(k, &(StmtCtx){0, ctx->brk, ctx->cont, ctx->labels}, s->u.typeswitch.init);
    type_switch_stmt(k, &inner, s);
    close_scope(k);
    break;
  case S_SELECT: {
    inner.flags |= BREAK_OK;
    inner.brk = s;
    Stmt *body = s->u.select.body;
    multiple_defaults(k, body);
    if (!body || body->kind != S_BLOCK) break;
    for (int i = 0; i < body->u.block.list.n; i++) {
      Stmt *c = body->u.block.list.v[i];
      if (!c || c->kind != S_COMM) continue;
      Stmt *comm = c->u.comm.comm;
      bool valid = false;
      Expr *rhs = NULL;
      if (!comm || comm->kind == S_SEND) valid = true;
      else if (comm->kind == S_ASSIGN && comm->u.assign.rhs.n == 1) rhs = comm->u.assign.rhs.v[0];
      else if (comm->kind == S_EXPR) rhs = comm->u.expr;
      if (rhs) {
        Expr *r = chk_unparen(rhs);
        if (r && r->kind == E_UNARY && r->u.unary.op == TK_ARROW) valid = true;
      }
      if (!valid) {
        chk_error(k, comm->pos, "select case must be send or receive (possibly with assignment)");
        continue;
      }
      open_scope(k);
      if (comm) stmt(k, &inner, comm);
      chk_stmt_list(k, &inner, &c->u.comm.body);
      close_scope(k);
    }
    break;
  }
  case S_FOR: {
    inner.flags |= BREAK_OK | CONTINUE_OK;
    inner.brk = inner.cont = s;
    open_scope(k);
    StmtCtx simple = {0, ctx->brk, ctx->cont, ctx->labels};
    stmt(k, &simple, s->u.fors.init);
    if (s->u.fors.cond) {
      Operand x;
      chk_expr(k, &x, s->u.fors.cond);
      if (x.mode != MODE_INVALID && !ty_is_boolean(x.type))
        chk_error(k, chk_start(s->u.fors.cond), "non-boolean condition in for statement");
    }
    stmt(k, &simple, s->u.fors.post);
    stmt(k, &inner, s->u.fors.body);
    close_scope(k);
    break;
  }
  case S_RANGE:
    inner.flags |= BREAK_OK | CONTINUE_OK;
    inner.brk = inner.cont = s;
    range_stmt(k, &inner, s);
    break;
  default:
    chk_error(k, s->pos, "invalid statement");
    break;
  }
done:
  chk_process_delayed(k, top);
  chk_leave(k);
}

/* }================================================================= */
