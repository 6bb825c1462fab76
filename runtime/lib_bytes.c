/*
** lib_bytes.c — package bytes (stdlib.def): the functions that mirror
** package strings over []byte. Each runs the strings algorithm of
** lib_strings.c on the slice's bytes (lib_bytes_view) and only differs in
** the result's shape, which follows Go 1.19 so len, cap and nil-ness are
** the same: Split and Fields return subslices whose cap is their len
** (s[i:j:j]); Join, Repeat and the case mappings return fresh arrays
** (make([]byte, n), or append([]byte(nil), s...) when Join has one
** element; the case mappings as bytes.ToUpper picks, see map_case); TrimSpace returns a subslice keeping
** the operand's capacity, nil when nothing is left.
*/
#include <stdlib.h>
#include <string.h>

#include "lib.h"
#include "unicode.h"

static GoString view(const Word *a) { return lib_bytes_view(lib_slice(a)); }

void rt_bytes_Contains(VM *vm, Word *a) { (void)vm; a[0].i = lib_index(view(a), view(a + 3)) >= 0; }
void rt_bytes_Count(VM *vm, Word *a) { (void)vm; a[0].i = lib_count(view(a), view(a + 3)); }
void rt_bytes_Equal(VM *vm, Word *a) { (void)vm; a[0].i = rt_string_equal(view(a), view(a + 3)); }
void rt_bytes_Compare(VM *vm, Word *a) { (void)vm; a[0].i = lib_compare(view(a), view(a + 3)); }
void rt_bytes_Index(VM *vm, Word *a) { (void)vm; a[0].i = lib_index(view(a), view(a + 3)); }
void rt_bytes_LastIndex(VM *vm, Word *a) { (void)vm; a[0].i = lib_last_index(view(a), view(a + 3)); }
void rt_bytes_IndexByte(VM *vm, Word *a) {
  (void)vm;
  GoString b = view(a);
  const uint8_t *hit = b.len > 0 ? memchr(b.ptr, (int)(uint8_t)a[3].u, (size_t)b.len) : NULL;
  a[0].i = hit ? hit - b.ptr : -1;
}
void rt_bytes_IndexRune(VM *vm, Word *a) { (void)vm; a[0].i = lib_index_rune(view(a), (int32_t)a[3].i); }
void rt_bytes_HasPrefix(VM *vm, Word *a) { (void)vm; a[0].i = lib_has_prefix(view(a), view(a + 3)); }
void rt_bytes_HasSuffix(VM *vm, Word *a) { (void)vm; a[0].i = lib_has_suffix(view(a), view(a + 3)); }

/* The pieces as a [][]byte of subslices s[off:off+len:off+len]; nil when
** [cap] is negative. */
static GoSlice byte_pieces(VM *vm, GoSlice s, lib_Pieces *p, int64_t cap) {
  if (cap < 0) {
    free(p->v);
    return (GoSlice){NULL, 0, 0};
  }
  GoSlice r = rt_makeslice(vm, &rt_lib_bytes_type, p->n, cap < p->n ? p->n : cap);
  GoSlice *v = r.ptr;
  for (int64_t i = 0; i < p->n; i++)
    v[i] = (GoSlice){(uint8_t *)s.ptr + p->v[i].off, p->v[i].len, p->v[i].len};
  free(p->v);
  return r;
}

/* func Split(s, sep []byte) [][]byte */
void rt_bytes_Split(VM *vm, Word *a) {
  GoSlice s = lib_slice(a);
  lib_Pieces p = {0};
  int64_t cap = lib_split(lib_bytes_view(s), view(a + 3), false, -1, &p);
  /* Go's explode leaves the last piece its full capacity */
  bool exploded = lib_slice(a + 3).len == 0;
  GoSlice r = byte_pieces(vm, s, &p, cap);
  if (exploded && r.len > 0) {
    GoSlice *last = (GoSlice *)r.ptr + r.len - 1;
    last->cap = s.cap - ((uint8_t *)last->ptr - (uint8_t *)s.ptr);
  }
  lib_ret_slice(a, r);
}

/* func Fields(s []byte) [][]byte */
void rt_bytes_Fields(VM *vm, Word *a) {
  GoSlice s = lib_slice(a);
  lib_Pieces p = {0};
  lib_fields(lib_bytes_view(s), &p);
  lib_ret_slice(a, byte_pieces(vm, s, &p, p.n));
}

/* append([]byte(nil), b...): a copy with a size-class capacity. */
static GoSlice clone(VM *vm, GoString b) {
  return rt_slice_append(vm, &rt_lib_byte_type, (GoSlice){NULL, 0, 0}, b.ptr, b.len);
}

/* func Join(s [][]byte, sep []byte) []byte */
void rt_bytes_Join(VM *vm, Word *a) {
  GoSlice s = lib_slice(a);
  GoString sep = view(a + 3);
  const GoSlice *v = s.ptr;
  if (s.len == 0) {
    lib_ret_slice(a, rt_makeslice(vm, &rt_lib_byte_type, 0, 0));
    return;
  }
  if (s.len == 1) {
    lib_ret_slice(a, clone(vm, lib_bytes_view(v[0])));
    return;
  }
  int64_t n = sep.len * (s.len - 1);
  for (int64_t i = 0; i < s.len; i++) n += v[i].len;
  GoSlice r = rt_makeslice(vm, &rt_lib_byte_type, n, n);
  uint8_t *p = r.ptr;
  for (int64_t i = 0; i < s.len; i++) {
    if (i > 0 && sep.len) memcpy(p, sep.ptr, (size_t)sep.len), p += sep.len;
    if (v[i].len) memcpy(p, v[i].ptr, (size_t)v[i].len), p += v[i].len;
  }
  lib_ret_slice(a, r);
}

/* func Repeat(b []byte, count int) []byte */
void rt_bytes_Repeat(VM *vm, Word *a) {
  GoString b = view(a);
  int64_t count = a[3].i;
  int64_t n = lib_repeat_len(vm, "bytes", b.len, count);
  GoSlice r = rt_makeslice(vm, &rt_lib_byte_type, n, n);
  if (n) lib_repeat_fill(r.ptr, b, count);
  lib_ret_slice(a, r);
}

static bool is_ascii(GoString s) {
  for (int64_t i = 0; i < s.len; i++)
    if (s.ptr[i] >= 0x80) return false;
  return true;
}

/* bytes.ToUpper/ToLower: ASCII input gives make([]byte, len(s)) when a
** byte changes, else append([]byte(""), s...) (non-nil even when empty);
** other input goes through bytes.Map, which encodes rune by rune into
** make([]byte, len(s)), moving to a new array of twice the size plus
** UTFMax when a rune does not fit; the result is b[:n] of the last. */
static void map_case(VM *vm, Word *a, int which) {
  GoString s = view(a);
  rt_Buf b = {0};
  bool changed = lib_map_case(s, which, &b);
  if (is_ascii(s)) {
    if (changed) {
      lib_ret_slice(a, lib_buf_bytes(vm, &b));
    } else {
      GoSlice empty = {(void *)&rt_zerobase, 0, 0};
      lib_ret_slice(a, rt_slice_append(vm, &rt_lib_byte_type, empty, s.ptr, s.len));
    }
    return;
  }
  rt_buf_free(&b);
  int64_t max = s.len, n = 0;
  uint8_t *p = rt_makeslice(vm, &rt_lib_byte_type, max, max).ptr;
  for (int64_t i = 0; i < s.len;) {
    int w = 1;
    int32_t c = s.ptr[i] < 0x80 ? s.ptr[i] : rt_utf8_decode(s.ptr + i, (size_t)(s.len - i), &w);
    uint8_t enc[4];
    int k = rt_utf8_encode(enc, rt_uni_to(which, c));
    if (n + k > max) { /* Map's growth: a new array of 2*max + UTFMax */
      max = max * 2 + 4;
      uint8_t *q = rt_makeslice(vm, &rt_lib_byte_type, max, max).ptr;
      memcpy(q, p, (size_t)n);
      p = q;
    }
    memcpy(p + n, enc, (size_t)k);
    n += k;
    i += w;
  }
  lib_ret_slice(a, (GoSlice){p, n, max});
}

void rt_bytes_ToUpper(VM *vm, Word *a) { map_case(vm, a, RT_UPPER_CASE); }
void rt_bytes_ToLower(VM *vm, Word *a) { map_case(vm, a, RT_LOWER_CASE); }

/* func TrimSpace(s []byte) []byte */
void rt_bytes_TrimSpace(VM *vm, Word *a) {
  (void)vm;
  GoSlice s = lib_slice(a);
  int64_t lo, hi;
  lib_trim_space(lib_bytes_view(s), &lo, &hi);
  if (lo == hi) lib_ret_slice(a, (GoSlice){NULL, 0, 0});
  else lib_ret_slice(a, (GoSlice){(uint8_t *)s.ptr + lo, hi - lo, s.cap - lo});
}
