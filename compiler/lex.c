/*
** lex.c — the scanner (see lex.h), ported from gc's syntax/source.go and
** syntax/scanner.go so that tokens, positions and error texts agree with
** `go run`.
**
** Reading: `ch` is the current character, `r` the offset just past it; the
** position (line, col) of ch is kept 0-based here, as source.go does, and
** made 1-based when reported. nextch skips (after reporting) NUL bytes,
** invalid UTF-8 and byte order marks, so the token scanners never see them.
** A token's text is the "segment" from `seg` to the start of ch.
**
** Semicolon insertion (spec "Semicolons"): after an identifier, a literal,
** one of the keywords break continue fallthrough return, the operators ++ --
** or a closing ) ] }, `nlsemi` is set; the next newline, multi-line comment
** or EOF is then returned as a TK_SEMICOLON spelled "newline" or "EOF".
*/
#include "lex.h"

#include <stdio.h>
#include <string.h>

#include "compiler.h"

/* {==================================================================
** Characters and UTF-8
** =================================================================== */

#define RUNE_SELF 0x80
#define RUNE_ERROR 0xFFFD
#define MAX_RUNE 0x10FFFF

static int lower(int32_t ch) { return ('a' - 'A') | ch; }
static bool is_letter(int32_t ch) {
  return ('a' <= lower(ch) && lower(ch) <= 'z') || ch == '_';
}
static bool is_decimal(int32_t ch) { return '0' <= ch && ch <= '9'; }
static bool is_hex(int32_t ch) {
  return is_decimal(ch) || ('a' <= lower(ch) && lower(ch) <= 'f');
}

int32_t lex_decode_rune(const unsigned char *s, size_t n, int *width) {
  unsigned c0 = s[0];
  *width = 1;
  if (c0 < 0x80) return (int32_t)c0;
  int size;
  int32_t r;
  unsigned lo = 0x80, hi = 0xBF;
  if (c0 >= 0xC2 && c0 <= 0xDF) {
    size = 2; r = c0 & 0x1F;
  } else if (c0 >= 0xE0 && c0 <= 0xEF) {
    size = 3; r = c0 & 0x0F;
    if (c0 == 0xE0) lo = 0xA0;       /* no overlong forms */
    if (c0 == 0xED) hi = 0x9F;       /* no surrogates */
  } else if (c0 >= 0xF0 && c0 <= 0xF4) {
    size = 4; r = c0 & 0x07;
    if (c0 == 0xF0) lo = 0x90;
    if (c0 == 0xF4) hi = 0x8F;       /* nothing past U+10FFFF */
  } else {
    return RUNE_ERROR;
  }
  if (n < (size_t)size) return RUNE_ERROR;
  for (int i = 1; i < size; i++) {
    unsigned b = s[i];
    unsigned l = i == 1 ? lo : 0x80, h = i == 1 ? hi : 0xBF;
    if (b < l || b > h) return RUNE_ERROR;
    r = (r << 6) | (int32_t)(b & 0x3F);
  }
  *width = size;
  return r;
}

int lex_encode_rune(int32_t r, char *buf) {
  unsigned char *b = (unsigned char *)buf;
  if (r < 0 || r > MAX_RUNE || (r >= 0xD800 && r < 0xE000)) r = RUNE_ERROR;
  if (r < 0x80) { b[0] = (unsigned char)r; return 1; }
  if (r < 0x800) {
    b[0] = (unsigned char)(0xC0 | (r >> 6));
    b[1] = (unsigned char)(0x80 | (r & 0x3F));
    return 2;
  }
  if (r < 0x10000) {
    b[0] = (unsigned char)(0xE0 | (r >> 12));
    b[1] = (unsigned char)(0x80 | ((r >> 6) & 0x3F));
    b[2] = (unsigned char)(0x80 | (r & 0x3F));
    return 3;
  }
  b[0] = (unsigned char)(0xF0 | (r >> 18));
  b[1] = (unsigned char)(0x80 | ((r >> 12) & 0x3F));
  b[2] = (unsigned char)(0x80 | ((r >> 6) & 0x3F));
  b[3] = (unsigned char)(0x80 | (r & 0x3F));
  return 4;
}

char *lex_format_U(int32_t r, char *buf) {
  /* fmt's %#U: the code point, then the character if printable */
  int n = snprintf(buf, 32, "U+%04X", (unsigned)r);
  if (r >= 0 && r <= MAX_RUNE && lex_is_print(r)) {
    buf[n++] = ' ';
    buf[n++] = '\'';
    n += lex_encode_rune(r, buf + n);
    buf[n++] = '\'';
    buf[n] = 0;
  }
  return buf;
}

char *lex_quote_rune(int32_t r, char *buf) {
  /* strconv.QuoteRune */
  const char *esc = NULL;
  switch (r) {
  case '\a': esc = "\\a"; break;
  case '\b': esc = "\\b"; break;
  case '\f': esc = "\\f"; break;
  case '\n': esc = "\\n"; break;
  case '\r': esc = "\\r"; break;
  case '\t': esc = "\\t"; break;
  case '\v': esc = "\\v"; break;
  case '\\': esc = "\\\\"; break;
  case '\'': esc = "\\'"; break;
  }
  if (r < 0 || r > MAX_RUNE || (r >= 0xD800 && r < 0xE000)) r = RUNE_ERROR;
  if (esc) {
    snprintf(buf, 32, "'%s'", esc);
  } else if (lex_is_print(r)) {
    int n = 0;
    buf[n++] = '\'';
    n += lex_encode_rune(r, buf + n);
    buf[n++] = '\'';
    buf[n] = 0;
  } else if (r < 0x80) {
    snprintf(buf, 32, "'\\x%02x'", (unsigned)r);
  } else if (r < 0x10000) {
    snprintf(buf, 32, "'\\u%04x'", (unsigned)r);
  } else {
    snprintf(buf, 32, "'\\U%08x'", (unsigned)r);
  }
  return buf;
}

/* }================================================================== */

/* {==================================================================
** Reading characters (source.go)
** =================================================================== */

static void lerror_at(Lexer *lx, int line0, int col0, const char *msg) {
  lx->errh(lx->ud, line0 + 1, col0 + 1, msg);
}

/* Reports msg at the position of the current character. */
static void lerror(Lexer *lx, const char *msg) {
  lerror_at(lx, lx->line, lx->col, msg);
}

static void nextch(Lexer *lx) {
redo:
  lx->col += lx->chw;
  if (lx->ch == '\n') {
    lx->line++;
    lx->col = 0;
  }
  if (lx->r >= lx->len) {
    lx->ch = -1;
    lx->chw = 0;
    return;
  }
  unsigned char b = (unsigned char)lx->src[lx->r];
  if (b < RUNE_SELF) {
    lx->r++;
    lx->chw = 1;
    lx->ch = b;
    if (b == 0) {
      lerror(lx, "invalid NUL character");
      goto redo;
    }
    return;
  }
  lx->ch = lex_decode_rune((const unsigned char *)lx->src + lx->r,
                           lx->len - lx->r, &lx->chw);
  lx->r += (size_t)lx->chw;
  if (lx->ch == RUNE_ERROR && lx->chw == 1) {
    lerror(lx, "invalid UTF-8 encoding");
    goto redo;
  }
  if (lx->ch == 0xFEFF) { /* byte order marks only at the very start */
    if (lx->line > 0 || lx->col > 0)
      lerror(lx, "invalid BOM in the middle of the file");
    goto redo;
  }
}

static void seg_start(Lexer *lx) { lx->seg = (long)(lx->r - (size_t)lx->chw); }
static void seg_stop(Lexer *lx) { lx->seg = -1; }
static size_t seg_len(const Lexer *lx) {
  return lx->r - (size_t)lx->chw - (size_t)lx->seg;
}

/* Goes back to the start of the segment (which has no newline); used only
** to un-read the second '.' of "..". */
static void rewind_seg(Lexer *lx) {
  lx->col -= (int)(lx->r - (size_t)lx->seg);
  lx->r = (size_t)lx->seg;
  nextch(lx);
}

void lex_init(Lexer *lx, const char *src, size_t len, lex_ErrorFn errh,
              void *ud) {
  memset(lx, 0, sizeof *lx);
  lx->src = src;
  lx->len = len;
  lx->errh = errh;
  lx->ud = ud;
  lx->ch = ' ';
  lx->seg = -1;
  lx->tok = TK_EOF;
}

void lex_comp_error(void *ud, int line, int col, const char *msg) {
  cmp_error((Comp *)ud, (Pos){line, col, ((Comp *)ud)->cur_file}, "%s", msg);
}

/* }================================================================== */

/* {==================================================================
** Tokens (scanner.go)
** =================================================================== */

static void errorf(Lexer *lx, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static void errorf(Lexer *lx, const char *fmt, ...) {
  char buf[256];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  lerror(lx, buf);
}

/* Reports an error at a byte offset from the start of the current token. */
static void error_atf(Lexer *lx, int offset, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void error_atf(Lexer *lx, int offset, const char *fmt, ...) {
  char buf[256];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  lx->errh(lx->ud, lx->tline, lx->tcol + offset, buf);
}

static void set_lit(Lexer *lx, TokenKind kind, bool ok) {
  lx->nlsemi = true;
  lx->tok = kind;
  lx->lit = lx->src + lx->seg;
  lx->litlen = (int)seg_len(lx);
  lx->bad = !ok;
}

static const struct { const char *s; TokenKind k; } keywords[] = {
  {"break", TK_BREAK}, {"case", TK_CASE}, {"chan", TK_CHAN},
  {"const", TK_CONST}, {"continue", TK_CONTINUE}, {"default", TK_DEFAULT},
  {"defer", TK_DEFER}, {"else", TK_ELSE}, {"fallthrough", TK_FALLTHROUGH},
  {"for", TK_FOR}, {"func", TK_FUNC}, {"go", TK_GO}, {"goto", TK_GOTO},
  {"if", TK_IF}, {"import", TK_IMPORT}, {"interface", TK_INTERFACE},
  {"map", TK_MAP}, {"package", TK_PACKAGE}, {"range", TK_RANGE},
  {"return", TK_RETURN}, {"select", TK_SELECT}, {"struct", TK_STRUCT},
  {"switch", TK_SWITCH}, {"type", TK_TYPE}, {"var", TK_VAR},
};

static TokenKind keyword(const char *s, size_t n) {
  if (n < 2 || n > 11 || s[0] < 'b' || s[0] > 'v') return TK_IDENT;
  for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
    if (strlen(keywords[i].s) == n && memcmp(keywords[i].s, s, n) == 0)
      return keywords[i].k;
  return TK_IDENT;
}

/* Whether ch continues (or, with first, starts) an identifier; reports
** digits at the start and non-letters, which are still taken as part of the
** identifier, as gc does. */
static bool at_ident_char(Lexer *lx, bool first) {
  char u[32];
  if (lex_is_letter(lx->ch) || lx->ch == '_') return true;
  if (lex_is_digit(lx->ch)) {
    if (first)
      errorf(lx, "identifier cannot begin with digit %s",
             lex_format_U(lx->ch, u));
    return true;
  }
  if (lx->ch >= RUNE_SELF) {
    errorf(lx, "invalid character %s in identifier", lex_format_U(lx->ch, u));
    return true;
  }
  return false;
}

static void ident(Lexer *lx) {
  while (is_letter(lx->ch) || is_decimal(lx->ch)) nextch(lx);
  if (lx->ch >= RUNE_SELF)
    while (at_ident_char(lx, false)) nextch(lx);
  const char *s = lx->src + lx->seg;
  size_t n = seg_len(lx);
  TokenKind k = keyword(s, n);
  if (k != TK_IDENT) {
    lx->nlsemi = k == TK_BREAK || k == TK_CONTINUE || k == TK_FALLTHROUGH ||
                 k == TK_RETURN;
    lx->tok = k;
    return;
  }
  lx->nlsemi = true;
  lx->tok = TK_IDENT;
  lx->lit = s;
  lx->litlen = (int)n;
}

static const char *base_name(int base) {
  switch (base) {
  case 2: return "binary";
  case 8: return "octal";
  case 10: return "decimal";
  default: return "hexadecimal";
  }
}

/* Accepts { digit | '_' }; returns bit 0 if digits were seen, bit 1 if
** separators were. For base <= 10 any decimal digit is accepted but the
** index of the first one >= base is recorded in *invalid. */
static int digits(Lexer *lx, int base, int *invalid) {
  int digsep = 0;
  if (base <= 10) {
    int32_t max = '0' + base;
    while (is_decimal(lx->ch) || lx->ch == '_') {
      int ds = 1;
      if (lx->ch == '_')
        ds = 2;
      else if (lx->ch >= max && *invalid < 0)
        *invalid = lx->col + 1 - lx->tcol;
      digsep |= ds;
      nextch(lx);
    }
  } else {
    while (is_hex(lx->ch) || lx->ch == '_') {
      digsep |= lx->ch == '_' ? 2 : 1;
      nextch(lx);
    }
  }
  return digsep;
}

/* The index of the first misplaced '_' in literal x[0..n), or -1. */
static int invalid_sep(const char *x, int n) {
  int x1 = ' ';  /* prefix char; only 'x' matters */
  int d = '.';   /* previous: '_', '0' (a digit) or '.' (anything else) */
  int i = 0;
  if (n >= 2 && x[0] == '0') {
    x1 = lower((unsigned char)x[1]);
    if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
      d = '0';
      i = 2;
    }
  }
  for (; i < n; i++) {
    int p = d;
    d = (unsigned char)x[i];
    if (d == '_') {
      if (p != '0') return i;
    } else if (is_decimal(d) || (x1 == 'x' && is_hex(d))) {
      d = '0';
    } else {
      if (p == '_') return i - 1;
      d = '.';
    }
  }
  return d == '_' ? n - 1 : -1;
}

static void number(Lexer *lx, bool seen_point) {
  bool ok = true;
  TokenKind kind = TK_INT;
  int base = 10, prefix = 0, digsep = 0, invalid = -1;
  char q[32];

  if (!seen_point) {
    if (lx->ch == '0') {
      nextch(lx);
      switch (lower(lx->ch)) {
      case 'x': nextch(lx); base = 16; prefix = 'x'; break;
      case 'o': nextch(lx); base = 8; prefix = 'o'; break;
      case 'b': nextch(lx); base = 2; prefix = 'b'; break;
      default: base = 8; prefix = '0'; digsep = 1; /* leading 0 */
      }
    }
    digsep |= digits(lx, base, &invalid);
    if (lx->ch == '.') {
      if (prefix == 'o' || prefix == 'b') {
        errorf(lx, "invalid radix point in %s literal", base_name(base));
        ok = false;
      }
      nextch(lx);
      seen_point = true;
    }
  }
  if (seen_point) {
    kind = TK_FLOAT;
    digsep |= digits(lx, base, &invalid);
  }
  if ((digsep & 1) == 0 && ok) {
    errorf(lx, "%s literal has no digits", base_name(base));
    ok = false;
  }

  int e = lower(lx->ch);
  if (e == 'e' || e == 'p') {
    if (ok) {
      if (e == 'e' && prefix != 0 && prefix != '0') {
        errorf(lx, "%s exponent requires decimal mantissa",
               lex_quote_rune(lx->ch, q));
        ok = false;
      } else if (e == 'p' && prefix != 'x') {
        errorf(lx, "%s exponent requires hexadecimal mantissa",
               lex_quote_rune(lx->ch, q));
        ok = false;
      }
    }
    nextch(lx);
    kind = TK_FLOAT;
    if (lx->ch == '+' || lx->ch == '-') nextch(lx);
    int none = -1;
    digsep = digits(lx, 10, &none) | (digsep & 2);
    if ((digsep & 1) == 0 && ok) {
      errorf(lx, "exponent has no digits");
      ok = false;
    }
  } else if (prefix == 'x' && kind == TK_FLOAT && ok) {
    errorf(lx, "hexadecimal mantissa requires a 'p' exponent");
    ok = false;
  }

  if (lx->ch == 'i') {
    kind = TK_IMAG;
    nextch(lx);
  }
  set_lit(lx, kind, ok);

  if (kind == TK_INT && invalid >= 0 && ok) {
    error_atf(lx, invalid, "invalid digit %s in %s literal",
              lex_quote_rune((unsigned char)lx->lit[invalid], q),
              base_name(base));
    ok = false;
  }
  if ((digsep & 2) != 0 && ok) {
    int i = invalid_sep(lx->lit, lx->litlen);
    if (i >= 0) {
      error_atf(lx, i, "'_' must separate successive digits");
      ok = false;
    }
  }
  lx->bad = !ok;
}

/* Scans an escape after the backslash; reports and returns false if it is
** malformed. At EOF it returns true: the caller reports the literal as not
** terminated. */
static bool escape(Lexer *lx, int32_t quote) {
  int n;
  uint32_t base, max;
  char q[32];

  switch (lx->ch) {
  case 'a': case 'b': case 'f': case 'n': case 'r': case 't': case 'v':
  case '\\':
    nextch(lx);
    return true;
  case '0': case '1': case '2': case '3': case '4': case '5': case '6':
  case '7':
    n = 3; base = 8; max = 255;
    break;
  case 'x': nextch(lx); n = 2; base = 16; max = 255; break;
  case 'u': nextch(lx); n = 4; base = 16; max = MAX_RUNE; break;
  case 'U': nextch(lx); n = 8; base = 16; max = MAX_RUNE; break;
  default:
    if (lx->ch == quote) {
      nextch(lx);
      return true;
    }
    if (lx->ch < 0) return true;
    errorf(lx, "unknown escape");
    return false;
  }

  uint32_t x = 0;
  for (int i = n; i > 0; i--) {
    if (lx->ch < 0) return true;
    uint32_t d = base;
    if (is_decimal(lx->ch))
      d = (uint32_t)lx->ch - '0';
    else if ('a' <= lower(lx->ch) && lower(lx->ch) <= 'f')
      d = (uint32_t)lower(lx->ch) - 'a' + 10;
    if (d >= base) {
      errorf(lx, "invalid character %s in %s escape",
             lex_quote_rune(lx->ch, q), base_name((int)base));
      return false;
    }
    x = x * base + d;
    nextch(lx);
  }
  if (x > max && base == 8) {
    errorf(lx, "octal escape value %u > 255", (unsigned)x);
    return false;
  }
  if (x > max || (0xD800 <= x && x < 0xE000)) {
    char u[32];
    snprintf(u, sizeof u, "U+%04X", (unsigned)x);
    if (x <= MAX_RUNE && !(0xD800 <= x && x < 0xE000))
      lex_format_U((int32_t)x, u);
    errorf(lx, "escape is invalid Unicode code point %s", u);
    return false;
  }
  return true;
}

static void rune_lit(Lexer *lx) {
  bool ok = true;
  nextch(lx);
  for (int n = 0;; n++) {
    if (lx->ch == '\'') {
      if (ok) {
        if (n == 0) {
          errorf(lx, "empty rune literal or unescaped '");
          ok = false;
        } else if (n != 1) {
          error_atf(lx, 0, "more than one character in rune literal");
          ok = false;
        }
      }
      nextch(lx);
      break;
    }
    if (lx->ch == '\\') {
      nextch(lx);
      if (!escape(lx, '\'')) ok = false;
      continue;
    }
    if (lx->ch == '\n') {
      if (ok) {
        errorf(lx, "newline in rune literal");
        ok = false;
      }
      break;
    }
    if (lx->ch < 0) {
      if (ok) {
        error_atf(lx, 0, "rune literal not terminated");
        ok = false;
      }
      break;
    }
    nextch(lx);
  }
  set_lit(lx, TK_CHAR, ok);
}

static void std_string(Lexer *lx) {
  bool ok = true;
  nextch(lx);
  for (;;) {
    if (lx->ch == '"') {
      nextch(lx);
      break;
    }
    if (lx->ch == '\\') {
      nextch(lx);
      if (!escape(lx, '"')) ok = false;
      continue;
    }
    if (lx->ch == '\n') {
      errorf(lx, "newline in string");
      ok = false;
      break;
    }
    if (lx->ch < 0) {
      error_atf(lx, 0, "string not terminated");
      ok = false;
      break;
    }
    nextch(lx);
  }
  set_lit(lx, TK_STRING, ok);
}

static void raw_string(Lexer *lx) {
  bool ok = true;
  nextch(lx);
  for (;;) {
    if (lx->ch == '`') {
      nextch(lx);
      break;
    }
    if (lx->ch < 0) {
      error_atf(lx, 0, "string not terminated");
      ok = false;
      break;
    }
    nextch(lx);
  }
  set_lit(lx, TK_STRING, ok);
}

static void skip_line(Lexer *lx) {
  /* the newline stays: it may become a semicolon */
  while (lx->ch >= 0 && lx->ch != '\n') nextch(lx);
}

static void skip_comment(Lexer *lx) {
  while (lx->ch >= 0) {
    while (lx->ch == '*') {
      nextch(lx);
      if (lx->ch == '/') {
        nextch(lx);
        return;
      }
    }
    nextch(lx);
  }
  error_atf(lx, 0, "comment not terminated");
}

/* The operator op, or its assignment form opa if '=' follows. */
static void assignop(Lexer *lx, TokenKind op, TokenKind opa) {
  if (lx->ch == '=') {
    nextch(lx);
    lx->tok = opa;
    return;
  }
  lx->tok = op;
}

/* Scans an operator or delimiter starting with the (ASCII) character c,
** already consumed. Returns false for a character that starts no token. */
static bool operator(Lexer *lx, int32_t c) {
  switch (c) {
  case '(': lx->tok = TK_LPAREN; break;
  case '[': lx->tok = TK_LBRACK; break;
  case '{': lx->tok = TK_LBRACE; break;
  case ',': lx->tok = TK_COMMA; break;
  case ';': lx->tok = TK_SEMICOLON; lx->semi = "semicolon"; break;
  case ')': lx->nlsemi = true; lx->tok = TK_RPAREN; break;
  case ']': lx->nlsemi = true; lx->tok = TK_RBRACK; break;
  case '}': lx->nlsemi = true; lx->tok = TK_RBRACE; break;
  case ':':
    if (lx->ch == '=') {
      nextch(lx);
      lx->tok = TK_DEFINE;
    } else {
      lx->tok = TK_COLON;
    }
    break;
  case '+':
    if (lx->ch == '+') {
      nextch(lx);
      lx->nlsemi = true;
      lx->tok = TK_INC;
    } else {
      assignop(lx, TK_ADD, TK_ADD_ASSIGN);
    }
    break;
  case '-':
    if (lx->ch == '-') {
      nextch(lx);
      lx->nlsemi = true;
      lx->tok = TK_DEC;
    } else {
      assignop(lx, TK_SUB, TK_SUB_ASSIGN);
    }
    break;
  case '*': assignop(lx, TK_MUL, TK_MUL_ASSIGN); break;
  case '/': assignop(lx, TK_QUO, TK_QUO_ASSIGN); break;
  case '%': assignop(lx, TK_REM, TK_REM_ASSIGN); break;
  case '&':
    if (lx->ch == '&') {
      nextch(lx);
      lx->tok = TK_LAND;
    } else if (lx->ch == '^') {
      nextch(lx);
      assignop(lx, TK_AND_NOT, TK_AND_NOT_ASSIGN);
    } else {
      assignop(lx, TK_AND, TK_AND_ASSIGN);
    }
    break;
  case '|':
    if (lx->ch == '|') {
      nextch(lx);
      lx->tok = TK_LOR;
    } else {
      assignop(lx, TK_OR, TK_OR_ASSIGN);
    }
    break;
  case '^': assignop(lx, TK_XOR, TK_XOR_ASSIGN); break;
  case '<':
    if (lx->ch == '=') {
      nextch(lx);
      lx->tok = TK_LEQ;
    } else if (lx->ch == '<') {
      nextch(lx);
      assignop(lx, TK_SHL, TK_SHL_ASSIGN);
    } else if (lx->ch == '-') {
      nextch(lx);
      lx->tok = TK_ARROW;
    } else {
      lx->tok = TK_LSS;
    }
    break;
  case '>':
    if (lx->ch == '=') {
      nextch(lx);
      lx->tok = TK_GEQ;
    } else if (lx->ch == '>') {
      nextch(lx);
      assignop(lx, TK_SHR, TK_SHR_ASSIGN);
    } else {
      lx->tok = TK_GTR;
    }
    break;
  case '=':
    if (lx->ch == '=') {
      nextch(lx);
      lx->tok = TK_EQL;
    } else {
      lx->tok = TK_ASSIGN;
    }
    break;
  case '!':
    if (lx->ch == '=') {
      nextch(lx);
      lx->tok = TK_NEQ;
    } else {
      lx->tok = TK_NOT;
    }
    break;
  case '~': lx->tok = TK_TILDE; break;
  default: return false;
  }
  return true;
}

void lex_next(Lexer *lx) {
  bool nlsemi = lx->nlsemi;
  lx->nlsemi = false;
  lx->lit = NULL;
  lx->litlen = 0;
  lx->bad = false;

redo:
  seg_stop(lx);
  while (lx->ch == ' ' || lx->ch == '\t' || (lx->ch == '\n' && !nlsemi) ||
         lx->ch == '\r')
    nextch(lx);

  lx->tline = lx->line + 1;
  lx->tcol = lx->col + 1;
  seg_start(lx);
  if (is_letter(lx->ch) || (lx->ch >= RUNE_SELF && at_ident_char(lx, true))) {
    nextch(lx);
    ident(lx);
    return;
  }

  int32_t c = lx->ch;
  switch (c) {
  case -1:
    if (nlsemi) {
      lx->semi = "EOF";
      lx->tok = TK_SEMICOLON;
    } else {
      lx->tok = TK_EOF;
    }
    return;
  case '\n':
    nextch(lx);
    lx->semi = "newline";
    lx->tok = TK_SEMICOLON;
    return;
  case '0': case '1': case '2': case '3': case '4': case '5': case '6':
  case '7': case '8': case '9':
    number(lx, false);
    return;
  case '"': std_string(lx); return;
  case '`': raw_string(lx); return;
  case '\'': rune_lit(lx); return;
  case '.':
    nextch(lx);
    if (is_decimal(lx->ch)) {
      number(lx, true);
      return;
    }
    if (lx->ch == '.') {
      nextch(lx);
      if (lx->ch == '.') {
        nextch(lx);
        lx->tok = TK_ELLIPSIS;
        return;
      }
      rewind_seg(lx); /* now ch holds the first '.' */
      nextch(lx);     /* consume it again */
    }
    lx->tok = TK_PERIOD;
    return;
  case '/':
    nextch(lx);
    if (lx->ch == '/') {
      nextch(lx);
      skip_line(lx);
      goto redo;
    }
    if (lx->ch == '*') {
      nextch(lx);
      skip_comment(lx);
      if (lx->line + 1 > lx->tline && nlsemi) {
        /* a multi-line comment acts like a newline */
        lx->semi = "newline";
        lx->tok = TK_SEMICOLON;
        return;
      }
      goto redo;
    }
    assignop(lx, TK_QUO, TK_QUO_ASSIGN);
    return;
  }

  nextch(lx);
  if (c < RUNE_SELF && operator(lx, c)) return;
  char u[32];
  char msg[64];
  snprintf(msg, sizeof msg, "invalid character %s", lex_format_U(c, u));
  lerror_at(lx, lx->tline - 1, lx->tcol - 1, msg);
  goto redo;
}

int lex_precedence(TokenKind k) {
  switch (k) {
  case TK_MUL: case TK_QUO: case TK_REM: case TK_SHL: case TK_SHR:
  case TK_AND: case TK_AND_NOT:
    return 5;
  case TK_ADD: case TK_SUB: case TK_OR: case TK_XOR:
    return 4;
  case TK_EQL: case TK_NEQ: case TK_LSS: case TK_LEQ: case TK_GTR:
  case TK_GEQ:
    return 3;
  case TK_LAND:
    return 2;
  case TK_LOR:
    return 1;
  default:
    return 0;
  }
}

/* }================================================================== */

/* {==================================================================
** Literal values
** =================================================================== */

static int hexval(int c) {
  if (is_decimal(c)) return c - '0';
  c = lower(c);
  if ('a' <= c && c <= 'f') return c - 'a' + 10;
  return 99;
}

/* Decodes one character or escape of an interpreted literal starting at
** s[*i]; sets *value and *is_byte (octal and \x escapes denote bytes, not
** code points). Returns false if malformed. */
static bool unquote_char(const char *s, size_t n, size_t *i, int32_t quote,
                         int32_t *value, bool *is_byte) {
  *is_byte = false;
  if (*i >= n) return false;
  unsigned char c = (unsigned char)s[*i];
  if (c == (unsigned)quote || c == '\n') return false;
  if (c != '\\') {
    int w;
    *value = lex_decode_rune((const unsigned char *)s + *i, n - *i, &w);
    *i += (size_t)w;
    return true;
  }
  if (++*i >= n) return false;
  c = (unsigned char)s[(*i)++];
  int digs, base;
  uint32_t max;
  switch (c) {
  case 'a': *value = '\a'; return true;
  case 'b': *value = '\b'; return true;
  case 'f': *value = '\f'; return true;
  case 'n': *value = '\n'; return true;
  case 'r': *value = '\r'; return true;
  case 't': *value = '\t'; return true;
  case 'v': *value = '\v'; return true;
  case '\\': *value = '\\'; return true;
  case '0': case '1': case '2': case '3': case '4': case '5': case '6':
  case '7':
    --*i;
    digs = 3; base = 8; max = 255; *is_byte = true;
    break;
  case 'x': digs = 2; base = 16; max = 255; *is_byte = true; break;
  case 'u': digs = 4; base = 16; max = MAX_RUNE; break;
  case 'U': digs = 8; base = 16; max = MAX_RUNE; break;
  default:
    if (c == (unsigned)quote) {
      *value = quote;
      return true;
    }
    return false;
  }
  uint32_t x = 0;
  for (int k = 0; k < digs; k++) {
    if (*i >= n) return false;
    int d = hexval((unsigned char)s[(*i)++]);
    if (d >= base) return false;
    x = x * (uint32_t)base + (uint32_t)d;
  }
  if (x > max || (!*is_byte && 0xD800 <= x && x < 0xE000)) return false;
  *value = (int32_t)x;
  return true;
}

int64_t lex_unquote_string(Comp *c, const char *raw, size_t len, char **out) {
  if (len < 2 || raw[len - 1] != raw[0]) return -1;
  /* an invalid UTF-8 byte becomes U+FFFD, 3 bytes (as strconv.Unquote);
     nothing else grows */
  char *buf = arena_alloc(&c->arena, 3 * len + 1);
  size_t n = 0;
  if (raw[0] == '`') {
    for (size_t i = 1; i + 1 < len; i++) {
      if (raw[i] == '`') return -1;
      if (raw[i] != '\r') buf[n++] = raw[i];
    }
  } else if (raw[0] == '"') {
    size_t i = 1, end = len - 1;
    while (i < end) {
      int32_t v;
      bool is_byte;
      if (!unquote_char(raw, end, &i, '"', &v, &is_byte)) return -1;
      if (is_byte)
        buf[n++] = (char)v;
      else
        n += (size_t)lex_encode_rune(v, buf + n);
    }
  } else {
    return -1;
  }
  buf[n] = 0;
  *out = buf;
  return (int64_t)n;
}

bool lex_unquote_rune(const char *raw, size_t len, int32_t *out) {
  if (len < 3 || raw[0] != '\'' || raw[len - 1] != '\'') return false;
  size_t i = 1, end = len - 1;
  bool is_byte;
  if (!unquote_char(raw, end, &i, '\'', out, &is_byte)) return false;
  return i == end;
}

/* }================================================================== */
