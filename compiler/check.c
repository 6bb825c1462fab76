/*
** check.c — the type checker's driver (types2's check.go, resolver.go,
** universe.go, scope.go and errors.go): the universe, scopes and objects,
** diagnostics, and the package-level phases:
**
**   1. collect_objects: declare every package-level object (imports in the
**      file scope, the rest in the package scope) with its DeclInfo, check
**      main/init signatures, associate methods with their receiver types.
**   2. package_objects: type-check the objects in source order (types, then
**      aliases, then the rest); each one pulls in what it depends on first
**      (chk_obj_decl), which is how declarations end up "in dependency
**      order" and how cycles are found.
**   3. process_delayed: function bodies, queued by step 2.
**   4. unused imports; untyped leftovers get their default types; and, if
**      all went well, the checks gc makes after type checking (missing
**      function bodies) and the linker's (no main function).
**
** Diagnostics follow types2's errors.go: once an error has been reported,
** messages containing "invalid operand" or "invalid type" are follow-on
** noise and dropped; errors inside an inherited constant initializer are
** reported at the constant being declared (errpos).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

/* {=================================================================
** Pointer maps
** ================================================================== */

static size_t phash(const void *p) {
  uintptr_t x = (uintptr_t)p;
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  return (size_t)x;
}

void *pmap_get(const PtrMap *m, const void *key) {
  if (m->cap == 0) return NULL;
  size_t mask = (size_t)m->cap - 1;
  for (size_t i = phash(key) & mask;; i = (i + 1) & mask) {
    if (m->keys[i] == key) return m->vals[i];
    if (m->keys[i] == NULL) return NULL;
  }
}

void pmap_put(Arena *a, PtrMap *m, const void *key, void *val) {
  if ((m->n + 1) * 2 > m->cap) {
    int cap = m->cap ? m->cap * 2 : 16;
    PtrMap nm = {arena_alloc(a, sizeof(void *) * (size_t)cap), arena_alloc(a, sizeof(void *) * (size_t)cap), 0, cap};
    for (int i = 0; i < m->cap; i++)
      if (m->keys[i]) pmap_put(a, &nm, m->keys[i], m->vals[i]);
    *m = nm;
  }
  size_t mask = (size_t)m->cap - 1;
  for (size_t i = phash(key) & mask;; i = (i + 1) & mask) {
    if (m->keys[i] == key) {
      m->vals[i] = val;
      return;
    }
    if (m->keys[i] == NULL) {
      m->keys[i] = key;
      m->vals[i] = val;
      m->n++;
      return;
    }
  }
}

/* }================================================================= */

/* {=================================================================
** Strings and diagnostics
** ================================================================== */

typedef struct SB {
  char *s;
  size_t n, cap;
  Arena *a;
} SB;

static void sb_put(SB *b, const char *s, size_t k) {
  if (b->n + k + 1 > b->cap) {
    size_t cap = b->cap ? b->cap * 2 : 64;
    while (cap < b->n + k + 1) cap *= 2;
    char *p = arena_alloc(b->a, cap);
    if (b->n) memcpy(p, b->s, b->n);
    b->s = p;
    b->cap = cap;
  }
  memcpy(b->s + b->n, s, k);
  b->n += k;
  b->s[b->n] = 0;
}

static void sb_str(SB *b, const char *s) { sb_put(b, s ? s : "", s ? strlen(s) : 0); }

char *chk_sprintf(Checker *k, const char *fmt, ...) {
  va_list ap, ap2;
  va_start(ap, fmt);
  va_copy(ap2, ap);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  if (n < 0) n = 0;
  char *s = arena_alloc(&k->c->arena, (size_t)n + 1);
  vsnprintf(s, (size_t)n + 1, fmt, ap2);
  va_end(ap2);
  return s;
}

void chk_verror(Checker *k, Pos pos, const char *fmt, va_list ap) {
  va_list ap2;
  va_copy(ap2, ap);
  int n = vsnprintf(NULL, 0, fmt, ap2);
  va_end(ap2);
  if (n < 0) n = 0;
  char *msg = arena_alloc(&k->c->arena, (size_t)n + 1);
  vsnprintf(msg, (size_t)n + 1, fmt, ap);
  /* types2's cheap trick against follow-on errors */
  if (k->first_err) {
    char *p = strstr(msg, "invalid operand");
    char *q = strstr(msg, "invalid type");
    if ((p && p != msg) || (q && q != msg)) return;
  }
  if (k->has_errpos) pos = k->errpos;
  k->first_err = true;
  cmp_error(k->c, pos, "%s", msg);
}

void chk_error(Checker *k, Pos pos, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  chk_verror(k, pos, fmt, ap);
  va_end(ap);
}

/* "FILE:LINE:COL", as syntax.Pos prints in secondary error lines. */
const char *chk_pos_str(Checker *k, Pos p) {
  return chk_sprintf(k, "%s:%d:%d", cmp_file_name(k->c, p.file), p.line, p.col);
}

Expr *chk_unparen(Expr *e) {
  while (e && e->kind == E_PAREN) e = e->u.paren.x;
  return e;
}

Pos chk_start(Expr *e) {
  for (int guard = 0; e && guard < 100000; guard++) {
    switch (e->kind) {
    case E_COMPOSITE:
      if (!e->u.composite.type) return e->pos;
      e = e->u.composite.type;
      break;
    case E_SELECTOR: e = e->u.selector.x; break;
    case E_INDEX: e = e->u.index.x; break;
    case E_SLICE: return e->u.slice.lbrack.line ? e->u.slice.lbrack : e->pos;
    case E_TYPEASSERT: e = e->u.typeassert.x; break;
    case E_BINARY: e = e->u.binary.x; break;
    case E_CALL: e = e->u.call.fn; break;
    default: return e->pos;
    }
    if (!e) break;
  }
  return e ? e->pos : (Pos){0, 0, 0};
}

Pos chk_oppos(Expr *e) {
  if (!e) return (Pos){0, 0, 0};
  if (e->kind == E_BINARY || e->kind == E_UNARY || e->kind == E_STAR) return e->pos;
  return chk_start(e);
}

static void write_expr(Checker *k, SB *b, Expr *e, int depth);

static void write_fields(Checker *k, SB *b, FieldList *fl, const char *sep, int depth) {
  for (int i = 0; i < fl->n; i++) {
    Field *f = fl->v[i];
    if (i) sb_str(b, sep);
    for (int j = 0; j < f->nnames; j++) {
      if (j) sb_str(b, ", ");
      write_expr(k, b, f->names[j], depth + 1);
    }
    if (f->nnames) sb_str(b, " ");
    write_expr(k, b, f->type, depth + 1);
    if (f->tag) {
      sb_str(b, " ");
      sb_str(b, f->tag);
    }
  }
}

static void write_sig(Checker *k, SB *b, Expr *ft, int depth) {
  sb_str(b, "(");
  write_fields(k, b, &ft->u.func.params, ", ", depth);
  sb_str(b, ")");
  FieldList *r = &ft->u.func.results;
  if (r->n == 0) return;
  sb_str(b, " ");
  if (r->n == 1 && r->v[0]->nnames == 0) {
    write_expr(k, b, r->v[0]->type, depth + 1);
  } else {
    sb_str(b, "(");
    write_fields(k, b, r, ", ", depth);
    sb_str(b, ")");
  }
}

static void write_list(Checker *k, SB *b, ExprList *l, int depth) {
  for (int i = 0; i < l->n; i++) {
    if (i) sb_str(b, ", ");
    write_expr(k, b, l->v[i], depth + 1);
  }
}

/* syntax.String (ShortForm): "…" for the bodies of literals. */
static void write_expr(Checker *k, SB *b, Expr *e, int depth) {
  if (!e) return;
  if (depth > 200) {
    sb_str(b, "…");
    return;
  }
  switch (e->kind) {
  case E_BAD: sb_str(b, "<bad expr>"); break;
  case E_IDENT: sb_str(b, e->u.ident.name); break;
  case E_BASICLIT: sb_put(b, e->u.lit.raw, (size_t)e->u.lit.len); break;
  case E_COMPOSITE:
    write_expr(k, b, e->u.composite.type, depth + 1);
    sb_str(b, e->u.composite.elts.n ? "{…}" : "{}");
    break;
  case E_FUNCLIT: {
    write_expr(k, b, e->u.funclit.type, depth + 1);
    Stmt *body = e->u.funclit.body;
    if (body) sb_str(b, body->kind == S_BLOCK && body->u.block.list.n == 0 ? " {}" : " {…}");
    break;
  }
  case E_PAREN:
    sb_str(b, "(");
    write_expr(k, b, e->u.paren.x, depth + 1);
    sb_str(b, ")");
    break;
  case E_SELECTOR:
    write_expr(k, b, e->u.selector.x, depth + 1);
    sb_str(b, ".");
    write_expr(k, b, e->u.selector.sel, depth + 1);
    break;
  case E_INDEX:
    write_expr(k, b, e->u.index.x, depth + 1);
    sb_str(b, "[");
    write_expr(k, b, e->u.index.index, depth + 1);
    sb_str(b, "]");
    break;
  case E_SLICE:
    write_expr(k, b, e->u.slice.x, depth + 1);
    sb_str(b, "[");
    write_expr(k, b, e->u.slice.lo, depth + 1);
    sb_str(b, ":");
    write_expr(k, b, e->u.slice.hi, depth + 1);
    if (e->u.slice.max) {
      sb_str(b, ":");
      write_expr(k, b, e->u.slice.max, depth + 1);
    }
    sb_str(b, "]");
    break;
  case E_TYPEASSERT:
    write_expr(k, b, e->u.typeassert.x, depth + 1);
    sb_str(b, ".(");
    if (e->u.typeassert.type) write_expr(k, b, e->u.typeassert.type, depth + 1);
    else sb_str(b, "type");
    sb_str(b, ")");
    break;
  case E_CALL:
    write_expr(k, b, e->u.call.fn, depth + 1);
    sb_str(b, "(");
    write_list(k, b, &e->u.call.args, depth);
    if (e->u.call.has_ellipsis) sb_str(b, "...");
    sb_str(b, ")");
    break;
  case E_STAR:
    sb_str(b, "*");
    write_expr(k, b, e->u.star.x, depth + 1);
    break;
  case E_UNARY:
    sb_str(b, ast_token_string(e->u.unary.op));
    write_expr(k, b, e->u.unary.x, depth + 1);
    break;
  case E_BINARY:
    write_expr(k, b, e->u.binary.x, depth + 1);
    sb_str(b, " ");
    sb_str(b, ast_token_string(e->u.binary.op));
    sb_str(b, " ");
    write_expr(k, b, e->u.binary.y, depth + 1);
    break;
  case E_KEYVALUE:
    write_expr(k, b, e->u.kv.key, depth + 1);
    sb_str(b, ": ");
    write_expr(k, b, e->u.kv.value, depth + 1);
    break;
  case E_ARRAYTYPE:
    sb_str(b, "[");
    if (e->u.array.len && e->u.array.len->kind == E_ELLIPSIS && !e->u.array.len->u.ellipsis.elt)
      sb_str(b, "...");
    else
      write_expr(k, b, e->u.array.len, depth + 1);
    sb_str(b, "]");
    write_expr(k, b, e->u.array.elem, depth + 1);
    break;
  case E_STRUCTTYPE:
    sb_str(b, "struct{");
    write_fields(k, b, &e->u.strct.fields, "; ", depth);
    sb_str(b, "}");
    break;
  case E_FUNCTYPE:
    sb_str(b, "func");
    write_sig(k, b, e, depth);
    break;
  case E_INTERFACETYPE: {
    sb_str(b, "interface{");
    FieldList *fl = &e->u.iface.methods;
    for (int i = 0; i < fl->n; i++) {
      Field *f = fl->v[i];
      if (i) sb_str(b, "; ");
      if (f->nnames && f->type && f->type->kind == E_FUNCTYPE) {
        write_expr(k, b, f->names[0], depth + 1);
        write_sig(k, b, f->type, depth + 1);
      } else {
        write_expr(k, b, f->type, depth + 1);
      }
    }
    sb_str(b, "}");
    break;
  }
  case E_MAPTYPE:
    sb_str(b, "map[");
    write_expr(k, b, e->u.map.key, depth + 1);
    sb_str(b, "]");
    write_expr(k, b, e->u.map.value, depth + 1);
    break;
  case E_CHANTYPE: {
    int dir = e->u.chan.dir;
    Expr *el = e->u.chan.value;
    sb_str(b, dir == CHAN_RECV ? "<-chan " : dir == CHAN_SEND ? "chan<- " : "chan ");
    bool parens = dir == CHAN_BOTH && el && el->kind == E_CHANTYPE && el->u.chan.dir == CHAN_RECV;
    if (parens) sb_str(b, "(");
    write_expr(k, b, el, depth + 1);
    if (parens) sb_str(b, ")");
    break;
  }
  case E_ELLIPSIS:
    sb_str(b, "...");
    write_expr(k, b, e->u.ellipsis.elt, depth + 1);
    break;
  }
}

const char *chk_expr_str(Checker *k, Expr *e) {
  SB b = {NULL, 0, 0, &k->c->arena};
  sb_str(&b, "");
  write_expr(k, &b, e, 0);
  return b.s;
}

const char *chk_type_str(Checker *k, Type *t) { return ty_string_diag(k->c, t, k->any_type); }

static const char *const mode_names[] = {
  [MODE_INVALID] = "invalid operand", [MODE_NOVALUE] = "no value", [MODE_BUILTIN] = "built-in",
  [MODE_TYPE] = "type", [MODE_CONST] = "constant", [MODE_VAR] = "variable",
  [MODE_MAPINDEX] = "map index expression", [MODE_VALUE] = "value", [MODE_COMMAOK] = "comma, ok expression",
  [MODE_PACKAGE] = "package",
};

static const char *const builtin_names[] = {
  [BI_NONE] = "", [BI_APPEND] = "append", [BI_CAP] = "cap", [BI_CLOSE] = "close", [BI_COMPLEX] = "complex",
  [BI_COPY] = "copy", [BI_DELETE] = "delete", [BI_IMAG] = "imag", [BI_LEN] = "len", [BI_MAKE] = "make",
  [BI_NEW] = "new", [BI_PANIC] = "panic", [BI_PRINT] = "print", [BI_PRINTLN] = "println", [BI_REAL] = "real",
  [BI_RECOVER] = "recover",
};

const char *chk_builtin_name(Builtin id) { return id <= BI_RECOVER ? builtin_names[id] : "?"; }

/* types2's operandString. */
const char *chk_operand_str(Checker *k, Operand *x) {
  if (x->mode == MODE_NIL) {
    if (!x->type || x->type->kind == TY_INVALID) return "nil (with invalid type)";
    if (x->type->kind == TY_UNTYPED_NIL) return "nil";
    return chk_sprintf(k, "nil (of type %s)", chk_type_str(k, x->type));
  }
  SB b = {NULL, 0, 0, &k->c->arena};
  sb_str(&b, "");
  const char *expr = NULL;
  if (x->expr) expr = chk_expr_str(k, x->expr);
  else if (x->mode == MODE_BUILTIN) expr = chk_builtin_name(x->id);
  else if (x->mode == MODE_TYPE) expr = chk_type_str(k, x->type);
  else if (x->mode == MODE_CONST) expr = cst_string_repr(k->c, x->val);
  if (expr && *expr) {
    sb_str(&b, expr);
    sb_str(&b, " (");
  }
  bool has_type = false;
  switch (x->mode) {
  case MODE_INVALID:
  case MODE_NOVALUE:
  case MODE_BUILTIN:
  case MODE_TYPE: break;
  default:
    if (x->type) {
      if (ty_is_untyped(x->type)) {
        sb_str(&b, chk_type_str(k, x->type));
        sb_str(&b, " ");
      } else {
        has_type = true;
      }
    }
  }
  sb_str(&b, x->mode >= 0 && x->mode <= MODE_PACKAGE ? mode_names[x->mode] : "value");
  if (x->mode == MODE_CONST) {
    const char *s = cst_string_repr(k->c, x->val);
    if (!expr || strcmp(s, expr) != 0) {
      sb_str(&b, " ");
      sb_str(&b, s);
    }
  }
  if (has_type) {
    if (x->type->kind != TY_INVALID) {
      sb_str(&b, " of type ");
      sb_str(&b, chk_type_str(k, x->type));
    } else {
      sb_str(&b, " with invalid type");
    }
  }
  if (expr && *expr) sb_str(&b, ")");
  return b.s;
}

bool chk_enter(Checker *k, Pos pos) {
  if (++k->nest > CHK_MAX_NEST) {
    if (!k->nest_reported) {
      k->nest_reported = true;
      chk_error(k, pos, "expression or declaration nesting too deep");
    }
    return false;
  }
  return true;
}

void chk_leave(Checker *k) { k->nest--; }

/* }================================================================= */

/* {=================================================================
** Objects and scopes
** ================================================================== */

Object *chk_new_obj(Checker *k, ObjKind kind, const char *name, Pos pos, Type *t) {
  Object *o = arena_alloc(&k->c->arena, sizeof *o);
  o->kind = kind;
  o->name = name;
  o->pos = pos;
  o->type = t;
  o->native = -1;
  o->depth = k->fn ? k->fn->depth : 0;
  return o;
}

ObjInfo *chk_info(Checker *k, Object *o) {
  ObjInfo *i = pmap_get(&k->objinfo, o);
  if (!i) {
    i = arena_alloc(&k->c->arena, sizeof *i);
    pmap_put(&k->c->arena, &k->objinfo, o, i);
  }
  return i;
}

Scope *chk_new_scope(Checker *k, Scope *parent, bool is_func) {
  Scope *s = arena_alloc(&k->c->arena, sizeof *s);
  s->parent = parent;
  s->is_func = is_func;
  return s;
}

/* Scopes are small arrays; big ones (the package scope of a large
** program, the universe) get a hash index on the side, in
** Checker.scope_index, so that lookups stay O(1). */
typedef struct ScopeIndex {
  Object **slots;
  int cap;
} ScopeIndex;

enum { INDEX_MIN = 16 };

static uint32_t name_hash(const char *s) {
  uint32_t h = 2166136261u;
  for (; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
  return h;
}

static void index_put(ScopeIndex *ix, Object *o) {
  uint32_t mask = (uint32_t)ix->cap - 1;
  for (uint32_t i = name_hash(o->name) & mask;; i = (i + 1) & mask)
    if (!ix->slots[i]) {
      ix->slots[i] = o;
      return;
    }
}

static void index_rebuild(Checker *k, Scope *s) {
  ScopeIndex *ix = pmap_get(&k->scope_index, s);
  if (!ix) {
    ix = arena_alloc(&k->c->arena, sizeof *ix);
    pmap_put(&k->c->arena, &k->scope_index, s, ix);
  }
  ix->cap = 64;
  while (ix->cap < s->n * 2) ix->cap *= 2;
  ix->slots = arena_alloc(&k->c->arena, sizeof(Object *) * (size_t)ix->cap);
  for (int i = 0; i < s->n; i++) index_put(ix, s->objs[i]);
}

Object *chk_scope_lookup(Checker *k, Scope *s, const char *name) {
  if (s->n >= INDEX_MIN) {
    ScopeIndex *ix = pmap_get(&k->scope_index, s);
    if (ix) {
      uint32_t mask = (uint32_t)ix->cap - 1;
      for (uint32_t i = name_hash(name) & mask; ix->slots[i]; i = (i + 1) & mask)
        if (strcmp(ix->slots[i]->name, name) == 0) return ix->slots[i];
      return NULL;
    }
  }
  for (int i = s->n - 1; i >= 0; i--)
    if (strcmp(s->objs[i]->name, name) == 0) return s->objs[i];
  return NULL;
}

Object *chk_lookup(Checker *k, const char *name) {
  for (Scope *s = k->scope; s; s = s->parent) {
    Object *o = chk_scope_lookup(k, s, name);
    if (o) return o;
  }
  return NULL;
}

Object *chk_scope_insert(Checker *k, Scope *s, Object *o) {
  Object *alt = chk_scope_lookup(k, s, o->name);
  if (alt) return alt;
  if (s->n == s->cap) {
    int cap = s->cap ? s->cap * 2 : 8;
    Object **v = arena_alloc(&k->c->arena, sizeof(Object *) * (size_t)cap);
    if (s->n) memcpy(v, s->objs, sizeof(Object *) * (size_t)s->n);
    s->objs = v;
    s->cap = cap;
  }
  s->objs[s->n++] = o;
  if (s->n >= INDEX_MIN) {
    ScopeIndex *ix = pmap_get(&k->scope_index, s);
    if (!ix || s->n * 2 > ix->cap) index_rebuild(k, s);
    else index_put(ix, o);
  }
  return NULL;
}

void chk_redeclared(Checker *k, Object *o, Object *alt, const char *name) {
  if (alt->pos.line > 0)
    chk_error(k, o->pos, "%s redeclared in this block\n\t%s: other declaration of %s", name, chk_pos_str(k, alt->pos),
              alt->name);
  else
    chk_error(k, o->pos, "%s redeclared in this block", name);
}

bool chk_declare(Checker *k, Scope *s, Expr *ident, Object *o) {
  if (strcmp(o->name, "_") != 0) {
    Object *alt = chk_scope_insert(k, s, o);
    if (alt) {
      chk_redeclared(k, o, alt, o->name);
      return false;
    }
  }
  if (ident && ident->kind == E_IDENT) ident->u.ident.obj = o;
  return true;
}

void chk_later(Checker *k, Delayed d) {
  if (k->ndelayed == k->capdelayed) {
    int cap = k->capdelayed ? k->capdelayed * 2 : 16;
    Delayed *v = arena_alloc(&k->c->arena, sizeof(Delayed) * (size_t)cap);
    if (k->ndelayed) memcpy(v, k->delayed, sizeof(Delayed) * (size_t)k->ndelayed);
    k->delayed = v;
    k->capdelayed = cap;
  }
  k->delayed[k->ndelayed++] = d;
}


void chk_process_delayed(Checker *k, int top) {
  /* processing may queue more work: the array may move */
  for (int i = top; i < k->ndelayed; i++) {
    Delayed d = k->delayed[i];
    if (d.kind == DL_FUNC_BODY) chk_func_body(k, &d);
    else chk_delayed_check(k, &d);
  }
  k->ndelayed = top;
}

void chk_add_dep(Checker *k, Object *o) {
  if (!k->decl || !o) return;
  ObjInfo *i = pmap_get(&k->objinfo, o);
  if (!i || !i->decl) return; /* only package-level objects */
  for (int j = 0; j < k->decl->deps.n; j++)
    if (k->decl->deps.v[j] == o) return;
  ptrvec_push(&k->c->arena, &k->decl->deps, o);
}

/* }================================================================= */

/* {=================================================================
** The universe
** ================================================================== */

static void def(Checker *k, Object *o) { chk_scope_insert(k, k->universe, o); }

static void def_type(Checker *k, const char *name, Type *t) {
  def(k, chk_new_obj(k, OBJ_TYPE, name, (Pos){0, 0, 0}, t));
}

static void make_universe(Checker *k) {
  k->universe = chk_new_scope(k, NULL, false);
  static const TypeKind basics[] = {TY_BOOL, TY_INT, TY_INT8, TY_INT16, TY_INT32, TY_INT64, TY_UINT,
                                    TY_UINT8, TY_UINT16, TY_UINT32, TY_UINT64, TY_UINTPTR, TY_FLOAT32,
                                    TY_FLOAT64, TY_COMPLEX64, TY_COMPLEX128, TY_STRING};
  static const char *const names[] = {"bool", "int", "int8", "int16", "int32", "int64", "uint",
                                      "uint8", "uint16", "uint32", "uint64", "uintptr", "float32",
                                      "float64", "complex64", "complex128", "string"};
  for (size_t i = 0; i < sizeof basics / sizeof *basics; i++) def_type(k, names[i], TY(basics[i]));
  def_type(k, "byte", ty_byte);
  def_type(k, "rune", ty_rune);

  k->any_type = ty_new(k->c, TY_INTERFACE);
  ty_complete(k->any_type);
  def_type(k, "any", k->any_type);

  /* type error interface{ Error() string } */
  Type *err = ty_new(k->c, TY_NAMED);
  Object *eo = chk_new_obj(k, OBJ_TYPE, "error", (Pos){0, 0, 0}, err);
  Type *sig = ty_new(k->c, TY_FUNC);
  sig->u.func.results = arena_alloc(&k->c->arena, sizeof(Type *));
  sig->u.func.results[0] = TY(TY_STRING);
  sig->u.func.nresults = 1;
  Type *iface = ty_new(k->c, TY_INTERFACE);
  iface->u.iface.methods = arena_alloc(&k->c->arena, sizeof(Method));
  iface->u.iface.methods[0].name = "Error";
  iface->u.iface.methods[0].sig = sig;
  iface->u.iface.nmethods = 1;
  err->u.named.obj = eo;
  err->u.named.underlying = iface;
  ty_complete(err);
  k->error_type = err;
  def(k, eo);
  chk_info(k, eo)->color = BLACK;

  Object *t = chk_new_obj(k, OBJ_CONST, "true", (Pos){0, 0, 0}, TY(TY_UNTYPED_BOOL));
  t->cval = cst_bool(k->c, true);
  def(k, t);
  Object *f = chk_new_obj(k, OBJ_CONST, "false", (Pos){0, 0, 0}, TY(TY_UNTYPED_BOOL));
  f->cval = cst_bool(k->c, false);
  def(k, f);
  k->iota_obj = chk_new_obj(k, OBJ_CONST, "iota", (Pos){0, 0, 0}, TY(TY_UNTYPED_INT));
  k->iota_obj->cval = cst_int64(k->c, 0);
  def(k, k->iota_obj);
  def(k, chk_new_obj(k, OBJ_NIL, "nil", (Pos){0, 0, 0}, TY(TY_UNTYPED_NIL)));
  for (int b = BI_APPEND; b <= BI_RECOVER; b++) {
    Object *o = chk_new_obj(k, OBJ_BUILTIN, builtin_names[b], (Pos){0, 0, 0}, TY(TY_INVALID));
    o->builtin = (Builtin)b;
    def(k, o);
  }
}

/* }================================================================= */

/* {=================================================================
** Package-level declarations (resolver.go)
** ================================================================== */

static DeclInfo *new_decl(Checker *k) { return arena_alloc(&k->c->arena, sizeof(DeclInfo)); }

static void declare_pkg_obj(Checker *k, Expr *ident, Object *o, DeclInfo *d) {
  ObjInfo *i = chk_info(k, o);
  i->decl = d;
  i->order = ++k->order;
  o->is_global = o->kind == OBJ_VAR;
  if (strcmp(o->name, "init") == 0 && o->kind != OBJ_FUNC) {
    chk_error(k, o->pos, "cannot declare init - must be func");
    return;
  }
  if (strcmp(o->name, "main") == 0 && o->kind != OBJ_FUNC) {
    chk_error(k, o->pos, "cannot declare main - must be func");
    return;
  }
  chk_declare(k, k->pkg, ident, o);
  ptrvec_push(&k->c->arena, &k->pkgobjs, o);
}

/* unpackRecv: the receiver's base type name, or NULL. */
static Expr *recv_base_name(Expr *t, bool *ptr) {
  *ptr = false;
  for (;;) {
    if (!t) return NULL;
    if (t->kind == E_PAREN) t = t->u.paren.x;
    else if (t->kind == E_STAR) {
      *ptr = true;
      t = t->u.star.x;
    } else break;
  }
  return t->kind == E_IDENT ? t : NULL;
}

/* resolveBaseTypeName: follows aliases to a non-alias type name declared
** in the package scope. */
static Object *resolve_base_type(Checker *k, bool seen_ptr, Expr *t, bool *ptr) {
  *ptr = seen_ptr;
  for (int guard = 0; guard < 1000; guard++) {
    t = chk_unparen(t);
    if (t && t->kind == E_STAR) {
      if (*ptr) return NULL;
      *ptr = true;
      t = chk_unparen(t->u.star.x);
    }
    if (!t || t->kind != E_IDENT) return NULL;
    Object *o = chk_scope_lookup(k, k->pkg, t->u.ident.name);
    if (!o || o->kind != OBJ_TYPE) return NULL;
    ObjInfo *i = chk_info(k, o);
    if (!i->decl || !i->decl->tspec) return NULL;
    if (!i->decl->tspec->u.type.alias) return o;
    t = i->decl->tspec->u.type.type;
  }
  return NULL;
}

static bool collect_imports(Checker *k, Decl *d) {
  bool ok = true;
  for (int s = 0; s < d->u.gen.nspecs; s++) {
    Spec *sp = d->u.gen.specs[s];
    if (!sp || sp->kind != SPEC_IMPORT || !sp->u.import.path) continue;
    Package *p = chk_std_lookup(k, sp->u.import.path);
    if (!p) {
      /* header.c reports these before parsing; this is for callers that
      ** run the checker alone */
      cmp_load_error(k->c, sp->u.import.pathpos, "package %s is not in GOROOT (" CMP_GOROOT "/src/%s)",
                     sp->u.import.path, sp->u.import.path);
      ok = false;
      continue;
    }
    const char *name = p->name;
    Expr *local = sp->u.import.name;
    if (local) name = local->u.ident.name;
    if (strcmp(name, "init") == 0) {
      chk_error(k, sp->pos, "cannot import package as init - init must be a func");
      continue;
    }
    Object *po = chk_new_obj(k, OBJ_PKG, name, sp->pos, TY(TY_INVALID));
    po->pkg = p->path;
    sp->u.import.obj = po;
    if (local) local->u.ident.obj = po;
    if (strcmp(name, "_") == 0) continue;
    ptrvec_push(&k->c->arena, &k->imports, po);
    if (strcmp(name, ".") == 0) {
      /* dot-import: the package's exported members join the file scope */
      for (int i = 0; i < p->scope->n; i++) {
        Object *m = p->scope->objs[i];
        Object *alt = chk_scope_insert(k, k->file_scope, m);
        if (alt) chk_redeclared(k, po, alt, alt->name);
      }
      continue;
    }
    chk_declare(k, k->file_scope, NULL, po);
  }
  return ok;
}

static void collect_value_specs(Checker *k, Decl *d) {
  for (int s = 0; s < d->u.gen.nspecs; s++) {
    Spec *sp = d->u.gen.specs[s];
    if (!sp || sp->kind != SPEC_VALUE) continue;
    ExprList *vals = &sp->u.value.values;
    if (d->u.gen.tok == TK_CONST) {
      for (int i = 0; i < sp->u.value.nnames; i++) {
        Expr *name = sp->u.value.names[i];
        Object *o = chk_new_obj(k, OBJ_CONST, name->u.ident.name, name->pos, NULL);
        DeclInfo *di = new_decl(k);
        di->vtyp = sp->u.value.type;
        di->init = i < vals->n ? vals->v[i] : NULL;
        di->inherited = sp->u.value.implicit;
        di->iota = cst_int64(k->c, sp->u.value.iota);
        declare_pkg_obj(k, name, o, di);
      }
      chk_arity(k, sp->pos, sp->u.value.names, sp->u.value.nnames, vals->v, vals->n, true,
                sp->u.value.implicit);
      continue;
    }
    int n = sp->u.value.nnames;
    Object **lhs = arena_alloc(&k->c->arena, sizeof(Object *) * (size_t)(n ? n : 1));
    DeclInfo *d1 = NULL;
    if (vals->n == 1 && n > 1) {
      d1 = new_decl(k);
      d1->lhs = lhs;
      d1->nlhs = n;
      d1->vtyp = sp->u.value.type;
      d1->init = vals->v[0];
    }
    for (int i = 0; i < n; i++) {
      Expr *name = sp->u.value.names[i];
      Object *o = chk_new_obj(k, OBJ_VAR, name->u.ident.name, name->pos, NULL);
      o->is_global = true;
      lhs[i] = o;
      DeclInfo *di = d1;
      if (!di) {
        di = new_decl(k);
        di->vtyp = sp->u.value.type;
        di->init = i < vals->n ? vals->v[i] : NULL;
      }
      declare_pkg_obj(k, name, o, di);
    }
    if (!sp->u.value.type || vals->n > 0)
      chk_arity(k, sp->pos, sp->u.value.names, n, vals->v, vals->n, false, false);
  }
}

static void collect_type_specs(Checker *k, Decl *d) {
  for (int s = 0; s < d->u.gen.nspecs; s++) {
    Spec *sp = d->u.gen.specs[s];
    if (!sp || sp->kind != SPEC_TYPE || !sp->u.type.name) continue;
    Expr *name = sp->u.type.name;
    Object *o = chk_new_obj(k, OBJ_TYPE, name->u.ident.name, name->pos, NULL);
    DeclInfo *di = new_decl(k);
    di->tspec = sp;
    chk_info(k, o)->is_alias = sp->u.type.alias;
    declare_pkg_obj(k, name, o, di);
  }
}

typedef struct MethodInfo {
  Object *obj;
  bool ptr;
  Expr *recv;
} MethodInfo;

static void collect_func(Checker *k, Decl *d, PtrVec *methods) {
  Expr *nm = d->u.func.name;
  if (!nm || nm->kind != E_IDENT) return;
  const char *name = nm->u.ident.name;
  Object *o = chk_new_obj(k, OBJ_FUNC, name, nm->pos, NULL);
  o->decl = d;
  d->u.func.obj = o;
  nm->u.ident.obj = o;
  DeclInfo *di = new_decl(k);
  di->fdecl = d;
  if (!d->u.func.recv) {
    Expr *ft = d->u.func.type;
    if (strcmp(name, "init") == 0 || strcmp(name, "main") == 0) {
      if (ft && (ft->u.func.params.n || ft->u.func.results.n))
        chk_error(k, nm->pos, "func %s must have no arguments and no return values", name);
    }
    if (strcmp(name, "init") == 0) {
      ObjInfo *i = chk_info(k, o);
      i->decl = di;
      i->order = ++k->order;
      ptrvec_push(&k->c->arena, &k->pkgobjs, o);
      if (!d->u.func.body) chk_error(k, o->pos, "missing function body");
    } else {
      declare_pkg_obj(k, nm, o, di);
    }
    return;
  }
  /* method */
  ObjInfo *i = chk_info(k, o);
  i->decl = di;
  i->order = ++k->order;
  ptrvec_push(&k->c->arena, &k->pkgobjs, o);
  ptrvec_push(&k->c->arena, &k->methods, o);
  FieldList *recv = d->u.func.recv;
  bool ptr = false;
  Expr *rname = recv->n > 0 && recv->v[0] ? recv_base_name(recv->v[0]->type, &ptr) : NULL;
  if (rname && strcmp(name, "_") != 0) {
    MethodInfo *mi = arena_alloc(&k->c->arena, sizeof *mi);
    mi->obj = o;
    mi->ptr = ptr;
    mi->recv = rname;
    ptrvec_push(&k->c->arena, methods, mi);
  }
}

/* Returns false when an import failed: like the go command, nothing else
** is reported then. */
static bool collect_objects(Checker *k) {
  File *f = k->file;
  bool imports_ok = true;
  PtrVec methods = {0};
  for (int i = 0; i < f->ndecls; i++) {
    Decl *d = f->decls[i];
    if (!d) continue;
    if (d->kind == D_GEN && d->u.gen.tok == TK_IMPORT) {
      k->file_scope = chk_file_scope(k, d->pos.file);
      if (!collect_imports(k, d)) imports_ok = false;
    }
  }
  if (!imports_ok) return false;
  for (int i = 0; i < f->ndecls; i++) {
    Decl *d = f->decls[i];
    if (!d) continue;
    if (d->kind == D_FUNC) {
      collect_func(k, d, &methods);
    } else if (d->kind == D_GEN) {
      switch (d->u.gen.tok) {
      case TK_CONST:
      case TK_VAR: collect_value_specs(k, d); break;
      case TK_TYPE: collect_type_specs(k, d); break;
      default: break;
      }
    }
  }
  /* objects in the package and file scopes must have different names */
  for (int fi = 0; fi < k->c->nfiles; fi++)
  for (int i = 0; i < k->file_scopes[fi]->n; i++) {
    Object *imp = k->file_scopes[fi]->objs[i];
    Object *alt = chk_scope_lookup(k, k->pkg, imp->name);
    if (!alt) continue;
    if (imp->kind == OBJ_PKG)
      chk_error(k, alt->pos, "%s already declared through import of package %s (\"%s\")\n\t%s: other declaration of %s",
                alt->name, imp->name, imp->pkg, chk_pos_str(k, imp->pos), imp->name);
    else
      chk_error(k, alt->pos, "%s already declared through dot-import of package %s (\"%s\")", alt->name,
                imp->pkg ? imp->pkg : "", imp->pkg ? imp->pkg : "");
  }
  /* associate methods with their receiver base types */
  for (int i = 0; i < methods.n; i++) {
    MethodInfo *mi = methods.v[i];
    bool ptr;
    Object *base = resolve_base_type(k, mi->ptr, mi->recv, &ptr);
    if (!base) continue;
    chk_info(k, mi->obj)->ptr_recv = ptr;
    PtrVec *list = pmap_get(&k->method_lists, base);
    if (!list) {
      list = arena_alloc(&k->c->arena, sizeof *list);
      pmap_put(&k->c->arena, &k->method_lists, base, list);
    }
    ptrvec_push(&k->c->arena, list, mi->obj);
  }
  return true;
}

/* {=================================================================
** Deep dependency chains
**
** chk_obj_decl recurses into what a declaration uses, so a chain of
** thousands of declarations (const c0 = c1 + 1; const c1 = c2 + 1; ...)
** would recurse thousands of levels deep. When the syntactic dependencies
** form such a long chain, the objects are first declared in dependency
** order (deepest first, found with an explicit stack), so that every
** declaration finds what it uses already done.
** ================================================================== */

enum { DEEP_CHAIN = 256 };

static void syntactic_deps(Checker *k, Expr *e, PtrVec *out, int depth);

static void field_deps(Checker *k, FieldList *fl, PtrVec *out, int depth) {
  for (int i = 0; i < fl->n; i++)
    if (fl->v[i]) syntactic_deps(k, fl->v[i]->type, out, depth + 1);
}

/* The package-level objects e names (function literal bodies excluded:
** they are checked after all declarations). */
static void syntactic_deps(Checker *k, Expr *e, PtrVec *out, int depth) {
  if (!e || depth > 2000) return;
  switch (e->kind) {
  case E_IDENT: {
    Object *o = chk_scope_lookup(k, k->pkg, e->u.ident.name);
    if (o && pmap_get(&k->objinfo, o)) ptrvec_push(&k->c->arena, out, o);
    break;
  }
  case E_COMPOSITE:
    syntactic_deps(k, e->u.composite.type, out, depth + 1);
    for (int i = 0; i < e->u.composite.elts.n; i++) syntactic_deps(k, e->u.composite.elts.v[i], out, depth + 1);
    break;
  case E_FUNCLIT: syntactic_deps(k, e->u.funclit.type, out, depth + 1); break;
  case E_PAREN: syntactic_deps(k, e->u.paren.x, out, depth + 1); break;
  case E_SELECTOR: syntactic_deps(k, e->u.selector.x, out, depth + 1); break;
  case E_INDEX:
    syntactic_deps(k, e->u.index.x, out, depth + 1);
    syntactic_deps(k, e->u.index.index, out, depth + 1);
    break;
  case E_SLICE:
    syntactic_deps(k, e->u.slice.x, out, depth + 1);
    syntactic_deps(k, e->u.slice.lo, out, depth + 1);
    syntactic_deps(k, e->u.slice.hi, out, depth + 1);
    syntactic_deps(k, e->u.slice.max, out, depth + 1);
    break;
  case E_TYPEASSERT:
    syntactic_deps(k, e->u.typeassert.x, out, depth + 1);
    syntactic_deps(k, e->u.typeassert.type, out, depth + 1);
    break;
  case E_CALL:
    syntactic_deps(k, e->u.call.fn, out, depth + 1);
    for (int i = 0; i < e->u.call.args.n; i++) syntactic_deps(k, e->u.call.args.v[i], out, depth + 1);
    break;
  case E_STAR: syntactic_deps(k, e->u.star.x, out, depth + 1); break;
  case E_UNARY: syntactic_deps(k, e->u.unary.x, out, depth + 1); break;
  case E_BINARY:
    syntactic_deps(k, e->u.binary.x, out, depth + 1);
    syntactic_deps(k, e->u.binary.y, out, depth + 1);
    break;
  case E_KEYVALUE:
    syntactic_deps(k, e->u.kv.key, out, depth + 1);
    syntactic_deps(k, e->u.kv.value, out, depth + 1);
    break;
  case E_ARRAYTYPE:
    syntactic_deps(k, e->u.array.len, out, depth + 1);
    syntactic_deps(k, e->u.array.elem, out, depth + 1);
    break;
  case E_STRUCTTYPE: field_deps(k, &e->u.strct.fields, out, depth); break;
  case E_FUNCTYPE:
    field_deps(k, &e->u.func.params, out, depth);
    field_deps(k, &e->u.func.results, out, depth);
    break;
  case E_INTERFACETYPE: field_deps(k, &e->u.iface.methods, out, depth); break;
  case E_MAPTYPE:
    syntactic_deps(k, e->u.map.key, out, depth + 1);
    syntactic_deps(k, e->u.map.value, out, depth + 1);
    break;
  case E_CHANTYPE: syntactic_deps(k, e->u.chan.value, out, depth + 1); break;
  case E_ELLIPSIS: syntactic_deps(k, e->u.ellipsis.elt, out, depth + 1); break;
  default: break;
  }
}

static PtrVec *decl_deps(Checker *k, Object *o, PtrMap *cache) {
  PtrVec *v = pmap_get(cache, o);
  if (v) return v;
  v = arena_alloc(&k->c->arena, sizeof *v);
  pmap_put(&k->c->arena, cache, o, v);
  DeclInfo *d = chk_info(k, o)->decl;
  if (!d) return v;
  syntactic_deps(k, d->vtyp, v, 0);
  syntactic_deps(k, d->init, v, 0);
  if (d->tspec) syntactic_deps(k, d->tspec->u.type.type, v, 0);
  if (d->fdecl) {
    syntactic_deps(k, d->fdecl->u.func.type, v, 0);
    if (d->fdecl->u.func.recv) field_deps(k, d->fdecl->u.func.recv, v, 0);
  }
  return v;
}

typedef struct DfsFrame {
  Object *o;
  PtrVec *deps;
  int next;
} DfsFrame;

static void dependency_first(Checker *k) {
  Arena *a = &k->c->arena;
  PtrMap cache = {0}, state = {0}; /* state: 1 on the stack, 2 done */
  PtrVec post = {0};
  int n = k->pkgobjs.n, max_depth = 0;
  DfsFrame *stack = arena_alloc(a, sizeof(DfsFrame) * (size_t)(n + 1));
  for (int i = 0; i < n; i++) {
    Object *root = k->pkgobjs.v[i];
    if (pmap_get(&state, root)) continue;
    int sp = 0;
    stack[sp++] = (DfsFrame){root, decl_deps(k, root, &cache), 0};
    pmap_put(a, &state, root, (void *)1);
    while (sp > 0) {
      if (sp > max_depth) max_depth = sp;
      DfsFrame *f = &stack[sp - 1];
      if (f->next < f->deps->n) {
        Object *d = f->deps->v[f->next++];
        if (pmap_get(&state, d) || sp >= n) continue;
        pmap_put(a, &state, d, (void *)1);
        stack[sp++] = (DfsFrame){d, decl_deps(k, d, &cache), 0};
        continue;
      }
      pmap_put(a, &state, f->o, (void *)2);
      ptrvec_push(a, &post, f->o);
      sp--;
    }
  }
  if (max_depth < DEEP_CHAIN) return;
  for (int i = 0; i < post.n; i++) {
    Object *o = post.v[i];
    chk_obj_decl(k, o, NULL);
    /* lay types out bottom-up too, so ty_complete never recurses deeply */
    if (o->kind == OBJ_TYPE && o->type) ty_complete(o->type);
  }
}

/* }================================================================= */

static void package_objects(Checker *k) {
  dependency_first(k);
  /* non-alias types first, then aliases, then everything else */
  for (int pass = 0; pass < 3; pass++) {
    for (int i = 0; i < k->pkgobjs.n; i++) {
      Object *o = k->pkgobjs.v[i];
      bool is_type = o->kind == OBJ_TYPE;
      bool alias = is_type && chk_info(k, o)->is_alias;
      if ((pass == 0 && is_type && !alias) || (pass == 1 && alias) || (pass == 2 && !is_type))
        chk_obj_decl(k, o, NULL);
    }
  }
}

/* The defining identifiers of package-level constants and variables get
** their object's type (and value), like any other identifier. */
static void annotate_pkg_names(Checker *k) {
  File *f = k->file;
  for (int i = 0; i < f->ndecls; i++) {
    Decl *d = f->decls[i];
    if (!d || d->kind != D_GEN || (d->u.gen.tok != TK_CONST && d->u.gen.tok != TK_VAR)) continue;
    for (int s = 0; s < d->u.gen.nspecs; s++) {
      Spec *sp = d->u.gen.specs[s];
      if (!sp || sp->kind != SPEC_VALUE) continue;
      for (int j = 0; j < sp->u.value.nnames; j++) {
        Expr *name = sp->u.value.names[j];
        Object *o = name->u.ident.obj;
        if (!o) continue;
        name->type = o->type ? o->type : TY(TY_INVALID);
        name->mode = o->kind == OBJ_CONST ? MODE_CONST : MODE_VAR;
        name->cval = o->kind == OBJ_CONST ? o->cval : NULL;
      }
    }
  }
}

static void unused_imports(Checker *k) {
  for (int i = 0; i < k->imports.n; i++) {
    Object *o = k->imports.v[i];
    if (o->used) continue;
    const char *path = o->pkg, *elem = strrchr(path, '/');
    elem = elem ? elem + 1 : path;
    if (strcmp(o->name, ".") == 0 || strcmp(o->name, elem) == 0)
      chk_error(k, o->pos, "imported and not used: \"%s\"", path);
    else
      chk_error(k, o->pos, "imported and not used: \"%s\" as %s", path, o->name);
  }
}

/* {=================================================================
** Initialization cycles (initorder.go)
** ================================================================== */

typedef struct GNode {
  Object *obj;
  PtrVec succ, pred; /* GNode* */
  int ndeps, order;
  int heap;          /* index in the priority queue, -1 when out */
  bool done;
} GNode;

/* A binary min-heap of nodes by (ndeps, order), as initorder.go's. */
static bool node_less(GNode *a, GNode *b) { return a->ndeps < b->ndeps || (a->ndeps == b->ndeps && a->order < b->order); }

static void heap_swap(GNode **h, int i, int j) {
  GNode *t = h[i];
  h[i] = h[j];
  h[j] = t;
  h[i]->heap = i;
  h[j]->heap = j;
}

static void heap_up(GNode **h, int i) {
  while (i > 0 && node_less(h[i], h[(i - 1) / 2])) {
    heap_swap(h, i, (i - 1) / 2);
    i = (i - 1) / 2;
  }
}

static void heap_down(GNode **h, int n, int i) {
  for (;;) {
    int l = 2 * i + 1, r = l + 1, m = i;
    if (l < n && node_less(h[l], h[m])) m = l;
    if (r < n && node_less(h[r], h[m])) m = r;
    if (m == i) return;
    heap_swap(h, i, m);
    i = m;
  }
}

static bool is_dependency(Object *o) { return o->kind == OBJ_CONST || o->kind == OBJ_VAR || o->kind == OBJ_FUNC; }

static void node_add(Arena *a, PtrVec *set, GNode *n) {
  for (int i = 0; i < set->n; i++)
    if (set->v[i] == n) return;
  ptrvec_push(a, set, n);
}

static void node_remove(PtrVec *set, GNode *n) {
  for (int i = 0; i < set->n; i++)
    if (set->v[i] == n) {
      set->v[i] = set->v[--set->n];
      return;
    }
}

/* findPath: a path of dependencies from -> ... -> to, in reverse. */
static bool find_path(Checker *k, Object *from, Object *to, PtrMap *seen, PtrVec *path, int depth) {
  if (pmap_get(seen, from) || depth > 10000) return false;
  pmap_put(&k->c->arena, seen, from, from);
  ObjInfo *i = pmap_get(&k->objinfo, from);
  if (!i || !i->decl) return false;
  for (int j = 0; j < i->decl->deps.n; j++) {
    Object *d = i->decl->deps.v[j];
    if (d == to) {
      ptrvec_push(&k->c->arena, path, d);
      return true;
    }
    if (find_path(k, d, to, seen, path, depth + 1)) {
      ptrvec_push(&k->c->arena, path, d);
      return true;
    }
  }
  return false;
}

static void report_cycle(Checker *k, PtrVec *cycle) {
  Object *o = cycle->v[0];
  char *msg = chk_sprintf(k, "initialization loop for %s", o->name);
  for (int i = cycle->n - 1; i >= 0; i--) {
    msg = chk_sprintf(k, "%s\n\t%s: %s refers to", msg, chk_pos_str(k, o->pos), o->name);
    o = cycle->v[i];
  }
  msg = chk_sprintf(k, "%s\n\t%s: %s", msg, chk_pos_str(k, o->pos), o->name);
  chk_error(k, ((Object *)cycle->v[0])->pos, "%s", msg);
}

/* Emulates types2's initOrder far enough to report initialization cycles
** in the same order: the code generator orders the initializers itself. */
static void init_cycles(Checker *k) {
  Arena *a = &k->c->arena;
  PtrMap nodes = {0};
  PtrVec all = {0};
  for (int i = 0; i < k->pkgobjs.n; i++) {
    Object *o = k->pkgobjs.v[i];
    if (!is_dependency(o) || pmap_get(&nodes, o)) continue;
    GNode *n = arena_alloc(a, sizeof *n);
    n->obj = o;
    n->order = chk_info(k, o)->order;
    pmap_put(a, &nodes, o, n);
    ptrvec_push(a, &all, n);
  }
  for (int i = 0; i < all.n; i++) {
    GNode *n = all.v[i];
    DeclInfo *d = chk_info(k, n->obj)->decl;
    for (int j = 0; d && j < d->deps.n; j++) {
      GNode *m = pmap_get(&nodes, d->deps.v[j]);
      if (!m) continue;
      node_add(a, &n->succ, m);
      node_add(a, &m->pred, n);
    }
  }
  /* remove function nodes, connecting their callers to their callees */
  for (int i = 0; i < all.n; i++) {
    GNode *n = all.v[i];
    if (n->obj->kind != OBJ_FUNC) continue;
    for (int p = 0; p < n->pred.n; p++) {
      GNode *pn = n->pred.v[p];
      if (pn == n) continue;
      for (int s = 0; s < n->succ.n; s++) {
        GNode *sn = n->succ.v[s];
        if (sn == n) continue;
        node_add(a, &pn->succ, sn);
        node_add(a, &sn->pred, pn);
      }
      node_remove(&pn->succ, n);
    }
    for (int s = 0; s < n->succ.n; s++) node_remove(&((GNode *)n->succ.v[s])->pred, n);
    n->done = true;
  }
  for (int i = 0; i < all.n; i++) {
    GNode *n = all.v[i];
    n->ndeps = n->succ.n;
  }
  /* repeatedly take the node with the fewest dependencies, earliest first */
  GNode **h = arena_alloc(a, sizeof(GNode *) * (size_t)(all.n ? all.n : 1));
  int hn = 0;
  for (int i = 0; i < all.n; i++) {
    GNode *n = all.v[i];
    if (n->done) continue;
    n->heap = hn;
    h[hn++] = n;
    heap_up(h, hn - 1);
  }
  while (hn > 0) {
    GNode *best = h[0];
    heap_swap(h, 0, hn - 1);
    hn--;
    best->heap = -1;
    heap_down(h, hn, 0);
    if (best->ndeps > 0) {
      PtrMap seen = {0};
      PtrVec path = {0};
      if (find_path(k, best->obj, best->obj, &seen, &path, 0)) report_cycle(k, &path);
    }
    for (int p = 0; p < best->pred.n; p++) {
      GNode *pn = best->pred.v[p];
      pn->ndeps--;
      if (pn->heap >= 0) heap_up(h, pn->heap);
    }
  }
}

/* }================================================================= */

/* What gc and the linker check once type checking succeeded. */
static void after_check(Checker *k) {
  File *f = k->file;
  for (int i = 0; i < f->ndecls; i++) {
    Decl *d = f->decls[i];
    if (d && d->kind == D_FUNC && !d->u.func.body && d->u.func.name &&
        strcmp(d->u.func.name->u.ident.name, "init") != 0)
      cmp_error(k->c, d->u.func.name->pos, "missing function body");
  }
  if (cmp_nerrors(k->c) > 0) return;
  Object *m = chk_scope_lookup(k, k->pkg, "main");
  if (!m || m->kind != OBJ_FUNC)
    /* the linker's message, which has no source position */
    cmp_error(k->c, (Pos){0, 0, 0}, "runtime.main_main\xc2\xb7" "f: function main is undeclared in the main package");
}

/* Method signatures are filled lazily by lookups; make them complete for
** the code generator. */
static void finish_methods(Checker *k) {
  for (int i = 0; i < k->pkgobjs.n; i++) {
    Object *o = k->pkgobjs.v[i];
    if (o->kind != OBJ_TYPE || !o->type || o->type->kind != TY_NAMED) continue;
    Type *t = o->type;
    for (int j = 0; j < t->u.named.nmethods; j++) {
      Method *m = &t->u.named.methods[j];
      if (m->fn && m->fn->type) m->sig = m->fn->type;
    }
  }
}

Scope *chk_file_scope(Checker *k, int file) {
  return k->file_scopes[file >= 0 && file < k->c->nfiles ? file : 0];
}

int check_file(Comp *c, File *f) {
  if (!c || !f) return 0;
  Checker *k = arena_alloc(&c->arena, sizeof *k);
  c->checker = (struct Checker *)k;
  k->c = c;
  k->file = f;
  make_universe(k);
  k->pkg = chk_new_scope(k, k->universe, false);
  k->file_scopes = arena_alloc(&c->arena, sizeof(Scope *) * (size_t)c->nfiles);
  for (int i = 0; i < c->nfiles; i++) k->file_scopes[i] = chk_new_scope(k, k->pkg, false);
  k->file_scope = k->file_scopes[0];
  k->scope = k->file_scope;
  chk_std_init(k);
  int before = cmp_nerrors(c);
  if (!collect_objects(k)) return 0;
  package_objects(k);
  annotate_pkg_names(k);
  chk_process_delayed(k, 0);
  init_cycles(k);
  unused_imports(k);
  chk_finalize_untyped(k);
  finish_methods(k);
  if (cmp_nerrors(c) == before) after_check(k);
  return cmp_nerrors(c) == before;
}

/* }================================================================= */

/* {=================================================================
** Queries for the code generator
** ================================================================== */

const Selection *chk_selection(Comp *c, Expr *sel) {
  Checker *k = (Checker *)c->checker;
  return k ? pmap_get(&k->selections, sel) : NULL;
}

Object **chk_captures(Comp *c, Expr *funclit, int *n) {
  Checker *k = (Checker *)c->checker;
  FuncCtx *f = k ? pmap_get(&k->captures, funclit) : NULL;
  *n = f ? f->captures.n : 0;
  return f ? (Object **)f->captures.v : NULL;
}

/* }================================================================= */
