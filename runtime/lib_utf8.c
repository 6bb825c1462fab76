/*
** lib_utf8.c — package unicode/utf8 (stdlib.def: RuneLen ... ValidRune and
** the constants RuneError, RuneSelf, MaxRune, UTFMax), on the decoder and
** encoder of string.c, which already follow utf8's rules: only shortest
** forms, no surrogates, nothing past U+10FFFF; an invalid or truncated
** sequence decodes as (RuneError, 1) and an empty input as (RuneError, 0).
**
** EncodeRune writes into the caller's slice and, as Go's, faults with
** "index out of range [n-1] with length len" when it is too short.
*/
#include "lib.h"

static int rune_len(int64_t r) {
  if (r < 0) return -1;
  if (r < 0x80) return 1;
  if (r < 0x800) return 2;
  if (0xD800 <= r && r <= 0xDFFF) return -1;
  if (r < 0x10000) return 3;
  if (r <= RT_MAX_RUNE) return 4;
  return -1;
}

void rt_utf8_RuneLen(VM *vm, Word *a) { (void)vm; a[0].i = rune_len((int32_t)a[0].i); }
void rt_utf8_ValidRune(VM *vm, Word *a) { (void)vm; a[0].i = rt_valid_rune((int32_t)a[0].i); }

void rt_utf8_RuneCountInString(VM *vm, Word *a) {
  (void)vm;
  GoString s = lib_str(a);
  a[0].i = rt_utf8_count(s.ptr, (size_t)s.len);
}

void rt_utf8_RuneCount(VM *vm, Word *a) {
  (void)vm;
  GoString s = lib_bytes_view(lib_slice(a));
  a[0].i = rt_utf8_count(s.ptr, (size_t)s.len);
}

static void decode(Word *a, GoString s) {
  int w = 0;
  int32_t r = s.len ? rt_utf8_decode(s.ptr, (size_t)s.len, &w) : RT_RUNE_ERROR;
  a[0].i = r;
  a[1].i = w;
}

static void decode_last(Word *a, GoString s) {
  int w;
  int32_t r = lib_decode_last(s, &w);
  a[0].i = r;
  a[1].i = w;
}

void rt_utf8_DecodeRuneInString(VM *vm, Word *a) { (void)vm; decode(a, lib_str(a)); }
void rt_utf8_DecodeRune(VM *vm, Word *a) { (void)vm; decode(a, lib_bytes_view(lib_slice(a))); }
void rt_utf8_DecodeLastRuneInString(VM *vm, Word *a) { (void)vm; decode_last(a, lib_str(a)); }
void rt_utf8_DecodeLastRune(VM *vm, Word *a) { (void)vm; decode_last(a, lib_bytes_view(lib_slice(a))); }

static bool valid(GoString s) {
  for (int64_t i = 0; i < s.len;) {
    if (s.ptr[i] < 0x80) {
      i++;
      continue;
    }
    int w;
    if (rt_utf8_decode(s.ptr + i, (size_t)(s.len - i), &w) == RT_RUNE_ERROR && w == 1) return false;
    i += w;
  }
  return true;
}

void rt_utf8_ValidString(VM *vm, Word *a) { (void)vm; a[0].i = valid(lib_str(a)); }
void rt_utf8_Valid(VM *vm, Word *a) { (void)vm; a[0].i = valid(lib_bytes_view(lib_slice(a))); }

/* func EncodeRune(p []byte, r rune) int */
void rt_utf8_EncodeRune(VM *vm, Word *a) {
  GoSlice p = lib_slice(a);
  uint8_t enc[4];
  int n = rt_utf8_encode(enc, (int32_t)a[3].i);
  if (p.len < n)
    vm_panic_runtime(vm, "index out of range [%d] with length %lld", n - 1, (long long)p.len);
  for (int i = 0; i < n; i++) ((uint8_t *)p.ptr)[i] = enc[i];
  a[0].i = n;
}

/* func AppendRune(p []byte, r rune) []byte */
void rt_utf8_AppendRune(VM *vm, Word *a) {
  GoSlice p = lib_slice(a);
  uint8_t enc[4];
  int n = rt_utf8_encode(enc, (int32_t)a[3].i);
  lib_ret_slice(a, rt_slice_append(vm, &rt_lib_byte_type, p, enc, n));
}
