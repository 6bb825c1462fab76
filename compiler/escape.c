/*
** escape.c — escape analysis, part 1: the data-flow graph (after Go's
** cmd/compile/internal/escape, whose design this follows; the solver is in
** escape_solve.c, the -m text in escape_report.c).
**
** The question: may an allocation live in the frame of the function that
** makes it, or must it go to the heap? It must go to the heap exactly when
** its address can outlive the frame: when the address can reach the heap,
** a result of the function, a variable of an enclosing function (closures)
** or a variable declared outside the loop iteration that made it.
**
** Locations. Every variable of a function and every expression that
** allocates is a location (Loc): address-taken or captured variables,
** new(T), &T{...}, slice and map literals, make, closures, string
** concatenations and conversions, boxed values converted to interfaces, the
** implicit slice of a variadic call, method values. There are two more:
** the heap, which outlives everything, and "blank", a sink for values that
** go nowhere (scalars, discarded results).
**
** Edges. An assignment `dst = src` is an edge src -> dst labelled with the
** number of dereferences applied to src on the way:
**      p = &x    derefs -1      (the address of x flows to p)
**      p = x     derefs  0
**      p = *x    derefs  1      (also x.f through a pointer, s[i] of a slice)
** The analysis is flow-insensitive (statement order does not matter) and
** field-insensitive (x.f = v is x = v; a struct is one location). Values
** of types without pointers carry nothing and go to blank. Stores through
** pointers (*p = v, p.f = v, s[i] = v) send v to the heap: the analysis does
** not follow where p points.
**
** Holes. Walking an expression in a context is walking it into a Hole, "the
** place its value goes": a destination location and a deref count. &e walks
** e into the hole with one deref less, *e one more; an allocation "spills":
** it becomes a location whose address flows to the hole, and its contents
** are walked into a hole for the new location.
**
** Calls. Functions are analysed bottom-up over the static call graph, in
** batches that are its strongly connected components (Tarjan), so a callee
** is finished before its callers, except within one batch, where arguments
** flow straight into the callee's parameter locations. A finished function
** has a leak tag per parameter (Leaks): the fewest derefs with which the
** parameter reaches the heap and each of its first 7 results. At a call
** site the tag becomes holes: "heap with derefs d", "result i's hole with
** derefs d". Calls whose callee is unknown (function values, interface
** methods) send every argument to the heap. Function literals belong to the
** batch of the function that contains them.
**
** Invariants:
**  - derefs of an edge is >= -1; a hole handed to teeHole has derefs >= 0.
**  - A location's loopdepth is the loop nesting at its declaration (1 at
**    the top of a function body); it is what makes `p = &x` inside a loop
**    send x to the heap when p is declared outside it.
**  - Locations are created in the order gc creates them (a function's
**    variables first, in declaration order, then allocations in walk
**    order), because that is the order of the -m report.
**
** Worked example:
**      func newPoint(x, y int) *Point { return &Point{x, y} }
** `&Point{x, y}` spills: a location L for the composite, edge L -> ~r0 with
** derefs -1; x and y are ints and go to blank. The solver walks from ~r0:
** L is reached with derefs -1, so L's address reaches a result, which
** outlives the frame: "&Point{...} escapes to heap". In
**      func f() int { p := &Point{1, 2}; return p.X }
** L -> p (derefs -1) and p.X reads p with derefs 1 into blank: nothing that
** outlives f reaches L's address, so "&Point{...} does not escape".
*/
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ESC_PRIVATE
#include "escape.h"
#include "constant.h"

enum {
  MAX_STACK_VAR = 10 * 1024 * 1024,   /* gc's MaxStackVarSize */
  MAX_IMPLICIT_STACK_VAR = 64 * 1024  /* gc's MaxImplicitStackVarSize */
};

#define A(s) (&(s)->c->arena)

/* {==================================================================
** Types
** =================================================================== */

bool esc_has_pointers(Type *t) {
  if (!t) return false;
  t = ty_underlying(t);
  switch (t->kind) {
  case TY_STRING: case TY_UNSAFEPOINTER: case TY_SLICE: case TY_POINTER: case TY_FUNC:
  case TY_INTERFACE: case TY_MAP: case TY_CHAN: case TY_UNTYPED_STRING: case TY_UNTYPED_NIL:
    return true;
  case TY_ARRAY: return t->u.array.len > 0 && esc_has_pointers(t->u.array.elem);
  case TY_STRUCT:
    for (int i = 0; i < t->u.strct.nfields; i++)
      if (esc_has_pointers(t->u.strct.fields[i].type)) return true;
    return false;
  case TY_TUPLE:
    for (int i = 0; i < t->u.tuple.n; i++)
      if (esc_has_pointers(t->u.tuple.types[i])) return true;
    return false;
  default: return false;
  }
}

/* Whether a value of type t is stored in an interface word as is (gc's
** IsDirectIface): then converting it allocates nothing. */
static bool direct_iface(Type *t) {
  t = ty_underlying(t);
  switch (t->kind) {
  case TY_POINTER: case TY_CHAN: case TY_MAP: case TY_FUNC: case TY_UNSAFEPOINTER: return true;
  case TY_ARRAY: return t->u.array.len == 1 && direct_iface(t->u.array.elem);
  case TY_STRUCT: return t->u.strct.nfields == 1 && direct_iface(t->u.strct.fields[0].type);
  default: return false;
  }
}

static bool is_iface(Type *t) { return t && ty_is_interface(t); }

static Type *elem_of(Type *t) {
  t = ty_underlying(t);
  switch (t->kind) {
  case TY_SLICE: return t->u.slice.elem;
  case TY_ARRAY: return t->u.array.elem;
  case TY_POINTER: return t->u.ptr.elem;
  case TY_MAP: return t->u.map.value;
  case TY_CHAN: return t->u.chan.elem;
  default: return NULL;
  }
}

static Expr *unparen(Expr *e) {
  while (e && e->kind == E_PAREN) e = e->u.paren.x;
  return e;
}

/* The position gc gives a node: calls at "(", composite literals at "{",
** selectors at ".", index and slice expressions at "[", binary expressions
** at the operator (ast.h keeps that one already). */
static Pos gopos(const Expr *e) {
  switch (e->kind) {
  case E_PAREN: return gopos(e->u.paren.x);
  case E_CALL: return e->u.call.lparen;
  case E_COMPOSITE: return e->u.composite.lbrace;
  case E_SELECTOR: {
    Pos p = e->u.selector.sel->pos;
    if (p.col > 1) p.col--;
    return p;
  }
  case E_INDEX: return e->u.index.lbrack;
  case E_SLICE: return e->u.slice.lbrack;
  default: return e->pos;
  }
}

/* }================================================================== */

/* {==================================================================
** Locations, holes, edges
** =================================================================== */

Loc *esc_new_loc(EscState *s, const char *name, Pos pos, bool site) {
  Loc *l = arena_alloc(A(s), sizeof *l);
  l->name = name;
  l->pos = pos;
  l->is_site = site;
  l->fn = s->curfn;
  l->loopdepth = s->loopdepth;
  esc_leaks_init(&l->leaks);
  ptrvec_push(A(s), &s->batchlocs, l);
  return l;
}

static Hole hole(Loc *l) { return (Hole){l, 0, false, NULL}; }
static Hole heap_hole(EscState *s) { return hole(&s->heap); }
static Hole discard_hole(EscState *s) { return hole(&s->blank); }
static Hole addr(Hole k) { k.derefs--; k.addr = true; return k; }
static Hole deref(Hole k) { k.derefs++; return k; }
static Hole shift(Hole k, int n) { k.derefs += n; return k; }

void esc_flow(EscState *s, Hole k, Loc *src) {
  if (k.addr) src->addrtaken = true;
  Loc *dst = k.dst;
  if (dst == &s->blank) return;
  if (dst == src && k.derefs >= 0) return; /* x = x, x = *x: nothing new */
  if (dst->escapes && k.derefs < 0) {      /* dst = &src with dst on the heap */
    if (s->level >= 2 && src->name) {
      esc_emit(s, src->pos, "%s escapes to heap:", src->name);
      esc_explain_flow(s, dst, src, k.derefs, k.notes);
    }
    if (!src->escapes) src->reason = "flows to the heap";
    src->escapes = true;
    return;
  }
  if (dst->nedges == dst->capedges) {
    int cap = dst->capedges ? dst->capedges * 2 : 4;
    Edge *e = arena_alloc(A(s), sizeof *e * (size_t)cap);
    if (dst->nedges) memcpy(e, dst->edges, sizeof *e * (size_t)dst->nedges);
    dst->edges = e;
    dst->capedges = cap;
  }
  dst->edges[dst->nedges++] = (Edge){src, k.derefs, k.notes};
}

/* A hole that sends a value to every hole in ks (all with derefs >= 0). */
static Hole tee(EscState *s, Hole *ks, int n) {
  if (n == 0) return discard_hole(s);
  if (n == 1) return ks[0];
  Loc *tmp = esc_new_loc(s, NULL, (Pos){0, 0}, false);
  for (int i = 0; i < n; i++) esc_flow(s, ks[i], tmp);
  return hole(tmp);
}

/* The location of a local variable (created on first use when the
** declaration walk missed it). */
static Loc *var_loc(EscState *s, Object *o) {
  Loc *l = pmap_get(&s->locs, o);
  if (!l) {
    l = esc_new_loc(s, o->name, o->pos, false);
    l->obj = o;
    l->kind = ESC_VAR;
    pmap_put(A(s), &s->locs, o, l);
  }
  return l;
}

static bool is_local(Object *o) {
  return o && o->kind == OBJ_VAR && !o->is_global && strcmp(o->name, "_") != 0;
}

/* gc's HeapAllocReason: allocations too large or of unknown size go to the
** heap whatever the flow says. */
static const char *heap_alloc_reason(EscState *s, EscKind kind, const Expr *e) {
  Type *t = e->type;
  if (!t) return NULL;
  if ((kind == ESC_NEW || kind == ESC_PTRLIT) && elem_of(t)) {
    ty_complete(elem_of(t));
    if (elem_of(t)->size > MAX_IMPLICIT_STACK_VAR) return "too large for stack";
  }
  if (kind == ESC_MAKE && ty_underlying(t)->kind == TY_SLICE) {
    const ExprList *args = &e->u.call.args;
    Expr *r = args->n >= 3 ? args->v[2] : args->n >= 2 ? args->v[1] : NULL;
    if (!r || r->mode != MODE_CONST || !r->cval) return "non-constant size";
    int64_t n = cst_int64_value(r->cval);
    Type *el = elem_of(t);
    ty_complete(el);
    if (el->size != 0 && n > MAX_IMPLICIT_STACK_VAR / el->size) return "too large for stack";
  }
  (void)s;
  return NULL;
}

/* An allocation: a location for e whose address flows to k; returns the
** hole for its contents. */
static Hole spill(EscState *s, Hole k, const Expr *e, EscKind kind, Pos pos, const char *name) {
  Loc *l = esc_new_loc(s, name ? name : esc_expr_text(s, e), pos, true);
  l->kind = kind;
  l->expr = e;
  esc_flow(s, esc_note(s, addr(k), l->name, "spill", pos), l);
  return hole(l);
}

/* }================================================================== */

/* {==================================================================
** Functions and the call graph
** =================================================================== */

static EscFn *fn_of(EscState *s, const void *key) { return pmap_get(&s->fns, key); }

static void collect_fields(EscState *s, PtrVec *out, FieldList *fl) {
  for (int i = 0; i < fl->n; i++) {
    Field *f = fl->v[i];
    if (!f) continue;
    if (f->nnames == 0) ptrvec_push(A(s), out, NULL);
    for (int j = 0; j < f->nnames; j++) ptrvec_push(A(s), out, f->names[j]->u.ident.obj);
  }
}

static EscFn *new_fn(EscState *s, Object *obj, const Expr *lit, Expr *ftype, FieldList *recv, Stmt *body,
                     EscFn *outer) {
  EscFn *fn = arena_alloc(A(s), sizeof *fn);
  fn->obj = obj;
  fn->lit = lit;
  fn->body = body;
  fn->outer = outer;
  fn->sig = obj ? ty_underlying(obj->type) : ty_underlying(lit->type);
  PtrVec ps = {0}, rs = {0};
  if (recv) collect_fields(s, &ps, recv);
  collect_fields(s, &ps, &ftype->u.func.params);
  collect_fields(s, &rs, &ftype->u.func.results);
  fn->nparams = ps.n;
  fn->pobjs = (Object **)ps.v;
  fn->params = arena_alloc(A(s), sizeof(Loc *) * (size_t)(ps.n + 1));
  fn->tags = arena_alloc(A(s), sizeof(Leaks) * (size_t)(ps.n + 1));
  fn->nresults = fn->sig && fn->sig->kind == TY_FUNC ? fn->sig->u.func.nresults : 0;
  fn->results = arena_alloc(A(s), sizeof(Loc *) * (size_t)(fn->nresults + 1));
  /* result objects: named results have them; unnamed ones get ~rN later */
  Object **robjs = arena_alloc(A(s), sizeof(Object *) * (size_t)(fn->nresults + 1));
  for (int i = 0; i < rs.n && i < fn->nresults; i++) robjs[i] = rs.v[i];
  fn->results[0] = NULL;
  fn->ptypes = (Type **)robjs; /* stashed until init_fn (see there) */
  pmap_put(A(s), &s->fns, obj ? (const void *)obj : (const void *)lit, fn);
  ptrvec_push(A(s), &s->allfns, fn);
  return fn;
}

/* Every function literal inside [body] (not inside nested literals) gets
** its EscFn, whose outer is [fn]. Also notes each local's single
** definition and whether it is assigned again (for static callees). */
static void scan_stmt(EscState *s, EscFn *fn, Stmt *st);
static void scan_expr(EscState *s, EscFn *fn, Expr *e);

static void scan_exprs(EscState *s, EscFn *fn, ExprList l) {
  for (int i = 0; i < l.n; i++) scan_expr(s, fn, l.v[i]);
}

static void scan_expr(EscState *s, EscFn *fn, Expr *e) {
  if (!e) return;
  switch (e->kind) {
  case E_FUNCLIT: {
    EscFn *lit = new_fn(s, NULL, e, e->u.funclit.type, NULL, e->u.funclit.body, fn);
    scan_stmt(s, lit, e->u.funclit.body);
    break;
  }
  case E_COMPOSITE: scan_exprs(s, fn, e->u.composite.elts); break;
  case E_KEYVALUE: scan_expr(s, fn, e->u.kv.key); scan_expr(s, fn, e->u.kv.value); break;
  case E_PAREN: scan_expr(s, fn, e->u.paren.x); break;
  case E_SELECTOR: scan_expr(s, fn, e->u.selector.x); break;
  case E_INDEX: scan_expr(s, fn, e->u.index.x); scan_expr(s, fn, e->u.index.index); break;
  case E_SLICE:
    scan_expr(s, fn, e->u.slice.x);
    scan_expr(s, fn, e->u.slice.lo);
    scan_expr(s, fn, e->u.slice.hi);
    scan_expr(s, fn, e->u.slice.max);
    break;
  case E_TYPEASSERT: scan_expr(s, fn, e->u.typeassert.x); break;
  case E_CALL: scan_expr(s, fn, e->u.call.fn); scan_exprs(s, fn, e->u.call.args); break;
  case E_STAR: scan_expr(s, fn, e->u.star.x); break;
  case E_UNARY: scan_expr(s, fn, e->u.unary.x); break;
  case E_BINARY: scan_expr(s, fn, e->u.binary.x); scan_expr(s, fn, e->u.binary.y); break;
  default: break;
  }
}

static void note_assigned(EscState *s, Expr *lhs, bool defining, Expr *value) {
  lhs = unparen(lhs);
  if (!lhs || lhs->kind != E_IDENT || !is_local(lhs->u.ident.obj)) return;
  Object *o = lhs->u.ident.obj;
  if (defining && value && !pmap_get(&s->defs, o)) pmap_put(A(s), &s->defs, o, value);
  else pmap_put(A(s), &s->mutated, o, o);
}

static bool defines(const Expr *id) {
  return id->kind == E_IDENT && id->u.ident.obj && id->u.ident.obj->pos.line == id->pos.line &&
         id->u.ident.obj->pos.col == id->pos.col;
}

static void scan_list(EscState *s, EscFn *fn, StmtList l) {
  for (int i = 0; i < l.n; i++) scan_stmt(s, fn, l.v[i]);
}

static void scan_stmt(EscState *s, EscFn *fn, Stmt *st) {
  if (!st) return;
  switch (st->kind) {
  case S_DECL: {
    Decl *d = st->u.decl;
    if (d->kind != D_GEN || d->u.gen.tok != TK_VAR) break;
    for (int i = 0; i < d->u.gen.nspecs; i++) {
      Spec *sp = d->u.gen.specs[i];
      for (int j = 0; j < sp->u.value.nnames; j++) {
        Object *o = sp->u.value.names[j]->u.ident.obj;
        if (is_local(o)) ptrvec_push(A(s), &fn->vars, o);
        bool one = sp->u.value.values.n == sp->u.value.nnames;
        note_assigned(s, sp->u.value.names[j], true, one ? sp->u.value.values.v[j] : NULL);
      }
      scan_exprs(s, fn, sp->u.value.values);
    }
    break;
  }
  case S_LABELED: scan_stmt(s, fn, st->u.labeled.stmt); break;
  case S_BRANCH: {
    Stmt *t = st->u.branch.target;
    if (st->u.branch.tok == TK_GOTO && t &&
        (t->pos.line < st->pos.line || (t->pos.line == st->pos.line && t->pos.col < st->pos.col)))
      pmap_put(A(s), &s->looping, t, t);
    break;
  }
  case S_EXPR: scan_expr(s, fn, st->u.expr); break;
  case S_SEND: scan_expr(s, fn, st->u.send.chan); scan_expr(s, fn, st->u.send.value); break;
  case S_INCDEC: note_assigned(s, st->u.incdec.x, false, NULL); scan_expr(s, fn, st->u.incdec.x); break;
  case S_ASSIGN: {
    bool def = st->u.assign.tok == TK_DEFINE;
    bool one = st->u.assign.lhs.n == st->u.assign.rhs.n;
    for (int i = 0; i < st->u.assign.lhs.n; i++) {
      Expr *l = st->u.assign.lhs.v[i];
      bool isdef = def && defines(l);
      if (isdef && is_local(l->u.ident.obj)) ptrvec_push(A(s), &fn->vars, l->u.ident.obj);
      note_assigned(s, l, isdef, one ? st->u.assign.rhs.v[i] : NULL);
      if (!isdef) scan_expr(s, fn, l);
    }
    scan_exprs(s, fn, st->u.assign.rhs);
    break;
  }
  case S_GO: case S_DEFER: scan_expr(s, fn, st->u.call); break;
  case S_RETURN: scan_exprs(s, fn, st->u.ret.results); break;
  case S_BLOCK: scan_list(s, fn, st->u.block.list); break;
  case S_IF:
    scan_stmt(s, fn, st->u.ifs.init);
    scan_expr(s, fn, st->u.ifs.cond);
    scan_stmt(s, fn, st->u.ifs.then);
    scan_stmt(s, fn, st->u.ifs.els);
    break;
  case S_CASE:
    scan_exprs(s, fn, st->u.caseclause.list);
    if (st->u.caseclause.implicit) ptrvec_push(A(s), &fn->vars, st->u.caseclause.implicit);
    scan_list(s, fn, st->u.caseclause.body);
    break;
  case S_SWITCH:
    scan_stmt(s, fn, st->u.switchs.init);
    scan_expr(s, fn, st->u.switchs.tag);
    scan_stmt(s, fn, st->u.switchs.body);
    break;
  case S_TYPESWITCH:
    scan_stmt(s, fn, st->u.typeswitch.init);
    scan_stmt(s, fn, st->u.typeswitch.assign);
    scan_stmt(s, fn, st->u.typeswitch.body);
    break;
  case S_COMM: scan_stmt(s, fn, st->u.comm.comm); scan_list(s, fn, st->u.comm.body); break;
  case S_SELECT: scan_stmt(s, fn, st->u.select.body); break;
  case S_FOR:
    scan_stmt(s, fn, st->u.fors.init);
    scan_expr(s, fn, st->u.fors.cond);
    scan_stmt(s, fn, st->u.fors.post);
    scan_stmt(s, fn, st->u.fors.body);
    break;
  case S_RANGE: {
    Expr *kv[2] = {st->u.range.key, st->u.range.value};
    for (int i = 0; i < 2; i++) {
      if (!kv[i]) continue;
      bool isdef = st->u.range.tok == TK_DEFINE && defines(kv[i]);
      if (isdef && is_local(kv[i]->u.ident.obj)) ptrvec_push(A(s), &fn->vars, kv[i]->u.ident.obj);
      note_assigned(s, kv[i], false, NULL);
    }
    scan_expr(s, fn, st->u.range.x);
    scan_stmt(s, fn, st->u.range.body);
    break;
  }
  default: break;
  }
}

/* gc's ir.StaticValue: what a local never assigned after its definition
** (nor address-taken) holds, followed through such locals. */
static Expr *static_value(EscState *s, Expr *e) {
  for (int i = 0; i < 100; i++) {
    e = unparen(e);
    if (!e || e->kind != E_IDENT) return e;
    Object *o = e->u.ident.obj;
    if (!is_local(o) || o->addr_taken || pmap_get(&s->mutated, o)) return e;
    Expr *v = pmap_get(&s->defs, o);
    if (!v) return e;
    e = v;
  }
  return e;
}

/* gc's devirtualization (it runs before escape analysis): a method call
** on an interface whose static value is a conversion from a concrete type
** calls that type's method. Returns the method and sets *typ. */
static Object *devirt(EscState *s, Expr *call, Type **typ) {
  Expr *f = unparen(call->u.call.fn);
  if (!f || f->kind != E_SELECTOR || f->u.selector.obj) return NULL;
  Expr *x = f->u.selector.x;
  if (!x->type || !is_iface(x->type)) return NULL;
  const Selection *sel = chk_selection(s->c, f);
  if (!sel || sel->kind != SEL_METHOD) return NULL;
  Expr *v = static_value(s, x);
  if (!v || v == unparen(x) || !v->type || is_iface(v->type)) return NULL;
  Type *t = v->type, *base = t;
  if (ty_underlying(t)->kind == TY_POINTER && t->kind != TY_NAMED) base = ty_underlying(t)->u.ptr.elem;
  if (base->kind != TY_NAMED) return NULL;
  const char *name = f->u.selector.sel->u.ident.name;
  for (int i = 0; i < base->u.named.nmethods; i++) {
    Method *m = &base->u.named.methods[i];
    if (strcmp(m->name, name) == 0 && m->fn) {
      *typ = t;
      return m->fn;
    }
  }
  return NULL;
}

/* The function a call statically calls: an EscFn, or a native's index in
** *native (else -1). */
static EscFn *static_callee(EscState *s, Expr *call, int *native, bool *method_expr) {
  *native = -1;
  *method_expr = false;
  Expr *f = unparen(call->u.call.fn);
  if (!f) return NULL;
  if (f->kind == E_FUNCLIT) return fn_of(s, f);
  if (f->kind == E_IDENT) {
    Object *o = f->u.ident.obj;
    if (!o) return NULL;
    if (o->kind == OBJ_FUNC) {
      if (o->native >= 0 && !o->decl) *native = o->native;
      return fn_of(s, o);
    }
    Expr *v = static_value(s, f);
    if (v && v != f) {
      if (v->kind == E_FUNCLIT) return fn_of(s, v);
      if (v->kind == E_IDENT && v->u.ident.obj && v->u.ident.obj->kind == OBJ_FUNC) {
        if (v->u.ident.obj->native >= 0 && !v->u.ident.obj->decl) *native = v->u.ident.obj->native;
        return fn_of(s, v->u.ident.obj);
      }
      if (v->kind == E_SELECTOR && !v->u.selector.obj) { /* a method expression T.M */
        const Selection *sel = chk_selection(s->c, v);
        if (sel && sel->kind == SEL_METHOD_EXPR && sel->method) return fn_of(s, sel->method);
      }
    }
    return NULL;
  }
  if (f->kind == E_SELECTOR) {
    Object *po = f->u.selector.obj;
    if (po) {
      if (po->kind == OBJ_FUNC && po->native >= 0) *native = po->native;
      return po->kind == OBJ_FUNC ? fn_of(s, po) : NULL;
    }
    const Selection *sel = chk_selection(s->c, f);
    if (sel && sel->method && (sel->kind == SEL_METHOD || sel->kind == SEL_METHOD_EXPR)) {
      *method_expr = sel->kind == SEL_METHOD_EXPR;
      return fn_of(s, sel->method);
    }
    Type *typ;
    Object *m = devirt(s, call, &typ);
    if (m) return fn_of(s, m);
  }
  return NULL;
}

/* The callees of fn's body, in the order gc's bottom-up visitor meets them
** (references to functions count, as they do for gc). */
static void callees_expr(EscState *s, Expr *e, PtrVec *out);

static void callees_list(EscState *s, ExprList l, PtrVec *out) {
  for (int i = 0; i < l.n; i++) callees_expr(s, l.v[i], out);
}

static void callees_stmt(EscState *s, Stmt *st, PtrVec *out);

static void callees_expr(EscState *s, Expr *e, PtrVec *out) {
  if (!e) return;
  switch (e->kind) {
  case E_IDENT: {
    Object *o = e->u.ident.obj;
    if (s->find_obj && o == s->find_obj && s->found.line == 0) s->found = e->pos;
    EscFn *fn = o && o->kind == OBJ_FUNC ? fn_of(s, o) : NULL;
    if (fn) ptrvec_push(A(s), out, fn);
    break;
  }
  case E_FUNCLIT: callees_stmt(s, e->u.funclit.body, out); break;
  case E_COMPOSITE: callees_list(s, e->u.composite.elts, out); break;
  case E_KEYVALUE: callees_expr(s, e->u.kv.key, out); callees_expr(s, e->u.kv.value, out); break;
  case E_PAREN: callees_expr(s, e->u.paren.x, out); break;
  case E_SELECTOR: {
    const Selection *sel = chk_selection(s->c, e);
    EscFn *fn = sel && sel->method ? fn_of(s, sel->method) : NULL;
    if (fn) ptrvec_push(A(s), out, fn);
    callees_expr(s, e->u.selector.x, out);
    break;
  }
  case E_INDEX: callees_expr(s, e->u.index.x, out); callees_expr(s, e->u.index.index, out); break;
  case E_SLICE:
    callees_expr(s, e->u.slice.x, out);
    callees_expr(s, e->u.slice.lo, out);
    callees_expr(s, e->u.slice.hi, out);
    callees_expr(s, e->u.slice.max, out);
    break;
  case E_TYPEASSERT: callees_expr(s, e->u.typeassert.x, out); break;
  case E_CALL: {
    Type *typ;
    if (s->devirt_pass && devirt(s, e, &typ))
      esc_emit(s, e->u.call.lparen, "devirtualizing %s to %s", esc_expr_text(s, e->u.call.fn),
               ty_string_diag(s->c, typ, NULL));
    callees_expr(s, e->u.call.fn, out);
    callees_list(s, e->u.call.args, out);
    break;
  }
  case E_STAR: callees_expr(s, e->u.star.x, out); break;
  case E_UNARY: callees_expr(s, e->u.unary.x, out); break;
  case E_BINARY: callees_expr(s, e->u.binary.x, out); callees_expr(s, e->u.binary.y, out); break;
  default: break;
  }
}

static void callees_stmts(EscState *s, StmtList l, PtrVec *out) {
  for (int i = 0; i < l.n; i++) callees_stmt(s, l.v[i], out);
}

static void callees_stmt(EscState *s, Stmt *st, PtrVec *out) {
  if (!st) return;
  switch (st->kind) {
  case S_DECL:
    if (st->u.decl->kind == D_GEN && st->u.decl->u.gen.tok == TK_VAR)
      for (int i = 0; i < st->u.decl->u.gen.nspecs; i++) callees_list(s, st->u.decl->u.gen.specs[i]->u.value.values, out);
    break;
  case S_LABELED: callees_stmt(s, st->u.labeled.stmt, out); break;
  case S_EXPR: callees_expr(s, st->u.expr, out); break;
  case S_SEND: callees_expr(s, st->u.send.chan, out); callees_expr(s, st->u.send.value, out); break;
  case S_INCDEC: callees_expr(s, st->u.incdec.x, out); break;
  case S_ASSIGN: callees_list(s, st->u.assign.lhs, out); callees_list(s, st->u.assign.rhs, out); break;
  case S_GO: case S_DEFER: callees_expr(s, st->u.call, out); break;
  case S_RETURN: callees_list(s, st->u.ret.results, out); break;
  case S_BLOCK: callees_stmts(s, st->u.block.list, out); break;
  case S_IF:
    callees_stmt(s, st->u.ifs.init, out);
    callees_expr(s, st->u.ifs.cond, out);
    callees_stmt(s, st->u.ifs.then, out);
    callees_stmt(s, st->u.ifs.els, out);
    break;
  case S_CASE: callees_list(s, st->u.caseclause.list, out); callees_stmts(s, st->u.caseclause.body, out); break;
  case S_SWITCH:
    callees_stmt(s, st->u.switchs.init, out);
    callees_expr(s, st->u.switchs.tag, out);
    callees_stmt(s, st->u.switchs.body, out);
    break;
  case S_TYPESWITCH:
    callees_stmt(s, st->u.typeswitch.init, out);
    callees_stmt(s, st->u.typeswitch.assign, out);
    callees_stmt(s, st->u.typeswitch.body, out);
    break;
  case S_COMM: callees_stmt(s, st->u.comm.comm, out); callees_stmts(s, st->u.comm.body, out); break;
  case S_SELECT: callees_stmt(s, st->u.select.body, out); break;
  case S_FOR:
    callees_stmt(s, st->u.fors.init, out);
    callees_expr(s, st->u.fors.cond, out);
    callees_stmt(s, st->u.fors.post, out);
    callees_stmt(s, st->u.fors.body, out);
    break;
  case S_RANGE:
    callees_expr(s, st->u.range.key, out);
    callees_expr(s, st->u.range.value, out);
    callees_expr(s, st->u.range.x, out);
    callees_stmt(s, st->u.range.body, out);
    break;
  default: break;
  }
}

/* }================================================================== */

/* {==================================================================
** Walking expressions (gc's expr.go and call.go)
** =================================================================== */

static void expr(EscState *s, Hole k, Expr *e);
static void call(EscState *s, Hole *ks, int nks, Expr *e);
static Hole tag_hole(EscState *s, Hole *ks, int nks, EscFn *fn, int native, int pi, Type *ptype);
static Hole closure(EscState *s, Hole k, Expr *lit);

static void discard(EscState *s, Expr *e) { expr(s, discard_hole(s), e); }

static void discard_list(EscState *s, ExprList l) {
  for (int i = 0; i < l.n; i++) discard(s, l.v[i]);
}

/* e assigned to a place of type [to]: a non-pointer value converted to an
** interface is boxed, at [pos]. */
static void expr_conv(EscState *s, Hole k, Expr *e, Type *to, Pos pos) {
  Expr *u = unparen(e);
  if (u && to && is_iface(to) && u->type && !is_iface(u->type) && u->mode != MODE_NIL &&
      ty_underlying(u->type)->kind != TY_UNTYPED_NIL && u->mode != MODE_TYPE) {
    Type *t = ty_is_untyped(u->type) ? ty_default(u->type) : u->type;
    if (!direct_iface(t)) {
      k = spill(s, k, u, ESC_IFACE, pos, esc_expr_text(s, u));
    }
    k = esc_note(s, k, esc_expr_text(s, u), "interface-converted", pos);
    /* the boxed copy, or the pointer itself, holds what e holds */
    if (u->mode == MODE_CONST) return;
    /* a value without pointers carries nothing, but may allocate inside */
    expr(s, k.derefs >= 0 && !esc_has_pointers(t) ? discard_hole(s) : k, u);
    return;
  }
  expr(s, k, e);
}

static bool is_string_type(Type *t) { return t && ty_is_string(t); }

/* Composite literal elements into k (k already the literal's storage for
** slices and maps). */
static void composite(EscState *s, Hole k, Expr *e) {
  Type *t = ty_underlying(e->type);
  ExprList elts = e->u.composite.elts;
  if (t->kind == TY_POINTER) t = ty_underlying(t->u.ptr.elem); /* elided &T */
  for (int i = 0; i < elts.n; i++) {
    Expr *el = elts.v[i];
    Expr *key = NULL;
    if (el && el->kind == E_KEYVALUE) {
      key = el->u.kv.key;
      el = el->u.kv.value;
    }
    switch (t->kind) {
    case TY_STRUCT: {
      Type *ft = NULL;
      if (key && key->kind == E_IDENT) {
        for (int j = 0; j < t->u.strct.nfields; j++)
          if (strcmp(t->u.strct.fields[j].name, key->u.ident.name) == 0) ft = t->u.strct.fields[j].type;
      } else if (i < t->u.strct.nfields) {
        ft = t->u.strct.fields[i].type;
      }
      expr_conv(s, esc_note(s, k, esc_expr_text(s, e), "struct literal element", gopos(e)), el, ft, gopos(el));
      break;
    }
    case TY_MAP:
      expr_conv(s, esc_note(s, heap_hole(s), esc_expr_text(s, e), "map literal key", gopos(e)), key, t->u.map.key,
                key ? gopos(key) : e->pos);
      expr_conv(s, esc_note(s, heap_hole(s), esc_expr_text(s, e), "map literal value", gopos(e)), el,
                t->u.map.value, gopos(el));
      break;
    default:
      if (key) discard(s, key);
      expr_conv(s, esc_note(s, k, esc_expr_text(s, e), t->kind == TY_ARRAY ? "array literal element" : "slice-literal-element", gopos(e)), el, elem_of(t), gopos(el));
      break;
    }
  }
}

/* A composite literal as a value into k. */
static void composite_value(EscState *s, Hole k, Expr *e) {
  Type *t = ty_underlying(e->type);
  if (t->kind == TY_SLICE) {
    composite(s, spill(s, k, e, ESC_SLICELIT, gopos(e), NULL), e);
  } else if (t->kind == TY_MAP) {
    composite(s, spill(s, k, e, ESC_MAPLIT, gopos(e), NULL), e);
  } else if (t->kind == TY_POINTER) {
    composite(s, spill(s, k, e, ESC_PTRLIT, gopos(e), NULL), e);
  } else {
    composite(s, k, e);
  }
}

/* Concatenated operands of a string + chain, discarded: the runtime copies
** them. */
static void discard_concat(EscState *s, Expr *e) {
  Expr *u = unparen(e);
  if (u && u->kind == E_BINARY && u->u.binary.op == TK_ADD && u->mode != MODE_CONST && is_string_type(u->type)) {
    discard_concat(s, u->u.binary.x);
    discard_concat(s, u->u.binary.y);
    return;
  }
  discard(s, e);
}

static void selector(EscState *s, Hole k, Expr *e) {
  if (e->u.selector.obj) return; /* a package member: global */
  const Selection *sel = chk_selection(s->c, e);
  if (!sel) {
    discard(s, e->u.selector.x);
    return;
  }
  if (sel->kind == SEL_METHOD) { /* a method value x.M */
    Hole closk = spill(s, k, e, ESC_METHVAL, gopos(e), NULL);
    EscFn *m = sel->method ? fn_of(s, sel->method) : NULL;
    /* gc cannot know how the method value will be called: its results are
    ** assumed to go to the heap */
    Hole res[ESC_NRESULTS];
    int nres = m ? (m->nresults < ESC_NRESULTS ? m->nresults : ESC_NRESULTS) : 0;
    for (int i = 0; i < nres; i++) res[i] = heap_hole(s);
    Hole two[2] = {tag_hole(s, res, nres, m, -1, 0, NULL), closk};
    Hole rk = tee(s, two, 2);
    Type *xt = e->u.selector.x->type;
    bool xptr = xt && ty_underlying(xt)->kind == TY_POINTER;
    if (sel->m && sel->m->ptr_recv && !xptr) rk = addr(rk);
    else if (sel->m && !sel->m->ptr_recv && xptr) rk = deref(rk);
    expr(s, rk, e->u.selector.x);
    return;
  }
  if (sel->kind == SEL_METHOD_EXPR) return;
  /* a field: through a pointer when one was dereferenced on the path */
  expr(s, sel->indirect ? esc_note(s, deref(k), esc_expr_text(s, e), "dot of pointer", gopos(e))
                        : esc_note(s, k, esc_expr_text(s, e), "dot", gopos(e)),
       e->u.selector.x);
}

static void unary(EscState *s, Hole k, Expr *e) {
  Expr *x = unparen(e->u.unary.x);
  switch (e->u.unary.op) {
  case TK_AND:
    if (x && x->kind == E_COMPOSITE) { /* &[]T{...}: the slice's array too */
      composite_value(s, spill(s, k, e, ESC_PTRLIT, e->pos, NULL), x);
      return;
    }
    expr(s, esc_note(s, addr(k), esc_expr_text(s, e), "address-of", e->pos), x);
    return;
  default: discard(s, x); return;
  }
}

static void index_expr(EscState *s, Hole k, Expr *e) {
  Type *t = e->u.index.x->type ? ty_underlying(e->u.index.x->type) : NULL;
  if (t && t->kind == TY_ARRAY) expr(s, esc_note(s, k, esc_expr_text(s, e), "fixed-array-index-of", gopos(e)), e->u.index.x);
  else if (t && (t->kind == TY_SLICE || t->kind == TY_POINTER))
    expr(s, esc_note(s, deref(k), esc_expr_text(s, e), "dot of pointer", gopos(e)), e->u.index.x);
  else discard(s, e->u.index.x);
  if (t && t->kind == TY_MAP) expr_conv(s, discard_hole(s), e->u.index.index, t->u.map.key, gopos(e->u.index.index));
  else discard(s, e->u.index.index);
}

static void slice_expr(EscState *s, Hole k, Expr *e) {
  Type *t = e->u.slice.x->type ? ty_underlying(e->u.slice.x->type) : NULL;
  Hole sk = esc_note(s, k, esc_expr_text(s, e), "slice", gopos(e));
  if (t && t->kind == TY_ARRAY) /* a[:] takes a's address */
    expr(s, esc_note(s, addr(sk), esc_expr_text(s, e->u.slice.x), "address-of", gopos(e->u.slice.x)), e->u.slice.x);
  else expr(s, sk, e->u.slice.x);
  discard(s, e->u.slice.lo);
  discard(s, e->u.slice.hi);
  discard(s, e->u.slice.max);
}

static void expr(EscState *s, Hole k, Expr *e) {
  if (!e) return;
  e = unparen(e);
  if (e->mode == MODE_TYPE || e->mode == MODE_CONST || e->mode == MODE_INVALID) return;
  if (k.derefs >= 0 && e->type && !ty_is_untyped(e->type) && !esc_has_pointers(e->type) && e->kind != E_CALL)
    k = discard_hole(s);
  switch (e->kind) {
  case E_IDENT:
    if (is_local(e->u.ident.obj)) esc_flow(s, k, var_loc(s, e->u.ident.obj));
    break;
  case E_COMPOSITE: composite_value(s, k, e); break;
  case E_FUNCLIT: closure(s, k, e); break;
  case E_SELECTOR: selector(s, k, e); break;
  case E_INDEX: index_expr(s, k, e); break;
  case E_SLICE: slice_expr(s, k, e); break;
  case E_TYPEASSERT: {
    Type *t = e->type;
    Expr *x = unparen(e->u.typeassert.x);
    Pos dot = ast_start_pos(e);
    if (x->kind == E_IDENT) dot.col = x->pos.col + (int)strlen(x->u.ident.name);
    Hole tk = t && !is_iface(t) && !direct_iface(t) ? deref(k) : k;
    expr(s, esc_note(s, tk, esc_expr_text(s, e), "dot", dot), e->u.typeassert.x);
    break;
  }
  case E_CALL: call(s, &k, 1, e); break;
  case E_STAR: expr(s, esc_note(s, deref(k), esc_expr_text(s, e), "indirection", e->pos), e->u.star.x); break;
  case E_UNARY: unary(s, k, e); break;
  case E_BINARY:
    if (e->u.binary.op == TK_ADD && is_string_type(e->type)) {
      spill(s, k, e, ESC_CONCAT, e->pos, NULL);
      discard_concat(s, e->u.binary.x);
      discard_concat(s, e->u.binary.y);
    } else {
      discard(s, e->u.binary.x);
      discard(s, e->u.binary.y);
    }
    break;
  default: break;
  }
}

/* {------------------------------------------------------------------
** Calls
** ------------------------------------------------------------------- */

/* Native standard-library functions: their parameters' tags, as gc
** computes them for the real implementations. */
static Leaks native_tag(EscState *s, int native, int param, Type *ptype) {
  Leaks l;
  esc_leaks_init(&l);
  (void)s;
  (void)native;
  if (!esc_has_pointers(ptype)) return l;
  /* fmt's ...any: the contents go to the heap (the slice itself does
  ** not); strings (format) and *MemStats go nowhere; anything else
  ** defaults to "leaks" (safe) */
  Type *u = ty_underlying(ptype);
  if (u->kind == TY_SLICE && is_iface(u->u.slice.elem)) l.heap = 1;
  else if (u->kind == TY_STRING || u->kind == TY_POINTER) (void)0;
  else l.heap = 0;
  (void)param;
  return l;
}

/* The hole for the argument of parameter [pi] of a call whose callee is
** [fn] (NULL: unknown) or the native [native]. */
static Hole tag_hole(EscState *s, Hole *ks, int nks, EscFn *fn, int native, int pi, Type *ptype) {
  if (!fn && native < 0) return heap_hole(s);
  if (fn && fn->batch == s->batchno && !fn->tagged) {
    Loc *p = pi < fn->nparams ? fn->params[pi] : NULL;
    return p ? hole(p) : discard_hole(s);
  }
  Leaks l = fn ? (pi < fn->nparams ? fn->tags[pi] : (Leaks){0}) : native_tag(s, native, pi, ptype);
  if (fn && pi >= fn->nparams) esc_leaks_init(&l);
  Hole hs[1 + ESC_NRESULTS];
  int n = 0;
  if (l.heap >= 0) hs[n++] = shift(heap_hole(s), l.heap);
  for (int i = 0; i < ESC_NRESULTS && i < nks; i++)
    if (l.result[i] >= 0) hs[n++] = shift(ks[i], l.result[i]);
  return tee(s, hs, n);
}

static Type *sig_param(Type *sig, int i) {
  if (!sig || sig->kind != TY_FUNC || i >= sig->u.func.nparams) return NULL;
  return sig->u.func.params[i];
}

static void conversion(EscState *s, Hole k, Expr *e) {
  Type *to = e->type;
  Expr *x = e->u.call.args.n > 0 ? e->u.call.args.v[0] : NULL;
  if (!x) return;
  Type *from = x->type ? ty_underlying(x->type) : NULL;
  Type *tu = ty_underlying(to);
  if (is_iface(to)) {
    expr_conv(s, k, x, to, e->u.call.lparen);
    return;
  }
  bool to_bytes = tu->kind == TY_SLICE && from && is_string_type(from);
  bool to_string = is_string_type(tu) && from && (from->kind == TY_SLICE || ty_is_integer(from));
  if ((to_bytes || to_string) && e->mode != MODE_CONST) {
    spill(s, k, e, ESC_STRCONV, gopos(e), NULL);
    discard(s, x);
    return;
  }
  expr(s, k, x);
}

static Hole param_note(EscState *s, Hole k, Expr *call) {
  return esc_note(s, k, esc_expr_text(s, call), "call parameter", call->u.call.lparen);
}

static void builtin(EscState *s, Hole k, Expr *e, Builtin id) {
  ExprList args = e->u.call.args;
  switch (id) {
  case BI_NEW: spill(s, k, e, ESC_NEW, gopos(e), NULL); break;
  case BI_MAKE: {
    Type *t = ty_underlying(e->type);
    if (t->kind == TY_SLICE || t->kind == TY_MAP) spill(s, k, e, ESC_MAKE, gopos(e), NULL);
    for (int i = 1; i < args.n; i++) discard(s, args.v[i]);
    break;
  }
  case BI_APPEND: {
    if (args.n == 0) break;
    Type *st = args.v[0]->type;
    Type *el = st ? elem_of(st) : NULL;
    Hole ak = k;
    if (esc_has_pointers(el)) {
      Hole two[2] = {k, esc_note(s, deref(heap_hole(s)), esc_expr_text(s, e), "appendee slice", e->u.call.lparen)};
      ak = tee(s, two, 2);
    }
    expr(s, param_note(s, ak, e), args.v[0]);
    if (e->u.call.has_ellipsis) {
      Type *yt = args.n > 1 && args.v[1]->type ? ty_underlying(args.v[1]->type) : NULL;
      if (yt && yt->kind == TY_SLICE && esc_has_pointers(yt->u.slice.elem))
        expr(s, param_note(s, esc_note(s, deref(heap_hole(s)), esc_expr_text(s, e), "appended slice...", e->u.call.lparen), e),
             args.v[1]);
      else if (args.n > 1) discard(s, args.v[1]);
    } else {
      for (int i = 1; i < args.n; i++) expr_conv(s, param_note(s, heap_hole(s), e), args.v[i], el, gopos(args.v[i]));
    }
    break;
  }
  case BI_COPY: {
    if (args.n < 2) break;
    discard(s, args.v[0]);
    Type *yt = args.v[1]->type ? ty_underlying(args.v[1]->type) : NULL;
    if (yt && yt->kind == TY_SLICE && esc_has_pointers(yt->u.slice.elem))
      expr(s, param_note(s, esc_note(s, deref(heap_hole(s)), esc_expr_text(s, e), "copied slice", e->u.call.lparen), e),
           args.v[1]);
    else discard(s, args.v[1]);
    break;
  }
  case BI_PANIC:
    if (args.n == 1) {
      Expr *a = unparen(args.v[0]);
      expr_conv(s, param_note(s, heap_hole(s), e), a, s->c->checker ? ((Checker *)s->c->checker)->any_type : NULL,
                a->mode == MODE_CONST ? e->u.call.lparen : gopos(a));
    }
    break;
  default: discard_list(s, args); break;
  }
}

/* The conversion position gc gives an argument: its own, except that a
** plain name takes that of the argument before it (or the call's "(") —
** the position gc's type checker last saw. */
static Pos arg_pos(Expr *a, Pos *last) {
  Expr *u = unparen(a);
  if (u->kind == E_IDENT && u->mode != MODE_CONST && u->mode != MODE_NIL) return *last;
  *last = gopos(u);
  return *last;
}

static void call(EscState *s, Hole *ks, int nks, Expr *e) {
  Expr *f = unparen(e->u.call.fn);
  if (f->mode == MODE_TYPE) {
    conversion(s, nks ? ks[0] : discard_hole(s), e);
    return;
  }
  if (f->mode == MODE_BUILTIN) {
    Object *o = f->kind == E_IDENT ? f->u.ident.obj : NULL;
    builtin(s, nks ? ks[0] : discard_hole(s), e, o ? o->builtin : BI_NONE);
    return;
  }
  int native;
  bool mexpr;
  EscFn *fn = static_callee(s, e, &native, &mexpr);
  Type *sig = f->type ? ty_underlying(f->type) : NULL;
  /* results of a callee in this batch flow to the call's holes */
  if (fn && fn->batch == s->batchno && !fn->tagged)
    for (int i = 0; i < nks && i < fn->nresults; i++)
      if (fn->results[i]) esc_flow(s, ks[i], fn->results[i]);
  if (fn && fn->lit && unparen(e->u.call.fn)->kind == E_FUNCLIT) fn->called_directly = true;

  ExprList args = e->u.call.args;
  int ai = 0, pi = 0;
  const Selection *sel = f->kind == E_SELECTOR && !f->u.selector.obj ? chk_selection(s->c, f) : NULL;
  if (sel && sel->kind == SEL_METHOD) {
    /* x.M(...): the receiver is x, with the implicit & or * */
    Hole rk = tag_hole(s, ks, nks, fn, native, pi++, NULL);
    if (!fn) rk = heap_hole(s);
    Type *xt = f->u.selector.x->type;
    bool xptr = xt && ty_underlying(xt)->kind == TY_POINTER;
    if (s->level >= 2 && fn && fn->obj && !is_iface(xt))
      rk = esc_note(s, rk, esc_method_call_text(s, e, fn->obj, sel->m && sel->m->ptr_recv), "call parameter",
                    e->u.call.lparen);
    else
      rk = param_note(s, rk, e);
    if (sel->m && sel->m->ptr_recv && !xptr && !is_iface(xt))
      rk = esc_note(s, addr(rk), esc_expr_text(s, f->u.selector.x), "address-of", gopos(f));
    else if (sel->m && !sel->m->ptr_recv && xptr)
      rk = esc_note(s, deref(rk), esc_expr_text(s, f->u.selector.x), "indirection", gopos(f));
    expr(s, rk, f->u.selector.x);
  } else { /* also T.M(x, ...): its signature has the receiver first */
    expr(s, discard_hole(s), e->u.call.fn); /* the callee value itself */
  }
  int fpi = 0; /* index among the signature's own parameters */
  Pos last = e->u.call.lparen;
  bool variadic = sig && sig->kind == TY_FUNC && sig->u.func.variadic && !e->u.call.has_ellipsis;
  int nfixed = sig && sig->kind == TY_FUNC ? sig->u.func.nparams - (variadic ? 1 : 0) : args.n;
  if (args.n == 1 && args.v[0]->type && args.v[0]->type->kind == TY_TUPLE && nfixed + variadic > 1) {
    /* f(g()): g's results are f's arguments */
    Hole hs[ESC_NRESULTS];
    int n = 0;
    for (; n < ESC_NRESULTS && fpi + n < nfixed; n++) hs[n] = tag_hole(s, ks, nks, fn, native, pi + n, sig_param(sig, fpi + n));
    call(s, hs, n, unparen(args.v[0]));
    return;
  }
  for (; ai < args.n && fpi < nfixed; ai++, fpi++, pi++) {
    Type *pt = sig_param(sig, fpi);
    Hole k = esc_note(s, tag_hole(s, ks, nks, fn, native, pi, pt), esc_expr_text(s, e), "call parameter",
                      e->u.call.lparen);
    expr_conv(s, k, args.v[ai], pt, arg_pos(args.v[ai], &last));
  }
  if (variadic) {
    Type *pt = sig_param(sig, nfixed);
    Hole k = esc_note(s, tag_hole(s, ks, nks, fn, native, pi, pt), esc_expr_text(s, e), "call parameter",
                      e->u.call.lparen);
    if (ai < args.n) {
      Hole dk = spill(s, k, e, ESC_DDD, e->u.call.lparen, "... argument");
      dk = esc_note(s, dk, "... argument", "slice-literal-element", e->u.call.lparen);
      Type *el = elem_of(pt);
      for (; ai < args.n; ai++) expr_conv(s, dk, args.v[ai], el, arg_pos(args.v[ai], &last));
    }
  }
  for (; ai < args.n; ai++) discard(s, args.v[ai]);
}

/* A function literal: its storage, and the walk of its body. */
static void walk_fn(EscState *s, EscFn *fn);

static Hole closure(EscState *s, Hole k, Expr *lit) {
  Hole ck = spill(s, k, lit, ESC_CLOSURE, lit->pos, "func literal");
  EscFn *fn = fn_of(s, lit);
  int n;
  Object **caps = chk_captures(s->c, lit, &n);
  for (int i = 0; i < n; i++) {
    Loc *l = var_loc(s, caps[i]);
    if (!l->captured) {
      l->captured = true;
      if (l->loopdepth == s->loopdepth) l->reassigned = false;
    }
  }
  EscClosure *c = arena_alloc(A(s), sizeof *c);
  *c = (EscClosure){ck, lit, fn};
  ptrvec_push(A(s), &s->closures, c);
  if (fn) walk_fn(s, fn);
  return ck;
}

/* After the batch is walked: captured variables flow into the closures,
** by value when gc captures them by value (never reassigned, not
** address-taken, at most 128 bytes), else by reference. */
static const char *fn_name(EscState *s, EscFn *fn);

static void flow_closures(EscState *s) {
  for (int i = 0; i < s->closures.n; i++) {
    EscClosure *c = s->closures.v[i];
    int n;
    Object **caps = chk_captures(s->c, (Expr *)c->lit, &n);
    for (int j = 0; j < n; j++) {
      Loc *l = var_loc(s, caps[j]);
      ty_complete(caps[j]->type);
      bool byval = !l->addrtaken && !l->reassigned && caps[j]->type->size <= 128;
      Hole k = c->k;
      if (s->level >= 2) {
        EscFn *owner = l->fn;
        esc_emit(s, caps[j]->pos, "%s capturing by %s: %s (addr=%s assign=%s width=%lld)",
                 fn_name(s, owner), byval ? "value" : "ref", caps[j]->name,
                 l->addrtaken ? "true" : "false", l->reassigned ? "true" : "false", (long long)caps[j]->type->size);
      }
      Pos use = caps[j]->pos;
      if (s->level >= 2) { /* gc's closure variable sits at the first use inside the literal */
        PtrVec ignored = {0};
        s->find_obj = caps[j];
        s->found = (Pos){0, 0};
        callees_stmt(s, c->lit->u.funclit.body, &ignored);
        if (s->found.line) use = s->found;
        s->find_obj = NULL;
      }
      if (!byval) k = esc_note(s, addr(k), caps[j]->name, "reference", use);
      k = esc_note(s, k, caps[j]->name, "captured by a closure", use);
      esc_flow(s, k, l);
    }
  }
}

/* }------------------------------------------------------------------ */

/* }================================================================== */

/* {==================================================================
** Walking statements (gc's stmt.go and assign.go)
** =================================================================== */

static void stmt(EscState *s, Stmt *st);

static void block(EscState *s, StmtList l) {
  for (int i = 0; i < l.n; i++) stmt(s, l.v[i]);
}

/* The hole for an assignment's destination. */
static Hole addr_hole(EscState *s, Expr *lhs) {
  Expr *e = unparen(lhs);
  if (!e) return discard_hole(s);
  switch (e->kind) {
  case E_IDENT: {
    Object *o = e->u.ident.obj;
    if (!o || strcmp(e->u.ident.name, "_") == 0) return discard_hole(s);
    if (o->kind == OBJ_VAR && o->is_global) return heap_hole(s);
    return is_local(o) ? hole(var_loc(s, o)) : discard_hole(s);
  }
  case E_SELECTOR: {
    const Selection *sel = chk_selection(s->c, e);
    if (e->u.selector.obj) return heap_hole(s); /* package variable */
    if (sel && !sel->indirect) return addr_hole(s, e->u.selector.x);
    discard(s, e->u.selector.x);
    return heap_hole(s);
  }
  case E_INDEX: {
    Type *t = e->u.index.x->type ? ty_underlying(e->u.index.x->type) : NULL;
    if (t && t->kind == TY_MAP) {
      discard(s, e->u.index.x);
      expr_conv(s, heap_hole(s), e->u.index.index, t->u.map.key, gopos(e->u.index.index));
      return heap_hole(s);
    }
    discard(s, e->u.index.index);
    if (t && t->kind == TY_ARRAY) return addr_hole(s, e->u.index.x);
    discard(s, e->u.index.x);
    return heap_hole(s);
  }
  case E_STAR: discard(s, e->u.star.x); return heap_hole(s);
  default: discard(s, e); return heap_hole(s);
  }
}

/* gc's mayAffectMemory: whether evaluating an index might write memory. */
static bool may_affect_memory(Expr *e) {
  e = unparen(e);
  if (!e || e->mode == MODE_CONST || e->mode == MODE_NIL) return false;
  switch (e->kind) {
  case E_IDENT: case E_BASICLIT: return false;
  case E_BINARY:
    switch (e->u.binary.op) {
    case TK_ADD: case TK_SUB: case TK_OR: case TK_XOR: case TK_MUL: case TK_SHL: case TK_SHR: case TK_AND:
    case TK_AND_NOT: case TK_QUO: case TK_REM:
      return may_affect_memory(e->u.binary.x) || may_affect_memory(e->u.binary.y);
    default: return true;
    }
  case E_INDEX: return may_affect_memory(e->u.index.x) || may_affect_memory(e->u.index.index);
  case E_UNARY: return e->u.unary.op == TK_ARROW || may_affect_memory(e->u.unary.x);
  case E_SELECTOR: return may_affect_memory(e->u.selector.x);
  case E_STAR: return may_affect_memory(e->u.star.x);
  default: return true;
  }
}

/* gc's SameSafeExpr, for the shapes self-assignments take. */
static bool same_safe(Expr *a, Expr *b) {
  a = unparen(a);
  b = unparen(b);
  if (!a || !b || a->kind != b->kind) return false;
  switch (a->kind) {
  case E_IDENT: return a->u.ident.obj && a->u.ident.obj == b->u.ident.obj;
  case E_SELECTOR:
    return strcmp(a->u.selector.sel->u.ident.name, b->u.selector.sel->u.ident.name) == 0 &&
           same_safe(a->u.selector.x, b->u.selector.x);
  case E_STAR: return same_safe(a->u.star.x, b->u.star.x);
  case E_INDEX: return same_safe(a->u.index.x, b->u.index.x) && same_safe(a->u.index.index, b->u.index.index);
  case E_BASICLIT: return a->u.lit.len == b->u.lit.len && memcmp(a->u.lit.raw, b->u.lit.raw, (size_t)a->u.lit.len) == 0;
  default: return false;
  }
}

/* The variable p of *p or p.f through a pointer, else NULL. */
static Object *deref_base(EscState *s, Expr *e) {
  e = unparen(e);
  Expr *x = NULL;
  if (e->kind == E_STAR) x = e->u.star.x;
  else if (e->kind == E_SELECTOR && !e->u.selector.obj) {
    const Selection *sel = chk_selection(s->c, e);
    if (sel && sel->kind == SEL_FIELD && sel->indirect) x = e->u.selector.x;
  }
  x = unparen(x);
  return x && x->kind == E_IDENT && is_local(x->u.ident.obj) ? x->u.ident.obj : NULL;
}

/* gc's isSelfAssign: x.f = x.g, s[i] = s[j], b.buf = b.buf[i:j] move
** nothing new into x, s or b. */
static bool is_self_assign(EscState *s, Expr *dst, Expr *src) {
  dst = unparen(dst);
  src = unparen(src);
  if (!dst || !src) return false;
  if (src->kind == E_SLICE) {
    Object *d = deref_base(s, dst);
    Type *xt = src->u.slice.x->type ? ty_underlying(src->u.slice.x->type) : NULL;
    if (d && xt && xt->kind != TY_ARRAY && deref_base(s, src->u.slice.x) == d) return true;
  }
  if (dst->kind != src->kind) return false;
  if (dst->kind == E_SELECTOR && !dst->u.selector.obj && !src->u.selector.obj)
    return same_safe(dst->u.selector.x, src->u.selector.x);
  if (dst->kind == E_INDEX) {
    Type *t = dst->u.index.x->type ? ty_underlying(dst->u.index.x->type) : NULL;
    if (!t || t->kind == TY_MAP || t->kind == TY_STRING) return false;
    if (may_affect_memory(dst->u.index.index) || may_affect_memory(src->u.index.index)) return false;
    return same_safe(dst->u.index.x, src->u.index.x);
  }
  return false;
}

/* A function's name as gc prints it in diagnostics: f, T.M, (*T).M. */
static const char *fn_name(EscState *s, EscFn *fn) {
  if (fn && fn->lit && fn->outer) { /* gc names closures outer.funcN, nested outer.funcN.M */
    int k = 0;
    for (int i = 0; i < s->allfns.n; i++) {
      EscFn *g = s->allfns.v[i];
      if (g->outer == fn->outer) k++;
      if (g == fn) break;
    }
    const char *o = fn_name(s, fn->outer);
    size_t n = strlen(o) + 24;
    char *b = arena_alloc(A(s), n);
    snprintf(b, n, fn->outer->lit ? "%s.%d" : "%s.func%d", o, k);
    return b;
  }
  if (!fn || !fn->obj) return "func";
  Loc *r = fn->nparams > 0 && fn->obj->decl && fn->obj->decl->u.func.recv ? fn->params[0] : NULL;
  Object *ro = r ? r->obj : (fn->obj->decl && fn->obj->decl->u.func.recv ? fn->pobjs[0] : NULL);
  if (!ro || !ro->type) return fn->obj->name;
  Type *rt = ro->type;
  bool ptr = rt->kind == TY_POINTER;
  if (ptr) rt = rt->u.ptr.elem;
  const char *tn = ty_string_diag(s->c, rt, NULL);
  size_t n = strlen(tn) + strlen(fn->obj->name) + 8;
  char *b = arena_alloc(A(s), n);
  snprintf(b, n, ptr ? "(*%s).%s" : "%s.%s", tn, fn->obj->name);
  return b;
}

static void mark_reassigned(Hole k, Expr *lhs, bool defining) {
  if (defining) return;
  Expr *e = unparen(lhs);
  if (e && e->kind == E_IDENT && k.dst && k.dst->obj) k.dst->reassigned = true;
}

static void declare(EscState *s, Object *o) {
  if (is_local(o)) var_loc(s, o)->loopdepth = s->loopdepth;
}

/* lhs[i] = rhs[i] (or lhs... = one multi-valued rhs). */
static void assign_list(EscState *s, Expr **lhs, int nl, Expr **rhs, int nr, bool define, Pos stmtpos,
                        const Stmt *st) {
  Hole *ks = arena_alloc(A(s), sizeof(Hole) * (size_t)(nl + 1));
  bool *defs = arena_alloc(A(s), sizeof(bool) * (size_t)(nl + 1));
  for (int i = 0; i < nl; i++) {
    defs[i] = define && defines(unparen(lhs[i]));
    if (defs[i]) declare(s, unparen(lhs[i])->u.ident.obj);
  }
  for (int i = 0; i < nl; i++) ks[i] = addr_hole(s, lhs[i]);
  if (st && s->level >= 2)
    for (int i = 0; i < nl; i++) ks[i] = esc_note(s, ks[i], esc_stmt_text(s, st), "assign", st->u.assign.tokpos);
  if (nr == nl) {
    for (int i = 0; i < nl; i++) {
      Expr *r = unparen(rhs[i]);
      if (st && is_self_assign(s, lhs[i], rhs[i])) {
        esc_emit(s, st->u.assign.tokpos, "%s ignoring self-assignment in %s", fn_name(s, s->curfn),
                 esc_stmt_text(s, st));
        ks[i] = discard_hole(s);
      }
      Pos p = r && r->kind == E_IDENT ? ast_start_pos(lhs[i]) : (r ? gopos(r) : stmtpos);
      expr_conv(s, ks[i], rhs[i], lhs[i]->type, p);
    }
  } else if (nr == 1) {
    Expr *r = unparen(rhs[0]);
    if (r->kind == E_CALL) call(s, ks, nl, r);
    else expr(s, ks[0], r); /* v, ok = m[k] / x.(T) / <-c */
  }
  for (int i = 0; i < nl; i++) mark_reassigned(ks[i], lhs[i], defs[i]);
}

static void var_decl(EscState *s, Decl *d) {
  if (d->kind != D_GEN || d->u.gen.tok != TK_VAR) return;
  for (int i = 0; i < d->u.gen.nspecs; i++) {
    Spec *sp = d->u.gen.specs[i];
    for (int j = 0; j < sp->u.value.nnames; j++) declare(s, sp->u.value.names[j]->u.ident.obj);
    ExprList v = sp->u.value.values;
    if (v.n == 0) continue;
    if (v.n == sp->u.value.nnames) {
      for (int j = 0; j < v.n; j++) {
        Expr *name = sp->u.value.names[j];
        Expr *r = unparen(v.v[j]);
        Pos p = r->mode == MODE_CONST ? name->pos : gopos(r);
        Hole k = addr_hole(s, name);
        if (s->level >= 2) {
          const char *vt = esc_expr_text(s, r);
          char *w = arena_alloc(A(s), strlen(vt) + strlen(name->u.ident.name) + 4);
          sprintf(w, "%s = %s", name->u.ident.name, vt);
          k = esc_note(s, k, w, "assign", name->pos);
        }
        expr_conv(s, k, v.v[j], name->type ? name->type : name->u.ident.obj->type, p);
      }
    } else {
      Hole ks[ESC_NRESULTS + 1];
      int n = sp->u.value.nnames <= ESC_NRESULTS ? sp->u.value.nnames : ESC_NRESULTS;
      for (int j = 0; j < n; j++) ks[j] = addr_hole(s, sp->u.value.names[j]);
      Expr *r = unparen(v.v[0]);
      if (r->kind == E_CALL) call(s, ks, n, r);
      else expr(s, ks[0], r);
    }
  }
}

static void go_defer(EscState *s, Stmt *st) {
  Expr *c = unparen(st->u.call);
  Hole k = heap_hole(s);
  if (st->kind == S_DEFER && s->loopdepth == 1) k = discard_hole(s);
  if (!c || c->kind != E_CALL) return;
  Expr *f = unparen(c->u.call.fn);
  Type *sig = f->type ? ty_underlying(f->type) : NULL;
  if (f->mode != MODE_BUILTIN && f->mode != MODE_TYPE && sig && sig->kind == TY_FUNC && sig->u.func.nparams == 0 &&
      sig->u.func.nresults == 0 && f->kind != E_SELECTOR) {
    expr(s, k, f);
    return;
  }
  /* arguments are evaluated now and kept for the deferred call */
  if (f->mode == MODE_BUILTIN) {
    call(s, NULL, 0, c);
    return;
  }
  if (f->kind == E_SELECTOR && !f->u.selector.obj) expr(s, k, f->u.selector.x);
  else expr(s, k, f);
  for (int i = 0; i < c->u.call.args.n; i++) {
    Type *pt = sig_param(sig, i);
    expr_conv(s, k, c->u.call.args.v[i], pt, gopos(c->u.call.args.v[i]));
  }
}

static void stmt(EscState *s, Stmt *st) {
  if (!st) return;
  switch (st->kind) {
  case S_DECL: var_decl(s, st->u.decl); break;
  case S_LABELED:
    /* a label a later goto jumps back to makes a loop: gc counts it as one
    ** level deeper for the rest of the function */
    if (pmap_get(&s->looping, st)) s->loopdepth++;
    stmt(s, st->u.labeled.stmt);
    break;
  case S_EXPR: {
    Expr *e = unparen(st->u.expr);
    if (e && e->kind == E_CALL) call(s, NULL, 0, e);
    else discard(s, e);
    break;
  }
  case S_SEND: {
    discard(s, st->u.send.chan);
    Type *ct = st->u.send.chan->type ? ty_underlying(st->u.send.chan->type) : NULL;
    Hole k = heap_hole(s);
    if (s->level >= 2) {
      Expr *v = unparen(st->u.send.value), *ch = unparen(st->u.send.chan);
      bool paren = v->kind == E_UNARY && unparen(v->u.unary.x)->kind == E_COMPOSITE;
      const char *vt = esc_expr_text(s, v);
      char *w = arena_alloc(A(s), strlen(vt) + 256);
      sprintf(w, "%s <- %s%s%s", esc_expr_text(s, ch), paren ? "(" : "", vt, paren ? ")" : "");
      Pos op = ast_start_pos(ch);
      if (ch->kind == E_IDENT) op.col += (int)strlen(ch->u.ident.name) + 1; /* gofmt's "c <- v" */
      k = esc_note(s, k, w, "send", op);
    }
    expr_conv(s, k, st->u.send.value, ct && ct->kind == TY_CHAN ? ct->u.chan.elem : NULL, gopos(st->u.send.value));
    break;
  }
  case S_INCDEC: {
    Hole k = addr_hole(s, st->u.incdec.x);
    mark_reassigned(k, st->u.incdec.x, false);
    break;
  }
  case S_ASSIGN:
    if (st->u.assign.tok == TK_ASSIGN || st->u.assign.tok == TK_DEFINE) {
      assign_list(s, st->u.assign.lhs.v, st->u.assign.lhs.n, st->u.assign.rhs.v, st->u.assign.rhs.n,
                  st->u.assign.tok == TK_DEFINE, st->pos, st);
    } else { /* x op= y: gc treats it as x = y (s += t keeps t's bytes) */
      assign_list(s, st->u.assign.lhs.v, st->u.assign.lhs.n, st->u.assign.rhs.v, st->u.assign.rhs.n, false,
                  st->pos, st);
    }
    break;
  case S_GO: case S_DEFER: go_defer(s, st); break;
  case S_RETURN: {
    EscFn *fn = s->curfn;
    ExprList r = st->u.ret.results;
    if (r.n == 0) break;
    Hole ks[ESC_NRESULTS + 1];
    int n = fn->nresults < ESC_NRESULTS ? fn->nresults : ESC_NRESULTS;
    for (int i = 0; i < n; i++)
      ks[i] = esc_note(s, fn->results[i] ? hole(fn->results[i]) : discard_hole(s), esc_stmt_text(s, st), "return",
                       st->pos);
    if (r.n == fn->nresults) {
      for (int i = 0; i < r.n; i++)
        expr_conv(s, i < n ? ks[i] : heap_hole(s), r.v[i], fn->sig->u.func.results[i], gopos(unparen(r.v[i])));
    } else if (r.n == 1 && unparen(r.v[0])->kind == E_CALL) {
      call(s, ks, n, unparen(r.v[0]));
    }
    break;
  }
  case S_BLOCK: block(s, st->u.block.list); break;
  case S_IF:
    stmt(s, st->u.ifs.init);
    discard(s, st->u.ifs.cond);
    stmt(s, st->u.ifs.then);
    stmt(s, st->u.ifs.els);
    break;
  case S_CASE:
    discard_list(s, st->u.caseclause.list);
    block(s, st->u.caseclause.body);
    break;
  case S_SWITCH:
    stmt(s, st->u.switchs.init);
    discard(s, st->u.switchs.tag);
    stmt(s, st->u.switchs.body);
    break;
  case S_TYPESWITCH: {
    stmt(s, st->u.typeswitch.init);
    Stmt *a = st->u.typeswitch.assign;
    Expr *guard = a && a->kind == S_ASSIGN ? a->u.assign.rhs.v[0] : a && a->kind == S_EXPR ? a->u.expr : NULL;
    guard = unparen(guard);
    Expr *x = guard && guard->kind == E_TYPEASSERT ? guard->u.typeassert.x : guard;
    Stmt *body = st->u.typeswitch.body;
    PtrVec hs = {0};
    for (int i = 0; body && i < body->u.block.list.n; i++) {
      Stmt *cc = body->u.block.list.v[i];
      Object *o = cc->kind == S_CASE ? cc->u.caseclause.implicit : NULL;
      if (!is_local(o)) continue;
      declare(s, o);
      Hole *h = arena_alloc(A(s), sizeof *h);
      *h = hole(var_loc(s, o));
      if (o->type && !is_iface(o->type) && !direct_iface(o->type)) *h = deref(*h);
      ptrvec_push(A(s), &hs, h);
    }
    Hole ks[16];
    int n = 0;
    for (int i = 0; i < hs.n && n < 16; i++) ks[n++] = *(Hole *)hs.v[i];
    /* tee needs derefs >= 0: they all are */
    expr(s, tee(s, ks, n), x);
    stmt(s, body);
    break;
  }
  case S_COMM: stmt(s, st->u.comm.comm); block(s, st->u.comm.body); break;
  case S_SELECT: stmt(s, st->u.select.body); break;
  case S_FOR:
    stmt(s, st->u.fors.init);
    s->loopdepth++;
    discard(s, st->u.fors.cond);
    stmt(s, st->u.fors.post);
    stmt(s, st->u.fors.body);
    s->loopdepth--;
    break;
  case S_RANGE: {
    Loc *tmp = esc_new_loc(s, NULL, st->pos, false);
    expr(s, hole(tmp), st->u.range.x);
    s->loopdepth++;
    Hole kk = addr_hole(s, st->u.range.key), vk = addr_hole(s, st->u.range.value);
    mark_reassigned(kk, st->u.range.key, false);
    mark_reassigned(vk, st->u.range.value, false);
    Type *t = st->u.range.x->type ? ty_underlying(st->u.range.x->type) : NULL;
    Pos rpos = ast_start_pos(st->u.range.x);
    rpos.col = rpos.col > 6 ? rpos.col - 6 : rpos.col; /* the "range" keyword */
    if (st->u.range.value)
      esc_flow(s, t && t->kind == TY_ARRAY ? esc_note(s, vk, "for loop", "range", rpos)
                                           : esc_note(s, deref(vk), "for loop", "range-deref", rpos), tmp);
    stmt(s, st->u.range.body);
    s->loopdepth--;
    break;
  }
  default: break;
  }
}

/* }================================================================== */

/* {==================================================================
** Batches
** =================================================================== */

/* Locations for fn's parameters, results and locals, in gc's order. */
static void init_fn(EscState *s, EscFn *fn) {
  EscFn *saved = s->curfn;
  s->curfn = fn;
  s->loopdepth = 1;
  for (int i = 0; i < fn->nparams; i++) {
    Object *o = fn->pobjs[i];
    if (is_local(o)) {
      fn->params[i] = var_loc(s, o);
      fn->params[i]->is_param = true;
    }
  }
  Object **robjs = (Object **)fn->ptypes;
  for (int i = 0; i < fn->nresults; i++) {
    Object *o = robjs[i];
    Loc *l;
    if (is_local(o)) {
      l = var_loc(s, o);
    } else {
      char *nm = arena_alloc(A(s), 16);
      snprintf(nm, 16, "~r%d", i);
      l = esc_new_loc(s, nm, (Pos){0, 0}, false);
    }
    l->resultidx = i + 1;
    fn->results[i] = l;
  }
  for (int i = 0; i < fn->vars.n; i++) var_loc(s, fn->vars.v[i]);
  s->curfn = saved;
}

static void walk_fn(EscState *s, EscFn *fn) {
  EscFn *saved = s->curfn;
  int depth = s->loopdepth;
  s->curfn = fn;
  s->loopdepth = 1;
  stmt(s, fn->body);
  s->curfn = saved;
  s->loopdepth = depth;
}

static void add_with_literals(EscState *s, EscFn *fn) {
  fn->batch = s->batchno;
  ptrvec_push(A(s), &s->batchfns, fn);
  for (int i = 0; i < s->allfns.n; i++) {
    EscFn *g = s->allfns.v[i];
    if (g->outer == fn) add_with_literals(s, g);
  }
}

static void run_batch(EscState *s, EscFn **fns, int n) {
  s->batchno++;
  s->batchfns = (PtrVec){0};
  s->batchlocs = (PtrVec){0};
  s->closures = (PtrVec){0};
  memset(&s->heap, 0, sizeof s->heap);
  memset(&s->blank, 0, sizeof s->blank);
  s->heap.escapes = true;
  s->heap.name = "{heap}";
  s->blank.name = "_";
  for (int i = 0; i < n; i++) add_with_literals(s, fns[i]);
  for (int i = 0; i < s->batchfns.n; i++) init_fn(s, s->batchfns.v[i]);
  for (int i = 0; i < n; i++) walk_fn(s, fns[i]);
  flow_closures(s);
  /* then what must go to the heap whatever the flows (gc does it here) */
  for (int i = 0; i < s->batchlocs.n; i++) {
    Loc *l = s->batchlocs.v[i];
    const char *why = l->is_site && l->expr ? heap_alloc_reason(s, l->kind, l->expr) : NULL;
    if (!why) continue;
    esc_flow(s, esc_note(s, addr(heap_hole(s)), l->name, why, l->pos), l);
    l->reason = why;
  }
  esc_solve_batch(s);
  esc_tag_batch(s);
}

/* Tarjan's strongly connected components over the declared functions,
** visited in source order, callees in body order; each component is a
** batch, finished before its callers. */
typedef struct Tarjan { PtrVec stack; int next; } Tarjan;

static void visit(EscState *s, Tarjan *t, EscFn *fn) {
  fn->visit = fn->low = ++t->next;
  fn->onstack = true;
  ptrvec_push(A(s), &t->stack, fn);
  PtrVec callees = {0};
  callees_stmt(s, fn->body, &callees);
  for (int i = 0; i < callees.n; i++) {
    EscFn *g = callees.v[i];
    if (!g->body || g->lit) continue;
    if (!g->visit) {
      visit(s, t, g);
      if (g->low < fn->low) fn->low = g->low;
    } else if (g->onstack && g->visit < fn->low) {
      fn->low = g->visit;
    }
  }
  if (fn->low != fn->visit) return;
  int top = t->stack.n;
  int i = top;
  while (i > 0 && t->stack.v[i - 1] != fn) i--;
  i--;
  for (int j = i; j < top; j++) ((EscFn *)t->stack.v[j])->onstack = false;
  t->stack.n = i;
  run_batch(s, (EscFn **)t->stack.v + i, top - i);
}

/* Whether gc must initialize a package-level variable with code (in the
** package's init function) rather than with static data: map literals
** and calls need code; constants, function literals and composite
** literals of static parts do not. */
static bool dynamic_init(Expr *e) {
  e = unparen(e);
  if (!e || e->mode == MODE_CONST || e->mode == MODE_TYPE) return false;
  switch (e->kind) {
  case E_COMPOSITE: {
    Type *t = e->type ? ty_underlying(e->type) : NULL;
    if (t && t->kind == TY_MAP) return true;
    for (int i = 0; i < e->u.composite.elts.n; i++) {
      Expr *el = e->u.composite.elts.v[i];
      if (el && el->kind == E_KEYVALUE) el = el->u.kv.value;
      if (dynamic_init(el)) return true;
    }
    return false;
  }
  case E_UNARY: return e->u.unary.op != TK_AND || dynamic_init(e->u.unary.x);
  case E_IDENT: case E_FUNCLIT: case E_BASICLIT: return false;
  case E_SELECTOR: return dynamic_init(e->u.selector.x);
  default: return true;
  }
}

/* The package initializer: dynamically initialized package variables,
** analysed last, as gc analyses its synthesized init function. */
static void package_init(EscState *s, File *f) {
  PtrVec specs = {0};
  for (int i = 0; i < f->ndecls; i++) {
    Decl *d = f->decls[i];
    if (d->kind != D_GEN || d->u.gen.tok != TK_VAR) continue;
    for (int j = 0; j < d->u.gen.nspecs; j++) {
      Spec *sp = d->u.gen.specs[j];
      for (int k = 0; k < sp->u.value.values.n; k++)
        if (dynamic_init(sp->u.value.values.v[k])) {
          ptrvec_push(A(s), &specs, sp);
          break;
        }
    }
  }
  if (specs.n == 0) return;
  EscFn *fn = arena_alloc(A(s), sizeof *fn);
  fn->params = arena_alloc(A(s), sizeof(Loc *));
  fn->tags = arena_alloc(A(s), sizeof(Leaks));
  fn->results = arena_alloc(A(s), sizeof(Loc *));
  fn->sig = NULL;
  s->batchno++;
  s->batchfns = (PtrVec){0};
  s->batchlocs = (PtrVec){0};
  s->closures = (PtrVec){0};
  memset(&s->heap, 0, sizeof s->heap);
  memset(&s->blank, 0, sizeof s->blank);
  s->heap.escapes = true;
  s->heap.name = "{heap}";
  s->blank.name = "_";
  fn->batch = s->batchno;
  s->curfn = fn;
  s->loopdepth = 1;
  for (int i = 0; i < specs.n; i++) {
    Spec *sp = specs.v[i];
    if (sp->u.value.values.n != sp->u.value.nnames) continue;
    for (int j = 0; j < sp->u.value.nnames; j++) {
      Expr *name = sp->u.value.names[j];
      Expr *v = sp->u.value.values.v[j];
      if (!dynamic_init(v)) continue;
      Hole k = heap_hole(s);
      if (s->level >= 2) {
        const char *vt = esc_expr_text(s, unparen(v));
        char *w = arena_alloc(A(s), strlen(vt) + strlen(name->u.ident.name) + 4);
        sprintf(w, "%s = %s", name->u.ident.name, vt);
        k = esc_note(s, k, w, "assign", name->pos);
      }
      Object *o = name->u.ident.obj;
      expr_conv(s, k, v, o ? o->type : NULL, gopos(unparen(v)));
    }
  }
  s->curfn = NULL;
  flow_closures(s);
  esc_solve_batch(s);
  esc_tag_batch(s);
}

void esc_analyze(Comp *c, File *f, int level) {
  EscState *s = arena_alloc(&c->arena, sizeof *s);
  s->c = c;
  s->level = level;
  c->escape = s;
  for (int i = 0; i < f->ndecls; i++) {
    Decl *d = f->decls[i];
    if (d->kind != D_FUNC || !d->u.func.body || !d->u.func.obj) continue;
    EscFn *fn = new_fn(s, d->u.func.obj, NULL, d->u.func.type, d->u.func.recv, d->u.func.body, NULL);
    scan_stmt(s, fn, d->u.func.body);
  }
  /* package-level initializers: their allocations are not reported by gc
  ** at -m -l unless in init functions; they stay on the heap */
  /* gc devirtualizes (and says so) before escape analysis starts */
  s->devirt_pass = true;
  for (int i = 0; i < s->allfns.n; i++) {
    EscFn *fn = s->allfns.v[i];
    PtrVec ignored = {0};
    if (!fn->lit) callees_stmt(s, fn->body, &ignored);
  }
  s->devirt_pass = false;
  Tarjan t = {{0}, 0};
  int n = s->allfns.n;
  for (int i = 0; i < n; i++) {
    EscFn *fn = s->allfns.v[i];
    if (!fn->lit && !fn->visit) visit(s, &t, fn);
  }
  package_init(s, f);
  s->text = arena_strndup(&c->arena, s->out.s ? s->out.s : "", s->out.n);
  free(s->out.s);
  s->out = (StrBuf){0};
  s->ran = true;
}

const EscSite *esc_expr_site(Comp *c, const Expr *e) {
  EscState *s = c->escape;
  return s ? pmap_get(&s->expr_sites, e) : NULL;
}

const EscSite *esc_var_site(Comp *c, const Object *o) {
  EscState *s = c->escape;
  return s ? pmap_get(&s->var_sites, o) : NULL;
}

const EscSite *esc_iface_site(Comp *c, const Expr *e) {
  EscState *s = c->escape;
  return s ? pmap_get(&s->iface_sites, e) : NULL;
}

const EscSite *esc_ddd_site(Comp *c, const Expr *call) {
  EscState *s = c->escape;
  return s ? pmap_get(&s->ddd_sites, call) : NULL;
}

/* }================================================================== */
