/*
** test_lex.c — the scanner (compiler/lex.c): token kinds and texts,
** positions, automatic semicolons, literals and their values, and gc's
** wording for lexical errors. Expected messages and positions were taken
** from `go tool compile` (Go 1.19) on the same inputs.
*/
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler/compiler.h"
#include "compiler/lex.h"

#define MAXTOK 256

typedef struct Tok {
  TokenKind kind;
  char lit[64];
  int line, col;
  const char *semi;
  bool bad;
} Tok;

typedef struct Scan {
  Tok toks[MAXTOK];
  int n;
  char errors[2048]; /* "line:col: msg\n" ... */
} Scan;

static void collect_error(void *ud, int line, int col, const char *msg) {
  Scan *s = ud;
  size_t n = strlen(s->errors);
  snprintf(s->errors + n, sizeof s->errors - n, "%d:%d: %s\n", line, col, msg);
}

/* Scans src (len bytes) to the end. */
static void scan_n(Scan *s, const char *src, size_t len) {
  memset(s, 0, sizeof *s);
  char *copy = malloc(len + 1);
  memcpy(copy, src, len);
  copy[len] = 0;
  Lexer lx;
  lex_init(&lx, copy, len, collect_error, s);
  for (;;) {
    lex_next(&lx);
    cr_assert_lt(s->n, MAXTOK, "too many tokens");
    Tok *t = &s->toks[s->n++];
    t->kind = lx.tok;
    t->line = lx.tline;
    t->col = lx.tcol;
    t->bad = lx.bad;
    t->semi = lx.tok == TK_SEMICOLON ? lx.semi : NULL;
    if (lx.lit != NULL) {
      int n = lx.litlen < 63 ? lx.litlen : 63;
      memcpy(t->lit, lx.lit, (size_t)n);
      t->lit[n] = 0;
    }
    if (lx.tok == TK_EOF) break;
  }
  free(copy);
}

static void scan(Scan *s, const char *src) { scan_n(s, src, strlen(src)); }

/* The token kinds as a space-separated string of their spellings, with
** semicolons shown as ";nl", ";eof" or ";". */
static const char *kinds(Scan *s) {
  static char buf[4096];
  buf[0] = 0;
  for (int i = 0; i < s->n; i++) {
    const Tok *t = &s->toks[i];
    const char *k;
    if (t->kind == TK_SEMICOLON)
      k = strcmp(t->semi, "newline") == 0 ? ";nl" : strcmp(t->semi, "EOF") == 0 ? ";eof" : ";";
    else if (t->kind == TK_IDENT || (t->kind >= TK_INT && t->kind <= TK_STRING))
      k = t->lit;
    else
      k = ast_token_string(t->kind);
    if (i > 0) strcat(buf, " ");
    strcat(buf, k);
  }
  return buf;
}

Test(lex, semicolon_insertion) {
  Scan s;
  scan(&s, "x\ny\n");
  cr_assert_str_eq(kinds(&s), "x ;nl y ;nl EOF");
  /* after ) ] } ++ -- literals and break continue fallthrough return */
  scan(&s, "f()\na[i]\n}\nx++\ny--\n1\n'a'\n\"s\"\nbreak\ncontinue\nfallthrough\nreturn\n");
  cr_assert_str_eq(kinds(&s),
                   "f ( ) ;nl a [ i ] ;nl } ;nl x ++ ;nl y -- ;nl 1 ;nl 'a' ;nl \"s\" ;nl "
                   "break ;nl continue ;nl fallthrough ;nl return ;nl EOF");
  /* none after operators, opening brackets, commas and other keywords */
  scan(&s, "a +\nb (\nc ,\nd {\nif\nfunc\n");
  cr_assert_str_eq(kinds(&s), "a + b ( c , d { if func EOF");
  /* at EOF without a final newline */
  scan(&s, "x");
  cr_assert_str_eq(kinds(&s), "x ;eof EOF");
  scan(&s, "x // comment");
  cr_assert_str_eq(kinds(&s), "x ;eof EOF");
}

Test(lex, comments) {
  Scan s;
  /* a block comment spanning lines acts like a newline */
  scan(&s, "a /* one\ntwo */ b");
  cr_assert_str_eq(kinds(&s), "a ;nl b ;eof EOF");
  cr_assert_eq(s.toks[1].line, 1);
  cr_assert_eq(s.toks[1].col, 3, "the semicolon sits at the comment");
  /* on one line it does not */
  scan(&s, "a /* one */ b");
  cr_assert_str_eq(kinds(&s), "a b ;eof EOF");
  scan(&s, "a // x\n// y\nb");
  cr_assert_str_eq(kinds(&s), "a ;nl b ;eof EOF");
  scan(&s, "/* open");
  cr_assert_str_eq(s.errors, "1:1: comment not terminated\n");
}

Test(lex, operators) {
  Scan s;
  scan(&s, "+ - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= >>= &^= && || <- ++ -- "
           "== < > = ! != <= >= := ... ( [ { , . ) ] } ; : ~");
  static const TokenKind want[] = {
    TK_ADD, TK_SUB, TK_MUL, TK_QUO, TK_REM, TK_AND, TK_OR, TK_XOR, TK_SHL, TK_SHR,
    TK_AND_NOT, TK_ADD_ASSIGN, TK_SUB_ASSIGN, TK_MUL_ASSIGN, TK_QUO_ASSIGN,
    TK_REM_ASSIGN, TK_AND_ASSIGN, TK_OR_ASSIGN, TK_XOR_ASSIGN, TK_SHL_ASSIGN,
    TK_SHR_ASSIGN, TK_AND_NOT_ASSIGN, TK_LAND, TK_LOR, TK_ARROW, TK_INC, TK_DEC,
    TK_EQL, TK_LSS, TK_GTR, TK_ASSIGN, TK_NOT, TK_NEQ, TK_LEQ, TK_GEQ, TK_DEFINE,
    TK_ELLIPSIS, TK_LPAREN, TK_LBRACK, TK_LBRACE, TK_COMMA, TK_PERIOD, TK_RPAREN,
    TK_RBRACK, TK_RBRACE, TK_SEMICOLON, TK_COLON, TK_TILDE, TK_EOF};
  int n = sizeof want / sizeof want[0];
  cr_assert_eq(s.n, n);
  for (int i = 0; i < n; i++)
    cr_assert_eq(s.toks[i].kind, want[i], "token %d: %s", i, ast_token_string(s.toks[i].kind));
  cr_assert_str_eq(s.errors, "");
  /* ".." is two periods; "a.b" a selector */
  scan(&s, "a..b");
  cr_assert_str_eq(kinds(&s), "a . . b ;eof EOF");
  cr_assert_eq(s.toks[2].col, 3);
  cr_assert_eq(s.toks[3].col, 4);
}

Test(lex, keywords_and_identifiers) {
  Scan s;
  scan(&s, "break case chan const continue default defer else fallthrough for func go "
           "goto if import interface map package range return select struct switch "
           "type var");
  for (int i = 0; i < 25; i++) cr_assert_eq(s.toks[i].kind, TK_BREAK + i);
  scan(&s, "_x x1 Breaks αβγ 日本語 _ résumé");
  cr_assert_str_eq(kinds(&s), "_x x1 Breaks αβγ 日本語 _ résumé ;eof EOF");
  for (int i = 0; i < 7; i++) cr_assert_eq(s.toks[i].kind, TK_IDENT);
  cr_assert_str_eq(s.errors, "");
}

Test(lex, positions_count_bytes) {
  Scan s;
  scan(&s, "é := 1\n\tx\t= \"ü\" + y");
  cr_assert_eq(s.toks[0].col, 1);
  cr_assert_eq(s.toks[1].col, 4, ":= after a 2-byte letter");
  cr_assert_eq(s.toks[2].col, 7);
  cr_assert_eq(s.toks[4].line, 2);
  cr_assert_eq(s.toks[4].col, 2, "a tab counts one column");
  cr_assert_eq(s.toks[5].col, 4);
  cr_assert_eq(s.toks[6].col, 6);
  cr_assert_eq(s.toks[7].col, 11, "\"ü\" is 4 bytes");
}

Test(lex, number_literals) {
  Scan s;
  scan(&s, "0 42 0x1F 0X_ff 0o17 0O7 0b101 0B_1 017 1_000_000 0_7");
  for (int i = 0; i < 11; i++) {
    cr_assert_eq(s.toks[i].kind, TK_INT, "%s", s.toks[i].lit);
    cr_assert(!s.toks[i].bad);
  }
  cr_assert_str_eq(kinds(&s), "0 42 0x1F 0X_ff 0o17 0O7 0b101 0B_1 017 1_000_000 0_7 ;eof EOF");
  scan(&s, "1. .5 1.5 1e10 1E+3 2.5e-3 0x1p-2 0x1.8p1 0X.8P0 1_0.2_5 089.5 00.1");
  for (int i = 0; i < 12; i++) {
    cr_assert_eq(s.toks[i].kind, TK_FLOAT, "%s", s.toks[i].lit);
    cr_assert(!s.toks[i].bad, "%s", s.toks[i].lit);
  }
  scan(&s, "1i 0i 1.5i 1e3i 0x1p3i 0o7i 0b1i 089i");
  for (int i = 0; i < 8; i++) {
    cr_assert_eq(s.toks[i].kind, TK_IMAG, "%s", s.toks[i].lit);
    cr_assert(!s.toks[i].bad, "%s", s.toks[i].lit);
  }
  cr_assert_str_eq(s.errors, "");
}

Test(lex, number_errors) {
  Scan s;
  scan(&s, "0x");
  cr_assert_str_eq(s.errors, "1:3: hexadecimal literal has no digits\n");
  cr_assert(s.toks[0].bad);
  scan(&s, "0b102");
  cr_assert_str_eq(s.errors, "1:5: invalid digit '2' in binary literal\n");
  scan(&s, "089");
  cr_assert_str_eq(s.errors, "1:2: invalid digit '8' in octal literal\n");
  scan(&s, "1__0");
  cr_assert_str_eq(s.errors, "1:3: '_' must separate successive digits\n");
  scan(&s, "1_");
  cr_assert_str_eq(s.errors, "1:2: '_' must separate successive digits\n");
  scan(&s, "1e");
  cr_assert_str_eq(s.errors, "1:3: exponent has no digits\n");
  scan(&s, "0x1.0");
  cr_assert_str_eq(s.errors, "1:6: hexadecimal mantissa requires a 'p' exponent\n");
  scan(&s, "0b1.0");
  cr_assert_str_eq(s.errors, "1:4: invalid radix point in binary literal\n");
  scan(&s, "0x1e3p1 0o1e1");
  cr_assert_str_eq(s.errors, "1:12: 'e' exponent requires decimal mantissa\n");
  scan(&s, "1p3");
  cr_assert_str_eq(s.errors, "1:2: 'p' exponent requires hexadecimal mantissa\n");
}

Test(lex, rune_and_string_literals) {
  Scan s;
  scan(&s, "'a' 'é' '\\n' '\\'' '\\x41' '\\101' '\\u00e9' '\\U0001F600' \"\" \"a\\tb\\\"\" "
           "`raw\\n` `multi\nline`");
  for (int i = 0; i < 8; i++) cr_assert_eq(s.toks[i].kind, TK_CHAR, "%d", i);
  for (int i = 8; i < 12; i++) cr_assert_eq(s.toks[i].kind, TK_STRING, "%d", i);
  cr_assert_str_eq(s.toks[11].lit, "`multi\nline`");
  cr_assert_eq(s.toks[12].kind, TK_SEMICOLON);
  cr_assert_eq(s.toks[12].line, 2, "the raw string spans two lines");
  cr_assert_str_eq(s.errors, "");
}

Test(lex, literal_errors) {
  Scan s;
  scan(&s, "\"abc\nx");
  cr_assert_str_eq(s.errors, "1:5: newline in string\n");
  cr_assert(s.toks[0].bad);
  scan(&s, "\"abc");
  cr_assert_str_eq(s.errors, "1:1: string not terminated\n");
  scan(&s, "`abc");
  cr_assert_str_eq(s.errors, "1:1: string not terminated\n");
  scan(&s, "'ab'");
  cr_assert_str_eq(s.errors, "1:1: more than one character in rune literal\n");
  scan(&s, "''");
  cr_assert_str_eq(s.errors, "1:2: empty rune literal or unescaped '\n");
  scan(&s, "'a\n'");
  cr_assert_str_eq(s.errors, "1:3: newline in rune literal\n2:1: rune literal not terminated\n");
  scan(&s, "'a");
  cr_assert_str_eq(s.errors, "1:1: rune literal not terminated\n");
  scan(&s, "'\\q'");
  cr_assert_str_eq(s.errors, "1:3: unknown escape\n");
  scan(&s, "\"\\'\"");
  cr_assert_str_eq(s.errors, "1:3: unknown escape\n");
  scan(&s, "'\\400'");
  cr_assert_str_eq(s.errors, "1:6: octal escape value 256 > 255\n");
  scan(&s, "\"\\uD800\"");
  cr_assert_str_eq(s.errors, "1:8: escape is invalid Unicode code point U+D800\n");
  scan(&s, "\"\\U00110000\"");
  cr_assert_str_eq(s.errors, "1:12: escape is invalid Unicode code point U+110000\n");
  scan(&s, "'\\x4g'");
  cr_assert_str_eq(s.errors, "1:5: invalid character 'g' in hexadecimal escape\n");
  scan(&s, "'\\x4\n'");
  cr_assert(strstr(s.errors, "1:5: invalid character '\\n' in hexadecimal escape\n") == s.errors);
}

Test(lex, bad_characters) {
  Scan s;
  scan(&s, "a @ b");
  cr_assert_str_eq(s.errors, "1:3: invalid character U+0040 '@'\n");
  cr_assert_str_eq(kinds(&s), "a b ;eof EOF", "the bad character is skipped");
  scan(&s, "a # $ ?");
  cr_assert_str_eq(s.errors, "1:3: invalid character U+0023 '#'\n1:5: invalid character U+0024 '$'\n"
                             "1:7: invalid character U+003F '?'\n");
  scan(&s, "\x01");
  cr_assert_str_eq(s.errors, "1:1: invalid character U+0001\n");
  scan_n(&s, "a\0b", 3);
  cr_assert_str_eq(s.errors, "1:2: invalid NUL character\n");
  /* the NUL is skipped, the identifier goes on (its text keeps the byte) */
  cr_assert_eq(s.n, 3);
  cr_assert_eq(s.toks[0].kind, TK_IDENT);
  cr_assert(s.toks[0].lit[0] == 'a' && s.toks[0].lit[1] == 0 && s.toks[0].lit[2] == 'b');
  scan(&s, "x \xff y");
  cr_assert_str_eq(s.errors, "1:3: invalid UTF-8 encoding\n");
  scan(&s, "\"a\xc3\"");
  cr_assert_str_eq(s.errors, "1:3: invalid UTF-8 encoding\n");
  scan(&s, "\xEF\xBB\xBFx");
  cr_assert_str_eq(s.errors, "", "a BOM at the start is ignored");
  cr_assert_eq(s.toks[0].col, 4);
  scan(&s, "x\xEF\xBB\xBF");
  cr_assert_str_eq(s.errors, "1:2: invalid BOM in the middle of the file\n");
  scan(&s, "x·y");
  cr_assert_str_eq(s.errors, "1:2: invalid character U+00B7 '·' in identifier\n");
  cr_assert_str_eq(kinds(&s), "x·y ;eof EOF");
  scan(&s, "€");
  cr_assert_str_eq(s.errors, "1:1: invalid character U+20AC '€' in identifier\n");
  scan(&s, "٣x");
  cr_assert_str_eq(s.errors, "1:1: identifier cannot begin with digit U+0663 '٣'\n");
}

Test(lex, unquote) {
  Comp c;
  cmp_init(&c, "t.go", "", 0);
  char *out;
  const char *lit = "\"\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\"";
  int64_t n = lex_unquote_string(&c, lit, strlen(lit), &out);
  cr_assert_eq(n, 9);
  cr_assert_eq(memcmp(out, "\a\b\f\n\r\t\v\\\"", 9), 0);
  lit = "\"\\x41\\101\\u00e9\\U0001F600\\000\"";
  n = lex_unquote_string(&c, lit, strlen(lit), &out);
  cr_assert_eq(n, 2 + 2 + 4 + 1);
  cr_assert_eq(memcmp(out, "AA\xc3\xa9\xf0\x9f\x98\x80\0", 9), 0);
  lit = "\"\\xff\"";
  n = lex_unquote_string(&c, lit, strlen(lit), &out);
  cr_assert_eq(n, 1);
  cr_assert_eq((unsigned char)out[0], 0xff, "\\x escapes are bytes");
  lit = "`a\\n\r\nb`";
  n = lex_unquote_string(&c, lit, strlen(lit), &out);
  cr_assert_eq(n, 5);
  cr_assert_str_eq(out, "a\\n\nb", "raw strings drop carriage returns");
  /* an invalid byte is U+FFFD in the value, as strconv.Unquote makes it */
  lit = "\"a\xff\xf1" "b\"";
  n = lex_unquote_string(&c, lit, strlen(lit), &out);
  cr_assert_eq(n, 8);
  cr_assert_eq(memcmp(out, "a\xef\xbf\xbd\xef\xbf\xbd" "b", 8), 0);
  cr_assert_eq(lex_unquote_string(&c, "\"\\q\"", 4, &out), -1);
  cr_assert_eq(lex_unquote_string(&c, "\"abc", 4, &out), -1);

  int32_t r;
  cr_assert(lex_unquote_rune("'a'", 3, &r) && r == 'a');
  cr_assert(lex_unquote_rune("'\\''", 4, &r) && r == '\'');
  cr_assert(lex_unquote_rune("'é'", 4, &r) && r == 0xe9);
  cr_assert(lex_unquote_rune("'\\377'", 6, &r) && r == 255);
  cr_assert(lex_unquote_rune("'\\U0001F600'", 12, &r) && r == 0x1F600);
  cr_assert(!lex_unquote_rune("'ab'", 4, &r));
  cr_assert(!lex_unquote_rune("'\\\"'", 4, &r));
  cmp_free(&c);
}

Test(lex, rune_formatting) {
  char buf[32];
  cr_assert_str_eq(lex_format_U('@', buf), "U+0040 '@'");
  cr_assert_str_eq(lex_format_U(0, buf), "U+0000");
  cr_assert_str_eq(lex_format_U(0x1F600, buf), "U+1F600 '\xf0\x9f\x98\x80'");
  cr_assert_str_eq(lex_quote_rune('\n', buf), "'\\n'");
  cr_assert_str_eq(lex_quote_rune('\'', buf), "'\\''");
  cr_assert_str_eq(lex_quote_rune(1, buf), "'\\x01'");
  cr_assert_str_eq(lex_quote_rune(0x85, buf), "'\\u0085'");
  cr_assert_str_eq(lex_quote_rune(0xE9, buf), "'é'");
  cr_assert(lex_is_letter(0x3B1) && !lex_is_letter(0xB7) && !lex_is_letter('1'));
  cr_assert(lex_is_digit(0x663) && !lex_is_digit('a'));
}

Test(lex, utf8_decoding) {
  int w;
  cr_assert_eq(lex_decode_rune((const unsigned char *)"\xc3\xa9", 2, &w), 0xe9);
  cr_assert_eq(w, 2);
  /* overlong, surrogate, truncated and out-of-range sequences */
  cr_assert_eq(lex_decode_rune((const unsigned char *)"\xc0\x80", 2, &w), 0xFFFD);
  cr_assert_eq(w, 1);
  cr_assert_eq(lex_decode_rune((const unsigned char *)"\xed\xa0\x80", 3, &w), 0xFFFD);
  cr_assert_eq(lex_decode_rune((const unsigned char *)"\xe2\x82", 2, &w), 0xFFFD);
  cr_assert_eq(lex_decode_rune((const unsigned char *)"\xf4\x90\x80\x80", 4, &w), 0xFFFD);
  char buf[4];
  cr_assert_eq(lex_encode_rune(0x10FFFF, buf), 4);
  cr_assert_eq(lex_encode_rune(0xD800, buf), 3, "surrogates encode as U+FFFD");
}

/* Random bytes never hang or crash the scanner: every token consumes input. */
Test(lex, random_bytes_terminate) {
  unsigned seed = 12345;
  char buf[512];
  for (int iter = 0; iter < 2000; iter++) {
    size_t len = (size_t)(iter % 500) + 1;
    for (size_t i = 0; i < len; i++) {
      seed = seed * 1103515245u + 12345u;
      /* bias toward Go's punctuation so that literals and comments start */
      static const char alpha[] = "\"'`/*\\\n x0.e_9pi+-<>=!&|^{}()[],;:\xc3\xa9\xff\0";
      buf[i] = (seed >> 16) % 3 == 0 ? (char)(seed >> 8) : alpha[(seed >> 16) % (sizeof alpha - 1)];
    }
    Lexer lx;
    char *copy = malloc(len + 1);
    memcpy(copy, buf, len);
    copy[len] = 0;
    Scan s;
    memset(&s, 0, sizeof s);
    lex_init(&lx, copy, len, collect_error, &s);
    int ntok = 0;
    do {
      lex_next(&lx);
      s.errors[0] = 0; /* keep the buffer from filling up */
      cr_assert_leq(++ntok, (int)len + 2, "scanner made no progress");
    } while (lx.tok != TK_EOF);
    free(copy);
  }
}
