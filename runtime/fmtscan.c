/*
** fmtscan.c — fmt's scanning functions (stdlib.def): Sscan, Sscanln,
** Sscanf over a string; Fscan, Fscanln, Fscanf over an io.Reader; Scan,
** Scanln, Scanf over standard input. The algorithm is Go 1.19's scan.go,
** step for step, because the results depend on its details: how far the
** input is consumed, which error text a bad token gives, how newlines
** count.
**
** RUNE SOURCES. Go reads runes through io.RuneScanner when the reader is
** one (*strings.Reader, *bufio.Reader: the native ReadRune and UnreadRune
** are called, so a rune scanning looked at and gave back stays in the
** reader) and otherwise one byte at a time through Read, keeping one rune
** of look-ahead that is lost when the call returns (os.Stdin, as in Go).
** A string is read in place.
**
** STATE (Go's ss). count is the runes consumed; argLimit caps it for the
** current operand (a %5d width); nlIsSpace (Scan) makes newlines blanks,
** nlIsEnd (Scanln) makes a newline end the input; otherwise (Scanf) a
** newline must match the format.
**
** ERRORS. Go's scanner reports an error by panicking with a scanError
** that doScan's deferred errorHandler recovers. Here the one setjmp in
** protected() plays errorHandler: fail() records the error value and
** longjmps back to it. Nothing between them owns resources except the
** SS's token buffer, which protected() frees; natives called meanwhile
** (ReadRune, Read, strconv's parsers) return normally or raise a Go panic,
** which unwinds past this as it does past any native.
**
** Values are stored through the operands' pointers in memory form; a
** string's data pointer goes through the write barrier (the target may be
** a heap object).
*/
#include <errno.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lib.h"
#include "../vm/call.h"

enum { EOF_RUNE = -1, HUGE_WID = 1 << 30 };

typedef enum SrcKind { SRC_STRING, SRC_RUNES, SRC_BYTES, SRC_FD } SrcKind;

typedef struct Src {
  SrcKind kind;
  GoString str;                /* SRC_STRING: the input, pos, last width */
  int64_t pos;
  int last_width;
  GoIface r;                   /* SRC_RUNES, SRC_BYTES: the reader */
  rt_NativeFn read_rune, unread_rune;
  int fd;                      /* SRC_FD: standard input */
  int32_t peek;                /* SRC_BYTES, SRC_FD: the rune given back */
  bool has_peek;
  int32_t last;
  uint8_t pend[4];             /* bytes read past an invalid sequence */
  int npend;
} Src;

typedef struct SS {
  VM *vm;
  Src src;
  bool nl_is_space, nl_is_end, at_eof;
  int64_t count, arg_limit, max_wid;
  rt_Buf buf;                  /* the token */
  GoIface err;
  int64_t nprocessed;
  rt_StackRef operands;        /* the a ...any slice header (args may move) */
  jmp_buf on_error;
} SS;

/* {==================================================================
** Errors (Go's s.error, s.errorString, panic(io.EOF))
** =================================================================== */

static _Noreturn void fail(SS *s, GoIface err) {
  s->err = err;
  longjmp(s->on_error, 1);
}

static _Noreturn void fail_text(SS *s, const char *text, size_t n) {
  fail(s, rt_error_new(s->vm, lib_string_copy(s->vm, (const uint8_t *)text, (int64_t)n)));
}

static _Noreturn void fail_str(SS *s, const char *text) { fail_text(s, text, strlen(text)); }

/* }================================================================== */

/* {==================================================================
** Reading runes
** =================================================================== */

/* One byte from a byte source: 1, 0 at EOF (or -1 with s->err). */
static int src_byte(SS *s, uint8_t *c) {
  Src *src = &s->src;
  if (src->npend > 0) {
    *c = src->pend[0];
    memmove(src->pend, src->pend + 1, (size_t)--src->npend);
    return 1;
  }
  if (src->kind == SRC_FD) {
    vm_flush(s->vm);
    ssize_t n;
    do n = read(src->fd, c, 1);
    while (n < 0 && errno == EINTR);
    if (n < 0) fail(s, rt_path_error(s->vm, "read", (GoString){(const uint8_t *)"/dev/stdin", 10}, errno));
    return n == 1;
  }
  GoIface err;
  int64_t n = lib_io_read(s->vm, src->r, c, 1, &err);
  if (n == 1) return 1;
  if (err.type && !lib_is_eof(err)) fail(s, err);
  return 0;
}

/* Go's readRune.ReadRune: a rune from single bytes. */
static bool bytes_rune(SS *s, int32_t *r) {
  uint8_t b[4];
  if (!src_byte(s, &b[0])) return false;
  if (b[0] < 0x80) {
    *r = b[0];
    return true;
  }
  int need = b[0] >= 0xF0 ? 4 : b[0] >= 0xE0 ? 3 : 2, n = 1;
  while (n < need && src_byte(s, &b[n])) {
    n++;
    if ((b[n - 1] & 0xC0) != 0x80) break;
  }
  int w;
  *r = rt_utf8_decode(b, (size_t)n, &w);
  memcpy(s->src.pend + s->src.npend, b + w, (size_t)(n - w));   /* keep the rest */
  s->src.npend += n - w;
  return true;
}

/* The next rune of the source, or EOF_RUNE. */
static int32_t src_read(SS *s) {
  Src *src = &s->src;
  switch (src->kind) {
  case SRC_STRING: {
    if (src->pos >= src->str.len) return EOF_RUNE;
    int32_t r = rt_decode_rune(src->str, src->pos, &src->last_width);
    src->pos += src->last_width;
    return r;
  }
  case SRC_RUNES: {
    Word a[4] = {src->r.data};
    src->read_rune(s->vm, a);
    GoIface err = {a[2].cp, a[3]};
    if (err.type) {
      if (lib_is_eof(err)) return EOF_RUNE;
      fail(s, err);
    }
    return (int32_t)a[0].i;
  }
  default:
    if (src->has_peek) {
      src->has_peek = false;
      return src->last;
    }
    if (!bytes_rune(s, &src->last)) return EOF_RUNE;
    return src->last;
  }
}

static void src_unread(SS *s) {
  Src *src = &s->src;
  switch (src->kind) {
  case SRC_STRING: src->pos -= src->last_width; break;
  case SRC_RUNES: {
    Word a[2] = {src->r.data};
    src->unread_rune(s->vm, a);
    break;
  }
  default: src->has_peek = true; break;
  }
}

/* ss.ReadRune / getRune: EOF at the width limit, after a newline that
** ends the input (Scanln), or at the end of the source. */
static int32_t get_rune(SS *s) {
  if (s->at_eof || s->count >= s->arg_limit) return EOF_RUNE;
  int32_t r = src_read(s);
  if (r == EOF_RUNE) {
    s->at_eof = true;
    return r;
  }
  s->count++;
  if (s->nl_is_end && r == '\n') s->at_eof = true;
  return r;
}

static void unread_rune(SS *s) {
  src_unread(s);
  s->at_eof = false;
  s->count--;
}

static int32_t must_read_rune(SS *s) {
  int32_t r = get_rune(s);
  if (r == EOF_RUNE) fail(s, lib_io_unexpected_eof());
  return r;
}

/* fmt's isSpace: Unicode White_Space. */
static bool is_space(int32_t r) {
  if (r <= 0xFF) return r == ' ' || (r >= '\t' && r <= '\r') || r == 0x85 || r == 0xA0;
  if (r >= 0x2000 && r <= 0x200A) return true;
  return r == 0x1680 || r == 0x2028 || r == 0x2029 || r == 0x202F || r == 0x205F || r == 0x3000;
}

static bool has_rune(const char *set, int32_t r) { return r >= 0 && r < 0x80 && r && strchr(set, r); }

static bool peek(SS *s, const char *ok) {
  int32_t r = get_rune(s);
  if (r != EOF_RUNE) unread_rune(s);
  return has_rune(ok, r);
}

static void skip_space(SS *s) {
  for (;;) {
    int32_t r = get_rune(s);
    if (r == EOF_RUNE) return;
    if (r == '\r' && peek(s, "\n")) continue;
    if (r == '\n') {
      if (s->nl_is_space) continue;
      fail_str(s, "unexpected newline");
    }
    if (!is_space(r)) {
      unread_rune(s);
      return;
    }
  }
}

static void not_eof(SS *s) {
  if (get_rune(s) == EOF_RUNE) fail(s, lib_io_eof());
  unread_rune(s);
}

static void put_rune(SS *s, int32_t r) {
  uint8_t enc[4];
  rt_buf_append(&s->buf, (const char *)enc, (size_t)rt_utf8_encode(enc, r));
}

/* consume/accept: the next rune if it is in [ok] (kept in the token when
** [keep]), else it is given back. */
static bool consume(SS *s, const char *ok, bool keep) {
  int32_t r = get_rune(s);
  if (r == EOF_RUNE) return false;
  if (has_rune(ok, r)) {
    if (keep) put_rune(s, r);
    return true;
  }
  if (keep) unread_rune(s);
  return false;
}
static bool accept(SS *s, const char *ok) { return consume(s, ok, true); }

/* }================================================================== */

/* {==================================================================
** Operands
** =================================================================== */

static const char DECIMAL[] = "0123456789", HEX[] = "0123456789aAbBcCdDeEfF";

static void ok_verb(SS *s, int32_t verb, const char *verbs, const char *typ) {
  if (has_rune(verbs, verb)) return;
  rt_Buf t = {0};
  rt_buf_str(&t, "bad verb '%");
  uint8_t enc[4];
  rt_buf_append(&t, (const char *)enc, (size_t)rt_utf8_encode(enc, verb));
  rt_buf_printf(&t, "' for %s", typ);
  GoString text = lib_buf_string(s->vm, &t);
  fail(s, rt_error_new(s->vm, text));
}

static GoString token_view(SS *s) { return (GoString){(const uint8_t *)s->buf.data, (int64_t)s->buf.len}; }

static bool scan_bool(SS *s, int32_t verb) {
  skip_space(s);
  not_eof(s);
  ok_verb(s, verb, "tv", "boolean");
  static const char bool_error[] = "syntax error scanning boolean";
  switch (get_rune(s)) {
  case '0': return false;
  case '1': return true;
  case 't': case 'T':
    if (accept(s, "rR") && (!accept(s, "uU") || !accept(s, "eE"))) fail_str(s, bool_error);
    return true;
  case 'f': case 'F':
    if (accept(s, "aA") && (!accept(s, "lL") || !accept(s, "sS") || !accept(s, "eE"))) fail_str(s, bool_error);
    return false;
  }
  return false;
}

/* The digits after an optional sign (and, for %v, a base prefix). */
static const char *scan_digits(SS *s, int32_t verb, int *base, bool is_signed) {
  ok_verb(s, verb, "bdoUxXv", "integer");
  *base = 10;
  const char *digits = DECIMAL;
  if (verb == 'b') *base = 2, digits = "01";
  else if (verb == 'o') *base = 8, digits = "01234567";
  else if (verb == 'x' || verb == 'X' || verb == 'U') *base = 16, digits = HEX;
  bool have = false;
  if (verb == 'U') {
    if (!consume(s, "U", false) || !consume(s, "+", false)) fail_str(s, "bad unicode format ");
  } else {
    if (is_signed) accept(s, "+-");
    if (verb == 'v') {   /* scanBasePrefix */
      *base = 0;
      digits = "0123456789_";
      if (peek(s, "0")) {
        accept(s, "0");
        have = true;
        digits = "01234567_";
        if (peek(s, "bB")) consume(s, "bB", true), digits = "01_";
        else if (peek(s, "oO")) consume(s, "oO", true);
        else if (peek(s, "xX")) consume(s, "xX", true), digits = "0123456789aAbBcCdDeEfF_";
      }
    }
  }
  if (!have) {
    not_eof(s);
    if (!accept(s, digits)) fail_str(s, "expected integer");
  }
  while (accept(s, digits)) {}
  return digits;
}

/* %c: the rune itself. */
static int64_t scan_rune(SS *s, int bits) {
  not_eof(s);
  int32_t r = get_rune(s);
  int64_t x = (int64_t)((uint64_t)(int64_t)r << (64 - bits)) >> (64 - bits);
  if (x != r) {
    rt_Buf t = {0};
    rt_buf_str(&t, "overflow on character value ");
    put_rune(s, r);
    rt_buf_append(&t, s->buf.data, s->buf.len);
    fail(s, rt_error_new(s->vm, lib_buf_string(s->vm, &t)));
  }
  return r;
}

/* Parses the token with strconv's ParseInt/ParseUint natives (their
** *NumError is the scan error, as in Go). */
static uint64_t parse_token(SS *s, int base, bool is_signed) {
  GoString tok = token_view(s);
  Word a[4] = {{.cp = tok.ptr}, {.i = tok.len}, {.i = base}, {.i = 64}};
  (is_signed ? rt_strconv_ParseInt : rt_strconv_ParseUint)(s->vm, a);
  if (a[1].cp) fail(s, (GoIface){a[1].cp, a[2]});
  return a[0].u;
}

static _Noreturn void overflow(SS *s, const char *what) {
  rt_Buf t = {0};
  rt_buf_printf(&t, "%s", what);
  rt_buf_append(&t, s->buf.data, s->buf.len);
  fail(s, rt_error_new(s->vm, lib_buf_string(s->vm, &t)));
}

static int64_t scan_int(SS *s, int32_t verb, int bits) {
  if (verb == 'c') return scan_rune(s, bits);
  skip_space(s);
  not_eof(s);
  int base;
  scan_digits(s, verb, &base, true);
  int64_t i = (int64_t)parse_token(s, base, true);
  if (((int64_t)((uint64_t)i << (64 - bits)) >> (64 - bits)) != i) overflow(s, "integer overflow on token ");
  return i;
}

static uint64_t scan_uint(SS *s, int32_t verb, int bits) {
  if (verb == 'c') return (uint64_t)scan_rune(s, bits);
  skip_space(s);
  not_eof(s);
  int base;
  scan_digits(s, verb, &base, false);
  uint64_t u = parse_token(s, base, false);
  if (bits < 64 && (u >> bits) != 0) overflow(s, "unsigned integer overflow on token ");
  return u;
}

/* Go's floatToken: what could be a float, then ParseFloat. */
static double scan_float(SS *s, int32_t verb, int bits, const char *typ) {
  ok_verb(s, verb, "beEfFgGv", typ);
  skip_space(s);
  not_eof(s);
  s->buf.len = 0;
  if (!(accept(s, "nN") && accept(s, "aA") && accept(s, "nN"))) {
    accept(s, "+-");
    if (!(accept(s, "iI") && accept(s, "nN") && accept(s, "fF"))) {
      const char *digits = "0123456789_", *exp = "eEpP";
      if (accept(s, "0") && accept(s, "xX")) digits = "0123456789aAbBcCdDeEfF_", exp = "pP";
      while (accept(s, digits)) {}
      if (accept(s, ".")) while (accept(s, digits)) {}
      if (accept(s, exp)) {
        accept(s, "+-");
        while (accept(s, "0123456789_")) {}
      }
    }
  }
  GoString tok = token_view(s);
  Word a[3] = {{.cp = tok.ptr}, {.i = tok.len}, {.i = bits}};
  rt_strconv_ParseFloat(s->vm, a);
  if (a[1].cp) fail(s, (GoIface){a[1].cp, a[2]});
  return a[0].f;
}

static void quoted_string(SS *s) {
  not_eof(s);
  int32_t q = get_rune(s);
  if (q == '`') {
    for (int32_t r; (r = must_read_rune(s)) != '`';) put_rune(s, r);
    return;
  }
  if (q != '"') fail_str(s, "expected quoted string");
  rt_buf_byte(&s->buf, '"');
  for (;;) {
    int32_t r = must_read_rune(s);
    put_rune(s, r);
    if (r == '\\') put_rune(s, must_read_rune(s));
    else if (r == '"') break;
  }
  GoString tok = token_view(s);
  Word a[4] = {{.cp = tok.ptr}, {.i = tok.len}};
  rt_strconv_Unquote(s->vm, a);
  if (a[2].cp) fail(s, (GoIface){a[2].cp, a[3]});
  s->buf.len = 0;
  rt_buf_append(&s->buf, (const char *)a[0].cp, (size_t)a[1].i);
}

static int hex_digit(int32_t d) {
  if (d >= '0' && d <= '9') return d - '0';
  if (d >= 'a' && d <= 'f') return 10 + d - 'a';
  if (d >= 'A' && d <= 'F') return 10 + d - 'A';
  return -1;
}

static void hex_string(SS *s) {
  not_eof(s);
  for (;;) {
    int32_t r1 = get_rune(s);
    if (r1 == EOF_RUNE) break;
    int v1 = hex_digit(r1);
    if (v1 < 0) {
      unread_rune(s);
      break;
    }
    int v2 = hex_digit(must_read_rune(s));
    if (v2 < 0) fail_str(s, "illegal hex digit");
    rt_buf_byte(&s->buf, (char)(v1 << 4 | v2));
  }
  if (s->buf.len == 0) fail_str(s, "no hex data for %x string");
}

/* convertString: the token as a heap string. */
static GoString scan_string(SS *s, int32_t verb) {
  ok_verb(s, verb, "svqxX", "string");
  skip_space(s);
  not_eof(s);
  if (verb == 'q') {
    quoted_string(s);
  } else if (verb == 'x' || verb == 'X') {
    hex_string(s);
  } else {
    for (int32_t r; (r = get_rune(s)) != EOF_RUNE;) {
      if (is_space(r)) {
        unread_rune(s);
        break;
      }
      put_rune(s, r);
    }
  }
  return lib_string_copy(s->vm, (const uint8_t *)s->buf.data, (int64_t)s->buf.len);
}

static _Noreturn void cannot_scan(SS *s, const char *what, const RType *t) {
  rt_Buf b = {0};
  rt_buf_printf(&b, "%s%s", what, t && t->str ? t->str : "?");
  fail(s, rt_error_new(s->vm, lib_buf_string(s->vm, &b)));
}

/* Go's scanOne: the operand's pointed-to kind picks the scanner; the
** value is stored in memory form. */
static void scan_one(SS *s, int32_t verb, GoIface arg) {
  s->buf.len = 0;
  const RType *t = arg.type;
  if (!t || t->kind != RK_POINTER || !t->elem) cannot_scan(s, "type not a pointer: ", t);
  void *p = arg.data.p;
  const RType *e = t->elem;
  if (!p) lib_nil_deref(s->vm);
  int bits = (int)e->size * 8;
  switch ((RKind)e->kind) {
  case RK_BOOL: *(uint8_t *)p = scan_bool(s, verb); break;
  case RK_INT: case RK_INT8: case RK_INT16: case RK_INT32: case RK_INT64: {
    int64_t v = scan_int(s, verb, bits);
    memcpy(p, &v, (size_t)e->size);   /* little-endian: the low bytes */
    break;
  }
  case RK_UINT: case RK_UINT8: case RK_UINT16: case RK_UINT32: case RK_UINT64: case RK_UINTPTR: {
    uint64_t v = scan_uint(s, verb, bits);
    memcpy(p, &v, (size_t)e->size);
    break;
  }
  case RK_FLOAT32: {
    float f = (float)scan_float(s, verb, 32, "float32");
    memcpy(p, &f, 4);
    break;
  }
  case RK_FLOAT64: {
    double f = scan_float(s, verb, 64, "float64");
    memcpy(p, &f, 8);
    break;
  }
  case RK_STRING: {
    GoString v = scan_string(s, verb);
    GoString *d = p;
    gc_write_ptr(&s->vm->heap, (void **)&d->ptr, (void *)v.ptr);
    d->len = v.len;
    break;
  }
  default: cannot_scan(s, "can't scan type: ", t);
  }
}

/* }================================================================== */

/* {==================================================================
** Drivers: doScan and doScanf
** =================================================================== */

/* Operand [i]: read through the slice header each time, since a Go Read
** method may have moved the stack that holds the header and the array. */
static GoIface operand(SS *s, int64_t i) {
  const Word *hdr = rt_stack_ptr(s->vm, s->operands);
  return ((const GoIface *)hdr[0].cp)[i];
}

static int64_t noperands(SS *s) { return rt_stack_ptr(s->vm, s->operands)[1].i; }

static void do_scan(SS *s) {
  int64_t n = noperands(s);
  for (int64_t i = 0; i < n; i++) {
    scan_one(s, 'v', operand(s, i));
    s->nprocessed++;
  }
  if (s->nl_is_end) {
    for (;;) {
      int32_t r = get_rune(s);
      if (r == '\n' || r == EOF_RUNE) break;
      if (!is_space(r)) fail_str(s, "expected newline");
    }
  }
}

static int32_t decode_at(GoString f, int64_t i, int *w) {
  if (i >= f.len) {
    *w = 0;
    return RT_RUNE_ERROR;
  }
  return rt_decode_rune(f, i, w);
}

/* Go's advance: matches the literal text of the format at [i] against the
** input; returns the bytes of format consumed, -1 for a mismatch. */
static int64_t advance(SS *s, GoString f, int64_t start) {
  int64_t i = start;
  while (i < f.len) {
    int w;
    int32_t c = decode_at(f, i, &w);
    if (is_space(c)) {
      int newlines = 0;
      bool trailing = false;
      while (is_space(c) && i < f.len) {
        if (c == '\n') newlines++, trailing = false;
        else trailing = true;
        i += w;
        c = decode_at(f, i, &w);
      }
      for (int j = 0; j < newlines; j++) {
        int32_t in = get_rune(s);
        while (is_space(in) && in != '\n') in = get_rune(s);
        if (in != '\n' && in != EOF_RUNE) fail_str(s, "newline in format does not match input");
      }
      if (trailing) {
        int32_t in = get_rune(s);
        if (newlines == 0) {
          if (!is_space(in) && in != EOF_RUNE) fail_str(s, "expected space in input to match format");
          if (in == '\n') fail_str(s, "newline in input does not match format");
        }
        while (is_space(in) && in != '\n') in = get_rune(s);
        if (in != EOF_RUNE) unread_rune(s);
      }
      continue;
    }
    if (c == '%') {
      if (i + w == f.len) fail_str(s, "missing verb: % at end of format string");
      int w2;
      if (decode_at(f, i + w, &w2) != '%') return i - start;
      i += w;
    }
    int32_t in = must_read_rune(s);
    if (c != in) {
      unread_rune(s);
      return -1;
    }
    i += w;
  }
  return i - start;
}

static void do_scanf(SS *s, GoString f) {
  int64_t n = noperands(s);
  int64_t end = f.len - 1;
  for (int64_t i = 0; i <= end;) {
    int64_t w = advance(s, f, i);
    if (w > 0) {
      i += w;
      continue;
    }
    if (f.ptr[i] != '%') {
      if (w < 0) fail_str(s, "input does not match format");
      break;
    }
    i++;
    int64_t wid = 0;
    bool has_wid = false;
    while (i <= end && f.ptr[i] >= '0' && f.ptr[i] <= '9' && wid < 1000000) {
      wid = wid * 10 + (f.ptr[i++] - '0');
      has_wid = true;
    }
    s->max_wid = has_wid ? wid : HUGE_WID;
    int cw;
    int64_t verb_at = i;
    int32_t c = decode_at(f, i, &cw);
    i += cw;
    if (c != 'c') skip_space(s);
    if (c == '%') {
      skip_space(s);
      not_eof(s);
      if (!accept(s, "%")) fail_str(s, "missing literal %");
      continue;
    }
    s->arg_limit = HUGE_WID;
    if (s->count + s->max_wid < s->arg_limit) s->arg_limit = s->count + s->max_wid;
    if (s->nprocessed >= n) {
      rt_Buf t = {0};
      rt_buf_str(&t, "too few operands for format '%");
      rt_buf_append(&t, (const char *)f.ptr + verb_at, (size_t)(f.len - verb_at));
      rt_buf_byte(&t, '\'');
      fail(s, rt_error_new(s->vm, lib_buf_string(s->vm, &t)));
    }
    scan_one(s, c, operand(s, s->nprocessed));
    s->nprocessed++;
    s->arg_limit = HUGE_WID;
  }
  if (s->nprocessed < n) fail_str(s, "too many operands");
}

typedef enum Mode { MODE_SCAN, MODE_SCANLN, MODE_SCANF } Mode;

/* errorHandler's role: runs the scan, catching fail(). */
static void protected(SS *s, Mode mode, GoString format) {
  if (setjmp(s->on_error) == 0) {
    if (mode == MODE_SCANF) do_scanf(s, format);
    else do_scan(s);
  }
  rt_buf_free(&s->buf);
}

static void init_src_reader(VM *vm, Src *src, GoIface r) {
  lib_io_check(vm, r, "Read");
  const RMethod *rr = rt_method_find(r.type, "ReadRune");
  const RMethod *ur = rt_method_find(r.type, "UnreadRune");
  src->r = r;
  if (rr && ur && rr->native && ur->native) {
    src->kind = SRC_RUNES;
    src->read_rune = rr->native;
    src->unread_rune = ur->native;
  } else {
    src->kind = SRC_BYTES;
  }
}

/* Runs one scan and writes (n int, err error) to args[0..2]. */
static void run(VM *vm, Word *args, const Src *src, Mode mode, GoString format, Word *operands) {
  SS *s = calloc(1, sizeof *s);
  if (!s) vm_fatal(vm, "out of memory");
  rt_StackRef ref = rt_stack_ref(vm, args);
  s->operands = rt_stack_ref(vm, operands);
  s->vm = vm;
  s->src = *src;
  s->nl_is_space = mode == MODE_SCAN;
  s->nl_is_end = mode == MODE_SCANLN;
  s->arg_limit = s->max_wid = HUGE_WID;
  protected(s, mode, format);
  args = rt_stack_ptr(vm, ref);
  args[0].i = s->nprocessed;
  lib_ret_iface(args + 1, s->err);
  free(s);
}

static void sscan(VM *vm, Word *a, Mode mode) {
  Src src = {.kind = SRC_STRING, .str = lib_str(a)};
  bool f = mode == MODE_SCANF;
  run(vm, a, &src, mode, f ? lib_str(a + 2) : (GoString){NULL, 0}, a + (f ? 4 : 2));
}

static void fscan(VM *vm, Word *a, Mode mode) {
  Src src = {0};
  init_src_reader(vm, &src, (GoIface){a[0].cp, a[1]});
  bool f = mode == MODE_SCANF;
  run(vm, a, &src, mode, f ? lib_str(a + 2) : (GoString){NULL, 0}, a + (f ? 4 : 2));
}

static void scan_stdin(VM *vm, Word *a, Mode mode) {
  Src src = {.kind = SRC_FD, .fd = 0};
  bool f = mode == MODE_SCANF;
  run(vm, a, &src, mode, f ? lib_str(a) : (GoString){NULL, 0}, a + (f ? 2 : 0));
}

void rt_fmt_Sscan(VM *vm, Word *a) { sscan(vm, a, MODE_SCAN); }
void rt_fmt_Sscanln(VM *vm, Word *a) { sscan(vm, a, MODE_SCANLN); }
void rt_fmt_Sscanf(VM *vm, Word *a) { sscan(vm, a, MODE_SCANF); }
void rt_fmt_Fscan(VM *vm, Word *a) { fscan(vm, a, MODE_SCAN); }
void rt_fmt_Fscanln(VM *vm, Word *a) { fscan(vm, a, MODE_SCANLN); }
void rt_fmt_Fscanf(VM *vm, Word *a) { fscan(vm, a, MODE_SCANF); }
void rt_fmt_Scan(VM *vm, Word *a) { scan_stdin(vm, a, MODE_SCAN); }
void rt_fmt_Scanln(VM *vm, Word *a) { scan_stdin(vm, a, MODE_SCANLN); }
void rt_fmt_Scanf(VM *vm, Word *a) { scan_stdin(vm, a, MODE_SCANF); }

/* }================================================================== */
