/*
** escape_temps.c — escape analysis, part 4: the temporaries gc's front end
** makes before escape analysis runs, which `-m` names (.autotmp_N).
**
** gc rewrites two kinds of calls while it builds its IR, statement by
** statement in source order:
**   f(g())      `t0, t1 := g(); f(t0, t1)`  (typecheck.RewriteMultiValueCall)
**   f()(x)      `t0 := f(); t0(x)`, and for a method call on an operand
**   g().M(x)    that contains a call or a receive, `t0 := g(); t0.M(x)`
**               (typecheck.RewriteNonNameCall; new(T) does not count)
** A temporary is named .autotmp_N with N = len(fn.Dcl) at its creation:
** the function's named parameters (receiver first) and all its results
** come first, then each local as gc declares it (a `var` before its value
** is built, a `:=` after, range variables after the range expression,
** a type switch's symbol at the start of its clause), and each temporary.
** A call's own temporaries come after those of its callee and arguments.
** Function literals have Dcl lists of their own.
**
** esc_number_temps walks a function once, before escape analysis walks it,
** so that every name is known when the report spells an expression.
** Invariant: the numbering follows gc's construction order, not escape
** analysis' walk order (they differ: the walk visits a call's arguments
** before its callee's value, and skips dead code gc numbers anyway).
*/
#include <stdio.h>
#include <string.h>

#define ESC_PRIVATE
#include "escape.h"

#define A(s) (&(s)->c->arena)

typedef struct Numbering {
  EscState *s;
  int ndcl;   /* gc's len(fn.Dcl) so far */
} Numbering;

static void num_expr(Numbering *n, Expr *e);
static void num_stmt(Numbering *n, Stmt *st);

static bool is_blank_or_null(const Object *o) { return !o || strcmp(o->name, "_") == 0; }

static void count(Numbering *n, const Object *o) {
  if (o && o->kind == OBJ_VAR && !is_blank_or_null(o)) n->ndcl++;
}

/* An identifier that declares its object here (its own position). */
static const Object *declared(const Expr *id) {
  if (!id || id->kind != E_IDENT || !id->u.ident.obj) return NULL;
  const Object *o = id->u.ident.obj;
  return o->pos.line == id->pos.line && o->pos.col == id->pos.col ? o : NULL;
}

static void num_list(Numbering *n, ExprList l) {
  for (int i = 0; i < l.n; i++) num_expr(n, l.v[i]);
}

/* RewriteNonNameCall's test: the expression contains a call (not new) or
** a receive. Function literals' bodies are not looked into. */
static bool has_call(const Expr *e) {
  if (!e) return false;
  switch (e->kind) {
  case E_CALL: {
    const Expr *f = e->u.call.fn;
    while (f->kind == E_PAREN) f = f->u.paren.x;
    bool builtin_new = f->mode == MODE_BUILTIN && f->kind == E_IDENT && f->u.ident.obj &&
                       f->u.ident.obj->builtin == BI_NEW;
    if (f->mode != MODE_TYPE && f->mode != MODE_BUILTIN) return true;
    if (f->mode == MODE_BUILTIN && !builtin_new) {
      for (int i = 0; i < e->u.call.args.n; i++)
        if (has_call(e->u.call.args.v[i])) return true;
    }
    return f->mode == MODE_TYPE && e->u.call.args.n == 1 && has_call(e->u.call.args.v[0]);
  }
  case E_UNARY: return e->u.unary.op == TK_ARROW || has_call(e->u.unary.x);
  case E_PAREN: return has_call(e->u.paren.x);
  case E_SELECTOR: return !e->u.selector.obj && has_call(e->u.selector.x);
  case E_INDEX: return has_call(e->u.index.x) || has_call(e->u.index.index);
  case E_SLICE:
    return has_call(e->u.slice.x) || has_call(e->u.slice.lo) || has_call(e->u.slice.hi) ||
           has_call(e->u.slice.max);
  case E_STAR: return has_call(e->u.star.x);
  case E_BINARY: return has_call(e->u.binary.x) || has_call(e->u.binary.y);
  case E_TYPEASSERT: return has_call(e->u.typeassert.x);
  case E_COMPOSITE:
    for (int i = 0; i < e->u.composite.elts.n; i++)
      if (has_call(e->u.composite.elts.v[i])) return true;
    return false;
  case E_KEYVALUE: return has_call(e->u.kv.key) || has_call(e->u.kv.value);
  default: return false;
  }
}

/* The operand RewriteNonNameCall looks at: the receiver of a method call,
** else the callee itself. */
static Expr *callee_operand(EscState *s, Expr *f) {
  if (f->kind == E_SELECTOR && !f->u.selector.obj) {
    const Selection *sel = chk_selection(s->c, f);
    if (sel && sel->kind == SEL_METHOD) return f->u.selector.x;
  }
  return f;
}

static const char *temp_name(Numbering *n) {
  char *nm = arena_alloc(A(n->s), 24);
  snprintf(nm, 24, ".autotmp_%d", n->ndcl++);
  return nm;
}

static void num_call(Numbering *n, Expr *e) {
  Expr *f = e->u.call.fn;
  while (f->kind == E_PAREN) f = f->u.paren.x;
  if (f->mode == MODE_TYPE || f->mode == MODE_BUILTIN) {
    num_list(n, e->u.call.args);
    return;
  }
  num_expr(n, f);
  num_list(n, e->u.call.args);
  Expr *op = callee_operand(n->s, f);
  while (op->kind == E_PAREN) op = op->u.paren.x;
  if (op->kind != E_FUNCLIT && has_call(op))
    pmap_put(A(n->s), &n->s->callee_temps, e, (void *)temp_name(n));
  Expr *a = e->u.call.args.n == 1 ? e->u.call.args.v[0] : NULL;
  if (a && a->type && a->type->kind == TY_TUPLE) {
    pmap_put(A(n->s), &n->s->tuple_temps, e, (void *)(intptr_t)(n->ndcl + 1));
    n->ndcl += a->type->u.tuple.n;
  }
}

static void num_expr(Numbering *n, Expr *e) {
  if (!e) return;
  switch (e->kind) {
  case E_CALL: num_call(n, e); break;
  case E_PAREN: num_expr(n, e->u.paren.x); break;
  case E_SELECTOR: if (!e->u.selector.obj) num_expr(n, e->u.selector.x); break;
  case E_INDEX: num_expr(n, e->u.index.x); num_expr(n, e->u.index.index); break;
  case E_SLICE:
    num_expr(n, e->u.slice.x);
    num_expr(n, e->u.slice.lo);
    num_expr(n, e->u.slice.hi);
    num_expr(n, e->u.slice.max);
    break;
  case E_TYPEASSERT: num_expr(n, e->u.typeassert.x); break;
  case E_STAR: num_expr(n, e->u.star.x); break;
  case E_UNARY: num_expr(n, e->u.unary.x); break;
  case E_BINARY: num_expr(n, e->u.binary.x); num_expr(n, e->u.binary.y); break;
  case E_KEYVALUE: num_expr(n, e->u.kv.key); num_expr(n, e->u.kv.value); break;
  case E_COMPOSITE: num_list(n, e->u.composite.elts); break;
  default: break;   /* literals, names, types; a func literal numbers its own */
  }
}

static void num_stmts(Numbering *n, StmtList l) {
  for (int i = 0; i < l.n; i++) num_stmt(n, l.v[i]);
}

static void num_var_decl(Numbering *n, Decl *d) {
  if (!d || d->kind != D_GEN || d->u.gen.tok != TK_VAR) return;
  for (int i = 0; i < d->u.gen.nspecs; i++) {
    Spec *sp = d->u.gen.specs[i];
    for (int j = 0; j < sp->u.value.nnames; j++) count(n, sp->u.value.names[j]->u.ident.obj);
    num_list(n, sp->u.value.values);
  }
}

static void num_stmt(Numbering *n, Stmt *st) {
  if (!st) return;
  switch (st->kind) {
  case S_DECL: num_var_decl(n, st->u.decl); break;
  case S_LABELED: num_stmt(n, st->u.labeled.stmt); break;
  case S_EXPR: num_expr(n, st->u.expr); break;
  case S_SEND: num_expr(n, st->u.send.chan); num_expr(n, st->u.send.value); break;
  case S_INCDEC: num_expr(n, st->u.incdec.x); break;
  case S_ASSIGN:
    if (st->u.assign.tok == TK_DEFINE) {
      num_list(n, st->u.assign.rhs);
      for (int i = 0; i < st->u.assign.lhs.n; i++) count(n, declared(st->u.assign.lhs.v[i]));
    } else {
      num_list(n, st->u.assign.lhs);
      num_list(n, st->u.assign.rhs);
    }
    break;
  case S_GO: case S_DEFER: num_expr(n, st->u.call); break;
  case S_RETURN: num_list(n, st->u.ret.results); break;
  case S_BLOCK: num_stmts(n, st->u.block.list); break;
  case S_IF:
    num_stmt(n, st->u.ifs.init);
    num_expr(n, st->u.ifs.cond);
    num_stmt(n, st->u.ifs.then);
    num_stmt(n, st->u.ifs.els);
    break;
  case S_CASE:
    count(n, st->u.caseclause.implicit);
    num_list(n, st->u.caseclause.list);
    num_stmts(n, st->u.caseclause.body);
    break;
  case S_SWITCH:
    num_stmt(n, st->u.switchs.init);
    num_expr(n, st->u.switchs.tag);
    num_stmt(n, st->u.switchs.body);
    break;
  case S_TYPESWITCH:
    num_stmt(n, st->u.typeswitch.init);
    if (st->u.typeswitch.assign) {   /* the guard only: its symbol is per clause */
      Stmt *a = st->u.typeswitch.assign;
      num_expr(n, a->kind == S_ASSIGN ? a->u.assign.rhs.v[0] : a->u.expr);
    }
    num_stmt(n, st->u.typeswitch.body);
    break;
  case S_COMM: num_stmt(n, st->u.comm.comm); num_stmts(n, st->u.comm.body); break;
  case S_SELECT: num_stmt(n, st->u.select.body); break;
  case S_FOR:
    num_stmt(n, st->u.fors.init);
    num_expr(n, st->u.fors.cond);
    num_stmt(n, st->u.fors.post);
    num_stmt(n, st->u.fors.body);
    break;
  case S_RANGE:
    num_expr(n, st->u.range.x);
    if (st->u.range.tok == TK_DEFINE) {
      count(n, declared(st->u.range.key));
      count(n, declared(st->u.range.value));
    }
    num_stmt(n, st->u.range.body);
    break;
  default: break;
  }
}

void esc_number_temps(EscState *s, EscFn *fn) {
  Numbering n = {s, fn->nresults};
  for (int i = 0; i < fn->nparams; i++) count(&n, fn->pobjs[i]);
  num_stmt(&n, fn->body);
}

const char *esc_callee_temp(EscState *s, const Expr *call) {
  return pmap_get(&s->callee_temps, call);
}

int esc_tuple_temp(EscState *s, const Expr *call) {
  return (int)(intptr_t)pmap_get(&s->tuple_temps, call) - 1;
}
