/*
** codegen_iface.c — interfaces in the code generator: the method tables of
** dynamic types, method calls on interface values, type assertions, type
** switches and interface comparison.
**
** METHOD TABLES (runtime/iface.c has the dispatch design). Once every body
** is compiled, each RType of the module receives its method set, sorted by
** name: an interface type lists its methods (func -1); a named type T its
** value-receiver methods; *T (T named) all of T's methods. An entry's
** function takes the interface DATA WORD as its receiver: a method of a
** one-word T, or a pointer method of *T, is called directly; a value method
** reached through a pointer (*T's set) or through a box (a multi-word T:
** the data word points to T in memory form) is the wrapper (*T).M
** (codegen_func.c, cg_deref_method) that loads the receiver and calls M.
** Wrappers are compiled after the tables are filled (cg_func_drain), and
** RTypes made meanwhile get their tables in the next round.
**
** CALLS. x.M(args) on an interface: x is evaluated into two registers
** below the call window, the arguments go to the window after the receiver
** word, and CALLI names x's static interface type and M's index in its
** sorted method list; the interpreter stores the data word as the receiver
** and finds the function in the dynamic type's table.
**
** ASSERTIONS AND TYPE SWITCHES compile to ASSERT (with an ok register for
** v, ok := x.(T) and for every case of a type switch); a `case nil` tests
** the type word. The clause's variable is the asserted value when the case
** names one type, else a copy of x.
**
** PROMOTED METHODS. A struct type S (or *S) embedding types with methods
** gets, for each method the checker's lookup promotes into its method
** set, a wrapper main.S.M / main.(*S).M taking the data word (*S, or S
** held direct) that follows the embedded path and calls M, or dispatches
** through CALLI when the path ends in an embedded interface.
**
** NATIVE METHODS. A method of a standard-library type (stdlib.def's
** STDLIB_METHODS: *strings.Builder's Write, *os.File's Write) has no
** compiled body: its entry names the C function instead (RMethod.native),
** which CALLI calls as CALLN would, so *bytes.Buffer is an io.Writer.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "codegen.h"
#include "../runtime/runtime.h"

static Type *ul(Type *t) { return t ? ty_underlying(t) : NULL; }
static bool is_iface(Type *t) { return t && ul(t)->kind == TY_INTERFACE; }

enum { NO_REG = 0xFFFF };

/* {====================================================================
** Method tables
** ===================================================================== */

static int by_name(const void *a, const void *b) {
  return strcmp(((const RMethod *)a)->name, ((const RMethod *)b)->name);
}

/* The entry function of method m for a dynamic type whose data word is
** the receiver itself ([direct]) or a pointer to it; -1 for a native
** (stdlib) method that takes the data word as it is (the table names the
** C function). A native value method of a type wider than a word gets
** the compiled deref wrapper, as a Go-defined one does. */
static int entry_func(CG *cg, Method *m, bool direct) {
  Object *fn = m->fn;
  bool native = fn && fn->native >= 0;
  if (!fn || (!native && fn->cg_data != cg->func_token)) return -1;
  if (m->ptr_recv || direct) return native ? -1 : fn->cg_index;
  return cg_deref_method(cg, fn);   /* a boxed value: load it, call M (a native too) */
}

/* {--- promoted methods: a wrapper per (type, method) --- */

typedef struct Promo {
  Type *recv;              /* the wrapper's receiver: *S, or S held direct */
  const Selection *sel;    /* M's selection from recv: the embedded path */
} Promo;

/* A local standing for the wrapper's receiver parameter (R[0]). */
static Expr *recv_ident(Fn *F, Type *t) {
  Arena *a = &F->cg->c->arena;
  Object *o = arena_alloc(a, sizeof *o);
  o->kind = OBJ_VAR;
  o->name = ".recv";
  o->type = t;
  o->cg_index = 0;
  o->cg_data = F->token;
  Expr *x = arena_alloc(a, sizeof *x);
  x->kind = E_IDENT;
  x->type = t;
  x->mode = MODE_VAR;
  x->u.ident.name = o->name;
  x->u.ident.obj = o;
  return x;
}

static int method_index(Type *t, const char *name);

/* main.S.M(recv, args): follows the embedded path from the receiver and
** calls M (directly, or through CALLI when the path ends in an embedded
** interface), then returns M's results. */
static void promo_body(Fn *F, void *ud) {
  Promo *pr = ud;
  const Selection *sel = pr->sel;
  Type *msig = sel->m->sig;
  Pos pos = {F->line, 1, F->file};
  Expr *x = recv_ident(F, pr->recv);
  int skip = cg_nwords(pr->recv);
  int pw = cg_sig_words(msig->u.func.params, msig->u.func.nparams);
  int rw = cg_sig_words(msig->u.func.results, msig->u.func.nresults);
  int iv = -1, irt = 0, imeth = 0, recvw = 1;
  if (sel->method) {
    recvw = cg_nwords(cg_method_sig(F->cg, sel->method)->u.func.params[0]);
  } else {
    Place p;
    cg_path_place(F, x, sel->index, sel->nindex - 1, &p, pos);
    iv = cg_alloc_words(F, 2, true);
    cg_load_place(F, &p, iv);
    cg_mark(F, iv, p.t);
    irt = cg_rtype(F->cg, p.t);
    imeth = method_index(p.t, sel->m->name);
    if (irt > 0xFFFF) { cg_error(F->cg, pos, "too many types"); return; }
  }
  int w = F->top, win = recvw + pw > rw ? recvw + pw : rw;
  cg_reserve(F, w + win);
  if (iv < 0) cg_recv_path_to(F, x, pr->sel, w, pos);
  else cg_mark_word(F, w);
  for (int i = 0, off = 0; i < msig->u.func.nparams; i++) {
    Type *pt = msig->u.func.params[i];
    cg_move(F, w + recvw + off, skip + off, cg_nwords(pt));
    cg_mark(F, w + recvw + off, pt);
    off += cg_nwords(pt);
  }
  F->top = w + win;
  if (iv < 0) {
    cg_emit_bx(F, OP_CALL, w, (uint32_t)pr->sel->method->cg_index);
  } else {
    cg_emit(F, OP_CALLI, w, iv, 0);
    cg_emit(F, OP_EXTRA, irt, imeth, 0);
  }
  for (int i = 0, off = 0; i < msig->u.func.nresults; i++) {
    cg_mark(F, w + off, msig->u.func.results[i]);
    off += cg_nwords(msig->u.func.results[i]);
  }
  if (rw) cg_move(F, 0, w, rw);
  cg_emit(F, OP_RET, 0, 0, 0);
}

/* Compiles the wrapper of promoted method [sel] for receiver type [recv]
** (named [tname]); returns its function index, -1 on failure. */
static int promo_wrapper(CG *cg, Type *recv, const Selection *sel, const char *tname, bool ptr) {
  if (!cg_ensure(cg, &cg->funcs, &cg->capfuncs, cg->nfuncs + 1, sizeof(FuncInfo))) return -1;
  int index = cg->nfuncs++;
  Arena *a = &cg->c->arena;
  Type *msig = sel->m->sig;
  Type *sig = ty_new(cg->c, TY_FUNC);
  sig->u.func = msig->u.func;
  sig->u.func.nparams = msig->u.func.nparams + 1;
  sig->u.func.params = arena_alloc(a, sizeof(Type *) * (size_t)sig->u.func.nparams);
  sig->u.func.params[0] = recv;
  memcpy(sig->u.func.params + 1, msig->u.func.params, sizeof(Type *) * (size_t)msig->u.func.nparams);
  ty_complete(sig);
  const char *base = strncmp(tname, "main.", 5) == 0 ? tname + 5 : tname;
  size_t n = strlen(base) + strlen(sel->m->name) + 16;
  char *name = arena_alloc(a, n);
  snprintf(name, n, ptr ? "main.(*%s).%s" : "main.%s.%s", base, sel->m->name);
  Promo *pr = arena_alloc(a, sizeof *pr);
  pr->recv = recv;
  pr->sel = sel;
  cg_compile_func(cg, index, name, (Pos){0, 0, 0}, sig, promo_body, pr);
  return cg->failed ? -1 : index;
}

typedef struct Names { const char **v; int n, cap; } Names;

static void add_name(Names *ns, const char *s) {
  for (int i = 0; i < ns->n; i++) if (strcmp(ns->v[i], s) == 0) return;
  if (ns->n == ns->cap) {
    int cap = ns->cap ? 2 * ns->cap : 8;
    const char **v = realloc(ns->v, sizeof *v * (size_t)cap);
    if (!v) return;
    ns->v = v;
    ns->cap = cap;
  }
  ns->v[ns->n++] = s;
}

/* Names of the methods embedded fields of struct type t may promote. */
static void embedded_names(Type *t, Names *ns, int depth) {
  Type *u = ul(t);
  if (depth > 8 || !u || u->kind != TY_STRUCT) return;
  for (int i = 0; i < u->u.strct.nfields; i++) {
    StructField *f = &u->u.strct.fields[i];
    if (!f->embedded) continue;
    Type *b = f->type;
    if (ul(b)->kind == TY_POINTER) b = ul(b)->u.ptr.elem;
    if (b->kind == TY_NAMED)
      for (int j = 0; j < b->u.named.nmethods; j++) add_name(ns, b->u.named.methods[j].name);
    if (ul(b)->kind == TY_INTERFACE)
      for (int j = 0; j < ul(b)->u.iface.nmethods; j++) add_name(ns, ul(b)->u.iface.methods[j].name);
    embedded_names(b, ns, depth + 1);
  }
}

/* Appends the promoted methods of [t] (a struct type, or a pointer to a
** named struct type when [ptr]) to out[*k ..]; out has room for [cap]. */
static RMethod *add_promoted(CG *cg, Type *t, Type *base, bool ptr, RMethod *out, int *k, int *cap) {
  Names ns = {0};
  embedded_names(base, &ns, 0);
  for (int i = 0; i < ns.n && !cg->failed; i++) {
    bool amb = false, ptr_needed = false;
    Selection *sel = chk_lookup_field_or_method(cg->c->checker, t, false, ns.v[i], &amb, &ptr_needed);
    if (!sel || sel->kind != SEL_METHOD || sel->nindex < 2 || !sel->m) continue;
    if (sel->m->ptr_recv && !ptr && !sel->indirect) continue;   /* not in T's method set */
    if (sel->method && sel->method->cg_data != cg->func_token) continue;
    bool direct = !ptr && cg_nwords(t) == 1;
    Type *recv = direct ? t : ptr ? t : ty_new_pointer(cg->c, t);
    int f = promo_wrapper(cg, recv, sel, ty_string(cg->c, base), ptr || !direct);
    if (f < 0) continue;
    if (*k == *cap) {
      int ncap = *cap ? 2 * *cap : 4;
      RMethod *o = realloc(out, sizeof *o * (size_t)ncap);
      if (!o) { cg->failed = true; break; }
      memset(o + *cap, 0, sizeof *o * (size_t)(ncap - *cap));
      out = o;
      *cap = ncap;
    }
    size_t len = strlen(ns.v[i]);
    char *s = malloc(len + 1);
    if (!s) { cg->failed = true; break; }
    memcpy(s, ns.v[i], len + 1);
    out[*k].name = s;
    out[*k].func = f;
    (*k)++;
  }
  free(ns.v);
  return out;
}

/* }--- */

/* t's method set as dispatch sees it (see the header). */
static void fill_methods(CG *cg, RType *rt, Type *t) {
  Type *u = ul(t);
  Method *ms = NULL;
  int n = 0;
  bool ptr = false;
  Type *named = NULL, *sbase = t;     /* where promoted methods come from */
  if (u->kind == TY_INTERFACE) {
    ms = u->u.iface.methods;
    n = u->u.iface.nmethods;
  } else if (t->kind == TY_NAMED) {
    named = t;
  } else if (u->kind == TY_POINTER && u->u.ptr.elem && u->u.ptr.elem->kind == TY_NAMED &&
             ul(u->u.ptr.elem)->kind != TY_POINTER && ul(u->u.ptr.elem)->kind != TY_INTERFACE) {
    named = u->u.ptr.elem;
    ptr = true;
  } else if (u->kind == TY_POINTER && u->u.ptr.elem && u->u.ptr.elem->kind != TY_NAMED &&
             ul(u->u.ptr.elem)->kind == TY_STRUCT) {
    sbase = u->u.ptr.elem;            /* *struct{ S }: the methods S promotes */
    ptr = true;
  }
  if (named) {
    ms = named->u.named.methods;
    n = named->u.named.nmethods;
    sbase = named;
  }
  bool structish = ul(sbase)->kind == TY_STRUCT && u->kind != TY_INTERFACE;
  if (n == 0 && !structish) return;
  int cap = n > 0 ? n : 4;
  RMethod *out = calloc((size_t)cap, sizeof *out);
  if (!out) { cg->failed = true; return; }
  int k = 0;
  bool direct = !ptr && cg_nwords(t) == 1;   /* value methods: the data word is T */
  for (int i = 0; i < n && !cg->failed; i++) {
    Method *m = &ms[i];
    int f = -1;
    rt_NativeFn native = NULL;
    if (named) {
      if (m->ptr_recv && !ptr) continue;      /* not in T's method set */
      f = entry_func(cg, m, direct);
      if (f < 0 && m->fn && m->fn->native >= 0 && m->fn->native < rt_nnatives)
        native = rt_natives[m->fn->native].fn;
      if (f < 0 && !native) continue;
    }
    size_t len = strlen(m->name);
    char *s = malloc(len + 1);
    if (!s) { cg->failed = true; break; }
    memcpy(s, m->name, len + 1);
    out[k].name = s;
    out[k].func = f;
    out[k].native = native;
    k++;
  }
  if (structish && !cg->failed) out = add_promoted(cg, t, sbase, ptr, out, &k, &cap);
  if (k == 0) { free(out); return; }
  qsort(out, (size_t)k, sizeof *out, by_name);
  rt->methods = out;
  rt->nmethods = k;
}

void cg_method_tables(CG *cg) {
  int done = 0;
  while (!cg->failed && done < cg->nrtypes) {
    for (; done < cg->nrtypes && !cg->failed; done++)
      if (!cg->rtypes[done]->methods) fill_methods(cg, cg->rtypes[done], cg->rtkeys[done]);
    cg_func_drain(cg);    /* the (*T).M wrappers the tables asked for */
  }
}

/* }==================================================================== */

/* {====================================================================
** Calls
** ===================================================================== */

/* The position of method [name] in interface [t]'s sorted method list. */
static int method_index(Type *t, const char *name) {
  Type *u = ul(t);
  int k = 0;
  for (int i = 0; i < u->u.iface.nmethods; i++)
    if (strcmp(u->u.iface.methods[i].name, name) < 0) k++;
  return k;
}

void cg_iface_call_emit(Fn *F, int w, int iv, Type *it, const char *name) {
  int rt = cg_rtype(F->cg, it);
  if (rt > 0xFFFF) { cg_error(F->cg, (Pos){F->line, 1, F->file}, "too many types"); return; }
  cg_emit(F, OP_CALLI, w, iv, 0);
  cg_emit(F, OP_EXTRA, rt, method_index(it, name), 0);
}

bool cg_is_iface_call(CG *cg, Expr *fn) {
  fn = cg_unparen(fn);
  if (fn->kind != E_SELECTOR || fn->u.selector.obj) return false;
  const Selection *s = chk_selection(cg->c, fn);
  return s && s->kind == SEL_METHOD && !s->method && s->nindex == 1 &&
         is_iface(fn->u.selector.x->type);
}

int cg_iface_recv(Fn *F, Expr *fn, int *rtype, int *index) {
  fn = cg_unparen(fn);
  Expr *x = fn->u.selector.x;
  Type *it = x->type;
  int r = cg_alloc_words(F, 2, true);
  cg_expr_to(F, x, r);
  cg_mark(F, r, it);
  *rtype = cg_rtype(F->cg, it);
  *index = method_index(it, fn->u.selector.sel->u.ident.name);
  if (*rtype > 0xFFFF) cg_error(F->cg, fn->pos, "too many types");
  return r;
}

/* }==================================================================== */

/* {====================================================================
** Assertions, type switches, comparison
** ===================================================================== */

/* R[d ..] = R[iv].(T) for x of static type [xt]; ok < 0: the panicking form. */
static void emit_assert(Fn *F, int d, int iv, Type *t, Type *xt, int ok) {
  int rt = cg_rtype(F->cg, t), xr = cg_rtype(F->cg, xt);
  if (rt > 0xFFFF || xr > 0xFFFF) { cg_error(F->cg, (Pos){F->line, 1, F->file}, "too many types"); return; }
  cg_emit(F, OP_ASSERT, d, iv, rt);
  cg_emit(F, OP_EXTRA, ok < 0 ? NO_REG : ok, xr, 0);
  cg_mark(F, d, t);
}

void cg_assert_to(Fn *F, Expr *e, int d, int ok) {
  e = cg_unparen(e);
  Expr *x = e->u.typeassert.x;
  Type *t = e->u.typeassert.type->type;
  int mark = F->top;
  if (F->top < d + cg_nwords(t)) F->top = d + cg_nwords(t);
  if (ok >= 0 && F->top <= ok) F->top = ok + 1;
  int iv = cg_expr_any(F, x);
  F->top = mark;
  emit_assert(F, d, iv, t, x->type, ok);
}

static bool is_nil_case(Expr *e) {
  e = cg_unparen(e);
  if (e->type && e->type->kind == TY_UNTYPED_NIL) return true;
  return e->kind == E_IDENT && e->u.ident.obj && e->u.ident.obj->kind == OBJ_NIL;
}

/* The clause variable of a type switch: the asserted value for a one-type
** case, the switched interface otherwise. */
static void bind_clause_var(Fn *F, Stmt *cl, int iv, Type *xt, int ok) {
  Object *o = cl->u.caseclause.implicit;
  if (!o) return;
  int r = cg_alloc(F, o->type);
  ExprList *l = &cl->u.caseclause.list;
  if (l->n == 1 && !is_nil_case(l->v[0]) && l->v[0]->type == o->type)
    emit_assert(F, r, iv, o->type, xt, ok);
  else
    cg_move(F, r, iv, 2);
  if (cg_needs_box(o)) { cg_box_var(F, o, r, o->pos); return; }
  o->cg_index = r;
  o->cg_data = F->token;
  cg_mark(F, r, o->type);
}

void cg_type_switch(Fn *F, Stmt *s, const char *label) {
  if (!label && s->u.typeswitch.label) label = s->u.typeswitch.label->u.ident.name;
  if (s->u.typeswitch.init) cg_stmt(F, s->u.typeswitch.init);
  Stmt *g = s->u.typeswitch.assign;
  Expr *guard = cg_unparen(g->kind == S_ASSIGN ? g->u.assign.rhs.v[0] : g->u.expr);
  Expr *x = guard->u.typeassert.x;
  Type *xt = x->type;
  int iv = cg_alloc_words(F, 2, true);
  cg_expr_to(F, x, iv);
  cg_mark(F, iv, xt);
  int ok = cg_alloc_words(F, 1, false);
  StmtList *clauses = &s->u.typeswitch.body->u.block.list;
  int n = clauses->n;
  Label *bodies = arena_alloc(&F->cg->c->arena, sizeof(Label) * (size_t)(n + 1));
  Branch b;
  cg_push_branch(F, &b, s, label, false);
  int dflt = -1;
  for (int i = 0; i < n; i++) {
    Stmt *cl = clauses->v[i];
    bodies[i] = cg_label(F);
    if (cl->u.caseclause.is_default || cl->u.caseclause.list.n == 0) { dflt = i; continue; }
    for (int j = 0; j < cl->u.caseclause.list.n; j++) {
      Expr *e = cl->u.caseclause.list.v[j];
      if (is_nil_case(e)) { cg_branch(F, OP_JEQI, iv, 0, bodies[i]); continue; }
      int mark = F->top;
      int tmp = cg_alloc(F, e->type);
      emit_assert(F, tmp, iv, e->type, xt, ok);
      F->top = mark;
      cg_jump_if(F, OP_JT, ok, bodies[i]);
    }
  }
  cg_jump(F, dflt >= 0 ? bodies[dflt] : b.brk);
  for (int i = 0; i < n; i++) {
    Stmt *cl = clauses->v[i];
    int mark = F->top;
    cg_place(F, bodies[i]);
    F->line = cl->pos.line;
    bind_clause_var(F, cl, iv, xt, ok);
    cg_block(F, &cl->u.caseclause.body);
    F->top = mark;
    if (i < n - 1 && !cg_terminated(F)) cg_jump(F, b.brk);
  }
  cg_place(F, b.brk);
  F->branches = b.up;
}

void cg_iface_compare(Fn *F, bool eq, Expr *x, Expr *y, int d) {
  Type *it = is_iface(x->type) ? x->type : y->type;
  int mark = F->top;
  int a = cg_alloc_words(F, 2, true);
  cg_expr_as(F, x, a, it);
  cg_mark(F, a, it);
  int b = cg_alloc_words(F, 2, true);
  cg_expr_as(F, y, b, it);
  cg_mark(F, b, it);
  F->top = mark;
  cg_emit(F, eq ? OP_IFEQ : OP_IFNE, d, a, b);
}

/* }==================================================================== */
