/*
** lib_io.c — package io (Writer, Reader, EOF, WriteString, ReadAll, Copy)
** and the two calls every writer and reader of the native library goes
** through: lib_io_write (w.Write(p)) and lib_io_read (r.Read(p)).
**
** DISPATCH. An io.Writer is an interface value {type, data}. The writer's
** Write method is found in the dynamic type's method table (RType.methods,
** filled by codegen_iface.c), as CALLI finds it. A native type's method
** (*os.File, *bytes.Buffer, *strings.Builder, *bufio.Writer: stdlib.def)
** is a C function called with the native calling convention: receiver in
** args[0], then the []byte, results (n int, err error) from args[0]. So
** fmt.Fprintf(&buf, ...), bufio.NewWriter(os.Stdout) and io.Copy(w, r)
** never care which native type they hold. A Go-defined Write or Read
** method runs through rt_call_method (vm/call.h): while it runs the
** goroutine's stack may move and the collector may run, so a native that
** may reach one re-reads its argument registers through an rt_StackRef
** afterwards and keeps every heap pointer it still needs reachable from
** those registers or from a heap object they reach.
**
** The []byte handed to a native Write may be C memory (fmt's rt_Buf):
** natives only copy out of it and never keep it, so it need not be a Go
** object. A native Read writes into the caller's buffer the same way.
**
** ERRORS. io.EOF and io.ErrUnexpectedEOF are immutable static
** *errors.errorString objects (lib_errors.c), one per process, so
** `err == io.EOF` holds for every native that returns them.
**
** Invariants: a Write that returns n < len(p) returns an error (Go's
** io.ErrShortWrite is reported for a writer that broke that rule); Read
** results are clamped to [0, len(p)].
*/
#include <string.h>

#include "lib.h"
#include "../vm/call.h"

static const GoString eof_text = {(const uint8_t *)"EOF", 3};
static const GoString unexpected_eof_text = {(const uint8_t *)"unexpected EOF", 14};
static const GoString short_write_text = {(const uint8_t *)"short write", 11};

GoIface lib_io_eof(void) { return rt_error_static(&eof_text); }
GoIface lib_io_unexpected_eof(void) { return rt_error_static(&unexpected_eof_text); }

bool lib_is_eof(GoIface err) { return err.type && err.data.cp == &eof_text; }

_Noreturn void lib_panic_string(VM *vm, const char *msg) {
  size_t n = strlen(msg);
  GoString *box = gc_alloc(vm, &rt_lib_string_type, sizeof *box);
  *box = lib_string_copy(vm, (const uint8_t *)msg, (int64_t)n);
  vm_panic_value(vm, (GoIface){rt_program_type(vm, &rt_lib_string_type), {.p = box}});
}

_Noreturn void rt_panic_plain(VM *vm, const char *msg) { lib_panic_string(vm, msg); }

void lib_set_slice(VM *vm, GoSlice *dst, GoSlice v) {
  gc_write_ptr(&vm->heap, &dst->ptr, v.ptr);
  dst->len = v.len;
  dst->cap = v.cap;
}

void lib_set_iface(VM *vm, GoIface *dst, GoIface v) {
  gc_write_ptr(&vm->heap, (void **)&dst->type, (void *)v.type);
  gc_write_ptr(&vm->heap, &dst->data.p, v.data.p);
}

/* The method [name] of the dynamic type of [v]; a nil interface faults
** as Go's call would (nil dereference). */
static const RMethod *method_of(VM *vm, GoIface v, const char *name) {
  if (!v.type) lib_nil_deref(vm);
  const RMethod *m = rt_method_find(v.type, name);
  if (!m) vm_fatal(vm, "%s has no method %s (vm bug)", v.type->str ? v.type->str : "?", name);
  return m;
}

void lib_io_check(VM *vm, GoIface v, const char *name) { (void)method_of(vm, v, name); }

bool lib_io_is_go(VM *vm, GoIface v, const char *name) { return !method_of(vm, v, name)->native; }

/* x.M(p []byte) (n int, err error) for the method [m]: a native runs in
** C; a Go method through rt_call_method (a panic in it goes on in the
** native's caller). */
static int64_t call_rw(VM *vm, const RMethod *m, Word recv, uint8_t *p, int64_t n, GoIface *err) {
  Word in[3] = {{.p = p}, {.i = n}, {.i = n}}, res[3];
  rt_call_method(vm, m, recv, in, 3, res, 3, NULL);
  *err = (GoIface){res[1].cp, res[2]};
  int64_t got = res[0].i;
  return got < 0 ? 0 : got > n ? n : got;
}

int64_t lib_io_write(VM *vm, GoIface w, const uint8_t *p, int64_t n, GoIface *err) {
  int64_t m = call_rw(vm, method_of(vm, w, "Write"), w.data, (uint8_t *)p, n, err);
  if (m < n && !err->type) *err = rt_error_static(&short_write_text);
  return m;
}

int64_t lib_io_read(VM *vm, GoIface r, uint8_t *p, int64_t n, GoIface *err) {
  return call_rw(vm, method_of(vm, r, "Read"), r.data, p, n, err);
}

/* var EOF, ErrUnexpectedEOF error */
void rt_io_EOF(VM *vm, Word *slot) {
  (void)vm;
  lib_ret_iface(slot, lib_io_eof());
}
void rt_io_ErrUnexpectedEOF(VM *vm, Word *slot) {
  (void)vm;
  lib_ret_iface(slot, lib_io_unexpected_eof());
}

/* func WriteString(w Writer, s string) (n int, err error): Go calls the
** writer's WriteString when it has one; for the native writers that is
** the same as Write. */
void rt_io_WriteString(VM *vm, Word *a) {
  GoIface w = {a[0].cp, a[1]};
  GoString s = lib_str(a + 2);
  GoIface err;
  rt_StackRef ref = rt_stack_ref(vm, a);   /* a Go Write may move the stack */
  int64_t n = lib_io_write(vm, w, s.ptr, s.len, &err);
  a = rt_stack_ptr(vm, ref);
  a[0].i = n;
  lib_ret_iface(a + 1, err);
}

/* func ReadAll(r Reader) ([]byte, error): Go 1.19's loop, starting at 512
** bytes and growing by append's rule, so cap() matches. EOF is success. */
void rt_io_ReadAll(VM *vm, Word *a) {
  GoIface r = {a[0].cp, a[1]};
  rt_StackRef ref = rt_stack_ref(vm, a);
  /* b is held only here between reads; each Go Read gets b[len:cap] as its
  ** argument, which keeps the array alive while a collection may run */
  GoSlice b = rt_makeslice(vm, &rt_lib_byte_type, 0, 512);
  GoIface err = {NULL, {0}};
  for (;;) {
    if (b.len == b.cap) {
      uint8_t zero = 0;
      GoSlice g = rt_slice_append(vm, &rt_lib_byte_type, b, &zero, 1);
      b = (GoSlice){g.ptr, b.len, g.cap};
    }
    int64_t n = lib_io_read(vm, r, (uint8_t *)b.ptr + b.len, b.cap - b.len, &err);
    b.len += n;
    if (err.type) {
      if (lib_is_eof(err)) err = (GoIface){NULL, {0}};
      break;
    }
  }
  a = rt_stack_ptr(vm, ref);
  lib_ret_slice(a, b);
  lib_ret_iface(a + 3, err);
}

/* func Copy(dst Writer, src Reader) (written int64, err error): through a
** 32 KB buffer, as Go's copyBuffer when neither side has WriteTo/ReadFrom. */
void rt_io_Copy(VM *vm, Word *a) {
  GoIface dst = {a[0].cp, a[1]}, src = {a[2].cp, a[3]};
  rt_StackRef ref = rt_stack_ref(vm, a);
  enum { CHUNK = 32 * 1024 };
  GoSlice buf = rt_makeslice(vm, &rt_lib_byte_type, CHUNK, CHUNK);
  int64_t written = 0;
  GoIface err = {NULL, {0}};
  for (;;) {
    GoIface rerr;
    int64_t n = lib_io_read(vm, src, buf.ptr, CHUNK, &rerr);
    if (rerr.type) {
      /* the last read: src's argument words keep its error alive (a root)
      ** while a Go Write runs, since nothing reads src again */
      lib_ret_iface(rt_stack_ptr(vm, ref) + 2, rerr);
    }
    if (n > 0) {
      GoIface werr;
      int64_t m = lib_io_write(vm, dst, buf.ptr, n, &werr);
      written += m;
      if (werr.type) {
        err = werr;
        break;
      }
    }
    if (rerr.type) {
      if (!lib_is_eof(rerr)) err = rerr;
      break;
    }
  }
  a = rt_stack_ptr(vm, ref);
  a[0].i = written;
  lib_ret_iface(a + 1, err);
}
