/*
** lex.h — the scanner: Go source bytes to tokens (Go spec "Lexical
** elements"), a port of cmd/compile/internal/syntax/scanner.go so that
** positions and messages match gc's.
**
** The lexer reads one token ahead of nothing: lex_next advances to the next
** token and leaves it in the Lexer's tok* fields. Comments are skipped; a
** newline (or a comment spanning lines, or EOF) after a token that may end a
** statement becomes a TK_SEMICOLON whose `semi` spelling is "newline" or
** "EOF", as the spec's automatic semicolon insertion rule demands.
**
** Invariants:
**  - Positions are 1-based; columns count bytes (as gc does), tabs count 1.
**  - Lexical errors never stop the scan: bad bytes (NUL, invalid UTF-8,
**    stray characters) are reported and skipped; malformed literals are
**    returned with tok_bad set. Every call consumes at least one byte or
**    returns TK_EOF, so the scan always terminates.
**  - Literal and identifier text points into the source buffer (not
**    NUL-terminated; use the length).
*/
#ifndef LEX_H
#define LEX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ast.h"

struct Comp;

/* Called for each lexical error at (line, col); msg is Go's wording. */
typedef void (*lex_ErrorFn)(void *ud, int line, int col, const char *msg);

typedef struct Lexer {
  const char *src;     /* the bytes, src[len] must be readable (NUL) */
  size_t len;
  lex_ErrorFn errh;
  void *ud;

  /* reading state (source.go) */
  size_t r;            /* offset of the byte after ch */
  int32_t ch;          /* current character, -1 at EOF */
  int chw;             /* its width in bytes (0 at EOF) */
  int line, col;       /* 0-based position of ch (as source.go) */
  long seg;            /* start offset of the current token, or -1 */
  bool nlsemi;         /* a newline here becomes a semicolon */

  /* the current token */
  TokenKind tok;
  int tline, tcol;     /* its position */
  const char *lit;     /* TK_IDENT and literals: source text */
  int litlen;
  const char *semi;    /* TK_SEMICOLON: "semicolon", "newline" or "EOF" */
  bool bad;            /* literals: a lexical error was reported */
} Lexer;

/* Prepares to scan src[0..len); src[len] must be a NUL byte. Errors go to
** errh (which must not be NULL). Call lex_next to read the first token. */
void lex_init(Lexer *lx, const char *src, size_t len, lex_ErrorFn errh,
              void *ud);
void lex_next(Lexer *lx);

/* An error handler that reports to a Comp with cmp_error (ud is the Comp). */
void lex_comp_error(void *ud, int line, int col, const char *msg);

/* Binary operator precedence (Go spec): 5 for * / % << >> & &^, 4 for
** + - | ^, 3 for comparisons, 2 for &&, 1 for ||, 0 for other tokens. */
int lex_precedence(TokenKind k);

/* Unicode classes used by the scanner (Go's unicode.IsLetter,
** unicode.IsDigit, strconv.IsPrint). */
bool lex_is_letter(int32_t r);
bool lex_is_digit(int32_t r);
bool lex_is_print(int32_t r);

/* UTF-8 decoding as Go's utf8.DecodeRune: returns the rune and sets *width;
** an invalid or truncated sequence yields 0xFFFD with width 1. n > 0. */
int32_t lex_decode_rune(const unsigned char *s, size_t n, int *width);
/* Encodes r (invalid runes as U+FFFD) into buf[4]; returns the length. */
int lex_encode_rune(int32_t r, char *buf);

/* Formats a rune as Go's %#U ("U+0040 '@'") and %q ('@', '\n', '\x00')
** into buf (at least 32 bytes); returns buf. */
char *lex_format_U(int32_t r, char *buf);
char *lex_quote_rune(int32_t r, char *buf);

/* Decodes the value of a well-formed string literal into a fresh arena
** buffer, as strconv.Unquote does: raw strings drop carriage returns, and
** in interpreted ones an invalid UTF-8 byte becomes U+FFFD. *out receives
** the bytes (NUL-terminated for convenience; the value may contain NULs);
** the result is the length, or -1 if raw is not a valid string literal. */
int64_t lex_unquote_string(struct Comp *c, const char *raw, size_t len,
                           char **out);
/* Decodes a rune literal; returns false if raw is not a valid one. */
bool lex_unquote_rune(const char *raw, size_t len, int32_t *out);

#endif /* LEX_H */
