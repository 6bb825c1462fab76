/*
** api.c — the public embedding API (include/libvm.h) and the VM's output
** services (vm_write, vm_flush, vm_set_error from vm.h).
**
** Life of a VM: vm_new -> vm_load_file / vm_load_string (compile once into a
** Module the VM keeps) -> vm_set_args -> vm_run_main (ex_run_main, in
** vm/exec.c, owns the protected call that catches panics and os.Exit) ->
** vm_error / vm_exit_status -> vm_free.
**
** Invariants:
**  - No function here aborts or exits the host: misuse (NULL VM, run before
**    load, a second load after a successful one) returns VM_ERR_USAGE with a
**    message in vm_error(); the only longjmps are inside ex_run_main.
**  - Output order: stdout is buffered in vm->outbuf and reaches the sink when
**    the buffer passes 64 KB, before every stderr write (stderr is never
**    buffered), at the end of a run and in vm_free; so a reader of both
**    streams sees them in program order, as with Go's unbuffered os.Stdout.
**  - The default sink writes to fds 1 and 2 and survives EINTR and partial
**    writes; a write error (EPIPE, a closed fd) drops the text, as a Go
**    program ignores the error results of fmt.Print.
**  - vm->errtext is NULL or a malloc'd NUL-terminated string; every call
**    that can fail starts by clearing it, so vm_error() describes the last
**    call.
*/
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../compiler/compiler.h"
#include "../runtime/runtime.h"
#include "allocprof.h"
#include "interp.h"
#include "sched.h"
#include "exec.h"
#include "gcroots.h"
#include "module.h"
#include "pkgload.h"
#include "vm.h"

enum {
  DEFAULT_STACK = 2048,
  OUT_FLUSH_AT = 64 << 10 /* flush stdout past this many buffered bytes */
};
#define DEFAULT_MAX_STACK ((size_t)1000000000)

/* {==================================================================
** Output
** =================================================================== */

static void sink(VM *vm, int stream, const char *data, size_t len) {
  if (len == 0) return;
  if (vm->cfg.write) {
    vm->cfg.write(vm->cfg.userdata, stream, data, len);
    return;
  }
  int fd = stream == VM_STDERR ? 2 : 1;
  while (len > 0) {
    ssize_t n = write(fd, data, len);
    if (n < 0) {
      if (errno == EINTR) continue;
      return;
    }
    data += n;
    len -= (size_t)n;
  }
}

void vm_flush(VM *vm) {
  if (vm->outlen == 0) return;
  size_t n = vm->outlen;
  vm->outlen = 0; /* first, in case the host's callback re-enters */
  sink(vm, VM_STDOUT, vm->outbuf, n);
}

/* Makes room for [len] more buffered bytes; false if memory is short. */
static bool out_reserve(VM *vm, size_t len) {
  if (vm->outcap - vm->outlen >= len) return true;
  size_t cap = vm->outcap ? vm->outcap : 4096;
  while (cap - vm->outlen < len) cap *= 2;
  char *p = realloc(vm->outbuf, cap);
  if (!p) return false;
  vm->outbuf = p;
  vm->outcap = cap;
  return true;
}

void vm_write(VM *vm, int stream, const char *data, size_t len) {
  if (len == 0) return;
  if (stream == VM_STDERR) {
    vm_flush(vm);
    sink(vm, VM_STDERR, data, len);
    return;
  }
  /* Large writes, or no memory to buffer them, go straight through. */
  if (len >= OUT_FLUSH_AT || !out_reserve(vm, len)) {
    vm_flush(vm);
    sink(vm, VM_STDOUT, data, len);
    return;
  }
  memcpy(vm->outbuf + vm->outlen, data, len);
  vm->outlen += len;
  if (vm->outlen > OUT_FLUSH_AT) vm_flush(vm);
}

/* }================================================================== */

/* {==================================================================
** Errors
** =================================================================== */

void vm_set_error(VM *vm, const char *text, size_t len) {
  size_t old = vm->errtext ? strlen(vm->errtext) : 0;
  char *p = realloc(vm->errtext, old + len + 1);
  if (!p) return; /* keep what we had: the outcome code still tells */
  memcpy(p + old, text, len);
  p[old + len] = '\0';
  vm->errtext = p;
}

static void set_error_str(VM *vm, const char *s) { vm_set_error(vm, s, strlen(s)); }

static void clear_error(VM *vm) {
  free(vm->errtext);
  vm->errtext = NULL;
}

static vm_Result usage(VM *vm, const char *msg) {
  clear_error(vm);
  set_error_str(vm, msg);
  return VM_ERR_USAGE;
}

const char *vm_error(const vm_State *vm) {
  return vm && vm->errtext ? vm->errtext : "";
}

int vm_exit_status(const vm_State *vm) { return vm ? vm->exit_status : 0; }

/* }================================================================== */

/* {==================================================================
** Life cycle
** =================================================================== */

void vm_config_init(vm_Config *cfg) {
  if (!cfg) return;
  *cfg = (vm_Config){.write = NULL, .userdata = NULL,
                     .stack_size = DEFAULT_STACK, .max_stack = DEFAULT_MAX_STACK};
}

vm_State *vm_new(const vm_Config *cfg) {
  VM *vm = calloc(1, sizeof *vm);
  if (!vm) return NULL;
  if (cfg) vm->cfg = *cfg;
  else vm_config_init(&vm->cfg);
  /* A zeroed config (no vm_config_init) still gets working sizes. */
  if (vm->cfg.stack_size == 0) vm->cfg.stack_size = DEFAULT_STACK;
  if (vm->cfg.max_stack == 0) vm->cfg.max_stack = DEFAULT_MAX_STACK;
  gc_heap_init(&vm->heap);
  return vm;
}

static void free_args(VM *vm) {
  for (int i = 0; i < vm->argc; i++) free(vm->argv[i]);
  free(vm->argv);
  vm->argv = NULL;
  vm->argc = 0;
}

void vm_free(vm_State *vm) {
  if (!vm) return;
  vm_flush(vm);
  ex_free(vm);
  ap_free(vm);
  rt_rand_free(vm);
  /* the heap first: it stops the GC thread, which may still be scanning
  ** objects whose layouts (RTypes) the module owns */
  gc_heap_free(&vm->heap);
  vmgc_refs_free(vm);
  if (vm->module) mod_free(vm->module);
  free_args(vm);
  free(vm->outbuf);
  free(vm->errtext);
  free(vm);
}

/* }================================================================== */

/* {==================================================================
** Loading and running
** =================================================================== */

/* Compiles the package of [n] files, named [pkgpath] (NULL: the go
** command's "command-line-arguments") in directory [dir] (NULL: not loaded
** as a directory); on failure the error text is what `go run` prints
** (cmp_format_report). */
static vm_Result compile(VM *vm, const CmpFile *files, int n, const char *pkgpath,
                         const char *dir) {
  clear_error(vm);
  char *errors = NULL, *report = NULL;
  CmpOptions opts = {.escape_report = vm->cfg.escape_report,
                     .noescape = vm->cfg.noescape != 0};
  struct Module *m = cmp_compile_package(files, n, pkgpath, dir, &opts, &errors, &report);
  /* the -m report comes first, as gc prints it before any later error */
  if (report) vm_write(vm, VM_STDERR, report, strlen(report));
  free(report);
  if (!m) {
    set_error_str(vm, errors ? errors : "compilation failed\n");
    free(errors);
    vm->exit_status = 1;
    return VM_ERR_COMPILE;
  }
  free(errors);
  vm->module = m;
  vm->exit_status = 0;
  return VM_OK;
}

vm_Result vm_load_string(vm_State *vm, const char *name, const char *src, size_t len) {
  if (!vm) return VM_ERR_USAGE;
  if (!name || (!src && len > 0)) return usage(vm, "vm_load_string: NULL name or source\n");
  if (vm->module) return usage(vm, "vm_load_string: a program is already loaded\n");
  CmpFile f = {name, name, src ? src : "", len, NULL};
  return compile(vm, &f, 1, NULL, NULL);
}

/* Go's message for a failed open/read, e.g.
** "open x.go: no such file or directory": strerror with Go's lower case. */
static vm_Result io_error(VM *vm, const char *op, const char *path, int err) {
  char msg[256];
  snprintf(msg, sizeof msg, "%s", strerror(err));
  if (msg[0] >= 'A' && msg[0] <= 'Z') msg[0] = (char)(msg[0] - 'A' + 'a');
  clear_error(vm);
  set_error_str(vm, op);
  set_error_str(vm, " ");
  set_error_str(vm, path);
  set_error_str(vm, ": ");
  set_error_str(vm, msg);
  set_error_str(vm, "\n");
  vm->exit_status = 1;
  return VM_ERR_COMPILE;
}

/* Reads the whole file [path] into *src (malloc'd, *len bytes); on failure
** sets Go's message and returns VM_ERR_COMPILE. */
static vm_Result read_source(VM *vm, const char *path, char **src, size_t *len) {
  *src = NULL;
  *len = 0;
  FILE *f = fopen(path, "rb");
  if (!f) return io_error(vm, "open", path, errno);
  char *buf = NULL;
  size_t n = 0, cap = 0;
  for (;;) {
    if (cap - n < 65536) {
      size_t ncap = cap ? cap * 2 : 65536;
      char *p = realloc(buf, ncap);
      if (!p) {
        free(buf);
        fclose(f);
        return io_error(vm, "read", path, ENOMEM);
      }
      buf = p;
      cap = ncap;
    }
    size_t got = fread(buf + n, 1, cap - n, f);
    n += got;
    if (got == 0) break;
  }
  int err = ferror(f) ? (errno ? errno : EIO) : 0;
  fclose(f);
  if (err) {
    free(buf);
    return io_error(vm, "read", path, err);
  }
  *src = buf;
  *len = n;
  return VM_OK;
}

/* Reads [n] files and compiles them as one package (see compile). */
static vm_Result load_files(VM *vm, int n, const char *const *paths, const char *const *shown,
                            const char *pkgpath, const char *dir) {
  CmpFile *files = calloc((size_t)n, sizeof *files);
  if (!files) return VM_ERR_MEMORY;
  vm_Result r = VM_OK;
  for (int i = 0; i < n && r == VM_OK; i++) {
    char *src;
    size_t len;
    r = read_source(vm, paths[i], &src, &len);
    files[i] = (CmpFile){paths[i], shown && shown[i] ? shown[i] : paths[i], src, len, NULL};
  }
  if (r == VM_OK) r = compile(vm, files, n, pkgpath, dir);
  for (int i = 0; i < n; i++) free((char *)files[i].src);
  free(files);
  return r;
}

vm_Result vm_load_file(vm_State *vm, const char *path) {
  return vm_load_file_as(vm, path, path);
}

vm_Result vm_load_file_as(vm_State *vm, const char *path, const char *shown) {
  if (!vm) return VM_ERR_USAGE;
  if (!path || !shown) return usage(vm, "vm_load_file: NULL path\n");
  if (vm->module) return usage(vm, "vm_load_file: a program is already loaded\n");
  return load_files(vm, 1, &path, &shown, NULL, NULL);
}

vm_Result vm_load_files(vm_State *vm, int n, const char *const *paths,
                        const char *const *shown) {
  if (!vm) return VM_ERR_USAGE;
  if (n < 1 || !paths) return usage(vm, "vm_load_files: no files\n");
  for (int i = 0; i < n; i++)
    if (!paths[i]) return usage(vm, "vm_load_files: NULL path\n");
  if (vm->module) return usage(vm, "vm_load_files: a program is already loaded\n");
  return load_files(vm, n, paths, shown, NULL, NULL);
}

vm_Result vm_load_dir(vm_State *vm, const char *dir, const char *shown) {
  if (!vm) return VM_ERR_USAGE;
  if (!dir) return usage(vm, "vm_load_dir: NULL directory\n");
  if (vm->module) return usage(vm, "vm_load_dir: a program is already loaded\n");
  PkgDir p;
  if (!pl_scan_dir(&p, dir, shown ? shown : dir)) {
    pl_free(&p);
    return VM_ERR_MEMORY;
  }
  vm_Result r;
  if (p.error) {
    clear_error(vm);
    set_error_str(vm, p.error);
    vm->exit_status = 1;
    r = VM_ERR_COMPILE;
  } else {
    r = load_files(vm, p.n, (const char *const *)p.paths, (const char *const *)p.shown,
                   p.pkgpath, p.abs);
  }
  pl_free(&p);
  return r;
}

vm_Result vm_set_args(vm_State *vm, int argc, const char *const *argv) {
  if (!vm) return VM_ERR_USAGE;
  if (argc < 0 || (argc > 0 && !argv)) return usage(vm, "vm_set_args: bad argc/argv\n");
  for (int i = 0; i < argc; i++)
    if (!argv[i]) return usage(vm, "vm_set_args: NULL argument\n");
  char **copy = calloc((size_t)argc + 1, sizeof *copy);
  if (!copy) return VM_ERR_MEMORY;
  for (int i = 0; i < argc; i++) {
    copy[i] = strdup(argv[i]);
    if (!copy[i]) {
      while (i-- > 0) free(copy[i]);
      free(copy);
      return VM_ERR_MEMORY;
    }
  }
  free_args(vm);
  vm->argv = copy;
  vm->argc = argc;
  return VM_OK;
}

vm_Result vm_run_main(vm_State *vm) {
  if (!vm) return VM_ERR_USAGE;
  if (!vm->module) return usage(vm, "vm_run_main: no program loaded\n");
  clear_error(vm);
  vm->exit_status = 0;
  if (!ap_start(vm)) return VM_ERR_MEMORY;
  vm_Result r = ex_run_main(vm);
  ap_report(vm);
  if (vm->cfg.stats && vm->exec) sched_report(vm);
  vmgc_summary(vm);
  vm_flush(vm);
  return r;
}

vm_Result vm_disasm(vm_State *vm) {
  if (!vm) return VM_ERR_USAGE;
  if (!vm->module) return usage(vm, "vm_disasm: no program loaded\n");
  mod_disasm(vm, vm->module);
  vm_flush(vm);
  return VM_OK;
}

/* }================================================================== */
