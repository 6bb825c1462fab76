/*
** types.h — Go's types and the objects names denote, as the checker builds
** them and the code generator reads them.
**
** Invariants:
**  - Basic types, and the untyped kinds, are unique: compare them by pointer,
**    with one exception: byte and rune are aliases of uint8 and int32 that
**    have Types of their own (ty_byte, ty_rune: same kind and layout, only
**    spelled differently in diagnostics). To ask "is t uint8?" test
**    ty_underlying(t)->kind == TY_UINT8, never t == TY(TY_UINT8).
**    Composite types are compared with ty_identical (structural identity,
**    Go spec "Type identity"); named types are identical only to themselves.
**  - size/align follow Go's amd64 layout (int 8 bytes, string 16, slice 24,
**    interface 16, struct fields in order with padding); nwords is how many
**    8-byte VM registers a value of the type occupies (a struct: the sum of
**    its fields' nwords; an array of N: N * elem nwords; every scalar one).
**    Both are valid once ty_complete has run on the type.
**  - Every Type and Object lives in the compilation's arena.
*/
#ifndef TYPES_H
#define TYPES_H

#include <stdbool.h>
#include <stdint.h>

#include "ast.h"

typedef enum TypeKind {
  TY_INVALID,
  /* basic, in reflect.Kind order */
  TY_BOOL, TY_INT, TY_INT8, TY_INT16, TY_INT32, TY_INT64,
  TY_UINT, TY_UINT8, TY_UINT16, TY_UINT32, TY_UINT64, TY_UINTPTR,
  TY_FLOAT32, TY_FLOAT64, TY_COMPLEX64, TY_COMPLEX128, TY_STRING,
  TY_UNSAFEPOINTER,
  /* untyped constant kinds */
  TY_UNTYPED_BOOL, TY_UNTYPED_INT, TY_UNTYPED_RUNE, TY_UNTYPED_FLOAT,
  TY_UNTYPED_COMPLEX, TY_UNTYPED_STRING, TY_UNTYPED_NIL,
  /* composite */
  TY_ARRAY, TY_SLICE, TY_STRUCT, TY_POINTER, TY_FUNC, TY_INTERFACE, TY_MAP,
  TY_CHAN, TY_NAMED, TY_TUPLE
} TypeKind;

typedef struct StructField {
  const char *name;
  Type *type;
  bool embedded;
  const char *tag;  /* the tag's value (unquoted), or NULL */
  int64_t offset;   /* byte offset in memory */
  int word;         /* register word index within the struct value */
} StructField;

typedef struct Method {
  const char *name;
  Type *sig;        /* TY_FUNC without the receiver */
  Object *fn;       /* the declared function (named types), NULL in interfaces */
  bool ptr_recv;
} Method;

struct Type {
  TypeKind kind;
  int64_t size;     /* bytes */
  int32_t align;
  int32_t nwords;
  bool complete;
  union {
    struct { Type *elem; int64_t len; } array;       /* TY_ARRAY */
    struct { Type *elem; } slice;                    /* TY_SLICE */
    struct { Type *elem; } ptr;                      /* TY_POINTER */
    struct { StructField *fields; int nfields; } strct;
    struct { Type **params; const char **pnames; int nparams;
             Type **results; const char **rnames; int nresults;
             bool variadic; /* last param is a slice ...T */ } func;
    struct { Method *methods; int nmethods; /* sorted by name */ } iface;
    struct { Type *key, *value; } map;
    struct { Type *elem; int dir; } chan;
    struct { Object *obj; Type *underlying; Method *methods; int nmethods;
             const char *pkg; /* "main", or the std package */ } named;
    struct { Type **types; int n;
             const char **names; /* result names, or NULL (diagnostics only) */
           } tuple;                                  /* multi-value results; the
                                                        checker also gives a comma-ok
                                                        expression used as `v, ok = e`
                                                        the type (T, bool), and a call
                                                        without results the empty tuple */
  } u;
};

typedef enum ObjKind {
  OBJ_BAD, OBJ_CONST, OBJ_TYPE, OBJ_VAR, OBJ_FUNC, OBJ_PKG, OBJ_BUILTIN,
  OBJ_NIL, OBJ_LABEL
} ObjKind;

typedef enum Builtin {
  BI_NONE, BI_APPEND, BI_CAP, BI_CLOSE, BI_COMPLEX, BI_COPY, BI_DELETE,
  BI_IMAG, BI_LEN, BI_MAKE, BI_NEW, BI_PANIC, BI_PRINT, BI_PRINTLN, BI_REAL,
  BI_RECOVER
} Builtin;

struct Object {
  ObjKind kind;
  const char *name;
  Pos pos;
  Type *type;
  ConstVal *cval;          /* OBJ_CONST */
  Builtin builtin;         /* OBJ_BUILTIN */
  const char *pkg;         /* OBJ_PKG: import path; package members: the path */
  int native;              /* package member implemented natively: its index
                              in runtime/stdlib.def, else -1 */
  Decl *decl;              /* OBJ_FUNC: the declaration (NULL for natives) */
  Type *recv;              /* a native method: its receiver type, T or *T */
  bool is_global;          /* OBJ_VAR: package-level */
  bool is_param;           /* OBJ_VAR: parameter or named/unnamed result */
  bool is_result;
  bool used;               /* checker: for "declared and not used" */
  bool addr_taken;         /* checker: &x seen, or x captured by a closure */
  bool captured;           /* checker: referenced from a nested function literal */
  int depth;               /* function nesting level of the declaring function */
  /* code generator's own data (register, global slot, function index) */
  int cg_index;
  void *cg_data;
};

typedef struct Scope {
  struct Scope *parent;
  Object **objs; int n, cap;  /* small; linear or hashed lookup, checker's choice */
  bool is_func;               /* a function's outermost scope */
} Scope;

/* Predeclared types, one instance each (types.c). */
extern Type *const ty_basic[]; /* indexed by TypeKind, TY_INVALID..TY_UNTYPED_NIL */
#define TY(k) (ty_basic[(k)])
extern Type *const ty_byte;    /* kind TY_UINT8, spelled "byte" */
extern Type *const ty_rune;    /* kind TY_INT32, spelled "rune" */

Type *ty_new(struct Comp *c, TypeKind k);
Type *ty_new_slice(struct Comp *c, Type *elem);
Type *ty_new_pointer(struct Comp *c, Type *elem);
Type *ty_new_array(struct Comp *c, Type *elem, int64_t len);
Type *ty_new_map(struct Comp *c, Type *key, Type *value);
Type *ty_new_chan(struct Comp *c, int dir, Type *elem);
Type *ty_new_tuple(struct Comp *c, Type **types, int n);
Type *ty_underlying(Type *t);               /* follows TY_NAMED */
bool ty_identical(Type *a, Type *b);
/* Identity ignoring struct tags, as conversions compare types. */
bool ty_identical_ignore_tags(Type *a, Type *b);
bool ty_is_integer(Type *t);                /* underlying integer, typed or untyped */
bool ty_is_unsigned(Type *t);
bool ty_is_float(Type *t);
bool ty_is_complex(Type *t);
bool ty_is_numeric(Type *t);
bool ty_is_string(Type *t);
bool ty_is_boolean(Type *t);
bool ty_is_untyped(Type *t);
bool ty_is_comparable(Type *t);
bool ty_is_ordered(Type *t);
bool ty_is_basic(Type *t);                  /* a predeclared or untyped kind */
bool ty_is_interface(Type *t);              /* underlying interface */
bool ty_has_nil(Type *t);                   /* pointer, slice, map, chan, func, interface
                                               (not untyped nil itself) */
Type *ty_default(Type *t);                  /* untyped -> its default type */
void ty_complete(Type *t);                  /* computes size, align, nwords */
/* Go's spelling of the type as %T prints it (reflect: "int", "main.Point",
** "[]uint8", "func(int) string", "interface {}"); arena-allocated. */
const char *ty_string(struct Comp *c, Type *t);
/* The spelling in diagnostics (go/types: "Point", "[]byte",
** "func(x int) string", "untyped int"); [any] is the universe's any type,
** spelled "any" (may be NULL). */
const char *ty_string_diag(struct Comp *c, Type *t, Type *any);
/* gc's IR spelling, as `go build -gcflags=-m` prints types ("Point",
** "[]byte", "struct { X int; Y int }", "interface {}", "func(int) string"). */
const char *ty_string_gc(struct Comp *c, Type *t);

#endif /* TYPES_H */
