/*
** fmt.c — the engine of Go's fmt package (print.go and format.go of Go
** 1.19, ported function for function): Printf-style verbs with flags, width,
** precision and argument indexes, the Print/Println operand rules, and fmt's
** error forms (%!d(string=hi), %!v(MISSING), %!(EXTRA int=1), %!(NOVERB),
** %!(BADWIDTH), %!(BADPREC), %!(BADINDEX)).
**
** Values. fmt sees interface values (value.h); a Val is the view the printer
** walks: a type and the address of the value, either in register form (the
** data word of a one-word interface, or the words a multi-word interface
** points to) or in memory form (an element of a slice or array, a struct
** field, the target of a pointer). The two forms differ only for float32 (a
** double in a register, a float in memory), and, for complex64, in the same
** way per half; integers are read little-endian at their memory size, which
** is also correct for a sign- or zero-extended register word.
**
** Go decides by the dynamic type (with reflect); we decide by RType.kind.
** Go's printArg fast paths and its reflect-based printValue agree for every
** basic kind, so this file keeps the structure of print.go where it matters
** for output (what badVerb prints as the offending value, depth-dependent
** pointer printing) and merges the rest.
**
** Maps print as Go's printValue does, map[k:v k:v] or with %#v
** map[K]V{k:v, k:v}, keys sorted by internal/fmtsort's rules (compare_vals
** below): numbers by value with NaN first, strings bytewise, false before
** true, pointers and channels by address, arrays and structs element by
** element, interfaces nil first, then by dynamic type, then by value. For
** two different dynamic types Go compares the addresses of their type
** descriptors, which its linker lays out by descriptor size and then by
** name; type_order reproduces that from the RType.
**
** Methods (Go's handleMethods): for %v %s %q %x %X, and Print/Println,
** an operand whose method set has Error prints as Error()'s result, else
** one with String as String()'s; with %#v a GoString method prints
** unadorned. Operands at any depth qualify (slice elements, map keys and
** values, struct fields, pointers' targets), except values reached
** through unexported struct fields (Go's CanInterface) and while badVerb
** prints an operand. The methods are Go code run through rt_call_method
** (vm/call.h); a panic in one is recovered as catchPanic does: a nil
** pointer receiver prints <nil>, anything else
** %!v(PANIC=String method: VALUE). The runtime's own error values print
** their text directly (rt_error_text). Formatter is not supported.
**
** Invariants: the printer writes only into its rt_Buf (never to the VM
** output), allocates nothing on the Go heap itself, and never fails on any
** format string or argument list: malformed input produces fmt's error
** forms. A method call may move the goroutine's stack and run the
** collector, so the printer holds no pointer into the stack (fmtlib.c
** copies the operands and the format out of it first) and every value it
** walks is reachable from those operands, whose originals stay in the
** caller's frame.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../vm/call.h"
#include "runtime.h"
#include "strconv.h"

static const char ldigits[] = "0123456789abcdefx";
static const char udigits[] = "0123456789ABCDEFX";


/* {==================================================================
** Values
** =================================================================== */

typedef struct Val {
  const RType *t;  /* NULL: no value (a nil interface) */
  const void *mem; /* the value's bytes */
  bool reg;        /* register form (see the top of the file) */
  bool ro;         /* reached through an unexported struct field: Go's
                      CanInterface is false, so no methods are called */
} Val;

static Val iface_val(const GoIface *a) {
  if (!a->type) return (Val){0};
  if (a->type->nwords > 1) return (Val){a->type, a->data.cp, true, false};
  return (Val){a->type, &a->data, true, false};
}

static int64_t val_int(Val v) {
  switch (v.t->kind) {
  case RK_INT8: { int8_t x; memcpy(&x, v.mem, 1); return x; }
  case RK_INT16: { int16_t x; memcpy(&x, v.mem, 2); return x; }
  case RK_INT32: { int32_t x; memcpy(&x, v.mem, 4); return x; }
  default: { int64_t x; memcpy(&x, v.mem, 8); return x; }
  }
}

static uint64_t val_uint(Val v) {
  switch (v.t->kind) {
  case RK_UINT8: { uint8_t x; memcpy(&x, v.mem, 1); return x; }
  case RK_UINT16: { uint16_t x; memcpy(&x, v.mem, 2); return x; }
  case RK_UINT32: { uint32_t x; memcpy(&x, v.mem, 4); return x; }
  default: { uint64_t x; memcpy(&x, v.mem, 8); return x; }
  }
}

/* Part [i] of a float (0) or of a complex number (0 real, 1 imaginary). */
static double val_float(Val v, int i) {
  bool single = v.t->kind == RK_FLOAT32 || v.t->kind == RK_COMPLEX64;
  if (single && !v.reg) {
    float x;
    memcpy(&x, (const char *)v.mem + 4 * i, 4);
    return x;
  }
  double x;
  memcpy(&x, (const char *)v.mem + 8 * i, 8);
  return x;
}

static GoString val_string(Val v) {
  GoString s;
  memcpy(&s, v.mem, sizeof s);
  return s;
}

static GoSlice val_slice(Val v) {
  GoSlice s;
  memcpy(&s, v.mem, sizeof s);
  return s;
}

static uint64_t val_word(Val v) {
  uint64_t x;
  memcpy(&x, v.mem, 8);
  return x;
}

static bool is_int_kind(int k) { return k >= RK_INT && k <= RK_INT64; }
static bool is_uint_kind(int k) { return k >= RK_UINT && k <= RK_UINTPTR; }

/* }================================================================== */

/* {==================================================================
** The raw formatter (format.go)
** =================================================================== */

typedef struct Flags {
  bool wid_present, prec_present;
  bool minus, plus, sharp, space, zero;
  /* %+v and %#v set these and clear plus/sharp: they are different,
  ** flagless formats at the top level. */
  bool plus_v, sharp_v;
} Flags;

typedef enum { CUR_NONE, CUR_ARG, CUR_VALUE } CurKind;

typedef struct Printer {
  VM *vm;              /* for walking maps; may be NULL (unit tests) */
  rt_Buf *buf;
  Flags f;
  int wid, prec;
  rt_Buf num;          /* scratch for float digits, reused */
  Val cur;             /* the operand being printed, for badVerb */
  CurKind cur_kind;    /* Go's p.arg (CUR_ARG) or p.value (CUR_VALUE) */
  bool reordered, good_argnum;
  bool wrap_errs;      /* Errorf: %w may wrap an error operand */
  GoIface wrapped;     /* the operand %w wrapped (nil type: none) */
  bool panicking;      /* catchPanic is printing a method's panic value */
  bool erroring;       /* badVerb is printing the operand: no methods */
} Printer;

static void put(Printer *p, const char *s, size_t n) { rt_buf_append(p->buf, s, n); }
static void puts_(Printer *p, const char *s) { rt_buf_str(p->buf, s); }
static void putc_(Printer *p, char c) { rt_buf_byte(p->buf, c); }

static void put_rune(Printer *p, int32_t r) {
  uint8_t tmp[4];
  put(p, (const char *)tmp, (size_t)rt_utf8_encode(tmp, r));
}

static void write_padding(Printer *p, int64_t n) {
  if (n <= 0) return;
  rt_buf_reserve(p->buf, (size_t)n);
  memset(p->buf->data + p->buf->len, p->f.zero ? '0' : ' ', (size_t)n);
  p->buf->len += (size_t)n;
}

/* Appends s padded to the width with spaces (or zeros with the 0 flag) on
** the left, or on the right with the - flag; width counts runes. */
static void pad(Printer *p, const char *s, size_t n) {
  if (!p->f.wid_present || p->wid == 0) {
    put(p, s, n);
    return;
  }
  int64_t width = p->wid - rt_utf8_count((const uint8_t *)s, n);
  if (!p->f.minus) {
    write_padding(p, width);
    put(p, s, n);
  } else {
    put(p, s, n);
    write_padding(p, width);
  }
}

static void pad_str(Printer *p, const char *s) { pad(p, s, strlen(s)); }

/* pad with the zero flag off: numbers handle zero padding as precision. */
static void pad_spaces(Printer *p, const char *s, size_t n) {
  bool old = p->f.zero;
  p->f.zero = false;
  pad(p, s, n);
  p->f.zero = old;
}

static void fmt_boolean(Printer *p, bool v) { pad_str(p, v ? "true" : "false"); }

/* %U: "U+0078", with # "U+0078 'x'". */
static void fmt_unicode(Printer *p, uint64_t u) {
  char buf[16];
  int prec = 4;
  if (p->f.prec_present && p->prec > 4) prec = p->prec;
  int i = (int)sizeof buf;
  char tail[8];
  int ntail = 0;
  if (p->f.sharp && u <= RT_MAX_RUNE && rt_isprint((int32_t)u)) {
    tail[ntail++] = ' ';
    tail[ntail++] = '\'';
    ntail += rt_utf8_encode((uint8_t *)tail + ntail, (int32_t)u);
    tail[ntail++] = '\'';
  }
  int ndig = 0;
  do {
    buf[--i] = udigits[u & 0xF];
    ndig++;
  } while ((u >>= 4) != 0);
  /* Leading zeros up to the precision: may exceed buf, so built apart. */
  rt_Buf out = {0};
  rt_buf_append(&out, "U+", 2);
  for (int z = ndig; z < prec; z++) rt_buf_byte(&out, '0');
  rt_buf_append(&out, buf + i, (size_t)ndig);
  rt_buf_append(&out, tail, (size_t)ntail);
  pad_spaces(p, out.data, out.len);
  rt_buf_free(&out);
}

/* Formats an integer in [base] with sign, prefix (# flag, %O), precision
** or zero padding to the width. */
static void fmt_integer(Printer *p, uint64_t u, int base, bool is_signed,
                        int verb, const char *digits) {
  bool negative = is_signed && (int64_t)u < 0;
  if (negative) u = -u;

  /* Two ways to ask for leading zeros: %.3d or %03d. With both, the zero
  ** flag is ignored and the padding is spaces. */
  int64_t prec = 0;
  if (p->f.prec_present) {
    prec = p->prec;
    if (prec == 0 && u == 0) { /* print nothing but the padding */
      bool old = p->f.zero;
      p->f.zero = false;
      write_padding(p, p->wid);
      p->f.zero = old;
      return;
    }
  } else if (p->f.zero && p->f.wid_present) {
    prec = p->wid;
    if (negative || p->f.plus || p->f.space) prec--; /* room for the sign */
  }

  char dig[72];
  int i = (int)sizeof dig;
  switch (base) {
  case 10: do dig[--i] = (char)('0' + u % 10); while ((u /= 10) != 0); break;
  case 16: do dig[--i] = digits[u & 0xF]; while ((u >>= 4) != 0); break;
  case 8: do dig[--i] = (char)('0' + (u & 7)); while ((u >>= 3) != 0); break;
  default: do dig[--i] = (char)('0' + (u & 1)); while ((u >>= 1) != 0); break;
  }
  int64_t ndig = (int64_t)sizeof dig - i;
  int64_t zeros = prec > ndig ? prec - ndig : 0;

  char pre[8];
  int npre = 0;
  if (negative) pre[npre++] = '-';
  else if (p->f.plus) pre[npre++] = '+';
  else if (p->f.space) pre[npre++] = ' ';
  if (verb == 'O') {
    pre[npre++] = '0';
    pre[npre++] = 'o';
  }
  if (p->f.sharp) {
    if (base == 2) {
      pre[npre++] = '0';
      pre[npre++] = 'b';
    } else if (base == 8) {
      if (zeros == 0 && dig[i] != '0') pre[npre++] = '0';
    } else if (base == 16) {
      pre[npre++] = '0';
      pre[npre++] = digits[16];
    }
  }

  int64_t total = npre + zeros + ndig;
  int64_t padding = p->f.wid_present && p->wid != 0 ? p->wid - total : 0;
  bool old = p->f.zero;
  p->f.zero = false;
  if (!p->f.minus) write_padding(p, padding);
  put(p, pre, (size_t)npre);
  p->f.zero = true;
  write_padding(p, zeros);
  p->f.zero = false;
  put(p, dig + i, (size_t)ndig);
  if (p->f.minus) write_padding(p, padding);
  p->f.zero = old;
}

/* The first prec runes of s when a precision is present. */
static size_t truncate_len(Printer *p, const uint8_t *s, size_t n) {
  if (!p->f.prec_present) return n;
  int64_t left = p->prec;
  for (size_t i = 0; i < n;) {
    if (--left < 0) return i;
    int w = 1;
    if (s[i] >= 0x80) rt_utf8_decode(s + i, n - i, &w);
    i += (size_t)w;
  }
  return n;
}

static void fmt_s(Printer *p, const uint8_t *s, size_t n) {
  pad(p, (const char *)s, truncate_len(p, s, n));
}

/* %x on strings and byte slices: two hex digits a byte; the space flag
** separates bytes, # adds 0x (to each byte with the space flag). */
static void fmt_sbx(Printer *p, const uint8_t *s, size_t n, const char *digits) {
  int64_t length = (int64_t)n;
  if (p->f.prec_present && p->prec < length) length = p->prec;
  int64_t width = 2 * length;
  if (width > 0) {
    if (p->f.space) {
      if (p->f.sharp) width *= 2;
      width += length - 1;
    } else if (p->f.sharp) {
      width += 2;
    }
  } else {
    if (p->f.wid_present) write_padding(p, p->wid);
    return;
  }
  if (p->f.wid_present && p->wid > width && !p->f.minus) write_padding(p, p->wid - width);
  if (p->f.sharp) {
    putc_(p, '0');
    putc_(p, digits[16]);
  }
  for (int64_t i = 0; i < length; i++) {
    if (p->f.space && i > 0) {
      putc_(p, ' ');
      if (p->f.sharp) {
        putc_(p, '0');
        putc_(p, digits[16]);
      }
    }
    putc_(p, digits[s[i] >> 4]);
    putc_(p, digits[s[i] & 0xF]);
  }
  if (p->f.wid_present && p->wid > width && p->f.minus) write_padding(p, p->wid - width);
}

/* %q on strings: a double-quoted Go literal; # prefers a raw string. */
static void fmt_q(Printer *p, const uint8_t *s, size_t n) {
  n = truncate_len(p, s, n);
  rt_Buf q = {0};
  if (p->f.sharp && rt_can_backquote(s, n)) {
    rt_buf_byte(&q, '`');
    rt_buf_append(&q, (const char *)s, n);
    rt_buf_byte(&q, '`');
  } else {
    rt_quote(&q, s, n, p->f.plus);
  }
  pad(p, q.data, q.len);
  rt_buf_free(&q);
}

/* %c: the rune, U+FFFD when the integer is not a valid one. */
static void fmt_c(Printer *p, uint64_t c) {
  int32_t r = c > RT_MAX_RUNE ? RT_RUNE_ERROR : (int32_t)c;
  uint8_t tmp[4];
  pad(p, (const char *)tmp, (size_t)rt_utf8_encode(tmp, r));
}

/* %q on integers: a single-quoted rune literal. */
static void fmt_qc(Printer *p, uint64_t c) {
  int32_t r = c > RT_MAX_RUNE ? RT_RUNE_ERROR : (int32_t)c;
  rt_Buf q = {0};
  rt_quote_rune(&q, r, p->f.plus);
  pad(p, q.data, q.len);
  rt_buf_free(&q);
}

/* Floats through strconv, then the sign, # and padding rules of fmt. */
static void fmt_float(Printer *p, double v, int size, int verb, int prec) {
  if (p->f.prec_present) prec = p->prec;
  rt_Buf *num = &p->num;
  num->len = 0;
  rt_buf_byte(num, '+'); /* room for a sign */
  rt_ftoa(num, v, (char)verb, prec, size);
  size_t off = 0;
  if (num->data[1] == '-' || num->data[1] == '+') off = 1;
  else num->data[0] = '+';
  char *s = num->data + off;
  /* The space flag means a leading space instead of "+", unless the plus
  ** flag asks for the sign. */
  if (p->f.space && s[0] == '+' && !p->f.plus) s[0] = ' ';
  /* Infinities and NaN are not numbers to pad with zeros. */
  if (s[1] == 'I' || s[1] == 'N') {
    size_t n = num->len - off;
    if (s[1] == 'N' && !p->f.space && !p->f.plus) {
      s++;
      n--;
    }
    pad_spaces(p, s, n);
    return;
  }
  /* # forces a decimal point and keeps trailing zeros, which we may need
  ** to restore for %g and %x. */
  if (p->f.sharp && verb != 'b') {
    int digits = 0;
    if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x') digits = prec == -1 ? 6 : prec;
    char tail[8];
    size_t ntail = 0;
    bool has_dp = false, nonzero = false;
    for (size_t i = off + 1; i < num->len; i++) {
      char c = num->data[i];
      if (c == '.') {
        has_dp = true;
      } else if (c == 'p' || c == 'P' ||
                 ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
        ntail = num->len - i;
        memcpy(tail, num->data + i, ntail);
        num->len = i;
      } else {
        if (c != '0') nonzero = true;
        if (nonzero) digits--; /* significant digits after the first nonzero */
      }
    }
    if (!has_dp) {
      if (num->len - off == 2 && num->data[off + 1] == '0') digits--; /* "0" counts once */
      rt_buf_byte(num, '.');
    }
    for (; digits > 0; digits--) rt_buf_byte(num, '0');
    rt_buf_append(num, tail, ntail);
    s = num->data + off;
  }
  size_t n = num->len - off;
  if (p->f.plus || s[0] != '+') {
    /* Zero padding goes between the sign and the digits. */
    if (p->f.zero && p->f.wid_present && p->wid > (int64_t)n) {
      putc_(p, s[0]);
      write_padding(p, p->wid - (int64_t)n);
      put(p, s + 1, n - 1);
      return;
    }
    pad(p, s, n);
    return;
  }
  pad(p, s + 1, n - 1); /* positive, no sign asked for */
}

/* }================================================================== */

/* {==================================================================
** Printing operands (print.go)
** =================================================================== */

static void print_arg(Printer *p, Val arg, int verb);
static void print_value(Printer *p, Val v, int verb, int depth);

static const char *type_str(const RType *t) { return t->str ? t->str : "?"; }

/* %!verb(type=value) for a verb the operand's type does not take. */
static void bad_verb(Printer *p, int verb) {
  bool erroring = p->erroring;
  p->erroring = true;
  puts_(p, "%!");
  put_rune(p, verb);
  putc_(p, '(');
  Val cur = p->cur;
  switch (p->cur_kind) {
  case CUR_ARG:
    puts_(p, type_str(cur.t));
    putc_(p, '=');
    print_arg(p, cur, 'v');
    break;
  case CUR_VALUE:
    puts_(p, type_str(cur.t));
    putc_(p, '=');
    print_value(p, cur, 'v', 0);
    break;
  default:
    puts_(p, "<nil>");
  }
  putc_(p, ')');
  p->erroring = erroring;
}

static void fmt_bool(Printer *p, bool v, int verb) {
  if (verb == 't' || verb == 'v') fmt_boolean(p, v);
  else bad_verb(p, verb);
}

/* Hex with or without 0x, whatever the # flag says. */
static void fmt_0x64(Printer *p, uint64_t v, bool leading0x) {
  bool sharp = p->f.sharp;
  p->f.sharp = leading0x;
  fmt_integer(p, v, 16, false, 'v', ldigits);
  p->f.sharp = sharp;
}

static void print_integer(Printer *p, uint64_t v, bool is_signed, int verb) {
  switch (verb) {
  case 'v':
    if (p->f.sharp_v && !is_signed) fmt_0x64(p, v, true);
    else fmt_integer(p, v, 10, is_signed, verb, ldigits);
    break;
  case 'd': fmt_integer(p, v, 10, is_signed, verb, ldigits); break;
  case 'b': fmt_integer(p, v, 2, is_signed, verb, ldigits); break;
  case 'o': case 'O': fmt_integer(p, v, 8, is_signed, verb, ldigits); break;
  case 'x': fmt_integer(p, v, 16, is_signed, verb, ldigits); break;
  case 'X': fmt_integer(p, v, 16, is_signed, verb, udigits); break;
  case 'c': fmt_c(p, v); break;
  case 'q': fmt_qc(p, v); break;
  case 'U': fmt_unicode(p, v); break;
  default: bad_verb(p, verb);
  }
}

static void print_float(Printer *p, double v, int size, int verb) {
  switch (verb) {
  case 'v': fmt_float(p, v, size, 'g', -1); break;
  case 'b': case 'g': case 'G': case 'x': case 'X': fmt_float(p, v, size, verb, -1); break;
  case 'f': case 'e': case 'E': fmt_float(p, v, size, verb, 6); break;
  case 'F': fmt_float(p, v, size, 'f', 6); break;
  default: bad_verb(p, verb);
  }
}

static void print_complex(Printer *p, Val v, int verb) {
  int size = v.t->kind == RK_COMPLEX64 ? 32 : 64;
  switch (verb) {
  case 'v': case 'b': case 'g': case 'G': case 'x': case 'X':
  case 'f': case 'F': case 'e': case 'E': {
    bool old = p->f.plus;
    putc_(p, '(');
    print_float(p, val_float(v, 0), size, verb);
    p->f.plus = true;
    print_float(p, val_float(v, 1), size, verb);
    puts_(p, "i)");
    p->f.plus = old;
    break;
  }
  default: bad_verb(p, verb);
  }
}

static void print_string(Printer *p, GoString s, int verb) {
  switch (verb) {
  case 'v':
    if (p->f.sharp_v) fmt_q(p, s.ptr, (size_t)s.len);
    else fmt_s(p, s.ptr, (size_t)s.len);
    break;
  case 's': fmt_s(p, s.ptr, (size_t)s.len); break;
  case 'x': fmt_sbx(p, s.ptr, (size_t)s.len, ldigits); break;
  case 'X': fmt_sbx(p, s.ptr, (size_t)s.len, udigits); break;
  case 'q': fmt_q(p, s.ptr, (size_t)s.len); break;
  default: bad_verb(p, verb);
  }
}

/* The bytes of a byte slice or array (arrays are copied out of the value). */
static const uint8_t *byte_elems(Val v, int64_t *n, bool *is_nil) {
  if (v.t->kind == RK_SLICE) {
    GoSlice s = val_slice(v);
    *n = s.len;
    *is_nil = s.ptr == NULL;
    return s.ptr;
  }
  *n = v.t->len;
  *is_nil = false;
  return v.mem;
}

static void print_elems(Printer *p, Val v, int verb, int depth);

/* []byte and [N]byte: %s %q %x %X treat them as strings. */
static void fmt_bytes(Printer *p, Val v, int verb, const char *type_string) {
  int64_t n;
  bool is_nil;
  const uint8_t *b = byte_elems(v, &n, &is_nil);
  switch (verb) {
  case 'v': case 'd':
    if (p->f.sharp_v) {
      puts_(p, type_string);
      if (is_nil) {
        puts_(p, "(nil)");
        return;
      }
      putc_(p, '{');
      for (int64_t i = 0; i < n; i++) {
        if (i > 0) puts_(p, ", ");
        fmt_0x64(p, b[i], true);
      }
      putc_(p, '}');
    } else {
      putc_(p, '[');
      for (int64_t i = 0; i < n; i++) {
        if (i > 0) putc_(p, ' ');
        fmt_integer(p, b[i], 10, false, verb, ldigits);
      }
      putc_(p, ']');
    }
    break;
  case 's': fmt_s(p, b, (size_t)n); break;
  case 'x': fmt_sbx(p, b, (size_t)n, ldigits); break;
  case 'X': fmt_sbx(p, b, (size_t)n, udigits); break;
  case 'q': fmt_q(p, b, (size_t)n); break;
  default: print_elems(p, v, verb, 0);
  }
}

static void fmt_pointer(Printer *p, Val v, int verb) {
  uint64_t u;
  switch (v.t->kind) {
  case RK_CHAN: case RK_FUNC: case RK_MAP: case RK_POINTER: case RK_UNSAFEPOINTER:
    u = val_word(v);
    break;
  case RK_SLICE:
    u = (uint64_t)(uintptr_t)val_slice(v).ptr;
    break;
  default:
    bad_verb(p, verb);
    return;
  }
  switch (verb) {
  case 'v':
    if (p->f.sharp_v) {
      putc_(p, '(');
      puts_(p, type_str(v.t));
      puts_(p, ")(");
      if (u == 0) puts_(p, "nil");
      else fmt_0x64(p, u, true);
      putc_(p, ')');
    } else if (u == 0) {
      pad_str(p, "<nil>");
    } else {
      fmt_0x64(p, u, !p->f.sharp);
    }
    break;
  case 'p': fmt_0x64(p, u, !p->f.sharp); break;
  case 'b': case 'o': case 'd': case 'x': case 'X': print_integer(p, u, false, verb); break;
  default: bad_verb(p, verb);
  }
}

/* The operand as a one-level interface would show it: basic kinds by
** value, the rest through print_value. */
static bool print_basic(Printer *p, Val v, int verb) {
  int k = v.t->kind;
  if (k == RK_BOOL) {
    uint8_t b;
    memcpy(&b, v.mem, 1);
    fmt_bool(p, b != 0, verb);
  } else if (is_int_kind(k)) {
    print_integer(p, (uint64_t)val_int(v), true, verb);
  } else if (is_uint_kind(k)) {
    print_integer(p, val_uint(v), false, verb);
  } else if (k == RK_FLOAT32 || k == RK_FLOAT64) {
    print_float(p, val_float(v, 0), k == RK_FLOAT32 ? 32 : 64, verb);
  } else if (k == RK_COMPLEX64 || k == RK_COMPLEX128) {
    print_complex(p, v, verb);
  } else if (k == RK_STRING) {
    print_string(p, val_string(v), verb);
  } else {
    return false;
  }
  return true;
}

/* {------------------------------------------------------------------
** handleMethods: Error, String and GoString, called in Go
** ------------------------------------------------------------------ */

/* The interface data word of [v] (value.h: the value itself for one-word
** types, else a pointer to its words: memory form for arrays and structs,
** register form for the rest), which is what a method takes as receiver.
** [tmp] holds a converted copy when [v]'s form differs. */
static Word data_word(Val v, uint64_t tmp[2]) {
  const RType *t = v.t;
  Word w = {0};
  if (t->nwords == 1) {
    if (v.reg) memcpy(&w, v.mem, sizeof w);
    else rt_value_load(t, &w, v.mem);
  } else if (t->nwords == 0) {
    w.cp = &rt_zerobase;
  } else if (v.reg || t->kind == RK_ARRAY || t->kind == RK_STRUCT || rt_value_same_form(t)) {
    w.cp = v.mem;
  } else {
    rt_value_load(t, (Word *)tmp, v.mem);  /* complex64: two doubles */
    w.cp = tmp;
  }
  return w;
}

static bool is_nil_pointer(Val v) {
  return v.t->kind == RK_POINTER && val_word(v) == 0;
}

/* Go's catchPanic: the method [name] of [v] panicked with [e]. */
static void method_panicked(Printer *p, Val v, int verb, const char *name, GoIface e) {
  if (is_nil_pointer(v)) {  /* a nil receiver: just "<nil>", unpadded */
    puts_(p, "<nil>");
    return;
  }
  if (p->panicking) vm_panic_value(p->vm, e);  /* nested: cannot print it */
  Flags saved = p->f;
  memset(&p->f, 0, sizeof p->f);
  puts_(p, "%!");
  put_rune(p, verb);
  puts_(p, "(PANIC=");
  puts_(p, name);
  puts_(p, " method: ");
  p->panicking = true;
  print_arg(p, iface_val(&e), 'v');
  p->panicking = false;
  putc_(p, ')');
  p->f = saved;
}

/* Calls [m] (a method returning a string) on [v]; false after a panic,
** which is then printed as catchPanic does. */
static bool call_string_method(Printer *p, Val v, int verb, const RMethod *m, GoString *out) {
  uint64_t tmp[2];
  Word res[2];
  GoIface e;
  Val saved_cur = p->cur;
  CurKind saved_kind = p->cur_kind;
  bool ok = rt_call_method(p->vm, m, data_word(v, tmp), NULL, 0, res, 2, &e);
  p->cur = saved_cur;
  p->cur_kind = saved_kind;
  if (!ok) {
    method_panicked(p, v, verb, m->name, e);
    return false;
  }
  *out = (GoString){res[0].cp, res[1].i};
  return true;
}

/* handleMethods: an operand whose method set has Error (an error) or else
** String (a Stringer) prints as the method's result, for the verbs that
** take a string; with %#v, GoString (a GoStringer) prints unadorned.
** The runtime's own error values print their text directly. False when
** the operand has no such method. */
/* The types printArg formats without looking for methods (bool, numbers,
** string, []byte): %w on them is a plain bad verb. */
static bool simple_arg(const RType *t) {
  if (t->named) return false;
  if (t->kind == RK_SLICE) return t->elem && t->elem->kind == RK_UINT8 && !t->elem->named;
  return (t->kind >= RK_BOOL && t->kind <= RK_COMPLEX128) || t->kind == RK_STRING;
}

static bool is_error(Printer *p, Val v) {
  rt_Buf text = {0};
  bool native = rt_error_text(v.t, (Word){.u = val_word(v)}, &text);
  rt_buf_free(&text);
  return native || (p->vm && rt_method_find(v.t, "Error"));
}

/* %w: the operand must be an error, in Errorf, and the first %w; it is
** then printed as with %v. False when the verb was handled (bad verb). */
static bool wrap_operand(Printer *p, Val v) {
  if (!is_error(p, v) || !p->wrap_errs || p->wrapped.type) {
    p->wrapped = (GoIface){0};
    p->wrap_errs = false;
    bad_verb(p, 'w');
    return false;
  }
  uint64_t tmp[2];
  p->wrapped = (GoIface){v.t, data_word(v, tmp)};
  return true;
}

static bool handle_methods(Printer *p, Val v, int verb) {
  if (p->erroring || v.ro || v.t->kind == RK_INTERFACE) return false;  /* a nil interface */
  if (verb == 'w') {
    if (simple_arg(v.t)) return false;
    if (!wrap_operand(p, v)) return true;
    verb = 'v';
  }
  if (p->f.sharp_v) {
    const RMethod *m = p->vm ? rt_method_find(v.t, "GoString") : NULL;
    GoString s;
    if (!m) return false;
    if (call_string_method(p, v, verb, m, &s)) fmt_s(p, s.ptr, (size_t)s.len);
    return true;
  }
  if (!(verb == 'v' || verb == 's' || verb == 'q' || verb == 'x' || verb == 'X')) return false;
  rt_Buf text = {0};
  if (rt_error_text(v.t, (Word){.u = val_word(v)}, &text)) {
    print_string(p, (GoString){(const uint8_t *)text.data, (int64_t)text.len}, verb);
    rt_buf_free(&text);
    return true;
  }
  if (!p->vm) return false;
  const RMethod *m = rt_method_find(v.t, "Error");
  if (!m) m = rt_method_find(v.t, "String");
  if (!m) return false;
  GoString s;
  if (call_string_method(p, v, verb, m, &s)) print_string(p, s, verb);
  return true;
}

/* }------------------------------------------------------------------ */

static void print_arg(Printer *p, Val arg, int verb) {
  p->cur = arg;
  p->cur_kind = arg.t ? CUR_ARG : CUR_NONE;
  if (!arg.t) {
    if (verb == 'T' || verb == 'v') pad_str(p, "<nil>");
    else bad_verb(p, verb);
    return;
  }
  if (verb == 'T') {
    const char *s = type_str(arg.t);
    fmt_s(p, (const uint8_t *)s, strlen(s));
    return;
  }
  if (verb == 'p') {
    fmt_pointer(p, arg, 'p');
    return;
  }
  if (handle_methods(p, arg, verb)) return;
  if (print_basic(p, arg, verb)) return;
  const RType *e = arg.t->elem;
  if (arg.t->kind == RK_SLICE && !arg.t->named && e && e->kind == RK_UINT8 && !e->named) {
    fmt_bytes(p, arg, verb, "[]byte");
    return;
  }
  print_value(p, arg, verb, 0);
}

/* Element [i] of an array or slice value, in memory form. */
static Val elem_at(Val v, const void *base, int64_t i) {
  const RType *e = v.t->elem;
  return (Val){e, (const char *)base + i * e->size, false, v.ro};
}

/* The dynamic value of the interface stored at v.mem; the Val points into
** that interface's data word, not into a copy. */
static Val deref_iface(Val v) {
  Val inner = iface_val((const GoIface *)v.mem);
  inner.ro = v.ro;
  return inner;
}

/* Whether a field is exported: its name, or for an embedded field its
** type's name, starts with an upper-case letter (ASCII: Go's test is
** unicode.IsUpper, and identifiers here are ASCII or treated as lower). */
static bool exported(const RField *f) {
  const char *n = f->name;
  if (f->embedded || !n || !n[0]) {
    const char *ts = f->type && f->type->str ? f->type->str : "";
    while (*ts == '*') ts++;
    const char *dot = strrchr(ts, '.');
    n = dot ? dot + 1 : ts;
  }
  return n[0] >= 'A' && n[0] <= 'Z';
}

static void print_elems(Printer *p, Val v, int verb, int depth) {
  const void *base;
  int64_t n;
  if (v.t->kind == RK_SLICE) {
    GoSlice s = val_slice(v);
    if (p->f.sharp_v) {
      puts_(p, type_str(v.t));
      if (s.ptr == NULL) {
        puts_(p, "(nil)");
        return;
      }
    }
    base = s.ptr;
    n = s.len;
  } else {
    if (p->f.sharp_v) puts_(p, type_str(v.t));
    base = v.mem;
    n = v.t->len;
  }
  putc_(p, p->f.sharp_v ? '{' : '[');
  for (int64_t i = 0; i < n; i++) {
    if (i > 0) puts_(p, p->f.sharp_v ? ", " : " ");
    print_value(p, elem_at(v, base, i), verb, depth + 1);
  }
  putc_(p, p->f.sharp_v ? '}' : ']');
}

static void print_struct(Printer *p, Val v, int verb, int depth) {
  if (p->f.sharp_v) puts_(p, type_str(v.t));
  putc_(p, '{');
  for (int i = 0; i < v.t->nfields; i++) {
    const RField *f = &v.t->fields[i];
    if (i > 0) puts_(p, p->f.sharp_v ? ", " : " ");
    if ((p->f.plus_v || p->f.sharp_v) && f->name && f->name[0]) {
      puts_(p, f->name);
      putc_(p, ':');
    }
    Val fv = {f->type, (const char *)v.mem + f->offset, false, v.ro || !exported(f)};
    if (f->type->kind == RK_INTERFACE) {
      Val inner = deref_iface(fv);
      if (inner.t) fv = inner; /* getField: a non-nil interface shows its value */
    }
    print_value(p, fv, verb, depth + 1);
  }
  putc_(p, '}');
}

/* {------------------------------------------------------------------
** Maps, with keys sorted as internal/fmtsort sorts them
** ------------------------------------------------------------------- */

static int sign3(bool lt, bool gt) { return lt ? -1 : gt ? 1 : 0; }

/* fmtsort's floatCompare: NaN sorts first (and is never equal). */
static int float_compare(double a, double b) {
  if (a != a) return -1;
  if (b != b) return 1;
  return sign3(a < b, a > b);
}

/* The size of Go's type descriptor for t (rtype, the kind's own fields,
** an uncommontype for named and predeclared types, struct fields inline):
** the linker's first sort key, so the first key of interface ordering. */
static int64_t descriptor_size(const RType *t) {
  int64_t n = 48;
  bool uncommon = t->named;
  switch (t->kind) {
  case RK_POINTER: case RK_SLICE: n += 8; break;
  case RK_CHAN: n += 16; break;
  case RK_ARRAY: n += 24; break;
  case RK_STRUCT: n += 32 + 24 * (int64_t)t->nfields; break;
  case RK_MAP: n += 40; break;
  case RK_FUNC: case RK_INTERFACE: n += 32; break;
  default: uncommon = true; break; /* bool, numbers, string, unsafe.Pointer */
  }
  return uncommon ? n + 16 : n;
}

static int type_order(const RType *a, const RType *b) {
  int64_t sa = descriptor_size(a), sb = descriptor_size(b);
  if (sa != sb) return sign3(sa < sb, sa > sb);
  int c = strcmp(type_str(a), type_str(b));
  return c ? sign3(c < 0, c > 0) : sign3(a < b, a > b);
}

static int compare_vals(Val a, Val b) {
  if (a.t != b.t) return -1; /* fmtsort: no good answer, but not equal */
  int k = a.t->kind;
  if (is_int_kind(k)) {
    int64_t x = val_int(a), y = val_int(b);
    return sign3(x < y, x > y);
  }
  if (is_uint_kind(k)) {
    uint64_t x = val_uint(a), y = val_uint(b);
    return sign3(x < y, x > y);
  }
  switch (k) {
  case RK_STRING: {
    int c = rt_string_compare(val_string(a), val_string(b));
    return sign3(c < 0, c > 0);
  }
  case RK_FLOAT32: case RK_FLOAT64:
    return float_compare(val_float(a, 0), val_float(b, 0));
  case RK_COMPLEX64: case RK_COMPLEX128: {
    int c = float_compare(val_float(a, 0), val_float(b, 0));
    return c ? c : float_compare(val_float(a, 1), val_float(b, 1));
  }
  case RK_BOOL: {
    uint8_t x = *(const uint8_t *)a.mem != 0, y = *(const uint8_t *)b.mem != 0;
    return sign3(x < y, x > y);
  }
  case RK_POINTER: case RK_UNSAFEPOINTER: case RK_CHAN: { /* nil (0) first */
    uint64_t x = val_word(a), y = val_word(b);
    return sign3(x < y, x > y);
  }
  case RK_STRUCT:
    for (int i = 0; i < a.t->nfields; i++) {
      const RField *f = &a.t->fields[i];
      Val fa = {f->type, (const char *)a.mem + f->offset, false, false};
      Val fb = {f->type, (const char *)b.mem + f->offset, false, false};
      int c = compare_vals(fa, fb);
      if (c) return c;
    }
    return 0;
  case RK_ARRAY:
    for (int64_t i = 0; i < a.t->len; i++) {
      int c = compare_vals(elem_at(a, a.mem, i), elem_at(b, b.mem, i));
      if (c) return c;
    }
    return 0;
  case RK_INTERFACE: {
    Val x = deref_iface(a), y = deref_iface(b);
    if (!x.t || !y.t) return sign3(!x.t && y.t, x.t && !y.t);
    int c = x.t == y.t ? 0 : type_order(x.t, y.t);
    return c ? c : compare_vals(x, y);
  }
  default:
    return 0; /* maps, slices, funcs: never keys */
  }
}

typedef struct MapEntry { Val key, val; } MapEntry;

/* A stable merge sort (fmtsort uses sort.Stable): equal keys, and NaNs,
** keep the map's iteration order. */
static void sort_entries(MapEntry *e, MapEntry *tmp, int64_t n) {
  if (n < 2) return;
  int64_t half = n / 2;
  sort_entries(e, tmp, half);
  sort_entries(e + half, tmp, n - half);
  int64_t i = 0, j = half, k = 0;
  while (i < half && j < n) {
    if (compare_vals(e[j].key, e[i].key) < 0) tmp[k++] = e[j++];
    else tmp[k++] = e[i++];
  }
  while (i < half) tmp[k++] = e[i++];
  while (j < n) tmp[k++] = e[j++];
  memcpy(e, tmp, (size_t)n * sizeof *e);
}

static void print_map(Printer *p, Val v, int verb, int depth) {
  rt_Map *m = (rt_Map *)(uintptr_t)val_word(v);
  if (p->f.sharp_v) {
    puts_(p, type_str(v.t));
    if (!m) {
      puts_(p, "(nil)");
      return;
    }
    putc_(p, '{');
  } else {
    puts_(p, "map[");
  }
  /* The entries, in C-heap scratch (the printer never allocates Go memory). */
  int64_t n = rt_map_len(m);
  rt_Buf scratch = {0};
  rt_buf_reserve(&scratch, 2 * (size_t)n * sizeof(MapEntry));
  MapEntry *e = (MapEntry *)(void *)scratch.data;
  int64_t count = 0;
  if (n > 0) {
    rt_MapIter it;
    rt_map_iter_init(p->vm, m, &it);
    const void *key;
    void *val;
    while (count < n && rt_map_iter_next(p->vm, &it, &key, &val))
      e[count++] = (MapEntry){{v.t->key, key, false, v.ro}, {v.t->elem, val, false, v.ro}};
    sort_entries(e, e + n, count);
  }
  for (int64_t i = 0; i < count; i++) {
    if (i > 0) puts_(p, p->f.sharp_v ? ", " : " ");
    print_value(p, e[i].key, verb, depth + 1);
    putc_(p, ':');
    print_value(p, e[i].val, verb, depth + 1);
  }
  putc_(p, p->f.sharp_v ? '}' : ']');
  rt_buf_free(&scratch);
}

/* }------------------------------------------------------------------ */

static void print_value(Printer *p, Val v, int verb, int depth) {
  p->cur = v;
  p->cur_kind = v.t ? CUR_VALUE : CUR_NONE;
  if (!v.t) {
    if (depth == 0) puts_(p, "<invalid reflect.Value>");
    else if (verb == 'v') puts_(p, "<nil>");
    else bad_verb(p, verb);
    return;
  }
  if (depth > 0 && handle_methods(p, v, verb)) return;
  if (print_basic(p, v, verb)) return;
  switch (v.t->kind) {
  case RK_STRUCT:
    print_struct(p, v, verb, depth);
    return;
  case RK_INTERFACE: {
    Val inner = deref_iface(v);
    if (inner.t) {
      print_value(p, inner, verb, depth + 1);
    } else if (p->f.sharp_v) {
      puts_(p, type_str(v.t));
      puts_(p, "(nil)");
    } else {
      puts_(p, "<nil>");
    }
    return;
  }
  case RK_ARRAY: case RK_SLICE:
    if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') &&
        v.t->elem->kind == RK_UINT8) {
      fmt_bytes(p, v, verb, type_str(v.t));
      return;
    }
    print_elems(p, v, verb, depth);
    return;
  case RK_POINTER: {
    /* At the top level, &{...} for pointers to composite values. */
    const void *target = (const void *)(uintptr_t)val_word(v);
    int ek = v.t->elem ? v.t->elem->kind : RK_INVALID;
    if (depth == 0 && target &&
        (ek == RK_ARRAY || ek == RK_SLICE || ek == RK_STRUCT || ek == RK_MAP)) {
      putc_(p, '&');
      print_value(p, (Val){v.t->elem, target, false, v.ro}, verb, depth + 1);
      return;
    }
    fmt_pointer(p, v, verb);
    return;
  }
  case RK_MAP:
    print_map(p, v, verb, depth);
    return;
  case RK_CHAN: case RK_FUNC: case RK_UNSAFEPOINTER:
    fmt_pointer(p, v, verb);
    return;
  default: /* RK_INVALID: a malformed RType; Go's form for a kind it cannot print */
    putc_(p, '?');
    puts_(p, type_str(v.t));
    putc_(p, '?');
  }
}

/* }================================================================== */

/* {==================================================================
** Printf (doPrintf)
** =================================================================== */

static bool too_large(int64_t x) { return x > 1000000 || x < -1000000; }

/* Parses a decimal number at s[*i..end): Go's parsenum. */
static bool parse_num(const uint8_t *s, int64_t *i, int64_t end, int *num) {
  int64_t n = 0;
  bool isnum = false;
  for (; *i < end && '0' <= s[*i] && s[*i] <= '9'; (*i)++) {
    if (too_large(n)) {
      *i = end; /* overflow: a crazy long number, most likely */
      *num = 0;
      return false;
    }
    n = n * 10 + (s[*i] - '0');
    isnum = true;
  }
  *num = (int)n;
  return isnum;
}

/* The int operand for a * width or precision. */
static bool int_from_arg(const GoIface *a, int64_t nargs, int64_t *argnum, int *out) {
  *out = 0;
  if (*argnum >= nargs) return false;
  Val v = iface_val(&a[*argnum]);
  bool ok = false;
  int64_t num = 0;
  if (v.t && is_int_kind(v.t->kind)) {
    num = val_int(v);
    ok = true;
  } else if (v.t && is_uint_kind(v.t->kind)) {
    uint64_t u = val_uint(v);
    if ((int64_t)u >= 0) {
      num = (int64_t)u;
      ok = true;
    }
  }
  (*argnum)++;
  if (too_large(num)) return false;
  *out = (int)num;
  return ok;
}

/* An argument index [n] at format[*i]; Go's argNumber. */
static bool arg_number(Printer *p, int64_t *argnum, const uint8_t *s, int64_t *i,
                       int64_t end, int64_t nargs) {
  if (*i >= end || s[*i] != '[') return false;
  p->reordered = true;
  /* parseArgNumber on format[i:] */
  int64_t len = end - *i, wid = 1;
  bool ok = false;
  int64_t index = 0;
  if (len >= 3) {
    for (int64_t j = 1; j < len; j++) {
      if (s[*i + j] == ']') {
        int64_t k = *i + 1;
        int width;
        bool isnum = parse_num(s, &k, *i + j, &width);
        if (!isnum || k != *i + j) {
          wid = j + 1;
        } else {
          index = width - 1;
          wid = j + 1;
          ok = true;
        }
        break;
      }
    }
  }
  if (ok && 0 <= index && index < nargs) {
    *argnum = index;
    *i += wid;
    return true;
  }
  p->good_argnum = false;
  *i += wid;
  return ok;
}

static void clear_flags(Printer *p) {
  p->f = (Flags){0};
  p->wid = p->prec = 0;
}

/* %v turns # and + into their %v meanings. */
static void set_v_flags(Printer *p) {
  p->f.sharp_v = p->f.sharp;
  p->f.sharp = false;
  p->f.plus_v = p->f.plus;
  p->f.plus = false;
}

static void do_printf(Printer *p, const uint8_t *s, int64_t end, const GoIface *a,
                      int64_t nargs) {
  int64_t argnum = 0;
  bool after_index = false; /* the previous item was an index like [3] */
  p->reordered = false;
  for (int64_t i = 0; i < end;) {
    p->good_argnum = true;
    int64_t lasti = i;
    while (i < end && s[i] != '%') i++;
    if (i > lasti) put(p, (const char *)s + lasti, (size_t)(i - lasti));
    if (i >= end) break;
    i++; /* skip % */
    clear_flags(p);

    bool done = false; /* the fast path printed an operand */
    for (; i < end; i++) {
      uint8_t c = s[i];
      if (c == '#') p->f.sharp = true;
      else if (c == '0') p->f.zero = !p->f.minus; /* only pad zeros on the left */
      else if (c == '+') p->f.plus = true;
      else if (c == '-') {
        p->f.minus = true;
        p->f.zero = false;
      } else if (c == ' ') p->f.space = true;
      else {
        /* Fast path for the common case of an ASCII verb without width,
        ** precision or argument index. */
        if ('a' <= c && c <= 'z' && argnum < nargs) {
          if (c == 'v') set_v_flags(p);
          print_arg(p, iface_val(&a[argnum]), c);
          argnum++;
          i++;
          done = true;
        }
        break;
      }
    }
    if (done) continue;

    after_index = arg_number(p, &argnum, s, &i, end, nargs);

    if (i < end && s[i] == '*') { /* width from an operand */
      i++;
      p->f.wid_present = int_from_arg(a, nargs, &argnum, &p->wid);
      if (!p->f.wid_present) puts_(p, "%!(BADWIDTH)");
      if (p->wid < 0) { /* a negative width means - */
        p->wid = -p->wid;
        p->f.minus = true;
        p->f.zero = false;
      }
      after_index = false;
    } else {
      p->f.wid_present = parse_num(s, &i, end, &p->wid);
      if (after_index && p->f.wid_present) p->good_argnum = false; /* "%[3]2d" */
    }

    if (i + 1 < end && s[i] == '.') {
      i++;
      if (after_index) p->good_argnum = false; /* "%[3].2d" */
      after_index = arg_number(p, &argnum, s, &i, end, nargs);
      if (i < end && s[i] == '*') {
        i++;
        p->f.prec_present = int_from_arg(a, nargs, &argnum, &p->prec);
        if (p->prec < 0) { /* a negative precision means none */
          p->prec = 0;
          p->f.prec_present = false;
        }
        if (!p->f.prec_present) puts_(p, "%!(BADPREC)");
        after_index = false;
      } else {
        p->f.prec_present = parse_num(s, &i, end, &p->prec);
        if (!p->f.prec_present) { /* "%.d" means precision 0 */
          p->prec = 0;
          p->f.prec_present = true;
        }
      }
    }

    if (!after_index) after_index = arg_number(p, &argnum, s, &i, end, nargs);

    if (i >= end) {
      puts_(p, "%!(NOVERB)");
      break;
    }

    int32_t verb = s[i];
    int size = 1;
    if (verb >= 0x80) verb = rt_utf8_decode(s + i, (size_t)(end - i), &size);
    i += size;

    if (verb == '%') { /* absorbs no operand and ignores width and precision */
      putc_(p, '%');
    } else if (!p->good_argnum) {
      puts_(p, "%!");
      put_rune(p, verb);
      puts_(p, "(BADINDEX)");
    } else if (argnum >= nargs) {
      puts_(p, "%!");
      put_rune(p, verb);
      puts_(p, "(MISSING)");
    } else {
      if (verb == 'v') set_v_flags(p);
      print_arg(p, iface_val(&a[argnum]), verb);
      argnum++;
    }
  }

  /* Leftover operands, unless the format used explicit indexes. */
  if (!p->reordered && argnum < nargs) {
    clear_flags(p);
    puts_(p, "%!(EXTRA ");
    for (int64_t k = argnum; k < nargs; k++) {
      if (k > argnum) puts_(p, ", ");
      Val v = iface_val(&a[k]);
      if (!v.t) {
        puts_(p, "<nil>");
      } else {
        puts_(p, type_str(v.t));
        putc_(p, '=');
        print_arg(p, v, 'v');
      }
    }
    putc_(p, ')');
  }
}

/* }================================================================== */

static void printer_init(Printer *p, VM *vm, rt_Buf *out) {
  memset(p, 0, sizeof *p);
  p->vm = vm;
  p->buf = out;
}

void rt_fmt_sprintf(VM *vm, rt_Buf *out, GoString format, const GoIface *args,
                    int64_t nargs) {
  Printer p;
  printer_init(&p, vm, out);
  do_printf(&p, format.ptr, format.len, args, nargs);
  rt_buf_free(&p.num);
}

GoIface rt_fmt_errorf(VM *vm, rt_Buf *out, GoString format, const GoIface *args,
                      int64_t nargs) {
  Printer p;
  printer_init(&p, vm, out);
  p.wrap_errs = true;
  do_printf(&p, format.ptr, format.len, args, nargs);
  rt_buf_free(&p.num);
  return p.wrapped;
}

/* Print adds spaces between operands when neither side is a string;
** Println always adds them, and a newline. */
void rt_fmt_sprint(VM *vm, rt_Buf *out, const GoIface *args, int64_t nargs, bool ln) {
  Printer p;
  printer_init(&p, vm, out);
  bool prev_string = false;
  for (int64_t i = 0; i < nargs; i++) {
    bool is_string = args[i].type && args[i].type->kind == RK_STRING;
    if (i > 0 && (ln || (!is_string && !prev_string))) putc_(&p, ' ');
    print_arg(&p, iface_val(&args[i]), 'v');
    prev_string = is_string;
  }
  if (ln) putc_(&p, '\n');
  rt_buf_free(&p.num);
}
