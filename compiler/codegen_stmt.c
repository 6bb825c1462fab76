/*
** codegen_stmt.c — statements: declarations and assignments, control flow
** (if, the three for forms, for range over strings and slices, switch),
** break/continue/fallthrough and return.
**
** Loops are laid out with the test at the bottom, entered by one JMP:
**
**       init                         for i := 0; i < n; i++ { body }
**       JMP  cond                    =>   LOADI i 0; JMP L2
**   L1: body                         L1:  body
**   cont: post                           INCR i 1
**   cond: Jcc  ... L1  (fused)       L2:  JLT i n L1
**   brk:
**
** so an iteration costs the body, the post statement and one fused
** compare-and-branch. An unconditional loop (`for {}`) closes with LOOP;
** a backward conditional branch is a loop back-edge just as LOOP is (the
** scheduler's preemption check belongs on both). Constants the loop would
** load into registers every iteration (n % 2, s += "x", i < 1000000) are
** loaded once before it (cg_hoist_loop), and `if c { break }` /
** `if c { continue }` are a single conditional branch to the target.
**
** Switch: the tag is evaluated once; the cases are tested in source order
** (each a fused compare-and-branch to its clause body), then a jump to the
** default clause or past the switch. Clause bodies follow in source order,
** so `fallthrough` is simply not jumping out.
**
** Scopes: a block releases its locals' registers at its end (F->top goes
** back); a statement releases its temporaries unless it declared variables,
** whose registers stay claimed until the enclosing block ends.
*/
#include <string.h>

#include "../runtime/runtime.h"
#include "check.h"
#include "codegen.h"

static void unsupported(Fn *F, Pos pos, const char *what) {
  char msg[160];
  snprintf(msg, sizeof msg, "%s not supported yet", what);
  cg_error(F->cg, pos, msg);
}

static Type *ul(Type *t) { return t ? ty_underlying(t) : NULL; }
static bool is_iface(Type *t) { return t && ul(t)->kind == TY_INTERFACE; }

bool cg_is_blank(Expr *e) {
  e = cg_unparen(e);
  return e && e->kind == E_IDENT && strcmp(e->u.ident.name, "_") == 0;
}

static Object *ident_obj(Expr *e) {
  e = cg_unparen(e);
  return e && e->kind == E_IDENT ? e->u.ident.obj : NULL;
}

/* The declared type of an assignment target. */
static Type *lhs_type(Expr *lhs) {
  Object *o = ident_obj(lhs);
  if (o && o->type) return o->type;
  return lhs->type;
}

/* Makes register [reg] the home of a newly declared variable. */
void cg_bind_local(Fn *F, Expr *name, int reg) {
  Object *o = ident_obj(name);
  if (!o || cg_is_blank(name)) return;
  if (cg_needs_box(o)) { cg_box_var(F, o, reg, name->pos); return; }
  o->cg_index = reg;
  o->cg_data = F->token;
  cg_mark(F, reg, o->type);
}

/* R[src] of type st as the left-hand side's type lt: boxed when lt is an
** interface and st is not (claims registers at the top). */
static int as_lhs_type(Fn *F, Type *lt, int src, Type *st) {
  if (!is_iface(lt) || is_iface(st)) return src;
  int t = cg_alloc_words(F, 2, true);
  cg_to_iface(F, t, src, st);
  return t;
}

void cg_store(Fn *F, Expr *lhs, int src, Type *st) {
  if (cg_is_blank(lhs)) return;
  Type *lt = lhs_type(lhs);
  int mark = F->top;
  src = as_lhs_type(F, lt, src, st);
  int where;
  switch (cg_var_ref(F, lhs, &where)) {
  case REF_LOCAL: cg_move(F, where, src, cg_nwords(lt)); break;
  case REF_GLOBAL: cg_emit(F, OP_SETG, where, src, cg_nwords(lt)); break;
  default: {
    Place p;
    if (cg_is_map_index(lhs)) { cg_map_store(F, lhs, src); break; }
    if (F->top <= src) F->top = src + cg_nwords(lt);
    if (!cg_place_of(F, lhs, &p)) { unsupported(F, lhs->pos, "assigning to this operand is"); break; }
    cg_store_place(F, &p, src);
    break;
  }
  }
  F->top = mark;
}

/* {====================================================================
** Declarations and assignments
** ===================================================================== */

/* Evaluates the right-hand sides of a declaration or assignment into
** consecutive registers at the top (one multi-valued call spreads over all
** the left-hand sides); sets regs[i] and types[i] per left-hand side. */
static void values_at_top(Fn *F, Expr **lhs, int nl, ExprList *rhs, Type **want,
                          int *regs, Type **types) {
  if (rhs->n == 1 && nl == 2 && cg_is_recv(rhs->v[0])) {        /* v, ok := <-ch */
    types[0] = ul(cg_vtype(cg_unparen(rhs->v[0])->u.unary.x))->u.chan.elem;
    types[1] = TY(TY_BOOL);
    regs[0] = cg_alloc(F, types[0]);
    regs[1] = cg_alloc(F, types[1]);
    cg_chan_recv_to(F, rhs->v[0], regs[0], regs[1]);
    return;
  }
  if (rhs->n == 1 && nl == 2 && cg_is_map_index(rhs->v[0])) {   /* v, ok := m[k] */
    Expr *ix = cg_unparen(rhs->v[0]);
    types[0] = ul(cg_vtype(ix->u.index.x))->u.map.value;
    types[1] = TY(TY_BOOL);
    regs[0] = cg_alloc(F, types[0]);
    regs[1] = cg_alloc(F, types[1]);
    cg_map_load(F, ix, regs[0], regs[1]);
    return;
  }
  if (rhs->n == 1 && nl == 2 && cg_unparen(rhs->v[0])->kind == E_TYPEASSERT) {  /* v, ok := x.(T) */
    types[0] = cg_unparen(rhs->v[0])->u.typeassert.type->type;
    types[1] = TY(TY_BOOL);
    regs[0] = cg_alloc(F, types[0]);
    regs[1] = cg_alloc(F, types[1]);
    cg_assert_to(F, rhs->v[0], regs[0], regs[1]);
    return;
  }
  if (rhs->n == 1 && nl > 1) {
    Expr *call = cg_unparen(rhs->v[0]);
    if (call->kind != E_CALL || cg_nresults(call) != nl) {
      unsupported(F, call->pos, "this multi-value assignment is");
      return;
    }
    int w = cg_call(F, call);
    for (int i = 0; i < nl; i++) {
      int word;
      types[i] = cg_result_type(call, i, &word);
      regs[i] = w + word;
    }
    return;
  }
  for (int i = 0; i < nl && i < rhs->n; i++) {
    Type *t = want[i] ? want[i] : cg_vtype(rhs->v[i]);
    int r = F->top;
    cg_reserve(F, r + cg_nwords(t));
    cg_expr_as(F, rhs->v[i], r, t);
    F->top = r + cg_nwords(t);
    regs[i] = r;
    types[i] = is_iface(t) ? t : cg_vtype(rhs->v[i]);
  }
}

/* Binds the new variables among [names] to their values' registers;
** assigns the existing ones (a redeclaring :=). */
static void declare(Fn *F, Expr **names, int n, int *regs, Type **types, bool may_exist) {
  for (int i = 0; i < n; i++) {
    Object *o = ident_obj(names[i]);
    if (cg_is_blank(names[i]) || !o) continue;
    if (may_exist && (cg_is_local(F, o) || o->cg_data == F->box_token)) {
      cg_store(F, names[i], regs[i], types[i]);
    } else if (is_iface(o->type) && !is_iface(types[i])) {
      int t = cg_alloc_words(F, 2, true);
      cg_to_iface(F, t, regs[i], types[i]);
      cg_bind_local(F, names[i], t);
    } else {
      cg_bind_local(F, names[i], regs[i]);
    }
  }
}

static void define(Fn *F, Stmt *s) {
  ExprList *l = &s->u.assign.lhs;
  Arena *a = &F->cg->c->arena;
  int *regs = arena_alloc(a, sizeof(int) * (size_t)(l->n + 1));
  Type **types = arena_alloc(a, sizeof(Type *) * (size_t)(l->n + 1));
  Type **want = arena_alloc(a, sizeof(Type *) * (size_t)(l->n + 1));
  for (int i = 0; i < l->n; i++) {
    Object *o = ident_obj(l->v[i]);
    want[i] = o && !cg_is_blank(l->v[i]) ? o->type : NULL;
  }
  if (l->n == 1 && s->u.assign.rhs.n == 1 && !cg_is_local(F, ident_obj(l->v[0])) &&
      cg_define_in_memory(F, l->v[0], s->u.assign.rhs.v[0]))
    return;
  cg_precall(F, s->u.assign.rhs.v, s->u.assign.rhs.n);
  values_at_top(F, l->v, l->n, &s->u.assign.rhs, want, regs, types);
  declare(F, l->v, l->n, regs, types, true);
}

static void var_spec(Fn *F, Spec *sp) {
  int n = sp->u.value.nnames;
  Expr **names = sp->u.value.names;
  if (sp->u.value.values.n == 0) {
    for (int i = 0; i < n; i++) {
      Object *o = ident_obj(names[i]);
      if (cg_is_blank(names[i]) || !o) continue;
      if (cg_needs_box(o)) { cg_box_var(F, o, -1, names[i]->pos); continue; }  /* NEW zeroes */
      int r = cg_alloc(F, o->type);
      cg_emit(F, OP_ZERO, r, cg_nwords(o->type), 0);
      cg_bind_local(F, names[i], r);
    }
    return;
  }
  Arena *a = &F->cg->c->arena;
  int *regs = arena_alloc(a, sizeof(int) * (size_t)(n + 1));
  Type **types = arena_alloc(a, sizeof(Type *) * (size_t)(n + 1));
  Type **want = arena_alloc(a, sizeof(Type *) * (size_t)(n + 1));
  for (int i = 0; i < n; i++) {
    Object *o = ident_obj(names[i]);
    want[i] = o && !cg_is_blank(names[i]) ? o->type : NULL;
  }
  if (n == 1 && sp->u.value.values.n == 1 && cg_define_in_memory(F, names[0], sp->u.value.values.v[0]))
    return;
  cg_precall(F, sp->u.value.values.v, sp->u.value.values.n);
  values_at_top(F, names, n, &sp->u.value.values, want, regs, types);
  declare(F, names, n, regs, types, false);
}

static void decl_stmt(Fn *F, Decl *d) {
  if (d->kind != D_GEN || d->u.gen.tok != TK_VAR) return;   /* const, type: nothing */
  for (int i = 0; i < d->u.gen.nspecs; i++) {
    F->line = d->u.gen.specs[i]->pos.line;
    var_spec(F, d->u.gen.specs[i]);
  }
}

TokenKind cg_assign_op(TokenKind tok) {
  switch (tok) {
  case TK_ADD_ASSIGN: return TK_ADD;
  case TK_SUB_ASSIGN: return TK_SUB;
  case TK_MUL_ASSIGN: return TK_MUL;
  case TK_QUO_ASSIGN: return TK_QUO;
  case TK_REM_ASSIGN: return TK_REM;
  case TK_AND_ASSIGN: return TK_AND;
  case TK_OR_ASSIGN: return TK_OR;
  case TK_XOR_ASSIGN: return TK_XOR;
  case TK_SHL_ASSIGN: return TK_SHL;
  case TK_SHR_ASSIGN: return TK_SHR;
  default: return TK_AND_NOT;
  }
}

/* x op= y, computed in place for locals (`i += 2` is INCR i 2). */
static void op_assign(Fn *F, TokenKind op, Expr *lhs, Expr *rhs) {
  Type *t = lhs_type(lhs);
  int where;
  switch (cg_var_ref(F, lhs, &where)) {
  case REF_LOCAL:
    cg_binop_to(F, op, t, lhs, rhs, where);
    break;
  case REF_GLOBAL: {
    int r = cg_alloc(F, t);
    cg_binop_to(F, op, t, lhs, rhs, r);
    cg_emit(F, OP_SETG, where, r, cg_nwords(t));
    break;
  }
  default: {
    if (cg_is_map_index(lhs)) { cg_map_op_assign(F, op, lhs, rhs); break; }
    /* through the place, evaluated once: a[f()] += 1 calls f once */
    Place p;
    cg_place_of(F, lhs, &p);
    int r = cg_alloc(F, t);
    cg_load_place(F, &p, r);
    int nh = F->nhoist;
    cg_push_hoist(F, cg_unparen(lhs), r);
    cg_binop_to(F, op, t, lhs, rhs, r);
    F->nhoist = nh;
    cg_store_place(F, &p, r);
  }
  }
}

static void incdec(Fn *F, Stmt *s) {
  Expr *x = s->u.incdec.x;
  Expr *one = arena_alloc(&F->cg->c->arena, sizeof(Expr));
  one->kind = E_BASICLIT;
  one->pos = s->pos;
  one->type = lhs_type(x);
  one->mode = MODE_CONST;
  one->cval = cst_int64(F->cg->c, 1);
  op_assign(F, s->u.incdec.tok == TK_INC ? TK_ADD : TK_SUB, x, one);
}

/* Whether an earlier left-hand side (index < i) is the variable r denotes. */
static bool clobbered(Expr **lhs, int i, Expr *r) {
  Object *o = ident_obj(r);
  if (!o) return false;
  for (int j = 0; j < i; j++)
    if (ident_obj(lhs[j]) == o) return true;
  return false;
}

/* a, b = x, y: every right-hand side is evaluated before any store; a
** right-hand variable needs a copy only if an earlier store overwrites it
** (so a, b = b, a is three moves). */
/* Phase two of Go's assignment, after prepare_targets (phase one): the
** values R[regs[i]] of types[i] go to the left-hand sides in order. */
static void prepare_targets(Fn *F, Expr **lhs, int n, Target *t) {
  for (int i = 0; i < n; i++) cg_target_prepare(F, lhs[i], &t[i]);
}

static void store_targets(Fn *F, Target *t, int n, const int *regs, Type **types) {
  for (int i = 0; i < n; i++) {
    if (t[i].kind == TG_VAR) {
      cg_store(F, t[i].e, regs[i], types[i]);
      continue;
    }
    int mark = F->top;
    cg_target_store(F, &t[i], as_lhs_type(F, lhs_type(t[i].e), regs[i], types[i]));
    F->top = mark;
  }
}

/* Several left-hand sides: evaluated, then stored (see Target). */
static void store_all(Fn *F, Expr **lhs, int n, const int *regs, Type **types) {
  Target *t = arena_alloc(&F->cg->c->arena, sizeof(Target) * (size_t)(n + 1));
  prepare_targets(F, lhs, n, t);
  store_targets(F, t, n, regs, types);
}

static void parallel_assign(Fn *F, ExprList *l, ExprList *r) {
  Arena *a = &F->cg->c->arena;
  int *regs = arena_alloc(a, sizeof(int) * (size_t)(l->n + 1));
  Type **types = arena_alloc(a, sizeof(Type *) * (size_t)(l->n + 1));
  for (int i = 0; i < l->n; i++) {
    Expr *e = r->v[i];
    Object *o = ident_obj(e);
    types[i] = cg_vtype(e);
    if (cg_is_local(F, o) && !e->cval && clobbered(l->v, i, e)) {
      regs[i] = cg_alloc(F, types[i]);
      cg_move(F, regs[i], o->cg_index, cg_nwords(types[i]));
    } else {
      regs[i] = cg_expr_any(F, e);
    }
  }
  store_all(F, l->v, l->n, regs, types);
}

static void assign(Fn *F, Stmt *s) {
  ExprList *l = &s->u.assign.lhs, *r = &s->u.assign.rhs;
  if (s->u.assign.tok != TK_ASSIGN) {
    Expr *level[2] = {l->v[0], r->v[0]};   /* x op= y reads x, then y */
    cg_precall(F, level, 2);
    op_assign(F, cg_assign_op(s->u.assign.tok), l->v[0], r->v[0]);
    return;
  }
  for (int i = 0; i < l->n; i++) {   /* calls in index operands come first */
    Expr *x = cg_unparen(l->v[i]);
    if (x->kind == E_INDEX) cg_calls_first(F, (Expr *[]){x->u.index.x, x->u.index.index}, 2);
  }
  cg_precall(F, r->v, r->n);
  if (l->n == 1 && r->n == 1) {
    Expr *lhs = l->v[0], *rhs = r->v[0];
    int where;
    if (cg_is_blank(lhs)) {
      Expr *u = cg_unparen(rhs);
      if (u->kind == E_CALL) cg_call_stmt(F, u);
      else if (!rhs->cval) cg_expr_any(F, rhs);   /* may still panic */
      return;
    }
    if (cg_mem_copy(F, lhs, rhs)) return;
    RefKind k = cg_var_ref(F, lhs, &where);
    if (k == REF_LOCAL) {
      cg_expr_as(F, rhs, where, lhs_type(lhs));
    } else if (k == REF_GLOBAL) {
      Type *t = lhs_type(lhs);
      int v = cg_alloc(F, t);
      cg_expr_as(F, rhs, v, t);
      cg_emit(F, OP_SETG, where, v, cg_nwords(t));
    } else {
      Type *t = lhs_type(lhs);
      int v = cg_alloc(F, t);
      cg_expr_as(F, rhs, v, t);
      cg_store(F, lhs, v, t);
    }
    return;
  }
  if (r->n == 1) {
    Arena *a = &F->cg->c->arena;
    int *regs = arena_alloc(a, sizeof(int) * (size_t)(l->n + 1));
    Type **types = arena_alloc(a, sizeof(Type *) * (size_t)(l->n + 1));
    Type **want = arena_alloc(a, sizeof(Type *) * (size_t)(l->n + 1));
    values_at_top(F, l->v, l->n, r, want, regs, types);
    store_all(F, l->v, l->n, regs, types);
    return;
  }
  parallel_assign(F, l, r);
}

/* }==================================================================== */

/* {====================================================================
** Return
** ===================================================================== */

typedef struct ParamRead { Fn *F; int limit; bool found; } ParamRead;

static void visit_param_read(void *ud, Expr *e, Stmt *s) {
  ParamRead *p = ud;
  if (e && e->kind == E_IDENT && cg_is_local(p->F, e->u.ident.obj) &&
      e->u.ident.obj->cg_index < p->limit)
    p->found = true;
}

/* A bare return: the named results into R[0..], from their cells for
** those moved to memory. */
static void named_results(Fn *F) {
  int off = 0;
  for (int i = 0; i < F->nresults; i++) {
    Type *t = F->sig->u.func.results[i];
    Object *o = F->named ? F->named[i] : NULL;
    if (o && o->cg_data == F->box_token) {
      Place p = {PL_MEM, o->cg_index, 0, t, 0, 0, false, 0};
      cg_load_place(F, &p, off);
    } else {
      cg_move(F, off, F->named_reg + off, cg_nwords(t));
    }
    off += cg_nwords(t);
  }
}

/* In a function with defers: the results computed into R[0..] by a
** return statement go to the result variables, which the deferred calls
** may change and the deferreturn code returns. */
static void store_results(Fn *F) {
  int off = 0;
  for (int i = 0; i < F->nresults; i++) {
    Type *t = F->sig->u.func.results[i];
    Object *o = F->named ? F->named[i] : NULL;
    if (o && o->cg_data == F->box_token) {
      Place p = {PL_MEM, o->cg_index, 0, t, 0, 0, false, 0};
      cg_store_place(F, &p, off);
    } else {
      cg_move(F, F->named_reg + off, off, cg_nwords(t));
    }
    off += cg_nwords(t);
  }
}

void cg_defer_return(Fn *F) {
  cg_place(F, F->defer_ret);
  F->deferreturn = F->ncode + 1;
  cg_emit(F, OP_RUNDEFER, 0, 0, 0);
  if (F->named_reg >= 0) named_results(F);
  cg_emit(F, OP_RET, 0, 0, 0);
}

static void ret(Fn *F, Stmt *s) {
  ExprList *r = &s->u.ret.results;
  Type **rt = F->sig ? F->sig->u.func.results : NULL;
  cg_precall(F, r->v, r->n);
  if (r->n == 0) {
    if (F->named_reg >= 0 && !F->has_defer) named_results(F);
  } else if (r->n == 1 && F->nresults > 1) {
    Expr *call = cg_unparen(r->v[0]);
    int w = cg_call(F, call);
    int off = 0;
    for (int i = 0; i < F->nresults; i++) {
      int word;
      Type *t = cg_result_type(call, i, &word);
      if (is_iface(rt[i]) && !is_iface(t)) cg_to_iface(F, off, w + word, t);
      else cg_move(F, off, w + word, cg_nwords(rt[i]));
      off += cg_nwords(rt[i]);
    }
  } else {
    /* Results go straight to R[0..]: locals and temporaries lie above
    ** base >= result_words, so only a parameter can be overwritten before
    ** a later result reads it; then go through temporaries. */
    ParamRead pr = {F, F->result_words, false};
    for (int i = 1; i < r->n; i++) cg_walk_expr(r->v[i], visit_param_read, &pr);
    int off = 0;
    if (!pr.found) {
      for (int i = 0; i < r->n; i++) {
        cg_expr_as(F, r->v[i], off, rt[i]);
        off += cg_nwords(rt[i]);
      }
    } else {
      int *regs = arena_alloc(&F->cg->c->arena, sizeof(int) * (size_t)r->n);
      for (int i = 0; i < r->n; i++) {
        regs[i] = cg_alloc(F, rt[i]);
        cg_expr_as(F, r->v[i], regs[i], rt[i]);
      }
      for (int i = 0; i < r->n; i++) {
        cg_move(F, off, regs[i], cg_nwords(rt[i]));
        off += cg_nwords(rt[i]);
      }
    }
  }
  if (F->has_defer) {
    if (r->n > 0) store_results(F);
    cg_jump(F, F->defer_ret);
    return;
  }
  cg_emit(F, OP_RET, 0, 0, 0);
}

/* }==================================================================== */

/* {====================================================================
** Control flow
** ===================================================================== */

void cg_push_branch(Fn *F, Branch *b, Stmt *s, const char *label, bool loop) {
  b->up = F->branches;
  b->stmt = s;
  b->label = label;
  b->brk = cg_label(F);
  b->cont = loop ? cg_label(F) : -1;
  F->branches = b;
}

/* The label a break or continue jumps to, or -1. */
static Label branch_target(Fn *F, Stmt *s) {
  TokenKind tok = s->u.branch.tok;
  const char *label = s->u.branch.label ? s->u.branch.label->u.ident.name : NULL;
  Branch *b = F->branches;
  for (; b; b = b->up) {
    if (label ? (b->label && strcmp(b->label, label) == 0) || b->stmt == s->u.branch.target
              : tok == TK_BREAK || b->cont >= 0)
      break;
  }
  if (!b || (tok == TK_CONTINUE && b->cont < 0)) return -1;
  return tok == TK_BREAK ? b->brk : b->cont;
}

/* The Label of labeled statement [s] as a goto target, made by whichever
** of the goto and the label is compiled first. The parser already rejected
** gotos into blocks and over declarations, so the registers in use at the
** label are a prefix of those at every goto: a jump needs no moves. */
static Label goto_label(Fn *F, Stmt *s) {
  Arena *a = &F->cg->c->arena;
  if (!F->goto_labels) {
    F->goto_labels = arena_alloc(a, sizeof(PtrMap));
    memset(F->goto_labels, 0, sizeof(PtrMap));
  }
  intptr_t l = (intptr_t)pmap_get(F->goto_labels, s);
  if (l) return (Label)(l - 1);
  Label fresh = cg_label(F);
  pmap_put(a, F->goto_labels, s, (void *)(intptr_t)(fresh + 1));
  return fresh;
}

static void branch_stmt(Fn *F, Stmt *s) {
  TokenKind tok = s->u.branch.tok;
  if (tok == TK_FALLTHROUGH) return;   /* the next clause body follows */
  Label l = tok == TK_GOTO ? (s->u.branch.target ? goto_label(F, s->u.branch.target) : -1)
                           : branch_target(F, s);
  if (l < 0) {
    cg_error(F->cg, s->pos, "internal compiler error: branch without target");
    return;
  }
  cg_jump(F, l);
}

/* `if c { break }` / `if c { continue }`: one conditional branch. */
static bool if_branch(Fn *F, Stmt *s) {
  Stmt *then = s->u.ifs.then;
  if (s->u.ifs.els || then->kind != S_BLOCK || then->u.block.list.n != 1) return false;
  Stmt *b = then->u.block.list.v[0];
  if (b->kind != S_BRANCH || (b->u.branch.tok != TK_BREAK && b->u.branch.tok != TK_CONTINUE))
    return false;
  Label l = branch_target(F, b);
  if (l < 0) return false;
  cg_cond(F, s->u.ifs.cond, true, l);
  return true;
}

static void if_stmt(Fn *F, Stmt *s) {
  if (s->u.ifs.init) cg_stmt(F, s->u.ifs.init);
  cg_precall(F, &s->u.ifs.cond, 1);
  if (if_branch(F, s)) return;
  Label els = cg_label(F), end = cg_label(F);
  cg_cond(F, s->u.ifs.cond, false, els);
  cg_stmt(F, s->u.ifs.then);
  if (s->u.ifs.els) {
    if (!cg_terminated(F)) cg_jump(F, end);
    cg_place(F, els);
    cg_stmt(F, s->u.ifs.els);
    cg_place(F, end);
  } else {
    cg_place(F, els);
  }
}

static void for_stmt(Fn *F, Stmt *s, const char *label) {
  if (!label && s->u.fors.label) label = s->u.fors.label->u.ident.name;
  if (s->u.fors.init) cg_stmt(F, s->u.fors.init);
  Branch b;
  cg_push_branch(F, &b, s, label, true);
  Expr *cond = s->u.fors.cond;
  bool forever = !cond || (cond->cval && cond->cval->b);
  Label body = cg_label(F), test = cg_label(F);
  int nhoist = F->nhoist;
  cg_hoist_loop(F, s);
  if (!forever) cg_jump(F, test);
  cg_place(F, body);
  cg_stmt(F, s->u.fors.body);
  cg_place(F, b.cont);
  if (s->u.fors.post) cg_stmt(F, s->u.fors.post);
  if (forever) {
    cg_loop(F, body);
  } else {
    cg_place(F, test);
    cg_precall(F, &cond, 1);
    cg_cond(F, cond, true, body);
  }
  cg_place(F, b.brk);
  F->branches = b.up;
  F->nhoist = nhoist;
}

/* The register of a range variable: a new one (:=) gets [reg]; an
** assigned one (=) is stored each iteration. */
static void range_var(Fn *F, Stmt *s, Expr *var, int reg, Type *t) {
  if (!var || cg_is_blank(var)) return;
  Object *o = ident_obj(var);
  if (s->u.range.tok == TK_DEFINE && !(o && o->cg_data == F->box_token)) cg_bind_local(F, var, reg);
  else cg_store(F, var, reg, t);
}

/* for k, v = range x (the assignment form, both present): one
** assignment of the two, in Go's two phases, so `for i, x[i] = range y`
** stores into x at the previous i. */
static bool range_assigns_both(Stmt *s) {
  Expr *k = s->u.range.key, *v = s->u.range.value;
  return s->u.range.tok == TK_ASSIGN && k && v && !cg_is_blank(k) && !cg_is_blank(v);
}

static void range_assign(Fn *F, Stmt *s, int k, Type *kt, int v, Type *vt) {
  Expr *lhs[2] = {s->u.range.key, s->u.range.value};
  int regs[2] = {k, v};
  Type *types[2] = {kt, vt};
  store_all(F, lhs, 2, regs, types);
}

/* A variable the range statement declares and keeps in a register (one
** moved to the heap is declared once, before the loop, and stored to). */
static bool range_new(Stmt *s, Expr *var) {
  return var && !cg_is_blank(var) && s->u.range.tok == TK_DEFINE && !cg_needs_box(ident_obj(var));
}

/* The range variables moved to the heap are declared once, before the
** loop. */
static void box_range_vars(Fn *F, Stmt *s) {
  if (s->u.range.tok != TK_DEFINE) return;
  Expr *vars[2] = {s->u.range.key, s->u.range.value};
  for (int j = 0; j < 2; j++)
    if (vars[j] && !cg_is_blank(vars[j]) && cg_needs_box(ident_obj(vars[j])))
      cg_box_var(F, ident_obj(vars[j]), -1, vars[j]->pos);
}

/* The register receiving a range variable each iteration, or -1 when
** blank or absent; a new variable is bound to it. */
static int range_reg(Fn *F, Stmt *s, Expr *var, Type *t) {
  if (!var || cg_is_blank(var)) return -1;
  int r = cg_alloc(F, t);
  if (range_new(s, var)) cg_bind_local(F, var, r);
  return r;
}

/* for k, v := range m: an rt_MapIter in hidden frame words (its pointer
** words marked); each step copies the entry's key and value out of their
** memory slots at once, before the body can insert into the map. */
static void map_range(Fn *F, Stmt *s, const char *label) {
  Expr *x = s->u.range.x, *key = s->u.range.key, *val = s->u.range.value;
  Type *xt = cg_vtype(x), *xu = ul(xt);
  Type *kt = xu->u.map.key, *vt = xu->u.map.value;
  box_range_vars(F, s);
  cg_precall(F, &x, 1);
  int M = cg_alloc(F, xt);
  cg_expr_to(F, x, M);
  int it = cg_alloc_words(F, RT_MAPITER_WORDS, false);
  for (int j = 0; j < RT_MAPITER_WORDS; j++)
    if (RT_MAPITER_PTRMASK >> j & 1) cg_mark_word(F, it + j);
  int slots = cg_alloc_words(F, 3, true);   /* key slot, value slot, found */
  cg_emit(F, OP_MAPITERINIT, it, M, 0);
  int k = range_reg(F, s, key, kt);
  int v = range_reg(F, s, val, vt);

  Branch b;
  cg_push_branch(F, &b, s, label, true);
  int nhoist = F->nhoist;
  cg_hoist_loop(F, s);
  cg_place(F, b.cont);
  cg_emit(F, OP_MAPITERNEXT, it, slots, 0);
  cg_jump_if(F, OP_JF, slots + 2, b.brk);
  if (range_assigns_both(s)) {
    Place pk = {PL_MEM, slots, 0, kt, 0, 0, false, 0}, pv = {PL_MEM, slots + 1, 0, vt, 0, 0, false, 0};
    cg_load_place(F, &pk, k);
    cg_load_place(F, &pv, v);
    range_assign(F, s, k, kt, v, vt);
  } else {
    if (k >= 0) {
      Place p = {PL_MEM, slots, 0, kt, 0, 0, false, 0};
      cg_load_place(F, &p, k);
      if (!range_new(s, key)) range_var(F, s, key, k, kt);
    }
    if (v >= 0) {
      Place p = {PL_MEM, slots + 1, 0, vt, 0, 0, false, 0};
      cg_load_place(F, &p, v);
      if (!range_new(s, val)) range_var(F, s, val, v, vt);
    }
  }
  cg_stmt(F, s->u.range.body);
  cg_loop(F, b.cont);
  cg_place(F, b.brk);
  F->branches = b.up;
  F->nhoist = nhoist;
}

/* for k, v := range x over a string or a slice. x is evaluated once into
** hidden registers, as is its length; the index is hidden too, so the
** body may assign k freely. */
static void range_stmt(Fn *F, Stmt *s, const char *label) {
  if (!label && s->u.range.label) label = s->u.range.label->u.ident.name;
  Expr *x = s->u.range.x, *key = s->u.range.key, *val = s->u.range.value;
  Type *xt = cg_vtype(x), *xu = ul(xt);
  bool str = ty_is_string(xu), arr = xu->kind == TY_ARRAY;
  bool parr = xu->kind == TY_POINTER && ul(xu->u.ptr.elem)->kind == TY_ARRAY;
  if (parr) xu = ul(xu->u.ptr.elem);
  if (xu->kind == TY_MAP) { map_range(F, s, label); return; }
  if (xu->kind == TY_CHAN) {
    Branch b;
    cg_chan_range(F, s, label, &b);
    return;
  }
  if (!str && xu->kind != TY_SLICE && !arr && !parr) { unsupported(F, x->pos, "range over this type is"); return; }
  box_range_vars(F, s);
  cg_precall(F, &x, 1);
  /* Go: with at most one iteration variable, an array variable's length is
  ** constant and the array is not evaluated (nor copied) */
  bool unevaluated = arr && (!val || cg_is_blank(val)) && cg_unparen(x)->kind == E_IDENT;
  int S = unevaluated ? -1 : cg_alloc(F, xt);
  if (!unevaluated) cg_expr_to(F, x, S);
  int n = cg_alloc_words(F, 1, false);
  int i = cg_alloc_words(F, 1, false);
  if (arr || parr) cg_emit_bx(F, OP_LOADI, n, (uint32_t)xu->u.array.len);
  else cg_emit(F, str ? OP_SLEN : OP_SLLEN, n, S, 0);
  cg_emit_bx(F, OP_LOADI, i, 0);
  Type *kt = TY(TY_INT);
  Type *vt = str ? TY(TY_INT32) : arr || parr ? xu->u.array.elem : xu->u.slice.elem;
  int k = range_new(s, key) ? cg_alloc(F, kt) : -1;
  int v = -1, width = -1;
  if (str) {
    v = cg_alloc_words(F, 2, false);     /* DECRUNE: rune, then its width */
    width = v + 1;
  } else if (val && !cg_is_blank(val)) {
    v = cg_alloc(F, vt);
  }
  if (k >= 0) cg_bind_local(F, key, k);
  if (v >= 0 && range_new(s, val)) cg_bind_local(F, val, v);

  Branch b;
  cg_push_branch(F, &b, s, label, true);
  Label body = cg_label(F), test = cg_label(F);
  int nhoist = F->nhoist;
  cg_hoist_loop(F, s);
  cg_jump(F, test);
  cg_place(F, body);
  if (str) {
    cg_emit(F, OP_DECRUNE, v, S, i);
  } else if (v >= 0 && parr) {
    cg_emit(F, OP_NILCHK, S, 0, 0);
    cg_elem_load(F, v, S, i, n, vt);
  } else if (v >= 0 && arr) {
    cg_emit(F, OP_RLOAD, v, S, i);
    cg_emit(F, OP_EXTRA, cg_nwords(vt), n, 0);
  } else if (v >= 0) {
    cg_slice_load(F, v, S, i, vt, x);
  }
  if (v >= 0 && range_assigns_both(s)) {
    range_assign(F, s, i, kt, v, vt);
  } else {
    if (k >= 0) cg_move(F, k, i, 1);
    else range_var(F, s, key, i, kt);
    if (v >= 0 && !range_new(s, val)) range_var(F, s, val, v, vt);
  }
  cg_stmt(F, s->u.range.body);
  cg_place(F, b.cont);
  if (str) cg_emit(F, OP_ADD, i, i, width);
  else cg_emit(F, OP_INCR, i, 1, 0);
  cg_place(F, test);
  cg_branch(F, OP_JLT, i, n, body);
  cg_place(F, b.brk);
  F->branches = b.up;
  F->nhoist = nhoist;
}

static bool ends_in_fallthrough(StmtList *body) {
  if (body->n == 0) return false;
  Stmt *last = body->v[body->n - 1];
  return last->kind == S_BRANCH && last->u.branch.tok == TK_FALLTHROUGH;
}

static void switch_stmt(Fn *F, Stmt *s, const char *label) {
  if (!label && s->u.switchs.label) label = s->u.switchs.label->u.ident.name;
  if (s->u.switchs.init) cg_stmt(F, s->u.switchs.init);
  StmtList *clauses = &s->u.switchs.body->u.block.list;
  int n = clauses->n;
  Expr *tag = s->u.switchs.tag;
  Expr *tagref = NULL;
  Arena *a = &F->cg->c->arena;
  if (tag) {
    /* The tag's value, named by a synthetic local so that the case
    ** comparisons reuse the condition compiler (fused and immediate forms). */
    cg_precall(F, &tag, 1);
    int r = cg_expr_any(F, tag);
    Object *o = arena_alloc(a, sizeof(Object));
    o->kind = OBJ_VAR;
    o->name = ".tag";
    o->type = cg_vtype(tag);
    o->cg_index = r;
    o->cg_data = F->token;
    tagref = arena_alloc(a, sizeof(Expr));
    tagref->kind = E_IDENT;
    tagref->pos = tag->pos;
    tagref->type = o->type;
    tagref->mode = MODE_VAR;
    tagref->u.ident.name = o->name;
    tagref->u.ident.obj = o;
  }
  Branch b;
  cg_push_branch(F, &b, s, label, false);
  Label *bodies = arena_alloc(a, sizeof(Label) * (size_t)(n + 1));
  int dflt = -1;
  for (int i = 0; i < n; i++) {
    Stmt *cl = clauses->v[i];
    bodies[i] = cg_label(F);
    if (cl->u.caseclause.is_default || cl->u.caseclause.list.n == 0) { dflt = i; continue; }
    for (int j = 0; j < cl->u.caseclause.list.n; j++) {
      Expr *e = cl->u.caseclause.list.v[j];
      cg_precall(F, &e, 1);
      if (!tagref) {
        cg_cond(F, e, true, bodies[i]);
        continue;
      }
      Expr *eq = arena_alloc(a, sizeof(Expr));
      eq->kind = E_BINARY;
      eq->pos = e->pos;
      eq->type = TY(TY_BOOL);
      eq->mode = MODE_VALUE;
      eq->u.binary.op = TK_EQL;
      eq->u.binary.x = tagref;
      eq->u.binary.y = e;
      eq->u.binary.lpos = e->pos;
      cg_cond(F, eq, true, bodies[i]);
    }
  }
  cg_jump(F, dflt >= 0 ? bodies[dflt] : b.brk);
  for (int i = 0; i < n; i++) {
    Stmt *cl = clauses->v[i];
    cg_place(F, bodies[i]);
    F->line = cl->pos.line;
    cg_block(F, &cl->u.caseclause.body);
    if (i < n - 1 && !ends_in_fallthrough(&cl->u.caseclause.body) && !cg_terminated(F))
      cg_jump(F, b.brk);
  }
  cg_place(F, b.brk);
  F->branches = b.up;
}

static void select_stmt(Fn *F, Stmt *s, const char *label) {
  if (!label && s->u.select.label) label = s->u.select.label->u.ident.name;
  Branch b;
  cg_select(F, s, label, &b);
}

static void labeled(Fn *F, Stmt *s) {
  const char *label = s->u.labeled.label->u.ident.name;
  Stmt *in = s->u.labeled.stmt;
  cg_place(F, goto_label(F, s));
  switch (in->kind) {
  case S_FOR: for_stmt(F, in, label); break;
  case S_RANGE: range_stmt(F, in, label); break;
  case S_SWITCH: switch_stmt(F, in, label); break;
  case S_SELECT: select_stmt(F, in, label); break;
  case S_TYPESWITCH: cg_type_switch(F, in, label); break;
  default: cg_stmt(F, in); break;
  }
}

/* }==================================================================== */

void cg_block(Fn *F, StmtList *list) {
  int mark = F->top;
  for (int i = 0; i < list->n; i++) cg_stmt(F, list->v[i]);
  F->top = mark;
}

void cg_stmt(Fn *F, Stmt *s) {
  if (!s || F->cg->failed) return;
  int saved = F->line, mark = F->top, nhoist = F->nhoist;
  bool declares = false;
  if (s->pos.line) F->line = s->pos.line;
  switch (s->kind) {
  case S_EMPTY: break;
  case S_DECL: decl_stmt(F, s->u.decl); declares = true; break;
  case S_EXPR: cg_call_stmt(F, s->u.expr); break;
  case S_INCDEC: incdec(F, s); break;
  case S_ASSIGN:
    if (s->u.assign.tok == TK_DEFINE) { define(F, s); declares = true; }
    else assign(F, s);
    break;
  case S_RETURN: ret(F, s); break;
  case S_BRANCH: branch_stmt(F, s); break;
  case S_BLOCK: cg_block(F, &s->u.block.list); break;
  case S_IF: if_stmt(F, s); break;
  case S_FOR: for_stmt(F, s, NULL); break;
  case S_RANGE: range_stmt(F, s, NULL); break;
  case S_SWITCH: switch_stmt(F, s, NULL); break;
  case S_LABELED:
    /* `L: x := v` declares x for the rest of the block */
    labeled(F, s);
    declares = s->u.labeled.stmt->kind == S_DECL ||
               (s->u.labeled.stmt->kind == S_ASSIGN &&
                s->u.labeled.stmt->u.assign.tok == TK_DEFINE);
    break;
  case S_GO: cg_go(F, cg_unparen(s->u.call)); break;
  case S_DEFER: cg_defer(F, cg_unparen(s->u.call)); break;
  case S_SELECT: select_stmt(F, s, NULL); break;
  case S_TYPESWITCH: cg_type_switch(F, s, NULL); break;
  case S_SEND: cg_send(F, s); break;
  default: unsupported(F, s->pos, "this statement is"); break;
  }
  if (!declares) F->top = mark;
  F->nhoist = nhoist;
  F->line = saved;
}
