/*
** buf.c — rt_Buf, the growing byte buffer that fmt, strconv, print and the
** panic reports all build their text in.
**
** Invariants: data[0 .. len) is the text; cap >= len; a zeroed rt_Buf is
** an empty buffer; rt_buf_free returns it to that state. The buffer lives on
** the C heap: it is scratch space for one operation, never a Go object.
** Exhausting the C heap here is a broken environment, not a Go-level fault,
** so it aborts with a message (Go's runtime throws in the same spot).
*/
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime.h"

void rt_buf_reserve(rt_Buf *b, size_t n) {
  if (b->cap - b->len >= n) return;
  size_t need = b->len + n, cap = b->cap ? b->cap : 64;
  if (need < b->len) abort(); /* size_t overflow: cannot happen for real */
  while (cap < need) cap = cap > SIZE_MAX / 2 ? need : cap * 2;
  char *p = realloc(b->data, cap);
  if (!p) {
    static const char msg[] = "fatal error: runtime: out of memory (text buffer)\n";
    fwrite(msg, 1, sizeof msg - 1, stderr);
    abort();
  }
  b->data = p;
  b->cap = cap;
}

void rt_buf_append(rt_Buf *b, const char *s, size_t n) {
  if (n == 0) return;
  rt_buf_reserve(b, n);
  memcpy(b->data + b->len, s, n);
  b->len += n;
}

void rt_buf_vprintf(rt_Buf *b, const char *fmt, va_list ap) {
  va_list again;
  va_copy(again, ap);
  char small[256];
  int n = vsnprintf(small, sizeof small, fmt, ap);
  if (n >= 0 && (size_t)n < sizeof small) {
    rt_buf_append(b, small, (size_t)n);
  } else if (n >= 0) {
    rt_buf_reserve(b, (size_t)n + 1);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, again);
    b->len += (size_t)n;
  }
  va_end(again);
}

void rt_buf_printf(rt_Buf *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  rt_buf_vprintf(b, fmt, ap);
  va_end(ap);
}

void rt_buf_free(rt_Buf *b) {
  free(b->data);
  *b = (rt_Buf){0};
}
