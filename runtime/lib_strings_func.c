/*
** lib_strings_func.c — the strings and bytes functions that take a Go
** func: Map, IndexFunc, LastIndexFunc, FieldsFunc, TrimFunc, TrimLeftFunc
** and TrimRightFunc, calling it once per rune in Go 1.19's order (a
** program that prints from inside its func sees Go's sequence of calls).
** One walk serves both packages (a []byte operand's first two words are
** a string's); they differ in the results' shape only: bytes returns
** subslices that keep the operand's capacity, nil where Go's does.
**
** Invariants (vm/call.h): the func runs Go code, so the goroutine's stack
** may move and the collector may run between two runes. Hence
**  - the operand is copied to C memory before the first call, and the
**    runes are read from the copy (a string converted from bytes may sit
**    in a frame buffer that moves);
**  - the func value is re-read from the native's arguments, through an
**    rt_StackRef, before every call (a closure that does not escape lives
**    in its caller's frame and moves with it);
**  - results are built only after the last call, from the original operand
**    re-read through the same reference, so a substring shares the
**    operand's memory as Go's does.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../vm/call.h"
#include "lib.h"
#include "strconv.h"

enum { RUNE_ERROR = 0xFFFD };

/* A native's view of its operands across calls into Go. */
typedef struct FuncArgs {
  VM *vm;
  rt_StackRef ref;   /* the native's args */
  int fn;            /* word index of the func value in args */
  uint8_t *s;        /* C copy of the string operand */
  int64_t n;
} FuncArgs;

static FuncArgs func_args(VM *vm, Word *a, int str, int fn) {
  GoString s = lib_str(a + str);
  FuncArgs f = {vm, rt_stack_ref(vm, a), fn, malloc(s.len ? (size_t)s.len : 1), s.len};
  if (!f.s) vm_fatal(vm, "runtime: out of memory");
  if (s.len) memcpy(f.s, s.ptr, (size_t)s.len);
  return f;
}

static Word *args_now(const FuncArgs *f) { return rt_stack_ptr(f->vm, f->ref); }

/* Calls the func on rune [r]; returns its one result word. */
static Word call_func(const FuncArgs *f, int32_t r) {
  Word arg = {.i = r}, res = {0};
  rt_call_value(f->vm, args_now(f)[f->fn].cp, &arg, 1, &res, 1, NULL);
  return res;
}

static bool call_pred(const FuncArgs *f, int32_t r) { return (call_func(f, r).u & 1) != 0; }

static int32_t rune_at(const FuncArgs *f, int64_t i, int *w) {
  if (f->s[i] < 0x80) {
    *w = 1;
    return f->s[i];
  }
  return rt_utf8_decode(f->s + i, (size_t)(f->n - i), w);
}

/* indexFunc(s, f, truth): the first rune whose f is [truth], or -1. */
static int64_t index_func(const FuncArgs *f, int64_t lo, int64_t hi, bool truth) {
  for (int64_t i = lo; i < hi;) {
    int w;
    int32_t r = rune_at(f, i, &w);
    if (call_pred(f, r) == truth) return i;
    i += w;
  }
  return -1;
}

/* lastIndexFunc(s[lo:hi], f, truth), as an index into s. */
static int64_t last_index_func(const FuncArgs *f, int64_t lo, int64_t hi, bool truth) {
  for (int64_t i = hi; i > lo;) {
    int w;
    int32_t r = lib_decode_last((GoString){f->s + lo, i - lo}, &w);
    i -= w;
    if (call_pred(f, r) == truth) return i;
  }
  return -1;
}

static void done(FuncArgs *f) { free(f->s); }

/* func Map(mapping func(rune) rune, s string) string: s itself when no
** rune changed (an invalid byte always changes: it becomes U+FFFD). */
void rt_strings_Map(VM *vm, Word *a) {
  FuncArgs f = func_args(vm, a, 1, 0);
  rt_Buf b = {0};
  bool changed = false;
  for (int64_t i = 0; i < f.n;) {
    int w;
    int32_t c = rune_at(&f, i, &w);
    int32_t r = (int32_t)call_func(&f, c).i;
    if (r != c || (c == RUNE_ERROR && w == 1)) changed = true;
    if (r >= 0) {
      uint8_t enc[4];
      rt_buf_append(&b, (const char *)enc, (size_t)rt_utf8_encode(enc, r));
    }
    i += w;
  }
  done(&f);
  Word *now = args_now(&f);
  if (!changed) {
    rt_buf_free(&b);
    lib_ret_str(now, lib_str(now + 1));
    return;
  }
  GoString out = lib_buf_string(vm, &b);
  lib_ret_str(args_now(&f), out);
}

/* func Map(mapping func(rune) rune, s []byte) []byte: the mapped runes
** first, then the result as Go's Map builds it (lib_bytes_map). */
void rt_bytes_Map(VM *vm, Word *a) {
  FuncArgs f = func_args(vm, a, 1, 0);
  int32_t *out = malloc((size_t)(f.n ? f.n : 1) * sizeof *out);
  if (!out) vm_fatal(vm, "runtime: out of memory");
  int64_t n = 0;
  for (int64_t i = 0; i < f.n;) {
    int w;
    int32_t c = rune_at(&f, i, &w);
    out[n++] = (int32_t)call_func(&f, c).i;
    i += w;
  }
  done(&f);
  GoSlice r = lib_bytes_map(vm, f.n, out, n);
  free(out);
  lib_ret_slice(args_now(&f), r);
}

/* IndexFunc / LastIndexFunc(s, f) with f at word [fn] of the arguments */
static void index_of(VM *vm, Word *a, int fn, bool last) {
  FuncArgs f = func_args(vm, a, 0, fn);
  int64_t i = last ? last_index_func(&f, 0, f.n, true) : index_func(&f, 0, f.n, true);
  done(&f);
  args_now(&f)[0].i = i;
}

void rt_strings_IndexFunc(VM *vm, Word *a) { index_of(vm, a, 2, false); }
void rt_strings_LastIndexFunc(VM *vm, Word *a) { index_of(vm, a, 2, true); }
void rt_bytes_IndexFunc(VM *vm, Word *a) { index_of(vm, a, 3, false); }
void rt_bytes_LastIndexFunc(VM *vm, Word *a) { index_of(vm, a, 3, true); }

/* TrimLeftFunc's bound: where the first rune f rejects starts (n: none). */
static int64_t trim_left(const FuncArgs *f, int64_t hi) {
  int64_t i = index_func(f, 0, hi, false);
  return i < 0 ? hi : i;
}

/* TrimRightFunc's bound: the end of the last rune f rejects (lo: none). */
static int64_t trim_right(const FuncArgs *f, int64_t lo) {
  int64_t i = last_index_func(f, lo, f->n, false);
  if (i < 0) return lo;
  int w;
  rune_at(f, i, &w);
  return i + w;
}

static void ret_sub(FuncArgs *f, int64_t lo, int64_t hi) {
  done(f);
  Word *now = args_now(f);
  GoString s = lib_str(now);
  lib_ret_str(now, lo >= hi ? (GoString){NULL, 0} : (GoString){s.ptr + lo, hi - lo});
}

/* The []byte s[lo:hi] (capacity after lo kept); nil when [nil_if_empty]
** and nothing is left. */
static void ret_subslice(FuncArgs *f, int64_t lo, int64_t hi, bool nil_if_empty) {
  done(f);
  Word *now = args_now(f);
  GoSlice s = lib_slice(now);
  if (nil_if_empty && lo >= hi) lib_ret_slice(now, (GoSlice){NULL, 0, 0});
  else lib_ret_slice(now, (GoSlice){(uint8_t *)s.ptr + lo, hi - lo, s.cap - lo});
}

/* bytes.TrimLeftFunc: nil when every rune is trimmed; TrimRightFunc:
** s[0:i]; TrimFunc: TrimRightFunc(TrimLeftFunc(s, f), f). */
void rt_bytes_TrimLeftFunc(VM *vm, Word *a) {
  FuncArgs f = func_args(vm, a, 0, 3);
  ret_subslice(&f, trim_left(&f, f.n), f.n, true);
}

void rt_bytes_TrimRightFunc(VM *vm, Word *a) {
  FuncArgs f = func_args(vm, a, 0, 3);
  ret_subslice(&f, 0, trim_right(&f, 0), false);
}

void rt_bytes_TrimFunc(VM *vm, Word *a) {
  FuncArgs f = func_args(vm, a, 0, 3);
  int64_t lo = trim_left(&f, f.n);
  if (lo == f.n) ret_subslice(&f, lo, lo, true);
  else ret_subslice(&f, lo, trim_right(&f, lo), false);
}

/* func TrimLeftFunc(s string, f func(rune) bool) string */
void rt_strings_TrimLeftFunc(VM *vm, Word *a) {
  FuncArgs f = func_args(vm, a, 0, 2);
  ret_sub(&f, trim_left(&f, f.n), f.n);
}

/* func TrimRightFunc(s string, f func(rune) bool) string */
void rt_strings_TrimRightFunc(VM *vm, Word *a) {
  FuncArgs f = func_args(vm, a, 0, 2);
  ret_sub(&f, 0, trim_right(&f, 0));
}

/* func TrimFunc(s string, f func(rune) bool) string: left, then right of
** what is left, as Go's TrimRightFunc(TrimLeftFunc(s, f), f). */
void rt_strings_TrimFunc(VM *vm, Word *a) {
  FuncArgs f = func_args(vm, a, 0, 2);
  int64_t lo = trim_left(&f, f.n);
  ret_sub(&f, lo, trim_right(&f, lo));
}

/* FieldsFunc(s, f): f is called once per rune, in order; the fields are
** the maximal runs it rejects. */
static lib_Pieces fields_func(FuncArgs *f) {
  lib_Pieces p = {0};
  int64_t start = -1;
  for (int64_t i = 0; i < f->n;) {
    int w;
    int32_t r = rune_at(f, i, &w);
    bool sep = call_pred(f, r);
    if (sep && start >= 0) {
      lib_pieces_push(&p, start, i - start, false);
      start = -1;
    } else if (!sep && start < 0) {
      start = i;
    }
    i += w;
  }
  if (start >= 0) lib_pieces_push(&p, start, f->n - start, false);
  done(f);
  return p;
}

void rt_strings_FieldsFunc(VM *vm, Word *a) {
  FuncArgs f = func_args(vm, a, 0, 2);
  lib_Pieces p = fields_func(&f);
  Word *now = args_now(&f);
  lib_ret_slice(now, lib_string_pieces(vm, lib_str(now), &p, p.n));
}

void rt_bytes_FieldsFunc(VM *vm, Word *a) {
  FuncArgs f = func_args(vm, a, 0, 3);
  lib_Pieces p = fields_func(&f);
  Word *now = args_now(&f);
  lib_ret_slice(now, lib_byte_pieces(vm, lib_slice(now), &p, p.n, false));
}
