/*
** lib.h — what the standard-library natives (runtime/lib_*.c) share: reading
** parameters from and writing results to the argument registers, making
** heap strings and slices, the byte-sequence algorithms that serve both
** package strings and package bytes, and the native error values.
**
** Calling convention (stdlib.def): a string is 2 words {ptr, len}, a slice
** 3 words {ptr, len, cap}, an interface 2 words {type, data}; results go
** from args[0] on, written only after every parameter has been read.
**
** Allocation: every string or array a native returns comes from gc_alloc
** (noscan for bytes, the element's RType for []string and [][]byte), so
** the collector sees exactly what Go's would; malloc'd scratch (rt_Buf) is
** freed before the native returns and never reachable from a Go value.
** Results may share their operands' bytes (substrings, subslices), as
** Go's do.
*/
#ifndef RT_LIB_H
#define RT_LIB_H

#include <string.h>

#include "runtime.h"
#include "strconv.h"

/* Go's math.Log and math.Exp, bit for bit (lib_math.c), for the natives
** that compute with them (math/rand's ziggurat tails). */
double rt_math_log(double x);
double rt_math_exp(double x);

/* {==================================================================
** Registers
** =================================================================== */

static inline GoString lib_str(const Word *a) { return (GoString){a[0].cp, a[1].i}; }
static inline GoSlice lib_slice(const Word *a) { return (GoSlice){a[0].p, a[1].i, a[2].i}; }
static inline void lib_ret_str(Word *a, GoString s) {
  a[0].cp = s.ptr;
  a[1].i = s.len;
}
static inline void lib_ret_slice(Word *a, GoSlice s) {
  a[0].p = s.ptr;
  a[1].i = s.len;
  a[2].i = s.cap;
}
static inline void lib_ret_iface(Word *a, GoIface e) {
  a[0].cp = e.type;
  a[1] = e.data;
}
/* memmove of [n] bytes that may be 0 with NULL operands (a nil slice):
** the C library's memmove must not see NULL even then. */
static inline void lib_move(void *dst, const void *src, int64_t n) {
  if (n > 0) memmove(dst, src, (size_t)n);
}
/* A []byte seen as the byte sequence it holds. */
static inline GoString lib_bytes_view(GoSlice b) { return (GoString){b.ptr, b.len}; }

/* }================================================================== */

/* {==================================================================
** Heap values (lib_strings.c)
** =================================================================== */

/* Element types of the arrays natives make. */
extern const RType rt_lib_string_type;  /* string: []string's elements */
extern const RType rt_lib_byte_type;    /* byte: []byte's elements */
extern const RType rt_lib_bytes_type;   /* []byte: [][]byte's elements */

/* A fresh noscan heap string with a copy of [n] bytes at [p]. */
GoString lib_string_copy(VM *vm, const uint8_t *p, int64_t n);
/* The text of [b] as a heap string; frees [b]. */
GoString lib_buf_string(VM *vm, rt_Buf *b);
/* The text of [b] as a heap []byte with len == cap; frees [b]. */
GoSlice lib_buf_bytes(VM *vm, rt_Buf *b);

/* }================================================================== */

/* {==================================================================
** Byte-sequence algorithms shared by strings and bytes (lib_strings.c)
** ===================================================================
** Each takes the bytes of a string or of a []byte (lib_bytes_view), so
** strings.X and bytes.X are one C function.
*/

int64_t lib_index(GoString s, GoString sep);       /* Index */
int64_t lib_last_index(GoString s, GoString sep);  /* LastIndex */
int64_t lib_index_rune(GoString s, int32_t r);     /* IndexRune */
int64_t lib_count(GoString s, GoString sep);       /* Count */
bool lib_has_prefix(GoString s, GoString prefix);
bool lib_has_suffix(GoString s, GoString suffix);
/* The rune at the end of [s] and its width (utf8.DecodeLastRune). */
int32_t lib_decode_last(GoString s, int *width);

/* A substring [off, off+len) of the operand: what Split and Fields find;
** [bad] marks an invalid UTF-8 byte cut out by Split with an empty
** separator, which strings.Split turns into "\uFFFD" (bytes.Split not). */
typedef struct lib_Piece { int64_t off, len; bool bad; } lib_Piece;
typedef struct lib_Pieces { lib_Piece *v; int64_t n, cap; } lib_Pieces; /* malloc'd */
/* genSplit(s, sep, sepSave, n): the pieces; returns the capacity Go's
** result slice has (make([]T, n) before trimming), -1 for n == 0 (nil). */
int64_t lib_split(GoString s, GoString sep, bool after, int64_t n, lib_Pieces *out);
/* Appends the piece [off, off+len) (bad: an invalid byte cut out). */
void lib_pieces_push(lib_Pieces *p, int64_t off, int64_t len, bool bad);
/* The []string of [p]'s pieces of [s] with capacity [cap] (-1: nil);
** frees p's array. */
GoSlice lib_string_pieces(VM *vm, GoString s, lib_Pieces *p, int64_t cap);
/* Fields: the maximal runs of non-space runes (unicode.IsSpace). */
void lib_fields(GoString s, lib_Pieces *out);
/* Map over runes with one of unicode's case mappings (RT_UPPER_CASE,
** RT_LOWER_CASE, RT_TITLE_CASE) into [out]; invalid UTF-8 bytes become
** U+FFFD, as strings.Map/bytes.Map do. Returns false (out untouched)
** when the result would equal [s]. */
bool lib_map_case(GoString s, int which, rt_Buf *out);
/* The bounds of TrimSpace(s): s[*lo:*hi]. */
void lib_trim_space(GoString s, int64_t *lo, int64_t *hi);
/* Repeat's result length, panicking with Go's messages for [pkg]
** ("strings" or "bytes") on a negative or overflowing count. */
int64_t lib_repeat_len(VM *vm, const char *pkg, int64_t len, int64_t count);
/* Fills [dst] with [count] copies of [s]. */
void lib_repeat_fill(uint8_t *dst, GoString s, int64_t count);
/* -1, 0, +1 as strings.Compare. */
int64_t lib_compare(GoString a, GoString b);
/* IndexAny, LastIndexAny, LastIndexByte. */
int64_t lib_index_any(GoString s, GoString chars);
int64_t lib_last_index_any(GoString s, GoString chars);
int64_t lib_last_index_byte(GoString s, uint8_t c);
/* The runes of [cutset] off the left or right end of [s] (Trim*). */
GoString lib_trim_left(GoString s, GoString cutset);
GoString lib_trim_right(GoString s, GoString cutset);
/* EqualFold: equal under Unicode simple case folding. */
bool lib_equal_fold(GoString s, GoString t);
/* Replace's text: [n] (< 0: all) replacements of [old] by [new] in [s]
** appended to [out]; returns how many were made (0: out untouched). */
int64_t lib_replace(GoString s, GoString old, GoString new, int64_t n, rt_Buf *out);
/* Title's mapping of [r], [prev] the rune before it (updated). */
int32_t lib_title_map(int32_t *prev, int32_t r);
/* bytes.Map's result for the mapped runes [r] (negative: dropped) of an
** operand of [srclen] bytes: Go 1.19 encodes into make([]byte, srclen),
** moving to a new array of 2*max+UTFMax when a rune does not fit, and
** returns b[:n], so len and cap are Go's (lib_bytes.c). */
GoSlice lib_bytes_map(VM *vm, int64_t srclen, const int32_t *r, int64_t n);
/* The pieces of [s] as a [][]byte of subslices s[off:off+len:off+len]
** with capacity [cap] (-1: nil); [last_full]: the last keeps s's
** remaining capacity, as genSplit's last piece does. Frees p's array. */
GoSlice lib_byte_pieces(VM *vm, GoSlice s, lib_Pieces *p, int64_t cap, bool last_full);

/* }================================================================== */

/* {==================================================================
** Native error values (lib_errors.c)
** ===================================================================
** Until types carry method tables, an error made by a native is an
** interface whose dynamic type is one of a few static RTypes known here
** (*errors.errorString, *strconv.NumError); rt_error_text is the Error
** method for them. fmt asks it before printing an operand.
*/

/* rt_error_text (runtime.h) is the Error method of these types. */
/* errors.New(text): a new *errors.errorString (distinct each call). */
GoIface rt_error_new(VM *vm, GoString text);
/* fmt.Errorf's *fmt.wrapError{msg, err} (a %w operand). */
GoIface rt_wrap_error(VM *vm, GoString msg, GoIface err);
/* Go's families of run-time errors, each its own runtime.Error type:
** errorString (nil dereference, division, makeslice ...), boundsError
** (indexing and slicing), plainError (no "runtime error: " prefix: closed
** channels, nil maps), *TypeAssertionError (interface conversions). */
typedef enum RtErrorKind { RTE_ERRORSTRING, RTE_BOUNDS, RTE_PLAIN, RTE_ASSERTION } RtErrorKind;
/* A run-time error (the value of a run-time panic) whose Error() is the
** [len] bytes at [text], e.g. "runtime error: integer divide by zero", of
** the runtime.Error type Go uses for that family. */
GoIface rt_runtime_error(VM *vm, RtErrorKind kind, const char *text, size_t len);
/* The text as an error, for messages computed in C. */
GoIface rt_error_newf(VM *vm, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* strconv.ErrSyntax and strconv.ErrRange: one value each, for the whole
** process (immutable static objects), so == compares as in Go. */
GoIface rt_err_syntax(void);
GoIface rt_err_range(void);
/* An *errors.errorString whose object is the immutable static [text]
** (one value for the whole process, as io.EOF: == holds across natives). */
GoIface rt_error_static(const GoString *text);
/* &strconv.NumError{Func: fn, Num: clone of num, Err: err}. */
GoIface rt_num_error(VM *vm, const char *fn, GoString num, GoIface err);
/* &fs.PathError{Op: op, Path: clone of path, Err: syscall.Errno(err)}. */
GoIface rt_path_error(VM *vm, const char *op, GoString path, int err);

/* }================================================================== */

/* {==================================================================
** Readers and writers (lib_io.c)
** ===================================================================
** w.Write(p) and r.Read(p) on an io.Writer / io.Reader interface value,
** whatever native type it holds; n is clamped to [0, len(p)], *err set. */
int64_t lib_io_write(VM *vm, GoIface w, const uint8_t *p, int64_t n, GoIface *err);
int64_t lib_io_read(VM *vm, GoIface r, uint8_t *p, int64_t n, GoIface *err);
/* Faults now, as lib_io_write would, when [v] has no callable method
** [name] (before a caller makes scratch memory it would leak). */
void lib_io_check(VM *vm, GoIface v, const char *name);
/* True when [v]'s method [name] is Go code (a user type): calling it may
** move the stack and run the collector (lib_io.c). */
bool lib_io_is_go(VM *vm, GoIface v, const char *name);
GoIface lib_io_eof(void);             /* io.EOF */
GoIface lib_io_unexpected_eof(void);  /* io.ErrUnexpectedEOF */
bool lib_is_eof(GoIface err);         /* err == io.EOF */
/* panic(msg) with a string value, as Go's library panics ("strings:
** illegal use of non-zero Builder copied by value"). */
_Noreturn void lib_panic_string(VM *vm, const char *msg);
/* The fault of a method called on a nil pointer that it dereferences. */
_Noreturn void lib_nil_deref(VM *vm);
/* Stores into a field of a native object that may live on the heap: the
** pointer words go through the write barrier. */
void lib_set_slice(VM *vm, GoSlice *dst, GoSlice v);
void lib_set_iface(VM *vm, GoIface *dst, GoIface v);

/* }================================================================== */

#endif /* RT_LIB_H */
