/*
** runtime.h — what the runtime layer offers the interpreter: the native
** standard library (stdlib.def), string operations, and the print/println
** builtins. Functions here run on the interpreter thread with the VM passed
** explicitly; they allocate through gc_alloc and report faults with
** vm_panic_runtime.
*/
#ifndef RUNTIME_H
#define RUNTIME_H

#include <stdarg.h>
#include <stdint.h>

#include "../vm/value.h"
#include "../vm/vm.h"

typedef void (*rt_NativeFn)(VM *vm, Word *args);
typedef void (*rt_VarInitFn)(VM *vm, Word *slot);

typedef struct rt_NativeInfo {
  const char *pkg, *name, *signature;
  rt_NativeFn fn;
} rt_NativeInfo;

typedef struct rt_VarInfo {
  const char *pkg, *name, *type;
  rt_VarInitFn init;
} rt_VarInfo;

/* The tables generated from stdlib.def (runtime/stdlib.c), immutable. */
extern const rt_NativeInfo rt_natives[];
extern const int rt_nnatives;
extern const rt_VarInfo rt_vars[];
extern const int rt_nvars;

#define X(pkg, name, sig, fn) void fn(VM *vm, Word *args);
#include "stdlib.def"
STDLIB_FUNCS(X)
#undef X
#define X(pkg, name, type, fn) void fn(VM *vm, Word *slot);
STDLIB_VARS(X)
#undef X

/* Strings (runtime/string.c). Results are fresh heap strings unless noted. */
GoString rt_string_concat(VM *vm, GoString a, GoString b);
int rt_string_compare(GoString a, GoString b);           /* <0, 0, >0 */
bool rt_string_equal(GoString a, GoString b);
GoString rt_string_from_rune(VM *vm, int64_t r);          /* string(rune) */
/* Decodes the rune at s[i] (for range over strings): returns the rune
** (0xFFFD on invalid UTF-8) and sets *width (>= 1). */
int32_t rt_decode_rune(GoString s, int64_t i, int *width);

/* Text buffers (runtime/buf.c). */
typedef struct rt_Buf { char *data; size_t len, cap; } rt_Buf;
void rt_buf_reserve(rt_Buf *b, size_t n);   /* room for n more bytes */
void rt_buf_append(rt_Buf *b, const char *s, size_t n);
void rt_buf_vprintf(rt_Buf *b, const char *fmt, va_list ap);
void rt_buf_printf(rt_Buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void rt_buf_free(rt_Buf *b);
static inline void rt_buf_byte(rt_Buf *b, char c) {
  if (b->len == b->cap) rt_buf_reserve(b, 1);
  b->data[b->len++] = c;
}
static inline void rt_buf_str(rt_Buf *b, const char *s) {
  size_t n = 0;
  while (s[n]) n++;
  rt_buf_append(b, s, n);
}

/* The print and println builtins write to stderr, as Go's do, with Go's
** formats (floats as +1.500000e+000, pointers in hex). */
typedef enum rt_PrintKind {
  RP_BOOL, RP_INT, RP_UINT, RP_FLOAT, RP_STRING, RP_POINTER, RP_COMPLEX,
  RP_SPACE, RP_NEWLINE
} rt_PrintKind;
void rt_print_value(VM *vm, rt_PrintKind kind, const Word *v);
/* The same text, appended to [b] (panic reports print values this way). */
void rt_print_format(rt_Buf *b, rt_PrintKind kind, const Word *v);

/* fmt's engine (runtime/fmt.c): formats like fmt.Sprintf into a growing
** buffer; [args] are interface values. */
void rt_fmt_sprintf(VM *vm, rt_Buf *out, GoString format, const GoIface *args, int64_t nargs);
void rt_fmt_sprint(VM *vm, rt_Buf *out, const GoIface *args, int64_t nargs, bool ln);

#endif /* RUNTIME_H */
