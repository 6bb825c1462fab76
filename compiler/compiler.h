/*
** compiler.h — one compilation: its arena, its diagnostics, and the pipeline
** source -> tokens (lex.c) -> File (parse.c) -> checked File (check.c)
** -> Module (codegen.c).
**
** The compiler knows nothing of the VM's run-time state: its only output is a
** Module (vm/module.h), which owns all of its memory and outlives the Comp.
**
** Invariants:
**  - Everything the front end allocates comes from comp->arena and is freed
**    at once by cmp_free; arena allocations are zeroed.
**  - Diagnostics are kept sorted by position when printed, and a phase that
**    reported an error does not hand its output to the next phase.
**  - Errors are reported as Go's toolchain prints them, `FILE:LINE:COL: msg`;
**    after 10 errors Go prints `too many errors` and stops; so do we.
*/
#ifndef COMPILER_H
#define COMPILER_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include "ast.h"

typedef struct ArenaBlock ArenaBlock;

typedef struct Arena {
  ArenaBlock *head;
  size_t used, cap;
} Arena;

void *arena_alloc(Arena *a, size_t n);           /* zeroed, 16-byte aligned */
char *arena_strndup(Arena *a, const char *s, size_t n);
void arena_free(Arena *a);

/* Growable array of pointers in the arena: v/n/cap triple, used by the
** parser and checker for lists of unknown length. */
typedef struct PtrVec { void **v; int n, cap; } PtrVec;
void ptrvec_push(Arena *a, PtrVec *vec, void *p);

typedef struct Diag {
  Pos pos;
  char *msg;
} Diag;

typedef struct Comp {
  Arena arena;
  const char *filename;   /* for diagnostics */
  const char *src;        /* the source, NUL-terminated copy */
  size_t srclen;
  Diag *diags; int ndiags, capdiags;
  int max_errors;         /* 10, as Go */
  struct Checker *checker; /* check.c's state, for codegen's queries */
} Comp;

void cmp_init(Comp *c, const char *filename, const char *src, size_t len);
void cmp_free(Comp *c);

/* Reports an error at [pos]; the message follows Go's wording. */
void cmp_error(Comp *c, Pos pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
int cmp_nerrors(const Comp *c);

/* Formats the diagnostics, sorted by position, as Go prints them; the caller
** frees the result with free(). Adds "too many errors" past max_errors. */
char *cmp_format_errors(Comp *c);

/* The phases. Each returns NULL / false after reporting errors, except
** that parse_file, like gc, still returns the File when its only errors are
** lexical ones that gc does not count as syntax errors (malformed literals,
** stray bytes) or label/branch errors, so that type checking reports its
** errors alongside them; cmp_compile runs the checker when parse_file
** returns a File, and codegen only when no error at all was reported. */
File *parse_file(Comp *c);                 /* parse.c */
/* Parses a type expression written in Go syntax (used for the signatures of
** native standard-library functions, runtime/stdlib.def); NULL on error. */
Expr *parse_type_string(Comp *c, const char *src);
int check_file(Comp *c, File *f);          /* check.c: 1 when well-typed */
struct Module *cg_module(Comp *c, File *f); /* codegen.c */

/* The whole pipeline: returns the module or NULL with *errors set to the
** formatted diagnostics (caller frees). */
struct Module *cmp_compile(const char *filename, const char *src, size_t len,
                           char **errors);

#endif /* COMPILER_H */
