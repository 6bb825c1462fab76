/*
** escape.h — escape analysis: which allocations of a checked file may live
** in their function's frame and which must go to the heap, and why.
**
** Public side (for the pipeline, the code generator and `vm -m`):
**   esc_analyze(c, f, level)  runs the analysis on a file the checker
**                             accepted; the decisions hang off the Comp.
**   esc_expr_site(c, e)       the decision for an allocating expression:
**                             E_UNARY & of a composite (&T{...}; for an
**                             elided &T inside a literal, the E_COMPOSITE
**                             whose type is *T), E_CALL of new, make and
**                             the conversions that allocate (string <->
**                             []byte/[]rune, string(rune)), E_COMPOSITE of
**                             slices and maps, E_FUNCLIT, E_BINARY string
**                             concatenation (the outermost + of a chain),
**                             E_SELECTOR method values.
**   esc_iface_site(c, e)      the decision for the boxed copy made when the
**                             value of e (not an interface, not pointer-
**                             shaped) is converted to an interface,
**                             implicitly (argument, assignment, return,
**                             element) or explicitly (e is then the
**                             operand of the conversion call).
**   esc_var_site(c, o)        the decision for a variable (OBJ_VAR): heap
**                             when its address outlives its frame ("moved
**                             to heap: x").
**   esc_ddd_site(c, call)     the decision for the implicit slice of a
**                             variadic call's `...` arguments (E_CALL).
**   esc_wrapper_builds(arg, t) whether gc's go/defer wrapper builds the
**                             argument arg (for a parameter of type t)
**                             itself, when the call runs: a slice
**                             literal, whose decision is then the wrapped
**                             call's (the elements alone are kept).
**   esc_capture_byval(c, o)   whether closures capture variable o by
**                             value (gc's rule: never reassigned after
**                             capture, not address-taken, at most 128
**                             bytes) rather than by reference.
**   esc_report(c)             the `-m` text, as gc prints it.
** A NULL site means "not an allocation the analysis knows": codegen must
** then allocate on the heap, as before escape analysis existed.
**
** Invariant codegen relies on: a site with heap == false is never reachable
** from the heap, from a result of its function, or from a location declared
** outside the loop iteration that created it; so freeing it with the frame
** is safe.
*/
#ifndef ESCAPE_H
#define ESCAPE_H

#include <stdbool.h>

#include "compiler.h"

typedef enum EscKind {
  ESC_VAR,      /* an address-taken or captured variable */
  ESC_NEW,      /* new(T) */
  ESC_PTRLIT,   /* &T{...} */
  ESC_SLICELIT, /* []T{...} */
  ESC_MAPLIT,   /* map[K]V{...} */
  ESC_MAKE,     /* make([]T, ...), make(map...) */
  ESC_CLOSURE,  /* func literal */
  ESC_CONCAT,   /* a + b on strings */
  ESC_STRCONV,  /* []byte(s), []rune(s), string(b), string(r) */
  ESC_IFACE,    /* a non-pointer value converted to an interface */
  ESC_DDD,      /* the slice of a variadic call's ... arguments */
  ESC_METHVAL   /* x.M used as a function value */
} EscKind;

typedef struct EscSite {
  EscKind kind;
  Pos pos;             /* as gc reports it */
  bool heap;           /* the decision */
  const char *reason;  /* why it is on the heap ("" when on the stack):
                          "escapes to heap", "non-constant size",
                          "too large for stack", "captured by a closure"... */
} EscSite;

/* Runs the analysis; [level] is the -m level whose text esc_report
** returns (0: none is kept, decisions are still made; 1: -m; 2: -m=2).
** Needs c->checker (chk_selection, chk_captures) still alive. */
void esc_analyze(Comp *c, File *f, int level);

const EscSite *esc_expr_site(Comp *c, const Expr *e);
const EscSite *esc_var_site(Comp *c, const Object *o);
const EscSite *esc_ddd_site(Comp *c, const Expr *call);
const EscSite *esc_iface_site(Comp *c, const Expr *e);
bool esc_capture_byval(Comp *c, const Object *o);
bool esc_wrapper_builds(const Expr *arg, Type *param);

/* The report, one `FILE:LINE:COL: message` line each, in gc's order; the
** caller frees it. "" when esc_analyze did not run or found nothing. */
char *esc_report(Comp *c);

/* {==================================================================
** Private to escape*.c
** =================================================================== */
#ifdef ESC_PRIVATE
#include "check.h"

#define ESC_NRESULTS 7   /* results a leak tag can name (gc's numEscResults) */

/* A parameter's leak tag: the fewest dereferences with which its value
** reaches the heap or each result; -1: never. */
typedef struct Leaks { int heap; int result[ESC_NRESULTS]; } Leaks;

typedef struct Loc Loc;
typedef struct EscFn EscFn;

/* Why a value moves (-m=2): "from WHERE (WHY) at POS", newest first. */
typedef struct Note { const char *where, *why; Pos pos; struct Note *next; } Note;

typedef struct Edge { Loc *src; int derefs; Note *notes; } Edge;

/* A hole: "dst = (derefs) _", the place a value being walked goes. */
typedef struct Hole { Loc *dst; int derefs; bool addr; Note *notes; } Hole;

struct Loc {
  const char *name;     /* report text: "x", "&T{...}", "... argument" */
  Pos pos;
  EscKind kind;
  Object *obj;          /* variables */
  const Expr *expr;     /* allocation sites */
  bool is_site;         /* reported and decided (not a temporary) */
  EscFn *fn;
  int loopdepth;
  int resultidx;        /* 1 + index for result variables, else 0 */
  bool is_param;        /* a receiver or parameter */
  bool escapes, addrtaken, reassigned, captured, transient;
  const char *reason;
  Edge *edges; int nedges, capedges;
  /* walk state */
  int walkgen, derefs; bool queued; Loc *dst; int dstedge;
  Leaks leaks;          /* parameters */
};

struct EscFn {
  Object *obj;          /* declared functions and methods; NULL for literals */
  const Expr *lit;      /* function literals */
  Type *sig;
  Stmt *body;
  EscFn *outer;         /* enclosing function of a literal */
  Loc **params; int nparams;   /* receiver first; NULL for unnamed/blank */
  Type **ptypes;
  Object **pobjs;
  Loc **results; int nresults;
  Leaks *tags;          /* after tagging: one per params[] */
  bool tagged, called_directly;
  int batch;            /* batch number while being analysed */
  PtrVec vars;          /* locals declared in it, source order */
  /* Tarjan */
  int visit, low; bool onstack;
};

typedef struct EscClosure { Hole k; const Expr *lit; EscFn *fn; } EscClosure;

typedef struct EscState {
  Comp *c;
  int level;
  PtrMap fns;           /* Object* or E_FUNCLIT Expr* -> EscFn* */
  PtrVec allfns;        /* EscFn*, declaration order */
  PtrMap locs;          /* Object* -> Loc* */
  PtrMap expr_sites;    /* Expr* -> EscSite* */
  PtrMap var_sites;     /* Object* -> EscSite* */
  PtrMap ddd_sites;     /* E_CALL Expr* -> EscSite* */
  PtrMap byval;         /* captured Object* -> &byval (by value) or &heap (by reference) */
  PtrMap iface_sites;   /* converted Expr* -> EscSite* */
  PtrMap defs;          /* Object* -> Expr* its single initial value */
  PtrMap mutated;       /* Object* -> non-NULL when assigned after definition */
  PtrMap looping;       /* S_LABELED Stmt* -> itself: a later goto targets it */
  PtrMap callee_temps;  /* E_CALL Expr* -> gc's temporary for its callee (escape_temps.c) */
  PtrMap tuple_temps;   /* E_CALL Expr* f(g()) -> 1 + N of g's first .autotmp_N */
  /* the batch being analysed */
  PtrVec batchfns;      /* EscFn* */
  PtrVec batchlocs;     /* Loc*, creation order */
  PtrVec closures;      /* EscClosure* */
  int batchno;
  Loc heap, blank;
  EscFn *curfn;
  int loopdepth;
  StrBuf out;           /* report lines while running (C heap) */
  const char *text;     /* the report, in the arena, once done */
  bool ran;
  bool devirt_pass;     /* the callee walk reports devirtualized calls */
  Object *find_obj;     /* the callee walk notes the first use of it */
  struct Hole *kept;    /* go/defer of a static call: where the wrapper
                           gc makes keeps the arguments (call() tees each
                           argument into it; NULL otherwise) */
  PtrMap visited;       /* calls the walk has reached: gc has packed their
                           ... arguments by then (FixVariadicCall) */
  bool immediate;       /* printing while walking (esc_flow): calls not
                           reached yet are spelled as written */
  struct Hole *kept_elems; /* the same for the elements of a slice literal
                           argument, which gc leaves in the wrapper's call
                           (set for that literal only) */
  Pos found;
} EscState;

/* escape.c */
Loc *esc_new_loc(EscState *s, const char *name, Pos pos, bool site);
void esc_flow(EscState *s, Hole k, Loc *src);
bool esc_has_pointers(Type *t);
/* escape_solve.c */
void esc_solve_batch(EscState *s);
void esc_tag_batch(EscState *s);
void esc_leaks_init(Leaks *l);
/* escape_temps.c */
void esc_number_temps(EscState *s, EscFn *fn);
const char *esc_callee_temp(EscState *s, const Expr *call);   /* NULL: none */
int esc_tuple_temp(EscState *s, const Expr *call);            /* -1: none */
/* escape_report.c */
Hole esc_note(EscState *s, Hole k, const char *where, const char *why, Pos pos);
/* -m=2: why src escapes (or, for a parameter, leaks to root). */
void esc_explain_flow(EscState *s, Loc *dst, Loc *src, int derefs, Note *notes);
void esc_explain_path(EscState *s, Loc *root, Loc *src, const char *header);
const char *esc_stmt_text(EscState *s, const Stmt *st);
const char *esc_clause_text(EscState *s, const Stmt *cc);
const char *esc_loc_text(EscState *s, Loc *l);  /* "{heap}", "x", "{storage for ...}" */
/* The concrete type gc devirtualizes interface method call [call] to, or
** NULL (escape.c); *sel (if sel) gets the method's selection on it. */
Type *esc_devirt_type(EscState *s, Expr *call, const Selection **sel);
/* A method call as gc prints it after rewriting: "(*T).M(x, args)". */
const char *esc_method_call_text(EscState *s, const Expr *call, Object *m, bool ptr_recv);
/* The receiver of a devirtualized call [call] to type dt: "x.(T)". */
const char *esc_devirt_recv_text(EscState *s, const Expr *call, Type *dt);
const char *esc_expr_text(EscState *s, const Expr *e);
void esc_emit(EscState *s, Pos pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
#endif /* ESC_PRIVATE */

#endif /* ESCAPE_H */
