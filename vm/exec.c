/*
** exec.c — running a loaded module: the execution state (struct ExecState),
** package variables, and the one protected call that owns panics and exit.
**
** A run, in order:
**   1. a fresh ExecState: the scheduler (vm/sched.h) with the main
**      goroutine's stack at cfg.stack_size bytes (VM_STACKSTRESS=1 in the
**      environment moves it at every prologue check), no frames;
**   2. vm->globals: module->global_words zeroed words;
**   3. inside the protected call (setjmp): the native package variables
**      (module->native_vars, filled by rt_vars[i].init), the package
**      initialiser module->init_func if any, then main.main;
**   4. a normal return flushes stdout and gives VM_OK with exit status 0;
**      vm_panic_*, vm_fatal and vm_exit (panic.c) longjmp back here with
**      the result and status already set.
**
** Invariants: the jmp_buf lives in ex_run_main's frame and ex->jb points to
** it exactly while the protected call runs, so no longjmp can reach a dead
** frame or cross the public API. The state survives the run (the host and
** the tests may read vm->globals afterwards) until ex_free or the next run.
*/
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

#include "../runtime/runtime.h"
#include "exec.h"
#include "gcroots.h"
#include "interp.h"
#include "module.h"

#define DEFAULT_STACK 2048
#define DEFAULT_MAX_STACK 1000000000

void ex_free(VM *vm) {
  ExecState *ex = vm->exec;
  if (ex) {
    sched_free(vm);
    free(ex);
    vm->exec = NULL;
  }
  free(vm->globals);
  vm->globals = NULL;
}

static bool stress_requested(void) {
  const char *e = getenv("VM_STACKSTRESS");
  return e && *e && strcmp(e, "0") != 0;
}

size_t ex_push_frame(VM *vm, Stack *s, int fidx) {
  const FuncInfo *fn = &s->funcs[fidx];
  size_t base = 0;
  if (s->nframes > 0) {
    const Frame *top = &s->frames[s->nframes - 1];
    base = (size_t)top->base + (size_t)stk_func(s, top)->frame_words;
  }
  if (base + (size_t)fn->frame_words > s->nwords || s->nframes == s->capframes ||
      s->stress)
    base = stk_reserve(vm, s, fn, base);
  memset(&s->words[base], 0, (size_t)fn->frame_words * sizeof(Word));
  s->frames[s->nframes++] = (Frame){fn->code, (uint32_t)base, (uint32_t)fidx};
  return base;
}

void ex_call(VM *vm, int fidx) {
  Stack *s = vm->exec->stk;
  ex_push_frame(vm, s, fidx);
  ex_execute(vm, s->nframes - 1);
}

void ex_foreach_stack(VM *vm, ex_StackVisitor fn, void *ud) {
  if (!vm->exec) return;
  Sched *s = &vm->exec->sched;
  for (size_t i = 0; i < s->nallg; i++) fn(vm, &s->allg[i]->stk, ud);
}

/* Steps 3 and 4 above, after setjmp. */
static void run(VM *vm) {
  const Module *m = vm->module;
  for (int k = 0; k < m->nnative_vars; k++) {
    const NativeVarInit *nv = &m->native_vars[k];
    rt_vars[nv->var_index].init(vm, &vm->globals[nv->global_word]);
  }
  if (m->init_func >= 0) ex_call(vm, m->init_func);
  ex_call(vm, m->main_func);
  vm_flush(vm);
  vm->exit_status = 0;
}

vm_Result ex_run_main(VM *vm) {
  const Module *m = vm->module;
  if (!m || m->main_func < 0 || m->main_func >= m->nfuncs ||
      m->init_func >= m->nfuncs) {
    static const char msg[] = "vm: the module has no main.main to run\n";
    vm_set_error(vm, msg, sizeof msg - 1);
    return VM_ERR_USAGE;
  }
  if (vm->exec && vm->exec->jb) return VM_ERR_USAGE; /* re-entered */
  ex_free(vm);
  ExecState *ex = calloc(1, sizeof *ex);
  if (!ex) return VM_ERR_MEMORY;
  vm->exec = ex;
  size_t size = vm->cfg.stack_size ? vm->cfg.stack_size : DEFAULT_STACK;
  size_t max = vm->cfg.max_stack ? vm->cfg.max_stack : DEFAULT_MAX_STACK;
  vm->globals = calloc(m->global_words > 0 ? (size_t)m->global_words : 1,
                       sizeof(Word));
  if (!vm->globals || !sched_init(vm, size, max, stress_requested())) {
    ex_free(vm);
    return VM_ERR_MEMORY;
  }

  vmgc_start(vm); /* from here on cycles may start at safepoints */
  jmp_buf jb;
  ex->jb = &jb;
  ex->result = VM_OK;
  if (setjmp(jb) == 0) run(vm);
  /* ex is not written after setjmp, so it survives the longjmp intact */
  ex->jb = NULL;
  ex->panic_jb = NULL;  /* a fatal end skips ex_execute's restore */
  return ex->result;
}
