/*
** string.c — Go strings at run time: concatenation, comparison,
** string(rune), and UTF-8 decoding and encoding with unicode/utf8's rules.
**
** A Go string is an immutable {ptr, len} (value.h); its bytes live in the
** module's constant data, in a noscan heap object, or in a frame buffer
** (Go's tmpBuf) of a string that escape analysis proved does not outlive
** its frame. A result may share an operand's bytes only when the result
** cannot outlive the operand: the caller checks (the interpreter's
** CONCATS applies Go's stringDataOnStack rule).
**
** Concatenation (rt_string_concatn) is Go's concatstrings: a chain
** a + b + c is one operation over all its operands, so one allocation,
** placed in the caller's 32-byte frame buffer when the caller has one (the
** result does not escape) and the result fits.
**
** UTF-8 rules (as unicode/utf8): a sequence is valid only in its shortest
** form, never encodes a surrogate (U+D800..U+DFFF) and never exceeds
** U+10FFFF. Anything else decodes as U+FFFD with width 1, so a loop that
** advances by the width visits every byte of a bad sequence; encoding an
** invalid rune produces U+FFFD's three bytes.
*/
#include <string.h>

#include "runtime.h"
#include "strconv.h"

bool rt_valid_rune(int64_t r) {
  return (0 <= r && r < 0xD800) || (0xDFFF < r && r <= RT_MAX_RUNE);
}

/* The range the second byte must lie in for each leading byte (the later
** continuation bytes are always 0x80..0xBF): this is what rules out overlong
** forms, surrogates and runes past U+10FFFF. */
static bool second_ok(uint8_t b0, uint8_t b1) {
  switch (b0) {
  case 0xE0: return 0xA0 <= b1 && b1 <= 0xBF;
  case 0xED: return 0x80 <= b1 && b1 <= 0x9F;
  case 0xF0: return 0x90 <= b1 && b1 <= 0xBF;
  case 0xF4: return 0x80 <= b1 && b1 <= 0x8F;
  default: return 0x80 <= b1 && b1 <= 0xBF;
  }
}

static bool is_cont(uint8_t b) { return (b & 0xC0) == 0x80; }

int32_t rt_utf8_decode(const uint8_t *s, size_t n, int *width) {
  *width = 1;
  if (n == 0) return RT_RUNE_ERROR;
  uint8_t b0 = s[0];
  if (b0 < 0x80) return b0;
  int size = b0 < 0xC2 ? 0 : b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : b0 < 0xF5 ? 4 : 0;
  if (size == 0 || n < 2 || !second_ok(b0, s[1])) return RT_RUNE_ERROR;
  if (size == 2) {
    *width = 2;
    return (int32_t)(b0 & 0x1F) << 6 | (s[1] & 0x3F);
  }
  if (n < 3 || !is_cont(s[2])) return RT_RUNE_ERROR;
  if (size == 3) {
    *width = 3;
    return (int32_t)(b0 & 0x0F) << 12 | (int32_t)(s[1] & 0x3F) << 6 | (s[2] & 0x3F);
  }
  if (n < 4 || !is_cont(s[3])) return RT_RUNE_ERROR;
  *width = 4;
  return (int32_t)(b0 & 0x07) << 18 | (int32_t)(s[1] & 0x3F) << 12 |
         (int32_t)(s[2] & 0x3F) << 6 | (s[3] & 0x3F);
}

int rt_utf8_encode(uint8_t out[4], int32_t r) {
  if (!rt_valid_rune(r)) r = RT_RUNE_ERROR;
  uint32_t u = (uint32_t)r;
  if (u < 0x80) {
    out[0] = (uint8_t)u;
    return 1;
  }
  if (u < 0x800) {
    out[0] = (uint8_t)(0xC0 | u >> 6);
    out[1] = (uint8_t)(0x80 | (u & 0x3F));
    return 2;
  }
  if (u < 0x10000) {
    out[0] = (uint8_t)(0xE0 | u >> 12);
    out[1] = (uint8_t)(0x80 | (u >> 6 & 0x3F));
    out[2] = (uint8_t)(0x80 | (u & 0x3F));
    return 3;
  }
  out[0] = (uint8_t)(0xF0 | u >> 18);
  out[1] = (uint8_t)(0x80 | (u >> 12 & 0x3F));
  out[2] = (uint8_t)(0x80 | (u >> 6 & 0x3F));
  out[3] = (uint8_t)(0x80 | (u & 0x3F));
  return 4;
}

int64_t rt_utf8_count(const uint8_t *s, size_t n) {
  int64_t count = 0;
  for (size_t i = 0; i < n; count++) {
    if (s[i] < 0x80) {
      i++;
      continue;
    }
    int w;
    rt_utf8_decode(s + i, n - i, &w);
    i += (size_t)w;
  }
  return count;
}

int32_t rt_decode_rune(GoString s, int64_t i, int *width) {
  if (i < 0 || i >= s.len) {
    *width = 1;
    return RT_RUNE_ERROR;
  }
  uint8_t b = s.ptr[i];
  if (b < 0x80) { /* the common case, kept cheap for range loops */
    *width = 1;
    return b;
  }
  return rt_utf8_decode(s.ptr + i, (size_t)(s.len - i), width);
}

/* A fresh noscan heap string holding [n] bytes at [p] followed by [m] at [q]. */
static GoString alloc2(VM *vm, const uint8_t *p, int64_t n, const uint8_t *q, int64_t m) {
  if (n > INT64_MAX - m) vm_fatal(vm, "string concatenation too long");
  uint8_t *buf = gc_alloc(vm, NULL, (size_t)(n + m));
  if (n) memcpy(buf, p, (size_t)n);
  if (m) memcpy(buf + n, q, (size_t)m);
  return (GoString){buf, n + m};
}

GoString rt_string_copy(VM *vm, GoString a) { return alloc2(vm, a.ptr, a.len, NULL, 0); }

GoString rt_string_concat(VM *vm, GoString a, GoString b) {
  if (a.len == 0) return b;
  if (b.len == 0) return a;
  return alloc2(vm, a.ptr, a.len, b.ptr, b.len);
}

/* The i-th of the strings in register form at [regs]. */
static GoString part(const Word *regs, int i) {
  return (GoString){(const uint8_t *)regs[2 * i].cp, regs[2 * i + 1].i};
}

GoString rt_string_concatn(VM *vm, const Word *regs, int n, uint8_t *tmpbuf) {
  int64_t total = 0;
  for (int i = 0; i < n; i++) {
    if (part(regs, i).len > INT64_MAX - total) vm_fatal(vm, "string concatenation too long");
    total += part(regs, i).len;
  }
  if (total == 0) return (GoString){NULL, 0};
  uint8_t *buf = tmpbuf && total <= RT_TMPBUF_SIZE ? tmpbuf : gc_alloc(vm, NULL, (size_t)total);
  int64_t at = 0;
  for (int i = 0; i < n; i++) {
    GoString p = part(regs, i);
    if (p.len) memcpy(buf + at, p.ptr, (size_t)p.len);
    at += p.len;
  }
  return (GoString){buf, total};
}

int rt_string_compare(GoString a, GoString b) {
  int64_t n = a.len < b.len ? a.len : b.len;
  int c = n ? memcmp(a.ptr, b.ptr, (size_t)n) : 0;
  if (c != 0) return c;
  return a.len < b.len ? -1 : a.len > b.len;
}

bool rt_string_equal(GoString a, GoString b) {
  return a.len == b.len && (a.ptr == b.ptr || a.len == 0 ||
                            memcmp(a.ptr, b.ptr, (size_t)a.len) == 0);
}

/* string(rune) of an ASCII rune shares these bytes instead of allocating. */
static const uint8_t ascii_bytes[128] = {
#define B8(n) n, n + 1, n + 2, n + 3, n + 4, n + 5, n + 6, n + 7
  B8(0), B8(8), B8(16), B8(24), B8(32), B8(40), B8(48), B8(56),
  B8(64), B8(72), B8(80), B8(88), B8(96), B8(104), B8(112), B8(120)
#undef B8
};

GoString rt_string_from_rune(VM *vm, int64_t r) {
  if (0 <= r && r < 0x80) return (GoString){ascii_bytes + r, 1};
  uint8_t tmp[4];
  int n = rt_utf8_encode(tmp, rt_valid_rune(r) ? (int32_t)r : RT_RUNE_ERROR);
  return alloc2(vm, tmp, n, NULL, 0);
}
