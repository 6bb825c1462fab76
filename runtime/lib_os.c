/*
** lib_os.c — package os beyond Exit and Args (stdlib.c): the environment
** and whole-file I/O.
**
** Getenv, LookupEnv and Environ read the process environment (the host's, as a Go
** binary would), copying the value onto the Go heap. ReadFile and
** WriteFile use open/read/write as Go's os package does on Linux and
** report failures as *fs.PathError values (lib_errors.c) with Go's
** operation names and errno texts: "open NAME: no such file or directory",
** "read NAME: is a directory". ReadFile's slice has Go's capacity: the
** file size plus one, at least 512, growing by append's rule when the
** file turns out longer than its size said.
**
** FILES. *os.File is {fd int; name string} (Go's File wraps a *file; the
** fields are unexported, so only the size differs). Stdin, Stdout and
** Stderr are made once per run. Writing to fd 1 or 2 goes through
** vm_write, so os.Stdout, fmt.Print and a flushing bufio.Writer share one
** ordered stream (Go's os.Stdout is unbuffered; vm's buffer is flushed
** before every stderr write and before every read of standard input, so
** a prompt shows before the program waits). Reads use read(2).
*/
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lib.h"

/* A NUL-terminated malloc'd copy of a path, or NULL when it holds a NUL
** byte (Go: "invalid argument") or memory is short. */
static char *c_path(GoString name) {
  if (name.len && memchr(name.ptr, 0, (size_t)name.len)) return NULL;
  char *p = malloc((size_t)name.len + 1);
  if (!p) return NULL;
  if (name.len) memcpy(p, name.ptr, (size_t)name.len);
  p[name.len] = 0;
  return p;
}

/* open(2) retried on EINTR, as Go's runtime does. */
static int open_file(const char *path, int flags, mode_t mode) {
  int fd;
  do fd = open(path, flags | O_CLOEXEC, mode);
  while (fd < 0 && errno == EINTR);
  return fd;
}

/* func ReadFile(name string) ([]byte, error) */
void rt_os_ReadFile(VM *vm, Word *a) {
  GoString name = lib_str(a);
  GoSlice data = {NULL, 0, 0};
  GoIface err = {NULL, {0}};
  char *path = c_path(name);
  int fd = path ? open_file(path, O_RDONLY, 0) : -1;
  int e = path ? errno : EINVAL;
  free(path);
  if (fd < 0) {
    err = rt_path_error(vm, "open", name, e);
  } else {
    struct stat st;
    int64_t size = fstat(fd, &st) == 0 ? (int64_t)st.st_size : 0;
    size = size + 1 < 512 ? 512 : size + 1;
    data = rt_makeslice(vm, &rt_lib_byte_type, 0, size);
    for (;;) {
      if (data.len >= data.cap) {
        uint8_t zero = 0;
        GoSlice d = rt_slice_append(vm, &rt_lib_byte_type, (GoSlice){data.ptr, data.cap, data.cap}, &zero, 1);
        data = (GoSlice){d.ptr, data.len, d.cap};
      }
      ssize_t n = read(fd, (uint8_t *)data.ptr + data.len, (size_t)(data.cap - data.len));
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) {
        err = rt_path_error(vm, "read", name, errno);
        break;
      }
      if (n == 0) break;
      data.len += n;
    }
    close(fd);
  }
  lib_ret_slice(a, data);
  lib_ret_iface(a + 3, err);
}

/* func WriteFile(name string, data []byte, perm FileMode) error */
void rt_os_WriteFile(VM *vm, Word *a) {
  GoString name = lib_str(a);
  GoSlice data = lib_slice(a + 2);
  mode_t perm = (mode_t)(a[5].u & 0777);
  GoIface err = {NULL, {0}};
  char *path = c_path(name);
  int fd = path ? open_file(path, O_WRONLY | O_CREAT | O_TRUNC, perm) : -1;
  int e = path ? errno : EINVAL;
  free(path);
  if (fd < 0) {
    err = rt_path_error(vm, "open", name, e);
  } else {
    for (int64_t off = 0; off < data.len;) {
      ssize_t n = write(fd, (const uint8_t *)data.ptr + off, (size_t)(data.len - off));
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) {
        err = rt_path_error(vm, "write", name, errno);
        break;
      }
      off += n;
    }
    if (close(fd) != 0 && !err.type) err = rt_path_error(vm, "close", name, errno);
  }
  lib_ret_iface(a, err);
}

/* func Remove(name string) error: a file or an empty directory. */
void rt_os_Remove(VM *vm, Word *a) {
  GoString name = lib_str(a);
  GoIface err = {NULL, {0}};
  char *path = c_path(name);
  if (!path) {
    err = rt_path_error(vm, "remove", name, EINVAL);
  } else if (unlink(path) != 0) {
    int e = errno;
    if (rmdir(path) != 0) {
      /* Go reports unlink's error unless rmdir's says more (ENOTDIR hides it) */
      if (errno != ENOTDIR) e = errno;
      err = rt_path_error(vm, "remove", name, e);
    }
  }
  free(path);
  lib_ret_iface(a, err);
}

/* The value of the variable named [key], or NULL. A key holding a NUL
** byte names no variable (Go's syscall.Getenv finds none either). */
static const char *lookup(GoString key) {
  if (key.len == 0 || memchr(key.ptr, 0, (size_t)key.len)) return NULL;
  char *k = malloc((size_t)key.len + 1);
  if (!k) return NULL;
  memcpy(k, key.ptr, (size_t)key.len);
  k[key.len] = 0;
  const char *v = getenv(k);
  free(k);
  return v;
}

static GoString value(VM *vm, const char *v) {
  return v ? lib_string_copy(vm, (const uint8_t *)v, (int64_t)strlen(v)) : (GoString){NULL, 0};
}

/* func Getenv(key string) string */
void rt_os_Getenv(VM *vm, Word *a) { lib_ret_str(a, value(vm, lookup(lib_str(a)))); }

/* func LookupEnv(key string) (string, bool) */
void rt_os_LookupEnv(VM *vm, Word *a) {
  const char *v = lookup(lib_str(a));
  lib_ret_str(a, value(vm, v));
  a[2].i = v != NULL;
}

/* func Environ() []string: a copy of the environment, "key=value" each */
void rt_os_Environ(VM *vm, Word *a) {
  extern char **environ;
  int64_t n = 0;
  while (environ && environ[n]) n++;
  GoSlice r = rt_makeslice(vm, &rt_lib_string_type, n, n);
  GoString *v = r.ptr;
  for (int64_t i = 0; i < n; i++) v[i] = value(vm, environ[i]);
  lib_ret_slice(a, r);
}

typedef struct File { int64_t fd; GoString name; } File;

static const uint8_t file_mask[] = {0x02}; /* word 1: the name's bytes */
static const RType file_type = {
  .kind = RK_STRUCT, .named = true, .size = 24, .nwords = 3, .str = "os.File",
  .ptrmask = file_mask,
};

static void std_file(VM *vm, Word *slot, int fd, const char *name) {
  File *f = gc_alloc(vm, &file_type, sizeof *f);
  f->fd = fd;
  f->name = (GoString){(const uint8_t *)name, (int64_t)strlen(name)};
  slot[0].p = f;
}

/* var Stdin, Stdout, Stderr *File */
void rt_os_Stdin(VM *vm, Word *slot) { std_file(vm, slot, 0, "/dev/stdin"); }
void rt_os_Stdout(VM *vm, Word *slot) { std_file(vm, slot, 1, "/dev/stdout"); }
void rt_os_Stderr(VM *vm, Word *slot) { std_file(vm, slot, 2, "/dev/stderr"); }

/* The receiver: Go's methods on a nil *File return os.ErrInvalid. */
static File *file(Word *a, GoIface *err) {
  static const GoString invalid = {(const uint8_t *)"invalid argument", 16};
  File *f = a[0].p;
  *err = f ? (GoIface){NULL, {0}} : rt_error_static(&invalid);
  return f;
}

static int64_t file_write(VM *vm, File *f, const uint8_t *p, int64_t n, GoIface *err) {
  if (f->fd == 1 || f->fd == 2) {
    vm_write(vm, f->fd == 1 ? VM_STDOUT : VM_STDERR, (const char *)p, (size_t)n);
    return n;
  }
  int64_t off = 0;
  while (off < n) {
    ssize_t w = write((int)f->fd, p + off, (size_t)(n - off));
    if (w < 0 && errno == EINTR) continue;
    if (w < 0) {
      *err = rt_path_error(vm, "write", f->name, errno);
      break;
    }
    off += w;
  }
  return off;
}

/* func (f *File) Write(b []byte) (n int, err error) */
void rt_os_File_Write(VM *vm, Word *a) {
  GoSlice b = lib_slice(a + 1);
  GoIface err;
  File *f = file(a, &err);
  int64_t n = f ? file_write(vm, f, b.ptr, b.len, &err) : 0;
  a[0].i = n;
  lib_ret_iface(a + 1, err);
}

/* func (f *File) WriteString(s string) (n int, err error) */
void rt_os_File_WriteString(VM *vm, Word *a) {
  GoString s = lib_str(a + 1);
  GoIface err;
  File *f = file(a, &err);
  int64_t n = f ? file_write(vm, f, s.ptr, s.len, &err) : 0;
  a[0].i = n;
  lib_ret_iface(a + 1, err);
}

/* func (f *File) Read(b []byte) (n int, err error): 0 bytes from a
** non-empty request is io.EOF. */
void rt_os_File_Read(VM *vm, Word *a) {
  GoSlice b = lib_slice(a + 1);
  GoIface err;
  File *f = file(a, &err);
  ssize_t n = 0;
  if (f && b.len > 0) {
    if (f->fd == 0) vm_flush(vm);
    do n = read((int)f->fd, b.ptr, (size_t)b.len);
    while (n < 0 && errno == EINTR);
    if (n < 0) {
      err = rt_path_error(vm, "read", f->name, errno);
      n = 0;
    } else if (n == 0) {
      err = lib_io_eof();
    }
  }
  a[0].i = n;
  lib_ret_iface(a + 1, err);
}

/* func (f *File) Name() string */
void rt_os_File_Name(VM *vm, Word *a) {
  GoIface err;
  File *f = file(a, &err);
  if (!f) lib_nil_deref(vm);
  lib_ret_str(a, f->name);
}
