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
** never care which native type they hold. A Go-defined Write method needs
** the interpreter to call back into Go code; until the VM offers that
** call, such a writer ends the run with a clear fatal error (never a
** crash).
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
  vm_panic_value(vm, (GoIface){&rt_lib_string_type, {.p = box}});
}

void lib_set_slice(VM *vm, GoSlice *dst, GoSlice v) {
  gc_write_ptr(&vm->heap, &dst->ptr, v.ptr);
  dst->len = v.len;
  dst->cap = v.cap;
}

void lib_set_iface(VM *vm, GoIface *dst, GoIface v) {
  gc_write_ptr(&vm->heap, (void **)&dst->type, (void *)v.type);
  gc_write_ptr(&vm->heap, &dst->data.p, v.data.p);
}

/* The method [name] of the dynamic type of [v]: a C function, or a fatal
** error for a Go-defined method (see the header) or a nil interface (Go's
** nil dereference panic). */
static rt_NativeFn method_of(VM *vm, GoIface v, const char *name) {
  if (!v.type) vm_panic_runtime(vm, "invalid memory address or nil pointer dereference\n"
                                    "[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x0]");
  const RMethod *m = rt_method_find(v.type, name);
  if (!m) vm_fatal(vm, "%s has no method %s", v.type->str ? v.type->str : "?", name);
  if (!m->native)
    vm_fatal(vm, "calling the Go method %s.%s from the standard library is not supported yet",
             v.type->str ? v.type->str : "?", name);
  return m->native;
}

void lib_io_check(VM *vm, GoIface v, const char *name) { (void)method_of(vm, v, name); }

/* Calls the native [fn] as x.M(p []byte) (n int, err error). */
static int64_t call_rw(VM *vm, rt_NativeFn fn, Word recv, uint8_t *p, int64_t n, GoIface *err) {
  Word a[4] = {recv, {.p = p}, {.i = n}, {.i = n}};
  fn(vm, a);
  *err = (GoIface){a[1].cp, a[2]};
  int64_t got = a[0].i;
  return got < 0 ? 0 : got > n ? n : got;
}

int64_t lib_io_write(VM *vm, GoIface w, const uint8_t *p, int64_t n, GoIface *err) {
  rt_NativeFn fn = method_of(vm, w, "Write");
  int64_t m = call_rw(vm, fn, w.data, (uint8_t *)p, n, err);
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
  int64_t n = lib_io_write(vm, w, s.ptr, s.len, &err);
  a[0].i = n;
  lib_ret_iface(a + 1, err);
}

/* func ReadAll(r Reader) ([]byte, error): Go 1.19's loop, starting at 512
** bytes and growing by append's rule, so cap() matches. EOF is success. */
void rt_io_ReadAll(VM *vm, Word *a) {
  GoIface r = {a[0].cp, a[1]};
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
  lib_ret_slice(a, b);
  lib_ret_iface(a + 3, err);
}

/* func Copy(dst Writer, src Reader) (written int64, err error): through a
** 32 KB buffer, as Go's copyBuffer when neither side has WriteTo/ReadFrom. */
void rt_io_Copy(VM *vm, Word *a) {
  GoIface dst = {a[0].cp, a[1]}, src = {a[2].cp, a[3]};
  enum { CHUNK = 32 * 1024 };
  GoSlice buf = rt_makeslice(vm, &rt_lib_byte_type, CHUNK, CHUNK);
  int64_t written = 0;
  GoIface err = {NULL, {0}};
  for (;;) {
    GoIface rerr;
    int64_t n = lib_io_read(vm, src, buf.ptr, CHUNK, &rerr);
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
  a[0].i = written;
  lib_ret_iface(a + 1, err);
}
