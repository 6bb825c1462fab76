/*
** print.c — the print and println builtins, with the formats of Go's
** runtime/print.go (not fmt's): integers in decimal, floats always as
** [+-]d.dddddde[+-]ddd with 7 significant digits, complex numbers as
** (re+imi), pointers as 0x-prefixed hex, strings as raw bytes.
**
** The compiler lowers `println(a, b)` into one rt_print_value call per
** operand with RP_SPACE/RP_NEWLINE between, so this file only formats single
** values. Output goes to stderr through vm_write, which flushes buffered
** stdout first, keeping the two streams in program order.
*/
#include <string.h>

#include "runtime.h"

static void format_uint(rt_Buf *b, uint64_t v) {
  char buf[24];
  int i = (int)sizeof buf;
  do buf[--i] = (char)('0' + v % 10); while ((v /= 10) != 0);
  rt_buf_append(b, buf + i, sizeof buf - (size_t)i);
}

static void format_int(rt_Buf *b, int64_t v) {
  if (v < 0) {
    rt_buf_byte(b, '-');
    format_uint(b, -(uint64_t)v);
    return;
  }
  format_uint(b, (uint64_t)v);
}

static void format_hex(rt_Buf *b, uint64_t v) {
  char buf[24];
  int i = (int)sizeof buf;
  do buf[--i] = "0123456789abcdef"[v % 16]; while ((v /= 16) != 0);
  buf[--i] = 'x';
  buf[--i] = '0';
  rt_buf_append(b, buf + i, sizeof buf - (size_t)i);
}

/* runtime.printfloat, step for step: its repeated division and rounding
** differ from correct rounding in the last digit at times, and print must
** show what Go shows. */
static void format_float(rt_Buf *b, double v) {
  if (v != v) { rt_buf_str(b, "NaN"); return; }
  if (v + v == v && v > 0) { rt_buf_str(b, "+Inf"); return; }
  if (v + v == v && v < 0) { rt_buf_str(b, "-Inf"); return; }

  enum { N = 7 }; /* digits printed */
  char buf[N + 7];
  buf[0] = '+';
  int e = 0;
  if (v == 0) {
    if (1 / v < 0) buf[0] = '-';
  } else {
    if (v < 0) {
      v = -v;
      buf[0] = '-';
    }
    while (v >= 10) { e++; v /= 10; }
    while (v < 1) { e--; v *= 10; }
    double h = 5.0;
    for (int i = 0; i < N; i++) h /= 10;
    v += h;
    if (v >= 10) { e++; v /= 10; }
  }
  for (int i = 0; i < N; i++) {
    int s = (int)v;
    buf[i + 2] = (char)(s + '0');
    v -= s;
    v *= 10;
  }
  buf[1] = buf[2];
  buf[2] = '.';
  buf[N + 2] = 'e';
  buf[N + 3] = '+';
  if (e < 0) {
    e = -e;
    buf[N + 3] = '-';
  }
  buf[N + 4] = (char)(e / 100 + '0');
  buf[N + 5] = (char)(e / 10 % 10 + '0');
  buf[N + 6] = (char)(e % 10 + '0');
  rt_buf_append(b, buf, sizeof buf);
}

void rt_print_format(rt_Buf *b, rt_PrintKind kind, const Word *v) {
  switch (kind) {
  case RP_BOOL: rt_buf_str(b, v[0].u ? "true" : "false"); break;
  case RP_INT: format_int(b, v[0].i); break;
  case RP_UINT: format_uint(b, v[0].u); break;
  case RP_FLOAT: format_float(b, v[0].f); break;
  case RP_COMPLEX: /* print("(", real, imag, "i)"): no space between parts */
    rt_buf_byte(b, '(');
    format_float(b, v[0].f);
    format_float(b, v[1].f);
    rt_buf_str(b, "i)");
    break;
  case RP_STRING: rt_buf_append(b, (const char *)v[0].cp, (size_t)v[1].i); break;
  case RP_POINTER: format_hex(b, v[0].u); break;
  case RP_SLICE: /* printslice */
    rt_buf_byte(b, '[');
    format_int(b, v[1].i);
    rt_buf_byte(b, '/');
    format_int(b, v[2].i);
    rt_buf_byte(b, ']');
    format_hex(b, v[0].u);
    break;
  case RP_IFACE: /* printeface / printiface */
    rt_buf_byte(b, '(');
    format_hex(b, v[0].u);
    rt_buf_byte(b, ',');
    format_hex(b, v[1].u);
    rt_buf_byte(b, ')');
    break;
  case RP_SPACE: rt_buf_byte(b, ' '); break;
  case RP_NEWLINE: rt_buf_byte(b, '\n'); break;
  }
}

void rt_print_value(VM *vm, rt_PrintKind kind, const Word *v) {
  if (kind == RP_STRING) { /* the common case needs no copy */
    vm_write(vm, VM_STDERR, (const char *)v[0].cp, (size_t)v[1].i);
    return;
  }
  /* Every other kind prints at most 61 bytes (a slice), so the buffer
  ** never has to grow off the C stack. */
  char small[64];
  rt_Buf b = {small, 0, sizeof small};
  rt_print_format(&b, kind, v);
  vm_write(vm, VM_STDERR, b.data, b.len);
}

/* The words an operand of [kind] takes (its register form). */
static int print_words(rt_PrintKind kind) {
  switch (kind) {
  case RP_STRING: case RP_COMPLEX: case RP_IFACE: return 2;
  case RP_SLICE: return 3;
  case RP_SPACE: case RP_NEWLINE: return 0;
  default: return 1;
  }
}

void rt_print_list(VM *vm, const Word *rec) {
  int64_t n = rec[0].i;
  bool ln = rec[1].i != 0;
  const Word *v = rec + 2 + n;
  for (int64_t i = 0; i < n; i++) {
    rt_PrintKind kind = (rt_PrintKind)rec[2 + i].i;
    if (ln && i > 0) rt_print_value(vm, RP_SPACE, NULL);
    rt_print_value(vm, kind, v);
    v += print_words(kind);
  }
  if (ln) rt_print_value(vm, RP_NEWLINE, NULL);
}
