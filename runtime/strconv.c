/*
** strconv.c — Go's strconv, the parts fmt needs: float formatting and
** quoting, ported from Go 1.19's strconv (ftoa.go, decimal.go, quote.go,
** isprint.go) so that every digit matches.
**
** Floats: the value is expanded exactly into a multiprecision decimal
** (Decimal: up to 800 digits, enough for any float64, with a `trunc` bit in
** case digits ever fall off), then
**   - precision < 0: roundShortest keeps the fewest digits that still lie
**     strictly inside (or, for an even mantissa, on the edge of) the interval
**     of reals that round to the same float, choosing the nearest such
**     string; this is the shortest round-trip form Go prints for %v;
**   - precision >= 0: the exact expansion is rounded half to even.
** Go itself uses Ryu for speed but checks that it agrees with this exact
** algorithm (strconv's SetOptimize(false) tests), so the output is the same.
** The digits are then laid out as %e, %f or %g by fmtE/fmtF/formatDigits;
** 'b' and 'x' work on the binary mantissa directly.
**
** Quoting: a rune is copied when strconv.IsPrint says it is printable, else
** escaped as \a \b \f \n \r \t \v, \xNN (bytes of invalid UTF-8 and C0/DEL),
** \uNNNN or \UNNNNNNNN. IsPrint uses the Unicode tables of unicode.h.
*/
#include <string.h>

#include "strconv.h"
#include "unicode.h"

static const char lowerhex[] = "0123456789abcdef";
static const char upperhex[] = "0123456789ABCDEF";

static int imax(int a, int b) { return a > b ? a : b; }
static int imin(int a, int b) { return a < b ? a : b; }

/* {==================================================================
** Multiprecision decimal (decimal.go)
** =================================================================== */

enum { DEC_DIGITS = 800, MAX_SHIFT = 60 };

typedef struct Decimal {
  uint8_t d[DEC_DIGITS]; /* ASCII digits, most significant first */
  int nd;                /* digits used */
  int dp;                /* decimal point: value = 0.d[0..nd) * 10^dp */
  bool trunc;            /* nonzero digits were discarded past d[DEC_DIGITS) */
} Decimal;

static void trim(Decimal *a) {
  while (a->nd > 0 && a->d[a->nd - 1] == '0') a->nd--;
  if (a->nd == 0) a->dp = 0;
}

static void dec_assign(Decimal *a, uint64_t v) {
  uint8_t buf[24];
  int n = 0;
  while (v > 0) {
    buf[n++] = (uint8_t)('0' + v % 10);
    v /= 10;
  }
  a->nd = 0;
  a->trunc = false;
  while (n > 0) a->d[a->nd++] = buf[--n];
  a->dp = a->nd;
  trim(a);
}

/* Divides by 2^k (k <= MAX_SHIFT). */
static void right_shift(Decimal *a, unsigned k) {
  int r = 0, w = 0;
  uint64_t n = 0;
  for (; n >> k == 0; r++) {
    if (r >= a->nd) {
      if (n == 0) { a->nd = 0; return; }
      while (n >> k == 0) { n *= 10; r++; }
      break;
    }
    n = n * 10 + (uint64_t)(a->d[r] - '0');
  }
  a->dp -= r - 1;
  uint64_t mask = ((uint64_t)1 << k) - 1;
  for (; r < a->nd; r++) {
    uint64_t c = a->d[r];
    uint64_t dig = n >> k;
    n &= mask;
    a->d[w++] = (uint8_t)(dig + '0');
    n = n * 10 + c - '0';
  }
  while (n > 0) {
    uint64_t dig = n >> k;
    n &= mask;
    if (w < DEC_DIGITS) a->d[w++] = (uint8_t)(dig + '0');
    else if (dig > 0) a->trunc = true;
    n *= 10;
  }
  a->nd = w;
  trim(a);
}

/* Multiplies by 2^k (k <= MAX_SHIFT). Go predicts the number of new digits
** from a table of powers of 5; producing them into a scratch buffer from the
** right gives the same digits without the table. */
static void left_shift(Decimal *a, unsigned k) {
  uint8_t tmp[DEC_DIGITS + 24];
  int w = (int)sizeof tmp;
  uint64_t n = 0;
  for (int r = a->nd - 1; r >= 0; r--) {
    n += (uint64_t)(a->d[r] - '0') << k;
    uint64_t q = n / 10;
    tmp[--w] = (uint8_t)(n - 10 * q + '0');
    n = q;
  }
  while (n > 0) {
    uint64_t q = n / 10;
    tmp[--w] = (uint8_t)(n - 10 * q + '0');
    n = q;
  }
  int total = (int)sizeof tmp - w, keep = imin(total, DEC_DIGITS);
  for (int i = keep; i < total; i++)
    if (tmp[w + i] != '0') a->trunc = true;
  memcpy(a->d, tmp + w, (size_t)keep);
  a->dp += total - a->nd;
  a->nd = keep;
  trim(a);
}

static void dec_shift(Decimal *a, int k) {
  if (a->nd == 0) return;
  for (; k > MAX_SHIFT; k -= MAX_SHIFT) left_shift(a, MAX_SHIFT);
  for (; k < -MAX_SHIFT; k += MAX_SHIFT) right_shift(a, MAX_SHIFT);
  if (k > 0) left_shift(a, (unsigned)k);
  else if (k < 0) right_shift(a, (unsigned)-k);
}

static bool should_round_up(const Decimal *a, int nd) {
  if (nd < 0 || nd >= a->nd) return false;
  if (a->d[nd] == '5' && nd + 1 == a->nd) { /* exactly halfway: to even */
    if (a->trunc) return true;
    return nd > 0 && (a->d[nd - 1] - '0') % 2 != 0;
  }
  return a->d[nd] >= '5';
}

static void round_down(Decimal *a, int nd) {
  if (nd < 0 || nd >= a->nd) return;
  a->nd = nd;
  trim(a);
}

static void round_up(Decimal *a, int nd) {
  if (nd < 0 || nd >= a->nd) return;
  for (int i = nd - 1; i >= 0; i--) {
    if (a->d[i] < '9') {
      a->d[i]++;
      a->nd = i + 1;
      return;
    }
  }
  a->d[0] = '1'; /* all nines: 999 -> 1000 */
  a->nd = 1;
  a->dp++;
}

static void dec_round(Decimal *a, int nd) {
  if (nd < 0 || nd >= a->nd) return;
  if (should_round_up(a, nd)) round_up(a, nd);
  else round_down(a, nd);
}

/* }================================================================== */

/* {==================================================================
** Float formatting (ftoa.go)
** =================================================================== */

typedef struct FloatInfo { unsigned mantbits, expbits; int bias; } FloatInfo;

static const FloatInfo float32info = {23, 8, -127};
static const FloatInfo float64info = {52, 11, -1023};

/* Digits d[0..nd) with the decimal point before d[dp] (dp may lie outside). */
typedef struct Digits { const uint8_t *d; int nd, dp; } Digits;

/* Rounds [d], the exact value of mant*2^(exp-mantbits), to the shortest
** digit string that still reads back as the same float. */
static void round_shortest(Decimal *d, uint64_t mant, int exp,
                           const FloatInfo *flt) {
  if (mant == 0) { d->nd = 0; return; }
  int mantbits = (int)flt->mantbits, minexp = flt->bias + 1;
  /* An integer that needs no more digits than the mantissa holds is exact
  ** and already shortest. */
  if (exp > minexp && 332 * (d->dp - d->nd) >= 100 * (exp - mantbits)) return;

  /* upper and lower: the halfway points to the neighbouring floats. */
  Decimal upper, lower;
  dec_assign(&upper, mant * 2 + 1);
  dec_shift(&upper, exp - mantbits - 1);
  uint64_t mantlo;
  int explo;
  if (mant > (uint64_t)1 << flt->mantbits || exp == minexp) {
    mantlo = mant - 1;
    explo = exp;
  } else { /* a power of two: the gap below is half as wide */
    mantlo = mant * 2 - 1;
    explo = exp - 1;
  }
  dec_assign(&lower, mantlo * 2 + 1);
  dec_shift(&lower, explo - mantbits - 1);
  bool inclusive = mant % 2 == 0; /* round half to even reads edges back */

  int upperdelta = 0; /* how far upper is above d at the digits seen so far */
  for (int ui = 0;; ui++) {
    int mi = ui - upper.dp + d->dp;
    if (mi >= d->nd) break;
    int li = ui - upper.dp + lower.dp;
    int l = li >= 0 && li < lower.nd ? lower.d[li] : '0';
    int m = mi >= 0 ? d->d[mi] : '0';
    int u = ui < upper.nd ? upper.d[ui] : '0';
    bool okdown = l != m || (inclusive && li + 1 == lower.nd);
    if (upperdelta == 0 && m + 1 < u) upperdelta = 2;
    else if (upperdelta == 0 && m != u) upperdelta = 1;
    else if (upperdelta == 1 && (m != '9' || u != '0')) upperdelta = 2;
    bool okup = upperdelta > 0 && (inclusive || upperdelta > 1 || ui + 1 < upper.nd);
    if (okdown && okup) { dec_round(d, mi + 1); return; }
    if (okdown) { round_down(d, mi + 1); return; }
    if (okup) { round_up(d, mi + 1); return; }
  }
}

static void put_exp10(rt_Buf *dst, int exp) {
  rt_buf_byte(dst, exp < 0 ? '-' : '+');
  if (exp < 0) exp = -exp;
  if (exp >= 100) rt_buf_byte(dst, (char)('0' + exp / 100));
  rt_buf_byte(dst, (char)('0' + exp / 10 % 10));
  rt_buf_byte(dst, (char)('0' + exp % 10));
}

/* %e: -d.ddddde±dd */
static void fmt_e(rt_Buf *dst, bool neg, Digits d, int prec, char fmt) {
  if (neg) rt_buf_byte(dst, '-');
  rt_buf_byte(dst, d.nd != 0 ? (char)d.d[0] : '0');
  if (prec > 0) {
    rt_buf_byte(dst, '.');
    int i = 1, m = imin(d.nd, prec + 1);
    if (i < m) {
      rt_buf_append(dst, (const char *)d.d + i, (size_t)(m - i));
      i = m;
    }
    for (; i <= prec; i++) rt_buf_byte(dst, '0');
  }
  rt_buf_byte(dst, fmt);
  put_exp10(dst, d.nd == 0 ? 0 : d.dp - 1);
}

/* %f: -ddddd.ddddd */
static void fmt_f(rt_Buf *dst, bool neg, Digits d, int prec) {
  if (neg) rt_buf_byte(dst, '-');
  if (d.dp > 0) {
    int m = imin(d.nd, d.dp);
    rt_buf_append(dst, (const char *)d.d, (size_t)m);
    for (; m < d.dp; m++) rt_buf_byte(dst, '0');
  } else {
    rt_buf_byte(dst, '0');
  }
  if (prec > 0) {
    rt_buf_reserve(dst, (size_t)prec + 1);
    rt_buf_byte(dst, '.');
    for (int i = 0; i < prec; i++) {
      int j = d.dp + i;
      rt_buf_byte(dst, 0 <= j && j < d.nd ? (char)d.d[j] : '0');
    }
  }
}

static void put_int(rt_Buf *dst, int64_t v) {
  char buf[24];
  int i = (int)sizeof buf;
  uint64_t u = v < 0 ? -(uint64_t)v : (uint64_t)v;
  do buf[--i] = (char)('0' + u % 10); while ((u /= 10) != 0);
  if (v < 0) buf[--i] = '-';
  rt_buf_append(dst, buf + i, sizeof buf - (size_t)i);
}

/* %b: -ddddp±ddd, the mantissa and binary exponent in decimal. */
static void fmt_b(rt_Buf *dst, bool neg, uint64_t mant, int exp,
                  const FloatInfo *flt) {
  if (neg) rt_buf_byte(dst, '-');
  char buf[24];
  int i = (int)sizeof buf;
  do buf[--i] = (char)('0' + mant % 10); while ((mant /= 10) != 0);
  rt_buf_append(dst, buf + i, sizeof buf - (size_t)i);
  rt_buf_byte(dst, 'p');
  exp -= (int)flt->mantbits;
  if (exp >= 0) rt_buf_byte(dst, '+');
  put_int(dst, exp);
}

/* %x: -0x1.yyyyyyp±dd, the mantissa normalised to 1.x in hex, rounded to
** [prec] hex digits half to even. */
static void fmt_x(rt_Buf *dst, int prec, char fmt, bool neg, uint64_t mant,
                  int exp, const FloatInfo *flt) {
  if (mant == 0) exp = 0;
  mant <<= 60 - flt->mantbits;
  while (mant != 0 && (mant & ((uint64_t)1 << 60)) == 0) {
    mant <<= 1;
    exp--;
  }
  if (prec >= 0 && prec < 15) {
    unsigned shift = (unsigned)prec * 4;
    uint64_t extra = (mant << shift) & (((uint64_t)1 << 60) - 1);
    mant >>= 60 - shift;
    if ((extra | (mant & 1)) > (uint64_t)1 << 59) mant++;
    mant <<= 60 - shift;
    if (mant & ((uint64_t)1 << 61)) {
      mant >>= 1;
      exp++;
    }
  }
  const char *hex = fmt == 'X' ? upperhex : lowerhex;
  if (neg) rt_buf_byte(dst, '-');
  rt_buf_byte(dst, '0');
  rt_buf_byte(dst, fmt);
  rt_buf_byte(dst, (char)('0' + ((mant >> 60) & 1)));
  mant <<= 4; /* drop the leading 0 or 1 */
  if (prec < 0 && mant != 0) {
    rt_buf_byte(dst, '.');
    for (; mant != 0; mant <<= 4) rt_buf_byte(dst, hex[(mant >> 60) & 15]);
  } else if (prec > 0) {
    rt_buf_byte(dst, '.');
    for (int i = 0; i < prec; i++, mant <<= 4)
      rt_buf_byte(dst, hex[(mant >> 60) & 15]);
  }
  rt_buf_byte(dst, fmt == 'X' ? 'P' : 'p');
  rt_buf_byte(dst, exp < 0 ? '-' : '+');
  if (exp < 0) exp = -exp;
  if (exp >= 1000) rt_buf_byte(dst, (char)('0' + exp / 1000));
  if (exp >= 100) rt_buf_byte(dst, (char)('0' + exp / 100 % 10));
  rt_buf_byte(dst, (char)('0' + exp / 10 % 10));
  rt_buf_byte(dst, (char)('0' + exp % 10));
}

static void format_digits(rt_Buf *dst, bool shortest, bool neg, Digits d,
                          int prec, char fmt) {
  switch (fmt) {
  case 'e': case 'E':
    fmt_e(dst, neg, d, prec, fmt);
    return;
  case 'f':
    fmt_f(dst, neg, d, prec);
    return;
  case 'g': case 'G': {
    int eprec = prec;
    if (eprec > d.nd && d.nd >= d.dp) eprec = d.nd;
    /* %e is used if the exponent from the conversion is less than -4 or
    ** greater than or equal to the precision; shortest uses precision 6
    ** for this decision. */
    if (shortest) eprec = 6;
    int exp = d.dp - 1;
    if (exp < -4 || exp >= eprec) {
      if (prec > d.nd) prec = d.nd;
      fmt_e(dst, neg, d, prec - 1, (char)(fmt + 'e' - 'g'));
      return;
    }
    if (prec > d.dp) prec = d.nd;
    fmt_f(dst, neg, d, imax(prec - d.dp, 0));
    return;
  }
  }
  rt_buf_byte(dst, '%');
  rt_buf_byte(dst, fmt);
}

void rt_ftoa(rt_Buf *dst, double val, char fmt, int prec, int bitsize) {
  const FloatInfo *flt;
  uint64_t bits;
  if (bitsize == 32) {
    float f = (float)val;
    uint32_t b32;
    memcpy(&b32, &f, sizeof b32);
    bits = b32;
    flt = &float32info;
  } else {
    memcpy(&bits, &val, sizeof bits);
    flt = &float64info;
  }
  bool neg = (bits >> (flt->expbits + flt->mantbits)) != 0;
  int exp = (int)(bits >> flt->mantbits) & ((1 << flt->expbits) - 1);
  uint64_t mant = bits & (((uint64_t)1 << flt->mantbits) - 1);

  if (exp == (1 << flt->expbits) - 1) {
    rt_buf_str(dst, mant != 0 ? "NaN" : neg ? "-Inf" : "+Inf");
    return;
  }
  if (exp == 0) exp++; /* denormal */
  else mant |= (uint64_t)1 << flt->mantbits;
  exp += flt->bias;

  if (fmt == 'b') { fmt_b(dst, neg, mant, exp, flt); return; }
  if (fmt == 'x' || fmt == 'X') { fmt_x(dst, prec, fmt, neg, mant, exp, flt); return; }

  /* The exact value mant * 2^(exp-mantbits); trailing zero bits moved into
  ** the exponent first make the same number with less shifting. */
  Decimal dec;
  int tz = mant ? __builtin_ctzll(mant) : 0;
  dec_assign(&dec, mant >> tz);
  dec_shift(&dec, exp - (int)flt->mantbits + tz);
  bool shortest = prec < 0;
  if (shortest) {
    round_shortest(&dec, mant, exp, flt);
    switch (fmt) {
    case 'e': case 'E': prec = dec.nd - 1; break;
    case 'f': prec = imax(dec.nd - dec.dp, 0); break;
    case 'g': case 'G': prec = dec.nd; break;
    }
  } else {
    switch (fmt) {
    case 'e': case 'E': dec_round(&dec, prec + 1); break;
    case 'f': dec_round(&dec, dec.dp + prec); break;
    case 'g': case 'G':
      if (prec == 0) prec = 1;
      dec_round(&dec, prec);
      break;
    }
  }
  format_digits(dst, shortest, neg, (Digits){dec.d, dec.nd, dec.dp}, prec, fmt);
}

/* }================================================================== */

/* {==================================================================
** Quoting (quote.go)
** =================================================================== */

static void put_hex_rune(rt_Buf *dst, const char *prefix, uint32_t r, int ndig) {
  rt_buf_str(dst, prefix);
  for (int s = (ndig - 1) * 4; s >= 0; s -= 4) rt_buf_byte(dst, lowerhex[(r >> s) & 0xF]);
}

static void escaped_rune(rt_Buf *dst, int32_t r, char quote, bool ascii_only) {
  if (r == quote || r == '\\') {
    rt_buf_byte(dst, '\\');
    rt_buf_byte(dst, (char)r);
    return;
  }
  if (ascii_only ? r < 0x80 && rt_isprint(r) : rt_isprint(r)) {
    uint8_t tmp[4];
    rt_buf_append(dst, (const char *)tmp, (size_t)rt_utf8_encode(tmp, r));
    return;
  }
  switch (r) {
  case '\a': rt_buf_str(dst, "\\a"); return;
  case '\b': rt_buf_str(dst, "\\b"); return;
  case '\f': rt_buf_str(dst, "\\f"); return;
  case '\n': rt_buf_str(dst, "\\n"); return;
  case '\r': rt_buf_str(dst, "\\r"); return;
  case '\t': rt_buf_str(dst, "\\t"); return;
  case '\v': rt_buf_str(dst, "\\v"); return;
  }
  if (r < ' ' || r == 0x7f) put_hex_rune(dst, "\\x", (uint32_t)r, 2);
  else if (!rt_valid_rune(r)) put_hex_rune(dst, "\\u", RT_RUNE_ERROR, 4);
  else if (r < 0x10000) put_hex_rune(dst, "\\u", (uint32_t)r, 4);
  else put_hex_rune(dst, "\\U", (uint32_t)r, 8);
}

void rt_quote(rt_Buf *dst, const uint8_t *s, size_t n, bool ascii_only) {
  rt_buf_reserve(dst, n + 2);
  rt_buf_byte(dst, '"');
  for (size_t i = 0; i < n;) {
    int width = 1;
    int32_t r = s[i];
    if (r >= 0x80) r = rt_utf8_decode(s + i, n - i, &width);
    if (width == 1 && r == RT_RUNE_ERROR) {
      put_hex_rune(dst, "\\x", s[i], 2); /* a byte of invalid UTF-8 */
    } else {
      escaped_rune(dst, r, '"', ascii_only);
    }
    i += (size_t)width;
  }
  rt_buf_byte(dst, '"');
}

void rt_quote_rune(rt_Buf *dst, int32_t r, bool ascii_only) {
  if (!rt_valid_rune(r)) r = RT_RUNE_ERROR;
  rt_buf_byte(dst, '\'');
  escaped_rune(dst, r, '\'', ascii_only);
  rt_buf_byte(dst, '\'');
}

/* A raw string can hold it: valid UTF-8, no control characters but tab, no
** backquote, no byte order mark. */
bool rt_can_backquote(const uint8_t *s, size_t n) {
  for (size_t i = 0; i < n;) {
    int wid;
    int32_t r = rt_utf8_decode(s + i, n - i, &wid);
    i += (size_t)wid;
    if (wid > 1) {
      if (r == 0xFEFF) return false;
      continue;
    }
    if (r == RT_RUNE_ERROR) return false;
    if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F) return false;
  }
  return true;
}

/* strconv.IsPrint is unicode.IsPrint (letters, marks, numbers,
** punctuation, symbols and U+0020): the shared Unicode tables answer it. */
bool rt_isprint(int32_t r) { return rt_uni_in(&rt_uni_print, r); }

/* }================================================================== */

void rt_ftoa_complex(rt_Buf *dst, double re, double im, char fmt, int prec, int bitsize) {
  rt_buf_byte(dst, '(');
  rt_ftoa(dst, re, fmt, prec, bitsize / 2);
  size_t at = dst->len;
  rt_ftoa(dst, im, fmt, prec, bitsize / 2);
  if (dst->data[at] != '+' && dst->data[at] != '-') {
    rt_buf_byte(dst, ' ');  /* room for the sign, then shift it in */
    memmove(dst->data + at + 1, dst->data + at, dst->len - at - 1);
    dst->data[at] = '+';
  }
  rt_buf_append(dst, "i)", 2);
}
