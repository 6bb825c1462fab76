/*
** lib_atomic.c — package sync/atomic: the Add, Load, Store, Swap and
** CompareAndSwap functions on int32, int64, uint32, uint64 and uintptr,
** and the types Int32, Int64, Uint32, Uint64 with the same operations as
** pointer methods.
**
** Why plain loads and stores are atomic here: every goroutine runs on the
** interpreter thread (vm/sched.c) and a native runs to completion without
** a switch, so each operation is indivisible with respect to every other
** goroutine. The collector's thread never reads these words (they hold no
** pointers). A nil address faults as Go's does (SIGSEGV at addr 0).
**
** One generator, ATOMIC_OPS, makes the five operations of a Go type from
** its C type and how its register holds it (a register is one Word: signed
** types sign-extend into .i, unsigned ones zero-extend into .u). The types'
** methods share these functions: their receiver is args[0], where the
** functions take their address.
*/
#include "runtime.h"

#define ATOMIC_OPS(Name, ctype, field)                                        \
  void rt_atomic_Add##Name(VM *vm, Word *args) {                              \
    ctype *p = rt_deref(vm, args[0].p);                                       \
    *p = (ctype)(*p + (ctype)args[1].field);                                  \
    args[0].field = *p;                                                       \
  }                                                                           \
  void rt_atomic_Load##Name(VM *vm, Word *args) {                             \
    args[0].field = *(ctype *)rt_deref(vm, args[0].p);                        \
  }                                                                           \
  void rt_atomic_Store##Name(VM *vm, Word *args) {                            \
    *(ctype *)rt_deref(vm, args[0].p) = (ctype)args[1].field;                 \
  }                                                                           \
  void rt_atomic_Swap##Name(VM *vm, Word *args) {                             \
    ctype *p = rt_deref(vm, args[0].p);                                       \
    ctype old = *p;                                                           \
    *p = (ctype)args[1].field;                                                \
    args[0].field = old;                                                      \
  }                                                                           \
  void rt_atomic_CompareAndSwap##Name(VM *vm, Word *args) {                   \
    ctype *p = rt_deref(vm, args[0].p);                                       \
    bool swap = *p == (ctype)args[1].field;                                   \
    if (swap) *p = (ctype)args[2].field;                                      \
    args[0].u = swap;                                                         \
  }

ATOMIC_OPS(Int32, int32_t, i)
ATOMIC_OPS(Int64, int64_t, i)
ATOMIC_OPS(Uint32, uint32_t, u)
ATOMIC_OPS(Uint64, uint64_t, u)
ATOMIC_OPS(Uintptr, uint64_t, u)
