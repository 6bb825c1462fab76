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
** for Print*. The formatter may call Go methods (String, Error), which may
** move the stack: operands and format are copied out of it first, and the
** results are written through an rt_StackRef (vm/call.h).
*/
#include <stdlib.h>
#include <string.h>

#include "../vm/call.h"
#include "lib.h"
#include "runtime.h"

/* The operands, copied out of the stack: the array of a `...any` slice
** usually lives in the caller's frame, and a String method that fmt calls
** may move the stack. The copies hold the same heap pointers as the
** originals, which stay in the frame and keep them alive. Free with
** free_operands. */
typedef struct Operands {
  GoIface *a;
  int64_t n;
  GoIface small[8];
} Operands;

static const GoIface *operands(const Word *slice, Operands *o) {
  o->n = slice[1].i;
  o->a = o->n <= 8 ? o->small : malloc((size_t)o->n * sizeof(GoIface));
  if (!o->a) { o->a = o->small; o->n = 0; }
  if (o->n) memcpy(o->a, slice[0].cp, (size_t)o->n * sizeof(GoIface));
  return o->a;
}

static void free_operands(Operands *o) {
  if (o->a != o->small) free(o->a);
}

/* The format, copied to C memory for the same reason (a string converted
** from bytes may sit in a frame buffer). */
static GoString format_copy(const Word *w, rt_Buf *keep) {
  rt_buf_append(keep, w[0].cp, (size_t)w[1].i);
  return (GoString){(const uint8_t *)keep->data, w[1].i};
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

/* The text of Print/Sprint/Fprint (and their ln forms) of the `...any`
** slice at [ops]. */
static void sprint_operands(VM *vm, const Word *ops, bool ln, rt_Buf *b) {
  Operands o;
  const GoIface *a = operands(ops, &o);
  rt_fmt_sprint(vm, b, a, o.n, ln);
  free_operands(&o);
}

/* The text of the *printf forms: the format string at [fmtw], its
** operands after it. With [wrapped], Errorf's: the operand %w wrapped. */
static void sprintf_operands(VM *vm, const Word *fmtw, rt_Buf *b, GoIface *wrapped) {
  rt_Buf keep = {0};
  GoString format = format_copy(fmtw, &keep);
  Operands o;
  const GoIface *a = operands(fmtw + 2, &o);
  if (wrapped) *wrapped = rt_fmt_errorf(vm, b, format, a, o.n);
  else rt_fmt_sprintf(vm, b, format, a, o.n);
  free_operands(&o);
  rt_buf_free(&keep);
}

static void print(VM *vm, Word *args, bool ln) {
  rt_StackRef ref = rt_stack_ref(vm, args);
  rt_Buf b = {0};
  sprint_operands(vm, args, ln, &b);
  write_out(vm, rt_stack_ptr(vm, ref), &b);
}

static void sprint(VM *vm, Word *args, bool ln) {
  rt_StackRef ref = rt_stack_ref(vm, args);
  rt_Buf b = {0};
  sprint_operands(vm, args, ln, &b);
  return_string(vm, rt_stack_ptr(vm, ref), &b);
}

void rt_fmt_Print(VM *vm, Word *args) { print(vm, args, false); }
void rt_fmt_Println(VM *vm, Word *args) { print(vm, args, true); }
void rt_fmt_Sprint(VM *vm, Word *args) { sprint(vm, args, false); }
void rt_fmt_Sprintln(VM *vm, Word *args) { sprint(vm, args, true); }

void rt_fmt_Printf(VM *vm, Word *args) {
  rt_StackRef ref = rt_stack_ref(vm, args);
  rt_Buf b = {0};
  sprintf_operands(vm, args, &b, NULL);
  write_out(vm, rt_stack_ptr(vm, ref), &b);
}

void rt_fmt_Sprintf(VM *vm, Word *args) {
  rt_StackRef ref = rt_stack_ref(vm, args);
  rt_Buf b = {0};
  sprintf_operands(vm, args, &b, NULL);
  return_string(vm, rt_stack_ptr(vm, ref), &b);
}

/* func Errorf(format string, a ...any) error: a *fmt.wrapError when a %w
** wrapped an operand, else an *errors.errorString. */
void rt_fmt_Errorf(VM *vm, Word *args) {
  rt_StackRef ref = rt_stack_ref(vm, args);
  rt_Buf b = {0};
  GoIface wrapped;
  sprintf_operands(vm, args, &b, &wrapped);
  GoString msg = lib_buf_string(vm, &b);
  GoIface err = wrapped.type ? rt_wrap_error(vm, msg, wrapped) : rt_error_new(vm, msg);
  lib_ret_iface(rt_stack_ptr(vm, ref), err);
}

/* The Fprint* results: what w.Write returned for the whole text. A
** Go-defined Write gets the text as a heap string (nothing of C's is held
** while Go code runs, and its argument keeps the bytes alive); it may move
** the stack, so the results go through [ref]. */
static void write_to(VM *vm, rt_StackRef ref, GoIface w, rt_Buf *b) {
  GoIface err;
  int64_t n;
  if (lib_io_is_go(vm, w, "Write")) {
    GoString text = lib_buf_string(vm, b);
    n = lib_io_write(vm, w, text.ptr, text.len, &err);
  } else {
    n = lib_io_write(vm, w, (const uint8_t *)b->data, (int64_t)b->len, &err);
    free(b->data);
  }
  Word *args = rt_stack_ptr(vm, ref);
  args[0].i = n;
  lib_ret_iface(args + 1, err);
}

/* Fprint and Fprintln: the writer in args[0..1], the operands after. */
static void fprint(VM *vm, Word *args, bool ln) {
  rt_StackRef ref = rt_stack_ref(vm, args);
  GoIface w = {args[0].cp, args[1]};
  lib_io_check(vm, w, "Write");
  rt_Buf b = {0};
  sprint_operands(vm, args + 2, ln, &b);
  write_to(vm, ref, w, &b);
}

void rt_fmt_Fprint(VM *vm, Word *args) { fprint(vm, args, false); }
void rt_fmt_Fprintln(VM *vm, Word *args) { fprint(vm, args, true); }

void rt_fmt_Fprintf(VM *vm, Word *args) {
  rt_StackRef ref = rt_stack_ref(vm, args);
  GoIface w = {args[0].cp, args[1]};
  lib_io_check(vm, w, "Write");
  rt_Buf b = {0};
  sprintf_operands(vm, args + 2, &b, NULL);
  write_to(vm, ref, w, &b);
}
