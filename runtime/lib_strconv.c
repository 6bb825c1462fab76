/*
** lib_strconv.c — package strconv (stdlib.def): integer and float
** formatting, quoting, Unquote, and the parsers that return errors.
**
** Formatting reuses strconv.c (rt_ftoa: Go's shortest and fixed-precision
** float digits; rt_quote: Go's escapes and printability). Parsing follows
** Go 1.19's atoi.go and atof.go rule for rule: base prefixes and
** underscores only with base 0 (underscoreOK), range errors return the
** clamped value with ErrRange, every failure is a *strconv.NumError naming
** the function ("Atoi" for Atoi, even when ParseInt found the fault) with a
** copy of the input. ParseFloat checks Go's float syntax itself (readFloat:
** decimal or 0x-hex mantissa, hex needs a p exponent, "inf", "infinity",
** "nan" in any case, underscores between digits) and then lets strtod /
** strtof round, which glibc does correctly, as Go's Eisel-Lemire and
** decimal fallback do; overflow is ±Inf with ErrRange, underflow is not an
** error.
*/
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "lib.h"

static const char digits36[] = "0123456789abcdefghijklmnopqrstuvwxyz";

/* {==================================================================
** Formatting
** =================================================================== */

/* The digits of |u| (negated when [neg]) in [base] into [b]. */
static void format_bits(rt_Buf *b, uint64_t u, int base, bool neg) {
  char tmp[65];
  int i = (int)sizeof tmp;
  do {
    tmp[--i] = digits36[u % (uint64_t)base];
    u /= (uint64_t)base;
  } while (u);
  if (neg) tmp[--i] = '-';
  rt_buf_append(b, tmp + i, sizeof tmp - (size_t)i);
}

static void check_base(VM *vm, int64_t base) {
  if (base < 2 || base > 36) rt_panic_plain(vm, "strconv: illegal AppendInt/FormatInt base");
}

static void format_int(rt_Buf *b, int64_t i, int base) {
  bool neg = i < 0;
  format_bits(b, neg ? 0 - (uint64_t)i : (uint64_t)i, base, neg);
}

void rt_strconv_Itoa(VM *vm, Word *a) {
  rt_Buf b = {0};
  format_int(&b, a[0].i, 10);
  lib_ret_str(a, lib_buf_string(vm, &b));
}

void rt_strconv_FormatInt(VM *vm, Word *a) {
  check_base(vm, a[1].i);
  rt_Buf b = {0};
  format_int(&b, a[0].i, (int)a[1].i);
  lib_ret_str(a, lib_buf_string(vm, &b));
}

void rt_strconv_FormatUint(VM *vm, Word *a) {
  check_base(vm, a[1].i);
  rt_Buf b = {0};
  format_bits(&b, a[0].u, (int)a[1].i, false);
  lib_ret_str(a, lib_buf_string(vm, &b));
}

void rt_strconv_FormatBool(VM *vm, Word *a) {
  (void)vm;
  const char *s = a[0].i ? "true" : "false";
  lib_ret_str(a, (GoString){(const uint8_t *)s, a[0].i ? 4 : 5});
}

/* func FormatFloat(f float64, fmt byte, prec, bitSize int) string */
void rt_strconv_FormatFloat(VM *vm, Word *a) {
  int64_t bitsize = a[3].i;
  if (bitsize != 32 && bitsize != 64)
    rt_panic_plain(vm, "strconv: illegal AppendFloat/FormatFloat bitSize");
  rt_Buf b = {0};
  int64_t prec = a[2].i;
  if (prec > 1 << 20) prec = 1 << 20; /* beyond any exact digit; bounds the buffer */
  rt_ftoa(&b, a[0].f, (char)a[1].u, (int)(prec < -1 ? -1 : prec), (int)bitsize);
  lib_ret_str(a, lib_buf_string(vm, &b));
}

/* func FormatComplex(c complex128, fmt byte, prec, bitSize int) string */
void rt_strconv_FormatComplex(VM *vm, Word *a) {
  int64_t bitsize = a[4].i;
  if (bitsize != 64 && bitsize != 128) rt_panic_plain(vm, "invalid bitSize");
  rt_Buf b = {0};
  int64_t prec = a[3].i;
  if (prec > 1 << 20) prec = 1 << 20;
  rt_ftoa_complex(&b, a[0].f, a[1].f, (char)a[2].u, (int)(prec < -1 ? -1 : prec), (int)bitsize);
  lib_ret_str(a, lib_buf_string(vm, &b));
}

/* The bytes of [b] appended to the []byte [dst] (append's growth rules). */
static GoSlice append_buf(VM *vm, GoSlice dst, rt_Buf *b) {
  GoSlice r = rt_slice_append(vm, &rt_lib_byte_type, dst, b->data, (int64_t)b->len);
  rt_buf_free(b);
  return r;
}

/* func AppendInt(dst []byte, i int64, base int) []byte */
void rt_strconv_AppendInt(VM *vm, Word *a) {
  GoSlice dst = lib_slice(a);
  check_base(vm, a[4].i);
  rt_Buf b = {0};
  format_int(&b, a[3].i, (int)a[4].i);
  lib_ret_slice(a, append_buf(vm, dst, &b));
}

/* [n] bytes appended to [dst] as Go's byte-at-a-time appends would: on a
** full slice growslice(len+1), so capacities grow by append's doubling. */
static GoSlice append_bytewise(VM *vm, GoSlice dst, const char *p, int64_t n) {
  while (n > 0) {
    if (dst.len == dst.cap) dst = rt_growslice(vm, &rt_lib_byte_type, dst, dst.len + 1);
    int64_t k = dst.cap - dst.len < n ? dst.cap - dst.len : n;
    memcpy((uint8_t *)dst.ptr + dst.len, p, (size_t)k);
    dst.len += k;
    p += k;
    n -= k;
  }
  return dst;
}

/* func AppendQuote(dst []byte, s string) []byte: as appendQuotedWith, room
** for len(s)+2 more bytes first (an exact make), then the quoted bytes. */
void rt_strconv_AppendQuote(VM *vm, Word *a) {
  GoSlice dst = lib_slice(a);
  GoString s = lib_str(a + 3);
  if (dst.cap - dst.len < s.len) {
    GoSlice n = rt_makeslice(vm, &rt_lib_byte_type, dst.len, dst.len + 1 + s.len + 1);
    if (dst.len) memcpy(n.ptr, dst.ptr, (size_t)dst.len);
    dst = n;
  }
  rt_Buf b = {0};
  rt_quote(&b, s.ptr, (size_t)s.len, false);
  dst = append_bytewise(vm, dst, b.data, (int64_t)b.len);
  rt_buf_free(&b);
  lib_ret_slice(a, dst);
}

static void quote(VM *vm, Word *a, bool ascii) {
  GoString s = lib_str(a);
  rt_Buf b = {0};
  rt_quote(&b, s.ptr, (size_t)s.len, ascii);
  lib_ret_str(a, lib_buf_string(vm, &b));
}

static void quote_rune(VM *vm, Word *a, bool ascii) {
  rt_Buf b = {0};
  rt_quote_rune(&b, (int32_t)a[0].i, ascii);
  lib_ret_str(a, lib_buf_string(vm, &b));
}

void rt_strconv_Quote(VM *vm, Word *a) { quote(vm, a, false); }
void rt_strconv_QuoteToASCII(VM *vm, Word *a) { quote(vm, a, true); }
void rt_strconv_QuoteRune(VM *vm, Word *a) { quote_rune(vm, a, false); }
void rt_strconv_QuoteRuneToASCII(VM *vm, Word *a) { quote_rune(vm, a, true); }

void rt_strconv_CanBackquote(VM *vm, Word *a) {
  (void)vm;
  GoString s = lib_str(a);
  a[0].i = rt_can_backquote(s.ptr, (size_t)s.len);
}

void rt_strconv_IsPrint(VM *vm, Word *a) { (void)vm; a[0].i = rt_isprint((int32_t)a[0].i); }

/* }================================================================== */

/* {==================================================================
** Integer parsing (atoi.go)
** =================================================================== */

static uint8_t lower(uint8_t c) { return c | ('x' - 'X'); }

/* Underscores only between digits (or after a base prefix). */
static bool underscore_ok(GoString s) {
  char saw = '^';
  int64_t i = 0;
  if (s.len >= 1 && (s.ptr[0] == '-' || s.ptr[0] == '+')) s.ptr++, s.len--;
  bool hex = false;
  if (s.len >= 2 && s.ptr[0] == '0' &&
      (lower(s.ptr[1]) == 'b' || lower(s.ptr[1]) == 'o' || lower(s.ptr[1]) == 'x')) {
    i = 2;
    saw = '0';
    hex = lower(s.ptr[1]) == 'x';
  }
  for (; i < s.len; i++) {
    uint8_t c = s.ptr[i];
    if (('0' <= c && c <= '9') || (hex && 'a' <= lower(c) && lower(c) <= 'f')) {
      saw = '0';
      continue;
    }
    if (c == '_') {
      if (saw != '0') return false;
      saw = '_';
      continue;
    }
    if (saw == '_') return false;
    saw = '!';
  }
  return saw != '_';
}

typedef enum { P_OK, P_SYNTAX, P_RANGE, P_BASE, P_BITSIZE } ParseErr;

/* ParseUint's algorithm; *out is the value (maxVal on a range error). */
static ParseErr parse_uint(GoString s, int64_t base, int64_t *bitsize, uint64_t *out) {
  *out = 0;
  if (s.len == 0) return P_SYNTAX;
  bool base0 = base == 0;
  GoString s0 = s;
  if (base == 0) {
    base = 10;
    if (s.ptr[0] == '0') {
      int64_t skip = 1;
      if (s.len >= 3 && lower(s.ptr[1]) == 'b') base = 2, skip = 2;
      else if (s.len >= 3 && lower(s.ptr[1]) == 'o') base = 8, skip = 2;
      else if (s.len >= 3 && lower(s.ptr[1]) == 'x') base = 16, skip = 2;
      else base = 8;
      s.ptr += skip;
      s.len -= skip;
    }
  } else if (base < 2 || base > 36) {
    return P_BASE;
  }
  if (*bitsize == 0) *bitsize = 64;
  else if (*bitsize < 0 || *bitsize > 64) return P_BITSIZE;
  uint64_t cutoff = UINT64_MAX / (uint64_t)base + 1;
  uint64_t maxval = *bitsize == 64 ? UINT64_MAX : ((uint64_t)1 << *bitsize) - 1;
  bool underscores = false;
  uint64_t n = 0;
  for (int64_t i = 0; i < s.len; i++) {
    uint8_t c = s.ptr[i], d;
    if (c == '_' && base0) {
      underscores = true;
      continue;
    } else if ('0' <= c && c <= '9') {
      d = c - '0';
    } else if ('a' <= lower(c) && lower(c) <= 'z') {
      d = lower(c) - 'a' + 10;
    } else {
      return P_SYNTAX;
    }
    if (d >= base) return P_SYNTAX;
    if (n >= cutoff) {
      *out = maxval;
      return P_RANGE;
    }
    n *= (uint64_t)base;
    uint64_t n1 = n + d;
    if (n1 < n || n1 > maxval) {
      *out = maxval;
      return P_RANGE;
    }
    n = n1;
  }
  if (underscores && !underscore_ok(s0)) return P_SYNTAX;
  *out = n;
  return P_OK;
}

/* ParseInt's algorithm on top of parse_uint. */
static ParseErr parse_int(GoString s, int64_t base, int64_t *bitsize, int64_t *out) {
  *out = 0;
  if (s.len == 0) return P_SYNTAX;
  bool neg = false;
  if (s.ptr[0] == '+' || s.ptr[0] == '-') {
    neg = s.ptr[0] == '-';
    s.ptr++;
    s.len--;
  }
  uint64_t un;
  ParseErr e = parse_uint(s, base, bitsize, &un);
  if (e != P_OK && e != P_RANGE) return e;
  uint64_t cutoff = (uint64_t)1 << (*bitsize - 1);
  if (!neg && un >= cutoff) {
    *out = (int64_t)(cutoff - 1);
    return P_RANGE;
  }
  if (neg && un > cutoff) {
    *out = (int64_t)(0 - cutoff);
    return P_RANGE;
  }
  *out = neg ? (int64_t)(0 - un) : (int64_t)un;
  return P_OK;
}

/* The error for [e] as Go builds it: a *NumError for function [fn]. */
static GoIface parse_error(VM *vm, ParseErr e, const char *fn, GoString s, int64_t base,
                           int64_t bitsize) {
  switch (e) {
  case P_OK: return (GoIface){NULL, {0}};
  case P_SYNTAX: return rt_num_error(vm, fn, s, rt_err_syntax());
  case P_RANGE: return rt_num_error(vm, fn, s, rt_err_range());
  case P_BASE: return rt_num_error(vm, fn, s, rt_error_newf(vm, "invalid base %lld", (long long)base));
  case P_BITSIZE:
    return rt_num_error(vm, fn, s, rt_error_newf(vm, "invalid bit size %lld", (long long)bitsize));
  }
  return (GoIface){NULL, {0}};
}

/* func ParseInt(s string, base int, bitSize int) (i int64, err error) */
void rt_strconv_ParseInt(VM *vm, Word *a) {
  GoString s = lib_str(a);
  int64_t base = a[2].i, bitsize = a[3].i, v;
  ParseErr e = parse_int(s, base, &bitsize, &v);
  GoIface err = parse_error(vm, e, "ParseInt", s, base, bitsize);
  a[0].i = v;
  lib_ret_iface(a + 1, err);
}

/* func ParseUint(s string, base int, bitSize int) (uint64, error) */
void rt_strconv_ParseUint(VM *vm, Word *a) {
  GoString s = lib_str(a);
  int64_t base = a[2].i, bitsize = a[3].i;
  uint64_t v;
  ParseErr e = parse_uint(s, base, &bitsize, &v);
  GoIface err = parse_error(vm, e, "ParseUint", s, base, bitsize);
  a[0].u = v;
  lib_ret_iface(a + 1, err);
}

/* func Atoi(s string) (int, error) */
void rt_strconv_Atoi(VM *vm, Word *a) {
  GoString s = lib_str(a);
  int64_t bitsize = 0, v;
  ParseErr e = parse_int(s, 10, &bitsize, &v);
  GoIface err = parse_error(vm, e, "Atoi", s, 10, 0);
  a[0].i = e == P_SYNTAX ? 0 : v;
  lib_ret_iface(a + 1, err);
}

/* func ParseBool(str string) (bool, error) */
void rt_strconv_ParseBool(VM *vm, Word *a) {
  GoString s = lib_str(a);
  static const char *const yes[] = {"1", "t", "T", "TRUE", "true", "True"};
  static const char *const no[] = {"0", "f", "F", "FALSE", "false", "False"};
  for (int i = 0; i < 6; i++) {
    int64_t ny = (int64_t)strlen(yes[i]), nn = (int64_t)strlen(no[i]);
    if (s.len == ny && memcmp(s.ptr, yes[i], (size_t)ny) == 0) {
      a[0].i = 1;
      lib_ret_iface(a + 1, (GoIface){NULL, {0}});
      return;
    }
    if (s.len == nn && memcmp(s.ptr, no[i], (size_t)nn) == 0) {
      a[0].i = 0;
      lib_ret_iface(a + 1, (GoIface){NULL, {0}});
      return;
    }
  }
  GoIface err = rt_num_error(vm, "ParseBool", s, rt_err_syntax());
  a[0].i = 0;
  lib_ret_iface(a + 1, err);
}

/* }================================================================== */

/* {==================================================================
** Float parsing (atof.go's special and readFloat)
** =================================================================== */

/* The length of the common prefix of s and the lower-case word w,
** ignoring case in s. */
static int64_t prefix_fold(GoString s, const char *w) {
  int64_t i = 0;
  while (w[i] && i < s.len && lower(s.ptr[i]) == (uint8_t)w[i]) i++;
  return i;
}

/* Go's special: Infinity or NaN spelled out at the start of s (an
** optional sign, "inf" or "infinity" in any case; "nan" unsigned): sets *v
** and *n, the bytes it takes. */
static bool special_prefix(GoString s, double *v, int64_t *n) {
  if (s.len == 0) return false;
  int64_t nsign = 0;
  double sign = 1;
  if (s.ptr[0] == '+' || s.ptr[0] == '-') {
    sign = s.ptr[0] == '-' ? -1 : 1;
    nsign = 1;
  }
  GoString r = {s.ptr + nsign, s.len - nsign};
  int64_t k = prefix_fold(r, "infinity");
  if (k > 3 && k < 8) k = 3;
  if (k == 3 || k == 8) {
    *v = sign * INFINITY;
    *n = nsign + k;
    return true;
  }
  if (nsign == 0 && prefix_fold(s, "nan") == 3) {
    *v = NAN;
    *n = 3;
    return true;
  }
  return false;
}

/* The same over the whole of s. */
static bool special(GoString s, double *v) {
  int64_t n;
  double f;
  if (!special_prefix(s, &f, &n) || n != s.len) return false;
  *v = f;
  return true;
}

/* Go's readFloat: the longest prefix of s in Go's float syntax, its length
** returned and its text without underscores appended to [clean]
** (NUL-terminated) for strtod; *ok is false when that prefix is not a
** number ("", ".", "1e", a hex mantissa without its exponent). */
static int64_t read_float_prefix(GoString s, rt_Buf *clean, bool *ok) {
  int64_t i = 0;
  if (i < s.len && (s.ptr[i] == '+' || s.ptr[i] == '-')) rt_buf_byte(clean, (char)s.ptr[i++]);
  int base = 10;
  if (i + 2 < s.len && s.ptr[i] == '0' && lower(s.ptr[i + 1]) == 'x') {
    base = 16;
    rt_buf_append(clean, "0x", 2);
    i += 2;
  }
  bool underscores = false, sawdot = false, sawdigits = false;
  for (; i < s.len; i++) {
    uint8_t c = s.ptr[i];
    if (c == '_') {
      underscores = true;
      continue;
    }
    if (c == '.') {
      if (sawdot) break;
      sawdot = true;
    } else if (('0' <= c && c <= '9') || (base == 16 && 'a' <= lower(c) && lower(c) <= 'f')) {
      sawdigits = true;
    } else {
      break;
    }
    rt_buf_byte(clean, (char)c);
  }
  *ok = false;
  if (!sawdigits) return i;
  if (i < s.len && lower(s.ptr[i]) == (base == 10 ? 'e' : 'p')) {
    rt_buf_byte(clean, (char)s.ptr[i++]);
    if (i >= s.len) return i;
    if (s.ptr[i] == '+' || s.ptr[i] == '-') rt_buf_byte(clean, (char)s.ptr[i++]);
    if (i >= s.len || s.ptr[i] < '0' || s.ptr[i] > '9') return i;
    for (; i < s.len && (('0' <= s.ptr[i] && s.ptr[i] <= '9') || s.ptr[i] == '_'); i++) {
      if (s.ptr[i] == '_') underscores = true;
      else rt_buf_byte(clean, (char)s.ptr[i]);
    }
  } else if (base == 16) {
    return i;
  }
  if (underscores && !underscore_ok((GoString){s.ptr, i})) return i;
  rt_buf_byte(clean, '\0');
  *ok = true;
  return i;
}

/* Go's float syntax over the whole of s (read_float_prefix). */
static bool read_float(GoString s, rt_Buf *clean) {
  bool ok;
  return read_float_prefix(s, clean, &ok) == s.len && ok;
}

/* Go's parseFloatPrefix: the float at the start of s, its length in *n;
** P_RANGE with an infinite *v when it overflows float64 (float32 with
** [f32], the value then rounded to float32). */
static ParseErr parse_float_prefix(GoString s, bool f32, double *v, int64_t *n) {
  if (special_prefix(s, v, n)) return P_OK;
  rt_Buf clean = {0};
  bool ok;
  *n = read_float_prefix(s, &clean, &ok);
  ParseErr e = P_SYNTAX;
  *v = 0;
  if (ok) {
    *v = f32 ? (double)strtof(clean.data, NULL) : strtod(clean.data, NULL);
    e = isinf(*v) ? P_RANGE : P_OK;
  }
  rt_buf_free(&clean);
  return e;
}

/* func ParseFloat(s string, bitSize int) (float64, error) */
void rt_strconv_ParseFloat(VM *vm, Word *a) {
  GoString s = lib_str(a);
  bool f32 = a[2].i == 32;
  double v = 0;
  GoIface err = {NULL, {0}};
  rt_Buf clean = {0};
  if (special(s, &v)) {
    /* v set */
  } else if (!read_float(s, &clean)) {
    err = rt_num_error(vm, "ParseFloat", s, rt_err_syntax());
  } else {
    errno = 0;
    v = f32 ? (double)strtof(clean.data, NULL) : strtod(clean.data, NULL);
    if (isinf(v)) err = rt_num_error(vm, "ParseFloat", s, rt_err_range());
  }
  rt_buf_free(&clean);
  a[0].f = v;
  lib_ret_iface(a + 1, err);
}

/* One part of ParseComplex: the float at the start of *s, consumed;
** false on a syntax error, a range error remembered in *pending (Go's
** convErr: the error then names ParseComplex and the whole input). */
static bool complex_part(GoString *s, bool f32, double *v, ParseErr *pending) {
  int64_t n;
  ParseErr e = parse_float_prefix(*s, f32, v, &n);
  if (e == P_SYNTAX) return false;
  if (e == P_RANGE) *pending = P_RANGE;
  s->ptr += n;
  s->len -= n;
  return true;
}

/* func ParseComplex(s string, bitSize int) (complex128, error), Go's
** atoc.go: "(re)", "re", "imi", "re+imi" with optional parentheses;
** bitSize 64 parses float32 parts, anything else float64 parts. */
void rt_strconv_ParseComplex(VM *vm, Word *a) {
  GoString orig = lib_str(a), s = orig;
  bool f32 = a[2].i == 64;
  double re = 0, im = 0;
  ParseErr pending = P_OK;
  bool ok = true;
  if (s.len >= 2 && s.ptr[0] == '(' && s.ptr[s.len - 1] == ')') s = (GoString){s.ptr + 1, s.len - 2};
  if (!complex_part(&s, f32, &re, &pending)) {
    ok = false;
  } else if (s.len > 0) {
    /* what follows the real part: a sign, or the 'i' of a lone
    ** imaginary part; a '+' is dropped unless "++" ("+NaNi" is valid, and
    ** NaN takes no sign) */
    if (s.ptr[0] == 'i' && s.len == 1) {
      im = re;
      re = 0;
    } else if (s.ptr[0] != '+' && s.ptr[0] != '-') {
      ok = false;
    } else {
      if (s.ptr[0] == '+' && s.len > 1 && s.ptr[1] != '+') {
        s.ptr++;
        s.len--;
      }
      ok = complex_part(&s, f32, &im, &pending) && s.len == 1 && s.ptr[0] == 'i';
    }
  }
  GoIface err = {NULL, {0}};
  if (!ok) {
    re = im = 0;
    err = rt_num_error(vm, "ParseComplex", orig, rt_err_syntax());
  } else if (pending == P_RANGE) {
    err = rt_num_error(vm, "ParseComplex", orig, rt_err_range());
  }
  a[0].f = re;
  a[1].f = im;
  lib_ret_iface(a + 2, err);
}

/* }================================================================== */

/* {==================================================================
** Unquote (quote.go's unquote and UnquoteChar)
** =================================================================== */

static int unhex(uint8_t c) {
  if ('0' <= c && c <= '9') return c - '0';
  if ('a' <= lower(c) && lower(c) <= 'f') return lower(c) - 'a' + 10;
  return -1;
}

/* UnquoteChar(s, quote): decodes one character or escape at *s, advancing
** it; *multibyte says whether the value is to be UTF-8 encoded. */
static bool unquote_char(GoString *s, uint8_t quote, int32_t *value, bool *multibyte) {
  *multibyte = false;
  if (s->len == 0) return false;
  uint8_t c = s->ptr[0];
  if (c == quote && (quote == '\'' || quote == '"')) return false;
  if (c >= 0x80) {
    int w;
    *value = rt_utf8_decode(s->ptr, (size_t)s->len, &w);
    *multibyte = true;
    s->ptr += w, s->len -= w;
    return true;
  }
  if (c != '\\') {
    *value = c;
    s->ptr++, s->len--;
    return true;
  }
  if (s->len <= 1) return false;
  c = s->ptr[1];
  s->ptr += 2, s->len -= 2;
  int32_t v = 0;
  switch (c) {
  case 'a': v = '\a'; break;
  case 'b': v = '\b'; break;
  case 'f': v = '\f'; break;
  case 'n': v = '\n'; break;
  case 'r': v = '\r'; break;
  case 't': v = '\t'; break;
  case 'v': v = '\v'; break;
  case 'x': case 'u': case 'U': {
    int n = c == 'x' ? 2 : c == 'u' ? 4 : 8;
    if (s->len < n) return false;
    for (int j = 0; j < n; j++) {
      int x = unhex(s->ptr[j]);
      if (x < 0) return false;
      v = v << 4 | x;
    }
    s->ptr += n, s->len -= n;
    if (c != 'x') {
      if (!rt_valid_rune(v)) return false;
      *multibyte = true;
    }
    break;
  }
  case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
    v = c - '0';
    if (s->len < 2) return false;
    for (int j = 0; j < 2; j++) {
      int x = s->ptr[j] - '0';
      if (x < 0 || x > 7) return false;
      v = v << 3 | x;
    }
    s->ptr += 2, s->len -= 2;
    if (v > 255) return false;
    break;
  case '\\': v = '\\'; break;
  case '\'': case '"':
    if (c != quote) return false;
    v = c;
    break;
  default: return false;
  }
  *value = v;
  return true;
}

static bool contains_byte(GoString s, uint8_t c) { return s.len && memchr(s.ptr, c, (size_t)s.len); }

/* Unquote: true with *out set, or false for ErrSyntax. */
static bool unquote(VM *vm, GoString in, GoString *out) {
  if (in.len < 2) return false;
  uint8_t q = in.ptr[0];
  const uint8_t *e = memchr(in.ptr + 1, q, (size_t)(in.len - 1));
  if (!e) return false;
  int64_t end = e - in.ptr + 1; /* after the first closing quote */
  GoString body = {in.ptr + 1, end - 2};
  if (q == '`') {
    if (end != in.len) return false;
    if (!contains_byte(body, '\r')) {
      *out = body;
      return true;
    }
    rt_Buf b = {0};
    for (int64_t i = 0; i < body.len; i++)
      if (body.ptr[i] != '\r') rt_buf_byte(&b, (char)body.ptr[i]);
    *out = lib_buf_string(vm, &b);
    return true;
  }
  if (q != '"' && q != '\'') return false;
  if (!contains_byte((GoString){in.ptr, end}, '\\') && !contains_byte((GoString){in.ptr, end}, '\n')) {
    bool valid;
    if (q == '"') {
      valid = true;
      for (int64_t i = 0; i < body.len && valid;) {
        int w;
        if (rt_utf8_decode(body.ptr + i, (size_t)(body.len - i), &w) == RT_RUNE_ERROR && w == 1) valid = false;
        i += w;
      }
    } else {
      int w = 0;
      int32_t r = body.len ? rt_utf8_decode(body.ptr, (size_t)body.len, &w) : RT_RUNE_ERROR;
      valid = 2 + w == end && (r != RT_RUNE_ERROR || w != 1);
    }
    if (valid) {
      if (end != in.len) return false;
      *out = body;
      return true;
    }
  }
  GoString s = {in.ptr + 1, in.len - 1};
  rt_Buf b = {0};
  while (s.len > 0 && s.ptr[0] != q) {
    int32_t r;
    bool multibyte;
    bool nl = s.ptr[0] == '\n';
    if (nl || !unquote_char(&s, q, &r, &multibyte)) {
      rt_buf_free(&b);
      return false;
    }
    if (r < 0x80 || !multibyte) {
      rt_buf_byte(&b, (char)r);
    } else {
      uint8_t enc[4];
      int n = rt_utf8_encode(enc, r);
      rt_buf_append(&b, (const char *)enc, (size_t)n);
    }
    if (q == '\'') break;
  }
  if (!(s.len > 0 && s.ptr[0] == q) || s.len != 1) {
    rt_buf_free(&b);
    return false;
  }
  *out = lib_buf_string(vm, &b);
  return true;
}

/* func Unquote(s string) (string, error): the error is ErrSyntax itself. */
void rt_strconv_Unquote(VM *vm, Word *a) {
  GoString out = {NULL, 0};
  bool ok = unquote(vm, lib_str(a), &out);
  lib_ret_str(a, ok ? out : (GoString){NULL, 0});
  lib_ret_iface(a + 2, ok ? (GoIface){NULL, {0}} : rt_err_syntax());
}

/* }================================================================== */
