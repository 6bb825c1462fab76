/*
** codegen_func.c — function values, closures and methods.
**
** REPRESENTATION (vm/value.h "FUNC VALUES"). A func value is one word: nil
** or a pointer to a closure object whose word 0 is a function index and
** whose next fields are the captured variables. The layout of a literal's
** object is a struct type built here (cg_closure_type):
**     struct { F uintptr; x *T; y U; ... }
** one field per variable of chk_captures(lit), in that order: a pointer to
** the variable when it is captured by reference, a copy of its value when
** escape analysis says gc captures it by value (esc_capture_byval: never
** reassigned, not address-taken, at most 128 bytes). A literal without
** captures needs no object per evaluation: like a declared function used
** as a value, it points at its static closure (FUNCVAL, Module.funcvals).
** A method value x.M is the object {F: the wrapper "T.M-fm", recv: x's
** receiver value (T, or *T for pointer methods)}; the wrapper loads the
** receiver and calls M with the wrapper's own arguments.
**
** CLOSURE OBJECTS ARE ALLOC SITES. Each literal with captures and each
** method value has a site ("func literal", "method value"); when escape
** analysis says it does not escape, cg_frame_area reserves a frame slot
** for it (laid out in memory form, its pointer words in the pointer map, so
** the stack copier adjusts the pointers to captured frame variables it
** holds), otherwise it is NEW'd on the heap.
**
** CAPTURED VARIABLES. In the enclosing function a variable captured by
** reference is addressable (the checker sets Object.addr_taken for every
** capture): it lives in a heap cell or a frame slot as esc_var_site says,
** and the closure object receives that address. A variable captured by
** value stays in registers (cg_func_prepare clears addr_taken again for
** it) and is copied into the object. Go 1.19 has one variable per loop,
** not per iteration, so closures made in a loop share the loop variable
** (captured by reference since the post statement reassigns it).
**
** THE CALLEE SIDE. A literal's body starts (cg_closure_prologue) by
** claiming the register FuncInfo.closure_reg, which CALLF fills with the
** closure object, then binds each capture: by reference, a register
** holding the variable's address (the Object is "boxed", cg_data ==
** F->box_token, exactly like a variable moved to the heap, so every use
** goes through memory); by value, registers loaded from the object (an
** ordinary local). Nested literals capture through the enclosing literal:
** chk_captures of the middle literal lists the variable too.
**
** METHODS are functions whose receiver is parameter 0 (cg_method_sig),
** named "main.T.M" / "main.(*T).M" as Go's tracebacks do. A call x.M(...)
** evaluates the receiver through the selection's embedded path
** (cg_path_place), taking the address (auto &, the variable having been
** made addressable by cg_func_prepare) or loading through the pointer
** (auto *: a nil pointer panics at the call, as Go) as the method's
** receiver kind needs, then CALLs the method directly. Method expressions
** T.M and (*T).M whose receiver kind matches the declaration are the
** method's function itself; the others ((*T).M of a value method, methods
** promoted from embedded fields) get a wrapper that reaches the receiver
** from its first parameter, named as Go names it ("main.(*T).M"), and
** (*T).M with a nil pointer panics with Go's panicwrap message.
**
** Invariants:
**  - Every literal of the file has its function index and name before any
**    body is compiled (cg_func_prepare); a retry in far mode finds them
**    again, so indices are stable.
**  - Jobs (literal bodies, -fm wrappers) are compiled after the function
**    that created them (cg_func_drain); a literal's body depends only on
**    its capture list, never on the enclosing function's registers.
*/
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "codegen.h"
#include "escape.h"

static Type *ul(Type *t) { return t ? ty_underlying(t) : NULL; }
static Arena *A(CG *cg) { return &cg->c->arena; }

/* JOB_FM: method value wrapper T.M-fm (receiver from the closure);
** JOB_MEXPR: a method expression X.M that is not M itself ((*T).M of a
** value method, or M promoted from an embedded field), also the (*T).M of
** a value method an interface's method table needs (cg_deref_method): the
** receiver is reached from the wrapper's first parameter;
** JOB_NATIVE: a library function used as a value (strings.ToUpper passed
** to strings.Map): a bytecode body that forwards its parameters to the
** native and returns its results;
** JOB_IFM: method value x.M of an interface x (the closure holds x; the
** wrapper dispatches with CALLI);
** JOB_IFX: method expression I.M of an interface type I, func(I, args):
** dispatches on its first parameter. */
typedef enum JobKind { JOB_LIT, JOB_FM, JOB_MEXPR, JOB_IFM, JOB_IFX, JOB_NATIVE } JobKind;

/* A function the generator makes besides the declared ones. */
typedef struct Job {
  JobKind kind;
  int index;           /* in cg->funcs */
  const char *name;    /* traceback name */
  Expr *lit;           /* JOB_LIT: the literal */
  Type *ctype;         /* the closure object's layout; JOB_LIT: NULL when
                          it captures nothing */
  Object *method;      /* JOB_FM, JOB_MEXPR: the method the wrapper calls */
  Type *sig;           /* JOB_MEXPR: the expression's type, func(X, ...) */
  const Selection *sel;/* JOB_MEXPR: the path from X to the receiver */
  Method *imethod;     /* JOB_IFM, JOB_IFX: the interface's method */
  Type *iface;         /* JOB_IFM, JOB_IFX: the interface type */
} Job;

typedef struct FuncState {
  PtrMap jobs;         /* E_FUNCLIT Expr* or method Object* -> Job* */
  PtrMap mexprs;       /* method expression Expr* -> its JOB_MEXPR Job* */
  PtrMap sigs;         /* method Object* -> its full signature */
  PtrMap mvtypes;      /* method Object* -> its method value layout */
  PtrMap mbase;        /* 1 + index in cg->methods -> the receiver base Type* */
  PtrVec queue;        /* Job*, in creation order */
  int done;            /* queue[0 .. done) are compiled */
} FuncState;

static FuncState *state(CG *cg) {
  if (!cg->fs) cg->fs = arena_alloc(A(cg), sizeof(FuncState));
  return cg->fs;
}

static char *fmt_name(CG *cg, const char *fmt, const char *a, const char *b, int k) {
  size_t n = strlen(a) + (b ? strlen(b) : 0) + 32;
  char *s = arena_alloc(A(cg), n);
  if (b) snprintf(s, n, fmt, a, b);
  else snprintf(s, n, fmt, a, k);
  return s;
}

/* A new function index (its FuncInfo is filled when it is compiled). */
static int new_func(CG *cg) {
  if (!cg_ensure(cg, &cg->funcs, &cg->capfuncs, cg->nfuncs + 1, sizeof(FuncInfo))) return 0;
  return cg->nfuncs++;
}

static Job *new_job(CG *cg, JobKind kind, const void *key, const char *name) {
  FuncState *fs = state(cg);
  PtrMap *map = kind == JOB_MEXPR || kind == JOB_IFX ? &fs->mexprs : &fs->jobs;
  Job *j = arena_alloc(A(cg), sizeof *j);
  j->kind = kind;
  j->index = new_func(cg);
  j->name = name;
  pmap_put(A(cg), map, key, j);
  ptrvec_push(A(cg), &fs->queue, j);
  return j;
}

/* {====================================================================
** Methods: receiver types, signatures, names
** ===================================================================== */

/* The declared receiver type of method m (T or *T). */
static Type *recv_type(Object *m) {
  if (m->recv) return m->recv;   /* a native method */
  Decl *d = m->decl;
  if (!d || !d->u.func.recv || d->u.func.recv->n < 1) return NULL;
  Field *f = d->u.func.recv->v[0];
  if (f->nnames > 0 && f->names[0]->kind == E_IDENT && f->names[0]->u.ident.obj)
    return f->names[0]->u.ident.obj->type;
  return f->type ? f->type->type : NULL;
}

Type *cg_method_sig(CG *cg, Object *m) {
  FuncState *fs = state(cg);
  Type *full = pmap_get(&fs->sigs, m);
  if (full) return full;
  Type *sig = ul(m->type), *rt = recv_type(m);
  if (!sig || sig->kind != TY_FUNC || !rt) return NULL;
  full = ty_new(cg->c, TY_FUNC);
  full->u.func = sig->u.func;
  int n = sig->u.func.nparams + 1;
  full->u.func.params = arena_alloc(A(cg), sizeof(Type *) * (size_t)n);
  full->u.func.pnames = arena_alloc(A(cg), sizeof(char *) * (size_t)n);
  full->u.func.nparams = n;
  full->u.func.params[0] = rt;
  full->u.func.pnames[0] = "";
  for (int i = 1; i < n; i++) {
    full->u.func.params[i] = sig->u.func.params[i - 1];
    full->u.func.pnames[i] = sig->u.func.pnames ? sig->u.func.pnames[i - 1] : "";
  }
  full->complete = false;
  ty_complete(full);
  pmap_put(A(cg), &fs->sigs, m, full);
  return full;
}

/* "T" of a receiver type T or *T (its defined type's name). */
static const char *recv_base_name(Type *rt, bool *ptr) {
  *ptr = rt->kind == TY_POINTER;
  Type *b = *ptr ? rt->u.ptr.elem : rt;
  if (b->kind == TY_NAMED && b->u.named.obj) return b->u.named.obj->name;
  return "?";
}

const char *cg_func_name(CG *cg, Decl *d) {
  const char *name = d->u.func.name->u.ident.name;
  Object *o = d->u.func.obj ? d->u.func.obj : d->u.func.name->u.ident.obj;
  if (!d->u.func.recv) return fmt_name(cg, "main.%s", name, "", 0);
  Type *rt = o ? recv_type(o) : NULL;
  bool ptr = false;
  const char *tn = rt ? recv_base_name(rt, &ptr) : "?";
  size_t n = strlen(tn) + strlen(name) + 16;
  char *s = arena_alloc(A(cg), n);
  snprintf(s, n, ptr ? "main.(*%s).%s" : "main.%s.%s", tn, name);
  return s;
}

/* }==================================================================== */

/* {====================================================================
** Preparation: literal numbering, captures by value, receivers by address
** ===================================================================== */

typedef struct Numbering { CG *cg; const char *outer; bool in_lit; int k; } Numbering;

/* The variable an addressable operand denotes, following fields of
** structs and elements of arrays held by value (NULL when the path goes
** through a pointer, a slice or a call: already in memory). */
static Object *addr_root(CG *cg, Expr *x) {
  for (;;) {
    x = cg_unparen(x);
    if (x->kind == E_IDENT) {
      Object *o = x->u.ident.obj;
      return o && o->kind == OBJ_VAR ? o : NULL;
    }
    if (x->kind == E_SELECTOR) {
      const Selection *sel = chk_selection(cg->c, x);
      if (!sel || sel->kind != SEL_FIELD || sel->indirect) return NULL;
      if (ul(cg_vtype(x->u.selector.x))->kind == TY_POINTER) return NULL;
      x = x->u.selector.x;
    } else if (x->kind == E_INDEX) {
      if (ul(cg_vtype(x->u.index.x))->kind != TY_ARRAY) return NULL;
      x = x->u.index.x;
    } else {
      return NULL;
    }
  }
}

/* Whether method selection [sel] on x needs x's address: a pointer
** method on a value reached without a pointer on the path. */
static bool needs_addr(Expr *x, const Selection *sel) {
  return sel->m && sel->m->ptr_recv && !sel->indirect && ul(cg_vtype(x))->kind != TY_POINTER;
}

static void visit_prepare(void *ud, Expr *e, Stmt *s) {
  Numbering *n = ud;
  CG *cg = n->cg;
  (void)s;
  if (!e) return;
  if (e->kind == E_SELECTOR) {
    const Selection *sel = chk_selection(cg->c, e);
    if (sel && sel->kind == SEL_METHOD && needs_addr(e->u.selector.x, sel)) {
      /* the path up to the method may pass through embedded pointers */
      bool ptr_on_path = false;
      Type *t = cg_vtype(e->u.selector.x);
      for (int k = 0; k + 1 < sel->nindex && !ptr_on_path; k++) {
        Type *u = ul(t);
        if (u->kind != TY_STRUCT) break;
        t = u->u.strct.fields[sel->index[k]].type;
        ptr_on_path = ul(t)->kind == TY_POINTER;
      }
      Object *o = ptr_on_path ? NULL : addr_root(cg, e->u.selector.x);
      if (o) o->addr_taken = true;   /* a package variable then lives in a cell */
    }
    return;
  }
  if (e->kind != E_FUNCLIT || pmap_get(&state(cg)->jobs, e)) return;
  const char *name = fmt_name(cg, n->in_lit ? "%s.%d" : "%s.func%d", n->outer, NULL, ++n->k);
  Job *j = new_job(cg, JOB_LIT, e, name);
  j->lit = e;
  int nc;
  Object **caps = chk_captures(cg->c, e, &nc);
  for (int i = 0; i < nc; i++)
    if (esc_capture_byval(cg->c, caps[i])) caps[i]->addr_taken = false;
  j->ctype = cg_closure_type(cg, e);
  Numbering inner = {cg, name, true, 0};
  cg_walk_body(e->u.funclit.body, visit_prepare, &inner);
}

/* The method table: every declared method, grouped by receiver base type
** (declaration order of the types' first methods), by name within. */
typedef struct MEntry { Type *base; const char *name; int func; bool ptr; int order; } MEntry;

static int mentry_cmp(const void *a, const void *b) {
  const MEntry *x = a, *y = b;
  if (x->order != y->order) return x->order < y->order ? -1 : 1;
  return strcmp(x->name, y->name);
}

static void method_table(CG *cg, Decl **decls, int ndecls) {
  MEntry *v = arena_alloc(A(cg), sizeof(MEntry) * (size_t)(ndecls + 1));
  int n = 0;
  for (int i = 0; i < ndecls; i++) {
    Decl *d = decls[i];
    Object *o = d->u.func.obj ? d->u.func.obj : d->u.func.name->u.ident.obj;
    Type *rt = d->u.func.recv && o ? recv_type(o) : NULL;
    if (!rt) continue;
    Type *base = rt->kind == TY_POINTER ? rt->u.ptr.elem : rt;
    int order = n;
    for (int k = 0; k < n; k++)
      if (v[k].base == base) { order = v[k].order; break; }
    v[n++] = (MEntry){base, o->name, i, rt->kind == TY_POINTER, order};
  }
  qsort(v, (size_t)n, sizeof *v, mentry_cmp);
  if (n == 0 || !cg_ensure(cg, &cg->methods, &cg->capmethods, n, sizeof(MethodInfo))) return;
  for (int k = 0; k < n; k++) {
    size_t len = strlen(v[k].name) + 1;
    char *name = malloc(len);
    if (!name) { cg_error(cg, (Pos){0, 0, 0}, "out of memory"); return; }
    memcpy(name, v[k].name, len);
    cg->methods[cg->nmethods++] = (MethodInfo){name, v[k].func, v[k].ptr};
    pmap_put(A(cg), &state(cg)->mbase, (void *)(intptr_t)(k + 1), v[k].base);
  }
}

void cg_method_run(CG *cg, Type *t, int32_t *first, int32_t *n) {
  *first = *n = 0;
  for (int k = 0; k < cg->nmethods; k++) {
    if (pmap_get(&state(cg)->mbase, (void *)(intptr_t)(k + 1)) != t) continue;
    if (*n == 0) *first = k;
    (*n)++;
  }
}

void cg_func_prepare(CG *cg, Decl **decls, int ndecls, char **names) {
  method_table(cg, decls, ndecls);
  for (int i = 0; i < ndecls; i++) {
    Numbering n = {cg, names[i], false, 0};
    cg_walk_body(decls[i]->u.func.body, visit_prepare, &n);
  }
  Numbering glob = {cg, "main.glob.", false, 0};
  for (int i = 0; i < cg->f->ndecls; i++) {
    Decl *d = cg->f->decls[i];
    if (d->kind != D_GEN || d->u.gen.tok != TK_VAR) continue;
    for (int j = 0; j < d->u.gen.nspecs; j++)
      for (int k = 0; k < d->u.gen.specs[j]->u.value.values.n; k++)
        cg_walk_expr(d->u.gen.specs[j]->u.value.values.v[k], visit_prepare, &glob);
  }
}

/* }==================================================================== */

/* {====================================================================
** Closure objects
** ===================================================================== */

static Type *object_type(CG *cg, StructField *fields, int n) {
  Type *t = ty_new(cg->c, TY_STRUCT);
  t->u.strct.fields = fields;
  t->u.strct.nfields = n;
  ty_complete(t);
  return t;
}

Type *cg_closure_type(CG *cg, Expr *lit) {
  Job *j = pmap_get(&state(cg)->jobs, lit);
  if (j && j->ctype) return j->ctype;
  int nc;
  Object **caps = chk_captures(cg->c, lit, &nc);
  if (nc == 0) return NULL;
  StructField *f = arena_alloc(A(cg), sizeof *f * (size_t)(nc + 1));
  f[0] = (StructField){.name = "F", .type = TY(TY_UINTPTR)};
  for (int i = 0; i < nc; i++) {
    bool byval = esc_capture_byval(cg->c, caps[i]);
    f[i + 1] = (StructField){.name = caps[i]->name,
                             .type = byval ? caps[i]->type : ty_new_pointer(cg->c, caps[i]->type)};
  }
  return object_type(cg, f, nc + 1);
}

/* The declared method a method value or expression selects. */
static Object *sel_method(CG *cg, Expr *sel, const Selection **out) {
  const Selection *s = chk_selection(cg->c, sel);
  if (out) *out = s;
  if (!s || (s->kind != SEL_METHOD && s->kind != SEL_METHOD_EXPR) || !s->method) return NULL;
  if (s->method->cg_data != cg->func_token) return NULL;
  return s->method;
}

static Type *methval_type_of(CG *cg, Object *m) {
  FuncState *fs = state(cg);
  Type *t = pmap_get(&fs->mvtypes, m);
  if (t) return t;
  Type *rt = recv_type(m);
  if (!rt) return NULL;
  StructField *f = arena_alloc(A(cg), sizeof *f * 2);
  f[0] = (StructField){.name = "F", .type = TY(TY_UINTPTR)};
  f[1] = (StructField){.name = "R", .type = rt};
  t = object_type(cg, f, 2);
  pmap_put(A(cg), &fs->mvtypes, m, t);
  return t;
}

/* An interface method value's x.M: the interface's method, or NULL. */
/* The interface whose method x.M is: x itself, or the embedded interface
** field that ends M's promotion path (x.I.M spelled x.M). NULL when M is
** not an interface method. */
static Type *iface_methval(CG *cg, Expr *sel) {
  const Selection *s = chk_selection(cg->c, sel);
  if (!s || s->kind != SEL_METHOD || s->method || s->nindex < 1 || !s->m) return NULL;
  Type *t = sel->u.selector.x->type;
  for (int k = 0; t && k + 1 < s->nindex; k++) {
    Type *u = ul(t);
    if (u->kind == TY_POINTER) u = ul(u->u.ptr.elem);
    if (u->kind != TY_STRUCT) return NULL;
    t = u->u.strct.fields[s->index[k]].type;
  }
  return t && ul(t)->kind == TY_INTERFACE ? t : NULL;
}

/* The job of interface method value x.M's wrapper "I.M-fm", whose closure
** object is {F, i} for the interface value i that x.M reads. */
static Job *ifm_job(CG *cg, Expr *sel) {
  Method *im = chk_selection(cg->c, sel)->m;
  Job *j = pmap_get(&state(cg)->jobs, im);
  if (j) return j;
  Type *it = iface_methval(cg, sel);
  const char *tn = ty_string(cg->c, it);
  size_t n = strlen(tn) + strlen(im->name) + 8;
  char *name = arena_alloc(A(cg), n);
  snprintf(name, n, "%s.%s-fm", tn, im->name);
  j = new_job(cg, JOB_IFM, im, name);
  j->imethod = im;
  j->iface = it;
  StructField *f = arena_alloc(A(cg), sizeof *f * 2);
  f[0] = (StructField){.name = "F", .type = TY(TY_UINTPTR)};
  f[1] = (StructField){.name = "R", .type = it};
  j->ctype = object_type(cg, f, 2);
  return j;
}

/* The job of method expression I.M (I an interface type): "I.M", keyed by
** the expression (its type is func(I, ...)). */
static Job *ifx_job(CG *cg, Expr *sel) {
  Job *j = pmap_get(&state(cg)->mexprs, sel);
  if (j) return j;
  const Selection *s = chk_selection(cg->c, sel);
  Type *it = sel->u.selector.x->type;
  const char *tn = ty_string(cg->c, it);
  size_t n = strlen(tn) + strlen(s->m->name) + 8;
  char *name = arena_alloc(A(cg), n);
  snprintf(name, n, "%s.%s", tn, s->m->name);
  j = new_job(cg, JOB_IFX, sel, name);
  j->imethod = s->m;
  j->iface = it;
  j->sig = ul(sel->type);
  return j;
}

/* Whether sel is a method expression I.M of an interface type. */
static bool iface_methexpr(CG *cg, Expr *sel) {
  const Selection *s = chk_selection(cg->c, sel);
  return s && s->kind == SEL_METHOD_EXPR && !s->method && s->m && sel->u.selector.x->type &&
         ul(sel->u.selector.x->type)->kind == TY_INTERFACE && sel->type && ul(sel->type)->kind == TY_FUNC;
}

Type *cg_methval_type(CG *cg, Expr *sel) {
  const Selection *s;
  Object *m = sel_method(cg, sel, &s);
  if (!m && iface_methval(cg, sel)) return ifm_job(cg, sel)->ctype;
  return m && s->kind == SEL_METHOD ? methval_type_of(cg, m) : NULL;
}

void cg_funcval_to(Fn *F, int index, int d) {
  cg_emit_bx(F, OP_FUNCVAL, d, (uint32_t)index);
  cg_mark_word(F, d);
}

/* A new closure object of layout ct for alloc site [key] in a register,
** its word 0 set to function [index]. */
static int new_closure(Fn *F, Pos pos, const char *kind, const char *what, const void *key, Type *ct,
                       int index) {
  int site = cg_site(F, pos, kind, what, ct, ct->size);
  int a = cg_alloc_words(F, 1, true);
  cg_alloc_object(F, a, site, key, ct);
  int t = cg_alloc_words(F, 1, false);
  cg_emit_bx(F, OP_LOADI, t, (uint32_t)index);
  cg_emit(F, OP_ST64, a, t, 0);
  return a;
}

void cg_funclit_to(Fn *F, Expr *lit, int d) {
  CG *cg = F->cg;
  Job *j = pmap_get(&state(cg)->jobs, lit);
  if (!j) { cg_error(cg, lit->pos, "internal compiler error: unnumbered function literal"); return; }
  if (!j->ctype) { cg_funcval_to(F, j->index, d); return; }
  int mark = F->top;
  int a = new_closure(F, lit->pos, "func literal", "func literal", lit, j->ctype, j->index);
  int nc;
  Object **caps = chk_captures(cg->c, lit, &nc);
  for (int i = 0; i < nc; i++) {
    Object *o = caps[i];
    StructField *f = &j->ctype->u.strct.fields[i + 1];
    Place dst = {PL_MEM, a, f->offset, f->type, 0, 0, false, 0};
    bool boxed = o->cg_data == F->box_token;
    if (ul(f->type)->kind == TY_POINTER && !esc_capture_byval(cg->c, o)) {
      if (!boxed) { cg_error(cg, lit->pos, "internal compiler error: captured variable not in memory"); break; }
      cg_store_place(F, &dst, o->cg_index);   /* the variable's address */
    } else if (boxed) {
      Place src = {PL_MEM, o->cg_index, 0, o->type, 0, 0, false, 0};
      int v = cg_alloc(F, o->type);
      cg_load_place(F, &src, v);
      cg_store_place(F, &dst, v);
    } else if (cg_is_local(F, o)) {
      cg_store_place(F, &dst, o->cg_index);
    } else {
      cg_error(cg, lit->pos, "internal compiler error: captured variable out of scope");
      break;
    }
  }
  cg_move(F, d, a, 1);
  cg_mark_word(F, d);
  F->top = mark;
}

void cg_closure_prologue(Fn *F, Expr *lit) {
  CG *cg = F->cg;
  Job *j = pmap_get(&state(cg)->jobs, lit);
  if (!j || !j->ctype) return;
  int cl = cg_alloc_words(F, 1, true);
  F->closure_reg = cl;
  int nc;
  Object **caps = chk_captures(cg->c, lit, &nc);
  for (int i = 0; i < nc; i++) {
    Object *o = caps[i];
    StructField *f = &j->ctype->u.strct.fields[i + 1];
    Place src = {PL_MEM, cl, f->offset, f->type, 0, 0, false, 0};
    int r = cg_alloc(F, f->type);
    cg_load_place(F, &src, r);
    cg_mark(F, r, f->type);
    o->cg_index = r;
    if (ul(f->type)->kind == TY_POINTER && !esc_capture_byval(cg->c, o)) {
      o->cg_data = F->box_token;
    } else {
      o->cg_data = F->token;
      if (cg_needs_box(o)) cg_box_var(F, o, r, o->pos);
    }
  }
}

/* }==================================================================== */

/* {====================================================================
** Receivers, method values and method expressions
** ===================================================================== */

static void recv_from(Fn *F, Place *pp, bool want_ptr, Type *rt, int d, Pos pos);

void cg_recv_to(Fn *F, Expr *e, int d) {
  cg_recv_path_to(F, e->u.selector.x, chk_selection(F->cg->c, e), d, e->pos);
}

void cg_recv_path_to(Fn *F, Expr *x, const Selection *sel, int d, Pos pos) {
  Object *m = sel ? sel->method : NULL;
  Type *rt = m ? recv_type(m) : NULL;
  if (!rt) { cg_error(F->cg, pos, "internal compiler error: method without receiver"); return; }
  int mark = F->top;
  if (F->top < d + cg_nwords(rt)) F->top = d + cg_nwords(rt);
  Place p;
  cg_path_place(F, x, sel->index, sel->nindex - 1, &p, pos);
  recv_from(F, &p, sel->m->ptr_recv, rt, d, pos);
  F->top = mark;
}

/* The receiver of type rt (T or *T) from the place p of the value that
** holds it: auto & for a pointer method on a value in memory, auto * for
** a value method through a pointer. */
static void recv_from(Fn *F, Place *pp, bool want_ptr, Type *rt, int d, Pos pos) {
  Place p = *pp;
  if (ul(p.t)->kind == TY_POINTER) {   /* the receiver value is a pointer */
    if (want_ptr) {
      cg_load_place(F, &p, d);
    } else {                           /* auto *: loads nil-check */
      int r = cg_alloc_words(F, 1, true);
      cg_load_place(F, &p, r);
      Place q = {PL_MEM, r, 0, ul(p.t)->u.ptr.elem, 0, 0, false, 0};
      cg_load_place(F, &q, d);
    }
  } else if (want_ptr) {               /* auto & */
    if (p.kind != PL_MEM) {
      cg_error(F->cg, pos, "internal compiler error: pointer method on a value not in memory");
    } else {
      int a = cg_mem_addr(F, &p);
      cg_move(F, d, a, 1);
    }
  } else {
    cg_load_place(F, &p, d);
  }
  cg_mark(F, d, rt);
}

/* The function index of native function [o] used as a value. */
int cg_native_funcval(CG *cg, Object *o) {
  Job *j = pmap_get(&state(cg)->jobs, o);
  if (j) return j->index;
  size_t n = strlen(o->pkg) + strlen(o->name) + 2;
  char *name = arena_alloc(A(cg), n);
  snprintf(name, n, "%s.%s", o->pkg, o->name);
  j = new_job(cg, JOB_NATIVE, o, name);
  j->method = o;
  return j->index;
}

/* The job of method m's -fm wrapper. */
static Job *fm_job(CG *cg, Object *m) {
  Job *j = pmap_get(&state(cg)->jobs, m);
  if (j) return j;
  Decl *d = m->decl;
  const char *base = cg_func_name(cg, d);
  j = new_job(cg, JOB_FM, m, fmt_name(cg, "%s%s", base, "-fm", 0));
  j->method = m;
  j->ctype = methval_type_of(cg, m);
  return j;
}

/* The job of method expression [e] (X.M) whose function is not M's. */
static Job *mexpr_job(CG *cg, Expr *e, Object *m, const Selection *s) {
  Job *j = pmap_get(&state(cg)->mexprs, e);
  if (j) return j;
  Type *sig = ul(e->type);
  bool ptr;
  const char *tn = recv_base_name(sig->u.func.params[0], &ptr);
  size_t n = strlen(tn) + strlen(m->name) + 16;
  char *name = arena_alloc(A(cg), n);
  snprintf(name, n, ptr ? "main.(*%s).%s" : "main.%s.%s", tn, m->name);
  j = new_job(cg, JOB_MEXPR, e, name);
  j->method = m;
  j->sig = sig;
  j->sel = s;
  return j;
}

/* (*T).M for value method m of T, as an interface's method table of *T
** (or of a boxed T) needs it: a JOB_MEXPR keyed by m itself, whose
** selection is the one-step path to m. */
int cg_deref_method(CG *cg, Object *m) {
  Job *j = pmap_get(&state(cg)->mexprs, m);
  if (j) return j->index;
  Type *rt = recv_type(m), *named = rt;
  Method *mt = NULL;
  for (int i = 0; named && named->kind == TY_NAMED && i < named->u.named.nmethods; i++)
    if (named->u.named.methods[i].fn == m) mt = &named->u.named.methods[i];
  Type *full = cg_method_sig(cg, m);
  if (!mt || !full) { cg_error(cg, (Pos){0, 0, 0}, "internal compiler error: no method table entry"); return 0; }
  Type *sig = ty_new(cg->c, TY_FUNC);
  sig->u.func = full->u.func;
  sig->u.func.params = arena_alloc(A(cg), sizeof(Type *) * (size_t)full->u.func.nparams);
  memcpy(sig->u.func.params, full->u.func.params, sizeof(Type *) * (size_t)full->u.func.nparams);
  sig->u.func.params[0] = ty_new_pointer(cg->c, rt);
  ty_complete(sig);
  Selection *sel = arena_alloc(A(cg), sizeof *sel);
  memset(sel, 0, sizeof *sel);
  sel->kind = SEL_METHOD_EXPR;
  sel->m = mt;
  sel->method = m;
  sel->index = arena_alloc(A(cg), sizeof(int));
  sel->index[0] = (int)(mt - named->u.named.methods);
  sel->nindex = 1;
  bool ptr;
  const char *tn = recv_base_name(rt, &ptr);
  size_t n = strlen(tn) + strlen(m->name) + 16;
  char *name = arena_alloc(A(cg), n);
  snprintf(name, n, "main.(*%s).%s", tn, m->name);
  j = new_job(cg, JOB_MEXPR, m, name);
  j->method = m;
  j->sig = sig;
  j->sel = sel;
  return j->index;
}

int cg_method_callee(Fn *F, Expr *fn, bool *recv) {
  fn = cg_unparen(fn);
  if (fn->kind != E_SELECTOR) return -1;
  const Selection *s;
  Object *m = sel_method(F->cg, fn, &s);
  if (!m) return -1;
  *recv = s->kind == SEL_METHOD;
  if (s->kind == SEL_METHOD) return m->cg_index;
  /* T.M / (*T).M: the function itself when the receiver kinds match */
  Type *xt = fn->u.selector.x->type;
  bool xptr = xt && ul(xt)->kind == TY_POINTER && ul(recv_type(m))->kind == TY_POINTER;
  bool same = s->nindex == 1 && (xptr || (xt && ul(xt)->kind != TY_POINTER && !s->m->ptr_recv));
  if (same) return m->cg_index;
  return fn->type && ul(fn->type)->kind == TY_FUNC ? mexpr_job(F->cg, fn, m, s)->index : -1;
}

/* x.M for an interface x: the closure {I.M-fm, x}. */
static void iface_method_value_to(Fn *F, Expr *e, int d) {
  Job *j = ifm_job(F->cg, e);
  int mark = F->top;
  int r = cg_alloc(F, j->iface);
  const Selection *sel = chk_selection(F->cg->c, e);
  if (sel->nindex == 1) {
    cg_expr_to(F, e->u.selector.x, r);
  } else {   /* the embedded interface is read now, as Go evaluates x.I */
    Place p;
    cg_path_place(F, e->u.selector.x, sel->index, sel->nindex - 1, &p, e->pos);
    cg_load_place(F, &p, r);
  }
  cg_mark(F, r, j->iface);
  cg_emit(F, OP_NILCHK, r, 0, 0);   /* Go panics when x.M is made of a nil interface */
  int a = new_closure(F, e->pos, "method value", ast_expr_string(A(F->cg), e), e, j->ctype, j->index);
  Place dst = {PL_MEM, a, j->ctype->u.strct.fields[1].offset, j->iface, 0, 0, false, 0};
  cg_store_place(F, &dst, r);
  cg_move(F, d, a, 1);
  cg_mark_word(F, d);
  F->top = mark;
}

bool cg_method_value_to(Fn *F, Expr *e, int d) {
  CG *cg = F->cg;
  const Selection *s;
  Object *m = sel_method(cg, e, &s);
  if (!m && iface_methval(cg, e)) { iface_method_value_to(F, e, d); return true; }
  if (!m && iface_methexpr(cg, e)) { cg_funcval_to(F, ifx_job(cg, e)->index, d); return true; }
  if (!m) return false;
  if (s->kind == SEL_METHOD_EXPR) {
    bool recv;
    int k = cg_method_callee(F, e, &recv);
    if (k < 0) { cg_error(cg, e->pos, "this method expression is not supported yet"); return true; }
    cg_funcval_to(F, k, d);
    return true;
  }
  Job *j = fm_job(cg, m);
  int mark = F->top;
  Type *rt = j->ctype->u.strct.fields[1].type;
  int r = cg_alloc(F, rt);
  cg_recv_to(F, e, r);     /* evaluated (and a nil *T dereferenced) now */
  int a = new_closure(F, e->pos, "method value", ast_expr_string(A(cg), e), e, j->ctype, j->index);
  Place dst = {PL_MEM, a, j->ctype->u.strct.fields[1].offset, rt, 0, 0, false, 0};
  cg_store_place(F, &dst, r);
  cg_move(F, d, a, 1);
  cg_mark_word(F, d);
  F->top = mark;
  return true;
}

/* }==================================================================== */

/* {====================================================================
** Compiling the jobs
** ===================================================================== */

/* Go's panicwrap: (*T).M of a value method called with a nil pointer. */
static void nil_recv_check(Fn *F, Job *j, Type *x) {
  Label ok = cg_label(F);
  cg_branch(F, OP_JNEI, 0, 0, ok);
  bool ptr;
  const char *tn = recv_base_name(x, &ptr);
  char msg[256];
  snprintf(msg, sizeof msg, "value method main.%s.%s called using nil *%s pointer", tn, j->method->name, tn);
  int s = cg_alloc_words(F, 2, true), t = cg_alloc_words(F, 2, true);
  cg_emit_bx(F, OP_LOADK2, s, (uint32_t)cg_const_string(F->cg, msg, (int64_t)strlen(msg)));
  cg_to_iface(F, t, s, TY(TY_STRING));
  cg_emit(F, OP_PANIC, t, 0, 0);
  cg_place(F, ok);
}

/* The wrappers: main.T.M-fm(args) calls M(closure.R, args); a method
** expression's main.X.M(x, args) calls M(receiver reached from x, args). */
static void wrapper_body(Fn *F, void *ud) {
  Job *j = ud;
  F->wrapper = true;
  Object *m = j->method;
  Type *rt = recv_type(m), *sig = F->sig;
  Place src = {PL_MEM, 0, 0, rt, 0, 0, false, 0};
  int first = 0;       /* the wrapper's parameters forwarded from here */
  if (j->kind == JOB_FM) {
    src.reg = cg_alloc_words(F, 1, true);
    src.off = j->ctype->u.strct.fields[1].offset;
    F->closure_reg = src.reg;
  } else {
    first = 1;         /* R[0] holds x */
    Type *x = sig->u.func.params[0];
    if (ul(x)->kind == TY_POINTER) {
      if (j->sel->nindex == 1 && !j->sel->m->ptr_recv) nil_recv_check(F, j, x);
      src = (Place){PL_MEM, 0, 0, ul(x)->u.ptr.elem, 0, 0, false, 0};
    } else {
      src = (Place){PL_REG, 0, 0, x, 0, 0, true, 0};
    }
    cg_follow_path(F, &src, j->sel->index, j->sel->nindex - 1, (Pos){F->line, 1, F->file});
  }
  int rw = cg_nwords(rt), skip = first ? cg_nwords(sig->u.func.params[0]) : 0;
  int fw = F->param_words - skip;
  int win = rw + fw > F->result_words ? rw + fw : F->result_words;
  int w = F->top;
  cg_reserve(F, w + win);
  if (j->kind == JOB_FM) cg_load_place(F, &src, w);
  else recv_from(F, &src, j->sel->m->ptr_recv, rt, w, (Pos){F->line, 1, F->file});
  cg_mark(F, w, rt);
  F->top = w + win;
  for (int i = first, off = skip; i < sig->u.func.nparams; i++) {
    Type *pt = sig->u.func.params[i];
    cg_move(F, w + rw + off - skip, off, cg_nwords(pt));
    cg_mark(F, w + rw + off - skip, pt);
    off += cg_nwords(pt);
  }
  if (m->native >= 0) cg_emit_bx(F, OP_CALLN, w, (uint32_t)m->native);   /* a library method */
  else cg_emit_bx(F, OP_CALL, w, (uint32_t)m->cg_index);
  for (int i = 0, off = 0; i < sig->u.func.nresults; i++) {
    cg_mark(F, w + off, sig->u.func.results[i]);
    off += cg_nwords(sig->u.func.results[i]);
  }
  if (F->result_words) cg_move(F, 0, w, F->result_words);
  cg_emit(F, OP_RET, 0, 0, 0);
}

/* I.M-fm(args): loads the interface from the closure and dispatches;
** I.M(i, args): dispatches on its first parameter. */
static void ifm_body(Fn *F, void *ud) {
  Job *j = ud;
  Type *sig = F->sig;
  int iv = 0, first = 0, skip = 0;   /* the parameters forwarded from [first], word [skip] */
  if (j->kind == JOB_IFM) {
    int c = cg_alloc_words(F, 1, true);
    F->closure_reg = c;
    iv = cg_alloc(F, j->iface);
    Place src = {PL_MEM, c, j->ctype->u.strct.fields[1].offset, j->iface, 0, 0, false, 0};
    cg_load_place(F, &src, iv);
    cg_mark(F, iv, j->iface);
  } else {
    first = 1;
    skip = cg_nwords(j->iface);
  }
  int pw = F->param_words - skip;
  int win = 1 + pw > F->result_words ? 1 + pw : F->result_words;
  int w = F->top;
  cg_reserve(F, w + win);
  cg_mark_word(F, w);
  for (int i = first, off = skip; i < sig->u.func.nparams; i++) {
    Type *pt = sig->u.func.params[i];
    cg_move(F, w + 1 + off - skip, off, cg_nwords(pt));
    cg_mark(F, w + 1 + off - skip, pt);
    off += cg_nwords(pt);
  }
  F->top = w + win;
  cg_iface_call_emit(F, w, iv, j->iface, j->imethod->name);
  for (int i = 0, off = 0; i < sig->u.func.nresults; i++) {
    cg_mark(F, w + off, sig->u.func.results[i]);
    off += cg_nwords(sig->u.func.results[i]);
  }
  if (F->result_words) cg_move(F, 0, w, F->result_words);
  cg_emit(F, OP_RET, 0, 0, 0);
}

/* pkg.F as a value: its parameters, already in the native's register
** layout, copied to a call window; the results copied back. */
static void native_body(Fn *F, void *ud) {
  Job *j = ud;
  Type *sig = F->sig;
  F->wrapper = true;
  int pw = F->param_words;
  int win = pw > F->result_words ? pw : F->result_words;
  int w = F->top;
  cg_reserve(F, w + win);
  for (int i = 0, off = 0; i < sig->u.func.nparams; i++) {
    Type *pt = sig->u.func.params[i];
    cg_move(F, w + off, off, cg_nwords(pt));
    cg_mark(F, w + off, pt);
    off += cg_nwords(pt);
  }
  F->top = w + win;
  cg_emit_bx(F, OP_CALLN, w, (uint32_t)j->method->native);
  for (int i = 0, off = 0; i < sig->u.func.nresults; i++) {
    cg_mark(F, w + off, sig->u.func.results[i]);
    off += cg_nwords(sig->u.func.results[i]);
  }
  if (F->result_words) cg_move(F, 0, w, F->result_words);
  cg_emit(F, OP_RET, 0, 0, 0);
}

static void lit_body(Fn *F, void *ud) {
  Job *j = ud;
  BodySpec b = {NULL, j->lit->u.funclit.type, j->lit->u.funclit.body, j->lit};
  cg_body(F, &b);
}

void cg_func_drain(CG *cg) {
  FuncState *fs = state(cg);
  while (fs->done < fs->queue.n && !cg->failed) {
    Job *j = fs->queue.v[fs->done++];
    if (j->kind == JOB_LIT) {
      Type *sig = ul(j->lit->type);
      cg_compile_func(cg, j->index, j->name, j->lit->pos, sig, lit_body, j);
    } else if (j->kind == JOB_IFM) {
      cg_compile_func(cg, j->index, j->name, (Pos){0, 0, 0}, j->imethod->sig, ifm_body, j);
    } else if (j->kind == JOB_IFX) {
      cg_compile_func(cg, j->index, j->name, (Pos){0, 0, 0}, j->sig, ifm_body, j);
    } else if (j->kind == JOB_NATIVE) {
      cg_compile_func(cg, j->index, j->name, (Pos){0, 0, 0}, ul(j->method->type), native_body, j);
    } else {
      Object *m = j->method;
      Type *sig = j->kind == JOB_MEXPR ? j->sig : ul(m->type);
      cg_compile_func(cg, j->index, j->name, m->decl ? m->decl->pos : (Pos){0, 0, 0}, sig, wrapper_body, j);
    }
  }
}

/* }==================================================================== */
