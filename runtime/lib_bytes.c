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

GoSlice lib_byte_pieces(VM *vm, GoSlice s, lib_Pieces *p, int64_t cap, bool last_full) {
  if (cap < 0) {
    free(p->v);
    return (GoSlice){NULL, 0, 0};
  }
  GoSlice r = rt_makeslice(vm, &rt_lib_bytes_type, p->n, cap < p->n ? p->n : cap);
  GoSlice *v = r.ptr;
  for (int64_t i = 0; i < p->n; i++)
    v[i] = (GoSlice){(uint8_t *)s.ptr + p->v[i].off, p->v[i].len, p->v[i].len};
  if (last_full && p->n > 0) v[p->n - 1].cap = s.cap - p->v[p->n - 1].off;
  free(p->v);
  return r;
}

/* Split, SplitN, SplitAfter, SplitAfterN: genSplit's pieces, the last
** one keeping the rest of s's capacity. */
static void split(VM *vm, Word *a, bool after, int64_t n) {
  GoSlice s = lib_slice(a);
  lib_Pieces p = {0};
  int64_t cap = lib_split(lib_bytes_view(s), view(a + 3), after, n, &p);
  lib_ret_slice(a, lib_byte_pieces(vm, s, &p, cap, true));
}

void rt_bytes_Split(VM *vm, Word *a) { split(vm, a, false, -1); }
void rt_bytes_SplitN(VM *vm, Word *a) { split(vm, a, false, a[6].i); }
void rt_bytes_SplitAfter(VM *vm, Word *a) { split(vm, a, true, -1); }
void rt_bytes_SplitAfterN(VM *vm, Word *a) { split(vm, a, true, a[6].i); }

/* func Fields(s []byte) [][]byte */
void rt_bytes_Fields(VM *vm, Word *a) {
  GoSlice s = lib_slice(a);
  lib_Pieces p = {0};
  lib_fields(lib_bytes_view(s), &p);
  lib_ret_slice(a, lib_byte_pieces(vm, s, &p, p.n, false));
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

GoSlice lib_bytes_map(VM *vm, int64_t srclen, const int32_t *r, int64_t n) {
  int64_t max = srclen, used = 0;
  uint8_t *p = rt_makeslice(vm, &rt_lib_byte_type, max, max).ptr;
  for (int64_t i = 0; i < n; i++) {
    if (r[i] < 0) continue;
    uint8_t enc[4];
    int k = rt_utf8_encode(enc, r[i]);
    if (used + k > max) {
      max = max * 2 + 4;
      uint8_t *q = rt_makeslice(vm, &rt_lib_byte_type, max, max).ptr;
      if (used) memcpy(q, p, (size_t)used);
      p = q;
    }
    memcpy(p + used, enc, (size_t)k);
    used += k;
  }
  return (GoSlice){p, used, max};
}

/* The runes of [s] (invalid bytes as U+FFFD) mapped by [map] with [state];
** malloc'd, *n of them. */
static int32_t *map_runes(VM *vm, GoString s, int32_t (*map)(void *state, int32_t r), void *state,
                          int64_t *n) {
  int32_t *out = malloc((size_t)(s.len ? s.len : 1) * sizeof *out);
  if (!out) vm_fatal(vm, "runtime: out of memory");
  *n = 0;
  for (int64_t i = 0; i < s.len;) {
    int w = 1;
    int32_t c = s.ptr[i] < 0x80 ? s.ptr[i] : rt_utf8_decode(s.ptr + i, (size_t)(s.len - i), &w);
    out[(*n)++] = map(state, c);
    i += w;
  }
  return out;
}

static GoSlice map_bytes(VM *vm, GoString s, int32_t (*map)(void *state, int32_t r), void *state) {
  int64_t n;
  int32_t *r = map_runes(vm, s, map, state, &n);
  GoSlice out = lib_bytes_map(vm, s.len, r, n);
  free(r);
  return out;
}

static int32_t case_map(void *which, int32_t r) { return rt_uni_to(*(int *)which, r); }
static int32_t title_map(void *prev, int32_t r) { return lib_title_map(prev, r); }

/* bytes.ToUpper/ToLower: ASCII input gives make([]byte, len(s)) when a
** byte changes, else append([]byte(""), s...) (non-nil even when empty);
** other input goes through bytes.Map. ToTitle is Map alone. */
static void map_case(VM *vm, Word *a, int which) {
  GoString s = view(a);
  if (is_ascii(s) && which != RT_TITLE_CASE) {
    rt_Buf b = {0};
    if (lib_map_case(s, which, &b)) {
      lib_ret_slice(a, lib_buf_bytes(vm, &b));
    } else {
      GoSlice empty = {(void *)&rt_zerobase, 0, 0};
      lib_ret_slice(a, rt_slice_append(vm, &rt_lib_byte_type, empty, s.ptr, s.len));
    }
    return;
  }
  lib_ret_slice(a, map_bytes(vm, s, case_map, &which));
}

void rt_bytes_ToUpper(VM *vm, Word *a) { map_case(vm, a, RT_UPPER_CASE); }
void rt_bytes_ToLower(VM *vm, Word *a) { map_case(vm, a, RT_LOWER_CASE); }
void rt_bytes_ToTitle(VM *vm, Word *a) { map_case(vm, a, RT_TITLE_CASE); }

/* func Title(s []byte) []byte: Map with the previous rune as state */
void rt_bytes_Title(VM *vm, Word *a) {
  int32_t prev = ' ';
  lib_ret_slice(a, map_bytes(vm, view(a), title_map, &prev));
}

/* func TrimSpace(s []byte) []byte */
void rt_bytes_TrimSpace(VM *vm, Word *a) {
  (void)vm;
  GoSlice s = lib_slice(a);
  int64_t lo, hi;
  lib_trim_space(lib_bytes_view(s), &lo, &hi);
  if (lo == hi) lib_ret_slice(a, (GoSlice){NULL, 0, 0});
  else lib_ret_slice(a, (GoSlice){(uint8_t *)s.ptr + lo, hi - lo, s.cap - lo});
}

/* s[lo:hi], keeping the capacity after lo, as Go's reslicing does. */
static GoSlice subslice(GoSlice s, int64_t lo, int64_t hi) {
  return (GoSlice){(uint8_t *)s.ptr + lo, hi - lo, s.cap - lo};
}

static GoSlice of_view(GoSlice s, GoString part) { /* part lies inside s */
  int64_t lo = part.ptr ? part.ptr - (const uint8_t *)s.ptr : 0;
  return subslice(s, lo, lo + part.len);
}

void rt_bytes_ContainsAny(VM *vm, Word *a) { (void)vm; a[0].i = lib_index_any(view(a), lib_str(a + 3)) >= 0; }
void rt_bytes_ContainsRune(VM *vm, Word *a) { (void)vm; a[0].i = lib_index_rune(view(a), (int32_t)a[3].i) >= 0; }
void rt_bytes_IndexAny(VM *vm, Word *a) { (void)vm; a[0].i = lib_index_any(view(a), lib_str(a + 3)); }
void rt_bytes_LastIndexAny(VM *vm, Word *a) { (void)vm; a[0].i = lib_last_index_any(view(a), lib_str(a + 3)); }
void rt_bytes_LastIndexByte(VM *vm, Word *a) { (void)vm; a[0].i = lib_last_index_byte(view(a), (uint8_t)a[3].u); }
void rt_bytes_EqualFold(VM *vm, Word *a) { (void)vm; a[0].i = lib_equal_fold(view(a), view(a + 3)); }

/* func Cut(s, sep []byte) (before, after []byte, found bool) */
void rt_bytes_Cut(VM *vm, Word *a) {
  (void)vm;
  GoSlice s = lib_slice(a), sep = lib_slice(a + 3);
  int64_t i = lib_index(lib_bytes_view(s), lib_bytes_view(sep));
  if (i >= 0) {
    lib_ret_slice(a + 3, subslice(s, i + sep.len, s.len));
    lib_ret_slice(a, subslice(s, 0, i));
  } else {
    lib_ret_slice(a + 3, (GoSlice){NULL, 0, 0});
  }
  a[6].i = i >= 0;
}

/* Replace and ReplaceAll always return a copy: exactly the result's size,
** or append([]byte(nil), s...) when nothing is replaced. */
static void replace(VM *vm, Word *a, int64_t n) {
  GoString s = view(a);
  rt_Buf b = {0};
  if (lib_replace(s, view(a + 3), view(a + 6), n, &b) == 0) lib_ret_slice(a, clone(vm, s));
  else lib_ret_slice(a, lib_buf_bytes(vm, &b));
}

void rt_bytes_Replace(VM *vm, Word *a) { replace(vm, a, a[9].i); }
void rt_bytes_ReplaceAll(VM *vm, Word *a) { replace(vm, a, -1); }

/* func Runes(s []byte) []rune: []rune(string(s)) as the runtime converts
** it, with make([]rune, RuneCount(s))'s capacity (Go's Runes makes one) */
void rt_bytes_Runes(VM *vm, Word *a) {
  GoSlice r = rt_string_to_runes(vm, view(a), NULL);
  r.cap = r.len;
  lib_ret_slice(a, r);
}

/* func ToValidUTF8(s, replacement []byte) []byte: appends to
** make([]byte, 0, len(s)+len(replacement)), one replacement per run of
** invalid bytes; the capacity grows as append's. */
void rt_bytes_ToValidUTF8(VM *vm, Word *a) {
  GoString s = view(a), rep = view(a + 3);
  rt_Buf b = {0};
  int64_t cap = s.len + rep.len;
  bool invalid = false;
  for (int64_t i = 0; i < s.len;) {
    int w = 1;
    if (s.ptr[i] >= 0x80) rt_utf8_decode(s.ptr + i, (size_t)(s.len - i), &w);
    const uint8_t *p = s.ptr + i;
    int64_t k = w;
    if (s.ptr[i] >= 0x80 && w == 1) {
      k = invalid ? 0 : rep.len;
      p = rep.ptr;
      invalid = true;
    } else {
      invalid = false;
    }
    if ((int64_t)b.len + k > cap) cap = rt_slice_grown_cap(cap, (int64_t)b.len + k, 1);
    if (k) rt_buf_append(&b, (const char *)p, (size_t)k);
    i += w;
  }
  GoSlice r = rt_makeslice(vm, &rt_lib_byte_type, (int64_t)b.len, cap);
  if (b.len) memcpy(r.ptr, b.data, b.len);
  rt_buf_free(&b);
  lib_ret_slice(a, r);
}

/* Trim and TrimLeft give nil for an empty operand or an empty result;
** TrimRight gives s[:k] (Go 1.19's bytes.go). */
static void trim_to_nil(Word *a, bool right_too) {
  GoSlice s = lib_slice(a);
  GoString c = lib_str(a + 3);
  if (s.len == 0) lib_ret_slice(a, (GoSlice){NULL, 0, 0});
  if (s.len == 0 || c.len == 0) return;
  GoString t = lib_bytes_view(s);
  if (right_too) t = lib_trim_right(t, c);
  t = lib_trim_left(t, c);
  lib_ret_slice(a, t.len ? of_view(s, t) : (GoSlice){NULL, 0, 0});
}

void rt_bytes_Trim(VM *vm, Word *a) { (void)vm; trim_to_nil(a, true); }
void rt_bytes_TrimLeft(VM *vm, Word *a) { (void)vm; trim_to_nil(a, false); }

void rt_bytes_TrimRight(VM *vm, Word *a) {
  (void)vm;
  GoSlice s = lib_slice(a);
  GoString c = lib_str(a + 3);
  if (s.len == 0 || c.len == 0) return;
  lib_ret_slice(a, subslice(s, 0, lib_trim_right(lib_bytes_view(s), c).len));
}

void rt_bytes_TrimPrefix(VM *vm, Word *a) {
  (void)vm;
  GoSlice s = lib_slice(a);
  GoString p = view(a + 3);
  if (lib_has_prefix(lib_bytes_view(s), p)) lib_ret_slice(a, subslice(s, p.len, s.len));
}

void rt_bytes_TrimSuffix(VM *vm, Word *a) {
  (void)vm;
  GoSlice s = lib_slice(a);
  GoString p = view(a + 3);
  if (lib_has_suffix(lib_bytes_view(s), p)) lib_ret_slice(a, subslice(s, 0, s.len - p.len));
}
