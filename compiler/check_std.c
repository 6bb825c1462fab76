/*
** check_std.c — the importable standard-library packages, as declared by
** runtime/stdlib.def: each STDLIB_FUNCS entry becomes an OBJ_FUNC whose
** native index is its position in the list and whose signature is the Go
** text of the entry, parsed with parse_type_string and resolved in the
** universe; each STDLIB_VARS entry becomes a package variable (OBJ_VAR,
** is_global, native index); each STDLIB_TYPES entry becomes a defined type
** (OBJ_TYPE, TY_NAMED with the package's path), declared first so the
** functions' signatures can name it ("func(m *MemStats)"), with its
** STDLIB_METHODS (natives with pointer or value receivers); each STDLIB_CONSTS
** entry a constant (OBJ_CONST) whose exact value is read from its Go
** literal text with cst_from_literal, so math.MaxUint64 or math.Pi take
** part in constant expressions as Go's do: untyped, or of the entry's
** type (time.Millisecond is a Duration).
**
** A package is built the first time an import names it, so a program pays
** only for what it imports. An import path absent from stdlib.def is
** unknown (the go command's "package foo is not in GOROOT").
*/
#include <string.h>

#include "check.h"
#include "constant.h"
#include "../runtime/stdlib.def"

typedef struct StdEntry {
  const char *pkg, *name, *sig;
} StdEntry;

static const StdEntry std_funcs[] = {
#define X(pkg, name, sig, fn) {pkg, name, sig},
  STDLIB_FUNCS(X)
#undef X
};

/* Methods' names as "Type.Name", for chk_std_native. */
static const StdEntry std_method_names[] = {
#define X(pkg, type, name, sig, fn) {pkg, type "." name, sig},
  STDLIB_METHODS(X)
#undef X
};

bool chk_std_native(int native, const char **pkg, const char **name) {
  int nfuncs = (int)(sizeof std_funcs / sizeof std_funcs[0]);
  int nmethods = (int)(sizeof std_method_names / sizeof std_method_names[0]);
  const StdEntry *e = native < 0 ? NULL : native < nfuncs ? &std_funcs[native]
                    : native < nfuncs + nmethods ? &std_method_names[native - nfuncs] : NULL;
  if (!e) return false;
  *pkg = e->pkg;
  *name = e->name[0] == '*' ? e->name + 1 : e->name;   /* "*Builder.Write": gc's key has no '*' */
  return true;
}

static const StdEntry std_vars[] = {
#define X(pkg, name, type, fn) {pkg, name, type},
  STDLIB_VARS(X)
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

typedef struct StdConst {
  const char *pkg, *name, *type, *lit;
} StdConst;

static const StdConst std_consts[] = {
#define X(pkg, name, type, lit) {pkg, name, type, lit},
  STDLIB_CONSTS(X)
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

/* Gives the named type [named] of package [p] its STDLIB_METHODS (a
** receiver "*T" is a pointer receiver, "T" a value one), natives numbered
** after the functions. */
static void add_methods(Checker *k, Package *p, Type *named, const char *tname) {
  for (int i = 0; i < NMETHODS; i++) {
    const StdMethod *sm = &std_methods[i];
    bool ptr = sm->type[0] == '*';
    if (strcmp(sm->pkg, p->path) != 0 || strcmp(sm->type + ptr, tname) != 0) continue;
    Object *o = chk_new_obj(k, OBJ_FUNC, sm->name, (Pos){0, 0, 0}, NULL);
    o->pkg = p->path;
    o->native = NFUNCS + i;
    o->depth = 0;
    o->used = true;
    o->type = std_type(k, p->scope, sm->sig);
    o->recv = ptr ? ty_new_pointer(k->c, named) : named;
    int n = named->u.named.nmethods;
    Method *v = arena_alloc(&k->c->arena, sizeof(Method) * (size_t)(n + 1));
    if (n) memcpy(v, named->u.named.methods, sizeof(Method) * (size_t)n);
    v[n] = (Method){sm->name, o->type, o, ptr};
    named->u.named.methods = v;
    named->u.named.nmethods = n + 1;
  }
}

/* The literal's kind as the lexer would give it: a rune in quotes, a
** float when it has a fraction, an exponent or a hex mantissa's 'p'. */
static TokenKind literal_kind(const char *lit) {
  if (lit[0] == '\'') return TK_CHAR;
  bool hex = lit[0] == '0' && (lit[1] == 'x' || lit[1] == 'X');
  for (const char *c = lit; *c; c++)
    if (*c == '.' || *c == 'p' || *c == 'P' || (!hex && (*c == 'e' || *c == 'E'))) return TK_FLOAT;
  return TK_INT;
}

/* A constant [name] whose value is the Go literal [lit], with an optional
** leading '-' (math.MinInt64): untyped when [type] is "", else of that
** type (Go syntax, resolved in the package). A malformed literal in
** stdlib.def is a bug of this repository: the constant is then invalid. */
static void declare_const(Checker *k, Package *p, const char *name, const char *type, const char *lit) {
  bool neg = lit[0] == '-';
  const char *text = lit + neg;
  TokenKind tok = literal_kind(text);
  ConstVal *v = cst_from_literal(k->c, tok, text, (int)strlen(text));
  if (v && neg) v = cst_unary(k->c, TK_SUB, v, 0);
  TypeKind t = tok == TK_CHAR ? TY_UNTYPED_RUNE : tok == TK_FLOAT ? TY_UNTYPED_FLOAT : TY_UNTYPED_INT;
  Object *o = chk_new_obj(k, OBJ_CONST, name, (Pos){0, 0, 0}, v ? TY(t) : TY(TY_INVALID));
  if (v && type[0]) o->type = std_type(k, p->scope, type);   /* exact: the lists hold integers */
  o->pkg = p->path;
  o->native = -1;
  o->cval = v;
  o->depth = 0;
  o->used = true;
  chk_scope_insert(k, p->scope, o);
}

static Package *build(Checker *k, const char *path) {
  bool known = false;
  for (int i = 0; i < NFUNCS; i++)
    if (strcmp(std_funcs[i].pkg, path) == 0) known = true;
  for (int i = 0; i < NVARS; i++)
    if (strcmp(std_vars[i].pkg, path) == 0) known = true;
  for (int i = 0; i < NTYPES; i++)
    if (strcmp(std_types[i].pkg, path) == 0) known = true;
  for (int i = 0; i < NCONSTS; i++)
    if (strcmp(std_consts[i].pkg, path) == 0) known = true;
  if (!known) return NULL;
  Package *p = arena_alloc(&k->c->arena, sizeof *p);
  p->path = arena_strndup(&k->c->arena, path, strlen(path));
  const char *slash = strrchr(p->path, '/');
  p->name = slash ? slash + 1 : p->path;
  p->scope = chk_new_scope(k, k->universe, false);
  for (int i = 0; i < NTYPES; i++) {
    if (strcmp(std_types[i].pkg, path) != 0) continue;
    Object *o = chk_new_obj(k, OBJ_TYPE, std_types[i].name, (Pos){0, 0, 0}, NULL);
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
  for (int i = 0; i < NFUNCS; i++) {
    if (strcmp(std_funcs[i].pkg, path) != 0) continue;
    Object *o = chk_new_obj(k, OBJ_FUNC, std_funcs[i].name, (Pos){0, 0, 0}, NULL);
    o->pkg = p->path;
    o->native = i;
    o->type = std_type(k, p->scope, std_funcs[i].sig);
    o->depth = 0;
    chk_scope_insert(k, p->scope, o);
  }
  for (int i = 0; i < NVARS; i++) {
    if (strcmp(std_vars[i].pkg, path) != 0) continue;
    Object *o = chk_new_obj(k, OBJ_VAR, std_vars[i].name, (Pos){0, 0, 0}, NULL);
    o->pkg = p->path;
    o->native = i;
    o->is_global = true;
    o->used = true;
    o->type = std_type(k, p->scope, std_vars[i].sig);
    o->depth = 0;
    chk_scope_insert(k, p->scope, o);
  }
  for (int i = 0; i < NCONSTS; i++)
    if (strcmp(std_consts[i].pkg, path) == 0)
      declare_const(k, p, std_consts[i].name, std_consts[i].type, std_consts[i].lit);
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

/* gc's type printer (types.pkgqual, fmtGo mode) spells a package by its
** name unless that name was imported more than once: then by its quoted
** path, "sync/atomic".  The packages counted are those gc read export data
** for: the loaded ones here, plus runtime/internal/atomic, which the export
** data of package runtime brings in (its types embed atomics). */
const char *chk_pkg_qual_gc(Comp *c, const char *path) {
  Checker *k = c->checker;
  const char *slash = strrchr(path, '/');
  const char *name = slash ? slash + 1 : path;
  if (!k) return name;
  int same = 0;
  for (int i = 0; i < k->npkgs; i++) {
    const char *n = k->pkgs[i].name;
    if (strcmp(n, name) == 0) same++;
    if (strcmp(k->pkgs[i].path, "runtime") == 0 && strcmp(name, "atomic") == 0) same++;
  }
  for (int i = 0; i < k->npkgs; i++)
    if (strcmp(k->pkgs[i].path, path) == 0) name = k->pkgs[i].name;
  if (same < 2) return name;
  return cst_quote(c, path, (int64_t)strlen(path));
}
