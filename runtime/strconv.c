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
** \uNNNN or \UNNNNNNNN. IsPrint uses Go's generated range tables below.
*/
#include <string.h>

#include "strconv.h"

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

/* Go's tables, generated by strconv/makeisprint.go (Go 1.19, Unicode 13):
** is_print* are sorted [lo, hi] pairs of printable ranges, is_not_print*
** the exceptions inside them; is_not_print32 entries are offsets from
** 0x10000. */
static const uint16_t is_print16[] = {
  0x0020, 0x007e, 0x00a1, 0x0377, 0x037a, 0x037f, 0x0384, 0x0556,
  0x0559, 0x058a, 0x058d, 0x05c7, 0x05d0, 0x05ea, 0x05ef, 0x05f4,
  0x0606, 0x061b, 0x061e, 0x070d, 0x0710, 0x074a, 0x074d, 0x07b1,
  0x07c0, 0x07fa, 0x07fd, 0x082d, 0x0830, 0x085b, 0x085e, 0x086a,
  0x08a0, 0x08c7, 0x08d3, 0x098c, 0x098f, 0x0990, 0x0993, 0x09b2,
  0x09b6, 0x09b9, 0x09bc, 0x09c4, 0x09c7, 0x09c8, 0x09cb, 0x09ce,
  0x09d7, 0x09d7, 0x09dc, 0x09e3, 0x09e6, 0x09fe, 0x0a01, 0x0a0a,
  0x0a0f, 0x0a10, 0x0a13, 0x0a39, 0x0a3c, 0x0a42, 0x0a47, 0x0a48,
  0x0a4b, 0x0a4d, 0x0a51, 0x0a51, 0x0a59, 0x0a5e, 0x0a66, 0x0a76,
  0x0a81, 0x0ab9, 0x0abc, 0x0acd, 0x0ad0, 0x0ad0, 0x0ae0, 0x0ae3,
  0x0ae6, 0x0af1, 0x0af9, 0x0b0c, 0x0b0f, 0x0b10, 0x0b13, 0x0b39,
  0x0b3c, 0x0b44, 0x0b47, 0x0b48, 0x0b4b, 0x0b4d, 0x0b55, 0x0b57,
  0x0b5c, 0x0b63, 0x0b66, 0x0b77, 0x0b82, 0x0b8a, 0x0b8e, 0x0b95,
  0x0b99, 0x0b9f, 0x0ba3, 0x0ba4, 0x0ba8, 0x0baa, 0x0bae, 0x0bb9,
  0x0bbe, 0x0bc2, 0x0bc6, 0x0bcd, 0x0bd0, 0x0bd0, 0x0bd7, 0x0bd7,
  0x0be6, 0x0bfa, 0x0c00, 0x0c39, 0x0c3d, 0x0c4d, 0x0c55, 0x0c5a,
  0x0c60, 0x0c63, 0x0c66, 0x0c6f, 0x0c77, 0x0cb9, 0x0cbc, 0x0ccd,
  0x0cd5, 0x0cd6, 0x0cde, 0x0ce3, 0x0ce6, 0x0cf2, 0x0d00, 0x0d4f,
  0x0d54, 0x0d63, 0x0d66, 0x0d96, 0x0d9a, 0x0dbd, 0x0dc0, 0x0dc6,
  0x0dca, 0x0dca, 0x0dcf, 0x0ddf, 0x0de6, 0x0def, 0x0df2, 0x0df4,
  0x0e01, 0x0e3a, 0x0e3f, 0x0e5b, 0x0e81, 0x0ebd, 0x0ec0, 0x0ecd,
  0x0ed0, 0x0ed9, 0x0edc, 0x0edf, 0x0f00, 0x0f6c, 0x0f71, 0x0fda,
  0x1000, 0x10c7, 0x10cd, 0x10cd, 0x10d0, 0x124d, 0x1250, 0x125d,
  0x1260, 0x128d, 0x1290, 0x12b5, 0x12b8, 0x12c5, 0x12c8, 0x1315,
  0x1318, 0x135a, 0x135d, 0x137c, 0x1380, 0x1399, 0x13a0, 0x13f5,
  0x13f8, 0x13fd, 0x1400, 0x169c, 0x16a0, 0x16f8, 0x1700, 0x1714,
  0x1720, 0x1736, 0x1740, 0x1753, 0x1760, 0x1773, 0x1780, 0x17dd,
  0x17e0, 0x17e9, 0x17f0, 0x17f9, 0x1800, 0x180d, 0x1810, 0x1819,
  0x1820, 0x1878, 0x1880, 0x18aa, 0x18b0, 0x18f5, 0x1900, 0x192b,
  0x1930, 0x193b, 0x1940, 0x1940, 0x1944, 0x196d, 0x1970, 0x1974,
  0x1980, 0x19ab, 0x19b0, 0x19c9, 0x19d0, 0x19da, 0x19de, 0x1a1b,
  0x1a1e, 0x1a7c, 0x1a7f, 0x1a89, 0x1a90, 0x1a99, 0x1aa0, 0x1aad,
  0x1ab0, 0x1ac0, 0x1b00, 0x1b4b, 0x1b50, 0x1b7c, 0x1b80, 0x1bf3,
  0x1bfc, 0x1c37, 0x1c3b, 0x1c49, 0x1c4d, 0x1c88, 0x1c90, 0x1cba,
  0x1cbd, 0x1cc7, 0x1cd0, 0x1cfa, 0x1d00, 0x1f15, 0x1f18, 0x1f1d,
  0x1f20, 0x1f45, 0x1f48, 0x1f4d, 0x1f50, 0x1f7d, 0x1f80, 0x1fd3,
  0x1fd6, 0x1fef, 0x1ff2, 0x1ffe, 0x2010, 0x2027, 0x2030, 0x205e,
  0x2070, 0x2071, 0x2074, 0x209c, 0x20a0, 0x20bf, 0x20d0, 0x20f0,
  0x2100, 0x218b, 0x2190, 0x2426, 0x2440, 0x244a, 0x2460, 0x2b73,
  0x2b76, 0x2cf3, 0x2cf9, 0x2d27, 0x2d2d, 0x2d2d, 0x2d30, 0x2d67,
  0x2d6f, 0x2d70, 0x2d7f, 0x2d96, 0x2da0, 0x2e52, 0x2e80, 0x2ef3,
  0x2f00, 0x2fd5, 0x2ff0, 0x2ffb, 0x3001, 0x3096, 0x3099, 0x30ff,
  0x3105, 0x31e3, 0x31f0, 0x9ffc, 0xa000, 0xa48c, 0xa490, 0xa4c6,
  0xa4d0, 0xa62b, 0xa640, 0xa6f7, 0xa700, 0xa7bf, 0xa7c2, 0xa7ca,
  0xa7f5, 0xa82c, 0xa830, 0xa839, 0xa840, 0xa877, 0xa880, 0xa8c5,
  0xa8ce, 0xa8d9, 0xa8e0, 0xa953, 0xa95f, 0xa97c, 0xa980, 0xa9d9,
  0xa9de, 0xaa36, 0xaa40, 0xaa4d, 0xaa50, 0xaa59, 0xaa5c, 0xaac2,
  0xaadb, 0xaaf6, 0xab01, 0xab06, 0xab09, 0xab0e, 0xab11, 0xab16,
  0xab20, 0xab6b, 0xab70, 0xabed, 0xabf0, 0xabf9, 0xac00, 0xd7a3,
  0xd7b0, 0xd7c6, 0xd7cb, 0xd7fb, 0xf900, 0xfa6d, 0xfa70, 0xfad9,
  0xfb00, 0xfb06, 0xfb13, 0xfb17, 0xfb1d, 0xfbc1, 0xfbd3, 0xfd3f,
  0xfd50, 0xfd8f, 0xfd92, 0xfdc7, 0xfdf0, 0xfdfd, 0xfe00, 0xfe19,
  0xfe20, 0xfe6b, 0xfe70, 0xfefc, 0xff01, 0xffbe, 0xffc2, 0xffc7,
  0xffca, 0xffcf, 0xffd2, 0xffd7, 0xffda, 0xffdc, 0xffe0, 0xffee,
  0xfffc, 0xfffd,
};
static const uint16_t is_not_print16[] = {
  0x00ad, 0x038b, 0x038d, 0x03a2, 0x0530, 0x0590, 0x06dd, 0x083f,
  0x085f, 0x08b5, 0x08e2, 0x0984, 0x09a9, 0x09b1, 0x09de, 0x0a04,
  0x0a29, 0x0a31, 0x0a34, 0x0a37, 0x0a3d, 0x0a5d, 0x0a84, 0x0a8e,
  0x0a92, 0x0aa9, 0x0ab1, 0x0ab4, 0x0ac6, 0x0aca, 0x0b00, 0x0b04,
  0x0b29, 0x0b31, 0x0b34, 0x0b5e, 0x0b84, 0x0b91, 0x0b9b, 0x0b9d,
  0x0bc9, 0x0c0d, 0x0c11, 0x0c29, 0x0c45, 0x0c49, 0x0c57, 0x0c8d,
  0x0c91, 0x0ca9, 0x0cb4, 0x0cc5, 0x0cc9, 0x0cdf, 0x0cf0, 0x0d0d,
  0x0d11, 0x0d45, 0x0d49, 0x0d80, 0x0d84, 0x0db2, 0x0dbc, 0x0dd5,
  0x0dd7, 0x0e83, 0x0e85, 0x0e8b, 0x0ea4, 0x0ea6, 0x0ec5, 0x0ec7,
  0x0f48, 0x0f98, 0x0fbd, 0x0fcd, 0x10c6, 0x1249, 0x1257, 0x1259,
  0x1289, 0x12b1, 0x12bf, 0x12c1, 0x12d7, 0x1311, 0x1680, 0x170d,
  0x176d, 0x1771, 0x191f, 0x1a5f, 0x1dfa, 0x1f58, 0x1f5a, 0x1f5c,
  0x1f5e, 0x1fb5, 0x1fc5, 0x1fdc, 0x1ff5, 0x208f, 0x2b96, 0x2c2f,
  0x2c5f, 0x2d26, 0x2da7, 0x2daf, 0x2db7, 0x2dbf, 0x2dc7, 0x2dcf,
  0x2dd7, 0x2ddf, 0x2e9a, 0x3040, 0x3130, 0x318f, 0x321f, 0xa9ce,
  0xa9ff, 0xab27, 0xab2f, 0xfb37, 0xfb3d, 0xfb3f, 0xfb42, 0xfb45,
  0xfe53, 0xfe67, 0xfe75, 0xffe7,
};
static const uint32_t is_print32[] = {
  0x010000, 0x01004d, 0x010050, 0x01005d, 0x010080, 0x0100fa,
  0x010100, 0x010102, 0x010107, 0x010133, 0x010137, 0x01019c,
  0x0101a0, 0x0101a0, 0x0101d0, 0x0101fd, 0x010280, 0x01029c,
  0x0102a0, 0x0102d0, 0x0102e0, 0x0102fb, 0x010300, 0x010323,
  0x01032d, 0x01034a, 0x010350, 0x01037a, 0x010380, 0x0103c3,
  0x0103c8, 0x0103d5, 0x010400, 0x01049d, 0x0104a0, 0x0104a9,
  0x0104b0, 0x0104d3, 0x0104d8, 0x0104fb, 0x010500, 0x010527,
  0x010530, 0x010563, 0x01056f, 0x01056f, 0x010600, 0x010736,
  0x010740, 0x010755, 0x010760, 0x010767, 0x010800, 0x010805,
  0x010808, 0x010838, 0x01083c, 0x01083c, 0x01083f, 0x01089e,
  0x0108a7, 0x0108af, 0x0108e0, 0x0108f5, 0x0108fb, 0x01091b,
  0x01091f, 0x010939, 0x01093f, 0x01093f, 0x010980, 0x0109b7,
  0x0109bc, 0x0109cf, 0x0109d2, 0x010a06, 0x010a0c, 0x010a35,
  0x010a38, 0x010a3a, 0x010a3f, 0x010a48, 0x010a50, 0x010a58,
  0x010a60, 0x010a9f, 0x010ac0, 0x010ae6, 0x010aeb, 0x010af6,
  0x010b00, 0x010b35, 0x010b39, 0x010b55, 0x010b58, 0x010b72,
  0x010b78, 0x010b91, 0x010b99, 0x010b9c, 0x010ba9, 0x010baf,
  0x010c00, 0x010c48, 0x010c80, 0x010cb2, 0x010cc0, 0x010cf2,
  0x010cfa, 0x010d27, 0x010d30, 0x010d39, 0x010e60, 0x010ead,
  0x010eb0, 0x010eb1, 0x010f00, 0x010f27, 0x010f30, 0x010f59,
  0x010fb0, 0x010fcb, 0x010fe0, 0x010ff6, 0x011000, 0x01104d,
  0x011052, 0x01106f, 0x01107f, 0x0110c1, 0x0110d0, 0x0110e8,
  0x0110f0, 0x0110f9, 0x011100, 0x011147, 0x011150, 0x011176,
  0x011180, 0x0111f4, 0x011200, 0x01123e, 0x011280, 0x0112a9,
  0x0112b0, 0x0112ea, 0x0112f0, 0x0112f9, 0x011300, 0x01130c,
  0x01130f, 0x011310, 0x011313, 0x011344, 0x011347, 0x011348,
  0x01134b, 0x01134d, 0x011350, 0x011350, 0x011357, 0x011357,
  0x01135d, 0x011363, 0x011366, 0x01136c, 0x011370, 0x011374,
  0x011400, 0x011461, 0x011480, 0x0114c7, 0x0114d0, 0x0114d9,
  0x011580, 0x0115b5, 0x0115b8, 0x0115dd, 0x011600, 0x011644,
  0x011650, 0x011659, 0x011660, 0x01166c, 0x011680, 0x0116b8,
  0x0116c0, 0x0116c9, 0x011700, 0x01171a, 0x01171d, 0x01172b,
  0x011730, 0x01173f, 0x011800, 0x01183b, 0x0118a0, 0x0118f2,
  0x0118ff, 0x011906, 0x011909, 0x011909, 0x01190c, 0x011938,
  0x01193b, 0x011946, 0x011950, 0x011959, 0x0119a0, 0x0119a7,
  0x0119aa, 0x0119d7, 0x0119da, 0x0119e4, 0x011a00, 0x011a47,
  0x011a50, 0x011aa2, 0x011ac0, 0x011af8, 0x011c00, 0x011c45,
  0x011c50, 0x011c6c, 0x011c70, 0x011c8f, 0x011c92, 0x011cb6,
  0x011d00, 0x011d36, 0x011d3a, 0x011d47, 0x011d50, 0x011d59,
  0x011d60, 0x011d98, 0x011da0, 0x011da9, 0x011ee0, 0x011ef8,
  0x011fb0, 0x011fb0, 0x011fc0, 0x011ff1, 0x011fff, 0x012399,
  0x012400, 0x012474, 0x012480, 0x012543, 0x013000, 0x01342e,
  0x014400, 0x014646, 0x016800, 0x016a38, 0x016a40, 0x016a69,
  0x016a6e, 0x016a6f, 0x016ad0, 0x016aed, 0x016af0, 0x016af5,
  0x016b00, 0x016b45, 0x016b50, 0x016b77, 0x016b7d, 0x016b8f,
  0x016e40, 0x016e9a, 0x016f00, 0x016f4a, 0x016f4f, 0x016f87,
  0x016f8f, 0x016f9f, 0x016fe0, 0x016fe4, 0x016ff0, 0x016ff1,
  0x017000, 0x0187f7, 0x018800, 0x018cd5, 0x018d00, 0x018d08,
  0x01b000, 0x01b11e, 0x01b150, 0x01b152, 0x01b164, 0x01b167,
  0x01b170, 0x01b2fb, 0x01bc00, 0x01bc6a, 0x01bc70, 0x01bc7c,
  0x01bc80, 0x01bc88, 0x01bc90, 0x01bc99, 0x01bc9c, 0x01bc9f,
  0x01d000, 0x01d0f5, 0x01d100, 0x01d126, 0x01d129, 0x01d172,
  0x01d17b, 0x01d1e8, 0x01d200, 0x01d245, 0x01d2e0, 0x01d2f3,
  0x01d300, 0x01d356, 0x01d360, 0x01d378, 0x01d400, 0x01d49f,
  0x01d4a2, 0x01d4a2, 0x01d4a5, 0x01d4a6, 0x01d4a9, 0x01d50a,
  0x01d50d, 0x01d546, 0x01d54a, 0x01d6a5, 0x01d6a8, 0x01d7cb,
  0x01d7ce, 0x01da8b, 0x01da9b, 0x01daaf, 0x01e000, 0x01e018,
  0x01e01b, 0x01e02a, 0x01e100, 0x01e12c, 0x01e130, 0x01e13d,
  0x01e140, 0x01e149, 0x01e14e, 0x01e14f, 0x01e2c0, 0x01e2f9,
  0x01e2ff, 0x01e2ff, 0x01e800, 0x01e8c4, 0x01e8c7, 0x01e8d6,
  0x01e900, 0x01e94b, 0x01e950, 0x01e959, 0x01e95e, 0x01e95f,
  0x01ec71, 0x01ecb4, 0x01ed01, 0x01ed3d, 0x01ee00, 0x01ee24,
  0x01ee27, 0x01ee3b, 0x01ee42, 0x01ee42, 0x01ee47, 0x01ee54,
  0x01ee57, 0x01ee64, 0x01ee67, 0x01ee9b, 0x01eea1, 0x01eebb,
  0x01eef0, 0x01eef1, 0x01f000, 0x01f02b, 0x01f030, 0x01f093,
  0x01f0a0, 0x01f0ae, 0x01f0b1, 0x01f0f5, 0x01f100, 0x01f1ad,
  0x01f1e6, 0x01f202, 0x01f210, 0x01f23b, 0x01f240, 0x01f248,
  0x01f250, 0x01f251, 0x01f260, 0x01f265, 0x01f300, 0x01f6d7,
  0x01f6e0, 0x01f6ec, 0x01f6f0, 0x01f6fc, 0x01f700, 0x01f773,
  0x01f780, 0x01f7d8, 0x01f7e0, 0x01f7eb, 0x01f800, 0x01f80b,
  0x01f810, 0x01f847, 0x01f850, 0x01f859, 0x01f860, 0x01f887,
  0x01f890, 0x01f8ad, 0x01f8b0, 0x01f8b1, 0x01f900, 0x01fa53,
  0x01fa60, 0x01fa6d, 0x01fa70, 0x01fa74, 0x01fa78, 0x01fa7a,
  0x01fa80, 0x01fa86, 0x01fa90, 0x01faa8, 0x01fab0, 0x01fab6,
  0x01fac0, 0x01fac2, 0x01fad0, 0x01fad6, 0x01fb00, 0x01fbca,
  0x01fbf0, 0x01fbf9, 0x020000, 0x02a6dd, 0x02a700, 0x02b734,
  0x02b740, 0x02b81d, 0x02b820, 0x02cea1, 0x02ceb0, 0x02ebe0,
  0x02f800, 0x02fa1d, 0x030000, 0x03134a, 0x0e0100, 0x0e01ef,
};
static const uint16_t is_not_print32[] = {
  0x000c, 0x0027, 0x003b, 0x003e, 0x018f, 0x039e, 0x0809, 0x0836,
  0x0856, 0x08f3, 0x0a04, 0x0a14, 0x0a18, 0x0e7f, 0x0eaa, 0x10bd,
  0x1135, 0x11e0, 0x1212, 0x1287, 0x1289, 0x128e, 0x129e, 0x1304,
  0x1329, 0x1331, 0x1334, 0x133a, 0x145c, 0x1914, 0x1917, 0x1936,
  0x1c09, 0x1c37, 0x1ca8, 0x1d07, 0x1d0a, 0x1d3b, 0x1d3e, 0x1d66,
  0x1d69, 0x1d8f, 0x1d92, 0x246f, 0x6a5f, 0x6b5a, 0x6b62, 0xd455,
  0xd49d, 0xd4ad, 0xd4ba, 0xd4bc, 0xd4c4, 0xd506, 0xd515, 0xd51d,
  0xd53a, 0xd53f, 0xd545, 0xd551, 0xdaa0, 0xe007, 0xe022, 0xe025,
  0xee04, 0xee20, 0xee23, 0xee28, 0xee33, 0xee38, 0xee3a, 0xee48,
  0xee4a, 0xee4c, 0xee50, 0xee53, 0xee58, 0xee5a, 0xee5c, 0xee5e,
  0xee60, 0xee63, 0xee6b, 0xee73, 0xee78, 0xee7d, 0xee7f, 0xee8a,
  0xeea4, 0xeeaa, 0xf0c0, 0xf0d0, 0xf979, 0xf9cc, 0xfb93,
};

/* Index of the first element >= x. */
static size_t bsearch16(const uint16_t *a, size_t n, uint16_t x) {
  size_t i = 0, j = n;
  while (i < j) {
    size_t h = i + (j - i) / 2;
    if (a[h] < x) i = h + 1;
    else j = h;
  }
  return i;
}

static size_t bsearch32(const uint32_t *a, size_t n, uint32_t x) {
  size_t i = 0, j = n;
  while (i < j) {
    size_t h = i + (j - i) / 2;
    if (a[h] < x) i = h + 1;
    else j = h;
  }
  return i;
}

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

bool rt_isprint(int32_t r) {
  if (r <= 0xFF) {
    if (0x20 <= r && r <= 0x7E) return true;
    if (0xA1 <= r && r <= 0xFF) return r != 0xAD; /* soft hyphen */
    return false;
  }
  if (r < 0x10000) {
    uint16_t rr = (uint16_t)r;
    size_t i = bsearch16(is_print16, NELEM(is_print16), rr);
    if (i >= NELEM(is_print16) || rr < is_print16[i & ~(size_t)1] || is_print16[i | 1] < rr)
      return false;
    size_t j = bsearch16(is_not_print16, NELEM(is_not_print16), rr);
    return j >= NELEM(is_not_print16) || is_not_print16[j] != rr;
  }
  uint32_t rr = (uint32_t)r;
  size_t i = bsearch32(is_print32, NELEM(is_print32), rr);
  if (i >= NELEM(is_print32) || rr < is_print32[i & ~(size_t)1] || is_print32[i | 1] < rr)
    return false;
  if (r >= 0x20000) return true;
  uint16_t lo = (uint16_t)(r - 0x10000);
  size_t j = bsearch16(is_not_print32, NELEM(is_not_print32), lo);
  return j >= NELEM(is_not_print32) || is_not_print32[j] != lo;
}

/* }================================================================== */
