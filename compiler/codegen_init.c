/*
** codegen_init.c — the package initialiser and the AST walker it uses.
**
** Go initialises package variables in dependency order (spec "Package
** initialization"): repeatedly, the earliest variable in declaration order
** that has no dependency on an uninitialised variable is initialised. A
** variable depends on the package variables its initialiser references,
** directly or through the bodies of the functions and methods it references
** (transitively). The generator computes this itself from the checked tree
** (ident objects), so it needs nothing more from the checker.
**
** The synthesized function "main.init" runs the initialisers in that order
** (a `var a, b = f()` is one step), then calls each `func init()` in
** declaration order. Variables without initialisers need no code: package
** variables start zeroed; standard-library variables (os.Args) are filled
** by the runtime before main.init runs.
**
** If the checker let a cycle through (it reports "initialization cycle"),
** the rest is initialised in declaration order.
*/
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "codegen.h"

/* {====================================================================
** Walking the tree
** ===================================================================== */

/* flat: do not enter the bodies of function literals (each is compiled as
** a function of its own, codegen_func.c) */
typedef struct Walk { cg_Visit fn; void *ud; bool flat; } Walk;

static void walk_expr(Expr *e, const Walk *w);
static void walk_stmt(Stmt *s, const Walk *w);

static void walk_list(ExprList *l, const Walk *w) {
  for (int i = 0; i < l->n; i++) walk_expr(l->v[i], w);
}

static void walk_expr(Expr *e, const Walk *w) {
  if (!e) return;
  w->fn(w->ud, e, NULL);
  switch (e->kind) {
  case E_COMPOSITE: walk_expr(e->u.composite.type, w); walk_list(&e->u.composite.elts, w); break;
  case E_FUNCLIT: if (!w->flat) walk_stmt(e->u.funclit.body, w); break;
  case E_PAREN: walk_expr(e->u.paren.x, w); break;
  case E_SELECTOR: walk_expr(e->u.selector.x, w); break;
  case E_INDEX: walk_expr(e->u.index.x, w); walk_expr(e->u.index.index, w); break;
  case E_SLICE:
    walk_expr(e->u.slice.x, w);
    walk_expr(e->u.slice.lo, w);
    walk_expr(e->u.slice.hi, w);
    walk_expr(e->u.slice.max, w);
    break;
  case E_TYPEASSERT: walk_expr(e->u.typeassert.x, w); break;
  case E_CALL: walk_expr(e->u.call.fn, w); walk_list(&e->u.call.args, w); break;
  case E_STAR: walk_expr(e->u.star.x, w); break;
  case E_UNARY: walk_expr(e->u.unary.x, w); break;
  case E_BINARY: walk_expr(e->u.binary.x, w); walk_expr(e->u.binary.y, w); break;
  case E_KEYVALUE: walk_expr(e->u.kv.key, w); walk_expr(e->u.kv.value, w); break;
  default: break;   /* leaves and type expressions */
  }
}

static void walk_stmts(StmtList *l, const Walk *w) {
  for (int i = 0; i < l->n; i++) walk_stmt(l->v[i], w);
}

static void walk_decl(Decl *d, const Walk *w) {
  if (!d || d->kind != D_GEN) return;
  for (int i = 0; i < d->u.gen.nspecs; i++) {
    Spec *sp = d->u.gen.specs[i];
    if (sp->kind == SPEC_VALUE) walk_list(&sp->u.value.values, w);
  }
}

static void walk_stmt(Stmt *s, const Walk *w) {
  if (!s) return;
  w->fn(w->ud, NULL, s);
  switch (s->kind) {
  case S_DECL: walk_decl(s->u.decl, w); break;
  case S_LABELED: walk_stmt(s->u.labeled.stmt, w); break;
  case S_EXPR: walk_expr(s->u.expr, w); break;
  case S_SEND: walk_expr(s->u.send.chan, w); walk_expr(s->u.send.value, w); break;
  case S_INCDEC: walk_expr(s->u.incdec.x, w); break;
  case S_ASSIGN: walk_list(&s->u.assign.lhs, w); walk_list(&s->u.assign.rhs, w); break;
  case S_GO: case S_DEFER: walk_expr(s->u.call, w); break;
  case S_RETURN: walk_list(&s->u.ret.results, w); break;
  case S_BLOCK: walk_stmts(&s->u.block.list, w); break;
  case S_IF:
    walk_stmt(s->u.ifs.init, w);
    walk_expr(s->u.ifs.cond, w);
    walk_stmt(s->u.ifs.then, w);
    walk_stmt(s->u.ifs.els, w);
    break;
  case S_CASE: walk_list(&s->u.caseclause.list, w); walk_stmts(&s->u.caseclause.body, w); break;
  case S_SWITCH:
    walk_stmt(s->u.switchs.init, w);
    walk_expr(s->u.switchs.tag, w);
    walk_stmt(s->u.switchs.body, w);
    break;
  case S_TYPESWITCH:
    walk_stmt(s->u.typeswitch.init, w);
    walk_stmt(s->u.typeswitch.assign, w);
    walk_stmt(s->u.typeswitch.body, w);
    break;
  case S_COMM: walk_stmt(s->u.comm.comm, w); walk_stmts(&s->u.comm.body, w); break;
  case S_SELECT: walk_stmt(s->u.select.body, w); break;
  case S_FOR:
    walk_stmt(s->u.fors.init, w);
    walk_expr(s->u.fors.cond, w);
    walk_stmt(s->u.fors.post, w);
    walk_stmt(s->u.fors.body, w);
    break;
  case S_RANGE:
    walk_expr(s->u.range.key, w);
    walk_expr(s->u.range.value, w);
    walk_expr(s->u.range.x, w);
    walk_stmt(s->u.range.body, w);
    break;
  default: break;
  }
}

void cg_walk_expr(Expr *e, cg_Visit fn, void *ud) { walk_expr(e, &(Walk){fn, ud, false}); }
void cg_walk_stmt(Stmt *s, cg_Visit fn, void *ud) { walk_stmt(s, &(Walk){fn, ud, false}); }
void cg_walk_body(Stmt *s, cg_Visit fn, void *ud) { walk_stmt(s, &(Walk){fn, ud, true}); }

/* }==================================================================== */

/* {====================================================================
** Dependency order
** ===================================================================== */

/* One initialisation step: names[0..n) = values (one value per name, or
** one multi-valued call for all). */
typedef struct Unit {
  Spec *spec;
  int first, n;        /* names of the spec it initialises */
  bool tuple;
  bool done;
  int *deps; int ndeps;  /* units it depends on */
} Unit;

typedef struct Refs {
  PtrVec vars;   /* package variables referenced */
  PtrVec funcs;  /* functions referenced (Objects) */
} Refs;

typedef struct Deps {
  CG *cg;
  Arena *arena;
  Refs *fnrefs;      /* per function index, lazily */
  bool *fnwalked;
  int *stamp, cur;   /* per function index: visited in the current search */
  int nfuncs;
  Refs *collect;     /* where visit() records */
  int *unit_of;      /* per global word: its unit, or -1 */
  int nwords;
} Deps;

static void visit_ref(void *ud, Expr *e, Stmt *s) {
  Deps *d = ud;
  Object *o = NULL;
  if (e && e->kind == E_IDENT) o = e->u.ident.obj;
  /* a method (x.m, T.m) refers to its declaration, as initorder.go has it */
  if (e && e->kind == E_SELECTOR) {
    const Selection *sel = chk_selection(d->cg->c, e);
    if (sel && sel->kind != SEL_FIELD) o = sel->method;
  }
  if (!o) return;
  if (o->kind == OBJ_VAR && o->is_global) ptrvec_push(d->arena, &d->collect->vars, o);
  else if (o->kind == OBJ_FUNC && o->cg_data == d->cg->func_token && o->cg_index < d->nfuncs)
    ptrvec_push(d->arena, &d->collect->funcs, o);
}

static Refs *func_refs(Deps *d, Object *f) {
  int fi = f->cg_index;
  if (!d->fnwalked[fi]) {
    d->fnwalked[fi] = true;
    Refs *saved = d->collect;
    d->collect = &d->fnrefs[fi];
    if (f->decl) cg_walk_stmt(f->decl->u.func.body, visit_ref, d);
    d->collect = saved;
  }
  return &d->fnrefs[fi];
}

static void add_dep(Deps *d, Unit *u, Object *var) {
  int w = cg_global(d->cg, var);
  if (w < 0 || w >= d->nwords || d->unit_of[w] < 0) return;
  int t = d->unit_of[w];
  for (int i = 0; i < u->ndeps; i++)
    if (u->deps[i] == t) return;
  int *nd = arena_alloc(d->arena, sizeof(int) * (size_t)(u->ndeps + 1));
  if (u->ndeps) memcpy(nd, u->deps, sizeof(int) * (size_t)u->ndeps);
  nd[u->ndeps++] = t;
  u->deps = nd;
}

/* Follows references from [r]: variables become dependencies of u,
** functions are searched once per unit. */
static void search(Deps *d, Unit *u, Refs *r) {
  for (int i = 0; i < r->vars.n; i++) add_dep(d, u, r->vars.v[i]);
  for (int i = 0; i < r->funcs.n; i++) {
    Object *f = r->funcs.v[i];
    int fi = f->cg_index;
    if (d->stamp[fi] == d->cur) continue;
    d->stamp[fi] = d->cur;
    search(d, u, func_refs(d, f));
  }
}

static bool ready(Unit *units, Unit *u, int self) {
  for (int i = 0; i < u->ndeps; i++)
    if (u->deps[i] != self && !units[u->deps[i]].done) return false;
  return true;
}

/* }==================================================================== */

/* {====================================================================
** The initialiser
** ===================================================================== */

typedef struct InitPlan {
  Unit *units; int nunits;
  int *order;
  int *inits; int ninit;
} InitPlan;

static void init_unit(Fn *F, Unit *u) {
  Spec *sp = u->spec;
  Expr **names = sp->u.value.names + u->first;
  F->line = sp->pos.line;
  int mark = F->top, nhoist = F->nhoist;
  cg_precall(F, sp->u.value.values.v, sp->u.value.values.n);
  if (u->tuple) {
    Expr *call = cg_unparen(sp->u.value.values.v[0]);
    int w = cg_call(F, call);
    for (int i = 0; i < u->n; i++) {
      int word;
      Type *t = cg_result_type(call, i, &word);
      cg_store(F, names[i], w + word, t);
    }
  } else {
    Expr *v = sp->u.value.values.v[u->first];
    if (cg_is_blank(names[0])) {
      if (cg_unparen(v)->kind == E_CALL) cg_call_stmt(F, v);
      else if (!v->cval) cg_expr_any(F, v);
    } else {
      Object *o = names[0]->u.ident.obj;
      int r = cg_alloc(F, o->type);
      cg_expr_as(F, v, r, o->type);
      if (o->addr_taken) cg_store(F, names[0], r, o->type);   /* its heap cell */
      else cg_emit(F, OP_SETG, cg_global(F->cg, o), r, cg_nwords(o->type));
    }
  }
  F->top = mark;
  F->nhoist = nhoist;
}

/* Package variables whose address is taken live in heap cells (their
** global word holds the cell's address), created before anything runs. */
static bool has_cells(CG *cg) {
  File *f = cg->f;
  for (int i = 0; i < f->ndecls; i++) {
    Decl *d = f->decls[i];
    if (d->kind != D_GEN || d->u.gen.tok != TK_VAR) continue;
    for (int j = 0; j < d->u.gen.nspecs; j++)
      for (int k = 0; k < d->u.gen.specs[j]->u.value.nnames; k++) {
        Expr *n = d->u.gen.specs[j]->u.value.names[k];
        if (n->kind == E_IDENT && n->u.ident.obj && n->u.ident.obj->addr_taken) return true;
      }
  }
  return false;
}

static void make_cells(Fn *F) {
  File *f = F->cg->f;
  for (int i = 0; i < f->ndecls; i++) {
    Decl *d = f->decls[i];
    if (d->kind != D_GEN || d->u.gen.tok != TK_VAR) continue;
    for (int j = 0; j < d->u.gen.nspecs; j++)
      for (int k = 0; k < d->u.gen.specs[j]->u.value.nnames; k++) {
        Expr *n = d->u.gen.specs[j]->u.value.names[k];
        Object *o = n->kind == E_IDENT ? n->u.ident.obj : NULL;
        if (!o || !o->addr_taken || o->kind != OBJ_VAR) continue;
        F->line = n->pos.line;
        if (o->type) ty_complete(ty_underlying(o->type));   /* its size, even if no code used it yet */
        int site = cg_site(F, n->pos, "variable", o->name, o->type, o->type ? ty_underlying(o->type)->size : 0);
        free(F->cg->sites[site].reason);
        F->cg->sites[site].reason = strdup("moved to heap");   /* NULL: freeing is harmless */
        int r = cg_alloc_words(F, 1, true);
        cg_emit_bx(F, OP_NEW, r, (uint32_t)site);
        cg_emit(F, OP_SETG, cg_global(F->cg, o), r, 1);
        F->top = r;
      }
  }
}

static void init_body(Fn *F, void *ud) {
  InitPlan *p = ud;
  make_cells(F);
  for (int i = 0; i < p->nunits; i++) init_unit(F, &p->units[p->order[i]]);
  for (int i = 0; i < p->ninit; i++) {
    F->line = F->cg->funcs[p->inits[i]].decl_line;
    cg_emit_bx(F, OP_CALL, F->top, (uint32_t)p->inits[i]);
  }
  cg_emit(F, OP_RET, 0, 0, 0);
}

static int collect_units(CG *cg, Unit **out) {
  Arena *a = &cg->c->arena;
  PtrVec v = {0};
  File *f = cg->f;
  for (int i = 0; i < f->ndecls; i++) {
    Decl *d = f->decls[i];
    if (d->kind != D_GEN || d->u.gen.tok != TK_VAR) continue;
    for (int j = 0; j < d->u.gen.nspecs; j++) {
      Spec *sp = d->u.gen.specs[j];
      int nv = sp->u.value.values.n, nn = sp->u.value.nnames;
      if (nv == 0) continue;
      for (int k = 0; k < (nv == nn ? nn : 1); k++) {
        Unit *u = arena_alloc(a, sizeof(Unit));
        u->spec = sp;
        u->first = nv == nn ? k : 0;
        u->n = nv == nn ? 1 : nn;
        u->tuple = nv != nn;
        ptrvec_push(a, &v, u);
      }
    }
  }
  *out = arena_alloc(a, sizeof(Unit) * (size_t)(v.n + 1));
  for (int i = 0; i < v.n; i++) (*out)[i] = *(Unit *)v.v[i];
  return v.n;
}

/* Go's order: the first unit in declaration order whose dependencies are
** all initialised, again and again. */
static int *init_order(CG *cg, Unit *units, int n) {
  Arena *a = &cg->c->arena;
  Deps d = {0};
  d.cg = cg;
  d.arena = a;
  d.nfuncs = cg->nfuncs;
  d.fnrefs = arena_alloc(a, sizeof(Refs) * (size_t)(d.nfuncs + 1));
  d.fnwalked = arena_alloc(a, sizeof(bool) * (size_t)(d.nfuncs + 1));
  d.stamp = arena_alloc(a, sizeof(int) * (size_t)(d.nfuncs + 1));
  /* every initialised variable gets its words now, so words name units */
  for (int i = 0; i < n; i++)
    for (int k = 0; k < units[i].n; k++) {
      Expr *name = units[i].spec->u.value.names[units[i].first + k];
      if (!cg_is_blank(name) && name->u.ident.obj) cg_global(cg, name->u.ident.obj);
    }
  d.nwords = cg->global_words;
  d.unit_of = arena_alloc(a, sizeof(int) * (size_t)(d.nwords + 1));
  for (int w = 0; w < d.nwords; w++) d.unit_of[w] = -1;
  for (int i = 0; i < n; i++)
    for (int k = 0; k < units[i].n; k++) {
      Expr *name = units[i].spec->u.value.names[units[i].first + k];
      if (!cg_is_blank(name) && name->u.ident.obj) d.unit_of[cg_global(cg, name->u.ident.obj)] = i;
    }
  for (int i = 0; i < n; i++) {
    Refs r = {{0}, {0}};
    d.collect = &r;
    ExprList *vals = &units[i].spec->u.value.values;
    cg_walk_expr(vals->v[units[i].tuple ? 0 : units[i].first], visit_ref, &d);
    d.cur = i + 1;
    search(&d, &units[i], &r);
  }
  int *order = arena_alloc(a, sizeof(int) * (size_t)(n + 1));
  for (int k = 0; k < n; k++) {
    int pick = -1;
    for (int i = 0; i < n && pick < 0; i++)
      if (!units[i].done && ready(units, &units[i], i)) pick = i;
    for (int i = 0; i < n && pick < 0; i++)   /* a cycle: declaration order */
      if (!units[i].done) pick = i;
    units[pick].done = true;
    order[k] = pick;
  }
  return order;
}

void cg_package_init(CG *cg, int *inits, int ninit) {
  InitPlan p = {0};
  p.nunits = collect_units(cg, &p.units);
  p.inits = inits;
  p.ninit = ninit;
  if (p.nunits == 0 && ninit == 0 && !has_cells(cg)) { cg->init_func = -1; return; }
  p.order = init_order(cg, p.units, p.nunits);
  int idx = cg->nfuncs++;
  cg->init_func = idx;
  cg_compile_func(cg, idx, "main.init", (Pos){0, 0, 0}, NULL, init_body, &p);
}
