/*
** fmtlib.c — the natives of package fmt (stdlib.def): Print, Println,
** Printf write the formatted text to the program's stdout through vm_write;
** Sprint, Sprintln, Sprintf return it as a new heap string; Fprint,
** Fprintln, Fprintf hand it to the io.Writer's Write method in one call
** (lib_io_write), as Go's fmt does, and return what Write returned.
**
** Calling convention (stdlib.def): args[] holds the parameters in register
** form — a format string is 2 words, `a ...any` a 3-word slice of 2-word
** interfaces — and the results are written from args[0] on once the
** parameters have been read. Print* return (n int, err error): n is the
** byte count and err is always nil, since vm_write cannot fail from the
** program's point of view.
**
** The text is built in a malloc'd rt_Buf first (fmt.c), so the formatter
** never sees a half-written Go object and nothing on the Go heap is made
** for Print*.
*/
#include <stdlib.h>
#include <string.h>

#include "lib.h"
#include "../vm/call.h"

static const GoIface *operands(const Word *slice, int64_t *n) {
  *n = slice[1].i;
  return slice[0].cp;
}

/* The Print* results: n, and a nil error interface. */
static void write_out(VM *vm, Word *args, rt_Buf *b) {
  vm_write(vm, VM_STDOUT, b->data, b->len);
  args[0].i = (int64_t)b->len;
  args[1].p = NULL;
  args[2].p = NULL;
  free(b->data);
}

/* The Sprint* result: a noscan heap copy of the text. If gc_alloc ends the
** run (out of memory), the malloc'd text leaks on that fatal path only. */
static void return_string(VM *vm, Word *args, rt_Buf *b) {
  uint8_t *p = NULL;
  if (b->len) {
    p = gc_alloc(vm, NULL, b->len);
    memcpy(p, b->data, b->len);
  }
  free(b->data);
  args[0].p = p;
  args[1].i = (int64_t)b->len;
}

void rt_fmt_Print(VM *vm, Word *args) {
  int64_t n;
  const GoIface *a = operands(args, &n);
  rt_Buf b = {0};
  rt_fmt_sprint(vm, &b, a, n, false);
  write_out(vm, args, &b);
}

void rt_fmt_Println(VM *vm, Word *args) {
  int64_t n;
  const GoIface *a = operands(args, &n);
  rt_Buf b = {0};
  rt_fmt_sprint(vm, &b, a, n, true);
  write_out(vm, args, &b);
}

void rt_fmt_Printf(VM *vm, Word *args) {
  GoString format = {args[0].cp, args[1].i};
  int64_t n;
  const GoIface *a = operands(args + 2, &n);
  rt_Buf b = {0};
  rt_fmt_sprintf(vm, &b, format, a, n);
  write_out(vm, args, &b);
}

void rt_fmt_Sprint(VM *vm, Word *args) {
  int64_t n;
  const GoIface *a = operands(args, &n);
  rt_Buf b = {0};
  rt_fmt_sprint(vm, &b, a, n, false);
  return_string(vm, args, &b);
}

void rt_fmt_Sprintln(VM *vm, Word *args) {
  int64_t n;
  const GoIface *a = operands(args, &n);
  rt_Buf b = {0};
  rt_fmt_sprint(vm, &b, a, n, true);
  return_string(vm, args, &b);
}

void rt_fmt_Sprintf(VM *vm, Word *args) {
  GoString format = {args[0].cp, args[1].i};
  int64_t n;
  const GoIface *a = operands(args + 2, &n);
  rt_Buf b = {0};
  rt_fmt_sprintf(vm, &b, format, a, n);
  return_string(vm, args, &b);
}

/* The Fprint* results: what w.Write returned for the whole text. */
/* A Go-defined Write gets the text as a heap string (nothing of C's is
** held while Go code runs, and its argument keeps the bytes alive); it may
** move the stack, so args is found again afterwards. */
static void write_to(VM *vm, Word *args, GoIface w, rt_Buf *b) {
  rt_StackRef ref = rt_stack_ref(vm, args);
  GoIface err;
  int64_t n;
  if (lib_io_is_go(vm, w, "Write")) {
    GoString text = lib_buf_string(vm, b);
    n = lib_io_write(vm, w, text.ptr, text.len, &err);
  } else {
    n = lib_io_write(vm, w, (const uint8_t *)b->data, (int64_t)b->len, &err);
    free(b->data);
  }
  args = rt_stack_ptr(vm, ref);
  args[0].i = n;
  lib_ret_iface(args + 1, err);
}

void rt_fmt_Fprint(VM *vm, Word *args) {
  GoIface w = {args[0].cp, args[1]};
  lib_io_check(vm, w, "Write");
  int64_t n;
  const GoIface *a = operands(args + 2, &n);
  rt_Buf b = {0};
  rt_fmt_sprint(vm, &b, a, n, false);
  write_to(vm, args, w, &b);
}

void rt_fmt_Fprintln(VM *vm, Word *args) {
  GoIface w = {args[0].cp, args[1]};
  lib_io_check(vm, w, "Write");
  int64_t n;
  const GoIface *a = operands(args + 2, &n);
  rt_Buf b = {0};
  rt_fmt_sprint(vm, &b, a, n, true);
  write_to(vm, args, w, &b);
}

void rt_fmt_Fprintf(VM *vm, Word *args) {
  GoIface w = {args[0].cp, args[1]};
  lib_io_check(vm, w, "Write");
  GoString format = {args[2].cp, args[3].i};
  int64_t n;
  const GoIface *a = operands(args + 4, &n);
  rt_Buf b = {0};
  rt_fmt_sprintf(vm, &b, format, a, n);
  write_to(vm, args, w, &b);
}
