/*
** lib_strings.c — package strings (stdlib.def), the byte-sequence
** algorithms it shares with package bytes (lib.h), and the heap helpers of
** every lib_*.c.
**
** Each algorithm works on a GoString view, so bytes.Index(b, sep) and
** strings.Index(s, sep) run the same C code; the natives only differ in
** how they box the result (a substring vs a subslice with Go's capacity).
** The behaviour is Go 1.19's, including its corner cases: Count(s, "") is
** the rune count plus one, Split with an empty separator explodes into
** UTF-8 sequences (an invalid byte alone), IndexRune(s, RuneError) finds
** the first invalid byte or U+FFFD, case mapping (strings.Map) turns each
** invalid byte into U+FFFD, Repeat panics with "strings: negative Repeat
** count" or "strings: Repeat count causes overflow".
**
** Searching is memchr for the first byte then memcmp: O(len(s)*len(sep))
** in the worst case (Go switches to Rabin-Karp); results are the same.
*/
#include <stdlib.h>
#include <string.h>

#include "lib.h"
#include "unicode.h"

/* {==================================================================
** Heap helpers
** =================================================================== */

static const uint8_t mask_1[] = {0x01};
const RType rt_lib_string_type = {
  .kind = RK_STRING, .size = 16, .nwords = 2, .str = "string", .ptrmask = mask_1,
};
const RType rt_lib_byte_type = {.kind = RK_UINT8, .size = 1, .nwords = 1, .str = "uint8"};
const RType rt_lib_bytes_type = {
  .kind = RK_SLICE, .size = 24, .nwords = 3, .str = "[]uint8", .elem = &rt_lib_byte_type,
  .ptrmask = mask_1,
};

GoString lib_string_copy(VM *vm, const uint8_t *p, int64_t n) {
  if (n <= 0) return (GoString){NULL, 0};
  uint8_t *q = gc_alloc(vm, NULL, (size_t)n);
  memcpy(q, p, (size_t)n);
  return (GoString){q, n};
}

/* If gc_alloc ends the run (out of memory), [b] leaks on that fatal path. */
GoString lib_buf_string(VM *vm, rt_Buf *b) {
  GoString s = lib_string_copy(vm, (const uint8_t *)b->data, (int64_t)b->len);
  rt_buf_free(b);
  return s;
}

GoSlice lib_buf_bytes(VM *vm, rt_Buf *b) {
  int64_t n = (int64_t)b->len;
  GoSlice s = rt_makeslice(vm, &rt_lib_byte_type, n, n);
  if (n) memcpy(s.ptr, b->data, (size_t)n);
  rt_buf_free(b);
  return s;
}

/* }================================================================== */

/* {==================================================================
** Shared algorithms
** =================================================================== */

static GoString sub(GoString s, int64_t lo, int64_t hi) { return (GoString){s.ptr + lo, hi - lo}; }

int64_t lib_index(GoString s, GoString sep) {
  if (sep.len == 0) return 0;
  if (sep.len > s.len) return -1;
  const uint8_t *p = s.ptr, *end = s.ptr + s.len - sep.len + 1;
  while (p < end) {
    p = memchr(p, sep.ptr[0], (size_t)(end - p));
    if (!p) return -1;
    if (memcmp(p, sep.ptr, (size_t)sep.len) == 0) return p - s.ptr;
    p++;
  }
  return -1;
}

int64_t lib_last_index(GoString s, GoString sep) {
  if (sep.len == 0) return s.len;
  for (int64_t i = s.len - sep.len; i >= 0; i--)
    if (s.ptr[i] == sep.ptr[0] && memcmp(s.ptr + i, sep.ptr, (size_t)sep.len) == 0) return i;
  return -1;
}

static int64_t index_byte(GoString s, uint8_t c) {
  const uint8_t *p = s.len ? memchr(s.ptr, c, (size_t)s.len) : NULL;
  return p ? p - s.ptr : -1;
}

int64_t lib_last_index_byte(GoString s, uint8_t c) {
  for (int64_t i = s.len - 1; i >= 0; i--)
    if (s.ptr[i] == c) return i;
  return -1;
}

int64_t lib_index_rune(GoString s, int32_t r) {
  if (0 <= r && r < 0x80) return index_byte(s, (uint8_t)r);
  if (r == RT_RUNE_ERROR) {
    for (int64_t i = 0; i < s.len;) {
      int w;
      if (rt_utf8_decode(s.ptr + i, (size_t)(s.len - i), &w) == RT_RUNE_ERROR) return i;
      i += w;
    }
    return -1;
  }
  if (!rt_valid_rune(r)) return -1;
  uint8_t enc[4];
  int n = rt_utf8_encode(enc, r);
  return lib_index(s, (GoString){enc, n});
}

int64_t lib_count(GoString s, GoString sep) {
  if (sep.len == 0) return rt_utf8_count(s.ptr, (size_t)s.len) + 1;
  int64_t n = 0;
  for (;;) {
    int64_t i = lib_index(s, sep);
    if (i < 0) return n;
    n++;
    s = sub(s, i + sep.len, s.len);
  }
}

bool lib_has_prefix(GoString s, GoString p) {
  return s.len >= p.len && (p.len == 0 || memcmp(s.ptr, p.ptr, (size_t)p.len) == 0);
}

bool lib_has_suffix(GoString s, GoString p) {
  return s.len >= p.len && (p.len == 0 || memcmp(s.ptr + s.len - p.len, p.ptr, (size_t)p.len) == 0);
}

int32_t lib_decode_last(GoString s, int *width) {
  if (s.len == 0) {
    *width = 0;
    return RT_RUNE_ERROR;
  }
  int64_t end = s.len, start = end - 1;
  if (s.ptr[start] < 0x80) {
    *width = 1;
    return s.ptr[start];
  }
  /* back up to the start of a sequence, at most UTFMax bytes */
  int64_t lim = end - 4 < 0 ? 0 : end - 4;
  for (start--; start >= lim; start--)
    if ((s.ptr[start] & 0xC0) != 0x80) break;
  if (start < 0) start = 0;
  int w;
  int32_t r = rt_utf8_decode(s.ptr + start, (size_t)(end - start), &w);
  if (start + w != end) {
    *width = 1;
    return RT_RUNE_ERROR;
  }
  *width = w;
  return r;
}

void lib_pieces_push(lib_Pieces *p, int64_t off, int64_t len, bool bad) {
  if (p->n == p->cap) {
    p->cap = p->cap ? 2 * p->cap : 8;
    p->v = realloc(p->v, (size_t)p->cap * sizeof *p->v);
    if (!p->v) abort();
  }
  p->v[p->n++] = (lib_Piece){off, len, bad};
}

/* explode(s, n): one piece per UTF-8 sequence, the last holding the rest. */
static int64_t explode(GoString s, int64_t n, lib_Pieces *out) {
  int64_t l = rt_utf8_count(s.ptr, (size_t)s.len);
  if (n < 0 || n > l) n = l;
  int64_t off = 0;
  for (int64_t i = 0; i < n - 1; i++) {
    int w;
    int32_t r = rt_utf8_decode(s.ptr + off, (size_t)(s.len - off), &w);
    lib_pieces_push(out, off, w, r == RT_RUNE_ERROR);
    off += w;
  }
  if (n > 0) lib_pieces_push(out, off, s.len - off, false);
  return n;
}

int64_t lib_split(GoString s, GoString sep, bool after, int64_t n, lib_Pieces *out) {
  if (n == 0) return -1;
  if (sep.len == 0) return explode(s, n, out);
  if (n < 0) n = lib_count(s, sep) + 1;
  if (n > s.len + 1) n = s.len + 1;
  int64_t off = 0;
  for (int64_t i = 0; i < n - 1; i++) {
    int64_t m = lib_index(sub(s, off, s.len), sep);
    if (m < 0) break;
    lib_pieces_push(out, off, m + (after ? sep.len : 0), false);
    off += m + sep.len;
  }
  lib_pieces_push(out, off, s.len - off, false);
  return n;
}

static int32_t rune_at(GoString s, int64_t i, int *w) {
  if (s.ptr[i] < 0x80) {
    *w = 1;
    return s.ptr[i];
  }
  return rt_utf8_decode(s.ptr + i, (size_t)(s.len - i), w);
}

void lib_fields(GoString s, lib_Pieces *out) {
  int64_t start = -1;
  for (int64_t i = 0; i < s.len;) {
    int w;
    bool space = rt_uni_in(&rt_uni_space, rune_at(s, i, &w));
    if (space && start >= 0) {
      lib_pieces_push(out, start, i - start, false);
      start = -1;
    } else if (!space && start < 0) {
      start = i;
    }
    i += w;
  }
  if (start >= 0) lib_pieces_push(out, start, s.len - start, false);
}

bool lib_map_case(GoString s, int which, rt_Buf *out) {
  bool changed = false;
  for (int64_t i = 0; i < s.len;) {
    int w;
    int32_t r = rune_at(s, i, &w);
    int32_t m = rt_uni_to(which, r);
    if (m != r || (r == RT_RUNE_ERROR && w == 1)) {
      changed = true;
      break;
    }
    i += w;
  }
  if (!changed) return false;
  rt_buf_reserve(out, (size_t)s.len);
  for (int64_t i = 0; i < s.len;) {
    int w;
    int32_t m = rt_uni_to(which, rune_at(s, i, &w));
    uint8_t enc[4];
    int n = rt_utf8_encode(enc, m);
    rt_buf_append(out, (const char *)enc, (size_t)n);
    i += w;
  }
  return true;
}

void lib_trim_space(GoString s, int64_t *lo, int64_t *hi) {
  int64_t i = 0, j = s.len;
  while (i < j) {
    int w;
    if (!rt_uni_in(&rt_uni_space, rune_at(s, i, &w))) break;
    i += w;
  }
  while (j > i) {
    int w;
    if (!rt_uni_in(&rt_uni_space, lib_decode_last(sub(s, i, j), &w))) break;
    j -= w;
  }
  *lo = i;
  *hi = j;
}

int64_t lib_repeat_len(VM *vm, const char *pkg, int64_t len, int64_t count) {
  bool bytes = strcmp(pkg, "bytes") == 0;
  if (count == 0) return 0;
  if (count < 0)
    rt_panic_plain(vm, bytes ? "bytes: negative Repeat count" : "strings: negative Repeat count");
  /* Go: len(s)*count/count != len(s), in wrapping int arithmetic */
  int64_t total = (int64_t)((uint64_t)len * (uint64_t)count);
  if (total / count != len)
    rt_panic_plain(vm, bytes ? "bytes: Repeat count causes overflow"
                             : "strings: Repeat count causes overflow");
  return total;
}

void lib_repeat_fill(uint8_t *dst, GoString s, int64_t count) {
  for (int64_t i = 0; i < count; i++) memcpy(dst + i * s.len, s.ptr, (size_t)s.len);
}

int64_t lib_compare(GoString a, GoString b) {
  int c = rt_string_compare(a, b);
  return c < 0 ? -1 : c > 0;
}

/* }================================================================== */

/* {==================================================================
** package strings
** =================================================================== */

/* The pieces as a []string of substrings of [s], capacity [cap]; nil
** when [cap] is negative. */
GoSlice lib_string_pieces(VM *vm, GoString s, lib_Pieces *p, int64_t cap) {
  if (cap < 0) {
    free(p->v);
    return (GoSlice){NULL, 0, 0};
  }
  GoSlice r = rt_makeslice(vm, &rt_lib_string_type, p->n, cap < p->n ? p->n : cap);
  GoString *a = r.ptr;
  static const uint8_t rune_error[] = {0xEF, 0xBF, 0xBD};
  for (int64_t i = 0; i < p->n; i++)
    a[i] = p->v[i].bad ? (GoString){rune_error, 3} : sub(s, p->v[i].off, p->v[i].off + p->v[i].len);
  free(p->v);
  return r;
}

int64_t lib_index_any(GoString s, GoString chars) {
  if (chars.len == 0) return -1;
  for (int64_t i = 0; i < s.len;) {
    int w;
    if (lib_index_rune(chars, rune_at(s, i, &w)) >= 0) return i;
    i += w;
  }
  return -1;
}

int64_t lib_last_index_any(GoString s, GoString chars) {
  if (chars.len == 0) return -1;
  for (int64_t i = s.len; i > 0;) {
    int w;
    int32_t r = lib_decode_last(sub(s, 0, i), &w);
    i -= w;
    if (lib_index_rune(chars, r) >= 0) return i;
  }
  return -1;
}

void rt_strings_Contains(VM *vm, Word *a) { (void)vm; a[0].i = lib_index(lib_str(a), lib_str(a + 2)) >= 0; }
void rt_strings_ContainsAny(VM *vm, Word *a) { (void)vm; a[0].i = lib_index_any(lib_str(a), lib_str(a + 2)) >= 0; }
void rt_strings_ContainsRune(VM *vm, Word *a) { (void)vm; a[0].i = lib_index_rune(lib_str(a), (int32_t)a[2].i) >= 0; }
void rt_strings_Count(VM *vm, Word *a) { (void)vm; a[0].i = lib_count(lib_str(a), lib_str(a + 2)); }
void rt_strings_HasPrefix(VM *vm, Word *a) { (void)vm; a[0].i = lib_has_prefix(lib_str(a), lib_str(a + 2)); }
void rt_strings_HasSuffix(VM *vm, Word *a) { (void)vm; a[0].i = lib_has_suffix(lib_str(a), lib_str(a + 2)); }
void rt_strings_Index(VM *vm, Word *a) { (void)vm; a[0].i = lib_index(lib_str(a), lib_str(a + 2)); }
void rt_strings_IndexByte(VM *vm, Word *a) { (void)vm; a[0].i = index_byte(lib_str(a), (uint8_t)a[2].u); }
void rt_strings_IndexRune(VM *vm, Word *a) { (void)vm; a[0].i = lib_index_rune(lib_str(a), (int32_t)a[2].i); }
void rt_strings_IndexAny(VM *vm, Word *a) { (void)vm; a[0].i = lib_index_any(lib_str(a), lib_str(a + 2)); }
void rt_strings_LastIndex(VM *vm, Word *a) { (void)vm; a[0].i = lib_last_index(lib_str(a), lib_str(a + 2)); }
void rt_strings_LastIndexAny(VM *vm, Word *a) { (void)vm; a[0].i = lib_last_index_any(lib_str(a), lib_str(a + 2)); }
void rt_strings_LastIndexByte(VM *vm, Word *a) { (void)vm; a[0].i = lib_last_index_byte(lib_str(a), (uint8_t)a[2].u); }
void rt_strings_Compare(VM *vm, Word *a) { (void)vm; a[0].i = lib_compare(lib_str(a), lib_str(a + 2)); }

static void split(VM *vm, Word *a, bool after, int64_t n) {
  GoString s = lib_str(a);
  lib_Pieces p = {0};
  int64_t cap = lib_split(s, lib_str(a + 2), after, n, &p);
  lib_ret_slice(a, lib_string_pieces(vm, s, &p, cap));
}

void rt_strings_Split(VM *vm, Word *a) { split(vm, a, false, -1); }
void rt_strings_SplitN(VM *vm, Word *a) { split(vm, a, false, a[4].i); }
void rt_strings_SplitAfter(VM *vm, Word *a) { split(vm, a, true, -1); }
void rt_strings_SplitAfterN(VM *vm, Word *a) { split(vm, a, true, a[4].i); }

void rt_strings_Fields(VM *vm, Word *a) {
  GoString s = lib_str(a);
  lib_Pieces p = {0};
  lib_fields(s, &p);
  lib_ret_slice(a, lib_string_pieces(vm, s, &p, p.n));
}

/* func Join(elems []string, sep string) string */
void rt_strings_Join(VM *vm, Word *a) {
  GoSlice e = lib_slice(a);
  GoString sep = lib_str(a + 3);
  const GoString *v = e.ptr;
  if (e.len == 0) {
    lib_ret_str(a, (GoString){NULL, 0});
    return;
  }
  if (e.len == 1) {
    lib_ret_str(a, v[0]);
    return;
  }
  int64_t n = sep.len * (e.len - 1);
  for (int64_t i = 0; i < e.len; i++) n += v[i].len;
  uint8_t *p = gc_alloc(vm, NULL, (size_t)n);
  int64_t off = 0;
  for (int64_t i = 0; i < e.len; i++) {
    if (i > 0 && sep.len) memcpy(p + off, sep.ptr, (size_t)sep.len), off += sep.len;
    if (v[i].len) memcpy(p + off, v[i].ptr, (size_t)v[i].len), off += v[i].len;
  }
  lib_ret_str(a, n ? (GoString){p, n} : (GoString){NULL, 0});
}

/* func Repeat(s string, count int) string */
void rt_strings_Repeat(VM *vm, Word *a) {
  GoString s = lib_str(a);
  int64_t n = lib_repeat_len(vm, "strings", s.len, a[2].i);
  if (n == 0) {
    lib_ret_str(a, (GoString){NULL, 0});
    return;
  }
  uint8_t *p = gc_alloc(vm, NULL, (size_t)n);
  lib_repeat_fill(p, s, a[2].i);
  lib_ret_str(a, (GoString){p, n});
}

int64_t lib_replace(GoString s, GoString old, GoString new, int64_t n, rt_Buf *out) {
  int64_t m = n != 0 ? lib_count(s, old) : 0;
  if (m == 0) return 0;
  if (n < 0 || m < n) n = m;
  int64_t start = 0;
  for (int64_t i = 0; i < n; i++) {
    int64_t j = start;
    if (old.len == 0) {
      if (i > 0) {
        int w;
        rt_utf8_decode(s.ptr + start, (size_t)(s.len - start), &w);
        j += w;
      }
    } else {
      j += lib_index(sub(s, start, s.len), old);
    }
    rt_buf_append(out, (const char *)s.ptr + start, (size_t)(j - start));
    rt_buf_append(out, (const char *)new.ptr, (size_t)new.len);
    start = j + old.len;
  }
  rt_buf_append(out, (const char *)s.ptr + start, (size_t)(s.len - start));
  return n;
}

/* func Replace(s, old, new string, n int) string: s itself when nothing
** is replaced */
static GoString replace(VM *vm, GoString s, GoString old, GoString new, int64_t n) {
  if (rt_string_equal(old, new) || n == 0) return s;
  rt_Buf b = {0};
  if (lib_replace(s, old, new, n, &b) == 0) return s;
  return lib_buf_string(vm, &b);
}

void rt_strings_Replace(VM *vm, Word *a) {
  lib_ret_str(a, replace(vm, lib_str(a), lib_str(a + 2), lib_str(a + 4), a[6].i));
}

void rt_strings_ReplaceAll(VM *vm, Word *a) {
  lib_ret_str(a, replace(vm, lib_str(a), lib_str(a + 2), lib_str(a + 4), -1));
}

static void map_case(VM *vm, Word *a, int which) {
  GoString s = lib_str(a);
  rt_Buf b = {0};
  if (lib_map_case(s, which, &b)) lib_ret_str(a, lib_buf_string(vm, &b));
}

void rt_strings_ToUpper(VM *vm, Word *a) { map_case(vm, a, RT_UPPER_CASE); }
void rt_strings_ToLower(VM *vm, Word *a) { map_case(vm, a, RT_LOWER_CASE); }
void rt_strings_ToTitle(VM *vm, Word *a) { map_case(vm, a, RT_TITLE_CASE); }

/* strings.isSeparator: what starts a word for Title. */
static bool is_separator(int32_t r) {
  if (r <= 0x7F) {
    if (('0' <= r && r <= '9') || ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') || r == '_')
      return false;
    return true;
  }
  if (rt_uni_in(&rt_uni_letter, r) || rt_uni_in(&rt_uni_digit, r)) return false;
  return rt_uni_in(&rt_uni_space, r);
}

int32_t lib_title_map(int32_t *prev, int32_t r) {
  int32_t m = is_separator(*prev) ? rt_uni_to(RT_TITLE_CASE, r) : r;
  *prev = r;
  return m;
}

/* func Title(s string) string: Map with the previous rune as state. */
void rt_strings_Title(VM *vm, Word *a) {
  GoString s = lib_str(a);
  rt_Buf b = {0};
  bool changed = false;
  int32_t prev = ' ';
  for (int64_t i = 0; i < s.len;) {
    int w;
    int32_t r = rune_at(s, i, &w), m = lib_title_map(&prev, r);
    changed |= m != r || (r == RT_RUNE_ERROR && w == 1);
    uint8_t enc[4];
    int n = rt_utf8_encode(enc, m);
    rt_buf_append(&b, (const char *)enc, (size_t)n);
    i += w;
  }
  if (changed) lib_ret_str(a, lib_buf_string(vm, &b));
  else rt_buf_free(&b);
}

/* Trim, TrimLeft, TrimRight: runes of [cutset] off either end. */
GoString lib_trim_left(GoString s, GoString cutset) {
  while (s.len > 0) {
    int w;
    if (lib_index_rune(cutset, rune_at(s, 0, &w)) < 0) break;
    s = sub(s, w, s.len);
  }
  return s;
}

GoString lib_trim_right(GoString s, GoString cutset) {
  while (s.len > 0) {
    int w;
    if (lib_index_rune(cutset, lib_decode_last(s, &w)) < 0) break;
    s.len -= w;
  }
  return s;
}

void rt_strings_Trim(VM *vm, Word *a) {
  (void)vm;
  GoString s = lib_str(a), c = lib_str(a + 2);
  if (s.len && c.len) lib_ret_str(a, lib_trim_right(lib_trim_left(s, c), c));
}

void rt_strings_TrimLeft(VM *vm, Word *a) {
  (void)vm;
  GoString s = lib_str(a), c = lib_str(a + 2);
  if (s.len && c.len) lib_ret_str(a, lib_trim_left(s, c));
}

void rt_strings_TrimRight(VM *vm, Word *a) {
  (void)vm;
  GoString s = lib_str(a), c = lib_str(a + 2);
  if (s.len && c.len) lib_ret_str(a, lib_trim_right(s, c));
}

void rt_strings_TrimSpace(VM *vm, Word *a) {
  (void)vm;
  GoString s = lib_str(a);
  int64_t lo, hi;
  lib_trim_space(s, &lo, &hi);
  lib_ret_str(a, lo == hi ? (GoString){NULL, 0} : sub(s, lo, hi));
}

void rt_strings_TrimPrefix(VM *vm, Word *a) {
  (void)vm;
  GoString s = lib_str(a), p = lib_str(a + 2);
  if (lib_has_prefix(s, p)) lib_ret_str(a, sub(s, p.len, s.len));
}

void rt_strings_TrimSuffix(VM *vm, Word *a) {
  (void)vm;
  GoString s = lib_str(a), p = lib_str(a + 2);
  if (lib_has_suffix(s, p)) lib_ret_str(a, sub(s, 0, s.len - p.len));
}

/* func EqualFold(s, t string) bool: rune by rune under simple folding;
** the smaller rune is folded round its orbit until it reaches the larger. */
bool lib_equal_fold(GoString s, GoString t) {
  int64_t i = 0, j = 0;
  while (i < s.len && j < t.len) {
    int ws, wt;
    int32_t sr = rune_at(s, i, &ws), tr = rune_at(t, j, &wt);
    i += ws;
    j += wt;
    if (sr == tr) continue;
    if (tr < sr) {
      int32_t x = tr;
      tr = sr;
      sr = x;
    }
    if (tr < 0x80) {
      if ('A' <= sr && sr <= 'Z' && tr == sr + 'a' - 'A') continue;
      return false;
    }
    int32_t r = rt_uni_simple_fold(sr);
    while (r != sr && r < tr) r = rt_uni_simple_fold(r);
    if (r == tr) continue;
    return false;
  }
  return i == s.len && j == t.len;
}

void rt_strings_EqualFold(VM *vm, Word *a) {
  (void)vm;
  a[0].i = lib_equal_fold(lib_str(a), lib_str(a + 2));
}

/* func Cut(s, sep string) (before, after string, found bool) */
void rt_strings_Cut(VM *vm, Word *a) {
  (void)vm;
  GoString s = lib_str(a), sep = lib_str(a + 2);
  int64_t i = lib_index(s, sep);
  if (i >= 0) {
    lib_ret_str(a, sub(s, 0, i));
    lib_ret_str(a + 2, sub(s, i + sep.len, s.len));
  } else {
    lib_ret_str(a, s);
    lib_ret_str(a + 2, (GoString){NULL, 0});
  }
  a[4].i = i >= 0;
}
