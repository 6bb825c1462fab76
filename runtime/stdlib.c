/*
** stdlib.c — the tables of native standard-library members generated from
** stdlib.def (rt_natives, rt_vars: immutable, indexed in list order, which is
** the index the code generator emits for CALLN), and package os.
**
** os.Args is built once at start from the VM's argv (vm_set_args, or the
** program's file name when the host set none): a []string whose backing
** array and bytes are Go heap objects, so the program may keep or modify it
** like any other slice.
*/
#include <string.h>

#include "runtime.h"
#include "../vm/module.h"
#include "../vm/sched.h"

const rt_NativeInfo rt_natives[] = {
#define X(pkg, name, sig, fn) {pkg, name, sig, fn},
  STDLIB_FUNCS(X)
#undef X
#define X(pkg, type, name, sig, fn) {pkg, type "." name, sig, fn},
  STDLIB_METHODS(X)
#undef X
};
const int rt_nnatives = (int)(sizeof rt_natives / sizeof rt_natives[0]);

const rt_VarInfo rt_vars[] = {
#define X(pkg, name, type, fn) {pkg, name, type, fn},
  STDLIB_VARS(X)
#undef X
};
const int rt_nvars = (int)(sizeof rt_vars / sizeof rt_vars[0]);

void *rt_deref(VM *vm, void *p) {
  if (!p)
    vm_panic_runtime(vm, "invalid memory address or nil pointer dereference\n"
                         "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]");
  return p;
}

/* func ReadMemStats(m *MemStats): a nil m faults, as in Go. */
void rt_runtime_ReadMemStats(VM *vm, Word *args) { rt_read_memstats(vm, rt_deref(vm, args[0].p)); }

/* func Exit(code int) */
void rt_os_Exit(VM *vm, Word *args) { vm_exit(vm, (int)args[0].i); }

/* The element type of os.Args' backing array, for the collector. */
static const uint8_t string_ptrmask[] = {0x1}; /* word 0 (ptr) may point */
static const RType string_rtype = {
  .kind = RK_STRING, .size = 16, .nwords = 2, .str = "string",
  .ptrmask = string_ptrmask,
};

static GoString heap_string(VM *vm, const char *s) {
  size_t n = strlen(s);
  uint8_t *p = n ? gc_alloc(vm, NULL, n) : NULL;
  if (n) memcpy(p, s, n);
  return (GoString){p, (int64_t)n};
}

/* var Args []string */
void rt_os_Args(VM *vm, Word *slot) {
  const char *fallback = vm->module && vm->module->filename ? vm->module->filename : "vm";
  int argc = vm->argc > 0 ? vm->argc : 1;
  GoString *arr = gc_alloc(vm, &string_rtype, (size_t)argc * sizeof(GoString));
  for (int i = 0; i < argc; i++)
    arr[i] = heap_string(vm, vm->argc > 0 ? vm->argv[i] : fallback);
  slot[0].p = arr;
  slot[1].i = argc;
  slot[2].i = argc;
}

/* func Gosched(): cur goes to the back of the run queue. */
void rt_runtime_Gosched(VM *vm, Word *args) {
  (void)args;
  sched_yield(vm);
}

/* func NumGoroutine() int */
void rt_runtime_NumGoroutine(VM *vm, Word *args) { args[0].i = sched_count(vm); }
