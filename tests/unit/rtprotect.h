/*
** rtprotect.h — runs a runtime function the way the interpreter would,
** inside a protected call, so unit tests can check run-time panics (their
** exact report text and result) without a compiled program: a zeroed
** ExecState with no frames stands in for the goroutine, and stderr is
** captured through the VM's write callback.
**
** Used by the runtime's tests (test_slice.c, test_map.c, test_alg.c).
*/
#ifndef RTPROTECT_H
#define RTPROTECT_H

#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

#include "../../include/libvm.h"
#include "../../vm/interp.h"
#include "../../vm/vm.h"
#include "../../runtime/runtime.h"

typedef struct RtCapture { char err[4096]; size_t errlen; } RtCapture;

static inline void rt_capture_write(void *ud, int stream, const char *data, size_t len) {
  RtCapture *c = ud;
  if (stream != VM_STDERR) return;
  size_t room = sizeof c->err - 1 - c->errlen;
  if (len > room) len = room;
  memcpy(c->err + c->errlen, data, len);
  c->errlen += len;
  c->err[c->errlen] = 0;
}

/* A VM whose stderr goes to [c]. */
static inline VM *rt_test_vm(RtCapture *c) {
  vm_Config cfg;
  vm_config_init(&cfg);
  cfg.write = rt_capture_write;
  cfg.userdata = c;
  memset(c, 0, sizeof *c);
  return vm_new(&cfg);
}

typedef void (*RtBody)(VM *vm, void *ud);

/* Calls body(vm, ud) as protected Go code; returns VM_OK when it returned
** normally, else the result of the panic or fatal error that ended it. */
static inline vm_Result rt_protected(VM *vm, RtBody body, void *ud) {
  ExecState *ex = calloc(1, sizeof *ex);
  if (!ex) abort();
  vm->exec = ex;
  jmp_buf jb;
  ex->jb = &jb;
  ex->result = VM_OK;
  if (setjmp(jb) == 0) body(vm, ud);
  vm_Result r = ex->result;
  vm->exec = NULL;
  free(ex);
  return r;
}

/* The first line a panic report must have, then Go's traceback header. */
static inline bool rt_panicked_with(const RtCapture *c, const char *first_line) {
  size_t n = strlen(first_line);
  return strncmp(c->err, first_line, n) == 0 &&
         strncmp(c->err + n, "\n\ngoroutine 1 [running]:\n", 25) == 0;
}

#endif /* RTPROTECT_H */
