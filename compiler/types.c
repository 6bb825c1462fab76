/*
** types.c — Go's types: the predeclared ones, constructors, predicates,
** identity (Go spec "Type identity"), memory layout and spelling.
**
** The basic types live in a static, immutable table: TY(k) is the one
** instance of kind k. byte and rune are aliases of uint8 and int32 (spec:
** "byte alias for uint8"): they have Types of their own, ty_byte and
** ty_rune, only so that diagnostics can spell them as the source did (Go
** says "cannot use x (variable of type byte)"); they have the same kind and
** layout, and ty_identical treats them as uint8 / int32. Code that needs
** "is this uint8?" must test the kind, never the pointer.
**
** Layout (ty_complete) is Go's amd64 one: sizes in bytes, alignment, and
** nwords, the number of 8-byte VM registers a value takes (value.h). It is
** computed on demand and cached; a type under computation is marked
** complete first, so an (invalid, already reported) recursive type cannot
** loop.
**
** Two spellings: ty_string gives reflect's (%T: "main.Point", "[]uint8",
** "func(int) string", "interface {}"), ty_string_diag gives go/types' as
** diagnostics print it ("Point", "[]byte", "func(x int) string", "any").
*/
#include <stdio.h>
#include <string.h>

#include "compiler.h"
#include "constant.h"
#include "types.h"
#include "check.h"

#define BASIC(k, sz) {.kind = (k), .size = (sz), .align = (sz) ? (sz) : 1, .nwords = 1, .complete = true}

static Type basic_types[] = {
  [TY_INVALID] = {.kind = TY_INVALID, .size = 8, .align = 8, .nwords = 1, .complete = true},
  [TY_BOOL] = BASIC(TY_BOOL, 1),
  [TY_INT] = BASIC(TY_INT, 8),
  [TY_INT8] = BASIC(TY_INT8, 1),
  [TY_INT16] = BASIC(TY_INT16, 2),
  [TY_INT32] = BASIC(TY_INT32, 4),
  [TY_INT64] = BASIC(TY_INT64, 8),
  [TY_UINT] = BASIC(TY_UINT, 8),
  [TY_UINT8] = BASIC(TY_UINT8, 1),
  [TY_UINT16] = BASIC(TY_UINT16, 2),
  [TY_UINT32] = BASIC(TY_UINT32, 4),
  [TY_UINT64] = BASIC(TY_UINT64, 8),
  [TY_UINTPTR] = BASIC(TY_UINTPTR, 8),
  [TY_FLOAT32] = BASIC(TY_FLOAT32, 4),
  [TY_FLOAT64] = BASIC(TY_FLOAT64, 8),
  [TY_COMPLEX64] = {.kind = TY_COMPLEX64, .size = 8, .align = 4, .nwords = 2, .complete = true},
  [TY_COMPLEX128] = {.kind = TY_COMPLEX128, .size = 16, .align = 8, .nwords = 2, .complete = true},
  [TY_STRING] = {.kind = TY_STRING, .size = 16, .align = 8, .nwords = 2, .complete = true},
  [TY_UNSAFEPOINTER] = BASIC(TY_UNSAFEPOINTER, 8),
  /* untyped kinds are laid out as their default types, for safety only */
  [TY_UNTYPED_BOOL] = BASIC(TY_UNTYPED_BOOL, 1),
  [TY_UNTYPED_INT] = BASIC(TY_UNTYPED_INT, 8),
  [TY_UNTYPED_RUNE] = BASIC(TY_UNTYPED_RUNE, 4),
  [TY_UNTYPED_FLOAT] = BASIC(TY_UNTYPED_FLOAT, 8),
  [TY_UNTYPED_COMPLEX] = {.kind = TY_UNTYPED_COMPLEX, .size = 16, .align = 8, .nwords = 2, .complete = true},
  [TY_UNTYPED_STRING] = {.kind = TY_UNTYPED_STRING, .size = 16, .align = 8, .nwords = 2, .complete = true},
  [TY_UNTYPED_NIL] = BASIC(TY_UNTYPED_NIL, 8),
};

static Type alias_types[] = {BASIC(TY_UINT8, 1), BASIC(TY_INT32, 4)};

Type *const ty_basic[] = {
#define B(k) [k] = &basic_types[k]
  B(TY_INVALID), B(TY_BOOL), B(TY_INT), B(TY_INT8), B(TY_INT16), B(TY_INT32), B(TY_INT64),
  B(TY_UINT), B(TY_UINT8), B(TY_UINT16), B(TY_UINT32), B(TY_UINT64), B(TY_UINTPTR),
  B(TY_FLOAT32), B(TY_FLOAT64), B(TY_COMPLEX64), B(TY_COMPLEX128), B(TY_STRING),
  B(TY_UNSAFEPOINTER), B(TY_UNTYPED_BOOL), B(TY_UNTYPED_INT), B(TY_UNTYPED_RUNE),
  B(TY_UNTYPED_FLOAT), B(TY_UNTYPED_COMPLEX), B(TY_UNTYPED_STRING), B(TY_UNTYPED_NIL),
#undef B
};

Type *const ty_byte = &alias_types[0];
Type *const ty_rune = &alias_types[1];

static const char *const basic_names[] = {
  [TY_INVALID] = "invalid type", [TY_BOOL] = "bool", [TY_INT] = "int", [TY_INT8] = "int8",
  [TY_INT16] = "int16", [TY_INT32] = "int32", [TY_INT64] = "int64", [TY_UINT] = "uint",
  [TY_UINT8] = "uint8", [TY_UINT16] = "uint16", [TY_UINT32] = "uint32", [TY_UINT64] = "uint64",
  [TY_UINTPTR] = "uintptr", [TY_FLOAT32] = "float32", [TY_FLOAT64] = "float64",
  [TY_COMPLEX64] = "complex64", [TY_COMPLEX128] = "complex128", [TY_STRING] = "string",
  [TY_UNSAFEPOINTER] = "unsafe.Pointer", [TY_UNTYPED_BOOL] = "untyped bool",
  [TY_UNTYPED_INT] = "untyped int", [TY_UNTYPED_RUNE] = "untyped rune",
  [TY_UNTYPED_FLOAT] = "untyped float", [TY_UNTYPED_COMPLEX] = "untyped complex",
  [TY_UNTYPED_STRING] = "untyped string", [TY_UNTYPED_NIL] = "untyped nil",
};

/* {=================================================================
** Constructors
** ================================================================== */

Type *ty_new(struct Comp *c, TypeKind k) {
  Type *t = arena_alloc(&c->arena, sizeof *t);
  t->kind = k;
  return t;
}

Type *ty_new_slice(struct Comp *c, Type *elem) {
  Type *t = ty_new(c, TY_SLICE);
  t->u.slice.elem = elem;
  return t;
}

Type *ty_new_pointer(struct Comp *c, Type *elem) {
  Type *t = ty_new(c, TY_POINTER);
  t->u.ptr.elem = elem;
  return t;
}

Type *ty_new_array(struct Comp *c, Type *elem, int64_t len) {
  Type *t = ty_new(c, TY_ARRAY);
  t->u.array.elem = elem;
  t->u.array.len = len;
  return t;
}

Type *ty_new_map(struct Comp *c, Type *key, Type *value) {
  Type *t = ty_new(c, TY_MAP);
  t->u.map.key = key;
  t->u.map.value = value;
  return t;
}

Type *ty_new_chan(struct Comp *c, int dir, Type *elem) {
  Type *t = ty_new(c, TY_CHAN);
  t->u.chan.dir = dir;
  t->u.chan.elem = elem;
  return t;
}

Type *ty_new_tuple(struct Comp *c, Type **types, int n) {
  Type *t = ty_new(c, TY_TUPLE);
  t->u.tuple.types = arena_alloc(&c->arena, (size_t)(n ? n : 1) * sizeof(Type *));
  if (n) memcpy(t->u.tuple.types, types, (size_t)n * sizeof(Type *));
  t->u.tuple.n = n;
  return t;
}

/* }================================================================= */

/* {=================================================================
** Predicates
** ================================================================== */

Type *ty_underlying(Type *t) {
  /* a chain of named types is at most as long as the declarations; the
  ** checker resolves it to the final underlying type when it declares one */
  for (int guard = 0; t && t->kind == TY_NAMED && guard < 1000; guard++) t = t->u.named.underlying;
  return t ? t : TY(TY_INVALID);
}

static TypeKind ukind(Type *t) { return t ? ty_underlying(t)->kind : TY_INVALID; }

bool ty_is_integer(Type *t) {
  TypeKind k = ukind(t);
  return (k >= TY_INT && k <= TY_UINTPTR) || k == TY_UNTYPED_INT || k == TY_UNTYPED_RUNE;
}

bool ty_is_unsigned(Type *t) {
  TypeKind k = ukind(t);
  return k >= TY_UINT && k <= TY_UINTPTR;
}

bool ty_is_float(Type *t) {
  TypeKind k = ukind(t);
  return k == TY_FLOAT32 || k == TY_FLOAT64 || k == TY_UNTYPED_FLOAT;
}

bool ty_is_complex(Type *t) {
  TypeKind k = ukind(t);
  return k == TY_COMPLEX64 || k == TY_COMPLEX128 || k == TY_UNTYPED_COMPLEX;
}

bool ty_is_numeric(Type *t) { return ty_is_integer(t) || ty_is_float(t) || ty_is_complex(t); }

bool ty_is_string(Type *t) {
  TypeKind k = ukind(t);
  return k == TY_STRING || k == TY_UNTYPED_STRING;
}

bool ty_is_boolean(Type *t) {
  TypeKind k = ukind(t);
  return k == TY_BOOL || k == TY_UNTYPED_BOOL;
}

bool ty_is_untyped(Type *t) {
  /* untyped types are never named */
  return t && t->kind >= TY_UNTYPED_BOOL && t->kind <= TY_UNTYPED_NIL;
}

bool ty_is_basic(Type *t) { return t && t->kind <= TY_UNTYPED_NIL; }

bool ty_is_interface(Type *t) { return ukind(t) == TY_INTERFACE; }

/* Whether values of t may be compared with == (spec "Comparison
** operators"). depth bounds the walk through nested arrays/structs. */
static bool comparable(Type *t, int depth) {
  if (depth > 100) return true;
  Type *u = ty_underlying(t);
  switch (u->kind) {
  case TY_UNTYPED_NIL: return false;
  case TY_SLICE:
  case TY_MAP:
  case TY_FUNC:
  case TY_TUPLE: return false;
  case TY_ARRAY: return comparable(u->u.array.elem, depth + 1);
  case TY_STRUCT:
    for (int i = 0; i < u->u.strct.nfields; i++)
      if (!comparable(u->u.strct.fields[i].type, depth + 1)) return false;
    return true;
  default: return true;
  }
}

bool ty_is_comparable(Type *t) { return comparable(t, 0); }

bool ty_is_ordered(Type *t) { return ty_is_integer(t) || ty_is_float(t) || ty_is_string(t); }

bool ty_has_nil(Type *t) {
  switch (ukind(t)) {
  case TY_POINTER:
  case TY_SLICE:
  case TY_MAP:
  case TY_CHAN:
  case TY_FUNC:
  case TY_INTERFACE:
  case TY_UNSAFEPOINTER: return true;
  default: return false; /* untyped nil too, as go/types' hasNil */
  }
}

Type *ty_default(Type *t) {
  if (!t) return t;
  switch (t->kind) {
  case TY_UNTYPED_BOOL: return TY(TY_BOOL);
  case TY_UNTYPED_INT: return TY(TY_INT);
  case TY_UNTYPED_RUNE: return ty_rune;
  case TY_UNTYPED_FLOAT: return TY(TY_FLOAT64);
  case TY_UNTYPED_COMPLEX: return TY(TY_COMPLEX128);
  case TY_UNTYPED_STRING: return TY(TY_STRING);
  default: return t;
  }
}

/* }================================================================= */

/* {=================================================================
** Identity
** ================================================================== */

/* [tags]: struct tags count (type identity); conversions ignore them. */
static bool identical(Type *a, Type *b, int depth, bool tags);

static bool identical_list(Type **a, Type **b, int n, int depth, bool tags) {
  for (int i = 0; i < n; i++)
    if (!identical(a[i], b[i], depth + 1, tags)) return false;
  return true;
}

static bool identical(Type *a, Type *b, int depth, bool tags) {
  if (a == b) return true;
  if (!a || !b || depth > 200) return false;
  if (ty_is_basic(a) || ty_is_basic(b)) return ty_is_basic(a) && ty_is_basic(b) && a->kind == b->kind;
  if (a->kind != b->kind) return false;
  switch (a->kind) {
  case TY_ARRAY:
    return a->u.array.len == b->u.array.len && identical(a->u.array.elem, b->u.array.elem, depth + 1, tags);
  case TY_SLICE: return identical(a->u.slice.elem, b->u.slice.elem, depth + 1, tags);
  case TY_POINTER: return identical(a->u.ptr.elem, b->u.ptr.elem, depth + 1, tags);
  case TY_STRUCT: {
    if (a->u.strct.nfields != b->u.strct.nfields) return false;
    for (int i = 0; i < a->u.strct.nfields; i++) {
      StructField *f = &a->u.strct.fields[i], *g = &b->u.strct.fields[i];
      if (f->embedded != g->embedded || strcmp(f->name, g->name) != 0) return false;
      if (tags && strcmp(f->tag ? f->tag : "", g->tag ? g->tag : "") != 0) return false;
      if (!identical(f->type, g->type, depth + 1, tags)) return false;
    }
    return true;
  }
  case TY_FUNC:
    return a->u.func.nparams == b->u.func.nparams && a->u.func.nresults == b->u.func.nresults &&
           a->u.func.variadic == b->u.func.variadic &&
           identical_list(a->u.func.params, b->u.func.params, a->u.func.nparams, depth, tags) &&
           identical_list(a->u.func.results, b->u.func.results, a->u.func.nresults, depth, tags);
  case TY_INTERFACE: {
    if (a->u.iface.nmethods != b->u.iface.nmethods) return false;
    for (int i = 0; i < a->u.iface.nmethods; i++) {
      Method *m = &a->u.iface.methods[i], *n = &b->u.iface.methods[i];
      if (strcmp(m->name, n->name) != 0 || !identical(m->sig, n->sig, depth + 1, tags)) return false;
    }
    return true;
  }
  case TY_MAP:
    return identical(a->u.map.key, b->u.map.key, depth + 1, tags) && identical(a->u.map.value, b->u.map.value, depth + 1, tags);
  case TY_CHAN: return a->u.chan.dir == b->u.chan.dir && identical(a->u.chan.elem, b->u.chan.elem, depth + 1, tags);
  case TY_TUPLE:
    return a->u.tuple.n == b->u.tuple.n && identical_list(a->u.tuple.types, b->u.tuple.types, a->u.tuple.n, depth, tags);
  default: return false; /* named types: only themselves */
  }
}

bool ty_identical(Type *a, Type *b) { return identical(a, b, 0, true); }

bool ty_identical_ignore_tags(Type *a, Type *b) { return identical(a, b, 0, false); }

/* }================================================================= */

/* {=================================================================
** Layout
** ================================================================== */

static int64_t round_up(int64_t x, int64_t a) { return a > 1 ? (x + a - 1) / a * a : x; }

/* Saturating: an absurd array size must not wrap around. */
static int64_t mul_sat(int64_t a, int64_t b) {
  if (a == 0 || b == 0) return 0;
  if (a > INT64_MAX / b) return INT64_MAX;
  return a * b;
}

void ty_complete(Type *t) {
  if (!t || t->complete) return;
  t->complete = true; /* before recursing: cuts invalid cycles */
  t->size = 8;
  t->align = 8;
  t->nwords = 1;
  switch (t->kind) {
  case TY_NAMED: {
    Type *u = t->u.named.underlying;
    if (!u) break;
    ty_complete(u);
    t->size = u->size;
    t->align = u->align;
    t->nwords = u->nwords;
    break;
  }
  case TY_ARRAY: {
    Type *e = t->u.array.elem;
    ty_complete(e);
    int64_t len = t->u.array.len < 0 ? 0 : t->u.array.len;
    t->size = mul_sat(e->size, len);
    t->align = e->align;
    int64_t w = mul_sat(e->nwords, len);
    t->nwords = w > INT32_MAX ? INT32_MAX : (int32_t)w;
    break;
  }
  case TY_STRUCT: {
    int64_t off = 0, words = 0;
    int32_t align = 1;
    for (int i = 0; i < t->u.strct.nfields; i++) {
      StructField *f = &t->u.strct.fields[i];
      ty_complete(f->type);
      off = round_up(off, f->type->align);
      f->offset = off;
      f->word = words > INT32_MAX ? INT32_MAX : (int)words;
      off = off + f->type->size < off ? INT64_MAX : off + f->type->size;
      words += f->type->nwords;
      if (f->type->align > align) align = f->type->align;
    }
    /* gc pads a struct ending in a zero-size field so that a pointer to
    ** that field cannot point past the object */
    int n = t->u.strct.nfields;
    if (n > 0 && off > 0 && t->u.strct.fields[n - 1].type->size == 0) off++;
    t->size = round_up(off, align);
    t->align = align;
    t->nwords = words > INT32_MAX ? INT32_MAX : (int32_t)words;
    break;
  }
  case TY_SLICE:
    t->size = 24;
    t->nwords = 3;
    break;
  case TY_INTERFACE:
    t->size = 16;
    t->nwords = 2;
    break;
  case TY_TUPLE: {
    int64_t words = 0;
    for (int i = 0; i < t->u.tuple.n; i++) {
      ty_complete(t->u.tuple.types[i]);
      words += t->u.tuple.types[i]->nwords;
    }
    t->nwords = (int32_t)words;
    t->size = words * 8;
    break;
  }
  default: /* pointer, map, chan, func: one word */
    break;
  }
}

/* }================================================================= */

/* {=================================================================
** Spelling
** ================================================================== */

typedef struct TBuf {
  char *s;
  size_t n, cap;
  struct Comp *c;
  bool diag;  /* go/types spelling, else reflect's */
  bool gc;    /* with diag: gc's IR spelling (`vm -m`): spaced struct and
                 interface bodies, no parameter names, no "any" */
  Type *any;  /* the universe's any, spelled "any" in diagnostics */
  int depth;
} TBuf;

static void put(TBuf *b, const char *s) {
  size_t k = strlen(s);
  if (b->n + k + 1 > b->cap) {
    size_t cap = b->cap ? b->cap * 2 : 64;
    while (cap < b->n + k + 1) cap *= 2;
    char *p = arena_alloc(&b->c->arena, cap);
    if (b->n) memcpy(p, b->s, b->n);
    b->s = p;
    b->cap = cap;
  }
  memcpy(b->s + b->n, s, k);
  b->n += k;
  b->s[b->n] = 0;
}

static void write_type(TBuf *b, Type *t);

static void write_sig(TBuf *b, Type *f) {
  put(b, "(");
  for (int i = 0; i < f->u.func.nparams; i++) {
    if (i) put(b, ", ");
    const char *name = f->u.func.pnames ? f->u.func.pnames[i] : NULL;
    if (b->diag && !b->gc && name && *name) {
      put(b, name);
      put(b, " ");
    }
    Type *pt = f->u.func.params[i];
    if (f->u.func.variadic && i == f->u.func.nparams - 1 && pt && pt->kind == TY_SLICE) {
      put(b, "...");
      pt = pt->u.slice.elem;
    }
    write_type(b, pt);
  }
  put(b, ")");
  int n = f->u.func.nresults;
  if (n == 0) return;
  put(b, " ");
  const char *r0 = f->u.func.rnames ? f->u.func.rnames[0] : NULL;
  if (n == 1 && !(b->diag && !b->gc && r0 && *r0)) {
    write_type(b, f->u.func.results[0]);
    return;
  }
  put(b, "(");
  for (int i = 0; i < n; i++) {
    if (i) put(b, ", ");
    const char *name = f->u.func.rnames ? f->u.func.rnames[i] : NULL;
    if (b->diag && !b->gc && name && *name) {
      put(b, name);
      put(b, " ");
    }
    write_type(b, f->u.func.results[i]);
  }
  put(b, ")");
}

static void write_type(TBuf *b, Type *t) {
  if (!t) {
    put(b, b->diag ? "<nil>" : "nil");
    return;
  }
  if (++b->depth > 64) { /* cannot happen for valid types; keep output finite */
    put(b, "...");
    b->depth--;
    return;
  }
  switch (t->kind) {
  case TY_NAMED: {
    Object *o = t->u.named.obj;
    const char *pkg = t->u.named.pkg;
    if (pkg && *pkg && !(b->diag && strcmp(pkg, "main") == 0)) {
      const char *slash = strrchr(pkg, '/');
      put(b, b->gc ? chk_pkg_qual_gc(b->c, pkg) : slash ? slash + 1 : pkg);
      put(b, ".");
    }
    put(b, o && o->name ? o->name : "?");
    break;
  }
  case TY_ARRAY: {
    char num[32];
    snprintf(num, sizeof num, "[%lld]", (long long)t->u.array.len);
    put(b, num);
    write_type(b, t->u.array.elem);
    break;
  }
  case TY_SLICE:
    put(b, "[]");
    write_type(b, t->u.slice.elem);
    break;
  case TY_POINTER:
    put(b, "*");
    write_type(b, t->u.ptr.elem);
    break;
  case TY_STRUCT: {
    bool tight = b->diag && !b->gc;
    if (t->u.strct.nfields == 0) {
      put(b, tight ? "struct{}" : "struct {}");
      break;
    }
    put(b, tight ? "struct{" : "struct { ");
    for (int i = 0; i < t->u.strct.nfields; i++) {
      StructField *f = &t->u.strct.fields[i];
      if (i) put(b, "; ");
      if (!f->embedded) {   /* an embedded field is its type alone, in reflect's strings too */
        put(b, f->name);
        put(b, " ");
      }
      write_type(b, f->type);
      if (f->tag && *f->tag) {
        put(b, " ");
        put(b, cst_quote(b->c, f->tag, (int64_t)strlen(f->tag)));
      }
    }
    put(b, tight ? "}" : " }");
    break;
  }
  case TY_FUNC:
    put(b, "func");
    write_sig(b, t);
    break;
  case TY_INTERFACE: {
    bool tight = b->diag && !b->gc;
    if (tight && b->any == t) {
      put(b, "any");
      break;
    }
    if (t->u.iface.nmethods == 0) {
      put(b, tight ? "interface{}" : "interface {}");
      break;
    }
    put(b, tight ? "interface{" : "interface { ");
    for (int i = 0; i < t->u.iface.nmethods; i++) {
      if (i) put(b, "; ");
      put(b, t->u.iface.methods[i].name);
      if (t->u.iface.methods[i].sig) write_sig(b, t->u.iface.methods[i].sig);
    }
    put(b, tight ? "}" : " }");
    break;
  }
  case TY_MAP:
    put(b, "map[");
    write_type(b, t->u.map.key);
    put(b, "]");
    write_type(b, t->u.map.value);
    break;
  case TY_CHAN: {
    Type *e = t->u.chan.elem;
    bool parens = false;
    if (t->u.chan.dir == CHAN_SEND) put(b, "chan<- ");
    else if (t->u.chan.dir == CHAN_RECV) put(b, "<-chan ");
    else {
      put(b, "chan ");
      parens = e && e->kind == TY_CHAN && e->u.chan.dir == CHAN_RECV;
    }
    if (parens) put(b, "(");
    write_type(b, e);
    if (parens) put(b, ")");
    break;
  }
  case TY_TUPLE:
    put(b, "(");
    for (int i = 0; i < t->u.tuple.n; i++) {
      if (i) put(b, ", ");
      const char *name = t->u.tuple.names ? t->u.tuple.names[i] : NULL;
      if (b->diag && !b->gc && name && *name) {
        put(b, name);
        put(b, " ");
      }
      write_type(b, t->u.tuple.types[i]);
    }
    put(b, ")");
    break;
  default:
    if (b->diag && t == ty_byte) put(b, "byte");
    else if (b->diag && t == ty_rune) put(b, "rune");
    else if (!b->diag && t->kind == TY_UNSAFEPOINTER) put(b, "unsafe.Pointer");
    else put(b, t->kind <= TY_UNTYPED_NIL ? basic_names[t->kind] : "?");
    break;
  }
  b->depth--;
}

const char *ty_string(struct Comp *c, Type *t) {
  TBuf b = {NULL, 0, 0, c, false, false, NULL, 0};
  put(&b, "");
  write_type(&b, t);
  return b.s;
}

const char *ty_string_diag(struct Comp *c, Type *t, Type *any) {
  TBuf b = {NULL, 0, 0, c, true, false, any, 0};
  put(&b, "");
  write_type(&b, t);
  return b.s;
}

const char *ty_string_gc(struct Comp *c, Type *t) {
  TBuf b = {NULL, 0, 0, c, true, true, NULL, 0};
  put(&b, "");
  write_type(&b, t);
  return b.s;
}

/* }================================================================= */
