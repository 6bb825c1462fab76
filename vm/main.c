/*
** main.c — the `vm` command, a thin client of libvm (include/libvm.h only):
**
**   vm [flags] FILE.go [arguments...]    run the program, like `go run`
**   vm [flags] run FILE.go [arguments...]
**   vm [flags] disasm FILE.go            list the bytecode
**   vm -version | -h | -help
**
** Flags are parsed as Go's flag package does: they stop at the first
** non-flag argument or after "--"; -name=value, -name value and --name
** forms; -h/-help print the usage and exit 0; a bad flag prints the error
** and the usage and exits 2.
**
** What the user sees mirrors `go run`:
**  - errors in the file's header (package clause, imports), found by the
**    go command's own load step before any compiling: the first one alone,
**    e.g. "x.go:1:1: expected 'package', found 'EOF'", exit 1; likewise
**    imports of unknown packages (which the compiler finds), without the
**    compile errors that go run never gets to;
**  - compile errors: "# command-line-arguments", then the diagnostics, on
**    stderr; files are named as the go command names them (relative to the
**    current directory when that is shorter, "./x.go" for a file in it);
**  - a missing file: "stat FILE: no such file or directory", exit 1;
**  - os.Args[0] is the file path as given;
**  - the exit status is vm_exit_status(): the os.Exit code, 2 after a
**    panic, 1 after compile errors.
*/
#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "libvm.h"

static const char usage_text[] =
    "usage: vm [flags] FILE.go [arguments...]\n"
    "       vm [flags] run FILE.go [arguments...]\n"
    "       vm [flags] disasm FILE.go\n"
    "flags:\n"
    "  -h, -help\n"
    "    \tprint this help\n"
    "  -maxstack int\n"
    "    \tmaximum goroutine stack size in bytes (default 1000000000)\n"
    "  -stack int\n"
    "    \tinitial goroutine stack size in bytes (default 2048)\n"
    "  -version\n"
    "    \tprint the version and exit\n";

static void usage(void) { fputs(usage_text, stderr); }

static int flag_error(const char *fmt, const char *a, const char *b) {
  fprintf(stderr, fmt, a, b);
  fputc('\n', stderr);
  usage();
  return 2;
}

/* {==================================================================
** Flags
** =================================================================== */

typedef struct Options {
  vm_Config cfg;
  int version;
} Options;

/* A size flag: Go's strconv.ParseInt(s, 0, 64), positive. */
static int parse_size(const char *name, const char *val, size_t *out) {
  char *end;
  errno = 0;
  long long v = strtoll(val, &end, 0);
  if (*val == '\0' || *end != '\0')
    return flag_error("invalid value \"%s\" for flag -%s: parse error", val, name);
  if (errno == ERANGE || v <= 0)
    return flag_error("invalid value \"%s\" for flag -%s: value out of range", val, name);
  *out = (size_t)v;
  return 0;
}

static int parse_bool(const char *name, const char *val, int *out) {
  if (!val || !strcmp(val, "1") || !strcmp(val, "t") || !strcmp(val, "T") ||
      !strcmp(val, "true") || !strcmp(val, "TRUE") || !strcmp(val, "True")) {
    *out = 1;
    return 0;
  }
  if (!strcmp(val, "0") || !strcmp(val, "f") || !strcmp(val, "F") ||
      !strcmp(val, "false") || !strcmp(val, "FALSE") || !strcmp(val, "False")) {
    *out = 0;
    return 0;
  }
  return flag_error("invalid boolean value \"%s\" for -%s: parse error", val, name);
}

/* Parses the flags in argv[1..]; sets *next to the first other argument.
** Returns -1 to go on, else the exit status. */
static int parse_flags(int argc, char **argv, Options *o, int *next) {
  int i = 1;
  for (; i < argc; i++) {
    char *a = argv[i];
    if (a[0] != '-' || a[1] == '\0') break;
    char *name = a + 1;
    if (*name == '-') {
      name++;
      if (*name == '\0') { /* "--" ends the flags */
        i++;
        break;
      }
    }
    if (*name == '-' || *name == '=')
      return flag_error("bad flag syntax: %s%s", a, "");
    char namebuf[64];
    const char *val = NULL;
    char *eq = strchr(name, '=');
    size_t nlen = eq ? (size_t)(eq - name) : strlen(name);
    if (nlen >= sizeof namebuf) nlen = sizeof namebuf - 1;
    memcpy(namebuf, name, nlen);
    namebuf[nlen] = '\0';
    if (eq) val = eq + 1;

    if (!strcmp(namebuf, "h") || !strcmp(namebuf, "help")) {
      usage();
      return 0;
    }
    if (!strcmp(namebuf, "version")) {
      if (parse_bool(namebuf, val, &o->version)) return 2;
      continue;
    }
    size_t *size = !strcmp(namebuf, "stack") ? &o->cfg.stack_size
                 : !strcmp(namebuf, "maxstack") ? &o->cfg.max_stack : NULL;
    if (!size) return flag_error("flag provided but not defined: -%s%s", namebuf, "");
    if (!val) {
      if (i + 1 >= argc) return flag_error("flag needs an argument: -%s%s", namebuf, "");
      val = argv[++i];
    }
    if (parse_size(namebuf, val, size)) return 2;
  }
  *next = i;
  return -1;
}

/* }================================================================== */

/* {==================================================================
** File names as the go command shows them
** =================================================================== */

/* Lexically cleans an absolute path in place (filepath.Clean). */
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

/* The current directory as Go's os.Getwd reports it: $PWD when it names
** the same directory (keeping the user's symlinks), else getcwd. */
static char *current_dir(void) {
  const char *pwd = getenv("PWD");
  struct stat a, b;
  if (pwd && pwd[0] == '/' && stat(pwd, &a) == 0 && stat(".", &b) == 0 &&
      a.st_dev == b.st_dev && a.st_ino == b.st_ino)
    return strdup(pwd);
  return getcwd(NULL, 0);
}

/* filepath.Rel(base, target) for clean absolute paths. */
static char *rel_path(const char *base, const char *target) {
  size_t i = 0, common = 0;
  /* the longest common prefix ending at a component boundary */
  for (;; i++) {
    bool bend = base[i] == '\0' || base[i] == '/';
    bool tend = target[i] == '\0' || target[i] == '/';
    if (bend && tend) common = i;
    if (base[i] != target[i] || base[i] == '\0') break;
  }
  if (!strcmp(base, "/")) common = 0;
  size_t ups = 0; /* components of base below the common prefix */
  for (const char *s = base + common; *s; s++)
    if (*s != '/' && (s == base || s[-1] == '/')) ups++;
  const char *rest = target + common;
  if (*rest == '/') rest++;
  if (!strcmp(target, "/")) rest = "";
  char *out = malloc(3 * ups + strlen(rest) + 2);
  if (!out) return NULL;
  out[0] = '\0';
  for (size_t k = 0; k < ups; k++) strcat(out, k + 1 < ups || *rest ? "../" : "..");
  strcat(out, rest);
  if (!out[0]) strcpy(out, ".");
  return out;
}

typedef struct Names {
  char *compile; /* in compiler diagnostics: ShortPath(dir) + "/" + base,
                    "./x.go" for a file in the current directory */
  char *load;    /* in the go command's own errors: ShortPath(file) */
} Names;

/* base.ShortPath: the path relative to the current directory when that is
** shorter. [abs] and [cwd] are clean absolute paths. */
static char *short_path(const char *cwd, const char *abs) {
  char *rel = rel_path(cwd, abs);
  if (rel && strlen(rel) < strlen(abs)) return rel;
  free(rel);
  return strdup(abs);
}

/* Both names for [path]; on memory exhaustion, the path as given. */
static Names go_names(const char *path) {
  Names n = {NULL, NULL};
  char *cwd = current_dir();
  char *abs = cwd ? malloc(strlen(cwd) + strlen(path) + 3) : NULL;
  if (abs) {
    if (path[0] == '/') strcpy(abs, path);
    else sprintf(abs, "%s/%s", cwd, path);
    clean_abs(abs);
    clean_abs(cwd);
    n.load = short_path(cwd, abs);
    char *slash = strrchr(abs, '/');
    const char *base = slash + 1;
    *slash = '\0';
    char *dir = short_path(cwd, abs[0] ? abs : "/");
    n.compile = dir ? malloc(strlen(dir) + strlen(base) + 2) : NULL;
    if (n.compile)
      sprintf(n.compile, "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", base);
    free(dir);
  }
  free(abs);
  free(cwd);
  if (!n.compile) n.compile = strdup(path);
  if (!n.load) n.load = strdup(path);
  return n;
}

/* }================================================================== */

/* {==================================================================
** The go command's load step
**
** Before compiling, `go run` reads the file's header (package clause and
** imports) with go/build and go/parser, and reports problems there in its
** own form: no "# command-line-arguments" line, the file named by its
** shortest path ("x.go", not "./x.go"), only the first error, exit status 1:
**   x.go:1:1: expected 'package', found 'EOF'
**   package command-line-arguments is not a main package
**   go: reading x.go: unexpected NUL in input
** This section reproduces that step: a small go/scanner (tokens, automatic
** semicolons, comments, literal errors) and the header part of go/parser,
** with its messages and its rule that a second error on the same line is
** dropped. Whether an imported package exists is the compiler's business.
** =================================================================== */

typedef enum {
  L_EOF, L_ILLEGAL, L_IDENT, L_KEYWORD, L_STRING, L_LIT, L_SEMI, L_OP
} LTok;

typedef struct LoadErr { size_t off; char msg[200]; } LoadErr;

typedef struct Loader {
  const char *src;
  size_t len, off;    /* next byte to scan */
  bool insert_semi;   /* a newline now ends a statement */
  /* the current token */
  LTok tok;
  size_t tpos, tlen;  /* its offset and length in src */
  bool newline_semi;  /* an automatic semicolon (printed "newline") */
  LoadErr errs[8];
  int nerrs;
} Loader;

static const char *const go_keywords[] = {
  "break", "case", "chan", "const", "continue", "default", "defer", "else",
  "fallthrough", "for", "func", "go", "goto", "if", "import", "interface",
  "map", "package", "range", "return", "select", "struct", "switch", "type",
  "var",
};

/* Longest first, so the first prefix match is the token. */
static const char *const go_ops[] = {
  "<<=", ">>=", "&^=", "...", "&&", "||", "<-", "++", "--", "==", "!=", "<=",
  ">=", ":=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<", ">>",
  "&^", "+", "-", "*", "/", "%", "&", "|", "^", "<", ">", "=", "!", "(",
  ")", "[", "]", "{", "}", ",", ";", ".", ":", "~",
};

static void load_error(Loader *l, size_t off, const char *fmt, const char *arg) {
  if (l->nerrs == (int)(sizeof l->errs / sizeof l->errs[0])) return;
  LoadErr *e = &l->errs[l->nerrs++];
  e->off = off;
  snprintf(e->msg, sizeof e->msg, fmt, arg);
}

static int peek(const Loader *l, size_t k) {
  return l->off + k < l->len ? (unsigned char)l->src[l->off + k] : -1;
}

static bool is_letter(int c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}
static bool is_digit(int c) { return c >= '0' && c <= '9'; }

static int digit_val(int c) {
  if (is_digit(c)) return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return 16;
}

/* "U+0040 '@'" (%#U) for an ASCII character. */
static const char *char_name(int c, char buf[16]) {
  if (c < 0) return "EOF";
  if (c >= 0x20 && c < 0x7F) snprintf(buf, 16, "U+%04X '%c'", c, c);
  else snprintf(buf, 16, "U+%04X", c);
  return buf;
}

/* go/scanner's scanEscape; the backslash is consumed. */
static bool scan_escape(Loader *l, int quote) {
  size_t offs = l->off;
  int n, base;
  uint32_t max;
  int c = peek(l, 0);
  if (c == 'a' || c == 'b' || c == 'f' || c == 'n' || c == 'r' || c == 't' ||
      c == 'v' || c == '\\' || c == quote) {
    l->off++;
    return true;
  }
  if (c >= '0' && c <= '7') {
    n = 3, base = 8, max = 255;
  } else if (c == 'x' || c == 'u' || c == 'U') {
    l->off++;
    n = c == 'x' ? 2 : c == 'u' ? 4 : 8;
    base = 16;
    max = c == 'x' ? 255 : 0x10FFFF;
  } else {
    load_error(l, offs, "%s", c < 0 ? "escape sequence not terminated" : "unknown escape sequence");
    return false;
  }
  uint32_t x = 0;
  for (; n > 0; n--, l->off++) {
    int d = digit_val(peek(l, 0));
    if (d >= base) {
      char buf[16];
      if (peek(l, 0) < 0) load_error(l, l->off, "%s", "escape sequence not terminated");
      else load_error(l, l->off, "illegal character %s in escape sequence", char_name(peek(l, 0), buf));
      return false;
    }
    x = x * (uint32_t)base + (uint32_t)d;
  }
  if (x > max || (0xD800 <= x && x < 0xE000)) {
    load_error(l, offs, "%s", "escape sequence is invalid Unicode code point");
    return false;
  }
  return true;
}

/* Strings and runes; the opening quote is consumed. */
static void scan_quoted(Loader *l, int quote) {
  size_t offs = l->off - 1;
  bool valid = true;
  int n = 0;
  for (;;) {
    int c = peek(l, 0);
    if (c == '\n' || c < 0) {
      if (valid) load_error(l, offs, "%s", quote == '"' ? "string literal not terminated" : "rune literal not terminated");
      return;
    }
    l->off++;
    if (c == quote) break;
    if ((c & 0xC0) != 0x80) n++; /* count runes, not bytes */
    if (c == '\\' && !scan_escape(l, quote)) valid = false;
  }
  if (quote == '\'' && valid && n != 1) load_error(l, offs, "%s", "illegal rune literal");
}

/* After a '/' that starts a comment, with insert_semi set: does a newline
** or the end of the file come before the next token? (go/scanner's
** findLineEnd; nothing is consumed.) */
static bool comment_reaches_line_end(const Loader *l, size_t i) {
  /* i: the second character of the comment opener */
  while (i < l->len && (l->src[i] == '/' || l->src[i] == '*')) {
    if (l->src[i] == '/') return true;
    for (i++; i < l->len; i++) {
      if (l->src[i] == '\n') return true;
      if (l->src[i] == '*' && i + 1 < l->len && l->src[i + 1] == '/') {
        i += 2;
        break;
      }
    }
    while (i < l->len && (l->src[i] == ' ' || l->src[i] == '\t' || l->src[i] == '\r')) i++;
    if (i >= l->len || l->src[i] == '\n') return true;
    if (l->src[i] != '/') return false;
    i++;
  }
  return false;
}

/* Skips a comment whose opening '/' is consumed. */
static void skip_comment(Loader *l) {
  size_t offs = l->off - 1;
  if (peek(l, 0) == '/') {
    while (l->off < l->len && l->src[l->off] != '\n') l->off++;
    return;
  }
  for (l->off++; l->off < l->len; l->off++) {
    if (l->src[l->off] == '*' && peek(l, 1) == '/') {
      l->off += 2;
      return;
    }
  }
  load_error(l, offs, "%s", "comment not terminated");
}

static void set_tok(Loader *l, LTok t, size_t pos, bool semi_after) {
  l->tok = t;
  l->tpos = pos;
  l->tlen = l->off - pos;
  l->insert_semi = semi_after;
  l->newline_semi = false;
}

static void next_tok(Loader *l) {
  for (;;) {
    while (l->off < l->len) {
      char c = l->src[l->off];
      if (c == ' ' || c == '\t' || c == '\r' || (c == '\n' && !l->insert_semi)) l->off++;
      else break;
    }
    size_t pos = l->off;
    int c = peek(l, 0);
    bool comment = c == '/' && (peek(l, 1) == '/' || peek(l, 1) == '*');
    /* A newline, the end, or a comment running past the line end a
    ** statement after an identifier, literal, closing bracket, ... */
    if (l->insert_semi && (c < 0 || c == '\n' || (comment && comment_reaches_line_end(l, pos + 1)))) {
      if (c == '\n') l->off++;
      set_tok(l, L_SEMI, pos, false);
      l->tlen = 0;
      l->newline_semi = true;
      return;
    }
    if (c < 0) {
      set_tok(l, L_EOF, pos, false);
      return;
    }
    if (comment) {
      l->off = pos + 1;
      skip_comment(l);
      continue;
    }
    if (is_letter(c)) {
      while (l->off < l->len && (is_letter(peek(l, 0)) || is_digit(peek(l, 0)))) l->off++;
      size_t n = l->off - pos;
      for (size_t k = 0; k < sizeof go_keywords / sizeof go_keywords[0]; k++) {
        if (strlen(go_keywords[k]) == n && !memcmp(go_keywords[k], l->src + pos, n)) {
          bool semi = !strcmp(go_keywords[k], "break") || !strcmp(go_keywords[k], "continue") ||
                      !strcmp(go_keywords[k], "fallthrough") || !strcmp(go_keywords[k], "return");
          set_tok(l, L_KEYWORD, pos, semi);
          return;
        }
      }
      set_tok(l, L_IDENT, pos, true);
      return;
    }
    if (is_digit(c) || (c == '.' && is_digit(peek(l, 1)))) {
      for (l->off++; l->off < l->len; l->off++) {
        int d = peek(l, 0), prev = (unsigned char)l->src[l->off - 1];
        bool sign = (d == '+' || d == '-') && (prev == 'e' || prev == 'E' || prev == 'p' || prev == 'P');
        if (!(is_letter(d) || is_digit(d) || d == '.' || sign) || d >= 0x80) break;
      }
      set_tok(l, L_LIT, pos, true);
      return;
    }
    l->off++;
    if (c == '"' || c == '\'') {
      scan_quoted(l, c);
      set_tok(l, c == '"' ? L_STRING : L_LIT, pos, true);
      return;
    }
    if (c == '`') {
      while (l->off < l->len && l->src[l->off] != '`') l->off++;
      if (l->off < l->len) l->off++;
      else load_error(l, pos, "%s", "raw string literal not terminated");
      set_tok(l, L_STRING, pos, true);
      return;
    }
    for (size_t k = 0; k < sizeof go_ops / sizeof go_ops[0]; k++) {
      size_t n = strlen(go_ops[k]);
      if (pos + n <= l->len && !memcmp(go_ops[k], l->src + pos, n)) {
        l->off = pos + n;
        bool closing = n == 1 && (c == ')' || c == ']' || c == '}');
        set_tok(l, c == ';' && n == 1 ? L_SEMI : L_OP, pos, closing);
        return;
      }
    }
    char buf[16];
    load_error(l, pos, "illegal character %s", char_name(c, buf));
    set_tok(l, L_ILLEGAL, pos, l->insert_semi);
    return;
  }
}

static bool tok_is(const Loader *l, LTok t, const char *text) {
  return l->tok == t && (!text || (l->tlen == strlen(text) && !memcmp(l->src + l->tpos, text, l->tlen)));
}

/* go/parser's error: a second error on the line of the last one is dropped. */
static int line_of(const Loader *l, size_t off);

static void parse_error(Loader *l, size_t off, const char *msg) {
  if (l->nerrs > 0 && line_of(l, l->errs[l->nerrs - 1].off) == line_of(l, off)) return;
  load_error(l, off, "%s", msg);
}

/* "expected X, found Y" at the current token (errorExpected). */
static void expected(Loader *l, const char *what) {
  char msg[200];
  int n = (int)(l->tlen > 80 ? 80 : l->tlen);
  const char *text = l->src + l->tpos;
  if (l->newline_semi) snprintf(msg, sizeof msg, "expected %s, found newline", what);
  else if (l->tok == L_IDENT || l->tok == L_STRING || l->tok == L_LIT)
    snprintf(msg, sizeof msg, "expected %s, found %.*s", what, n, text);
  else if (l->tok == L_EOF) snprintf(msg, sizeof msg, "expected %s, found 'EOF'", what);
  else if (l->tok == L_ILLEGAL) snprintf(msg, sizeof msg, "expected %s, found 'ILLEGAL'", what);
  else snprintf(msg, sizeof msg, "expected %s, found '%.*s'", what, n, text);
  parse_error(l, l->tpos, msg);
}

/* p.expect: complain unless the token is [text], then move on. */
static void expect(Loader *l, LTok t, const char *text, const char *what) {
  if (!tok_is(l, t, text)) expected(l, what);
  next_tok(l);
}

static bool expect_semi(Loader *l) {
  if (tok_is(l, L_OP, ")") || tok_is(l, L_OP, "}")) return true;
  if (tok_is(l, L_OP, ",")) {
    expected(l, "';'");
    next_tok(l);
    return false;
  }
  if (l->tok == L_SEMI) {
    next_tok(l);
    return true;
  }
  expected(l, "';'");
  return false;
}

/* isValidImport on the literal of an import path (no escapes decoded: a
** backslash is itself illegal there). */
static bool valid_import(const char *lit, size_t n) {
  if (n <= 2) return false;
  for (size_t i = 1; i + 1 < n; i++) {
    unsigned char c = (unsigned char)lit[i];
    if (c <= ' ' || c == 0x7F || strchr("!\"#$%&'()*,:;<=>?[\\]^{|}`", c)) return false;
  }
  return true;
}

/* One import spec; false after an error (only the first one matters). */
static bool parse_import_spec(Loader *l) {
  if (tok_is(l, L_OP, ".") || l->tok == L_IDENT) next_tok(l);
  if (l->tok == L_STRING) {
    if (!valid_import(l->src + l->tpos, l->tlen)) {
      char msg[200];
      snprintf(msg, sizeof msg, "invalid import path: %.*s", (int)(l->tlen > 80 ? 80 : l->tlen), l->src + l->tpos);
      parse_error(l, l->tpos, msg);
      return false;
    }
    next_tok(l);
  } else {
    expected(l, "'STRING'");
    return false;
  }
  return expect_semi(l);
}

static bool parse_imports(Loader *l) {
  while (tok_is(l, L_KEYWORD, "import")) {
    next_tok(l);
    if (!tok_is(l, L_OP, "(")) {
      if (!parse_import_spec(l)) return false;
      continue;
    }
    next_tok(l);
    while (!tok_is(l, L_OP, ")") && l->tok != L_EOF)
      if (!parse_import_spec(l)) return false;
    if (!tok_is(l, L_OP, ")")) {
      expected(l, "')'");
      return false;
    }
    next_tok(l);
    if (!expect_semi(l)) return false;
  }
  return true;
}

/* A line starts after each '\n' that is not the file's last byte (as
** go/token's AddLine). */
static int line_of(const Loader *l, size_t off) {
  int line = 1;
  for (size_t i = 0; i < off && i < l->len; i++)
    if (l->src[i] == '\n' && i + 1 < l->len) line++;
  return line;
}

static int col_of(const Loader *l, size_t off) {
  size_t start = 0;
  for (size_t i = 0; i < off && i < l->len; i++)
    if (l->src[i] == '\n' && i + 1 < l->len) start = i + 1;
  return (int)(off - start) + 1;
}

/* go/build's importReader: it reads bytes up to the end of the imports
** (';' counts as space there) and decides what go/parser will see. */
typedef enum { RD_OK, RD_SYNTAX, RD_NUL } ReadErr;

typedef struct Reader {
  const char *src;
  size_t len, pos; /* pos: bytes read so far */
  int peek;        /* a byte read ahead, 0 if none */
  bool eof;
  ReadErr err;
} Reader;

static bool ident_byte(int c) { return is_letter(c) || is_digit(c); }

static void rd_syntax(Reader *r) {
  if (r->err == RD_OK) r->err = RD_SYNTAX;
}

static int rd_byte(Reader *r) {
  if (r->pos >= r->len) {
    r->eof = true;
    return 0;
  }
  int c = (unsigned char)r->src[r->pos++];
  if (c == 0 && r->err == RD_OK) r->err = RD_NUL;
  return c;
}

static int rd_peek(Reader *r, bool skip_space) {
  if (r->err != RD_OK) return 0;
  int c = r->peek ? r->peek : rd_byte(r);
  while (r->err == RD_OK && !r->eof && skip_space) {
    if (c == ' ' || c == '\f' || c == '\t' || c == '\r' || c == '\n' || c == ';') {
      c = rd_byte(r);
      continue;
    }
    if (c != '/') break;
    c = rd_byte(r);
    if (c == '/') {
      while (c != '\n' && r->err == RD_OK && !r->eof) c = rd_byte(r);
    } else if (c == '*') {
      int c1 = 0;
      while ((c != '*' || c1 != '/') && r->err == RD_OK) {
        if (r->eof) rd_syntax(r);
        c = c1;
        c1 = rd_byte(r);
      }
    } else {
      rd_syntax(r);
    }
    c = rd_byte(r);
  }
  r->peek = c;
  return c;
}

static int rd_next(Reader *r, bool skip_space) {
  int c = rd_peek(r, skip_space);
  r->peek = 0;
  return c;
}

static void rd_keyword(Reader *r, const char *kw) {
  rd_peek(r, true);
  for (; *kw; kw++) {
    if (rd_next(r, false) != (unsigned char)*kw) {
      rd_syntax(r);
      return;
    }
  }
  if (ident_byte(rd_peek(r, false))) rd_syntax(r);
}

static void rd_ident(Reader *r) {
  if (!ident_byte(rd_peek(r, true))) {
    rd_syntax(r);
    return;
  }
  while (ident_byte(rd_peek(r, false))) r->peek = 0;
}

static void rd_string(Reader *r) {
  int q = rd_next(r, true);
  if (q != '`' && q != '"') {
    rd_syntax(r);
    return;
  }
  while (r->err == RD_OK) {
    int c = rd_next(r, false);
    if (c == q) break;
    if (r->eof || (q == '"' && c == '\n')) rd_syntax(r);
    if (q == '"' && c == '\\') rd_next(r, false);
  }
}

static void rd_import(Reader *r) {
  int c = rd_peek(r, true);
  if (c == '.') r->peek = 0;
  else if (ident_byte(c)) rd_ident(r);
  rd_string(r);
}

/* How many bytes go/parser gets: the header, or the whole file when the
** reader met a syntax error; -1 when it met a NUL byte. */
static long header_size(const char *src, size_t len) {
  Reader r = {.src = src, .len = len};
  rd_keyword(&r, "package");
  rd_ident(&r);
  while (rd_peek(&r, true) == 'i') {
    rd_keyword(&r, "import");
    if (rd_peek(&r, true) == '(') {
      rd_next(&r, false);
      while (rd_peek(&r, true) != ')' && r.err == RD_OK) rd_import(&r);
      rd_next(&r, false);
    } else {
      rd_import(&r);
    }
  }
  if (r.err == RD_SYNTAX) return memchr(src, '\0', len) ? -1 : (long)len;
  if (r.err == RD_NUL) return -1;
  return (long)(r.eof ? r.pos : r.pos - 1); /* not the byte that stopped it */
}

/* Checks the header of [src]; on a problem prints go run's message and
** returns 1 (the exit status), else 0. [path] is the name as given, [shown]
** the file's short name. */
static int check_header(const char *path, const char *shown, const char *src, size_t len) {
  if (len >= 3 && !memcmp(src, "\xEF\xBB\xBF", 3)) { /* go/build drops a BOM */
    src += 3;
    len -= 3;
  }
  long size = header_size(src, len);
  if (size < 0) {
    fprintf(stderr, "go: reading %s: unexpected NUL in input\n", path);
    return 1;
  }
  Loader l = {.src = src, .len = (size_t)size};
  next_tok(&l);
  expect(&l, L_KEYWORD, "package", "'package'");
  size_t name = l.tpos, namelen = l.tok == L_IDENT ? l.tlen : 0;
  expect(&l, L_IDENT, NULL, "'IDENT'");
  if (l.nerrs == 0 && expect_semi(&l)) parse_imports(&l);
  if (l.nerrs > 0) {
    const LoadErr *first = &l.errs[0];
    for (int i = 1; i < l.nerrs; i++)
      if (l.errs[i].off < first->off) first = &l.errs[i];
    fprintf(stderr, "%s:%d:%d: %s\n", shown, line_of(&l, first->off), col_of(&l, first->off), first->msg);
    return 1;
  }
  if (namelen != 4 || memcmp(src + name, "main", 4) != 0) {
    fputs("package command-line-arguments is not a main package\n", stderr);
    return 1;
  }
  return 0;
}

/* }================================================================== */

/* The compiler resolves imports, but an unknown one is the go command's
** load error: `go run` prints those lines alone, under the load name and
** without the header. True when [line] is one ("NAME:L:C: package P is
** not in GOROOT (...)"). */
static bool is_import_error(const char *line, size_t n, const char *compile_name) {
  size_t k = strlen(compile_name);
  static const char tail[] = " is not in GOROOT (";
  if (n <= k || memcmp(line, compile_name, k) != 0 || line[k] != ':') return false;
  const char *msg = memchr(line + k + 1, ' ', n - k - 1); /* after "L:C:" */
  if (!msg || (size_t)(line + n - msg) < 9 || memcmp(msg, " package ", 9) != 0) return false;
  for (const char *p = msg; p + sizeof tail - 1 <= line + n; p++)
    if (!memcmp(p, tail, sizeof tail - 1)) return true;
  return false;
}

static void print_compile_errors(vm_State *vm, const Names *names) {
  const char *err = vm_error(vm);
  bool load_errors = false;
  for (const char *l = err; *l;) {
    const char *e = strchr(l, '\n');
    size_t n = e ? (size_t)(e - l) : strlen(l);
    if (is_import_error(l, n, names->compile)) {
      fprintf(stderr, "%s%.*s\n", names->load, (int)(n - strlen(names->compile)), l + strlen(names->compile));
      load_errors = true;
    }
    l += n + (e != NULL);
  }
  if (load_errors) return;
  size_t n = strlen(err);
  fputs("# command-line-arguments\n", stderr);
  fputs(err, stderr);
  if (n > 0 && err[n - 1] != '\n') fputc('\n', stderr);
}

/* "stat x.go: no such file or directory": strerror in Go's lower case. */
static int os_error(const char *op, const char *path, int err) {
  char msg[128];
  snprintf(msg, sizeof msg, "%s", strerror(err));
  if (msg[0] >= 'A' && msg[0] <= 'Z') msg[0] = (char)(msg[0] - 'A' + 'a');
  fprintf(stderr, "%s %s: %s\n", op, path, msg);
  return 1;
}

/* The whole file, or NULL with errno set. */
static char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  char *buf = NULL;
  size_t n = 0, cap = 0;
  int err = 0;
  for (;;) {
    if (n == cap) {
      char *p = realloc(buf, cap = cap ? cap * 2 : 65536);
      if (!p) {
        err = ENOMEM;
        break;
      }
      buf = p;
    }
    size_t got = fread(buf + n, 1, cap - n, f);
    n += got;
    if (got == 0) {
      if (ferror(f)) err = errno ? errno : EIO;
      break;
    }
  }
  fclose(f);
  if (err) {
    free(buf);
    errno = err;
    return NULL;
  }
  *len = n;
  return buf;
}

/* Loads [path] as `go run` would; prints what it prints on failure.
** Returns -1 on success, else the exit status. */
static int load(vm_State *vm, const char *path) {
  struct stat st;
  if (stat(path, &st) != 0) return os_error("stat", path, errno);
  size_t len = 0;
  char *src = read_file(path, &len);
  if (!src) return os_error("read", path, errno);
  Names names = go_names(path);
  int status = check_header(path, names.load, src, len);
  vm_Result r = VM_OK;
  if (status == 0) r = vm_load_string(vm, names.compile, src, len);
  free(src);
  if (status == 0 && r != VM_OK) {
    if (r == VM_ERR_COMPILE) print_compile_errors(vm, &names);
    else fputs(vm_error(vm), stderr);
    status = vm_exit_status(vm);
    if (status == 0) status = 1;
  }
  free(names.compile);
  free(names.load);
  return status == 0 ? -1 : status;
}

int main(int argc, char **argv) {
  Options o = {0};
  vm_config_init(&o.cfg);
  int i = 1, status = parse_flags(argc, argv, &o, &i);
  if (status >= 0) return status;
  if (o.version) {
    printf("vm version %s\n", VM_VERSION);
    return 0;
  }
  bool disasm = false;
  if (i < argc && !strcmp(argv[i], "run")) {
    i++;
  } else if (i < argc && !strcmp(argv[i], "disasm")) {
    disasm = true;
    i++;
  }
  if (i >= argc) {
    usage();
    return 2;
  }
  if (disasm && i + 1 < argc) {
    fputs("vm disasm: too many arguments\n", stderr);
    usage();
    return 2;
  }

  vm_State *vm = vm_new(&o.cfg);
  if (!vm) {
    fputs("fatal error: runtime: out of memory\n", stderr);
    return 2;
  }
  status = load(vm, argv[i]);
  if (status < 0) {
    if (disasm) {
      vm_disasm(vm);
      status = 0;
    } else {
      /* os.Args: the file as given, then the program's arguments */
      vm_set_args(vm, argc - i, (const char *const *)(argv + i));
      vm_run_main(vm);
      status = vm_exit_status(vm);
    }
  }
  vm_free(vm);
  return status;
}
