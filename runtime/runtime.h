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
#define X(pkg, type, name, sig, fn) void fn(VM *vm, Word *args);
STDLIB_METHODS(X)
#undef X

/* Channels and select (runtime/chan.c). A channel value is one word, an
** rt_Chan * (NULL: the nil channel). Send and receive return false when
** the running goroutine must wait: it is parked (sched.resched is set) and
** the operation completes before it runs again, writing its registers
** ([dst], [ok]) in place. They panic as Go does on closed and nil channels. */
typedef struct rt_Chan rt_Chan;
rt_Chan *rt_chan_make(VM *vm, const RType *chantype, int64_t size);
bool rt_chan_send(VM *vm, rt_Chan *c, const Word *val);
bool rt_chan_recv(VM *vm, rt_Chan *c, Word *dst, Word *ok); /* dst, ok may be NULL */
void rt_chan_close(VM *vm, rt_Chan *c);
/* A send on [c] that never waits: false (nothing sent) when it would. */
bool rt_chan_offer(VM *vm, rt_Chan *c, const Word *val);
int64_t rt_chan_len(const rt_Chan *c);
int64_t rt_chan_cap(const rt_Chan *c);
/* One case of a select: [elem] is the value to send or the registers that
** receive. rt_select picks a ready case uniformly at random and writes
** res[0] = its index (-1: none, with !block: the default), res[1] = ok;
** false when cur must wait (res is written when a case completes). */
struct rt_SelCase { rt_Chan *c; Word *elem; bool send; };
typedef struct rt_SelCase rt_SelCase;
bool rt_select(VM *vm, const rt_SelCase *cases, int n, bool block, Word *res);

/* [p], or a nil-dereference panic (Go's SIGSEGV at addr 0) when it is
** NULL: how a native takes a pointer parameter or receiver. */
void *rt_deref(VM *vm, void *p);

/* time.Duration's String (runtime/time.c): Go's text for [d] nanoseconds
** ("1.5s", "2m3.000000001s", "150ms", "0s", "-1µs"), not terminated;
** returns its length (at most RT_DURATION_BUF). */
enum { RT_DURATION_BUF = 32 };
size_t rt_duration_format(int64_t d, char out[RT_DURATION_BUF]);
/* time.Now() in its three words (time.c). */
void rt_time_now_words(VM *vm, Word out[3]);
/* A due timer of package time, taken out of the timer heap by the
** scheduler at monotonic time [now]: sends or starts its func, and puts a
** ticker back (time_timer.c). */
struct rt_Timer;
void rt_timer_fire(VM *vm, struct rt_Timer *t, int64_t now);

/* The end of the call of f by sync.Once.Do (runtime/sync.c): [once] is
** done and its waiters run (vm/defer.c calls it when the DK_ONCE record
** ends). */
void rt_sync_once_done(VM *vm, void *once);

/* Strings (runtime/string.c). Results are fresh heap strings unless noted. */
GoString rt_string_concat(VM *vm, GoString a, GoString b);
/* The concatenation of the [n] strings in register form at [regs] (ptr and
** len words each), always a copy ("" for an empty total):
** in [tmpbuf] (RT_TMPBUF_SIZE bytes in the caller's frame, or NULL) when
** the total fits, else one fresh heap string. Sharing a single non-empty
** operand instead is the caller's decision (Go's stringDataOnStack rule). */
GoString rt_string_concatn(VM *vm, const Word *regs, int n, uint8_t *tmpbuf);
/* A heap copy of [a] (for a result that must not alias a frame buffer). */
GoString rt_string_copy(VM *vm, GoString a);
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
** formats (floats as +1.500000e+000, pointers in hex, a slice as
** [len/cap]0xptr, an interface as (0xtype,0xdata): its two words). */
typedef enum rt_PrintKind {
  RP_BOOL, RP_INT, RP_UINT, RP_FLOAT, RP_STRING, RP_POINTER, RP_COMPLEX,
  RP_SLICE, RP_IFACE, RP_SPACE, RP_NEWLINE
} rt_PrintKind;
void rt_print_value(VM *vm, rt_PrintKind kind, const Word *v);
/* A deferred print or println: rec[0] operands, rec[1] nonzero for
** println, rec[2 ..] their kinds, then their words (DK_PRINT). */
void rt_print_list(VM *vm, const Word *rec);
/* The same text, appended to [b] (panic reports print values this way). */
void rt_print_format(rt_Buf *b, rt_PrintKind kind, const Word *v);

/* Complex numbers (runtime/complex.c): out = n / m by Go's
** runtime.complex128div (Smith's algorithm, C99 G.5.1 Inf/NaN recovery;
** never panics); the operands are copied in, so out may overlap them. */
void rt_complex_div(double nre, double nim, double mre, double mim, double out[2]);

/* fmt's engine (runtime/fmt.c): formats like fmt.Sprintf into a growing
** buffer; [args] are interface values. */
void rt_fmt_sprintf(VM *vm, rt_Buf *out, GoString format, const GoIface *args, int64_t nargs);
void rt_fmt_sprint(VM *vm, rt_Buf *out, const GoIface *args, int64_t nargs, bool ln);
/* fmt.Errorf's formatting: as rt_fmt_sprintf, with %w allowed once on an
** error operand; returns that operand (nil type: none wrapped). */
GoIface rt_fmt_errorf(VM *vm, rt_Buf *out, GoString format, const GoIface *args, int64_t nargs);

/* Native error values (lib_errors.c): if [t] is the dynamic type of an
** error made by a native (*errors.errorString, *strconv.NumError), appends
** its Error() text to [out] and returns true. fmt and panic reports print
** errors with it until RType carries method tables. */
bool rt_error_text(const RType *t, Word data, rt_Buf *out);

/* {==================================================================
** Composite types (issue 3): value forms, hashing and equality, slices,
** maps, MemStats
** ===================================================================
**
** REGISTER FORM AND MEMORY FORM. In registers (value.h) every scalar has
** its own word: narrow integers sign- or zero-extended, float32 widened to a
** double, complex64 as two doubles; array elements and struct fields follow
** one another, each in its own RType.nwords words (field i starts at the sum
** of the nwords of the fields before it). In MEMORY (slice and array
** elements, struct fields, pointer targets, map keys and values) a value has
** Go's amd64 layout: RType.size bytes, fields at RField.offset, float32 in 4
** bytes. Every `const void *` / `void *` value argument below is MEMORY
** form; rt_value_load / rt_value_store convert. For most types the two
** forms are the same bytes (rt_value_same_form): int, int64, uint64,
** pointers, strings, slices, interfaces, complex128 and structs/arrays made
** only of those. For any integer, bool or pointer kind a pointer to its
** register also reads correctly as memory form (little-endian), but
** float32, complex64 and structs/arrays with narrow fields must be stored
** first.
**
** INTERFACES. The data word of a GoIface holds a one-word dynamic value in
** register form; a value of two or more words (or none) is boxed: data
** points to a heap copy, in register form for the basic kinds (string,
** complex64 as two doubles, complex128) and in MEMORY form for arrays and
** structs (fmt.c and map keys read struct fields at RField.offset).
** rt_iface_mem returns the memory form of either.
**
** RTYPES these functions read: kind, size and nwords always; elem for
** arrays, slices, pointers and maps (the map's value type); key for maps;
** len for arrays; fields/nfields (with offsets) for structs; str for panic
** messages and fmt; ptrmask decides whether an allocation is scanned.
*/

/* Value forms (runtime/alg.c). */
/* Reads a [t] at [mem] (memory form) into t->nwords registers at [regs]. */
void rt_value_load(const RType *t, Word *regs, const void *mem);
/* Writes the t->nwords registers at [regs] into t->size bytes at [mem];
** padding bytes between fields are left as they were. */
void rt_value_store(const RType *t, void *mem, const Word *regs);
/* True when t's register and memory forms are the same bytes
** (t->size == 8 * t->nwords and no narrow, float32 or complex64 part), so a
** memcpy of t->size bytes converts either way. */
bool rt_value_same_form(const RType *t);
/* The dynamic value of [a] in memory form: a pointer into its box, or into
** [tmp] for one-word values and complex64; NULL for a nil interface. */
const void *rt_iface_mem(const GoIface *a, uint64_t tmp[2]);

/* Hashing and equality (runtime/alg.c), by kind, on memory form: floats by
** value (+0 == -0; NaN equals nothing and hashes randomly), strings by
** content, interfaces by dynamic type then value, arrays and structs
** element-wise. rt_equal(a, b) implies equal hashes under one seed. */
bool rt_type_comparable(const RType *t);   /* no slice, map or func inside */
/* Panics "runtime error: hash of unhashable type T" when [t] is or holds
** an interface whose dynamic type T is not comparable. */
uint64_t rt_hash(VM *vm, const RType *t, const void *mem, uint64_t seed);
uint64_t rt_hash_bytes(const void *p, size_t n, uint64_t seed);
/* Go's == on two values of type [t] (also for the interpreter's == on
** arrays, structs and interfaces). Panics "runtime error: comparing
** uncomparable type T" when two interfaces hold the same uncomparable T. */
bool rt_equal(VM *vm, const RType *t, const void *a, const void *b);

/* Interfaces (runtime/iface.c: dispatch design at its top). */
/* The entry of method [name] in t's method set, or NULL (t may be NULL). */
const RMethod *rt_method_find(const RType *t, const char *name);
/* The first method of interface [iface] (in its sorted order) that the
** dynamic type [t] lacks, or NULL when t implements iface. */
const char *rt_iface_missing(const RType *t, const RType *iface);
/* The program's own RType for the predeclared type [t] (a native's static
** "string"): what natives box values with, so they assert and compare as
** the program's. */
const RType *rt_program_type(VM *vm, const RType *t);
/* x == y for two interface values (rt_equal's RK_INTERFACE case). */
bool rt_iface_equal(VM *vm, const GoIface *x, const GoIface *y);
/* The value of dynamic type [t] whose interface data word is [data], into
** t->nwords registers at [dst] (loaded from its box when boxed). */
void rt_iface_unbox(const RType *t, Word *dst, Word data);
/* The text of Go's TypeAssertionError for x.(want) where x, of static
** interface type [src], holds dynamic type [have] (NULL: nil). */
void rt_assert_text(char *buf, size_t n, const RType *have, const RType *want,
                    const RType *src);
/* The VM's random source (xorshift64*, seeded lazily from time, pid and the
** VM's address): map seeds, iteration order, NaN hashes; later select. */
uint64_t rt_fastrand(VM *vm);
/* Frees math/rand's global source (runtime/lib_rand.c); vm_free calls it. */
void rt_rand_free(VM *vm);

/* A panic whose value is the string [msg], as library code's
** panic("strconv: illegal AppendInt/FormatInt base") (runtime/lib_io.c). */
_Noreturn void rt_panic_plain(VM *vm, const char *msg);

/* Slices (runtime/slice.c). Slices are GoSlice {ptr, len, cap} with the
** elements in memory form; [elem] is the ELEMENT type. New arrays come from
** gc_alloc, zeroed; a zero-byte array is never allocated but points at
** rt_zerobase (non-nil, as Go's runtime.zerobase). */
extern const uint64_t rt_zerobase;
enum { RT_TMPBUF_SIZE = 32 };  /* Go's tmpBuf: elements of a frame temporary */

/* make([]T, len, cap) (make([]T, n) passes n twice). Panics with Go's
** "runtime error: makeslice: len out of range" (len < 0, or len elements
** cannot fit in memory) or "... makeslice: cap out of range" (cap < len,
** cap < 0, or too big). The capacity is exactly [cap] (no rounding). */
GoSlice rt_makeslice(VM *vm, const RType *elem, int64_t len, int64_t cap);
/* Go 1.19's growslice: a new array with room for at least [newlen]
** elements (call it when newlen > old.cap), capacity as Go picks it
** (newlen if that is over twice old.cap, else double below 256, else
** += (cap + 768) / 4 until it fits; then the byte size rounded up to the
** size class), the first old.len elements copied. Returns {new array,
** old.len, new cap}: the caller stores the appended elements and sets len.
** Panics "runtime error: growslice: cap out of range" when newlen <
** old.cap or the array cannot fit in memory. */
GoSlice rt_growslice(VM *vm, const RType *elem, GoSlice old, int64_t newlen);
/* append(s, src[0:n]...): grows when s.cap < s.len + n (rt_growslice), then
** memmoves n elements from [src] (which may overlap s). n <= 0 returns s
** unchanged (a nil s stays nil). Serves append(s, x, y) (the caller stores
** x, y contiguously in memory form) and append([]byte, string...). */
GoSlice rt_slice_append(VM *vm, const RType *elem, GoSlice s, const void *src, int64_t n);
/* copy(dst, src): moves min(dst.len, srclen) elements from [src] with
** memmove semantics and returns that count; [src] is a slice's ptr or a
** string's bytes (copy([]byte, string)). Never allocates or panics. */
int64_t rt_slice_copy(VM *vm, const RType *elem, GoSlice dst, const void *src, int64_t srclen);
/* string(b): "" for an empty b, a shared static byte for one byte (no
** allocation, as Go), else a copy: in [tmpbuf] (RT_TMPBUF_SIZE bytes in the
** caller's frame, or NULL) when it fits, else on the heap. */
GoString rt_bytes_to_string(VM *vm, GoSlice b, uint8_t *tmpbuf);
/* []byte(s): a non-nil slice of len(s) bytes; with [tmpbuf] (non-escaping
** result) and len(s) <= 32 it is tmpbuf[:len(s)] with cap 32, else a heap
** array with cap = the size class of len(s) (cap 8 for "hello"). */
GoSlice rt_string_to_bytes(VM *vm, GoString s, uint8_t *tmpbuf);
/* string(r): the UTF-8 encoding of the runes, U+FFFD for invalid ones
** (negative, surrogates, > U+10FFFF); like Go it asks for 3 bytes more than
** it needs (so tmpbuf is used up to 29 bytes). */
GoString rt_runes_to_string(VM *vm, GoSlice r, uint8_t *tmpbuf);
/* []rune(s): decodes s, invalid UTF-8 bytes becoming U+FFFD one byte at a
** time; [tmpbuf] (RT_TMPBUF_SIZE runes, or NULL) as for []byte(s), else
** cap = size class of 4*n bytes / 4. */
GoSlice rt_string_to_runes(VM *vm, GoString s, int32_t *tmpbuf);
/* The capacity append gives a slice of [oldcap] elements of [elemsize]
** bytes that must hold [newlen] (growslice's rule and size classes), for
** natives that replay a Go function's appends. */
int64_t rt_slice_grown_cap(int64_t oldcap, int64_t newlen, int64_t elemsize);

/* Maps (runtime/map.c). A Go map value is one word, an rt_Map * (NULL is
** the nil map). [maptype] is the map's RType (kind RK_MAP, key = key type,
** elem = value type); keys and values are passed and returned in memory
** form. Value pointers returned stay valid until the next insertion into
** that map (which may move the table): copy out or store at once. */
typedef struct rt_Map rt_Map;
/* make(map[K]V, hint): an empty map with room for [hint] entries before
** growing; a negative or absurd hint is ignored, as Go does. One gc_alloc
** (the header); the table comes with the first insertion. */
rt_Map *rt_map_new(VM *vm, const RType *maptype, int64_t hint);
/* The frame form of make(map[K]V, hint) for a map that does not escape
** (map.c "Frame maps"): the header at [mem], which holds
** rt_map_frame_bytes(maptype, table) bytes of the caller's frame (zeroed
** here), followed, when [table], by a first table of RT_MAP_FRAME_CAP slots
** that is used when hint <= RT_MAP_FRAME_HINT (Go's one stack bucket for a
** hint of at most 8). No allocation. */
enum { RT_MAP_HEADER_WORDS = 10, RT_MAP_FRAME_CAP = 16, RT_MAP_FRAME_HINT = 8 };
rt_Map *rt_map_frame(VM *vm, const RType *maptype, int64_t hint, void *mem, bool table);
int64_t rt_map_frame_bytes(const RType *maptype, bool table);
/* m[key]: the value's slot, or NULL when key is absent (also for a nil map):
** the caller then yields the zero value (and ok = false). */
void *rt_map_access(VM *vm, const RType *maptype, rt_Map *m, const void *key);
/* m[key] = ...: the value's slot, inserting the key with a zeroed value
** when absent; an existing float/string/interface key is overwritten by
** [key] (so m[-0.0] after m[+0.0] prints as -0, as Go). Panics "assignment
** to entry in nil map" (no "runtime error: " prefix: rt_panic_plain). */
void *rt_map_assign(VM *vm, const RType *maptype, rt_Map *m, const void *key);
/* delete(m, key); nothing for an absent key or a nil map. */
void rt_map_delete(VM *vm, const RType *maptype, rt_Map *m, const void *key);
/* len(m); 0 for nil. */
int64_t rt_map_len(const rt_Map *m);
/* Access, assign and delete panic "runtime error: hash of unhashable type
** T" for an interface key holding an uncomparable T, even on a nil or empty
** map, as Go does. */

/* for k, v := range m. The iterator is RT_MAPITER_WORDS words that the
** compiler reserves in the frame; words 0..3 (map, ctrl, keys, vals) may
** hold heap pointers (mark them in the frame's pointer map), the rest are
** integers. Order is random (a random start per loop, a random hash seed per
** map); entries deleted before they are reached are not produced, entries
** added during the loop may or may not be, none is produced twice. */
typedef struct rt_MapIter {
  rt_Map *map;
  uint8_t *ctrl; void *keys, *vals;  /* the table this loop walks */
  int64_t cap, start, i;             /* slots, first slot, slots visited */
} rt_MapIter;
enum { RT_MAPITER_WORDS = 7, RT_MAPITER_PTRMASK = 0x0F };
_Static_assert(sizeof(rt_MapIter) == RT_MAPITER_WORDS * sizeof(Word), "rt_MapIter words");
/* Starts a loop over [m] (nil allowed: no entries). [vm] may be NULL for
** a loop that needs no random start (fmt sorts the entries anyway). */
void rt_map_iter_init(VM *vm, rt_Map *m, rt_MapIter *it);
/* The next entry: sets *key and *val (memory form, valid until the next
** insertion into the map) and returns true; false at the end. */
bool rt_map_iter_next(VM *vm, rt_MapIter *it, const void **key, void **val);
/* Checks m's invariants (tests, debug builds): NULL when they hold, else
** what is broken. */
const char *rt_map_check(VM *vm, const rt_Map *m);

/* runtime.ReadMemStats (runtime/memstats.c): fills the RT_MEMSTATS_SIZE
** bytes at [dst] with Go 1.19's runtime.MemStats layout (offsets in
** memstats.c): Alloc, TotalAlloc, Mallocs, Frees, HeapAlloc, HeapObjects,
** NumGC from vm->heap.stats, EnableGC true, BySize[i].Size; the rest 0. */
enum { RT_MEMSTATS_SIZE = 5776 };
void rt_read_memstats(VM *vm, void *dst);

/* }================================================================== */

#endif /* RUNTIME_H */
