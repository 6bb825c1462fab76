/*
** lib_strings_io.c — strings.Builder and strings.Reader (stdlib.def), as
** natives over Go's own memory layouts:
**
**   Builder { addr *Builder; buf []byte }
**   Reader  { s string; i int64; prevRune int }
**
** BUILDER. The bytes accumulate in buf, which grows by append's rule
** (rt_slice_append: Go's growslice with size-class rounding), so Len and
** Cap print what Go prints; Grow(n) makes a new array of 2*cap+n as Go's
** grow does. String() returns the bytes without copying, as Go's
** unsafe conversion does: later writes append past the string's end or
** move to a new array, never changing the bytes a string shows.
** Go's copy check: the first write records the Builder's own address in
** addr; a write through a Builder whose addr is another address (a copy
** made by value) panics "strings: illegal use of non-zero Builder copied
** by value". addr may point into a goroutine stack (a Builder that stays
** in its frame): the stack copier fixes it like any pointer slot, and the
** collector ignores it.
**
** READER. Reads advance i over s; prevRune is the index of the last rune
** ReadRune returned, or -1, which is what UnreadRune needs.
**
** Invariants: a nil receiver faults as Go's method would (nil pointer
** dereference); pointer fields are stored through the write barrier
** (lib_set_slice), since a Builder may live on the heap.
*/
#include <string.h>

#include "lib.h"

typedef struct Builder { void *addr; GoSlice buf; } Builder;
typedef struct Reader { GoString s; int64_t i, prev_rune; } Reader;

static const uint8_t mask_reader[] = {0x01};
static const RType reader_type = {
  .kind = RK_STRUCT, .named = true, .size = 32, .nwords = 4, .str = "strings.Reader",
  .ptrmask = mask_reader,
};

_Noreturn void lib_nil_deref(VM *vm) {
  vm_panic_runtime(vm, "invalid memory address or nil pointer dereference\n"
                       "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]");
}

/* {==================================================================
** Builder
** =================================================================== */

static Builder *builder(VM *vm, Word *a) {
  Builder *b = a[0].p;
  if (!b) lib_nil_deref(vm);
  return b;
}

/* The receiver after Go's copyCheck. */
static Builder *checked(VM *vm, Word *a) {
  Builder *b = builder(vm, a);
  if (!b->addr) gc_write_ptr(&vm->heap, &b->addr, b);
  else if (b->addr != b) lib_panic_string(vm, "strings: illegal use of non-zero Builder copied by value");
  return b;
}

static void append_bytes(VM *vm, Builder *b, const void *p, int64_t n) {
  if (n <= 0) return;
  lib_set_slice(vm, &b->buf, rt_slice_append(vm, &rt_lib_byte_type, b->buf, p, n));
}

/* Go's grow: a new array of 2*cap+n bytes holding the old ones. */
static void grow(VM *vm, Builder *b, int64_t n) {
  GoSlice nb = rt_makeslice(vm, &rt_lib_byte_type, b->buf.len, 2 * b->buf.cap + n);
  if (b->buf.len) memcpy(nb.ptr, b->buf.ptr, (size_t)b->buf.len);
  lib_set_slice(vm, &b->buf, nb);
}

static void ret_nil_error(Word *a) {
  a[0].p = NULL;
  a[1].p = NULL;
}

/* func (b *Builder) String() string */
void rt_strings_Builder_String(VM *vm, Word *a) {
  Builder *b = builder(vm, a);
  lib_ret_str(a, (GoString){b->buf.ptr, b->buf.len});
}

/* func (b *Builder) Len() int, Cap() int */
void rt_strings_Builder_Len(VM *vm, Word *a) { a[0].i = builder(vm, a)->buf.len; }
void rt_strings_Builder_Cap(VM *vm, Word *a) { a[0].i = builder(vm, a)->buf.cap; }

/* func (b *Builder) Reset() */
void rt_strings_Builder_Reset(VM *vm, Word *a) {
  Builder *b = builder(vm, a);
  gc_write_ptr(&vm->heap, &b->addr, NULL);
  lib_set_slice(vm, &b->buf, (GoSlice){NULL, 0, 0});
}

/* func (b *Builder) Grow(n int) */
void rt_strings_Builder_Grow(VM *vm, Word *a) {
  int64_t n = a[1].i;
  Builder *b = checked(vm, a);
  if (n < 0) lib_panic_string(vm, "strings.Builder.Grow: negative count");
  if (b->buf.cap - b->buf.len < n) grow(vm, b, n);
}

/* func (b *Builder) Write(p []byte) (int, error) */
void rt_strings_Builder_Write(VM *vm, Word *a) {
  GoSlice p = lib_slice(a + 1);
  Builder *b = checked(vm, a);
  append_bytes(vm, b, p.ptr, p.len);
  a[0].i = p.len;
  ret_nil_error(a + 1);
}

/* func (b *Builder) WriteString(s string) (int, error) */
void rt_strings_Builder_WriteString(VM *vm, Word *a) {
  GoString s = lib_str(a + 1);
  Builder *b = checked(vm, a);
  append_bytes(vm, b, s.ptr, s.len);
  a[0].i = s.len;
  ret_nil_error(a + 1);
}

/* func (b *Builder) WriteByte(c byte) error */
void rt_strings_Builder_WriteByte(VM *vm, Word *a) {
  uint8_t c = (uint8_t)a[1].u;
  Builder *b = checked(vm, a);
  append_bytes(vm, b, &c, 1);
  ret_nil_error(a);
}

/* func (b *Builder) WriteRune(r rune) (int, error): a multi-byte rune
** first makes room for 4 bytes (Go's grow(UTFMax)), then appends. */
void rt_strings_Builder_WriteRune(VM *vm, Word *a) {
  int32_t r = (int32_t)a[1].i;
  Builder *b = checked(vm, a);
  uint8_t enc[4];
  int n = rt_utf8_encode(enc, r);
  if (n > 1 && b->buf.cap - b->buf.len < 4) grow(vm, b, 4);
  append_bytes(vm, b, enc, n);
  a[0].i = n;
  ret_nil_error(a + 1);
}

/* }================================================================== */

/* {==================================================================
** Reader
** =================================================================== */

static Reader *reader(VM *vm, Word *a) {
  Reader *r = a[0].p;
  if (!r) lib_nil_deref(vm);
  return r;
}

static const GoString unread_byte_text = {
  (const uint8_t *)"strings.Reader.UnreadByte: at beginning of string", 49};
static const GoString unread_rune_begin_text = {
  (const uint8_t *)"strings.Reader.UnreadRune: at beginning of string", 49};
static const GoString unread_rune_prev_text = {
  (const uint8_t *)"strings.Reader.UnreadRune: previous operation was not ReadRune", 62};

/* func NewReader(s string) *Reader */
void rt_strings_NewReader(VM *vm, Word *a) {
  GoString s = lib_str(a);
  Reader *r = gc_alloc(vm, &reader_type, sizeof *r);
  r->s = s;
  r->prev_rune = -1;
  a[0].p = r;
}

/* func (r *Reader) Len() int: the unread bytes. */
void rt_strings_Reader_Len(VM *vm, Word *a) {
  Reader *r = reader(vm, a);
  a[0].i = r->i >= r->s.len ? 0 : r->s.len - r->i;
}

/* func (r *Reader) Size() int64 */
void rt_strings_Reader_Size(VM *vm, Word *a) { a[0].i = reader(vm, a)->s.len; }

/* func (r *Reader) Read(b []byte) (n int, err error) */
void rt_strings_Reader_Read(VM *vm, Word *a) {
  GoSlice p = lib_slice(a + 1);
  Reader *r = reader(vm, a);
  GoIface err = {NULL, {0}};
  int64_t n = 0;
  if (r->i >= r->s.len) {
    err = lib_io_eof();
  } else {
    r->prev_rune = -1;
    n = r->s.len - r->i < p.len ? r->s.len - r->i : p.len;
    lib_move(p.ptr, r->s.ptr + r->i, n);
    r->i += n;
  }
  a[0].i = n;
  lib_ret_iface(a + 1, err);
}

/* func (r *Reader) ReadByte() (byte, error) */
void rt_strings_Reader_ReadByte(VM *vm, Word *a) {
  Reader *r = reader(vm, a);
  r->prev_rune = -1;
  if (r->i >= r->s.len) {
    a[0].u = 0;
    lib_ret_iface(a + 1, lib_io_eof());
    return;
  }
  a[0].u = r->s.ptr[r->i++];
  ret_nil_error(a + 1);
}

/* func (r *Reader) UnreadByte() error */
void rt_strings_Reader_UnreadByte(VM *vm, Word *a) {
  Reader *r = reader(vm, a);
  if (r->i <= 0) {
    lib_ret_iface(a, rt_error_static(&unread_byte_text));
    return;
  }
  r->prev_rune = -1;
  r->i--;
  ret_nil_error(a);
}

/* func (r *Reader) ReadRune() (ch rune, size int, err error) */
void rt_strings_Reader_ReadRune(VM *vm, Word *a) {
  Reader *r = reader(vm, a);
  if (r->i >= r->s.len) {
    r->prev_rune = -1;
    a[0].i = 0;
    a[1].i = 0;
    lib_ret_iface(a + 2, lib_io_eof());
    return;
  }
  r->prev_rune = r->i;
  int w;
  int32_t c = rt_decode_rune(r->s, r->i, &w);
  r->i += w;
  a[0].i = c;
  a[1].i = w;
  ret_nil_error(a + 2);
}

/* func (r *Reader) UnreadRune() error */
void rt_strings_Reader_UnreadRune(VM *vm, Word *a) {
  Reader *r = reader(vm, a);
  const GoString *msg = r->i <= 0 ? &unread_rune_begin_text : r->prev_rune < 0 ? &unread_rune_prev_text : NULL;
  if (msg) {
    lib_ret_iface(a, rt_error_static(msg));
    return;
  }
  r->i = r->prev_rune;
  r->prev_rune = -1;
  ret_nil_error(a);
}

/* }================================================================== */
