/*
** check.h — the type checker's private interface, shared by check.c
** (driver, universe, scopes, diagnostics, package-level declarations),
** check_decl.c (object declarations, type expressions, signatures, field
** and method lookup), check_expr.c (operands, untyped constants, unary and
** binary operations, conversions, assignability), check_call.c (calls,
** builtins, selectors, index and slice expressions), check_stmt.c
** (statements, assignments, terminating statements, branch targets) and
** check_std.c (the importable standard-library packages).
**
** The checker is a port of Go 1.19's cmd/compile/internal/types2 run with
** CompilerErrorMessages (as gc runs it), so that messages, their positions
** and the order in which they are reported match `go run`. Comments cite the
** types2 function a piece of code follows.
**
** Invariants:
**  - An Operand describes an expression being checked (types2's operand);
**    mode MODE_INVALID means an error was already reported for it, and
**    callers stay silent about it. val == NULL for a MODE_CONST operand means
**    "unknown" (the value was lost to an earlier error).
**  - Every expression the checker accepts gets type/mode/cval recorded on
**    its Expr (record()). An expression whose type is still untyped is also
**    in the `untyped` map; when its final type becomes known (assignment,
**    comparison, conversion...) update_expr_type() rewrites it and its
**    operands, converting constants to the final type. What remains untyped
**    at the end gets its default type (finalize_untyped()).
**  - All memory comes from the Comp's arena; recursion is bounded by
**    Checker.nest (CHK_MAX_NEST), so no input exhausts the C stack.
*/
#ifndef CHECK_H
#define CHECK_H

#include <stdarg.h>
#include <stdbool.h>

#include "compiler.h"
#include "constant.h"
#include "types.h"

#define CHK_MAX_NEST 2500

/* types2's nilvalue mode: the untyped nil or a nil converted to a type.
** Recorded on the Expr as MODE_VALUE. */
#define MODE_NIL 64

/* A pointer-keyed hash map (open addressing, no deletion: entries are
** overwritten with a NULL value instead). */
typedef struct PtrMap {
  const void **keys;
  void **vals;
  int n, cap;
} PtrMap;
void *pmap_get(const PtrMap *m, const void *key);
void pmap_put(Arena *a, PtrMap *m, const void *key, void *val);

typedef struct Operand {
  int mode;      /* ExprMode, or MODE_NIL */
  Expr *expr;
  Type *type;
  ConstVal *val; /* MODE_CONST */
  Builtin id;    /* MODE_BUILTIN */
} Operand;

/* What a package-level object's declaration consists of (types2's
** declInfo). */
typedef struct DeclInfo {
  Object **lhs; int nlhs;   /* n:1 variable declarations: all the lhs */
  Expr *vtyp;               /* const/var type, or NULL */
  Expr *init;               /* const/var initializer, or NULL */
  bool inherited;           /* init repeated from an earlier const spec */
  ConstVal *iota;           /* consts */
  Spec *tspec;              /* type declarations */
  Decl *fdecl;              /* functions and methods */
  PtrVec deps;              /* package-level objects it refers to */
} DeclInfo;

/* Checker-private data of an object (types2's color and order). */
typedef struct ObjInfo {
  int color;                /* 0 white, 1 black, >= 2: grey, at objpath[color-2] */
  int order;                /* source order among package-level objects */
  DeclInfo *decl;           /* package-level objects (and methods) */
  Scope *fscope;            /* functions: the scope holding the parameters */
  bool is_alias;            /* type declarations: `type A = B` */
  Type *from_rhs;           /* type declarations: the type on the right */
  bool ptr_recv;            /* methods */
} ObjInfo;
enum { WHITE = 0, BLACK = 1, GREY = 2 };

/* A function being checked: a declared function or a function literal. */
typedef struct FuncCtx {
  struct FuncCtx *outer;
  Expr *lit;                /* the E_FUNCLIT, NULL for a declaration */
  Type *sig;                /* TY_FUNC */
  Object **results; int nresults;  /* result variables (named or not) */
  int depth;                /* nesting: 1 for a top-level function */
  PtrVec vars;              /* local variables declared in it, for usage() */
  PtrVec captures;          /* variables of enclosing functions it uses */
  PtrMap panics;            /* calls of the panic builtin (terminating) */
  PtrVec labels;            /* its S_LABELED statements */
  PtrVec gotos;             /* its goto statements, resolved at the end */
} FuncCtx;

/* Work postponed until the current statement or declaration is done:
** function bodies (types2's check.later). */
typedef struct Delayed {
  int kind;                 /* DL_FUNC_BODY, DL_VALIDATE */
  Object *fn;               /* declared function, or NULL for a literal */
  Expr *lit;                /* function literal */
  Type *sig;
  Scope *scope;             /* parameter scope */
  Stmt *body;
  DeclInfo *decl;           /* enclosing package-level declaration */
  ConstVal *iota;
  FuncCtx *outer;           /* enclosing function of a literal */
  Object **results; int nresults;
  Type *type;               /* DL_VALIDATE: a named type to validate */
  Object *recv;             /* DL_RECV: the receiver to validate */
} Delayed;
enum { DL_FUNC_BODY, DL_VALIDATE, DL_RECV, DL_MAPKEY, DL_FIELDS, DL_EMBEDDED };

/* An entry of the untyped map. */
typedef struct Untyped {
  bool is_lhs;              /* the lhs of a non-constant shift */
  bool final;               /* no longer untyped (removed) */
} Untyped;

/* An imported standard-library package. */
typedef struct Package {
  const char *path, *name;
  Scope *scope;
} Package;

/* The context a statement sits in (types2's stmtContext plus the targets
** of break/continue for Stmt.u.branch.target). */
typedef struct StmtCtx {
  unsigned flags;
  Stmt *brk;                /* innermost for/switch/select */
  Stmt *cont;               /* innermost for */
  struct LabelCtx *labels;  /* enclosing labeled statements */
} StmtCtx;
enum { BREAK_OK = 1, CONTINUE_OK = 2, FALLTHROUGH_OK = 4, FINAL_CASE = 8, IN_TYPE_SWITCH = 16 };

typedef struct LabelCtx {
  struct LabelCtx *up;
  const char *name;
  Stmt *stmt;               /* the labeled for/switch/select/range */
} LabelCtx;

/* A field or method found by lookup (types2's Selection). */
/* The variable whose storage &e takes the address of, if any. */
Object *chk_root_var(Expr *e);

typedef struct Selection {
  int kind;                 /* SEL_FIELD, SEL_METHOD, SEL_METHOD_EXPR */
  Method *m;                /* SEL_METHOD*: the method (of a named type or
                               of an interface) */
  Object *method;           /* the declared method (m->fn), NULL for
                               interface methods */
  StructField *field;       /* SEL_FIELD */
  int *index; int nindex;   /* path of embedded fields, then the field/method */
  bool indirect;            /* a pointer was dereferenced on the path */
  Type *recv;               /* the type x had */
} Selection;
enum { SEL_FIELD = 1, SEL_METHOD, SEL_METHOD_EXPR };

/* The file scope of file [file] (that of file 0 when out of range). */
struct Scope *chk_file_scope(struct Checker *k, int file);

typedef struct Checker {
  Comp *c;
  File *file;
  Scope *universe, *pkg, *file_scope; /* imports live in the file scope:
                                         file_scope is the current file's */
  Scope **file_scopes;      /* one per file of the package (Pos.file) */
  Type *any_type, *error_type;
  Object *iota_obj;

  PtrMap objinfo;           /* Object* -> ObjInfo* */
  PtrVec pkgobjs;           /* package-level objects, source order */
  PtrVec methods;           /* method Objects (OBJ_FUNC) */
  PtrMap untyped;           /* Expr* -> Untyped* */
  PtrMap selections;        /* Expr* (E_SELECTOR) -> Selection* */
  PtrMap captures;          /* Expr* (E_FUNCLIT) -> FuncCtx* */
  PtrMap method_lists;      /* base type name Object* -> PtrVec* of methods */
  PtrMap valids;            /* named types validType found valid */
  PtrMap building;          /* interface types under construction */
  PtrMap scope_index;       /* Scope* -> hash index of a large scope */
  PtrVec imports;           /* OBJ_PKG objects, for unused-import errors */
  Package *pkgs; int npkgs; /* the standard library, see check_std.c */

  /* environment (types2's environment) */
  Scope *scope;
  DeclInfo *decl;           /* package-level declaration being checked */
  ConstVal *iota;
  Pos errpos;               /* inherited const expressions: report here */
  bool has_errpos;
  FuncCtx *fn;              /* function being checked, NULL at package level */
  bool has_call_or_recv;

  PtrVec objpath;           /* objects being declared (cycle detection) */
  Delayed *delayed; int ndelayed, capdelayed;

  int nest;                 /* recursion depth guard */
  bool nest_reported;
  bool first_err;           /* an error has been reported (types2 firstErr) */
  int order;                /* next package-level object order */
} Checker;

/* --- check.c: diagnostics ---------------------------------------------- */
void chk_error(Checker *k, Pos pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void chk_verror(Checker *k, Pos pos, const char *fmt, va_list ap);
char *chk_sprintf(Checker *k, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
Pos chk_start(Expr *e);                 /* syntax.StartPos */
Pos chk_oppos(Expr *e);                 /* types2's opPos */
const char *chk_expr_str(Checker *k, Expr *e);     /* syntax.String */
const char *chk_type_str(Checker *k, Type *t);     /* go/types spelling */
const char *chk_operand_str(Checker *k, Operand *x);
const char *chk_obj_kind_str(Object *o);
bool chk_enter(Checker *k, Pos pos);    /* recursion guard; false: too deep */
void chk_leave(Checker *k);

/* --- check.c: objects and scopes --------------------------------------- */
Object *chk_new_obj(Checker *k, ObjKind kind, const char *name, Pos pos, Type *t);
ObjInfo *chk_info(Checker *k, Object *o);          /* created on demand */
Scope *chk_new_scope(Checker *k, Scope *parent, bool is_func);
Object *chk_scope_lookup(Checker *k, Scope *s, const char *name);  /* this scope only */
Object *chk_lookup(Checker *k, const char *name);      /* up the chain */
Object *chk_scope_insert(Checker *k, Scope *s, Object *o);  /* existing on conflict */
/* types2's declare: reports "x redeclared in this block" (and returns
** false). */
bool chk_declare(Checker *k, Scope *s, Expr *ident, Object *o);
void chk_redeclared(Checker *k, Object *o, Object *alt, const char *name);
const char *chk_pos_str(Checker *k, Pos p);        /* "FILE:LINE:COL" */
const char *chk_builtin_name(Builtin id);
void chk_later(Checker *k, Delayed d);
void chk_process_delayed(Checker *k, int top);
Expr *chk_unparen(Expr *e);
void chk_add_dep(Checker *k, Object *o); /* the current declaration uses o */

/* --- check_decl.c ------------------------------------------------------- */
void chk_obj_decl(Checker *k, Object *o, Type *def);
Type *chk_typ(Checker *k, Expr *e);           /* a type expression */
Type *chk_var_type(Checker *k, Expr *e);
Type *chk_defined_type(Checker *k, Expr *e, Type *def);
/* Checks a function type into sig (a TY_FUNC); declares the parameters in
** a new function scope, returned through *scope when not NULL, with the
** receiver and the result variables. */
void chk_func_type(Checker *k, Type *sig, Expr *ftype, FieldList *recv, Scope **scope, Object **recv_obj,
                   Object ***results, int *nresults);
void chk_decl_stmt(Checker *k, Decl *d);
void chk_func_body(Checker *k, Delayed *d);
void chk_delayed_check(Checker *k, Delayed *d);   /* the other Delayed kinds */
void chk_validate_type(Checker *k, Type *t);
void chk_collect_methods(Checker *k, Object *tname);
/* types2's LookupFieldOrMethod; ambiguous and ptr_needed explain failures. */
Selection *chk_lookup_field_or_method(Checker *k, Type *t, bool addressable, const char *name,
                                      bool *ambiguous, bool *ptr_needed);
/* missingMethod: NULL if V implements T (an interface). *alt gets a method
** of the same name with the wrong type or receiver. */
Method *chk_missing_method(Checker *k, Type *V, Type *T, bool is_static, Method **alt, bool *alt_ptr);
const char *chk_missing_method_reason(Checker *k, Type *V, Type *T, Method *m, Method *alt, bool alt_ptr);
bool chk_implements(Checker *k, Type *V, Type *T, const char **cause);
int64_t chk_array_length(Checker *k, Expr *e);

/* --- check_expr.c ------------------------------------------------------- */
int chk_raw_expr(Checker *k, Operand *x, Expr *e, Type *hint);  /* exprKind */
enum { KIND_CONVERSION, KIND_EXPRESSION, KIND_STATEMENT };
void chk_expr(Checker *k, Operand *x, Expr *e);
void chk_multi_expr(Checker *k, Operand *x, Expr *e);
void chk_expr_with_hint(Checker *k, Operand *x, Expr *e, Type *hint);
void chk_expr_or_type(Checker *k, Operand *x, Expr *e);
void chk_single_value(Checker *k, Operand *x);
void chk_record(Checker *k, Operand *x);
void chk_update_expr_type(Checker *k, Expr *e, Type *t, bool final);
void chk_convert_untyped(Checker *k, Operand *x, Type *target);
/* types2's implicitTypeAndValue: NULL and an error code on failure. */
Type *chk_implicit_type(Checker *k, Operand *x, Type *target, ConstVal **val, int *code);
enum { ERR_NONE, ERR_TRUNCATED, ERR_OVERFLOW, ERR_INVALID_CONST, ERR_INVALID_UNTYPED, ERR_INCOMPATIBLE };
bool chk_assignable(Checker *k, Operand *x, Type *T, const char **reason);
void chk_assignment(Checker *k, Operand *x, Type *T, const char *context);
void chk_conversion(Checker *k, Operand *x, Type *T);
void chk_binary(Checker *k, Operand *x, Expr *e, Expr *lhs, Expr *rhs, TokenKind op);
void chk_comparison(Checker *k, Operand *x, Operand *y, TokenKind op, bool switch_case);
void chk_representable(Checker *k, Operand *x, Type *t);
void chk_use(Checker *k, Expr **list, int n);
void chk_use1(Checker *k, Expr *e);
void chk_ident(Checker *k, Operand *x, Expr *e, Type *def, bool want_type);
void chk_finalize_untyped(Checker *k);
bool chk_is_valid_index(Checker *k, Operand *x, const char *what, bool allow_negative);
void chk_type_assertion(Checker *k, Expr *e, Operand *x, Type *T, bool type_switch);
bool chk_is_const_type(Type *t);

/* --- check_call.c ------------------------------------------------------- */
int chk_call_expr(Checker *k, Operand *x, Expr *e);
void chk_selector(Checker *k, Operand *x, Expr *e, Type *def);
void chk_index_expr(Checker *k, Operand *x, Expr *e);
void chk_slice_expr(Checker *k, Operand *x, Expr *e);
/* exprList: results in *out (arena array); returns n; *comma_ok set if a
** comma-ok expression yielded two values. */
int chk_expr_list(Checker *k, Expr **list, int n, bool allow_comma_ok, Operand **out, bool *comma_ok);
int64_t chk_index(Checker *k, Expr *index, int64_t max, Type **typ);
void chk_composite_lit(Checker *k, Operand *x, Expr *e, Type *hint);

/* --- check_stmt.c ------------------------------------------------------- */
void chk_stmt_list(Checker *k, StmtCtx *ctx, StmtList *list);
bool chk_is_terminating(Checker *k, Stmt *s, const char *label);
void chk_usage(Checker *k, FuncCtx *f);
void chk_resolve_gotos(Checker *k, FuncCtx *f);
void chk_init_vars(Checker *k, Object **lhs, int nlhs, Expr **rhs, int nrhs, Stmt *ret);
Type *chk_init_var(Checker *k, Object *lhs, Operand *x, const char *context);
void chk_init_const(Checker *k, Object *lhs, Operand *x);
void chk_arity(Checker *k, Pos pos, Expr **names, int nnames, Expr **inits, int ninits, bool is_const,
               bool inherited);

/* --- check_std.c -------------------------------------------------------- */
void chk_std_init(Checker *k);
Package *chk_std_lookup(Checker *k, const char *path);
/* How gc's -m text qualifies a member of package path: its name, or its
** quoted path when two loaded packages share that name. */
const char *chk_pkg_qual_gc(Comp *c, const char *path);

/* {=================================================================
** Queries for the code generator (after check_file accepted the file)
** ================================================================== */

/* The field or method an E_SELECTOR selects (NULL for package members,
** whose object is in u.selector.obj). */
const Selection *chk_selection(Comp *c, Expr *sel);
/* The variables of enclosing functions that a function literal uses, in
** order of first use; *n gets their number. */
Object **chk_captures(Comp *c, Expr *funclit, int *n);
/* The import path and name of native function [native] (its index in
** runtime/stdlib.def's STDLIB_FUNCS); false if there is none. */
bool chk_std_native(int native, const char **pkg, const char **name);

#endif /* CHECK_H */
