/*
** lib_runtime.c — package runtime's introspection: Caller, Goexit (the
** work is vm/defer.c's), Version, NumCPU, GOMAXPROCS, KeepAlive and the
** GOOS/GOARCH values.
**
** CALLER. A native runs inside the instruction that called it, so the
** running goroutine's top frame is the Go function that called
** runtime.Caller, and its pc has already moved past that call: the line of
** each frame is lines[pc - 1], as tracebacks read it (vm/panic.c).
** runtime.Caller(skip) walks frames from the top, leaving out the
** compiler's wrapper frames as Go's does, down to the goroutine's entry
** frame. Below that, Go's stacks have frames of its own runtime that vm
** does not: runtime.main (proc.go) under main.main, and runtime.goexit
** (asm_amd64.s) under every goroutine's entry, and Caller(-1) is
** runtime.Caller's own frame (extern.go). Caller reports them with Go
** 1.19.8's files and lines, so a program walking up its stack sees the
** same depth and the same answers; beyond them ok is false.
**
** The pc is not a machine address: it is 1 + the instruction index plus
** the function index times 2^32, unique and nonzero, which is all a Go
** program can rely on without runtime.FuncForPC.
**
** Invariants: Caller allocates only the file string (a heap string), after
** reading its argument; it never holds a pointer into the stack across an
** allocation.
*/
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lib.h"
#include "../vm/interp.h"
#include "../vm/module.h"
#include "../vm/sched.h"
#include "../vm/stack.h"

#define GOROOT_SRC "/usr/lib/go-1.19/src/runtime/"

/* Go's own frames under a goroutine's entry frame, innermost first. */
typedef struct GoFrame { const char *file; int line; } GoFrame;
static const GoFrame main_tail[] = {{GOROOT_SRC "proc.go", 250}, {GOROOT_SRC "asm_amd64.s", 1594}};
static const GoFrame go_tail[] = {{GOROOT_SRC "asm_amd64.s", 1594}};

static void put_caller(VM *vm, Word *res, uint64_t pc, const char *file, int64_t line) {
  GoString f = lib_string_copy(vm, (const uint8_t *)file, (int64_t)strlen(file));
  res[0].u = pc;
  lib_ret_str(res + 1, f);
  res[3].i = line;
  res[4].u = 1;
}

/* func Caller(skip int) (pc uintptr, file string, line int, ok bool) */
void rt_runtime_Caller(VM *vm, Word *args) {
  int64_t skip = args[0].i;
  const ExecState *ex = vm->exec;
  const G *g = ex->sched.cur;
  const Stack *s = ex->stk;
  size_t bottom = g ? g->stop : 0;
  if (skip == -1) { /* runtime.Caller itself, where Go's asks callers() */
    put_caller(vm, args, 0x400001u, GOROOT_SRC "extern.go", 219);
    return;
  }
  if (skip >= 0) {
    for (size_t k = s->nframes; k-- > bottom;) {
      const Frame *f = &s->frames[k];
      const FuncInfo *fn = stk_func(s, f);
      if (fn->wrapper) continue;
      if (skip-- > 0) continue;
      size_t pc = stk_pc_index(s, f);
      int line = pc > 0 && fn->lines && pc <= (size_t)fn->ncode ? fn->lines[pc - 1] : fn->decl_line;
      uint64_t id = (uint64_t)f->fidx << 32 | (uint64_t)(pc + 1);
      put_caller(vm, args, id, mod_abspath(vm->module, fn->file), line);
      return;
    }
    bool is_main = g && g->id == 1 && s->nframes > bottom &&
                   s->frames[bottom].fidx == (uint32_t)vm->module->main_func;
    const GoFrame *tail = is_main ? main_tail : go_tail;
    int64_t ntail = is_main ? 2 : 1;
    if (skip < ntail) {
      put_caller(vm, args, 0x400000u + (uint64_t)skip * 16 + 1, tail[skip].file, tail[skip].line);
      return;
    }
  }
  args[0].u = 0;
  args[1].p = NULL;
  args[2].i = 0;
  args[3].i = 0;
  args[4].u = 0;
}

/* func Version() string: the oracle's release. */
void rt_runtime_Version(VM *vm, Word *args) {
  (void)vm;
  static const char v[] = "go1.19.8";
  lib_ret_str(args, (GoString){(const uint8_t *)v, (int64_t)sizeof v - 1});
}

/* func NumCPU() int: the online CPUs (Go counts those of the process's
** affinity mask, the same unless the process was pinned). */
void rt_runtime_NumCPU(VM *vm, Word *args) {
  (void)vm;
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  args[0].i = n > 0 ? n : 1;
}

/* func GOMAXPROCS(n int) int: the previous setting, which is NumCPU (or
** $GOMAXPROCS); vm runs goroutines on one thread whatever the value. */
void rt_runtime_GOMAXPROCS(VM *vm, Word *args) {
  int64_t n = 0;
  const char *env = getenv("GOMAXPROCS");
  if (env) n = atoll(env);
  if (n <= 0) rt_runtime_NumCPU(vm, args);
  else args[0].i = n;
}

/* func Goexit(): the deferred calls run, then the goroutine ends. */
void rt_runtime_Goexit(VM *vm, Word *args) {
  (void)args;
  vm_goexit(vm);
}

/* func KeepAlive(x any): its argument is live until here; nothing to do. */
void rt_runtime_KeepAlive(VM *vm, Word *args) {
  (void)vm;
  (void)args;
}

static void set_string(Word *slot, const char *s) {
  slot[0].cp = s;
  slot[1].i = (int64_t)strlen(s);
}

/* GOOS and GOARCH are constants in Go; here package variables that are
** never written (string constants cannot be declared by stdlib.def). */
void rt_runtime_GOOS(VM *vm, Word *slot) {
  (void)vm;
  set_string(slot, "linux");
}

void rt_runtime_GOARCH(VM *vm, Word *slot) {
  (void)vm;
#if defined(__aarch64__)
  set_string(slot, "arm64");
#else
  set_string(slot, "amd64");
#endif
}
