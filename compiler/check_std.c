/*
** check_std.c — the importable standard-library packages, as declared by
** runtime/stdlib.def: each STDLIB_FUNCS entry becomes an OBJ_FUNC whose
** native index is its position in the list and whose signature is the Go
** text of the entry, parsed with parse_type_string and resolved in the
** universe; each STDLIB_VARS entry becomes a package variable (OBJ_VAR,
** is_global, native index); each STDLIB_TYPES entry becomes a defined type
** (OBJ_TYPE, TY_NAMED with the package's path), declared first so the
** functions' signatures can name it ("func(m *MemStats)"); each
** STDLIB_CONSTS entry a typed constant (OBJ_CONST).
**
** A package is built the first time an import names it, so a program pays
** only for what it imports. An import path absent from stdlib.def is
** unknown (the go command's "package foo is not in GOROOT").
*/
#include <string.h>

#include "check.h"
#include "../runtime/stdlib.def"

typedef struct StdEntry {
  const char *pkg, *name, *sig;
} StdEntry;

static const StdEntry std_funcs[] = {
#define X(pkg, name, sig, fn) {pkg, name, sig},
  STDLIB_FUNCS(X)
#undef X
};

static const StdEntry std_vars[] = {
#define X(pkg, name, type, fn) {pkg, name, type},
  STDLIB_VARS(X)
#undef X
};

typedef struct StdConst {
  const char *pkg, *name, *type;
  int64_t value;
} StdConst;

static const StdConst std_consts[] = {
#define X(pkg, name, type, v) {pkg, name, type, v},
  STDLIB_CONSTS(X)
#undef X
};

typedef struct StdMethod {
  const char *pkg, *type, *name, *sig;
} StdMethod;

static const StdMethod std_methods[] = {
#define X(pkg, type, name, sig, fn) {pkg, type, name, sig},
  STDLIB_METHODS(X)
#undef X
};

static const StdEntry std_types[] = {
#define X(pkg, name, type) {pkg, name, type},
  STDLIB_TYPES(X)
#undef X
};

enum { NFUNCS = sizeof std_funcs / sizeof *std_funcs, NVARS = sizeof std_vars / sizeof *std_vars,
       NTYPES = sizeof std_types / sizeof *std_types,
       NCONSTS = sizeof std_consts / sizeof *std_consts,
       NMETHODS = sizeof std_methods / sizeof *std_methods };


void chk_std_init(Checker *k) {
  k->pkgs = NULL;
  k->npkgs = 0;
}

/* The type written in Go syntax, resolved in scope [s] (the package's,
** whose parent is the universe). */
static Type *std_type(Checker *k, Scope *s, const char *src) {
  Expr *e = parse_type_string(k->c, src);
  if (!e) return TY(TY_INVALID);
  Scope *saved = k->scope;
  FuncCtx *fn = k->fn;
  k->scope = s;
  k->fn = NULL;
  Type *t = chk_typ(k, e);
  k->scope = saved;
  k->fn = fn;
  return t;
}

/* Gives the named type [named] of package [p] its STDLIB_METHODS: pointer
** receivers, natives numbered after the functions. */
static void add_methods(Checker *k, Package *p, Type *named, const char *tname) {
  for (int i = 0; i < NMETHODS; i++) {
    const StdMethod *sm = &std_methods[i];
    if (strcmp(sm->pkg, p->path) != 0 || strcmp(sm->type, tname) != 0) continue;
    Object *o = chk_new_obj(k, OBJ_FUNC, sm->name, (Pos){0, 0}, NULL);
    o->pkg = p->path;
    o->native = NFUNCS + i;
    o->depth = 0;
    o->used = true;
    o->type = std_type(k, p->scope, sm->sig);
    int n = named->u.named.nmethods;
    Method *v = arena_alloc(&k->c->arena, sizeof(Method) * (size_t)(n + 1));
    if (n) memcpy(v, named->u.named.methods, sizeof(Method) * (size_t)n);
    v[n] = (Method){sm->name, o->type, o, true};
    named->u.named.methods = v;
    named->u.named.nmethods = n + 1;
  }
}

static Package *build(Checker *k, const char *path) {
  bool known = false;
  for (int i = 0; i < NFUNCS; i++)
    if (strcmp(std_funcs[i].pkg, path) == 0) known = true;
  for (int i = 0; i < NVARS; i++)
    if (strcmp(std_vars[i].pkg, path) == 0) known = true;
  for (int i = 0; i < NTYPES; i++)
    if (strcmp(std_types[i].pkg, path) == 0) known = true;
  if (!known) return NULL;
  Package *p = arena_alloc(&k->c->arena, sizeof *p);
  p->path = arena_strndup(&k->c->arena, path, strlen(path));
  const char *slash = strrchr(p->path, '/');
  p->name = slash ? slash + 1 : p->path;
  p->scope = chk_new_scope(k, k->universe, false);
  for (int i = 0; i < NTYPES; i++) {
    if (strcmp(std_types[i].pkg, path) != 0) continue;
    Object *o = chk_new_obj(k, OBJ_TYPE, std_types[i].name, (Pos){0, 0}, NULL);
    o->pkg = p->path;
    o->native = -1;
    o->depth = 0;
    o->used = true;
    Type *named = ty_new(k->c, TY_NAMED);
    named->u.named.obj = o;
    named->u.named.pkg = p->path;
    o->type = named;
    chk_scope_insert(k, p->scope, o);
    named->u.named.underlying = std_type(k, p->scope, std_types[i].sig);
    ty_complete(named->u.named.underlying);
    add_methods(k, p, named, std_types[i].name);
  }
  for (int i = 0; i < NCONSTS; i++) {
    if (strcmp(std_consts[i].pkg, path) != 0) continue;
    Object *o = chk_new_obj(k, OBJ_CONST, std_consts[i].name, (Pos){0, 0}, NULL);
    o->pkg = p->path;
    o->native = -1;
    o->depth = 0;
    o->used = true;
    o->type = std_type(k, p->scope, std_consts[i].type);
    o->cval = cst_int64(k->c, std_consts[i].value);
    chk_scope_insert(k, p->scope, o);
  }
  for (int i = 0; i < NFUNCS; i++) {
    if (strcmp(std_funcs[i].pkg, path) != 0) continue;
    Object *o = chk_new_obj(k, OBJ_FUNC, std_funcs[i].name, (Pos){0, 0}, NULL);
    o->pkg = p->path;
    o->native = i;
    o->type = std_type(k, p->scope, std_funcs[i].sig);
    o->depth = 0;
    chk_scope_insert(k, p->scope, o);
  }
  for (int i = 0; i < NVARS; i++) {
    if (strcmp(std_vars[i].pkg, path) != 0) continue;
    Object *o = chk_new_obj(k, OBJ_VAR, std_vars[i].name, (Pos){0, 0}, NULL);
    o->pkg = p->path;
    o->native = i;
    o->is_global = true;
    o->used = true;
    o->type = std_type(k, p->scope, std_vars[i].sig);
    o->depth = 0;
    chk_scope_insert(k, p->scope, o);
  }
  return p;
}

Package *chk_std_lookup(Checker *k, const char *path) {
  if (!path) return NULL;
  for (int i = 0; i < k->npkgs; i++)
    if (strcmp(k->pkgs[i].path, path) == 0) return &k->pkgs[i];
  Package *p = build(k, path);
  if (!p) return NULL;
  Package *v = arena_alloc(&k->c->arena, sizeof(Package) * (size_t)(k->npkgs + 1));
  if (k->npkgs) memcpy(v, k->pkgs, sizeof(Package) * (size_t)k->npkgs);
  v[k->npkgs] = *p;
  k->pkgs = v;
  return &k->pkgs[k->npkgs++];
}
