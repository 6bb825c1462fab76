/*
** lib_errors.c — native error values: package errors (New), the error
** types package strconv returns (*strconv.NumError, ErrSyntax, ErrRange)
** and those of package os (*fs.PathError holding a syscall.Errno).
**
** DESIGN. Go's error is an interface with one method, Error() string. Types
** have no method tables yet, so a native error is an interface value whose
** dynamic type is one of the static RTypes below, and `natives` maps each
** such type to a C function that appends its Error() text. fmt asks
** rt_error_text before formatting any operand (Go's handleMethods), so
** fmt.Println(err) prints `strconv.Atoi: parsing "x": invalid syntax`.
** `err == nil` works as for any interface; two errors compare by dynamic
** type and pointer, as in Go.
**
** METHODS. errorString_ptr and numError_ptr carry an "Error" entry in
** their method tables (RType.methods, a native RMethod), so err.Error(),
** assertions to error and type switches on them work as for Go-defined
** types (runtime/iface.c). fmt still asks rt_error_text directly. The
** memory layouts are Go's (errorString {s string}, NumError {Func, Num
** string; Err error}), so a Go-side type assertion to *strconv.NumError
** would read the fields correctly once the checker and code generator
** share these RTypes.
**
** Invariants: error objects are gc_alloc'd with exact pointer masks, except
** ErrSyntax and ErrRange, which are immutable static objects (the collector
** ignores pointers outside its heap, as it does for string constants).
*/
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "../vm/call.h"
#include "lib.h"

static void errorString_Error_m(VM *vm, Word *args);
static void numError_Error_m(VM *vm, Word *args);
static void pathError_Error_m(VM *vm, Word *args);
static void wrapError_Error_m(VM *vm, Word *args);
static void numError_Unwrap_m(VM *vm, Word *args);
static void pathError_Unwrap_m(VM *vm, Word *args);
static void wrapError_Unwrap_m(VM *vm, Word *args);
/* method tables, sorted by name (runtime/iface.c) */
static const RMethod errorString_methods[] = {{"Error", -1, errorString_Error_m}};
static const RMethod numError_methods[] = {{"Error", -1, numError_Error_m},
                                           {"Unwrap", -1, numError_Unwrap_m}};
static const RMethod pathError_methods[] = {{"Error", -1, pathError_Error_m},
                                            {"Unwrap", -1, pathError_Unwrap_m}};
static const RMethod wrapError_methods[] = {{"Error", -1, wrapError_Error_m},
                                            {"Unwrap", -1, wrapError_Unwrap_m}};

/* errors.errorString {s string} and its pointer type. */
static const uint8_t mask_1[] = {0x01};
static const RField errorString_fields[] = {{"s", &rt_lib_string_type, 0, false}};
static const RType errorString_type = {
  .kind = RK_STRUCT, .named = true, .size = 16, .nwords = 2, .str = "errors.errorString",
  .fields = errorString_fields, .nfields = 1, .ptrmask = mask_1,
};
static const RType errorString_ptr = {
  .kind = RK_POINTER, .size = 8, .nwords = 1, .str = "*errors.errorString",
  .elem = &errorString_type, .ptrmask = mask_1, .methods = errorString_methods, .nmethods = 1,
};

/* The run-time errors panics carry (vm/panic.c): Go's runtime.Error
** values, so recover() gives something that is an error and a
** runtime.Error (methods Error and RuntimeError). Go has a type per
** family; each has its own RType here, named as Go names it (what %T
** prints), all with errorString's layout behind a pointer. */
static void runtimeError_Error_m(VM *vm, Word *args);
static void runtimeError_RuntimeError_m(VM *vm, Word *args) { (void)vm; (void)args; }
static const RMethod runtimeError_methods[] = {{"Error", -1, runtimeError_Error_m},
                                              {"RuntimeError", -1, runtimeError_RuntimeError_m}};
#define RUNTIME_ERROR_TYPE(name) {                                                \
    .kind = RK_POINTER, .size = 8, .nwords = 1, .str = name, .elem = &errorString_type, \
    .ptrmask = mask_1, .methods = runtimeError_methods, .nmethods = 2 }
static const RType runtimeError_types[] = {
  [RTE_ERRORSTRING] = RUNTIME_ERROR_TYPE("runtime.errorString"),
  [RTE_BOUNDS] = RUNTIME_ERROR_TYPE("runtime.boundsError"),
  [RTE_PLAIN] = RUNTIME_ERROR_TYPE("runtime.plainError"),
  [RTE_ASSERTION] = RUNTIME_ERROR_TYPE("*runtime.TypeAssertionError"),
};

static bool is_runtime_error(const RType *t) {
  return t >= runtimeError_types && t < runtimeError_types + sizeof runtimeError_types / sizeof *runtimeError_types;
}

/* The error interface, for NumError.Err. */
static const uint8_t mask_iface[] = {0x03};
static const RType error_type = {
  .kind = RK_INTERFACE, .named = true, .size = 16, .nwords = 2, .str = "error",
  .ptrmask = mask_iface,
};

/* strconv.NumError {Func string; Num string; Err error}: pointers in words
** 0 and 2 (string bytes) and 4, 5 (the interface's type and data). */
static const uint8_t mask_numError[] = {0x35};
static const RField numError_fields[] = {
  {"Func", &rt_lib_string_type, 0, false},
  {"Num", &rt_lib_string_type, 16, false},
  {"Err", &error_type, 32, false},
};
static const RType numError_type = {
  .kind = RK_STRUCT, .named = true, .size = 48, .nwords = 6, .str = "strconv.NumError",
  .fields = numError_fields, .nfields = 3, .ptrmask = mask_numError,
};
static const RType numError_ptr = {
  .kind = RK_POINTER, .size = 8, .nwords = 1, .str = "*strconv.NumError",
  .elem = &numError_type, .ptrmask = mask_1, .methods = numError_methods, .nmethods = 2,
};

typedef struct NumError { GoString func, num; GoIface err; } NumError;

/* fs.PathError {Op string; Path string; Err error}: NumError's layout. */
static const RField pathError_fields[] = {
  {"Op", &rt_lib_string_type, 0, false},
  {"Path", &rt_lib_string_type, 16, false},
  {"Err", &error_type, 32, false},
};
static const RType pathError_type = {
  .kind = RK_STRUCT, .named = true, .size = 48, .nwords = 6, .str = "fs.PathError",
  .fields = pathError_fields, .nfields = 3, .ptrmask = mask_numError,
};
static const RType pathError_ptr = {
  .kind = RK_POINTER, .size = 8, .nwords = 1, .str = "*fs.PathError",
  .elem = &pathError_type, .ptrmask = mask_1, .methods = pathError_methods, .nmethods = 2,
};

/* fmt.wrapError {msg string; err error}, what Errorf makes for %w; its
** Unwrap returns err. */
static const uint8_t mask_wrapError[] = {0x0D};
static const RField wrapError_fields[] = {
  {"msg", &rt_lib_string_type, 0, false},
  {"err", &error_type, 16, false},
};
static const RType wrapError_type = {
  .kind = RK_STRUCT, .named = true, .size = 32, .nwords = 4, .str = "fmt.wrapError",
  .fields = wrapError_fields, .nfields = 2, .ptrmask = mask_wrapError,
};
static const RType wrapError_ptr = {
  .kind = RK_POINTER, .size = 8, .nwords = 1, .str = "*fmt.wrapError",
  .elem = &wrapError_type, .ptrmask = mask_1, .methods = wrapError_methods, .nmethods = 2,
};
typedef struct WrapError { GoString msg; GoIface err; } WrapError;
typedef struct PathError { GoString op, path; GoIface err; } PathError;

/* syscall.Errno: the errno itself in the interface's data word. */
static const RType errno_type = {
  .kind = RK_UINTPTR, .named = true, .size = 8, .nwords = 1, .str = "syscall.Errno",
};

static void errorString_Error(const void *obj, rt_Buf *out) {
  const GoString *s = obj;
  rt_buf_append(out, (const char *)s->ptr, (size_t)s->len);
}

/* "strconv." + Func + ": parsing " + Quote(Num) + ": " + Err.Error() */
static void numError_Error(const void *obj, rt_Buf *out) {
  const NumError *e = obj;
  rt_buf_str(out, "strconv.");
  rt_buf_append(out, (const char *)e->func.ptr, (size_t)e->func.len);
  rt_buf_str(out, ": parsing ");
  rt_quote(out, e->num.ptr, (size_t)e->num.len, false);
  rt_buf_str(out, ": ");
  if (!e->err.type || !rt_error_text(e->err.type, e->err.data, out)) rt_buf_str(out, "<nil>");
}

/* Op + " " + Path + ": " + Err.Error() */
static void pathError_Error(const void *obj, rt_Buf *out) {
  const PathError *e = obj;
  rt_buf_append(out, (const char *)e->op.ptr, (size_t)e->op.len);
  rt_buf_byte(out, ' ');
  rt_buf_append(out, (const char *)e->path.ptr, (size_t)e->path.len);
  rt_buf_str(out, ": ");
  if (!e->err.type || !rt_error_text(e->err.type, e->err.data, out)) rt_buf_str(out, "<nil>");
}

/* Go's errno texts are the C library's messages with a lower-case first
** letter ("no such file or directory"); unknown numbers print as Go's
** "errno N". */
static void errno_Error(Word data, rt_Buf *out) {
  int n = (int)data.u;
  const char *m = data.u < 4096 ? strerror(n) : NULL;
  if (!m || strncmp(m, "Unknown error", 13) == 0) {
    rt_buf_printf(out, "errno %llu", (unsigned long long)data.u);
    return;
  }
  size_t start = out->len;
  rt_buf_str(out, m);
  if (out->len > start && out->data[start] >= 'A' && out->data[start] <= 'Z') out->data[start] += 'a' - 'A';
}

static const struct {
  const RType *type;
  void (*error)(const void *obj, rt_Buf *out);
} natives[] = {
  {&errorString_ptr, errorString_Error},
  {&numError_ptr, numError_Error},
  {&pathError_ptr, pathError_Error},
  {&wrapError_ptr, errorString_Error},  /* msg is the first field */
};

bool rt_error_text(const RType *t, Word data, rt_Buf *out) {
  if (t == &errno_type) {
    errno_Error(data, out);
    return true;
  }
  if (is_runtime_error(t)) {
    errorString_Error(data.p, out);
    return true;
  }
  for (size_t i = 0; i < sizeof natives / sizeof *natives; i++) {
    if (natives[i].type != t) continue;
    /* a nil *T receiver: Go's method would fault; fmt prints <nil> */
    if (!data.p) rt_buf_str(out, "<nil>");
    else natives[i].error(data.p, out);
    return true;
  }
  return false;
}

/* The Error methods as natives: receiver in args[0], the string result
** in args[0..1]. A nil receiver faults as Go's method would. */
static void error_method(VM *vm, Word *args, const RType *t) {
  if (!args[0].p) vm_panic_runtime(vm, "invalid memory address or nil pointer dereference");
  rt_Buf b = {0};
  rt_error_text(t, args[0], &b);
  lib_ret_str(args, lib_buf_string(vm, &b));
}
static void errorString_Error_m(VM *vm, Word *args) { error_method(vm, args, &errorString_ptr); }
static void numError_Error_m(VM *vm, Word *args) { error_method(vm, args, &numError_ptr); }
static void pathError_Error_m(VM *vm, Word *args) { error_method(vm, args, &pathError_ptr); }
static void wrapError_Error_m(VM *vm, Word *args) { error_method(vm, args, &wrapError_ptr); }
static void runtimeError_Error_m(VM *vm, Word *args) { error_method(vm, args, &runtimeError_types[0]); }

/* Unwrap of *NumError, *PathError and *fmt.wrapError: the error field at
** [offset]. */
static void unwrap_at(VM *vm, Word *args, size_t offset) {
  if (!args[0].p) vm_panic_runtime(vm, "invalid memory address or nil pointer dereference");
  const GoIface *err = (const GoIface *)((const char *)args[0].p + offset);
  lib_ret_iface(args, *err);
}
static void numError_Unwrap_m(VM *vm, Word *args) { unwrap_at(vm, args, offsetof(NumError, err)); }
static void pathError_Unwrap_m(VM *vm, Word *args) { unwrap_at(vm, args, offsetof(PathError, err)); }
static void wrapError_Unwrap_m(VM *vm, Word *args) { unwrap_at(vm, args, offsetof(WrapError, err)); }

GoIface rt_wrap_error(VM *vm, GoString msg, GoIface err) {
  WrapError *e = gc_alloc(vm, &wrapError_type, sizeof *e);
  e->msg = msg;
  e->err = err;
  return (GoIface){&wrapError_ptr, {.p = e}};
}

GoIface rt_error_new(VM *vm, GoString text) {
  GoString *obj = gc_alloc(vm, &errorString_type, sizeof *obj);
  *obj = text;
  return (GoIface){&errorString_ptr, {.p = obj}};
}

GoIface rt_runtime_error(VM *vm, RtErrorKind kind, const char *text, size_t len) {
  GoString s = lib_string_copy(vm, (const uint8_t *)text, (int64_t)len);
  GoString *obj = gc_alloc(vm, &errorString_type, sizeof *obj);
  *obj = s;
  return (GoIface){&runtimeError_types[kind], {.p = obj}};
}

GoIface rt_error_newf(VM *vm, const char *fmt, ...) {
  rt_Buf b = {0};
  va_list ap;
  va_start(ap, fmt);
  rt_buf_vprintf(&b, fmt, ap);
  va_end(ap);
  return rt_error_new(vm, lib_buf_string(vm, &b));
}

static const GoString syntax_text = {(const uint8_t *)"invalid syntax", 14};
static const GoString range_text = {(const uint8_t *)"value out of range", 18};

GoIface rt_error_static(const GoString *text) { return (GoIface){&errorString_ptr, {.cp = text}}; }

GoIface rt_err_syntax(void) { return (GoIface){&errorString_ptr, {.cp = &syntax_text}}; }
GoIface rt_err_range(void) { return (GoIface){&errorString_ptr, {.cp = &range_text}}; }

GoIface rt_num_error(VM *vm, const char *fn, GoString num, GoIface err) {
  GoString clone = lib_string_copy(vm, num.ptr, num.len);
  NumError *e = gc_alloc(vm, &numError_type, sizeof *e);
  e->func = (GoString){(const uint8_t *)fn, (int64_t)strlen(fn)};
  e->num = clone;
  e->err = err;
  return (GoIface){&numError_ptr, {.p = e}};
}

GoIface rt_path_error(VM *vm, const char *op, GoString path, int err) {
  GoString clone = lib_string_copy(vm, path.ptr, path.len);
  PathError *e = gc_alloc(vm, &pathError_type, sizeof *e);
  e->op = (GoString){(const uint8_t *)op, (int64_t)strlen(op)};
  e->path = clone;
  e->err = (GoIface){&errno_type, {.u = (uint64_t)err}};
  return (GoIface){&pathError_ptr, {.p = e}};
}

/* func New(text string) error */
void rt_errors_New(VM *vm, Word *args) { lib_ret_iface(args, rt_error_new(vm, lib_str(args))); }

/* var ErrSyntax, ErrRange error (package strconv) */
void rt_strconv_ErrSyntax(VM *vm, Word *slot) {
  (void)vm;
  GoIface e = rt_err_syntax();
  slot[0].cp = e.type;
  slot[1] = e.data;
}

void rt_strconv_ErrRange(VM *vm, Word *slot) {
  (void)vm;
  GoIface e = rt_err_range();
  slot[0].cp = e.type;
  slot[1] = e.data;
}

/* {==================================================================
** errors.Is, As, Unwrap (Go 1.19's wrap.go): they call the chain's
** Unwrap, Is and As methods, Go code run through vm/call.h. The error
** being examined is kept in the native's own err argument words (the
** caller's frame: a root, and moved with the stack), since an Unwrap may
** return a fresh object that only a C local would hold otherwise.
** =================================================================== */

static GoIface arg_iface(const Word *a) { return (GoIface){a[0].cp, a[1]}; }

/* err.(interface{ Unwrap() error }).Unwrap(), or nil. */
static GoIface unwrap(VM *vm, GoIface err) {
  const RMethod *m = err.type ? rt_method_find(err.type, "Unwrap") : NULL;
  if (!m) return (GoIface){0};
  Word res[2];
  rt_call_method(vm, m, err.data, NULL, 0, res, 2, NULL);
  return arg_iface(res);
}

/* The next error of the chain into args[0..1]; false at its end. */
static bool next_in_chain(VM *vm, rt_StackRef ref) {
  GoIface err = unwrap(vm, arg_iface(rt_stack_ptr(vm, ref)));
  lib_ret_iface(rt_stack_ptr(vm, ref), err);
  return err.type != NULL;
}

/* Calls err's method [name] (Is or As) with the interface [arg]. */
static bool call_bool_method(VM *vm, GoIface err, const char *name, GoIface arg) {
  const RMethod *m = rt_method_find(err.type, name);
  if (!m) return false;
  Word in[2] = {{.cp = arg.type}, arg.data}, out[1];
  rt_call_method(vm, m, err.data, in, 2, out, 1, NULL);
  return out[0].u != 0;
}

/* func Unwrap(err error) error */
void rt_errors_Unwrap(VM *vm, Word *args) {
  rt_StackRef ref = rt_stack_ref(vm, args);
  GoIface err = unwrap(vm, arg_iface(args));
  lib_ret_iface(rt_stack_ptr(vm, ref), err);
}

/* func Is(err, target error) bool */
void rt_errors_Is(VM *vm, Word *args) {
  rt_StackRef ref = rt_stack_ref(vm, args);
  GoIface target = arg_iface(args + 2);
  bool found;
  if (!target.type) {
    found = args[0].cp == NULL;
  } else {
    bool comparable = rt_type_comparable(target.type);
    for (;;) {
      GoIface err = arg_iface(rt_stack_ptr(vm, ref));
      if ((comparable && rt_iface_equal(vm, &err, &target)) ||
          call_bool_method(vm, err, "Is", target)) {
        found = true;
        break;
      }
      if (!next_in_chain(vm, ref)) {
        found = false;
        break;
      }
    }
  }
  rt_stack_ptr(vm, ref)[0].u = found;
}


/* func As(err error, target any) bool */
void rt_errors_As(VM *vm, Word *args) {
  rt_StackRef ref = rt_stack_ref(vm, args);
  GoIface target = arg_iface(args + 2);
  if (!target.type) lib_panic_string(vm, "errors: target cannot be nil");
  if (target.type->kind != RK_POINTER || !target.data.p)
    lib_panic_string(vm, "errors: target must be a non-nil pointer");
  const RType *tt = target.type->elem;
  if (tt->kind != RK_INTERFACE && !rt_method_find(tt, "Error"))
    lib_panic_string(vm, "errors: *target must be interface or implement error");
  bool found = false;
  for (GoIface err = arg_iface(args); err.type; err = arg_iface(rt_stack_ptr(vm, ref))) {
    bool assignable = tt->kind == RK_INTERFACE ? rt_iface_missing(err.type, tt) == NULL
                                               : err.type == tt;
    if (assignable) {
      /* *target = err (the target is heap memory: barriered) */
      uint64_t tmp[2];
      const void *src = tt->kind == RK_INTERFACE ? (const void *)&err : rt_iface_mem(&err, tmp);
      gc_typed_memmove(&vm->heap, tt, target.data.p, src, (size_t)tt->size);
      found = true;
      break;
    }
    if (call_bool_method(vm, err, "As", target)) {
      found = true;
      break;
    }
    if (!next_in_chain(vm, ref)) break;
  }
  rt_stack_ptr(vm, ref)[0].u = found;
}

/* }================================================================== */
