/*
** constant.h — exact arithmetic on Go constants (go/constant's role).
**
** Untyped integer constants are arbitrary-precision integers (at least 512
** bits, Go's own limit); untyped floating constants keep at least the
** precision of a long double and are exact for the integer-valued and
** decimal cases the spec's examples use; strings and booleans are plain.
** Representability checks (cst_representable) decide overflow errors such as
** `cannot use 300 (untyped int constant) as int8 value in ... (overflows)`
** and `constant 256 overflows byte`.
**
** Invariants: a ConstVal is immutable once made; operations return new values
** allocated in the compilation's arena.
*/
#ifndef CONSTANT_H
#define CONSTANT_H

#include <stdbool.h>
#include <stdint.h>

#include "ast.h"

struct Comp;

typedef enum ConstKind { CV_BOOL, CV_STRING, CV_INT, CV_FLOAT, CV_COMPLEX } ConstKind;

/* The representation behind these fields is constant.c's business; callers
** use the functions below. */
struct ConstVal {
  ConstKind kind;
  bool b;
  const char *s; int64_t slen;   /* CV_STRING: bytes, may contain NUL */
  void *repr;                    /* CV_INT/CV_FLOAT/CV_COMPLEX: internal */
};

ConstVal *cst_bool(struct Comp *c, bool b);
ConstVal *cst_string(struct Comp *c, const char *s, int64_t len);
ConstVal *cst_int64(struct Comp *c, int64_t v);
ConstVal *cst_uint64(struct Comp *c, uint64_t v);
/* From literal source text (TK_INT, TK_FLOAT, TK_IMAG, TK_CHAR, TK_STRING,
** with Go's prefixes, underscores and escapes); NULL if malformed. */
ConstVal *cst_from_literal(struct Comp *c, TokenKind tok, const char *raw, int len);

/* Arithmetic; op is a TokenKind. Division by zero and the like are reported
** by the checker before calling; integer division truncates when both
** operands are CV_INT (the checker converts first for float division). */
ConstVal *cst_binary(struct Comp *c, TokenKind op, ConstVal *x, ConstVal *y);
ConstVal *cst_unary(struct Comp *c, TokenKind op, ConstVal *x,
                    int unsigned_bits /* for ^x of unsigned types, else 0 */);
ConstVal *cst_shift(struct Comp *c, TokenKind op, ConstVal *x, uint64_t s);
bool cst_compare(TokenKind op, ConstVal *x, ConstVal *y);
ConstVal *cst_to_int(struct Comp *c, ConstVal *x);    /* NULL if not integral */
/* string(x) for an integer constant: its UTF-8 encoding, "\uFFFD" when x is
** not a valid code point. */
ConstVal *cst_rune_string(struct Comp *c, ConstVal *x);
ConstVal *cst_to_float(struct Comp *c, ConstVal *x);
ConstVal *cst_to_complex(struct Comp *c, ConstVal *x);
bool cst_is_zero(ConstVal *x);
int cst_sign(ConstVal *x);
/* Bits of |x| for CV_INT (0 otherwise): Go's 512-bit limit on untyped
** integer constants is checked with it. */
int cst_bitlen(ConstVal *x);

/* Whether x fits type kind k (types.h TypeKind, typed basic kinds); for
** floats, rounds to the type's precision through *rounded if non-NULL. */
bool cst_representable(struct Comp *c, ConstVal *x, int typekind, ConstVal **rounded);

/* Extraction for the code generator (values already representable). */
int64_t cst_int64_value(ConstVal *x);
uint64_t cst_uint64_value(ConstVal *x);
double cst_float64_value(ConstVal *x);
double cst_imag_value(ConstVal *x);
/* real(x) or imag(x) of a complex constant, exactly (an untyped float). */
ConstVal *cst_complex_part(struct Comp *c, ConstVal *x, bool imag);
/* The constant as Go's diagnostics print it ("300", "1e+100", "\"abc\"");
** "unknown" for NULL (a value lost to an earlier error). */
const char *cst_string_repr(struct Comp *c, ConstVal *x);
/* Go's strconv.Quote of the bytes s[0..n). */
char *cst_quote(struct Comp *c, const char *s, int64_t n);

#endif /* CONSTANT_H */
