/*
** pkgload.c — the go command's view of a package directory: what `go run
** DIR` compiles (go/build's Import, Go 1.19), for vm_load_dir.
**
** The steps, in go/build's order:
**  1. List DIR. Only regular names ending in ".go" count; those starting
**     with '.' or '_' are ignored outright, *_test.go files are set aside
**     (`go run` never builds tests).
**  2. Match the name (goodOSArchFile): with the ".go" and any "_test" gone,
**     a last '_'-separated element that is a known GOARCH must be this
**     machine's, and a known GOOS before it (or as the last element) this
**     machine's OS.
**  3. Match the build constraints of the file's header: the line comments
**     (and blank lines, and block comments) before the package clause, up
**     to the last blank line among them — a constraint must be followed by
**     a blank line to count. A `//go:build EXPR` line decides alone; without
**     one, every `// +build` line must hold (each is an OR of
**     space-separated terms, each term an AND of comma-separated, possibly
**     negated, tags).
**  4. Sort the surviving names (byte order) and name the package: the module
**     path of the nearest go.mod above DIR plus DIR's place below it, or,
**     with no go.mod, GOPATH mode's "_" + DIR.
** The tags that hold: this machine's GOOS and GOARCH, "unix" (linux is
** one), "gc", and go1.1 to go1.19. "cgo" does not: the oracle builds with
** CGO_ENABLED=0, and no program here can use cgo anyway.
**
** Invariants: no input (a huge or binary file, a deep expression) makes
** this crash or recurse without bound: expressions nest at most
** MAX_DEPTH parentheses, past which the constraint is false (go/build
** rejects such a file as malformed too).
*/
#include <ctype.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pkgload.h"

enum { MAX_DEPTH = 100, HEADER_BYTES = 64 << 10 };

#if defined(__aarch64__)
#define PL_GOARCH "arm64"
#elif defined(__i386__)
#define PL_GOARCH "386"
#elif defined(__riscv) && __riscv_xlen == 64
#define PL_GOARCH "riscv64"
#elif defined(__powerpc64__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define PL_GOARCH "ppc64le"
#elif defined(__s390x__)
#define PL_GOARCH "s390x"
#else
#define PL_GOARCH "amd64"
#endif
#define PL_GOOS "linux"

static const char *const known_os[] = {
    "aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "js",
    "linux", "nacl", "netbsd", "openbsd", "plan9", "solaris", "windows", "zos", NULL};
static const char *const known_arch[] = {
    "386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be", "loong64", "mips",
    "mipsle", "mips64", "mips64le", "mips64p32", "mips64p32le", "ppc", "ppc64", "ppc64le",
    "riscv", "riscv64", "s390", "s390x", "sparc", "sparc64", "wasm", NULL};

static bool in_list(const char *const *list, const char *s, size_t n) {
  for (; *list; list++)
    if (strlen(*list) == n && memcmp(*list, s, n) == 0) return true;
  return false;
}

/* Whether the single tag s[0..n) holds here. */
static bool tag_holds(const char *s, size_t n) {
#define IS(t) (n == sizeof t - 1 && memcmp(s, t, n) == 0)
  if (IS(PL_GOOS) || IS(PL_GOARCH) || IS("unix") || IS("gc")) return true;
#undef IS
  if (n > 4 && memcmp(s, "go1.", 4) == 0) {
    int minor = 0;
    for (size_t i = 4; i < n; i++) {
      if (!isdigit((unsigned char)s[i])) return false;
      if (minor < 1000) minor = minor * 10 + (s[i] - '0');
    }
    return minor >= 1 && minor <= 19;
  }
  return false;
}

/* {==================================================================
** //go:build expressions: a recursive-descent parser over
**   expr = and { "||" and } ; and = unary { "&&" unary } ;
**   unary = "!" unary | "(" expr ")" | tag
** =================================================================== */

typedef struct Expr {
  const char *s;
  bool bad;
  int depth;
} Expr;

static void skip_space(Expr *e) {
  while (*e->s == ' ' || *e->s == '\t' || *e->s == '\r') e->s++;
}

static bool is_tag_char(char c) {
  return isalnum((unsigned char)c) || c == '_' || c == '.';
}

static bool parse_or(Expr *e);

static bool parse_unary(Expr *e) {
  skip_space(e);
  if (e->depth > MAX_DEPTH) {
    e->bad = true;
    return false;
  }
  if (*e->s == '!') {
    e->s++;
    e->depth++;
    bool v = !parse_unary(e);
    e->depth--;
    return v;
  }
  if (*e->s == '(') {
    e->s++;
    e->depth++;
    bool v = parse_or(e);
    e->depth--;
    skip_space(e);
    if (*e->s != ')') e->bad = true;
    else e->s++;
    return v;
  }
  const char *start = e->s;
  while (is_tag_char(*e->s)) e->s++;
  if (e->s == start) {
    e->bad = true;
    return false;
  }
  return tag_holds(start, (size_t)(e->s - start));
}

static bool parse_and(Expr *e) {
  bool v = parse_unary(e);
  for (;;) {
    skip_space(e);
    if (e->bad || e->s[0] != '&' || e->s[1] != '&') return v;
    e->s += 2;
    bool w = parse_unary(e); /* always parsed: syntax errors anywhere count */
    v = v && w;
  }
}

static bool parse_or(Expr *e) {
  bool v = parse_and(e);
  for (;;) {
    skip_space(e);
    if (e->bad || e->s[0] != '|' || e->s[1] != '|') return v;
    e->s += 2;
    bool w = parse_and(e);
    v = v || w;
  }
}

bool pl_constraint_holds(const char *expr) {
  Expr e = {expr, false, 0};
  bool v = parse_or(&e);
  skip_space(&e);
  return v && !e.bad && *e.s == '\0';
}

/* One "// +build" line's text (after "+build"): OR of terms, each an AND
** of comma-separated, possibly negated, tags. */
static bool plus_build_holds(const char *s, size_t n) {
  const char *end = s + n;
  bool any = false;
  while (s < end) {
    while (s < end && (*s == ' ' || *s == '\t')) s++;
    if (s >= end) break;
    const char *term = s;
    while (s < end && *s != ' ' && *s != '\t') s++;
    bool all = true;
    for (const char *a = term; a < s;) {
      const char *c = memchr(a, ',', (size_t)(s - a));
      const char *aend = c ? c : s;
      bool neg = *a == '!';
      const char *t = a + neg;
      bool ok = aend > t && tag_holds(t, (size_t)(aend - t));
      if (neg) ok = aend > t && !ok;
      all = all && ok;
      a = c ? c + 1 : s;
    }
    any = any || all;
  }
  return any;
}

/* }================================================================== */

/* Whether s[0..n) holds the end of a block comment. */
static bool closes_block(const char *s, size_t n) {
  for (size_t i = 0; i + 1 < n; i++)
    if (s[i] == '*' && s[i + 1] == '/') return true;
  return false;
}

/* Whether the header of [src] lets the file build (step 3). */
static bool header_allows(const char *src, size_t len) {
  /* find where the comment block ends and its last blank line */
  size_t pos = 0, last_blank = 0;
  bool in_block = false;
  while (pos < len) {
    const char *line = src + pos;
    const char *nl = memchr(line, '\n', len - pos);
    size_t n = nl ? (size_t)(nl - line) : len - pos;
    const char *t = line;
    while (t < line + n && (*t == ' ' || *t == '\t' || *t == '\r')) t++;
    size_t rest = (size_t)(line + n - t);
    if (in_block) {
      if (closes_block(t, rest)) in_block = false;
    } else if (rest == 0) {
      last_blank = pos;
    } else if (rest >= 2 && t[0] == '/' && t[1] == '/') {
      /* a line comment: part of the header */
    } else if (rest >= 2 && t[0] == '/' && t[1] == '*') {
      if (!closes_block(t + 2, rest - 2)) in_block = true;
    } else {
      break;
    }
    pos += n + (nl ? 1 : 0);
  }
  /* the constraint lines: line comments before last_blank */
  bool have_gobuild = false, gobuild = true, plus = true;
  for (size_t p = 0; p < last_blank;) {
    const char *line = src + p;
    const char *nl = memchr(line, '\n', last_blank - p);
    size_t n = nl ? (size_t)(nl - line) : last_blank - p;
    const char *t = line;
    while (t < line + n && (*t == ' ' || *t == '\t')) t++;
    size_t rest = (size_t)(line + n - t);
    while (rest > 0 && (t[rest - 1] == '\r' || t[rest - 1] == ' ' || t[rest - 1] == '\t')) rest--;
    if (rest > 10 && memcmp(t, "//go:build", 10) == 0 && (t[10] == ' ' || t[10] == '\t') &&
        !have_gobuild) {
      char *expr = strndup(t + 10, rest - 10);
      have_gobuild = true;
      gobuild = expr && pl_constraint_holds(expr);
      free(expr);
    } else if (rest >= 2 && t[0] == '/' && t[1] == '/') {
      const char *c = t + 2;
      while (c < t + rest && (*c == ' ' || *c == '\t')) c++;
      size_t cn = (size_t)(t + rest - c);
      if (cn >= 6 && memcmp(c, "+build", 6) == 0 && (cn == 6 || c[6] == ' ' || c[6] == '\t'))
        plus = plus && plus_build_holds(c + 6, cn - 6);
    }
    p += n + (nl ? 1 : 0);
  }
  return have_gobuild ? gobuild : plus;
}

/* Step 2: the _GOOS / _GOARCH suffixes of [name] (without ".go"). */
static bool name_allows(const char *name, size_t n) {
  if (n > 5 && memcmp(name + n - 5, "_test", 5) == 0) n -= 5;
  const char *elems[3] = {0};
  size_t lens[3] = {0};
  int ne = 0;
  /* the last two '_'-separated elements, after the first one */
  const char *first = memchr(name, '_', n);
  if (!first) return true;
  for (const char *e = name + n; e > first && ne < 2;) {
    const char *s = e;
    while (s > first + 1 && s[-1] != '_') s--;
    elems[ne] = s;
    lens[ne] = (size_t)(e - s);
    ne++;
    e = s - 1;
  }
  if (ne >= 2 && in_list(known_arch, elems[0], lens[0]) && in_list(known_os, elems[1], lens[1]))
    return lens[0] == strlen(PL_GOARCH) && memcmp(elems[0], PL_GOARCH, lens[0]) == 0 &&
           lens[1] == strlen(PL_GOOS) && memcmp(elems[1], PL_GOOS, lens[1]) == 0;
  if (ne >= 1 && in_list(known_os, elems[0], lens[0]))
    return lens[0] == strlen(PL_GOOS) && memcmp(elems[0], PL_GOOS, lens[0]) == 0;
  if (ne >= 1 && in_list(known_arch, elems[0], lens[0]))
    return lens[0] == strlen(PL_GOARCH) && memcmp(elems[0], PL_GOARCH, lens[0]) == 0;
  return true;
}

static bool file_builds(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) return true; /* the compiler reports the read error */
  char *buf = malloc(HEADER_BYTES + 1);
  size_t n = buf ? fread(buf, 1, HEADER_BYTES, f) : 0;
  fclose(f);
  if (!buf) return true;
  buf[n] = 0;
  bool ok = header_allows(buf, n);
  free(buf);
  return ok;
}

/* {==================================================================
** Paths and the module
** =================================================================== */

/* filepath.Clean of an absolute path, in place. */
static void clean_abs(char *p) {
  char *out = p, *s = p;
  while (*s) {
    while (*s == '/') s++;
    char *seg = s;
    while (*s && *s != '/') s++;
    size_t n = (size_t)(s - seg);
    if (n == 0 || (n == 1 && seg[0] == '.')) continue;
    if (n == 2 && seg[0] == '.' && seg[1] == '.') {
      while (out > p && *--out != '/') {}
      continue;
    }
    *out++ = '/';
    memmove(out, seg, n);
    out += n;
  }
  if (out == p) *out++ = '/';
  *out = '\0';
}

static char *abs_dir(const char *dir) {
  if (dir[0] == '/') {
    char *p = strdup(dir);
    if (p) clean_abs(p);
    return p;
  }
  const char *pwd = getenv("PWD");
  char *cwd = NULL;
  struct stat a, b;
  if (pwd && pwd[0] == '/' && stat(pwd, &a) == 0 && stat(".", &b) == 0 &&
      a.st_dev == b.st_dev && a.st_ino == b.st_ino)
    cwd = strdup(pwd);
  else
    cwd = getcwd(NULL, 0);
  if (!cwd) return NULL;
  char *p = malloc(strlen(cwd) + strlen(dir) + 2);
  if (p) {
    sprintf(p, "%s/%s", cwd, dir);
    clean_abs(p);
  }
  free(cwd);
  return p;
}

/* The module path declared by the go.mod file [path], or NULL. */
static char *module_path(const char *path) {
  FILE *f = fopen(path, "r");
  if (!f) return NULL;
  char line[1024];
  char *mod = NULL;
  while (!mod && fgets(line, sizeof line, f)) {
    char *s = line;
    while (*s == ' ' || *s == '\t') s++;
    if (strncmp(s, "module", 6) != 0 || (s[6] != ' ' && s[6] != '\t')) continue;
    s += 6;
    while (*s == ' ' || *s == '\t') s++;
    bool quoted = *s == '"' || *s == '`';
    if (quoted) s++;
    char *e = s;
    while (*e && (quoted ? *e != '"' && *e != '`' : !isspace((unsigned char)*e))) e++;
    if (e > s) mod = strndup(s, (size_t)(e - s));
  }
  fclose(f);
  return mod;
}

/* Step 4's package name for the clean absolute directory [abs]: look
** for go.mod in abs, then in each parent up to "/". */
static char *package_path(const char *abs) {
  size_t n = strlen(abs);
  char *dir = strdup(abs), *probe = malloc(n + sizeof "/go.mod");
  char *pkg = NULL;
  while (dir && probe && !pkg) {
    bool root = strcmp(dir, "/") == 0;
    sprintf(probe, "%s/go.mod", root ? "" : dir);
    char *mod = module_path(probe);
    if (mod) {
      const char *below = abs + (root ? 1 : strlen(dir));
      if (*below == '/') below++;
      pkg = malloc(strlen(mod) + strlen(below) + 2);
      if (pkg) sprintf(pkg, "%s%s%s", mod, *below ? "/" : "", below);
      free(mod);
      break;
    }
    if (root) break;
    char *slash = strrchr(dir, '/');
    if (slash == dir) slash[1] = '\0';
    else *slash = '\0';
  }
  if (!pkg && dir && probe) {
    pkg = malloc(n + 2);
    if (pkg) sprintf(pkg, "_%s", abs);
  }
  free(dir);
  free(probe);
  return pkg;
}

/* }================================================================== */

static int name_cmp(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static char *join(const char *dir, const char *name) {
  size_t n = strlen(dir);
  char *p = malloc(n + strlen(name) + 2);
  if (p) sprintf(p, "%s%s%s", dir, n && dir[n - 1] == '/' ? "" : "/", name);
  return p;
}

static char *format_error(const char *fmt, const char *a, const char *b) {
  int n = snprintf(NULL, 0, fmt, a, b);
  char *s = n >= 0 ? malloc((size_t)n + 1) : NULL;
  if (s) snprintf(s, (size_t)n + 1, fmt, a, b);
  return s;
}

bool pl_scan_dir(PkgDir *p, const char *dir, const char *shown_dir) {
  memset(p, 0, sizeof *p);
  p->abs = abs_dir(dir);
  p->pkgpath = p->abs ? package_path(p->abs) : NULL;
  if (!p->abs || !p->pkgpath) return false;
  DIR *d = opendir(dir);
  if (!d) {
    p->error = format_error("no Go files in %s\n", p->abs, "");
    return p->error != NULL;
  }
  char **names = NULL;
  int n = 0, cap = 0, tests = 0, ignored = 0;
  bool ok = true;
  for (struct dirent *e; ok && (e = readdir(d)) != NULL;) {
    const char *name = e->d_name;
    size_t len = strlen(name);
    if (len < 4 || strcmp(name + len - 3, ".go") != 0 || name[0] == '.' || name[0] == '_') continue;
    char *path = join(dir, name);
    struct stat st;
    bool regular = path && stat(path, &st) == 0 && S_ISREG(st.st_mode);
    if (!path) ok = false;
    if (regular && len > 8 && strcmp(name + len - 8, "_test.go") == 0) tests++;
    else if (regular && (!name_allows(name, len - 3) || !file_builds(path))) ignored++;
    else if (regular) {
      if (n == cap) {
        cap = cap ? cap * 2 : 16;
        char **v = realloc(names, (size_t)cap * sizeof *v);
        if (!v) ok = false;
        else names = v;
      }
      if (ok) names[n++] = strdup(name);
      if (ok && !names[n - 1]) ok = false;
    }
    free(path);
  }
  closedir(d);
  if (ok && n > 1) qsort(names, (size_t)n, sizeof *names, name_cmp);
  if (ok && n == 0) {
    if (ignored > 0)
      p->error = format_error("package %s: build constraints exclude all Go files in %s\n", p->pkgpath, p->abs);
    else if (tests > 0)
      p->error = format_error("go build %s: no non-test Go files in %s\n", p->pkgpath, p->abs);
    else
      p->error = format_error("no Go files in %s\n", p->abs, "");
    ok = p->error != NULL;
  }
  if (ok && n > 0) {
    p->paths = calloc((size_t)n, sizeof *p->paths);
    p->shown = calloc((size_t)n, sizeof *p->shown);
    ok = p->paths && p->shown;
    for (int i = 0; ok && i < n; i++) {
      p->paths[i] = join(dir, names[i]);
      p->shown[i] = join(shown_dir, names[i]);
      p->n = i + 1;
      ok = p->paths[i] && p->shown[i];
    }
  }
  for (int i = 0; i < n; i++) free(names[i]);
  free(names);
  return ok;
}

void pl_free(PkgDir *p) {
  for (int i = 0; i < p->n; i++) {
    if (p->paths) free(p->paths[i]);
    if (p->shown) free(p->shown[i]);
  }
  free(p->paths);
  free(p->shown);
  free(p->abs);
  free(p->pkgpath);
  free(p->error);
  memset(p, 0, sizeof *p);
}
