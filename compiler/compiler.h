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
**  - Load errors (header.c) are what the go command itself finds before it
**    runs the compiler; when there are any, no phase runs and they are all
**    that is reported (cmp_format_report).
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

/* A growing NUL-terminated text on the C heap (diagnostics, tree dumps);
** zeroed is empty; the owner frees s. Exhausting the C heap aborts. */
typedef struct StrBuf { char *s; size_t n, cap; } StrBuf;
void strbuf_put(StrBuf *b, const char *s, size_t n);

typedef struct Diag {
  Pos pos;
  char *msg;
  bool load;              /* a load error (cmp_load_error) */
} Diag;

/* Where `go run` looks for standard packages, as its messages show it. */
#define CMP_GOROOT "/usr/lib/go-1.19"

/* One source file of the package being compiled. */
typedef struct CmpFile {
  const char *path;       /* as the host named it (reading errors) */
  const char *name;       /* as diagnostics name it, e.g. "./a.go" */
  const char *src;        /* NUL-terminated */
  size_t len;
  const char *pkgname;    /* its package clause, once hdr_check read it */
} CmpFile;

typedef struct Comp {
  Arena arena;
  CmpFile *files; int nfiles; /* the package's files, in the go command's
                                 order; Pos.file indexes them */
  int cur_file;           /* the file being read: filename, path, src and
                             srclen below are its fields (cmp_set_file),
                             and the lexer's positions name it */
  const char *pkgpath;    /* the package as the go command names it in
                             "# PKG" and "package PKG is not a main package":
                             "command-line-arguments" for files named on
                             the command line */
  const char *dir;        /* the directory of a package loaded as one
                             (its "found packages ... in DIR"), else NULL */
  const char *filename;   /* for diagnostics */
  const char *path;       /* the file as the host named it, for the go
                             command's reading errors; filename by default */
  const char *src;        /* the source, NUL-terminated copy */
  size_t srclen;
  Diag *diags; int ndiags, capdiags;
  int max_errors;         /* 10, as Go */
  struct Checker *checker; /* check.c's state, for codegen's queries */
  bool noescape;           /* the -noescape ablation: every alloc site is
                              placed on the heap, whatever escape analysis
                              decided (its -m report is unchanged) */
  struct EscState *escape; /* escape.c's decisions (escape.h), or NULL when
                              the analysis did not run */
} Comp;

void cmp_init(Comp *c, const char *filename, const char *src, size_t len);
/* A compilation of several files (copied into the arena); the current
** file is the first. */
void cmp_init_files(Comp *c, const CmpFile *files, int nfiles);
/* Makes file [i] the current one (Comp.cur_file). */
void cmp_set_file(Comp *c, int i);
/* The name diagnostics give file [i] ("" when out of range). */
const char *cmp_file_name(const Comp *c, int i);
void cmp_free(Comp *c);

/* Reports an error at [pos]; the message follows Go's wording. */
void cmp_error(Comp *c, Pos pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
int cmp_nerrors(const Comp *c);

/* Reports an error of the go command's load step (header.c), printed as
** `go run` prints it: `NAME:LINE:COL: msg` with NAME the file name without
** a leading "./" (go names it "x.go" there, "./x.go" in compile errors), or
** just `msg` when pos.line is 0. Not subject to gc's filters or limit. */
void cmp_load_error(Comp *c, Pos pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Formats the diagnostics, sorted by position, as Go prints them; the caller
** frees the result with free(). Adds "too many errors" past max_errors. */
char *cmp_format_errors(Comp *c);

/* What `go run` prints on stderr for this compilation: the load errors in
** report order when there are any, else "# command-line-arguments" and then
** cmp_format_errors. The caller frees the result with free(). */
char *cmp_format_report(Comp *c);

/* The phases. Each returns NULL / false after reporting errors, except
** that parse_file, like gc, still returns the File when its only errors are
** lexical ones that gc does not count as syntax errors (malformed literals,
** stray bytes) or label/branch errors, so that type checking reports its
** errors alongside them; cmp_compile runs the checker when parse_file
** returns a File, and codegen only when no error at all was reported. */
/* The go command's load step on c->src: package clause and imports in
** go/parser's words, `package main`, known imports. False after reporting
** load errors. */
bool hdr_check(Comp *c);                   /* header.c */
/* Whether [path] names a package of runtime/stdlib.def. */
bool hdr_std_package(const char *path);    /* header.c */
File *parse_file(Comp *c);                 /* parse.c */
/* Parses a type expression written in Go syntax (used for the signatures of
** native standard-library functions, runtime/stdlib.def); NULL on error. */
Expr *parse_type_string(Comp *c, const char *src);
int check_file(Comp *c, File *f);          /* check.c: 1 when well-typed */
struct Module *cg_module(Comp *c, File *f); /* codegen.c */

/* The whole pipeline (load step, parse, check, codegen): returns the module
** or NULL with *errors set to cmp_format_report's text, exactly what
** `go run` prints on stderr (caller frees). */
struct Module *cmp_compile(const char *filename, const char *src, size_t len,
                           char **errors);
/* Options of cmp_compile_opts. */
typedef struct CmpOptions {
  int escape_report;  /* 0: none; 1: gc's -m; 2: -m=2 (escape.h) */
  bool noescape;      /* place every allocation on the heap (Comp.noescape) */
} CmpOptions;

/* The whole pipeline for a package of [nfiles] files: each file's header
** (hdr_check), then the package clauses must agree ("found packages main
** (a.go) and foo (b.go) in DIR", with [dir]) and name main ("package PKG
** is not a main package", with [pkgpath]); then every file is parsed (the
** syntax errors of all are reported), and the files are checked and
** compiled as one package whose declarations come file after file.
** Diagnostics start with "# PKGPATH". Otherwise as cmp_compile_opts. */
struct Module *cmp_compile_package(const CmpFile *files, int nfiles,
                                   const char *pkgpath, const char *dir,
                                   const CmpOptions *opts, char **errors,
                                   char **report);
/* cmp_compile_file with options. When the file type-checks, escape
** analysis runs and, with escape_report > 0, *report (if not NULL) gets its
** text in gc's -m format (caller frees; NULL when the analysis did not
** run): it is produced before code generation, so it is there even when
** the code generator then rejects the program. */
struct Module *cmp_compile_opts(const char *path, const char *filename,
                                const char *src, size_t len,
                                const CmpOptions *opts, char **errors,
                                char **report);
/* cmp_compile for a file read from [path] (named so in reading errors) and
** shown as [filename] in diagnostics. */
struct Module *cmp_compile_file(const char *path, const char *filename,
                                const char *src, size_t len, char **errors);

#endif /* COMPILER_H */
