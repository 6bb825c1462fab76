/*
** header.c — the go command's load step: what `go run x.go` finds wrong with
** a file before the compiler ever sees it, reported in the go command's words
** (load errors, cmp_load_error). The compiler proper runs only when this
** step passes.
**
** The go command reads the file's header (package clause and imports) twice:
**  1. go/build's importReader skims bytes: `package` NAME, then `import`
**     declarations, ';' counting as space. It stops cleanly before the first
**     byte that cannot continue that shape (the header is everything before
**     it), or meets a syntax error (the header is then the whole file). A NUL
**     byte among the bytes it read is "go: reading PATH: unexpected NUL in
**     input".
**  2. go/parser parses that header in ImportsOnly mode: package clause,
**     import declarations, and nothing after them. Its errors use
**     go/scanner's and go/parser's wording ("expected 'package', found
**     'EOF'", "string literal not terminated", "invalid import path: ...");
**     a parser error on the line of the previous error is dropped, and only
**     the first error by position is printed.
** With the header well-formed, the package must be `main` ("package
** command-line-arguments is not a main package", no position) and every
** import must exist: one "package P is not in GOROOT (...)" per distinct path,
** in path order, at the path's first import (both kinds may be printed).
**
** Both passes run compiler/lex.c's scanner; gc's lexical messages are mapped
** to go/scanner's. Pass 1 follows importReader token by token, which is exact
** except inside tokens that the reader would split (it sees `package 9.5` as
** `package 9`, which is handled) or join (`package 9x`, not handled: only which
** NUL bytes count could differ).
**
** Invariants:
**  - Work is linear in the file: each lexical error costs O(1) (no position
**    arithmetic per error), so no input makes the check slow.
**  - Positions are go/token's: byte columns, and a '\n' that is the last byte
**    of the text starts no line (so EOF after a final newline is reported at
**    the end of the last line, "x.go:1:9").
*/
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler.h"
#include "lex.h"
#include "../runtime/stdlib.def"

typedef struct Import {
  const char *path; /* unquoted */
  Pos pos;          /* of the spec: its name, else its path */
} Import;

typedef struct Hdr {
  Comp *c;
  const char *text; /* the file without a leading BOM (go/build drops it) */
  size_t len;       /* bytes that the current pass reads; text[len] == 0 */
  Lexer lx;
  Pos eof;          /* the lexer's position of EOF ... */
  Pos goeof;        /* ... and go/token's */
  /* pass 1: a byte that starts no token is the current token (stray_seen,
  ** at stray), or follows it (pending, at after) */
  bool stray_seen, after_seen, pending;
  Pos stray, after;
  /* go/parser's error list, reduced to what is printed */
  int nerrs;
  Pos first;        /* the first error by (position, message), as sorted */
  char *firstmsg;
  int lastline;     /* line of the last recorded error */
  /* the header, once parsed */
  const char *name;
  int namelen;
  PtrVec imports;   /* Import* */
} Hdr;

static bool pos_eq(Pos a, Pos b) { return a.line == b.line && a.col == b.col; }

static bool has_prefix(const char *s, const char *p) { return strncmp(s, p, strlen(p)) == 0; }

static bool has_suffix(const char *s, const char *x) {
  size_t n = strlen(s), k = strlen(x);
  return n >= k && strcmp(s + n - k, x) == 0;
}

static char *vformat(Hdr *h, const char *fmt, va_list ap) {
  va_list ap2;
  va_copy(ap2, ap);
  int n = vsnprintf(NULL, 0, fmt, ap);
  if (n < 0) n = 0;
  char *s = arena_alloc(&h->c->arena, (size_t)n + 1);
  vsnprintf(s, (size_t)n + 1, fmt, ap2);
  va_end(ap2);
  return s;
}

/* Starts a pass over text[0..len), text[len] being a NUL byte. */
static void start(Hdr *h, size_t len, lex_ErrorFn errh) {
  h->len = len;
  /* EOF's position in both systems, so that converting one stays O(1) */
  int line = 1;
  size_t bol = 0;
  for (size_t i = 0; i < len; i++)
    if (h->text[i] == '\n') line++, bol = i + 1;
  h->eof = (Pos){line, (int)(len - bol) + 1, 0};
  h->goeof = h->eof;
  if (len > 0 && h->text[len - 1] == '\n') {
    size_t s = len - 1;
    while (s > 0 && h->text[s - 1] != '\n') s--;
    h->goeof = (Pos){line - 1, (int)(len - s) + 1, 0};
  }
  lex_init(&h->lx, h->text, len, errh, h);
}

/* go/token's position for one the lexer reported: they differ only at EOF. */
static Pos go_pos(const Hdr *h, Pos p) { return pos_eq(p, h->eof) ? h->goeof : p; }

static Pos tok_pos(const Hdr *h) { return (Pos){h->lx.tline, h->lx.tcol, 0}; }

/* The byte offset of a lexer position (1-based line, byte column). */
static size_t offset_of(const Hdr *h, Pos p) {
  size_t off = 0;
  for (int line = 1; line < p.line && off < h->len; off++)
    if (h->text[off] == '\n') line++;
  off += (size_t)(p.col - 1);
  return off < h->len ? off : h->len;
}

/* {==================================================================
** Pass 1: go/build's importReader
** =================================================================== */

/* The lexer reports and skips bytes that start no token (a stray character;
** invalid UTF-8, a BOM or a NUL outside literals and comments), where the
** reader stops: such a byte counts as a token here. One before the token
** the lexer returns is met while skipping space (seg < 0), or is a stray
** character (reported at its own position); one right after an operator or
** newline is met while the lexer steps past that token (seg >= 0, and the
** token has no literal text, which would contain the byte). */
static void note_stray(void *ud, int line, int col, const char *msg) {
  Hdr *h = ud;
  const Lexer *lx = &h->lx;
  Pos at = {line, col, 0};
  bool skipped = !strcmp(msg, "invalid UTF-8 encoding") || !strcmp(msg, "invalid NUL character") ||
                 !strcmp(msg, "invalid BOM in the middle of the file");
  bool stray = has_prefix(msg, "invalid character U+") && !has_suffix(msg, " in identifier");
  if ((stray || (skipped && lx->seg < 0)) && !h->stray_seen) {
    h->stray_seen = true;
    h->stray = at;
  } else if (skipped && lx->seg >= 0 && lx->src[lx->seg] != '/' && !h->after_seen) {
    h->after_seen = true;
    h->after = at;
  }
}

/* The reader's next token; ';' counts as space. */
static void rd_next(Hdr *h) {
  h->stray_seen = h->pending;
  h->stray = h->after;
  h->pending = false;
  while (!h->stray_seen) {
    h->after_seen = false;
    lex_next(&h->lx);
    if (h->stray_seen) return;
    bool after = h->after_seen && h->lx.lit == NULL && h->lx.tok != TK_EOF;
    if (h->lx.tok != TK_SEMICOLON) {
      h->pending = after; /* the next token */
      return;
    }
    h->stray_seen = after;
    h->stray = h->after;
  }
}

/* The current token's source text ("" at EOF). */
static const char *tok_text(const Lexer *lx, size_t *n) {
  if (lx->lit) {
    *n = (size_t)lx->litlen;
    return lx->lit;
  }
  const char *s = lx->tok == TK_EOF ? "" : ast_token_string(lx->tok);
  *n = strlen(s);
  return s;
}

/* How many leading bytes of s the reader takes as an identifier: letters,
** digits, '_' and every non-ASCII byte. */
static size_t ident_run(const char *s, size_t n) {
  size_t i = 0;
  while (i < n) {
    unsigned char b = (unsigned char)s[i];
    if (!(b == '_' || b >= 0x80 || (b >= '0' && b <= '9') || ((b | 0x20) >= 'a' && (b | 0x20) <= 'z')))
      break;
    i++;
  }
  return i;
}

/* Whether a string token has its closing quote: the reader's string ends
** there, and a newline or EOF before it is a syntax error. */
static bool closed_string(const char *s, size_t n) {
  if (n < 2) return false;
  if (s[0] == '`') return s[n - 1] == '`';
  for (size_t i = 1; i < n; i++) {
    if (s[i] == '\\') i++;
    else if (s[i] == '"') return i == n - 1;
  }
  return false;
}

/* readImport: [ '.' | ident ] string; leaves the string current. */
static bool rd_spec(Hdr *h) {
  size_t n;
  const char *s = tok_text(&h->lx, &n);
  if (h->stray_seen) return false;
  if (h->lx.tok == TK_PERIOD) {
    rd_next(h);
  } else if (ident_run(s, n) > 0) {
    if (ident_run(s, n) < n) return false; /* "1.5": the reader wants a string at '.' */
    rd_next(h);
  }
  s = tok_text(&h->lx, &n);
  return !h->stray_seen && h->lx.tok == TK_STRING && closed_string(s, n);
}

/* Where the header ends; *whole when the reader meets a syntax error (the
** header is then the whole file, and every byte of it was read). */
static size_t header_end(Hdr *h, bool *whole) {
  Lexer *lx = &h->lx;
  size_t n;
  *whole = true;
  start(h, h->len, note_stray);
  rd_next(h);
  if (h->stray_seen || lx->tok != TK_PACKAGE) return h->len;
  rd_next(h);
  const char *s = tok_text(lx, &n);
  size_t run = ident_run(s, n);
  if (h->stray_seen || run == 0) return h->len;
  if (run < n) { /* the name ends inside a number, before '.', '+' or '-' */
    *whole = false;
    return offset_of(h, tok_pos(h)) + run;
  }
  for (;;) {
    rd_next(h);
    if (h->stray_seen) {
      *whole = false;
      return offset_of(h, h->stray);
    }
    if (lx->tok == TK_IMPORT) {
      rd_next(h);
      if (h->stray_seen) return h->len;
      if (lx->tok != TK_LPAREN) {
        if (!rd_spec(h)) return h->len;
        continue;
      }
      for (rd_next(h); h->stray_seen || lx->tok != TK_RPAREN; rd_next(h))
        if (!rd_spec(h)) return h->len;
      continue;
    }
    if (lx->tok == TK_EOF) {
      *whole = false;
      return h->len;
    }
    /* an 'i' that does not start `import`, or a '/' that starts no comment */
    s = tok_text(lx, &n);
    if (s[0] == 'i' || lx->tok == TK_QUO || lx->tok == TK_QUO_ASSIGN) return h->len;
    *whole = false;
    return offset_of(h, tok_pos(h));
  }
}

/* }================================================================== */

/* {==================================================================
** Pass 2: go/parser, ImportsOnly
** =================================================================== */

/* ErrorList.Add, keeping only what sorting would put first. */
static void add_error(Hdr *h, Pos lexpos, const char *msg) {
  Pos p = go_pos(h, lexpos);
  h->lastline = p.line;
  if (h->nerrs++ > 0 && (p.line > h->first.line ||
                         (p.line == h->first.line && p.col > h->first.col) ||
                         (pos_eq(p, h->first) && strcmp(msg, h->firstmsg) >= 0)))
    return;
  h->first = p;
  h->firstmsg = arena_strndup(&h->c->arena, msg, strlen(msg));
}

enum { AT_ERROR, AT_TOKEN, AT_ESCAPE };

/* gc's lexical messages (lex.c) as go/scanner words them, and where:
** at gc's position, at the literal's start, or at the escape's start. */
static const struct { const char *gc, *go; int at; } scan_msgs[] = {
  {"invalid UTF-8 encoding", "illegal UTF-8 encoding", AT_ERROR},
  {"invalid BOM in the middle of the file", "illegal byte order mark", AT_ERROR},
  {"invalid NUL character", "illegal character NUL", AT_ERROR},
  {"unknown escape", "unknown escape sequence", AT_ERROR},
  {"newline in string", "string literal not terminated", AT_TOKEN},
  {"newline in rune literal", "rune literal not terminated", AT_TOKEN},
  {"rune literal not terminated", "rune literal not terminated", AT_TOKEN},
  {"empty rune literal", "illegal rune literal", AT_TOKEN},
  {"more than one character in rune literal", "illegal rune literal", AT_TOKEN},
  {"octal escape value", "escape sequence is invalid Unicode code point", AT_ESCAPE},
  {"escape is invalid Unicode code point", "escape sequence is invalid Unicode code point", AT_ESCAPE},
};

/* go/scanner's error handler: every lexical error is recorded. */
static void scan_error(void *ud, int line, int col, const char *msg) {
  Hdr *h = ud;
  const Lexer *lx = &h->lx;
  Pos pos = {line, col, 0};
  char buf[64], u[32];
  if (has_prefix(msg, "invalid character ") && has_suffix(msg, " escape")) {
    /* gc quotes the character ('x'); go/scanner gives %#U; it is ch */
    snprintf(buf, sizeof buf, "illegal character %s in escape sequence", lex_format_U(lx->ch, u));
    msg = buf;
  } else if (has_prefix(msg, "invalid character U+") || has_prefix(msg, "identifier cannot begin with digit ")) {
    /* go/scanner ends the identifier there: the character is ILLEGAL */
    const char *rest = strstr(msg, "U+");
    const char *in = strstr(rest, " in identifier");
    snprintf(buf, sizeof buf, "illegal character %.*s", (int)(in ? in - rest : (long)strlen(rest)), rest);
    msg = buf;
  } else if (!strcmp(msg, "string not terminated")) {
    msg = lx->src[lx->seg] == '`' ? "raw string literal not terminated" : "string literal not terminated";
    pos = tok_pos(h);
  } else {
    for (size_t i = 0; i < sizeof scan_msgs / sizeof scan_msgs[0]; i++) {
      if (!has_prefix(msg, scan_msgs[i].gc)) continue;
      msg = scan_msgs[i].go;
      if (scan_msgs[i].at == AT_TOKEN) pos = tok_pos(h);
      if (scan_msgs[i].at == AT_ESCAPE) {
        /* reported after the digits; go/scanner points after the backslash */
        size_t off = lx->r - (size_t)lx->chw, back = 0;
        while (back < 11 && back < off && lx->src[off - back - 1] != '\\') back++;
        pos.col -= (int)back;
      }
      break;
    }
  }
  add_error(h, pos, msg);
}

/* p.error: a parser error on the line of the last error is dropped. */
static bool parse_error(Hdr *h, Pos lexpos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static bool parse_error(Hdr *h, Pos lexpos, const char *fmt, ...) {
  if (h->nerrs > 0 && h->lastline == go_pos(h, lexpos).line) return false;
  va_list ap;
  va_start(ap, fmt);
  char *msg = vformat(h, fmt, ap);
  va_end(ap);
  add_error(h, lexpos, msg);
  return false;
}

/* errorExpected at the current token. Only the first error is printed, and
** later ones lie further on, so every production gives up after it. */
static bool expected(Hdr *h, const char *what) {
  const Lexer *lx = &h->lx;
  Pos pos = tok_pos(h);
  switch (lx->tok) {
  case TK_SEMICOLON:
    if (strcmp(lx->semi, "semicolon") != 0) return parse_error(h, pos, "expected %s, found newline", what);
    break;
  case TK_IDENT: case TK_INT: case TK_FLOAT: case TK_IMAG: case TK_CHAR: case TK_STRING:
    return parse_error(h, pos, "expected %s, found %.*s", what, lx->litlen, lx->lit);
  default:
    break;
  }
  return parse_error(h, pos, "expected %s, found '%s'", what, ast_token_string(lx->tok));
}

static bool expect(Hdr *h, TokenKind k, const char *what) {
  if (h->lx.tok != k) return expected(h, what);
  lex_next(&h->lx);
  return true;
}

static bool expect_semi(Hdr *h) {
  switch (h->lx.tok) {
  case TK_RPAREN: case TK_RBRACE:
    return true;
  case TK_SEMICOLON:
    lex_next(&h->lx);
    return true;
  default:
    return expected(h, "';'");
  }
}

/* isValidImport: the unquoted path is non-empty, graphic, without spaces
** and without the characters below. */
static bool valid_import(const char *path, int64_t n) {
  if (n <= 0) return false;
  for (int64_t i = 0; i < n;) {
    int w;
    int32_t r = lex_decode_rune((const unsigned char *)path + i, (size_t)(n - i), &w);
    if (!lex_is_print(r) || r == ' ' || r == 0xFFFD ||
        (r < 0x80 && strchr("!\"#$%&'()*,:;<=>?[\\]^{|}`", (int)r)))
      return false;
    i += w;
  }
  return true;
}

static bool import_spec(Hdr *h) {
  Lexer *lx = &h->lx;
  Pos pos = tok_pos(h);
  if (lx->tok == TK_PERIOD || lx->tok == TK_IDENT) lex_next(lx);
  if (lx->tok != TK_STRING) return expected(h, "'STRING'");
  char *path = NULL;
  int64_t n = lex_unquote_string(h->c, lx->lit, (size_t)lx->litlen, &path);
  if (!valid_import(path, n)) return parse_error(h, tok_pos(h), "invalid import path: %.*s", lx->litlen, lx->lit);
  Import *imp = arena_alloc(&h->c->arena, sizeof *imp);
  *imp = (Import){path, pos};
  ptrvec_push(&h->c->arena, &h->imports, imp);
  lex_next(lx);
  return expect_semi(h);
}

/* After `import`: one spec or a parenthesised group. */
static bool import_decl(Hdr *h) {
  Lexer *lx = &h->lx;
  if (lx->tok != TK_LPAREN) return import_spec(h);
  lex_next(lx);
  while (lx->tok != TK_RPAREN && lx->tok != TK_EOF)
    if (!import_spec(h)) return false;
  return expect(h, TK_RPAREN, "')'") && expect_semi(h);
}

/* The header; false once it is known to have errors. */
static bool parse_header(Hdr *h) {
  Lexer *lx = &h->lx;
  lex_next(lx);
  if (!expect(h, TK_PACKAGE, "'package'")) return false;
  if (lx->tok != TK_IDENT) return expected(h, "'IDENT'");
  h->name = lx->lit;
  h->namelen = lx->litlen;
  lex_next(lx);
  /* go/parser stops after errors in the package clause */
  if (!expect_semi(h) || h->nerrs > 0) return false;
  while (lx->tok == TK_IMPORT) {
    lex_next(lx);
    if (!import_decl(h)) return false;
  }
  return h->nerrs == 0;
}

/* }================================================================== */

bool hdr_std_package(const char *path) {
#define X(pkg, name, sig, fn) if (strcmp(pkg, path) == 0) return true;
  STDLIB_FUNCS(X)
  STDLIB_VARS(X)
#undef X
#define X(pkg, type, name, sig, fn) if (strcmp(pkg, path) == 0) return true;
  STDLIB_METHODS(X)
#undef X
  return false;
}

static int import_cmp(const void *a, const void *b) {
  const Import *x = *(Import *const *)a, *y = *(Import *const *)b;
  int d = strcmp(x->path, y->path);
  if (d != 0) return d;
  return x->pos.line != y->pos.line ? x->pos.line - y->pos.line : x->pos.col - y->pos.col;
}

/* What the go command checks once the header parses. */
static bool check_package(Hdr *h) {
  bool ok = true;
  Comp *c = h->c;
  c->files[c->cur_file].pkgname = arena_strndup(&c->arena, h->name, h->namelen);
  /* several files: cmp_compile_package compares their clauses afterwards */
  if (c->nfiles == 1 && (h->namelen != 4 || memcmp(h->name, "main", 4) != 0)) {
    cmp_load_error(h->c, (Pos){0, 0, 0}, "package %s is not a main package", c->pkgpath);
    ok = false;
  }
  Import **v = (Import **)h->imports.v;
  if (h->imports.n > 1) qsort(v, (size_t)h->imports.n, sizeof *v, import_cmp);
  for (int i = 0; i < h->imports.n; i++) {
    if (i > 0 && strcmp(v[i]->path, v[i - 1]->path) == 0) continue;
    if (hdr_std_package(v[i]->path)) continue;
    cmp_load_error(h->c, v[i]->pos, "package %s is not in GOROOT (" CMP_GOROOT "/src/%s)",
                   v[i]->path, v[i]->path);
    ok = false;
  }
  return ok;
}

bool hdr_check(Comp *c) {
  Hdr h = {.c = c, .text = c->src, .len = c->srclen};
  if (h.len >= 3 && memcmp(h.text, "\xEF\xBB\xBF", 3) == 0) {
    h.text += 3;
    h.len -= 3;
  }
  bool whole;
  size_t end = header_end(&h, &whole);
  /* the reader read up to and including the byte that stopped it */
  size_t read = whole ? h.len : end < h.len ? end + 1 : h.len;
  if (memchr(h.text, '\0', read) != NULL) {
    cmp_load_error(c, (Pos){0, 0, 0}, "go: reading %s: unexpected NUL in input", c->path);
    return false;
  }
  if (end < h.len) h.text = arena_strndup(&c->arena, h.text, end);
  start(&h, end, scan_error);
  if (!parse_header(&h) || h.nerrs > 0) {
    cmp_load_error(c, h.first, "%s", h.firstmsg);
    return false;
  }
  return check_package(&h);
}
