/*
** lib_bytes_buffer.c — bytes.Buffer (stdlib.def) over Go's memory layout
**
**   Buffer { buf []byte; off int; lastRead int8 }
**
** The unread bytes are buf[off:]; writes extend len(buf); reads advance
** off. lastRead is Go's readOp: -1 after a read (UnreadByte may undo one
** byte), 1..4 after a ReadRune of that width (UnreadRune undoes it), 0
** otherwise.
**
** GROWTH is Go 1.19's grow, step for step, because programs print Cap():
** an empty buffer with off > 0 resets first; room within cap is used by
** reslicing; a nil buffer asking for at most 64 bytes gets make(n, 64);
** when n <= cap/2 - len the unread bytes slide to the front; otherwise a
** new array of max(2*cap, off+len+n) bytes rounded up to the size class
** (Go's growSlice: append to a nil slice), holding the unread bytes.
**
** Invariants: 0 <= off <= len(buf) <= cap(buf); the slice header is
** stored through the write barrier (a Buffer may live on the heap); the
** byte arrays are noscan.
*/
#include <string.h>

#include "lib.h"
#include "../vm/call.h"

typedef struct Buffer { GoSlice buf; int64_t off; int8_t last_read; } Buffer;

enum { OP_READ = -1, OP_INVALID = 0, SMALL_BUFFER = 64 };

static const uint8_t mask_1[] = {0x01};
static const RType buffer_type = {
  .kind = RK_STRUCT, .named = true, .size = 40, .nwords = 5, .str = "bytes.Buffer",
  .ptrmask = mask_1,
};

static const GoString unread_rune_text = {
  (const uint8_t *)"bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune", 74};
static const GoString unread_byte_text = {
  (const uint8_t *)"bytes.Buffer: UnreadByte: previous operation was not a successful read", 70};

static Buffer *buffer(VM *vm, Word *a) {
  Buffer *b = a[0].p;
  if (!b) lib_nil_deref(vm);
  return b;
}

static int64_t unread(const Buffer *b) { return b->buf.len - b->off; }

static void reset(VM *vm, Buffer *b) {
  (void)vm;
  b->buf.len = 0;
  b->off = 0;
  b->last_read = OP_INVALID;
}

/* Go's grow(n): makes room for n more bytes and returns the index where
** they go; len(buf) already includes them. */
static int64_t grow(VM *vm, Buffer *b, int64_t n) {
  int64_t m = unread(b);
  if (m == 0 && b->off != 0) reset(vm, b);
  int64_t l = b->buf.len;
  if (n <= b->buf.cap - l) {
    b->buf.len = l + n;
    return l;
  }
  if (!b->buf.ptr && n <= SMALL_BUFFER) {
    lib_set_slice(vm, &b->buf, rt_makeslice(vm, &rt_lib_byte_type, n, SMALL_BUFFER));
    return 0;
  }
  int64_t c = b->buf.cap;
  if (n <= c / 2 - m) {
    lib_move(b->buf.ptr, (uint8_t *)b->buf.ptr + b->off, m);
  } else {
    int64_t want = b->off + n + m;   /* growSlice(buf[off:], off+n) */
    int64_t oldcap = c - b->off;
    if (want < 2 * oldcap) want = 2 * oldcap;
    GoSlice nb = rt_growslice(vm, &rt_lib_byte_type, (GoSlice){NULL, 0, 0}, want);
    if (m) memcpy(nb.ptr, (uint8_t *)b->buf.ptr + b->off, (size_t)m);
    lib_set_slice(vm, &b->buf, nb);
  }
  b->off = 0;
  b->buf.len = m + n;
  return m;
}

static void append_bytes(VM *vm, Buffer *b, const void *p, int64_t n) {
  b->last_read = OP_INVALID;
  int64_t at = grow(vm, b, n);
  if (n) lib_move((uint8_t *)b->buf.ptr + at, p, n);
}

static void ret_nil_error(Word *a) {
  a[0].p = NULL;
  a[1].p = NULL;
}

/* func NewBuffer(buf []byte) *Buffer */
void rt_bytes_NewBuffer(VM *vm, Word *a) {
  GoSlice s = lib_slice(a);
  Buffer *b = gc_alloc(vm, &buffer_type, sizeof *b);
  b->buf = s;
  a[0].p = b;
}

/* func NewBufferString(s string) *Buffer: the bytes of []byte(s). */
void rt_bytes_NewBufferString(VM *vm, Word *a) {
  GoSlice s = rt_string_to_bytes(vm, lib_str(a), NULL);
  Buffer *b = gc_alloc(vm, &buffer_type, sizeof *b);
  b->buf = s;
  a[0].p = b;
}

/* func (b *Buffer) Bytes() []byte: the unread bytes, shared. */
void rt_bytes_Buffer_Bytes(VM *vm, Word *a) {
  Buffer *b = buffer(vm, a);
  lib_ret_slice(a, (GoSlice){(uint8_t *)b->buf.ptr + b->off, unread(b), b->buf.cap - b->off});
}

/* func (b *Buffer) String() string: a copy; "<nil>" for a nil Buffer. */
void rt_bytes_Buffer_String(VM *vm, Word *a) {
  Buffer *b = a[0].p;
  if (!b) {
    lib_ret_str(a, (GoString){(const uint8_t *)"<nil>", 5});
    return;
  }
  GoSlice rest = {(uint8_t *)b->buf.ptr + b->off, unread(b), unread(b)};
  lib_ret_str(a, rt_bytes_to_string(vm, rest, NULL));
}

void rt_bytes_Buffer_Len(VM *vm, Word *a) { a[0].i = unread(buffer(vm, a)); }
void rt_bytes_Buffer_Cap(VM *vm, Word *a) { a[0].i = buffer(vm, a)->buf.cap; }
void rt_bytes_Buffer_Reset(VM *vm, Word *a) { reset(vm, buffer(vm, a)); }

/* func (b *Buffer) Grow(n int) */
void rt_bytes_Buffer_Grow(VM *vm, Word *a) {
  int64_t n = a[1].i;
  Buffer *b = buffer(vm, a);
  if (n < 0) lib_panic_string(vm, "bytes.Buffer.Grow: negative count");
  b->buf.len = grow(vm, b, n);
}

/* func (b *Buffer) Truncate(n int) */
void rt_bytes_Buffer_Truncate(VM *vm, Word *a) {
  int64_t n = a[1].i;
  Buffer *b = buffer(vm, a);
  if (n == 0) {
    reset(vm, b);
    return;
  }
  b->last_read = OP_INVALID;
  if (n < 0 || n > unread(b)) lib_panic_string(vm, "bytes.Buffer: truncation out of range");
  b->buf.len = b->off + n;
}

/* func (b *Buffer) Write(p []byte) (n int, err error) */
void rt_bytes_Buffer_Write(VM *vm, Word *a) {
  GoSlice p = lib_slice(a + 1);
  append_bytes(vm, buffer(vm, a), p.ptr, p.len);
  a[0].i = p.len;
  ret_nil_error(a + 1);
}

/* func (b *Buffer) WriteString(s string) (n int, err error) */
void rt_bytes_Buffer_WriteString(VM *vm, Word *a) {
  GoString s = lib_str(a + 1);
  append_bytes(vm, buffer(vm, a), s.ptr, s.len);
  a[0].i = s.len;
  ret_nil_error(a + 1);
}

/* func (b *Buffer) WriteByte(c byte) error */
void rt_bytes_Buffer_WriteByte(VM *vm, Word *a) {
  uint8_t c = (uint8_t)a[1].u;
  append_bytes(vm, buffer(vm, a), &c, 1);
  ret_nil_error(a);
}

/* func (b *Buffer) WriteRune(r rune) (n int, err error): a multi-byte rune
** asks grow for 4 bytes (UTFMax) and keeps the ones it encodes. */
void rt_bytes_Buffer_WriteRune(VM *vm, Word *a) {
  int32_t r = (int32_t)a[1].i;
  Buffer *b = buffer(vm, a);
  uint8_t enc[4];
  int n = rt_utf8_encode(enc, r);
  if ((uint32_t)r < 0x80) {
    append_bytes(vm, b, enc, 1);
  } else {
    b->last_read = OP_INVALID;
    int64_t at = grow(vm, b, 4);
    memcpy((uint8_t *)b->buf.ptr + at, enc, (size_t)n);
    b->buf.len = at + n;
  }
  a[0].i = n;
  ret_nil_error(a + 1);
}

/* func (b *Buffer) Read(p []byte) (n int, err error) */
void rt_bytes_Buffer_Read(VM *vm, Word *a) {
  GoSlice p = lib_slice(a + 1);
  Buffer *b = buffer(vm, a);
  b->last_read = OP_INVALID;
  if (unread(b) == 0) {
    reset(vm, b);
    a[0].i = 0;
    if (p.len == 0) ret_nil_error(a + 1);
    else lib_ret_iface(a + 1, lib_io_eof());
    return;
  }
  int64_t n = unread(b) < p.len ? unread(b) : p.len;
  lib_move(p.ptr, (uint8_t *)b->buf.ptr + b->off, n);
  b->off += n;
  if (n > 0) b->last_read = OP_READ;
  a[0].i = n;
  ret_nil_error(a + 1);
}

/* func (b *Buffer) Next(n int) []byte */
void rt_bytes_Buffer_Next(VM *vm, Word *a) {
  int64_t n = a[1].i;
  Buffer *b = buffer(vm, a);
  b->last_read = OP_INVALID;
  if (n > unread(b)) n = unread(b);
  if (n < 0) vm_panic_runtime(vm, "slice bounds out of range [%lld:%lld]", (long long)b->off,
                              (long long)(b->off + n));
  GoSlice s = {(uint8_t *)b->buf.ptr + b->off, n, b->buf.cap - b->off};
  b->off += n;
  if (n > 0) b->last_read = OP_READ;
  lib_ret_slice(a, s);
}

/* func (b *Buffer) ReadByte() (byte, error) */
void rt_bytes_Buffer_ReadByte(VM *vm, Word *a) {
  Buffer *b = buffer(vm, a);
  if (unread(b) == 0) {
    reset(vm, b);
    a[0].u = 0;
    lib_ret_iface(a + 1, lib_io_eof());
    return;
  }
  a[0].u = ((uint8_t *)b->buf.ptr)[b->off++];
  b->last_read = OP_READ;
  ret_nil_error(a + 1);
}

/* func (b *Buffer) ReadRune() (r rune, size int, err error) */
void rt_bytes_Buffer_ReadRune(VM *vm, Word *a) {
  Buffer *b = buffer(vm, a);
  if (unread(b) == 0) {
    reset(vm, b);
    a[0].i = 0;
    a[1].i = 0;
    lib_ret_iface(a + 2, lib_io_eof());
    return;
  }
  int w;
  int32_t r = rt_utf8_decode((uint8_t *)b->buf.ptr + b->off, (size_t)unread(b), &w);
  b->off += w;
  b->last_read = (int8_t)w;
  a[0].i = r;
  a[1].i = w;
  ret_nil_error(a + 2);
}

/* func (b *Buffer) UnreadRune() error */
void rt_bytes_Buffer_UnreadRune(VM *vm, Word *a) {
  Buffer *b = buffer(vm, a);
  if (b->last_read <= OP_INVALID) {
    lib_ret_iface(a, rt_error_static(&unread_rune_text));
    return;
  }
  if (b->off >= b->last_read) b->off -= b->last_read;
  b->last_read = OP_INVALID;
  ret_nil_error(a);
}

/* func (b *Buffer) UnreadByte() error */
void rt_bytes_Buffer_UnreadByte(VM *vm, Word *a) {
  Buffer *b = buffer(vm, a);
  if (b->last_read == OP_INVALID) {
    lib_ret_iface(a, rt_error_static(&unread_byte_text));
    return;
  }
  b->last_read = OP_INVALID;
  if (b->off > 0) b->off--;
  ret_nil_error(a);
}

/* Go's readSlice: the unread bytes up to and including [delim] (all of
** them and io.EOF when it is absent); the bytes stay shared. */
static GoSlice read_slice(Buffer *b, uint8_t delim, GoIface *err) {
  uint8_t *start = (uint8_t *)b->buf.ptr + b->off;
  uint8_t *hit = unread(b) ? memchr(start, delim, (size_t)unread(b)) : NULL;
  int64_t end = hit ? b->off + (hit - start) + 1 : b->buf.len;
  *err = hit ? (GoIface){NULL, {0}} : lib_io_eof();
  GoSlice line = {start, end - b->off, end - b->off};
  b->off = end;
  b->last_read = OP_READ;
  return line;
}

/* func (b *Buffer) ReadString(delim byte) (line string, err error) */
void rt_bytes_Buffer_ReadString(VM *vm, Word *a) {
  uint8_t delim = (uint8_t)a[1].u;
  GoIface err;
  GoSlice line = read_slice(buffer(vm, a), delim, &err);
  lib_ret_str(a, rt_bytes_to_string(vm, line, NULL));
  lib_ret_iface(a + 2, err);
}

/* func (b *Buffer) ReadBytes(delim byte) (line []byte, err error): a copy
** made by append to a nil slice (size-class capacity). */
void rt_bytes_Buffer_ReadBytes(VM *vm, Word *a) {
  uint8_t delim = (uint8_t)a[1].u;
  GoIface err;
  GoSlice line = read_slice(buffer(vm, a), delim, &err);
  lib_ret_slice(a, rt_slice_append(vm, &rt_lib_byte_type, (GoSlice){NULL, 0, 0}, line.ptr, line.len));
  lib_ret_iface(a + 3, err);
}

/* func (b *Buffer) WriteTo(w io.Writer) (n int64, err error) */
void rt_bytes_Buffer_WriteTo(VM *vm, Word *a) {
  GoIface w = {a[1].cp, a[2]};
  Buffer *b = buffer(vm, a);
  b->last_read = OP_INVALID;
  GoIface err = {NULL, {0}};
  int64_t n = 0;
  if (unread(b) > 0) {
    /* a Go Write may move the stack, and b with it if it lives there */
    rt_StackRef bref = rt_stack_ref(vm, a[0].p), aref = rt_stack_ref(vm, a);
    n = lib_io_write(vm, w, (uint8_t *)b->buf.ptr + b->off, unread(b), &err);
    b = (Buffer *)rt_stack_ptr(vm, bref);
    a = rt_stack_ptr(vm, aref);
    b->off += n;
  }
  if (!err.type) reset(vm, b);
  a[0].i = n;
  lib_ret_iface(a + 1, err);
}
