/*
** slice.c — slices at run time (Go's slice.go and the conversions of
** string.go): make, append's growth, copy, and the conversions between
** string, []byte and []rune.
**
** Growth (growslice, Go 1.19). Appending to a slice whose capacity is too
** small for the new length L asks for a new capacity:
**   if L > 2*cap:         L
**   else if cap < 256:    2*cap
**   else:                 cap += (cap + 3*256) / 4 until it is >= L
** then rounds the new array's byte size up to the allocator's size class
** (gc_roundupsize) and takes as many elements as fit. That last step is why
** a []byte grows 8, 16, 32, 64 ... and a [3]int64 slice 1, 2, 4, 8, 16, 32,
** 64, 128, 256, 512, 853 ...: programs print cap(), so it must be Go's.
**
** Conversions allocate like Go's rawbyteslice / rawruneslice / rawstring:
** the capacity of []byte(s) and []rune(s) is rounded to the size class too.
** A caller that knows the result does not escape may pass a 32-element
** temporary (Go's tmpBuf, a frame slot): results that fit use it, which is
** why Go prints cap 32 for a non-escaping []byte("hello").
**
** Invariants:
**  - Zero-byte arrays are never allocated: they all point at rt_zerobase,
**    as Go's do at runtime.zerobase, so make([]T, 0) is non-nil and costs
**    no malloc (Mallocs in MemStats stay Go's).
**  - Every new array comes from gc_alloc, zeroed, with the element type
**    when it holds pointers and NULL otherwise; its size may exceed
**    len * elem->size (growth rounding): the collector sees an array of
**    size / elem->size elements.
**  - Stores into an array that already existed (append within capacity,
**    copy) go through gc_typed_memmove, the write barrier (gc/barrier.c);
**    copying into a fresh array (growth) needs none: it overwrites nothing,
**    and the old array stays shaded for the cycle under way.
*/
#include <string.h>

#include "runtime.h"
#include "strconv.h"
#include "../gc/sizeclass.h"

const uint64_t rt_zerobase = 0;

/* Go's maxAlloc on linux/amd64: the largest object the heap can hold. */
#define MAX_ALLOC ((uint64_t)1 << 48)

static void *zerobase(void) { return (void *)&rt_zerobase; }

/* A zeroed array of [bytes] bytes for elements of type [elem]. */
static void *alloc_array(VM *vm, const RType *elem, uint64_t bytes) {
  if (bytes == 0) return zerobase();
  return gc_alloc(vm, elem && elem->ptrmask ? elem : NULL, (size_t)bytes);
}

/* {==================================================================
** make, append, copy
** =================================================================== */

GoSlice rt_makeslice(VM *vm, const RType *elem, int64_t len, int64_t cap) {
  uint64_t size = (uint64_t)elem->size;
  /* Go's order: a bad cap is reported as a bad len when len is bad too. */
  if (cap < 0 || len < 0 || len > cap || (size && (uint64_t)cap > MAX_ALLOC / size)) {
    if (len < 0 || (size && (uint64_t)len > MAX_ALLOC / size))
      vm_panic_runtime(vm, "makeslice: len out of range");
    vm_panic_runtime(vm, "makeslice: cap out of range");
  }
  return (GoSlice){alloc_array(vm, elem, size * (uint64_t)cap), len, cap};
}

/* The capacity growslice picks for [need] elements (before rounding). */
static int64_t next_cap(int64_t oldcap, int64_t need) {
  int64_t newcap = oldcap, doublecap = oldcap + oldcap;
  if (need > doublecap) return need;
  if (oldcap < 256) return doublecap;
  /* 0 < newcap catches overflow, as in Go */
  while (0 < newcap && newcap < need) newcap += (newcap + 3 * 256) / 4;
  return newcap <= 0 ? need : newcap;
}

int64_t rt_slice_grown_cap(int64_t oldcap, int64_t newlen, int64_t elemsize) {
  return (int64_t)(gc_roundupsize((uint64_t)next_cap(oldcap, newlen) * (uint64_t)elemsize) / (uint64_t)elemsize);
}

GoSlice rt_growslice(VM *vm, const RType *elem, GoSlice old, int64_t newlen) {
  if (newlen < old.cap) vm_panic_runtime(vm, "growslice: cap out of range");
  uint64_t size = (uint64_t)elem->size;
  if (size == 0) return (GoSlice){zerobase(), old.len, newlen};
  int64_t newcap = next_cap(old.cap, newlen);
  if ((uint64_t)newcap > MAX_ALLOC / size) vm_panic_runtime(vm, "growslice: cap out of range");
  uint64_t capmem = gc_roundupsize((uint64_t)newcap * size);
  if (capmem > MAX_ALLOC) vm_panic_runtime(vm, "growslice: cap out of range");
  void *p = alloc_array(vm, elem, capmem);
  if (old.len > 0) memmove(p, old.ptr, (size_t)old.len * size);
  return (GoSlice){p, old.len, (int64_t)(capmem / size)};
}

GoSlice rt_slice_append(VM *vm, const RType *elem, GoSlice s, const void *src, int64_t n) {
  if (n <= 0) return s;
  if (s.len > INT64_MAX - n) vm_panic_runtime(vm, "growslice: cap out of range");
  int64_t newlen = s.len + n;
  if (newlen > s.cap) s = rt_growslice(vm, elem, s, newlen);
  /* memmove: src may be a part of s itself, e.g. append(s[:1], s[2:]...) */
  /* the slots past len may hold old pointers (s = s[:0]): barriered */
  size_t size = (size_t)elem->size;
  if (size)
    gc_typed_memmove(&vm->heap, elem, (uint8_t *)s.ptr + (size_t)s.len * size, src,
                     (size_t)n * size);
  s.len = newlen;
  return s;
}

int64_t rt_slice_copy(VM *vm, const RType *elem, GoSlice dst, const void *src, int64_t srclen) {
  int64_t n = dst.len < srclen ? dst.len : srclen;
  if (n > 0 && elem->size > 0 && dst.ptr != src)
    gc_typed_memmove(&vm->heap, elem, dst.ptr, src, (size_t)n * (size_t)elem->size);
  return n < 0 ? 0 : n;
}

/* }================================================================== */

/* {==================================================================
** Conversions
** =================================================================== */

/* string(b) for a one-byte b shares these bytes, as Go's staticuint64s. */
static const uint8_t byte_strings[256] = {
#define B8(n) n, n + 1, n + 2, n + 3, n + 4, n + 5, n + 6, n + 7
#define B64(n) B8(n), B8(n + 8), B8(n + 16), B8(n + 24), B8(n + 32), B8(n + 40), B8(n + 48), B8(n + 56)
  B64(0), B64(64), B64(128), B64(192)
#undef B64
#undef B8
};

/* Room for [n] string bytes: the caller's temporary when it fits. */
static uint8_t *string_room(VM *vm, int64_t n, uint8_t *tmpbuf) {
  if (tmpbuf && n <= RT_TMPBUF_SIZE) return tmpbuf;
  return alloc_array(vm, NULL, (uint64_t)n);
}

GoString rt_bytes_to_string(VM *vm, GoSlice b, uint8_t *tmpbuf) {
  if (b.len == 0) return (GoString){NULL, 0};
  if (b.len == 1) return (GoString){&byte_strings[*(const uint8_t *)b.ptr], 1};
  uint8_t *p = string_room(vm, b.len, tmpbuf);
  memcpy(p, b.ptr, (size_t)b.len);
  return (GoString){p, b.len};
}

GoSlice rt_string_to_bytes(VM *vm, GoString s, uint8_t *tmpbuf) {
  GoSlice b;
  if (tmpbuf && s.len <= RT_TMPBUF_SIZE) {
    memset(tmpbuf, 0, RT_TMPBUF_SIZE);
    b = (GoSlice){tmpbuf, s.len, RT_TMPBUF_SIZE};
  } else {
    uint64_t cap = gc_roundupsize((uint64_t)s.len);
    b = (GoSlice){alloc_array(vm, NULL, cap), s.len, (int64_t)cap};
  }
  if (s.len) memcpy(b.ptr, s.ptr, (size_t)s.len);
  return b;
}

GoString rt_runes_to_string(VM *vm, GoSlice r, uint8_t *tmpbuf) {
  const int32_t *runes = r.ptr;
  int64_t n = 0;
  uint8_t enc[4];
  for (int64_t i = 0; i < r.len; i++) n += rt_utf8_encode(enc, runes[i]);
  /* Go asks for 3 spare bytes (rawstringtmp(buf, size+3)), even for no
  ** runes at all: the allocation, and so MemStats, are Go's. */
  uint8_t *p = string_room(vm, n + 3, tmpbuf), *q = p;
  for (int64_t i = 0; i < r.len; i++) q += rt_utf8_encode(q, runes[i]);
  return (GoString){p, n};
}

GoSlice rt_string_to_runes(VM *vm, GoString s, int32_t *tmpbuf) {
  int64_t n = rt_utf8_count(s.ptr, (size_t)s.len);
  GoSlice r;
  if (tmpbuf && n <= RT_TMPBUF_SIZE) {
    memset(tmpbuf, 0, RT_TMPBUF_SIZE * sizeof(int32_t));
    r = (GoSlice){tmpbuf, n, RT_TMPBUF_SIZE};
  } else {
    if ((uint64_t)n > MAX_ALLOC / 4) vm_fatal(vm, "out of memory");
    uint64_t mem = gc_roundupsize((uint64_t)n * 4);
    r = (GoSlice){alloc_array(vm, NULL, mem), n, (int64_t)(mem / 4)};
  }
  int32_t *out = r.ptr;
  for (int64_t i = 0, k = 0; i < s.len; k++) {
    int w;
    out[k] = rt_decode_rune(s, i, &w);
    i += w;
  }
  return r;
}

/* }================================================================== */
