/*
** codegen.h — the code generator's private interface, shared by
** codegen.c (module, functions, registers, constants, run-time types),
** codegen_expr.c (expressions, conditions, calls), codegen_stmt.c
** (statements), codegen_mem.c (memory, places, allocation sites),
** codegen_func.c (function values, closures, methods) and codegen_init.c
** (package initialisation order).
**
** The generator turns a File the checker accepted into a Module
** (vm/module.h). It reads only the checker's annotations (Expr.type, .cval,
** .mode, ident/selector objects, branch targets) and never re-derives types.
**
** Frame layout of a function (registers are 8-byte words, R[0] first):
**
**   [0, param_words)            parameters, in declaration order
**   [0, result_words)           results at RET (overlapping the parameters)
**   (a method's receiver is parameter 0; a function literal's closure
**   object arrives in FuncInfo.closure_reg, a register above base)
**   [base, ...)                 base = max(param_words, result_words):
**                               named results (CALL zeroes every word above
**                               the parameters), then locals and
**                               temporaries, stack-like
**   [w, ...)                    call windows at the current top
**
** Registers are handed out stack-like from F->top: a local claims words at
** its declaration and keeps them until its scope ends; temporaries live
** above the locals and are released at the end of the statement (or earlier,
** by resetting F->top to a mark). A value computed "into the top" lets a
** `:=` claim its register without a move, and a call's window at the top
** leaves the result where the caller wants it.
**
** Memory (codegen_mem.c, vm/value.h): registers hold values flattened one
** word per scalar; memory holds Go's layout. Addressable values are Places
** (register words, package words, memory at base+offset, or an element of
** an array held in registers); loads and stores between registers and
** memory are per-leaf typed ops. A local or parameter whose address is
** taken (Object.addr_taken, or a sliced array) lives in a heap cell made
** at its declaration (NEW; cg_data == F->box_token, cg_index = the
** register holding the address); an address-taken package variable's word
** holds its cell's address, made at the start of the package initialiser.
** Every allocating instruction names an AllocSite (Module.sites).
**
** Invariants:
**  - cg_expr_to(F, e, d) reads every register it needs before its final
**    write to d, so d may be a variable e itself reads (x = x + y), and
**    when d == F->top the operands may use the words at d as scratch.
**  - A local Object is valid in the function being compiled iff its
**    cg_data is that compilation's token (F->token); cg_index is then its
**    first register. Package variables carry CG.global_token and their
**    first global word; functions carry CG.func_token and their index.
**  - ptr[] (one byte per frame word) is the union over the function of
**    "this word may hold a pointer": the per-function pointer map. A word
**    marked there may at other times hold a scalar (registers are reused
**    across scopes and statements), and an interface's data word holds a
**    scalar for one-word dynamic types; the collector and the stack copier
**    must validate such words (heap: base-of-object lookup; stack: range
**    check) until per-safepoint maps replace this one.
**  - Conditional fused branches carry a 16-bit offset. If one does not fit,
**    the function is compiled again in "far" mode, where every such branch
**    becomes its inverse over a JMP with a 32-bit offset.
*/
#ifndef CODEGEN_H
#define CODEGEN_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "compiler.h"
#include "constant.h"
#include "types.h"
#include "../vm/module.h"

typedef int Label;

typedef struct Fixup {
  int pc;        /* the jump instruction */
  Label label;
  bool wide;     /* SBX (32-bit) rather than SC (16-bit) offset */
} Fixup;

/* An enclosing for/switch, for break and continue. */
typedef struct Branch {
  struct Branch *up;
  Stmt *stmt;          /* the for, range or switch statement */
  const char *label;   /* its label, or NULL */
  Label brk, cont;     /* cont is -1 for a switch */
} Branch;

typedef struct CG {
  Comp *c;
  File *f;
  bool failed;                 /* an error was reported or memory ran out */
  void *global_token, *func_token;

  FuncInfo *funcs; int nfuncs, capfuncs;
  int main_func, init_func;

  Word *consts; int nconsts, capconsts;
  struct KSlot *ktab; int ktabcap, ktabn;   /* constant dedup hash */
  char *strdata; size_t strlen, strcap;
  int *strfix; int nstrfix, capstrfix;      /* consts holding strdata offsets */

  RType **rtypes; Type **rtkeys; int nrtypes, caprtypes, caprtkeys;

  AllocSite *sites; int nsites, capsites;   /* codegen_mem.c */

  int global_words;
  uint8_t *gptr; int gptrcap;               /* one byte per global word */
  NativeVarInit *nvars; int nnvars, capnvars;
  MethodInfo *methods; int nmethods, capmethods;  /* codegen_func.c */
  struct FuncState *fs;                           /* codegen_func.c */
} CG;

typedef struct Fn {
  CG *cg;
  Type *sig;                   /* underlying TY_FUNC, NULL for the init func */
  Instr *code; int32_t *lines; int ncode, capcode, caplines;
  int line;                    /* source line of the next instruction */
  int file;                    /* the function's source file (Pos.file) */
  int top, maxtop;
  uint8_t *ptr; int ptrcap;
  int *labels; int nlabels, caplabels;
  Fixup *fix; int nfix, capfix;
  int label_here;              /* pc of the most recently placed label */
  Branch *branches;
  void *token;
  void *box_token;             /* cg_data of locals moved to the heap: their
                                  cg_index register holds the cell's address */
  Stmt *body;                  /* the function's body */
  void *frame_slots;           /* PtrMap: allocation (Expr* or Object*) ->
                                  1 + first word of its frame slot, for the
                                  sites escape analysis kept off the heap
                                  (codegen_mem.c, cg_frame_area) */
  void *goto_labels;           /* PtrMap: S_LABELED a goto targets -> 1 +
                                  its Label (codegen_stmt.c, goto_label) */
  bool far, overflow;
  int param_words, result_words, base;
  int named_reg;               /* first named-result register, or -1 */
  Object **named;              /* the named results' objects (NULL: blank) */
  bool wrapper;                /* FuncInfo.wrapper */
  int closure_reg;             /* register CALLF fills with the closure
                                  object (FuncInfo.closure_reg), or -1 */
  int nresults;
  /* defer (vm/defer.c): every return goes through the deferreturn code at
  ** defer_ret (RUNDEFER, the results from their variables, RET); results
  ** are then always variables (hidden ones when unnamed: named_reg) */
  bool has_defer;
  Label defer_ret;
  int deferreturn;             /* 1 + its pc, 0 when none */
  /* expressions already evaluated: hoist_e[i] is in register hoist_r[i]
  ** (loop constants, cg_hoist_loop; pre-evaluated calls, cg_precall) */
  Expr **hoist_e; int *hoist_r; int nhoist, caphoist_e, caphoist_r;
} Fn;

/* --- codegen.c: emission, labels, registers ---------------------------- */
/* Makes room for element [n] of the malloc'd array at *arrp (capacity *cap,
** element size sz; new elements zeroed); false (and cg->failed) on OOM. */
bool cg_ensure(CG *cg, void *arrp, int *cap, int n, size_t sz);
void cg_error(CG *cg, Pos pos, const char *what);
int cg_emit(Fn *F, int op, int a, int b, int c);
int cg_emit_bx(Fn *F, int op, int a, uint32_t bx);
void cg_move(Fn *F, int dst, int src, int nwords);
Label cg_label(Fn *F);
void cg_place(Fn *F, Label l);
void cg_jump(Fn *F, Label l);
void cg_loop(Fn *F, Label l);
void cg_jump_if(Fn *F, int op /* OP_JT or OP_JF */, int reg, Label l);
/* A fused compare-and-branch (JEQ..JGEI); b is a register or immediate. */
void cg_branch(Fn *F, int op, int a, int b, Label l);
bool cg_terminated(Fn *F);   /* the next instruction is unreachable */

int cg_alloc(Fn *F, Type *t);            /* nwords(t) words at the top */
int cg_alloc_words(Fn *F, int n, bool ptrs);
void cg_reserve(Fn *F, int top);         /* frame covers [0, top) */
void cg_mark(Fn *F, int reg, Type *t);   /* pointer words of t at reg */
void cg_mark_word(Fn *F, int reg);
/* Marks the pointer words of a value of type t laid out in MEMORY form in
** the frame words from reg on (objects placed in the frame). */
void cg_mark_mem(Fn *F, int reg, Type *t);

/* --- codegen.c: types, constants, globals ------------------------------ */
int cg_nwords(Type *t);
int cg_rtype(CG *cg, Type *t);
int cg_const_word(CG *cg, Word w);
int cg_const_string(CG *cg, const char *s, int64_t len);
void cg_load_const(Fn *F, Type *t, ConstVal *cv, int dst);
int cg_global(CG *cg, Object *obj);      /* first global word of a package var */
int cg_native_var(CG *cg, Object *obj);  /* ... of a stdlib var (os.Args) */
int cg_sig_words(Type **types, int n);

/* --- codegen_expr.c ----------------------------------------------------- */
Expr *cg_unparen(Expr *e);
Type *cg_vtype(Expr *e);                 /* e's type, untyped -> default */
bool cg_is_local(Fn *F, Object *o);
typedef enum RefKind { REF_NONE, REF_LOCAL, REF_GLOBAL } RefKind;
/* Where the variable e denotes lives: a local's first register or a
** package variable's first global word. */
RefKind cg_var_ref(Fn *F, Expr *e, int *where);
void cg_expr_to(Fn *F, Expr *e, int dst);
/* Like cg_expr_to, converting to interface type [target] when needed. */
void cg_expr_as(Fn *F, Expr *e, int dst, Type *target);
int cg_expr_any(Fn *F, Expr *e);         /* a register holding e's value */
void cg_cond(Fn *F, Expr *e, bool sense, Label l);
/* Loop-invariant constants: loads the constant operands in loop s (its
** condition, post statement and body) that would otherwise be loaded into
** a register on every iteration (no immediate form) into registers claimed
** at the top, once, before the loop. cg_expr_any then finds them. The
** caller drops them by restoring F->nhoist after the loop. */
void cg_hoist_loop(Fn *F, Stmt *s);
/* gc's evaluation order for one level of expressions [list]: when a
** package variable is read before a call, every call of the level is run
** first into a temporary (found later through the hoist list). The caller
** restores F->nhoist once the level is compiled (cg_stmt does it per
** statement). */
void cg_precall(Fn *F, Expr **list, int n);
/* Runs the calls of [list] (one level, left to right) into temporaries
** now, unconditionally: the index operands of an assignment's left side
** before its right side (m[f()] = g() calls f first). */
void cg_calls_first(Fn *F, Expr **list, int n);
/* Compiles a call (user or native function) with its window at F->top;
** returns the window: the results are there, F->top is just above them. */
int cg_call(Fn *F, Expr *e);
void cg_go(Fn *F, Expr *call);           /* go f(args) */
void cg_defer(Fn *F, Expr *call);        /* defer f(args) */
/* The deferreturn code of a function with defers (codegen_stmt.c), at the
** end of its body. */
void cg_defer_return(Fn *F);
void cg_call_stmt(Fn *F, Expr *e);       /* a call whose results are dropped */
/* d = element R[i] of the slice at register s (bounds-checked). */
void cg_slice_load(Fn *F, int d, int s, int i, Type *et, Expr *at);
void cg_binop_to(Fn *F, TokenKind op, Type *t, Expr *x, Expr *y, int dst);
/* Converts the value of type [from] at register [src] to interface
** [dst .. dst+1]. */
void cg_to_iface(Fn *F, int dst, int src, Type *from);
/* cg_to_iface of the value of expression [e] (NULL: unknown): its boxed
** copy goes in the frame when escape analysis kept it there. */
void cg_to_iface_of(Fn *F, int dst, int src, Type *from, const Expr *e);
/* The frame copy of e's value (registers [src], type [from]) for alloc site
** [site]: returns a register holding its address, or -1 when e's box was
** not given a frame slot (codegen_mem.c). */
int cg_frame_box(Fn *F, const Expr *e, int site, int src, Type *from);
Type *cg_result_type(Expr *call, int i, int *word);  /* i-th result */
int cg_nresults(Expr *e);                /* values an expression yields */

/* --- codegen_cplx.c: complex64 and complex128 (two registers each) ------ */
/* R[d..d+1] = the constant cv as a value of complex type t. */
void cg_cplx_const(Fn *F, Type *t, ConstVal *cv, int d);
/* R[d..d+1] = R[a..a+1] op R[b..b+1] for + - * / on complex type t (C64
** after it for complex64); false for any other operator. */
bool cg_cplx_arith(Fn *F, TokenKind op, Type *t, int a, int b, int d);
void cg_cplx_neg(Fn *F, int a, int d);   /* R[d..d+1] = -R[a..a+1] */
/* R[d] = R[a..a+1] == (eq) or != R[b..b+1]. */
void cg_cplx_compare(Fn *F, bool eq, int a, int b, int d);
/* x (complex) converted to complex type [to], into d. */
void cg_cplx_convert(Fn *F, Expr *x, Type *to, int d);
/* The builtins complex, real and imag (b) of the call e, into d. */
void cg_cplx_builtin(Fn *F, Expr *e, Builtin b, int d);

/* --- codegen_mem.c: places, memory, allocation (see its header for the
** memory model) ----------------------------------------------------------- */
typedef enum PlaceKind { PL_REG, PL_GLOBAL, PL_MEM, PL_RIDX } PlaceKind;
typedef struct Place {
  PlaceKind kind;
  int reg;          /* PL_REG/PL_RIDX: first register; PL_GLOBAL: first
                       global word; PL_MEM: register holding the base */
  int64_t off;      /* PL_MEM: byte offset from the base */
  Type *t;          /* the value's type */
  int idx, len;     /* PL_RIDX: registers of the index and the length */
  bool tmp;         /* a temporary copy: readable, not assignable */
  int stride;       /* PL_RIDX: words per array element (reg is the first
                       word of the value within element 0) */
} Place;
/* The place e denotes; claims temporaries at the top (the caller restores
** F->top). Returns false (and a temporary place holding e's value) when e
** is not addressable. */
bool cg_place_of(Fn *F, Expr *e, Place *p);
void cg_load_place(Fn *F, Place *p, int d);
/* lhs = rhs for a struct or array from memory to memory: one MEMMOVE;
** false (nothing emitted) when either side may not be in memory. */
bool cg_mem_copy(Fn *F, Expr *lhs, Expr *rhs);
/* The place of x's value after following [n] struct fields (index[]) from
** it, through embedded pointers as needed (a field or method selection's
** path); a pointer x is dereferenced first. */
void cg_path_place(Fn *F, Expr *x, const int *index, int n, Place *p, Pos pos);
/* Moves place p along [n] struct fields (index[]), loading embedded
** pointers on the way. */
void cg_follow_path(Fn *F, Place *p, const int *index, int n, Pos pos);
/* A register holding the address of memory place p. */
int cg_mem_addr(Fn *F, Place *p);
/* R[d] = a fresh zeroed object of type t for alloc site [site]: the frame
** slot cg_frame_area reserved for [key] (decision "stack"), else NEW. */
void cg_alloc_object(Fn *F, int d, int site, const void *key, Type *t);
void cg_store_place(Fn *F, Place *p, int src);
/* A new alloc site; returns its index in the module's site table. */
int cg_site(Fn *F, Pos pos, const char *kind, const char *what, Type *t, int64_t size);
bool cg_needs_box(Object *o);
/* Values of more than CG_MAX_REG_WORDS words do not live in registers
** (operands are 16-bit, a frame has at most 65535 words): such a local
** lives in a heap cell, like an address-taken one (Go keeps it on its
** stack unless it is over 10 MB; vm -m still reports Go's decision). */
enum { CG_MAX_REG_WORDS = 4096 };
bool cg_too_big_for_registers(Type *t);
/* `name := T{...}` / `var name = T{...}` for such a local: the literal is
** stored straight into its heap cell. False (nothing emitted) otherwise. */
bool cg_define_in_memory(Fn *F, Expr *name, Expr *value);
/* Moves local [o] to a heap cell (NEW), initialised from registers [src]
** (or zero when src < 0), and rebinds it to the cell. */
void cg_box_var(Fn *F, Object *o, int src, Pos pos);
/* &e; [key] is the allocation whose escape decision applies when e is a
** composite literal (the & expression, or the literal itself for an
** elided &T in []*T{{...}}), NULL otherwise. */
void cg_addr_to(Fn *F, Expr *e, const Expr *key, int d);
/* Reserves the frame slots of the allocations in [body] (and the
** parameters [params]) that escape analysis decided may stay in the frame;
** called before the body is compiled, above the named results. */
void cg_frame_area(Fn *F, Stmt *body, FieldList *recv, FieldList *params);
void cg_composite_to(Fn *F, Expr *e, int d);  /* T{...} */
void cg_new_to(Fn *F, Expr *call, int d);
void cg_make_to(Fn *F, Expr *call, int d);
void cg_append_to(Fn *F, Expr *call, int d);
void cg_copy_to(Fn *F, Expr *call, int d);
/* d = element R[i] of the memory array at R[base] of length R[len]. */
void cg_elem_load(Fn *F, int d, int base, int i, int len, Type *et);
/* d..d+2 = a new []T of the n values of type et in registers vals.. (the
** ... arguments of [call]: heap, or its frame slot) */
void cg_heap_array(Fn *F, Type *et, int vals, int n, int d, Pos pos, const Expr *call);
/* [conv] is the conversion expression (its escape decision may put the
** result in a frame buffer), x its operand. */
bool cg_convert_mem(Fn *F, Expr *conv, Expr *x, Type *to, int d);
/* d = x + y on strings as one concatenation over every operand of the
** chains x and y; [whole] is the x + y expression (its frame buffer when
** escape analysis kept it in the frame), NULL for an op-assignment. */
void cg_concat_to(Fn *F, Expr *whole, Expr *x, Expr *y, int d);
bool cg_agg_compare(Fn *F, bool eq, Type *t, Expr *x, Expr *y, int d);
/* Makes expression c findable in register r (codegen_expr.c). */
void cg_push_hoist(Fn *F, Expr *c, int r);

/* Maps (codegen_mem.c): m[k] reads, writes and op-assignments, delete,
** make. */
bool cg_is_map_index(Expr *e);
/* d = m[k] for the index expression e; ok >= 0 receives "present". */
void cg_map_load(Fn *F, Expr *e, int d, int ok);
void cg_map_store(Fn *F, Expr *lhs, int src);   /* m[k] = R[src..] */
/* Go's assignment in two phases: every left-hand side's operands (the
** map and key of m[k], the index of x[i], the pointer of *p) are
** evaluated first, into registers of their own, then the values are
** stored left to right, so `i, x[i] = 1, 2` assigns the old x[i]. */
typedef enum TargetKind { TG_VAR, TG_MAP, TG_PLACE } TargetKind;
typedef struct Target {
  TargetKind kind;   /* TG_VAR: a variable or blank (cg_store) */
  Expr *e;
  Place p;           /* TG_PLACE */
  int m, k;          /* TG_MAP: the map and key registers */
} Target;
void cg_target_prepare(Fn *F, Expr *lhs, Target *t);
/* Stores R[src..] (already of the target's type) into a prepared target
** other than TG_VAR (codegen_stmt.c's store handles those). */
void cg_target_store(Fn *F, Target *t, int src);
void cg_map_op_assign(Fn *F, TokenKind op, Expr *lhs, Expr *rhs);
void cg_map_delete(Fn *F, Expr *call);
void cg_map_make(Fn *F, Expr *call, int d);

/* --- codegen_func.c: function values, closures, methods ---------------- */
/* Before any body is compiled: numbers the function literals of the file
** (Go's names: main.f.func1, main.f.func1.1, main.glob..func1), decides
** which captured variables stay out of memory (captured by value) and
** which method receivers need an address. [names] gives each declared
** function's traceback name, by function index. */
void cg_func_prepare(CG *cg, Decl **decls, int ndecls, char **names);
/* The run of defined type t's methods in the module's method table. */
void cg_method_run(CG *cg, Type *t, int32_t *first, int32_t *n);
/* Compiles the function literals and method-value wrappers queued so far
** (and those their bodies queue). */
void cg_func_drain(CG *cg);
/* The full signature of a method: receiver first, then the parameters. */
Type *cg_method_sig(CG *cg, Object *m);
/* The traceback name of a declared function or method (arena). */
const char *cg_func_name(CG *cg, Decl *d);
/* Layout of a literal's closure object (NULL: no captures, a static
** closure) and of a method value's (func word, receiver). */
Type *cg_closure_type(CG *cg, Expr *lit);
Type *cg_methval_type(CG *cg, Expr *sel);
/* Binds the closure object and the captured variables at the start of a
** function literal's body. */
void cg_closure_prologue(Fn *F, Expr *lit);
void cg_funclit_to(Fn *F, Expr *lit, int d);     /* func(...) {...} */
void cg_funcval_to(Fn *F, int index, int d);     /* a function as a value */
int cg_native_funcval(CG *cg, Object *o);       /* its index, for a library function */
/* x.M as a value, or T.M / (*T).M; false if e is not a method selector. */
bool cg_method_value_to(Fn *F, Expr *e, int d);
/* The receiver of method call [sel] (x.M(...)) into registers d.. as the
** method's receiver parameter (auto & and *, embedded paths). */
void cg_recv_to(Fn *F, Expr *sel, int d);
/* The same for receiver expression x and the method selection [sel] (its
** embedded path from x's type), e.g. a promoted method's wrapper. */
struct Selection;
void cg_recv_path_to(Fn *F, Expr *x, const struct Selection *sel, int d, Pos pos);
/* The method a selector calls directly (x.M, T.M with a matching
** receiver): its function index, or -1. *recv: x.M form (receiver in the
** selector) rather than a method expression. */
int cg_method_callee(Fn *F, Expr *fn, bool *recv);

/* (*T).M, the wrapper calling value method m through a pointer: its
** function index (queued for cg_func_drain). */
int cg_deref_method(CG *cg, Object *m);

/* --- codegen_iface.c: interfaces ----------------------------------------- */
/* Fills every RType's method table (compiling the wrappers they need). */
void cg_method_tables(CG *cg);
/* fn (a call's function) is x.M with x an interface. */
bool cg_is_iface_call(CG *cg, Expr *fn);
/* Evaluates the interface of iface call fn into two registers at the top
** (returned); *rtype, *index: CALLI's operands. */
int cg_iface_recv(Fn *F, Expr *fn, int *rtype, int *index);
/* CALLI with the window at w of method [name] of the interface of type it
** held in iv. */
void cg_iface_call_emit(Fn *F, int w, int iv, Type *it, const char *name);
/* d = x.(T) for the E_TYPEASSERT e; ok >= 0 receives the comma-ok bool. */
void cg_assert_to(Fn *F, Expr *e, int d, int ok);
void cg_type_switch(Fn *F, Stmt *s, const char *label);
/* d = (x == y) (eq) or (x != y), at least one of them an interface. */
void cg_iface_compare(Fn *F, bool eq, Expr *x, Expr *y, int d);

/* --- codegen_stmt.c ----------------------------------------------------- */
void cg_block(Fn *F, StmtList *list);
void cg_stmt(Fn *F, Stmt *s);
/* Stores the value of type [st] at [src] into lhs (converting to
** interface when lhs is one). */
void cg_store(Fn *F, Expr *lhs, int src, Type *st);
void cg_bind_local(Fn *F, Expr *name, int reg);  /* a new variable lives in reg */
void cg_push_branch(Fn *F, Branch *b, Stmt *s, const char *label, bool loop);

/* codegen_chan.c: channels and select */
void cg_make_chan(Fn *F, Expr *call, int d);
void cg_send(Fn *F, Stmt *s);
bool cg_is_recv(Expr *e);                        /* <-ch */
void cg_chan_recv_to(Fn *F, Expr *e, int d, int ok);  /* ok < 0: none */
void cg_close(Fn *F, Expr *call);
void cg_chan_range(Fn *F, Stmt *s, const char *label, Branch *b);
void cg_select(Fn *F, Stmt *s, const char *label, Branch *b);
bool cg_is_blank(Expr *e);
/* The operator of an op-assignment token (TK_ADD for TK_ADD_ASSIGN...). */
TokenKind cg_assign_op(TokenKind tok);

/* --- codegen_init.c ----------------------------------------------------- */
/* Compiles the package initialiser (variables in dependency order, then the
** init functions); sets cg->init_func (-1 when there is nothing to do). */
void cg_package_init(CG *cg, int *init_funcs, int ninit);
/* Called for every expression (s NULL) and every statement (e NULL). */
typedef void (*cg_Visit)(void *ud, Expr *e, Stmt *s);
void cg_walk_expr(Expr *e, cg_Visit fn, void *ud);
void cg_walk_stmt(Stmt *s, cg_Visit fn, void *ud);
/* cg_walk_stmt without entering function literals' bodies. */
void cg_walk_body(Stmt *s, cg_Visit fn, void *ud);

/* codegen.c: a function's body: receiver and parameters bound from R[0],
** named results, frame slots, boxed parameters, the closure prologue of a
** literal (lit != NULL), then the statements. */
typedef struct BodySpec { FieldList *recv; Expr *ftype; Stmt *body; Expr *lit; } BodySpec;
void cg_body(Fn *F, const BodySpec *b);
/* codegen.c: compiles a function body with the retry in far mode. */
typedef void (*cg_BodyFn)(Fn *F, void *ud);
bool cg_compile_func(CG *cg, int index, const char *name, Pos decl,
                     Type *sig, cg_BodyFn body, void *ud);

#endif /* CODEGEN_H */
