/*
** call.c — calling Go from a native (Go's reflectcall, done the Lua way:
** a nested run of the interpreter loop on the same goroutine).
**
** THE CALL. A native runs inside an instruction (CALLN, or a deferred
** native) with the interpreter's state saved: the goroutine's top frame is
** the native's caller, its argument window inside that frame. A call
**   1. copies the argument words to C memory (they may live in the stack,
**      which step 2 may move; if it does, the copies that point into the
**      old stack, by the callee's pointer map, and the closure are moved
**      along, as the copier moves frame words);
**   2. pushes the callee's frame above the top frame (ex_push_frame: grows
**      or moves the stack as a call's prologue does), zeroed, and stores
**      the arguments as its R[0..] (a method's receiver word first; a func
**      value's closure object in FuncInfo.closure_reg);
**   3. runs it with ex_execute_call (interp.c) until that frame returns:
**      a nested interpreter loop, one level deeper on the C stack;
**   4. copies the results from the callee's frame (or, in segmented mode,
**      from the call window its segment returned them to) into [res].
**
** MOVING STACKS. Step 2 and anything the callee does may move the stack
** (growth, VM_STACKSTRESS moves, shrinking while the goroutine waits). The
** frames are addressed by offsets, so the callee's results are found by
** offset; a native that must read its own arguments after a call keeps an
** rt_StackRef (an offset for a stack address) instead of a pointer.
**
** GARBAGE COLLECTION. A cycle may start at any safepoint of the callee.
** Roots are the frames: the native's arguments (its caller's frame, live
** below) and the callee's arguments (its frame). Heap pointers a native
** keeps only in C locals or C memory are not roots: it must keep them
** reachable from its arguments (e.g. copy interface values out of a slice
** argument: the slice still holds them) or not keep them across the call.
** The results copied to [res] are the caller's to root at once.
**
** PANICS. A panic in the callee lands in the innermost interpreter loop
** and runs the deferred calls of the callee's frames (a recover there
** works as usual). When the next record belongs to a frame below the
** callee's entry frame, or none is left, the panic has left the callee
** (defer.c: dfr_panic_step's floor) and ex_execute_call returns with the
** panic still the goroutine's newest, the callee's frames left in place,
** dead, so a report shows them as Go's traceback does. Then either
**   - [recovered] == NULL: the panic goes on in the native's caller: a
**     longjmp to the enclosing loop's landing point, which runs the next
**     deferred call below. The native's C frames are abandoned, so such
**     natives must hold no C resources across the call (sort does not);
**   - the native recovers it (fmt's catchPanic): the panic ends as a
**     recovered one does, the callee's frames are dropped, the value is
**     handed back.
**
** BLOCKING AND OUT-OF-ORDER RETURNS. The callee may block (channels,
** mutexes, sleep): the nested loop switches to other goroutines, as the
** outer one would. If one of those also calls Go from a native, its call
** runs one level deeper still, and the first goroutine's call may end
** first, while the C stack is at the deeper level. Its C frames cannot be
** returned to yet: the goroutine waits (G.cbstate, "callback return") with
** its callee's frame still live (its results are roots) until
** ex_execute_call has unwound the C stack to its level; then it is made
** runnable and, scheduled at that level, returns. Blocking is never
** wrong, only later; the one program this cannot run is one where the
** deeper goroutine waits for something the parked one would do after its
** return: every goroutine then waits, and the run ends with a clear
** "fatal error: goroutine N cannot resume: ..." instead of Go's output
** (vm/panic.c ex_deadlock). The main goroutine returning from main while a
** deeper level runs ends the program as in Go (vm_exit).
*/
#include "call.h"

#include <stdlib.h>
#include <string.h>

#include "defer.h"
#include "interp.h"
#include "stack.h"

enum { SMALL_ARGS = 32 };

static _Noreturn void nil_func(VM *vm) {
  vm_panic_runtime(vm, "invalid memory address or nil pointer dereference\n"
                       "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]");
}

static Stack *running_stack(VM *vm) {
  ExecState *ex = vm->exec;
  if (!ex || !ex->panic_jb || !ex->stk || ex->stk->nframes == 0)
    vm_fatal(vm, "a native called Go code with no interpreter running (vm bug)");
  return ex->stk;
}

/* Where the callee's results are after its return: its frame's first word,
** which ex_push_frame put just above the top frame (segmented mode: the
** window its segment returns them to is that same place). */
static size_t call_window(const Stack *s) {
  const Frame *top = &s->frames[s->nframes - 1];
  return (size_t)top->base + (size_t)stk_func(s, top)->frame_words;
}

/* A word that points into the old words of a stack that moved now points
** at the same offset in the new ones (what the copier does for frames). */
static void rebase(Word *w, const Word *old, size_t n, Word *now) {
  const Word *p = w->cp;
  if (p >= old && p < old + n) w->p = now + (p - old);
}

/* Steps 1 to 4 (top of file) for module function [fidx]. */
static bool call_func(VM *vm, int fidx, const Word *closure, const Word *recv,
                      const Word *args, size_t nargs, Word *res, size_t nres,
                      GoIface *recovered) {
  Stack *s = running_stack(vm);
  const FuncInfo *fn = &s->funcs[fidx];
  size_t nin = (recv ? 1 : 0) + nargs;
  if (nin > (size_t)fn->param_words || nres > (size_t)fn->frame_words)
    vm_fatal(vm, "call of %s from a native with %zu argument and %zu result words (vm bug)",
             fn->name, nin, nres);
  Word small[SMALL_ARGS], *in = nin <= SMALL_ARGS ? small : malloc(nin * sizeof(Word));
  if (!in) vm_fatal(vm, "out of memory (call from a native)");
  if (recv) in[0] = *recv;
  if (nargs) memcpy(in + (recv ? 1 : 0), args, nargs * sizeof(Word));
  Word clo = closure ? *closure : (Word){0};
  size_t window = call_window(s);
  Word *old = s->words;
  size_t oldn = s->nwords;
  size_t base = ex_push_frame(vm, s, fidx);  /* may move the stack */
  if (s->words != old && !s->segmented) {
    /* it moved: the copies are C memory, which the copier does not see */
    for (size_t k = 0; k < nin; k++)
      if (fn->ptrmap && (fn->ptrmap[k / 8] >> (k % 8) & 1)) rebase(&in[k], old, oldn, s->words);
    rebase(&clo, old, oldn, s->words);
  }
  memcpy(&s->words[base], in, nin * sizeof(Word));
  if (in != small) free(in);
  if (closure && fn->closure_reg >= 0) s->words[base + (size_t)fn->closure_reg] = clo;
  size_t stop = s->nframes - 1;
  bool panicked = ex_execute_call(vm, stop);
  s = vm->exec->stk;  /* the same goroutine's, perhaps moved */
  if (!panicked) {
    if (nres) memcpy(res, &s->words[window], nres * sizeof(Word));
    return true;
  }
  if (!recovered) longjmp(*vm->exec->panic_jb, 1);  /* the caller's loop goes on */
  *recovered = dfr_end_panic(vm, s, stop);
  return false;
}

bool rt_call_value(VM *vm, const void *fn, const Word *args, size_t nargs,
                   Word *res, size_t nres, GoIface *recovered) {
  if (!fn) nil_func(vm);
  Word clo = {.cp = fn};
  int fidx = (int)((const Word *)fn)[0].u;
  return call_func(vm, fidx, &clo, NULL, args, nargs, res, nres, recovered);
}

bool rt_call_method(VM *vm, const RMethod *m, Word recv, const Word *args,
                    size_t nargs, Word *res, size_t nres, GoIface *recovered) {
  if (m->native) {
    /* a native method: receiver then arguments in, results from word 0 */
    size_t n = 1 + nargs > nres ? 1 + nargs : nres;
    Word small[SMALL_ARGS], *w = n <= SMALL_ARGS ? small : malloc(n * sizeof(Word));
    if (!w) vm_fatal(vm, "out of memory (call from a native)");
    memset(w, 0, n * sizeof(Word));
    w[0] = recv;
    if (nargs) memcpy(w + 1, args, nargs * sizeof(Word));
    m->native(vm, w);
    if (nres) memcpy(res, w, nres * sizeof(Word));
    if (w != small) free(w);
    return true;
  }
  return call_func(vm, m->func, NULL, &recv, args, nargs, res, nres, recovered);
}

rt_StackRef rt_stack_ref(VM *vm, Word *p) {
  const Stack *s = vm->exec ? vm->exec->stk : NULL;
  if (s && p >= s->words && p < s->words + s->nwords)
    return (rt_StackRef){NULL, (size_t)(p - s->words), true};
  return (rt_StackRef){p, 0, false};
}

Word *rt_stack_ptr(VM *vm, rt_StackRef r) {
  return r.onstack ? vm->exec->stk->words + r.off : r.p;
}
