/*
** module.h — a compiled program: what the compiler hands the VM.
**
** A Module owns all of its memory (code, constants, string bytes, run-time
** type descriptors, names) and does not point into the compiler's arena, so
** the compilation can be freed as soon as the module is built. It is
** immutable while it runs; several VMs could share one.
**
** Frames: function F's frame is F->frame_words registers. Parameters occupy
** R[0 .. param_words) in declaration order (each its type's nwords), and at
** RET the results are in R[0 .. result_words). Everything else (locals,
** temporaries, call windows) lies above; a method's receiver is parameter
** 0, and a function literal finds its closure object in R[closure_reg]
** (value.h, FUNC VALUES). ptrmap has one bit per frame word:
** set when the word may hold a pointer (heap or stack); the collector and the
** stack copier read nothing else.
*/
#ifndef MODULE_H
#define MODULE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "opcodes.h"
#include "value.h"

typedef struct FuncInfo {
  char *name;              /* Go's spelling in tracebacks: "main.main", "main.f" */
  int decl_line;
  int file;                /* the source file it was declared in
                              (Module.files) */
  Instr *code; int ncode;
  int32_t *lines;          /* source line of each instruction */
  int param_words, result_words, frame_words;
  uint8_t *ptrmap;         /* (frame_words + 7) / 8 bytes */
  int closure_reg;         /* the register CALLF fills with the callee's
                              closure object (a pointer word of the map),
                              or -1 when the function reads no closure */
  int deferreturn;         /* 1 + the pc of the function's deferreturn code
                              (vm/defer.c: RUNDEFER, results, RET), or 0
                              when it has no defer statement */
  bool wrapper;            /* compiler-made (method value T.M-fm, (*T).M of
                              a value method): tracebacks elide it, as Go's */
} FuncInfo;

/* A method of a defined type (the per-type method tables interfaces will
** build their dispatch tables from): the type's RType names its run,
** Module.methods[RType.mfirst .. + RType.mcount), sorted by name. Runs
** are grouped by receiver type. */
typedef struct MethodInfo {
  char *name;              /* the method name (owned) */
  int func;                /* index of the method's function in funcs[] */
  bool ptr_recv;           /* declared on *T */
} MethodInfo;

/* An allocation site: one place in the program that allocates (new(T),
** &T{...}, a composite literal's backing array, make, append growth, a
** string concatenation or conversion, a variable moved to the heap). The
** instruction that allocates names its site (NEW's BX, the EXTRA word of
** MAKESLICE/GROWSLICE/APPENDSL/CONCATS, c of the conversions, FRAMEADDR's
** c for objects placed in the frame). decision and reason are what the
** code generator did with escape analysis' verdict: "stack" objects live in
** a frame slot (FRAMEADDR), everything else is "heap". */
typedef struct AllocSite {
  int line, col, file;     /* file: index into Module.files */
  const char *kind;        /* static text: "new", "composite literal", ... */
  char *what;              /* the source spelling, e.g. "&Point{...}" (owned) */
  char *type;              /* Go spelling of the allocated type (owned) */
  int64_t size;            /* bytes per object (per element for arrays) */
  int rtype;               /* index into Module.rtypes of the allocated type
                              (the element type for slices) */
  const char *decision;    /* static: "heap" or "stack" */
  char *reason;            /* why (owned): "escapes to heap", "does not
                              escape", or escape analysis' own reason */
} AllocSite;

/* A package variable initialised by the runtime (stdlib.def STDLIB_VARS). */
typedef struct NativeVarInit { int var_index; int global_word; } NativeVarInit;

typedef struct Module {
  char *filename;          /* as given to the compiler */
  char *abspath;           /* absolute path, for tracebacks */
  char **files;            /* every source file as given to the compiler
                              (files[0] is filename), nfiles of them */
  char **abspaths;         /* their absolute paths */
  int nfiles;
  FuncInfo *funcs; int nfuncs;
  int main_func;           /* index of main.main */
  int init_func;           /* index of the synthesized package initialiser
                              (package var initialisation in dependency
                              order, then init() functions), or -1 */
  Word *consts; int nconsts;
  char *strdata; size_t strdata_len;  /* bytes of string constants */
  RType **rtypes; int nrtypes;        /* referenced by MKIFACE c */
  int global_words;
  uint8_t *global_ptrmap;
  NativeVarInit *native_vars; int nnative_vars;
  AllocSite *sites; int nsites;       /* referenced by allocating instructions */
  Word *funcvals;          /* nfuncs words: funcvals[k].u == k, the static
                              closure object of function k (FUNCVAL); not
                              heap, not stack, so the collector and the
                              stack copier leave pointers to it alone */
  MethodInfo *methods; int nmethods;  /* method tables of named types,
                                         each a run (see MethodInfo) */
} Module;

/* module.c */
void mod_free(Module *m);
/* The name of source file [i] as the compiler was given it, and its
** absolute path (tracebacks, runtime.Caller); file 0's when out of range. */
const char *mod_file(const Module *m, int i);
const char *mod_abspath(const Module *m, int i);
/* Writes a readable listing of every function to stdout (vm_write). */
struct vm_State;
void mod_disasm(struct vm_State *vm, const Module *m);

#endif /* MODULE_H */
