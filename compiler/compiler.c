/*
** compiler.c — one compilation (Comp): setup, diagnostics, and the pipeline
** parse -> check -> codegen.
**
** Diagnostics follow gc's base.ErrorfAt and base.FlushErrors exactly:
**  - of several syntax errors on one line only the first is kept; of equal
**    non-syntax messages on one line, only the first;
**  - the 10th kept error ends the compilation: later reports are dropped and
**    the output ends with `FILE:LINE:COL: too many errors`, at the position
**    of that 10th error;
**  - output is sorted by position (stable), identical lines printed once.
** Diags are stored in report order (the filters above look at the most
** recent ones); sorting happens on a copy when formatting.
**
** The pipeline stops at the first phase that fails, as gc does: syntax
** errors stop before type checking; lexical errors that gc does not count as
** syntax errors (a malformed literal, which the parser turns into E_BAD) do
** not, so the checker still reports its own errors next to them.
**
** Before the compiler proper comes the go command's load step (header.c), as
** in `go run`: its errors are printed alone and in its own form, while
** compile errors follow a "# command-line-arguments" line (cmp_format_report).
*/
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler.h"
#include "escape.h"
#include "../vm/module.h"

void cmp_init(Comp *c, const char *filename, const char *src, size_t len) {
  CmpFile f = {filename ? filename : "", filename ? filename : "", src ? src : "",
               src ? len : 0, NULL};
  cmp_init_files(c, &f, 1);
}

void cmp_init_files(Comp *c, const CmpFile *files, int nfiles) {
  memset(c, 0, sizeof *c);
  c->nfiles = nfiles > 0 ? nfiles : 1;
  c->files = arena_alloc(&c->arena, sizeof *c->files * (size_t)c->nfiles);
  for (int i = 0; i < nfiles; i++) {
    const CmpFile *f = &files[i];
    const char *name = f->name ? f->name : "", *path = f->path ? f->path : name;
    c->files[i].name = arena_strndup(&c->arena, name, strlen(name));
    c->files[i].path = arena_strndup(&c->arena, path, strlen(path));
    c->files[i].src = arena_strndup(&c->arena, f->src ? f->src : "", f->src ? f->len : 0);
    c->files[i].len = f->src ? f->len : 0;
  }
  if (nfiles <= 0) c->files[0] = (CmpFile){"", "", "", 0, NULL};
  c->pkgpath = "command-line-arguments";
  c->max_errors = 10;
  cmp_set_file(c, 0);
}

void cmp_set_file(Comp *c, int i) {
  c->cur_file = i;
  c->filename = c->files[i].name;
  c->path = c->files[i].path;
  c->src = c->files[i].src;
  c->srclen = c->files[i].len;
}

const char *cmp_file_name(const Comp *c, int i) {
  return i >= 0 && i < c->nfiles ? c->files[i].name : "";
}

void cmp_free(Comp *c) {
  free(c->diags);
  c->diags = NULL;
  c->ndiags = c->capdiags = 0;
  arena_free(&c->arena);
}

static bool is_syntax_error(const char *msg) {
  return strncmp(msg, "syntax error", 12) == 0;
}

/* Whether gc would drop this report (base.ErrorfAt's per-line filters). */
static bool suppressed(const Comp *c, Pos pos, const char *msg) {
  bool syntax = is_syntax_error(msg);
  for (int i = c->ndiags - 1; i >= 0; i--) {
    const Diag *d = &c->diags[i];
    if (is_syntax_error(d->msg) != syntax) continue;
    /* d is the most recent report of the same class */
    if (d->pos.line != pos.line) return false;
    return syntax || strcmp(d->msg, msg) == 0;
  }
  return false;
}

static char *vformat(Comp *c, const char *fmt, va_list ap) {
  va_list ap2;
  va_copy(ap2, ap);
  int n = vsnprintf(NULL, 0, fmt, ap);
  if (n < 0) n = 0;
  char *msg = arena_alloc(&c->arena, (size_t)n + 1);
  vsnprintf(msg, (size_t)n + 1, fmt, ap2);
  va_end(ap2);
  return msg;
}

static void add_diag(Comp *c, Diag diag) {
  if (c->ndiags == c->capdiags) {
    int cap = c->capdiags ? c->capdiags * 2 : 16;
    Diag *d = realloc(c->diags, (size_t)cap * sizeof *d);
    if (d == NULL) {
      fprintf(stderr, "vm: compiler out of memory\n");
      abort();
    }
    c->diags = d;
    c->capdiags = cap;
  }
  c->diags[c->ndiags++] = diag;
}

void cmp_error(Comp *c, Pos pos, const char *fmt, ...) {
  if (c->max_errors > 0 && c->ndiags >= c->max_errors) return;
  va_list ap;
  va_start(ap, fmt);
  char *msg = vformat(c, fmt, ap);
  va_end(ap);
  if (!suppressed(c, pos, msg)) add_diag(c, (Diag){pos, msg, false});
}

void cmp_load_error(Comp *c, Pos pos, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char *msg = vformat(c, fmt, ap);
  va_end(ap);
  pos.file = c->cur_file; /* the load step reads one file at a time */
  add_diag(c, (Diag){pos, msg, true});
}

int cmp_nerrors(const Comp *c) { return c->ndiags; }

/* {==================================================================
** Formatting
** =================================================================== */

void strbuf_put(StrBuf *b, const char *s, size_t n) {
  if (b->n + n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap * 2 : 256;
    while (cap < b->n + n + 1) cap *= 2;
    char *p = realloc(b->s, cap);
    if (p == NULL) {
      fprintf(stderr, "vm: compiler out of memory\n");
      abort();
    }
    b->s = p;
    b->cap = cap;
  }
  memcpy(b->s + b->n, s, n);
  b->n += n;
  b->s[b->n] = 0;
}

/* One diagnostic line, as gc prints it: the position only when known, the
** column only when known and below 255 (gc keeps columns in 8 bits and
** drops those that do not fit). */
static void put_line(StrBuf *b, const char *file, Pos pos, const char *msg) {
  char head[64];
  if (pos.line > 0) {
    strbuf_put(b, file, strlen(file));
    int n = pos.col > 0 && pos.col < 255 ? snprintf(head, sizeof head, ":%d:%d: ", pos.line, pos.col)
                        : snprintf(head, sizeof head, ":%d: ", pos.line);
    strbuf_put(b, head, (size_t)n);
  }
  strbuf_put(b, msg, strlen(msg));
  strbuf_put(b, "\n", 1);
}

char *cmp_format_errors(Comp *c) {
  StrBuf b = {0};
  strbuf_put(&b, "", 0);
  int n = c->ndiags;
  if (n == 0) return b.s;
  /* stable insertion sort on a copy (n is at most max_errors in practice) */
  const Diag **v = malloc((size_t)n * sizeof *v);
  if (v == NULL) {
    fprintf(stderr, "vm: compiler out of memory\n");
    abort();
  }
  for (int i = 0; i < n; i++) {
    const Diag *d = &c->diags[i];
    int j = i;
    while (j > 0 && pos_before(d->pos, v[j - 1]->pos)) {
      v[j] = v[j - 1];
      j--;
    }
    v[j] = d;
  }
  for (int i = 0; i < n; i++) {
    if (i > 0 && v[i]->pos.file == v[i - 1]->pos.file && v[i]->pos.line == v[i - 1]->pos.line &&
        v[i]->pos.col == v[i - 1]->pos.col && strcmp(v[i]->msg, v[i - 1]->msg) == 0)
      continue; /* gc prints identical lines once */
    put_line(&b, cmp_file_name(c, v[i]->pos.file), v[i]->pos, v[i]->msg);
  }
  free(v);
  if (c->max_errors > 0 && n >= c->max_errors) {
    Pos at = c->diags[c->max_errors - 1].pos;
    put_line(&b, cmp_file_name(c, at.file), at, "too many errors");
  }
  return b.s;
}

char *cmp_format_report(Comp *c) {
  StrBuf b = {0};
  strbuf_put(&b, "", 0);
  for (int i = 0; i < c->ndiags; i++) {
    if (!c->diags[i].load) continue;
    /* the go command names the file "x.go" where the compiler says "./x.go" */
    const char *name = cmp_file_name(c, c->diags[i].pos.file);
    if (strncmp(name, "./", 2) == 0) name += 2;
    put_line(&b, name, c->diags[i].pos, c->diags[i].msg);
  }
  if (b.n > 0) return b.s;
  char *diags = cmp_format_errors(c);
  strbuf_put(&b, "# ", 2);
  strbuf_put(&b, c->pkgpath, strlen(c->pkgpath));
  strbuf_put(&b, "\n", 1);
  strbuf_put(&b, diags, strlen(diags));
  free(diags);
  return b.s;
}

/* }================================================================== */

/* The pipeline proper; runs on the compile thread (see cmp_compile). */
typedef struct CompileJob {
  const CmpFile *files;
  int nfiles;
  const char *pkgpath, *dir;
  char **errors;
  struct Module *result;
  CmpOptions opts;
  char **report;
} CompileJob;

static const char *base_name(const char *path) {
  const char *slash = strrchr(path, '/');
  return slash ? slash + 1 : path;
}

/* What the go command checks of a package's clauses once every header
** parsed: one package name (load.go's MultiplePackageError names the first
** two that differ), and that name `main`. A single file checks `main'
** itself (hdr_check), next to its import errors. */
static bool package_clauses(Comp *c) {
  if (c->nfiles < 2) return true;
  const CmpFile *first = &c->files[0];
  for (int i = 1; i < c->nfiles; i++) {
    const CmpFile *f = &c->files[i];
    if (strcmp(f->pkgname, first->pkgname) == 0) continue;
    cmp_load_error(c, (Pos){0, 0, 0}, "found packages %s (%s) and %s (%s) in %s", first->pkgname,
                   base_name(first->path), f->pkgname, base_name(f->path), c->dir ? c->dir : ".");
    return false;
  }
  if (strcmp(first->pkgname, "main") != 0) {
    cmp_load_error(c, (Pos){0, 0, 0}, "package %s is not a main package", c->pkgpath);
    return false;
  }
  return true;
}

/* The go command's load step on every file, then gc's parse of every file
** (each file's syntax errors are reported; any stops the compilation). The
** files' declarations are joined into one File, file after file: the
** package's declaration order, which init() order and the package
** variables' initialization order follow. NULL when it cannot go on. */
static File *parse_package(Comp *c) {
  for (int i = 0; i < c->nfiles; i++) {
    cmp_set_file(c, i);
    if (!hdr_check(c)) return NULL;
  }
  if (!package_clauses(c)) return NULL;
  File *all = NULL;
  PtrVec decls = {0};
  bool syntax_ok = true;
  for (int i = 0; i < c->nfiles; i++) {
    cmp_set_file(c, i);
    File *f = parse_file(c);
    if (!f) {
      syntax_ok = false;
      continue;
    }
    if (!all) all = f;
    for (int d = 0; d < f->ndecls; d++) ptrvec_push(&c->arena, &decls, f->decls[d]);
  }
  cmp_set_file(c, 0);
  if (!syntax_ok || !all) return NULL;
  all->decls = (Decl **)decls.v;
  all->ndecls = decls.n;
  return all;
}

static void *compile_job(void *arg) {
  CompileJob *job = arg;
  Comp c;
  cmp_init_files(&c, job->files, job->nfiles);
  if (job->pkgpath) c.pkgpath = arena_strndup(&c.arena, job->pkgpath, strlen(job->pkgpath));
  if (job->dir) c.dir = arena_strndup(&c.arena, job->dir, strlen(job->dir));
  Module *m = NULL;
  File *f = parse_package(&c);
  if (f != NULL && (c.max_errors <= 0 || cmp_nerrors(&c) < c.max_errors)) {
    int ok = check_file(&c, f);
    if (ok && cmp_nerrors(&c) == 0) {
      /* escape analysis runs between checking and code generation, whose
      ** alloc sites read its decisions (escape.h) */
      c.noescape = job->opts.noescape;
      esc_analyze(&c, f, job->opts.escape_report);
      if (job->report && job->opts.escape_report > 0) *job->report = esc_report(&c);
      m = cg_module(&c, f);
    }
  }
  if (cmp_nerrors(&c) > 0) {
    if (m != NULL) {
      mod_free(m);
      m = NULL;
    }
    if (job->errors) *job->errors = cmp_format_report(&c);
  } else if (job->errors) {
    *job->errors = NULL;
  }
  cmp_free(&c);
  job->result = m;
  return NULL;
}

/* The front end recurses over the tree, whose depth the parser caps
** (PS_MAX_DEPTH in parse.h); the C stack a host thread happens to have may be
** too small for that cap, above all under the sanitizers. So the pipeline runs
** on a thread of its own whose stack is reserved large enough (only the pages
** touched are ever committed). Should the thread not start, it runs on the
** caller's stack. */
enum { COMPILE_STACK_BYTES = 512u << 20 };

struct Module *cmp_compile(const char *filename, const char *src, size_t len,
                           char **errors) {
  return cmp_compile_file(filename, filename, src, len, errors);
}

struct Module *cmp_compile_file(const char *path, const char *filename,
                                const char *src, size_t len, char **errors) {
  return cmp_compile_opts(path, filename, src, len, NULL, errors, NULL);
}

struct Module *cmp_compile_opts(const char *path, const char *filename,
                                const char *src, size_t len,
                                const CmpOptions *opts, char **errors,
                                char **report) {
  CmpFile f = {path ? path : filename, filename, src, len, NULL};
  return cmp_compile_package(&f, 1, NULL, NULL, opts, errors, report);
}

struct Module *cmp_compile_package(const CmpFile *files, int nfiles,
                                   const char *pkgpath, const char *dir,
                                   const CmpOptions *opts, char **errors,
                                   char **report) {
  CompileJob job = {files, nfiles, pkgpath, dir, errors, NULL, {0}, report};
  if (opts) job.opts = *opts;
  if (report) *report = NULL;
  pthread_attr_t attr;
  pthread_t thread;
  int started = pthread_attr_init(&attr) == 0 &&
                pthread_attr_setstacksize(&attr, COMPILE_STACK_BYTES) == 0 &&
                pthread_create(&thread, &attr, compile_job, &job) == 0;
  pthread_attr_destroy(&attr);
  if (started)
    pthread_join(thread, NULL);
  else
    compile_job(&job);
  return job.result;
}
