/*
** lib_bufio.c — package bufio (stdlib.def): Writer, Reader and Scanner as
** natives over Go 1.19's memory layouts, step for step Go's algorithms,
** because what a program sees depends on them: when buffered output
** reaches the underlying writer (and so how it interleaves with direct
** writes to os.Stdout), what is lost when a program exits without Flush,
** where a long line is cut, which error a Scanner reports.
**
**   Writer  { err error; buf []byte; n int; wr io.Writer }
**   Reader  { buf []byte; rd io.Reader; r, w int; err error;
**             lastByte int; lastRuneSize int }
**   Scanner { r io.Reader; split SplitFunc; maxTokenSize int;
**             token []byte; buf []byte; start, end int; err error;
**             empties int; scanCalled, done bool }
**
** WRITER. Bytes collect in buf[0:n] (4096 by default) and go to wr in one
** Write when the next piece does not fit or on Flush; a write larger than
** the buffer goes straight through when the buffer is empty. A write error
** sticks in err: every later call returns it.
**
** READER. buf[r:w] holds bytes read but not consumed; fill slides them to
** the front and makes one Read of the rest (up to 100 tries that return
** nothing, then io.ErrNoProgress). ReadSlice returns a view of buf; the
** string and byte results are copies.
**
** SCANNER. Go's Scan loop: split the bytes in buf[start:end]; if no token
** yet, slide, grow the buffer (4096, doubling, at most maxTokenSize, else
** ErrTooLong) and read more. The split functions ScanLines, ScanWords,
** ScanRunes and ScanBytes are package variables whose values are static
** sentinel closures that Split recognizes, and Scan runs the matching C
** function; a Go-defined split function is called through rt_call_value
** (vm/call.h). The sentinels are not callable: calling bufio.ScanWords
** directly is refused at compile time (codegen_expr.c).
**
** Invariants: 0 <= r <= w <= len(buf) (Reader), 0 <= start <= end <=
** len(buf) (Scanner); pointer fields are stored through the write barrier
** (lib_set_slice, lib_set_iface), since these objects live on the heap.
*/
#include <string.h>

#include "lib.h"
#include "../vm/call.h"

typedef struct Writer { GoIface err; GoSlice buf; int64_t n; GoIface wr; } Writer;
typedef struct Reader {
  GoSlice buf;
  GoIface rd;
  int64_t r, w;
  GoIface err;
  int64_t last_byte, last_rune_size;
} Reader;
typedef struct Scanner {
  GoIface r;
  const void *split;
  int64_t max_token;
  GoSlice token, buf;
  int64_t start, end;
  GoIface err;
  int64_t empties;
  bool scan_called, done;
} Scanner;

enum { DEFAULT_SIZE = 4096, MIN_READ_SIZE = 16, MAX_TOKEN = 64 * 1024, MAX_EMPTY = 100 };

static const uint8_t writer_mask[] = {0xC7};
static const RType writer_type = {
  .kind = RK_STRUCT, .named = true, .size = 64, .nwords = 8, .str = "bufio.Writer",
  .ptrmask = writer_mask,
};
static const uint8_t reader_mask[] = {0x99, 0x01};
static const RType reader_type = {
  .kind = RK_STRUCT, .named = true, .size = 88, .nwords = 11, .str = "bufio.Reader",
  .ptrmask = reader_mask,
};
static const uint8_t scanner_mask[] = {0x97, 0x30};
static const RType scanner_type = {
  .kind = RK_STRUCT, .named = true, .size = 128, .nwords = 16, .str = "bufio.Scanner",
  .ptrmask = scanner_mask,
};

#define TEXT(s) {(const uint8_t *)s, sizeof s - 1}
static const GoString buffer_full_text = TEXT("bufio: buffer full");
static const GoString unread_byte_text = TEXT("bufio: invalid use of UnreadByte");
static const GoString unread_rune_text = TEXT("bufio: invalid use of UnreadRune");
static const GoString too_long_text = TEXT("bufio.Scanner: token too long");
static const GoString no_progress_text = TEXT("multiple Read calls return no data or error");
static const GoString short_write_text = TEXT("short write");

static const GoIface no_error = {NULL, {0}};

static void *receiver(VM *vm, Word *a) {
  if (!a[0].p) lib_nil_deref(vm);
  return a[0].p;
}

/* {==================================================================
** Writer
** =================================================================== */

static GoSlice make_bytes(VM *vm, int64_t n) { return rt_makeslice(vm, &rt_lib_byte_type, n, n); }

static Writer *new_writer(VM *vm, GoIface wr, int64_t size) {
  if (size <= 0) size = DEFAULT_SIZE;
  GoSlice buf = make_bytes(vm, size);
  Writer *b = gc_alloc(vm, &writer_type, sizeof *b);
  b->buf = buf;
  b->wr = wr;
  return b;
}

/* NewWriterSize returns its argument when it already is a large enough
** *bufio.Writer; the dynamic type tells (its Flush is ours). */
static bool is_type_of(GoIface v, const char *method, rt_NativeFn fn) {
  const RMethod *m = v.type ? rt_method_find(v.type, method) : NULL;
  return m && m->native == fn && v.data.p;
}

static void writer_new(VM *vm, Word *a, int64_t size) {
  GoIface wr = {a[0].cp, a[1]};
  if (is_type_of(wr, "Flush", rt_bufio_Writer_Flush)) {
    Writer *w = wr.data.p;
    if (w->buf.len >= (size <= 0 ? DEFAULT_SIZE : size)) {
      a[0].p = w;
      return;
    }
  }
  a[0].p = new_writer(vm, wr, size);
}

/* func NewWriter(w io.Writer) *Writer, NewWriterSize(w, size) */
void rt_bufio_NewWriter(VM *vm, Word *a) { writer_new(vm, a, DEFAULT_SIZE); }
void rt_bufio_NewWriterSize(VM *vm, Word *a) { writer_new(vm, a, a[2].i); }

static GoIface flush(VM *vm, Writer *b) {
  if (b->err.type) return b->err;
  if (b->n == 0) return no_error;
  GoIface err;
  int64_t n = lib_io_write(vm, b->wr, b->buf.ptr, b->n, &err);
  if (n < b->n && !err.type) err = rt_error_static(&short_write_text);
  if (err.type) {
    if (n > 0 && n < b->n) lib_move(b->buf.ptr, (uint8_t *)b->buf.ptr + n, b->n - n);
    b->n -= n;
    lib_set_iface(vm, &b->err, err);
    return err;
  }
  b->n = 0;
  return no_error;
}

static int64_t available(const Writer *b) { return b->buf.len - b->n; }

static int64_t copy_in(Writer *b, const uint8_t *p, int64_t n) {
  int64_t m = available(b) < n ? available(b) : n;
  lib_move((uint8_t *)b->buf.ptr + b->n, p, m);
  b->n += m;
  return m;
}

/* Go's Write and WriteString ([str]): while p does not fit, an empty
** buffer passes p straight to wr (for WriteString only when wr has a
** WriteString method), otherwise the buffer is topped up and flushed. */
static int64_t writer_write(VM *vm, Writer *b, const uint8_t *p, int64_t len, bool str, GoIface *err) {
  int64_t nn = 0;
  /* WriteString bypasses the buffer only into an io.StringWriter */
  bool direct = !str || (b->wr.type && rt_method_find(b->wr.type, "WriteString"));
  while (len > available(b) && !b->err.type) {
    int64_t n;
    if (b->n == 0 && direct) {
      GoIface e;
      n = lib_io_write(vm, b->wr, p, len, &e);
      if (e.type) lib_set_iface(vm, &b->err, e);
    } else {
      n = copy_in(b, p, len);
      flush(vm, b);
    }
    nn += n;
    p += n;
    len -= n;
  }
  *err = b->err;
  if (b->err.type) return nn;
  return nn + copy_in(b, p, len);
}

static void ret_n_err(Word *a, int64_t n, GoIface err) {
  a[0].i = n;
  lib_ret_iface(a + 1, err);
}

/* func (b *Writer) Write(p []byte) (nn int, err error) */
static void Writer_Write_impl(VM *vm, Word *a) {
  GoSlice p = lib_slice(a + 1);
  GoIface err;
  int64_t n = writer_write(vm, receiver(vm, a), p.ptr, p.len, false, &err);
  ret_n_err(a, n, err);
}

/* func (b *Writer) WriteString(s string) (int, error) */
static void Writer_WriteString_impl(VM *vm, Word *a) {
  GoString s = lib_str(a + 1);
  GoIface err;
  int64_t n = writer_write(vm, receiver(vm, a), s.ptr, s.len, true, &err);
  ret_n_err(a, n, err);
}

static GoIface write_byte(VM *vm, Writer *b, uint8_t c) {
  if (b->err.type) return b->err;
  if (available(b) <= 0 && flush(vm, b).type) return b->err;
  ((uint8_t *)b->buf.ptr)[b->n++] = c;
  return no_error;
}

/* func (b *Writer) WriteByte(c byte) error */
static void Writer_WriteByte_impl(VM *vm, Word *a) {
  uint8_t c = (uint8_t)a[1].u;
  lib_ret_iface(a, write_byte(vm, receiver(vm, a), c));
}

/* func (b *Writer) WriteRune(r rune) (size int, err error) */
static void Writer_WriteRune_impl(VM *vm, Word *a) {
  int32_t r = (int32_t)a[1].i;
  Writer *b = receiver(vm, a);
  uint8_t enc[4];
  int size = rt_utf8_encode(enc, r);
  if ((uint32_t)r < 0x80) {
    GoIface err = write_byte(vm, b, (uint8_t)r);
    ret_n_err(a, err.type ? 0 : 1, err);
    return;
  }
  if (b->err.type) return ret_n_err(a, 0, b->err);
  if (available(b) < 4) {
    if (flush(vm, b).type) return ret_n_err(a, 0, b->err);
    if (available(b) < 4) {
      GoIface err;
      int64_t n = writer_write(vm, b, enc, size, true, &err);
      return ret_n_err(a, n, err);
    }
  }
  copy_in(b, enc, size);
  ret_n_err(a, size, no_error);
}

/* func (b *Writer) Flush() error */
static void Writer_Flush_impl(VM *vm, Word *a) { lib_ret_iface(a, flush(vm, receiver(vm, a))); }

void rt_bufio_Writer_Available(VM *vm, Word *a) { a[0].i = available(receiver(vm, a)); }
void rt_bufio_Writer_Buffered(VM *vm, Word *a) { a[0].i = ((Writer *)receiver(vm, a))->n; }
void rt_bufio_Writer_Size(VM *vm, Word *a) { a[0].i = ((Writer *)receiver(vm, a))->buf.len; }

/* }================================================================== */

/* {==================================================================
** Reader
** =================================================================== */

static void reader_new(VM *vm, Word *a, int64_t size) {
  GoIface rd = {a[0].cp, a[1]};
  if (is_type_of(rd, "ReadLine", rt_bufio_Reader_ReadLine)) {
    Reader *r = rd.data.p;
    if (r->buf.len >= size) {
      a[0].p = r;
      return;
    }
  }
  if (size < MIN_READ_SIZE) size = MIN_READ_SIZE;
  GoSlice buf = make_bytes(vm, size);
  Reader *r = gc_alloc(vm, &reader_type, sizeof *r);
  r->buf = buf;
  r->rd = rd;
  r->last_byte = -1;
  r->last_rune_size = -1;
  a[0].p = r;
}

/* func NewReader(rd io.Reader) *Reader, NewReaderSize(rd, size) */
void rt_bufio_NewReader(VM *vm, Word *a) { reader_new(vm, a, DEFAULT_SIZE); }
void rt_bufio_NewReaderSize(VM *vm, Word *a) { reader_new(vm, a, a[2].i); }

static uint8_t *rbytes(Reader *b) { return b->buf.ptr; }

/* Go's fill: slide the unread bytes down, then one Read that returns data
** or an error, trying up to 100 times. */
static void fill(VM *vm, Reader *b) {
  if (b->r > 0) {
    lib_move(rbytes(b), rbytes(b) + b->r, b->w - b->r);
    b->w -= b->r;
    b->r = 0;
  }
  if (b->w >= b->buf.len) lib_panic_string(vm, "bufio: tried to fill full buffer");
  for (int i = MAX_EMPTY; i > 0; i--) {
    GoIface err;
    int64_t n = lib_io_read(vm, b->rd, rbytes(b) + b->w, b->buf.len - b->w, &err);
    b->w += n;
    if (err.type) {
      lib_set_iface(vm, &b->err, err);
      return;
    }
    if (n > 0) return;
  }
  lib_set_iface(vm, &b->err, rt_error_static(&no_progress_text));
}

/* Go's readErr: the pending error, cleared. */
static GoIface read_err(VM *vm, Reader *b) {
  GoIface e = b->err;
  lib_set_iface(vm, &b->err, no_error);
  return e;
}

/* func (b *Reader) Read(p []byte) (n int, err error) */
static void Reader_Read_impl(VM *vm, Word *a) {
  GoSlice p = lib_slice(a + 1);
  Reader *b = receiver(vm, a);
  if (p.len == 0) return ret_n_err(a, 0, b->w - b->r > 0 ? no_error : read_err(vm, b));
  if (b->r == b->w) {
    if (b->err.type) return ret_n_err(a, 0, read_err(vm, b));
    if (p.len >= b->buf.len) {   /* large read, empty buffer: straight into p */
      GoIface err;
      int64_t n = lib_io_read(vm, b->rd, p.ptr, p.len, &err);
      lib_set_iface(vm, &b->err, err);
      if (n > 0) {
        b->last_byte = ((uint8_t *)p.ptr)[n - 1];
        b->last_rune_size = -1;
      }
      return ret_n_err(a, n, read_err(vm, b));
    }
    b->r = b->w = 0;
    GoIface err;
    int64_t n = lib_io_read(vm, b->rd, rbytes(b), b->buf.len, &err);
    lib_set_iface(vm, &b->err, err);
    if (n == 0) return ret_n_err(a, 0, read_err(vm, b));
    b->w += n;
  }
  int64_t n = b->w - b->r < p.len ? b->w - b->r : p.len;
  lib_move(p.ptr, rbytes(b) + b->r, n);
  b->r += n;
  b->last_byte = rbytes(b)[b->r - 1];
  b->last_rune_size = -1;
  ret_n_err(a, n, no_error);
}

/* func (b *Reader) ReadByte() (byte, error) */
static void Reader_ReadByte_impl(VM *vm, Word *a) {
  Reader *b = receiver(vm, a);
  b->last_rune_size = -1;
  while (b->r == b->w) {
    if (b->err.type) return ret_n_err(a, 0, read_err(vm, b));
    fill(vm, b);
  }
  uint8_t c = rbytes(b)[b->r++];
  b->last_byte = c;
  ret_n_err(a, c, no_error);
}

/* func (b *Reader) UnreadByte() error */
void rt_bufio_Reader_UnreadByte(VM *vm, Word *a) {
  Reader *b = receiver(vm, a);
  if (b->last_byte < 0 || (b->r == 0 && b->w > 0)) {
    lib_ret_iface(a, rt_error_static(&unread_byte_text));
    return;
  }
  if (b->r > 0) b->r--;
  else b->w = 1;
  rbytes(b)[b->r] = (uint8_t)b->last_byte;
  b->last_byte = -1;
  b->last_rune_size = -1;
  lib_ret_iface(a, no_error);
}

static bool full_rune(const uint8_t *p, int64_t n) {
  if (n <= 0) return false;
  if (p[0] < 0x80) return true;
  int w;
  rt_utf8_decode(p, (size_t)n, &w);
  if (w > 1) return true;
  /* an invalid start, or a valid prefix cut short? */
  int need = p[0] >= 0xF0 ? 4 : p[0] >= 0xE0 ? 3 : p[0] >= 0xC0 ? 2 : 1;
  if (n >= need) return true;
  for (int64_t i = 1; i < n; i++)
    if ((p[i] & 0xC0) != 0x80) return true;
  return p[0] < 0xC2 || p[0] > 0xF4;
}

/* func (b *Reader) ReadRune() (r rune, size int, err error) */
static void Reader_ReadRune_impl(VM *vm, Word *a) {
  Reader *b = receiver(vm, a);
  while (b->r + 4 > b->w && !full_rune(rbytes(b) + b->r, b->w - b->r) && !b->err.type &&
         b->w - b->r < b->buf.len)
    fill(vm, b);
  b->last_rune_size = -1;
  if (b->r == b->w) {
    GoIface e = read_err(vm, b);
    a[0].i = 0;
    a[1].i = 0;
    lib_ret_iface(a + 2, e);
    return;
  }
  int w = 1;
  int32_t r = rbytes(b)[b->r];
  if (r >= 0x80) r = rt_utf8_decode(rbytes(b) + b->r, (size_t)(b->w - b->r), &w);
  b->r += w;
  b->last_byte = rbytes(b)[b->r - 1];
  b->last_rune_size = w;
  a[0].i = r;
  a[1].i = w;
  lib_ret_iface(a + 2, no_error);
}

/* func (b *Reader) UnreadRune() error */
void rt_bufio_Reader_UnreadRune(VM *vm, Word *a) {
  Reader *b = receiver(vm, a);
  if (b->last_rune_size < 0 || b->r < b->last_rune_size) {
    lib_ret_iface(a, rt_error_static(&unread_rune_text));
    return;
  }
  b->r -= b->last_rune_size;
  b->last_byte = -1;
  b->last_rune_size = -1;
  lib_ret_iface(a, no_error);
}

/* func (b *Reader) Buffered() int */
void rt_bufio_Reader_Buffered(VM *vm, Word *a) {
  Reader *b = receiver(vm, a);
  a[0].i = b->w - b->r;
}

/* Go's ReadSlice: a view of buf up to and including [delim]; at an error
** the rest of the buffer; ErrBufferFull with the whole buffer when it is
** full without [delim]. */
static GoSlice read_slice(VM *vm, Reader *b, uint8_t delim, GoIface *err) {
  int64_t s = 0;
  GoSlice line;
  *err = no_error;
  for (;;) {
    uint8_t *from = rbytes(b) + b->r + s;
    uint8_t *hit = b->w - b->r - s > 0 ? memchr(from, delim, (size_t)(b->w - b->r - s)) : NULL;
    if (hit) {
      int64_t i = hit - (rbytes(b) + b->r);
      line = (GoSlice){rbytes(b) + b->r, i + 1, b->buf.cap - b->r};
      b->r += i + 1;
      break;
    }
    if (b->err.type) {
      line = (GoSlice){rbytes(b) + b->r, b->w - b->r, b->buf.cap - b->r};
      b->r = b->w;
      *err = read_err(vm, b);
      break;
    }
    if (b->w - b->r >= b->buf.len) {
      b->r = b->w;
      line = b->buf;
      *err = rt_error_static(&buffer_full_text);
      break;
    }
    s = b->w - b->r;
    fill(vm, b);
  }
  if (line.len > 0) {
    b->last_byte = ((uint8_t *)line.ptr)[line.len - 1];
    b->last_rune_size = -1;
  }
  return line;
}

static bool is_buffer_full(GoIface e) { return e.type && e.data.cp == &buffer_full_text; }

/* Go's collectFragments + the copy ReadString and ReadBytes make: the
** bytes up to [delim] in [out] (malloc'd scratch). */
static GoIface collect(VM *vm, Reader *b, uint8_t delim, rt_Buf *out) {
  for (;;) {
    GoIface e;
    GoSlice frag = read_slice(vm, b, delim, &e);
    rt_buf_append(out, frag.ptr, (size_t)frag.len);
    if (!is_buffer_full(e)) return e;
  }
}

/* func (b *Reader) ReadString(delim byte) (string, error) */
static void Reader_ReadString_impl(VM *vm, Word *a) {
  uint8_t delim = (uint8_t)a[1].u;
  rt_Buf out = {0};
  GoIface err = collect(vm, receiver(vm, a), delim, &out);
  lib_ret_str(a, lib_buf_string(vm, &out));
  lib_ret_iface(a + 2, err);
}

/* func (b *Reader) ReadBytes(delim byte) ([]byte, error) */
static void Reader_ReadBytes_impl(VM *vm, Word *a) {
  uint8_t delim = (uint8_t)a[1].u;
  rt_Buf out = {0};
  GoIface err = collect(vm, receiver(vm, a), delim, &out);
  lib_ret_slice(a, lib_buf_bytes(vm, &out));
  lib_ret_iface(a + 3, err);
}

/* func (b *Reader) ReadLine() (line []byte, isPrefix bool, err error) */
static void Reader_ReadLine_impl(VM *vm, Word *a) {
  Reader *b = receiver(vm, a);
  GoIface err;
  GoSlice line = read_slice(vm, b, '\n', &err);
  bool prefix = false;
  if (is_buffer_full(err)) {
    if (line.len > 0 && ((uint8_t *)line.ptr)[line.len - 1] == '\r') {
      b->r--;
      line.len--;
    }
    prefix = true;
    err = no_error;
  } else if (line.len == 0) {
    if (err.type) line = (GoSlice){NULL, 0, 0};
  } else {
    err = no_error;
    const uint8_t *p = line.ptr;
    if (p[line.len - 1] == '\n') {
      int drop = line.len > 1 && p[line.len - 2] == '\r' ? 2 : 1;
      line.len -= drop;
    }
  }
  lib_ret_slice(a, line);
  a[3].i = prefix;
  lib_ret_iface(a + 4, err);
}

/* }================================================================== */

/* {==================================================================
** Scanner
** =================================================================== */

/* A split function's answer: advance, the token (nil when !has_token). */
typedef struct Split { int64_t advance; GoSlice token; bool has_token; } Split;
typedef Split (*SplitFn)(VM *vm, const uint8_t *data, int64_t n, bool at_eof);

static Split no_token(int64_t advance) { return (Split){advance, {NULL, 0, 0}, false}; }
static Split token(int64_t advance, const uint8_t *p, int64_t n) {
  return (Split){advance, {(void *)p, n, n}, true};
}

static Split scan_lines(VM *vm, const uint8_t *data, int64_t n, bool at_eof) {
  (void)vm;
  if (at_eof && n == 0) return no_token(0);
  const uint8_t *nl = n ? memchr(data, '\n', (size_t)n) : NULL;
  int64_t i = nl ? nl - data : n;
  if (!nl && !at_eof) return no_token(0);
  int64_t len = i > 0 && data[i - 1] == '\r' ? i - 1 : i;   /* dropCR */
  return token(nl ? i + 1 : n, data, len);
}

static Split scan_bytes(VM *vm, const uint8_t *data, int64_t n, bool at_eof) {
  (void)vm;
  if (at_eof && n == 0) return no_token(0);
  return token(1, data, 1);
}

static Split scan_runes(VM *vm, const uint8_t *data, int64_t n, bool at_eof) {
  if (at_eof && n == 0) return no_token(0);
  if (data[0] < 0x80) return token(1, data, 1);
  int w;
  rt_utf8_decode(data, (size_t)n, &w);
  if (w > 1) return token(w, data, w);
  if (!at_eof && !full_rune(data, n)) return no_token(0);
  /* Go's errorRune: a fresh copy, since the program may write to it */
  GoString e = lib_string_copy(vm, (const uint8_t *)"\xEF\xBF\xBD", 3);
  return token(1, e.ptr, 3);
}

/* bufio's isSpace: Unicode White_Space. */
static bool is_space(int32_t r) {
  if (r <= 0xFF)
    return r == ' ' || (r >= '\t' && r <= '\r') || r == 0x85 || r == 0xA0;
  if (r >= 0x2000 && r <= 0x200A) return true;
  return r == 0x1680 || r == 0x2028 || r == 0x2029 || r == 0x202F || r == 0x205F || r == 0x3000;
}

static Split scan_words(VM *vm, const uint8_t *data, int64_t n, bool at_eof) {
  (void)vm;
  int64_t start = 0;
  int w;
  while (start < n && is_space(rt_utf8_decode(data + start, (size_t)(n - start), &w))) start += w;
  for (int64_t i = start; i < n; i += w)
    if (is_space(rt_utf8_decode(data + i, (size_t)(n - i), &w))) return token(i + w, data + start, i - start);
  if (at_eof && n > start) return token(n, data + start, n - start);
  return no_token(start);
}

/* The sentinel closures that bufio.ScanLines etc. hold (see the header):
** static, so the collector and the stack copier leave them alone. */
static const Word split_sentinels[4];
static const SplitFn split_fns[4] = {scan_lines, scan_words, scan_runes, scan_bytes};

static void set_split_var(Word *slot, int i) { slot[0].cp = &split_sentinels[i]; }
void rt_bufio_ScanLines(VM *vm, Word *slot) { (void)vm; set_split_var(slot, 0); }
void rt_bufio_ScanWords(VM *vm, Word *slot) { (void)vm; set_split_var(slot, 1); }
void rt_bufio_ScanRunes(VM *vm, Word *slot) { (void)vm; set_split_var(slot, 2); }
void rt_bufio_ScanBytes(VM *vm, Word *slot) { (void)vm; set_split_var(slot, 3); }

/* var ErrTooLong, ErrBufferFull error */
void rt_bufio_ErrTooLong(VM *vm, Word *slot) {
  (void)vm;
  lib_ret_iface(slot, rt_error_static(&too_long_text));
}
void rt_bufio_ErrBufferFull(VM *vm, Word *slot) {
  (void)vm;
  lib_ret_iface(slot, rt_error_static(&buffer_full_text));
}

/* The C split function for a sentinel, NULL for a Go func value. */
static SplitFn split_fn(const void *f) {
  for (int i = 0; i < 4; i++)
    if (f == &split_sentinels[i]) return split_fns[i];
  return NULL;
}

static const GoString final_token_text = TEXT("final token");
static const GoString negative_advance_text = TEXT("bufio.Scanner: SplitFunc returns negative advance count");
static const GoString advance_too_far_text = TEXT("bufio.Scanner: SplitFunc returns advance count beyond input");

void rt_bufio_ErrFinalToken(VM *vm, Word *slot) {
  (void)vm;
  lib_ret_iface(slot, rt_error_static(&final_token_text));
}

/* A Go split function: split(buf[start:end], atEOF) through rt_call_value.
** Its token and error are heap values held in C memory: they are stored
** into the Scanner (s->token, s->err) before anything can allocate. */
static Split go_split(VM *vm, Scanner *s, GoIface *err) {
  Word in[4] = {{.p = (uint8_t *)s->buf.ptr + s->start}, {.i = s->end - s->start},
                {.i = s->buf.cap - s->start}, {.u = s->err.type != NULL}};
  Word res[6];
  rt_call_value(vm, s->split, in, 4, res, 6, NULL);
  Split r = {res[0].i, {res[1].p, res[2].i, res[3].i}, res[1].p != NULL};
  *err = (GoIface){res[4].cp, res[5]};
  return r;
}

/* func NewScanner(r io.Reader) *Scanner */
void rt_bufio_NewScanner(VM *vm, Word *a) {
  GoIface r = {a[0].cp, a[1]};
  Scanner *s = gc_alloc(vm, &scanner_type, sizeof *s);
  s->r = r;
  s->split = &split_sentinels[0];
  s->max_token = MAX_TOKEN;
  a[0].p = s;
}

/* Go's setErr: the first error sticks, except that one replaces io.EOF. */
static void set_err(VM *vm, Scanner *s, GoIface err) {
  if (!s->err.type || lib_is_eof(s->err)) lib_set_iface(vm, &s->err, err);
}

/* Reads more into buf[end:], growing or sliding first; false when an
** error ended the scan. */
static bool scan_more(VM *vm, Scanner *s) {
  uint8_t *buf = s->buf.ptr;
  if (s->start > 0 && (s->end == s->buf.len || s->start > s->buf.len / 2)) {
    lib_move(buf, buf + s->start, s->end - s->start);
    s->end -= s->start;
    s->start = 0;
  }
  if (s->end == s->buf.len) {
    if (s->buf.len >= s->max_token || s->buf.len > INT64_MAX / 2) {
      set_err(vm, s, rt_error_static(&too_long_text));
      return false;
    }
    int64_t size = s->buf.len ? s->buf.len * 2 : DEFAULT_SIZE;
    if (size > s->max_token) size = s->max_token;
    GoSlice nb = make_bytes(vm, size);
    lib_move(nb.ptr, buf + s->start, s->end - s->start);
    lib_set_slice(vm, &s->buf, nb);
    s->end -= s->start;
    s->start = 0;
  }
  for (int loop = 0;;) {
    GoIface err;
    int64_t n = lib_io_read(vm, s->r, (uint8_t *)s->buf.ptr + s->end, s->buf.len - s->end, &err);
    s->end += n;
    if (err.type) {
      set_err(vm, s, err);
      break;
    }
    if (n > 0) {
      s->empties = 0;
      break;
    }
    if (++loop > MAX_EMPTY) {
      set_err(vm, s, rt_error_static(&no_progress_text));
      break;
    }
  }
  return true;
}

/* One step of Go's Scan loop: 1 a token, 0 no token yet, -1 done. */
static int scan_step(VM *vm, Scanner *s, SplitFn fn) {
  if (s->end > s->start || s->err.type) {
    uint8_t *data = (uint8_t *)s->buf.ptr + s->start;
    GoIface err = {NULL, {0}};
    Split r = fn ? fn(vm, data, s->end - s->start, s->err.type != NULL) : go_split(vm, s, &err);
    /* the token points into buf, at ScanRunes' fresh U+FFFD, or anywhere
    ** a Go split function found it: stored at once, before any allocation */
    lib_set_slice(vm, &s->token, r.token);
    if (err.type) {
      if (err.data.cp == &final_token_text) {
        s->done = true;
        return 1;
      }
      set_err(vm, s, err);
      return -1;
    }
    if (r.advance < 0 || r.advance > s->end - s->start) {
      set_err(vm, s, rt_error_static(r.advance < 0 ? &negative_advance_text : &advance_too_far_text));
      return -1;
    }
    s->start += r.advance;
    if (r.has_token) {
      if (!s->err.type || r.advance > 0) s->empties = 0;
      else if (++s->empties > MAX_EMPTY) lib_panic_string(vm, "bufio.Scan: too many empty tokens without progressing");
      return 1;
    }
  }
  if (s->err.type) {
    s->start = s->end = 0;
    return -1;
  }
  return scan_more(vm, s) ? 0 : -1;
}

/* func (s *Scanner) Scan() bool */
static void Scanner_Scan_impl(VM *vm, Word *a) {
  Scanner *s = receiver(vm, a);
  if (s->done) {
    a[0].u = 0;
    return;
  }
  s->scan_called = true;
  if (!s->split) lib_nil_deref(vm);
  SplitFn fn = split_fn(s->split);
  int r;
  while ((r = scan_step(vm, s, fn)) == 0) {}
  a[0].u = r > 0;
}

/* func (s *Scanner) Text() string: a copy of the token. */
void rt_bufio_Scanner_Text(VM *vm, Word *a) {
  Scanner *s = receiver(vm, a);
  lib_ret_str(a, lib_string_copy(vm, s->token.ptr, s->token.len));
}

/* func (s *Scanner) Bytes() []byte: the token itself. */
void rt_bufio_Scanner_Bytes(VM *vm, Word *a) { lib_ret_slice(a, ((Scanner *)receiver(vm, a))->token); }

/* func (s *Scanner) Err() error: nil at a clean end (io.EOF). */
void rt_bufio_Scanner_Err(VM *vm, Word *a) {
  Scanner *s = receiver(vm, a);
  lib_ret_iface(a, lib_is_eof(s->err) ? no_error : s->err);
}

/* func (s *Scanner) Split(split SplitFunc) */
void rt_bufio_Scanner_Split(VM *vm, Word *a) {
  const void *f = a[1].cp;
  Scanner *s = receiver(vm, a);
  if (s->scan_called) lib_panic_string(vm, "Split called after Scan");
  gc_write_ptr(&vm->heap, (void **)&s->split, (void *)f);
}

/* func (s *Scanner) Buffer(buf []byte, max int) */
void rt_bufio_Scanner_Buffer(VM *vm, Word *a) {
  GoSlice buf = lib_slice(a + 1);
  int64_t max = a[4].i;
  Scanner *s = receiver(vm, a);
  if (s->scan_called) lib_panic_string(vm, "Buffer called after Scan");
  buf.len = buf.cap;
  lib_set_slice(vm, &s->buf, buf);
  s->max_token = max;
}

/* }================================================================== */

/* {==================================================================
** The natives that may run Go code (a Go-defined io.Writer or io.Reader
** underneath, a Go split function): each runs its body on a copy of its
** argument words in C memory and stores the results through an
** rt_StackRef, since the stack holding its arguments may move while Go
** code runs (vm/call.h). Their parameters are heap values (gc's tags make
** them leak), so the copies stay valid.
** =================================================================== */

#define GO_SAFE(name, nparams, nresults)                                        \
  void rt_bufio_##name(VM *vm, Word *a) {                                       \
    enum { N = (nparams) > (nresults) ? (nparams) : (nresults) };               \
    Word w[N];                                                                  \
    memcpy(w, a, sizeof w);                                                     \
    rt_StackRef ref = rt_stack_ref(vm, a);                                      \
    name##_impl(vm, w);                                                         \
    memcpy(rt_stack_ptr(vm, ref), w, (nresults) * sizeof(Word));                \
  }
GO_SAFE(Writer_Write, 4, 3)
GO_SAFE(Writer_WriteString, 3, 3)
GO_SAFE(Writer_WriteByte, 2, 2)
GO_SAFE(Writer_WriteRune, 2, 3)
GO_SAFE(Writer_Flush, 1, 2)
GO_SAFE(Reader_Read, 4, 3)
GO_SAFE(Reader_ReadByte, 1, 3)
GO_SAFE(Reader_ReadRune, 1, 4)
GO_SAFE(Reader_ReadString, 2, 4)
GO_SAFE(Reader_ReadBytes, 2, 5)
GO_SAFE(Reader_ReadLine, 1, 6)
GO_SAFE(Scanner_Scan, 1, 1)

/* }================================================================== */
