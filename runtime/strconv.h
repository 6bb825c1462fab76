/*
** strconv.h — the runtime's private text-conversion helpers, shared by fmt.c,
** print.c and the unit tests (not part of the interpreter's contract, which is
** runtime.h).
**
**  - Float formatting (strconv.c) produces exactly what Go's
**    strconv.AppendFloat produces, digit for digit: shortest round-trip digits
**    for precision -1, correctly rounded (half to even) digits otherwise.
**  - Quoting (strconv.c) follows strconv.Quote/QuoteRune, with Go's own
**    printability tables (strconv.IsPrint).
**  - UTF-8 (string.c) follows unicode/utf8: an invalid or truncated sequence
**    decodes as U+FFFD of width 1; surrogates and runes past U+10FFFF are
**    invalid.
** Everything appends to an rt_Buf (runtime.h), which grows with realloc.
*/
#ifndef RT_STRCONV_H
#define RT_STRCONV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "runtime.h"

#define RT_RUNE_ERROR 0xFFFD
#define RT_MAX_RUNE 0x10FFFF

/* strconv.AppendFloat(dst, v, fmt, prec, bitsize): fmt is one of
** 'e' 'E' 'f' 'g' 'G' 'b' 'x' 'X'; prec -1 asks for the shortest digits that
** round-trip; bitsize 32 formats (float)v with float32's shortest digits. */
void rt_ftoa(rt_Buf *dst, double v, char fmt, int prec, int bitsize);

/* strconv.FormatComplex's text, "(re±imi)": each part as rt_ftoa formats
** it with bitsize / 2 (complex64: float32 parts; bitsize 64 or 128), a '+'
** added before the imaginary part unless it has a sign ("+Inf", "NaN"). */
void rt_ftoa_complex(rt_Buf *dst, double re, double im, char fmt, int prec, int bitsize);

/* strconv.AppendQuote / AppendQuoteToASCII ([quote] '"') and the rune forms
** (AppendQuoteRune, [quote] '\''). */
void rt_quote(rt_Buf *dst, const uint8_t *s, size_t n, bool ascii_only);
void rt_quote_rune(rt_Buf *dst, int32_t r, bool ascii_only);
bool rt_can_backquote(const uint8_t *s, size_t n);
bool rt_isprint(int32_t r);

/* string.c: unicode/utf8 */
int32_t rt_utf8_decode(const uint8_t *s, size_t n, int *width);
int rt_utf8_encode(uint8_t out[4], int32_t r);  /* invalid r -> U+FFFD */
int64_t rt_utf8_count(const uint8_t *s, size_t n);
bool rt_valid_rune(int64_t r);

#endif /* RT_STRCONV_H */
