/*
** vm.h — the VM instance (struct vm_State) and the services every layer may
** call on it: output, panics, exit. Everything mutable hangs off this struct;
** there is no global mutable state anywhere in vm.
**
** Invariants:
**  - Program output goes through vm_write only; stdout is buffered in the VM
**    and flushed before anything is written to stderr, at exit and at panics,
**    so the host sees the two streams in program order.
**  - vm_panic_* and vm_exit never return: they unwind to the protected call
**    that runs Go code (vm/panic.c) and never cross the public API.
*/
#ifndef VM_H
#define VM_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include "../include/libvm.h"
#include "../gc/gc.h"
#include "value.h"

struct Module;
struct ExecState;

struct vm_State {
  vm_Config cfg;
  struct Module *module;      /* the loaded program, NULL before a load */

  /* output: stdout is buffered (see vm_write) */
  char *outbuf; size_t outlen, outcap;

  /* outcome */
  char *errtext;              /* compile errors or panic text; NULL = none */
  int exit_status;

  /* os.Args */
  int argc; char **argv;

  /* the heap */
  GcHeap heap;

  /* package-level variables, in the module's global layout */
  Word *globals;

  /* interpreter state (vm/interp.c): goroutine stack, frames, panics */
  struct ExecState *exec;

  /* the runtime's random state (rt_fastrand, runtime/alg.c): map seeds and
  ** iteration order; 0 until first use, then seeded from time and pid */
  uint64_t rng;

  /* math/rand's global source (runtime/lib_rand.c): NULL until first
  ** used, then C memory seeded with 1, as Go 1.19's */
  struct RngSource *randsrc;

  /* the allocation profile (vm/allocprof.h); NULL unless cfg.allocprof */
  struct AllocProf *allocprof;

  /* heap objects the host holds (vm/gcroots.h: vmgc_ref): roots */
  struct VmRefs {
    void **obj;               /* obj[r]: the object of ref r (or a free mark) */
    int *freed;               /* free refs, reused last-freed first */
    int n, cap, nfreed;
  } refs;
};

typedef struct vm_State VM;

/* Output (vm/api.c). [stream] is VM_STDOUT or VM_STDERR. */
void vm_write(VM *vm, int stream, const char *data, size_t len);
void vm_flush(VM *vm);
/* Records [text] as the error text returned by vm_error (copied, appended). */
void vm_set_error(VM *vm, const char *text, size_t len);

/* Panics (vm/panic.c). vm_panic_runtime raises a runtime.Error whose message
** is "runtime error: " followed by the formatted text, e.g.
** vm_panic_runtime(vm, "integer divide by zero"). */
_Noreturn void vm_panic_runtime(VM *vm, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* runtime.Goexit: runs the goroutine's deferred calls, then ends it
** (vm/defer.c "GOEXIT"). */
_Noreturn void vm_goexit(VM *vm);
/* Panics with an arbitrary Go value (the argument of the panic builtin). */
_Noreturn void vm_panic_value(VM *vm, GoIface value);
/* A fatal error ("fatal error: MSG", exit 2, not recoverable). */
_Noreturn void vm_fatal(VM *vm, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* os.Exit: flushes output and ends the run with [code]. */
_Noreturn void vm_exit(VM *vm, int code);

#endif /* VM_H */
